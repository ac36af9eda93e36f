/**
 * Test shards (issue 15), run by their real consumer: `go-pipeline init --shards 3` writes ci.yml into a
 * git checkout of a 32-package fixture whose tests take uneven times (__tests__/fixtures/shards), and
 * nektos/act runs its shard matrix and merge job as a runner would: each shard job runs the bundled
 * action with `shard: i/3` and uploads its test-results, the merge job downloads them by pattern (the
 * download-artifact stand-in, one folder per artifact as v8 does) and runs `stages: merge`.
 * Go comes from its real download URL through the intercepting proxy. Balance and work are measured by
 * `npm run bench` (__tests__/bench/shards.ts), not here: they are timings.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as yaml from 'js-yaml'
import { ACT_BIN, COUNTERPARTS, actionRelease, pruneActWorkspaces, runAct, type ActRun } from '../harness/act.js'
import { git } from '../harness/git.js'
import { ensureGoArchive, startGoMirror, type GoMirror } from '../harness/go-mirror.js'
import { startIntercept, type Intercept } from '../harness/intercept.js'
import { bundleNode } from '../harness/node.js'
import { workflowErrors } from '../harness/workflow-lint.js'
import { startCacheService } from '../harness/cache-server.js'
import { Job, ROOT, spawnCollect, type EventSpec } from '../harness/runner.js'
import { copyWorkspace, FIXTURES, HARNESS_CACHE } from '../harness/workspace.js'
import { assignShards } from '../../src/go/shards.js'

const SHA = 'c0ffee00'.repeat(5)
const ACTION = `go-pipeline/go-pipeline@${SHA}`
const NODE24 = bundleNode()
const FIXTURE = path.join(FIXTURES, 'shards')
const RUN_TIMEOUT = 900_000

let mirror: GoMirror
let net: Intercept
const acp = mkdtempSync(path.join(os.tmpdir(), 'gp-act-shards-'))
const actionDir = actionRelease()
const temps: string[] = [acp, actionDir]

beforeAll(async () => {
  if (!existsSync(ACT_BIN)) throw new Error(`${ACT_BIN} is missing: run scripts/setup-counterparts.sh`)
  mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  net = await startIntercept({ 'go.dev': p => (p.startsWith('/dl/') ? `${mirror.url}${p.slice(3)}` : undefined) }, path.join(HARNESS_CACHE, 'tls'))
}, 300_000)

afterAll(async () => {
  await (net as { close(): Promise<void> } | undefined)?.close()
  await (mirror as { close(): Promise<void> } | undefined)?.close()
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

/** The fixture in a git checkout with origin on github.com and init's files (--shards 3) committed. */
async function generate(change: (dir: string) => void = () => undefined, flags: readonly string[] = []): Promise<{ dir: string; base: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-shards-'))
  temps.push(dir)
  cpSync(FIXTURE, dir, { recursive: true })
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/app.git')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'the fixture')
  const base = git(dir, 'rev-parse', 'HEAD')
  const args = ['init', dir, '--shards', '3', '--go-versions', '1.26', '--action-ref', ACTION, '--action-version', 'v1.4.2', ...flags]
  const r = await spawnCollect(NODE24, [path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], dir, { PATH: process.env.PATH ?? '', HOME: os.homedir() })
  if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`)
  change(dir)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'ci by go-pipeline init')
  return { dir, base }
}

async function act(repo: string, base: string, matrix?: readonly string[], job = 'test-merge'): Promise<ActRun> {
  const noProxy = '127.0.0.1,localhost,proxy.golang.org,sum.golang.org'
  const r = await runAct({
    repo,
    workflow: '.github/workflows/ci.yml',
    event: {
      name: 'pull_request',
      ref: 'refs/pull/7/merge',
      payload: { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { ref: 'feature' } } },
    },
    actionRef: ACTION,
    actionDir,
    actionCachePath: acp,
    node24: NODE24,
    job,
    ...(matrix ? { matrix } : {}),
    env: {
      HTTPS_PROXY: net.proxyUrl,
      https_proxy: net.proxyUrl,
      NO_PROXY: noProxy,
      no_proxy: noProxy,
      NODE_EXTRA_CA_CERTS: net.caFile,
      SSL_CERT_FILE: net.rootsFile,
      // Content-addressed and safe to share (see generated-runs.test.ts): kept per machine.
      GOCACHE: path.join(COUNTERPARTS, 'act', 'go-build-shards'),
      GOMODCACHE: path.join(acp, 'go-mod'),
      GOFLAGS: '-buildvcs=false',
    },
  })
  pruneActWorkspaces(acp)
  console.log(
    `act ci.yml (${job}${matrix ? `, ${matrix.join(' ')}` : ''}): ${r.seconds.toFixed(1)} s; ` +
      [...r.jobs].map(([j, v]) => `${j} ${v} ${(r.jobSeconds.get(j) ?? 0).toFixed(0)} s`).join(', '),
  )
  return r
}

/** `go test -cover` of the whole fixture in one process: the total `go tool cover -func` prints. */
async function wholeSuiteCoverage(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-shards-ref-'))
  temps.push(dir)
  cpSync(FIXTURE, dir, { recursive: true })
  const profile = path.join(dir, 'cover.out')
  const env = { PATH: process.env.PATH ?? '', HOME: os.homedir(), GOFLAGS: '-buildvcs=false' }
  const t = await spawnCollect('go', ['test', '-covermode=atomic', `-coverprofile=${profile}`, './...'], dir, env)
  if (t.code !== 0) throw new Error(`go test failed: ${t.stdout}${t.stderr}`)
  const f = await spawnCollect('go', ['tool', 'cover', `-func=${profile}`], dir, env)
  const total = /^total:\s+\(statements\)\s+([\d.]+)%$/m.exec(f.stdout)?.[1]
  if (total === undefined) throw new Error(`no total in go tool cover -func: ${f.stdout}`)
  return total
}

describe('go-pipeline init --shards 3, run under act', () => {
  it("writes a shard matrix, a merge job and a native-runner test matrix that pass GitHub's parser; CI OK needs them all", async () => {
    const { dir } = await generate(undefined, ['--test-os', 'linux,linux-arm64,macos,windows'])
    const text = readFileSync(path.join(dir, '.github', 'workflows', 'ci.yml'), 'utf8')
    expect(await workflowErrors('ci.yml', text)).toEqual([])
    expect(text).toContain('--shards 3 --test-os linux,linux-arm64,macos,windows\n')
    const doc = yaml.load(text) as {
      jobs: Record<
        string,
        {
          needs?: string[]
          if?: string
          strategy?: { matrix: { include: Record<string, string>[] } }
          steps: { uses?: string; with?: Record<string, string> }[]
        }
      >
    }
    expect(Object.keys(doc.jobs)).toEqual(['check', 'test', 'test-merge', 'test-os', 'ci-ok'])
    // linux/amd64 is the check and shard jobs' runner; the others get a job each.
    expect(doc.jobs['test-os']?.strategy?.matrix.include).toEqual([
      { os: 'linux-arm64', runner: 'ubuntu-24.04-arm' },
      { os: 'macos', runner: 'macos-15' },
      { os: 'windows', runner: 'windows-2025' },
    ])
    expect(doc.jobs.test?.strategy?.matrix.include).toEqual([{ shard: '1' }, { shard: '2' }, { shard: '3' }])
    expect(doc.jobs.test?.steps.find(s => s.with?.shard !== undefined)?.with).toMatchObject({ stages: 'setup, test', shard: '${{ matrix.shard }}/3' })
    expect(doc.jobs['test-merge']?.needs).toEqual(['test'])
    expect(doc.jobs['test-merge']?.steps.at(-1)?.with).toEqual({ stages: 'merge', 'shard-results-dir': 'test-shards' })
    expect(doc.jobs['ci-ok']?.needs).toEqual(['check', 'test', 'test-merge', 'test-os'])
    // CI OK's script, run by bash as the runner runs it (bash -e): success only when every job it needs succeeded.
    const ok = doc.jobs['ci-ok']?.steps[0] as { env: Record<string, string>; run: string }
    expect(Object.keys(ok.env)).toEqual(['CHECK', 'TEST', 'TEST_MERGE', 'TEST_OS'])
    const results = (failing?: string, as = 'failure'): Record<string, string> =>
      Object.fromEntries(Object.keys(ok.env).map(k => [k, k === failing ? as : 'success']))
    const bash = (env: Record<string, string>): number =>
      spawnSync('bash', ['-e', '-c', ok.run], { env: { PATH: process.env.PATH ?? '', ...env } }).status ?? -1
    expect(bash(results())).toBe(0)
    for (const k of Object.keys(ok.env)) expect([k, bash(results(k))]).toEqual([k, 1])
    expect(bash(results('TEST_MERGE', 'skipped'))).toBe(1)
    expect(bash(results('TEST', 'cancelled'))).toBe(1)
    // The check job no longer tests: the shards do.
    expect(JSON.stringify(doc.jobs.check?.strategy?.matrix.include)).not.toMatch(/test/)
  })

  it(
    'three shards and the merge pass; every package ran once; the merged coverage equals go test -cover of the whole fixture',
    async () => {
      const [{ dir, base }, reference] = await Promise.all([generate(), wholeSuiteCoverage()])
      const r = await act(dir, base)
      expect(Object.fromEntries(r.jobs)).toEqual({
        'test(shard=1)': 'success',
        'test(shard=2)': 'success',
        'test(shard=3)': 'success',
        'test-merge': 'success',
      })
      expect(r.code).toBe(0)
      // Each shard's own share, by name (a pull request's first run: no timing record yet).
      const shares = [1, 2, 3].map(i => Number(new RegExp(`Shard ${i}/3: (\\d+) of 32 packages, by name`).exec(r.log)?.[1]))
      expect(shares.reduce((a, b) => a + b, 0)).toBe(32)
      const merged = /Merged 3 shards of 3: (.*)$/m.exec(r.log)?.[1] ?? ''
      expect(merged).not.toBe('')
      expect([...merged.matchAll(/(\d+) packages,/g)].map(m => Number(m[1]))).toEqual(shares)
      expect(r.log).not.toContain('ran in more than one shard')
      const coverage = /coverage of the whole suite ([\d.]+)% of (\d+) statements/.exec(merged)
      console.log(`merged coverage ${coverage?.[1] ?? '?'}% (${coverage?.[2] ?? '?'} statements); go test -cover of the whole fixture: ${reference}%`)
      expect(Math.abs(Number(coverage?.[1]) - Number(reference))).toBeLessThanOrEqual(0.1)
    },
    RUN_TIMEOUT,
  )

  it(
    "the test-os job's linux-arm64 row runs vet and the tests through its matrix runner",
    async () => {
      // act maps ubuntu-24.04-arm to this amd64 host: what runs is the job as written (runs-on from the
      // matrix, the action's stages), not arm64 code; macos-15 and windows-2025 have no stand-in here.
      const { dir, base } = await generate(undefined, ['--test-os', 'linux-arm64,windows'])
      const r = await act(dir, base, ['os:linux-arm64'], 'test-os')
      expect([Object.fromEntries(r.jobs), r.code]).toEqual([{ 'test-os(os=linux-arm64,runner=ubuntu-24.04-arm)': 'success' }, 0])
      expect(r.log).toMatch(/\| vet \| ✅ success \|/)
      expect(r.log).toMatch(/\| test \| ✅ success \| [\d.]+ s \| \d+ passed, 0 skipped in 32 packages; coverage [\d.]+% \|/)
    },
    RUN_TIMEOUT,
  )

  it(
    'a failing test in one shard and a shard that never reported both fail the merge, which names them',
    async () => {
      const { dir, base } = await generate(d =>
        writeFileSync(
          path.join(d, 'p07', 'broken_test.go'),
          'package p07\n\nimport "testing"\n\nfunc TestBroken(t *testing.T) {\n\tif Classify(2) != "odd" {\n\t\tt.Fatalf("Classify(2) = %q, want odd", Classify(2))\n\t}\n}\n',
        ),
      )
      // By name (no timing record on a first pull request), p07's shard is fixed: another one is left
      // out, as if its job was lost before it uploaded anything.
      const all = Array.from({ length: 32 }, (_, i) => `example.com/shards/p${String(i).padStart(2, '0')}`)
      const failing = assignShards(all, 3).shardOf.get('example.com/shards/p07') ?? 0
      const lost = failing === 3 ? 2 : 3
      const kept = [1, 2, 3].filter(i => i !== lost)
      const r = await act(
        dir,
        base,
        kept.map(i => `shard:${i}`),
      )
      expect(Object.fromEntries(r.jobs)).toEqual({
        [`test(shard=${kept[0] ?? 0})`]: kept[0] === failing ? 'failure' : 'success',
        [`test(shard=${kept[1] ?? 0})`]: kept[1] === failing ? 'failure' : 'success',
        'test-merge': 'failure',
      })
      expect(r.log).toContain('--- FAIL: TestBroken')
      expect(r.log).toContain(`shard ${lost}/3 did not report`)
      expect(r.log).toContain(`1 test failed in 1 package (shard ${failing}): example.com/shards/p07`)
    },
    RUN_TIMEOUT,
  )
})

describe('the timing record, through the cache service', () => {
  it(
    "a push to the default branch saves it and the coverage baseline; a pull request's shards are assigned by it; their merge applies the coverage gates to the whole suite",
    async () => {
      const service = await startCacheService()
      const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-tc-shards-'))
      temps.push(toolCache)
      try {
        const ws = copyWorkspace(FIXTURE)
        temps.push(ws)
        // One RUNNER_TEMP for every job, as one runner keeps it: a small entry's paths are part of its version.
        const env = { ...service.env(), RUNNER_TEMP: mkdtempSync(path.join(os.tmpdir(), 'gp-runner-temp-')) }
        temps.push(env.RUNNER_TEMP)
        const inputs = { 'go-version': '1.26', 'go-download-base-url': mirror.url, race: 'false' }
        const job = (event: EventSpec): Job => new Job({ workspace: ws, toolCache, node: NODE24, event, env })
        git(ws, 'init', '-q', '-b', 'main')
        git(ws, 'add', '-A')
        git(ws, 'commit', '-qm', 'the fixture')
        const base = git(ws, 'rev-parse', 'HEAD')
        const push = await job({ name: 'push', ref: 'refs/heads/main', sha: base }).main({ ...inputs, stages: 'test' })
        expect(push.exitCode).toBe(0)
        expect(push.stdout).toMatch(new RegExp(`test timings of 32 packages saved as go-pipeline-test-timings-v2-[0-9a-f]{12}-${base}`))
        expect(JSON.parse(readFileSync(push.outputs['timings-file'] ?? '', 'utf8'))).toMatchObject({ v: 1, sha: base })
        expect(push.stdout).toMatch(new RegExp(`Coverage baseline for pull requests: [\\d.]+% at ${base.slice(0, 12)}, saved as go-pipeline-coverage-v2-`))

        // The pull request adds a function no test runs (3 statements, lines 19-23 of p05/p05.go).
        const p05 = path.join(ws, 'p05', 'p05.go')
        writeFileSync(
          p05,
          `${readFileSync(p05, 'utf8')}\n// Double is not tested.\nfunc Double(n int) int {\n\tif n < 0 {\n\t\treturn 0\n\t}\n\treturn 2 * n\n}\n`,
        )
        git(ws, 'commit', '-qam', 'an untested function')
        const head = git(ws, 'rev-parse', 'HEAD')
        const pr: EventSpec = { name: 'pull_request', ref: 'refs/pull/7/merge', sha: head, payload: { pull_request: { number: 7, base: { sha: base } } } }
        const shards = path.join(ws, 'test-shards')
        for (const i of [1, 2, 3]) {
          const r = await job(pr).main({ ...inputs, stages: 'test', shard: `${i}/3` })
          expect([i, r.exitCode]).toEqual([i, 0])
          expect(r.stdout).toMatch(
            new RegExp(
              `Shard ${i}/3: \\d+ of 32 packages, by the timing record go-pipeline-test-timings-v2-[0-9a-f]{12}-${base}; expected seconds per shard: `,
            ),
          )
          expect(r.summary).toContain(`Shard ${i} of 3: `)
          mkdirSync(path.join(shards, `test-results-${i}`), { recursive: true })
          cpSync(r.outputs['test-results'] ?? '', path.join(shards, `test-results-${i}`), { recursive: true })
        }
        const merged = await job(pr).main({ stages: 'merge', 'shard-results-dir': 'test-shards' })
        expect(merged.exitCode).toBe(0)
        // Each restore of a small entry is whole or warned about: none may be lost quietly.
        expect(merged.annotations.filter(a => a.level === 'warning').map(a => a.message)).toEqual([])
        expect(merged.summary).toMatch(/#### Shards: 3 of 3 reported; the longest ran [\d.]+× the mean/)
        expect(merged.summary).toMatch(/\| 1\/3 \| \d+ \| \d+ \| 0 \| [\d.]+ s \| timings \|/)
        // The gates of the whole suite: the change's coverage (no shard measured it) and the drop against
        // the push's baseline, each figure the merged profile's.
        expect(merged.summary).toContain('#### Coverage of the change: 0.0% of 3 changed statements\n')
        expect(merged.stdout).toContain(
          '::notice title=not covered,file=p05/p05.go,line=19,endLine=23::Lines 19–23 were changed in this pull request and no test runs them.',
        )
        expect(merged.summary).toContain(`#### Coverage against the base branch: ${push.outputs.coverage}% → ${merged.outputs.coverage}%`)
        expect(Number(merged.outputs.coverage)).toBeLessThan(Number(push.outputs.coverage))
        const gated = await job(pr).main({
          stages: 'merge',
          'shard-results-dir': 'test-shards',
          'coverage-changed-threshold': '50',
          'coverage-max-drop': '0.1',
        })
        expect(gated.exitCode).toBe(1)
        expect(gated.annotations.filter(x => x.level === 'error').map(x => x.message)).toEqual([
          'coverage of the changed statements 0.0% (0 of 3) is below coverage-changed-threshold 50%',
          expect.stringMatching(
            /^coverage dropped [\d.]+ points \([\d.]+% → [\d.]+%\) against [0-9a-f]{12} on the base branch, more than coverage-max-drop 0\.1$/,
          ),
          expect.stringMatching(/^merge: coverage of the changed statements/),
        ])
        console.log(`${/Merged 3 shards of 3: .*/.exec(merged.stdout)?.[0] ?? ''} (by the timing record of the push run)`)
        // The JUnit of the whole suite: every package's testsuite, once.
        const junit = readFileSync(merged.outputs['junit-file'] ?? '', 'utf8')
        expect([...junit.matchAll(/<testsuite name="([^"]+)"/g)].map(m => m[1]).sort()).toEqual(
          [...readFileSync(push.outputs['junit-file'] ?? '', 'utf8').matchAll(/<testsuite name="([^"]+)"/g)].map(m => m[1]).sort(),
        )
      } finally {
        await service.close()
      }
    },
    RUN_TIMEOUT,
  )
})
