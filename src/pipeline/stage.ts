import type { StageId } from '../config.js'
import type { Context } from './context.js'

export interface Stage {
  readonly id: StageId
  /** What the log group says. */
  title(ctx: Context): string
  /** A reason to skip (shown in the log and the summary; not a failure), or undefined to run. */
  skip?(ctx: Context): string | undefined
  /** Does the work; returns a short note for the summary row. */
  run(ctx: Context): Promise<string | undefined>
}
