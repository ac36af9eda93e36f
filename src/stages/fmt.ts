/**
 * fmt: a gofmt check that never rewrites files (the common `go fmt ./...` step rewrites them and
 * passes). Lists and annotates every unformatted file; the summary shows the diff.
 */
import { UserError } from '../errors.js'
import { parseGofmtDiff } from '../go/diagnostics.js'
import { requireGo } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { annotate, goTool, relative } from '../pipeline/workspace.js'
import { plural } from '../pipeline/text.js'

const BATCH = 200

export const fmt: Stage = {
  id: 'fmt',
  kind: 'check',
  parallel: true,
  title: () => 'gofmt check',
  async run(ctx) {
    const gofmt = goTool(ctx, requireGo(ctx).goroot, 'gofmt')
    const files = await ctx.host.files.walk(ctx.config.workingDirectory, name => name.endsWith('.go'))
    const diffs = []
    for (let i = 0; i < files.length; i += BATCH) {
      const r = await ctx.host.exec.run(gofmt, ['-d', ...files.slice(i, i + BATCH)], { cwd: ctx.config.workingDirectory, silent: true })
      if (r.code !== 0 && r.stdout === '') throw new UserError(`gofmt failed (exit ${r.code}): ${r.stderr.trim()}`)
      diffs.push(...parseGofmtDiff(r.stdout, ctx.config.workingDirectory))
    }
    const unformatted = diffs.map(d => ({
      file: relative(ctx, d.file),
      line: d.line,
      message: `${relative(ctx, d.file)} is not gofmt-formatted. Run: gofmt -w ${relative(ctx, d.file)}`,
      diff: d.diff,
    }))
    ctx.facts.fmt = { files: unformatted }
    for (const f of unformatted) ctx.host.log.info(`${f.file}\n${f.diff}`)
    annotate(ctx, unformatted, () => 'gofmt')
    if (unformatted.length > 0) {
      throw new UserError(`${plural(unformatted.length, 'file')} not gofmt-formatted: ${unformatted.map(f => f.file).join(', ')}`)
    }
    return `${plural(files.length, 'file')} formatted`
  },
}
