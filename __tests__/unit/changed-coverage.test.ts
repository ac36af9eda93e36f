/** Coverage of the change (issue 13): a profile's blocks intersected with the lines a pull request changed. */
import { describe, expect, it } from '@jest/globals'
import { changedCoverage } from '../../src/go/coverage.js'
import type { GoModule } from '../../src/pipeline/context.js'
import { repoPathOfProfileFile } from '../../src/stages/common.js'

const mods = [
  { path: 'example.com/m', repoRel: '.', dir: '/ws', rel: '.' },
  { path: 'example.com/m/sub', repoRel: 'sub', dir: '/ws/sub', rel: 'sub' },
] as unknown as GoModule[]
const repoPath = (file: string): string | undefined => repoPathOfProfileFile(file, mods)

const PROFILE = [
  'mode: atomic',
  'example.com/m/a.go:3.10,5.2 2 1',
  'example.com/m/a.go:7.10,9.2 3 0',
  'example.com/m/a.go:11.1,11.20 1 0',
  'example.com/m/sub/b.go:1.1,2.2 4 0',
  'example.com/m/sub/b.go:1.1,2.2 4 7',
  'example.com/m/sub/b.go:5.1,6.2 1 0',
  'other.org/x/x.go:1.1,9.2 9 0',
].join('\n')

describe('the coverage of the changed statements', () => {
  it.each<[string, Record<string, number[]>, { statements: number; covered: number; percent: string; uncovered: string[] }]>([
    [
      'a block counts whole when one of its lines changed; changed lines in no block (comments) count nothing',
      { 'a.go': [4, 8, 9, 20] },
      { statements: 5, covered: 2, percent: '40.0', uncovered: ['a.go:8-9'] },
    ],
    [
      'uncovered changed lines become ranges of consecutive lines',
      { 'a.go': [7, 8, 9, 11] },
      { statements: 4, covered: 0, percent: '0.0', uncovered: ['a.go:7-9', 'a.go:11-11'] },
    ],
    [
      'a nested module maps to its folder (the longest module path wins); duplicate blocks merge (covered by one run)',
      { 'sub/b.go': [1, 5], 'b.go': [1] },
      { statements: 5, covered: 4, percent: '80.0', uncovered: ['sub/b.go:5-5'] },
    ],
    [
      'files outside the modules and unchanged files count nothing',
      { 'x.go': [1], 'other.org/x/x.go': [1] },
      { statements: 0, covered: 0, percent: '0.0', uncovered: [] },
    ],
    ['no change', {}, { statements: 0, covered: 0, percent: '0.0', uncovered: [] }],
  ])('%s', (_, lines, want) => {
    const changed = new Map(Object.entries(lines).map(([f, ls]) => [f, new Set(ls)]))
    const c = changedCoverage(PROFILE, changed, repoPath)
    expect({ statements: c.statements, covered: c.covered, percent: c.percent, uncovered: c.uncovered.map(u => `${u.file}:${u.from}-${u.to}`) }).toEqual(want)
  })

  it('per file, sorted', () => {
    const c = changedCoverage(
      PROFILE,
      new Map([
        ['sub/b.go', new Set([1])],
        ['a.go', new Set([3])],
      ]),
      repoPath,
    )
    expect(c.byFile).toEqual([
      { file: 'a.go', statements: 2, covered: 2, percent: '100.0' },
      { file: 'sub/b.go', statements: 4, covered: 4, percent: '100.0' },
    ])
  })
})
