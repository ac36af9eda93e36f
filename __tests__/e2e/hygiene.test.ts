/**
 * vuln, tidy and generate end-to-end: the committed dist/ as the runner runs it. govulncheck is built
 * by the action's own `go install` through the Go module proxy and checksum database, and reads a
 * loopback stand-in of vuln.go.dev holding real OSV entries (GO-2022-1059, GO-2021-0113).
 */
import { execFileSync } from 'node:child_process'
import { appendFileSync, chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { commitAll, git } from '../harness/git.js'
import { ensureGoArchive, startGoMirror, type GoMirror } from '../harness/go-mirror.js'
import { bundleNode } from '../harness/node.js'
import { runAction, type ParsedAnnotation, type PhaseResult } from '../harness/runner.js'
import { startVulnDb, type VulnDb } from '../harness/vuln-db.js'
import { copyWorkspace, FIXTURES, HARNESS_CACHE } from '../harness/workspace.js'

let mirror: GoMirror
let db: VulnDb
const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-tc-hygiene-'))

beforeAll(async () => {
  mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  db = await startVulnDb()
})
afterAll(async () => {
  await mirror.close()
  await db.close()
})

async function check(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<PhaseResult> {
  const { main } = await runAction(
    { workspace, toolCache, node: bundleNode(), env },
    { 'go-version': '1.26', 'go-download-base-url': mirror.url, 'vuln-db': db.url, cache: 'false', ...inputs },
  )
  return main
}

const at = (r: PhaseResult, level: ParsedAnnotation['level']): ParsedAnnotation[] => r.annotations.filter(a => a.level === level && a.file !== undefined)

describe('vuln through dist/', () => {
  it('a call to the vulnerable function fails, annotated at the call, with the summary row', async () => {
    db.requests.length = 0
    const r = await check(copyWorkspace(path.join(FIXTURES, 'vuln-called')), { stages: 'vuln' })
    expect(r.exitCode).toBe(1)
    // Built by go install, kept in the tool cache per govulncheck and Go version.
    expect(r.stdout).toMatch(/govulncheck v1\.8\.0 (with go install|\(built with Go 1\.26\.\d+\) from the tool cache)/)
    expect(readdirSync(path.join(toolCache, 'govulncheck', '1.8.0')).filter(n => n.endsWith('.complete'))).toEqual([
      expect.stringMatching(/^go1\.26\.\d+-x64\.complete$/),
    ])
    // The stand-in served the v1 protocol: the gzipped index and the entry.
    expect(db.requests).toEqual(expect.arrayContaining(['/index/db.json.gz', '/index/modules.json.gz', '/ID/GO-2022-1059.json.gz']))
    expect(at(r, 'error')).toEqual([
      expect.objectContaining({
        file: 'main.go',
        line: 17,
        title: 'govulncheck GO-2022-1059',
        message: expect.stringContaining(
          'Uses golang.org/x/text@v0.3.7 (upgrade to golang.org/x/text@v0.3.8); call path: vulncalled.main → vulncalled.preferred → language.ParseAcceptLanguage',
        ),
      }),
    ])
    expect(r.summary).toMatch(/\| vuln \| ❌ failure \| [\d.]+ s \| 1 vulnerability reachable from the code: GO-2022-1059 \|/)
    expect(r.summary).toContain(
      '| [GO-2022-1059](https://pkg.go.dev/vuln/GO-2022-1059) Denial of service via crafted Accept-Language header in golang.org/x/text/language | `golang.org/x/text` | v0.3.7 | v0.3.8 | `vulncalled.main → vulncalled.preferred → language.ParseAcceptLanguage` at `main.go:17` | `.` | ❌ called |',
    )
    // GO-2021-0113 was fixed in v0.3.7, the version in use: not reported.
    expect(r.summary).not.toContain('GO-2021-0113')
  })

  it('an import without a call passes, listed as a notice', async () => {
    const r = await check(copyWorkspace(path.join(FIXTURES, 'vuln-imported')), { stages: 'vuln' })
    expect(r.exitCode).toBe(0)
    expect(at(r, 'error')).toEqual([])
    expect(r.summary).toMatch(/\| vuln \| ✅ success \| [\d.]+ s \| no reachable vulnerability; 1 notice \(imported, not called\) \|/)
    expect(r.summary).toContain('| `golang.org/x/text` | v0.3.7 | v0.3.8 | – | `.` | notice: imported, not called |')
  })

  it('an ignore entry until a future date passes and is shown; an expired one fails again and says so; one that matches nothing warns', async () => {
    const ws = copyWorkspace(path.join(FIXTURES, 'vuln-called'))
    const ignore = (until: string): void =>
      writeFileSync(
        path.join(ws, '.govulncheck.yaml'),
        `ignore:\n  - id: CVE-2022-32149\n    reason: only our own frontend's headers reach it\n    until: ${until}\n  - id: GO-2021-0113\n    reason: fixed in the version we use\n    until: 2099-12-31\n`,
      )
    ignore('2099-12-31')
    const future = await check(ws, { stages: 'vuln' })
    expect(future.exitCode).toBe(0)
    expect(future.summary).toMatch(/\| vuln \| ✅ success \| [\d.]+ s \| no reachable vulnerability; 1 ignored by \.govulncheck\.yaml \|/)
    expect(future.summary).toContain("| ignored until 2099-12-31: only our own frontend's headers reach it |")
    expect(future.summary).toContain(
      "| [CVE-2022-32149](https://pkg.go.dev/vuln/CVE-2022-32149) | 2099-12-31 | only our own frontend's headers reach it | ignores GO-2022-1059 |",
    )
    expect(at(future, 'warning')).toEqual([
      expect.objectContaining({
        file: '.govulncheck.yaml',
        line: 5,
        message: 'The ignore entry for GO-2021-0113 matches no vulnerability govulncheck found: remove it.',
      }),
    ])

    ignore('2021-01-31')
    const expired = await check(ws, { stages: 'vuln' })
    expect(expired.exitCode).toBe(1)
    expect(at(expired, 'warning')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: '.govulncheck.yaml',
          line: 2,
          message: 'The ignore entry for CVE-2022-32149 expired on 2021-01-31: CVE-2022-32149 counts again. Fix it, or renew the entry with a new until.',
        }),
      ]),
    )
    expect(at(expired, 'error')).toEqual([expect.objectContaining({ file: 'main.go', line: 17, title: 'govulncheck GO-2022-1059' })])
    expect(expired.summary).toContain('| ⚠️ expired: no longer ignored |')
  })

  it('a bad ignore file fails with the entry and what is accepted', async () => {
    const ws = copyWorkspace(path.join(FIXTURES, 'vuln-imported'))
    writeFileSync(path.join(ws, '.govulncheck.yaml'), 'ignore:\n  - id: GO-2022-1059\n    until: 2099-01-01\n')
    const r = await check(ws, { stages: 'vuln' })
    expect(r.exitCode).toBe(1)
    expect(r.summary).toContain('.govulncheck.yaml: ignore entry 1 (GO-2022-1059) has no reason. Accepted: .govulncheck.yaml is a YAML map')
  })
})

describe('tidy through dist/', () => {
  it('an untidy go.mod (an unused requirement, a missing one) fails with the diff; nothing is rewritten', async () => {
    const ws = copyWorkspace(path.join(FIXTURES, 'tidy-bad'))
    const r = await check(ws, { stages: 'tidy' })
    expect(r.exitCode).toBe(1)
    expect(at(r, 'error')).toEqual([
      expect.objectContaining({
        file: 'go.mod',
        line: 6,
        title: 'go mod tidy',
        message: 'go mod tidy would change go.mod and go.sum of example.com/tidybad. Run: go mod tidy, and commit the result.',
      }),
    ])
    expect(r.summary).toContain('### go mod tidy: 1 module(s) not tidy, 0 verify problem(s)')
    expect(r.summary).toContain('-\tgolang.org/x/sync v0.1.0')
    expect(r.summary).toMatch(/\+\tgolang\.org\/x\/mod v\d+\.\d+\.\d+/)
    for (const f of ['go.mod', 'go.sum']) expect(readFileSync(path.join(ws, f), 'utf8')).toBe(readFileSync(path.join(FIXTURES, 'tidy-bad', f), 'utf8'))
  })

  it('a tidy module passes; a file changed in the module cache fails go mod verify', async () => {
    const modcache = mkdtempSync(path.join(os.tmpdir(), 'gp-modcache-'))
    const ws = copyWorkspace(path.join(FIXTURES, 'vuln-called'))
    const env = { GOMODCACHE: modcache, GOFLAGS: '-modcacherw' }
    execFileSync('go', ['mod', 'download'], { cwd: ws, env: { ...process.env, ...env } })
    const ok = await check(ws, { stages: 'tidy' }, env)
    expect(ok.exitCode).toBe(0)
    expect(ok.summary).toMatch(/\| tidy \| ✅ success \| [\d.]+ s \| go\.mod and go\.sum tidy; modules verified \|/)

    const parse = path.join(modcache, 'golang.org', 'x', 'text@v0.3.7', 'language', 'parse.go')
    expect(existsSync(parse)).toBe(true)
    chmodSync(parse, 0o644)
    appendFileSync(parse, '\n// tampered\n')
    const bad = await check(ws, { stages: 'tidy' }, env)
    expect(bad.exitCode).toBe(1)
    expect(at(bad, 'error')).toEqual([
      expect.objectContaining({ file: 'go.mod', title: 'go mod verify', message: expect.stringContaining('golang.org/x/text v0.3.7: dir has been modified') }),
    ])
    expect(bad.summary).toContain('### go mod tidy: 0 module(s) not tidy, 1 verify problem(s)')
    execFileSync('go', ['clean', '-modcache'], { env: { ...process.env, ...env } })
  })
})

describe('generate through dist/', () => {
  it('up-to-date generated files pass; a stale one fails, listed with its diff', async () => {
    const ws = copyWorkspace(path.join(FIXTURES, 'generate'))
    commitAll(ws)
    const ok = await check(ws, { stages: 'generate, vet' })
    expect(ok.exitCode).toBe(0)
    expect(ok.summary).toMatch(/\| generate \| ✅ success \| [\d.]+ s \| generated files are up to date \|/)

    appendFileSync(path.join(ws, 'colors.txt'), 'yellow\n')
    git(ws, 'commit', '-qam', 'a color, without go generate')
    const stale = await check(ws, { stages: 'generate, vet' })
    expect(stale.exitCode).toBe(1)
    expect(at(stale, 'error')).toEqual([
      expect.objectContaining({
        file: 'colors_gen.go',
        line: 1,
        title: 'go generate',
        message: 'go generate changes colors_gen.go: run go generate ./... and commit the result.',
      }),
    ])
    expect(stale.summary).toMatch(/\| generate \| ❌ failure \| [\d.]+ s \| go generate changed 1 file: colors_gen.go \(changed\) \|/)
    expect(stale.summary).toContain('+\t"yellow",')
    // The other checks still ran, on what go generate made.
    expect(stale.summary).toMatch(/\| vet \| ✅ success \|/)
  })
})
