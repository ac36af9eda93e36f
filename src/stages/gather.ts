/**
 * gather: the binaries several build jobs made (native runners: cgo, one OS each), as if one job had
 * made them all. binaries-dir holds each job's output (a downloaded artifact per job, each with its
 * checksums.txt); every file is checked against its own job's checksums.txt before anything is copied
 * (one mismatch and nothing is), then copied into output-dir with one checksums.txt of them all and the
 * build's metadata, so the image stage (copy-only, no emulation) and a release job use them as they
 * would one build job's. Runs no go command and no repository code.
 */
import * as path from 'node:path'
import { UserError } from '../errors.js'
import { resolveInside } from '../paths.js'
import type { Artifact } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { plural } from '../text.js'
import { relative } from './common.js'
import { METADATA_FILE, readPrebuilt } from './prebuilt.js'

export const gather: Stage = {
  id: 'gather',
  title: () => "gather the build jobs' binaries",
  async run(ctx) {
    const from = ctx.config.build.gatherFrom
    if (from === undefined) throw new Error('the gather stage ran without binaries-dir')
    const { outputDir } = ctx.config.build
    const out = await resolveInside(ctx.host.files, ctx.config.workspace, ctx.config.workingDirectory, outputDir)
    if (!out.ok || out.path !== outputDir)
      throw new UserError(`output-dir ${relative(ctx, outputDir)} ${out.ok ? `resolves to ${out.path} through a symlink` : out.why}`)
    // Verifies every file of every job first: a mismatch throws before anything is copied.
    const pre = await readPrebuilt(ctx, from)
    const byRel = new Map<string, { path: string; sha256: string }>()
    for (const f of pre.files) {
      const other = byRel.get(f.rel)
      if (other !== undefined && other.sha256 !== f.sha256) {
        throw new UserError(`binaries-dir: two build jobs made ${f.rel}, and the two differ (sha256 ${other.sha256} and ${f.sha256}); nothing was gathered`)
      }
      byRel.set(f.rel, f)
    }
    const copied = new Map<string, string>()
    for (const [rel, f] of byRel) {
      const to = path.join(outputDir, ...rel.split('/'))
      if (path.resolve(f.path) !== path.resolve(to)) await ctx.host.files.copy(f.path, to)
      copied.set(f.path, to)
    }
    const sums = [...byRel].map(([rel, f]) => `${f.sha256}  ${rel}`).sort((a, b) => a.slice(66).localeCompare(b.slice(66)))
    const checksums = path.join(outputDir, 'checksums.txt')
    await ctx.host.files.writeText(checksums, `${sums.join('\n')}\n`)
    const meta = pre.metadata
    await ctx.host.files.writeText(path.join(outputDir, METADATA_FILE), `${JSON.stringify(meta, null, 2)}\n`)
    const artifacts: Artifact[] = pre.artifacts.map(a => {
      const final = copied.get(a.path) ?? a.path
      return { ...a, path: final, rel: relative(ctx, final) }
    })
    ctx.facts.build = { ...meta, artifacts, checksums }
    const binaries = artifacts.filter(a => a.kind === 'binary')
    for (const a of artifacts) ctx.host.log.info(`${a.rel}  ${a.size} bytes  sha256 ${a.sha256}`)
    return `${plural(binaries.length, 'binary', 'binaries')} (${[...new Set(binaries.map(b => b.platform))].join(', ')}) and ${plural(byRel.size - binaries.length, 'other file')} of ${meta.version}, one checksums.txt`
  },
}
