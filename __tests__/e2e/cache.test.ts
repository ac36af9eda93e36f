/**
 * The caches end-to-end: the committed dist/ (main, then post) against the cache-service stand-in
 * (protocol v2, as @actions/cache 6 speaks it), each run on a "fresh runner": the same cache paths,
 * emptied between runs, as on GitHub's hosted runners.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startCacheService, type CacheService } from '../harness/cache-server.js'
import { ensureGoArchive, startGoMirror, type GoMirror } from '../harness/go-mirror.js'
import { ensureLintRelease, startLintReleases, type ReleaseServer } from '../harness/lint-release.js'
import { bundleNode } from '../harness/node.js'
import { Job, type EventSpec, type PhaseResult, defined } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, HARNESS_CACHE } from '../harness/workspace.js'
import { quoteMeta } from '../../src/go/rerun.js'
import { nodeFiles } from '../../src/ports/node-files.js'

let service: CacheService
let mirror: GoMirror
let releases: ReleaseServer
const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-tc-cache-'))
const runner = mkdtempSync(path.join(os.tmpdir(), 'gp-runner-caches-'))
const dirs = {
  GOMODCACHE: path.join(runner, 'go', 'pkg', 'mod'),
  GOCACHE: path.join(runner, 'go-build'),
  GOLANGCI_LINT_CACHE: path.join(runner, 'golangci-lint'),
}
const PUSH: EventSpec = { name: 'push', ref: 'refs/heads/main' }
const PR: EventSpec = { name: 'pull_request', ref: 'refs/pull/3/merge', payload: { pull_request: { number: 3, base: { sha: '0'.repeat(40) } } } }
let runId = 1000

beforeAll(async () => {
  service = await startCacheService()
  mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  releases = await startLintReleases(ensureLintRelease(path.join(HARNESS_CACHE, 'golangci-lint')))
})
afterAll(async () => {
  await Promise.all([service.close(), mirror.close(), releases.close()])
})

/** A fresh runner: the same cache paths, empty. */
async function freshRunner(): Promise<void> {
  for (const d of Object.values(dirs)) {
    await nodeFiles.remove(d)
    mkdirSync(d, { recursive: true })
  }
}

interface Run {
  main: PhaseResult
  post: PhaseResult
  job: Job
  cache: Record<string, { key: string; matchedKey: string | null; result: string; save: boolean; why: string }>
}

async function run(
  workspace: string,
  inputs: Record<string, string> = {},
  event: EventSpec = PUSH,
  beforePost?: () => void,
  env: Record<string, string> = {},
): Promise<Run> {
  runId++
  const job = new Job({
    workspace,
    toolCache,
    node: bundleNode(),
    event,
    env: { ...service.env(), ...dirs, GITHUB_RUN_ID: String(runId), ...env },
  })
  const main = await job.main({
    stages: 'setup, vet, lint, test, build',
    platforms: 'linux/amd64',
    'go-version-file': 'go.mod',
    'go-download-base-url': mirror.url,
    'golangci-lint-base-url': releases.url,
    // The race runtime would make every cold run here ~40 s longer; the caches behave the same.
    race: 'false',
    ...inputs,
  })
  beforePost?.()
  const [post] = await job.post()
  return { main, post: defined(post, 'a post phase'), job, cache: JSON.parse(main.outputs.cache ?? '{}') as Run['cache'] }
}

const results = (r: Run): string[] => Object.entries(r.cache).map(([id, c]) => `${id}:${c.result}`)

/**
 * Tests that compile the example cold get 15 minutes, not jest's 5: on a busy 2-core machine a cold run
 * took over 300 s once (180 s idle), and jest does not stop a test that times out, so its runs went on
 * beside the next tests' and failed them too.
 */
const COLD = 900_000

describe('caches through dist/ and the cache-service stand-in', () => {
  beforeEach(async () => {
    service.fault = { kind: 'none' }
    await freshRunner()
  })

  it(
    'run 1 misses and saves all three; run 2 on a fresh runner hits, downloads no module and recompiles nothing',
    async () => {
      const ws = copyWorkspace(EXAMPLE)
      const first = await run(ws)
      expect(first.main.exitCode).toBe(0)
      expect(results(first)).toEqual(['modules:miss', 'build:miss', 'lint:miss'])
      expect(first.main.outputs['cache-hit']).toBe('false')
      expect(first.post.exitCode).toBe(0)
      expect(first.post.summary.match(/\| saved \|/g)).toHaveLength(3)
      const saved = service.finalized().map(e => e.key)
      // Main saved the coverage baseline for pull requests (a push to main, issue 13) and the test timing
      // record for shards (issue 15); post the three caches, concurrently, in whatever order they finished.
      const small = (k: string): boolean => k.startsWith('go-pipeline-coverage-') || k.startsWith('go-pipeline-test-timings-')
      const baseline = saved.filter(small)
      expect(baseline.sort()).toEqual([
        expect.stringMatching(/^go-pipeline-coverage-v2-[0-9a-f]{12}-0123456789abcdef0123456789abcdef01234567$/),
        expect.stringMatching(/^go-pipeline-test-timings-v2-[0-9a-f]{12}-0123456789abcdef0123456789abcdef01234567$/),
      ])
      // The build cache as two entries under its key, one per half of GOCACHE (src/cache/split.ts), told apart by their version.
      expect(saved.filter(k => !baseline.includes(k)).sort()).toEqual(
        [first.cache.modules?.key, first.cache.build?.key, first.cache.build?.key, first.cache.lint?.key].sort(),
      )
      expect(
        new Set(
          service
            .finalized()
            .filter(e => e.key === first.cache.build?.key)
            .map(e => e.version),
        ).size,
      ).toBe(2)
      expect(first.main.summary).toContain('### Caches')
      // Cold: the packages vet and lint share with the linux/amd64 build are compiled once, before the
      // checks start, with the build's flags (issue 18): the test variants, which only the checks compile,
      // are in Go's cache under -trimpath and CGO_ENABLED=0; nothing is left to compile there but links.
      expect(first.main.summary).toMatch(/\| compile \| ✅ success \| [\d.]+ s \| \d+ packages compiled once for vet, golangci-lint, the linux\/amd64 build \|/)
      expect(first.main.stdout).toContain(
        "The checks (vet, golangci-lint) compile with the linux/amd64 build's flags (-trimpath, -gcflags=all=-dwarf=false, CGO_ENABLED=0), so the build reuses what they compile.",
      )
      const stale = await first.job.run(
        'go',
        ['list', '-trimpath', '-gcflags=all=-dwarf=false', '-deps', '-test', '-f', '{{if .Stale}}{{.ImportPath}}: {{.StaleReason}}{{end}}', './...'],
        {
          CGO_ENABLED: '0',
          GOPROXY: 'off',
        },
      )
      expect(stale.code).toBe(0)
      const lines = stale.stdout.split('\n').filter(l => l !== '')
      expect(lines.some(l => l.includes(' ['))).toBe(false) // every test variant compiled
      expect(lines.filter(l => !/^example\.com\/hello-service\/(cmd\/hello|[\w/]+\.test): /.test(l))).toEqual([])

      await freshRunner()
      // A fresh runner's Go, as its image installs it: without the covdata the first run put there.
      const toolDir = path.join(toolCache, 'go', '1.26.8', 'x64', 'pkg', 'tool', 'linux_amd64')
      rmSync(path.join(toolDir, 'covdata'))
      const second = await run(ws)
      expect(second.main.exitCode).toBe(0)
      expect(results(second)).toEqual(['modules:hit', 'build:hit', 'lint:hit'])
      // covdata came linked from the restored build cache (a folder entry, kept by the first run's trim), not linked again.
      expect(second.main.stdout).toMatch(/go tool covdata: linked with the checks' flags, from the build cache into /)
      expect(readdirSync(toolDir)).toContain('covdata')
      expect(second.main.outputs['cache-hit']).toBe('true')
      expect(second.cache.build?.matchedKey).toBe(first.cache.build?.key)
      // Linux restores stream from the download into a staging folder and move in, the build cache into a GOCACHE that
      // already holds Go's README and trim.txt (go env wrote them); no staging folder is left behind.
      for (const [entry, half] of [
        [second.cache.modules, ''],
        [second.cache.build, ' \\(half 1 of 2\\)'],
        [second.cache.build, ' \\(half 2 of 2\\)'],
        [second.cache.lint, ''],
      ] as const) {
        expect(second.main.stdout).toMatch(
          new RegExp(
            `Restored \\d+ files \\(\\d+ bytes\\) from ${entry?.matchedKey ?? '?'}${half} \\(lookup [\\d.]+ s, download and extract into staging [\\d.]+ s, check( and date)? [\\d.]+ s, move [\\d.]+ s\\)`,
          ),
        )
      }
      for (const dir of Object.values(dirs)) expect(readdirSync(path.dirname(dir)).filter(n => n.startsWith('.gp-restore-'))).toEqual([])
      expect(second.main.summary).toMatch(/\| compile \| ⏭️ skipped \| [\d.]+ s \| the build cache was restored \(hit\) \|/)
      // Exact hits are not saved again; the build cache, under its run-unique key, only when the run added
      // to it: this one compiled nothing new, so post uploads nothing and says why (issue 18).
      expect(second.cache.modules).toMatchObject({ save: false, why: 'not needed: the exact entry exists' })
      expect(second.post.summary.match(/\| saved \|/g)).toBeNull()
      expect(second.post.summary).toMatch(/\| build \| .* \| not saved: nothing new since the restore \([\d,]+ files restored, none added\) \|/)
      // The saves table lists every entry with why: the exact hits main knew not to save too.
      for (const id of ['modules', 'lint'])
        expect(second.post.summary).toMatch(new RegExp(`\\| ${id} \\| \\S+ \\| – \\| – \\| not saved: not needed: the exact entry exists \\|`))
      // No cache saved again. (Main saved another coverage baseline and timing record: this runner's RUNNER_TEMP, part of their version, is new.)
      expect(service.finalized().filter(e => !small(e.key)).length).toBe(saved.length - baseline.length)

      // A later step: no module download (GOPROXY=off) and nothing recompiled (go build -v prints nothing).
      const offline = { GOPROXY: 'off', GOFLAGS: '-mod=mod' }
      const test = await second.job.run('go', ['test', './...'], offline)
      expect(test.code).toBe(0)
      const build = await second.job.run('go', ['build', '-v', '-o', os.devNull, './...'], offline)
      expect([build.code, build.stdout + build.stderr]).toEqual([0, ''])
    },
    COLD,
  )

  // The tests below reuse the entries the first one saved (same go.sum, same job): no cold run.
  it('a pull request restores and saves nothing', async () => {
    const ws = copyWorkspace(EXAMPLE)
    const before = service.entries.length
    const pr = await run(ws, {}, PR)
    expect(pr.main.exitCode).toBe(0)
    expect(results(pr)).toEqual(['modules:hit', 'build:hit', 'lint:hit'])
    expect(pr.cache.build?.why).toBe('cache-save auto saves on pushes to the default branch and tags; this is a pull_request run')
    expect(pr.post.stdout).toContain('no cache to save')
    expect(service.entries.length).toBe(before)
  })

  it(
    'a go.sum change restores partially through a restore key and saves under the new key',
    async () => {
      const ws = copyWorkspace(EXAMPLE)
      const first = await run(ws, {}, PR) // the keys of the unchanged go.sum
      appendFileSync(path.join(ws, 'go.sum'), `example.com/unused v1.0.0/go.mod h1:${'A'.repeat(43)}=\n`)
      await freshRunner()
      const changed = await run(ws)
      expect(changed.main.exitCode).toBe(0)
      expect(changed.cache.modules).toMatchObject({ result: 'partial', matchedKey: first.cache.modules?.key, save: true })
      expect(changed.cache.build).toMatchObject({ result: 'partial', matchedKey: expect.stringMatching(/-build-/) })
      expect(changed.cache.modules?.key).not.toBe(first.cache.modules?.key)
      expect(service.finalized().map(e => e.key)).toContain(changed.cache.modules?.key)
    },
    COLD,
  )

  it('two jobs with different target platforms (or cgo) get different build-cache keys', async () => {
    const ws = copyWorkspace(EXAMPLE)
    // The keys are settled before anything is restored: an empty service (nothing to restore and verify)
    // and a main package that is not there (the build stage stops at once instead of cross-compiling
    // the standard library) leave only what is under test.
    const shared = service
    service = await startCacheService()
    try {
      const nothing = { main: './not-here' }
      const amd = await run(ws, { stages: 'setup, build', platforms: 'linux/amd64', ...nothing }, PR)
      const arm = await run(ws, { stages: 'setup, build', platforms: 'linux/amd64,linux/arm64', ...nothing }, PR)
      const cgo = await run(ws, { stages: 'setup, build', platforms: 'linux/amd64', cgo: 'true', ...nothing }, PR)
      const keys = [amd, arm, cgo].map(r => r.cache.build?.key.replace(/-\d+-1$/, ''))
      expect(new Set(keys).size).toBe(3)
      expect(amd.cache.modules?.key).toBe(arm.cache.modules?.key)
    } finally {
      await service.close()
      service = shared
    }
  })

  // Heavy tests exercise Go and the cache service, not Node: scripts/test.sh runs them once, on Node 24.
  it('the service answers 503 (retried 5 times by the library, then given up): a warning, a cold run, a green build', async () => {
    await faultRun({ kind: 'status', status: 503 }, /Failed to make request after 5 attempts/)
  })

  const faults: [string, CacheService['fault'], RegExp][] = [
    ['the service answers 429 (not retried)', { kind: 'status', status: 429 }, /Cache restore failed: .*429/],
    ['connections are reset', { kind: 'reset' }, /Cache restore failed: .*ECONNRESET/],
    ['the service is slow', { kind: 'slow', ms: 5500 }, /The cache service is slow: restoring the \w+ cache took/],
    ['a truncated archive', { kind: 'truncated' }, /was not restored: the archive could not be read \(truncated or corrupt/],
    ['a corrupt archive', { kind: 'corrupt' }, /was not restored: the archive could not be read \(truncated or corrupt/],
    // Linux restores stream from the download into tar: a download that stops halfway refuses what arrived.
    ['the download stops halfway', { kind: 'dropped' }, /was not restored: the archive could not be downloaded \(/],
  ]
  it.each(faults)('%s: a warning, a cold run, a green build', async (_what, fault, warning) => faultRun(fault, warning))

  async function faultRun(fault: CacheService['fault'], warning: RegExp): Promise<void> {
    // Small seeded caches and setup-only runs: the faults are in the service, not in Go.
    const ws = copyWorkspace(EXAMPLE)
    writeFileSync(path.join(ws, 'go.sum'), `example.com/fault-${fault.kind}-${runId} v1.0.0/go.mod h1:${'B'.repeat(43)}=\n`)
    const seed = (d: string): void => writeFileSync(path.join(d, `seed-${runId}.txt`), `${'x'.repeat(200_000)}${Math.random()}`)
    seed(dirs.GOMODCACHE)
    // The build cache's seed lands after main, as a run's new entries would: main restores an earlier
    // test's entry of this job, and post saves a build cache only when the run added to it.
    const inputs = { stages: 'setup' }
    const seeded = await run(ws, inputs, PUSH, () => seed(dirs.GOCACHE))
    expect(seeded.post.summary.match(/\| saved \|/g)).toHaveLength(2)
    await freshRunner()
    service.fault = fault
    const r = await run(ws, inputs, PUSH, () => {
      // The library's 5 retries with backoff take ~25 s a call; post under 429 and 409 is tested apart.
      if (fault.kind !== 'status' || fault.status !== 429) service.fault = { kind: 'none' }
    })
    service.fault = { kind: 'none' }
    expect(r.main.exitCode).toBe(0)
    expect(r.post.exitCode).toBe(0)
    const said = r.main.annotations
      .filter(a => a.level === 'warning' || a.level === 'error')
      .map(a => a.message)
      .join('\n')
    expect(said).toMatch(warning)
    expect(r.main.summary).toContain('**Result:** ✅ passed')
    if (fault.kind !== 'slow') expect(results(r)).toEqual(['modules:miss', 'build:miss'])
    else expect(results(r)).toEqual(['modules:hit', 'build:hit'])
  }

  it('a key another job took (409) is a warning in post, never a failure', async () => {
    const ws = copyWorkspace(EXAMPLE)
    writeFileSync(path.join(dirs.GOMODCACHE, 'seed.txt'), 'conflict')
    service.fault = { kind: 'conflict' }
    const r = await run(ws, { stages: 'setup' }, PUSH, () => writeFileSync(path.join(dirs.GOCACHE, `seed-${runId}.txt`), 'conflict'))
    expect(r.main.exitCode).toBe(0)
    expect(r.post.exitCode).toBe(0)
    expect(r.post.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringContaining('cache was not saved (key taken, or the cache service failed)') }),
    )
  })

  it(
    "after 10 runs with a source change each, the saved build cache stays near one run's size",
    async () => {
      const ws = copyWorkspace(EXAMPLE)
      const sizes: number[] = []
      for (let i = 0; i < 10; i++) {
        writeFileSync(path.join(ws, 'internal', 'server', 'extra.go'), `package server\n\n// Generation is changed by every run.\nconst Generation = ${i}\n`)
        await freshRunner()
        // One platform: what the property is about is the build cache's growth over runs, not its width.
        const r = await run(ws, { stages: 'setup, build', platforms: 'linux/amd64' }, PUSH)
        expect(r.main.exitCode).toBe(0)
        // Both halves (src/cache/split.ts).
        const saved = service.finalized().filter(e => e.key === r.cache.build?.key && e.data !== undefined)
        if (saved.length !== 2)
          console.log(
            `run ${i + 1}: the build cache was not saved; post said:\n${r.post.stdout
              .split('\n')
              .filter(l => !l.startsWith('::debug::'))
              .join('\n')}`,
          )
        sizes.push(saved.length === 2 ? saved.reduce((n, e) => n + (e.data?.length ?? 0), 0) : 0)
      }
      // A source change adds build-cache entries, so every run saves (issue 18: only what changed).
      expect(sizes.filter(n => n === 0)).toEqual([])
      const [one] = sizes
      const last = sizes[sizes.length - 1] ?? 0
      console.log(`saved build-cache archive sizes over 10 runs (bytes): ${sizes.join(', ')}; run 10 / run 1 = ${(last / (one ?? 1)).toFixed(3)}`)
      expect(one).toBeGreaterThan(0)
      expect(last / (one ?? 1)).toBeLessThanOrEqual(1.3)
    },
    COLD,
  )

  describe('nothing restored is trusted blindly (issue 12)', () => {
    /** The cache version @actions/cache computes for one path (zstd on PATH here). */
    const version = (p: string): string => createHash('sha256').update([p, 'zstd-without-long', '1.0'].join('|')).digest('hex')

    /** A zstd tar of (name in the archive → file content, or a symlink target): as `tar -P` would store it. */
    function archive(members: { name: string; text?: string; link?: string }[]): Buffer {
      const work = mkdtempSync(path.join(os.tmpdir(), 'gp-poison-'))
      const tarFile = path.join(work, 'a.tar')
      for (const [i, m] of members.entries()) {
        const stage = path.join(work, `s${i}`)
        mkdirSync(stage)
        if (m.link !== undefined) symlinkSync(m.link, path.join(stage, 'm'))
        else writeFileSync(path.join(stage, 'm'), m.text ?? 'x')
        execFileSync('tar', ['--posix', '-P', existsSync(tarFile) ? '-rf' : '-cf', tarFile, '-C', stage, '--transform', `s|^m$|${m.name}|`, 'm'])
      }
      execFileSync('zstd', ['-q', '-o', `${tarFile}.zst`, tarFile])
      const data = readFileSync(`${tarFile}.zst`)
      rmSync(work, { recursive: true, force: true })
      return data
    }

    it('a planted archive with a ../ name, an absolute name, or a file through a symlink restores nothing, streamed into an empty folder or one holding files, or checked first (the path off Linux): a warning, a cold run, a green build', async () => {
      const outside = mkdtempSync(path.join(os.tmpdir(), 'gp-outside-'))
      const ws = copyWorkspace(EXAMPLE)
      // Archive names are relative to the filesystem root (src/ports/github/cache.ts).
      const rel = path.relative('/', dirs.GOMODCACHE)
      const legit = { name: `${rel}/cache/download/legit.txt`, text: 'fine' }
      const poisons = [
        {
          what: '../',
          members: [legit, { name: `${rel}/../../../../../../../../..${outside}/pwned-dotdot`, text: 'pwned' }],
          planted: path.join(outside, 'pwned-dotdot'),
          streamed: /tar refused or could not extract it \(exit 2: .*Member name contains '\.\.'/,
          checked: /would be written to .*, outside /,
        },
        {
          what: 'absolute',
          members: [legit, { name: `${outside}/pwned-absolute`, text: 'pwned' }],
          planted: path.join(outside, 'pwned-absolute'),
          // The outside folder quoted (the same metacharacters in RE2 and JavaScript): CI runs under its own TMPDIR.
          streamed: new RegExp(`would be written to ${quoteMeta(outside)}, outside `),
          checked: new RegExp(`would be written to ${quoteMeta(outside)}/pwned-absolute, outside `),
        },
        {
          what: 'symlink then file',
          members: [legit, { name: `${rel}/evil`, link: outside }, { name: `${rel}/evil/pwned-link`, text: 'pwned' }],
          planted: path.join(outside, 'pwned-link'),
          streamed: /tar refused or could not extract it \(exit 2: .*evil\/pwned-link: Cannot open: Not a directory/,
          checked: /is a SymbolicLink, and a cache holds only files and folders/,
        },
      ]
      for (const poison of poisons) {
        for (const folder of ['empty', 'holding files', 'checked first'] as const) {
          await freshRunner()
          const kept = path.join(dirs.GOMODCACHE, 'cache', 'kept.txt')
          if (folder !== 'empty') {
            mkdirSync(path.dirname(kept), { recursive: true })
            writeFileSync(kept, "the runner's own")
          }
          // A go.sum of its own, so that no earlier test's entry matches exactly: the planted one is the newest match.
          const id = `${poison.what.replace(/\W/g, '')}${folder[0] ?? ''}`
          writeFileSync(
            path.join(ws, 'go.sum'),
            `${readFileSync(path.join(EXAMPLE, 'go.sum'), 'utf8')}example.com/poison-${id}-${runId} v1.0.0/go.mod h1:${'C'.repeat(43)}=\n`,
          )
          service.plant(`gp-v2-linux-amd64-mod-go1.26.8-poisoned-${id}`, version(dirs.GOMODCACHE), archive(poison.members))
          const r = await run(ws, { stages: 'setup' }, PR, undefined, folder === 'checked first' ? { GO_PIPELINE_CHECKED_RESTORE: '1' } : {})
          const label = `${poison.what}, ${folder}`
          expect([label, r.main.exitCode]).toEqual([label, 0])
          expect([label, existsSync(poison.planted)]).toEqual([label, false])
          expect([label, existsSync(path.join(dirs.GOMODCACHE, 'cache', 'download', 'legit.txt'))]).toEqual([label, false])
          expect([label, readdirSync(path.dirname(dirs.GOMODCACHE)).filter(n => n.startsWith('.gp-restore-'))]).toEqual([label, []])
          if (folder !== 'empty') expect(readFileSync(kept, 'utf8')).toBe("the runner's own")
          const warned = r.main.annotations
            .filter(a => a.level === 'warning')
            .map(a => a.message)
            .join('\n')
          expect([label, warned]).toEqual([label, expect.stringMatching(/was not restored: /)])
          expect([label, warned]).toEqual([label, expect.stringMatching(folder === 'checked first' ? poison.checked : poison.streamed)])
          expect(r.cache.modules?.result).toBe('miss')
          expect(r.main.summary).toContain('**Result:** ✅ passed')
        }
      }
      rmSync(outside, { recursive: true, force: true })
    })

    it("an honest archive with bytes after tar's end marker (a large record size pads it) restores whole, streamed and checked", async () => {
      // tar stops reading at its end marker and may exit before the rest is written: the restore must
      // take that as tar's success, not as a broken pipe (it did not, now and then, on a busy machine;
      // 8 MiB past the marker makes it certain: it is far more than a pipe holds).
      const ws = copyWorkspace(EXAMPLE)
      // The honest entry (saved by the first test, or by this run when it runs alone).
      const first = await run(ws, { stages: 'setup, vet' })
      expect(first.main.exitCode).toBe(0)
      const key = first.cache.modules?.key ?? ''
      const saved = service.finalized().find(e => e.key === key)
      expect(saved?.data).toBeDefined()
      const work = mkdtempSync(path.join(os.tmpdir(), 'gp-padded-'))
      writeFileSync(path.join(work, 'a.tzst'), saved?.data ?? Buffer.alloc(0))
      execFileSync('zstd', ['-q', '-d', '-o', path.join(work, 'a.tar'), path.join(work, 'a.tzst')])
      appendFileSync(path.join(work, 'a.tar'), Buffer.alloc(8 << 20))
      execFileSync('zstd', ['-q', '-f', '-o', path.join(work, 'b.tzst'), path.join(work, 'a.tar')])
      service.plant(key, version(dirs.GOMODCACHE), readFileSync(path.join(work, 'b.tzst')))
      rmSync(work, { recursive: true, force: true })
      for (const how of ['streamed', 'checked first'] as const) {
        await freshRunner()
        const r = await run(ws, { stages: 'setup' }, PR, undefined, how === 'checked first' ? { GO_PIPELINE_CHECKED_RESTORE: '1' } : {})
        expect([how, r.main.exitCode, r.cache.modules?.result]).toEqual([how, 0, 'hit'])
        expect([how, r.main.annotations.filter(a => a.level === 'warning').map(a => a.message)]).toEqual([how, []])
        expect(existsSync(path.join(dirs.GOMODCACHE, 'github.com', 'google', 'uuid@v1.6.0', 'uuid.go'))).toBe(true)
        expect([how, readdirSync(path.dirname(dirs.GOMODCACHE)).filter(n => n.startsWith('.gp-restore-'))]).toEqual([how, []])
      }
    })

    it('a restored module cache with a tampered module fails go mod verify: discarded, a warning, modules fetched again', async () => {
      const ws = copyWorkspace(EXAMPLE)
      // The first test saved the honest entry; this run restores it (an exact hit) and names its key.
      const first = await run(ws, { stages: 'setup' })
      expect(first.main.exitCode).toBe(0)
      const saved = service.finalized().find(e => e.key === first.cache.modules?.key)
      expect(saved?.data).toBeDefined()
      // Tamper with one file of github.com/google/uuid inside the saved archive.
      const work = mkdtempSync(path.join(os.tmpdir(), 'gp-tamper-'))
      writeFileSync(path.join(work, 'a.tzst'), saved?.data ?? Buffer.alloc(0))
      execFileSync('zstd', ['-q', '-d', '-o', path.join(work, 'a.tar'), path.join(work, 'a.tzst')])
      const names = execFileSync('tar', ['-tf', path.join(work, 'a.tar'), '-P'], { encoding: 'utf8' }).split('\n')
      const victim = names.find(n => n.endsWith('github.com/google/uuid@v1.6.0/uuid.go')) ?? ''
      expect(victim).not.toBe('')
      const x = path.join(work, 'x')
      mkdirSync(x)
      execFileSync('tar', ['-xf', path.join(work, 'a.tar'), '-P', '-C', x, '--transform', 's|^.*/||', victim])
      appendFileSync(path.join(x, 'uuid.go'), '\n// tampered\n')
      execFileSync('tar', ['--delete', '-f', path.join(work, 'a.tar'), '-P', victim])
      execFileSync('tar', ['--posix', '-P', '-rf', path.join(work, 'a.tar'), '-C', x, '--transform', `s|^uuid.go$|${victim}|`, 'uuid.go'])
      execFileSync('zstd', ['-q', '-f', '-o', path.join(work, 'b.tzst'), path.join(work, 'a.tar')])
      // Under the very key the next run looks up, newer than the honest entry: what a poisoning job would save.
      service.plant(first.cache.modules?.key ?? '', version(dirs.GOMODCACHE), readFileSync(path.join(work, 'b.tzst')))
      rmSync(work, { recursive: true, force: true })

      await freshRunner()
      const second = await run(ws, { stages: 'setup' }, PR)
      expect(second.main.exitCode).toBe(0)
      const warned = second.main.annotations
        .filter(a => a.level === 'warning')
        .map(a => a.message)
        .join('\n')
      expect(warned).toMatch(/The restored module cache failed verification, so it was discarded .*uuid.*dir has been modified/)
      expect(second.cache.modules?.result).toBe('miss')
      // Nothing of the tampered archive is left: a later step downloads the module afresh.
      expect(existsSync(path.join(dirs.GOMODCACHE, 'github.com', 'google', 'uuid@v1.6.0'))).toBe(false)
      expect((await second.job.run('go', ['mod', 'download'])).code).toBe(0)
      expect(readFileSync(path.join(dirs.GOMODCACHE, 'github.com', 'google', 'uuid@v1.6.0', 'uuid.go'), 'utf8')).not.toContain('tampered')
    })

    it('a release build (a tag) never uses a restored build cache', async () => {
      // The build entry is not even looked up on a tag, so no entry a run saved could be used. A module
      // of one empty main package: the tag's build compiles cold, and only the runtime is compiled.
      const ws = mkdtempSync(path.join(os.tmpdir(), 'gp-tag-'))
      writeFileSync(path.join(ws, 'go.mod'), 'module example.com/tiny\n\ngo 1.26\n')
      writeFileSync(path.join(ws, 'main.go'), 'package main\n\nfunc main() {}\n')
      const before = service.requests.length
      const tag = await run(ws, { stages: 'setup, build' }, { name: 'push', ref: 'refs/tags/v1.0.0' })
      expect(tag.main.exitCode).toBe(0)
      expect(tag.cache.build?.result).toBe('miss')
      expect(tag.main.stdout).toContain('build: not restored (a release build (tag) never uses a restored build cache)')
      // The build entry was not even looked up; the module cache was (and verified).
      const lookups = service.requests
        .slice(before)
        .filter(r => r.rpc === 'GetCacheEntryDownloadURL')
        .map(r => String((r.body as { key?: string }).key))
      expect(lookups.some(k => k.includes('-build-'))).toBe(false)
      expect(lookups.some(k => k.includes('-mod-'))).toBe(true)
    })
  })
})
