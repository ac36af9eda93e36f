/**
 * go-pipeline against the pile it replaces, side by side in one run, cold and warm, on the example and
 * on the heavy fixture (issue 18). One job each, a push to the default branch, a fresh runner every run
 * (empty GOMODCACHE, GOCACHE and golangci-lint cache), each side with its own cache-service stand-in:
 *   - the pile, as the anchors' users write it: setup-go's cache (GOMODCACHE and GOCACHE in one entry,
 *     key setup-go-<os>-<arch>-go-<version>-<sha256 of go.sum>, saved in post unless the key was hit);
 *     golangci-lint-action's cache (its own entry, key on go.mod, restore keys, saved unless hit); then
 *     go vet ./...; gofmt -l; golangci-lint run; go test -race -covermode=atomic -coverprofile; a
 *     `go build` loop over the four platforms, one after another. The caches go through the real
 *     @actions/cache, the library both actions use, in a Node process per step as on a runner
 *     (pile-steps.ts: setup-go's main and post, golangci-lint-action's main and post, bundled as the
 *     actions are): the pile pays its steps' process starts and setup-go's `go env` calls as
 *     go-pipeline pays its main's and post's (the row `actions`);
 *   - go-pipeline's main and post (stages setup, vet, fmt, lint, test, build, the same four platforms),
 *     once as by default (speculative-build: the build beside the checks) and once with
 *     speculative-build: false (the build after them).
 * Go is found in the tool cache by both (installed once, not measured). The heavy fixture has a
 * golangci-lint finding (golangci-lint-action would end the job there), so its runs leave lint out.
 * Cold: an empty cache service. Warm: the entries the cold run saved (BENCH_PILE_WARM runs per round,
 * interleaved across the sides). Prints medians, the ratios (goals ≤ 0.8 cold and warm) and each side's
 * per-stage seconds.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { nodeFiles } from '../../src/ports/node-files.js'
import { startCacheService, type CacheService } from '../harness/cache-server.js'
import { commitAll } from '../harness/git.js'
import { ensureGoArchive, startGoMirror } from '../harness/go-mirror.js'
import { ensureLintRelease, startLintReleases } from '../harness/lint-release.js'
import { bundled } from '../harness/act.js'
import { Job, ROOT, type PhaseResult, type StepResult } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, FIXTURES, HARNESS_CACHE } from '../harness/workspace.js'
import { median, medianSplit, stageSeconds, time } from './bench-util.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS_PILE ?? 1)
/** Warm runs per round, interleaved across the sides (a warm run is seconds; one of them is noise on this VM). */
const WARM = Number(process.env.BENCH_PILE_WARM ?? 3)
/** BENCH_PILE_ONLY=example or heavy: one fixture. BENCH_PILE_VERBOSE=1: go-pipeline's cache log lines of each run. */
const ONLY = process.env.BENCH_PILE_ONLY ?? ''
const VERBOSE = process.env.BENCH_PILE_VERBOSE === '1'
const GO = '1.26.8'
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'darwin/arm64', 'windows/amd64']

type Split = Map<string, number>

interface Side {
  seconds: number
  split: Split
}

/** Runs `fn` and adds its seconds to `split` under `name`. */
async function timed<T>(split: Split, name: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await fn()
  } finally {
    split.set(name, (split.get(name) ?? 0) + (performance.now() - started) / 1000)
  }
}

/** One of the pile's cache steps (pile-steps.ts) in a Node process of its own: whether it hit; its cache seconds under `cacheRow`, the rest under `actions`. */
async function pileStep(split: Split, cacheRow: string, run: () => Promise<StepResult>): Promise<boolean> {
  const started = performance.now()
  const r = await run()
  const wall = (performance.now() - started) / 1000
  const line = r.stdout
    .split('\n')
    .filter(l => l.startsWith('result '))
    .pop()
  if (r.code !== 0 || line === undefined) throw new Error(`a pile step failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`)
  const result = JSON.parse(line.slice('result '.length)) as { hit: boolean; cache: number }
  split.set(cacheRow, (split.get(cacheRow) ?? 0) + result.cache)
  split.set('actions', (split.get('actions') ?? 0) + wall - result.cache)
  return result.hit
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** The summary's stage rows, and post's time. */
function pipelineSplit(main: PhaseResult, post: PhaseResult): Split {
  return stageSeconds(main.summary).set('post (save)', post.seconds)
}

async function run(): Promise<void> {
  const mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  const releases = await startLintReleases(ensureLintRelease(path.join(HARNESS_CACHE, 'golangci-lint')))
  const node = process.env.GO_PIPELINE_NODE || process.execPath
  const steps = path.join(bundled(path.join(ROOT, '__tests__', 'bench', 'pile-steps.ts'), 'pile-steps'), 'index.js')
  const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-tc-'))
  const runnerRoot = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-pile-'))
  const dirs = { GOMODCACHE: path.join(runnerRoot, 'mod'), GOCACHE: path.join(runnerRoot, 'build'), GOLANGCI_LINT_CACHE: path.join(runnerRoot, 'lint') }
  const freshDirs = async (): Promise<void> => {
    for (const d of Object.values(dirs)) {
      await nodeFiles.remove(d)
      mkdirSync(d, { recursive: true })
    }
  }
  let runId = 1
  try {
    console.log(
      `go-pipeline against the pile (setup-go + golangci-lint-action + the commands), fresh runner each run, ${ROUNDS} round(s) of one cold and ${WARM} warm runs, node ${node}`,
    )
    for (const [name, source, lint] of [
      ['examples/hello-service', EXAMPLE, true],
      ['__tests__/fixtures/heavy', path.join(FIXTURES, 'heavy'), false],
    ] as const) {
      if (ONLY !== '' && !name.includes(ONLY)) continue
      const workspace = copyWorkspace(source)
      commitAll(workspace, 'v1.0.0')
      const stages = `setup, vet, fmt, ${lint ? 'lint, ' : ''}test, build`
      const inputs = {
        stages,
        platforms: PLATFORMS.join(','),
        'go-version': GO,
        'go-download-base-url': mirror.url,
        'golangci-lint-base-url': releases.url,
      }
      // A fresh checkout has no dist/: go build would skip relinking a binary whose build ID is already there.
      // A fresh runner's Go is as released: without cmd/covdata in its tool folder, which go-pipeline builds there (src/stages/covdata.ts).
      const freshRunner = async (): Promise<void> => {
        await freshDirs()
        rmSync(path.join(workspace, 'dist'), { recursive: true, force: true })
        const tools = path.join(toolCache, 'go', GO, 'x64', 'pkg', 'tool')
        for (const dir of existsSync(tools) ? readdirSync(tools) : []) rmSync(path.join(tools, dir, 'covdata'), { force: true })
      }
      const pipeline = async (service: CacheService, speculative = true): Promise<Side> => {
        await freshRunner()
        const job = new Job({ workspace, node, toolCache, env: { ...dirs, ...service.env(), GITHUB_RUN_ID: String(runId++) } })
        const main = await job.main({ ...inputs, 'speculative-build': String(speculative) })
        if (main.exitCode !== 0) throw new Error(`${name}: go-pipeline failed:\n${main.stdout}`)
        const [post] = await job.post()
        if (post?.exitCode !== 0) throw new Error(`${name}: go-pipeline's post failed:\n${post?.stdout ?? ''}`)
        if (VERBOSE) {
          const lines = `${main.stdout}\n${post.stdout}`
            .split('\n')
            .filter(l => /^(Restored |Cache hit|modules:|build:|lint:|Cache saved|\| (build|modules|lint) )/.test(l))
          console.log(`  [go-pipeline run ${runId - 1}: main ${main.seconds.toFixed(1)} s, post ${post.seconds.toFixed(1)} s]\n    ${lines.join('\n    ')}`)
        }
        job.remove()
        return { seconds: main.seconds + post.seconds, split: pipelineSplit(main, post) }
      }
      // Not measured: installs Go and golangci-lint into the tool cache, downloads the modules once.
      const warmup = await startCacheService()
      await pipeline(warmup)
      await warmup.close()
      const goroot = path.join(toolCache, 'go', GO, 'x64')
      const go = path.join(goroot, 'bin', 'go')
      const gofmt = path.join(goroot, 'bin', 'gofmt')
      const golangci = path.join(toolCache, 'golangci-lint', '2.15.0', 'x64', 'golangci-lint')
      const files = await nodeFiles.walk(workspace, n => n.endsWith('.go'))
      const mainPkg = `./cmd/${readdirSync(path.join(workspace, 'cmd'))[0] ?? ''}`

      const pile = async (service: CacheService): Promise<Side> => {
        await freshRunner()
        const job = new Job({ workspace, node, toolCache, env: { ...dirs, ...service.env(), GITHUB_RUN_ID: String(runId++) } })
        const env = job.stepEnv({ PATH: `${path.join(goroot, 'bin')}${path.delimiter}${job.stepEnv().PATH ?? ''}` })
        const step = (s: Record<string, unknown>) => (): Promise<StepResult> => job.run(node, [steps, JSON.stringify(s)])
        const split: Split = new Map()
        const started = performance.now()
        const goKey = `setup-go-Linux-x64-ubuntu24-go-${GO}-${sha256(path.join(workspace, 'go.sum'))}`
        const goPaths = [dirs.GOMODCACHE, dirs.GOCACHE]
        const goHit = await pileStep(split, 'restore', step({ step: 'setup-go-main', go, paths: goPaths, key: goKey }))
        const lintKey = `golangci-lint.cache-Linux-${Math.floor(Date.now() / (7 * 24 * 3600 * 1000))}-${sha256(path.join(workspace, 'go.mod'))}`
        const lintStep = { paths: [dirs.GOLANGCI_LINT_CACHE], key: lintKey, restoreKeys: ['golangci-lint.cache-Linux-'] }
        const lintHit = lint ? await pileStep(split, 'restore', step({ step: 'lint-main', ...lintStep })) : true
        await timed(split, 'vet', () => time(go, ['vet', './...'], env, workspace))
        await timed(split, 'fmt', () => time(gofmt, ['-l', ...files], env, workspace))
        if (lint) await timed(split, 'lint', () => time(golangci, ['run', './...'], env, workspace))
        const profile = path.join(job.runnerTemp, 'coverage.out')
        await timed(split, 'test', () => time(go, ['test', '-race', '-covermode=atomic', `-coverprofile=${profile}`, './...'], env, workspace))
        for (const platform of PLATFORMS) {
          const [goos = '', goarch = ''] = platform.split('/')
          const out = path.join(workspace, 'dist', `${goos}_${goarch}`, `app${goos === 'windows' ? '.exe' : ''}`)
          await timed(split, 'build', () =>
            time(go, ['build', '-trimpath', '-ldflags=-s -w', '-o', out, mainPkg], { ...env, GOOS: goos, GOARCH: goarch, CGO_ENABLED: '0' }, workspace),
          )
        }
        // Post, last step first: golangci-lint-action's, then setup-go's, each saving only when its key was not hit.
        if (lint) await pileStep(split, 'post (save)', step({ step: 'lint-post', ...lintStep, hit: lintHit }))
        await pileStep(split, 'post (save)', step({ step: 'setup-go-post', go, paths: goPaths, key: goKey, hit: goHit }))
        const seconds = (performance.now() - started) / 1000
        job.remove()
        return { seconds, split }
      }

      const who = ['pile', 'ours', 'after'] as const
      const sides = {
        cold: { pile: [] as Side[], ours: [] as Side[], after: [] as Side[] },
        warm: { pile: [] as Side[], ours: [] as Side[], after: [] as Side[] },
      }
      for (let i = 0; i < ROUNDS; i++) {
        // Each side's own service, empty: a cold run saves into it, then the warm runs (interleaved) restore that.
        const services = new Map<(typeof who)[number], CacheService>()
        const once = (side: (typeof who)[number], service: CacheService): Promise<Side> =>
          side === 'pile' ? pile(service) : pipeline(service, side === 'ours')
        try {
          for (const side of who) {
            const service = await startCacheService()
            services.set(side, service)
            sides.cold[side].push(await once(side, service))
          }
          for (let w = 0; w < WARM; w++) for (const [side, service] of services) sides.warm[side].push(await once(side, service))
        } finally {
          for (const service of services.values()) await service.close()
        }
      }
      rmSync(workspace, { recursive: true, force: true })
      for (const mode of ['cold', 'warm'] as const) {
        const { pile: p } = sides[mode]
        const a = median(p.map(r => r.seconds))
        console.log(`${name}, ${mode} (stages ${stages}, 4 platforms):`)
        console.log(`  the pile     ${a.toFixed(1)} s  (${medianSplit(p.map(r => r.split))})`)
        for (const [side, label] of [
          ['ours', 'go-pipeline'],
          ['after', 'go-pipeline, speculative-build: false'],
        ] as const) {
          const o = sides[mode][side]
          const b = median(o.map(r => r.seconds))
          console.log(`  ${label}  ${b.toFixed(1)} s  (${medianSplit(o.map(r => r.split))})`)
          console.log(`    ratio / pile = ${(b / a).toFixed(2)} (goal ≤ 0.8: ${b / a <= 0.8 ? 'met' : 'NOT met'})`)
        }
      }
    }
  } finally {
    await mirror.close()
    await releases.close()
    rmSync(toolCache, { recursive: true, force: true })
    rmSync(runnerRoot, { recursive: true, force: true })
  }
}

await run()
