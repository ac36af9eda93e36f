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
