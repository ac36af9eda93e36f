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

/** `hello_1.2.3_linux_arm_v7.tar.gz` → its program and platform (the build stage's archive names), else undefined. */
export function archiveEntry(rel: string): { platform: string; name: string } | undefined {
  if (rel.includes('/')) return undefined
  const m = /^(.+?)_[^_]+_([a-z0-9]+_[a-z0-9]+(?:_v\d+)?)\.(tar\.gz|zip)$/.exec(rel)
  if (!m?.[1] || !m[2]) return undefined
  const target = parseTarget(m[2].replace(/_/g, '/'))
  return typeof target === 'string' ? undefined : { platform: target.platform, name: m[1] }
}

export interface Prebuilt {
  /** The binaries and archives (by the build stage's names). */
  readonly artifacts: readonly Artifact[]
  /** Every verified file: where it is, its path relative to its checksums.txt, its digest. */
  readonly files: readonly { readonly path: string; readonly rel: string; readonly sha256: string }[]
  /** From the jobs' metadata.json, else the pushed tag (or dev), the run's commit, the epoch. */
  readonly metadata: BuildMetadata
}

/** Reads and verifies every checksums.txt of the folder (and of its direct subfolders). */
export async function readPrebuilt(ctx: Context, dir: string): Promise<Prebuilt> {
  const { files } = ctx.host
  const sums = (await files.walk(dir, n => n === 'checksums.txt')).filter(f => path.dirname(f) === dir || path.dirname(path.dirname(f)) === dir)
  if (sums.length === 0) throw new UserError(`binaries-dir ${relative(ctx, dir)} has no checksums.txt (the build stage writes one beside the binaries)`)
  const artifacts: Artifact[] = []
  const verified: { path: string; rel: string; sha256: string }[] = []
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
      verified.push({ path: file, rel, sha256: actual })
      const archive = archiveEntry(rel)
      if (archive !== undefined) {
        const size = await files.size(file)
        artifacts.push({ kind: 'archive', ...archive, path: file, rel: relative(ctx, file), sha256: actual, size })
        continue
      }
      const entry = binaryEntry(rel)
      if (entry === undefined) continue
      if (artifacts.some(a => a.kind === 'binary' && a.platform === entry.platform && a.name === entry.name)) {
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
  const binaries = artifacts.filter(a => a.kind === 'binary').length
  ctx.host.log.info(
    `binaries-dir: ${binaries} binaries and ${verified.length - binaries} other files verified against ${sums.map(f => relative(ctx, f)).join(', ')}`,
  )
  const tag = ctx.run.ref.startsWith('refs/tags/') ? ctx.run.ref.slice(10) : undefined
  return {
    artifacts,
    files: verified,
    metadata: {
      version: metadata.version ?? tag ?? 'dev',
      commit: metadata.commit ?? (ctx.run.sha || 'none'),
      date: metadata.date ?? '1970-01-01T00:00:00Z',
    },
  }
}
