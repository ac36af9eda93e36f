import { describe, expect, it } from '@jest/globals'
import { applyIgnores, callPath, callSite, parseGovulncheck, parseIgnoreFile, type Vuln } from '../../src/go/vuln.js'
import { jsonObjects } from '../../src/go/diagnostics.js'
import { parsePorcelain } from '../../src/stages/generate.js'

// The records govulncheck v1.8.0 printed (-format json, indented as it prints them) for a module whose
// main calls golang.org/x/text v0.3.7's language.ParseAcceptLanguage; progress and SBOM cut, and one
// import-only finding of a second id added as the same tool prints those.
const STREAM = `{
  "config": {
    "protocol_version": "v1.0.0",
    "scanner_name": "govulncheck",
    "scanner_version": "v1.8.0",
    "db": "file:///tmp/vdb",
    "db_last_modified": "2024-05-20T16:03:47Z"
  }
}
{
  "osv": {
    "id": "GO-2022-1059",
    "aliases": ["CVE-2022-32149", "GHSA-69ch-w2m2-3vjp"],
    "summary": "Denial of service via crafted Accept-Language header in golang.org/x/text/language",
    "details": "A \\"quoted\\" {brace} in a string"
  }
}
{
  "osv": { "id": "GO-2099-0001", "aliases": [], "summary": "Made up, imported only" }
}
{
  "finding": { "osv": "GO-2022-1059", "fixed_version": "v0.3.8", "trace": [{ "module": "golang.org/x/text", "version": "v0.3.7" }] }
}
{
  "finding": { "osv": "GO-2022-1059", "fixed_version": "v0.3.8", "trace": [{ "module": "golang.org/x/text", "version": "v0.3.7", "package": "golang.org/x/text/language" }] }
}
{
  "finding": {
    "osv": "GO-2022-1059",
    "fixed_version": "v0.3.8",
    "trace": [
      { "module": "golang.org/x/text", "version": "v0.3.7", "package": "golang.org/x/text/language", "function": "ParseAcceptLanguage", "position": { "filename": "language/parse.go", "offset": 5495, "line": 158, "column": 6 } },
      { "module": "example.com/vt", "package": "example.com/vt/internal/lang", "function": "Pick", "receiver": "*Picker", "position": { "filename": "internal/lang/pick.go", "offset": 200, "line": 12, "column": 46 } },
      { "module": "example.com/vt", "package": "example.com/vt", "function": "main", "position": { "filename": "main.go", "offset": 123, "line": 10, "column": 4 } }
    ]
  }
}
{
  "finding": { "osv": "GO-2099-0001", "fixed_version": "v1.0.0", "trace": [{ "module": "example.com/dep", "version": "v0.9.0", "package": "example.com/dep/x" }] }
}
`

describe('parseGovulncheck', () => {
  it('one vulnerability per id at its strongest level: called wins over imported and required', () => {
    const { vulns, db, dbModified } = parseGovulncheck(STREAM)
    expect(db).toBe('file:///tmp/vdb')
    expect(dbModified).toBe('2024-05-20T16:03:47Z')
    expect(vulns.map(v => [v.id, v.level, v.module, v.found, v.fixed])).toEqual([
      ['GO-2022-1059', 'called', 'golang.org/x/text', 'v0.3.7', 'v0.3.8'],
      ['GO-2099-0001', 'imported', 'example.com/dep', 'v0.9.0', 'v1.0.0'],
    ])
    expect(vulns[0]?.aliases).toEqual(['CVE-2022-32149', 'GHSA-69ch-w2m2-3vjp'])
  })

  it('the call path reads from the entry point; the call site is the own frame nearest the vulnerable symbol', () => {
    const trace = parseGovulncheck(STREAM).vulns[0]?.traces[0] ?? []
    expect(callPath(trace)).toBe('vt.main → lang.Picker.Pick → language.ParseAcceptLanguage')
    expect(callSite(trace, 'example.com/vt')).toMatchObject({
      frame: { position: { filename: 'internal/lang/pick.go', line: 12 } },
      callee: { function: 'ParseAcceptLanguage' },
    })
    expect(callSite(trace, 'example.com/other')).toBeUndefined()
  })

  it('reads strings with braces and escaped quotes; a cut stream is an error', () => {
    expect(jsonObjects('{"a":"}{\\""}\n{"b":[1]}\n', { strict: true })).toEqual([{ a: '}{"' }, { b: [1] }])
    expect(() => jsonObjects('{"a": {', { strict: true })).toThrow('ends inside a value')
    expect(() => parseGovulncheck('{"config": {}}\n{"finding": {')).toThrow('ends inside a value')
  })
})

describe('the ignore file', () => {
  const FILE = `# why we accept these
ignore:
  - id: GO-2022-1059
    reason: only our frontend's headers reach it
    until: 2027-03-31
  - id: "CVE-2021-38561"
    reason: tests only
    until: "2020-01-01"
`
  it('parses entries with their lines; unquoted dates too', () => {
    expect(parseIgnoreFile(FILE)).toEqual([
      { id: 'GO-2022-1059', reason: "only our frontend's headers reach it", until: '2027-03-31', line: 3 },
      { id: 'CVE-2021-38561', reason: 'tests only', until: '2020-01-01', line: 6 },
    ])
    expect(parseIgnoreFile('')).toEqual([])
  })

  it.each([
    ['ignore: [1]', 'ignore entry 1 is not a map'],
    ['ignore:\n  - id: nope\n    reason: r\n    until: 2027-01-01', 'id "nope" is not a vulnerability id'],
    ['ignore:\n  - id: GO-2022-1059\n    until: 2027-01-01', 'ignore entry 1 (GO-2022-1059) has no reason'],
    ['ignore:\n  - id: GO-2022-1059\n    reason: r\n    until: next year', 'until "next year" is not a date'],
    ['ignore:\n  - id: GO-2022-1059\n    reason: r\n    until: 2027-01-01\n    expires: 2027-01-01', 'has an unknown key "expires"'],
    ['ignores: []', 'has an unknown key "ignores"'],
    ['ignore: {', 'is not valid YAML'],
  ])('%j is refused: %s', (text, problem) => {
    expect(() => parseIgnoreFile(text)).toThrow(problem)
    expect(() => parseIgnoreFile(text)).toThrow('Accepted: .govulncheck.yaml is a YAML map with one key, ignore')
  })

  it('active until its day ends, then expired; by id or alias; unused when it matches nothing', () => {
    const found: Vuln[] = [{ id: 'GO-2022-1059', aliases: ['CVE-2022-32149'], summary: '', level: 'called', module: 'm', found: 'v1', fixed: 'v2', traces: [] }]
    const entries = parseIgnoreFile('ignore:\n  - {id: CVE-2022-32149, reason: r, until: 2027-03-31}\n  - {id: GO-2021-0113, reason: r, until: 2099-01-01}\n')
    expect(applyIgnores(entries, found, '2027-03-31').map(v => [v.entry.id, v.state, v.matched])).toEqual([
      ['CVE-2022-32149', 'active', ['GO-2022-1059']],
      ['GO-2021-0113', 'unused', []],
    ])
    expect(applyIgnores(entries, found, '2027-04-01')[0]?.state).toBe('expired')
  })
})

describe('parsePorcelain', () => {
  it('keeps the leading space of a worktree-only change, and skips a rename source', () => {
    expect([...parsePorcelain(' M colors_gen.go\0?? new.go\0 D gone.go\0R  to.go\0from.go\0')]).toEqual([
      ['colors_gen.go', ' M'],
      ['new.go', '??'],
      ['gone.go', ' D'],
      ['to.go', 'R '],
    ])
  })
})
