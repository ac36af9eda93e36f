/**
 * generate: did someone forget to run go generate? Runs `go generate ./...` in every module and fails
 * when that changed, added or deleted a file git sees (tracked, or new and not ignored), listing each
 * with its diff. It rewrites the working tree (that is how it finds out), so it is not a default
 * stage, and it runs alone before the checks, which then see what go generate made.
 *
 * Files already changed before it ran (an earlier step's work) count only when go generate changed
 * them again: the check compares each file's content before and after, not the tree against HEAD.
 */
import * as path from 'node:path'
import { UserError } from '../errors.js'
import { gitRun } from '../git.js'
import { requireGo, type Context } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { lastLines, plural } from '../text.js'
import { goTool, modules, relative } from './common.js'

/** `git status --porcelain=v1 -z` → path (relative to the repository's top) → its two status letters. */
export function parsePorcelain(out: string): Map<string, string> {
  const entries = out.split('\0')
  const status = new Map<string, string>()
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] ?? ''
    if (e.length < 4) continue
    const xy = e.slice(0, 2)
    status.set(e.slice(3), xy)
    if (xy.includes('R') || xy.includes('C')) i++ // a rename's or copy's source path follows
  }
  return status
}

interface Snapshot {
  /** Path → status letters and content hash ('' when the file is gone). */
  readonly files: Map<string, string>
}

async function snapshot(ctx: Context, top: string): Promise<Snapshot> {
  // Not gitRun: it trims, and a porcelain line starts with a space when only the worktree changed.
  const st = await ctx.host.exec.run('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'], {
    cwd: top,
    silent: true,
    timeoutMs: 60_000,
    env: { GIT_TERMINAL_PROMPT: '0' },
  })
  if (st.code !== 0) throw new UserError(`generate could not read git status (exit ${st.code}): ${st.stderr.trim()}`)
  const status = parsePorcelain(st.stdout)
  const files = new Map<string, string>()
  const present = [...status.entries()].filter(([, xy]) => !xy.includes('D')).map(([p]) => p)
  const hashes = present.length > 0 ? await gitRun(ctx.host.exec, top, ['hash-object', '--', ...present]) : { ok: true as const, stdout: '' }
  const list = hashes.ok ? hashes.stdout.split('\n') : []
  present.forEach((p, i) => files.set(p, `${status.get(p) ?? ''} ${list[i] ?? ''}`))
  for (const [p, xy] of status) if (xy.includes('D')) files.set(p, `${xy} `)
  return { files }
}

export const generate: Stage = {
  id: 'generate',
  kind: 'check',
  title: () => 'go generate drift',
  async run(ctx) {
    const go = goTool(ctx, requireGo(ctx).goroot, 'go')
    const root = ctx.config.workingDirectory
    const topResult = await gitRun(ctx.host.exec, root, ['rev-parse', '--show-toplevel'])
    if (!topResult.ok) {
      throw new UserError(`generate needs a git checkout to see what go generate changed, and ${relative(ctx, root)} is not in one (${topResult.error})`)
    }
    const top = topResult.stdout
    const before = await snapshot(ctx, top)
    const failed: string[] = []
    for (const mod of await modules(ctx)) {
      const r = await ctx.host.exec.run(go, ['generate', './...'], { cwd: mod.dir })
      if (r.code !== 0) {
        const why = lastLines(r.stderr, 6)
        failed.push(`go generate failed in ${mod.repoRel} (exit ${r.code}): ${why}`)
        ctx.host.log.error(`go generate failed in ${mod.repoRel} (exit ${r.code}): ${why}`, {
          title: 'go generate',
          file: relative(ctx, `${mod.dir}/go.mod`),
          line: 1,
        })
      }
    }
    const after = await snapshot(ctx, top)
    const paths = new Set([...before.files.keys(), ...after.files.keys()])
    const changed: { file: string; status: string; diff: string }[] = []
    for (const p of [...paths].sort()) {
      const was = before.files.get(p)
      const now = after.files.get(p)
      if (was === now) continue
      const status = now === undefined ? 'restored' : now.startsWith('??') ? 'added' : now.includes('D') ? 'deleted' : 'changed'
      const diffArgs = status === 'added' ? ['diff', '--no-index', '--', '/dev/null', p] : ['diff', '--', p]
      const d = await ctx.host.exec.run('git', diffArgs, { cwd: top, silent: true, env: { GIT_TERMINAL_PROMPT: '0' } })
      changed.push({ file: relative(ctx, path.join(top, p)), status, diff: d.stdout.trimEnd() })
    }
    ctx.facts.generate = { changed }
    for (const c of changed) {
      ctx.host.log.info(`${c.file} (${c.status})\n${c.diff}`)
      ctx.host.log.error(
        `go generate ${c.status === 'added' ? 'adds' : c.status === 'deleted' ? 'deletes' : 'changes'} ${c.file}: run go generate ./... and commit the result.`,
        {
          title: 'go generate',
          file: c.file,
          line: 1,
        },
      )
    }
    const problems = [
      ...(changed.length > 0 ? [`go generate changed ${plural(changed.length, 'file')}: ${changed.map(c => `${c.file} (${c.status})`).join(', ')}`] : []),
      ...failed,
    ]
    if (problems.length > 0) throw new UserError(problems.join('; '))
    return 'generated files are up to date'
  },
}
