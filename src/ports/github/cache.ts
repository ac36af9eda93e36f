/**
 * GitHub's cache service with restores you can trust. @actions/cache finds and downloads an entry
 * (both protocols, its own retries and Azure downloads) and saves; but its restore extracts with
 * `tar -P` whatever the archive holds. Here the lookup and download are the library's, and the
 * extraction is ours: every entry is listed first (node-tar), checked (src/cache/archive.ts), listed
 * again by the tar that extracts (both must read the same names), and only then extracted, with the
 * same tar command the library uses. A refused archive is a warning and a miss: the run starts cold.
 */
import { spawn } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import * as path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
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

function decompressed(archive: string, compression: Compression): { stream: Readable; done: Promise<void> } {
  if (isGzip(compression)) return { stream: createReadStream(archive), done: Promise.resolve() } // node-tar reads gzip itself
  const child = spawn('zstd', ['-d', '-c', '--quiet', archive], { stdio: ['ignore', 'pipe', 'ignore'] })
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', code => (code === 0 ? resolve() : reject(new Error(`zstd -d exited with ${code}`))))
  })
  return { stream: child.stdout, done }
}

/** Every entry's name and type, as node-tar reads them. */
async function entries(archive: string, compression: Compression): Promise<ArchiveItem[]> {
  const items: ArchiveItem[] = []
  const { stream, done } = decompressed(archive, compression)
  const parser = new Parser({
    strict: true,
    onReadEntry: entry => {
      items.push({ path: entry.path, type: entry.type })
      entry.resume()
    },
  })
  await Promise.all([pipeline(stream, parser), done])
  return items
}

function tarArgs(compression: Compression): string[] {
  const program = isGzip(compression) ? ['-z'] : ['--use-compress-program', process.platform === 'win32' ? 'zstd -d' : 'unzstd']
  return [...program, ...(process.platform === 'win32' ? ['--force-local'] : process.platform === 'darwin' ? ['--delay-directory-restore'] : [])]
}

async function tar(args: string[]): Promise<ExecResult> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v
  return runProcess('tar', args, { env: { ...env, LC_ALL: 'C' }, timeoutMs: 30 * 60_000 })
}

export async function restore(paths: readonly string[], key: string, restoreKeys: readonly string[]): Promise<Restored> {
  if (!isCacheReadable(getCacheMode())) {
    core.info(`Cache restore skipped: the cache mode '${getCacheMode()}' does not permit reads.`)
    return {}
  }
  const compression = await getCompressionMethod()
  let found: { matched: string; archive: string } | undefined
  try {
    found = await lookupAndDownload([...paths], key, [...restoreKeys], compression)
    if (found === undefined) return {}
    const archive = found.archive
    core.info(`Cache hit for ${found.matched}: checking the archive's entries before extracting`)
    let items: ArchiveItem[]
    try {
      items = await entries(archive, compression)
    } catch (error) {
      core.warning(
        `The cache entry ${found.matched} was not restored: the archive could not be read (truncated or corrupt: ${errorMessage(error)}). This run starts cold.`,
      )
      return {}
    }
    const problem = archiveProblem(items, workspace(), paths, process.platform)
    if (problem !== undefined) {
      core.warning(`The cache entry ${found.matched} was not restored: ${problem}. This run starts cold.`)
      return {}
    }
    const listed = await tar(['-tf', archive, '-P', '--quoting-style=literal', ...tarArgs(compression)])
    if (listed.code !== 0 || !sameNames(items, listed.stdout.split('\n'))) {
      core.warning(`The cache entry ${found.matched} was not restored: tar lists other names than the archive check read. This run starts cold.`)
      return {}
    }
    const r = await tar(['-xf', archive, '-P', '-C', workspace(), ...tarArgs(compression)])
    if (r.code !== 0) {
      core.warning(
        `The cache entry ${found.matched} could not be extracted (tar exit ${r.code}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}). This run starts cold.`,
      )
      return { broken: true }
    }
    core.info(`Restored ${items.length} entries from ${found.matched}`)
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
