/**
 * compile: on a cold build cache, compiles every package the checks need once, before they start.
 *
 * vet, golangci-lint and `go test` (without -race) compile the same packages with the same flags, so
 * they share Go's build cache; but started together on an empty cache, each go command finds every
 * entry missing and compiles it itself: the standard library and the dependencies three times over,
 * on a runner with two to four cores. `go list -e -export -deps -test ./...` compiles each of them
 * once (export data, no linking, no test run); the checks then start warm. Measured cold with the
 * bare commands, vet, golangci-lint and `go test -cover` (no -race) side by side: 110.6 s on the
 * example service, 68.0 s with this first (46.4 s of it here); on the heavy fixture 85.8 s against
 * 41.5 s. With -race (the default) the test compiles its own copy of everything beside the others,
 * and the gain is smaller or gone (__tests__/bench/cold.ts; figures in the README).
 *
 * When the checks compile with the build's flags (src/stages/check-flags.ts), the build of this machine's
 * platform is one more user (and `go test` without -race, on Go's defaults, is not).
 *
 * It runs only when it pays: at least two of those users are selected, and the build cache was not
 * restored (a miss, or no cache at all). A warm cache gains nothing from it, and on a developer's
 * machine Go's own cache persists. It never fails the run: a package that does not compile is the
 * checks' to report, with its file and line.
 */
import { requireGo, type Context } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { plural } from '../text.js'
import { checkFlags, checksEnv } from './check-flags.js'
import { goTool, modules } from './common.js'

/**
 * Who compiles the same packages with the same flags as the checks: vet and golangci-lint, and either
 * the build of this machine's platform (when the checks share its flags) or `go test` without -race.
 */
export async function sharedCompilers(ctx: Context): Promise<string[]> {
  const ids = ctx.config.stages
  const { shares } = await checkFlags(ctx)
  return [
    ...(ids.includes('vet') ? ['vet'] : []),
    ...(ids.includes('lint') ? ['golangci-lint'] : []),
    ...(shares !== undefined ? [`the ${shares} build`] : ids.includes('test') && !ctx.config.test.race ? ['go test'] : []),
  ]
}

export const compile: Stage = {
  id: 'compile',
  title: () => 'Compiling the packages once for the checks (cold build cache)',
  async skip(ctx) {
    if (ctx.host.kind === 'local') return "the machine's own Go build cache persists"
    const build = ctx.facts.cache?.entries.find(e => e.id === 'build')
    if (build !== undefined && build.result !== 'miss') return `the build cache was restored (${build.result})`
    if ((await sharedCompilers(ctx)).length < 2) return 'fewer than two stages compile with the same flags'
    return undefined
  },
  async run(ctx) {
    const go = goTool(ctx, requireGo(ctx).goroot, 'go')
    const env = await checksEnv(ctx)
    let packages = 0
    const failed: string[] = []
    for (const mod of await modules(ctx)) {
      // -e: a package that does not load or compile is listed with its error, and the checks report it.
      const r = await ctx.host.exec.run(go, ['list', '-e', '-export', '-deps', '-test', '-f', '{{.ImportPath}}', './...'], { cwd: mod.dir, env, silent: true })
      if (r.code !== 0) failed.push(mod.repoRel)
      packages += r.stdout.split('\n').filter(l => l.trim() !== '').length
    }
    if (failed.length > 0) ctx.host.log.info(`go list -export did not finish in ${failed.join(', ')}; the checks compile what is missing and report why.`)
    return `${plural(packages, 'package')} compiled once for ${(await sharedCompilers(ctx)).join(', ')}`
  },
}
