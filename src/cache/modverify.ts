/**
 * Checking a restored module cache against go.sum before anything uses it. `go mod verify` checks
 * each module's extracted folder and zip against the `.ziphash` the cache holds; this checks those
 * `.ziphash` files against go.sum, so the chain reaches the sums the repository commits. Pure.
 */
import * as path from 'node:path'

/** Module paths and versions as the module cache spells them: upper-case letters become '!' + lower case. */
export function escapeModulePath(p: string): string {
  return p.replace(/[A-Z]/g, c => `!${c.toLowerCase()}`)
}

export interface SumEntry {
  readonly path: string
  readonly version: string
  /** h1:… of the module's zip (go.sum lines that are not /go.mod). */
  readonly hash: string
}

/** The zip hashes a go.sum lists (its `/go.mod` lines are about go.mod files, not zips). */
export function goSumEntries(text: string): SumEntry[] {
  const out: SumEntry[] = []
  for (const line of text.split(/\r?\n/)) {
    const [p, version, hash] = line.trim().split(/\s+/)
    if (p === undefined || version === undefined || hash === undefined || version.endsWith('/go.mod') || !hash.startsWith('h1:')) continue
    out.push({ path: p, version, hash })
  }
  return out
}

/** Where the module cache keeps the zip hash of a module version. */
export function ziphashFile(gomodcache: string, entry: Pick<SumEntry, 'path' | 'version'>): string {
  return path.join(gomodcache, 'cache', 'download', ...escapeModulePath(entry.path).split('/'), '@v', `${escapeModulePath(entry.version)}.ziphash`)
}

/** go.sum entries whose cached zip hash differs from the sum (a missing hash file is no mismatch: go fetches it). */
export async function sumMismatches(
  gomodcache: string,
  entries: readonly SumEntry[],
  readText: (file: string) => Promise<string | undefined>,
): Promise<(SumEntry & { readonly cached: string })[]> {
  const out: (SumEntry & { readonly cached: string })[] = []
  for (const e of entries) {
    const cached = (await readText(ziphashFile(gomodcache, e)))?.trim()
    if (cached !== undefined && cached !== e.hash) out.push({ ...e, cached })
  }
  return out
}
