import type { StageId } from '../config.js'
import type { Context } from './context.js'

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
  skip?(ctx: Context): string | undefined
  /** Does the work; returns a short note for the summary row. */
  run(ctx: Context): Promise<string | undefined>
}
