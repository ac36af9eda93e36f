/**
 * Where a failing test failed, in every shape `go test` prints it (issue 19): the outputs below are
 * real, captured from `go test -json` (testify 1.9.0 in __tests__/fixtures/testify-style, Go 1.26.8).
 * And Windows paths, in one helper with a table of their cases (issue 12).
 */
import { describe, expect, it } from '@jest/globals'
import { failureLocation, testFunctionLine, type TestCase } from '../../src/go/testevents.js'
import { isWithin, normalizePath, repoRelative } from '../../src/paths.js'

const test = (name: string, output: string[]): TestCase => ({ pkg: 'example.com/x', name, status: 'fail', elapsed: 0, output })

const TABLE: [string, TestCase, string, number, RegExp][] = [
  [
    'the message on the same line (t.Errorf)',
    test('TestHello', ['=== RUN   TestHello\n', '    greet_test.go:7: Hello() = "Hello, gopher", want "Hello, gopher!"\n', '--- FAIL: TestHello (0.00s)\n']),
    'greet_test.go',
    7,
    /^Hello\(\) = "Hello, gopher", want "Hello, gopher!"$/,
  ],
  [
    'the message on the next lines (t.Errorf("\\n…"))',
    test('TestMessageOnNextLine', [
      '=== RUN   TestMessageOnNextLine\n',
      '    lib_test.go:14: \n',
      '        wanted 4\n',
      '        got 3\n',
      '--- FAIL: TestMessageOnNextLine (0.00s)\n',
    ]),
    'lib_test.go',
    14,
    /^wanted 4\ngot 3$/,
  ],
  [
    'a testify block',
    test('TestSumTestify', [
      '=== RUN   TestSumTestify\n',
      '    lib_test.go:10: \n',
      '        \tError Trace:\t/w/lib_test.go:10\n',
      '        \tError:      \tNot equal: \n',
      '        \t            \texpected: 4\n',
      '        \t            \tactual  : 3\n',
      '        \tTest:       \tTestSumTestify\n',
      '        \tMessages:   \tone and two\n',
      '--- FAIL: TestSumTestify (0.00s)\n',
    ]),
    'lib_test.go',
    10,
    /^Error: Not equal:\nexpected: 4\nactual : 3\nMessages: one and two$/,
  ],
  [
    'a subtest through a t.Helper (testify require)',
    test('TestInSubfolder/case', [
      '=== RUN   TestInSubfolder/case\n',
      '    sub_test.go:16: \n',
      '        \tError Trace:\t/w/sub/sub_test.go:11\n',
      '        \t            \t\t\t\t/w/sub/sub_test.go:16\n',
      '        \tError:      \tNot equal: \n',
      '        \t            \texpected: 2\n',
      '        \t            \tactual  : 3\n',
      '        \tTest:       \tTestInSubfolder/case\n',
      '    --- FAIL: TestInSubfolder/case (0.00s)\n',
    ]),
    'sub_test.go',
    16,
    /^Error: Not equal:\nexpected: 2\nactual : 3$/,
  ],
  [
    'two reports: the first position, both messages',
    test('TestTwo', ['    a_test.go:5: first\n', '    a_test.go:6: second\n']),
    'a_test.go',
    5,
    /^first\nsecond$/,
  ],
  [
    "testing.go lines are not the user's",
    test('TestT', ['    testing.go:1712: race detected during execution of test\n', '    x_test.go:9: mine\n']),
    'x_test.go',
    9,
    /^mine$/,
  ],
]

describe('failure positions from real go test output', () => {
  it.each(TABLE)('%s', (_what, t, file, line, message) => {
    const loc = failureLocation(t, '/w/pkg', ['/w'], 'linux')
    expect(loc).toMatchObject({ file: `/w/pkg/${file}`, line, kind: 'assertion' })
    expect(loc?.message).toMatch(message)
  })

  it('a failure that printed no position has none; its test function is found instead', () => {
    expect(failureLocation(test('TestQuiet', ['=== RUN   TestQuiet\n', '--- FAIL: TestQuiet (0.00s)\n']), '/w/pkg', ['/w'], 'linux')).toBeUndefined()
    const source = 'package x\n\nimport "testing"\n\nfunc TestQuiet(t *testing.T) {\n\tt.Fail()\n}\n'
    expect(testFunctionLine(source, 'TestQuiet')).toBe(5)
    expect(testFunctionLine(source, 'TestQuiet/sub')).toBe(5)
    expect(testFunctionLine(source, 'TestQ')).toBeUndefined()
  })
})

describe('Windows paths (one helper, a table of cases)', () => {
  const within: [string, string, boolean][] = [
    ['D:\\a\\repo', 'D:/a/repo/x.go', true], // Go prints forward slashes
    ['D:\\a\\repo', 'd:\\A\\Repo\\x.go', true], // drive letters and names compare case-insensitively
    ['D:\\a\\repo', 'D:\\a\\repo', true],
    ['D:\\a\\repo', 'D:\\a\\repo2\\x.go', false],
    ['D:\\a\\repo', 'C:\\a\\repo\\x.go', false],
    ['D:\\a\\repo', 'D:\\a\\repo\\..\\other\\x.go', false],
  ]
  it.each(within)('%s holds %s: %s', (root, file, expected) => expect(isWithin(root, file, 'win32')).toBe(expected))
  it('spells paths one way for comparing, and repo-relative with forward slashes', () => {
    expect(normalizePath('d:/a/repo/x.go', 'win32')).toBe('D:\\a\\repo\\x.go')
    expect(repoRelative('D:\\a\\repo', 'D:/a/repo/sub/x.go', 'win32')).toBe('sub/x.go')
    expect(repoRelative('/a/repo', '/a/repo', 'linux')).toBe('.')
  })
  it("a race on Windows is placed at the user's frame (Go's D:/ paths against D:\\ roots)", () => {
    const output = ['WARNING: DATA RACE\n', 'Read at 0x1 by goroutine 9:\n', '  ex/a.Racy.func1()\n', '      D:/a/repo/a/a.go:12 +0x48\n']
    expect(failureLocation(test('TestRace', output), 'D:\\a\\repo\\a', ['D:\\a\\repo'], 'win32')).toMatchObject({
      file: 'D:/a/repo/a/a.go',
      line: 12,
      kind: 'race',
    })
  })
})
