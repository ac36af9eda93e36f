/** `go test -json` (test2json) events → a test report, and where each failure happened. Pure. */
import * as path from 'node:path'
import { parsePositionLines, type Finding } from './diagnostics.js'

export type TestStatus = 'pass' | 'fail' | 'skip'

export interface TestCase {
  readonly pkg: string
  readonly name: string
  status: TestStatus | 'running'
  elapsed: number
  readonly output: string[]
}

export interface PackageResult {
  readonly pkg: string
  status: TestStatus | 'running'
  elapsed: number
  /** Build failed: no test ran. */
  buildFailed: boolean
  readonly output: string[]
}

export interface TestReport {
  readonly packages: PackageResult[]
  readonly tests: TestCase[]
  /** Compiler output of packages whose test binary did not build. */
  readonly buildOutput: string[]
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

export function parseTestEvents(stream: string, into: TestReport = { packages: [], tests: [], buildOutput: [] }): TestReport {
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
        if (e.FailedBuild !== undefined) pkg.buildFailed = true
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
function firstUserFrame(lines: readonly string[], roots: readonly string[]): { file: string; line: number } | undefined {
  for (const l of lines) {
    const m = FRAME.exec(l.trimEnd())
    if (!m) continue
    const file = m[1] ?? ''
    if (roots.some(r => file.startsWith(r + path.sep) || file.startsWith(r + '/'))) return { file, line: Number(m[2]) }
  }
  return undefined
}

/**
 * Where a failing test failed: a data race's first frame in the user's code, a panic's, or the
 * `file_test.go:42: message` lines that t.Error/t.Fatal print (relative to the package folder).
 */
export function failureLocation(test: TestCase, pkgDir: string, roots: readonly string[]): FailureLocation | undefined {
  const lines = test.output.join('').split('\n')
  if (lines.some(l => l.includes('WARNING: DATA RACE'))) {
    const at = firstUserFrame(lines.slice(lines.findIndex(l => l.includes('WARNING: DATA RACE'))), roots)
    if (at) return { ...at, kind: 'race', message: `data race detected during ${test.name}` }
  }
  const panicAt = lines.findIndex(l => /^panic: /.test(l))
  if (panicAt >= 0) {
    const at = firstUserFrame(lines.slice(panicAt), roots)
    if (at) return { ...at, kind: 'panic', message: `${test.name} panicked: ${(lines[panicAt] ?? '').replace(/^panic: /, '')}` }
  }
  const asserts: Finding[] = lines
    .filter(l => /^\s+\S+\.go:\d+: /.test(l) && !/^\s+testing\.go:\d+: /.test(l))
    .flatMap(l => parsePositionLines(l.trim(), pkgDir))
  const first = asserts[0]
  if (first) {
    return { file: first.file, line: first.line, kind: 'assertion', message: asserts.map(a => a.message).join('\n') }
  }
  return undefined
}
