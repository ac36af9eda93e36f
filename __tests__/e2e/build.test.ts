/**
 * build end-to-end: the committed dist/ cross-compiles the example for five platforms with real go,
 * stamps version metadata, writes checksums, checks ELF binaries are static, and rebuilds byte-identically.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DIST_LIST } from '../../src/go/targets.js'
import { COMMIT_DATE, commitAll } from '../harness/git.js'
import { ensureGoArchive, startGoMirror, type GoMirror } from '../harness/go-mirror.js'
import { bundleNode } from '../harness/node.js'
import { runAction, type PhaseResult } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, FIXTURES, HARNESS_CACHE } from '../harness/workspace.js'

let mirror: GoMirror
const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-tc-build-'))
const FIVE = 'linux/amd64,linux/arm64,darwin/arm64,windows/amd64,linux/arm/v7'
const VERSION_PKG = 'example.com/hello-service/internal/version'

beforeAll(async () => {
  mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
})
afterAll(async () => {
  await mirror.close()
})

async function build(workspace: string, inputs: Record<string, string> = {}): Promise<PhaseResult> {
  const { main } = await runAction(
    { workspace, toolCache, node: bundleNode() },
    { stages: 'setup, build', 'go-version': '1.26', 'go-download-base-url': mirror.url, ...inputs },
  )
  return main
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

interface Built {
  name: string
  platform: string
  path: string
  sha256: string
  size: number
  static: boolean | null
}

describe('build through dist/', () => {
  const origin = copyWorkspace(EXAMPLE, 'gp-origin-')
  const commit = commitAll(origin, 'v1.2.3')
  let first: PhaseResult
  let firstWs: string

  it('builds the example for five platforms with version, commit and date injected', async () => {
    firstWs = mkdtempSync(path.join(os.tmpdir(), 'gp-build-a-'))
    cpSync(origin, firstWs, { recursive: true })
    first = await build(firstWs, { platforms: FIVE, 'version-package': VERSION_PKG })
    expect(first.stdout).not.toContain('::error')
    expect(first.exitCode).toBe(0)
    expect(first.outputs.version).toBe('v1.2.3')
    const artifacts = JSON.parse(first.outputs.artifacts ?? '[]') as Built[]
    expect(artifacts.map(a => [a.platform, a.path, a.static])).toEqual([
      ['linux/amd64', 'dist/linux_amd64/hello', true],
      ['linux/arm64', 'dist/linux_arm64/hello', true],
      ['darwin/arm64', 'dist/darwin_arm64/hello', null],
      ['windows/amd64', 'dist/windows_amd64/hello.exe', null],
      ['linux/arm/v7', 'dist/linux_arm_v7/hello', true],
    ])
    // checksums.txt lists every binary with its real sha256.
    const sums = readFileSync(path.join(firstWs, 'dist', 'checksums.txt'), 'utf8')
      .trim()
      .split('\n')
    expect(sums).toHaveLength(5)
    for (const a of artifacts) {
      expect(a.sha256).toBe(sha256(path.join(firstWs, a.path)))
      expect(sums).toContain(`${a.sha256}  ${a.path.replace(/^dist\//, '')}`)
    }
    // The linux/amd64 binary runs and prints what was injected.
    const out = execFileSync(path.join(firstWs, 'dist', 'linux_amd64', 'hello'), ['-version'], { encoding: 'utf8' })
    expect(out.trim()).toBe(`hello v1.2.3 (commit ${commit}, built ${COMMIT_DATE})`)
    // go version -m shows -trimpath. Go leaves -ldflags out of the build info whenever -trimpath is on
    // (go.dev/issue/52372: ldflags may hold paths), so the ldflags show in what they stamped instead:
    // the version, commit and date strings in every platform's binary, and the log's -ldflags line.
    const info = execFileSync('go', ['version', '-m', path.join(firstWs, 'dist', 'linux_amd64', 'hello')], { encoding: 'utf8' })
    expect(info).toContain('build\t-trimpath=true')
    expect(info).toContain('build\tCGO_ENABLED=0')
    // Compiled without DWARF, which the -s -w link would drop anyway.
    expect(info).toContain('build\t-gcflags=all=-dwarf=false')
    expect(info).not.toContain('-ldflags')
    for (const a of artifacts) {
      const bytes = readFileSync(path.join(firstWs, a.path))
      for (const stamped of ['v1.2.3', commit, COMMIT_DATE]) expect([a.platform, bytes.includes(stamped)]).toEqual([a.platform, true])
    }
    expect(first.stdout).toContain(`-ldflags=-s -w -X ${VERSION_PKG}.version=v1.2.3 -X ${VERSION_PKG}.commit=${commit} -X ${VERSION_PKG}.date=${COMMIT_DATE}`)
    expect(first.summary).toContain('### Binaries: v1.2.3')
    expect(first.summary).toMatch(/\| `dist\/linux_amd64\/hello` \| linux\/amd64 \| [\d,]+ B \| yes \| `[0-9a-f]{64}` \|/)
  })

  it('rebuilds the same commit byte-identically, in another folder, built beside vet and test (speculative-build)', async () => {
    const again = mkdtempSync(path.join(os.tmpdir(), 'gp-build-b-'))
    cpSync(origin, again, { recursive: true })
    const second = await build(again, {
      platforms: FIVE,
      'version-package': VERSION_PKG,
      stages: 'setup, vet, test, build',
      race: 'false',
      'speculative-build': 'true',
    })
    expect(second.exitCode).toBe(0)
    expect(second.summary).toMatch(/\| build \| ✅ success \| [\d.]+ s \| 5 binaries of v1\.2\.3 \(built beside the checks in [\d.]+ s\) \|/)
    expect(second.outputs.artifacts).toBe(first.outputs.artifacts)
    expect(readFileSync(path.join(again, 'dist', 'checksums.txt'), 'utf8')).toBe(readFileSync(path.join(firstWs, 'dist', 'checksums.txt'), 'utf8'))
  })

  it('packs archives with README and LICENSE (zip for Windows), reproducibly, listed in checksums.txt', async () => {
    const a = mkdtempSync(path.join(os.tmpdir(), 'gp-arch-a-'))
    const b = mkdtempSync(path.join(os.tmpdir(), 'gp-arch-b-'))
    const ws = copyWorkspace(EXAMPLE)
    writeFileSync(path.join(ws, 'LICENSE'), 'MIT License\n')
    commitAll(ws, 'v1.2.3')
    cpSync(ws, a, { recursive: true })
    cpSync(ws, b, { recursive: true })
    const inputs = { platforms: 'linux/amd64,windows/amd64', archives: 'true', 'version-package': VERSION_PKG }
    const ra = await build(a, inputs)
    const rb = await build(b, inputs)
    expect(ra.exitCode).toBe(0)
    const artifacts = JSON.parse(ra.outputs.artifacts ?? '[]') as (Built & { kind: string })[]
    expect(artifacts.filter(x => x.kind === 'archive').map(x => x.path)).toEqual(['dist/hello_1.2.3_linux_amd64.tar.gz', 'dist/hello_1.2.3_windows_amd64.zip'])
    expect(execFileSync('tar', ['-tzvf', path.join(a, 'dist', 'hello_1.2.3_linux_amd64.tar.gz')], { encoding: 'utf8' })).toMatch(
      /^-rwxr-xr-x 0\/0 +\d+ 2026-01-02 03:04 hello\n-rw-r--r-- 0\/0 +\d+ 2026-01-02 03:04 LICENSE\n-rw-r--r-- 0\/0 +\d+ 2026-01-02 03:04 README\.md\n$/,
    )
    const zip = readFileSync(path.join(a, 'dist', 'hello_1.2.3_windows_amd64.zip'))
    for (const name of ['hello.exe', 'README.md', 'LICENSE']) expect([name, zip.includes(name)]).toEqual([name, true])
    // The extracted binary is the built one.
    const x = mkdtempSync(path.join(os.tmpdir(), 'gp-x-'))
    execFileSync('tar', ['-xzf', path.join(a, 'dist', 'hello_1.2.3_linux_amd64.tar.gz'), '-C', x])
    expect(sha256(path.join(x, 'hello'))).toBe(sha256(path.join(a, 'dist', 'linux_amd64', 'hello')))
    const sums = readFileSync(path.join(a, 'dist', 'checksums.txt'), 'utf8')
    expect(sums).toContain(`${sha256(path.join(a, 'dist', 'hello_1.2.3_windows_amd64.zip'))}  hello_1.2.3_windows_amd64.zip`)
    // Two builds of one commit: the same bytes, archives included.
    expect(readFileSync(path.join(b, 'dist', 'checksums.txt'), 'utf8')).toBe(sums)
    expect(rb.outputs.artifacts).toBe(ra.outputs.artifacts)
  })

  it('without a tag on HEAD, stamps a Go pseudo-version from the commit', async () => {
    const ws = copyWorkspace(EXAMPLE)
    const c = commitAll(ws)
    const r = await build(ws, { platforms: 'linux/amd64', 'version-package': VERSION_PKG })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.version).toBe(`v0.0.0-20260102030405-${c.slice(0, 12)}`)
  })

  it('a package that needs cgo fails with a message that says so while cgo is false', async () => {
    const ws = copyWorkspace(path.join(FIXTURES, 'cgo-needed'))
    commitAll(ws)
    const r = await build(ws, { platforms: 'linux/amd64' })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.find(a => a.level === 'error')?.message).toBe(
      'build: . needs cgo, and cgo is false: example.com/cgo-needed (main.go) uses import "C". Set cgo: true (with a C cross-compiler for each platform), or drop the cgo dependency.',
    )
    // With cgo on, it builds, and the static check reports the dynamic linkage instead of failing.
    const on = await build(ws, { platforms: 'linux/amd64', cgo: 'true' })
    expect(on.exitCode).toBe(0)
    expect(JSON.parse(on.outputs.artifacts ?? '[]')).toEqual([expect.objectContaining({ platform: 'linux/amd64', static: false })])
  })

  it('rejects linux/amd65 at input time, listing the valid platforms', async () => {
    const r = await build(copyWorkspace(EXAMPLE), { platforms: 'linux/amd64,linux/amd65' })
    expect(r.exitCode).toBe(1)
    const message = r.annotations.find(a => a.level === 'error')?.message ?? ''
    expect(message).toMatch(
      /^Input "platforms": "linux\/amd64,linux\/amd65" has "linux\/amd65" is not a platform Go can build for\. Accepted: .*linux\/amd64, linux\/arm, linux\/arm64,/,
    )
    expect(r.stdout).not.toContain('::group::') // no stage ran
  })

  it("the input-time platform list is this Go's go tool dist list", () => {
    const list = execFileSync('go', ['tool', 'dist', 'list'], { encoding: 'utf8' }).trim().split('\n')
    expect([...DIST_LIST]).toEqual(list)
    expect(existsSync(path.join(origin, '.git'))).toBe(true)
  })
})
