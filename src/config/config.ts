/**
 * The one validated, typed configuration, parsed once at the edge from raw inputs (the action's
 * `INPUT_*` or the CLI's flags). Every input is checked before any stage runs, those of stages that
 * will be skipped included; an error names the input, the value (escaped, cut short) and what is
 * accepted.
 */
import * as path from 'node:path'
import type { SavePolicy } from '../cache/plan.js'
import { InputError } from '../errors.js'
import { parseModuleFilter, type ModuleFilter } from '../go/modules.js'
import type { Target } from '../go/targets.js'
import { parseShard, type Shard } from '../go/shards.js'
import { isWithin, resolveInside } from '../paths.js'
import { IMPLICIT_STAGES, needsGo, STAGE_IDS, type StageId } from '../pipeline/stage.js'
import { chooseGoVersion, type ConfigFiles, type GoVersionChoice } from './go-version.js'
import { BINARIES_DIR_ACCEPTED, parseBinariesDir, parseImage, type ImageConfig } from './image.js'
import { DEFAULT_STAGES, INPUT_DEFAULTS, MAX_TEST_RERUNS, MULTI_LINE_INPUTS, SECRET_INPUTS, type InputName, type RawInputs } from './inputs.js'
import {
  listItems,
  oneOf,
  parseGoproxy,
  parseModulePatterns,
  parseBaseUrl,
  parseBoolean,
  parseCount,
  parseLdflags,
  parseGovulncheckVersion,
  parseLintVersion,
  parseMain,
  parseName,
  parsePercent,
  parsePlatforms,
  parseVersion,
  parseVersionPackage,
  parseVulnDb,
  singleLine,
  splitWords,
  type LintVersion,
} from './parse.js'

export type { GoVersionChoice } from './go-version.js'
export type { ImageConfig, PushPolicy } from './image.js'
export type { LintVersion } from './parse.js'

export interface Config {
  /** Absolute real path of the repository root (GITHUB_WORKSPACE): annotations are relative to it. */
  readonly workspace: string
  /** Absolute real path of the Go module or workspace root. */
  readonly workingDirectory: string
  /** Which modules below the working directory the checks and builds cover. */
  readonly modules: ModuleFilter
  /** Selected stages in pipeline order; always starts with setup. */
  readonly stages: readonly StageId[]
  /** Undefined only when no selected stage runs Go. */
  readonly goVersion?: GoVersionChoice
  readonly checkLatest: boolean
  readonly goDownloadBaseUrl: string
  /** GOPRIVATE, GONOSUMDB and GOPROXY as the inputs set them (only those set): every go command and later step gets them. */
  readonly goEnv: Readonly<Partial<Record<'GOPRIVATE' | 'GONOSUMDB' | 'GOPROXY', string>>>
  /** private-modules-token: given to the module download only (src/stages/fetch.ts); '' when not set. */
  readonly privateModulesToken: string
  readonly lint: {
    readonly version: LintVersion
    readonly baseUrl: string
    readonly args: readonly string[]
    readonly onlyNewIssues: boolean
  }
  readonly vuln: {
    /** govulncheck's version, without the v. */
    readonly version: string
    /** The vulnerability database: an http(s):// or file:// URL. */
    readonly db: string
  }
  readonly test: {
    readonly race: boolean
    /** 0 turns the gate off. */
    readonly coverageThreshold: number
    /** On pull requests: the coverage of the changed statements; 0 turns the gate off. */
    readonly coverageChangedThreshold: number
    /** On pull requests with a baseline from the base branch: the most points total coverage may drop; undefined: no gate. */
    readonly coverageMaxDrop?: number
    readonly args: readonly string[]
    /** How many times a failed test is run again in its package (0: never). */
    readonly reruns: number
    /** What a test that failed, then passed on a rerun, does to the job. */
    readonly flakyTests: 'pass' | 'fail'
    /** shard: test only this shard's packages (src/go/shards.ts); undefined: all of them. */
    readonly shard?: Shard
    /** shard-results-dir: the shards' results the merge stage reads (absolute). */
    readonly shardResultsDir?: string
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
    /** Build beside the checks, publishing only when they all pass. */
    readonly speculative: boolean
    /** The gather stage: binaries-dir, whose verified files it copies into outputDir with one checksums.txt. */
    readonly gatherFrom?: string
  }
  readonly cache: { readonly enabled: boolean; readonly save: SavePolicy }
  /** Undefined when the image input is empty or the image stage is not selected (it skips). */
  readonly image?: ImageConfig
  /** Things worth a warning that are not errors (both go-version and go-version-file given). */
  readonly warnings: readonly string[]
  /** Secrets among the inputs (masked by the caller at once). */
  readonly secrets: readonly string[]
}

export function parseStages(value: string): StageId[] {
  const items = listItems(value)
  const selectable = STAGE_IDS.filter(s => !IMPLICIT_STAGES.includes(s))
  const accepted = `a comma-separated list of ${selectable.join(', ')}`
  if (items.length === 0) throw new InputError('stages', value, accepted, 'names no stage')
  const chosen = new Set<StageId>(['setup'])
  for (const item of items) {
    const id = selectable.find(s => s === item.toLowerCase())
    if (id === undefined) throw new InputError('stages', value, accepted, `names an unknown stage "${item}"`)
    chosen.add(id)
  }
  return STAGE_IDS.filter(s => chosen.has(s))
}

function shardInput(text: string): Shard {
  const shard = parseShard(text)
  if ('error' in shard) throw new InputError('shard', text, shard.error, 'is not a shard')
  return shard
}

async function shardResultsInput(
  fs: ConfigFiles,
  workspace: string,
  workingDirectory: string,
  text: string,
  stages: readonly StageId[],
): Promise<{ shardResultsDir?: string }> {
  const accepted =
    "a folder inside the workspace, relative to working-directory, holding the test shards' results (one subfolder per shard, e.g. downloaded artifacts)"
  if (!stages.includes('merge')) {
    if (text !== '') throw new InputError('shard-results-dir', text, 'a folder only together with the merge stage', 'is set while stages has no merge')
    return {}
  }
  if (text === '') throw new InputError('shard-results-dir', text, accepted, 'is empty while stages has merge')
  const where = await resolveInside(fs, workspace, workingDirectory, text)
  if (!where.ok) throw new InputError('shard-results-dir', text, accepted, where.why)
  if ((await fs.kind(where.path)) !== 'dir') throw new InputError('shard-results-dir', text, accepted, 'is not a folder')
  return { shardResultsDir: where.path }
}

async function folderInput(fs: ConfigFiles, name: InputName, root: string, base: string, value: string, accepted: string): Promise<string> {
  const where = await resolveInside(fs, root, base, value)
  if (!where.ok) throw new InputError(name, value, accepted, where.why)
  return where.path
}

/** Parses and validates every input. Reads version files and checks paths through `fs`. */
export async function loadConfig(raw: RawInputs, workspaceDir: string, fs: ConfigFiles): Promise<Config> {
  const warnings: string[] = []
  const secrets = SECRET_INPUTS.map(n => raw(n)).filter(v => v !== '' && !v.startsWith('${{'))
  const get = (name: InputName): string => {
    const value = raw(name).trim()
    return MULTI_LINE_INPUTS.includes(name) || SECRET_INPUTS.includes(name) ? value : singleLine(name, value)
  }
  const workspace = (await fs.realpath(workspaceDir)) ?? path.resolve(workspaceDir)

  const wdInput = get('working-directory') || '.'
  const wdAccepted = 'a folder inside the workspace, relative to its root'
  const workingDirectory = await folderInput(fs, 'working-directory', workspace, workspace, wdInput, wdAccepted)
  if ((await fs.kind(workingDirectory)) !== 'dir') throw new InputError('working-directory', wdInput, wdAccepted, 'is not a folder')
  const modules = parseModuleFilter(get('modules'))
  if (typeof modules === 'string')
    throw new InputError(
      'modules',
      get('modules'),
      "globs of module folders relative to working-directory (cmd/*, tools), !glob to leave some out (!docs); empty: go.work's modules, else every go.mod",
      modules,
    )

  const stages = parseStages(get('stages') || DEFAULT_STAGES.join(', '))
  const checkLatest = parseBoolean('check-latest', get('check-latest') || 'false')
  const goDownload = parseBaseUrl('go-download-base-url', get('go-download-base-url') || INPUT_DEFAULTS['go-download-base-url'])
  const goEnv = Object.fromEntries(
    (
      [
        ['GOPRIVATE', parseModulePatterns('goprivate', get('goprivate'))],
        ['GONOSUMDB', parseModulePatterns('gonosumdb', get('gonosumdb'))],
        ['GOPROXY', parseGoproxy('goproxy', get('goproxy'))],
      ] as const
    ).filter(([, v]) => v !== ''),
  )
  const privateModulesToken = get('private-modules-token')
  if (/\s/.test(privateModulesToken)) throw new InputError('private-modules-token', '***', 'one token, without spaces or new lines', 'has white space in it')
  const goVersion = await chooseGoVersion(fs, workspace, workingDirectory, get('go-version'), get('go-version-file'), warnings)
  if (goVersion === undefined && stages.some(needsGo)) {
    throw new InputError(
      'go-version',
      '',
      'go-version, go-version-file, or a go.mod or go.work in the working directory',
      `is empty and there is no go.mod or go.work in ${path.relative(workspace, workingDirectory) || '.'}`,
    )
  }

  const lintBase = parseBaseUrl('golangci-lint-base-url', get('golangci-lint-base-url') || INPUT_DEFAULTS['golangci-lint-base-url'])
  for (const url of [goDownload, lintBase]) if (url.password !== '') secrets.push(decodeURIComponent(url.password))
  const lint = {
    version: parseLintVersion(get('golangci-lint-version') || INPUT_DEFAULTS['golangci-lint-version']),
    baseUrl: lintBase.toString().replace(/\/+$/, ''),
    args: splitWords('golangci-lint-args', get('golangci-lint-args')),
    onlyNewIssues: parseBoolean('only-new-issues', get('only-new-issues') || 'false'),
  }
  const vulnDb = parseVulnDb(get('vuln-db') || INPUT_DEFAULTS['vuln-db'])
  if (vulnDb.password !== '') secrets.push(decodeURIComponent(vulnDb.password))
  const vuln = {
    version: parseGovulncheckVersion(get('govulncheck-version') || INPUT_DEFAULTS['govulncheck-version']),
    db: vulnDb.toString().replace(/\/+$/, ''),
  }
  const test = {
    race: parseBoolean('race', get('race') || 'true'),
    coverageThreshold: parsePercent('coverage-threshold', get('coverage-threshold') || '0'),
    coverageChangedThreshold: parsePercent('coverage-changed-threshold', get('coverage-changed-threshold') || '0'),
    ...(get('coverage-max-drop') ? { coverageMaxDrop: parsePercent('coverage-max-drop', get('coverage-max-drop')) } : {}),
    args: splitWords('test-args', get('test-args')),
    reruns: parseCount('test-reruns', get('test-reruns') || '0', MAX_TEST_RERUNS, '0 runs a failed test once; 2 runs it up to twice more'),
    flakyTests: oneOf(
      'flaky-tests',
      get('flaky-tests') || 'pass',
      ['pass', 'fail'] as const,
      'pass or fail',
      'pass (a flaky test is reported and the job passes) or fail',
    ),
    ...(get('shard') ? { shard: shardInput(get('shard')) } : {}),
    ...(await shardResultsInput(fs, workspace, workingDirectory, get('shard-results-dir'), stages)),
  }
  if (stages.includes('merge') && stages.includes('test')) {
    throw new InputError('stages', get('stages'), 'merge without test (merge runs in its own job, after the test shards)', 'has both test and merge')
  }

  const outputText = get('output-dir') || 'dist'
  const outputAccepted = 'a folder inside the working directory, other than the working directory itself'
  const outputDir = await folderInput(fs, 'output-dir', workspace, workingDirectory, outputText, outputAccepted)
  if (outputDir === workingDirectory || !isWithin(workingDirectory, outputDir)) {
    throw new InputError(
      'output-dir',
      outputText,
      outputAccepted,
      outputDir === workingDirectory ? 'is the working directory' : 'points outside the working directory',
    )
  }
  const outputKind = await fs.kind(outputDir)
  if (outputKind !== undefined && outputKind !== 'dir') throw new InputError('output-dir', outputText, outputAccepted, 'is a file')

  let gatherFrom: string | undefined
  if (stages.includes('gather')) {
    if (stages.includes('build')) {
      throw new InputError(
        'stages',
        get('stages'),
        'gather without build (gather takes the binaries other jobs built, from binaries-dir)',
        'has both build and gather',
      )
    }
    gatherFrom = await parseBinariesDir({ get, fs, workspace, workingDirectory })
    if (gatherFrom === undefined) throw new InputError('binaries-dir', '', BINARIES_DIR_ACCEPTED, 'is empty while stages has gather')
  }
  const build = {
    ...(gatherFrom !== undefined ? { gatherFrom } : {}),
    targets: parsePlatforms('platforms', get('platforms') || INPUT_DEFAULTS.platforms),
    main: parseMain(get('main')),
    binaryName: parseName('binary-name', get('binary-name')),
    version: parseVersion(get('version')),
    versionPackage: parseVersionPackage(get('version-package') || 'main'),
    ldflags: parseLdflags(get('ldflags')),
    cgo: parseBoolean('cgo', get('cgo') || 'false'),
    outputDir,
    archives: parseBoolean('archives', get('archives') || 'false'),
    speculative: parseBoolean('speculative-build', get('speculative-build') || INPUT_DEFAULTS['speculative-build']),
  }

  const cache = {
    enabled: parseBoolean('cache', get('cache') || 'true'),
    save: oneOf<SavePolicy>(
      'cache-save',
      get('cache-save') || 'auto',
      ['auto', 'always', 'never'],
      'a save policy',
      'auto (save on pushes to the default branch and on tags), always or never',
    ),
  }

  const image = await parseImage({
    get,
    fs,
    workspace,
    workingDirectory,
    built: build.targets,
    buildSelected: stages.includes('build'),
    imageSelected: stages.includes('image'),
    gatherSelected: stages.includes('gather'),
  })

  return {
    workspace,
    workingDirectory,
    modules,
    stages,
    ...(goVersion ? { goVersion } : {}),
    checkLatest,
    goDownloadBaseUrl: goDownload.toString().replace(/\/+$/, ''),
    goEnv,
    privateModulesToken,
    lint,
    vuln,
    test,
    build,
    cache,
    ...(image ? { image } : {}),
    warnings,
    secrets,
  }
}
