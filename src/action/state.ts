/**
 * What main leaves for post: typed records, saved as JSON, validated when read back. They never hold
 * a secret (inputs such as passwords are not copied into them).
 *
 * Two keys: the cleanups (written the moment a side effect happens, so post undoes it even when main
 * crashes later) and the caches to save (written when main ends).
 */
import { STAGE_IDS, type StageId } from '../pipeline/stage.js'
import type { Cleanup } from '../ports/ports.js'

export const STATE_KEY = 'go-pipeline'
export const CLEANUP_KEY = 'go-pipeline-cleanups'

export interface SaveTask {
  readonly id: 'modules' | 'build' | 'lint'
  readonly paths: readonly string[]
  readonly key: string
  /** Saved as two archives (src/cache/split.ts). */
  readonly split?: boolean
}

/** An entry main decided not to save, and why: post's table lists it too. */
export interface Unsaved {
  readonly id: SaveTask['id']
  readonly key: string
  readonly why: string
}

export interface PostState {
  readonly v: 1
  readonly workingDirectory: string
  readonly stages: readonly StageId[]
  readonly go?: { readonly version: string; readonly goroot: string }
  /** The caches post saves; trimBefore (set when the build cache was restored and aged): drop files still dated before it. */
  readonly saves?: readonly SaveTask[]
  readonly unsaved?: readonly Unsaved[]
  readonly trimBefore?: string
  /** How many files the restored build cache held: post saves it only when the run added files. */
  readonly restoredFiles?: number
}

const isString = (x: unknown): x is string => typeof x === 'string'

const isEntryId = (x: unknown): x is SaveTask['id'] => x === 'modules' || x === 'build' || x === 'lint'

function isUnsaved(x: unknown): x is Unsaved {
  if (typeof x !== 'object' || x === null) return false
  const t = x as Record<string, unknown>
  return isEntryId(t.id) && isString(t.key) && isString(t.why)
}

function isSaveTask(x: unknown): x is SaveTask {
  if (typeof x !== 'object' || x === null) return false
  const t = x as Record<string, unknown>
  return isEntryId(t.id) && isString(t.key) && Array.isArray(t.paths) && t.paths.every(isString) && (t.split === undefined || typeof t.split === 'boolean')
}

export function encodeState(state: PostState): string {
  return JSON.stringify(state)
}

function parse(text: string): Record<string, unknown> | undefined {
  if (text === '') return undefined
  try {
    const raw: unknown = JSON.parse(text)
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** The state main saved, or undefined when there is none or it is not one we wrote. */
export function decodeState(text: string): PostState | undefined {
  const r = parse(text)
  if (r?.v !== 1 || !isString(r.workingDirectory) || !Array.isArray(r.stages)) return undefined
  const stages = r.stages.filter((s): s is StageId => (STAGE_IDS as readonly unknown[]).includes(s))
  if (stages.length !== r.stages.length) return undefined
  if (r.saves !== undefined && (!Array.isArray(r.saves) || !r.saves.every(isSaveTask))) return undefined
  if (r.unsaved !== undefined && (!Array.isArray(r.unsaved) || !r.unsaved.every(isUnsaved))) return undefined
  if (r.trimBefore !== undefined && (!isString(r.trimBefore) || Number.isNaN(Date.parse(r.trimBefore)))) return undefined
  if (r.restoredFiles !== undefined && !(Number.isSafeInteger(r.restoredFiles) && (r.restoredFiles as number) >= 0)) return undefined
  const go = r.go as Record<string, unknown> | undefined
  if (go !== undefined && (typeof go !== 'object' || !isString(go.version) || !isString(go.goroot))) return undefined
  return {
    v: 1,
    workingDirectory: r.workingDirectory,
    stages,
    ...(go !== undefined ? { go: { version: go.version as string, goroot: go.goroot as string } } : {}),
    ...(r.saves !== undefined ? { saves: r.saves } : {}),
    ...(r.unsaved !== undefined ? { unsaved: r.unsaved } : {}),
    ...(isString(r.trimBefore) ? { trimBefore: r.trimBefore } : {}),
    ...(typeof r.restoredFiles === 'number' ? { restoredFiles: r.restoredFiles } : {}),
  }
}

export function encodeCleanups(cleanups: readonly Cleanup[]): string {
  return JSON.stringify({ v: 1, cleanups })
}

function isCleanup(x: unknown): x is Cleanup {
  if (typeof x !== 'object' || x === null) return false
  const c = x as Record<string, unknown>
  return (
    (c.kind === 'docker-logout' && isString(c.registry) && /^[\w.:[\]-]+$/.test(c.registry)) ||
    (c.kind === 'buildx-rm' && isString(c.builder) && /^[\w][\w.-]*$/.test(c.builder)) ||
    (c.kind === 'remove' && isString(c.path) && c.path !== '')
  )
}

/** The cleanups main registered (the valid ones; [] when there is no record). */
export function decodeCleanups(text: string): Cleanup[] {
  const r = parse(text)
  if (r?.v !== 1 || !Array.isArray(r.cleanups)) return []
  return r.cleanups.filter(isCleanup)
}
