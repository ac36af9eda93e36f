/**
 * tidy: are go.mod and go.sum what `go mod tidy` makes of them, and is the module cache what go.sum
 * says? `go mod tidy -diff` (never rewrites the checkout) and `go mod verify`, in every module. An
 * untidy module is annotated on its go.mod at the first line tidy would change; the summary has the diff.
 */
import * as semver from 'semver'
import { UserError } from '../errors.js'
import { parseTidyDiff, verifyProblems, type TidyChange } from '../go/tidy.js'
import { requireGo } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { lastLines, plural } from '../text.js'
import { goTool, modules, relative } from './common.js'

/** `go mod tidy -diff` came with Go 1.23. */
export const TIDY_DIFF_GO = '1.23.0'

export const tidy: Stage = {
  id: 'tidy',
  kind: 'check',
  parallel: true,
  title: () => 'go mod tidy -diff and go mod verify',
  async run(ctx) {
    const installed = requireGo(ctx)
    if (semver.lt(installed.version, TIDY_DIFF_GO)) {
      throw new UserError(
        `tidy needs Go 1.23 or newer (go mod tidy -diff); this job uses Go ${installed.version}. Choose a newer go-version, or leave tidy out of stages.`,
      )
    }
    const go = goTool(ctx, installed.goroot, 'go')
    const untidy: { module: string; changes: TidyChange[] }[] = []
    const unverified: string[] = []
    const problems: string[] = []
    for (const mod of await modules(ctx)) {
      const goMod = relative(ctx, `${mod.dir}/go.mod`)
      const r = await ctx.host.exec.run(go, ['mod', 'tidy', '-diff'], { cwd: mod.dir, silent: true })
      const changes = parseTidyDiff(r.stdout)
      if (changes.length > 0) {
        untidy.push({ module: mod.repoRel, changes })
        const files = changes.map(c => c.file).join(' and ')
        const first = changes.find(c => c.file === 'go.mod')
        ctx.host.log.info(changes.map(c => c.diff).join('\n'))
        ctx.host.log.error(
          `go mod tidy would change ${files} of ${mod.path}. Run: go mod tidy${mod.repoRel === '.' ? '' : ` (in ${mod.repoRel})`}, and commit the result.`,
          {
            title: 'go mod tidy',
            file: goMod,
            line: first?.line ?? 1,
          },
        )
      } else if (r.code !== 0) {
        const why = lastLines(r.stderr, 5)
        problems.push(`go mod tidy -diff failed in ${mod.repoRel} (exit ${r.code}): ${why}`)
        ctx.host.log.error(`go mod tidy -diff failed in ${mod.repoRel} (exit ${r.code}): ${why}`, { title: 'go mod tidy', file: goMod, line: 1 })
      }
      const v = await ctx.host.exec.run(go, ['mod', 'verify'], { cwd: mod.dir, silent: true })
      if (v.code !== 0) {
        const found = verifyProblems(`${v.stdout}\n${v.stderr}`)
        unverified.push(...found.map(p => `${mod.repoRel}: ${p}`))
        ctx.host.log.error(`go mod verify failed in ${mod.repoRel}: ${found.slice(0, 5).join('; ')}`, { title: 'go mod verify', file: goMod, line: 1 })
      }
    }
    ctx.facts.tidy = { untidy, unverified }
    if (untidy.length > 0) problems.unshift(`${plural(untidy.length, 'module')} not tidy: ${untidy.map(u => u.module).join(', ')}`)
    if (unverified.length > 0) problems.push(`go mod verify found ${plural(unverified.length, 'problem')}`)
    if (problems.length > 0) throw new UserError(problems.join('; '))
    return 'go.mod and go.sum tidy; modules verified'
  },
}
