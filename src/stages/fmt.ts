/**
 * fmt: a gofmt check that never rewrites files (the common `go fmt ./...` step rewrites them and
 * passes). Lists and annotates every unformatted file; the summary shows the diff.
 */
import * as path from 'node:path'
import { UserError } from '../errors.js'
import { parseGofmtDiff } from '../go/diagnostics.js'
import { isWithin } from '../paths.js'
import { requireGo, type Context } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { plural } from '../text.js'
import { annotate, goTool, modules, relative } from './common.js'

const BATCH = 200

export const fmt: Stage = {
  id: 'fmt',
  kind: 'check',
  parallel: true,
  title: () => 'gofmt check',
  async run(ctx) {
    const gofmt = goTool(ctx, requireGo(ctx).goroot, 'gofmt')
    const files = await checkedFiles(ctx)
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
    annotate(ctx, unformatted, 'fmt', () => 'gofmt')
    if (unformatted.length > 0) {
      throw new UserError(`${plural(unformatted.length, 'file')} not gofmt-formatted: ${unformatted.map(f => f.file).join(', ')}`)
    }
    return `${plural(files.length, 'file')} formatted`
  },
}

/** The .go files below the working directory, but those of modules the modules input leaves out. */
async function checkedFiles(ctx: Context): Promise<string[]> {
  const root = ctx.config.workingDirectory
  const selected = (await modules(ctx)).map(m => m.dir)
  const excluded = (ctx.facts.excludedModules ?? []).map(rel => path.resolve(root, rel))
  const innermost = (file: string, dirs: readonly string[]): number =>
    Math.max(-1, ...dirs.filter(d => isWithin(d, file, ctx.host.platform)).map(d => d.length))
  const all = await ctx.host.files.walk(root, name => name.endsWith('.go'))
  return all.filter(f => innermost(f, excluded) <= innermost(f, selected))
}
