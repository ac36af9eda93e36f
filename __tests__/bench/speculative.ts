/**
 * speculative-build, measured: go-pipeline's main with the build in its own turn (after the checks)
 * against the build started beside the checks, side by side in one run, cold and warm, on the example
 * and on the heavy fixture. The four default platforms; -race on as by default.
 *   - cold: an empty GOCACHE and golangci-lint cache for every run (`cache: false`), the module cache
 *     shared and warm (downloads are not what is measured);
 *   - warm: one GOCACHE and lint cache primed by an unmeasured run, shared by every warm run.
 * The heavy fixture has a golangci-lint finding, which would discard the build: its runs leave lint out.
 * Rounds are interleaved; prints medians, the ratio on/off and each side's per-stage seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { commitAll } from '../harness/git.js'
import { ensureGoArchive, startGoMirror } from '../harness/go-mirror.js'
import { ensureLintRelease, startLintReleases } from '../harness/lint-release.js'
import { Job } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, FIXTURES, HARNESS_CACHE } from '../harness/workspace.js'
import { median, medianSplit, stageSeconds } from './bench-util.js'

const ROUNDS_COLD = Number(process.env.BENCH_ROUNDS_COLD ?? 1)
const ROUNDS_WARM = Number(process.env.BENCH_ROUNDS ?? 3)

async function run(): Promise<void> {
  const mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  const releases = await startLintReleases(ensureLintRelease(path.join(HARNESS_CACHE, 'golangci-lint')))
  const node = process.env.GO_PIPELINE_NODE || process.execPath
  const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-tc-'))
  const temps: string[] = [toolCache]
  const temp = (prefix: string): string => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
    temps.push(dir)
    return dir
  }
  try {
    console.log(`speculative-build benchmark: main with the build after the checks (off) and beside them (on), 4 platforms, node ${node}`)
    for (const [name, source, stages] of [
      ['examples/hello-service', EXAMPLE, 'setup, vet, fmt, lint, test, build'],
      ['__tests__/fixtures/heavy', path.join(FIXTURES, 'heavy'), 'setup, vet, fmt, test, build'],
    ] as const) {
      const workspace = copyWorkspace(source)
      commitAll(workspace, 'v1.0.0')
      const inputs = { stages, cache: 'false', 'go-version': '1.26.8', 'go-download-base-url': mirror.url, 'golangci-lint-base-url': releases.url }
      const once = async (caches: string, speculative: boolean): Promise<{ seconds: number; stages: Map<string, number> }> => {
        const job = new Job({ workspace, node, toolCache, env: { GOCACHE: path.join(caches, 'go-build'), GOLANGCI_LINT_CACHE: path.join(caches, 'lint') } })
        const main = await job.main({ ...inputs, 'speculative-build': String(speculative) })
        if (main.exitCode !== 0 || !main.summary.includes('| build | ✅ success')) throw new Error(`${name}: the run failed:\n${main.stdout}`)
        return { seconds: main.seconds, stages: stageSeconds(main.summary) }
      }
      const warmCaches = temp('gp-bench-warm-')
      await once(warmCaches, false) // not measured: installs Go and golangci-lint, downloads the modules, primes the warm caches
      const sides = { cold: { off: [], on: [] }, warm: { off: [], on: [] } } as Record<
        'cold' | 'warm',
        Record<'off' | 'on', { seconds: number; stages: Map<string, number> }[]>
      >
      for (let i = 0; i < ROUNDS_COLD; i++)
        for (const speculative of [false, true]) {
          const caches = temp('gp-bench-cold-')
          sides.cold[speculative ? 'on' : 'off'].push(await once(caches, speculative))
          rmSync(caches, { recursive: true, force: true })
        }
      for (let i = 0; i < ROUNDS_WARM; i++)
        for (const speculative of [false, true]) sides.warm[speculative ? 'on' : 'off'].push(await once(warmCaches, speculative))
      for (const mode of ['cold', 'warm'] as const) {
        const { off, on } = sides[mode]
        const [a, b] = [median(off.map(r => r.seconds)), median(on.map(r => r.seconds))]
        console.log(`${name}, ${mode} (${mode === 'cold' ? ROUNDS_COLD : ROUNDS_WARM} interleaved round(s), medians; stages ${stages}):`)
        console.log(`  build after the checks   ${a.toFixed(1)} s  (${medianSplit(off.map(r => r.stages))})`)
        console.log(`  build beside the checks  ${b.toFixed(1)} s  (${medianSplit(on.map(r => r.stages))})`)
        console.log(`  ratio beside / after = ${(b / a).toFixed(2)}`)
      }
    }
  } finally {
    await mirror.close()
    await releases.close()
    for (const dir of temps) rmSync(dir, { recursive: true, force: true })
  }
}

await run()
