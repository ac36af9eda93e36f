/**
 * Issue 16: the release of go-pipeline itself (.github/workflows/release.yml), validated like the
 * generated workflows (GitHub's parser, actionlint with ShellCheck, zizmor's three personas) and run
 * under act on a clone of this repository tagged with package.json's version:
 * - check: the tag is the version and CHANGELOG.md has its section; npm ci; dist/ equals a rebuild;
 * - npm: `npm publish` to a real npm registry (verdaccio on 127.0.0.1, the NPM_REGISTRY variable; the
 *   token from the NPM_TOKEN secret through setup-node's .npmrc), then a fresh folder installs the
 *   package from that registry alone and runs it;
 * - github-release: the release created with the changelog's section as notes (gh is a stand-in that
 *   records its call: no GitHub here), and v1 moved to the tagged commit (pushed to a bare repository the
 *   test's git configuration maps github.com's URL to, as DNS would).
 * And a tag that is not package.json's version stops at check: nothing is published or tagged.
 * (Provenance is npmjs.org's only, and needs GitHub's OIDC: with NPM_REGISTRY set it is off.)
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ACT_BIN, actionRelease, pruneActWorkspaces, runAct, type ActRun } from '../harness/act.js'
import { git } from '../harness/git.js'
import { bundleNode } from '../harness/node.js'
import { startNpmRegistry, type NpmRegistry } from '../harness/npm-registry.js'
import { ROOT, TOOLS, spawnCollect } from '../harness/runner.js'
import { workflowErrors } from '../harness/workflow-lint.js'

const WORKFLOW = '.github/workflows/release.yml'
const PKG = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
const TAG = `v${PKG.version}`
const GITHUB_URL = 'https://github.com/go-pipeline/go-pipeline.git'

const temps: string[] = []
const tmp = (prefix: string): string => {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix))
  temps.push(d)
  return d
}
let registry: NpmRegistry
let acp = ''
let actionDir = ''

beforeAll(async () => {
  if (!existsSync(ACT_BIN)) throw new Error(`${ACT_BIN} is missing: run scripts/setup-counterparts.sh`)
  // verdaccio 6 needs Node 22 or newer: the Node 24 the bundle tests run on.
  registry = await startNpmRegistry(tmp('gp-verdaccio-'), bundleNode())
  acp = tmp('gp-act-release-')
  actionDir = actionRelease()
  temps.push(actionDir)
}, 120_000)

afterAll(async () => {
  await (registry as NpmRegistry | undefined)?.close()
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

/** A clone of this repository's HEAD tagged `tag`, its "GitHub" (a bare repository), and a gh stand-in. */
function release(tag: string): { repo: string; bare: string; gitConfig: string; ghLog: string; bin: string; sha: string } {
  const dir = tmp('gp-release-')
  const repo = path.join(dir, 'go-pipeline')
  git(dir, 'clone', '-q', ROOT, repo)
  git(repo, 'remote', 'set-url', 'origin', GITHUB_URL)
  git(repo, 'tag', tag)
  const bare = path.join(dir, 'github.git')
  git(dir, 'clone', '-q', '--bare', ROOT, bare)
  const gitConfig = path.join(dir, 'gitconfig')
  writeFileSync(gitConfig, `[url "file://${bare}"]\n\tinsteadOf = ${GITHUB_URL}\n[safe]\n\tdirectory = *\n`)
  const bin = path.join(dir, 'bin')
  mkdirSync(bin)
  const ghLog = path.join(dir, 'gh.jsonl')
  writeFileSync(
    path.join(bin, 'gh'),
    `#!/usr/bin/env node
// gh stand-in: records the call and the notes file it names (no GitHub here).
const fs = require('fs')
const args = process.argv.slice(2)
const at = args.indexOf('--notes-file')
const notes = at >= 0 ? fs.readFileSync(args[at + 1], 'utf8') : ''
fs.appendFileSync(${JSON.stringify(ghLog)}, JSON.stringify({ args, notes, token: process.env.GH_TOKEN ? 'set' : 'missing' }) + '\\n')
console.log('release created (stand-in): ' + args.slice(0, 3).join(' '))
`,
  )
  chmodSync(path.join(bin, 'gh'), 0o755)
  return { repo, bare, gitConfig, ghLog, bin, sha: git(repo, 'rev-parse', 'HEAD') }
}

/** The gh stand-in's calls (none when it was never called). */
function ghCalls(log: string): { args: string[]; notes: string; token: string }[] {
  if (!existsSync(log)) return []
  return readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as { args: string[]; notes: string; token: string })
}

/** NODE_EXTRA_CA_CERTS as this machine sets it, if it does. */
function machineCAs(): Record<string, string> {
  const file = process.env.NODE_EXTRA_CA_CERTS
  return file !== undefined && file !== '' && existsSync(file) ? { NODE_EXTRA_CA_CERTS: file } : {}
}

async function act(r: ReturnType<typeof release>, tag: string): Promise<ActRun> {
  const run = await runAct({
    repo: r.repo,
    workflow: WORKFLOW,
    event: { name: 'push', ref: `refs/tags/${tag}` },
    actionRef: `go-pipeline/go-pipeline@${'0'.repeat(40)}`,
    actionDir,
    actionCachePath: acp,
    node24: bundleNode(),
    // The job's npm is this machine's with act's Node 24, so it reads no global npmrc: the certificates
    // this machine trusts (its npm's cafile) go to it as Node's extra CAs. Without them every registry
    // request failed and was retried before npm fell back to its cache (about 200 s a run).
    env: { GIT_CONFIG_GLOBAL: r.gitConfig, ...machineCAs() },
    // GITHUB_TOKEN given, so act does not ask `gh auth token` for one (it would ask the stand-in).
    secrets: { NPM_TOKEN: registry.token, GITHUB_TOKEN: 'gp-test-github-token' },
    vars: { NPM_REGISTRY: registry.url },
    path: [r.bin],
  })
  pruneActWorkspaces(acp)
  return run
}

describe('release.yml: the release of go-pipeline itself', () => {
  it('passes GitHub’s parser, actionlint with ShellCheck, and zizmor as every persona', async () => {
    const file = path.join(ROOT, WORKFLOW)
    expect(await workflowErrors('release.yml', readFileSync(file, 'utf8'))).toEqual([])
    const lint = await spawnCollect(
      path.join(TOOLS, 'bin', 'actionlint'),
      ['-no-color', '-shellcheck', path.join(TOOLS, 'venv', 'bin', 'shellcheck'), file],
      os.tmpdir(),
      { PATH: process.env.PATH ?? '' },
    )
    expect([lint.code, lint.stdout + lint.stderr]).toEqual([0, ''])
    for (const persona of ['regular', 'pedantic', 'auditor']) {
      const z = await spawnCollect(path.join(TOOLS, 'venv', 'bin', 'zizmor'), ['--offline', '--persona', persona, '--format', 'plain', file], os.tmpdir(), {
        PATH: process.env.PATH ?? '',
        HOME: os.homedir(),
      })
      expect([persona, z.stdout.trim()]).toEqual([persona, expect.stringMatching(/^No findings to report\. Good job!( \(\d+ suppressed\))?$/)])
    }
  })

  it(`on ${TAG} under act: checks, publishes to the registry, releases with the changelog's notes, moves v1; a fresh folder installs it and runs it`, async () => {
    const r = release(TAG)
    const run = await act(r, TAG)
    console.log(`release.yml under act: ${run.seconds.toFixed(0)} s; ${[...run.jobSeconds].map(([j, s]) => `${j} ${s.toFixed(0)} s`).join(', ')}`)
    expect(Object.fromEntries(run.jobs)).toEqual({ check: 'success', npm: 'success', 'github-release': 'success' })

    // Published: the registry has the version, from the tagged commit's package.
    const meta = (await (await fetch(`${registry.url}go-pipeline`)).json()) as { versions: Record<string, { dist: { tarball: string } }> }
    expect(Object.keys(meta.versions)).toEqual([PKG.version])

    // Released, with CHANGELOG.md's section as notes, and v1 moved to the tagged commit.
    const calls = ghCalls(r.ghLog)
    expect(calls.map(c => c.args.slice(0, 5))).toEqual([['release', 'create', TAG, '--verify-tag', '--title']])
    expect(calls[0]?.token).toBe('set')
    const notes = await spawnCollect(process.execPath, [path.join(ROOT, 'scripts', 'release-notes.mjs'), TAG], ROOT, { PATH: process.env.PATH ?? '' })
    expect(calls[0]?.notes).toBe(notes.stdout)
    expect(calls[0]?.notes).toMatch(/### Added/)
    expect(git(r.bare, 'rev-parse', `${TAG.split('.')[0]}^{commit}`)).toBe(r.sha)

    // A fresh folder, its own HOME and npm cache, installs the package from the registry alone and runs it.
    const app = tmp('gp-from-registry-')
    const env = { PATH: process.env.PATH ?? '', HOME: app, npm_config_cache: path.join(app, '.npm'), npm_config_update_notifier: 'false' }
    const install = await spawnCollect('npm', ['install', '--no-audit', '--no-fund', '--registry', registry.url, `go-pipeline@${PKG.version}`], app, env)
    expect([install.code, install.stderr]).toEqual([0, expect.any(String)])
    const version = await spawnCollect('npx', ['--no-install', 'go-pipeline', '--version'], app, env)
    expect([version.code, version.stdout]).toEqual([0, `${PKG.version}\n`])
    const help = await spawnCollect('npx', ['--no-install', 'go-pipeline', 'init', '--help'], app, env)
    expect([help.code, help.stdout]).toEqual([0, expect.stringContaining('Usage: go-pipeline <command> [options]')])
  }, 900_000)

  it('a tag that is not package.json’s version stops at check: nothing published, released or tagged', async () => {
    const tag = 'v9.9.9'
    const r = release(tag)
    const run = await act(r, tag)
    expect(run.jobs.get('check')).toBe('failure')
    expect(run.jobs.get('npm')).not.toBe('success')
    expect(run.log).toMatch(
      new RegExp(
        `check \\|.*release tag v9\\.9\\.9 is not package\\.json's version \\(${PKG.version.replace(/\./g, '\\.')}\\)|check \\| +❌ +Failure - Main The tag is package\\.json's version`,
      ),
    )
    expect((await fetch(`${registry.url}go-pipeline/9.9.9`)).status).toBe(404)
    expect(ghCalls(r.ghLog)).toEqual([])
    expect(git(r.bare, 'tag', '--list', 'v9')).toBe('')
  }, 600_000)
})
