/**
 * The build stage's five platforms in parallel against a bare sequential loop of the same go build
 * commands (same flags, same Go), each side on its own fresh build cache (a first CI run), in one
 * run, interleaved. Goal: ratio ≤ 1.0, lower on more cores.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { commitAll } from '../harness/git.js'
import { ensureGoArchive, startGoMirror } from '../harness/go-mirror.js'
import { actionDefaults, Job } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, HARNESS_CACHE } from '../harness/workspace.js'
import { fileCommands, inputEnv, median, time } from './bench-util.js'
import { buildArgs, ldflags, parseTarget, type Target } from '../../src/go/targets.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS_BUILD ?? 1)
const PLATFORMS = 'linux/amd64,linux/arm64,darwin/arm64,windows/amd64,linux/arm/v7'

async function run(): Promise<void> {
  const mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  try {
    const node = process.env.GO_PIPELINE_NODE || process.execPath
    const workspace = copyWorkspace(EXAMPLE)
    const commit = commitAll(workspace, 'v1.0.0')
    const job = new Job({ workspace, node, toolCache: mkdtempSync(path.join(os.tmpdir(), 'gp-bench-tc-')) })
    const inputs = { stages: 'setup, build', platforms: PLATFORMS, 'go-version-file': 'go.mod', 'go-download-base-url': mirror.url }
    const warm = await job.main({ ...inputs, platforms: 'linux/amd64' }) // installs Go (not measured)
    if (warm.exitCode !== 0) throw new Error(`warm-up failed:\n${warm.stdout}`)
    const go = path.join(warm.path[0] ?? '', 'go') // the PATH entry is GOROOT/bin
    const flags = ldflags('main', { version: 'v1.0.0', commit, date: '2026-01-02T03:04:05Z' }, '')
    const targets = PLATFORMS.split(',').map(p => parseTarget(p) as Target)
    const main = path.join(process.cwd(), 'dist', 'main', 'index.js')

    const bare: number[] = []
    const pipeline: number[] = []
    const fresh = (): string => mkdtempSync(path.join(os.tmpdir(), 'gp-bench-gocache-'))
    for (let i = 0; i < ROUNDS; i++) {
      const cacheA = fresh()
      let t = 0
      for (const target of targets) {
        const env = { ...job.stepEnv(), ...target.env, CGO_ENABLED: '0', GOCACHE: cacheA }
        t += await time(go, buildArgs(path.join(workspace, 'bare', target.folder, 'hello'), flags, './cmd/hello'), env, workspace)
      }
      bare.push(t)
      const cacheB = fresh()
      pipeline.push(
        await time(
          node,
          [main],
          { ...job.stepEnv({ GOCACHE: cacheB }), ...inputEnv({ ...actionDefaults(), ...inputs }), ...fileCommands(job.runnerTemp) },
          workspace,
        ),
      )
      rmSync(cacheA, { recursive: true, force: true })
      rmSync(cacheB, { recursive: true, force: true })
    }
    const b = median(bare)
    const p = median(pipeline)
    console.log(`build benchmark: examples/hello-service for ${PLATFORMS}, fresh build cache per side, ${ROUNDS} round(s), ${os.availableParallelism()} CPUs`)
    console.log(`  bare sequential loop of go build            ${b.toFixed(2)} s`)
    console.log(`  go-pipeline main (setup + parallel build)   ${p.toFixed(2)} s`)
    console.log(`  ratio go-pipeline / bare = ${(p / b).toFixed(2)}   goal ≤ 1.0: ${p / b <= 1 ? 'met' : 'NOT met'}`)
  } finally {
    await mirror.close()
  }
}

await run()
