/**
 * What a cache archive may hold before it is extracted: regular files and folders, each landing inside
 * one of the entry's own folders (the paths it was saved with). Archives are made with `tar -P -C
 * <workspace>`, so names are relative to the workspace (`../../home/runner/go/pkg/mod/…`) and extraction
 * writes wherever they point: a planted `../` name, an absolute name, or a link followed by a file
 * through it would write outside. Pure.
 */
import { isWithin } from '../paths.js'
import * as path from 'node:path'

export interface ArchiveItem {
  /** The name as stored. */
  readonly path: string
  /** node-tar's entry type: File, OldFile, ContiguousFile, Directory, SymbolicLink, Link, … */
  readonly type: string
}

const ALLOWED_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory'])

/**
 * The first reason the archive must not be extracted, or undefined when every entry is a file or folder
 * inside one of `roots` once resolved against `workspace`.
 */
export function archiveProblem(
  items: readonly ArchiveItem[],
  workspace: string,
  roots: readonly string[],
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (items.length === 0) return 'the archive is empty'
  const p = platform === 'win32' ? path.win32 : path.posix
  for (const item of items) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f]/.test(item.path)) return `an entry name holds a control character (${JSON.stringify(item.path.slice(0, 80))})`
    if (!ALLOWED_TYPES.has(item.type)) return `${JSON.stringify(item.path.slice(0, 200))} is a ${item.type}, and a cache holds only files and folders`
    const target = p.resolve(workspace, item.path)
    if (!roots.some(r => isWithin(r, target, platform))) {
      return `${JSON.stringify(item.path.slice(0, 200))} would be written to ${target}, outside ${roots.join(', ')}`
    }
  }
  return undefined
}

/** Whether the names another tar program lists are exactly these (the extractor must read what was checked). */
export function sameNames(checked: readonly ArchiveItem[], listed: readonly string[]): boolean {
  const norm = (n: string): string => n.replace(/\/+$/, '')
  const a = checked.map(i => norm(i.path)).sort()
  const b = listed
    .map(norm)
    .filter(n => n !== '')
    .sort()
  return a.length === b.length && a.every((n, i) => n === b[i])
}
