/**
 * A test report as JUnit XML, the shape test reporters read (gotestsum's, Surefire's): one testsuite per
 * package, a testcase per test and subtest (classname the package, name the test), its time, and for a
 * failure the message and the test's whole output (a race detector's report included: it is in the
 * output of the test that raced); a skipped test carries its skip message. A package that failed with no
 * failing test (a build failure, TestMain, a panic in init) gets gotestsum's `TestMain` testcase with the
 * package's output. A test that was rerun (test-reruns) follows Surefire's convention: passed on a rerun,
 * it is a passed testcase with a `<flakyFailure>` per failed run; failed every time, its `<failure>` is
 * the last run and each earlier run a `<rerunFailure>`. Pure; written with fast-xml-builder, which escapes.
 */
import XMLBuilder from 'fast-xml-builder'
import { XMLParser } from 'fast-xml-parser'
import type { TestAttempt, TestCase, TestReport } from './testevents.js'

/** What a failed test's `<failure>` says: a one-line message and a type (race, panic, assertion…). */
export interface FailureInfo {
  readonly message: string
  readonly type: string
}

/** Output kept per testcase: the end of a longer one (where the failure is). */
const MAX_OUTPUT = 64 * 1024

/** XML 1.0 allows no control characters but tab, newline and carriage return (test output has ANSI escapes). */
function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
}

function tail(lines: readonly string[]): string {
  const text = xmlText(lines.join(''))
  return text.length > MAX_OUTPUT ? `…(${text.length - MAX_OUTPUT} characters cut)\n${text.slice(-MAX_OUTPUT)}` : text
}

const seconds = (s: number): string => s.toFixed(3)

/** The skip message: the first line the test logged (`    x_test.go:12: needs docker`), without the SKIP line. */
function skipMessage(t: TestCase): string {
  const line = t.output.map(l => l.trim()).find(l => l !== '' && !l.startsWith('=== ') && !l.startsWith('--- SKIP'))
  return xmlText(line ?? 'skipped')
}

/** An earlier failed run as Surefire's flakyFailure/rerunFailure: message, type, the run's output. */
function attempt(t: TestCase, a: TestAttempt, failureOf: (t: TestCase) => FailureInfo | undefined): Record<string, unknown> {
  const info = failureOf({ ...t, status: 'fail', elapsed: a.elapsed, output: [...a.output] }) ?? { message: 'Failed', type: '' }
  return { '@_message': xmlText(info.message), '@_type': info.type, 'system-out': tail(a.output) }
}

export function junitXml(report: TestReport, failureOf: (t: TestCase) => FailureInfo | undefined = () => undefined): string {
  let total = { tests: 0, failures: 0, skipped: 0, time: 0 }
  const suites = report.packages.map(p => {
    const tests = report.tests.filter(t => t.pkg === p.pkg)
    const cases: Record<string, unknown>[] = tests.map(t => {
      const base = { '@_classname': t.pkg, '@_name': xmlText(t.name), '@_time': seconds(t.elapsed) }
      const earlier = (t.attempts ?? []).map(a => attempt(t, a, failureOf))
      if (t.status === 'fail' || t.status === 'running') {
        const info = failureOf(t) ?? { message: t.status === 'running' ? 'did not finish (the test binary exited or timed out)' : 'Failed', type: '' }
        const failure = { '@_message': xmlText(info.message), '@_type': info.type, '#text': tail(t.output) }
        return earlier.length > 0 ? { ...base, failure, rerunFailure: earlier } : { ...base, failure }
      }
      if (earlier.length > 0) return { ...base, flakyFailure: earlier }
      if (t.status === 'skip') return { ...base, skipped: { '@_message': skipMessage(t) } }
      return base
    })
    if (p.status === 'fail' && !tests.some(t => t.status === 'fail' || t.status === 'running')) {
      const why = p.buildFailed ? 'the test binary did not build' : 'the package failed outside its tests'
      const output = [...(p.failedBuild !== undefined ? (report.buildLogs.get(p.failedBuild) ?? []) : []), ...p.output]
      cases.push({
        '@_classname': p.pkg,
        '@_name': 'TestMain',
        '@_time': seconds(p.elapsed),
        failure: { '@_message': `${p.pkg}: ${why}`, '@_type': p.buildFailed ? 'build' : 'package', '#text': tail(output) },
      })
    }
    const failures = cases.filter(c => 'failure' in c).length
    const skipped = cases.filter(c => 'skipped' in c).length
    total = { tests: total.tests + cases.length, failures: total.failures + failures, skipped: total.skipped + skipped, time: total.time + p.elapsed }
    return {
      '@_name': p.pkg,
      '@_tests': cases.length,
      '@_failures': failures,
      '@_errors': 0,
      '@_skipped': skipped,
      '@_time': seconds(p.elapsed),
      testcase: cases,
    }
  })
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', format: true, suppressEmptyNode: true })
  const body = builder.build({
    testsuites: {
      '@_tests': total.tests,
      '@_failures': total.failures,
      '@_errors': 0,
      '@_skipped': total.skipped,
      '@_time': seconds(total.time),
      testsuite: suites,
    },
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`
}

/**
 * Several JUnit files (the shards of one suite) as one: every testsuite of each, in the order given,
 * under one testsuites element whose totals are the sums. Read with fast-xml-parser (entities decoded,
 * attributes kept as text, text trimmed at its ends) and written back with the builder (which
 * escapes). A part that is not a testsuites document is refused with the part's name.
 */
export function mergeJunit(parts: readonly { readonly name: string; readonly xml: string }[]): string {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    isArray: tag => ['testsuite', 'testcase', 'flakyFailure', 'rerunFailure'].includes(tag),
  })
  const suites: Record<string, unknown>[] = []
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 }
  for (const part of parts) {
    let doc: Record<string, unknown>
    try {
      doc = parser.parse(part.xml) as Record<string, unknown>
    } catch (error) {
      throw new Error(`${part.name} is not XML: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
    }
    const root = doc.testsuites
    if (root === '') continue // <testsuites/>: no package had tests
    if (typeof root !== 'object' || root === null) throw new Error(`${part.name} has no testsuites element`)
    const r = root as Record<string, unknown>
    for (const s of (r.testsuite as Record<string, unknown>[] | undefined) ?? []) suites.push(s)
    total.tests += Number(r['@_tests'] ?? 0) || 0
    total.failures += Number(r['@_failures'] ?? 0) || 0
    total.errors += Number(r['@_errors'] ?? 0) || 0
    total.skipped += Number(r['@_skipped'] ?? 0) || 0
    total.time += Number(r['@_time'] ?? 0) || 0
  }
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', format: true, suppressEmptyNode: true })
  const body = builder.build({
    testsuites: {
      '@_tests': total.tests,
      '@_failures': total.failures,
      '@_errors': total.errors,
      '@_skipped': total.skipped,
      '@_time': total.time.toFixed(3),
      testsuite: suites,
    },
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`
}
