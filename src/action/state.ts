/**
 * What main leaves for post: one typed record, saved as JSON, validated when read back. It never holds
 * a secret (inputs such as passwords are not copied into it).
 */
import { ALL_STAGE_IDS, type StageId } from '../config.js'

export const STATE_KEY = 'go-pipeline'

export interface SaveTask {
  readonly id: 'modules' | 'build' | 'lint'
  readonly paths: readonly string[]
  readonly key: string
}

export interface PostState {
  readonly v: 1
  readonly workingDirectory: string
  readonly stages: readonly StageId[]
  readonly go?: { readonly version: string; readonly goroot: string }
  /** The caches post saves; runStart is when main began using the build cache (for trimming). */
  readonly saves?: readonly SaveTask[]
  readonly runStart?: string
  /** What the image stage leaves to undo: a registry to log out of, a builder it created. */
  readonly docker?: { readonly logout?: string; readonly removeBuilder?: string }
}

function isSaveTask(x: unknown): x is SaveTask {
  if (typeof x !== 'object' || x === null) return false
  const t = x as Record<string, unknown>
  return (
    (t.id === 'modules' || t.id === 'build' || t.id === 'lint') &&
    typeof t.key === 'string' &&
    Array.isArray(t.paths) &&
    t.paths.every(p => typeof p === 'string')
  )
}

export function encodeState(state: PostState): string {
  return JSON.stringify(state)
}

/** The state main saved, or undefined when there is none or it is not one we wrote. */
export function decodeState(text: string): PostState | undefined {
  if (text === '') return undefined
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof raw !== 'object' || raw === null) return undefined
  const r = raw as Record<string, unknown>
  if (r.v !== 1 || typeof r.workingDirectory !== 'string' || !Array.isArray(r.stages)) return undefined
  const stages = r.stages.filter((s): s is StageId => (ALL_STAGE_IDS as readonly unknown[]).includes(s) || s === 'cache')
  if (stages.length !== r.stages.length) return undefined
  if (r.saves !== undefined && (!Array.isArray(r.saves) || !r.saves.every(isSaveTask))) return undefined
  if (r.runStart !== undefined && (typeof r.runStart !== 'string' || Number.isNaN(Date.parse(r.runStart)))) return undefined
  const state: PostState = {
    v: 1,
    workingDirectory: r.workingDirectory,
    stages,
    ...(r.saves !== undefined ? { saves: r.saves as SaveTask[] } : {}),
    ...(typeof r.runStart === 'string' ? { runStart: r.runStart } : {}),
  }
  let result: PostState = state
  const docker = r.docker as Record<string, unknown> | undefined
  if (docker !== undefined) {
    if (typeof docker !== 'object' || docker === null) return undefined
    const { logout, removeBuilder } = docker
    if ((logout !== undefined && typeof logout !== 'string') || (removeBuilder !== undefined && typeof removeBuilder !== 'string')) return undefined
    result = { ...result, docker: { ...(typeof logout === 'string' ? { logout } : {}), ...(typeof removeBuilder === 'string' ? { removeBuilder } : {}) } }
  }
  const go = r.go as Record<string, unknown> | undefined
  if (go !== undefined) {
    if (typeof go !== 'object' || go === null || typeof go.version !== 'string' || typeof go.goroot !== 'string') {
      return undefined
    }
    return { ...result, go: { version: go.version, goroot: go.goroot } }
  }
  return result
}
