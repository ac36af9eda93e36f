/**
 * A repository's Go modules: go.work's `use` list, or every go.mod below the root (the folders the go
 * command skips are skipped), filtered by the `modules` input. The one rule the stages and the
 * generator share.
 */
import * as path from 'node:path'
import picomatch from 'picomatch'
import { UserError } from '../errors.js'
import { repoRelative } from '../paths.js'

/** The `use` directories of a go.work file, as written (relative or absolute). */
export function goWorkUses(content: string): string[] {
  const uses: string[] = []
  let inBlock = false
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*$/, '').trim()
    if (inBlock) {
      if (line === ')') inBlock = false
      else if (line !== '') uses.push(unquote(line))
      continue
    }
    if (/^use\s*\($/.test(line)) inBlock = true
    else {
      const m = /^use\s+(\S+)$/.exec(line)
      if (m?.[1]) uses.push(unquote(m[1]))
    }
  }
  return uses
}

/** The module path declared in a go.mod. */
export function modulePath(content: string): string | undefined {
  for (const raw of content.split(/\r?\n/)) {
    const m = /^module\s+(\S+)/.exec(raw.replace(/\/\/.*$/, '').trim())
    if (m?.[1]) return unquote(m[1])
  }
  return undefined
}

function unquote(s: string): string {
  return s.replace(/^["`](.*)["`]$/, '$1')
}

/** Folders the go command never looks into for packages. */
export function skippedDir(name: string): boolean {
  return name === 'vendor' || name === 'testdata' || name === 'node_modules' || name.startsWith('.') || name.startsWith('_')
}

/** The `modules` input: globs of module folders to include (none: all), and `!glob`s to leave out. */
export interface ModuleFilter {
  readonly include: readonly string[]
  readonly exclude: readonly string[]
}

export const ALL_MODULES: ModuleFilter = { include: [], exclude: [] }

/** Parses the `modules` input; returns why it is not valid instead of throwing. */
export function parseModuleFilter(value: string): ModuleFilter | string {
  const include: string[] = []
  const exclude: string[] = []
  for (const item of value.split(/[\s,]+/).filter(Boolean)) {
    const negated = item.startsWith('!')
    const glob = (negated ? item.slice(1) : item).replace(/^\.\/+/, '').replace(/\/+$/, '') || '.'
    if (glob.startsWith('/') || glob.split('/').includes('..')) return `has "${item}", which is not a folder glob relative to working-directory`
    try {
      picomatch.makeRe(glob)
    } catch {
      return `has "${item}", which is not a glob`
    }
    ;(negated ? exclude : include).push(glob)
  }
  return { include, exclude }
}

/** Whether a glob names this module folder or one of its parent folders (`!docs` leaves out docs and docs/x). */
function names(glob: string, rel: string): boolean {
  const match = picomatch(glob, { dot: true })
  const parts = rel === '.' ? ['.'] : rel.split('/')
  return parts.some((_, i) => match(parts.slice(0, i + 1).join('/')))
}

export function moduleSelected(filter: ModuleFilter, rel: string): boolean {
  if (filter.include.length > 0 && !filter.include.some(g => names(g, rel))) return false
  return !filter.exclude.some(g => names(g, rel))
}

export interface ModuleInfo {
  /** Absolute folder. */
  readonly dir: string
  /** Module path from go.mod. */
  readonly path: string
  /** Folder relative to the root it was discovered from ('.' for the root). */
  readonly rel: string
}

export interface ModuleReader {
  readText(file: string): Promise<string | undefined>
  /** Files below root whose name matches, skipping the folders the go command skips. */
  walk(root: string, match: (name: string) => boolean): Promise<string[]>
}

export interface Discovered {
  readonly layout: 'workspace' | 'modules'
  readonly modules: readonly ModuleInfo[]
  /** Modules found but left out by the filter, by folder. */
  readonly excluded: readonly string[]
}

/** How to leave a module out, for messages about a module that fails. */
export function excludeHint(rel: string): string {
  return `to leave this module out, set modules: '!${rel}'`
}

/**
 * The modules below `root`: go.work's `use` list when `root` has a go.work, else every go.mod below it;
 * then the filter. A go.mod without a module line is an error naming it and how to leave it out.
 */
export async function discoverModules(reader: ModuleReader, root: string, filter: ModuleFilter = ALL_MODULES): Promise<Discovered> {
  const work = await reader.readText(path.join(root, 'go.work'))
  const dirs = work !== undefined ? goWorkUses(work).map(u => path.resolve(root, u)) : (await reader.walk(root, n => n === 'go.mod')).map(f => path.dirname(f))
  const modules: ModuleInfo[] = []
  const excluded: string[] = []
  for (const dir of dirs) {
    const rel = repoRelative(root, dir)
    if (!moduleSelected(filter, rel)) {
      excluded.push(rel)
      continue
    }
    const mod = await reader.readText(path.join(dir, 'go.mod'))
    const modPath = mod === undefined ? undefined : modulePath(mod)
    if (modPath === undefined) {
      const what = mod === undefined ? 'is missing' : 'has no module line'
      throw new UserError(`${rel === '.' ? '' : `${rel}/`}go.mod ${what}${work !== undefined ? ' (the folder is listed in go.work)' : ''}; ${excludeHint(rel)}`)
    }
    modules.push({ dir, path: modPath, rel })
  }
  return { layout: work !== undefined ? 'workspace' : 'modules', modules, excluded }
}
