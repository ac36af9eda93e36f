/** Test shards (issue 15): the assignment, the timing record, the profile and JUnit merges, shard.json read back. */
import { describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import { coverageTotals, mergeProfiles } from '../../src/go/coverage.js'
import { mergeJunit } from '../../src/go/junit.js'
import { assignShards, parseShard, parseTimingRecord, shardPackages, timingRecord, timingsOf } from '../../src/go/shards.js'
import { archiveEntry } from '../../src/stages/prebuilt.js'
import { parseShardReport, shardReport } from '../../src/stages/shard-results.js'
import type { TestSummary } from '../../src/pipeline/context.js'

const pkgs = (n: number): string[] => Array.from({ length: n }, (_, i) => `ex.com/m/p${String(i).padStart(2, '0')}`)

/** Every package in exactly one shard, and each shard's list is what shardPackages gives. */
function expectPartition(all: readonly string[], count: number, a: ReturnType<typeof assignShards>): void {
  const seen = Array.from({ length: count }, (_, i) => shardPackages(a, i + 1)).flat()
  expect(seen.sort()).toEqual([...all].sort())
  for (const s of a.shardOf.values()) expect(s >= 1 && s <= count).toBe(true)
}

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
    ['256/256', { index: 256, count: 256 }],
  ])('%s', (text, want) => expect(parseShard(text)).toEqual(want))
  it.each(['0/3', '4/3', '1/0', '1', '1/2/3', 'a/b', '-1/2', '1/257', '1.5/2'])('%s is refused, saying what is accepted', text => {
    expect(parseShard(text)).toEqual({ error: expect.stringContaining('i/n with 1 ≤ i ≤ n') })
  })
})

describe('assignShards without history (by name)', () => {
  it('n = 1: everything in shard 1', () => {
    const a = assignShards(pkgs(7), 1)
    expect(shardPackages(a, 1)).toEqual(pkgs(7))
    expect(a.by).toBe('name')
  })
  it.each([1, 2, 3, 5, 8, 40])('every package in exactly one shard with n = %i (including n > packages)', n => {
    expectPartition(pkgs(31), n, assignShards(pkgs(31), n))
    expectPartition(pkgs(3), n, assignShards(pkgs(3), n))
  })
  it('n > packages: some shards are empty, none has a package twice', () => {
    const a = assignShards(pkgs(2), 5)
    const sizes = [1, 2, 3, 4, 5].map(i => shardPackages(a, i).length)
    expect(sizes.reduce((x, y) => x + y, 0)).toBe(2)
    expect(sizes.filter(s => s === 0).length).toBeGreaterThanOrEqual(3)
  })
  it('stable under added and removed packages: no other package moves', () => {
    const before = assignShards(pkgs(30), 4)
    const added = assignShards([...pkgs(30), 'ex.com/m/new', 'ex.com/m/zz'], 4)
    const removed = assignShards(
      pkgs(30).filter((_, i) => i % 7 !== 0),
      4,
    )
    for (const p of pkgs(30)) expect([p, added.shardOf.get(p)]).toEqual([p, before.shardOf.get(p)])
    for (const [p, s] of removed.shardOf) expect([p, s]).toEqual([p, before.shardOf.get(p)])
  })
  it('the same answer whatever order the packages come in, and duplicates count once', () => {
    const list = pkgs(20)
    const a = assignShards(list, 3)
    const b = assignShards([...list].reverse().concat(list.slice(0, 4)), 3)
    expect([...b.shardOf].sort()).toEqual([...a.shardOf].sort())
  })
  it('a record that knows none of the packages is no history', () => {
    expect(assignShards(pkgs(5), 2, new Map([['other/pkg', 3]])).by).toBe('name')
  })
})

describe('assignShards with a timing record', () => {
  it('balances: the longest shard within 1.15 of the mean on uneven times', () => {
    const all = pkgs(32)
    // Uneven: a few slow packages, many quick ones (seconds).
    const times = new Map(all.map((p, i) => [p, i % 8 === 0 ? 6 + (i % 3) : 0.2 + ((i * 37) % 11) / 10]))
    const a = assignShards(all, 3, times)
    expect(a.by).toBe('timings')
    expectPartition(all, 3, a)
    const load = [1, 2, 3].map(i => shardPackages(a, i).reduce((s, p) => s + (times.get(p) ?? 0), 0))
    expect(load.map(l => Math.round(l * 1000) / 1000)).toEqual(a.expected.map(l => Math.round(l * 1000) / 1000))
    const mean = load.reduce((x, y) => x + y, 0) / 3
    expect(Math.max(...load) / mean).toBeLessThanOrEqual(1.15)
  })
  it('one package longer than the rest together gets a shard of its own', () => {
    const times = new Map([
      ['a', 100],
      ['b', 1],
      ['c', 1],
      ['d', 1],
    ])
    const a = assignShards(['a', 'b', 'c', 'd'], 2, times)
    expect(shardPackages(a, a.shardOf.get('a') ?? 0)).toEqual(['a'])
  })
  it('packages the record does not know count as its median', () => {
    const times = new Map([
      ['a', 4],
      ['b', 2],
      ['c', 1],
    ])
    const a = assignShards(['a', 'b', 'c', 'new1', 'new2'], 2, times)
    expect(a.expected.reduce((x, y) => x + y, 0)).toBe(4 + 2 + 1 + 2 + 2)
    expectPartition(['a', 'b', 'c', 'new1', 'new2'], 2, a)
  })
  it('ties are broken by name, so every job computes the same shards', () => {
    const all = pkgs(12)
    const times = new Map(all.map(p => [p, 1]))
    const a = assignShards(all, 4, times)
    const b = assignShards([...all].reverse(), 4, new Map([...times].reverse()))
    expect([...b.shardOf].sort()).toEqual([...a.shardOf].sort())
    expect([1, 2, 3, 4].map(i => shardPackages(a, i).length)).toEqual([3, 3, 3, 3])
  })
})

describe('the timing record', () => {
  const SHA = 'b'.repeat(40)
  it('round-trips through the cache format', () => {
    const t = new Map([
      ['ex/a', 1.23456],
      ['ex/b', 0],
    ])
    const rec = timingRecord(SHA, t)
    const back = parseTimingRecord(JSON.stringify(rec))
    if ('refused' in back) throw new Error(back.refused)
    expect(timingsOf(back)).toEqual(
      new Map([
        ['ex/a', 1.235],
        ['ex/b', 0],
      ]),
    )
  })
  it.each([
    ['not json', 'not JSON'],
    ['[]', 'version undefined, not 1'],
    [JSON.stringify({ v: 2, sha: SHA, packages: {} }), 'version 2, not 1'],
    [JSON.stringify({ v: 1, sha: 'x', packages: {} }), 'no commit sha'],
    [JSON.stringify({ v: 1, sha: SHA, packages: [] }), 'no packages'],
    [JSON.stringify({ v: 1, sha: SHA, packages: { 'a b': 1 } }), 'a bad package path'],
    [JSON.stringify({ v: 1, sha: SHA, packages: { a: -1 } }), 'a bad time for a'],
    [JSON.stringify({ v: 1, sha: SHA, packages: { a: '3' } }), 'a bad time for a'],
    [JSON.stringify({ v: 1, sha: SHA, packages: { a: 1e9 } }), 'a bad time for a'],
  ])('%s is refused: %s', (text, why) => expect(parseTimingRecord(text)).toEqual({ refused: why }))
})

describe('mergeProfiles (shards and reruns)', () => {
  const totals = (p: string): string => coverageTotals(p).percent
  it('atomic and count: the counts of the same block are added', () => {
    for (const mode of ['atomic', 'count']) {
      const merged = mergeProfiles([`mode: ${mode}\nex/a/a.go:1.1,2.2 3 2\nex/a/a.go:3.1,4.2 1 0\n`, `mode: ${mode}\nex/a/a.go:1.1,2.2 3 5\n`])
      expect(merged).toBe(`mode: ${mode}\nex/a/a.go:1.1,2.2 3 7\nex/a/a.go:3.1,4.2 1 0\n`)
    }
  })
  it('set: a block is covered when any profile covered it (never a count above 1)', () => {
    const merged = mergeProfiles(['mode: set\nex/a/a.go:1.1,2.2 3 1\nex/a/a.go:3.1,4.2 1 0\n', 'mode: set\nex/a/a.go:1.1,2.2 3 1\nex/a/a.go:3.1,4.2 1 1\n'])
    expect(merged).toBe('mode: set\nex/a/a.go:1.1,2.2 3 1\nex/a/a.go:3.1,4.2 1 1\n')
  })
  it('disjoint packages (the usual shards): the union, and the total of the whole suite', () => {
    const one = 'mode: atomic\nex/a/a.go:1.1,2.2 4 1\nex/a/a.go:3.1,4.2 4 0\n'
    const two = 'mode: atomic\nex/b/b.go:1.1,2.2 2 3\n'
    expect(totals(mergeProfiles([one, two]))).toBe(totals(`${one}ex/b/b.go:1.1,2.2 2 3\n`))
    expect(totals(mergeProfiles([one, two]))).toBe('60.0')
  })
  it('overlapping blocks of one file that are not the same block stay apart (each counts its own statements)', () => {
    const merged = mergeProfiles(['mode: atomic\nex/a/a.go:1.1,5.2 4 1\n', 'mode: atomic\nex/a/a.go:3.1,5.2 2 0\n'])
    expect(merged.split('\n').filter(Boolean)).toEqual(['mode: atomic', 'ex/a/a.go:1.1,5.2 4 1', 'ex/a/a.go:3.1,5.2 2 0'])
    expect(totals(merged)).toBe('66.7')
  })
  it('empty parts (a shard with no packages) change nothing', () => {
    expect(mergeProfiles(['', 'mode: atomic\nex/a/a.go:1.1,2.2 1 1\n', 'mode: atomic\n'])).toBe('mode: atomic\nex/a/a.go:1.1,2.2 1 1\n')
  })
})

describe('mergeJunit', () => {
  const part = (pkg: string, cases: string, totals: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ${totals}>\n  <testsuite name="${pkg}" tests="2" failures="1" errors="0" skipped="0" time="1.500">\n${cases}\n  </testsuite>\n</testsuites>`
  it('every testsuite of every part under one testsuites with the summed totals; text and entities survive', () => {
    const a = part(
      'ex/a',
      '<testcase classname="ex/a" name="TestA" time="0.5"></testcase><testcase classname="ex/a" name="TestB" time="1.0"><failure message="want &lt;1&gt;" type="assertion">a_test.go:9: want &lt;1&gt; &amp; more</failure></testcase>',
      'tests="2" failures="1" errors="0" skipped="0" time="1.500"',
    )
    const b = part(
      'ex/b',
      '<testcase classname="ex/b" name="TestC" time="0.25"><skipped message="short"></skipped></testcase><testcase classname="ex/b" name="TestD" time="0.25"></testcase>',
      'tests="2" failures="0" errors="0" skipped="1" time="0.500"',
    )
    const xml = mergeJunit([
      { name: 'a', xml: a },
      { name: 'b', xml: b },
      { name: 'empty', xml: '<?xml version="1.0"?>\n<testsuites></testsuites>' },
    ])
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: t => ['testsuite', 'testcase'].includes(t) }).parse(xml) as {
      testsuites: {
        tests: string
        failures: string
        skipped: string
        time: string
        testsuite: { name: string; testcase: { name: string; failure?: { '#text': string; message: string } }[] }[]
      }
    }
    const root = doc.testsuites
    expect([root.tests, root.failures, root.skipped, root.time]).toEqual(['4', '1', '1', '2.000'])
    expect(root.testsuite.map(s => s.name)).toEqual(['ex/a', 'ex/b'])
    const failed = root.testsuite[0]?.testcase[1]?.failure
    expect(failed?.message).toBe('want <1>')
    expect(failed?.['#text']).toBe('a_test.go:9: want <1> & more')
  })
  it('a part that is not a testsuites document is refused by name', () => {
    expect(() => mergeJunit([{ name: 'shard-2/junit.xml', xml: '<html></html>' }])).toThrow('shard-2/junit.xml has no testsuites element')
  })
})

describe('shard.json', () => {
  const summary: TestSummary = {
    packages: [{ pkg: 'ex/a', status: 'fail', elapsed: 1.5, pass: 1, fail: 1, skip: 0 }],
    pass: 1,
    fail: 1,
    skip: 0,
    slowest: [],
    failures: [{ file: 'a/a_test.go', line: 9, message: 'TestB: want 1', source: 'TestB (ex/a)' }],
    race: true,
    reruns: 0,
    flaky: [],
  }
  const report = shardReport({ index: 2, count: 3, by: 'timings', packages: ['ex/a', 'ex/b'], tested: ['ex/a'], expected: [1, 2, 3], record: 'k' }, summary, [])
  it('round-trips, with the packages whose result go test took from its cache', () => {
    expect(parseShardReport(JSON.stringify(report))).toEqual(report)
    const cached = shardReport({ index: 1, count: 1, by: 'all', packages: ['ex/a'], tested: ['ex/a'] }, summary, [], new Set(['ex/a']))
    expect(cached.results[0]?.cached).toBe(true)
    expect(parseShardReport(JSON.stringify(cached))).toEqual(cached)
  })
  it.each([
    ['a shard index beyond the count', { ...report, index: 4 }, 'no shard index'],
    ['an unknown assignment', { ...report, by: 'magic' }, 'no assignment'],
    ['a package path with a space', { ...report, packages: ['ex/a b'] }, 'a malformed list'],
    ['a result with a negative time', { ...report, results: [{ ...summary.packages[0], elapsed: -1 }] }, 'a malformed list'],
    ['a failure without a line', { ...report, failures: [{ file: 'x', message: 'm' }] }, 'a malformed list'],
    ['a count that is not a number', { ...report, pass: '1' }, 'bad totals'],
    ['another version', { ...report, v: 2 }, 'version 2, not 1'],
    ['cached that is not true', { ...report, results: [{ ...summary.packages[0], cached: 'yes' }] }, 'a malformed list'],
  ])('%s is refused', (_what, doc, why) => expect(parseShardReport(JSON.stringify(doc))).toEqual({ refused: why }))
})

describe("archiveEntry (the gather stage reads the build stage's archive names)", () => {
  it.each([
    ['hello_1.2.3_linux_amd64.tar.gz', { name: 'hello', platform: 'linux/amd64' }],
    ['my_app_2.0.0-rc.1_linux_arm_v7.tar.gz', { name: 'my_app', platform: 'linux/arm/v7' }],
    ['hello_1.2.3_windows_amd64.zip', { name: 'hello', platform: 'windows/amd64' }],
    ['linux_amd64/hello', undefined],
    ['checksums.txt', undefined],
    ['hello_1.2.3_plan10_amd64.tar.gz', undefined],
  ])('%s', (rel, want) => expect(archiveEntry(rel)).toEqual(want))
})
