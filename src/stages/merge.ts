/**
 * merge: the verdict of a sharded test suite, in one job after the shards (shard-results-dir: their
 * test-results folders, e.g. downloaded artifacts, one subfolder each). It reads every shard.json
 * strictly, merges the coverage profiles (counts added, `set` OR-ed) and the JUnit files, applies
 * the coverage gates to the total (threshold; on pull requests the changed lines' and the drop against
 * the base branch's baseline, which pushes to the default branch save), writes the whole suite's
 * summary, saves the timing record on pushes to the default branch, and fails when a shard's tests
 * failed, a shard did not report, or a package of the suite has no result in any shard. Runs no go
 * command and no repository code.
 */
import * as path from 'node:path'
import { UserError } from '../errors.js'
import { coverageTotals, mergeProfiles } from '../go/coverage.js'
import { mergeJunit } from '../go/junit.js'
import { timingRecord } from '../go/shards.js'
import type { Context, GoModule, Located, MergeFacts, TestSummary } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { plural } from '../text.js'
import { modules, relative } from './common.js'
import { coverageGates } from './coverage-gates.js'
import { MAX_SHARD_REPORT_BYTES, parseShardReport, RESULT_FILES, type ShardReport } from './shard-results.js'
import { saveTimings } from './timings.js'

interface Found {
  readonly dir: string
  readonly report: ShardReport
}

export const merge: Stage = {
  id: 'merge',
  kind: 'check',
  title: () => 'merge the test shards',
  async run(ctx) {
    const { shardResultsDir: root } = ctx.config.test
    if (root === undefined) throw new Error('the merge stage ran without shard-results-dir')
    const { files, log } = ctx.host
    const problems: string[] = []
    const found: Found[] = []
    // The folder itself, or one subfolder per shard (download-artifact puts each artifact in its own).
    const reports = (await files.walk(root, n => n === RESULT_FILES.shard)).filter(
      f => path.dirname(f) === root || path.dirname(path.dirname(f)) === root || path.dirname(path.dirname(path.dirname(f))) === root,
    )
    for (const file of reports.sort()) {
      const size = await files.size(file)
      const parsed = size > MAX_SHARD_REPORT_BYTES ? { refused: 'too large' } : parseShardReport((await files.readText(file)) ?? '')
      if ('refused' in parsed) problems.push(`${relative(ctx, file)} was refused (${parsed.refused})`)
      else found.push({ dir: path.dirname(file), report: parsed })
    }
    if (found.length === 0) {
      throw new UserError(
        `shard-results-dir ${relative(ctx, root)} holds no ${RESULT_FILES.shard} (each test shard writes one in its test-results folder)${problems.length > 0 ? `: ${problems.join('; ')}` : ''}`,
      )
    }
    const counts = [...new Set(found.map(f => f.report.count))]
    if (counts.length > 1) problems.push(`the shards disagree on how many there are (${counts.join(', ')}): they came from different runs`)
    const count = Math.max(...counts)
    const byIndex = new Map<number, Found>()
    for (const f of found) {
      if (byIndex.has(f.report.index))
        problems.push(`shard ${f.report.index}/${count} reported twice (${relative(ctx, byIndex.get(f.report.index)?.dir ?? '')}, ${relative(ctx, f.dir)})`)
      else byIndex.set(f.report.index, f)
    }
    const missingShards = Array.from({ length: count }, (_, i) => i + 1).filter(i => !byIndex.has(i))
    if (missingShards.length > 0) {
      problems.push(
        `${missingShards.map(i => `shard ${i}/${count}`).join(', ')} did not report (no ${RESULT_FILES.shard}: the job failed before its tests ended, or its artifact is missing)`,
      )
    }
    const shards = [...byIndex.values()].sort((a, b) => a.report.index - b.report.index)

    // Every package of the suite must have a result in exactly one shard.
    const suite = new Set(shards.flatMap(s => s.report.packages))
    const resultOf = new Map<string, { shard: number; outcome: ShardReport['results'][number] }>()
    const twice: string[] = []
    for (const s of shards) {
      for (const r of s.report.results) {
        if (resultOf.has(r.pkg)) twice.push(r.pkg)
        else resultOf.set(r.pkg, { shard: s.report.index, outcome: r })
      }
    }
    if (twice.length > 0) {
      log.warning(
        `${plural(twice.length, 'package')} ran in more than one shard (the shards restored different timing records): ${twice.slice(0, 10).join(', ')}`,
        {
          title: 'test shards',
        },
      )
    }
    const missingPackages = [...suite].filter(p => !resultOf.has(p)).sort()
    if (missingPackages.length > 0 && missingShards.length === 0) {
      problems.push(`${plural(missingPackages.length, 'package')} of the suite ran in no shard: ${missingPackages.slice(0, 20).join(', ')}`)
    }

    // Coverage and JUnit of the whole suite.
    const dir = await files.makeTempDir(ctx.host.tempDir, 'go-pipeline-merge-')
    if (ctx.host.kind === 'local') ctx.host.cleanups.register({ kind: 'remove', path: dir })
    const results = path.join(dir, 'results')
    const profiles: string[] = []
    const junitParts: { name: string; xml: string }[] = []
    for (const s of shards) {
      const profile = await files.readText(path.join(s.dir, RESULT_FILES.coverage))
      if (profile === undefined) problems.push(`shard ${s.report.index}/${count} has no ${RESULT_FILES.coverage}`)
      else profiles.push(profile)
      const xml = await files.readText(path.join(s.dir, RESULT_FILES.junit))
      if (xml !== undefined) junitParts.push({ name: relative(ctx, path.join(s.dir, RESULT_FILES.junit)), xml })
    }
    const modes = new Set(profiles.map(p => /^mode: (\w+)/.exec(p)?.[1]).filter(m => m !== undefined))
    if (modes.size > 1) problems.push(`the shards' coverage profiles have different modes (${[...modes].join(', ')}) and cannot be added`)
    const coverageFile = path.join(results, RESULT_FILES.coverage)
    const merged = mergeProfiles(profiles)
    await files.writeText(coverageFile, merged)
    const coverage = { ...coverageTotals(merged), file: coverageFile }
    const junitFile = path.join(results, RESULT_FILES.junit)
    try {
      await files.writeText(junitFile, mergeJunit(junitParts))
    } catch (error) {
      problems.push(`the JUnit files could not be merged: ${error instanceof Error ? error.message : String(error)}`)
    }
    const cached = new Set([...resultOf].filter(([, r]) => r.outcome.cached === true).map(([p]) => p))
    const timings = new Map([...resultOf].filter(([p, r]) => r.outcome.status !== 'running' && !cached.has(p)).map(([p, r]) => [p, r.outcome.elapsed]))
    const timingsFile = path.join(results, RESULT_FILES.timings)
    await files.writeText(timingsFile, JSON.stringify(timingRecord(ctx.run.sha || '0'.repeat(40), timings)))
    const timingsSaved = missingShards.length === 0 && missingPackages.length === 0 ? await saveTimings(ctx, timings, cached) : undefined

    const seconds = shards.map(s => s.report.results.reduce((sum, r) => sum + r.elapsed, 0))
    const mean = seconds.reduce((a, b) => a + b, 0) / Math.max(1, seconds.length)
    const balance = mean > 0 && missingShards.length === 0 ? Math.max(...seconds) / mean : undefined
    const facts: MergeFacts = {
      count,
      shards: shards.map((s, i) => ({
        index: s.report.index,
        packages: s.report.results.length,
        pass: s.report.pass,
        fail: s.report.fail,
        seconds: seconds[i] ?? 0,
        by: s.report.by,
      })),
      missingShards,
      missingPackages,
      ...(balance !== undefined ? { balance } : {}),
      ...(timingsSaved !== undefined ? { timingsSaved } : {}),
    }
    log.info(
      `Merged ${plural(shards.length, 'shard')} of ${count}: ` +
        facts.shards.map(s => `${s.index}: ${s.packages} packages, ${s.seconds.toFixed(1)} s (by ${s.by})`).join('; ') +
        (balance !== undefined ? `; longest shard over the mean: ${balance.toFixed(2)}` : '') +
        `; coverage of the whole suite ${coverage.percent}% of ${coverage.statements} statements`,
    )

    // The gates of the whole suite: its coverage, the change's (the checkout's modules map the profile's
    // files to the diff's), the base branch's baseline; a push to the default branch saves the baseline.
    const gates = await coverageGates(ctx, merged, coverage, await modulesIfAny(ctx), ' of the whole suite')
    const outcomes = [...resultOf.values()].map(r => r.outcome).sort((a, b) => (a.pkg < b.pkg ? -1 : a.pkg > b.pkg ? 1 : 0))
    const failures: Located[] = shards.flatMap(s => s.report.failures)
    const summary: TestSummary = {
      packages: outcomes,
      pass: shards.reduce((n, s) => n + s.report.pass, 0),
      fail: shards.reduce((n, s) => n + s.report.fail, 0),
      skip: shards.reduce((n, s) => n + s.report.skip, 0),
      slowest: [],
      failures,
      coverage,
      race: shards.some(s => s.report.race),
      reruns: 0,
      flaky: shards.flatMap(s => s.report.flaky),
      junitFile,
      resultsDir: results,
      timingsFile,
      merged: facts,
      ...gates.facts,
    }
    ctx.facts.test = summary

    for (const s of shards) for (const b of s.report.broken) problems.push(`shard ${s.report.index}/${count}: ${b}`)
    const failedPkgs = outcomes.filter(p => p.status === 'fail')
    if (failedPkgs.length > 0 || summary.fail > 0) {
      const where = [...new Set(failedPkgs.map(p => resultOf.get(p.pkg)?.shard))].sort()
      problems.push(
        `${plural(summary.fail, 'test')} failed in ${plural(failedPkgs.length, 'package')} (shard ${where.join(', ')}): ${failedPkgs
          .slice(0, 10)
          .map(p => p.pkg)
          .join(', ')}`,
      )
    }
    problems.push(...gates.problems)
    if (problems.length > 0) throw new UserError(problems.join('; '))
    return `${shards.length} of ${count} shards: ${summary.pass} passed, ${summary.skip} skipped in ${plural(outcomes.length, 'package')}; coverage ${coverage.percent}%`
  },
}

/** The checkout's modules, for the changed lines' coverage; none (and a notice) when the job has no Go checkout. */
async function modulesIfAny(ctx: Context): Promise<readonly GoModule[]> {
  try {
    return await modules(ctx)
  } catch (error) {
    ctx.host.log.info(`No Go modules in the checkout (${error instanceof Error ? error.message : String(error)}): the changed lines' coverage is not measured.`)
    return []
  }
}
