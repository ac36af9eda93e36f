/** Coverage profiles (`-coverprofile`): parse, merge, and the totals `go tool cover -func` prints. Pure. */

export interface CoverageTotals {
  readonly statements: number
  readonly covered: number
  /** One decimal, rounded as Go's %.1f does: "88.9". */
  readonly percent: string
  readonly byPackage: readonly { readonly pkg: string; readonly statements: number; readonly covered: number; readonly percent: string }[]
}

interface Block {
  stmts: number
  count: number
}

/** Merges profiles (one per module) into one: duplicate blocks add their counts (max in set mode). */
export function mergeProfiles(profiles: readonly string[]): string {
  let mode = ''
  const blocks = new Map<string, Block>()
  for (const text of profiles) {
    for (const line of text.split('\n')) {
      if (line.startsWith('mode: ')) {
        mode ||= line.slice(6).trim()
        continue
      }
      const m = /^(.+:\d+\.\d+,\d+\.\d+) (\d+) (\d+)$/.exec(line.trim())
      if (!m) continue
      const key = m[1] ?? ''
      const stmts = Number(m[2])
      const count = Number(m[3])
      const b = blocks.get(key)
      if (b === undefined) blocks.set(key, { stmts, count })
      else b.count = mode === 'set' ? Math.max(b.count, count) : b.count + count
    }
  }
  const lines = [`mode: ${mode || 'atomic'}`]
  for (const [key, b] of blocks) lines.push(`${key} ${b.stmts} ${b.count}`)
  return lines.join('\n') + '\n'
}

/** covered/total as a percentage with one decimal, rounding half to even on the exact value, as Go does. */
export function percent(covered: number, total: number): string {
  if (total === 0) return '0.0'
  const num = covered * 1000
  let q = Math.floor(num / total)
  const r = num - q * total
  if (2 * r > total || (2 * r === total && q % 2 === 1)) q++
  return `${Math.floor(q / 10)}.${q % 10}`
}

export function coverageTotals(profile: string): CoverageTotals {
  const perPkg = new Map<string, { statements: number; covered: number }>()
  let statements = 0
  let covered = 0
  for (const line of profile.split('\n')) {
    const m = /^(.+):\d+\.\d+,\d+\.\d+ (\d+) (\d+)$/.exec(line.trim())
    if (!m) continue
    const file = m[1] ?? ''
    const stmts = Number(m[2])
    const hit = Number(m[3]) > 0 ? stmts : 0
    statements += stmts
    covered += hit
    const pkg = file.slice(0, file.lastIndexOf('/'))
    const p = perPkg.get(pkg) ?? { statements: 0, covered: 0 }
    p.statements += stmts
    p.covered += hit
    perPkg.set(pkg, p)
  }
  return {
    statements,
    covered,
    percent: percent(covered, statements),
    byPackage: [...perPkg.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([pkg, p]) => ({ pkg, ...p, percent: percent(p.covered, p.statements) })),
  }
}

/** The coverage of the statements on the lines a change added or changed. */
export interface ChangedCoverage {
  readonly statements: number
  readonly covered: number
  readonly percent: string
  /** Per repository-relative file with changed statements. */
  readonly byFile: readonly { readonly file: string; readonly statements: number; readonly covered: number; readonly percent: string }[]
  /** Changed lines inside blocks no test ran, as ranges of consecutive lines. */
  readonly uncovered: readonly { readonly file: string; readonly from: number; readonly to: number }[]
}

/**
 * Intersects a profile with changed lines: a block (Go's unit of coverage) counts when any of its lines
 * changed, with all its statements; its changed lines are uncovered when its count is 0. `repoPathOf` maps
 * a profile's file (import path + name) to its repository-relative path, undefined for files outside.
 */
export function changedCoverage(
  profile: string,
  changed: ReadonlyMap<string, ReadonlySet<number>>,
  repoPathOf: (file: string) => string | undefined,
): ChangedCoverage {
  const perFile = new Map<string, { statements: number; covered: number; uncovered: Set<number> }>()
  for (const line of mergeProfiles([profile]).split('\n')) {
    const m = /^(.+):(\d+)\.\d+,(\d+)\.\d+ (\d+) (\d+)$/.exec(line.trim())
    if (!m) continue
    const file = repoPathOf(m[1] ?? '')
    const lines = file === undefined ? undefined : changed.get(file)
    if (file === undefined || lines === undefined) continue
    const [start, end, stmts, count] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])]
    const touched = [...lines].filter(l => l >= start && l <= end)
    if (touched.length === 0 || stmts === 0) continue
    const f = perFile.get(file) ?? { statements: 0, covered: 0, uncovered: new Set<number>() }
    f.statements += stmts
    if (count > 0) f.covered += stmts
    else for (const l of touched) f.uncovered.add(l)
    perFile.set(file, f)
  }
  const files = [...perFile.entries()].sort(([a], [b]) => a.localeCompare(b))
  const statements = files.reduce((n, [, f]) => n + f.statements, 0)
  const covered = files.reduce((n, [, f]) => n + f.covered, 0)
  const uncovered: { file: string; from: number; to: number }[] = []
  for (const [file, f] of files) {
    for (const l of [...f.uncovered].sort((a, b) => a - b)) {
      const last = uncovered.at(-1)
      if (last?.file === file && last.to === l - 1) last.to = l
      else uncovered.push({ file, from: l, to: l })
    }
  }
  return {
    statements,
    covered,
    percent: percent(covered, statements),
    byFile: files.map(([file, f]) => ({ file, statements: f.statements, covered: f.covered, percent: percent(f.covered, f.statements) })),
    uncovered,
  }
}
