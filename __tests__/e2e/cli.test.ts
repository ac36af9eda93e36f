/** `go-pipeline run` end-to-end: the bundled CLI on a developer's machine. */
import { existsSync, mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ensureGoArchive, startGoMirror, type GoMirror } from '../harness/go-mirror.js'
import { bundleNode } from '../harness/node.js'
import { pathWithoutGo, ROOT, spawnCollect } from '../harness/runner.js'
import { EXAMPLE, HARNESS_CACHE } from '../harness/workspace.js'

let mirror: GoMirror
beforeAll(async () => {
  mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
})
afterAll(async () => {
  await mirror.close()
})

// Async: the mirror answers from this same process, so a synchronous spawn would deadlock.
async function cli(args: string[], env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  const r = await spawnCollect(bundleNode(), [path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], process.cwd(), { HOME: os.homedir(), ...env })
  return { status: r.code, stdout: r.stdout, stderr: r.stderr }
}

describe('go-pipeline run', () => {
  it('uses the Go on PATH when it satisfies go.mod', async () => {
    const r = await cli(['run', EXAMPLE], { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: mkdtempSync(path.join(os.tmpdir(), 'gp-xdg-')) })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('| setup | ✅ success |')
    expect(r.stdout).toContain('Go 1.26.8 from PATH')
  })

  it('downloads into the user cache dir when no Go on PATH fits, then reuses it', async () => {
    const xdg = mkdtempSync(path.join(os.tmpdir(), 'gp-xdg-'))
    const env = { PATH: pathWithoutGo(), XDG_CACHE_HOME: xdg }
    mirror.requests.length = 0
    const first = await cli(['run', EXAMPLE, '--go-download-base-url', mirror.url], env)
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('Go 1.26.8 from a verified download')
    expect(existsSync(path.join(xdg, 'go-pipeline', 'tools', 'go', '1.26.8', 'x64', 'bin', 'go'))).toBe(true)
    expect(mirror.requests).toHaveLength(2)

    const second = await cli(['run', EXAMPLE, '--go-download-base-url', mirror.url], env)
    expect(second.status).toBe(0)
    expect(second.stdout).toContain('Go 1.26.8 from the tool cache')
    expect(mirror.requests).toHaveLength(2)
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
