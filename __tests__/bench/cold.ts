/**
 * The checks on a cold build cache (a fresh hosted runner with no cache entry yet), side by side in
 * one run, on the example and on the heavy fixture:
 *   - the pile: go vet; gofmt -l; golangci-lint run; go test -race -cover, one after another (each
 *     later command reuses what the earlier ones compiled);
 *   - the same commands started together (what go-pipeline did before its compile stage: each go
 *     command compiles the standard library and the dependencies itself);
 *   - go-pipeline's main, stages setup, vet, fmt, lint, test (`cache: false`, so the compile stage
 *     runs `go list -e -export -deps -test ./...` first, then the checks concurrently).
 * Each side gets an empty GOCACHE and golangci-lint cache; the module cache is shared and warm (the
 * downloads are not what is measured). Rounds are interleaved; prints medians and the ratios.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ensureGoArchive, startGoMirror } from '../harness/go-mirror.js'
import { ensureLintRelease, startLintReleases } from '../harness/lint-release.js'
import { actionDefaults, Job } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, FIXTURES, HARNESS_CACHE } from '../harness/workspace.js'
import { nodeFiles } from '../../src/ports/node-files.js'
import { fileCommands, inputEnv, median, time } from './bench-util.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1)

async function run(): Promise<void> {
  const mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  const releases = await startLintReleases(ensureLintRelease(path.join(HARNESS_CACHE, 'golangci-lint')))
  const node = process.env.GO_PIPELINE_NODE || process.execPath
  const main = path.join(process.cwd(), 'dist', 'main', 'index.js')
  const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-tc-'))
  try {
    // The heavy fixture has one golangci-lint finding: its lint (and so the action) exits 1 on every side alike.
    for (const [name, source, lintCode] of [
      ['examples/hello-service', EXAMPLE, 0],
      ['__tests__/fixtures/heavy', path.join(FIXTURES, 'heavy'), 1],
    ] as const) {
      const workspace = copyWorkspace(source)
      const job = new Job({ workspace, node, toolCache })
      const stages = 'setup, vet, fmt, lint, test'
      const inputs = { stages, cache: 'false', 'go-version': '1.26.8', 'go-download-base-url': mirror.url, 'golangci-lint-base-url': releases.url }
      // Not measured: installs Go and golangci-lint and downloads the modules.
      const first = await job.main(inputs)
      if (first.exitCode !== lintCode) throw new Error(`warm-up failed:\n${first.stdout}`)
      const go = path.join(first.path[0] ?? '', 'go') // the PATH entry is GOROOT/bin
      const gofmt = path.join(first.path[0] ?? '', 'gofmt')
      const lint = path.join(toolCache, 'golangci-lint', '2.15.0', 'x64', 'golangci-lint')
      // The files go-pipeline's fmt stage walks (vendor, testdata and hidden folders left out).
      const files = await nodeFiles.walk(workspace, n => n.endsWith('.go'))
      const cold = (): Record<string, string> => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-cold-'))
        return job.stepEnv({ GOCACHE: path.join(dir, 'go-build'), GOLANGCI_LINT_CACHE: path.join(dir, 'lint') })
      }
      const done = (env: Record<string, string>): void => rmSync(path.dirname(env.GOCACHE ?? ''), { recursive: true, force: true })
      const profile = path.join(job.runnerTemp, 'bench-coverage.out')
      const testArgs = ['test', '-race', '-covermode=atomic', `-coverprofile=${profile}`, './...']

      const pile: number[] = []
      const together: number[] = []
      const ours: number[] = []
      for (let i = 0; i < ROUNDS; i++) {
        let env = cold()
        let t = 0
        t += await time(go, ['vet', './...'], env, workspace)
        t += await time(gofmt, ['-l', ...files], env, workspace)
        t += await time(lint, ['run', './...'], env, workspace, lintCode)
        t += await time(go, testArgs, env, workspace)
        pile.push(t)
        done(env)

        env = cold()
        const started = performance.now()
        await Promise.all([
          time(go, ['vet', './...'], env, workspace),
          time(gofmt, ['-l', ...files], env, workspace),
          time(lint, ['run', './...'], env, workspace, lintCode),
          time(go, testArgs, env, workspace),
        ])
        together.push((performance.now() - started) / 1000)
        done(env)

        env = cold()
        ours.push(await time(node, [main], { ...env, ...inputEnv({ ...actionDefaults(), ...inputs }), ...fileCommands(job.runnerTemp) }, workspace, lintCode))
        done(env)
      }
      const [p, c, o] = [median(pile), median(together), median(ours)]
      console.log(`cold checks on ${name}, empty build and lint caches, ${ROUNDS} interleaved round(s), medians (node ${node})`)
      console.log(`  the pile: go vet; gofmt -l; golangci-lint run; go test -race -cover, one after another  ${p.toFixed(1)} s`)
      console.log(`  the same four started together (each compiles the dependencies itself)             ${c.toFixed(1)} s`)
      console.log(`  go-pipeline main (${stages}; compile once, then the checks together)  ${o.toFixed(1)} s`)
      console.log(
        `  ratio go-pipeline / pile = ${(o / p).toFixed(2)} (goal ≤ 0.8: ${o / p <= 0.8 ? 'met' : 'NOT met'}); go-pipeline / started together = ${(o / c).toFixed(2)}`,
      )
    }
  } finally {
    await mirror.close()
    await releases.close()
    rmSync(toolCache, { recursive: true, force: true })
  }
}

await run()
