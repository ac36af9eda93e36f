/** Reruns of failed tests (issue 13): the -run pattern builder, what may be rerun, the merge, the JUnit file. */
import { describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import { junitXml } from '../../src/go/junit.js'
import { flakyLeaves, mergeRerun, notRerunnable, quoteMeta, rerunPatterns, runPatternOf } from '../../src/go/rerun.js'
import { parseTestEvents, type TestReport } from '../../src/go/testevents.js'

const ev = (o: Record<string, unknown>): string => JSON.stringify(o)

/** test2json events of one package: each test `name: status` with an output line, then the package. */
function run(pkg: string, tests: Record<string, 'pass' | 'fail' | 'running'>, extra: Record<string, string> = {}): TestReport {
  const lines: string[] = []
  for (const [name, status] of Object.entries(tests)) {
    lines.push(ev({ Action: 'run', Package: pkg, Test: name }))
    lines.push(ev({ Action: 'output', Package: pkg, Test: name, Output: extra[name] ?? `    x_test.go:7: ${name} ${status}\n` }))
    if (status !== 'running') lines.push(ev({ Action: status, Package: pkg, Test: name, Elapsed: 0.1 }))
  }
  const failed = Object.values(tests).some(s => s !== 'pass')
  lines.push(ev({ Action: failed ? 'fail' : 'pass', Package: pkg, Elapsed: 1 }))
  return parseTestEvents(lines.join('\n'))
}

/**
 * The levels of a -run pattern as go test matches them (testing/match.go: a top-level | separates
 * alternatives, a / levels; both only when not escaped). Our patterns escape every metacharacter, so the
 * unescaped ones are exactly the separators.
 */
function matches(pattern: string, name: string): boolean {
  const split = (s: string, sep: string): string[] => s.split(new RegExp(`(?<!\\\\)\\${sep}`))
  const levels = name.split('/')
  return split(pattern, '|').some(alt => {
    const res = split(alt, '/').map(l => new RegExp(l))
    // go test runs a test when each level it has matches (a parent of a selected subtest runs too).
    return res.length >= levels.length ? levels.every((l, i) => res[i]?.test(l) === true) : res.every((re, i) => re.test(levels[i] ?? ''))
  })
}

describe('the -run pattern builder', () => {
  it.each([
    ['TestA', '^TestA$'],
    ['TestTable/case_1', '^TestTable$/^case_1$'],
    ['TestParse/a+b_(x)', '^TestParse$/^a\\+b_\\(x\\)$'],
    ['TestRe/[a-z]*|.?', '^TestRe$/^\\[a-z\\]\\*\\|\\.\\?$'],
    ['TestX/{1,2}^$\\', '^TestX$/^\\{1,2\\}\\^\\$\\\\$'],
    ['TestDeep/a/b/#01', '^TestDeep$/^a$/^b$/^#01$'],
  ])('%s → %s', (name, pattern) => {
    expect(runPatternOf(name)).toBe(pattern)
  })

  it('quotes what Go regexp.QuoteMeta quotes, and nothing else', () => {
    expect(quoteMeta('\\.+*?()|[]{}^$')).toBe('\\\\\\.\\+\\*\\?\\(\\)\\|\\[\\]\\{\\}\\^\\$')
    expect(quoteMeta('Test_é #01 -x,y:z')).toBe('Test_é #01 -x,y:z')
  })

  it('selects the failed tests and no other: not a test the name is a prefix of, not a sibling subtest', () => {
    const failed = ['TestA', 'TestTable/a+b_(x)', 'TestRe/[a-z]*|.?']
    const [pattern] = rerunPatterns(failed, true)
    expect(rerunPatterns(failed, true)).toHaveLength(1)
    for (const name of [...failed, 'TestTable', 'TestRe']) expect([name, matches(defined(pattern), name)]).toEqual([name, true])
    for (const name of ['TestAB', 'TestA2', 'XTestA', 'TestTable/a+b_(x)y', 'TestTable/aab_x', 'TestTable/stable', 'TestRe/b', 'TestB']) {
      expect([name, matches(defined(pattern), name)]).toEqual([name, false])
    }
  })

  it('one pattern per test where Go has no top-level alternation (before 1.18); sorted, each test once', () => {
    expect(rerunPatterns(['TestB', 'TestA/x', 'TestB'], false)).toEqual(['^TestA$/^x$', '^TestB$'])
    expect(rerunPatterns(['TestB', 'TestA/x', 'TestB'], true)).toEqual(['^TestA$/^x$|^TestB$'])
    expect(rerunPatterns([], true)).toEqual([])
  })
})

function defined<T>(x: T | undefined): T {
  if (x === undefined) throw new Error('undefined')
  return x
}

describe('what is rerun', () => {
  it.each([
    ['a failed assertion', run('ex/a', { TestA: 'fail', TestB: 'pass' }), undefined],
    ['a data race', run('ex/a', { TestA: 'fail' }, { TestA: 'WARNING: DATA RACE\n' }), 'TestA found a data race: a race is a bug to fix, not a flaky test'],
    ['a panic', run('ex/a', { TestA: 'fail' }, { TestA: 'panic: boom\n' }), 'TestA panicked, so the tests after it never ran'],
    ['a timeout', run('ex/a', { TestA: 'running' }), 'its test binary exited or timed out mid-test, so later tests never ran'],
    ['a package that passed', run('ex/a', { TestA: 'pass', TestB: 'pass' }), 'it did not fail'],
  ])('%s', (_, report, why) => {
    expect(notRerunnable(report, 'ex/a')).toBe(why)
  })

  it('a build failure and a failure outside the tests are not rerun', () => {
    const build = parseTestEvents(ev({ Action: 'fail', Package: 'ex/b', Elapsed: 0, FailedBuild: 'ex/b [ex/b.test]' }))
    expect(notRerunnable(build, 'ex/b')).toBe('its tests did not build')
    const main = parseTestEvents(
      [ev({ Action: 'output', Package: 'ex/c', Output: 'TestMain exit 1\n' }), ev({ Action: 'fail', Package: 'ex/c', Elapsed: 0 })].join('\n'),
    )
    expect(notRerunnable(main, 'ex/c')).toBe('it failed outside its tests (TestMain, init, a race between tests)')
  })
})

describe('folding reruns into the report', () => {
  it('a test that passes on a rerun is flaky; its parent passes; the package passes', () => {
    const report = run('ex/a', { TestA: 'pass', 'TestT/x': 'fail', TestT: 'fail' })
    mergeRerun(report, run('ex/a', { 'TestT/x': 'pass', TestT: 'pass' }), 'ex/a')
    expect(report.packages[0]?.status).toBe('pass')
    expect(report.tests.map(t => [t.name, t.status, t.attempts?.length ?? 0])).toEqual([
      ['TestA', 'pass', 0],
      ['TestT/x', 'pass', 1],
      ['TestT', 'pass', 1],
    ])
    expect(flakyLeaves(report).map(t => t.name)).toEqual(['TestT/x'])
    expect(report.tests[1]?.attempts?.[0]?.output).toEqual(['    x_test.go:7: TestT/x fail\n'])
    expect(report.tests[1]?.output).toEqual(['    x_test.go:7: TestT/x pass\n'])
  })

  it('a test that fails every rerun keeps failing, with each earlier run kept; a passed test is never touched', () => {
    const report = run('ex/a', { TestA: 'fail', TestB: 'pass' })
    mergeRerun(report, run('ex/a', { TestA: 'fail', TestB: 'fail' }), 'ex/a')
    mergeRerun(report, run('ex/a', { TestA: 'fail' }), 'ex/a')
    expect(report.packages[0]?.status).toBe('fail')
    expect(report.tests.map(t => [t.name, t.status, t.attempts?.length ?? 0])).toEqual([
      ['TestA', 'fail', 2],
      ['TestB', 'pass', 0],
    ])
    expect(flakyLeaves(report)).toEqual([])
  })

  it("another package's events are ignored; a rerun that passes while another failed test is left keeps the package failed", () => {
    const report = run('ex/a', { TestA: 'fail', TestB: 'fail' })
    mergeRerun(report, run('ex/other', { TestA: 'pass' }), 'ex/a')
    expect(report.tests.every(t => t.status === 'fail')).toBe(true)
    mergeRerun(report, run('ex/a', { TestA: 'pass' }), 'ex/a')
    expect(report.packages[0]?.status).toBe('fail')
    mergeRerun(report, run('ex/a', { TestB: 'pass' }), 'ex/a')
    expect(report.packages[0]?.status).toBe('pass')
    expect(report.packages[0]?.elapsed).toBe(3)
  })
})

describe('the JUnit file of rerun tests (Surefire convention)', () => {
  interface Attempt {
    message: string
    type: string
    'system-out': string
  }
  interface Case {
    name: string
    failure?: { message: string }
    flakyFailure?: Attempt[]
    rerunFailure?: Attempt[]
  }
  const read = (xml: string): { testsuites: { tests: string; failures: string; testsuite: { testcase: Case[] }[] } } =>
    new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      isArray: n => ['testsuite', 'testcase', 'flakyFailure', 'rerunFailure'].includes(n),
    }).parse(xml) as { testsuites: { tests: string; failures: string; testsuite: { testcase: Case[] }[] } }

  it('flaky: passed, with a flakyFailure per failed run; failed every time: the failure and a rerunFailure per earlier run', () => {
    const report = run('ex/a', { TestFlaky: 'fail', TestAlways: 'fail', TestOk: 'pass' })
    mergeRerun(report, run('ex/a', { TestFlaky: 'fail', TestAlways: 'fail' }), 'ex/a')
    mergeRerun(report, run('ex/a', { TestFlaky: 'pass', TestAlways: 'fail' }), 'ex/a')
    const doc = read(junitXml(report, t => ({ message: `${t.name}: ${t.output.join('').trim()}`, type: 'assertion' })))
    expect([doc.testsuites.tests, doc.testsuites.failures]).toEqual(['3', '1'])
    const byName = new Map(doc.testsuites.testsuite.flatMap(s => s.testcase).map(c => [c.name, c]))
    const flaky = byName.get('TestFlaky')
    expect(flaky?.failure).toBeUndefined()
    expect(flaky?.flakyFailure?.map(a => [a.message, a.type, a['system-out'].trim()])).toEqual([
      ['TestFlaky: x_test.go:7: TestFlaky fail', 'assertion', 'x_test.go:7: TestFlaky fail'],
      ['TestFlaky: x_test.go:7: TestFlaky fail', 'assertion', 'x_test.go:7: TestFlaky fail'],
    ])
    const always = byName.get('TestAlways')
    expect(always?.failure?.message).toBe('TestAlways: x_test.go:7: TestAlways fail')
    expect(always?.rerunFailure).toHaveLength(2)
    expect(byName.get('TestOk')).toEqual({ name: 'TestOk', classname: 'ex/a', time: '0.100' })
  })
})
