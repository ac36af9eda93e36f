/**
 * The setup stage end-to-end: the committed dist/ run as the runner runs it, against a loopback Go
 * download mirror that serves a real Go archive made from this machine's Go.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ensureGoArchive, startGoMirror, type GoMirror } from '../harness/go-mirror.js'
import { listen } from '../harness/http.js'
import { bundleNode } from '../harness/node.js'
import { Job, runAction } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, HARNESS_CACHE } from '../harness/workspace.js'
import * as http from 'node:http'

let mirror: GoMirror
const node = bundleNode()

beforeAll(async () => {
  mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
})
afterAll(async () => {
  await mirror.close()
})

function installed(toolCache: string): string[] {
  const dir = path.join(toolCache, 'go')
  return existsSync(dir) ? readdirSync(dir) : []
}

describe(`setup through dist/ (node ${process.versions.node} runs jest; bundle on ${node})`, () => {
  it('installs the go.mod version from the mirror, verified; a later step uses it; a second job uses the tool cache', async () => {
    const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-tc-'))
    const inputs = { stages: 'setup', 'go-version-file': 'go.mod', 'go-download-base-url': mirror.url }
    mirror.requests.length = 0

    const first = new Job({ workspace: copyWorkspace(EXAMPLE), toolCache, node })
    const main = await first.main(inputs)
    expect(main.exitCode).toBe(0)
    expect(main.outputs['go-version']).toBe('1.26.8')
    expect(main.stdout).toContain(`Verified sha256 ${mirror.archive.sha256}`)
    expect(main.path[0]).toBe(path.join(toolCache, 'go', '1.26.8', 'x64', 'bin'))
    expect(main.env).toEqual({ GOTOOLCHAIN: 'local' })
    expect(existsSync(path.join(toolCache, 'go', '1.26.8', 'x64.complete'))).toBe(true)
    expect(mirror.requests).toEqual(['/?mode=json&include=all', `/${mirror.archive.filename}`])
    expect(main.summary).toMatch(/\| setup \| ✅ success \| [\d.]+ s \| Go 1\.26\.8 from a verified download \|/)

    // A later `run:` step finds the installed Go through the PATH file (the machine's Go is off PATH).
    const step = await first.run('go', ['env', 'GOROOT', 'GOVERSION', 'GOTOOLCHAIN'])
    expect(step.stdout.split('\n').slice(0, 3)).toEqual([path.join(toolCache, 'go', '1.26.8', 'x64'), 'go1.26.8', 'local'])
    const test = await first.run('go', ['test', './...'])
    expect(test.code).toBe(0)

    const [post] = await first.post()
    expect(post?.exitCode).toBe(0)
    expect(post?.stdout).toContain('main ran setup with Go 1.26.8')

    // A second job on the same runner: tool-cache hit, no request to the mirror.
    mirror.requests.length = 0
    const second = await runAction({ workspace: copyWorkspace(EXAMPLE), toolCache, node }, inputs)
    expect(second.main.exitCode).toBe(0)
    expect(second.main.outputs['go-version']).toBe('1.26.8')
    expect(second.main.summary).toContain('Go 1.26.8 from the tool cache')
    expect(mirror.requests).toEqual([])
  })

  it('fails on a corrupted archive, naming the file and both digests, and caches nothing', async () => {
    mirror.fault = 'corrupt'
    try {
      const { job, main } = await runAction({ workspace: copyWorkspace(EXAMPLE), node }, { stages: 'setup', 'go-download-base-url': mirror.url })
      expect(main.exitCode).toBe(1)
      const error = main.annotations.find(a => a.level === 'error')
      expect(error?.message).toMatch(
        new RegExp(
          `checksum mismatch for ${mirror.archive.filename.replace(/\./g, '\\.')} .*sha256 ${mirror.archive.sha256}.*sha256 [0-9a-f]{64}\\. Nothing was installed\\.`,
        ),
      )
      expect(installed(job.toolCache)).toEqual([])
      expect(main.outputs['go-version']).toBeUndefined()
    } finally {
      mirror.fault = 'none'
    }
  })

  it('fails for a version that does not exist, naming the nearest available', async () => {
    const { main } = await runAction(
      { workspace: copyWorkspace(EXAMPLE), node },
      { stages: 'setup', 'go-version': '1.26.99', 'go-download-base-url': mirror.url },
    )
    expect(main.exitCode).toBe(1)
    expect(main.annotations.find(a => a.level === 'error')?.message).toBe(
      `setup: no Go release matches 1.26.99 in ${mirror.url}/?mode=json&include=all. Nearest available: 1.26.8, 1.26.7, 1.26.0, 1.25.12, 1.25.0.`,
    )
    expect(main.summary).toContain('| setup | ❌ failure |')
  })

  it('fails clearly after retrying a failing mirror three times', async () => {
    mirror.fault = 'status503'
    mirror.requests.length = 0
    try {
      const { main } = await runAction({ workspace: copyWorkspace(EXAMPLE), node, fastRetries: true }, { stages: 'setup', 'go-download-base-url': mirror.url })
      expect(main.exitCode).toBe(1)
      expect(mirror.requests).toEqual(Array(3).fill('/?mode=json&include=all'))
      expect(main.annotations.find(a => a.level === 'error')?.message).toBe(`setup: could not download ${mirror.url}/?mode=json&include=all: HTTP 503`)
    } finally {
      mirror.fault = 'none'
    }
  })

  it('fails clearly when the mirror is unreachable', async () => {
    const closed = await listen(http.createServer())
    await closed.close()
    const { main } = await runAction({ workspace: copyWorkspace(EXAMPLE), node, fastRetries: true }, { stages: 'setup', 'go-download-base-url': closed.url })
    expect(main.exitCode).toBe(1)
    expect(main.stdout.match(/failed \(.*ECONNREFUSED.*\); trying again in \d+ s/g)).toHaveLength(2)
    expect(main.annotations.find(a => a.level === 'error')?.message).toMatch(
      new RegExp(`^setup: could not download ${closed.url}/\\?mode=json&include=all: .*ECONNREFUSED`),
    )
  })

  it('rejects bad input before any stage runs; post finds no state and passes', async () => {
    const { main, post } = await runAction(
      { workspace: copyWorkspace(EXAMPLE), node },
      { stages: 'setup, image', image: 'ghcr.io/acme/hello-service', 'go-download-base-url': mirror.url },
    )
    expect(main.exitCode).toBe(1)
    expect(main.annotations.find(a => a.level === 'error')?.message).toBe(
      'Input "stages": "setup, image" has image without build. Accepted: a list that includes build when image is set (the image is made of the binaries the build stage makes), or binaries-dir naming binaries an earlier job built.',
    )
    expect(main.stdout).not.toContain('::group::')
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('main left no cache plan')
  })

  it('warns when go-version and go-version-file are both set, and go-version wins', async () => {
    const { main } = await runAction(
      { workspace: copyWorkspace(EXAMPLE), node },
      {
        stages: 'setup',
        'go-version': 'stable',
        'go-version-file': 'go.mod',
        'go-download-base-url': mirror.url,
      },
    )
    expect(main.exitCode).toBe(0)
    expect(main.annotations).toContainEqual({ level: 'warning', message: expect.stringContaining('go-version wins') })
    expect(main.stdout).toContain(`Go stable resolves to go1.26.8 in ${mirror.url}`)
  })
})
