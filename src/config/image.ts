/**
 * The image settings. Every image input is checked whether or not the image stage will run, so a
 * mistake shows on the first run, not on the first tag push.
 */
import { InputError } from '../errors.js'
import type { Target } from '../go/targets.js'
import { parseImageName, parseLabels, parseTags, type ImageName } from '../image/tags.js'
import { resolveInside } from '../paths.js'
import type { ConfigFiles } from './go-version.js'
import { DEFAULT_BASE_IMAGE, type InputName } from './inputs.js'
import { oneOf, parseBoolean, parseName, parsePlatforms, singleLine } from './parse.js'

export type PushPolicy = 'auto' | 'true' | 'false'

export interface ImageConfig {
  readonly name: ImageName
  /** Linux targets, each also built by the build stage (or present in binaries-dir). */
  readonly platforms: readonly Target[]
  readonly push: PushPolicy
  /** Undefined: the default tags for the run's ref. */
  readonly tags?: readonly string[]
  readonly labels: Readonly<Record<string, string>>
  /** Absolute path of the user's Dockerfile, or undefined to generate one. */
  readonly dockerfile?: string
  readonly baseImage: string
  /** The program the entrypoint runs; empty: the only one built. */
  readonly binary: string
  readonly username: string
  /** A secret: masked as soon as it is read, never logged or saved in state. */
  readonly password: string
  /** The job's token, used as the password for ghcr.io when no credentials are given. */
  readonly githubToken: string
  readonly builder: string
  readonly provenance: string
  readonly sbom: boolean
  /** Absolute: binaries an earlier job built (with checksums.txt), instead of this job's build stage. */
  readonly binariesDir?: string
}

/** A base image reference: [registry/]path[:tag][@sha256:…], nothing else (it is written into a Dockerfile). */
const BASE_IMAGE = /^[a-z0-9][a-z0-9._\-/:[\]]*(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/

/** The place-holder image name used to check the tags input when image is empty. */
const ANY_IMAGE: ImageName = { name: 'example.com/app', registry: 'example.com' }

export interface ImageInputs {
  readonly get: (name: InputName) => string
  readonly fs: ConfigFiles
  readonly workspace: string
  readonly workingDirectory: string
  /** The platforms the build stage builds. */
  readonly built: readonly Target[]
  readonly buildSelected: boolean
  readonly imageSelected: boolean
  readonly gatherSelected: boolean
}

export const BINARIES_DIR_ACCEPTED =
  'a folder inside the workspace, relative to working-directory, holding checksums.txt and <os>_<arch>[_<variant>]/<binary> as the build stage writes them (e.g. a downloaded artifact), or one such folder per build job'

/** binaries-dir, resolved inside the workspace; undefined when empty. */
export async function parseBinariesDir(i: Pick<ImageInputs, 'get' | 'fs' | 'workspace' | 'workingDirectory'>): Promise<string | undefined> {
  const text = singleLine('binaries-dir', i.get('binaries-dir'))
  if (text === '') return undefined
  const where = await resolveInside(i.fs, i.workspace, i.workingDirectory, text)
  if (!where.ok) throw new InputError('binaries-dir', text, BINARIES_DIR_ACCEPTED, where.why)
  if ((await i.fs.kind(where.path)) !== 'dir') throw new InputError('binaries-dir', text, BINARIES_DIR_ACCEPTED, 'is not a folder')
  return where.path
}

export async function parseImage(i: ImageInputs): Promise<ImageConfig | undefined> {
  const { get } = i
  const value = singleLine('image', get('image'))
  let name: ImageName | undefined
  if (value !== '') {
    const parsed = parseImageName(value)
    if (typeof parsed === 'string') {
      throw new InputError(
        'image',
        value,
        'a repository such as ghcr.io/owner/app or registry.example.com:5000/team/app, without tag or digest; empty skips the image stage',
        parsed,
      )
    }
    name = parsed
  }

  const binariesText = singleLine('binaries-dir', get('binaries-dir'))
  const binariesDir = await parseBinariesDir(i)

  const platformsText = get('image-platforms')
  const requested = platformsText.trim() === '' ? undefined : parsePlatforms('image-platforms', platformsText)
  for (const t of requested ?? []) {
    if (t.os !== 'linux') throw new InputError('image-platforms', platformsText, 'linux platforms', `has ${t.platform}, which is not linux`)
  }
  const push = oneOf<PushPolicy>(
    'push',
    get('push') || 'auto',
    ['auto', 'true', 'false'],
    'a push policy',
    'auto (push on pushes to the default branch and on tags, never on pull requests), true or false',
  )
  const tagsText = get('tags')
  let tags: string[] | undefined
  if (tagsText.trim() !== '') {
    const parsed = parseTags(tagsText, name ?? ANY_IMAGE)
    if (typeof parsed === 'string')
      throw new InputError(
        'tags',
        tagsText,
        `tags such as latest, v1 or ${(name ?? ANY_IMAGE).name}:edge, separated by commas or new lines; empty: the default tags`,
        parsed,
      )
    tags = parsed
  }
  const labelsText = get('labels')
  const labels = parseLabels(labelsText)
  if (typeof labels === 'string') throw new InputError('labels', labelsText, 'key=value lines such as org.opencontainers.image.vendor=Example', labels)

  const dockerfileText = singleLine('dockerfile', get('dockerfile'))
  let dockerfile: string | undefined
  if (dockerfileText !== '') {
    const accepted = 'the path of a Dockerfile inside the workspace, relative to the working directory; empty: go-pipeline writes one'
    const where = await resolveInside(i.fs, i.workspace, i.workingDirectory, dockerfileText)
    if (!where.ok) throw new InputError('dockerfile', dockerfileText, accepted, where.why)
    if ((await i.fs.kind(where.path)) !== 'file') throw new InputError('dockerfile', dockerfileText, accepted, 'names no readable file')
    dockerfile = where.path
  }
  const baseImage = singleLine('base-image', get('base-image') || DEFAULT_BASE_IMAGE)
  if (!BASE_IMAGE.test(baseImage)) {
    throw new InputError(
      'base-image',
      baseImage,
      `an image reference such as ${DEFAULT_BASE_IMAGE} or registry:5000/base@sha256:…`,
      'is not an image reference',
    )
  }
  const provenance = oneOf(
    'provenance',
    get('provenance') || 'false',
    ['true', 'false', 'mode=min', 'mode=max'],
    'a provenance setting',
    'false, true, mode=min or mode=max',
  )
  const builder = singleLine('buildx-builder', get('buildx-builder'))
  if (builder !== '' && !/^[\w][\w.-]*$/.test(builder)) {
    throw new InputError(
      'buildx-builder',
      builder,
      'the name of a docker buildx builder (letters, digits, _ . -); empty: the current builder, or a new one when it cannot build for several platforms',
      'is not a builder name',
    )
  }
  const sbom = parseBoolean('sbom', get('sbom') || 'false')
  const binary = parseName('image-binary', get('image-binary'))
  const username = singleLine('registry-username', get('registry-username'))

  if (name === undefined) {
    if (binariesDir !== undefined && !i.gatherSelected)
      throw new InputError(
        'binaries-dir',
        binariesText,
        'a folder only together with image (the binaries an image is made of) or the gather stage',
        'is set while image is empty',
      )
    return undefined
  }
  if (!i.imageSelected) return undefined
  if (!i.buildSelected && binariesDir === undefined) {
    throw new InputError(
      'stages',
      get('stages'),
      'a list that includes build when image is set (the image is made of the binaries the build stage makes), or binaries-dir naming binaries an earlier job built',
      'has image without build',
    )
  }
  const linux = i.built.filter(t => t.os === 'linux')
  let platforms: readonly Target[]
  if (requested !== undefined) {
    if (binariesDir === undefined) {
      for (const t of requested) {
        if (!linux.some(b => b.platform === t.platform)) {
          throw new InputError(
            'image-platforms',
            platformsText,
            `platforms the build stage builds: ${linux.map(b => b.platform).join(', ') || 'none for linux'}`,
            `has ${t.platform}, which platforms does not build`,
          )
        }
      }
    }
    platforms = requested
  } else {
    platforms = linux
    if (platforms.length === 0) {
      throw new InputError(
        'platforms',
        get('platforms'),
        'at least one linux/… platform when image is set (images are made of the linux binaries)',
        'has no linux platform',
      )
    }
  }
  const token = get('github-token')
  return {
    name,
    platforms,
    push,
    ...(tags ? { tags } : {}),
    labels,
    ...(dockerfile ? { dockerfile } : {}),
    baseImage,
    binary,
    username,
    password: get('registry-password'),
    githubToken: token.startsWith('${{') ? '' : token,
    builder,
    provenance,
    sbom,
    ...(binariesDir ? { binariesDir } : {}),
  }
}
