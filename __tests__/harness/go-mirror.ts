/**
 * A stand-in for https://go.dev/dl: the release index (?mode=json&include=all) and archives.
 * It serves one real archive, made from this machine's own Go installation, listed with its real
 * sha256 and size; other versions are listed for resolution tests only (their downloads answer 404).
 *
 * Test infrastructure only: never bundled into dist/.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import * as http from 'node:http'
import * as path from 'node:path'
import { listen, type Served } from './http.js'

export interface GoArchive {
  readonly version: string // go1.26.8
  readonly os: string
  readonly arch: string
  readonly filename: string
  readonly file: string
  readonly sha256: string
  readonly size: number
}

export type MirrorFault = 'none' | 'corrupt' | 'status503'

export interface GoMirror extends Served {
  readonly archive: GoArchive
  /** Every request's path and query, in order. */
  readonly requests: string[]
  fault: MirrorFault
}

function goEnv(name: string): string {
  return execFileSync('go', ['env', name], { encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: 'local' } }).trim()
}

/** Builds (once per Go version, cached in `cacheDir`) a release-layout archive of this machine's Go. */
export function ensureGoArchive(cacheDir: string): GoArchive {
  const goroot = goEnv('GOROOT')
  const version = goEnv('GOVERSION').split(' ')[0] ?? ''
  const os = goEnv('GOOS')
  const arch = goEnv('GOARCH')
  const filename = `${version}.${os}-${arch}.tar.gz`
  const file = path.join(cacheDir, filename)
  const meta = `${file}.json`
  if (existsSync(file) && existsSync(meta)) {
    return JSON.parse(readFileSync(meta, 'utf8')) as GoArchive
  }
  mkdirSync(cacheDir, { recursive: true })
  const tmp = `${file}.tmp`
  // The archive's top folder must be go/, as in the real releases.
  const base = path.basename(goroot)
  execFileSync('tar', ['-C', path.dirname(goroot), '--transform', `s,^${base},go,`, '--use-compress-program', 'gzip -1', '-cf', tmp, base], {
    stdio: 'inherit',
  })
  renameSync(tmp, file)
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex')
  const archive: GoArchive = { version, os, arch, filename, file, sha256, size: statSync(file).size }
  writeFileSync(meta, JSON.stringify(archive))
  return archive
}

/** Versions listed in the index for resolution tests only; their downloads are 404. */
export const LISTED_ONLY = ['go1.27rc1', 'go1.26.7', 'go1.26.0', 'go1.25.12', 'go1.25.0', 'go1.24.13', 'go1.20']

function listing(archive: GoArchive): unknown[] {
  const fake = (version: string): unknown => ({
    version,
    stable: !/rc|beta/.test(version),
    files: [
      { filename: `${version}.src.tar.gz`, os: '', arch: '', version, sha256: '0'.repeat(64), size: 1, kind: 'source' },
      {
        filename: `${version}.${archive.os}-${archive.arch}.tar.gz`,
        os: archive.os,
        arch: archive.arch,
        version,
        sha256: '0'.repeat(64),
        size: 1,
        kind: 'archive',
      },
    ],
  })
  const real = {
    version: archive.version,
    stable: true,
    files: [
      { filename: `${archive.version}.src.tar.gz`, os: '', arch: '', version: archive.version, sha256: '0'.repeat(64), size: 1, kind: 'source' },
      { filename: archive.filename, os: archive.os, arch: archive.arch, version: archive.version, sha256: archive.sha256, size: archive.size, kind: 'archive' },
    ],
  }
  // Newest first, like go.dev.
  return [fake('go1.27rc1'), real, ...LISTED_ONLY.slice(1).map(fake)]
}

export async function startGoMirror(archive: GoArchive): Promise<GoMirror> {
  const requests: string[] = []
  const index = JSON.stringify(listing(archive))
  const mirror = { archive, requests, fault: 'none' as MirrorFault }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push(url.pathname + url.search)
    if (mirror.fault === 'status503') {
      res.writeHead(503).end('injected 503')
      return
    }
    if (url.pathname === '/' && url.searchParams.get('mode') === 'json') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(index)
      return
    }
    if (url.pathname === `/${archive.filename}`) {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': archive.size })
      const stream = createReadStream(archive.file)
      if (mirror.fault === 'corrupt') {
        // Flip one byte in the middle: same size, different digest.
        let offset = 0
        const middle = Math.floor(archive.size / 2)
        stream.on('data', (chunk: string | Buffer) => {
          const buf = Buffer.from(chunk)
          if (middle >= offset && middle < offset + buf.length) buf[middle - offset] = (buf[middle - offset] ?? 0) ^ 0xff
          offset += buf.length
          res.write(buf)
        })
        stream.on('end', () => res.end())
      } else {
        stream.pipe(res)
      }
      return
    }
    res.writeHead(404).end('not found')
  })
  const served = await listen(server)
  return Object.assign(mirror, served)
}
