/**
 * A folder saved as two archives: its children whose names start with 0–7, and all the others. Go's
 * build cache holds 256 folders named 00–ff (entries spread over them by hash) and a few files, so the
 * halves carry about the same bytes; restored side by side, two decompressors and two `tar -x` write
 * them, where one tar alone writes every file in turn. Measured on the example's 549 MB build cache
 * (zstd, this 2-core machine, four runs each, interleaved): one archive 4.05–4.36 s, two 2.38–2.57 s.
 *
 * Each half is its own cache entry under the same key: the cache service tells them apart by their
 * version, which the library derives from the paths (the patterns below). Either half alone is still
 * a usable Go cache (entries are files named by their content's hash; a missing one is a miss), so a
 * half that was evicted or failed to save costs recompiling, never a wrong result. Pure.
 */
import * as path from 'node:path'

/** The halves' glob patterns (@actions/glob): every child of the folder matches exactly one. */
const HALVES = ['[0-7]*', '[!0-7]*'] as const

/** The halves of `dir`, each as the paths its cache entry is saved and looked up with. */
export function splitPaths(dir: string, paths: path.PlatformPath = path): string[][] {
  return HALVES.map(pattern => [paths.join(dir, pattern)])
}

/** Which half a child named `name` is in (the index into splitPaths). */
export function halfOf(name: string): number {
  return /^[0-7]/.test(name) ? 0 : 1
}
