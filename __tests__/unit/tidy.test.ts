import { describe, expect, it } from '@jest/globals'
import { parseTidyDiff, verifyProblems } from '../../src/go/tidy.js'

// What go 1.26.8 printed for a go.mod that requires an unused module and misses a used one.
const UNTIDY = `diff current/go.mod tidy/go.mod
--- current/go.mod
+++ tidy/go.mod
@@ -2,4 +2,4 @@
 
 go 1.22
 
-require golang.org/x/text v0.3.8
+require github.com/google/uuid v1.6.0

diff current/go.sum tidy/go.sum
--- current/go.sum
+++ tidy/go.sum
@@ -0,0 +1,2 @@
+github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=
+github.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=
`

describe('parseTidyDiff', () => {
  it('one change per file, at the first changed line of the current file', () => {
    const changes = parseTidyDiff(UNTIDY)
    expect(changes.map(c => [c.file, c.line])).toEqual([
      ['go.mod', 5],
      ['go.sum', 1],
    ])
    expect(changes[0]?.diff).toContain('-require golang.org/x/text v0.3.8')
    expect(changes[0]?.diff).not.toContain('go.sum')
  })
  it('nothing for a tidy module, and for an error without a diff', () => {
    expect(parseTidyDiff('')).toEqual([])
    expect(parseTidyDiff('go: github.com/acme/missing@v1.0.0: reading https://proxy.golang.org/...: 404 Not Found\n')).toEqual([])
  })
  it('a hunk that starts with a change, and CRLF output', () => {
    const out = 'diff current/go.mod tidy/go.mod\r\n--- current/go.mod\r\n+++ tidy/go.mod\r\n@@ -3,1 +3,1 @@\r\n-go 1.21\r\n+go 1.22\r\n'
    expect(parseTidyDiff(out).map(c => [c.file, c.line])).toEqual([['go.mod', 3]])
  })
})

describe('verifyProblems', () => {
  it('keeps the complaints, not the all-clear', () => {
    expect(verifyProblems('all modules verified\n')).toEqual([])
    expect(verifyProblems('github.com/google/uuid v1.6.0: dir has been modified (/m/github.com/google/uuid@v1.6.0)\n')).toEqual([
      'github.com/google/uuid v1.6.0: dir has been modified (/m/github.com/google/uuid@v1.6.0)',
    ])
  })
})
