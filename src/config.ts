/**
 * The one validated, typed configuration, parsed once at the edge from raw inputs (the action's
 * `INPUT_*` or the CLI's flags). Defaults live in action.yml and are mirrored in INPUT_DEFAULTS; a unit
 * test keeps the two equal.
 */
import * as path from 'node:path'
import * as semver from 'semver'
import type { SavePolicy } from './cache/plan.js'
import { InputError } from './errors.js'
import { ACCEPTED_SPECS, type GoVersionSpec, parseGoVersionSpec } from './go/version.js'
import { DIST_LIST, parseTarget, type Target } from './go/targets.js'
import { versionFromFile } from './go/versionfile.js'
import { type ImageName, parseImageName, parseLabels, parseTags } from './image/tags.js'

/** Every stage of the product, in pipeline order. */
export const ALL_STAGE_IDS = ['setup', 'vet', 'fmt', 'lint', 'test', 'build', 'image'] as const
/** `cache` is not chosen in `stages`: the `cache` input turns it on or off. */
export type StageId = (typeof ALL_STAGE_IDS)[number] | 'cache'
/** The stages this release implements (all of them). A stage not listed here is rejected as unknown. */
export const AVAILABLE_STAGE_IDS: readonly StageId[] = ALL_STAGE_IDS

/** The base image of the generated Dockerfile when base-image is not set. */
export const DEFAULT_BASE_IMAGE = 'gcr.io/distroless/static-debian12:nonroot'

/** The golangci-lint release used when golangci-lint-version is not set. */
export const DEFAULT_GOLANGCI_LINT_VERSION = 'v2.15.0'

export const INPUT_DEFAULTS = {
  'working-directory': '.',
  stages: AVAILABLE_STAGE_IDS.join(', '),
  'go-version': '',
  'go-version-file': '',
  'check-latest': 'false',
  'go-download-base-url': 'https://go.dev/dl',
  'golangci-lint-version': DEFAULT_GOLANGCI_LINT_VERSION,
  'golangci-lint-base-url': 'https://github.com/golangci/golangci-lint/releases/download',
  'golangci-lint-args': '',
  'only-new-issues': 'false',
  race: 'true',
  'coverage-threshold': '0',
  'test-args': '',
  platforms: 'linux/amd64,linux/arm64,darwin/arm64,windows/amd64',
  main: '',
  'binary-name': '',
  version: '',
  'version-package': 'main',
  ldflags: '',
  cgo: 'false',
  'output-dir': 'dist',
  archives: 'false',
  cache: 'true',
  'cache-save': 'auto',
  image: '',
  'image-platforms': '',
  push: 'auto',
  tags: '',
  labels: '',
  dockerfile: '',
  'base-image': DEFAULT_BASE_IMAGE,
  'image-binary': '',
  'registry-username': '',
  'registry-password': '',
  'github-token': '${{ github.token }}',
  'buildx-builder': '',
  provenance: 'false',
  sbom: 'false',
} as const
export type InputName = keyof typeof INPUT_DEFAULTS
export const INPUT_NAMES = Object.keys(INPUT_DEFAULTS) as InputName[]

export interface GoVersionChoice {
  readonly spec: GoVersionSpec
  /** Where the spec came from, for logs: `go-version`, or the file it was read from. */
  readonly source: string
}

export type LintVersion = { readonly kind: 'path' } | { readonly kind: 'release'; readonly version: string }

export interface Config {
  /** Absolute path of the repository root (GITHUB_WORKSPACE): annotations are relative to it. */
  readonly workspace: string
  /** Absolute path of the Go module or workspace root. */
  readonly workingDirectory: string
  /** Selected stages in pipeline order; always starts with setup. */
  readonly stages: readonly StageId[]
  readonly goVersion: GoVersionChoice
  readonly checkLatest: boolean
  readonly goDownloadBaseUrl: string
  readonly lint: {
    readonly version: LintVersion
    readonly baseUrl: string
    readonly args: readonly string[]
    readonly onlyNewIssues: boolean
  }
  readonly test: {
    readonly race: boolean
    /** 0 turns the gate off. */
    readonly coverageThreshold: number
    readonly args: readonly string[]
  }
  readonly build: {
    readonly targets: readonly Target[]
    /** Main packages as given (./cmd/x), or empty: every main package of every module. */
    readonly main: readonly string[]
    readonly binaryName: string
    /** Empty: from git. */
    readonly version: string
    readonly versionPackage: string
    readonly ldflags: string
    readonly cgo: boolean
    /** Absolute. */
    readonly outputDir: string
    /** Also pack each binary with README and LICENSE: tar.gz, zip for Windows. */
    readonly archives: boolean
  }
  readonly cache: { readonly enabled: boolean; readonly save: SavePolicy }
  /** Undefined when the image input is empty (the image stage skips). */
  readonly image?: ImageConfig
  /** Things worth a warning that are not errors (both go-version and go-version-file given). */
  readonly warnings: readonly string[]
}

export type PushPolicy = 'auto' | 'true' | 'false'

export interface ImageConfig {
  readonly name: ImageName
  /** Linux targets, each also built by the build stage. */
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
}

export type RawInputs = (name: InputName) => string
export type ReadText = (file: string) => Promise<string | undefined>

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

export function parseBoolean(name: InputName, value: string): boolean {
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new InputError(name, value, 'true or false', 'is not a boolean')
}

export function parseStages(value: string): StageId[] {
  const items = value.split(/[\s,]+/).filter(s => s !== '')
  const accepted = `a comma-separated list of ${AVAILABLE_STAGE_IDS.join(', ')}`
  if (items.length === 0) throw new InputError('stages', value, accepted, 'names no stage')
  const chosen = new Set<StageId>(['setup'])
  for (const item of items) {
    const id = AVAILABLE_STAGE_IDS.find(s => s === item.toLowerCase())
    if (id === undefined) throw new InputError('stages', value, accepted, `names an unknown stage "${item}"`)
    chosen.add(id)
  }
  return ALL_STAGE_IDS.filter(s => chosen.has(s))
}

/**
 * Splits an arguments input into argv: white space separates, '…' and "…" group, and nothing is
 * expanded or interpreted (no variables, globs or operators): the words go to the tool as they are.
 */
export function parseArgs(name: InputName, value: string): string[] {
  const args: string[] = []
  let current: string | undefined
  let quote: string | undefined
  for (const c of value) {
    if (quote !== undefined) {
      if (c === quote) quote = undefined
      else current += c
    } else if (c === '"' || c === "'") {
      quote = c
      current ??= ''
    } else if (/\s/.test(c)) {
      if (current !== undefined) args.push(current)
      current = undefined
    } else {
      current = (current ?? '') + c
    }
  }
  if (quote !== undefined) {
    throw new InputError(name, value, "words separated by spaces, optionally grouped with '…' or \"…\"", `has an unclosed ${quote} quote`)
  }
  if (current !== undefined) args.push(current)
  return args
}

export function parseLintVersion(value: string): LintVersion {
  if (value === 'path') return { kind: 'path' }
  const m = /^v?(2\.\d+\.\d+)$/.exec(value)
  if (!m?.[1]) {
    throw new InputError(
      'golangci-lint-version',
      value,
      `a golangci-lint v2 release such as ${DEFAULT_GOLANGCI_LINT_VERSION}, or path to use the golangci-lint on PATH`,
      /^v?1\./.test(value) ? 'is a v1 release; go-pipeline runs golangci-lint v2' : 'is not a v2 release version',
    )
  }
  return { kind: 'release', version: m[1] }
}

export function parsePercent(name: InputName, value: string): number {
  const n = Number(value)
  if (value === '' || !/^\d+(\.\d+)?$/.test(value) || n > 100) {
    throw new InputError(name, value, 'a percentage from 0 to 100, such as 80 or 72.5 (0 turns the gate off)', 'is not a percentage')
  }
  return n
}

export function parsePlatforms(value: string): Target[] {
  const specs = value.split(/[\s,]+/).filter(s => s !== '')
  const accepted = `a comma-separated list of os/arch[/variant] from go tool dist list: ${DIST_LIST.join(', ')} (variants: arm/v5..v7, amd64/v1..v4)`
  if (specs.length === 0) throw new InputError('platforms', value, accepted, 'names no platform')
  const targets: Target[] = []
  for (const spec of specs) {
    const t = parseTarget(spec)
    if (typeof t === 'string') throw new InputError('platforms', value, accepted, `has ${t}`)
    if (!targets.some(o => o.platform === t.platform)) targets.push(t)
  }
  return targets
}

function parseMain(value: string): string[] {
  const pkgs = value.split(/[\s,]+/).filter(s => s !== '')
  for (const p of pkgs) {
    if (!/^\.{1,2}(\/[\w.\-]+)*\/?$/.test(p) && !/^[\w.\-]+(\/[\w.\-]+)+$/.test(p)) {
      throw new InputError('main', value, 'main packages as ./path (relative to their module) or import paths, comma-separated; empty builds every main package', `has "${p}", which is not a package path`)
    }
  }
  return pkgs
}

function parseName(name: InputName, value: string): string {
  if (value !== '' && !/^[A-Za-z0-9][\w.\-]*$/.test(value)) {
    throw new InputError(name, value, 'a file name of letters, digits, ".", "-" and "_"', 'is not a plain file name')
  }
  return value
}

function parseVersion(value: string): string {
  if (value !== '' && !/^[\w.+\-]+$/.test(value)) {
    throw new InputError('version', value, 'a version such as v1.2.3 or 1.2.3-rc.1 (letters, digits, ".", "+", "-", "_"); empty: from git', 'is not a version')
  }
  return value
}

function parseVersionPackage(value: string): string {
  if (value !== 'main' && !/^[\w.\-]+(\/[\w.\-~]+)*$/.test(value)) {
    throw new InputError('version-package', value, 'main, or the import path of the package with the version, commit and date variables', 'is not an import path')
  }
  return value
}

function parseOutputDir(workingDirectory: string, value: string): string {
  const dir = path.resolve(workingDirectory, value)
  const rel = path.relative(workingDirectory, dir)
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new InputError('output-dir', value, 'a folder inside the working directory, other than the working directory itself', rel === '' ? 'is the working directory' : 'points outside the working directory')
  }
  return dir
}

export function parseBaseUrl(name: InputName, value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(name, value, 'an http:// or https:// URL', 'is not a URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(name, value, 'an http:// or https:// URL', `has the scheme ${url.protocol}`)
  }
  if (url.search !== '' || url.hash !== '') {
    throw new InputError(name, value, 'a base URL without ?query or #fragment', 'has a query or fragment')
  }
  return url.toString().replace(/\/+$/, '')
}

function specFrom(name: InputName, text: string, where?: string): GoVersionSpec {
  const spec = parseGoVersionSpec(text)
  if (spec === undefined) {
    throw new InputError(name, text, ACCEPTED_SPECS, where ? `(read from ${where}) is not a Go version` : 'is not a Go version')
  }
  return spec
}

async function specFromFile(
  name: InputName,
  value: string,
  file: string,
  readText: ReadText,
): Promise<GoVersionChoice> {
  const content = await readText(file)
  if (content === undefined) {
    throw new InputError(name, value, 'a path, relative to the working directory, of go.mod, go.work, .go-version or .tool-versions', `names no readable file (${file})`)
  }
  const found = versionFromFile(file, content)
  if (found === undefined) {
    throw new InputError(name, value, 'a file with a go or toolchain line (go.mod, go.work), a version (.go-version) or a golang line (.tool-versions)', 'names a file with no Go version in it')
  }
  const spec = specFrom(name, found.version, file)
  // A go line is a minimum: take the newest patch release of that line (security fixes included),
  // as `go 1.26.0` builds with any 1.26.x. A toolchain line, or any other file, is taken as written.
  if (found.kind === 'minimum' && spec.kind === 'exact' && semver.prerelease(spec.version) === null) {
    return { spec: { kind: 'range', range: `~${spec.version}`, text: `${found.version} (go line: newest ${semver.major(spec.version)}.${semver.minor(spec.version)}.x)` }, source: path.basename(file) }
  }
  return { spec, source: path.basename(file) }
}

/** Parses and validates every input. Reads the version file through `readText`. */
export async function loadConfig(raw: RawInputs, workspace: string, readText: ReadText): Promise<Config> {
  const warnings: string[] = []
  const get = (name: InputName): string => raw(name).trim()

  const wdInput = get('working-directory') || '.'
  const workingDirectory = path.resolve(workspace, wdInput)
  const rel = path.relative(workspace, workingDirectory)
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new InputError('working-directory', wdInput, 'a folder inside the workspace', 'points outside the workspace')
  }

  const stages = parseStages(get('stages'))
  const checkLatest = parseBoolean('check-latest', get('check-latest') || 'false')
  const goDownloadBaseUrl = parseBaseUrl('go-download-base-url', get('go-download-base-url') || INPUT_DEFAULTS['go-download-base-url'])

  const versionText = get('go-version')
  const versionFile = get('go-version-file')
  let goVersion: GoVersionChoice
  if (versionText !== '') {
    if (versionFile !== '') {
      warnings.push(`Both go-version (${versionText}) and go-version-file (${versionFile}) are set; go-version wins.`)
    }
    goVersion = { spec: specFrom('go-version', versionText), source: 'go-version' }
  } else if (versionFile !== '') {
    goVersion = await specFromFile('go-version-file', versionFile, path.resolve(workingDirectory, versionFile), readText)
  } else {
    // Neither: the workspace's go.work (it governs the toolchain when present), else its go.mod.
    let found: GoVersionChoice | undefined
    for (const name of ['go.work', 'go.mod']) {
      const file = path.join(workingDirectory, name)
      if ((await readText(file)) !== undefined) {
        found = await specFromFile('go-version-file', name, file, readText)
        break
      }
    }
    if (found === undefined) {
      throw new InputError(
        'go-version',
        '',
        'go-version, go-version-file, or a go.mod or go.work in the working directory',
        `is empty and there is no go.mod or go.work in ${workingDirectory}`,
      )
    }
    goVersion = found
  }

  const lint = {
    version: parseLintVersion(get('golangci-lint-version') || INPUT_DEFAULTS['golangci-lint-version']),
    baseUrl: parseBaseUrl('golangci-lint-base-url', get('golangci-lint-base-url') || INPUT_DEFAULTS['golangci-lint-base-url']),
    args: parseArgs('golangci-lint-args', get('golangci-lint-args')),
    onlyNewIssues: parseBoolean('only-new-issues', get('only-new-issues') || 'false'),
  }
  const test = {
    race: parseBoolean('race', get('race') || 'true'),
    coverageThreshold: parsePercent('coverage-threshold', get('coverage-threshold') || '0'),
    args: parseArgs('test-args', get('test-args')),
  }

  const build = {
    targets: parsePlatforms(get('platforms') || INPUT_DEFAULTS.platforms),
    main: parseMain(get('main')),
    binaryName: parseName('binary-name', get('binary-name')),
    version: parseVersion(get('version')),
    versionPackage: parseVersionPackage(get('version-package') || 'main'),
    ldflags: get('ldflags'),
    cgo: parseBoolean('cgo', get('cgo') || 'false'),
    outputDir: parseOutputDir(workingDirectory, get('output-dir') || 'dist'),
    archives: parseBoolean('archives', get('archives') || 'false'),
  }

  const cacheSave = get('cache-save') || 'auto'
  if (cacheSave !== 'auto' && cacheSave !== 'always' && cacheSave !== 'never') {
    throw new InputError('cache-save', cacheSave, 'auto (save on pushes to the default branch and on tags), always or never', 'is not a save policy')
  }
  const cache = { enabled: parseBoolean('cache', get('cache') || 'true'), save: cacheSave as SavePolicy }

  const image = stages.includes('image') ? await parseImage(get, stages, build.targets, workspace, workingDirectory, readText) : undefined

  return { workspace, workingDirectory, stages, goVersion, checkLatest, goDownloadBaseUrl, lint, test, build, cache, ...(image ? { image } : {}), warnings }
}

/** A base image reference: [registry/]path[:tag][@sha256:…], nothing else (it is written into a Dockerfile). */
const BASE_IMAGE = /^[a-z0-9][a-z0-9._\-/:[\]]*(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/

async function parseImage(
  get: (name: InputName) => string,
  stages: readonly StageId[],
  built: readonly Target[],
  workspace: string,
  workingDirectory: string,
  readText: ReadText,
): Promise<ImageConfig | undefined> {
  const value = get('image')
  if (value === '') return undefined
  const name = parseImageName(value)
  if (typeof name === 'string') {
    throw new InputError('image', value, 'a repository such as ghcr.io/owner/app or registry.example.com:5000/team/app, without tag or digest; empty skips the image stage', name)
  }
  if (!stages.includes('build')) {
    throw new InputError('stages', get('stages'), 'a list that includes build when image is set (the image is made of the binaries the build stage makes)', 'has image without build')
  }
  const linux = built.filter(t => t.os === 'linux')
  const platformsText = get('image-platforms')
  let platforms: Target[]
  if (platformsText === '') {
    platforms = linux
    if (platforms.length === 0) {
      throw new InputError('platforms', get('platforms') || INPUT_DEFAULTS.platforms, 'at least one linux/… platform when image is set (images are made of the linux binaries)', 'has no linux platform')
    }
  } else {
    platforms = parsePlatforms(platformsText).map(t => {
      if (t.os !== 'linux') throw new InputError('image-platforms', platformsText, 'linux platforms that platforms also builds', `has ${t.platform}, which is not linux`)
      if (!linux.some(b => b.platform === t.platform)) {
        throw new InputError('image-platforms', platformsText, `platforms the build stage builds: ${linux.map(b => b.platform).join(', ') || 'none for linux'}`, `has ${t.platform}, which platforms does not build`)
      }
      return t
    })
  }

  const push = get('push') || 'auto'
  if (push !== 'auto' && push !== 'true' && push !== 'false') {
    throw new InputError('push', push, 'auto (push on pushes to the default branch and on tags, never on pull requests), true or false', 'is not a push policy')
  }
  const tagsText = get('tags')
  let tags: string[] | undefined
  if (tagsText !== '') {
    const parsed = parseTags(tagsText, name)
    if (typeof parsed === 'string') throw new InputError('tags', tagsText, `tags such as latest, v1 or ${name.name}:edge, separated by commas or new lines; empty: the default tags`, parsed)
    tags = parsed
  }
  const labelsText = get('labels')
  const labels = parseLabels(labelsText)
  if (typeof labels === 'string') throw new InputError('labels', labelsText, 'key=value lines such as org.opencontainers.image.vendor=Example', labels)

  const dockerfileText = get('dockerfile')
  let dockerfile: string | undefined
  if (dockerfileText !== '') {
    dockerfile = path.resolve(workingDirectory, dockerfileText)
    const rel = path.relative(workspace, dockerfile)
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new InputError('dockerfile', dockerfileText, 'a path inside the workspace, relative to the working directory', 'points outside the workspace')
    if ((await readText(dockerfile)) === undefined) throw new InputError('dockerfile', dockerfileText, 'the path of a Dockerfile relative to the working directory; empty: go-pipeline writes one', `names no readable file (${dockerfile})`)
  }
  const baseImage = get('base-image') || DEFAULT_BASE_IMAGE
  if (!BASE_IMAGE.test(baseImage)) {
    throw new InputError('base-image', baseImage, `an image reference such as ${DEFAULT_BASE_IMAGE} or registry:5000/base@sha256:…`, 'is not an image reference')
  }
  const provenance = get('provenance') || 'false'
  if (!['true', 'false', 'mode=min', 'mode=max'].includes(provenance)) {
    throw new InputError('provenance', provenance, 'false, true, mode=min or mode=max', 'is not a provenance setting')
  }
  const builder = get('buildx-builder')
  if (builder !== '' && !/^[\w][\w.-]*$/.test(builder)) {
    throw new InputError('buildx-builder', builder, 'the name of a docker buildx builder (letters, digits, _ . -); empty: the current builder, or a new one when it cannot build for several platforms', 'is not a builder name')
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
    binary: parseName('image-binary', get('image-binary')),
    username: get('registry-username'),
    password: get('registry-password'),
    githubToken: token.startsWith('${{') ? '' : token,
    builder,
    provenance,
    sbom: parseBoolean('sbom', get('sbom') || 'false'),
  }
}
