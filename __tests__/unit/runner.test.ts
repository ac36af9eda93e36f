import { describe, expect, it } from '@jest/globals'
import { PIPELINE } from '../../src/stages/index.js'
import { renderSummary } from '../../src/pipeline/report.js'
import { runPipeline } from '../../src/pipeline/runner.js'
import { STAGE_IDS, type Stage } from '../../src/pipeline/stage.js'
import { UserError } from '../../src/errors.js'
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

describe('speculative-build: a stage started early beside the checks', () => {
  /** A check that passes or fails after the early stage has started (a tick later). */
  const check = (id: Stage['id'], fails: boolean): Stage => ({
    id,
    kind: 'check',
    parallel: true,
    title: () => `Running ${id}`,
    async run() {
      await new Promise(resolve => setImmediate(resolve))
      if (fails) throw new UserError(`${id} found a problem`)
      return `${id} ok`
    },
  })
  /** A build whose early work waits until it is aborted or released, and records what happened. */
  function earlyBuild(events: string[], opts: { failEarly?: boolean; skip?: string } = {}): Stage & { release: () => void } {
    let release = (): void => undefined
    const gate = new Promise<void>(resolve => (release = resolve))
    return {
      id: 'build',
      title: () => 'Building',
      ...(opts.skip !== undefined ? { skip: () => opts.skip } : {}),
      run: () => Promise.reject(new UserError('run is not called when the stage started early')),
      async start(ctx, signal) {
        events.push('start')
        ctx.host.log.info('compiling')
        await Promise.race([gate, new Promise<void>(resolve => signal.addEventListener('abort', () => resolve()))])
        if (signal.aborted) {
          events.push('aborted')
          throw new Error('go build was cancelled')
        }
        if (opts.failEarly === true) throw new UserError('go build failed')
        events.push('staged')
        return {
          publish: async () => {
            events.push('published')
            return '4 binaries'
          },
          discard: async () => void events.push('discarded'),
        }
      },
      release: () => release(),
    }
  }
  const speculative = (host: ReturnType<typeof fakeHost>) => {
    const ctx = context(host)
    return { ...ctx, config: { ...ctx.config, build: { ...ctx.config.build, speculative: true } } }
  }

  it('publishes in its own turn when every check passed, and says it was built beside them', async () => {
    const host = fakeHost()
    const events: string[] = []
    const build = earlyBuild(events)
    build.release()
    const report = await runPipeline([stage('setup', async () => 'Go'), check('vet', false), check('test', false), build], speculative(host))
    expect(report.failure).toBeUndefined()
    expect(events).toEqual(['start', 'staged', 'published'])
    expect(report.rows.map(r => `${r.id}:${r.status}`)).toEqual(['setup:success', 'vet:success', 'test:success', 'build:success'])
    expect(report.rows[3]?.note).toMatch(/^4 binaries \(built beside the checks in [\d.]+ s\)$/)
    // Its log is one group, written in its turn, after the checks'.
    const groups = host.lines.filter(l => l.level === 'group').map(l => l.message)
    expect(groups).toEqual(['Running setup', 'Running vet', 'Running test', 'Building'])
  })

  it("runs the early work's commands in the background (a lower CPU priority), and the checks' at normal priority", async () => {
    const host = fakeHost()
    const runs = (id: Stage['id'], kind?: 'check'): Stage => ({
      id,
      ...(kind ? { kind, parallel: true } : {}),
      title: () => id,
      async run(ctx) {
        await ctx.host.exec.run('go', [id])
        return id
      },
    })
    const build: Stage = {
      ...runs('build'),
      start: async ctx => (await ctx.host.exec.run('go', ['build']), { publish: async () => 'built', discard: async () => undefined }),
    }
    const report = await runPipeline([stage('setup', async () => 'Go'), runs('vet', 'check'), build], speculative(host))
    expect(report.failure).toBeUndefined()
    expect(host.execs.map(e => `${e.args[0] ?? ''}:${e.options?.background === true ? 'background' : 'normal'}`).sort()).toEqual([
      'build:background',
      'vet:normal',
    ])
  })

  it('a failed check stops it at once (before the other checks end) and nothing is published: the row says discarded', async () => {
    const host = fakeHost()
    const events: string[] = []
    const build = earlyBuild(events) // never released: only the abort ends it
    const report = await runPipeline(
      [stage('setup', async () => 'Go'), check('vet', false), check('test', true), build, stage('image', async () => 'pushed')],
      speculative(host),
    )
    expect(events).toEqual(['start', 'aborted'])
    expect(report.failure).toBe('test: test found a problem')
    expect(report.rows.find(r => r.id === 'build')).toMatchObject({
      status: 'skipped',
      note: 'discarded: built beside the checks, and test failed, so it was stopped; nothing was published',
    })
    expect(report.rows.find(r => r.id === 'image')).toMatchObject({ status: 'skipped', note: 'not run: a check failed' })
    expect(host.lines.filter(l => l.level === 'group').map(l => l.message)).toContain('Building (discarded)')
  })

  it('work that finished before a check failed is thrown away (discard), not published', async () => {
    const host = fakeHost()
    const events: string[] = []
    const build = earlyBuild(events)
    build.release()
    const slowFail: Stage = {
      ...check('lint', true),
      run: async () => {
        await new Promise(r => setTimeout(r, 20))
        throw new UserError('lint found a problem')
      },
    }
    const report = await runPipeline([stage('setup', async () => 'Go'), slowFail, build], speculative(host))
    expect(events).toEqual(['start', 'staged', 'discarded'])
    expect(report.rows.find(r => r.id === 'build')?.note).toBe(
      'discarded: built beside the checks, and lint failed, so its results were thrown away; nothing was published',
    )
  })

  it('its own failure fails the job after the checks passed; its skip reason is kept; off, it runs in its turn', async () => {
    const broken = earlyBuild([], { failEarly: true })
    broken.release()
    const failing = await runPipeline([stage('setup', async () => 'Go'), check('vet', false), broken], speculative(fakeHost()))
    expect(failing.failure).toBe('build: go build failed')

    const events: string[] = []
    const skipped = await runPipeline(
      [stage('setup', async () => 'Go'), check('vet', false), earlyBuild(events, { skip: 'no main package' })],
      speculative(fakeHost()),
    )
    expect(skipped.rows.find(r => r.id === 'build')).toMatchObject({ status: 'skipped', note: 'no main package' })
    expect(events).toEqual([])
    // Beside a failed check too: nothing was built, so nothing is discarded, and no group is opened for it.
    const host = fakeHost()
    const both = await runPipeline([stage('setup', async () => 'Go'), check('vet', true), earlyBuild(events, { skip: 'no main package' })], speculative(host))
    expect(both.rows.find(r => r.id === 'build')).toMatchObject({ status: 'skipped', note: 'no main package' })
    expect(host.lines.filter(l => l.level === 'group').map(l => l.message)).toEqual(['Running setup', 'Running vet'])
    expect(host.lines).toContainEqual({ level: 'info', message: 'Skipping build: no main package' })

    const off = await runPipeline([stage('setup', async () => 'Go'), check('vet', false), earlyBuild(events)], context(fakeHost()))
    expect(off.failure).toBe('build: run is not called when the stage started early')
    expect(events).toEqual([])
  })
})
