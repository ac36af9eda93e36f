/**
 * Which Go to install: go-version, else go-version-file, else the working directory's go.work or
 * go.mod. A version file is read only when its real path (symlinks resolved) is inside the workspace,
 * and a file that names no version is reported without echoing its content.
 */
import * as path from 'node:path'
import * as semver from 'semver'
import { InputError } from '../errors.js'
import { ACCEPTED_SPECS, goToSemver, type GoVersionSpec, parseGoVersionSpec } from '../go/version.js'
import { versionFromFile } from '../go/versionfile.js'
import { resolveInside, type RealPaths } from '../paths.js'
import type { InputName } from './inputs.js'

export interface GoVersionChoice {
  readonly spec: GoVersionSpec
  /** Where the spec came from, for logs: `go-version`, or the file it was read from. */
  readonly source: string
  /**
   * From go.mod or go.work: the oldest Go that builds the module (semver; the newer of the go and
   * toolchain lines). On a developer's machine an installed Go at least this new is used as it is.
   */
  readonly minimum?: string
}

export interface ConfigFiles extends RealPaths {
  readText(file: string): Promise<string | undefined>
}

function specFrom(name: InputName, text: string, where?: string): GoVersionSpec {
  const spec = parseGoVersionSpec(text)
  if (spec === undefined) {
    throw new InputError(name, text, ACCEPTED_SPECS, where ? `(read from ${where}) is not a Go version` : 'is not a Go version')
  }
  return spec
}

const FILES_ACCEPTED = 'a path, relative to the working directory and inside the workspace, of go.mod, go.work, .go-version or .tool-versions'

/** Reads the spec from a version file (go.mod, go.work, .go-version, .tool-versions). */
export async function specFromFile(fs: ConfigFiles, workspace: string, workingDirectory: string, name: InputName, value: string): Promise<GoVersionChoice> {
  const where = await resolveInside(fs, workspace, workingDirectory, value)
  if (!where.ok) throw new InputError(name, value, FILES_ACCEPTED, where.why)
  const file = where.path
  if ((await fs.kind(file)) !== 'file') throw new InputError(name, value, FILES_ACCEPTED, 'names no readable file')
  const content = await fs.readText(file)
  if (content === undefined) throw new InputError(name, value, FILES_ACCEPTED, 'names no readable file')
  const found = versionFromFile(path.basename(value), content)
  if (found === undefined) {
    throw new InputError(
      name,
      value,
      'a file with a go or toolchain line (go.mod, go.work), a version (.go-version) or a golang line (.tool-versions)',
      'names a file with no Go version in it',
    )
  }
  const spec = parseGoVersionSpec(found.version)
  if (spec === undefined) {
    // The line is shown (cut short): the file is in the workspace, and a user needs to see what is wrong.
    throw new InputError(name, value, ACCEPTED_SPECS, `has a version line that is not a Go version (${JSON.stringify(found.version.slice(0, 40))})`)
  }
  const lines = [found.goLine, found.kind === 'toolchain' ? found.version : undefined].map(v => (v === undefined ? undefined : goToSemver(v)))
  const known = lines.filter((v): v is string => v !== undefined)
  const minimum = known.length > 0 ? known.reduce((a, b) => (semver.gt(a, b) ? a : b)) : undefined
  const source = path.basename(file)
  // A go line is a minimum: take the newest patch release of that line (security fixes included),
  // as `go 1.26.0` builds with any 1.26.x. A toolchain line, or any other file, is taken as written.
  if (found.kind === 'minimum' && spec.kind === 'exact' && semver.prerelease(spec.version) === null) {
    return {
      spec: {
        kind: 'range',
        range: `~${spec.version}`,
        text: `${found.version} (go line: newest ${semver.major(spec.version)}.${semver.minor(spec.version)}.x)`,
      },
      source,
      ...(minimum ? { minimum } : {}),
    }
  }
  return { spec, source, ...(minimum ? { minimum } : {}) }
}

/**
 * The Go version choice, or undefined when no input names one and the working directory has neither
 * go.work nor go.mod (an error only if a stage needs Go: the caller decides).
 */
export async function chooseGoVersion(
  fs: ConfigFiles,
  workspace: string,
  workingDirectory: string,
  versionText: string,
  versionFile: string,
  warnings: string[],
): Promise<GoVersionChoice | undefined> {
  if (versionText !== '') {
    if (versionFile !== '') warnings.push(`Both go-version (${versionText}) and go-version-file (${versionFile}) are set; go-version wins.`)
    return { spec: specFrom('go-version', versionText), source: 'go-version' }
  }
  if (versionFile !== '') return specFromFile(fs, workspace, workingDirectory, 'go-version-file', versionFile)
  // Neither: the workspace's go.work (it governs the toolchain when present), else its go.mod.
  for (const name of ['go.work', 'go.mod']) {
    if ((await fs.kind(path.join(workingDirectory, name))) !== undefined) {
      return specFromFile(fs, workspace, workingDirectory, 'go-version-file', name)
    }
  }
  return undefined
}
