/** `go test -json` (test2json) events → a test report, and where each failure happened. Pure. */
import * as path from 'node:path'
import { isWithin } from '../paths.js'

export type TestStatus = 'pass' | 'fail' | 'skip'

export interface TestCase {
  readonly pkg: string
  readonly name: string
  status: TestStatus | 'running'
  elapsed: number
  readonly output: string[]
  /** Earlier runs that failed, oldest first, when the test was rerun (test-reruns); its result is the last run's. */
  attempts?: readonly TestAttempt[]
}

/** One failed run of a test that was then run again. */
export interface TestAttempt {
  readonly elapsed: number
  readonly output: readonly string[]
}

export interface PackageResult {
  readonly pkg: string
  status: TestStatus | 'running'
  elapsed: number
  /** Build failed: no test ran. */
  buildFailed: boolean
  /** The build that failed (test2json's FailedBuild, an import path such as `ex/a [ex/a.test]`): its lines are in TestReport.buildLogs. */
  failedBuild?: string
  readonly output: string[]
}

export interface TestReport {
  readonly packages: PackageResult[]
  readonly tests: TestCase[]
  /** Compiler output of packages whose test binary did not build. */
  readonly buildOutput: string[]
  /** The same lines by the build they came from (test2json's ImportPath). */
  readonly buildLogs: Map<string, string[]>
}

interface Event {
  Action?: string
  Package?: string
  ImportPath?: string
  Test?: string
  Elapsed?: number
  Output?: string
  FailedBuild?: string
}

export function emptyTestReport(): TestReport {
  return { packages: [], tests: [], buildOutput: [], buildLogs: new Map() }
}

export function parseTestEvents(stream: string, into: TestReport = emptyTestReport()): TestReport {
  const pkgs = new Map(into.packages.map(p => [p.pkg, p]))
  const tests = new Map(into.tests.map(t => [`${t.pkg}\u0000${t.name}`, t]))
  for (const line of stream.split('\n')) {
    if (!line.startsWith('{')) continue
    let e: Event
    try {
      e = JSON.parse(line) as Event
    } catch {
      continue
    }
    if (e.Action === 'build-output') {
      into.buildOutput.push(e.Output ?? '')
      const at = e.ImportPath ?? ''
      into.buildLogs.set(at, [...(into.buildLogs.get(at) ?? []), e.Output ?? ''])
      continue
    }
    if (e.Package === undefined || e.Action === undefined) continue
    let pkg = pkgs.get(e.Package)
    if (pkg === undefined) {
      pkg = { pkg: e.Package, status: 'running', elapsed: 0, buildFailed: false, output: [] }
      pkgs.set(e.Package, pkg)
      into.packages.push(pkg)
    }
    if (e.Test === undefined) {
      if (e.Action === 'output') pkg.output.push(e.Output ?? '')
      if (e.Action === 'pass' || e.Action === 'fail' || e.Action === 'skip') {
        pkg.status = e.Action
        pkg.elapsed = e.Elapsed ?? 0
        if (e.FailedBuild !== undefined) {
          pkg.buildFailed = true
          pkg.failedBuild = e.FailedBuild
        }
      }
      continue
    }
    const key = `${e.Package}\u0000${e.Test}`
    let test = tests.get(key)
    if (test === undefined) {
      test = { pkg: e.Package, name: e.Test, status: 'running', elapsed: 0, output: [] }
      tests.set(key, test)
      into.tests.push(test)
    }
    if (e.Action === 'output') test.output.push(e.Output ?? '')
    if (e.Action === 'pass' || e.Action === 'fail' || e.Action === 'skip') {
      test.status = e.Action
      test.elapsed = e.Elapsed ?? 0
    }
  }
  return into
}

/** Failed tests none of whose subtests failed: where the failure itself is. */
export function failedLeaves(report: TestReport): TestCase[] {
  const failed = report.tests.filter(t => t.status === 'fail')
  return failed.filter(t => !failed.some(o => o.pkg === t.pkg && o.name.startsWith(`${t.name}/`)))
}

export interface FailureLocation {
  readonly file: string
  readonly line: number
  readonly message: string
  readonly kind: 'race' | 'panic' | 'assertion' | 'unknown'
}

const FRAME = /^\s+((?:[A-Za-z]:)?[/\\].*\.go):(\d+)(?: \+0x[0-9a-f]+)?$/

/** The first stack frame in the user's code (under one of `roots`), or undefined. */
function firstUserFrame(lines: readonly string[], roots: readonly string[], platform: NodeJS.Platform): { file: string; line: number } | undefined {
  for (const l of lines) {
    const m = FRAME.exec(l.trimEnd())
    if (!m) continue
    const file = m[1] ?? ''
    if (roots.some(r => isWithin(r, file, platform))) return { file, line: Number(m[2]) }
  }
  return undefined
}

/** `    file_test.go:42: message` (t.Error, t.Fatal, testify's blocks), the message possibly empty. */
const POSITION = /^(\s+)([^\s:]+\.go):(\d+):(?: (.*))?$/

/** One t.Error/t.Fatal report: its position, and its message with the continuation lines under it. */
interface Report {
  readonly file: string
  readonly line: number
  readonly message: string
}

function reports(lines: readonly string[]): Report[] {
  const out: Report[] = []
  for (let i = 0; i < lines.length; i++) {
    const m = POSITION.exec((lines[i] ?? '').trimEnd())
    if (!m) continue
    const [, indent = '', file = '', line = '0', first = ''] = m
    if (file === 'testing.go') continue
    // The message goes on in lines indented deeper than the position (testify's Error Trace blocks,
    // a message that starts with a new line), up to the next position or the end of the test.
    const body: string[] = first.trim() === '' ? [] : [first.trim()]
    let j = i + 1
    for (; j < lines.length; j++) {
      const next = lines[j] ?? ''
      if (next.trim() === '' || POSITION.test(next.trimEnd()) || !next.startsWith(indent) || !/^\s/.test(next.slice(indent.length))) break
      const text = next.trim()
      // testify's Error Trace and Test lines repeat what the position says (a trace goes on in bare path:line lines).
      if (!text.startsWith('Error Trace:') && !text.startsWith('Test:') && !/^\S+\.go:\d+$/.test(text))
        body.push(text.replace(/\t+/g, ' ').replace(/\s{2,}/g, ' '))
    }
    i = j - 1
    out.push({ file, line: Number(line), message: body.join('\n') || 'failed' })
  }
  return out
}

/**
 * Where a failing test failed: a data race's first frame in the user's code, a panic's, or the
 * `file_test.go:42: message` lines that t.Error/t.Fatal print (relative to the package folder), with
 * messages on the same line, on the lines after (testify), in subtests and through t.Helper.
 */
export function failureLocation(
  test: TestCase,
  pkgDir: string,
  roots: readonly string[],
  platform: NodeJS.Platform = process.platform,
): FailureLocation | undefined {
  const lines = test.output.join('').split('\n')
  if (lines.some(l => l.includes('WARNING: DATA RACE'))) {
    const at = firstUserFrame(lines.slice(lines.findIndex(l => l.includes('WARNING: DATA RACE'))), roots, platform)
    if (at) return { ...at, kind: 'race', message: `data race detected during ${test.name}` }
  }
  const panicAt = lines.findIndex(l => l.startsWith('panic: '))
  if (panicAt >= 0) {
    const at = firstUserFrame(lines.slice(panicAt), roots, platform)
    if (at) return { ...at, kind: 'panic', message: `${test.name} panicked: ${(lines[panicAt] ?? '').replace(/^panic: /, '')}` }
  }
  const found = reports(lines)
  const first = found[0]
  if (first) {
    const p = platform === 'win32' ? path.win32 : path.posix
    return { file: p.resolve(pkgDir, first.file), line: first.line, kind: 'assertion', message: found.map(r => r.message).join('\n') }
  }
  return undefined
}

/** The line of `func <Test>(` in a test file's text (for a failure that printed no position), or undefined. */
export function testFunctionLine(source: string, testName: string): number | undefined {
  const top = testName.split('/')[0] ?? testName
  const i = source.split('\n').findIndex(l => l.startsWith(`func ${top}(`))
  return i < 0 ? undefined : i + 1
}
