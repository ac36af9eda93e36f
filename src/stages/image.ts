/**
 * image: a multi-platform image made of the binaries the build stage made and tested, by docker buildx.
 * The build context holds <os>/<arch>[/<variant>]/<binary>; the Dockerfile (generated, or the user's)
 * copies the one for $TARGETPLATFORM, so nothing is compiled or run for a foreign platform: no QEMU.
 * Pushes go by digest: the outputs name the image as name@sha256:….
 */
import * as path from 'node:path'
import type { ImageConfig } from '../config/config.js'
import { InputError, UserError } from '../errors.js'
import type { BuildMetadata } from '../go/targets.js'
import { BUILD_ARGS, buildArgv, buildxError, contextPath, digestFromMetadata, generatedDockerfile, parseInspect, type BuilderInfo } from '../image/buildx.js'
import { defaultTags, ociLabels, pushDecision, type TagContext } from '../image/tags.js'
import type { Artifact, Context } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { plural } from '../text.js'
import { readPrebuilt } from './prebuilt.js'

export const image: Stage = {
  id: 'image',
  title: ctx => (ctx.config.image ? `Image ${ctx.config.image.name.name} for ${plural(ctx.config.image.platforms.length, 'platform')}` : 'Image'),
  skip(ctx) {
    if (ctx.config.image === undefined) return 'the image input is empty'
    if ((ctx.config.image.binariesDir === undefined || ctx.config.build.gatherFrom !== undefined) && ctx.facts.build === undefined)
      return 'the build stage built no binary (no main package)'
    return undefined
  },
  async run(ctx) {
    const cfg = ctx.config.image
    if (cfg === undefined) throw new Error('the image stage ran without the image input')
    const { artifacts, meta } = await sources(ctx, cfg)
    const binaries = pickBinaries(cfg, artifacts)
    const program = binaries[0]?.name ?? ''
    const built = meta

    const tagContext: TagContext = {
      eventName: ctx.run.eventName,
      ref: ctx.run.ref,
      sha: ctx.run.sha || built.commit,
      ...(ctx.run.defaultBranch ? { defaultBranch: ctx.run.defaultBranch } : {}),
      ...(ctx.run.prNumber ? { prNumber: ctx.run.prNumber } : {}),
    }
    const tags = [...(cfg.tags ?? defaultTags(tagContext))]
    if (tags.length === 0) tags.push(`sha-${built.commit.slice(0, 7)}`)
    const refs = tags.map(t => `${cfg.name.name}:${t}`)
    const decision = pushDecision(cfg.push, tagContext)

    // The build context: each platform's tested binary, byte for byte.
    const work = await ctx.host.files.makeTempDir(ctx.host.tempDir, 'go-pipeline-image-')
    ctx.host.cleanups.register({ kind: 'remove', path: work })
    const staged = path.join(work, 'binaries')
    for (const b of binaries) await ctx.host.files.copy(b.path, path.join(staged, contextPath(b.platform, b.name)))
    let dockerfile = cfg.dockerfile
    if (dockerfile === undefined) {
      dockerfile = path.join(work, 'Dockerfile')
      await ctx.host.files.writeText(dockerfile, generatedDockerfile(cfg.baseImage, program))
      ctx.host.log.info(`Dockerfile (generated):\n${generatedDockerfile(cfg.baseImage, program)}`)
    }

    await login(ctx, cfg)
    const builder = await resolveBuilder(ctx, cfg)
    const epoch = Math.floor(Date.parse(built.date) / 1000)
    const labels = {
      ...ociLabels({
        ...(ctx.run.repository ? { repository: ctx.run.repository } : {}),
        ...(ctx.run.serverUrl ? { serverUrl: ctx.run.serverUrl } : {}),
        ...(ctx.run.description ? { description: ctx.run.description } : {}),
        ...(ctx.run.license ? { license: ctx.run.license } : {}),
        sha: built.commit,
        version: built.version,
        created: built.date,
        title: program,
      }),
      ...cfg.labels,
    }
    const buildArgs: Record<(typeof BUILD_ARGS)[number], string> = {
      BINARY: program,
      VERSION: built.version,
      COMMIT: built.commit,
      DATE: built.date,
      SOURCE_DATE_EPOCH: String(Number.isFinite(epoch) && epoch > 0 ? epoch : 0),
    }
    const metadataFile = path.join(work, 'metadata.json')
    const argv = buildArgv({
      builder,
      platforms: cfg.platforms.map(t => t.platform),
      dockerfile,
      context: cfg.dockerfile === undefined ? staged : ctx.config.workingDirectory,
      ...(cfg.dockerfile === undefined ? {} : { binariesContext: staged }),
      refs,
      labels,
      buildArgs,
      push: decision.push,
      provenance: cfg.provenance,
      sbom: cfg.sbom,
      metadataFile,
    })
    ctx.host.log.info(`${decision.push ? 'Pushing' : 'Not pushing'}: ${decision.why}`)
    const r = await ctx.host.exec.run('docker', argv, { cwd: ctx.config.workingDirectory })
    const base = {
      name: cfg.name.name,
      platforms: cfg.platforms.map(t => t.platform),
      refs,
      pushed: false,
      why: decision.why,
      builder,
      dockerfile: cfg.dockerfile ?? 'generated',
    }
    if (r.code !== 0) {
      ctx.facts.image = base
      throw new UserError(`docker buildx build failed (exit ${r.code}) for ${cfg.name.name}:\n${buildxError(r.stderr)}`)
    }
    const digest = digestFromMetadata((await ctx.host.files.readText(metadataFile)) ?? '')
    if (decision.push && digest === undefined) {
      ctx.facts.image = base
      throw new UserError(`docker buildx build pushed ${cfg.name.name} but wrote no image digest to ${metadataFile}`)
    }
    ctx.facts.image = { ...base, pushed: decision.push, ...(digest ? { digest } : {}) }
    if (digest) ctx.host.log.info(`${cfg.name.name}@${digest}`)
    return `${decision.push ? 'pushed' : 'built, not pushed'}: ${refs.length > 0 ? tags.join(', ') : ''}${digest ? ` (${digest.slice(0, 19)}…)` : ''}`
  },
}

/** The binaries and their metadata: the build stage's, or those binaries-dir holds (verified). */
async function sources(ctx: Context, cfg: ImageConfig): Promise<{ artifacts: readonly Artifact[]; meta: BuildMetadata }> {
  // Made here (build), or gathered and verified here (gather): use them as they are.
  if (cfg.binariesDir === undefined || ctx.config.build.gatherFrom !== undefined) {
    const built = ctx.facts.build
    if (built === undefined) throw new Error('the image stage ran without binaries')
    return { artifacts: built.artifacts, meta: built }
  }
  const pre = await readPrebuilt(ctx, cfg.binariesDir)
  return { artifacts: pre.artifacts, meta: pre.metadata }
}

/** One binary per image platform, all of the same program. */
function pickBinaries(cfg: ImageConfig, artifacts: readonly Artifact[]): Artifact[] {
  const bins = artifacts.filter(a => a.kind === 'binary')
  const programs = [...new Set(bins.map(a => a.name))].sort()
  const program = cfg.binary || (programs.length === 1 ? programs[0] : undefined)
  if (program === undefined) {
    throw new UserError(`The build made ${programs.length} programs (${programs.join(', ')}); set image-binary to the one the image runs`)
  }
  if (!programs.includes(program)) {
    throw new InputError('image-binary', cfg.binary, programs.join(', '), 'is not a program the build made')
  }
  return cfg.platforms.map(t => {
    const b = bins.find(a => a.name === program && a.platform === t.platform)
    if (b === undefined) throw new UserError(`The build made no ${program} for ${t.platform}`)
    return b
  })
}

/** `docker login --password-stdin` when there are credentials (post logs out). */
async function login(ctx: Context, cfg: ImageConfig): Promise<void> {
  let { username, password } = cfg
  if (username === '' && password === '' && cfg.name.registry === 'ghcr.io' && cfg.githubToken !== '') {
    username = ctx.run.actor ?? ''
    password = cfg.githubToken
  }
  if (password !== '') ctx.host.log.mask(password)
  if (username === '' && password === '') {
    ctx.host.log.info(`No registry credentials: using the docker configuration as it is for ${cfg.name.registry}`)
    return
  }
  if (username === '' || password === '') {
    throw new UserError(
      `Registry login to ${cfg.name.registry} needs both registry-username and registry-password; ${username === '' ? 'registry-username' : 'registry-password'} is empty`,
    )
  }
  const r = await ctx.host.exec.run('docker', ['login', cfg.name.registry, '--username', username, '--password-stdin'], {
    input: password,
    silent: true,
    timeoutMs: 120_000,
  })
  // Whatever the outcome, post logs out: a failed login can leave a half-written entry.
  ctx.host.cleanups.register({ kind: 'docker-logout', registry: cfg.name.registry })
  if (r.code !== 0) {
    const why = (r.stderr.trim() || r.stdout.trim()).split(password).join('***')
    throw new UserError(`docker login to ${cfg.name.registry} as ${username} failed (exit ${r.code}): ${why}. Check registry-username and registry-password.`)
  }
  ctx.host.log.info(`Logged in to ${cfg.name.registry} as ${username}`)
}

async function inspect(ctx: Context, name?: string): Promise<{ info?: BuilderInfo; error: string }> {
  const r = await ctx.host.exec.run('docker', ['buildx', 'inspect', '--bootstrap', ...(name ? [name] : [])], { silent: true, timeoutMs: 300_000 })
  const info = r.code === 0 ? parseInspect(r.stdout) : undefined
  if (info === undefined || info.error !== undefined || info.driver === '') return { error: info?.error ?? (r.stderr || r.stdout).trim() }
  return { info, error: '' }
}

/**
 * The builder: buildx-builder when given; else the current one unless it uses the `docker` driver
 * (which cannot push a multi-platform index); else a new docker-container builder, removed in post.
 */
async function resolveBuilder(ctx: Context, cfg: ImageConfig): Promise<string> {
  if (cfg.builder !== '') {
    const got = await inspect(ctx, cfg.builder)
    if (got.info === undefined)
      throw new InputError(
        'buildx-builder',
        cfg.builder,
        'the name of a builder docker buildx can start (see docker buildx ls)',
        `is not a builder docker buildx can start (${got.error})`,
      )
    ctx.host.log.info(`Builder ${got.info.name} (driver ${got.info.driver}, ${got.info.status})`)
    return got.info.name
  }
  const current = await inspect(ctx)
  if (current.info !== undefined && current.info.driver !== 'docker') {
    ctx.host.log.info(`Builder ${current.info.name} (driver ${current.info.driver}, ${current.info.status}), the current one`)
    return current.info.name
  }
  const name = `go-pipeline-${ctx.run.runId ?? process.pid}`
  ctx.host.log.info(
    current.info !== undefined
      ? `The current builder ${current.info.name} uses the docker driver, which cannot push a multi-platform image: creating ${name} (docker-container driver)`
      : `No usable current builder (${current.error}): creating ${name} (docker-container driver)`,
  )
  // Post removes the builder whatever happens next (buildx create can leave a half-made one).
  ctx.host.cleanups.register({ kind: 'buildx-rm', builder: name })
  const r = await ctx.host.exec.run(
    'docker',
    ['buildx', 'create', '--name', name, '--driver', 'docker-container', '--driver-opt', 'network=host', '--bootstrap'],
    {
      silent: true,
      timeoutMs: 300_000,
    },
  )
  // buildx create can exit 0 with a builder that does not start (no Docker engine): inspect it.
  const made = r.code === 0 ? await inspect(ctx, name) : { error: (r.stderr || r.stdout).trim() }
  if (made.info?.status !== 'running') {
    const why = made.info === undefined ? made.error : `it is ${made.info.status}`
    throw new UserError(
      `docker buildx create --driver docker-container failed: ${why}. Set buildx-builder to a builder that can build for ${cfg.platforms.map(t => t.platform).join(', ')}`,
    )
  }
  return name
}
