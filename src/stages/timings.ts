/**
 * The test timing record that balances shards: a small cache entry of its own, saved by pushes to the
 * default branch (by the test stage when it ran every package, by the merge stage for a sharded suite),
 * restored by every sharded run (the newest its branch, or its base branch, saved). Like the coverage
 * baseline, what is restored is parsed strictly; anything off means no history (a split by name), never
 * a failure.
 */
import * as path from 'node:path'
import { short } from '../cache/plan.js'
import { MAX_TIMINGS_BYTES, parseTimingRecord, timingRecord, timingsOf, timingsPrefix, type Timings } from '../go/shards.js'
import type { Context } from '../pipeline/context.js'
import { workingDirectoryKey } from './common.js'

/** The file in the entry's folder. */
export const TIMINGS_FILE = 'test-timings.json'

function prefix(ctx: Context): string {
  return timingsPrefix(short(workingDirectoryKey(ctx), 12))
}

// A fixed folder: a cache entry's version is a hash of its paths, so every run must use the same one.
const folder = (ctx: Context): string => path.join(ctx.host.tempDir, 'go-pipeline-test-timings')

/** The newest timing record the cache holds for this working directory, with the key it came from. */
export async function restoreTimings(ctx: Context): Promise<{ timings: Timings; key: string } | undefined> {
  const service = ctx.host.cache
  if (service === undefined || !ctx.config.cache.enabled) return undefined
  const dir = folder(ctx)
  await ctx.host.files.remove(dir)
  const restored = await service.restore([dir], `${prefix(ctx)}restore`, [prefix(ctx)])
  if (restored.matched === undefined) {
    ctx.host.log.info('No test timing record yet (a push to the default branch saves one): packages are split by name.')
    return undefined
  }
  const file = path.join(dir, TIMINGS_FILE)
  const size = await ctx.host.files.size(file).catch(() => 0)
  const text = size > MAX_TIMINGS_BYTES ? undefined : await ctx.host.files.readText(file)
  await ctx.host.files.remove(dir)
  const parsed = text === undefined ? { refused: size > MAX_TIMINGS_BYTES ? 'too large' : 'no record in it' } : parseTimingRecord(text)
  if ('refused' in parsed) {
    ctx.host.log.warning(`The test timing record ${restored.matched} was refused (${parsed.refused}): packages are split by name.`, {
      title: 'test timings',
    })
    return undefined
  }
  return { timings: timingsOf(parsed), key: restored.matched }
}

/**
 * On pushes to the default branch: saves the timings of the whole suite. Packages whose result go test
 * took from its cache (`cached`) ran no test: they keep the time the previous record gave them, else are
 * left out (a later assignment counts them at the median). Returns what happened, for the log.
 */
export async function saveTimings(ctx: Context, measured: Timings, cached: ReadonlySet<string>): Promise<string | undefined> {
  const service = ctx.host.cache
  const { eventName, ref, defaultBranch, sha } = ctx.run
  if (service === undefined || !ctx.config.cache.enabled) return undefined
  if (eventName !== 'push' || defaultBranch === undefined || ref !== `refs/heads/${defaultBranch}` || !sha) return undefined
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
  const dir = folder(ctx)
  await ctx.host.files.writeText(path.join(dir, TIMINGS_FILE), JSON.stringify(timingRecord(sha, timings)))
  const key = `${prefix(ctx)}${sha}`
  const id = await service.save([dir], key)
  await ctx.host.files.remove(dir)
  const said =
    id === -1 ? `test timings not saved (the key ${key} is taken, or the service failed)` : `test timings of ${timings.size} packages saved as ${key}`
  ctx.host.log.info(said)
  return said
}
