/** The JUnit writer (issue 13): test2json events in, JUnit XML out, read back with an XML parser. */
import { describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import { junitXml } from '../../src/go/junit.js'
import { parseTestEvents } from '../../src/go/testevents.js'

interface Case {
  classname: string
  name: string
  time: string
  failure?: { message: string; type: string; '#text'?: string }
  skipped?: { message: string }
}
interface Suite {
  name: string
  tests: string
  failures: string
  errors: string
  skipped: string
  time: string
  testcase?: Case[]
}
interface Doc {
  testsuites: { tests: string; failures: string; skipped: string; time: string; testsuite?: Suite[] }
}

function read(xml: string): Doc {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: name => name === 'testsuite' || name === 'testcase',
  })
  return parser.parse(xml) as Doc
}

const ev = (o: Record<string, unknown>): string => JSON.stringify(o)

const STREAM = [
  ev({ Action: 'start', Package: 'ex/a' }),
  ev({ Action: 'run', Package: 'ex/a', Test: 'TestOk' }),
  ev({ Action: 'output', Package: 'ex/a', Test: 'TestOk', Output: '=== RUN   TestOk\n' }),
  ev({ Action: 'pass', Package: 'ex/a', Test: 'TestOk', Elapsed: 0.25 }),
  ev({ Action: 'run', Package: 'ex/a', Test: 'TestT' }),
  ev({ Action: 'run', Package: 'ex/a', Test: 'TestT/bad' }),
  ev({ Action: 'output', Package: 'ex/a', Test: 'TestT/bad', Output: '    a_test.go:9: want <ok> & got "bad"\n' }),
  ev({ Action: 'fail', Package: 'ex/a', Test: 'TestT/bad', Elapsed: 0 }),
  ev({ Action: 'fail', Package: 'ex/a', Test: 'TestT', Elapsed: 0.01 }),
  ev({ Action: 'run', Package: 'ex/a', Test: 'TestSkip' }),
  ev({ Action: 'output', Package: 'ex/a', Test: 'TestSkip', Output: '=== RUN   TestSkip\n' }),
  ev({ Action: 'output', Package: 'ex/a', Test: 'TestSkip', Output: '    a_test.go:20: needs docker\n' }),
  ev({ Action: 'output', Package: 'ex/a', Test: 'TestSkip', Output: '--- SKIP: TestSkip (0.00s)\n' }),
  ev({ Action: 'skip', Package: 'ex/a', Test: 'TestSkip', Elapsed: 0 }),
  ev({ Action: 'run', Package: 'ex/a', Test: 'TestNoisy' }),
  ev({ Action: 'output', Package: 'ex/a', Test: 'TestNoisy', Output: '\u001b[31mred\u001b[0m <b> & \u0000done\n' }),
  ev({ Action: 'pass', Package: 'ex/a', Test: 'TestNoisy', Elapsed: 0 }),
  ev({ Action: 'output', Package: 'ex/a', Output: 'FAIL\n' }),
  ev({ Action: 'fail', Package: 'ex/a', Elapsed: 0.5 }),
  ev({ ImportPath: 'ex/b [ex/b.test]', Action: 'build-output', Output: '# ex/b [ex/b.test]\n' }),
  ev({ ImportPath: 'ex/b [ex/b.test]', Action: 'build-output', Output: 'b/b_test.go:6:17: cannot use Two() (value of type int) as string value\n' }),
  ev({ ImportPath: 'ex/c [ex/c.test]', Action: 'build-output', Output: 'c/c_test.go:1:1: not ours\n' }),
  ev({ Action: 'start', Package: 'ex/b' }),
  ev({ Action: 'output', Package: 'ex/b', Output: 'FAIL\tex/b [build failed]\n' }),
  ev({ Action: 'fail', Package: 'ex/b', Elapsed: 0, FailedBuild: 'ex/b [ex/b.test]' }),
  ev({ Action: 'start', Package: 'ex/d' }),
  ev({ Action: 'output', Package: 'ex/d', Output: '?   \tex/d\t[no test files]\n' }),
  ev({ Action: 'skip', Package: 'ex/d', Elapsed: 0 }),
].join('\n')

describe('junitXml', () => {
  const report = parseTestEvents(STREAM)
  const xml = junitXml(report, t => (t.name === 'TestT/bad' ? { message: 'want <ok> & got "bad" (a_test.go:9)', type: 'assertion' } : undefined))
  const doc = read(xml)
  const suites = doc.testsuites.testsuite ?? []
  const cases = (pkg: string): Case[] => suites.find(s => s.name === pkg)?.testcase ?? []

  it('is XML with a declaration, one testsuite per package, the totals on testsuites', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true)
    expect(suites.map(s => [s.name, s.tests, s.failures, s.skipped, s.errors, s.time])).toEqual([
      ['ex/a', '5', '2', '1', '0', '0.500'],
      ['ex/b', '1', '1', '0', '0', '0.000'],
      ['ex/d', '0', '0', '0', '0', '0.000'],
    ])
    expect([doc.testsuites.tests, doc.testsuites.failures, doc.testsuites.skipped, doc.testsuites.time]).toEqual(['6', '3', '1', '0.500'])
  })

  it('a testcase per test and subtest, classname the package, with its time', () => {
    expect(cases('ex/a').map(c => [c.classname, c.name, c.time])).toEqual([
      ['ex/a', 'TestOk', '0.250'],
      ['ex/a', 'TestT', '0.010'],
      ['ex/a', 'TestT/bad', '0.000'],
      ['ex/a', 'TestSkip', '0.000'],
      ['ex/a', 'TestNoisy', '0.000'],
    ])
    expect(cases('ex/a')[0]).not.toHaveProperty('failure')
  })

  it('a failure carries the message given (escaped and read back whole) and the test output', () => {
    const bad = cases('ex/a').find(c => c.name === 'TestT/bad')
    expect(bad?.failure).toEqual({ message: 'want <ok> & got "bad" (a_test.go:9)', type: 'assertion', '#text': '    a_test.go:9: want <ok> & got "bad"\n' })
    // A parent failed by its subtest, with no message of its own.
    expect(cases('ex/a').find(c => c.name === 'TestT')?.failure?.message).toBe('Failed')
  })

  it('a skip carries the line the test logged', () => {
    expect(cases('ex/a').find(c => c.name === 'TestSkip')?.skipped).toEqual({ message: 'a_test.go:20: needs docker' })
  })

  it('characters XML cannot hold are dropped, markup is escaped', () => {
    // Passing tests carry no output; the escape only matters where output is kept, so check the writer on a failure.
    const noisy = parseTestEvents(
      [
        ev({ Action: 'output', Package: 'ex/n', Test: 'TestN', Output: '\u001b[31mred\u001b[0m <b> & \u0000done\n' }),
        ev({ Action: 'fail', Package: 'ex/n', Test: 'TestN', Elapsed: 0 }),
        ev({ Action: 'fail', Package: 'ex/n', Elapsed: 0 }),
      ].join('\n'),
    )
    const out = junitXml(noisy)
    expect(out.includes(String.fromCharCode(0x1b)) || out.includes(String.fromCharCode(0))).toBe(false)
    expect(read(out).testsuites.testsuite?.[0]?.testcase?.[0]?.failure?.['#text']).toBe('[31mred[0m <b> & done\n')
  })

  it("a package that did not build gets gotestsum's TestMain case with its own compiler output only", () => {
    expect(cases('ex/b')).toHaveLength(1)
    expect(cases('ex/b')).toMatchObject([
      {
        classname: 'ex/b',
        name: 'TestMain',
        time: '0.000',
        failure: {
          message: 'ex/b: the test binary did not build',
          type: 'build',
          '#text': '# ex/b [ex/b.test]\nb/b_test.go:6:17: cannot use Two() (value of type int) as string value\nFAIL\tex/b [build failed]\n',
        },
      },
    ])
  })

  it('a test cut off (binary exited or timed out) is a failure, not lost', () => {
    const cut = parseTestEvents([ev({ Action: 'run', Package: 'ex/t', Test: 'TestHang' }), ev({ Action: 'fail', Package: 'ex/t', Elapsed: 600 })].join('\n'))
    const c = read(junitXml(cut)).testsuites.testsuite?.[0]?.testcase ?? []
    expect(c.map(x => [x.name, x.failure?.message])).toEqual([['TestHang', 'did not finish (the test binary exited or timed out)']])
  })

  it('a long output keeps its end, where the failure is', () => {
    const long = 'x'.repeat(100_000) + 'THE END\n'
    const r = parseTestEvents(
      [ev({ Action: 'output', Package: 'ex/l', Test: 'TestL', Output: long }), ev({ Action: 'fail', Package: 'ex/l', Test: 'TestL', Elapsed: 1 })].join('\n'),
    )
    const text = read(junitXml(r)).testsuites.testsuite?.[0]?.testcase?.[0]?.failure?.['#text'] ?? ''
    expect(text.startsWith('…(')).toBe(true)
    expect(text.endsWith('THE END\n')).toBe(true)
    expect(text.length).toBeLessThan(70_000)
  })
})
