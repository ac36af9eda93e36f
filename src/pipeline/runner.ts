/**
 * Runs stages: skip check → log group → timing → a typed outcome per stage. Stages never call each
 * other; they share facts on the context. Checks keep going after a failing check, so one run shows
 * every problem; stages marked parallel run concurrently, each logged as one group when done.
 */
import { errorMessage, errorStack, internalMessage, isInternal } from '../errors.js'
import { bufferedHost } from './buffered.js'
import type { Context } from './context.js'
import type { Stage, StageId } from './stage.js'

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
  /** The failures' messages, each prefixed with its stage, or undefined when all went well. */
  readonly failure?: string
}

/** Consecutive parallel stages form one batch; every other stage is a batch of its own. */
export function batches(stages: readonly Stage[]): Stage[][] {
  const out: Stage[][] = []
  for (const stage of stages) {
    const last = out[out.length - 1]
    if (stage.parallel && last?.[0]?.parallel) last.push(stage)
    else out.push([stage])
  }
  return out
}

export async function runPipeline(stages: readonly Stage[], ctx: Context): Promise<PipelineReport> {
  const rows = new Map<StageId, StageRow>()
  const failures: string[] = []
  let blocked: string | undefined // why the stages that follow cannot run
  const record = (stage: Stage, row: StageRow): void => {
    rows.set(stage.id, row)
    if (row.status !== 'failure') return
    failures.push(`${stage.id}: ${row.note}`)
    if (stage.kind !== 'check') blocked = `${stage.id} failed`
  }

  for (const batch of batches(stages)) {
    const runnable: Stage[] = []
    for (const stage of batch) {
      const title = stage.title(ctx)
      const checkFailed = failures.length > 0 && blocked === undefined
      if (blocked !== undefined || (checkFailed && stage.kind !== 'check')) {
        record(stage, { id: stage.id, title, status: 'skipped', seconds: 0, note: `not run: ${blocked ?? 'a check failed'}` })
        continue
      }
      // Deciding to skip can take work (the build stage lists main packages): a failure there is the stage's.
      const decided = await attempt(stage, ctx, title, async () => await stage.skip?.(ctx))
      if (decided.row.status === 'failure') {
        record(stage, decided.row)
      } else if (decided.row.note !== '') {
        ctx.host.log.info(`Skipping ${stage.id}: ${decided.row.note}`)
        record(stage, { id: stage.id, title, status: 'skipped', seconds: 0, note: decided.row.note })
      } else {
        runnable.push(stage)
      }
    }
    const [only] = runnable
    const outcomes = runnable.length === 1 && only !== undefined ? [await runOne(only, ctx)] : await runConcurrently(runnable, ctx)
    for (const o of outcomes) record(o.stage, o.row)
  }
  const ordered = stages.map(s => rows.get(s.id)).filter((r): r is StageRow => r !== undefined)
  return failures.length === 0 ? { rows: ordered } : { rows: ordered, failure: failures.join('; ') }
}

interface Outcome {
  readonly stage: Stage
  readonly row: StageRow
}

async function attempt(stage: Stage, ctx: Context, title: string, run: () => Promise<string | undefined>): Promise<Outcome> {
  const started = ctx.host.clock.now()
  try {
    const note = await run()
    return { stage, row: { id: stage.id, title, status: 'success', seconds: elapsed(ctx, started), note: note ?? '' } }
  } catch (error) {
    let note = errorMessage(error)
    if (isInternal(error)) {
      // A bug, not the user's problem: keep the stack in the log, and say where to report it.
      ctx.host.log.info(errorStack(error))
      note = internalMessage(error)
    }
    return { stage, row: { id: stage.id, title, status: 'failure', seconds: elapsed(ctx, started), note } }
  }
}

function runOne(stage: Stage, ctx: Context): Promise<Outcome> {
  const title = stage.title(ctx)
  return ctx.host.log.group(title, () => attempt(stage, ctx, title, () => stage.run(ctx)))
}

/** Runs stages at once, each on a buffered host; then writes each one's log as a group, in order. */
async function runConcurrently(stages: readonly Stage[], ctx: Context): Promise<Outcome[]> {
  const runs = stages.map(stage => {
    const buffer = bufferedHost(ctx.host)
    const title = stage.title(ctx)
    const sub: Context = { ...ctx, host: buffer.host }
    return { stage, title, buffer, outcome: attempt(stage, sub, title, () => stage.run(sub)) }
  })
  const outcomes: Outcome[] = []
  for (const r of runs) {
    const outcome = await r.outcome
    await ctx.host.log.group(r.title, () => {
      r.buffer.replay(ctx.host.log)
      if (outcome.row.status === 'failure') ctx.host.log.info(`${r.stage.id} failed: ${outcome.row.note}`)
      return Promise.resolve()
    })
    outcomes.push(outcome)
  }
  return outcomes
}

function elapsed(ctx: Context, started: number): number {
  return Math.round((ctx.host.clock.now() - started) / 10) / 100
}
