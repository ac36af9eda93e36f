/** `go-pipeline run` end-to-end: the bundled CLI on a developer's machine. */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ensureGoArchive, startGoMirror, type GoMirror } from '../harness/go-mirror.js'
import { ensureLintRelease, startLintReleases, type ReleaseServer } from '../harness/lint-release.js'
import { bundleNode } from '../harness/node.js'
import { pathWithoutGo, ROOT, spawnCollect } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, FIXTURES, HARNESS_CACHE } from '../harness/workspace.js'

let mirror: GoMirror
let releases: ReleaseServer
beforeAll(async () => {
  mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  releases = await startLintReleases(ensureLintRelease(path.join(HARNESS_CACHE, 'golangci-lint')))
})
afterAll(async () => {
  await mirror.close()
  await releases.close()
})

// Async: the mirror answers from this same process, so a synchronous spawn would deadlock.
async function cli(args: string[], env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  const r = await spawnCollect(bundleNode(), [path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], process.cwd(), { HOME: os.homedir(), ...env })
  return { status: r.code, stdout: r.stdout, stderr: r.stderr }
}

describe('go-pipeline run', () => {
  it('uses the Go on PATH when it satisfies go.mod', async () => {
    const r = await cli(['run', EXAMPLE, '--stages', 'setup'], { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: mkdtempSync(path.join(os.tmpdir(), 'gp-xdg-')) })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('| setup | ✅ success |')
    expect(r.stdout).toContain('Go 1.26.8 from PATH')
  })

  it('downloads into the user cache dir when no Go on PATH fits, then reuses it', async () => {
    const xdg = mkdtempSync(path.join(os.tmpdir(), 'gp-xdg-'))
    const env = { PATH: pathWithoutGo(), XDG_CACHE_HOME: xdg }
    mirror.requests.length = 0
    const first = await cli(['run', EXAMPLE, '--stages', 'setup', '--go-download-base-url', mirror.url], env)
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('Go 1.26.8 from a verified download')
    expect(existsSync(path.join(xdg, 'go-pipeline', 'tools', 'go', '1.26.8', 'x64', 'bin', 'go'))).toBe(true)
    expect(mirror.requests).toHaveLength(2)

    const second = await cli(['run', EXAMPLE, '--stages', 'setup', '--go-download-base-url', mirror.url], env)
    expect(second.status).toBe(0)
    expect(second.stdout).toContain('Go 1.26.8 from the tool cache')
    expect(mirror.requests).toHaveLength(2)
  })

  it('runs every check locally, with the same findings and paths as in CI', async () => {
    const xdg = mkdtempSync(path.join(os.tmpdir(), 'gp-xdg-'))
    // A fresh XDG_CACHE_HOME for go-pipeline's tool store; Go's build cache stays the machine's (warm).
    const gocache = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim()
    const env = { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: xdg, GOCACHE: gocache }
    const clean = await cli(['run', copyWorkspace(EXAMPLE), '--golangci-lint-base-url', releases.url, '--platforms', 'linux/amd64'], env)
    expect(clean.stderr).toBe('')
    expect(clean.status).toBe(0)
    for (const stage of ['setup', 'vet', 'fmt', 'lint', 'test', 'build']) expect(clean.stdout).toMatch(new RegExp(`\\| ${stage} \\| ✅ success \\|`))
    expect(existsSync(path.join(xdg, 'go-pipeline', 'tools', 'golangci-lint', '2.15.0', 'x64', 'golangci-lint'))).toBe(true)
    // The same cache plan as in CI, on this machine's own folders.
    expect(clean.stdout).toMatch(/\| cache \| ✅ success \| [\d.]+ s \| local folders: modules, build, lint \|/)
    expect(clean.stdout).toMatch(new RegExp(`\\| build \\| \`gp-v2-linux-amd64-build-go1\\.26\\.8-[0-9a-f]{12}-[0-9a-f]{16}-\\d+-1\` \\| – \\| local \\|`))

    const many = await cli(['run', copyWorkspace(path.join(FIXTURES, 'many')), '--golangci-lint-base-url', releases.url], env)
    expect(many.status).toBe(1)
    expect(many.stdout).toContain('many.go:12:13: error: Peek passes lock by value')
    expect(many.stdout).toContain('many.go:29: error: many.go is not gofmt-formatted')
    expect(many.stdout).toContain('many_test.go:12: error: TestWrong: want 1, got 2')
    expect(many.stdout).toMatch(/\| test \| ❌ failure \|/)
    expect(many.stdout).toMatch(/\| build \| ⏭️ skipped \| 0.00 s \| no main package in 1 module \(a library\): nothing to build \|/)
  })

  it('reports bad flags and inputs with exit codes 2 and 1', async () => {
    const env = { PATH: process.env.PATH ?? '' }
    const flag = await cli(['run', '--go-versoin', '1.26'], env)
    expect(flag.status).toBe(2)
    expect(flag.stderr).toContain("Unknown option '--go-versoin'")
    const input = await cli(['run', EXAMPLE, '--check-latest', 'maybe'], env)
    expect(input.status).toBe(1)
    expect(input.stderr).toContain('Input "check-latest": "maybe" is not a boolean. Accepted: true or false.')
    expect((await cli(['deploy'], env)).status).toBe(2)
  })
})
