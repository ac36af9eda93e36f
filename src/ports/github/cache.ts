/**
 * GitHub's cache service with restores you can trust. @actions/cache finds and downloads an entry
 * (both protocols, its own retries and Azure downloads) and saves; but its restore extracts with
 * `tar -P` whatever the archive holds. Here the lookup is the library's, the download goes through its
 * HTTP client and retries, and the extraction is ours.
 *
 * Archive names are relative to the filesystem root (`home/runner/go/pkg/mod/…`; on Windows, to the
 * workspace, as the library makes them), so that on Linux no legitimate name holds `..` and tar can
 * extract without `-P`, with its own guards on: members naming `..` refused, leading `/` stripped,
 * links to outside the extraction folder deferred as placeholders. There the restore streams: the
 * archive, as it downloads (one GET, not the library's download to a file first), is decompressed
 * straight into `tar -x` in a fresh staging folder beside the entry's folder;
 * then the staging folder must hold nothing but the entry's folder, and that only files and folders;
 * then it is moved into place (renamed, or merged into what the folder holds). One decompression, no
 * plain tar written, no archive file either, and nothing reaches the entry's folder before the whole
 * archive passed. Elsewhere (macOS, Windows; GO_PIPELINE_CHECKED_RESTORE=1 in tests) the archive is decompressed once,
 * every entry is read and checked (src/cache/archive.ts) while the extracting tar lists the same file,
 * and only then extracted with `-P`. A refused archive is a warning and a miss: the run starts cold.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createReadStream, createWriteStream } from 'node:fs'
import { lstat, mkdtemp, readdir, rm, stat, utimes } from 'node:fs/promises'
import * as path from 'node:path'
import { pipeline as streamPipeline, Transform, type Readable, type Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import * as actionsCache from '@actions/cache'
import * as core from '@actions/core'
import { HttpClient } from '@actions/http-client'
import { Parser } from 'tar'
// The library's own lookup, download and version: not part of its exported API, so pinned by the
// lockfile and covered by the end-to-end tests against both cache protocols.
import { downloadCache, getCacheEntry } from '../../../node_modules/@actions/cache/lib/internal/cacheHttpClient.js'
import { createTempDirectory, getCacheFileName, getCacheVersion, getCompressionMethod } from '../../../node_modules/@actions/cache/lib/internal/cacheUtils.js'
import { getCacheMode, getCacheServiceVersion, isCacheReadable } from '../../../node_modules/@actions/cache/lib/internal/config.js'
import { retryHttpClientResponse } from '../../../node_modules/@actions/cache/lib/internal/requestUtils.js'
import { internalCacheTwirpClient } from '../../../node_modules/@actions/cache/lib/internal/shared/cacheTwirpClient.js'
import { archiveProblem, sameNames, type ArchiveItem } from '../../cache/archive.js'
import { halfOf, splitPaths } from '../../cache/split.js'
import { errorMessage } from '../../errors.js'
import { pool } from '../../pool.js'
import { moveInto, nodeFiles } from '../node-files.js'
import type { ExecResult, Restored, RestoreOptions, SaveOptions } from '../ports.js'
import { runProcess } from '../process.js'
import { lastLines } from '../../text.js'

type Compression = Awaited<ReturnType<typeof getCompressionMethod>>

let compressionOnce: Promise<Compression> | undefined
/** The library's choice of compression (it runs `zstd --version`), asked once per process. */
function compressionMethod(): Promise<Compression> {
  compressionOnce ??= getCompressionMethod()
  return compressionOnce
}

/** The library's name for gzip (its CompressionMethod enum, compared by value). */
const isGzip = (c: Compression): boolean => (c as string) === 'gzip'

function workspace(): string {
  return process.env.GITHUB_WORKSPACE ?? process.cwd()
}

/** What archive names are relative to: the filesystem root, or the workspace on Windows (see the top). */
function archiveRoot(): string {
  return process.platform === 'win32' ? workspace() : '/'
}

/** The matched key and the archive's download address, or undefined on a miss. */
async function lookup(paths: string[], key: string, restoreKeys: string[], compression: Compression): Promise<{ matched: string; url: string } | undefined> {
  if (getCacheServiceVersion() === 'v2') {
    const response = await internalCacheTwirpClient().GetCacheEntryDownloadURL({ key, restoreKeys, version: getCacheVersion(paths, compression, false) })
    return response.ok ? { matched: response.matchedKey, url: response.signedDownloadUrl } : undefined
  }
  const entry = await getCacheEntry([key, ...restoreKeys], paths, { compressionMethod: compression, enableCrossOsArchive: false })
  if (!entry?.archiveLocation || entry.cacheKey === undefined) return undefined
  return { matched: entry.cacheKey, url: entry.archiveLocation }
}

/** The archive downloaded by the library into a file of its own temporary folder (for the checked restore). */
async function download(url: string, compression: Compression): Promise<string> {
  const archive = path.join(await createTempDirectory(), getCacheFileName(compression))
  await downloadCache(url, archive, getCacheServiceVersion() === 'v2' ? { useAzureSdk: true } : {})
  return archive
}

/** A download that sends nothing for this long is given up (the library's is 5 s, but here a slow disk may hold the reading back). */
const STALLED_MS = 60_000

/**
 * The archive's bytes as they arrive (for the streamed restore): one GET through the library's HTTP
 * client and its retries (5xx, before any byte), checked against Content-Length at the end. A stall
 * or a short body is an error of the stream, which the extraction then reports.
 */
async function openDownload(url: string): Promise<Readable> {
  const response = await retryHttpClientResponse('downloadCache', () => new HttpClient('go-pipeline').get(url))
  const body = response.message
  const expected = Number(body.headers['content-length'] ?? NaN)
  let received = 0
  // The socket now: the message lets go of it when the body ends.
  const socket = body.socket
  socket.setTimeout(STALLED_MS, () => body.destroy(new Error(`the download sent nothing for ${STALLED_MS / 1000} s`)))
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length
      done(null, chunk)
    },
    flush(done) {
      socket.setTimeout(0)
      done(Number.isFinite(expected) && received !== expected ? new Error(`incomplete download: ${received} of ${expected} bytes`) : null)
    },
  })
  // An error of the body (a reset, a stall) becomes the counted stream's, which the extraction reports.
  return streamPipeline(body, counted, () => undefined)
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
    if (r.code !== 0) throw new Error(`zstd -d exited with ${r.code}: ${lastLines(r.stderr, 1)}`)
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

/** Why the archive was refused, or what the staged folder holds. */
type Staged = { readonly problem: string } | { readonly broken: string } | { readonly files: number; readonly bytes: number }

/** A staged restore put in place, with its seconds downloading and extracting, checking (and dating), and moving. */
interface Placed {
  readonly files: number
  readonly bytes: number
  readonly extracted: number
  readonly checked: number
  readonly moved: number
}

/** Why an archive's bytes could not be turned back into files (its own text, or a tool's complaint). */
const unreadableArchive = (why: string): string => `the archive could not be read (truncated or corrupt: ${why})`

/**
 * The archive, as it downloads, decompressed straight into `tar -x` (no `-P`) in `staging`; tar's own
 * exit says whether it could read everything and whether it refused a member. Resolves with the
 * complaint, or undefined when tar extracted the whole archive. Downloading, decompressing and writing
 * the files overlap (the library downloads the whole file first). zstd writes into tar through an OS
 * pipe (Node never carries the decompressed bytes: ~0.35 s less on a 440 MB build cache), and tar reads
 * to the end of its input (`--ignore-zeros`), so zstd always reaches the end of its frames and checks
 * their checksums.
 */
async function extractInto(archive: Readable, compression: Compression, staging: string): Promise<string | undefined> {
  const timeout = AbortSignal.timeout(30 * 60_000)
  const args = ['-xf', '-', '-C', staging, '--no-same-owner', '--ignore-zeros']
  if (isGzip(compression)) {
    const untar = spawn('tar', args, { env: ownEnv(), stdio: ['pipe', 'ignore', 'pipe'], signal: timeout })
    const gunzip = createGunzip()
    archive.on('error', e => gunzip.destroy(e))
    const [fedError, refused] = await Promise.all([feed(archive.pipe(gunzip), untar.stdin), exitOf(untar)])
    if (refused !== undefined) return `tar refused or could not extract it (${refused})`
    if (fedError !== undefined) return unreadableArchive(fedError)
    return undefined
  }
  const zstd = spawn('zstd', ['-d', '-c', '--quiet', '--long=30'], { env: ownEnv(), stdio: ['pipe', 'pipe', 'pipe'], signal: timeout })
  const unread = exitOf(zstd)
  const untar = spawn('tar', args, { env: ownEnv(), stdio: [zstd.stdout, 'ignore', 'pipe'], signal: timeout })
  // tar holds the pipe's reading end now; this process lets go of its own, so that zstd's writes fail
  // (and it exits) when tar does, instead of filling a pipe nobody reads.
  zstd.stdout.destroy()
  const [downloadError, zstdError, tarError] = await Promise.all([feed(archive, zstd.stdin), unread, exitOf(untar)])
  if (downloadError !== undefined) return `the archive could not be downloaded (${downloadError})`
  // A zstd that lost its reader says nothing about the archive: tar's complaint is the one to give.
  if (zstdError !== undefined && (tarError === undefined || !/broken pipe|SIGPIPE/i.test(zstdError))) return unreadableArchive(`zstd -d ${zstdError}`)
  if (tarError !== undefined) return `tar refused or could not extract it (${tarError})`
  return undefined
}

/** How a child ended: undefined when it exited 0, else "exit N: <its last lines of stderr>". */
function exitOf(child: ChildProcess): Promise<string | undefined> {
  let err = ''
  child.stderr?.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)))
  return new Promise(resolve => {
    child.on('error', e => resolve(errorMessage(e)))
    child.on('close', (code, signal) => resolve(code === 0 ? undefined : `exit ${code ?? signal}: ${lastLines(err, 2)}`))
  })
}

/**
 * Feeds `source` into a child's input (the download into zstd; gunzip's output into tar); resolves
 * with the source's own error, if any. A child that exits, closing its input, before the last bytes are
 * written is not an error of the source (the child's exit code judges it), so the rest is read and
 * dropped, and the download or the decompressor still reaches its end (and gzip its checksum).
 * (stream.pipeline would report such a close as "Premature close", and did, now and then, on a busy
 * machine.)
 */
function feed(source: Readable, input: Writable): Promise<string | undefined> {
  return new Promise(resolve => {
    const drop = (): void => {
      source.unpipe(input)
      source.resume()
    }
    input.on('error', drop)
    input.on('close', drop)
    source.on('error', e => {
      // tar is told the input is over (pipe() would leave it waiting), so its exit comes.
      input.destroy()
      resolve(errorMessage(e))
    })
    source.on('end', () => resolve(undefined))
    source.on('close', () => resolve('the stream closed before its end'))
    source.pipe(input)
  })
}

/**
 * What `staging` must hold after extraction: the folders down to `target` (the entry's folder, as a
 * name relative to the archive root) and nothing beside them; below `target`, only files and folders.
 * Ages the files and folders to `age` when given. Never follows a link.
 */
async function inspectStaged(staging: string, target: string, age: Date | undefined): Promise<Staged> {
  const chain = target.split('/').filter(p => p !== '')
  let dir = staging
  for (const [i, name] of chain.entries()) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    const other = entries.find(e => e.name !== name)
    if (other !== undefined) {
      const where = [...chain.slice(0, i), other.name].join('/')
      return {
        problem: `${JSON.stringify(where.slice(0, 200))} would be written to ${path.join(archiveRoot(), where)}, outside ${path.join(archiveRoot(), target)}`,
      }
    }
    const only = entries[0]
    if (only === undefined) return { problem: `the archive holds nothing for ${path.join(archiveRoot(), target)}` }
    if (!only.isDirectory())
      return { problem: `${JSON.stringify(chain.slice(0, i + 1).join('/'))} is not a folder (a ${kind(await lstat(path.join(dir, name)))})` }
    dir = path.join(dir, name)
  }
  const files: string[] = []
  const folders: string[] = []
  const walk = async (d: string): Promise<string | undefined> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) {
        folders.push(full)
        const problem = await walk(full)
        if (problem !== undefined) return problem
      } else if (e.isFile()) files.push(full)
      else return `${JSON.stringify(path.relative(staging, full).slice(0, 200))} is a ${kind(await lstat(full))}, and a cache holds only files and folders`
    }
    return undefined
  }
  const problem = await walk(dir)
  if (problem !== undefined) return { problem }
  const sizes = await pool(files, 64, async f => {
    if (age !== undefined) await utimes(f, age, age)
    return (await stat(f)).size
  })
  // Folders too: Go dates the folder of a cached executable when it uses it, not the program inside.
  if (age !== undefined) await pool(folders, 64, f => utimes(f, age, age))
  return { files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) }
}

function kind(st: Awaited<ReturnType<typeof lstat>>): string {
  return st.isSymbolicLink() ? 'symbolic link' : st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'special file'
}

/** This process's choice of restore for an entry of one folder; GO_PIPELINE_CHECKED_RESTORE=1 (tests) forces the checked one on Linux too. */
function streams(): boolean {
  return process.platform === 'linux' && process.env.GO_PIPELINE_CHECKED_RESTORE !== '1'
}

/**
 * The streamed restore (see the top): download and extract into staging beside `dir`, inspect, rename into place.
 * Resolves with a problem (nothing changed in `dir`), or what was restored.
 */
async function restoreStaged(
  url: string,
  compression: Compression,
  dir: string,
  age: Date | undefined,
): Promise<{ readonly problem: string } | { readonly broken: string } | Placed> {
  const staging = await mkdtemp(path.join(path.dirname(dir), '.gp-restore-'))
  try {
    const started = performance.now()
    const refused = await extractInto(await openDownload(url), compression, staging)
    if (refused !== undefined) return { problem: refused }
    const extracted = (performance.now() - started) / 1000
    const target = path.relative(archiveRoot(), dir).split(path.sep).join('/')
    const checking = performance.now()
    const staged = await inspectStaged(staging, target, age)
    if ('problem' in staged) return staged
    const moving = performance.now()
    try {
      await moveInto(path.join(staging, target), dir)
    } catch (error) {
      return { broken: `moving the checked files into ${dir} failed: ${errorMessage(error)}` }
    }
    return { ...staged, extracted, checked: (moving - checking) / 1000, moved: (performance.now() - moving) / 1000 }
  } finally {
    await nodeFiles.remove(staging)
  }
}

export async function restore(paths: readonly string[], key: string, restoreKeys: readonly string[], options: RestoreOptions = {}): Promise<Restored> {
  if (!isCacheReadable(getCacheMode())) {
    core.info(`Cache restore skipped: the cache mode '${getCacheMode()}' does not permit reads.`)
    return {}
  }
  const [dir] = paths
  if (options.split !== true || dir === undefined || paths.length !== 1)
    return restoreArchive(paths, paths.length === 1 ? dir : undefined, key, restoreKeys, options.age, '')
  const halves = splitPaths(dir)
  const restored = await Promise.all(halves.map((half, i) => restoreArchive(half, dir, key, restoreKeys, options.age, ` (half ${i + 1} of ${halves.length})`)))
  return joinHalves(restored)
}

/**
 * The halves' restores as one: any half that broke broke the whole (the stage discards the folder);
 * a half that missed leaves its entries to be compiled again. Counts and dates only when every half
 * that restored reported them.
 */
function joinHalves(halves: readonly Restored[]): Restored {
  if (halves.some(h => h.broken === true)) return { broken: true }
  const found = halves.filter(h => h.matched !== undefined)
  const [first] = found
  if (first === undefined) return {}
  const counted = found.every(h => h.files !== undefined && h.bytes !== undefined)
  return {
    ...(first.matched !== undefined ? { matched: first.matched } : {}),
    ...(counted ? { files: found.reduce((n, h) => n + (h.files ?? 0), 0), bytes: found.reduce((n, h) => n + (h.bytes ?? 0), 0) } : {}),
    ...(found.every(h => h.aged === true) ? { aged: true } : {}),
  }
}

/**
 * One archive: `paths` are what it was saved with (its version), `folder` the one folder everything
 * in it must land in (undefined for an entry of several folders: each must land in one of them).
 */
async function restoreArchive(
  paths: readonly string[],
  folder: string | undefined,
  key: string,
  restoreKeys: readonly string[],
  age: Date | undefined,
  label: string,
): Promise<Restored> {
  const compression = await compressionMethod()
  let archive: string | undefined
  const started = performance.now()
  const since = (t: number): string => ((performance.now() - t) / 1000).toFixed(2)
  try {
    const found = await lookup([...paths], key, [...restoreKeys], compression)
    if (found === undefined) return {}
    const matched = found.matched
    // A half not restored leaves the other's entries in place (src/cache/split.ts).
    const missed = label === '' ? 'This run starts cold.' : 'Its entries are compiled again.'
    core.info(`Cache hit for ${matched}${label}: checking the archive's entries before extracting`)
    const unreadable = (error: unknown): Restored => {
      core.warning(`The cache entry ${matched}${label} was not restored: ${unreadableArchive(errorMessage(error))}. ${missed}`)
      return {}
    }
    if (folder !== undefined && streams()) {
      const looked = since(started)
      const staged = await restoreStaged(found.url, compression, folder, age)
      if ('problem' in staged) {
        core.warning(`The cache entry ${matched}${label} was not restored: ${staged.problem}. ${missed}`)
        return {}
      }
      if ('broken' in staged) {
        core.warning(`The cache entry ${matched}${label} could not be put in place (${staged.broken}). This run starts cold.`)
        return { broken: true }
      }
      core.info(
        `Restored ${staged.files} files (${staged.bytes} bytes) from ${matched}${label} (lookup ${looked} s, download and extract into staging ${staged.extracted.toFixed(2)} s, check${age !== undefined ? ' and date' : ''} ${staged.checked.toFixed(2)} s, move ${staged.moved.toFixed(2)} s)`,
      )
      return { matched, files: staged.files, bytes: staged.bytes, ...(age !== undefined ? { aged: true } : {}) }
    }
    archive = await download(found.url, compression)
    const downloaded = since(started)
    const checking = performance.now()
    let plain: string
    try {
      plain = await decompress(archive, compression)
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
    const problem = archiveProblem(items, archiveRoot(), folder !== undefined ? [folder] : paths, process.platform)
    if (problem !== undefined) {
      core.warning(`The cache entry ${matched}${label} was not restored: ${problem}. ${missed}`)
      return {}
    }
    if (listed.code !== 0 || !sameNames(items, listed.stdout.split('\n'))) {
      core.warning(`The cache entry ${matched}${label} was not restored: tar lists other names than the archive check read. ${missed}`)
      return {}
    }
    const checked = since(checking)
    const extracting = performance.now()
    const r = await tar(['-xf', plain, '-P', '-C', archiveRoot(), ...platformArgs()])
    if (r.code !== 0) {
      core.warning(`The cache entry ${matched}${label} could not be extracted (tar exit ${r.code}: ${lastLines(r.stderr, 2)}). This run starts cold.`)
      return { broken: true }
    }
    core.info(
      `Restored ${items.length} entries from ${matched}${label} (lookup and download ${downloaded} s, check ${checked} s, extract ${since(extracting)} s)`,
    )
    return { matched: matched }
  } catch (error) {
    // The service down, slow, 5xx, or a corrupt archive: a warning and a cold run, never a red build.
    core.warning(`Cache restore failed: ${errorMessage(error)}. This run starts cold.`)
    return {}
  } finally {
    if (archive !== undefined) await rm(path.dirname(archive), { recursive: true, force: true })
  }
}

let saving = 0
let workspaceBefore: string | undefined

/** Saves an entry: one archive, or, split, the folder's halves side by side (src/cache/split.ts); -1 unless every one was saved. */
export async function save(paths: readonly string[], key: string, options: SaveOptions = {}): Promise<number> {
  const [dir] = paths
  if (options.split !== true || dir === undefined || paths.length !== 1) return saveArchive(paths, key)
  // A half with nothing in it is not saved (the library refuses paths that match nothing); its restore misses.
  const names = await readdir(dir).catch(() => [])
  const halves = splitPaths(dir).filter((_, i) => names.some(n => halfOf(n) === i))
  if (halves.length === 0) throw new Error(`${dir} holds nothing to save`)
  const ids = await Promise.all(halves.map(half => saveArchive(half, key)))
  return ids.every(id => id > 0) ? (ids[0] ?? -1) : -1
}

/**
 * Saves through the library with names relative to the archive root: the library makes them relative
 * to GITHUB_WORKSPACE, which it reads during the call, so that is the root while any save runs. The
 * host (index.ts) pins the runner's value for the children and the stages meanwhile.
 */
async function saveArchive(paths: readonly string[], key: string): Promise<number> {
  const root = archiveRoot()
  if (saving++ === 0) {
    workspaceBefore = process.env.GITHUB_WORKSPACE
    process.env.GITHUB_WORKSPACE = root
  }
  try {
    return await actionsCache.saveCache([...paths], key)
  } finally {
    if (--saving === 0) {
      if (workspaceBefore === undefined) delete process.env.GITHUB_WORKSPACE
      else process.env.GITHUB_WORKSPACE = workspaceBefore
    }
  }
}
