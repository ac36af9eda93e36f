/**
 * What a test run leaves for a later job (output test-results): coverage.out, junit.xml, timings.json
 * and shard.json, which says which shard of how many it was, every package of the suite it listed,
 * the ones it tested, and each package's result. The merge stage reads these back from downloaded
 * artifacts: written by a job that ran the repository's code, so parsed strictly and refused whole
 * when anything is off. Pure.
 */
import type { Located, ShardFacts, TestSummary } from '../pipeline/context.js'

export const RESULT_FILES = { coverage: 'coverage.out', junit: 'junit.xml', timings: 'timings.json', shard: 'shard.json' } as const

export interface PackageOutcome {
  readonly pkg: string
  readonly status: 'pass' | 'fail' | 'skip' | 'running'
  readonly elapsed: number
  readonly pass: number
  readonly fail: number
  readonly skip: number
  /** go test took the result from its cache: the time is not the tests'. */
  readonly cached?: boolean
}

export interface ShardReport extends ShardFacts {
  readonly v: 1
  readonly results: readonly PackageOutcome[]
  readonly pass: number
  readonly fail: number
  readonly skip: number
  readonly race: boolean
  readonly failures: readonly Located[]
  readonly flaky: readonly Located[]
  /** Modules whose tests did not run at all (go.mod broken), with why. */
  readonly broken: readonly string[]
}

export function shardReport(facts: ShardFacts, summary: TestSummary, broken: readonly string[], cached: ReadonlySet<string> = new Set()): ShardReport {
  return {
    v: 1,
    ...facts,
    results: summary.packages.map(p => ({ ...p, ...(cached.has(p.pkg) ? { cached: true } : {}) })),
    pass: summary.pass,
    fail: summary.fail,
    skip: summary.skip,
    race: summary.race,
    failures: summary.failures,
    flaky: summary.flaky,
    broken,
  }
}

/** A limit on everything read back: a shard report is a few hundred KB at most. */
export const MAX_SHARD_REPORT_BYTES = 16 * 1024 * 1024

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0
const isSeconds = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0
const isPkg = (p: unknown): p is string => typeof p === 'string' && p.length > 0 && p.length <= 1000 && !/[\s|`]/.test(p)
const isText = (t: unknown, max: number): t is string => typeof t === 'string' && t.length <= max

function located(v: unknown): Located | undefined {
  if (typeof v !== 'object' || v === null) return undefined
  const o = v as Record<string, unknown>
  if (!isText(o.file, 4096) || !isCount(o.line) || !isText(o.message, 65_536)) return undefined
  if (o.source !== undefined && !isText(o.source, 4096)) return undefined
  if (o.col !== undefined && !isCount(o.col)) return undefined
  return {
    file: o.file,
    line: o.line,
    message: o.message,
    ...(typeof o.col === 'number' ? { col: o.col } : {}),
    ...(typeof o.source === 'string' ? { source: o.source } : {}),
  }
}

function list<T>(v: unknown, item: (x: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(v)) return undefined
  const out: T[] = []
  for (const x of v) {
    const y = item(x)
    if (y === undefined) return undefined
    out.push(y)
  }
  return out
}

function outcome(v: unknown): PackageOutcome | undefined {
  if (typeof v !== 'object' || v === null) return undefined
  const o = v as Record<string, unknown>
  if (!isPkg(o.pkg) || !isSeconds(o.elapsed) || !isCount(o.pass) || !isCount(o.fail) || !isCount(o.skip)) return undefined
  if (o.status !== 'pass' && o.status !== 'fail' && o.status !== 'skip' && o.status !== 'running') return undefined
  if (o.cached !== undefined && o.cached !== true) return undefined
  return { pkg: o.pkg, status: o.status, elapsed: o.elapsed, pass: o.pass, fail: o.fail, skip: o.skip, ...(o.cached ? { cached: true } : {}) }
}

/** A shard.json read back, or why it is refused. */
export function parseShardReport(text: string): ShardReport | { readonly refused: string } {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return { refused: 'not JSON' }
  }
  if (typeof doc !== 'object' || doc === null) return { refused: 'not an object' }
  const d = doc as Record<string, unknown>
  if (d.v !== 1) return { refused: `version ${String(d.v)}, not 1` }
  if (!isCount(d.index) || !isCount(d.count) || d.index < 1 || d.index > d.count) return { refused: 'no shard index' }
  if (d.by !== 'timings' && d.by !== 'name' && d.by !== 'all') return { refused: 'no assignment' }
  const packages = list(d.packages, p => (isPkg(p) ? p : undefined))
  const tested = list(d.tested, p => (isPkg(p) ? p : undefined))
  const results = list(d.results, outcome)
  const failures = list(d.failures, located)
  const flaky = list(d.flaky, located)
  const broken = list(d.broken, b => (isText(b, 65_536) ? b : undefined))
  if (!packages || !tested || !results || !failures || !flaky || !broken) return { refused: 'a malformed list' }
  if (!isCount(d.pass) || !isCount(d.fail) || !isCount(d.skip) || typeof d.race !== 'boolean') return { refused: 'bad totals' }
  const expected = d.expected === undefined ? undefined : list(d.expected, x => (isSeconds(x) ? x : undefined))
  if (d.expected !== undefined && expected === undefined) return { refused: 'bad expected times' }
  if (d.record !== undefined && !isText(d.record, 512)) return { refused: 'a bad record key' }
  return {
    v: 1,
    index: d.index,
    count: d.count,
    by: d.by,
    packages,
    tested,
    ...(expected ? { expected } : {}),
    ...(typeof d.record === 'string' ? { record: d.record } : {}),
    results,
    pass: d.pass,
    fail: d.fail,
    skip: d.skip,
    race: d.race,
    failures,
    flaky,
    broken,
  }
}
