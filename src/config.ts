/**
 * The one validated, typed configuration, parsed once at the edge from raw inputs (the action's
 * `INPUT_*` or the CLI's flags). Defaults live in action.yml and are mirrored in INPUT_DEFAULTS; a unit
 * test keeps the two equal.
 */
import * as path from 'node:path'
import { InputError } from './errors.js'
import { ACCEPTED_SPECS, type GoVersionSpec, parseGoVersionSpec } from './go/version.js'
import { versionFromFile } from './go/versionfile.js'

/** Every stage of the product, in pipeline order. */
export const ALL_STAGE_IDS = ['setup', 'vet', 'fmt', 'lint', 'test', 'build', 'image'] as const
export type StageId = (typeof ALL_STAGE_IDS)[number]
/** The stages this release implements. A stage not listed here is rejected as unknown. */
export const AVAILABLE_STAGE_IDS: readonly StageId[] = ['setup']

export const INPUT_DEFAULTS = {
  'working-directory': '.',
  stages: AVAILABLE_STAGE_IDS.join(', '),
  'go-version': '',
  'go-version-file': '',
  'check-latest': 'false',
  'go-download-base-url': 'https://go.dev/dl',
} as const
export type InputName = keyof typeof INPUT_DEFAULTS
export const INPUT_NAMES = Object.keys(INPUT_DEFAULTS) as InputName[]

export interface GoVersionChoice {
  readonly spec: GoVersionSpec
  /** Where the spec came from, for logs: `go-version`, or the file it was read from. */
  readonly source: string
}

export interface Config {
  /** Absolute path of the Go module or workspace root. */
  readonly workingDirectory: string
  /** Selected stages in pipeline order; always starts with setup. */
  readonly stages: readonly StageId[]
  readonly goVersion: GoVersionChoice
  readonly checkLatest: boolean
  readonly goDownloadBaseUrl: string
  /** Things worth a warning that are not errors (both go-version and go-version-file given). */
  readonly warnings: readonly string[]
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
    if (id === undefined) {
      const planned = (ALL_STAGE_IDS as readonly string[]).includes(item.toLowerCase())
      throw new InputError(
        'stages',
        value,
        accepted,
        planned
          ? `names the stage "${item}", which this version of go-pipeline does not have yet`
          : `names an unknown stage "${item}"`,
      )
    }
    chosen.add(id)
  }
  return ALL_STAGE_IDS.filter(s => chosen.has(s))
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
  const text = versionFromFile(file, content)
  if (text === undefined) {
    throw new InputError(name, value, 'a file with a go or toolchain line (go.mod, go.work), a version (.go-version) or a golang line (.tool-versions)', 'names a file with no Go version in it')
  }
  return { spec: specFrom(name, text, file), source: path.basename(file) }
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

  return { workingDirectory, stages, goVersion, checkLatest, goDownloadBaseUrl, warnings }
}
