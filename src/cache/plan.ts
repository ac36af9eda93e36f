/**
 * The cache plan: three entries, each with its own key ladder (the exact key, then prefixes from
 * specific to broad). Pure: inputs in, keys out; table-tested.
 *
 * - modules (GOMODCACHE): OS, arch, Go version, and a hash of every go.sum in the workspace.
 * - build (GOCACHE): also what this job compiles (stages, platforms, race, cgo, flags), so a lint-only
 *   job never hands a release job a useless cache; a run-unique suffix so that it refreshes each run
 *   instead of freezing at its first save, with restore keys that start the next run warm. Saved as
 *   two archives (src/cache/split.ts), restored side by side.
 * - lint (golangci-lint's own cache): linter version, Go version, config hash and a weekly interval.
 */
import { createHash } from 'node:crypto'

export type CacheId = 'modules' | 'build' | 'lint'

export interface CacheEntryPlan {
  readonly id: CacheId
  readonly paths: readonly string[]
  readonly key: string
  readonly restoreKeys: readonly string[]
  /** A match starting with this holds everything this run would have saved: a hit, not just a warm start. */
  readonly hitPrefix: string
  /** Saved and restored as two archives side by side (src/cache/split.ts): the build cache, the one big entry. */
  readonly split?: boolean
}

export interface PlanInputs {
  readonly os: string
  readonly arch: string
  readonly goVersion: string
  readonly gomodcache: string
  readonly gocache: string
  /** sha256 over every go.sum (and go.work.sum) with its path; see sumsHash. */
  readonly sums: string
  /** What the job compiles; see jobHash. */
  readonly job: string
  readonly runId: string
  readonly runAttempt: string
  readonly lint?: { readonly dir: string; readonly version: string; readonly config: string; readonly week: number }
}

export const KEY_VERSION = 'v2'

export function short(text: string, n = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, n)
}

/** One hash of every go.sum, by path; a workspace without one hashes as `nosum`. */
export function sumsHash(files: readonly { readonly rel: string; readonly content: string }[]): string {
  if (files.length === 0) return 'nosum'
  const sorted = [...files].sort((a, b) => a.rel.localeCompare(b.rel))
  return short(sorted.map(f => `${f.rel}\n${f.content}`).join('\n\u0000\n'))
}

export interface JobShape {
  readonly stages: readonly string[]
  readonly platforms: readonly string[]
  readonly race: boolean
  readonly cgo: boolean
  readonly ldflags: string
  readonly testArgs: readonly string[]
}

/** What a job compiles, hashed: jobs that compile different things get different build caches. */
export function jobHash(shape: JobShape): string {
  const compiles = shape.stages.filter(s => s === 'vet' || s === 'lint' || s === 'test' || s === 'build')
  return short(
    JSON.stringify({
      compiles,
      platforms: compiles.includes('build') ? shape.platforms : [],
      race: compiles.includes('test') && shape.race,
      cgo: shape.cgo,
      ldflags: compiles.includes('build') ? shape.ldflags : '',
      testArgs: compiles.includes('test') ? shape.testArgs : [],
    }),
    12,
  )
}

/** Whole weeks since the epoch: the lint cache's time interval. */
export function weekNumber(now: Date): number {
  return Math.floor(now.getTime() / (7 * 24 * 3600 * 1000))
}

export function cachePlan(i: PlanInputs): CacheEntryPlan[] {
  const base = `gp-${KEY_VERSION}-${i.os}-${i.arch}`
  const mod = `${base}-mod-go${i.goVersion}-`
  const build = `${base}-build-go${i.goVersion}-${i.job}-`
  const entries: CacheEntryPlan[] = [
    {
      id: 'modules',
      paths: [i.gomodcache],
      key: `${mod}${i.sums}`,
      restoreKeys: [mod, `${base}-mod-`],
      hitPrefix: `${mod}${i.sums}`,
    },
    {
      id: 'build',
      paths: [i.gocache],
      key: `${build}${i.sums}-${i.runId}-${i.runAttempt}`,
      restoreKeys: [`${build}${i.sums}-`, build],
      hitPrefix: `${build}${i.sums}-`,
      split: true,
    },
  ]
  if (i.lint) {
    const lint = `${base}-lint-${i.lint.version}-go${i.goVersion}-`
    entries.push({
      id: 'lint',
      paths: [i.lint.dir],
      key: `${lint}${i.lint.config}-w${i.lint.week}`,
      restoreKeys: [`${lint}${i.lint.config}-`, lint],
      hitPrefix: `${lint}${i.lint.config}-w${i.lint.week}`,
    })
  }
  return entries
}

export type SavePolicy = 'auto' | 'always' | 'never'

/** Why this run saves caches or not. auto: pushes to the default branch and tags only. */
export function saveDecision(policy: SavePolicy, eventName: string, ref: string, defaultBranch: string | undefined): { save: boolean; why: string } {
  if (policy === 'never') return { save: false, why: 'cache-save is never' }
  if (policy === 'always') return { save: true, why: 'cache-save is always' }
  if (eventName === 'push' && ref.startsWith('refs/tags/')) return { save: true, why: 'a tag push' }
  if (eventName === 'push' && defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`) {
    return { save: true, why: `a push to the default branch (${defaultBranch})` }
  }
  return {
    save: false,
    why: `cache-save auto saves on pushes to the default branch and tags; this is ${eventName === 'push' ? `a push to ${ref}` : `a ${eventName} run`}`,
  }
}

/** Go's cache entries are <64 hex>-a (actions) and -d (outputs: a file, or a folder holding a cached executable); its README and marker files stay. */
export function isGoCacheEntry(name: string): boolean {
  return /^[0-9a-f]{64}-[ad]$/.test(name)
}
