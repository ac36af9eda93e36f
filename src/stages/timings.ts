/**
 * The test timing record that balances shards: a small cache entry of its own, saved by pushes to the
 * default branch (by the test stage when it ran every package, by the merge stage for a sharded suite),
 * restored by every sharded run (the newest its branch, or its base branch, saved). Like the coverage
 * baseline, what is restored is parsed strictly; anything off means no history (a split by name), never
 * a failure.
 */
import { short } from '../cache/plan.js'
import { MAX_TIMINGS_BYTES, parseTimingRecord, timingRecord, timingsOf, timingsPrefix, type TimingRecord, type Timings } from '../go/shards.js'
import type { Context } from '../pipeline/context.js'
import { workingDirectoryKey } from './common.js'
import { defaultBranchPush, restoreSmallEntry, saveSmallEntry, type SmallEntry } from './small-entry.js'

/** The file in the entry's folder. */
export const TIMINGS_FILE = 'test-timings.json'

function entry(ctx: Context): SmallEntry<TimingRecord> {
  return {
    folder: 'go-pipeline-test-timings',
    file: TIMINGS_FILE,
    prefix: timingsPrefix(short(workingDirectoryKey(ctx), 12)),
    maxBytes: MAX_TIMINGS_BYTES,
    parse: parseTimingRecord,
  }
}

/** The newest timing record the cache holds for this working directory, with the key it came from. */
export async function restoreTimings(ctx: Context): Promise<{ timings: Timings; key: string } | undefined> {
  if (!ctx.config.cache.enabled) return undefined
  const e = entry(ctx)
  const restored = await restoreSmallEntry(ctx, e, `${e.prefix}restore`)
  if (restored === undefined) {
    if (ctx.host.cache !== undefined) ctx.host.log.info('No test timing record yet (a push to the default branch saves one): packages are split by name.')
    return undefined
  }
  if ('refused' in restored) {
    ctx.host.log.warning(`The test timing record ${restored.key} was refused (${restored.refused}): packages are split by name.`, {
      title: 'test timings',
    })
    return undefined
  }
  return { timings: timingsOf(restored.value), key: restored.key }
}

/**
 * On pushes to the default branch: saves the timings of the whole suite. Packages whose result go test
 * took from its cache (`cached`) ran no test: they keep the time the previous record gave them, else are
 * left out (a later assignment counts them at the median). Returns what happened, for the log.
 */
export async function saveTimings(ctx: Context, measured: Timings, cached: ReadonlySet<string>): Promise<string | undefined> {
  const { sha } = ctx.run
  if (ctx.host.cache === undefined || !ctx.config.cache.enabled || !defaultBranchPush(ctx) || !sha) return undefined
  if (ctx.config.cache.save === 'never') return 'test timings not saved: cache-save is never'
  const timings = new Map(measured)
  if (cached.size > 0) {
    const previous = await restoreTimings(ctx)
    for (const p of cached) {
      const t = previous?.timings.get(p)
      if (t !== undefined) timings.set(p, t)
    }
  }
  if (timings.size === 0) return "test timings not saved: every result came from go test's cache"
  const { key, saved } = await saveSmallEntry(ctx, entry(ctx), sha, JSON.stringify(timingRecord(sha, timings)))
  const said = saved ? `test timings of ${timings.size} packages saved as ${key}` : `test timings not saved (the key ${key} is taken, or the service failed)`
  ctx.host.log.info(said)
  return said
}
