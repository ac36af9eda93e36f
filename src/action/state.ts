/**
 * What main leaves for post: one typed record, saved as JSON, validated when read back. It never holds
 * a secret (inputs such as passwords are not copied into it).
 */
import { ALL_STAGE_IDS, type StageId } from '../config.js'

export const STATE_KEY = 'go-pipeline'

export interface PostState {
  readonly v: 1
  readonly workingDirectory: string
  readonly stages: readonly StageId[]
  readonly go?: { readonly version: string; readonly goroot: string }
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
  const stages = r.stages.filter((s): s is StageId => (ALL_STAGE_IDS as readonly unknown[]).includes(s))
  if (stages.length !== r.stages.length) return undefined
  const state: PostState = { v: 1, workingDirectory: r.workingDirectory, stages }
  const go = r.go as Record<string, unknown> | undefined
  if (go !== undefined) {
    if (typeof go !== 'object' || go === null || typeof go.version !== 'string' || typeof go.goroot !== 'string') {
      return undefined
    }
    return { ...state, go: { version: go.version, goroot: go.goroot } }
  }
  return state
}
