/** Parsers for single inputs: each returns the typed value or throws an InputError naming the input. Pure. */
import { InputError } from '../errors.js'
import { DIST_LIST, parseTarget, type Target } from '../go/targets.js'
import { DEFAULT_GOLANGCI_LINT_VERSION, DEFAULT_GOVULNCHECK_VERSION, type InputName } from './inputs.js'

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

export function parseBoolean(name: InputName, value: string): boolean {
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new InputError(name, value, 'true or false', 'is not a boolean')
}

/** A one-line input: no control characters (a new line in a value would start a new log line). */
export function singleLine(name: InputName, value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) {
    throw new InputError(name, value, 'a single line without control characters', 'has a line break or control character')
  }
  return value
}

/** Items separated by commas, spaces or new lines. */
export function listItems(value: string): string[] {
  return value.split(/[\s,]+/).filter(s => s !== '')
}

/**
 * Splits an arguments input into argv: white space separates, '…' and "…" group, and nothing is
 * expanded or interpreted (no variables, globs or operators): the words go to the tool as they are.
 */
export function splitWords(name: InputName, value: string): string[] {
  const args: string[] = []
  let current: string | undefined
  let quote: string | undefined
  for (const c of value) {
    if (quote !== undefined) {
      if (c === quote) quote = undefined
      else current = (current ?? '') + c
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
    throw new InputError(name, value, 'words separated by spaces, optionally grouped with \'…\' or "…"', `has an unclosed ${quote} quote`)
  }
  if (current !== undefined) args.push(current)
  // eslint-disable-next-line no-control-regex
  const bad = args.find(a => /[\u0000-\u001f\u007f]/.test(a))
  if (bad !== undefined) throw new InputError(name, value, 'words without control characters', 'has a control character inside a quoted word')
  return args
}

export type LintVersion = { readonly kind: 'path' } | { readonly kind: 'release'; readonly version: string }

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

/** govulncheck-version: an exact release, v1.x.y (go install needs an exact version to be pinned). */
export function parseGovulncheckVersion(value: string): string {
  const m = /^v?(1\.\d+\.\d+)$/.exec(value)
  if (!m?.[1]) {
    throw new InputError(
      'govulncheck-version',
      value,
      `an exact govulncheck release such as ${DEFAULT_GOVULNCHECK_VERSION} (a range or latest would not be pinned)`,
      value === 'latest' ? 'is not pinned' : 'is not an exact v1 release version',
    )
  }
  return m[1]
}

/** vuln-db: the vulnerability database, http(s):// (a mirror) or file:// (a folder, air-gapped). */
export function parseVulnDb(value: string): URL {
  const accepted = 'an https:// or http:// URL of a database in the vuln.go.dev layout, or a file:// URL of such a folder'
  return parseUrl('vuln-db', value, ['https:', 'http:', 'file:'], accepted, accepted)
}

export function parsePercent(name: InputName, value: string): number {
  const n = Number(value)
  if (value === '' || !/^\d+(\.\d+)?$/.test(value) || n > 100) {
    throw new InputError(name, value, 'a percentage from 0 to 100, such as 80 or 72.5 (0 turns the gate off)', 'is not a percentage')
  }
  return n
}

/** A whole number from 0 to `max` (test-reruns). */
export function parseCount(name: InputName, value: string, max: number, explain: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value) || n > max) throw new InputError(name, value, `a whole number from 0 to ${max} (${explain})`, 'is not such a number')
  return n
}

export function parsePlatforms(name: InputName, value: string): Target[] {
  const specs = listItems(value)
  const accepted = `a comma-separated list of os/arch[/variant] from go tool dist list: ${DIST_LIST.join(', ')} (variants: arm/v5..v7, amd64/v1..v4)`
  if (specs.length === 0) throw new InputError(name, value, accepted, 'names no platform')
  const targets: Target[] = []
  for (const spec of specs) {
    const t = parseTarget(spec)
    if (typeof t === 'string') throw new InputError(name, value, accepted, `has ${t}`)
    if (!targets.some(o => o.platform === t.platform)) targets.push(t)
  }
  return targets
}

/** A package path segment: no leading '-', so nothing reaches go as a flag. */
const SEGMENT = '[\\w.~][\\w.~-]*'

export function parseMain(value: string): string[] {
  const pkgs = listItems(value)
  const relative = new RegExp(`^\\.{1,2}(/${SEGMENT})*/?$`)
  const importPath = new RegExp(`^${SEGMENT}(/${SEGMENT})+$`)
  for (const p of pkgs) {
    if (!relative.test(p) && !importPath.test(p)) {
      throw new InputError(
        'main',
        value,
        'main packages as ./path (relative to their module) or import paths, comma-separated; empty builds every main package',
        `has "${p}", which is not a package path`,
      )
    }
  }
  return pkgs
}

export function parseName(name: InputName, value: string): string {
  if (value !== '' && !/^[A-Za-z0-9][\w.-]*$/.test(value)) {
    throw new InputError(name, value, 'a file name of letters, digits, ".", "-" and "_"', 'is not a plain file name')
  }
  return value
}

export function parseVersion(value: string): string {
  if (value !== '' && !/^[\w][\w.+-]*$/.test(value)) {
    throw new InputError('version', value, 'a version such as v1.2.3 or 1.2.3-rc.1 (letters, digits, ".", "+", "-", "_"); empty: from git', 'is not a version')
  }
  return value
}

export function parseVersionPackage(value: string): string {
  if (value !== 'main' && !new RegExp(`^${SEGMENT}(/${SEGMENT})*$`).test(value)) {
    throw new InputError(
      'version-package',
      value,
      'main, or the import path of the package with the version, commit and date variables',
      'is not an import path',
    )
  }
  return value
}

/**
 * Extra linker flags, as go build's -ldflags takes them (split like a command line). The first word
 * must be a flag: a bare word is not something the linker reads, and would make it print its usage.
 */
export function parseLdflags(value: string): string {
  singleLine('ldflags', value)
  const words = splitWords('ldflags', value)
  if (words.length > 0 && !(words[0] ?? '').startsWith('-')) {
    throw new InputError(
      'ldflags',
      value,
      'linker flags for go build -ldflags, such as -X main.edition=pro or -extldflags=-static',
      `starts with "${words[0] ?? ''}", which is not a flag`,
    )
  }
  return value.trim()
}

export function parseBaseUrl(name: InputName, value: string): URL {
  return parseUrl(name, value, ['https:', 'http:'], 'an http:// or https:// URL', 'a base URL without ?query or #fragment')
}

/** A URL of one of `schemes`, without a query or fragment; `accepted` for a bad URL or scheme, `noQuery` for a query. */
function parseUrl(name: InputName, value: string, schemes: readonly string[], accepted: string, noQuery: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(name, value, accepted, 'is not a URL')
  }
  if (!schemes.includes(url.protocol)) throw new InputError(name, value, accepted, `has the scheme ${url.protocol}`)
  if (url.search !== '' || url.hash !== '') throw new InputError(name, value, noQuery, 'has a query or fragment')
  return url
}

export function oneOf<T extends string>(name: InputName, value: string, accepted: readonly T[], what: string, explain = accepted.join(', ')): T {
  const found = accepted.find(a => a === value)
  if (found === undefined) throw new InputError(name, value, explain, `is not ${what}`)
  return found
}

/** GOPRIVATE, GONOPROXY, GONOSUMDB: comma-separated module path patterns (path.Match globs of path prefixes). */
export function parseModulePatterns(name: InputName, value: string): string {
  const accepted = 'comma-separated module path patterns, e.g. github.com/acme/*,git.corp.example/*'
  if (value === '') return ''
  const items = value.split(',').map(i => i.trim())
  for (const item of items) {
    if (item === '') throw new InputError(name, value, accepted, 'has an empty item')
    if (!/^[A-Za-z0-9._~*?[\]/-]+$/.test(item)) throw new InputError(name, value, accepted, `has "${item}", which is not a module path pattern`)
  }
  return items.join(',')
}

/** GOPROXY: proxy URLs, direct and off, separated by commas (fall back on 404/410) or pipes (on any error). */
export function parseGoproxy(name: InputName, value: string): string {
  const accepted = 'proxy URLs (https://, http://, file://), direct and off, separated by , or |; credentials belong in a .netrc, not the URL'
  if (value === '') return ''
  for (const item of value.split(/[,|]/)) {
    const v = item.trim()
    if (v === 'direct' || v === 'off') continue
    let url: URL
    try {
      url = new URL(v)
    } catch {
      throw new InputError(name, value, accepted, v === '' ? 'has an empty item' : `has "${v}", which is not a URL, direct or off`)
    }
    if (!['https:', 'http:', 'file:'].includes(url.protocol)) throw new InputError(name, value, accepted, `has ${url.protocol} in "${v}"`)
    if (url.username !== '' || url.password !== '') throw new InputError(name, value.replace(/\/\/[^/@\s]*@/g, '//***@'), accepted, 'has credentials in a URL')
  }
  return value.replace(/\s+/g, '')
}
