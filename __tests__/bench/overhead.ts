/**
 * The action's own overhead, measured side by side in one run (these machines are noisy):
 *   - bare:   `node -e 0`, the floor of any JavaScript action;
 *   - load:   the bundle's cold start: dist/main loaded, inputs parsed, rejected (no stage runs);
 *   - warm:   main from process start to exit with setup done on a warm tool cache (goal < 0.5 s).
 * Rounds are interleaved so that drift hits every variant alike. Prints medians and ratios.
 */
import { mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ensureGoArchive, startGoMirror } from '../harness/go-mirror.js'
import { actionDefaults, Job } from '../harness/runner.js'
import { fileCommands, inputEnv, median, time } from './bench-util.js'
import { copyWorkspace, EXAMPLE, HARNESS_CACHE } from '../harness/workspace.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15)

async function benchNode(node: string, mirrorUrl: string, toolCache: string): Promise<void> {
  const workspace = copyWorkspace(EXAMPLE)
  const job = new Job({ workspace, toolCache, node })
  const inputs = (extra: Record<string, string>): Record<string, string> =>
    inputEnv({ ...actionDefaults(), stages: 'setup', 'go-version-file': 'go.mod', 'go-download-base-url': mirrorUrl, ...extra })
  const files = (): Record<string, string> => fileCommands(job.runnerTemp)
  const main = path.join(process.cwd(), 'dist', 'main', 'index.js')
  // Warm the tool cache once (not measured).
  const first = await job.main({ stages: 'setup', 'go-version-file': 'go.mod', 'go-download-base-url': mirrorUrl })
  if (first.exitCode !== 0) throw new Error(`warm-up failed:\n${first.stdout}`)

  const bare: number[] = []
  const load: number[] = []
  const warm: number[] = []
  for (let i = 0; i < ROUNDS; i++) {
    bare.push(await time(node, ['-e', '0'], job.stepEnv(), workspace, 0))
    load.push(await time(node, [main], { ...job.stepEnv(inputs({ stages: 'none' })), ...files() }, workspace, 1))
    warm.push(await time(node, [main], { ...job.stepEnv(inputs({})), ...files() }, workspace, 0))
  }
  const b = median(bare)
  const l = median(load)
  const w = median(warm)
  console.log(`node ${node === process.execPath ? process.version : path.basename(path.dirname(path.dirname(node)))} (${node})`)
  console.log(`  bare node start           ${b.toFixed(3)} s`)
  console.log(`  bundle cold start (load)  ${l.toFixed(3)} s   ${(l / b).toFixed(2)}× bare`)
  console.log(`  main, setup on warm cache ${w.toFixed(3)} s   ${(w / b).toFixed(2)}× bare   goal < 0.500 s: ${w < 0.5 ? 'met' : 'NOT met'}`)
  console.log(`  setup's own work (warm − load) ${(w - l).toFixed(3)} s`)
}

async function run(): Promise<void> {
  const mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  try {
    console.log(`go-pipeline overhead benchmark: ${ROUNDS} interleaved rounds, medians`)
    const nodes = [process.execPath, process.env.GO_PIPELINE_NODE24].filter((n): n is string => !!n)
    for (const node of nodes) {
      await benchNode(node, mirror.url, mkdtempSync(path.join(os.tmpdir(), 'gp-bench-tc-')))
    }
  } finally {
    await mirror.close()
  }
}

await run()
