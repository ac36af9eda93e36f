/**
 * Annotations chosen, not truncated. GitHub shows at most 10 error and 10 warning annotations per step
 * and 10 notices (and 50 per job); go-pipeline runs every check in one step, so it holds every annotation the
 * stages log and, at the end, annotates per level the ones that matter most: findings on lines the pull
 * request changed first, then test failures and races, vet, lint, gofmt, the rest, each in the order
 * found. The others are printed as plain log lines; every one of them is listed in the job summary.
 */
import type { ChangedLines } from '../changes.js'
import type { Annotation, FindingKind, Log } from '../ports/ports.js'

/** GitHub's limit per step and level (actions/toolkit, problem matchers: "Limitations"). */
export const ANNOTATIONS_PER_LEVEL = 10

export type Level = 'error' | 'warning' | 'notice'

export interface Held {
  readonly level: Level
  readonly message: string
  readonly at?: Annotation
  /** On a line the pull request added or changed. */
  readonly changed: boolean
  /** Emitted as an annotation (else only logged and in the summary). */
  readonly annotated: boolean
  /** Its place in its level's ranking, from 0 (the most important). */
  readonly rank: number
}

interface Entry {
  readonly level: Level
  readonly message: string
  readonly at?: Annotation
}

const KIND_ORDER: Readonly<Record<FindingKind, number>> = { test: 0, vet: 1, lint: 2, fmt: 3 }

function onChangedLine(at: Annotation | undefined, changed: ChangedLines | undefined): boolean {
  if (at?.file === undefined || at.line === undefined || changed === undefined) return false
  return changed.get(at.file)?.has(at.line) === true
}

/**
 * Which entries to annotate: per level, up to `limit[level]` of them, ranked by changed line, then kind
 * (test, vet, lint, gofmt, anything else), then the order they were found in. Pure.
 */
export function chooseAnnotations(entries: readonly Entry[], changed: ChangedLines | undefined, limit: Readonly<Record<Level, number>>): Held[] {
  const ranked = entries.map((e, seq) => ({ e, seq, changed: onChangedLine(e.at, changed) }))
  const rankOf = new Map<number, number>()
  for (const level of ['error', 'warning', 'notice'] as const) {
    ranked
      .filter(r => r.e.level === level)
      .sort(
        (a, b) =>
          Number(b.changed) - Number(a.changed) ||
          (a.e.at?.kind !== undefined ? KIND_ORDER[a.e.at.kind] : 4) - (b.e.at?.kind !== undefined ? KIND_ORDER[b.e.at.kind] : 4) ||
          a.seq - b.seq,
      )
      .forEach((r, i) => rankOf.set(r.seq, i))
  }
  return ranked.map(r => {
    const rank = rankOf.get(r.seq) ?? 0
    return { level: r.e.level, message: r.e.message, ...(r.e.at ? { at: r.e.at } : {}), changed: r.changed, annotated: rank < limit[r.e.level], rank }
  })
}

function where(at: Annotation | undefined): string {
  if (at?.file === undefined) return ''
  return `${at.file}${at.line !== undefined ? `:${at.line}` : ''}${at.col !== undefined ? `:${at.col}` : ''}: `
}

export interface AnnotationBook {
  /** Logs as `target` does, but holds every error and warning until flush. */
  readonly log: Log
  /**
   * Annotates the chosen ones and logs the rest as plain lines. `reserveErrors`: error annotations
   * left for what comes after (the step's own failure message).
   */
  flush(options: { readonly changed?: ChangedLines; readonly reserveErrors: number; readonly changedWhy?: string }): Held[]
}

export function annotationBook(target: Log): AnnotationBook {
  const entries: Entry[] = []
  const hold =
    (level: Level) =>
    (message: string, at?: Annotation): void =>
      void entries.push({ level, message, ...(at ? { at } : {}) })
  return {
    log: { ...target, notice: hold('notice'), warning: hold('warning'), error: hold('error') },
    flush({ changed, reserveErrors, changedWhy }) {
      const limit = { error: ANNOTATIONS_PER_LEVEL - reserveErrors, warning: ANNOTATIONS_PER_LEVEL, notice: ANNOTATIONS_PER_LEVEL }
      const held = chooseAnnotations(entries.splice(0), changed, limit)
      for (const h of held.filter(x => x.annotated).sort((a, b) => a.rank - b.rank)) target[h.level](h.message, h.at)
      const rest = held.filter(h => !h.annotated)
      if (rest.length > 0) {
        const count = (level: Level): number => held.filter(h => h.level === level).length
        target.info(
          `GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations per level in a step: of ${count('error')} error(s), ${count('warning')} warning(s) and ${count('notice')} notice(s), ` +
            `annotated those that matter most (${changed !== undefined ? "the pull request's changed lines first, then " : ''}test failures and races, vet, lint, gofmt)` +
            `${changed === undefined && changedWhy !== undefined ? ` (changed lines unknown: ${changedWhy})` : ''}. ` +
            `The other ${rest.length} follow here, and every one is in the job summary:`,
        )
        for (const h of rest) target.info(`${h.level}: ${where(h.at)}${h.at?.title !== undefined ? `${h.at.title}: ` : ''}${h.message}`)
      }
      return held
    },
  }
}
