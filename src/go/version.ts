/**
 * Go version specs and the Go release index: pure, table-tested.
 *
 * Go spells versions `go1.26.8`, `go1.26` (before 1.21, the first release of a line had no `.0`),
 * `go1.27rc1`, `go1.27beta1`. Internally every version is semver: `1.26.8`, `1.20.0`, `1.27.0-rc.1`.
 */
import * as semver from 'semver'

export type GoVersionSpec =
  | { readonly kind: 'alias'; readonly alias: 'stable' | 'oldstable'; readonly text: string }
  | { readonly kind: 'exact'; readonly version: string; readonly text: string }
  | { readonly kind: 'range'; readonly range: string; readonly text: string }

export const ACCEPTED_SPECS = 'an exact version (1.26.8, 1.27rc1), a minor line (1.26 or 1.26.x), a semver range (^1.25, >=1.25 <1.27), stable or oldstable'

const GO_VERSION = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?$/

/** `go1.26.8` / `1.26.8` / `1.27rc1` / `go1.20` → semver, or undefined when it is not a Go version. */
export function goToSemver(text: string): string | undefined {
  const m = GO_VERSION.exec(text.trim())
  if (!m) return undefined
  const [, major, minor, patch, pre, preNum] = m
  const base = `${Number(major)}.${Number(minor)}.${patch === undefined ? 0 : Number(patch)}`
  return pre ? `${base}-${pre}.${Number(preNum)}` : base
}

/** Parses a user's version spec; undefined when it is not one. */
export function parseGoVersionSpec(input: string): GoVersionSpec | undefined {
  const text = input.trim()
  if (text === '') return undefined
  const lower = text.toLowerCase()
  if (lower === 'stable' || lower === 'oldstable') return { kind: 'alias', alias: lower, text }
  const m = GO_VERSION.exec(text)
  if (m) {
    const [, , , patch, pre] = m
    const version = goToSemver(text)
    if (version === undefined) return undefined
    // `1.26` names a line, except for pre-releases (`1.27rc1`), which are exact.
    if (patch === undefined && pre === undefined) {
      return { kind: 'range', range: `~${version}`, text }
    }
    return { kind: 'exact', version, text }
  }
  const stripped = text.replace(/(^|[\s=<>^~|])go(?=\d)/g, '$1')
  const range = semver.validRange(stripped)
  if (range === null) return undefined
  return { kind: 'range', range, text }
}

/** Whether an installed version (semver) satisfies a spec; aliases never do without the index. */
export function satisfies(version: string, spec: GoVersionSpec): boolean {
  switch (spec.kind) {
    case 'exact':
      return semver.eq(version, spec.version)
    case 'range':
      return semver.satisfies(version, spec.range)
    case 'alias':
      return false
  }
}

/** One file of a release, as the index at go.dev/dl/?mode=json&include=all lists it. */
export interface GoFile {
  readonly filename: string
  readonly os: string
  readonly arch: string
  readonly version: string
  readonly sha256: string
  readonly size: number
  readonly kind: string
}

export interface GoRelease {
  readonly version: string
  readonly semver: string
  readonly stable: boolean
  readonly files: readonly GoFile[]
}

/** Validates the index JSON. Throws a plain message (the caller says which URL it came from). */
export function parseReleaseIndex(json: unknown): GoRelease[] {
  if (!Array.isArray(json)) throw new Error('expected a JSON array of releases')
  const releases: GoRelease[] = []
  for (const [i, entry] of json.entries()) {
    if (typeof entry !== 'object' || entry === null) throw new Error(`entry ${i} is not an object`)
    const r = entry as Record<string, unknown>
    if (typeof r.version !== 'string') throw new Error(`entry ${i} has no "version" string`)
    const sv = goToSemver(r.version)
    if (sv === undefined) continue // not a version we can reason about (future formats): ignore
    if (!Array.isArray(r.files)) throw new Error(`entry ${i} (${r.version}) has no "files" array`)
    const files: GoFile[] = []
    for (const f of r.files as unknown[]) {
      const o = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>
      if (
        typeof o.filename !== 'string' ||
        typeof o.os !== 'string' ||
        typeof o.arch !== 'string' ||
        typeof o.sha256 !== 'string' ||
        typeof o.size !== 'number' ||
        typeof o.kind !== 'string'
      ) {
        throw new Error(`a file of ${r.version} lacks filename, os, arch, sha256, size or kind`)
      }
      files.push({
        filename: o.filename,
        os: o.os,
        arch: o.arch,
        version: typeof o.version === 'string' ? o.version : r.version,
        sha256: o.sha256.toLowerCase(),
        size: o.size,
        kind: o.kind,
      })
    }
    releases.push({ version: r.version, semver: sv, stable: r.stable === true, files })
  }
  return releases
}

/** The newest version of each minor line, newest line first: [1.26.8, 1.25.12, ...] (stable only). */
function stableLines(releases: readonly GoRelease[]): GoRelease[] {
  const byLine = new Map<string, GoRelease>()
  for (const r of releases) {
    if (!r.stable) continue
    const line = `${semver.major(r.semver)}.${semver.minor(r.semver)}`
    const best = byLine.get(line)
    if (!best || semver.gt(r.semver, best.semver)) byLine.set(line, r)
  }
  return [...byLine.values()].sort((a, b) => semver.rcompare(a.semver, b.semver))
}

/** The release a spec selects in the index, or undefined. Ranges pick the newest stable match. */
export function selectRelease(spec: GoVersionSpec, releases: readonly GoRelease[]): GoRelease | undefined {
  switch (spec.kind) {
    case 'alias': {
      const lines = stableLines(releases)
      return spec.alias === 'stable' ? lines[0] : lines[1]
    }
    case 'exact':
      return releases.find(r => semver.eq(r.semver, spec.version))
    case 'range': {
      const wantsPre = semver.minVersion(spec.range)?.prerelease.length ?? 0
      const candidates = releases.filter(r => (r.stable || wantsPre > 0) && semver.satisfies(r.semver, spec.range, { includePrerelease: wantsPre > 0 }))
      return candidates.sort((a, b) => semver.rcompare(a.semver, b.semver))[0]
    }
  }
}

/** Up to `count` released versions closest to what the spec asked for, for an error message. */
export function nearestVersions(spec: GoVersionSpec, releases: readonly GoRelease[], count = 5): string[] {
  const target = spec.kind === 'exact' ? spec.version : spec.kind === 'range' ? semver.minVersion(spec.range)?.version : undefined
  // Suggest pre-releases only to someone who asked for one (or when there is nothing else).
  const wantsPre = target !== undefined && semver.prerelease(target) !== null
  const stable = releases.filter(r => r.stable)
  const pool = wantsPre || stable.length === 0 ? releases : stable
  const sorted = [...pool].sort((a, b) => semver.compare(a.semver, b.semver))
  if (sorted.length === 0) return []
  if (target === undefined)
    return sorted
      .slice(-count)
      .reverse()
      .map(r => r.semver)
  const distance = (v: string): number => {
    const a = semver.parse(v)
    const b = semver.parse(target)
    if (!a || !b) return Number.MAX_SAFE_INTEGER
    return Math.abs(a.major - b.major) * 1e6 + Math.abs(a.minor - b.minor) * 1e3 + Math.abs(a.patch - b.patch)
  }
  return sorted
    .map(r => ({ v: r.semver, d: distance(r.semver) }))
    .sort((x, y) => x.d - y.d || semver.rcompare(x.v, y.v))
    .slice(0, count)
    .map(x => x.v)
}

/** The archive of a release for a platform (`.tar.gz`, or `.zip` on Windows). */
export function archiveFor(release: GoRelease, os: string, arch: string): GoFile | undefined {
  return release.files.find(f => f.kind === 'archive' && f.os === os && f.arch === arch)
}
