/**
 * How the checks compile: as the build does for this machine's platform, when that lets them share its work.
 *
 * vet and golangci-lint type-check against compiled packages. With Go's defaults (cgo on, full paths)
 * those are not the packages the build compiles (`-trimpath`, CGO_ENABLED=0): Go's build cache keys
 * differ, so a cold run compiles the standard library and every dependency once for the checks and
 * once more for the build of this machine's platform. When the build makes a static binary for the
 * platform the checks run on, the checks compile with the build's flags instead (GOFLAGS -trimpath and,
 * unless GOFLAGS has -gcflags, -gcflags=all=-dwarf=false; CGO_ENABLED=0), and the build finds that
 * platform compiled (measured on the example service, empty cache: `go vet` then the linux/amd64 build
 * 42.1 s; with the build's flags vet 19.6 s and a ~1 s link).
 *
 * Only when no package the modules build has cgo files (their own or a dependency's): vetting with cgo
 * off would leave those files out, so there the checks keep Go's defaults. The decision is the same on
 * every run of a repository (it reads the configuration and the code, never the cache), so a warm cache
 * made by one run is warm for the next. `go test` keeps its own flags (-race needs cgo).
 */
import { cgoPackages } from '../go/cgo.js'
import { hostPlatform } from '../go/platform.js'
import { buildGcflags } from '../go/targets.js'
import type { Context } from '../pipeline/context.js'
import { requireGo } from '../pipeline/context.js'
import { goTool, modules, oncePerRun, toolchainEnv } from './common.js'

export interface CheckFlags {
  /** The flags the checks' go commands (vet, golangci-lint's go list, the compile stage) get in their environment (all of it: checksEnv). */
  readonly env: Readonly<Record<string, string>>
  /** The platform whose build they share, when they do. */
  readonly shares?: string
  /** Why, for the log. */
  readonly why: string
}

/** The checks' compile flags for this run: decided once, shared by the stages that run concurrently. */
export const checkFlags: (ctx: Context) => Promise<CheckFlags> = oncePerRun(decide)

/** The whole environment the checks' go commands get: the toolchain's GC settings and these flags. */
export async function checksEnv(ctx: Context): Promise<Record<string, string>> {
  return { ...toolchainEnv(ctx), ...(await checkFlags(ctx)).env }
}

/** The build target on this machine's platform that the checks could share, from the configuration alone. */
function sharedTarget(ctx: Context): string | undefined {
  const { stages, build } = ctx.config
  if (!stages.includes('build') || build.cgo) return undefined
  let host: { os: string; arch: string }
  try {
    host = hostPlatform(ctx.host.platform, ctx.host.arch)
  } catch {
    return undefined
  }
  // A variant (GOAMD64=v3, GOARM=7) compiles other code than the checks' default.
  return build.targets.find(t => t.os === host.os && t.arch === host.arch && t.variant === undefined)?.platform
}

async function decide(ctx: Context): Promise<CheckFlags> {
  const flags = await choose(ctx)
  ctx.host.log.info(`The checks (vet, golangci-lint) compile with ${flags.why}.`)
  return flags
}

async function choose(ctx: Context): Promise<CheckFlags> {
  const platform = sharedTarget(ctx)
  if (platform === undefined) return { env: {}, why: "Go's defaults (no cgo-free build for this platform to share)" }
  const go = goTool(ctx, requireGo(ctx).goroot, 'go')
  const withCgo: string[] = []
  for (const mod of await modules(ctx)) withCgo.push(...(await cgoPackages(ctx.host.exec, go, mod.dir, ['./...'])).map(p => p.importPath))
  if (withCgo.length > 0) {
    const some = withCgo.slice(0, 3).join(', ') + (withCgo.length > 3 ? `, and ${withCgo.length - 3} more` : '')
    return { env: {}, why: `Go's defaults: packages with cgo files (${some}) would go unchecked with cgo off` }
  }
  const goflags = (ctx.host.env.get('GOFLAGS') ?? '').trim()
  const gcflags = buildGcflags(goflags)
  const added = [...(goflags.split(/\s+/).includes('-trimpath') ? [] : ['-trimpath']), ...gcflags]
  return {
    env: { GOFLAGS: [goflags, ...added].filter(s => s !== '').join(' '), CGO_ENABLED: '0' },
    shares: platform,
    why: `the ${platform} build's flags (${['-trimpath', ...gcflags, 'CGO_ENABLED=0'].join(', ')}), so the build reuses what they compile`,
  }
}
