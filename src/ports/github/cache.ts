/**
 * GitHub's cache service with restores you can trust. @actions/cache finds and downloads an entry
 * (both protocols, its own retries and Azure downloads) and saves; but its restore extracts with
 * `tar -P` whatever the archive holds. Here the lookup and download are the library's, and the
 * extraction is ours: the archive is decompressed once into a plain tar; every entry is read (node-tar)
 * and checked (src/cache/archive.ts) while the tar that extracts lists the same file (both must read
 * the same names); only then is it extracted (`tar -xf -P`, as the library would). A refused archive
 * is a warning and a miss: the run starts cold.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import * as path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import * as actionsCache from '@actions/cache'
import * as core from '@actions/core'
import { Parser } from 'tar'
// The library's own lookup, download and version: not part of its exported API, so pinned by the
// lockfile and covered by the end-to-end tests against both cache protocols.
import { downloadCache, getCacheEntry } from '../../../node_modules/@actions/cache/lib/internal/cacheHttpClient.js'
import { createTempDirectory, getCacheFileName, getCacheVersion, getCompressionMethod } from '../../../node_modules/@actions/cache/lib/internal/cacheUtils.js'
import { getCacheMode, getCacheServiceVersion, isCacheReadable } from '../../../node_modules/@actions/cache/lib/internal/config.js'
import { internalCacheTwirpClient } from '../../../node_modules/@actions/cache/lib/internal/shared/cacheTwirpClient.js'
import { archiveProblem, sameNames, type ArchiveItem } from '../../cache/archive.js'
import { errorMessage } from '../../errors.js'
import type { ExecResult, Restored } from '../ports.js'
import { runProcess } from '../process.js'

type Compression = Awaited<ReturnType<typeof getCompressionMethod>>

/** The library's name for gzip (its CompressionMethod enum, compared by value). */
const isGzip = (c: Compression): boolean => (c as string) === 'gzip'

function workspace(): string {
  return process.env.GITHUB_WORKSPACE ?? process.cwd()
}

/** The matched key and a local archive, or undefined on a miss. */
async function lookupAndDownload(
  paths: string[],
  key: string,
  restoreKeys: string[],
  compression: Compression,
): Promise<{ matched: string; archive: string } | undefined> {
  let url: string
  let matched: string
  if (getCacheServiceVersion() === 'v2') {
    const response = await internalCacheTwirpClient().GetCacheEntryDownloadURL({ key, restoreKeys, version: getCacheVersion(paths, compression, false) })
    if (!response.ok) return undefined
    url = response.signedDownloadUrl
    matched = response.matchedKey
  } else {
    const entry = await getCacheEntry([key, ...restoreKeys], paths, { compressionMethod: compression, enableCrossOsArchive: false })
    if (!entry?.archiveLocation || entry.cacheKey === undefined) return undefined
    url = entry.archiveLocation
    matched = entry.cacheKey
  }
  const archive = path.join(await createTempDirectory(), getCacheFileName(compression))
  await downloadCache(url, archive, getCacheServiceVersion() === 'v2' ? { useAzureSdk: true } : {})
  return { matched, archive }
}

/**
 * The archive decompressed once, into a plain tar beside it (the compressed one is removed): the check
 * and the extraction then read the same bytes without decompressing them again, and GNU tar lists a
 * plain file by seeking over the file bodies. Throws when the archive cannot be decompressed.
 */
async function decompress(archive: string, compression: Compression): Promise<string> {
  const plain = path.join(path.dirname(archive), 'restore.tar')
  if (isGzip(compression)) {
    await pipeline(createReadStream(archive), createGunzip(), createWriteStream(plain))
  } else {
    const r = await runProcess('zstd', ['-d', '--quiet', '--force', archive, '-o', plain], { env: ownEnv(), timeoutMs: 30 * 60_000 })
    if (r.code !== 0) throw new Error(`zstd -d exited with ${r.code}: ${r.stderr.trim().split('\n').slice(-1).join('')}`)
  }
  await rm(archive, { force: true })
  return plain
}

/** Every entry's name and type, as node-tar reads them (skipping the bodies). */
async function entries(tarFile: string): Promise<ArchiveItem[]> {
  const items: ArchiveItem[] = []
  const parser = new Parser({
    strict: true,
    // Refusing every entry makes the parser skip its body instead of streaming it.
    filter: (name, entry) => {
      items.push({ path: name, type: 'type' in entry ? entry.type : 'unknown' })
      return false
    },
  })
  await pipeline(createReadStream(tarFile, { highWaterMark: 1 << 20 }), parser)
  return items
}

function platformArgs(): string[] {
  return process.platform === 'win32' ? ['--force-local'] : process.platform === 'darwin' ? ['--delay-directory-restore'] : []
}

/** This process's environment (the runner's: tar and zstd are the action's own tools, not the code under test). */
function ownEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v
  return { ...env, LC_ALL: 'C' }
}

async function tar(args: string[]): Promise<ExecResult> {
  return runProcess('tar', args, { env: ownEnv(), timeoutMs: 30 * 60_000 })
}

export async function restore(paths: readonly string[], key: string, restoreKeys: readonly string[]): Promise<Restored> {
  if (!isCacheReadable(getCacheMode())) {
    core.info(`Cache restore skipped: the cache mode '${getCacheMode()}' does not permit reads.`)
    return {}
  }
  const compression = await getCompressionMethod()
  let found: { matched: string; archive: string } | undefined
  const started = performance.now()
  const since = (t: number): string => ((performance.now() - t) / 1000).toFixed(2)
  try {
    found = await lookupAndDownload([...paths], key, [...restoreKeys], compression)
    if (found === undefined) return {}
    const matched = found.matched
    core.info(`Cache hit for ${matched}: checking the archive's entries before extracting`)
    const unreadable = (error: unknown): Restored => {
      core.warning(
        `The cache entry ${matched} was not restored: the archive could not be read (truncated or corrupt: ${errorMessage(error)}). This run starts cold.`,
      )
      return {}
    }
    const downloaded = since(started)
    const checking = performance.now()
    let plain: string
    try {
      plain = await decompress(found.archive, compression)
    } catch (error) {
      return unreadable(error)
    }
    // Two readings of the archive, side by side: node-tar's entries to check, and the names the tar
    // that extracts lists.
    const [read, listed] = await Promise.all([
      entries(plain).then(
        (items): { items: ArchiveItem[] } => ({ items }),
        (error: unknown): { error: unknown } => ({ error }),
      ),
      tar(['-tf', plain, '-P', '--quoting-style=literal', ...platformArgs()]),
    ])
    if ('error' in read) return unreadable(read.error)
    const { items } = read
    const problem = archiveProblem(items, workspace(), paths, process.platform)
    if (problem !== undefined) {
      core.warning(`The cache entry ${found.matched} was not restored: ${problem}. This run starts cold.`)
      return {}
    }
    if (listed.code !== 0 || !sameNames(items, listed.stdout.split('\n'))) {
      core.warning(`The cache entry ${found.matched} was not restored: tar lists other names than the archive check read. This run starts cold.`)
      return {}
    }
    const checked = since(checking)
    const extracting = performance.now()
    const r = await tar(['-xf', plain, '-P', '-C', workspace(), ...platformArgs()])
    if (r.code !== 0) {
      core.warning(
        `The cache entry ${found.matched} could not be extracted (tar exit ${r.code}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}). This run starts cold.`,
      )
      return { broken: true }
    }
    core.info(
      `Restored ${items.length} entries from ${found.matched} (lookup and download ${downloaded} s, check ${checked} s, extract ${since(extracting)} s)`,
    )
    return { matched: found.matched }
  } catch (error) {
    // The service down, slow, 5xx, or a corrupt archive: a warning and a cold run, never a red build.
    core.warning(`Cache restore failed: ${errorMessage(error)}. This run starts cold.`)
    return {}
  } finally {
    if (found !== undefined) await rm(path.dirname(found.archive), { recursive: true, force: true })
  }
}

export function save(paths: readonly string[], key: string): Promise<number> {
  return actionsCache.saveCache([...paths], key)
}
