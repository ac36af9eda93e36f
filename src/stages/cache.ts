/**
 * cache: restores the module, build and golangci-lint caches once, in the main phase, each under its
 * own key ladder (see src/cache/plan.ts); the post phase saves what can have changed. Faults in the
 * cache service never fail the build: the entry is a miss (a cold run) with a warning.
 *
 * Trust: nothing restored is used blindly. The adapter checks every archive entry before extracting
 * (nothing may land outside the entry's own folder; no links). A restored module cache is checked
 * against go.sum (.ziphash files) and with `go mod verify`, and discarded when anything differs. A
 * release build (a tag) never uses a restored build cache: the binaries come from source alone.
 *
 * Bounded growth: after a restore, every file in GOCACHE is dated two hours back. Go refreshes the
 * time of an entry it uses when that time is over an hour old, so at the end of the run the files
 * still dated in the past are the ones this run did not use, and post drops them before saving.
 *
 * Saved only when it gained something: Go adds a file for every new cache entry and never rewrites
 * one it reuses, so a restored build cache that holds no more files at the end of the run than the
 * restore brought has nothing new to keep, and post skips the upload (a warm rerun with no change).
 */
import * as path from 'node:path'
import { goSumEntries, sumMismatches } from '../cache/modverify.js'
import { cachePlan, jobHash, saveDecision, sumsHash, weekNumber, type CacheEntryPlan } from '../cache/plan.js'
import { requireGo, type CacheOutcome, type Context } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { plural } from '../text.js'
import { goTool, lintCacheDir, modules, relative } from './common.js'

/** A restore slower than this gets a warning: the service is struggling. */
export const SLOW_RESTORE_SECONDS = 10
const AGE_MS = 2 * 3600 * 1000

export const cache: Stage = {
  id: 'cache',
  title: () => 'Restoring caches',
  skip(ctx) {
    if (!ctx.config.cache.enabled) return 'cache is false'
    if (ctx.facts.go === undefined) return 'no selected stage runs Go'
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
      // (Not sized: a developer's Go caches can hold millions of files, and walking them costs seconds.)
      const local = plan.map((entry): CacheOutcome => ({
        ...entry,
        result: 'local',
        seconds: 0,
        size: 0,
        save: false,
        why: `local folder ${entry.paths[0] ?? ''} persists on this machine`,
      }))
      ctx.facts.cache = { entries: local }
      for (const o of local) ctx.host.log.info(`${o.id}: ${o.key} → ${o.paths[0] ?? ''} (persists locally)`)
      return `local folders: ${local.map(o => o.id).join(', ')}`
    }
    const decision = saveDecision(ctx.config.cache.save, ctx.run.eventName, ctx.run.ref, ctx.run.defaultBranch)
    const runStart = new Date(ctx.host.clock.now())
    // Restored build-cache files are dated to this; whatever post still finds dated before runStart was
    // not used by this run and is trimmed (post.ts).
    const ageBefore = new Date(runStart.getTime() - AGE_MS)
    const restores = await Promise.all(
      plan.map(async (entry): Promise<{ outcome: CacheOutcome; agedFiles?: number }> => {
        const dir = entry.paths[0] ?? ''
        if (entry.id === 'build' && ctx.run.ref.startsWith('refs/tags/')) {
          return { outcome: { ...entry, result: 'miss', seconds: 0, size: 0, ...decision, skipped: 'a release build (tag) never uses a restored build cache' } }
        }
        const started = ctx.host.clock.now()
        // Only a restored build cache that post may save is aged (and so trimmed): see below.
        const age = entry.id === 'build' && decision.save ? { age: ageBefore } : {}
        const restored = await service.restore(entry.paths, entry.key, entry.restoreKeys, { ...age, ...(entry.split === true ? { split: true } : {}) })
        const { matched, broken } = restored
        const seconds = (ctx.host.clock.now() - started) / 1000
        if (broken === true) {
          // The archive was checked whole, yet tar stopped partway (a full disk): what it left is
          // untrustworthy. Start cold instead. (Judged by the restore's own report, never by the
          // folder's size: on a shared self-hosted host another job may be filling the same folder.)
          await ctx.host.files.remove(dir)
          ctx.host.log.warning(`The ${entry.id} cache archive could not be restored whole; discarded what it extracted. This run starts cold.`)
        }
        if (seconds > SLOW_RESTORE_SECONDS) {
          ctx.host.log.warning(`The cache service is slow: restoring the ${entry.id} cache took ${seconds.toFixed(1)} s.`)
        }
        const result = matched === undefined ? 'miss' : matched.startsWith(entry.hitPrefix) ? 'hit' : 'partial'
        const size = restored.bytes ?? (await ctx.host.files.du(dir))
        const save = result === 'hit' && entry.id !== 'build' ? { save: false, why: 'not needed: the exact entry exists' } : decision
        const outcome: CacheOutcome = { ...entry, result, ...(matched !== undefined ? { matchedKey: matched } : {}), seconds, size, ...save }
        return {
          // The module cache is verified as soon as it is in place, while the build cache may still be restoring.
          outcome: entry.id === 'modules' && result !== 'miss' ? await verifyModules(ctx, outcome) : outcome,
          ...(restored.aged === true && restored.files !== undefined ? { agedFiles: restored.files } : {}),
        }
      }),
    )
    const checked = restores.map(r => r.outcome)
    const agedFiles = restores.find(r => r.outcome.id === 'build')?.agedFiles
    // Only a restored build cache is aged, and so only it is trimmed in post: files already there
    // without a restore (a self-hosted runner's own cache) may be used by this run without being
    // re-dated, and must not be dropped.
    const build = checked.find(o => o.id === 'build')
    const aged = build !== undefined && build.result !== 'miss' && build.save
    const restoredFiles = aged ? (agedFiles ?? (await ctx.host.files.ageAll(build.paths[0] ?? '', ageBefore))) : undefined
    ctx.facts.cache = { entries: checked, ...(restoredFiles !== undefined ? { trimBefore: runStart.toISOString(), restoredFiles } : {}) }
    for (const o of checked) {
      ctx.host.log.info(
        `${o.id}: ${o.skipped ? `not restored (${o.skipped})` : o.result}${o.matchedKey ? ` (${o.matchedKey})` : ''}, ${o.size} bytes, ${o.seconds.toFixed(2)} s; ${o.save ? 'saves in post' : `no save: ${o.why}`}`,
      )
    }
    return checked.map(o => `${o.id} ${o.skipped ? 'not restored' : o.result}`).join(', ')
  },
}

/**
 * A restored module cache is used only when it agrees with go.sum and `go mod verify` passes;
 * otherwise it is discarded (a warning, and a cold run that downloads and checks every module).
 */
async function verifyModules(ctx: Context, o: CacheOutcome): Promise<CacheOutcome> {
  const started = ctx.host.clock.now()
  const gomodcache = o.paths[0] ?? ''
  const problems: string[] = []
  const sums = await ctx.host.files.walk(ctx.config.workingDirectory, n => n === 'go.sum')
  for (const file of sums) {
    const bad = await sumMismatches(gomodcache, goSumEntries((await ctx.host.files.readText(file)) ?? ''), f => ctx.host.files.readText(f))
    for (const b of bad) problems.push(`${b.path} ${b.version}: the cached zip hash ${b.cached} is not ${relative(ctx, file)}'s ${b.hash}`)
  }
  if (problems.length === 0) {
    const go = goTool(ctx, requireGo(ctx).goroot, 'go')
    const mods = await modules(ctx)
    // In a go.work workspace one run covers every module; elsewhere each module has its own build list.
    const dirs =
      (await ctx.host.files.readText(path.join(ctx.config.workingDirectory, 'go.work'))) !== undefined ? [ctx.config.workingDirectory] : mods.map(m => m.dir)
    for (const dir of dirs) {
      const r = await ctx.host.exec.run(go, ['mod', 'verify'], { cwd: dir, silent: true, timeoutMs: 600_000 })
      if (r.code !== 0)
        problems.push(
          ...(r.stderr + r.stdout)
            .trim()
            .split('\n')
            .slice(0, 5)
            .map(l => `${relative(ctx, dir)}: ${l}`),
        )
    }
  }
  const seconds = o.seconds + (ctx.host.clock.now() - started) / 1000
  if (problems.length === 0) {
    ctx.host.log.info(`modules: the restored cache agrees with go.sum and go mod verify (${((ctx.host.clock.now() - started) / 1000).toFixed(2)} s)`)
    return { ...o, seconds }
  }
  await ctx.host.files.remove(gomodcache)
  ctx.host.log.warning(
    `The restored module cache failed verification, so it was discarded and this run starts cold (${plural(problems.length, 'problem')}: ${problems.slice(0, 3).join('; ')}).`,
  )
  return { ...o, result: 'miss', seconds, size: 0, skipped: 'discarded: it failed verification against go.sum' }
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
