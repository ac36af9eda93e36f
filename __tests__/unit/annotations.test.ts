/** Annotations chosen, not truncated (issue 13): the ranking, the changed lines, the summary's list, the SARIF file. */
import { describe, expect, it } from '@jest/globals'
import { parseChangedLines } from '../../src/changes.js'
import { lintTool, sarifLog, uriOf, vetTool } from '../../src/go/sarif.js'
import { annotationBook, chooseAnnotations, type Held } from '../../src/pipeline/annotations.js'
import { MAX_SUMMARY_BYTES, renderSummary } from '../../src/pipeline/report.js'
import type { Annotation, FindingKind, Log } from '../../src/ports/ports.js'
import { sarifSchemaErrors } from '../harness/sarif.js'

const err = (file: string, line: number, kind?: FindingKind): { level: 'error'; message: string; at: Annotation } => ({
  level: 'error',
  message: `${kind ?? 'other'} at ${file}:${line}`,
  at: { file, line, ...(kind ? { kind } : {}) },
})

describe('which annotations GitHub shows', () => {
  const entries = [
    err('a.go', 1, 'fmt'),
    err('a.go', 2, 'lint'),
    err('b.go', 3, 'vet'),
    err('c_test.go', 4, 'test'),
    err('d.go', 5),
    err('b.go', 9, 'lint'),
    { level: 'warning' as const, message: 'flaky', at: { file: 'c_test.go', line: 7, kind: 'test' as const } },
    { level: 'warning' as const, message: 'cache slow' },
  ]
  const chosen = (held: Held[]): string[] => held.filter(h => h.annotated).map(h => h.message)

  it.each<[string, ReadonlyMap<string, ReadonlySet<number>> | undefined, number, string[]]>([
    [
      'no changed lines: test, vet, lint, gofmt, the rest; in the order found within a kind',
      undefined,
      10,
      ['lint at a.go:2', 'fmt at a.go:1', 'vet at b.go:3', 'test at c_test.go:4', 'other at d.go:5', 'lint at b.go:9'],
    ],
    ['the limit takes the first by rank', undefined, 3, ['vet at b.go:3', 'test at c_test.go:4', 'lint at a.go:2']],
    [
      'changed lines first, ranked among themselves by kind',
      new Map([
        ['b.go', new Set([9])],
        ['a.go', new Set([1])],
      ]),
      3,
      ['fmt at a.go:1', 'test at c_test.go:4', 'lint at b.go:9'],
    ],
    ['a changed line of another file does not count', new Map([['x.go', new Set([1, 2, 3])]]), 2, ['vet at b.go:3', 'test at c_test.go:4']],
    ['no room at all', undefined, 0, []],
  ])('%s', (_, changed, limit, want) => {
    const held = chooseAnnotations(entries, changed, { error: limit, warning: 10, notice: 10 })
    // In the order found, annotated or not: the summary lists them so.
    expect(held.map(h => h.message)).toEqual(entries.map(e => e.message))
    expect(
      chosen(held)
        .filter(m => m !== 'flaky' && m !== 'cache slow')
        .sort(),
    ).toEqual([...want].sort())
    expect(held.filter(h => h.level === 'warning').every(h => h.annotated)).toBe(true)
  })

  it('the book holds every error and warning, annotates the chosen at flush with one error slot left for the failure, logs the rest', () => {
    const out: string[] = []
    const target: Log = {
      info: m => void out.push(`info ${m}`),
      debug: () => undefined,
      notice: (m, at) => void out.push(`notice ${at?.file ?? ''} ${m}`),
      warning: (m, at) => void out.push(`warning ${at?.file ?? ''} ${m}`),
      error: (m, at) => void out.push(`error ${at?.file ?? ''}:${at?.line ?? ''} ${m}`),
      mask: () => undefined,
      group: async (_, fn) => fn(),
    }
    const book = annotationBook(target)
    for (let i = 1; i <= 14; i++) book.log.error(`finding ${i}`, { file: 'x.go', line: i, kind: i % 2 === 0 ? 'test' : 'lint' })
    book.log.info('passes through')
    expect(out).toEqual(['info passes through'])
    const held = book.flush({ reserveErrors: 1, changed: new Map([['x.go', new Set([13])]]) })
    const errors = out.filter(l => l.startsWith('error '))
    expect(errors).toHaveLength(9)
    expect(errors[0]).toBe('error x.go:13 finding 13')
    expect(errors.slice(1)).toEqual([2, 4, 6, 8, 10, 12, 14, 1].map(i => `error x.go:${i} finding ${i}`))
    expect(out.filter(l => l.startsWith('info GitHub shows 10 annotations per level in a step: of 14 error(s), 0 warning(s) and 0 notice(s)'))).toHaveLength(1)
    expect(out.filter(l => l.startsWith('info error: x.go:'))).toEqual([3, 5, 7, 9, 11].map(i => `info error: x.go:${i}: finding ${i}`))
    expect(held.filter(h => h.annotated)).toHaveLength(9)
    expect(book.flush({ reserveErrors: 0 })).toEqual([])
  })
})

describe('the lines a pull request changed (git diff -U0)', () => {
  it('reads added and changed lines per new file; deletions add none; renamed and quoted names', () => {
    const diff = [
      'diff --git a/calc/calc.go b/calc/calc.go',
      'index 1..2 100644',
      '--- a/calc/calc.go',
      '+++ b/calc/calc.go',
      '@@ -3 +3 @@ func A() {',
      '@@ -10,2 +10,0 @@',
      '@@ -20,0 +19,3 @@',
      'diff --git a/new.go b/new.go',
      '--- /dev/null',
      '+++ b/new.go',
      '@@ -0,0 +1,2 @@',
      'diff --git a/gone.go b/gone.go',
      '--- a/gone.go',
      '+++ /dev/null',
      '@@ -1,4 +0,0 @@',
      '+++ "b/tab\\there.go"',
      '@@ -1 +1 @@',
    ].join('\n')
    const changed = parseChangedLines(diff)
    expect([...changed.entries()].map(([f, l]) => [f, [...l]])).toEqual([
      ['calc/calc.go', [3, 19, 20, 21]],
      ['new.go', [1, 2]],
    ])
  })
})

describe("the summary's All findings list", () => {
  const held = (n: number, message = 'm'): Held[] =>
    Array.from({ length: n }, (_, i) => ({
      level: 'error' as const,
      message: `${message} ${i}`,
      at: { file: 'pkg/a b.go', line: i + 1, title: 'go vet (printf)' },
      changed: i === 0,
      annotated: i < 9,
      rank: i,
    }))
  const report = { rows: [], failure: 'vet: go vet found 40 problems' }

  it('lists every finding with a link to its file and line at the commit, marking the annotated and the changed', () => {
    const md = renderSummary(report, {}, { held: held(40), blobBase: 'https://github.example/acme/app/blob/abc123' })
    expect(md).toContain('### All findings: 40 (9 annotated)')
    const rows = md.split('\n').filter(l => l.includes('](https://github.example/'))
    expect(rows).toHaveLength(40)
    expect(rows[0]).toBe('| ❌ 📌 ✏️ | [`pkg/a b.go:1`](https://github.example/acme/app/blob/abc123/pkg/a%20b.go#L1) | go vet (printf) | m 0 |')
    expect(rows[39]).toBe('| ❌ | [`pkg/a b.go:40`](https://github.example/acme/app/blob/abc123/pkg/a%20b.go#L40) | go vet (printf) | m 39 |')
  })

  it('stays under 1 MiB: whole rows, then a count of the rest; the table structure is never cut', () => {
    const md = renderSummary(report, {}, { held: held(20_000, 'x'.repeat(280)), blobBase: 'https://github.com/acme/app/blob/abc123' })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES)
    const rows = md.split('\n').filter(l => l.startsWith('| ❌'))
    expect(rows.length).toBeGreaterThan(1000)
    expect(rows.every(r => r.endsWith(' |'))).toBe(true)
    expect(md).toContain(`…and ${20_000 - rows.length} more, not listed: the job summary is limited to 1 MiB (all are in the log).`)
    expect(md).toContain('| | Where | From | Message |\n| --- | --- | --- | --- |\n')
  })

  it('the stage tables link too, and point at the list past their 50 rows', () => {
    const vet = Array.from({ length: 60 }, (_, i) => ({ file: 'a.go', line: i + 1, message: 'bad', source: 'printf' }))
    const md = renderSummary(report, { vet: { findings: vet } }, { held: held(60), blobBase: 'https://github.com/acme/app/blob/abc' })
    expect(md).toContain('| [`a.go:1`](https://github.com/acme/app/blob/abc/a.go#L1) | printf | bad |')
    expect(md).toContain('…and 10 more under **All findings** below.')
  })
})

describe('the SARIF file', () => {
  const errors = sarifSchemaErrors()

  it('validates against the SARIF 2.1.0 schema, with stable rule ids and repository-relative locations', () => {
    const log = sarifLog([
      vetTool('1.26.8', [
        { file: 'calc/calc.go', line: 12, col: 2, message: 'fmt.Sprintf format %d has arg "x" of wrong type string', source: 'printf' },
        { file: 'dir with space/ü.go', line: 3, message: 'copylocks', source: 'copylocks' },
      ]),
      lintTool('v2.15.0', [{ file: 'main.go', line: 0, message: 'Error return value is not checked', source: 'errcheck' }]),
      lintTool('v2.15.0', []),
    ])
    expect(errors(log)).toEqual([])
    const [vet, lint, empty] = log.runs
    expect(vet?.results?.map(r => [r.ruleId, r.ruleIndex, r.locations?.[0]?.physicalLocation?.artifactLocation?.uri])).toEqual([
      ['vet/printf', 1, 'calc/calc.go'],
      ['vet/copylocks', 0, 'dir%20with%20space/%C3%BC.go'],
    ])
    expect(vet?.tool.driver.rules?.map(r => r.id)).toEqual(['vet/copylocks', 'vet/printf'])
    expect(lint?.results?.[0]?.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 1 })
    expect(lint?.tool.driver).toMatchObject({ name: 'golangci-lint', version: '2.15.0' })
    expect(empty?.results).toEqual([])
    expect(uriOf('a\\b.go')).toBe('a/b.go')
  })

  it('a file the schema refuses is caught (the validator is not a rubber stamp)', () => {
    expect(
      errors({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'x' } },
            results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a b.go' }, region: { startLine: 0 } } }] }],
          },
        ],
      }),
    ).toEqual([
      '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri must match format "uri-reference"',
      '/runs/0/results/0/locations/0/physicalLocation/region/startLine must be >= 1',
    ])
  })
})
