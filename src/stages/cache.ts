/**
 * cache: restores the module, build and golangci-lint caches once, in the main phase, each under its
 * own key ladder (see src/cache/plan.ts); the post phase saves what can have changed. Faults in the
 * cache service never fail the build: the service logs them and the entry is a miss (a cold run).
 *
 * Bounded growth: after a restore, every file in GOCACHE is dated two hours back. Go refreshes the
 * time of an entry it uses when that time is over an hour old, so at the end of the run the files
 * still dated in the past are the ones this run did not use, and post drops them before saving.
 */
import * as path from 'node:path'
import { cachePlan, jobHash, saveDecision, sumsHash, weekNumber, type CacheEntryPlan } from '../cache/plan.js'
import { requireGo, type CacheOutcome, type Context } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { lintCacheDir, relative } from '../pipeline/workspace.js'

/** A restore slower than this gets a warning: the service is struggling. */
export const SLOW_RESTORE_SECONDS = 10
const AGE_MS = 2 * 3600 * 1000

export const cache: Stage = {
  id: 'cache',
  title: () => 'Restoring caches',
  skip(ctx) {
    if (!ctx.config.cache.enabled) return 'cache is false'
    if (ctx.host.cache === undefined && ctx.host.kind !== 'local') {
      return 'the cache service is not available to this job (no ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL)'
    }
    return undefined
  },
  async run(ctx) {
    const service = ctx.host.cache
    const plan = await planFor(ctx)
    if (service === undefined) {
      // A developer's machine: the same plan, on the machine's own folders, which persist between runs.
      const local = await Promise.all(
        plan.map(async (entry): Promise<CacheOutcome> => ({
          ...entry,
          result: 'local',
          seconds: 0,
          size: await ctx.host.files.du(entry.paths[0] ?? ''),
          save: false,
          why: `local folder ${entry.paths[0] ?? ''} persists on this machine`,
        })),
      )
      ctx.facts.cache = { entries: local, runStart: new Date(ctx.host.clock.now()).toISOString() }
      for (const o of local) ctx.host.log.info(`${o.id}: ${o.key} → ${o.paths[0] ?? ''} (${o.size} bytes, persists locally)`)
      return `local folders: ${local.map(o => o.id).join(', ')}`
    }
    const decision = saveDecision(ctx.config.cache.save, ctx.run.eventName, ctx.run.ref, ctx.run.defaultBranch)
    const runStart = new Date(ctx.host.clock.now())
    const outcomes = await Promise.all(
      plan.map(async (entry): Promise<CacheOutcome> => {
        const dir = entry.paths[0] ?? ''
        const before = await ctx.host.files.du(dir)
        const started = ctx.host.clock.now()
        const matched = await service.restore(entry.paths, entry.key, entry.restoreKeys)
        const seconds = (ctx.host.clock.now() - started) / 1000
        if (matched === undefined && before === 0 && (await ctx.host.files.du(dir)) > 0) {
          // The service found an entry but its archive broke off mid-extraction (truncated, corrupt):
          // whatever it left behind is untrustworthy. Start cold instead.
          await ctx.host.files.remove(dir)
          ctx.host.log.warning(`The ${entry.id} cache archive could not be restored whole; discarded what it extracted. This run starts cold.`)
        }
        if (seconds > SLOW_RESTORE_SECONDS) {
          ctx.host.log.warning(`The cache service is slow: restoring the ${entry.id} cache took ${seconds.toFixed(1)} s.`)
        }
        const result = matched === undefined ? 'miss' : matched.startsWith(entry.hitPrefix) ? 'hit' : 'partial'
        const size = await ctx.host.files.du(dir)
        const save = result === 'hit' && entry.id !== 'build' ? { save: false, why: 'not needed: the exact entry exists' } : decision
        return { ...entry, result, ...(matched !== undefined ? { matchedKey: matched } : {}), seconds, size, ...save }
      }),
    )
    const build = outcomes.find(o => o.id === 'build')
    if (build && build.result !== 'miss' && build.save) {
      await ctx.host.files.ageAll(build.paths[0] ?? '', new Date(runStart.getTime() - AGE_MS))
    }
    ctx.facts.cache = { entries: outcomes, runStart: runStart.toISOString() }
    for (const o of outcomes) {
      ctx.host.log.info(`${o.id}: ${o.result}${o.matchedKey ? ` (${o.matchedKey})` : ''}, ${o.size} bytes, ${o.seconds.toFixed(2)} s; ${o.save ? 'saves in post' : `no save: ${o.why}`}`)
    }
    return outcomes.map(o => `${o.id} ${o.result}`).join(', ')
  },
}

async function planFor(ctx: Context): Promise<CacheEntryPlan[]> {
  const go = requireGo(ctx)
  const { files } = ctx.host
  const sums = await files.walk(ctx.config.workingDirectory, n => n === 'go.sum' || n === 'go.work.sum')
  const sumFiles = await Promise.all(sums.map(async f => ({ rel: relative(ctx, f), content: (await files.readText(f)) ?? '' })))
  const { stages, build, test, lint } = ctx.config
  const job = jobHash({
    stages,
    platforms: build.targets.map(t => t.platform),
    race: test.race,
    cgo: build.cgo,
    ldflags: build.ldflags,
    testArgs: test.args,
  })
  let lintPlan
  if (stages.includes('lint')) {
    const configs = await files.walk(ctx.config.workingDirectory, n => /^\.?golangci\.(ya?ml|toml|json)$/.test(n))
    const texts = await Promise.all(configs.map(async f => `${relative(ctx, f)}\n${(await files.readText(f)) ?? ''}`))
    lintPlan = {
      dir: lintCacheDir(ctx),
      version: lint.version.kind === 'path' ? 'path' : lint.version.version,
      config: texts.length === 0 ? 'noconfig' : sumsHash(texts.map((content, i) => ({ rel: String(i), content }))).slice(0, 12),
      week: weekNumber(new Date(ctx.host.clock.now())),
    }
  }
  return cachePlan({
    os: go.env.GOOS ?? ctx.host.platform,
    arch: go.env.GOARCH ?? ctx.host.arch,
    goVersion: go.version,
    gomodcache: go.env.GOMODCACHE ?? path.join(go.env.GOPATH ?? '', 'pkg', 'mod'),
    gocache: go.env.GOCACHE ?? '',
    sums: sumsHash(sumFiles),
    job,
    runId: ctx.host.env.get('GITHUB_RUN_ID') ?? String(ctx.host.clock.now()),
    runAttempt: ctx.host.env.get('GITHUB_RUN_ATTEMPT') ?? '1',
    ...(lintPlan ? { lint: lintPlan } : {}),
  })
}
