/**
 * Runs stages: skip check → log group → timing → a typed outcome per stage. Stages never call each
 * other; they share facts on the context.
 */
import type { StageId } from '../config.js'
import { errorMessage } from '../errors.js'
import type { Context } from './context.js'
import type { Stage } from './stage.js'

export type StageStatus = 'success' | 'failure' | 'skipped'

export interface StageRow {
  readonly id: StageId
  readonly title: string
  readonly status: StageStatus
  readonly seconds: number
  readonly note: string
}

export interface PipelineReport {
  readonly rows: readonly StageRow[]
  /** The first failure's message, prefixed with its stage, or undefined when all went well. */
  readonly failure?: string
}

export async function runPipeline(stages: readonly Stage[], ctx: Context): Promise<PipelineReport> {
  const rows: StageRow[] = []
  let failure: string | undefined
  for (const stage of stages) {
    const title = stage.title(ctx)
    if (failure !== undefined) {
      rows.push({ id: stage.id, title, status: 'skipped', seconds: 0, note: 'not run: an earlier stage failed' })
      continue
    }
    const reason = stage.skip?.(ctx)
    if (reason !== undefined) {
      ctx.host.log.info(`Skipping ${stage.id}: ${reason}`)
      rows.push({ id: stage.id, title, status: 'skipped', seconds: 0, note: reason })
      continue
    }
    const started = ctx.host.clock.now()
    try {
      const note = await ctx.host.log.group(title, () => stage.run(ctx))
      rows.push({ id: stage.id, title, status: 'success', seconds: elapsed(ctx, started), note: note ?? '' })
    } catch (error) {
      const message = errorMessage(error)
      failure = `${stage.id}: ${message}`
      rows.push({ id: stage.id, title, status: 'failure', seconds: elapsed(ctx, started), note: message })
    }
  }
  return failure === undefined ? { rows } : { rows, failure }
}

function elapsed(ctx: Context, started: number): number {
  return Math.round((ctx.host.clock.now() - started) / 10) / 100
}
