/**
 * Paths kept inside the workspace, symlinks included, on POSIX and Windows. One helper for every path
 * the action or the CLI takes from an input or reads from the repository: a PR can add a symlink.
 */
import * as path from 'node:path'

type Platform = NodeJS.Platform

function flavour(platform: Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix
}

/**
 * Whether `candidate` is `root` or below it. On Windows, `D:/a/x` and `d:\a\x` are the same path
 * (Go prints forward slashes; Node backslashes; drive letters and names compare case-insensitively).
 */
export function isWithin(root: string, candidate: string, platform: Platform = process.platform): boolean {
  const p = flavour(platform)
  const rel = p.relative(p.resolve(root), p.resolve(candidate))
  return rel === '' || (!rel.startsWith('..') && !p.isAbsolute(rel))
}

/** A path in the platform's own spelling, for comparing (Windows: backslashes, upper-case drive letter). */
export function normalizePath(file: string, platform: Platform = process.platform): string {
  const p = flavour(platform)
  const n = p.normalize(file)
  return platform === 'win32' ? n.replace(/^[a-z]:/, d => d.toUpperCase()) : n
}

/** `file` relative to `root`, with forward slashes (what GitHub needs for annotations); '.' for root. */
export function repoRelative(root: string, file: string, platform: Platform = process.platform): string {
  const p = flavour(platform)
  return p.relative(p.resolve(root), p.resolve(file)).split(p.sep).join('/') || '.'
}

export interface RealPaths {
  /** The path with every symlink resolved, or undefined when it does not exist. */
  realpath(file: string): Promise<string | undefined>
  /** What is at the path itself, without following a final symlink ('link'); undefined: nothing. */
  kind(file: string): Promise<'dir' | 'file' | 'link' | 'other' | undefined>
}

export type Resolved = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly why: string }

/**
 * Resolves `value` (relative to `base`) with every symlink followed, including those of a path that
 * does not exist yet (its nearest existing folder is resolved), and checks that it stays inside
 * `root`. The result is the real path, or why it is refused.
 */
export async function resolveInside(fs: RealPaths, root: string, base: string, value: string): Promise<Resolved> {
  if (value.includes('\0')) return { ok: false, why: 'contains a NUL character' }
  const realRoot = (await fs.realpath(root)) ?? path.resolve(root)
  const wanted = path.resolve(base, value)
  if (!isWithin(path.resolve(root), wanted) && !isWithin(realRoot, wanted)) return { ok: false, why: 'points outside the workspace' }
  let existing = wanted
  const rest: string[] = []
  let real: string | undefined
  for (;;) {
    real = await fs.realpath(existing)
    if (real !== undefined) break
    // A symlink whose target does not exist (yet): writing through it would land wherever it points.
    if ((await fs.kind(existing)) === 'link') return { ok: false, why: `goes through a symlink whose target does not exist (${existing})` }
    const parent = path.dirname(existing)
    if (parent === existing) return { ok: false, why: 'cannot be resolved' }
    rest.unshift(path.basename(existing))
    existing = parent
  }
  const resolved = path.join(real, ...rest)
  if (!isWithin(realRoot, resolved)) return { ok: false, why: `points outside the workspace through a symlink (to ${resolved})` }
  return { ok: true, path: resolved }
}
