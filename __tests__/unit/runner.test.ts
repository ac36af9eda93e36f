import { describe, expect, it } from '@jest/globals'
import { PIPELINE } from '../../src/stages/index.js'
import { renderSummary } from '../../src/pipeline/report.js'
import { runPipeline } from '../../src/pipeline/runner.js'
import { STAGE_IDS, type Stage } from '../../src/pipeline/stage.js'
import { context, fakeHost } from './fakes.js'

function stage(id: Stage['id'], behaviour: (host: ReturnType<typeof fakeHost>) => Promise<string | undefined>, skip?: string): Stage {
  return {
    id,
    title: () => `Running ${id}`,
    ...(skip !== undefined ? { skip: () => skip } : {}),
    run: ctx => behaviour(ctx.host as ReturnType<typeof fakeHost>),
  }
}

describe('runPipeline', () => {
  it('runs each stage in a log group and times it', async () => {
    const host = fakeHost()
    const report = await runPipeline(
      [
        stage('setup', async h => {
          h.time += 1500
          return 'Go 1.26.8'
        }),
      ],
      context(host),
    )
    expect(report).toEqual({ rows: [{ id: 'setup', title: 'Running setup', status: 'success', seconds: 1.5, note: 'Go 1.26.8' }] })
    expect(host.lines).toContainEqual({ level: 'group', message: 'Running setup' })
  })

  it('records a skip reason without running the stage, and it is not a failure', async () => {
    const host = fakeHost()
    let ran = false
    const report = await runPipeline([stage('vet', async () => void (ran = true), 'no Go packages')], context(host))
    expect(ran).toBe(false)
    expect(report.failure).toBeUndefined()
    expect(report.rows[0]).toMatchObject({ status: 'skipped', note: 'no Go packages' })
  })

  it('stops at a failure, names the stage, and marks the rest not run; a thrown string is not lost', async () => {
    const host = fakeHost()
    let later = false
    const report = await runPipeline(
      [
        stage('setup', async () => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- the point: a bug that throws a string
          throw 'mirror on fire'
        }),
        stage('vet', async () => void (later = true)),
      ],
      context(host),
    )
    // Not one of go-pipeline's typed errors: a bug, said so, with where to report it.
    expect(report.failure).toMatch(/^setup: internal error: mirror on fire \(this is a bug in go-pipeline; please report it/)
    expect(later).toBe(false)
    expect(report.rows.map(r => r.status)).toEqual(['failure', 'skipped'])
    expect(report.rows[1]?.note).toBe('not run: setup failed')
  })
})

describe('the pipeline as data', () => {
  it('offers exactly the available stages, in product order, setup first', () => {
    expect(PIPELINE.map(s => s.id)).toEqual([...STAGE_IDS])
    expect(PIPELINE[0]?.id).toBe('setup')
    // The caches are restored right after setup (they need go env) and before anything runs go.
    expect(PIPELINE[1]?.id).toBe('cache')
  })
})

describe('renderSummary', () => {
  it('has a row per stage with status, seconds and an escaped note', () => {
    const md = renderSummary({ rows: [{ id: 'setup', title: 't', status: 'failure', seconds: 2.345, note: 'a | b\nc' }], failure: 'setup: a | b' }, {})
    expect(md).toContain('| setup | ❌ failure | 2.35 s | a \\| b c |')
    expect(md).toContain('failed (setup: a \\| b)')
  })
})
