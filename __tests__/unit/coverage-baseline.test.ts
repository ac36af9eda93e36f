/** The coverage baseline (issue 13): what a push saves, what a pull request trusts of it, the comparison. */
import { describe, expect, it } from '@jest/globals'
import { baselineOf, baselinePrefix, coverageDelta, parseBaseline, points } from '../../src/cache/coverage-baseline.js'
import { coverageTotals } from '../../src/go/coverage.js'

const SHA = 'a'.repeat(40)
const before = coverageTotals(
  ['mode: atomic', 'ex/a/a.go:1.1,2.2 5 1', 'ex/a/a.go:3.1,4.2 2 0', 'ex/b/b.go:1.1,2.2 3 1', 'ex/gone/g.go:1.1,2.2 1 1'].join('\n'),
)
const after = coverageTotals(
  ['mode: atomic', 'ex/a/a.go:1.1,2.2 5 1', 'ex/a/a.go:3.1,4.2 2 0', 'ex/a/a.go:5.1,9.2 4 0', 'ex/b/b.go:1.1,2.2 3 1', 'ex/new/n.go:1.1,2.2 1 0'].join('\n'),
)

describe('the baseline a push saves and a pull request reads', () => {
  it('round-trips', () => {
    const saved = baselineOf(SHA, before)
    expect(parseBaseline(JSON.stringify(saved))).toEqual(saved)
    expect(baselinePrefix('.')).toMatch(/^go-pipeline-coverage-v2-[0-9a-f]{12}-$/)
    expect(baselinePrefix('svc')).not.toBe(baselinePrefix('.'))
  })

  const good = baselineOf(SHA, before)
  it.each<[string, unknown, string]>([
    ['not JSON', '{', 'not JSON'],
    ['another version', { ...good, v: 2 }, 'version 2, not 1'],
    ['no sha', { ...good, sha: 'main' }, 'no commit sha'],
    ['a percent that is not one', { ...good, percent: '71.43' }, 'bad totals'],
    ['covered over statements', { ...good, covered: 99 }, 'bad totals'],
    ['a negative count', { ...good, statements: -1 }, 'bad totals'],
    ['packages not a list', { ...good, byPackage: {} }, 'no packages'],
    ['a package name with a table pipe', { ...good, byPackage: [{ pkg: 'ex/a|x', statements: 1, covered: 1, percent: '100.0' }] }, 'a bad package path'],
    ['a package with bad figures', { ...good, byPackage: [{ pkg: 'ex/a', statements: 1, covered: 2, percent: '100.0' }] }, 'bad figures for ex/a'],
  ])('refuses %s', (_, doc, why) => {
    expect(parseBaseline(typeof doc === 'string' ? doc : JSON.stringify(doc))).toEqual({ refused: why })
  })
})

describe('the comparison', () => {
  it.each([
    ['71.4', '62.5', -8.9],
    ['0.0', '100.0', 100],
    ['33.3', '33.3', 0],
    ['10.1', '10.2', 0.1],
  ])('%s → %s is %d points, exactly', (a, b, n) => {
    expect(points(a, b)).toBe(n)
  })

  it('the totals and each package that changed, appeared or went', () => {
    const d = coverageDelta(baselineOf(SHA, before), after)
    expect([d.before, d.after, d.points]).toEqual(['81.8', '53.3', -28.5])
    expect(d.byPackage).toEqual([
      { pkg: 'ex/a', before: '71.4', after: '45.5', points: -25.9 },
      { pkg: 'ex/gone', before: '100.0' },
      { pkg: 'ex/new', after: '0.0' },
    ])
  })
})
