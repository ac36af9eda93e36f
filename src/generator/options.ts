/**
 * `go-pipeline init`'s options: parsed and validated from flags, and written back as the canonical
 * command line in every generated file's header, so that `check` (and a person) can regenerate exactly.
 */
import * as semver from 'semver'
import { INPUT_DEFAULTS } from '../config/inputs.js'
import { parsePlatforms } from '../config/parse.js'
import { FlagError, InputError } from '../errors.js'
import { parseGoVersionSpec } from '../go/version.js'
import { parseImageName, type ImageName } from '../image/tags.js'
import { VERSION } from '../version.js'

export const DEPLOY_TARGETS = ['kubernetes', 'helm', 'ssh', 'none'] as const
export type DeployTarget = (typeof DEPLOY_TARGETS)[number]

/** Where go-pipeline itself is published; GO_PIPELINE_ACTION_REPO_URL points init at a mirror. */
export const DEFAULT_ACTION_REPO = 'go-pipeline/go-pipeline'

export interface ActionRef {
  readonly repo: string
  readonly sha: string
  /** The release that commit is (vX.Y.Z), for the pin's comment. */
  readonly version?: string
}

export interface InitOptions {
  readonly image?: ImageName
  readonly deploy: DeployTarget
  /** Normalized, comma-separated. */
  readonly platforms: string
  /** Empty: go.mod's (or go.work's) version and stable. */
  readonly goVersions: readonly string[]
  readonly actionRef?: ActionRef
  /** The program the image runs and ssh deploys; empty: chosen from the main packages. */
  readonly binary: string
  readonly port: number
  readonly healthPath: string
  /** Before the generated workflow file names: `go-` writes go-ci.yml and go-cd.yml (next to your own). */
  readonly prefix: string
  /** The image's base (the publish job's copy-only Dockerfile); empty: the action's default. */
  readonly baseImage: string
  /**
   * Report only lint issues new since this commit in the generated .golangci.yml (a repository's
   * existing findings do not block its first push); 'none' reports every issue; undefined: init decides.
   */
  readonly lintNewFromRev?: string
  /** Test shards in ci.yml (1: one test job, no merge). */
  readonly shards: number
  /** The operating systems ci.yml tests on besides the checks' ubuntu-24.04 (from --test-os). */
  readonly testOs: readonly TestOs[]
  /**
   * The operating systems cd.yml builds on natively, with cgo (from --build-os): linux/amd64 is the build
   * job's own; each other one is a row of the build-os job, gathered before the image and the release.
   */
  readonly buildOs: readonly TestOs[]
}

/** --test-os names and the GitHub-hosted runner each runs on. */
export const TEST_OS_RUNNERS = {
  linux: 'ubuntu-24.04',
  'linux-arm64': 'ubuntu-24.04-arm',
  macos: 'macos-15',
  windows: 'windows-2025',
} as const
export type TestOs = keyof typeof TEST_OS_RUNNERS

/** The platform a --build-os runner builds natively (macos-15 runs on Apple silicon). */
export const BUILD_OS_PLATFORMS: Readonly<Record<TestOs, string>> = {
  linux: 'linux/amd64',
  'linux-arm64': 'linux/arm64',
  macos: 'darwin/arm64',
  windows: 'windows/amd64',
}

/** The most test shards init writes (a matrix beyond this is rarely faster than a bigger runner). */
export const MAX_INIT_SHARDS = 32

export const FLAG_NAMES = [
  'image',
  'deploy',
  'platforms',
  'go-versions',
  'action-ref',
  'action-version',
  'binary',
  'port',
  'health-path',
  'prefix',
  'base-image',
  'lint-new-from-rev',
  'shards',
  'test-os',
  'build-os',
] as const
export type FlagName = (typeof FLAG_NAMES)[number]
export type InitFlags = Partial<Record<FlagName, string>>

export function parseInitFlags(flags: InitFlags): InitOptions {
  const deployText = flags.deploy ?? 'none'
  const deploy = DEPLOY_TARGETS.find(d => d === deployText)
  if (deploy === undefined) throw new FlagError('deploy', deployText, DEPLOY_TARGETS.join(', '), 'is not a deploy target')
  let image: ImageName | undefined
  if (flags.image !== undefined && flags.image !== '') {
    const parsed = parseImageName(flags.image)
    if (typeof parsed === 'string') throw new FlagError('image', flags.image, 'a repository such as ghcr.io/owner/app, without tag or digest', parsed)
    image = parsed
  }
  if ((deploy === 'kubernetes' || deploy === 'helm') && image === undefined) {
    throw new FlagError('deploy', deploy, 'ssh or none without --image; kubernetes and helm deploy the image by digest, so they need --image', 'needs an image')
  }
  let platforms: string
  try {
    const targets = parsePlatforms('platforms', flags.platforms ?? INPUT_DEFAULTS.platforms)
    platforms = targets.map(t => t.platform).join(',')
    if (image !== undefined && !targets.some(t => t.os === 'linux')) {
      throw new FlagError('platforms', flags.platforms ?? '', 'at least one linux platform with --image', 'has no linux platform')
    }
    if (deploy === 'ssh' && !targets.some(t => t.platform === 'linux/amd64')) {
      throw new FlagError('platforms', flags.platforms ?? '', 'a list with linux/amd64 for --deploy ssh (the binary copied to the host)', 'has no linux/amd64')
    }
  } catch (error) {
    if (error instanceof InputError) throw new FlagError('platforms', flags.platforms ?? '', error.accepted, error.problem)
    throw error
  }
  const goVersions = (flags['go-versions'] ?? '')
    .split(',')
    .map(v => v.trim())
    .filter(Boolean)
  for (const v of goVersions) {
    if (parseGoVersionSpec(v) === undefined || !/^[\w.]+$/.test(v)) {
      throw new FlagError(
        'go-versions',
        flags['go-versions'] ?? '',
        'comma-separated Go versions such as 1.25,1.26,stable',
        `has "${v}", which is not a Go version`,
      )
    }
  }
  let actionRef: ActionRef | undefined
  if (flags['action-ref'] !== undefined) {
    const m = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{40})$/.exec(flags['action-ref'])
    if (!m?.[1] || !m[2]) {
      throw new FlagError(
        'action-ref',
        flags['action-ref'],
        'owner/repo@<full 40-hex commit SHA>, e.g. go-pipeline/go-pipeline@0123…(40 hex)',
        'is not a repository pinned to a full commit SHA',
      )
    }
    const version = flags['action-version']
    if (version !== undefined && !/^v\d+\.\d+\.\d+$/.test(version))
      throw new FlagError('action-version', version, 'the release of that commit, vX.Y.Z', 'is not a release version')
    actionRef = { repo: m[1], sha: m[2], ...(version ? { version } : {}) }
  } else if (flags['action-version'] !== undefined) {
    throw new FlagError('action-version', flags['action-version'], 'only together with --action-ref', 'is given without --action-ref')
  }
  const binary = flags.binary ?? ''
  if (binary !== '' && !/^[A-Za-z0-9][\w.-]*$/.test(binary))
    throw new FlagError('binary', binary, 'the name of one of the main packages’ binaries', 'is not a binary name')
  const portText = flags.port ?? '8080'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) throw new FlagError('port', portText, 'a TCP port from 1 to 65535', 'is not a port')
  const healthPath = flags['health-path'] ?? '/healthz'
  if (!/^\/[\w./-]*$/.test(healthPath)) throw new FlagError('health-path', healthPath, 'an HTTP path such as /healthz', 'is not a plain path')
  const prefix = flags.prefix ?? ''
  if (prefix !== '' && !/^[A-Za-z0-9][\w.-]{0,40}$/.test(prefix))
    throw new FlagError('prefix', prefix, 'letters, digits, ".", "-" and "_" to put before ci.yml, cd.yml and vuln.yml, e.g. go-', 'is not a file name prefix')
  const baseImage = flags['base-image'] ?? ''
  if (baseImage !== '' && !/^[a-z0-9][a-z0-9._\-/:]*(?:@sha256:[0-9a-f]{64})?$/.test(baseImage)) {
    throw new FlagError(
      'base-image',
      baseImage,
      'an image reference such as gcr.io/distroless/static-debian12:nonroot (pin a digest: name@sha256:…)',
      'is not an image reference',
    )
  }
  const lintNewFromRev = flags['lint-new-from-rev']
  if (lintNewFromRev !== undefined && lintNewFromRev !== 'none' && !/^[0-9a-f]{40}$/.test(lintNewFromRev)) {
    throw new FlagError('lint-new-from-rev', lintNewFromRev, 'a full 40-hex commit SHA, or none to report every existing lint issue', 'is not a commit')
  }
  const shardsText = flags.shards ?? '1'
  const shards = Number(shardsText)
  if (!/^\d+$/.test(shardsText) || shards < 1 || shards > MAX_INIT_SHARDS) {
    throw new FlagError('shards', shardsText, `a number of test shards from 1 (no sharding) to ${MAX_INIT_SHARDS}`, 'is not a shard count')
  }
  const testOs = osList(flags, 'test-os')
  const buildOs = osList(flags, 'build-os')
  if (buildOs.length > 0 && flags.platforms !== undefined) {
    throw new FlagError(
      'platforms',
      flags.platforms,
      'no --platforms with --build-os (each runner builds its own platform: linux/amd64, linux/arm64, darwin/arm64, windows/amd64)',
      'is given with --build-os',
    )
  }
  return {
    ...(image ? { image } : {}),
    deploy,
    platforms,
    goVersions,
    ...(actionRef ? { actionRef } : {}),
    binary,
    port,
    healthPath,
    prefix,
    baseImage,
    ...(lintNewFromRev !== undefined ? { lintNewFromRev } : {}),
    shards,
    testOs,
    buildOs,
  }
}

/** --test-os / --build-os: a comma-separated list of runner names, each once, in the order given. */
function osList(flags: InitFlags, flag: 'test-os' | 'build-os'): TestOs[] {
  const list: TestOs[] = []
  for (const item of (flags[flag] ?? '')
    .split(',')
    .map(v => v.trim())
    .filter(Boolean)) {
    const os = (Object.keys(TEST_OS_RUNNERS) as TestOs[]).find(k => k === item)
    if (os === undefined) throw new FlagError(flag, flags[flag] ?? '', `comma-separated ${Object.keys(TEST_OS_RUNNERS).join(', ')}`, `has "${item}"`)
    if (!list.includes(os)) list.push(os)
  }
  return list
}

/** The canonical command that regenerates these files (non-default flags, in a fixed order). */
export function commandLine(o: InitOptions, ref: ActionRef): string {
  const parts = ['npx', `go-pipeline@${VERSION}`, 'init']
  if (o.image) parts.push('--image', o.image.name)
  if (o.deploy !== 'none') parts.push('--deploy', o.deploy)
  if (o.platforms !== INPUT_DEFAULTS.platforms) parts.push('--platforms', o.platforms)
  if (o.goVersions.length > 0) parts.push('--go-versions', o.goVersions.join(','))
  parts.push('--action-ref', `${ref.repo}@${ref.sha}`)
  if (ref.version) parts.push('--action-version', ref.version)
  if (o.binary) parts.push('--binary', o.binary)
  if (o.port !== 8080) parts.push('--port', String(o.port))
  if (o.healthPath !== '/healthz') parts.push('--health-path', o.healthPath)
  if (o.prefix !== '') parts.push('--prefix', o.prefix)
  if (o.baseImage !== '') parts.push('--base-image', o.baseImage)
  if (o.lintNewFromRev !== undefined) parts.push('--lint-new-from-rev', o.lintNewFromRev)
  if (o.shards > 1) parts.push('--shards', String(o.shards))
  if (o.testOs.length > 0) parts.push('--test-os', o.testOs.join(','))
  if (o.buildOs.length > 0) parts.push('--build-os', o.buildOs.join(','))
  return parts.join(' ')
}

/** `npx go-pipeline[@version] init`: the start of every command line commandLine writes (before 1.0.0, without a version). */
const COMMAND_START = /^npx go-pipeline(?:@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?))? init$/

/** The words of a command line and its start matched against COMMAND_START (null: not one commandLine wrote). */
function commandWords(line: string): { words: string[]; start: RegExpExecArray | null } {
  const words = line.trim().split(/\s+/)
  return { words, start: COMMAND_START.exec(words.slice(0, 3).join(' ')) }
}

/** The version of go-pipeline that wrote a command line (undefined when it names none or is not one). */
export function versionOfCommandLine(line: string): string | undefined {
  return commandWords(line).start?.[1]
}

/** The flags of a command line that commandLine wrote, or undefined when it is not one. */
export function flagsOfCommandLine(line: string): InitFlags | undefined {
  const { words, start } = commandWords(line)
  if (start === null) return undefined
  const flags: InitFlags = {}
  for (let i = 3; i < words.length; i += 2) {
    const name = words[i]?.replace(/^--/, '') as FlagName
    const value = words[i + 1]
    if (!FLAG_NAMES.includes(name) || value === undefined) return undefined
    flags[name] = value
  }
  return flags
}

/**
 * The newest v1.x.y release of the action and its commit, from `git ls-remote --tags` output
 * (annotated tags are peeled: the ^{} line is the commit).
 */
export function newestRelease(lsRemote: string, major = 1): { version: string; sha: string } | undefined {
  const tags = new Map<string, string>()
  for (const line of lsRemote.split('\n')) {
    const m = /^([0-9a-f]{40})\s+refs\/tags\/(v\d+\.\d+\.\d+)(\^\{\})?$/.exec(line.trim())
    if (!m?.[1] || !m[2]) continue
    if (m[3] || !tags.has(m[2])) tags.set(m[2], m[1])
  }
  const versions = [...tags.keys()].filter(v => semver.major(v) === major).sort(semver.compare)
  const newest = versions[versions.length - 1]
  const sha = newest === undefined ? undefined : tags.get(newest)
  return newest !== undefined && sha !== undefined ? { version: newest, sha } : undefined
}
