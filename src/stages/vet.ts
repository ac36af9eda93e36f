/** vet: `go vet ./...` in every module; each finding an error annotation at its file and line. */
import { UserError } from '../errors.js'
import { parsePositionLines, parseVetJson } from '../go/diagnostics.js'
import { requireGo, type Located } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { plural } from '../pipeline/text.js'
import { annotate, goTool, modules, relative } from '../pipeline/workspace.js'

export const vet: Stage = {
  id: 'vet',
  kind: 'check',
  parallel: true,
  title: () => 'go vet',
  async run(ctx) {
    const go = goTool(ctx, requireGo(ctx).goroot, 'go')
    const findings: Located[] = []
    for (const mod of await modules(ctx)) {
      // -json reports findings as JSON and exits 0; a package that does not compile exits 1 with text.
      const r = await ctx.host.exec.run(go, ['vet', '-json', './...'], { cwd: mod.dir })
      const found = parseVetJson(`${r.stdout}\n${r.stderr}`) // stdout since Go 1.2x, stderr before
      if (r.code !== 0) found.push(...parsePositionLines(r.stderr, mod.dir))
      if (r.code !== 0 && found.length === 0) {
        throw new UserError(`go vet failed in ${mod.rel} (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-5).join(' ')}`)
      }
      findings.push(...found.map(f => ({ ...f, file: relative(ctx, f.file) })))
    }
    ctx.facts.vet = { findings }
    annotate(ctx, findings, f => `go vet${f.source ? ` (${f.source})` : ''}`)
    if (findings.length > 0) throw new UserError(`go vet found ${plural(findings.length, 'problem')}`)
    return `no findings in ${plural((await modules(ctx)).length, 'module')}`
  },
}
