/**
 * test: `go test -race -covermode=atomic -coverprofile -json ./...` in every module. test2json events
 * become a report (packages, pass/fail/skip, slowest tests) and an annotation per failing test at the
 * failure's file and line; coverage is merged across modules, totalled as `go tool cover -func` does,
 * and gated by coverage-threshold.
 */
import * as path from 'node:path'
import * as semver from 'semver'
import { UserError } from '../errors.js'
import { coverageTotals, mergeProfiles } from '../go/coverage.js'
import { parsePositionLines, type Finding } from '../go/diagnostics.js'
import { excludeHint } from '../go/modules.js'
import { buildGcflags } from '../go/targets.js'
import { junitXml, type FailureInfo } from '../go/junit.js'
import { flakyLeaves, mergeRerun, notRerunnable, rerunPatterns } from '../go/rerun.js'
import { emptyTestReport, failedLeaves, failureLocation, parseTestEvents, testFunctionLine, type TestCase, type TestReport } from '../go/testevents.js'
import { assignShards, shardPackages, timingRecord, type Shard } from '../go/shards.js'
import { isWithin } from '../paths.js'
import { requireGo, type Context, type GoModule, type Located, type ShardFacts, type TestSummary } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { lastLines, plural } from '../text.js'
import { annotate, goTool, modules, relative } from './common.js'
import { coverageGates } from './coverage-gates.js'
import { provideCovdata } from './covdata.js'
import { RESULT_FILES, shardReport } from './shard-results.js'
import { restoreTimings, saveTimings } from './timings.js'

export const test: Stage = {
  id: 'test',
  kind: 'check',
  parallel: true,
  title: ctx => `go test${ctx.config.test.race ? ' -race' : ''} with coverage`,
  async run(ctx) {
    const { race, reruns, flakyTests, shard } = ctx.config.test
    const go = goTool(ctx, requireGo(ctx).goroot, 'go')
    if (race) await requireCgo(ctx)
    const covdata = await provideCovdata(ctx)
    if (covdata !== undefined) ctx.host.log.info(covdata)
    const mods = await modules(ctx)
    const report: TestReport = emptyTestReport()
    const profiles: string[] = []
    const buildErrors: Finding[] = []
    const broken: string[] = []
    /** The module each package was tested in (its reruns run there). */
    const moduleOf = new Map<string, GoModule>()
    // A folder of this run's own: two runs at once (the CLI) never overwrite each other's profiles.
    const dir = await ctx.host.files.makeTempDir(ctx.host.tempDir, 'go-pipeline-test-')
    if (ctx.host.kind === 'local') ctx.host.cleanups.register({ kind: 'remove', path: dir })
    const selection = shard === undefined ? undefined : await selectShard(ctx, go, mods, shard)
    for (const [i, mod] of mods.entries()) {
      const only = selection?.byModule.get(mod.dir)
      if (only?.length === 0) continue
      const profile = path.join(dir, `coverage-${i}.out`)
      await ctx.host.files.writeText(profile, '') // creates the folder; go test overwrites it
      const argv = testArgv(ctx, profile, only ?? ['./...'])
      ctx.host.log.info(`${mod.rel}: go ${argv.join(' ')}`)
      const before = report.packages.length + report.buildOutput.length
      const buildLines = report.buildOutput.length
      const r = await ctx.host.exec.run(go, argv, { cwd: mod.dir, env: race ? { CGO_ENABLED: '1' } : {}, silent: true })
      parseTestEvents(r.stdout, report)
      for (const p of report.packages) if (!moduleOf.has(p.pkg)) moduleOf.set(p.pkg, mod)
      // Compiler messages are relative to the folder go test ran in.
      buildErrors.push(...report.buildOutput.slice(buildLines).flatMap(l => parsePositionLines(l, mod.dir)))
      if (r.code !== 0 && report.packages.length + report.buildOutput.length === before) {
        // The module did not load at all (go.mod broken, untidy): say which, and go on with the others.
        const why = lastLines(r.stderr, 8, '\n')
        broken.push(`go test failed in ${mod.repoRel} (exit ${r.code}): ${why}; ${excludeHint(mod.rel)}`)
        ctx.host.log.error(`go test failed in module ${mod.repoRel} (exit ${r.code}): ${why}`, {
          title: 'go test',
          file: relative(ctx, `${mod.dir}/go.mod`),
          line: 1,
        })
        continue
      }
      profiles.push((await ctx.host.files.readText(profile)) ?? '')
    }

    if (reruns > 0) profiles.push(...(await rerunFailed(ctx, go, report, moduleOf, dir)))

    // What a later job (upload-artifact, the merge stage) takes: one folder (test-results).
    const results = path.join(dir, 'results')
    const coverageFile = path.join(results, RESULT_FILES.coverage)
    const merged = mergeProfiles(profiles)
    await ctx.host.files.writeText(coverageFile, merged)
    const coverage = { ...coverageTotals(merged), file: coverageFile }
    // A shard's coverage is part of the whole: the change, the baseline and the gates are the merge's.
    const gates = shard === undefined ? await coverageGates(ctx, merged, coverage, mods, '') : undefined
    const describe = failureDescriber(ctx, mods)
    const failures = await locateFailures(ctx, report, mods, buildErrors)
    const flaky = flakyFindings(ctx, report, mods)
    const junitFile = path.join(results, RESULT_FILES.junit)
    await ctx.host.files.writeText(junitFile, junitXml(report, describe))
    const cached = new Set(report.packages.filter(isCached).map(p => p.pkg))
    const timings = new Map(report.packages.filter(p => p.status !== 'running' && !cached.has(p.pkg)).map(p => [p.pkg, p.elapsed]))
    const timingsFile = path.join(results, RESULT_FILES.timings)
    await ctx.host.files.writeText(timingsFile, JSON.stringify(timingRecord(ctx.run.sha || '0'.repeat(40), timings)))
    const tested = summarize(report, failures, coverage, race, flaky, reruns)
    const shardFacts: ShardFacts = {
      index: shard?.index ?? 1,
      count: shard?.count ?? 1,
      by: selection?.by ?? 'all',
      packages: selection?.all ?? report.packages.map(p => p.pkg).sort(),
      tested: selection?.mine ?? report.packages.map(p => p.pkg).sort(),
      ...(selection?.expected !== undefined ? { expected: selection.expected } : {}),
      ...(selection?.record !== undefined ? { record: selection.record } : {}),
    }
    await ctx.host.files.writeText(path.join(results, RESULT_FILES.shard), JSON.stringify(shardReport(shardFacts, tested, broken, cached)))
    if (shard === undefined) await saveTimings(ctx, timings, cached)
    const summary = {
      ...tested,
      shard: shardFacts,
      resultsDir: results,
      timingsFile,
      ...gates?.facts,
      junitFile,
    }
    ctx.facts.test = summary
    logReport(ctx, report)
    annotate(ctx, failures, 'test', f => f.source ?? 'go test')
    for (const f of flaky) {
      ctx.host.log.warning(f.message, { title: `flaky: ${f.source ?? ''}`, kind: 'test', file: f.file, line: f.line })
    }

    const problems: string[] = [...broken]
    const failedPkgs = report.packages.filter(p => p.status === 'fail').length
    if (failedPkgs > 0 || summary.fail > 0) problems.push(`${plural(summary.fail, 'test')} failed in ${plural(failedPkgs, 'package')}`)
    if (flaky.length > 0 && flakyTests === 'fail') {
      problems.push(`${plural(flaky.length, 'flaky test')} (failed, then passed on a rerun), and flaky-tests is fail`)
    }
    problems.push(...(gates?.problems ?? []))
    if (problems.length > 0) throw new UserError(problems.join('; '))
    const flakyNote = flaky.length > 0 ? ` (${flaky.length} flaky)` : ''
    const of =
      shard === undefined
        ? ''
        : `shard ${shard.index}/${shard.count} (${shardFacts.tested.length} of ${shardFacts.packages.length} packages, by ${shardFacts.by}): `
    return `${of}${summary.pass} passed${flakyNote}, ${summary.skip} skipped in ${plural(report.packages.length, 'package')}; coverage ${coverage.percent}%`
  },
}

/**
 * go test's arguments: the race detector, coverage into `profile`, test2json events, then the user's
 * test-args. With -race, no DWARF either, as the build (unless GOFLAGS sets -gcflags; a -gcflags in
 * test-args wins, being later): nothing here reads a test binary's debug information (stack traces
 * and race reports come from its symbol table), and a race build compiles its own copy of every
 * package, shared with no other stage. Measured on the heavy fixture, empty cache: `go test -race
 * -coverprofile ./...` 18.9 s and 98 MB of build cache; with -dwarf=false 16.9 s and 77 MB. Without
 * -race go test keeps Go's defaults: it shares what vet and golangci-lint compiled (src/stages/compile.ts).
 */
function testArgv(ctx: Context, profile: string, tail: readonly string[]): string[] {
  const { race, args } = ctx.config.test
  const gcflags = race ? buildGcflags(ctx.host.env.get('GOFLAGS')) : []
  return ['test', ...(race ? ['-race'] : []), ...gcflags, '-covermode=atomic', `-coverprofile=${profile}`, '-json', ...args, ...tail]
}

/** A package whose result go test took from its cache (`ok … (cached)`): its time says nothing of its tests. */
function isCached(p: TestReport['packages'][number]): boolean {
  return p.output.some(l => /^ok\s+\S+\s+\(cached\)/.test(l))
}

interface Selection {
  /** Module folder → the import paths its go test runs (empty: none of this shard's). */
  readonly byModule: ReadonlyMap<string, readonly string[]>
  readonly all: readonly string[]
  readonly mine: readonly string[]
  readonly by: 'timings' | 'name'
  readonly expected?: readonly number[]
  readonly record?: string
}

/**
 * This shard's packages: every module's (`go list ./...`) assigned by the timing record when there is
 * one, else by name. A module whose packages cannot be listed is tested whole by shard 1, so its
 * failure is reported once.
 */
async function selectShard(ctx: Context, go: string, mods: readonly GoModule[], shard: Shard): Promise<Selection> {
  const listed = new Map<string, string[] | undefined>()
  for (const mod of mods) {
    const r = await ctx.host.exec.run(go, ['list', '-e', '-f', '{{.ImportPath}}', './...'], { cwd: mod.dir, silent: true })
    const pkgs = r.stdout
      .split('\n')
      .map(l => l.trim())
      .filter(l => l !== '')
    if (r.code !== 0 || pkgs.length === 0) ctx.host.log.info(`${mod.rel}: go list failed (exit ${r.code}); shard 1 tests the whole module`)
    listed.set(mod.dir, r.code === 0 && pkgs.length > 0 ? pkgs : undefined)
  }
  const all = [...listed.values()].flatMap(p => p ?? []).sort()
  const record = await restoreTimings(ctx)
  const assignment = assignShards(all, shard.count, record?.timings)
  const mine = shardPackages(assignment, shard.index)
  const byModule = new Map<string, readonly string[]>()
  for (const [dir, pkgs] of listed) {
    if (pkgs === undefined) byModule.set(dir, shard.index === 1 ? ['./...'] : [])
    else
      byModule.set(
        dir,
        pkgs.filter(p => assignment.shardOf.get(p) === shard.index),
      )
  }
  const expected = assignment.by === 'timings' ? assignment.expected : undefined
  ctx.host.log.info(
    `Shard ${shard.index}/${shard.count}: ${mine.length} of ${all.length} packages, by ${assignment.by === 'timings' ? `the timing record ${record?.key ?? ''}` : 'name (no timing record)'}` +
      (expected ? `; expected seconds per shard: ${expected.map(s => s.toFixed(1)).join(', ')}` : ''),
  )
  return { byModule, all, mine, by: assignment.by, ...(expected ? { expected } : {}), ...(record ? { record: record.key } : {}) }
}

async function requireCgo(ctx: Context): Promise<void> {
  if (ctx.host.env.get('CGO_ENABLED') === '0') {
    throw new UserError('race: go test -race needs cgo, and CGO_ENABLED=0 is set in the environment. Unset it, or set race: false.')
  }
  const cc = (requireGo(ctx).env.CC || 'gcc').split(/\s+/)[0] ?? 'gcc'
  const found = path.isAbsolute(cc) ? ((await ctx.host.files.readText(cc)) !== undefined ? cc : undefined) : await ctx.host.files.which(cc)
  if (found === undefined) {
    throw new UserError(
      `race: go test -race needs cgo and a C compiler, and ${cc} (go env CC) is not on PATH. ` +
        'Install one (on Ubuntu: apt-get install gcc), or set race: false.',
    )
  }
}

function packageDir(pkg: string, mods: readonly GoModule[]): string | undefined {
  const mod = [...mods].sort((a, b) => b.path.length - a.path.length).find(m => pkg === m.path || pkg.startsWith(`${m.path}/`))
  return mod === undefined ? undefined : path.join(mod.dir, pkg.slice(mod.path.length))
}

/** Where a test that printed no position is declared: `func TestX(` in the package's test files. */
async function declaration(ctx: Context, dir: string, name: string): Promise<{ file: string; line: number } | undefined> {
  const files = (await ctx.host.files.walk(dir, n => n.endsWith('_test.go'))).filter(f => path.dirname(f) === dir)
  for (const file of files) {
    const line = testFunctionLine((await ctx.host.files.readText(file)) ?? '', name)
    if (line !== undefined) return { file, line }
  }
  return undefined
}

/**
 * Reruns each failed package's failed tests (only them: `-run` with every level of their names
 * anchored) up to test-reruns times, in the module they were tested in, folding each run into the
 * report. Packages whose failure a rerun cannot settle (a race, a panic, a build failure) are not rerun.
 * Returns the reruns' coverage profiles: what a flaky test covers when it passes counts too.
 */
async function rerunFailed(ctx: Context, go: string, report: TestReport, moduleOf: ReadonlyMap<string, GoModule>, dir: string): Promise<string[]> {
  const profiles: string[] = []
  const { race, reruns } = ctx.config.test
  // Go 1.18 made a top-level | in -run separate whole test paths (golang/go#39904): one run per package.
  const version = semver.coerce(requireGo(ctx).version)
  const alternation = version !== null && semver.gte(version, '1.18.0')
  for (const p of report.packages.filter(x => x.status === 'fail')) {
    const mod = moduleOf.get(p.pkg)
    if (mod === undefined) continue
    const why = notRerunnable(report, p.pkg)
    if (why !== undefined) {
      ctx.host.log.info(`${p.pkg}: not rerun: ${why}`)
      continue
    }
    for (let attempt = 1; attempt <= reruns; attempt++) {
      const names = failedLeaves(report)
        .filter(t => t.pkg === p.pkg)
        .map(t => t.name)
      if (names.length === 0) break
      for (const pattern of rerunPatterns(names, alternation)) {
        const profile = path.join(dir, `rerun-${profiles.length}.out`)
        const argv = testArgv(ctx, profile, ['-run', pattern, p.pkg])
        ctx.host.log.info(`${mod.rel}: rerun ${attempt} of ${reruns}: go ${argv.join(' ')}`)
        const r = await ctx.host.exec.run(go, argv, { cwd: mod.dir, env: race ? { CGO_ENABLED: '1' } : {}, silent: true })
        mergeRerun(report, parseTestEvents(r.stdout), p.pkg)
        profiles.push((await ctx.host.files.readText(profile)) ?? '')
      }
    }
  }
  return profiles
}

/** A failed run's one-line message with its file and line, and its kind, for the JUnit file. */
function failureDescriber(ctx: Context, mods: readonly GoModule[]): (t: TestCase) => FailureInfo | undefined {
  const roots = mods.map(m => m.dir)
  return t => {
    if (t.status === 'running') return undefined
    const loc = failureLocation(t, packageDir(t.pkg, mods) ?? ctx.config.workingDirectory, roots, ctx.host.platform)
    return loc
      ? { message: `${loc.message.split('\n')[0] ?? ''}${loc.file ? ` (${relative(ctx, loc.file)}:${loc.line})` : ''}`, type: loc.kind }
      : { message: 'Failed', type: 'unknown' }
  }
}

/** Each flaky test, where its first failed run failed (else its package folder). */
function flakyFindings(ctx: Context, report: TestReport, mods: readonly GoModule[]): Located[] {
  const roots = mods.map(m => m.dir)
  return flakyLeaves(report).map(t => {
    const failed = t.attempts?.length ?? 0
    const dir = packageDir(t.pkg, mods) ?? ctx.config.workingDirectory
    const loc = failureLocation({ ...t, status: 'fail', output: [...(t.attempts?.[0]?.output ?? [])] }, dir, roots, ctx.host.platform)
    const why = loc ? `: ${loc.message.split('\n')[0] ?? ''}` : ''
    const inside = loc !== undefined && roots.some(r => isWithin(r, loc.file, ctx.host.platform))
    return {
      file: relative(ctx, inside ? loc.file : dir),
      line: inside ? loc.line : 1,
      message: `${t.name} is flaky: failed ${failed === 1 ? 'once' : `${failed} times`}, then passed on rerun ${failed}${why}`,
      source: `${t.name} (${t.pkg})`,
    }
  })
}

/** Each failure's annotation: at the failing line, else the test's declaration, else its package. */
async function locateFailures(ctx: Context, report: TestReport, mods: readonly GoModule[], buildErrors: readonly Finding[]): Promise<Located[]> {
  const roots = mods.map(m => m.dir)
  const out: Located[] = []
  for (const t of failedLeaves(report)) {
    const dir = packageDir(t.pkg, mods) ?? ctx.config.workingDirectory
    const loc = failureLocation(t, dir, roots, ctx.host.platform)
    const source = `${t.name} (${t.pkg})`
    const output = t.output.join('').trim().slice(-1000)
    if (loc && roots.some(r => isWithin(r, loc.file, ctx.host.platform))) {
      out.push({ file: relative(ctx, loc.file), line: loc.line, message: `${t.name}: ${loc.message}`, source })
      continue
    }
    const decl = await declaration(ctx, dir, t.name)
    if (decl) out.push({ file: relative(ctx, decl.file), line: decl.line, message: `${t.name} failed:\n${output}`, source })
    else out.push({ file: relative(ctx, dir), line: 1, message: `${t.name} failed:\n${output}`, source })
  }
  // Test binaries that did not build: the compiler's file:line messages, once each.
  const seen = new Set<string>()
  for (const f of buildErrors) {
    const file = relative(ctx, f.file)
    const key = `${file}:${f.line}:${f.message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ file, line: f.line, ...(f.col !== undefined ? { col: f.col } : {}), message: f.message, source: 'go test (build failed)' })
  }
  // Packages that failed with no failing test and no build output (TestMain, init, a race outside tests).
  for (const p of report.packages) {
    if (p.status !== 'fail' || p.buildFailed || report.tests.some(t => t.pkg === p.pkg && t.status === 'fail')) continue
    const dir = packageDir(p.pkg, mods) ?? ctx.config.workingDirectory
    out.push({ file: relative(ctx, dir), line: 1, message: `${p.pkg} failed:\n${p.output.join('').trim().slice(-1000)}`, source: `go test (${p.pkg})` })
  }
  return out
}

function summarize(
  report: TestReport,
  failures: readonly Located[],
  coverage: TestSummary['coverage'],
  race: boolean,
  flaky: readonly Located[],
  reruns: number,
): TestSummary {
  const count = (status: string): number => report.tests.filter(t => t.status === status).length
  return {
    packages: report.packages.map(p => {
      const tests = report.tests.filter(t => t.pkg === p.pkg)
      return {
        pkg: p.pkg,
        status: p.status,
        elapsed: p.elapsed,
        pass: tests.filter(t => t.status === 'pass').length,
        fail: tests.filter(t => t.status === 'fail').length,
        skip: tests.filter(t => t.status === 'skip').length,
      }
    }),
    pass: count('pass'),
    fail: count('fail'),
    skip: count('skip'),
    slowest: [...report.tests]
      .filter(t => !t.name.includes('/'))
      .sort((a, b) => b.elapsed - a.elapsed)
      .slice(0, 5)
      .map(t => ({ pkg: t.pkg, name: t.name, elapsed: t.elapsed })),
    failures,
    ...(coverage ? { coverage } : {}),
    race,
    reruns,
    flaky,
  }
}

function logReport(ctx: Context, report: TestReport): void {
  for (const t of failedLeaves(report)) ctx.host.log.info(`--- FAIL: ${t.name} (${t.pkg})\n${t.output.join('').trimEnd()}`)
  if (report.buildOutput.length > 0) ctx.host.log.info(report.buildOutput.join('').trimEnd())
  for (const p of report.packages) {
    const word = p.status === 'pass' ? 'ok  ' : p.status === 'fail' ? 'FAIL' : p.status === 'skip' ? '?   ' : '... '
    ctx.host.log.info(`${word} ${p.pkg} ${p.elapsed.toFixed(3)}s`)
  }
}
