import { describe, expect, it } from '@jest/globals'
import { minimatch } from 'minimatch'
import * as path from 'node:path'
import { halfOf, splitPaths } from '../../src/cache/split.js'

describe('a folder saved as two archives', () => {
  const dir = '/home/runner/.cache/go-build'
  const halves = splitPaths(dir, path.posix)
  // What a Go build cache holds (its 256 folders and marker files), and names it never holds.
  const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
  const names = [...hex, 'README', 'trim.txt', 'testexpire.txt', '.hidden', 'seed-1.txt', '7', '8', 'Z', '_x', '[0-7]']

  it('is two entries of one path each, inside the folder', () => {
    expect(halves).toEqual([[`${dir}/[0-7]*`], [`${dir}/[!0-7]*`]])
  })

  it("puts every child in exactly one half, as @actions/glob's matcher (minimatch, dot: true) reads the patterns, and halfOf agrees", () => {
    for (const name of names) {
      const matching = halves.map((h, i) => (minimatch(path.posix.join(dir, name), h[0] ?? '', { dot: true }) ? i : -1)).filter(i => i >= 0)
      expect([name, matching]).toEqual([name, [halfOf(name)]])
    }
  })

  it("splits Go's 256 folders evenly", () => {
    expect(hex.filter(n => halfOf(n) === 0)).toHaveLength(128)
  })
})
