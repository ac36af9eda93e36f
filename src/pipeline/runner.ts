/**
 * Runs stages: skip check → log group → timing → a typed outcome per stage. Stages never call each
 * other; they share facts on the context. Checks keep going after a failing check, so one run shows
 * every problem; stages marked parallel run concurrently, each logged as one group when done.
 */
import { errorMessage, errorStack, internalMessage, isInternal } from '../errors.js'
import type { Host } from '../ports/ports.js'
import { bufferedHost } from './buffered.js'
import type { Context } from './context.js'
import type { Stage, StageId, StagedWork } from './stage.js'

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
  let early: Early | undefined
  const record = (stage: Stage, row: StageRow): void => {
    rows.set(stage.id, row)
    if (row.status !== 'failure') return
    failures.push(`${stage.id}: ${row.note}`)
    if (stage.kind !== 'check') blocked = `${stage.id} failed`
  }

  for (const batch of batches(stages)) {
    // speculative-build: the first batch of checks starts the stage that can start early beside it.
    if (
      early === undefined &&
      ctx.config.build.speculative &&
      blocked === undefined &&
      failures.length === 0 &&
      batch.some(s => s.kind === 'check' && s.parallel)
    ) {
      const last = batch[batch.length - 1]
      const stage = last === undefined ? undefined : stages.slice(stages.indexOf(last) + 1).find(s => s.start !== undefined)
      if (stage !== undefined) early = startEarly(stage, ctx)
    }
    const runnable: Stage[] = []
    for (const stage of batch) {
      const title = stage.title(ctx)
      const checkFailed = failures.length > 0 && blocked === undefined
      if (early?.stage === stage) {
        const failed = failures.map(f => f.slice(0, f.indexOf(':')))
        record(stage, await finishEarly(early, ctx, failed.length > 0 ? failed.join(', ') : undefined))
        continue
      }
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
    // A failed check stops the early work at once: the cores go back to the checks still running.
    const onFailure = (): void => early?.controller.abort()
    const outcomes = runnable.length === 1 && only !== undefined ? [await runOne(only, ctx)] : await runConcurrently(runnable, ctx, onFailure)
    for (const o of outcomes) record(o.stage, o.row)
  }
  const ordered = stages.map(s => rows.get(s.id)).filter((r): r is StageRow => r !== undefined)
  return failures.length === 0 ? { rows: ordered } : { rows: ordered, failure: failures.join('; ') }
}

/** A stage started before its turn (speculative-build), on a buffered host, with a way to stop it. */
interface Early {
  readonly stage: Stage
  readonly title: string
  readonly buffer: ReturnType<typeof bufferedHost>
  readonly controller: AbortController
  readonly started: number
  /** Settles when the early work is done: skipped (why), staged, or failed (the error). */
  readonly work: Promise<
    { readonly skipped: string } | { readonly staged: StagedWork; readonly done: number } | { readonly error: unknown; readonly done: number }
  >
}

function startEarly(stage: Stage, ctx: Context): Early {
  const buffer = bufferedHost(ctx.host)
  // Every command of the early work runs in the background (a lower CPU priority): on a runner's few
  // cores the checks keep theirs, and the build takes what they leave idle.
  const background: Host['exec'] = { run: (command, args, options = {}) => buffer.host.exec.run(command, args, { ...options, background: true }) }
  const sub: Context = { ...ctx, host: { ...buffer.host, exec: background } }
  const controller = new AbortController()
  const started = ctx.host.clock.now()
  ctx.host.log.info(`speculative-build: ${stage.id} starts now, beside the checks; it is published only if they all pass`)
  const work = (async () => {
    try {
      const skipped = await stage.skip?.(sub)
      if (skipped !== undefined && skipped !== '') return { skipped }
      const staged = await (stage.start?.(sub, controller.signal) ?? Promise.reject(new Error(`${stage.id} cannot start early`)))
      return { staged, done: ctx.host.clock.now() }
    } catch (error) {
      return { error, done: ctx.host.clock.now() }
    }
  })()
  return { stage, title: stage.title(ctx), buffer, controller, started, work }
}

/**
 * The early stage's turn: its work is published when every check passed, and discarded (stopped if
 * still running) when one failed, `failed` naming which.
 */
async function finishEarly(early: Early, ctx: Context, failed: string | undefined): Promise<StageRow> {
  const { stage, title } = early
  if (failed !== undefined) early.controller.abort()
  const result = await early.work
  if ('skipped' in result) {
    // Nothing was built (no main package, …): said as a stage in its own turn says it, without a group.
    early.buffer.replay(ctx.host.log)
    ctx.host.log.info(`Skipping ${stage.id}: ${result.skipped}`)
    return { id: stage.id, title, status: 'skipped', seconds: 0, note: result.skipped }
  }
  return ctx.host.log.group(failed !== undefined ? `${title} (discarded)` : title, async () => {
    early.buffer.replay(ctx.host.log)
    const seconds = (end: number): number => Math.round((end - early.started) / 10) / 100
    if (failed !== undefined) {
      if ('staged' in result) await result.staged.discard()
      const how = 'staged' in result ? 'its results were thrown away' : 'it was stopped'
      const note = `discarded: built beside the checks, and ${failed} failed, so ${how}; nothing was published`
      ctx.host.log.info(`${stage.id} ${note}`)
      return { id: stage.id, title, status: 'skipped', seconds: seconds(result.done), note }
    }
    if ('error' in result) {
      const { error } = result
      const failure = await attempt(stage, ctx, title, () => {
        throw error
      })
      ctx.host.log.info(`${stage.id} failed: ${failure.row.note}`)
      return { ...failure.row, seconds: seconds(result.done) }
    }
    const published = await attempt(stage, ctx, title, () => result.staged.publish(ctx))
    const building = (result.done - early.started) / 1000
    const note = published.row.status === 'success' ? `${published.row.note} (built beside the checks in ${building.toFixed(2)} s)` : published.row.note
    return { ...published.row, seconds: Math.round((building + published.row.seconds) * 100) / 100, note }
  })
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
async function runConcurrently(stages: readonly Stage[], ctx: Context, onFailure: () => void): Promise<Outcome[]> {
  const runs = stages.map(stage => {
    const buffer = bufferedHost(ctx.host)
    const title = stage.title(ctx)
    const sub: Context = { ...ctx, host: buffer.host }
    const outcome = attempt(stage, sub, title, () => stage.run(sub)).then(o => {
      if (o.row.status === 'failure') onFailure()
      return o
    })
    return { stage, title, buffer, outcome }
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
