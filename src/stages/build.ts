/**
 * build: static binaries for every platform, stamped by -ldflags with version, commit and date (the
 * commit's time, so that two builds of one commit are byte-identical), built in parallel on one build
 * cache into <output-dir>/<os>_<arch>[_<variant>]/<name>[.exe], with checksums.txt. ELF binaries are
 * read back: with cgo off, an interpreter or a needed shared library fails the build.
 */
import * as path from 'node:path'
import { UserError } from '../errors.js'
import { cgoPackages } from '../go/cgo.js'
import { elfLinkage } from '../go/elf.js'
import { listMainsArgs, parseMainsList, type MainPackage } from '../go/mains.js'
import { binaryFile, buildArgs, buildGcflags, crossCompiler, ldflags, pseudoVersion, type BuildMetadata, type Target } from '../go/targets.js'
import { git } from '../git.js'
import { resolveInside } from '../paths.js'
import { requireGo, type Artifact, type Context } from '../pipeline/context.js'
import type { Stage, StagedWork } from '../pipeline/stage.js'
import type { ArchiveEntry } from '../ports/ports.js'
import { pool } from '../pool.js'
import { plural } from '../text.js'
import { goTool, modules, relative, toolchainEnv } from './common.js'
import { METADATA_FILE } from './prebuilt.js'

interface BuildJob {
  readonly main: MainPackage
  readonly target: Target
}

export const build: Stage = {
  id: 'build',
  title: ctx => `Building ${plural(ctx.config.build.targets.length, 'platform')}`,
  async skip(ctx) {
    // A library (no main package, and main not set) has nothing to build: not a failure.
    if (ctx.config.build.main.length > 0) return undefined
    const mains = await mainPackages(ctx)
    return mains.length === 0 ? `no main package in ${plural((await modules(ctx)).length, 'module')} (a library): nothing to build` : undefined
  },
  async run(ctx) {
    const staged = await stageBuild(ctx)
    return staged.publish(ctx)
  },
  start: (ctx, signal) => stageBuild(ctx, signal),
}

/**
 * Builds every binary (and archive) into a staging folder below the runner's temporary folder, where
 * nothing the user sees changes; `publish` then moves them into output-dir with checksums.txt. In the
 * build's own turn the two follow each other; with speculative-build the staging runs beside the
 * checks, and publish waits for them (src/pipeline/runner.ts).
 */
async function stageBuild(ctx: Context, signal?: AbortSignal): Promise<StagedWork> {
  const cfg = ctx.config.build
  const go = goTool(ctx, requireGo(ctx).goroot, 'go')
  await checkPlatforms(ctx, go)
  const meta = await metadata(ctx)
  const mains = await namedMains(ctx)
  const flags = ldflags(cfg.versionPackage, meta, cfg.ldflags)
  ctx.host.log.info(`version ${meta.version}, commit ${meta.commit}, date ${meta.date}`)
  ctx.host.log.info(`-ldflags=${flags}`)
  const staging = await ctx.host.files.makeTempDir(ctx.host.tempDir, 'go-pipeline-build-')
  const discard = (): Promise<void> => ctx.host.files.remove(staging)
  let staged: Artifact[]
  let binaries: number
  try {
    const jobs: BuildJob[] = mains.flatMap(main => cfg.targets.map(target => ({ main, target })))
    const built = await pool(jobs, Math.max(1, ctx.host.cpus), async job => ({
      job,
      binary: await buildOne(ctx, go, flags, job, staging, signal),
    }))
    const archives = cfg.archives ? await Promise.all(built.map(b => archive(ctx, b.binary, b.job, meta, staging))) : []
    staged = [...built.map(b => b.binary), ...archives]
    binaries = built.length
  } catch (error) {
    await discard()
    throw error
  }
  return {
    discard,
    async publish(pctx) {
      try {
        return await publish(pctx, meta, staged, staging, binaries)
      } finally {
        await discard()
      }
    },
  }
}

/** Moves the staged binaries and archives into output-dir and writes checksums.txt and the build's metadata. */
async function publish(ctx: Context, meta: BuildMetadata, staged: readonly Artifact[], staging: string, binaries: number): Promise<string> {
  const cfg = ctx.config.build
  // The output folder is checked again now: code that ran since the inputs were read (the tests)
  // could have put a symlink there.
  const out = await resolveInside(ctx.host.files, ctx.config.workspace, ctx.config.workingDirectory, cfg.outputDir)
  if (!out.ok || out.path !== cfg.outputDir)
    throw new UserError(
      `output-dir ${relative(ctx, cfg.outputDir)} ${out.ok ? `now resolves to ${out.path} (a symlink appeared)` : out.why}; nothing was published`,
    )
  for (const t of cfg.targets) await ctx.host.files.remove(path.join(cfg.outputDir, t.folder))
  const artifacts: Artifact[] = []
  for (const a of staged) {
    const final = path.join(cfg.outputDir, path.relative(staging, a.path))
    await ctx.host.files.move(a.path, final)
    artifacts.push({ ...a, path: final, rel: relative(ctx, final) })
  }
  const sums = artifacts
    .map(a => `${a.sha256}  ${path.relative(cfg.outputDir, a.path).split(path.sep).join('/')}`)
    .sort((a, b) => a.slice(66).localeCompare(b.slice(66)))
  const checksums = path.join(cfg.outputDir, 'checksums.txt')
  await ctx.host.files.writeText(checksums, `${sums.join('\n')}\n`)
  // What a later job (binaries-dir) needs to label the image it makes from these binaries.
  await ctx.host.files.writeText(
    path.join(cfg.outputDir, METADATA_FILE),
    `${JSON.stringify({ version: meta.version, commit: meta.commit, date: meta.date }, null, 2)}\n`,
  )
  ctx.facts.build = { ...meta, artifacts, checksums }
  for (const a of artifacts)
    ctx.host.log.info(`${a.rel}  ${a.size} bytes  static: ${a.static === undefined ? 'n/a' : a.static ? 'yes' : 'no'}  sha256 ${a.sha256}`)
  const archives = artifacts.length - binaries
  return `${plural(binaries, 'binary', 'binaries')}${archives ? ` and ${plural(archives, 'archive')}` : ''} of ${meta.version}`
}

async function checkPlatforms(ctx: Context, go: string): Promise<void> {
  const r = await ctx.host.exec.run(go, ['tool', 'dist', 'list'], { silent: true })
  const list = r.stdout
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
  const missing = ctx.config.build.targets.filter(t => !list.includes(`${t.os}/${t.arch}`))
  if (r.code === 0 && missing.length > 0) {
    throw new UserError(`Go ${requireGo(ctx).version} cannot build for ${missing.map(t => t.platform).join(', ')} (go tool dist list: ${list.join(', ')})`)
  }
}

/** version (input, else the tag on HEAD, else a pseudo-version), commit and the commit's time. */
export async function metadata(ctx: Context): Promise<BuildMetadata> {
  const run = (args: readonly string[]): Promise<string | undefined> => git(ctx.host.exec, ctx.config.workspace, args)
  const commit = await run(['rev-parse', 'HEAD'])
  if (commit === undefined) {
    ctx.host.log.warning(`${ctx.config.workspace} is not a git checkout: version ${ctx.config.build.version || 'dev'}, commit none, date 1970-01-01T00:00:00Z`)
    return { version: ctx.config.build.version || 'dev', commit: 'none', date: '1970-01-01T00:00:00Z' }
  }
  const seconds = Number(await run(['log', '-1', '--format=%ct', 'HEAD']))
  const time = new Date((Number.isFinite(seconds) ? seconds : 0) * 1000)
  const date = time.toISOString().replace(/\.\d{3}Z$/, 'Z')
  if (ctx.config.build.version !== '') return { version: ctx.config.build.version, commit, date }
  const tags = (await run(['tag', '--points-at', 'HEAD', '--sort=-version:refname'])) ?? ''
  const onHead = tags.split('\n').find(t => /^v?\d+\.\d+\.\d+/.test(t)) ?? (ctx.run.ref.startsWith('refs/tags/') ? ctx.run.ref.slice(10) : undefined)
  if (onHead) return { version: onHead, commit, date }
  const latest = await run(['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*', 'HEAD'])
  return { version: pseudoVersion(commit, time, latest), commit, date }
}

/** The main packages of the run's modules (the `main` input's, or every one), listed once. */
export async function mainPackages(ctx: Context): Promise<readonly MainPackage[]> {
  if (ctx.facts.mains !== undefined) return ctx.facts.mains
  const go = goTool(ctx, requireGo(ctx).goroot, 'go')
  const mods = await modules(ctx)
  const patterns = ctx.config.build.main.length > 0 ? ctx.config.build.main : ['./...']
  const found: MainPackage[] = []
  const unmatched: string[] = []
  for (const mod of mods) {
    const r = await ctx.host.exec.run(go, listMainsArgs(patterns), { cwd: mod.dir, silent: true, timeoutMs: 120_000 })
    if (r.code !== 0) throw new UserError(`go list ${patterns.join(' ')} failed in ${mod.repoRel}: ${r.stderr.trim()}`)
    const listed = parseMainsList(r.stdout, mod)
    found.push(...listed.mains)
    unmatched.push(...listed.errors)
  }
  if (ctx.config.build.main.length > 0 && found.length === 0) {
    throw new UserError(
      `main: ${ctx.config.build.main.join(', ')} holds no main package in ${plural(mods.length, 'module')}${unmatched.length > 0 ? ` (${unmatched[0] ?? ''})` : ''}`,
    )
  }
  ctx.facts.mains = found
  return found
}

/** The main packages with binary-name applied. */
async function namedMains(ctx: Context): Promise<MainPackage[]> {
  const found = await mainPackages(ctx)
  if (found.length === 0) throw new UserError('no main package to build in any module')
  const { binaryName } = ctx.config.build
  if (binaryName !== '') {
    if (found.length > 1)
      throw new UserError(`binary-name is set, but there are ${found.length} main packages (${found.map(m => m.pkg).join(', ')}); set main to one of them`)
    return found.slice(0, 1).map(only => ({ ...only, name: binaryName }))
  }
  const names = new Map<string, string>()
  for (const m of found) {
    const other = names.get(m.name)
    if (other !== undefined)
      throw new UserError(`two main packages build a binary named ${m.name} (${other} and ${m.importPath}); set main to build one of them`)
    names.set(m.name, m.importPath)
  }
  return [...found]
}

/** One binary, into the staging folder (its path there; the published path is output-dir's). */
async function buildOne(ctx: Context, go: string, flags: string, job: BuildJob, staging: string, signal?: AbortSignal): Promise<Artifact> {
  const { main, target } = job
  const { cgo, outputDir } = ctx.config.build
  const rel = path.join(target.folder, binaryFile(main.name, target))
  const output = path.join(staging, rel)
  const cross = cgo ? await cgoCompiler(ctx, target) : undefined
  const env = { ...toolchainEnv(ctx), ...target.env, CGO_ENABLED: cgo ? '1' : '0', ...(cross?.env ?? {}) }
  const r = await ctx.host.exec.run(go, buildArgs(output, flags, main.pkg, buildGcflags(ctx.host.env.get('GOFLAGS'))), {
    cwd: main.module.dir,
    env,
    silent: true,
    ...(signal ? { signal } : {}),
  })
  if (r.code !== 0) {
    if (!cgo) await explainCgo(ctx, go, main, target)
    throw new UserError(`go build ${main.pkg} for ${target.platform} failed:\n${r.stderr.trim()}${cross?.hint ? `\n${cross.hint}` : ''}`)
  }
  const bytes = await ctx.host.files.readBytes(output)
  const linkage = elfLinkage(bytes)
  const isStatic = linkage === undefined ? undefined : linkage.interpreter === undefined && linkage.needed.length === 0
  if (!cgo && isStatic === false) {
    throw new UserError(
      `${relative(ctx, path.join(outputDir, rel))} is dynamically linked although cgo is false` +
        `${linkage?.interpreter ? ` (interpreter ${linkage.interpreter})` : ''}${linkage?.needed.length ? ` (needs ${linkage.needed.join(', ')})` : ''}. ` +
        'Remove -linkmode=external or other linker flags that link dynamically.',
    )
  }
  return {
    kind: 'binary',
    name: main.name,
    platform: target.platform,
    path: output,
    rel: relative(ctx, path.join(outputDir, rel)),
    sha256: await ctx.host.files.sha256(output),
    size: bytes.length,
    ...(isStatic !== undefined ? { static: isStatic } : {}),
  }
}

/**
 * goreleaser's layout: <name>_<version>_<os>_<arch>[_<variant>].tar.gz (zip for Windows) with the
 * binary, and the README and LICENSE of the module (or of the repository), dated at the commit.
 */
async function archive(ctx: Context, binary: Artifact, job: BuildJob, meta: BuildMetadata, staging: string): Promise<Artifact> {
  const { target, main } = job
  const format = target.os === 'windows' ? 'zip' : 'tar.gz'
  const base = `${main.name}_${meta.version.replace(/^v/, '')}_${target.folder}`
  const dest = path.join(staging, `${base}.${format}`)
  const extras: ArchiveEntry[] = []
  for (const dir of [main.module.dir, ctx.config.workingDirectory, ctx.config.workspace]) {
    const names = (await ctx.host.files.walk(dir, n => /^(readme|license|licence)(\.(md|txt|rst))?$/i.test(n))).filter(f => path.dirname(f) === dir)
    for (const file of names)
      if (!extras.some(e => e.name.toLowerCase() === path.basename(file).toLowerCase())) extras.push({ name: path.basename(file), file })
  }
  const entries = [{ name: path.basename(binary.path), file: binary.path }, ...extras]
  const mtime = new Date(meta.date)
  if (format === 'zip') await ctx.host.archiver.zip(dest, entries, mtime)
  else await ctx.host.archiver.tarGz(dest, entries, mtime)
  return {
    kind: 'archive',
    name: main.name,
    platform: target.platform,
    path: dest,
    rel: relative(ctx, path.join(ctx.config.build.outputDir, path.basename(dest))),
    sha256: await ctx.host.files.sha256(dest),
    size: await ctx.host.files.size(dest),
  }
}

/**
 * cgo for another platform than the host's needs a C compiler for that platform. Unless the job sets CC
 * itself, the packaged cross-compiler for the target (aarch64-linux-gnu-gcc for linux/arm64, …) is used
 * when it is on PATH; otherwise the build goes on with the default compiler (a program that uses no C
 * needs none) and a failure says what to install, or to build on a runner of that platform.
 */
async function cgoCompiler(ctx: Context, target: Target): Promise<{ env?: Record<string, string>; hint?: string } | undefined> {
  if (ctx.host.env.get('CC')) return undefined
  const goEnv = requireGo(ctx).env
  const hostOs = goEnv.GOHOSTOS ?? ''
  const hostArch = goEnv.GOHOSTARCH ?? ''
  const cross = crossCompiler(target, hostOs, hostArch)
  if (cross === 'native') return undefined
  const where = `cgo: true builds ${target.platform} on ${hostOs}/${hostArch}`
  if (cross === undefined)
    return { hint: `${where}: it needs a C compiler for ${target.platform} (set CC), or a runner of that platform (go-pipeline init --build-os).` }
  const found = await ctx.host.files.which(cross.cc)
  if (found === undefined) {
    return {
      hint: `${where}: install ${cross.cc} (Debian and Ubuntu: apt-get install ${cross.pkg}), set CC, or build on a runner of that platform (go-pipeline init --build-os).`,
    }
  }
  ctx.host.log.info(`${where} with ${cross.cc}`)
  return { env: { CC: cross.cc } }
}

/** When a build fails with cgo off, says so if the package or a non-standard dependency uses cgo. */
async function explainCgo(ctx: Context, go: string, main: MainPackage, target: Target): Promise<void> {
  const users = (await cgoPackages(ctx.host.exec, go, main.module.dir, [main.pkg], { ...target.env, CGO_ENABLED: '1' })).map(
    p => `${p.importPath} (${p.cgoFiles.join(', ')})`,
  )
  if (users.length > 0) {
    throw new UserError(
      `${main.pkg} needs cgo, and cgo is false: ${users.join('; ')} ${users.length === 1 ? 'uses' : 'use'} import "C". ` +
        'Set cgo: true (with a C cross-compiler for each platform), or drop the cgo dependency.',
    )
  }
}
