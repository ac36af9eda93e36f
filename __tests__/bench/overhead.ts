/**
 * The action's own overhead, measured side by side in one run (these machines are noisy):
 *   - bare:   `node -e 0`, the floor of any JavaScript action;
 *   - load:   the bundle's cold start: dist/main loaded, inputs parsed, rejected (no stage runs);
 *   - warm:   main from process start to exit with setup done on a warm tool cache (goal < 0.5 s).
 * Rounds are interleaved so that drift hits every variant alike. Prints medians and ratios.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ensureGoArchive, startGoMirror } from '../harness/go-mirror.js'
import { Job } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, HARNESS_CACHE } from '../harness/workspace.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15)

/** Wall seconds of one process; throws when it does not exit with the expected code. */
function time(command: string, args: string[], env: Record<string, string>, cwd: string, expect: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { env, cwd, stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', code => {
      if (code !== expect) reject(new Error(`${command} ${args.join(' ')} exited ${code}, expected ${expect}`))
      else resolve((performance.now() - started) / 1000)
    })
  })
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

async function benchNode(node: string, mirrorUrl: string, toolCache: string): Promise<void> {
  const workspace = copyWorkspace(EXAMPLE)
  const job = new Job({ workspace, toolCache, node })
  const inputs = (extra: Record<string, string>): Record<string, string> => {
    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries({ 'working-directory': '.', stages: 'setup', 'go-version': '', 'go-version-file': 'go.mod', 'check-latest': 'false', 'go-download-base-url': mirrorUrl, ...extra })) {
      env[`INPUT_${k.toUpperCase()}`] = v
    }
    return env
  }
  const files = (): Record<string, string> => {
    const dir = path.join(job.runnerTemp, `bench-${Math.random().toString(36).slice(2)}`)
    const f = { GITHUB_OUTPUT: `${dir}-o`, GITHUB_ENV: `${dir}-e`, GITHUB_PATH: `${dir}-p`, GITHUB_STATE: `${dir}-s`, GITHUB_STEP_SUMMARY: `${dir}-m` }
    for (const file of Object.values(f)) writeFileSync(file, '') // the runner creates them; core requires them
    return f
  }
  const main = path.join(process.cwd(), 'dist', 'main', 'index.js')
  // Warm the tool cache once (not measured).
  const first = await job.main({ 'go-version-file': 'go.mod', 'go-download-base-url': mirrorUrl })
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
