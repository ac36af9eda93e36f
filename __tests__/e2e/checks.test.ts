/**
 * vet, fmt, lint and test end-to-end: the committed dist/ as the runner runs it, with real go, gofmt,
 * the race detector and golangci-lint (installed through its real download-verify-extract path from a
 * loopback stand-in of its GitHub releases).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import { ensureGoArchive, startGoMirror, type GoMirror } from '../harness/go-mirror.js'
import { ensureLintRelease, startLintReleases, type ReleaseServer } from '../harness/lint-release.js'
import { startCacheService } from '../harness/cache-server.js'
import { bundleNode } from '../harness/node.js'
import { Job, runAction, type EventSpec, type ParsedAnnotation, type PhaseResult } from '../harness/runner.js'
import { sarifSchemaErrors } from '../harness/sarif.js'
import { copyWorkspace, EXAMPLE, FIXTURES, HARNESS_CACHE } from '../harness/workspace.js'

let mirror: GoMirror
let releases: ReleaseServer
const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-tc-checks-'))

beforeAll(async () => {
  mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  releases = await startLintReleases(ensureLintRelease(path.join(HARNESS_CACHE, 'golangci-lint')))
})
afterAll(async () => {
  await mirror.close()
  await releases.close()
})

async function check(fixture: string, inputs: Record<string, string> = {}, event?: EventSpec): Promise<PhaseResult & { workspace: string }> {
  const workspace = copyWorkspace(fixture.startsWith('/') ? fixture : path.join(FIXTURES, fixture))
  const { main } = await runAction(
    { workspace, toolCache, node: bundleNode(), ...(event ? { event } : {}) },
    { 'go-version': '1.26', 'go-download-base-url': mirror.url, 'golangci-lint-base-url': releases.url, ...inputs },
  )
  return { ...main, workspace }
}

/**
 * The first run compiles the example cold (the race-instrumented standard library too, on a fresh
 * machine): 15 minutes, not jest's 5. A fresh machine's run of .ci/run took over 300 s here once, with
 * the other end-to-end file beside it; jest does not stop a test that times out.
 */
const COLD = 900_000

const errors = (r: PhaseResult): ParsedAnnotation[] => r.annotations.filter(a => a.level === 'error' && a.file !== undefined)

describe('checks through dist/', () => {
  it(
    'a clean project passes; coverage equals what go tool cover -func prints',
    async () => {
      releases.requests.length = 0
      const r = await check(EXAMPLE)
      // golangci-lint came through its real download path: checksums file, archive, verified.
      expect(releases.requests).toEqual(['/v2.15.0/golangci-lint-2.15.0-checksums.txt', '/v2.15.0/golangci-lint-2.15.0-linux-amd64.tar.gz'])
      expect(r.stdout).toMatch(/Verified sha256 [0-9a-f]{64}/)
      expect(r.stdout).not.toContain('::error')
      expect(r.exitCode).toBe(0)
      for (const stage of ['setup', 'vet', 'fmt', 'lint', 'test', 'build']) expect(r.summary).toMatch(new RegExp(`\\| ${stage} \\| ✅ success \\|`))
      const file = r.outputs['coverage-file']
      const func = execFileSync('go', ['tool', 'cover', `-func=${file}`], { cwd: EXAMPLE, encoding: 'utf8' })
      const total = /total:\s+\(statements\)\s+([\d.]+)%/.exec(func)?.[1]
      expect(r.outputs.coverage).toBe(total)
      expect(r.summary).toContain(`#### Coverage: ${total}% of`)
      expect(r.summary).toContain('| `example.com/hello-service/internal/server` | pass |')
      expect(r.summary).toContain('with the race detector')
      // go test ran `go tool covdata` for the packages without tests (cmd/hello, internal/version: in the
      // profile at 0%) from the program built ahead into the tool cache's Go with the checks' flags: linked by
      // go run, which keeps it in the build cache for the next run (issue 18).
      const toolDir = path.join(toolCache, 'go', '1.26.8', 'x64', 'pkg', 'tool', 'linux_amd64')
      expect(r.stdout).toMatch(
        new RegExp(
          `go tool covdata: linked with the checks' flags, from the build cache into ${toolDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\([\\d.]+ s\\)`,
        ),
      )
      expect(readdirSync(toolDir)).toContain('covdata')
      const profile = readFileSync(file ?? '', 'utf8')
      expect(profile).toMatch(/^example\.com\/hello-service\/cmd\/hello\/main\.go:[\d.,]+ \d+ 0$/m)
      expect(profile).toMatch(/^example\.com\/hello-service\/internal\/version\/version\.go:[\d.,]+ \d+ 0$/m)
    },
    COLD,
  )

  it('an unformatted file fails fmt with its name, an annotation at the first changed line, and the diff', async () => {
    const r = await check('fmt-bad', { stages: 'fmt' })
    expect(r.exitCode).toBe(1)
    expect(errors(r)).toEqual([
      expect.objectContaining({ file: 'calc.go', line: 9, title: 'gofmt', message: 'calc.go is not gofmt-formatted. Run: gofmt -w calc.go' }),
    ])
    expect(r.summary).toContain('### gofmt: 1 file(s) not formatted')
    expect(r.summary).toContain('-func Sub(a, b int)   int {\n+func Sub(a, b int) int {')
    // It never rewrites the file.
    expect(readFileSync(path.join(r.workspace, 'calc.go'), 'utf8')).toBe(readFileSync(path.join(FIXTURES, 'fmt-bad', 'calc.go'), 'utf8'))
  })

  it('a vet finding is an annotation at its file and line', async () => {
    const r = await check('vet-bad', { stages: 'vet' })
    expect(r.exitCode).toBe(1)
    expect(errors(r)).toEqual([
      expect.objectContaining({
        file: 'lock.go',
        line: 12,
        col: 14,
        title: 'go vet (copylocks)',
        message: expect.stringContaining('Value passes lock by value'),
      }),
    ])
    expect(r.summary).toContain('### go vet: 1 finding(s)')
  })

  it('a lint finding is an annotation with its linter', async () => {
    const r = await check('lint-bad', { stages: 'lint' })
    expect(r.exitCode).toBe(1)
    expect(errors(r)).toEqual([
      expect.objectContaining({ file: 'files.go', line: 7, title: 'golangci-lint (errcheck)', message: 'Error return value of `os.Remove` is not checked' }),
    ])
    expect(r.summary).toContain('### golangci-lint 2.15.0: 1 issue(s)')
  })

  it('a failing test is annotated at the t.Errorf line; subtests that pass are not', async () => {
    const r = await check('test-fail', { stages: 'test' })
    expect(r.exitCode).toBe(1)
    expect(errors(r)).toEqual([
      expect.objectContaining({
        file: 'greet_test.go',
        line: 7,
        title: 'TestHello (example.com/test-fail)',
        message: 'TestHello: Hello() = "Hello, gopher", want "Hello, gopher!"',
      }),
    ])
    expect(r.summary).toContain('**3 passed, 1 failed, 0 skipped** in 1 package(s)')
  })

  it('a data race fails the test, annotated at the racing line', async () => {
    const r = await check('race', { stages: 'test' })
    expect(r.exitCode).toBe(1)
    // Either of the two racing accesses (line 8 in the goroutine, line 11 in Count), as the detector saw them.
    const [race] = errors(r)
    expect(errors(r)).toHaveLength(1)
    expect(race).toMatchObject({ file: 'counter.go', message: 'TestCount: data race detected during TestCount' })
    expect([8, 11]).toContain(race?.line)
  })

  it("the junit-file output: JUnit XML whose counts are the run's, with the race report, the skip, the build failure (issue 13)", async () => {
    const r = await check('junit', { stages: 'test' })
    expect(r.exitCode).toBe(1)
    expect(r.summary).toContain('**3 passed, 3 failed, 1 skipped** in 4 package(s)')
    const file = r.outputs['junit-file'] ?? ''
    expect(path.isAbsolute(file)).toBe(true)
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseAttributeValue: false,
      isArray: n => n === 'testsuite' || n === 'testcase',
    }).parse(readFileSync(file, 'utf8')) as {
      testsuites: {
        tests: string
        failures: string
        skipped: string
        testsuite: {
          name: string
          tests: string
          testcase?: { name: string; classname: string; failure?: { message: string; type: string; '#text'?: string }; skipped?: { message: string } }[]
        }[]
      }
    }
    const all = doc.testsuites.testsuite.flatMap(s => s.testcase ?? [])
    // The run's 3 passed, 3 failed and 1 skipped, and the package that did not build as gotestsum's TestMain.
    expect([doc.testsuites.tests, doc.testsuites.failures, doc.testsuites.skipped]).toEqual(['8', '4', '1'])
    expect(doc.testsuites.testsuite.map(s => [s.name, s.tests]).sort()).toEqual([
      ['example.com/junit/broken', '1'],
      ['example.com/junit/counter', '1'],
      ['example.com/junit/greet', '6'],
      ['example.com/junit/nothing', '0'],
    ])
    const byName = new Map(all.map(c => [`${c.classname} ${c.name}`, c]))
    const race = byName.get('example.com/junit/counter TestCount')?.failure
    expect(race).toMatchObject({ type: 'race', message: expect.stringMatching(/^data race detected during TestCount \(counter\/counter\.go:(9|12)\)$/) })
    expect(race?.['#text']).toContain('WARNING: DATA RACE')
    expect(byName.get('example.com/junit/greet TestTable/bad')?.failure).toMatchObject({
      type: 'assertion',
      message: 'want <ok> & got "bad" (greet/greet_test.go:18)',
    })
    expect(byName.get('example.com/junit/greet TestNeedsDocker')?.skipped?.message).toBe('greet_test.go:25: needs docker')
    expect(byName.get('example.com/junit/broken TestMain')?.failure).toMatchObject({ type: 'build' })
    expect(byName.get('example.com/junit/broken TestMain')?.failure?.['#text']).toContain('cannot use Two() (value of type int) as string value')
    expect(byName.get('example.com/junit/greet TestHello')).not.toHaveProperty('failure')
  })

  describe('test-reruns: failed tests, and only them, rerun in their package (issue 13)', () => {
    interface Run {
      message: string
      type: string
    }
    interface Case {
      name: string
      failure?: { message: string }
      flakyFailure?: Run[]
      rerunFailure?: Run[]
    }
    const junit = (file: string): { failures: string; cases: Map<string, Case> } => {
      const doc = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '',
        isArray: n => ['testsuite', 'testcase', 'flakyFailure', 'rerunFailure'].includes(n),
      }).parse(readFileSync(file, 'utf8')) as { testsuites: { failures: string; testsuite: { testcase: Case[] }[] } }
      return { failures: doc.testsuites.failures, cases: new Map(doc.testsuites.testsuite.flatMap(s => s.testcase).map(c => [c.name, c])) }
    }
    /** How many times each test ran (the fixture's tests append their names to runs.log). */
    const runs = (workspace: string): Record<string, number> => {
      const out: Record<string, number> = {}
      for (const l of readFileSync(path.join(workspace, 'runs.log'), 'utf8').split('\n').filter(Boolean)) out[l] = (out[l] ?? 0) + 1
      return out
    }

    it('tests that fail once pass on a rerun: the job passes, and the summary, a warning and the JUnit file call them flaky', async () => {
      const r = await check('flaky', { stages: 'test', 'test-reruns': '2' })
      expect(r.exitCode).toBe(0)
      // Only the failed ones ran again, once: not TestFlakyNot (TestFlaky is a prefix of it), not the sibling subtest.
      expect(runs(r.workspace)).toEqual({ TestFlaky: 2, TestFlakyNot: 1, TestTable: 2, 'TestTable/a+b_(x)': 2, 'TestTable/stable': 1 })
      expect(r.stdout).toMatch(
        /rerun 1 of 2: go test -race -gcflags=all=-dwarf=false -covermode=atomic -coverprofile=\S+ -json -run \^TestFlaky\$\|\^TestTable\$\/\^a\\\+b_\\\(x\\\)\$ example\.com\/flaky\n/,
      )
      // Add is only called after the first run's t.Fatal: the rerun's coverage counts.
      expect(r.outputs.coverage).toBe('100.0')
      expect(r.stdout).not.toContain('rerun 2 of 2')
      expect(r.summary).toContain('#### Flaky tests: 2 failed, then passed on a rerun (test-reruns: 2)')
      expect(r.summary).toMatch(
        /\| \[`flaky_test\.go:37`\]\(https:\/\/github\.com\/acme\/hello-service\/blob\/[0-9a-f]{40}\/flaky_test\.go#L37\) \| TestFlaky \(example\.com\/flaky\) \| TestFlaky is flaky: failed once, then passed on rerun 1: port 8080 busy on the first run \|/,
      )
      expect(r.summary).toContain('| test | ✅ success |')
      expect(r.annotations.filter(a => a.level === 'warning')).toEqual([
        expect.objectContaining({
          title: 'flaky: TestFlaky (example.com/flaky)',
          file: 'flaky_test.go',
          line: 37,
          message: 'TestFlaky is flaky: failed once, then passed on rerun 1: port 8080 busy on the first run',
        }),
        expect.objectContaining({ title: 'flaky: TestTable/a+b_(x) (example.com/flaky)', file: 'flaky_test.go', line: 53 }),
      ])
      expect(errors(r)).toEqual([])
      const { failures, cases } = junit(r.outputs['junit-file'] ?? '')
      expect(failures).toBe('0')
      expect(cases.get('TestFlaky')?.failure).toBeUndefined()
      expect(cases.get('TestFlaky')?.flakyFailure).toEqual([
        expect.objectContaining({ message: 'port 8080 busy on the first run (flaky_test.go:37)', type: 'assertion' }),
      ])
      expect(cases.get('TestTable/a+b_(x)')?.flakyFailure).toEqual([
        expect.objectContaining({ message: 'want 3, got 4 on the first run (flaky_test.go:53)', type: 'assertion' }),
      ])
      expect(cases.get('TestFlakyNot')).not.toHaveProperty('flakyFailure')
    })

    it('without reruns the same tests fail the job; with flaky-tests: fail a flaky test fails it', async () => {
      const none = await check('flaky', { stages: 'test' })
      expect(none.exitCode).toBe(1)
      expect(errors(none).map(a => `${a.title}@${a.file}:${a.line}`)).toEqual(
        expect.arrayContaining(['TestFlaky (example.com/flaky)@flaky_test.go:37', 'TestTable/a+b_(x) (example.com/flaky)@flaky_test.go:53']),
      )
      expect(none.stdout).not.toContain('rerun 1')
      const strict = await check('flaky', { stages: 'test', 'test-reruns': '1', 'flaky-tests': 'fail' })
      expect(strict.exitCode).toBe(1)
      expect(strict.annotations).toContainEqual(
        expect.objectContaining({
          level: 'error',
          message: expect.stringContaining('2 flaky tests (failed, then passed on a rerun), and flaky-tests is fail'),
        }),
      )
    })

    it('a test that fails every time fails the job with reruns on, each run in the JUnit file', async () => {
      const workspace = copyWorkspace(path.join(FIXTURES, 'flaky'))
      writeFileSync(
        path.join(workspace, 'always_test.go'),
        'package flaky\n\nimport "testing"\n\nfunc TestAlways(t *testing.T) {\n\trun(t)\n\tt.Fatal("broken for good")\n}\n',
      )
      const r = await check(workspace, { stages: 'test', 'test-reruns': '2' })
      expect(r.exitCode).toBe(1)
      expect(runs(r.workspace)).toMatchObject({ TestAlways: 3, TestFlaky: 2, TestFlakyNot: 1 })
      expect(r.stdout).toMatch(
        /rerun 2 of 2: go test -race -gcflags=all=-dwarf=false -covermode=atomic -coverprofile=\S+ -json -run \^TestAlways\$ example\.com\/flaky\n/,
      )
      expect(errors(r).map(a => `${a.title}@${a.file}:${a.line}`)).toEqual(['TestAlways (example.com/flaky)@always_test.go:7'])
      const { failures, cases } = junit(r.outputs['junit-file'] ?? '')
      expect(failures).toBe('1')
      expect(cases.get('TestAlways')?.failure?.message).toBe('broken for good (always_test.go:7)')
      expect(cases.get('TestAlways')?.rerunFailure).toHaveLength(2)
      expect(cases.get('TestFlaky')?.flakyFailure).toHaveLength(1)
    })
  })

  it('40 findings on a pull request: 10 error annotations, those on changed lines first; all 40 listed with links; SARIF of every vet and lint finding (issue 13)', async () => {
    const workspace = copyWorkspace(path.join(FIXTURES, 'findings40'))
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: workspace, encoding: 'utf8' }).trim()
    git('init', '-q')
    git('add', '-A')
    git('commit', '-qm', 'base: 36 findings')
    const base = git('rev-parse', 'HEAD')
    // The pull request adds a file with a vet finding (golangci-lint's govet's too) and two errcheck ones.
    writeFileSync(
      path.join(workspace, 'labels', 'new.go'),
      'package labels\n\nimport "os"\n\n// Fresh is new in the pull request.\nfunc Fresh(g Guarded, dir string) int {\n\tos.Remove(dir + "/x")\n\tos.Remove(dir + "/y")\n\treturn g.n\n}\n',
    )
    git('add', '-A')
    git('commit', '-qm', 'a pull request with 4 findings')
    const sha = git('rev-parse', 'HEAD')
    const event = { name: 'pull_request', ref: 'refs/pull/7/merge', sha, payload: { pull_request: { number: 7, base: { sha: base } } } }
    const r = await check(workspace, { stages: 'vet, fmt, lint, test' }, event)
    expect(r.exitCode).toBe(1)

    // Exactly 10 error annotations: the 4 on the changed lines, then test failures; the 10th is the step's failure.
    const annotated = r.annotations.filter(a => a.level === 'error')
    expect(annotated).toHaveLength(10)
    expect(annotated.slice(0, 4).map(a => `${a.title}@${a.file}:${a.line}`)).toEqual([
      'go vet (copylocks)@labels/new.go:6',
      'golangci-lint (errcheck)@labels/new.go:7',
      'golangci-lint (errcheck)@labels/new.go:8',
      'golangci-lint (govet)@labels/new.go:6',
    ])
    expect(annotated.slice(4, 9).map(a => a.title)).toEqual([1, 2, 3, 4, 5].map(i => `TestAdd${i} (example.com/findings/calc)`))
    expect(annotated[9]?.file).toBeUndefined()
    expect(annotated[9]).toMatchObject({
      message: expect.stringMatching(/^vet: go vet found 9 problems; fmt: .*; lint: .*; test: 6 tests failed/),
    })
    expect(r.stdout).toContain(
      'GitHub shows 10 annotations per level in a step: of 40 error(s), 0 warning(s) and 1 notice(s), annotated those that matter most',
    )
    expect(r.stdout).toContain('error: calc/calc_test.go:10: TestAdd6 (example.com/findings/calc): TestAdd6: Add(6, 6) = 12, want 13')

    // The summary lists all 40, each linking to its file and line at the commit, and that line exists there.
    // The 40 errors, and the notice on the pull request's lines no test runs (labels/new.go, coverage of the change).
    expect(r.summary).toContain('### All findings: 41 (10 annotated)')
    expect(r.annotations.filter(a => a.level === 'notice').map(a => `${a.title}@${a.file}:${a.line}`)).toEqual(['not covered@labels/new.go:6'])
    const rows = r.summary.split('\n').filter(l => /^\| (❌|⚠️)/.test(l))
    expect(rows).toHaveLength(40)
    expect(rows.filter(l => l.includes('📌'))).toHaveLength(9)
    expect(rows.filter(l => l.includes('✏️'))).toHaveLength(4)
    const prefix = `https://github.com/acme/hello-service/blob/${sha}/`
    for (const row of rows) {
      const m = /\]\((\S+)#L(\d+)\)/.exec(row)
      expect([row, m?.[1]?.startsWith(prefix)]).toEqual([row, true])
      const file = decodeURIComponent((m?.[1] ?? '').slice(prefix.length))
      const lines = git('show', `${sha}:${file}`).split('\n').length
      expect([row, Number(m?.[2]) <= lines]).toEqual([row, true])
    }
    const kinds = (re: RegExp): number => rows.filter(l => re.test(l)).length
    expect([kinds(/\| go vet \(/), kinds(/\| golangci-lint \(/), kinds(/\| gofmt \|/), kinds(/\| TestAdd\d/)]).toEqual([9, 21, 4, 6])

    // The SARIF file: valid SARIF 2.1.0, holding every vet and lint finding with stable rule ids.
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'] ?? '', 'utf8')) as {
      runs: {
        tool: { driver: { name: string } }
        results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[]
      }[]
    }
    expect(sarifSchemaErrors()(sarif)).toEqual([])
    const results = (name: string): string[] =>
      (sarif.runs.find(x => x.tool.driver.name === name)?.results ?? [])
        .map(x => `${x.ruleId}@${x.locations[0]?.physicalLocation.artifactLocation.uri}:${x.locations[0]?.physicalLocation.region.startLine}`)
        .sort()
    expect(results('go vet')).toHaveLength(9)
    expect(results('go vet')).toContain('vet/copylocks@labels/new.go:6')
    expect(results('golangci-lint')).toHaveLength(21)
    expect(results('golangci-lint')).toEqual(expect.arrayContaining(['golangci-lint/errcheck@labels/new.go:7', 'golangci-lint/govet@labels/locks.go:13']))
  })

  describe('coverage of the change on pull requests (issue 13)', () => {
    /** The fixture as a base commit, then a pull request that changes a tested line and adds an untested function. */
    function pullRequest(): { workspace: string; base: string; sha: string } {
      const workspace = copyWorkspace(path.join(FIXTURES, 'covchange'))
      const git = (...args: string[]): string =>
        execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: workspace, encoding: 'utf8' }).trim()
      git('init', '-q')
      git('add', '-A')
      git('commit', '-qm', 'base')
      const base = git('rev-parse', 'HEAD')
      const file = path.join(workspace, 'shapes', 'shapes.go')
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('return w * h', 'return h * w') +
          '\n// Perimeter of a w×h rectangle.\nfunc Perimeter(w, h int) int {\n\tif w < 0 || h < 0 {\n\t\treturn 0\n\t}\n\treturn 2 * (w + h)\n}\n',
      )
      git('commit', '-qam', 'an untested function')
      return { workspace, base, sha: git('rev-parse', 'HEAD') }
    }
    const pr = (base: string, sha: string): EventSpec => ({
      name: 'pull_request',
      ref: 'refs/pull/9/merge',
      sha,
      payload: { pull_request: { number: 9, base: { sha: base } } },
    })

    it('the coverage of the changed statements, a notice on the changed lines no test runs, and its gate', async () => {
      const { workspace, base, sha } = pullRequest()
      // Area's changed line is covered (1 statement); Perimeter's 3 statements, lines 11-15, are not.
      const gated = await check(workspace, { stages: 'test', 'coverage-changed-threshold': '50' }, pr(base, sha))
      expect(gated.exitCode).toBe(1)
      expect(gated.summary).toContain('#### Coverage of the change: 25.0% of 4 changed statements (coverage-changed-threshold 50%: ❌ not met)')
      expect(gated.summary).toContain(
        `| \`shapes/shapes.go\` | 25.0% | 4 | [\`shapes/shapes.go:11–15\`](https://github.com/acme/hello-service/blob/${sha}/shapes/shapes.go#L11-L15) |`,
      )
      expect(gated.annotations).toContainEqual(
        expect.objectContaining({
          level: 'error',
          title: 'coverage of the change',
          message: 'coverage of the changed statements 25.0% (1 of 4) is below coverage-changed-threshold 50%',
        }),
      )
      expect(gated.stdout).toContain(
        '::notice title=not covered,file=shapes/shapes.go,line=11,endLine=15::Lines 11–15 were changed in this pull request and no test runs them.',
      )

      const ungated = await check(workspace, { stages: 'test' }, pr(base, sha))
      expect(ungated.exitCode).toBe(0)
      expect(ungated.summary).toContain('#### Coverage of the change: 25.0% of 4 changed statements\n')
      expect(ungated.annotations.filter(a => a.level === 'notice').map(a => `${a.file}:${a.line}`)).toEqual(['shapes/shapes.go:11'])
    })

    it('a push to the default branch saves the coverage baseline; a pull request adding an untested function shows the drop and fails coverage-max-drop', async () => {
      const service = await startCacheService()
      try {
        const { workspace, base, sha } = pullRequest()
        // One RUNNER_TEMP for both jobs, as a runner keeps it: the baseline entry's paths are part of its version.
        const env = { ...service.env(), RUNNER_TEMP: mkdtempSync(path.join(os.tmpdir(), 'gp-runner-temp-')) }
        const job = (event: EventSpec): Job => new Job({ workspace, toolCache, node: bundleNode(), event, env })
        const inputs = { stages: 'test', 'go-version': '1.26', 'go-download-base-url': mirror.url, 'coverage-max-drop': '5' }
        execFileSync('git', ['checkout', '-q', base], { cwd: workspace })
        const push = await job({ name: 'push', ref: 'refs/heads/main', sha: base }).main(inputs)
        expect(push.exitCode).toBe(0)
        expect(push.summary).toMatch(new RegExp(`Coverage baseline for pull requests: saved as go-pipeline-coverage-v2-[0-9a-f]{12}-${base}\\.`))
        // With the test timing record for shards (issue 15), a small entry of its own too.
        expect(service.entries.map(e => e.key).sort()).toEqual([
          expect.stringMatching(new RegExp(`^go-pipeline-coverage-v2-[0-9a-f]{12}-${base}$`)),
          expect.stringMatching(new RegExp(`^go-pipeline-test-timings-v2-[0-9a-f]{12}-${base}$`)),
        ])

        execFileSync('git', ['checkout', '-q', sha], { cwd: workspace })
        const r = await job(pr(base, sha)).main(inputs)
        expect(r.exitCode).toBe(1)
        expect(r.summary).toContain(
          `#### Coverage against the base branch: 100.0% → 25.0% (−75.0 points) since \`${base.slice(0, 12)}\` (coverage-max-drop 5: ❌ exceeded)`,
        )
        expect(r.summary).toContain('| `example.com/covchange/shapes` | 100.0% | 25.0% | −75.0 |')
        expect(r.summary).toContain('#### Coverage of the change: 25.0% of 4 changed statements')
        expect(r.annotations).toContainEqual(
          expect.objectContaining({
            level: 'error',
            title: 'coverage drop',
            message: `coverage dropped 75.0 points (100.0% → 25.0%) against ${base.slice(0, 12)} on the base branch, more than coverage-max-drop 5`,
          }),
        )
        // The same pull request in a shallow clone (no base commit): a warning, no figure, no comparison.
        const shallow = mkdtempSync(path.join(os.tmpdir(), 'gp-shallow-'))
        execFileSync('git', ['clone', '-q', '--depth=1', `file://${workspace}`, shallow])
        const blind = await new Job({ workspace: shallow, toolCache, node: bundleNode(), event: pr(base, sha), env }).main(inputs)
        expect(blind.exitCode).toBe(0)
        expect(blind.annotations).toContainEqual(
          expect.objectContaining({
            level: 'warning',
            title: 'coverage of the change',
            message: `Coverage of the change: not measured and not compared with the base branch, the base commit ${base} is not in this checkout (check out with fetch-depth: 0).`,
          }),
        )
        expect(blind.summary).not.toContain('#### Coverage against the base branch')
        expect(blind.summary).not.toContain('#### Coverage of the change')
        expect(blind.annotations.filter(a => a.level === 'notice')).toEqual([])
      } finally {
        await service.close()
      }
    })
  })

  it('coverage under the threshold fails with the figure', async () => {
    const r = await check('lowcov', { stages: 'test', 'coverage-threshold': '80' })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.coverage).toBe('14.3')
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', title: 'coverage', message: 'coverage 14.3% is below coverage-threshold 80%' }),
    )
  })

  it('shows every problem in one run: fmt, vet, lint, a failing test and a race', async () => {
    const r = await check('many')
    expect(r.exitCode).toBe(1)
    const got = errors(r).map(a => `${a.title}@${a.file}:${a.line}`)
    expect(got).toEqual(
      expect.arrayContaining([
        'go vet (copylocks)@many.go:12',
        'gofmt@many.go:29',
        'golangci-lint (errcheck)@many.go:16',
        'TestWrong (example.com/many)@many_test.go:12',
      ]),
    )
    // The race is reported at whichever of its two accesses (lines 23, 24) the detector saw second.
    expect(got.filter(g => g.startsWith('TestTwice'))).toEqual([expect.stringMatching(/^TestTwice \(example\.com\/many\)@many\.go:2[34]$/)])
    for (const stage of ['vet', 'fmt', 'lint', 'test']) expect(r.summary).toMatch(new RegExp(`\\| ${stage} \\| ❌ failure \\|`))
    // The build started beside the checks (speculative-build, on by default) and found a library: the row
    // says so rather than blaming the failed checks, and no log group is opened for it.
    expect(r.summary).toContain('| build | ⏭️ skipped | 0.00 s | no main package in 1 module (a library): nothing to build |')
    // vet, fmt and lint ran concurrently, yet each log group is whole: one group per stage, in order.
    const groups = r.stdout.split('\n').filter(l => l.startsWith('::group::') || l.startsWith('::endgroup::'))
    expect(groups.filter(g => g.startsWith('::group::'))).toEqual([
      '::group::Setting up Go 1.26 (from go-version)',
      // No cache service here, so a cold build cache: the shared packages are compiled once first, and
      // packages that do not compile leave that to the checks to report.
      '::group::Compiling the packages once for the checks (cold build cache)',
      '::group::go vet',
      '::group::gofmt check',
      '::group::golangci-lint v2.15.0',
      '::group::go test -race with coverage',
    ])
    expect(groups.every((g, i) => g.startsWith(i % 2 === 0 ? '::group::' : '::endgroup::'))).toBe(true)
  })

  it('a go.work repository: both modules are vetted, linted and tested, with repo-relative paths', async () => {
    const r = await check('gowork')
    expect(r.exitCode).toBe(1)
    const got = errors(r).map(a => `${a.title}@${a.file}:${a.line}`)
    expect(got).toEqual(expect.arrayContaining(['go vet (copylocks)@lib/lib.go:12', 'golangci-lint (govet)@lib/lib.go:12']))
    expect(r.summary).toContain('| `example.com/gowork/lib` | pass |')
    expect(r.summary).toContain('| `example.com/gowork/svc` | pass |')
    expect(r.summary).toContain('Modules: `lib` (example.com/gowork/lib), `svc` (example.com/gowork/svc)')
  })

  it('a nested module is annotated relative to the repository root', async () => {
    const r = await check(path.join(FIXTURES, '..', 'fixtures'), { stages: 'vet', 'working-directory': 'vet-bad' })
    expect(errors(r)).toEqual([expect.objectContaining({ file: 'vet-bad/lock.go', line: 12 })])
  })

  it('only-new-issues on a pull request reports only issues since the base commit', async () => {
    const workspace = copyWorkspace(path.join(FIXTURES, 'lint-bad'))
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: workspace, encoding: 'utf8' }).trim()
    git('init', '-q')
    git('add', '-A')
    git('commit', '-qm', 'base with an old issue')
    const base = git('rev-parse', 'HEAD')
    const old = readFileSync(path.join(workspace, 'files.go'), 'utf8')
    writeFileSync(path.join(workspace, 'files.go'), `${old}\n// Purge removes another file.\nfunc Purge() {\n\tos.Remove("y")\n}\n`)
    git('commit', '-qam', 'a new issue')
    const event = { name: 'pull_request', ref: 'refs/pull/7/merge', payload: { pull_request: { number: 7, base: { sha: base } } } }
    const { main } = await runAction(
      { workspace, toolCache, node: bundleNode(), event },
      { stages: 'lint', 'go-version': '1.26', 'go-download-base-url': mirror.url, 'golangci-lint-base-url': releases.url, 'only-new-issues': 'true' },
    )
    expect(errors(main).map(a => `${a.file}:${a.line}`)).toEqual(['files.go:12'])
    expect(main.summary).toContain(`new since ${base.slice(0, 12)}`)
  })

  it('a tampered golangci-lint archive fails clearly and installs nothing', async () => {
    releases.tamper = true
    try {
      const tc = mkdtempSync(path.join(os.tmpdir(), 'gp-tc-tamper-'))
      const { main } = await runAction(
        { workspace: copyWorkspace(path.join(FIXTURES, 'lint-bad')), toolCache: tc, node: bundleNode() },
        { stages: 'lint', 'go-version': '1.26.8', 'go-download-base-url': mirror.url, 'golangci-lint-base-url': releases.url },
      )
      expect(main.exitCode).toBe(1)
      expect(main.annotations.find(a => a.level === 'error')?.message).toMatch(
        /^lint: checksum mismatch for golangci-lint-2\.15\.0-linux-amd64\.tar\.gz from .* golangci-lint-2\.15\.0-checksums\.txt says sha256 [0-9a-f]{64}, the downloaded file has sha256 [0-9a-f]{64}\. Nothing was installed\.$/,
      )
    } finally {
      releases.tamper = false
    }
  })
})
