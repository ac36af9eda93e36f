/**
 * Main packages and the names of their binaries: one rule for the build stage, the image stage and the
 * generator. Main packages come from `go list -e -find` (build constraints honoured, no dependency
 * resolved, so no network); a binary is named as `go build` names it.
 */
import * as path from 'node:path'
import { repoRelative } from '../paths.js'
import type { ModuleInfo } from './modules.js'

/** `v2`, `v3`…: a major-version element of an import path (not v0 or v1), as cmd/go's isVersionElement. */
function isVersionElement(elem: string): boolean {
  return /^v([2-9]|[1-9]\d+)$/.test(elem)
}

/**
 * The binary `go build` writes for a main package (cmd/go's DefaultExecName in module mode): the last
 * element of its import path, or the one before when that is a major version (example.com/app/v2 → app).
 */
export function binaryName(importPath: string): string {
  const parts = importPath.split('/')
  const last = parts[parts.length - 1] ?? importPath
  if (parts.length > 1 && isVersionElement(last)) return parts[parts.length - 2] ?? last
  return last
}

export interface MainPackage {
  readonly module: ModuleInfo
  /** As go build takes it, relative to the module: ./cmd/hello, or . */
  readonly pkg: string
  readonly importPath: string
  /** Absolute folder. */
  readonly dir: string
  /** The binary's name (binaryName of the import path). */
  readonly name: string
}

/** The argv of the listing, run in a module's folder. */
export function listMainsArgs(patterns: readonly string[]): string[] {
  return ['list', '-e', '-find', '-f', '{{.Name}}\t{{.ImportPath}}\t{{.Dir}}\t{{if .Error}}{{.Error}}{{end}}', ...patterns]
}

export interface Listed {
  readonly mains: readonly MainPackage[]
  /** Patterns that matched no package at all (go list's errors for them). */
  readonly errors: readonly string[]
}

/** Reads `go list` output (listMainsArgs) for one module. */
export function parseMainsList(stdout: string, module: ModuleInfo): Listed {
  const mains: MainPackage[] = []
  const errors: string[] = []
  for (const line of stdout.split('\n')) {
    if (line.trim() === '') continue
    const [name = '', importPath = '', dir = '', error = ''] = line.split('\t')
    if (name === '' && error !== '') {
      errors.push(error)
      continue
    }
    if (name !== 'main' || dir === '') continue
    const rel = repoRelative(module.dir, dir)
    mains.push({ module, pkg: rel === '.' ? '.' : `./${rel}`, importPath, dir: path.resolve(dir), name: binaryName(importPath) })
  }
  return { mains, errors }
}
