/**
 * The coverage baseline: a small cache entry of its own, saved by pushes to the default branch (the
 * totals and per-package figures of that commit), restored by pull requests (the newest one their base
 * branch saved) to report the total before and after, each package's change, and gate the drop. What
 * is restored is data from a cache, so it is parsed strictly and refused whole when anything is off. Pure.
 */
import type { CoverageTotals } from '../go/coverage.js'
import { short } from './plan.js'

export interface CoverageBaseline {
  readonly v: 1
  /** The commit it measured. */
  readonly sha: string
  readonly percent: string
  readonly statements: number
  readonly covered: number
  readonly byPackage: readonly { readonly pkg: string; readonly statements: number; readonly covered: number; readonly percent: string }[]
}

/** The file in the entry's folder. */
export const BASELINE_FILE = 'coverage-baseline.json'

/** A restored file larger than this is refused unread (a baseline is a few KB). */
export const MAX_BASELINE_BYTES = 4 * 1024 * 1024

/** Every key of one working directory's baselines starts so; each commit's own key ends with its sha. */
export function baselinePrefix(workingDirectory: string): string {
  return `go-pipeline-coverage-v2-${short(workingDirectory, 12)}-`
}

export function baselineOf(sha: string, totals: CoverageTotals): CoverageBaseline {
  return { v: 1, sha, percent: totals.percent, statements: totals.statements, covered: totals.covered, byPackage: totals.byPackage }
}

const PERCENT = /^(100\.0|\d{1,2}\.\d)$/
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0

/** A restored baseline, or why it is refused. */
export function parseBaseline(text: string): CoverageBaseline | { readonly refused: string } {
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
  if (typeof d.percent !== 'string' || !PERCENT.test(d.percent) || !isCount(d.statements) || !isCount(d.covered) || d.covered > d.statements) {
    return { refused: 'bad totals' }
  }
  if (!Array.isArray(d.byPackage)) return { refused: 'no packages' }
  const byPackage: CoverageBaseline['byPackage'][number][] = []
  for (const p of d.byPackage as unknown[]) {
    const q = (typeof p === 'object' && p !== null ? p : {}) as Record<string, unknown>
    if (typeof q.pkg !== 'string' || q.pkg.length > 1000 || /[\s|`]/.test(q.pkg)) return { refused: 'a bad package path' }
    if (!isCount(q.statements) || !isCount(q.covered) || q.covered > q.statements || typeof q.percent !== 'string' || !PERCENT.test(q.percent)) {
      return { refused: `bad figures for ${q.pkg}` }
    }
    byPackage.push({ pkg: q.pkg, statements: q.statements, covered: q.covered, percent: q.percent })
  }
  return { v: 1, sha: d.sha, percent: d.percent, statements: d.statements, covered: d.covered, byPackage }
}

/** Points between two one-decimal percentages, exactly (no float noise): "71.4" → "62.5" is -8.9. */
export function points(before: string, after: string): number {
  return (Math.round(Number(after) * 10) - Math.round(Number(before) * 10)) / 10
}

export interface CoverageDelta {
  readonly sha: string
  readonly before: string
  readonly after: string
  readonly points: number
  /** Packages whose coverage changed, appeared or went, by name. */
  readonly byPackage: readonly { readonly pkg: string; readonly before?: string; readonly after?: string; readonly points?: number }[]
}

export function coverageDelta(baseline: CoverageBaseline, now: CoverageTotals): CoverageDelta {
  const was = new Map(baseline.byPackage.map(p => [p.pkg, p.percent]))
  const is = new Map(now.byPackage.map(p => [p.pkg, p.percent]))
  const names = [...new Set([...was.keys(), ...is.keys()])].sort()
  const byPackage = names.flatMap(pkg => {
    const before = was.get(pkg)
    const after = is.get(pkg)
    if (before !== undefined && after !== undefined) return before === after ? [] : [{ pkg, before, after, points: points(before, after) }]
    return [{ pkg, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) }]
  })
  return { sha: baseline.sha, before: baseline.percent, after: now.percent, points: points(baseline.percent, now.percent), byPackage }
}
