/**
 * A small cache entry of go-pipeline's own (the coverage baseline, the test timing record): one JSON
 * file in a fixed folder, saved under `<prefix><sha>` by pushes to the default branch and restored, the
 * newest by prefix, by later runs. What is restored was written by a job that ran repository code, so it
 * is size-capped and parsed strictly by the caller's parser; a refusal is the caller's to report.
 */
import * as path from 'node:path'
import type { Context } from '../pipeline/context.js'

export interface SmallEntry<T> {
  /** The folder under the runner's temp folder: fixed, since a cache entry's version is a hash of its paths. */
  readonly folder: string
  readonly file: string
  /** The key prefix; an entry is saved as `<prefix><sha>`. */
  readonly prefix: string
  readonly maxBytes: number
  readonly parse: (text: string) => T | { readonly refused: string }
}

export type Restored<T> = { readonly value: T; readonly key: string } | { readonly refused: string; readonly key: string }

/** Whether this run is a push to the default branch: the runs that save small entries. */
export function defaultBranchPush(ctx: Context): boolean {
  const { eventName, ref, defaultBranch } = ctx.run
  return eventName === 'push' && defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`
}

/** The newest entry under the prefix (undefined when there is none, or no cache service). */
export async function restoreSmallEntry<T>(ctx: Context, entry: SmallEntry<T>, primaryKey: string): Promise<Restored<T> | undefined> {
  const service = ctx.host.cache
  if (service === undefined) return undefined
  const dir = path.join(ctx.host.tempDir, entry.folder)
  await ctx.host.files.remove(dir)
  const restored = await service.restore([dir], primaryKey, [entry.prefix])
  if (restored.matched === undefined) return undefined
  const file = path.join(dir, entry.file)
  const size = await ctx.host.files.size(file).catch(() => 0)
  const text = size > entry.maxBytes ? undefined : await ctx.host.files.readText(file)
  await ctx.host.files.remove(dir)
  if (text === undefined) return { refused: size > entry.maxBytes ? 'too large' : 'no file in it', key: restored.matched }
  const parsed = entry.parse(text)
  return isRefusal(parsed) ? { refused: parsed.refused, key: restored.matched } : { value: parsed, key: restored.matched }
}

function isRefusal(x: unknown): x is { readonly refused: string } {
  return typeof x === 'object' && x !== null && 'refused' in x && typeof x.refused === 'string'
}

/** Saves `text` as `<prefix><sha>`: the key, and whether the service took it (a taken key or a fault: not). */
export async function saveSmallEntry(ctx: Context, entry: SmallEntry<unknown>, sha: string, text: string): Promise<{ key: string; saved: boolean }> {
  const service = ctx.host.cache
  const key = `${entry.prefix}${sha}`
  if (service === undefined) return { key, saved: false }
  const dir = path.join(ctx.host.tempDir, entry.folder)
  await ctx.host.files.writeText(path.join(dir, entry.file), text)
  const id = await service.save([dir], key)
  await ctx.host.files.remove(dir)
  return { key, saved: id !== -1 }
}
