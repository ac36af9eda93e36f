/**
 * Binaries an earlier job built (`binaries-dir`, e.g. a downloaded artifact): every file is checked
 * against the checksums.txt of its own folder before anything uses it, so the job that pushes and
 * attests runs no repository code and trusts nothing it did not verify. The folder may hold one build
 * job's output, or several (one subfolder per job, each with its checksums.txt).
 */
import * as path from 'node:path'
import { UserError } from '../errors.js'
import { parseChecksums } from '../go/golangci.js'
import { parseTarget, type BuildMetadata } from '../go/targets.js'
import { isWithin } from '../paths.js'
import type { Artifact, Context } from '../pipeline/context.js'
import { relative } from './common.js'

/** What the build stage writes beside checksums.txt, so a later job knows what it is given. */
export const METADATA_FILE = 'metadata.json'

/** `linux_arm_v7/app` → the platform and the program, or undefined for other files (archives). */
export function binaryEntry(rel: string): { platform: string; name: string } | undefined {
  const parts = rel.split('/')
  if (parts.length !== 2) return undefined
  const [folder = '', file = ''] = parts
  const target = parseTarget(folder.replace(/_/g, '/'))
  if (typeof target === 'string') return undefined
  return { platform: target.platform, name: file.replace(/\.(exe|wasm)$/, '') }
}

export function parseMetadata(text: string | undefined): Partial<BuildMetadata> {
  if (text === undefined) return {}
  try {
    const m = JSON.parse(text) as Record<string, unknown>
    const field = (k: string): Record<string, string> => (typeof m[k] === 'string' && /^[\w.+:/-]{1,200}$/.test(m[k]) ? { [k]: m[k] } : {})
    return { ...field('version'), ...field('commit'), ...field('date') }
  } catch {
    return {}
  }
}

export interface Prebuilt {
  readonly artifacts: readonly Artifact[]
  readonly metadata: Partial<BuildMetadata>
}

/** Reads and verifies every checksums.txt of the folder (and of its direct subfolders). */
export async function readPrebuilt(ctx: Context, dir: string): Promise<Prebuilt> {
  const { files } = ctx.host
  const sums = (await files.walk(dir, n => n === 'checksums.txt')).filter(f => path.dirname(f) === dir || path.dirname(path.dirname(f)) === dir)
  if (sums.length === 0) throw new UserError(`binaries-dir ${relative(ctx, dir)} has no checksums.txt (the build stage writes one beside the binaries)`)
  const artifacts: Artifact[] = []
  let metadata: Partial<BuildMetadata> = {}
  for (const sumsFile of sums) {
    const base = path.dirname(sumsFile)
    metadata = { ...parseMetadata(await files.readText(path.join(base, METADATA_FILE))), ...metadata }
    for (const [rel, expected] of parseChecksums((await files.readText(sumsFile)) ?? '')) {
      const file = path.resolve(base, rel)
      const real = await files.realpath(file)
      if (real === undefined || !isWithin(dir, real, ctx.host.platform) || (await files.kind(file)) !== 'file') {
        throw new UserError(
          `binaries-dir: ${relative(ctx, file)} is listed in ${relative(ctx, sumsFile)} but is missing, not a file, or outside the folder; nothing was used`,
        )
      }
      const actual = await files.sha256(file)
      if (actual !== expected) {
        throw new UserError(
          `binaries-dir: ${relative(ctx, file)} does not match ${relative(ctx, sumsFile)} (sha256 ${expected} listed, ${actual} found); nothing was used`,
        )
      }
      const entry = binaryEntry(rel)
      if (entry === undefined) continue
      if (artifacts.some(a => a.platform === entry.platform && a.name === entry.name)) {
        throw new UserError(
          `binaries-dir: two checksums.txt files list ${entry.name} for ${entry.platform}; each platform's binary must come from one build job`,
        )
      }
      artifacts.push({
        kind: 'binary',
        name: entry.name,
        platform: entry.platform,
        path: file,
        rel: relative(ctx, file),
        sha256: actual,
        size: await files.size(file),
      })
    }
  }
  ctx.host.log.info(`binaries-dir: ${artifacts.length} binaries verified against ${sums.map(f => relative(ctx, f)).join(', ')}`)
  return { artifacts, metadata }
}
