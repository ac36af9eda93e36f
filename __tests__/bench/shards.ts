/**
 * Test shards, measured (issue 15) on the 32-package fixture with uneven test times
 * (__tests__/fixtures/shards), through the bundled action and the cache-service stand-in, one job after
 * another (the machine is small: shards one after the other measure work, not parallel wall time):
 *   - one unsharded test run on a push to main (a new commit each round), which saves the timing record;
 *   - three shards of a pull request, assigned by that record;
 *   - three shards without a record (cache: false), assigned by name.
 * test-args -count=1, so every package's tests really run (no results from go test's cache); -race on,
 * as by default; one GOCACHE primed by an unmeasured run. Rounds are interleaved; prints medians:
 *   - balance: the longest shard's test time (the sum of its packages' test seconds, as go test reports
 *     them) over the mean shard's, with and without the record;
 *   - work: the three shards' test-stage seconds added, over the unsharded run's.
 * And checks, every round, that each package ran in exactly one shard.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { startCacheService } from '../harness/cache-server.js'
import { commitAll, git } from '../harness/git.js'
import { ensureGoArchive, startGoMirror } from '../harness/go-mirror.js'
import { Job, type EventSpec } from '../harness/runner.js'
import { copyWorkspace, FIXTURES, HARNESS_CACHE } from '../harness/workspace.js'
import { median, stageSeconds } from './bench-util.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const N = 3

interface ShardRun {
  readonly stage: number
  /** The sum of its packages' test seconds (go test's elapsed per package). */
  readonly tests: number
  readonly packages: readonly string[]
}

async function run(): Promise<void> {
  const mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  const service = await startCacheService()
  const node = process.env.GO_PIPELINE_NODE || process.execPath
  const temps: string[] = []
  const temp = (prefix: string): string => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
    temps.push(dir)
    return dir
  }
  try {
    const toolCache = temp('gp-bench-tc-')
    const workspace = copyWorkspace(path.join(FIXTURES, 'shards'))
    temps.push(workspace)
    let sha = commitAll(workspace)
    // Each round a new commit on main (as every push is): its run saves a record of its own, the newest.
    const commit = (round: number): void => {
      writeFileSync(path.join(workspace, 'ROUND'), `${round}\n`)
      git(workspace, 'add', '-A')
      git(workspace, 'commit', '-qm', `round ${round}`)
      sha = git(workspace, 'rev-parse', 'HEAD')
    }
    // One runner: one RUNNER_TEMP (the timing record's cache version hashes its path) and one GOCACHE.
    const env = { ...service.env(), RUNNER_TEMP: temp('gp-bench-rt-'), GOCACHE: temp('gp-bench-gocache-') }
    const inputs = { stages: 'test', 'go-version': '1.26.8', 'go-download-base-url': mirror.url, 'test-args': '-count=1' }
    const push = (): EventSpec => ({ name: 'push', ref: 'refs/heads/main', sha })
    const pr = (): EventSpec => ({ name: 'pull_request', ref: 'refs/pull/7/merge', sha, payload: { pull_request: { number: 7 } } })
    const main = async (event: EventSpec, extra: Record<string, string>): Promise<{ stage: number; results: string; stdout: string }> => {
      const r = await new Job({ workspace, toolCache, node, event, env }).main({ ...inputs, ...extra })
      if (r.exitCode !== 0) throw new Error(`the run failed:\n${r.stdout}`)
      return { stage: stageSeconds(r.summary).get('test') ?? NaN, results: r.outputs['test-results'] ?? '', stdout: r.stdout }
    }
    const shardRun = async (extra: Record<string, string>, i: number): Promise<ShardRun> => {
      const r = await main(pr(), { ...extra, shard: `${i}/${N}` })
      const report = JSON.parse(readFileSync(path.join(r.results, 'shard.json'), 'utf8')) as {
        results: { pkg: string; elapsed: number; cached?: boolean }[]
      }
      if (report.results.some(p => p.cached)) throw new Error("a result came from go test's cache: -count=1 did not hold")
      if (process.env.BENCH_VERBOSE)
        console.log(/Shard \d+\/\d+: .*/.exec(r.stdout)?.[0], JSON.stringify(report.results.map(p => [p.pkg.slice(-3), p.elapsed])))
      return { stage: r.stage, tests: report.results.reduce((s, p) => s + p.elapsed, 0), packages: report.results.map(p => p.pkg) }
    }
    await main(push(), {}) // not measured: installs Go, primes GOCACHE with the race builds, saves a first record
    const rows: { one: number; byRecord: ShardRun[]; byName: ShardRun[] }[] = []
    for (let round = 0; round < ROUNDS; round++) {
      commit(round)
      const one = await main(push(), {})
      const byRecord: ShardRun[] = []
      for (let i = 1; i <= N; i++) byRecord.push(await shardRun({}, i))
      const byName: ShardRun[] = []
      for (let i = 1; i <= N; i++) byName.push(await shardRun({ cache: 'false' }, i))
      for (const [what, shards] of [
        ['by the record', byRecord],
        ['by name', byName],
      ] as const) {
        const all = shards.flatMap(s => s.packages)
        if (all.length !== 32 || new Set(all).size !== 32)
          throw new Error(`round ${round + 1}, ${what}: ${all.length} results for ${new Set(all).size} packages, not 32 once each`)
      }
      rows.push({ one: one.stage, byRecord, byName })
    }
    const balance = (shards: readonly ShardRun[]): number => Math.max(...shards.map(s => s.tests)) / (shards.reduce((a, s) => a + s.tests, 0) / shards.length)
    const work = (shards: readonly ShardRun[], one: number): number => shards.reduce((a, s) => a + s.stage, 0) / one
    const fmt = (xs: readonly number[]): string => `${median(xs).toFixed(2)} (rounds: ${xs.map(x => x.toFixed(2)).join(', ')})`
    console.log(
      `test shards benchmark: __tests__/fixtures/shards (32 packages, uneven test times), ${N} shards, -race, -count=1, ${ROUNDS} interleaved rounds, node ${node}`,
    )
    console.log(`  unsharded test stage: ${fmt(rows.map(r => r.one))} s`)
    for (const [what, key] of [
      ['by the timing record', 'byRecord'],
      ['by name (no record)', 'byName'],
    ] as const) {
      const shards = rows.map(r => r[key])
      console.log(`  ${what}:`)
      console.log(
        `    packages per shard (last round): ${
          shards
            .at(-1)
            ?.map(s => s.packages.length)
            .join(', ') ?? ''
        }; every package exactly once in every round`,
      )
      console.log(
        `    shard test seconds (last round): ${
          shards
            .at(-1)
            ?.map(s => s.tests.toFixed(2))
            .join(', ') ?? ''
        }`,
      )
      console.log(`    balance, longest shard / mean shard = ${fmt(shards.map(balance))}`)
      console.log(`    work, ${N} shards' test stages / one unsharded = ${fmt(rows.map(r => work(r[key], r.one)))}`)
    }
  } finally {
    await service.close()
    await mirror.close()
    for (const dir of temps) rmSync(dir, { recursive: true, force: true })
  }
}

await run()
