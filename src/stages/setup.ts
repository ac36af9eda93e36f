/**
 * setup: installs the Go the config asks for and records `go env` for later stages.
 *
 * Order of lookups: (1) without the network, for an exact version or a range without check-latest:
 * the CLI's Go on PATH, then the tool store; (2) the release index at go-download-base-url, which
 * resolves aliases and ranges to one release; the tool store again for that exact version;
 * (3) download, verify the sha256 the index gives, extract, add to the tool store.
 */
import * as path from 'node:path'
import * as semver from 'semver'
import type { GoVersionChoice } from '../config/config.js'
import { errorMessage, UserError } from '../errors.js'
import { download, downloadVerified } from './download.js'
import { hostPlatform } from '../go/platform.js'
import { archiveFor, type GoRelease, type GoVersionSpec, nearestVersions, parseReleaseIndex, satisfies, selectRelease, goToSemver } from '../go/version.js'
import type { Context, GoFacts } from '../pipeline/context.js'
import { needsGo, type Stage } from '../pipeline/stage.js'
import { redactUrl } from '../text.js'

type Installed = Pick<GoFacts, 'goroot' | 'version' | 'source'> & { readonly why?: string }

export const setup: Stage = {
  id: 'setup',
  title: ctx => (ctx.config.goVersion ? `Setting up Go ${ctx.config.goVersion.spec.text} (from ${ctx.config.goVersion.source})` : 'Setting up Go'),
  skip(ctx) {
    const { stages } = ctx.config
    // `stages: setup` alone installs Go (for the steps after); a job that only makes an image from
    // binaries an earlier job built needs no Go at all.
    if (stages.length > 1 && !stages.some(needsGo)) return `no selected stage runs Go (${stages.filter(s => s !== 'setup').join(', ')})`
    return undefined
  },
  async run(ctx) {
    const choice = ctx.config.goVersion
    if (choice === undefined) throw new UserError('go-version: no Go version to install (no go-version, go-version-file, go.mod or go.work)')
    const installed = await install(ctx, choice)
    const { host } = ctx
    host.env.addPath(path.join(installed.goroot, 'bin'))
    // The installed Go is the one to use: never let go.mod's toolchain line download another.
    host.env.exportVariable('GOTOOLCHAIN', 'local')
    // goprivate, gonosumdb, goproxy: for every go command of the action and the job's later steps; on
    // Windows runners, the Go caches on the work drive.
    for (const [name, value] of Object.entries({ ...goSettings(ctx), ...windowsCacheDirs(ctx) })) {
      host.env.exportVariable(name, value)
      host.log.info(`${name}=${value}`)
    }
    const env = await goEnv(ctx, installed.goroot)
    const reported = goToSemver(env.GOVERSION ?? '')
    if (reported !== installed.version) {
      throw new UserError(`the Go at ${installed.goroot} reports ${env.GOVERSION ?? 'no version'}, expected go${installed.version}`)
    }
    const gopath = (env.GOPATH ?? '').split(path.delimiter)[0]
    if (gopath) host.env.addPath(path.join(gopath, 'bin'))
    ctx.facts.go = { version: installed.version, goroot: installed.goroot, source: installed.source, env }
    host.log.info(`Go ${installed.version} (${installed.source}) at ${installed.goroot}${installed.why ? `: ${installed.why}` : ''}`)
    return `Go ${installed.version} from ${sourceText(installed.source)}${installed.why ? ` (${installed.why})` : ''}`
  },
}

function sourceText(source: GoFacts['source']): string {
  return source === 'tool-cache' ? 'the tool cache' : source === 'path' ? 'PATH' : 'a verified download'
}

async function install(ctx: Context, choice: GoVersionChoice): Promise<Installed> {
  const { config, host } = ctx
  const { spec } = choice
  const platform = hostPlatform(host.platform, host.arch)

  if (!config.checkLatest) {
    const local = await installedGo(ctx, choice)
    if (local) return local
  }
  if (!config.checkLatest && spec.kind !== 'alias') {
    const stored = await host.tools.find('go', spec.kind === 'exact' ? spec.version : spec.range, platform.nodeArch)
    if (stored) return { goroot: stored.dir, version: stored.version, source: 'tool-cache' }
  }

  const indexUrl = `${config.goDownloadBaseUrl}/?mode=json&include=all`
  const releases = await fetchIndex(ctx, indexUrl)
  const release = selectRelease(spec, releases)
  if (release === undefined) throw notFound(spec, releases, indexUrl)
  host.log.info(`Go ${spec.text} resolves to ${release.version} in ${redactUrl(indexUrl)}`)

  const onPath = await host.goOnPath?.()
  if (onPath?.version === release.semver) return { goroot: onPath.goroot, version: onPath.version, source: 'path' }
  const stored = await host.tools.find('go', release.semver, platform.nodeArch)
  if (stored) return { goroot: stored.dir, version: stored.version, source: 'tool-cache' }

  const file = archiveFor(release, platform.os, platform.arch)
  if (file === undefined) {
    const have = release.files.filter(f => f.kind === 'archive').map(f => `${f.os}/${f.arch}`)
    throw new UserError(
      `${release.version} has no archive for ${platform.os}/${platform.arch} in ${redactUrl(indexUrl)} (it has: ${have.join(', ') || 'none'})`,
    )
  }
  const url = `${config.goDownloadBaseUrl}/${file.filename}`
  const archive = await downloadVerified(ctx, url, file.filename, file.sha256, 'the release index')
  let extracted: string | undefined
  try {
    extracted = await host.downloader.extract(archive, file.filename.endsWith('.zip') ? 'zip' : 'tar.gz')
    const dir = await host.tools.add(path.join(extracted, 'go'), 'go', release.semver, platform.nodeArch)
    return { goroot: dir, version: release.semver, source: 'download' }
  } finally {
    await host.files.remove(archive)
    if (extracted !== undefined) await host.files.remove(extracted)
  }
}

/**
 * The Go already installed on this machine, where there is one (the CLI's `go` on PATH), when it fits:
 * an explicit go-version must be satisfied; GOTOOLCHAIN naming a version must be met exactly; and for
 * a version read from go.mod or go.work, any Go at least as new as its go and toolchain lines builds
 * the module, so the one installed is used rather than downloading the newest patch of an old line.
 */
async function installedGo(ctx: Context, choice: GoVersionChoice): Promise<Installed | undefined> {
  const go = await ctx.host.goOnPath?.()
  if (go === undefined) return undefined
  const found = { goroot: go.goroot, version: go.version, source: 'path' as const }
  const forced = /^go(\d[^+]*)/.exec(ctx.host.env.get('GOTOOLCHAIN') ?? '')?.[1]
  if (forced !== undefined) {
    return go.version === goToSemver(forced) ? { ...found, why: `GOTOOLCHAIN=${ctx.host.env.get('GOTOOLCHAIN') ?? ''}` } : undefined
  }
  if (choice.source !== 'go-version' && choice.minimum !== undefined && semver.gte(go.version, choice.minimum)) {
    const ok = satisfies(go.version, choice.spec)
    return { ...found, why: ok ? `satisfies ${choice.source}` : `the installed Go; ${choice.source} asks for at least ${choice.minimum}` }
  }
  return satisfies(go.version, choice.spec) ? found : undefined
}

async function fetchIndex(ctx: Context, url: string): Promise<GoRelease[]> {
  const file = await download(ctx, url)
  try {
    const text = (await ctx.host.files.readText(file)) ?? ''
    return parseReleaseIndex(JSON.parse(text) as unknown)
  } catch (error) {
    throw new UserError(`${redactUrl(url)} is not a Go release index: ${errorMessage(error)}`)
  } finally {
    await ctx.host.files.remove(file)
  }
}

function notFound(spec: GoVersionSpec, releases: readonly GoRelease[], url: string): UserError {
  const near = nearestVersions(spec, releases)
  return new UserError(
    `no Go release matches ${spec.text} in ${redactUrl(url)}.` +
      (near.length > 0 ? ` Nearest available: ${near.join(', ')}.` : ' The index lists no releases.'),
  )
}

async function goEnv(ctx: Context, goroot: string): Promise<Record<string, string>> {
  const go = path.join(goroot, 'bin', ctx.host.platform === 'win32' ? 'go.exe' : 'go')
  const result = await ctx.host.exec.run(go, ['env', '-json'], {
    cwd: ctx.config.workingDirectory,
    env: { GOTOOLCHAIN: 'local' },
    silent: true,
    timeoutMs: 60_000,
  })
  if (result.code !== 0) {
    throw new UserError(`${go} env -json failed (exit ${result.code}): ${result.stderr.trim()}`)
  }
  const parsed = JSON.parse(result.stdout) as Record<string, unknown>
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') env[k] = v
  return env
}

/**
 * What the goprivate, gonosumdb and goproxy inputs set. With private-modules-token and no GOPRIVATE
 * anywhere, the repository owner's modules on this server are private: `<server host>/<owner>`.
 */
export function goSettings(ctx: Context): Record<string, string> {
  const settings: Record<string, string> = { ...ctx.config.goEnv }
  if (ctx.config.privateModulesToken !== '' && settings.GOPRIVATE === undefined && !ctx.host.env.get('GOPRIVATE')) {
    const owner = ctx.run.repository?.split('/')[0]
    if (owner) settings.GOPRIVATE = `${new URL(ctx.run.serverUrl ?? 'https://github.com').hostname}/${owner}`
  }
  return settings
}

/**
 * On a Windows runner whose work drive (RUNNER_TEMP's, D: on the images that have one) is not the drive
 * of the user profile (C:, where Go keeps GOCACHE and GOMODCACHE by default): GOCACHE and GOMODCACHE on
 * the work drive. Extracting a cache of many small files on C: is what makes restores there take 12 to
 * 15 minutes (actions/setup-go#495; setup-go#515 measured 13-15 minutes on C: against about 1 minute on
 * D: for 1.7 GB). Never when the job sets either itself, nor off hosted-style Windows (no split drives).
 */
export function windowsCacheDirs(ctx: Context): Record<string, string> {
  const env = ctx.host.env
  if (ctx.host.platform !== 'win32' || ctx.host.kind !== 'github') return {}
  if (env.get('GOCACHE') || env.get('GOMODCACHE')) return {}
  const work = path.win32.parse(env.get('RUNNER_TEMP') ?? '').root
  const profile = path.win32.parse(env.get('LOCALAPPDATA') || env.get('USERPROFILE') || '').root
  if (work === '' || profile === '' || work.toLowerCase() === profile.toLowerCase()) return {}
  return { GOCACHE: path.win32.join(work, 'go-pipeline', 'go-build'), GOMODCACHE: path.win32.join(work, 'go-pipeline', 'pkg', 'mod') }
}
