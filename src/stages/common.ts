/** What the stages share: the run's modules, repo-relative paths, annotations, tool folders. */
import * as path from 'node:path'
import { changedLines } from '../changes.js'
import { UserError } from '../errors.js'
import { discoverModules } from '../go/modules.js'
import { repoRelative } from '../paths.js'
import type { Context, GoModule, Located } from '../pipeline/context.js'
import type { FindingKind } from '../ports/ports.js'

/** Repo-relative, forward slashes: what GitHub needs to attach an annotation to a diff. */
export function relative(ctx: Context, file: string): string {
  return repoRelative(ctx.config.workspace, path.resolve(ctx.config.workingDirectory, file), ctx.host.platform)
}

/** The working directory relative to the workspace, with /, `.` for the root: what the small cache entries' keys hash. */
export function workingDirectoryKey(ctx: Context): string {
  return path.relative(ctx.config.workspace, ctx.config.workingDirectory).split(path.sep).join('/') || '.'
}

/**
 * `work` done once per run: every call with the same run (its facts object, which the stages that run
 * concurrently share) gets the first call's promise.
 */
export function oncePerRun<T>(work: (ctx: Context) => Promise<T>): (ctx: Context) => Promise<T> {
  const pending = new WeakMap<object, Promise<T>>()
  return ctx => {
    let p = pending.get(ctx.facts)
    if (p === undefined) {
      p = work(ctx)
      pending.set(ctx.facts, p)
    }
    return p
  }
}

const discoverOnce = oncePerRun(discover)

/** The run's modules (go.work's, else every go.mod below the working directory, filtered by `modules`). Memoized. */
export function modules(ctx: Context): Promise<readonly GoModule[]> {
  return ctx.facts.modules ? Promise.resolve(ctx.facts.modules) : discoverOnce(ctx)
}

async function discover(ctx: Context): Promise<readonly GoModule[]> {
  const root = ctx.config.workingDirectory
  const found = await discoverModules(ctx.host.files, root, ctx.config.modules)
  if (found.modules.length === 0) {
    const left = found.excluded.length > 0 ? ` (the modules input leaves out ${found.excluded.join(', ')})` : ''
    throw new UserError(`no Go module (go.mod) in ${relative(ctx, root)}${left}`)
  }
  const mods = found.modules.map(m => ({ ...m, repoRel: relative(ctx, m.dir) }))
  if (mods.length > 1 || found.excluded.length > 0) {
    const left = found.excluded.length > 0 ? `; left out by the modules input: ${found.excluded.join(', ')}` : ''
    ctx.host.log.info(
      `Modules (${found.layout === 'workspace' ? "go.work's use list" : 'every go.mod'}): ${mods.map(m => `${m.repoRel} (${m.path})`).join(', ')}${left}`,
    )
  }
  ctx.facts.modules = mods
  ctx.facts.excludedModules = found.excluded
  return mods
}

/** Emits each finding as an error annotation at its file and line. */
export function annotate(ctx: Context, findings: readonly Located[], kind: FindingKind, title: (f: Located) => string): void {
  for (const f of findings) {
    ctx.host.log.error(f.message, { title: title(f), kind, file: f.file, line: f.line, ...(f.col !== undefined ? { col: f.col } : {}) })
  }
}

/** The path of a Go tool binary (go, gofmt) of the installed Go. */
export function goTool(ctx: Context, goroot: string, name: string): string {
  return path.join(goroot, 'bin', ctx.host.platform === 'win32' ? `${name}.exe` : name)
}

/**
 * golangci-lint's own cache folder, never shared with another tool's (the lint stage and the cache
 * plan): GOLANGCI_LINT_CACHE, else where golangci-lint puts it (Go's os.UserCacheDir: XDG_CACHE_HOME or
 * ~/.cache on Linux, ~/Library/Caches on macOS, %LocalAppData% on Windows).
 */
export function lintCacheDir(ctx: Context): string {
  const env = ctx.host.env
  const own = env.get('GOLANGCI_LINT_CACHE')
  if (own) return own
  const home = env.get('HOME') ?? env.get('USERPROFILE') ?? ''
  const base =
    ctx.host.platform === 'win32'
      ? env.get('LOCALAPPDATA') || path.join(home, 'AppData', 'Local')
      : ctx.host.platform === 'darwin'
        ? path.join(home, 'Library', 'Caches')
        : env.get('XDG_CACHE_HOME') || path.join(home, '.cache')
  return path.join(base, 'golangci-lint')
}

/**
 * On pull requests: the lines the pull request added or changed (from its base commit to HEAD, once per
 * run), or why they are unknown (the base commit not in a shallow checkout); undefined on other events.
 */
export async function pullRequestChanges(ctx: Context): Promise<NonNullable<Context['facts']['changes']> | undefined> {
  if (ctx.run.baseSha === undefined) return undefined
  ctx.facts.changes ??= await changedLines(ctx.host.exec, ctx.config.workspace, ctx.run.baseSha)
  return ctx.facts.changes
}

/** A profile's file (import path + name) as a repository-relative path, by the module it is in; undefined outside them. */
export function repoPathOfProfileFile(file: string, mods: readonly GoModule[]): string | undefined {
  const mod = [...mods].sort((a, b) => b.path.length - a.path.length).find(m => file.startsWith(`${m.path}/`))
  return mod === undefined ? undefined : path.posix.join(mod.repoRel.replace(/\\/g, '/'), file.slice(mod.path.length + 1))
}

/** GOGC for the Go toolchain's own processes (see toolchainEnv). */
export const TOOLCHAIN_GOGC = '400'

/**
 * What the Go toolchain's own processes get on top of the plain-step environment: compile, link and
 * vet under `go build`, `go vet`, `go list -export`, and golangci-lint. They are short-lived and spend
 * much of their time collecting garbage at Go's default GOGC=100; at 400 they collect a quarter as
 * often (measured: a cold windows/amd64 build of the example service, 20.3 s wall and 31.8 s of CPU
 * at 100, 16.6 s and 24.8 s at 400, three runs each, peak memory 0.30 → 0.40 GB). GOMEMLIMIT keeps that
 * bounded: one process's soft limit is its share of the machine's memory (half of it, split over the
 * processes one per CPU that Go's build runs at once, at least 512 MiB), where the collector works
 * as hard as it must again. Go's build cache keys ignore both, so a cache is shared either way.
 *
 * Never for `go test` (the test binaries run the user's code, which gets exactly what a plain step
 * would give it), and never over the user's own: a GOGC or GOMEMLIMIT in the step's environment wins.
 */
export function toolchainEnv(ctx: Context): Record<string, string> {
  const env: Record<string, string> = {}
  if (!ctx.host.env.get('GOGC')) env.GOGC = TOOLCHAIN_GOGC
  if (!ctx.host.env.get('GOMEMLIMIT')) {
    const share = Math.floor(ctx.host.memory / 2 / Math.max(1, ctx.host.cpus) / 2 ** 20)
    env.GOMEMLIMIT = `${Math.max(512, share)}MiB`
  }
  return env
}
