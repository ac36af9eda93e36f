/** The compile stage's decision: compile the shared packages once only when the checks would each do it cold. */
import { describe, expect, it } from '@jest/globals'
import type { CacheOutcome } from '../../src/pipeline/context.js'
import type { StageId } from '../../src/pipeline/stage.js'
import { compile } from '../../src/stages/compile.js'
import { config, context, fakeHost } from './fakes.js'

function ctxWith(stages: StageId[], race: boolean, build?: CacheOutcome['result'], kind: 'github' | 'local' = 'github') {
  const host = Object.assign(fakeHost(), { kind })
  const ctx = context(
    host,
    config({ stages: ['setup', ...stages], test: { race, coverageThreshold: 0, coverageChangedThreshold: 0, args: [], reruns: 0, flakyTests: 'pass' } }),
  )
  if (build !== undefined) {
    const entry = {
      id: 'build',
      key: 'k',
      restoreKeys: [],
      hitPrefix: 'k',
      paths: ['/c'],
      seconds: 0,
      size: 0,
      save: true,
      why: '',
      result: build,
    } as CacheOutcome
    ctx.facts.cache = { entries: [entry] }
  }
  return ctx
}

describe('compile stage: runs only when it pays', () => {
  it.each<[string, StageId[], boolean, CacheOutcome['result'] | undefined, 'github' | 'local', string | undefined]>([
    ['vet and lint on a missed build cache', ['vet', 'lint'], true, 'miss', 'github', undefined],
    ['vet and test without -race, no cache at all', ['vet', 'test'], false, undefined, 'github', undefined],
    ['vet and test -race (test compiles its own variant)', ['vet', 'test'], true, 'miss', 'github', 'fewer than two checks compile with the same flags'],
    ['lint alone', ['lint', 'build'], true, 'miss', 'github', 'fewer than two checks compile with the same flags'],
    ['a restored build cache', ['vet', 'lint', 'test'], true, 'hit', 'github', 'the build cache was restored (hit)'],
    ['a partly restored build cache', ['vet', 'lint'], true, 'partial', 'github', 'the build cache was restored (partial)'],
    ["a developer's machine", ['vet', 'lint'], true, 'local', 'local', "the machine's own Go build cache persists"],
  ])('%s', (_what, stages, race, build, kind, reason) => {
    expect(compile.skip?.(ctxWith(stages, race, build, kind))).toBe(reason)
  })

  it('compiles with go list -e -export -deps -test in every module and never fails the run', async () => {
    const ctx = ctxWith(['vet', 'lint'], true, 'miss')
    const host = ctx.host as ReturnType<typeof fakeHost>
    ctx.facts.go = { version: '1.26.8', goroot: '/go', source: 'tool-cache', env: {} }
    ctx.facts.modules = [
      { dir: '/ws', path: 'example.com/app', rel: '.', repoRel: '.' },
      { dir: '/ws/tools', path: 'example.com/app/tools', rel: 'tools', repoRel: 'tools' },
    ]
    // One module lists its packages; the other does not compile: a note, never a failure.
    host.execResult = (_c, args) =>
      args.includes('-export') && host.execs.length === 1 ? { code: 0, stdout: 'fmt\nexample.com/app\n', stderr: '' } : { code: 1, stdout: '', stderr: 'boom' }
    const note = await compile.run(ctx)
    const lists = host.execs.filter(e => e.args[0] === 'list')
    const argv = ['list', '-e', '-export', '-deps', '-test', '-f', '{{.ImportPath}}', './...']
    expect(lists.map(e => [e.args, e.options?.cwd])).toEqual([
      [argv, '/ws'],
      [argv, '/ws/tools'],
    ])
    expect(note).toBe('2 packages compiled once for vet, golangci-lint')
    expect(host.lines.map(l => l.message)).toContain('go list -export did not finish in tools; the checks compile what is missing and report why.')
  })
})
