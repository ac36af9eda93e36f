/**
 * The coverage gates, for a whole suite's merged profile: the unsharded test stage's, or the merge
 * stage's over every shard. On pull requests the coverage of the changed lines (a notice on each range
 * no test ran) and the comparison with the base branch's baseline; on pushes to the default branch the
 * baseline saved. coverage-threshold, coverage-changed-threshold and coverage-max-drop each add a
 * problem when not met.
 */
import {
  BASELINE_FILE,
  baselineOf,
  baselinePrefix,
  coverageDelta,
  MAX_BASELINE_BYTES,
  parseBaseline,
  type CoverageBaseline,
  type CoverageDelta,
} from '../cache/coverage-baseline.js'
import { changedCoverage, type ChangedCoverage, type CoverageTotals } from '../go/coverage.js'
import type { Context, GoModule, TestSummary } from '../pipeline/context.js'
import { pullRequestChanges, repoPathOfProfileFile, workingDirectoryKey } from './common.js'
import { defaultBranchPush, restoreSmallEntry, saveSmallEntry, type SmallEntry } from './small-entry.js'

export interface GateResult {
  /** What the summary shows: the change's coverage, the delta against the base branch, the baseline saved. */
  readonly facts: Pick<TestSummary, 'changed' | 'delta' | 'baselineSaved'>
  readonly problems: string[]
}

/** `whole` names the suite in the threshold's message (' of the whole suite' for the merge). */
export async function coverageGates(ctx: Context, profile: string, coverage: CoverageTotals, mods: readonly GoModule[], whole: string): Promise<GateResult> {
  const { coverageThreshold, coverageChangedThreshold, coverageMaxDrop } = ctx.config.test
  const changed = await coverageOfChange(ctx, profile, mods)
  const base = await coverageBaseline(ctx, coverage)
  const problems: string[] = []
  if (coverageThreshold > 0 && Number(coverage.percent) < coverageThreshold) {
    const message = `coverage ${coverage.percent}%${whole} is below coverage-threshold ${coverageThreshold}%`
    ctx.host.log.error(message, { title: 'coverage' })
    problems.push(message)
  }
  if (changed !== undefined && coverageChangedThreshold > 0 && changed.statements > 0 && Number(changed.percent) < coverageChangedThreshold) {
    const message = `coverage of the changed statements ${changed.percent}% (${changed.covered} of ${changed.statements}) is below coverage-changed-threshold ${coverageChangedThreshold}%`
    ctx.host.log.error(message, { title: 'coverage of the change' })
    problems.push(message)
  }
  const delta = base.delta
  if (delta !== undefined && coverageMaxDrop !== undefined && -delta.points > coverageMaxDrop) {
    const message =
      `coverage dropped ${(-delta.points).toFixed(1)} points (${delta.before}% → ${delta.after}%) against ${delta.sha.slice(0, 12)} ` +
      `on the base branch, more than coverage-max-drop ${coverageMaxDrop}`
    ctx.host.log.error(message, { title: 'coverage drop' })
    problems.push(message)
  }
  return {
    facts: {
      ...(changed ? { changed: { ...changed, threshold: coverageChangedThreshold } } : {}),
      ...(delta ? { delta: { ...delta, ...(coverageMaxDrop !== undefined ? { maxDrop: coverageMaxDrop } : {}) } } : {}),
      ...(base.saved ? { baselineSaved: base.saved } : {}),
    },
    problems,
  }
}

/**
 * On pull requests: the coverage of the statements on the lines the pull request changed, with a notice
 * on each range of changed lines no test ran. A warning and nothing else when the changed lines are unknown.
 */
async function coverageOfChange(ctx: Context, profile: string, mods: readonly GoModule[]): Promise<ChangedCoverage | undefined> {
  const changes = await pullRequestChanges(ctx)
  if (changes === undefined) return undefined
  if ('why' in changes) {
    ctx.host.log.warning(`Coverage of the change: not measured and not compared with the base branch, ${changes.why}.`, { title: 'coverage of the change' })
    return undefined
  }
  const changed = changedCoverage(profile, changes.changed, file => repoPathOfProfileFile(file, mods))
  for (const u of changed.uncovered) {
    const lines = u.to > u.from ? `Lines ${u.from}–${u.to} were` : `Line ${u.from} was`
    ctx.host.log.notice(`${lines} changed in this pull request and no test runs ${u.to > u.from ? 'them' : 'it'}.`, {
      title: 'not covered',
      file: u.file,
      line: u.from,
      ...(u.to > u.from ? { endLine: u.to } : {}),
    })
  }
  return changed
}

/**
 * The coverage baseline (a cache entry of its own): a push to the default branch saves this run's totals;
 * a pull request restores the newest its base branch saved and compares. Without the cache service
 * (the CLI, cache: false) there is none; a missing or refused baseline means no comparison, never a failure.
 */
async function coverageBaseline(ctx: Context, totals: CoverageTotals): Promise<{ delta?: CoverageDelta; saved?: string }> {
  if (ctx.host.cache === undefined || !ctx.config.cache.enabled) return {}
  const { defaultBranch, sha, baseSha } = ctx.run
  const entry: SmallEntry<CoverageBaseline> = {
    folder: 'go-pipeline-coverage-baseline',
    file: BASELINE_FILE,
    prefix: baselinePrefix(workingDirectoryKey(ctx)),
    maxBytes: MAX_BASELINE_BYTES,
    parse: parseBaseline,
  }
  if (defaultBranchPush(ctx)) {
    if (ctx.config.cache.save === 'never') return { saved: 'not saved: cache-save is never' }
    const { key, saved } = await saveSmallEntry(ctx, entry, sha, JSON.stringify(baselineOf(sha, totals)))
    const said = saved ? `saved as ${key}` : `not saved (the key ${key} is taken, or the service failed)`
    ctx.host.log.info(`Coverage baseline for pull requests: ${totals.percent}% at ${sha.slice(0, 12)}, ${said}`)
    return { saved: said }
  }
  if (baseSha === undefined) return {}
  // Without the base commit in the checkout the change is unknown: no comparison either (the warning says why).
  const changes = await pullRequestChanges(ctx)
  if (changes === undefined || 'why' in changes) return {}
  const restored = await restoreSmallEntry(ctx, entry, `${entry.prefix}pull-request`)
  if (restored === undefined) {
    ctx.host.log.info(`No coverage baseline from the base branch yet (a push to ${defaultBranch ?? 'the default branch'} saves one): no comparison.`)
    return {}
  }
  if ('refused' in restored) {
    ctx.host.log.warning(`The coverage baseline ${restored.key} was refused (${restored.refused}): no comparison.`, { title: 'coverage baseline' })
    return {}
  }
  return { delta: coverageDelta(restored.value, totals) }
}
