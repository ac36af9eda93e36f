/** Small cache entries (the coverage baseline, the test timing record): saved by key, restored by prefix, refused when off. */
import { describe, expect, it } from '@jest/globals'
import type { CacheService } from '../../src/ports/ports.js'
import { defaultBranchPush, restoreSmallEntry, saveSmallEntry, type SmallEntry } from '../../src/stages/small-entry.js'
import { context, fakeHost, type FakeHost } from './fakes.js'

const ENTRY: SmallEntry<{ n: number }> = {
  folder: 'gp-entry',
  file: 'entry.json',
  prefix: 'gp-entry-v1-',
  maxBytes: 64,
  parse: text => {
    const n = (JSON.parse(text) as { n?: unknown }).n
    return typeof n === 'number' ? { n } : { refused: 'no n' }
  },
}
const FILE = '/tmp/run/gp-entry/entry.json'

/** A cache service over the fake host's files: an entry is the text of the one file its folder holds. */
function service(host: FakeHost): CacheService & { entries: Map<string, string>; asked: string[][] } {
  const entries = new Map<string, string>()
  const asked: string[][] = []
  return {
    entries,
    asked,
    async restore(_paths, key, restoreKeys) {
      asked.push([key, ...restoreKeys])
      const matched = [...entries.keys()].reverse().find(k => k === key || restoreKeys.some(p => k.startsWith(p)))
      if (matched === undefined) return {}
      host.texts.set(FILE, entries.get(matched) ?? '')
      return { matched }
    },
    async save(_paths, key) {
      if (entries.has(key)) return -1
      entries.set(key, host.texts.get(FILE) ?? '')
      return entries.size
    },
  }
}

function setup(): { host: FakeHost; cache: ReturnType<typeof service> } {
  const host = fakeHost()
  const cache = service(host)
  Object.assign(host, { cache })
  return { host, cache }
}

describe('small cache entries', () => {
  it('saves under <prefix><sha>, restores the newest by prefix, and reports a taken key', async () => {
    const { host, cache } = setup()
    const ctx = context(host)
    expect(await saveSmallEntry(ctx, ENTRY, 'a1', '{"n":1}')).toEqual({ key: 'gp-entry-v1-a1', saved: true })
    expect(await saveSmallEntry(ctx, ENTRY, 'b2', '{"n":2}')).toEqual({ key: 'gp-entry-v1-b2', saved: true })
    expect(await saveSmallEntry(ctx, ENTRY, 'b2', '{"n":3}')).toEqual({ key: 'gp-entry-v1-b2', saved: false })
    expect(await restoreSmallEntry(ctx, ENTRY, 'gp-entry-v1-restore')).toEqual({ value: { n: 2 }, key: 'gp-entry-v1-b2' })
    expect(cache.asked.at(-1)).toEqual(['gp-entry-v1-restore', 'gp-entry-v1-'])
  })

  it.each([
    ['over the size cap', `{"n":1,"pad":"${'x'.repeat(80)}"}`, 'too large'],
    ["refused by the entry's parser", '{"m":1}', 'no n'],
  ])('an entry %s is refused, with the key it came from', async (_what, text, why) => {
    const { host, cache } = setup()
    cache.entries.set('gp-entry-v1-c3', text)
    expect(await restoreSmallEntry(context(host), ENTRY, 'gp-entry-v1-restore')).toEqual({ refused: why, key: 'gp-entry-v1-c3' })
  })

  it('nothing to restore, or no cache service: undefined', async () => {
    const { host } = setup()
    expect(await restoreSmallEntry(context(host), ENTRY, 'gp-entry-v1-restore')).toBeUndefined()
    expect(await restoreSmallEntry(context(fakeHost()), ENTRY, 'gp-entry-v1-restore')).toBeUndefined()
    expect(await saveSmallEntry(context(fakeHost()), ENTRY, 'a1', '{}')).toEqual({ key: 'gp-entry-v1-a1', saved: false })
  })

  it('only a push to the default branch saves', () => {
    const ctx = context(fakeHost())
    const on = (run: Partial<typeof ctx.run>): boolean => defaultBranchPush({ ...ctx, run: { ...ctx.run, ...run } })
    expect(on({ eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main' })).toBe(true)
    expect(on({ eventName: 'push', ref: 'refs/heads/feature', defaultBranch: 'main' })).toBe(false)
    expect(on({ eventName: 'push', ref: 'refs/tags/v1.0.0', defaultBranch: 'main' })).toBe(false)
    expect(on({ eventName: 'pull_request', ref: 'refs/pull/7/merge', defaultBranch: 'main' })).toBe(false)
    expect(on({ eventName: 'push', ref: 'refs/heads/main' })).toBe(false)
  })
})
