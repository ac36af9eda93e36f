/**
 * The vuln stage (issue 14), side by side in one run, on the example and on the heavy fixture, warm
 * build cache, against the loopback vuln.go.dev stand-in (real OSV entries for golang.org/x/text):
 *   - govulncheck by hand: the same binary, `govulncheck -db <db> -format json ./...`, what the stage runs;
 *   - go-pipeline main with stages `setup, vuln`: the vuln stage's own time (its row in the job summary)
 *     and the whole process;
 *   - the whole check set without vuln (setup, vet, fmt, lint, test) and with it: vuln runs beside the
 *     other checks, so it should add less than its own time.
 * Rounds are interleaved; prints medians and the ratios. Goals: the stage ≤ 1.1× by hand; the check set
 * with vuln minus without ≤ the vuln stage's time.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ensureGoArchive, startGoMirror } from '../harness/go-mirror.js'
import { ensureLintRelease, startLintReleases } from '../harness/lint-release.js'
import { actionDefaults, Job } from '../harness/runner.js'
import { startVulnDb } from '../harness/vuln-db.js'
import { copyWorkspace, EXAMPLE, FIXTURES, HARNESS_CACHE } from '../harness/workspace.js'
import { fileCommands, inputEnv, median, time } from './bench-util.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

async function run(): Promise<void> {
  const mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  const releases = await startLintReleases(ensureLintRelease(path.join(HARNESS_CACHE, 'golangci-lint')))
  const db = await startVulnDb()
  const node = process.env.GO_PIPELINE_NODE || process.execPath
  const main = path.join(process.cwd(), 'dist', 'main', 'index.js')
  const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-tc-'))
  try {
    // The heavy fixture has one golangci-lint finding: the check set exits 1 with and without vuln alike.
    for (const [name, source, lintCode] of [
      ['examples/hello-service', EXAMPLE, 0],
      ['__tests__/fixtures/heavy', path.join(FIXTURES, 'heavy'), 1],
    ] as const) {
      const workspace = copyWorkspace(source)
      const job = new Job({ workspace, node, toolCache })
      const common = { cache: 'false', 'go-version': '1.26.8', 'go-download-base-url': mirror.url, 'golangci-lint-base-url': releases.url, 'vuln-db': db.url }
      const checks = 'setup, vet, fmt, lint, test'
      const withVuln = 'setup, vet, fmt, vuln, lint, test'
      // Not measured: installs Go, golangci-lint and govulncheck, downloads the modules, warms the caches.
      const first = await job.main({ ...common, stages: withVuln })
      if (first.exitCode !== lintCode) throw new Error(`warm-up failed:\n${first.stdout}`)
      const goBin = first.path[0] ?? '' // the PATH entry is GOROOT/bin
      const govulncheck = path.join(toolCache, 'govulncheck', '1.8.0', 'go1.26.8-x64', 'govulncheck')
      const env = job.stepEnv({ PATH: `${goBin}${path.delimiter}${process.env.PATH ?? ''}` })

      /** go-pipeline main: wall seconds and the vuln stage's seconds from its summary row. */
      const pipeline = async (stages: string, code: number): Promise<{ wall: number; vuln?: number }> => {
        const files = fileCommands(job.runnerTemp)
        const wall = await time(node, [main], { ...env, ...inputEnv({ ...actionDefaults(), ...common, stages }), ...files }, workspace, code)
        const row = /^\| vuln \| [^|]+\| ([\d.]+) s \|/m.exec(readFileSync(files.GITHUB_STEP_SUMMARY ?? '', 'utf8'))
        return { wall, ...(row?.[1] ? { vuln: Number(row[1]) } : {}) }
      }

      const byHand: number[] = []
      const stage: number[] = []
      const stageWall: number[] = []
      const without: number[] = []
      const withIt: number[] = []
      const stageInSet: number[] = []
      for (let i = 0; i < ROUNDS; i++) {
        byHand.push(await time(govulncheck, ['-db', db.url, '-format', 'json', './...'], env, workspace))
        const alone = await pipeline('setup, vuln', 0)
        if (alone.vuln === undefined) throw new Error('no vuln row in the job summary')
        stage.push(alone.vuln)
        stageWall.push(alone.wall)
        without.push((await pipeline(checks, lintCode)).wall)
        const all = await pipeline(withVuln, lintCode)
        withIt.push(all.wall)
        stageInSet.push(all.vuln ?? NaN)
      }
      const [h, s, sw, a, b, v] = [median(byHand), median(stage), median(stageWall), median(without), median(withIt), median(stageInSet)]
      console.log(`vuln on ${name}, warm build cache, govulncheck v1.8.0, ${ROUNDS} interleaved round(s), medians (node ${node})`)
      console.log(`  govulncheck -db <stand-in> -format json ./... by hand                  ${h.toFixed(2)} s`)
      console.log(`  go-pipeline vuln stage (its summary row; tool cache, every module)     ${s.toFixed(2)} s`)
      console.log(`  go-pipeline main, stages setup, vuln (whole process)                   ${sw.toFixed(2)} s`)
      console.log(`  ratio vuln stage / by hand = ${(s / h).toFixed(2)}   goal ≤ 1.1: ${s / h <= 1.1 ? 'met' : 'NOT met'}`)
      console.log(`  go-pipeline main, ${checks}                             ${a.toFixed(2)} s`)
      console.log(`  go-pipeline main, ${withVuln} (vuln stage ${v.toFixed(2)} s)  ${b.toFixed(2)} s`)
      console.log(`  with vuln − without = ${(b - a).toFixed(2)} s, vuln's own time ${v.toFixed(2)} s   goal: not more: ${b - a <= v ? 'met' : 'NOT met'}`)
    }
  } finally {
    await mirror.close()
    await releases.close()
    await db.close()
    rmSync(db.dir, { recursive: true, force: true })
    rmSync(toolCache, { recursive: true, force: true })
  }
}

await run()
