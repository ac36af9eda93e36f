/**
 * A stand-in for golangci-lint's GitHub release downloads: <base>/v<version>/<archive> and
 * <base>/v<version>/golangci-lint-<version>-checksums.txt, in the real layout, made from the
 * golangci-lint that scripts/setup.sh installed with `go install` from the module proxy.
 *
 * Test infrastructure only: never bundled into dist/.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as http from 'node:http'
import * as path from 'node:path'
import { listen, type Served } from './http.js'
import { TOOLS } from './runner.js'

export const LINT_BIN = path.join(TOOLS, 'bin', 'golangci-lint')

export interface LintRelease {
  readonly version: string
  readonly archive: string // file name
  readonly archiveFile: string
  readonly checksums: string // file name
  readonly checksumsFile: string
  readonly sha256: string
}

function goEnv(name: string): string {
  return execFileSync('go', ['env', name], { encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: 'local' } }).trim()
}

/** Packs the installed golangci-lint as a release archive (once per version) with its checksums file. */
export function ensureLintRelease(cacheDir: string): LintRelease {
  if (!existsSync(LINT_BIN)) throw new Error(`${LINT_BIN} is missing: run scripts/setup.sh`)
  const out = execFileSync(LINT_BIN, ['version'], { encoding: 'utf8' })
  const version = /version v?(\d+\.\d+\.\d+)/.exec(out)?.[1]
  if (!version) throw new Error(`cannot read the version of ${LINT_BIN}: ${out}`)
  const folder = `golangci-lint-${version}-${goEnv('GOOS')}-${goEnv('GOARCH')}`
  const archive = `${folder}.tar.gz`
  const checksums = `golangci-lint-${version}-checksums.txt`
  const dir = path.join(cacheDir, version)
  const archiveFile = path.join(dir, archive)
  const checksumsFile = path.join(dir, checksums)
  if (!existsSync(checksumsFile)) {
    const stage = path.join(dir, 'stage')
    rmSync(stage, { recursive: true, force: true })
    mkdirSync(path.join(stage, folder), { recursive: true })
    copyFileSync(LINT_BIN, path.join(stage, folder, 'golangci-lint'))
    writeFileSync(path.join(stage, folder, 'LICENSE'), 'GNU General Public License v3.0 (stand-in copy for tests)\n')
    writeFileSync(path.join(stage, folder, 'README.md'), '# golangci-lint\n')
    execFileSync('tar', ['-C', stage, '--use-compress-program', 'gzip -1', '-cf', archiveFile, folder])
    rmSync(stage, { recursive: true, force: true })
    const sha = createHash('sha256').update(readFileSync(archiveFile)).digest('hex')
    // Real checksums files list every asset of the release; a neighbour keeps the lookup honest.
    writeFileSync(checksumsFile, `${'1'.repeat(64)}  golangci-lint-${version}-source.tar.gz\n${sha}  ${archive}\n`)
  }
  const sha256 = /^([0-9a-f]{64})\s+(\S+)$/m.exec(readFileSync(checksumsFile, 'utf8').split('\n')[1] ?? '')?.[1] ?? ''
  return { version, archive, archiveFile, checksums, checksumsFile, sha256 }
}

export interface ReleaseServer extends Served {
  readonly requests: string[]
  /** Serve the archive with one byte flipped. */
  tamper: boolean
}

export async function startLintReleases(release: LintRelease): Promise<ReleaseServer> {
  const requests: string[] = []
  const state = { tamper: false }
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    requests.push(url)
    const prefix = `/v${release.version}/`
    if (url === `${prefix}${release.checksums}`) {
      res.writeHead(200).end(readFileSync(release.checksumsFile))
      return
    }
    if (url === `${prefix}${release.archive}`) {
      const data = Buffer.from(readFileSync(release.archiveFile))
      if (state.tamper) data[Math.floor(data.length / 2)] = (data[Math.floor(data.length / 2)] ?? 0) ^ 0xff
      res.writeHead(200, { 'Content-Length': data.length }).end(data)
      return
    }
    res.writeHead(404).end('Not Found')
  })
  const served = await listen(server)
  return Object.assign(state, served, { requests })
}
