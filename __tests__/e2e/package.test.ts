/**
 * The CLI as users get it (issue 16): `npm pack`, then, in an empty folder with its own HOME and npm cache
 * and no network (`--offline`), `npm install <tarball>` and `npx go-pipeline …`, on this machine's Node
 * (Node 20, the oldest supported) and on the Node the bundle tests run on (Node 24 in `npm test`).
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { commitAll } from '../harness/git.js'
import { bundleNode } from '../harness/node.js'
import { ROOT, spawnCollect, defined } from '../harness/runner.js'
import { EXAMPLE } from '../harness/workspace.js'

const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  temps.push(dir)
  return dir
}

/** npm of this machine (next to its node); run with whichever node is first on PATH. */
const NPM_BIN = path.dirname(process.execPath)
/** The Go a Go developer has on PATH (init lists the main packages with it). */
const GO_BIN = path.dirname(execFileSync('sh', ['-c', 'command -v go'], { encoding: 'utf8' }).trim())

interface Packed {
  readonly filename: string
  readonly size: number
  readonly unpackedSize: number
  readonly files: readonly { path: string; size: number }[]
}

let tarball = ''
let packed: Packed

beforeAll(async () => {
  const out = temp('gp-pack-')
  const r = await spawnCollect('npm', ['pack', '--json', '--pack-destination', out], ROOT, {
    PATH: process.env.PATH ?? '',
    HOME: os.homedir(),
  })
  expect([r.code, r.stderr]).toEqual([0, expect.any(String)])
  packed = defined((JSON.parse(r.stdout) as Packed[])[0], 'npm pack --json')
  tarball = path.join(out, packed.filename)
  // The note of issue 16 quotes this.
  console.log(
    `npm pack: ${packed.filename}, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked:\n` +
      packed.files.map(f => `  ${String(f.size).padStart(9)}  ${f.path}`).join('\n'),
  )
}, 120_000)

describe('the npm package go-pipeline', () => {
  it('holds the CLI and its papers only: no tests, fixtures, sources or the action bundles', () => {
    expect(packed.files.map(f => f.path).sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli/index.js',
      'dist/cli/licenses.txt',
      'dist/cli/package.json',
      'package.json',
    ])
    expect(packed.size).toBeLessThan(1_000_000)
  })

  const nodes = [...new Set([process.execPath, bundleNode()])]
  it.each(nodes)(
    'installs from the tarball alone and runs init, check and run --help (node %s)',
    async node => {
      // A folder where `node` is the Node under test, ahead of npm's own folder; git and the rest from the system.
      const shim = temp('gp-node-')
      symlinkSync(node, path.join(shim, 'node'))
      const home = temp('gp-home-')
      const env = {
        PATH: [shim, NPM_BIN, GO_BIN, '/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter),
        HOME: home,
        npm_config_cache: path.join(home, '.npm'),
        npm_config_update_notifier: 'false',
      }
      const app = temp('gp-install-')
      const version = await spawnCollect('node', ['--version'], app, env)
      console.log(`node under test: ${node} (${version.stdout.trim()})`)

      const install = await spawnCollect('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], app, env)
      expect([install.code, install.stderr]).toEqual([0, expect.any(String)])
      expect(install.stdout).toMatch(/added 1 package/)

      const npx = (...args: string[]) => spawnCollect('npx', ['--offline', '--no-install', 'go-pipeline', ...args], app, env)
      expect(await npx('--version')).toMatchObject({ code: 0, stdout: `${packed.filename.replace(/^go-pipeline-|\.tgz$/g, '')}\n` })

      const help = await npx('run', '--help')
      expect(help.code).toBe(0)
      expect(help.stdout).toContain('Usage: go-pipeline <command> [options]')
      expect(help.stdout).toContain('--golangci-lint-version')

      const repo = path.join(app, 'repo')
      mkdirSync(repo)
      cpSync(EXAMPLE, repo, { recursive: true })
      commitAll(repo)
      const init = await npx('init', repo, '--deploy', 'ssh', '--action-ref', `go-pipeline/go-pipeline@${'a1b2c3d4e5'.repeat(4)}`)
      expect([init.code, init.stderr]).toEqual([0, ''])
      expect(init.stdout).toMatch(/created +\.github\/workflows\/ci\.yml/)
      const check = await npx('check', repo)
      expect([check.code, check.stdout]).toEqual([0, expect.stringMatching(/the generated files match npx go-pipeline@\d+\.\d+\.\d+ init --deploy ssh/)])
    },
    300_000,
  )
})
