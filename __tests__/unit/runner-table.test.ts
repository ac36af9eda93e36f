/**
 * The runner's rules as tables (issue 17): concurrency of checks, a check failing while others run, a
 * blocking stage failing, skip reasons (static, computed, failing), internal errors, and the order
 * constraints of the real pipeline.
 */
import { describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { PIPELINE, selectStages } from '../../src/stages/index.js'
import { batches, runPipeline } from '../../src/pipeline/runner.js'
import { needsGo, STAGE_IDS, type Stage, type StageId } from '../../src/pipeline/stage.js'
import { context, fakeHost } from './fakes.js'

type Behaviour = 'ok' | 'fail' | 'bug' | { skip: string } | { skipThrows: string }

/** A stage that records when it starts and ends on a shared timeline, and does what it is told. */
function make(id: StageId, behaviour: Behaviour, check: boolean, timeline: string[], waitMs = 5): Stage {
  return {
    id,
    ...(check ? { kind: 'check' as const, parallel: true } : {}),
    title: () => id,
    ...(typeof behaviour === 'object'
      ? {
          skip: async () => {
            if ('skipThrows' in behaviour) throw new UserError(behaviour.skipThrows)
            return behaviour.skip
          },
        }
      : {}),
    async run(ctx) {
      timeline.push(`start ${id}`)
      ctx.host.log.info(`${id} says hello`)
      await new Promise(r => setTimeout(r, waitMs))
      timeline.push(`end ${id}`)
      if (behaviour === 'fail') throw new UserError(`${id} found a problem`)
      if (behaviour === 'bug') throw new TypeError(`cannot read properties of undefined (${id})`)
      return `${id} done`
    },
  }
}

interface Row {
  readonly what: string
  readonly stages: readonly [StageId, Behaviour, boolean][]
  readonly statuses: Record<string, string>
  readonly failure?: RegExp
}

const table: Row[] = [
  {
    what: 'all pass',
    stages: [
      ['setup', 'ok', false],
      ['vet', 'ok', true],
      ['lint', 'ok', true],
      ['build', 'ok', false],
    ],
    statuses: { setup: 'success', vet: 'success', lint: 'success', build: 'success' },
  },
  {
    what: 'a check fails while the others run: they all report, build does not run',
    stages: [
      ['setup', 'ok', false],
      ['vet', 'fail', true],
      ['lint', 'ok', true],
      ['test', 'fail', true],
      ['build', 'ok', false],
    ],
    statuses: { setup: 'success', vet: 'failure', lint: 'success', test: 'failure', build: 'skipped' },
    failure: /^vet: vet found a problem; test: test found a problem$/,
  },
  {
    what: 'a blocking stage fails: everything after is not run, checks included',
    stages: [
      ['setup', 'fail', false],
      ['vet', 'ok', true],
      ['test', 'ok', true],
      ['build', 'ok', false],
    ],
    statuses: { setup: 'failure', vet: 'skipped', test: 'skipped', build: 'skipped' },
    failure: /^setup: setup found a problem$/,
  },
  {
    what: 'a stage skips itself: not a failure, the next runs',
    stages: [
      ['setup', 'ok', false],
      ['build', { skip: 'a library' }, false],
      ['image', 'ok', false],
    ],
    statuses: { setup: 'success', build: 'skipped', image: 'success' },
  },
  {
    what: 'deciding to skip fails: that is the stage failing',
    stages: [
      ['setup', 'ok', false],
      ['build', { skipThrows: 'go list failed' }, false],
      ['image', 'ok', false],
    ],
    statuses: { setup: 'success', build: 'failure', image: 'skipped' },
    failure: /^build: go list failed$/,
  },
  {
    what: 'an internal error is said to be a bug, with where to report it',
    stages: [
      ['setup', 'ok', false],
      ['vet', 'bug', true],
      ['lint', 'ok', true],
    ],
    statuses: { setup: 'success', vet: 'failure', lint: 'success' },
    failure:
      /^vet: internal error: cannot read properties of undefined \(vet\) \(this is a bug in go-pipeline; please report it with this log at https:\/\/github\.com\//,
  },
]

describe('runPipeline, as a table', () => {
  it.each(table.map(r => [r.what, r] as const))('%s', async (_what, row) => {
    const host = fakeHost()
    const timeline: string[] = []
    const report = await runPipeline(
      row.stages.map(([id, b, check]) => make(id, b, check, timeline)),
      context(host),
    )
    expect(Object.fromEntries(report.rows.map(r => [r.id, r.status]))).toEqual(row.statuses)
    if (row.failure) expect(report.failure).toMatch(row.failure)
    else expect(report.failure).toBeUndefined()
  })

  it("checks run concurrently, and each one's log is replayed as one group, never interleaved", async () => {
    const host = fakeHost()
    const timeline: string[] = []
    await runPipeline(
      [
        make('setup', 'ok', false, timeline),
        make('vet', 'ok', true, timeline, 30),
        make('fmt', 'ok', true, timeline, 30),
        make('lint', 'ok', true, timeline, 30),
      ],
      context(host),
    )
    // All three started before any ended.
    expect(timeline.slice(2, 5).every(e => e.startsWith('start '))).toBe(true)
    expect(timeline.indexOf('end vet')).toBeGreaterThan(timeline.indexOf('start lint'))
    const groups = host.lines.filter(l => l.level === 'group' || l.message.endsWith('says hello')).map(l => l.message)
    expect(groups).toEqual(['setup', 'setup says hello', 'vet', 'vet says hello', 'fmt', 'fmt says hello', 'lint', 'lint says hello'])
  })

  it('an internal error keeps its stack in the log', async () => {
    const host = fakeHost()
    await runPipeline([make('setup', 'bug', false, [])], context(host))
    expect(host.lines.some(l => l.level === 'info' && /TypeError: cannot read properties[\s\S]*\n\s+at /.test(l.message))).toBe(true)
  })
})

describe("the real pipeline's order constraints", () => {
  const order = PIPELINE.map(s => s.id)
  it('setup comes before every stage that runs go, and the caches right after setup', () => {
    expect(order[0]).toBe('setup')
    expect(order[1]).toBe('cache')
    for (const id of STAGE_IDS.filter(needsGo)) expect(order.indexOf(id)).toBeGreaterThan(order.indexOf('cache'))
  })
  it('build comes after every check, and image after build', () => {
    const checks = PIPELINE.filter(s => s.kind === 'check').map(s => s.id)
    expect(checks.sort()).toEqual(['fmt', 'generate', 'lint', 'merge', 'test', 'tidy', 'vet', 'vuln'])
    for (const c of checks) expect(order.indexOf('build')).toBeGreaterThan(order.indexOf(c))
    expect(order.indexOf('image')).toBeGreaterThan(order.indexOf('build'))
  })
  it('the checks form one concurrent batch; setup, cache, fetch, generate, compile, merge, build, gather and image run alone', () => {
    expect(batches(PIPELINE).map(b => b.map(s => s.id))).toEqual([
      ['setup'],
      ['cache'],
      ['fetch'],
      ['generate'],
      ['compile'],
      ['vet', 'fmt', 'tidy', 'vuln', 'lint', 'test'],
      ['merge'],
      ['build'],
      ['gather'],
      ['image'],
    ])
  })
  it('the cache, fetch and compile stages always come with the selected stages (each skips itself when it has nothing to do)', () => {
    expect(selectStages(['setup', 'test']).map(s => s.id)).toEqual(['setup', 'cache', 'fetch', 'compile', 'test'])
  })
})
