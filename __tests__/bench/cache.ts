/**
 * Warm against cold, side by side in one run, on the example and on a heavier fixture (several real
 * dependencies from the module proxy): the wall time of main (setup, cache, vet, test -race, build)
 * on a fresh runner with an empty cache service (cold: modules downloaded, everything compiled)
 * against a fresh runner whose caches the previous run saved (warm). Goal: warm ≤ 0.35× cold.
 * Then the cost of a release build: a tag on a fresh runner restores the module cache but never the
 * build cache, so it compiles everything again (reproducible builds: time, not correctness).
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { nodeFiles } from '../../src/ports/node-files.js'
import { startCacheService } from '../harness/cache-server.js'
import { ensureGoArchive, startGoMirror } from '../harness/go-mirror.js'
import { Job } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, FIXTURES, HARNESS_CACHE } from '../harness/workspace.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS_CACHE ?? 1)

async function run(): Promise<void> {
  const mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  const node = process.env.GO_PIPELINE_NODE || process.execPath
  const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-tc-'))
  const runner = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-runner-'))
  const dirs = { GOMODCACHE: path.join(runner, 'mod'), GOCACHE: path.join(runner, 'build') }
  const fresh = async (): Promise<void> => {
    for (const d of Object.values(dirs)) {
      await nodeFiles.remove(d)
      mkdirSync(d, { recursive: true })
    }
  }
  let runId = 1
  const once = async (workspace: string, env: Record<string, string>, ref = 'refs/heads/main'): Promise<number> => {
    await fresh()
    const job = new Job({ workspace, node, toolCache, event: { name: 'push', ref }, env: { ...env, ...dirs, GITHUB_RUN_ID: String(runId++) } })
    const main = await job.main({ stages: 'setup, vet, test, build', platforms: 'linux/amd64', 'go-version': '1.26.8', 'go-download-base-url': mirror.url })
    if (main.exitCode !== 0) throw new Error(`run failed:\n${main.stdout}`)
    await job.post()
    return main.seconds
  }
  try {
    await once(copyWorkspace(EXAMPLE), {}) // installs Go in the tool cache (not measured)
    console.log(`cache benchmark: main = setup + cache + vet + test -race + build (linux/amd64), fresh runner each run, ${ROUNDS} round(s), node ${node}`)
    for (const [name, dir] of [
      ['examples/hello-service', EXAMPLE],
      ['__tests__/fixtures/heavy', path.join(FIXTURES, 'heavy')],
    ] as const) {
      const ws = copyWorkspace(dir)
      const cold: number[] = []
      const warm: number[] = []
      const tag: number[] = []
      for (let i = 0; i < ROUNDS; i++) {
        const service = await startCacheService() // empty: a cold run
        try {
          cold.push(await once(ws, service.env()))
          warm.push(await once(ws, service.env())) // restores what the cold run saved
          tag.push(await once(ws, service.env(), 'refs/tags/v1.0.0')) // modules restored, build cache never
        } finally {
          await service.close()
        }
      }
      const c = Math.min(...cold)
      const w = Math.min(...warm)
      const t = Math.min(...tag)
      console.log(
        `  ${name.padEnd(26)} cold ${c.toFixed(2)} s   warm ${w.toFixed(2)} s   warm/cold = ${(w / c).toFixed(2)}   goal ≤ 0.35: ${w / c <= 0.35 ? 'met' : 'NOT met'}`,
      )
      console.log(`  ${''.padEnd(26)} a tag (no build-cache restore) ${t.toFixed(2)} s = ${(t / w).toFixed(1)}× warm, ${(t / c).toFixed(2)}× cold`)
    }
  } finally {
    await mirror.close()
  }
}

await run()
