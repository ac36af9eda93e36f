/** The repository's Go modules, repo-relative paths, and annotations: shared by the check stages. */
import * as os from 'node:os'
import * as path from 'node:path'
import { UserError } from '../errors.js'
import { goWorkUses, modulePath } from '../go/modules.js'
import type { Context, GoModule, Located } from './context.js'

/** Repo-relative, forward slashes: what GitHub needs to attach an annotation to a diff. */
export function relative(ctx: Context, file: string): string {
  const rel = path.relative(ctx.config.workspace, path.resolve(ctx.config.workingDirectory, file))
  return rel.split(path.sep).join('/') || '.'
}

/** go.work's modules when there is one, else every go.mod below the working directory. Memoized. */
export async function modules(ctx: Context): Promise<readonly GoModule[]> {
  if (ctx.facts.modules) return ctx.facts.modules
  const { files } = ctx.host
  const root = ctx.config.workingDirectory
  const work = await files.readText(path.join(root, 'go.work'))
  const dirs =
    work !== undefined
      ? goWorkUses(work).map(u => path.resolve(root, u))
      : (await files.walk(root, name => name === 'go.mod')).map(f => path.dirname(f))
  const found: GoModule[] = []
  for (const dir of dirs) {
    const mod = await files.readText(path.join(dir, 'go.mod'))
    const modPath = mod === undefined ? undefined : modulePath(mod)
    if (modPath === undefined) {
      throw new UserError(`${relative(ctx, path.join(dir, 'go.mod'))}: no go.mod with a module line${work !== undefined ? ' (listed in go.work)' : ''}`)
    }
    found.push({ dir, path: modPath, rel: relative(ctx, dir) })
  }
  if (found.length === 0) throw new UserError(`no Go module (go.mod) in ${relative(ctx, root)}`)
  ctx.facts.modules = found
  return found
}

/** Emits each finding as an error annotation at its file and line. */
export function annotate(ctx: Context, findings: readonly Located[], title: (f: Located) => string): void {
  for (const f of findings) {
    ctx.host.log.error(f.message, { title: title(f), file: f.file, line: f.line, ...(f.col !== undefined ? { col: f.col } : {}) })
  }
}

/** The path of a Go tool binary (go, gofmt) of the installed Go. */
export function goTool(ctx: Context, goroot: string, name: string): string {
  return path.join(goroot, 'bin', ctx.host.platform === 'win32' ? `${name}.exe` : name)
}

/** golangci-lint's own cache folder, never shared with another tool's (the lint stage and the cache plan). */
export function lintCacheDir(ctx: Context): string {
  return ctx.host.env.get('GOLANGCI_LINT_CACHE') || path.join(os.homedir(), '.cache', 'golangci-lint')
}
