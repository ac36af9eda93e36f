import { describe, expect, it } from '@jest/globals'
import { defined } from '../harness/runner.js'
import { coverageTotals, mergeProfiles, percent } from '../../src/go/coverage.js'
import { jsonObjects, parseGofmtDiff, parsePositionLines, parseVetJson } from '../../src/go/diagnostics.js'
import { lintAsset, parseChecksums, parseLintJson } from '../../src/go/golangci.js'
import { goWorkUses, modulePath } from '../../src/go/modules.js'
import { failedLeaves, failureLocation, parseTestEvents } from '../../src/go/testevents.js'

describe('go vet output', () => {
  it('reads -json findings, with # package lines between objects', () => {
    const text = `# example.com/a\n{\n\t"example.com/a": {\n\t\t"copylocks": [\n\t\t\t{"posn": "/w/a/x.go:12:14", "end": "/w/a/x.go:12:20", "message": "passes lock by value: \\"T\\" {x}"}\n\t\t]\n\t}\n}\n# example.com/b\n{\n\t"example.com/b": {\n\t\t"printf": [{"posn": "/w/b/y.go:3:2", "message": "bad verb"}]\n\t}\n}\n`
    expect(parseVetJson(text)).toEqual([
      { file: '/w/a/x.go', line: 12, col: 14, message: 'passes lock by value: "T" {x}', source: 'copylocks' },
      { file: '/w/b/y.go', line: 3, col: 2, message: 'bad verb', source: 'printf' },
    ])
  })
  it('reads compiler errors, relative to the folder the command ran in', () => {
    expect(parsePositionLines('# example.com/b\nvet: b/b.go:2:12: undefined: x\n./c.go:7: oops\nnot a position', '/w')).toEqual([
      { file: '/w/b/b.go', line: 2, col: 12, message: 'undefined: x' },
      { file: '/w/c.go', line: 7, message: 'oops' },
    ])
  })
  it('skips what is not JSON', () => expect(jsonObjects('x {not json} {"a":1} }')).toEqual([{ a: 1 }]))
})

describe('gofmt -d output', () => {
  it('gives each file, its first changed line and its diff', () => {
    const text = [
      'diff a/b.go.orig a/b.go',
      '--- a/b.go.orig',
      '+++ a/b.go',
      '@@ -7,5 +7,5 @@',
      ' }',
      ' ',
      ' // Sub subtracts.',
      '-func Sub(a, b int)   int {',
      '+func Sub(a, b int) int {',
      ' \treturn a - b',
      'diff c.go.orig c.go',
      '--- c.go.orig',
      '+++ c.go',
      '@@ -1,2 +1,3 @@',
      '-package c',
      '+package c',
      '+',
    ].join('\n')
    const diffs = parseGofmtDiff(text, '/w')
    expect(diffs.map(d => [d.file, d.line])).toEqual([
      ['/w/a/b.go', 10],
      ['/w/c.go', 1],
    ])
    expect(diffs[0]?.diff).toContain('+func Sub(a, b int) int {')
  })
})

describe('test2json events', () => {
  const events = [
    { Action: 'start', Package: 'ex/a' },
    { Action: 'run', Package: 'ex/a', Test: 'TestT' },
    { Action: 'output', Package: 'ex/a', Test: 'TestT', Output: '=== RUN   TestT\n' },
    { Action: 'run', Package: 'ex/a', Test: 'TestT/sub' },
    { Action: 'output', Package: 'ex/a', Test: 'TestT/sub', Output: '    a_test.go:12: want 1, got 2\n' },
    { Action: 'fail', Package: 'ex/a', Test: 'TestT/sub', Elapsed: 0.01 },
    { Action: 'fail', Package: 'ex/a', Test: 'TestT', Elapsed: 0.02 },
    { Action: 'run', Package: 'ex/a', Test: 'TestOK' },
    { Action: 'pass', Package: 'ex/a', Test: 'TestOK', Elapsed: 1.5 },
    { Action: 'skip', Package: 'ex/a', Test: 'TestLater', Elapsed: 0 },
    { Action: 'output', Package: 'ex/a', Output: 'FAIL\n' },
    { Action: 'fail', Package: 'ex/a', Elapsed: 1.6 },
    { ImportPath: 'ex/b [ex/b.test]', Action: 'build-output', Output: 'b/b.go:3:1: syntax error\n' },
    { Action: 'fail', Package: 'ex/b', Elapsed: 0, FailedBuild: 'ex/b [ex/b.test]' },
  ]
  const report = parseTestEvents(events.map(e => JSON.stringify(e)).join('\n') + '\nnot json\n')
  it('reports packages and tests', () => {
    expect(report.packages.map(p => [p.pkg, p.status, p.buildFailed])).toEqual([
      ['ex/a', 'fail', false],
      ['ex/b', 'fail', true],
    ])
    expect(report.tests.map(t => [t.name, t.status])).toEqual([
      ['TestT', 'fail'],
      ['TestT/sub', 'fail'],
      ['TestOK', 'pass'],
      ['TestLater', 'skip'],
    ])
    expect(report.buildOutput).toEqual(['b/b.go:3:1: syntax error\n'])
  })
  it('annotates only the failing leaf, at its t.Errorf line', () => {
    const leaves = failedLeaves(report)
    expect(leaves.map(t => t.name)).toEqual(['TestT/sub'])
    expect(failureLocation(defined(leaves[0], 'a failed test'), '/w/a', ['/w'])).toEqual({
      file: '/w/a/a_test.go',
      line: 12,
      kind: 'assertion',
      message: 'want 1, got 2',
    })
  })
  it("puts a data race at its first frame in the user's code", () => {
    const output = [
      'WARNING: DATA RACE\n',
      'Read at 0x1 by goroutine 9:\n',
      '  runtime.x()\n',
      '      /usr/local/go/src/runtime/x.go:10 +0x1\n',
      '  ex/a.Racy.func1()\n',
      '      /w/a/a.go:12 +0x48\n',
      '    testing.go:1712: race detected during execution of test\n',
    ]
    const loc = failureLocation({ pkg: 'ex/a', name: 'TestRace', status: 'fail', elapsed: 0, output }, '/w/a', ['/w'])
    expect(loc).toEqual({ file: '/w/a/a.go', line: 12, kind: 'race', message: 'data race detected during TestRace' })
  })
  it("puts a panic at its first frame in the user's code", () => {
    const output = [
      'panic: boom [recovered]\n',
      'goroutine 7:\n',
      'testing.tRunner.func1()\n',
      '\t/usr/local/go/src/testing/testing.go:1 +0x1\n',
      'ex/a.Explode()\n',
      '\t/w/a/a.go:30 +0x2\n',
    ]
    expect(failureLocation({ pkg: 'ex/a', name: 'TestBoom', status: 'fail', elapsed: 0, output }, '/w/a', ['/w'])).toMatchObject({
      file: '/w/a/a.go',
      line: 30,
      kind: 'panic',
    })
  })
})

describe('coverage', () => {
  const a = 'mode: atomic\nex/a/a.go:5.19,7.2 1 0\nex/a/a.go:9.17,12.12 3 1\n'
  const b = 'mode: atomic\nex/b/b.go:1.1,2.2 2 4\nex/a/a.go:9.17,12.12 3 2\n'
  it('merges profiles, adding counts of the same block', () => {
    expect(mergeProfiles([a, b])).toBe('mode: atomic\nex/a/a.go:5.19,7.2 1 0\nex/a/a.go:9.17,12.12 3 3\nex/b/b.go:1.1,2.2 2 4\n')
  })
  it('totals statements as go tool cover -func does, per package too', () => {
    const t = coverageTotals(mergeProfiles([a, b]))
    expect([t.statements, t.covered, t.percent]).toEqual([6, 5, '83.3'])
    expect(t.byPackage).toEqual([
      { pkg: 'ex/a', statements: 4, covered: 3, percent: '75.0' },
      { pkg: 'ex/b', statements: 2, covered: 2, percent: '100.0' },
    ])
  })
  it.each([
    [49, 400, '12.2'], // 12.25 exactly: half to even, as Go's %.1f
    [51, 400, '12.8'], // 12.75 exactly
    [1, 3, '33.3'],
    [2, 3, '66.7'],
    [0, 0, '0.0'],
    [7, 7, '100.0'],
  ])('percent(%d, %d) = %s', (c, t, want) => expect(percent(c, t)).toBe(want))
})

describe('golangci-lint', () => {
  it('names release assets', () => {
    expect(lintAsset('2.15.0', 'linux', 'amd64')).toEqual({
      archive: 'golangci-lint-2.15.0-linux-amd64.tar.gz',
      folder: 'golangci-lint-2.15.0-linux-amd64',
      checksums: 'golangci-lint-2.15.0-checksums.txt',
      format: 'tar.gz',
    })
    expect(lintAsset('2.15.0', 'windows', 'amd64').archive).toBe('golangci-lint-2.15.0-windows-amd64.zip')
  })
  it('reads checksums files', () => {
    const sums = parseChecksums(`${'A'.repeat(64)}  golangci-lint-2.15.0-linux-amd64.tar.gz\n${'b'.repeat(64)} *x.zip\nnoise\n`)
    expect([...sums]).toEqual([
      ['golangci-lint-2.15.0-linux-amd64.tar.gz', 'a'.repeat(64)],
      ['x.zip', 'b'.repeat(64)],
    ])
  })
  it('reads JSON output', () => {
    const json = JSON.stringify({ Issues: [{ FromLinter: 'errcheck', Text: 'unchecked', Pos: { Filename: '/w/x.go', Line: 7, Column: 11 } }], Report: {} })
    expect(parseLintJson(json)).toEqual([{ file: '/w/x.go', line: 7, col: 11, message: 'unchecked', source: 'errcheck' }])
    expect(parseLintJson('{"Issues":null}')).toEqual([])
  })
})

describe('modules', () => {
  it('reads go.work use directives, in blocks or alone', () => {
    expect(goWorkUses('go 1.26.0\n\nuse (\n\t./lib // the library\n\t"./svc"\n)\nuse ./tools\n')).toEqual(['./lib', './svc', './tools'])
  })
  it('reads the module path', () => {
    expect(modulePath('// comment\nmodule example.com/x // trailing\n\ngo 1.26\n')).toBe('example.com/x')
    expect(modulePath('go 1.26\n')).toBeUndefined()
  })
})
