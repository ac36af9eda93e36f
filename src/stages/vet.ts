/** vet: `go vet ./...` in every module; each finding an error annotation at its file and line. */
import * as path from 'node:path'
import { UserError } from '../errors.js'
import { parsePositionLines, parseVetJson } from '../go/diagnostics.js'
import { excludeHint } from '../go/modules.js'
import { isWithin } from '../paths.js'
import { requireGo, type Context, type Located } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { lastLines, plural } from '../text.js'
import { checksEnv } from './check-flags.js'
import { annotate, goTool, modules, relative } from './common.js'

export const vet: Stage = {
  id: 'vet',
  kind: 'check',
  parallel: true,
  title: () => 'go vet',
  async run(ctx) {
    const go = goTool(ctx, requireGo(ctx).goroot, 'go')
    const findings: Located[] = []
    const broken: string[] = []
    const mods = await modules(ctx)
    const env = await checksEnv(ctx)
    // Every module is vetted, whatever an earlier one did: one run shows every problem.
    for (const mod of mods) {
      // -json reports findings as JSON and exits 0; a module that does not load or compile exits 1 with text.
      const r = await ctx.host.exec.run(go, ['vet', '-json', './...'], { cwd: mod.dir, env, silent: true })
      const reported = parseVetJson(`${r.stdout}\n${r.stderr}`) // stdout since Go 1.2x, stderr before
      const found = await Promise.all(reported.map(async f => ({ ...f, file: await inModule(ctx, mod.dir, f.file) })))
      // Packages that do not load or compile: their positioned errors are annotated where they are.
      const located = r.code !== 0 ? parsePositionLines(r.stderr, mod.dir) : []
      if (r.code !== 0 && found.length === 0) {
        // Nothing was vetted: the failure names the module and, for a nested one, how to leave it out.
        const why = lastLines(r.stderr, 5)
        const hint = mod.rel === '.' ? '' : `; ${excludeHint(mod.rel)}`
        broken.push(`go vet failed in ${mod.repoRel} (exit ${r.code}): ${why}${hint}`)
        if (located.length === 0) {
          ctx.host.log.error(`go vet failed in module ${mod.repoRel} (exit ${r.code}): ${why}`, {
            title: 'go vet',
            file: relative(ctx, `${mod.dir}/go.mod`),
            line: 1,
          })
        }
      }
      findings.push(...[...found, ...located].map(f => ({ ...f, file: relative(ctx, f.file) })))
    }
    ctx.facts.vet = { findings }
    annotate(ctx, findings, 'vet', f => `go vet${f.source ? ` (${f.source})` : ''}`)
    const problems = [...(findings.length > 0 ? [`go vet found ${plural(findings.length, 'problem')}`] : []), ...broken]
    if (problems.length > 0) throw new UserError(problems.join('; '))
    return `no findings in ${plural(mods.length, 'module')}`
  },
}

/**
 * Where a reported file is in this checkout. Under -trimpath (the checks' flags, src/stages/check-flags.ts)
 * Go caches vet's report without the folder vet ran in, so a report replayed from the cache names the
 * files where the run that made it had them: another checkout, another runner's workspace (checked by
 * hand: vet in /tmp/va, then in a copy at /tmp/vb, reports /tmp/va/many.go). A file that is not in the
 * module is mapped to the module's file with the longest path suffix in common.
 */
async function inModule(ctx: Context, moduleDir: string, file: string): Promise<string> {
  const files = ctx.host.files
  if (isWithin(moduleDir, file, ctx.host.platform) && (await files.kind(file)) === 'file') return file
  const parts = path
    .resolve(moduleDir, file)
    .split(path.sep)
    .filter(p => p !== '')
  for (let i = 1; i < parts.length; i++) {
    const candidate = path.join(moduleDir, ...parts.slice(i))
    if ((await files.kind(candidate)) === 'file') return candidate
  }
  return file
}
