/**
 * Reruns of failed tests (test-reruns): which failures may be rerun, the `go test -run` pattern that
 * runs those tests and no other, and the merge of a rerun's events into the report. Pure.
 *
 * `go test -run` splits its pattern at unbracketed `/` into one regexp per level of the test's name
 * (TestTable/case_1 → TestTable, case_1), each matched unanchored; since Go 1.18 a top-level `|`
 * separates whole alternatives (golang/go#39904). So a test is selected exactly by `^TestTable$/^case_1$`
 * (every level anchored and quoted: TestA must not run TestAB), and several by joining those with `|`.
 */
import { failedLeaves, type TestCase, type TestReport } from './testevents.js'

/** Go's regexp.QuoteMeta: the characters RE2 gives a meaning, escaped. */
export function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')
}

/** The -run pattern of one test, every level anchored: `^TestTable$/^a\+b_\(x\)$`. */
export function runPatternOf(name: string): string {
  return name
    .split('/')
    .map(level => `^${quoteMeta(level)}$`)
    .join('/')
}

/**
 * The -run patterns that run exactly `names` (full test names as test2json reports them): one pattern
 * joined with `|` when Go has top-level alternation (1.18+), else one pattern per test.
 */
export function rerunPatterns(names: readonly string[], alternation: boolean): string[] {
  const unique = [...new Set(names)].sort()
  if (unique.length === 0) return []
  return alternation ? [unique.map(runPatternOf).join('|')] : unique.map(runPatternOf)
}

/** Why a failed package's tests are not rerun, or undefined when they may be. */
export function notRerunnable(report: TestReport, pkg: string): string | undefined {
  const p = report.packages.find(x => x.pkg === pkg)
  if (p?.status !== 'fail') return 'it did not fail'
  if (p.buildFailed) return 'its tests did not build'
  if (report.tests.some(t => t.pkg === pkg && t.status === 'running')) return 'its test binary exited or timed out mid-test, so later tests never ran'
  const leaves = failedLeaves(report).filter(t => t.pkg === pkg)
  if (leaves.length === 0) return 'it failed outside its tests (TestMain, init, a race between tests)'
  for (const t of leaves) {
    const text = t.output.join('')
    if (text.includes('WARNING: DATA RACE') || text.includes('race detected during execution of test')) {
      return `${t.name} found a data race: a race is a bug to fix, not a flaky test`
    }
    if (/^panic: /m.test(text)) return `${t.name} panicked, so the tests after it never ran`
  }
  return undefined
}

/**
 * Folds a rerun of `pkg`'s failed tests into the report: a test that failed before and ran again keeps
 * its earlier failure as an attempt and takes the rerun's result (pass: flaky; fail: failed again); a
 * test the rerun ran that the report lacks (a subtest that first ran this time) is added. The package
 * passes when the rerun passed and none of its tests is still failing.
 */
export function mergeRerun(report: TestReport, rerun: TestReport, pkg: string): void {
  for (const r of rerun.tests) {
    if (r.pkg !== pkg || r.status === 'running') continue
    const t = report.tests.find(x => x.pkg === pkg && x.name === r.name)
    if (t === undefined) {
      report.tests.push({ ...r, output: [...r.output] })
      continue
    }
    if (t.status !== 'fail') continue
    t.attempts = [...(t.attempts ?? []), { elapsed: t.elapsed, output: [...t.output] }]
    t.status = r.status
    t.elapsed = r.elapsed
    t.output.splice(0, t.output.length, ...r.output)
  }
  const p = report.packages.find(x => x.pkg === pkg)
  const again = rerun.packages.find(x => x.pkg === pkg)
  if (p === undefined || again === undefined) return
  p.elapsed += again.elapsed
  if (again.status === 'pass' && !report.tests.some(t => t.pkg === pkg && t.status === 'fail')) p.status = 'pass'
}

/** Tests that failed and then passed on a rerun, the innermost ones (a parent passes with its subtest). */
export function flakyLeaves(report: TestReport): TestCase[] {
  const flaky = report.tests.filter(t => t.status === 'pass' && (t.attempts?.length ?? 0) > 0)
  return flaky.filter(t => !flaky.some(o => o.pkg === t.pkg && o.name.startsWith(`${t.name}/`)))
}
