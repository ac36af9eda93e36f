import type { Context } from './context.js'

/**
 * Every stage of the product, in pipeline order. `cache` is turned on and off by the `cache` input;
 * `fetch` runs when private modules are configured (src/stages/fetch.ts);
 * `compile` runs when it pays (see src/stages/compile.ts); the others are chosen with `stages`.
 */
export const STAGE_IDS = [
  'setup',
  'cache',
  'fetch',
  'generate',
  'compile',
  'vet',
  'fmt',
  'tidy',
  'vuln',
  'lint',
  'test',
  'merge',
  'build',
  'gather',
  'image',
] as const
export type StageId = (typeof STAGE_IDS)[number]

/** Stages that come with every pipeline and decide for themselves whether to run: never named in `stages`. */
export const IMPLICIT_STAGES: readonly StageId[] = ['cache', 'fetch', 'compile']

/** Stages that run the go command (so setup must install Go for them). */
const GO_STAGES: readonly StageId[] = ['generate', 'vet', 'fmt', 'tidy', 'vuln', 'lint', 'test', 'build']

export function needsGo(id: StageId): boolean {
  return GO_STAGES.includes(id)
}

export interface Stage {
  readonly id: StageId
  /**
   * A check reports problems: when it fails, the other checks still run (one run shows every problem),
   * and only the stages after the checks are skipped.
   */
  readonly kind?: 'check'
  /** Consecutive parallel stages run concurrently; the runner decides, and keeps their logs grouped. */
  readonly parallel?: boolean
  /** What the log group says. */
  title(ctx: Context): string
  /** A reason to skip (shown in the log and the summary; not a failure), or undefined to run. */
  skip?(ctx: Context): string | undefined | Promise<string | undefined>
  /** Does the work; returns a short note for the summary row. */
  run(ctx: Context): Promise<string | undefined>
  /**
   * The same work, started early: beside the checks, before they have passed (speculative-build). It
   * makes nothing the user sees and stops when `signal` aborts; the runner publishes what it made in
   * the stage's own turn when every check passed, and discards it otherwise.
   */
  start?(ctx: Context, signal: AbortSignal): Promise<StagedWork>
}

/** Work a stage did early, held back until the runner knows whether it may be published. */
export interface StagedWork {
  /** Makes the work visible (moves it where the user expects it, sets facts); returns the summary note. */
  publish(ctx: Context): Promise<string | undefined>
  /** Throws the work away. */
  discard(): Promise<void>
}
