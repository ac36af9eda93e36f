/**
 * go-pipeline's checks (vet, fmt, lint, test) on the example with warm caches, against the floor:
 * the same commands run bare, one after another, by the same Go and golangci-lint. Rounds are
 * interleaved; prints medians and the ratio (goal ≤ 1.05, below 1 with concurrency).
 */
import { mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ensureGoArchive, startGoMirror } from '../harness/go-mirror.js'
import { ensureLintRelease, startLintReleases } from '../harness/lint-release.js'
import { actionDefaults, Job } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, HARNESS_CACHE } from '../harness/workspace.js'
import { fileCommands, inputEnv, median, time } from './bench-util.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)

async function run(): Promise<void> {
  const mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  const releases = await startLintReleases(ensureLintRelease(path.join(HARNESS_CACHE, 'golangci-lint')))
  try {
    const node = process.env.GO_PIPELINE_NODE || process.execPath
    const workspace = copyWorkspace(EXAMPLE)
    const job = new Job({ workspace, node, toolCache: mkdtempSync(path.join(os.tmpdir(), 'gp-bench-tc-')) })
    const inputs = { 'go-version-file': 'go.mod', 'go-download-base-url': mirror.url, 'golangci-lint-base-url': releases.url }
    // Warm-up (not measured): installs Go and golangci-lint, fills the build, test and lint caches.
    const first = await job.main(inputs)
    if (first.exitCode !== 0) throw new Error(`warm-up failed:\n${first.stdout}`)
    const goroot = path.dirname(first.path[0] ?? '') // the PATH entry is GOROOT/bin
    const go = path.join(goroot, 'bin', 'go')
    const gofmt = path.join(goroot, 'bin', 'gofmt')
    const lint = path.join(job.toolCache, 'golangci-lint', '2.15.0', 'x64', 'golangci-lint')
    const env = job.stepEnv()
    const profile = path.join(job.runnerTemp, 'bare-coverage.out')
    const goFiles = ['cmd/hello/main.go', 'internal/server/server.go', 'internal/server/server_test.go', 'internal/version/version.go']
    const main = path.join(process.cwd(), 'dist', 'main', 'index.js')

    const bare: number[] = []
    const pipeline: number[] = []
    for (let i = 0; i < ROUNDS; i++) {
      let t = 0
      t += await time(go, ['vet', './...'], env, workspace)
      t += await time(gofmt, ['-l', ...goFiles], env, workspace)
      t += await time(lint, ['run', './...'], env, workspace)
      t += await time(go, ['test', '-race', '-covermode=atomic', `-coverprofile=${profile}`, '-json', './...'], env, workspace)
      bare.push(t)
      pipeline.push(await time(node, [main], { ...env, ...inputEnv({ ...actionDefaults(), ...inputs }), ...fileCommands(job.runnerTemp) }, workspace))
    }
    const b = median(bare)
    const p = median(pipeline)
    console.log(`checks benchmark on examples/hello-service, warm caches, ${ROUNDS} interleaved rounds, medians (node ${node})`)
    console.log(`  bare: go vet; gofmt -l; golangci-lint run; go test -race -cover (sequential)  ${b.toFixed(3)} s`)
    console.log(`  go-pipeline main: setup, then vet|fmt|lint|test concurrently                 ${p.toFixed(3)} s`)
    console.log(`  ratio go-pipeline / bare = ${(p / b).toFixed(2)}   goal ≤ 1.05: ${p / b <= 1.05 ? 'met' : 'NOT met'}`)
  } finally {
    await mirror.close()
    await releases.close()
  }
}

await run()
