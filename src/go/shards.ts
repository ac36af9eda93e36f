/**
 * Test shards: which packages shard i of n tests, and the timing record that balances them. Pure.
 *
 * Every job of a matrix computes the same assignment from the same inputs (the package list and the
 * timing record), so each package lands in exactly one shard without the jobs talking to each other.
 * With a timing record the packages are placed longest first, each into the shard with the least time
 * so far (LPT: the longest shard is within 4/3 of the best possible); packages the record does not know
 * count as the record's median. Without one a package's shard depends on its name alone (rendezvous
 * hashing), so adding or removing packages never moves the others.
 */
import { createHash } from 'node:crypto'

export interface Shard {
  /** 1-based. */
  readonly index: number
  readonly count: number
}

/** The most shards a matrix may have (GitHub's matrix limit is 256 jobs). */
export const MAX_SHARDS = 256

/** `2/4` → shard 2 of 4; a message saying what is accepted otherwise. */
export function parseShard(text: string): Shard | { readonly error: string } {
  const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text)
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    return { error: `i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. 2/4: the second of four shards)` }
  }
  return { index, count }
}

/** Package import path → seconds its tests took. */
export type Timings = ReadonlyMap<string, number>

function rendezvous(pkg: string, count: number): number {
  let best = 0
  let bestScore = ''
  for (let i = 0; i < count; i++) {
    const score = createHash('sha256').update(`${i}\u0000${pkg}`).digest('hex')
    if (score > bestScore) {
      bestScore = score
      best = i
    }
  }
  return best + 1
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 1
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[mid] ?? 1) : ((s[mid - 1] ?? 1) + (s[mid] ?? 1)) / 2
}

export interface Assignment {
  /** Package → its shard (1-based), for every package given. */
  readonly shardOf: ReadonlyMap<string, number>
  /** How: by the timing record, or by name (no record, or it knew none of these packages). */
  readonly by: 'timings' | 'name'
  /** Each shard's expected seconds (by the record; packages it did not know at its median). Empty when by name. */
  readonly expected: readonly number[]
}

/** Assigns every package to one of `count` shards. */
export function assignShards(packages: readonly string[], count: number, timings?: Timings): Assignment {
  const pkgs = [...new Set(packages)].sort()
  const known = timings === undefined ? [] : pkgs.filter(p => timings.has(p))
  if (timings === undefined || known.length === 0) {
    return { shardOf: new Map(pkgs.map(p => [p, rendezvous(p, count)])), by: 'name', expected: [] }
  }
  const fallback = median(known.map(p => timings.get(p) ?? 0))
  const cost = (p: string): number => timings.get(p) ?? fallback
  // Longest first; ties by name, so every job orders them alike.
  const order = [...pkgs].sort((a, b) => cost(b) - cost(a) || (a < b ? -1 : a > b ? 1 : 0))
  const load = Array.from({ length: count }, () => 0)
  const shardOf = new Map<string, number>()
  for (const p of order) {
    let least = 0
    for (let i = 1; i < count; i++) if ((load[i] ?? 0) < (load[least] ?? 0)) least = i
    load[least] = (load[least] ?? 0) + cost(p)
    shardOf.set(p, least + 1)
  }
  return { shardOf, by: 'timings', expected: load }
}

/** The packages of one shard, sorted. */
export function shardPackages(a: Assignment, index: number): string[] {
  return [...a.shardOf].filter(([, s]) => s === index).map(([p]) => p)
}

/** The timing record as stored in the cache: versioned, one number per package. */
export interface TimingRecord {
  readonly v: 1
  readonly sha: string
  readonly packages: Readonly<Record<string, number>>
}

/** A restored record larger than this is refused unread (a record is a few KB). */
export const MAX_TIMINGS_BYTES = 4 * 1024 * 1024

export function timingRecord(sha: string, timings: Timings): TimingRecord {
  const packages: Record<string, number> = {}
  for (const [p, s] of [...timings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) packages[p] = Math.round(s * 1000) / 1000
  return { v: 1, sha, packages }
}

/** A restored timing record, or why it is refused (it came from a cache: nothing in it is trusted). */
export function parseTimingRecord(text: string): TimingRecord | { readonly refused: string } {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return { refused: 'not JSON' }
  }
  if (typeof doc !== 'object' || doc === null) return { refused: 'not an object' }
  const d = doc as Record<string, unknown>
  if (d.v !== 1) return { refused: `version ${String(d.v)}, not 1` }
  if (typeof d.sha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(d.sha)) return { refused: 'no commit sha' }
  if (typeof d.packages !== 'object' || d.packages === null || Array.isArray(d.packages)) return { refused: 'no packages' }
  const packages: Record<string, number> = {}
  for (const [p, s] of Object.entries(d.packages as Record<string, unknown>)) {
    if (p.length === 0 || p.length > 1000 || /[\s|`]/.test(p)) return { refused: 'a bad package path' }
    if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > 86_400) return { refused: `a bad time for ${p}` }
    packages[p] = s
  }
  return { v: 1, sha: d.sha, packages }
}

export function timingsOf(record: TimingRecord): Timings {
  return new Map(Object.entries(record.packages))
}

/** Every key of one working directory's timing records starts so; each commit's own key ends with its sha. */
export function timingsPrefix(workdirHash: string): string {
  return `go-pipeline-test-timings-v2-${workdirHash}-`
}
