/**
 * The compile stage's decision: compile the shared packages once only when the checks would each do it
 * cold; and the checks' flags: the build's, for this machine's platform, when no package has cgo files.
 */
import { describe, expect, it } from '@jest/globals'
import { parseTarget, type Target } from '../../src/go/targets.js'
import type { CacheOutcome } from '../../src/pipeline/context.js'
import type { StageId } from '../../src/pipeline/stage.js'
import { checkFlags } from '../../src/stages/check-flags.js'
import { toolchainEnv } from '../../src/stages/common.js'
import { compile } from '../../src/stages/compile.js'
import { config, context, fakeHost } from './fakes.js'

function target(spec: string): Target {
  const t = parseTarget(spec)
  if (typeof t === 'string') throw new Error(t)
  return t
}

function ctxWith(stages: StageId[], race: boolean, build?: CacheOutcome['result'], kind: 'github' | 'local' = 'github', platforms = ['linux/arm64']) {
  const host = Object.assign(fakeHost(), { kind })
  host.execResult = () => ({ code: 0, stdout: '', stderr: '' }) // go list: no package with cgo files
  const base = config()
  const ctx = context(
    host,
    config({
      stages: ['setup', ...stages],
      test: { race, coverageThreshold: 0, coverageChangedThreshold: 0, args: [], reruns: 0, flakyTests: 'pass' },
      build: { ...base.build, targets: platforms.map(target) },
    }),
  )
  ctx.facts.go = { version: '1.26.8', goroot: '/go', source: 'tool-cache', env: {} }
  ctx.facts.modules = [{ dir: '/ws', path: 'example.com/app', rel: '.', repoRel: '.' }]
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
  const FEWER = 'fewer than two stages compile with the same flags'
  it.each<[string, StageId[], boolean, CacheOutcome['result'] | undefined, 'github' | 'local', string[], string | undefined]>([
    ['vet and lint on a missed build cache', ['vet', 'lint'], true, 'miss', 'github', [], undefined],
    ['vet and test without -race, no cache at all', ['vet', 'test'], false, undefined, 'github', [], undefined],
    ['vet and test -race (test compiles its own variant)', ['vet', 'test'], true, 'miss', 'github', [], FEWER],
    ['lint and a build for another platform', ['lint', 'build'], true, 'miss', 'github', ['linux/arm64'], FEWER],
    ["lint and a build for this machine's platform (it shares the checks' packages)", ['lint', 'build'], true, 'miss', 'github', ['linux/amd64'], undefined],
    ["vet and this platform's build with a variant (GOAMD64=v3 compiles other code)", ['vet', 'build'], true, 'miss', 'github', ['linux/amd64/v3'], FEWER],
    ['a restored build cache', ['vet', 'lint', 'test'], true, 'hit', 'github', [], 'the build cache was restored (hit)'],
    ['a partly restored build cache', ['vet', 'lint'], true, 'partial', 'github', [], 'the build cache was restored (partial)'],
    ["a developer's machine", ['vet', 'lint'], true, 'local', 'local', [], "the machine's own Go build cache persists"],
  ])('%s', async (_what, stages, race, build, kind, platforms, reason) => {
    expect(await compile.skip?.(ctxWith(stages, race, build, kind, platforms))).toBe(reason)
  })

  it('compiles with go list -e -export -deps -test in every module and never fails the run', async () => {
    const ctx = ctxWith(['vet', 'lint'], true, 'miss')
    const host = ctx.host as ReturnType<typeof fakeHost>
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

describe("the checks' flags", () => {
  const cgoList = (args: readonly string[]): boolean => args[0] === 'list' && args.includes('-deps') && !args.includes('-export')

  /** A run whose build makes this platform (linux/amd64) cgo-free, with the step's GOFLAGS; no package has cgo files. */
  const sharing = (stages: StageId[], platforms: string[], goflags: string) => {
    const ctx = ctxWith(stages, true, 'miss', 'github', platforms)
    const host = ctx.host as ReturnType<typeof fakeHost>
    host.env.get = name => (name === 'GOFLAGS' ? goflags : undefined)
    return { ctx, host }
  }

  it("share the build's (GOFLAGS -trimpath -gcflags=all=-dwarf=false, CGO_ENABLED=0) when it builds this platform cgo-free, and the compile stage uses them", async () => {
    const { ctx, host } = sharing(['vet', 'lint', 'test', 'build'], ['linux/amd64', 'darwin/arm64'], '-mod=mod')
    expect(await checkFlags(ctx)).toEqual({
      env: { GOFLAGS: '-mod=mod -trimpath -gcflags=all=-dwarf=false', CGO_ENABLED: '0' },
      shares: 'linux/amd64',
      why: "the linux/amd64 build's flags (-trimpath, -gcflags=all=-dwarf=false, CGO_ENABLED=0), so the build reuses what they compile",
    })
    expect(await compile.run(ctx)).toBe('0 packages compiled once for vet, golangci-lint, the linux/amd64 build')
    // Decided once: one cgo listing, and the compile stage's go list ran with the flags.
    expect(host.execs.filter(e => cgoList(e.args))).toHaveLength(1)
    const export_ = host.execs.find(e => e.args.includes('-export'))
    expect(export_?.options?.env).toEqual({ GOGC: '400', GOMEMLIMIT: '2048MiB', GOFLAGS: '-mod=mod -trimpath -gcflags=all=-dwarf=false', CGO_ENABLED: '0' })
    expect(host.lines.map(l => l.message)).toContain(
      "The checks (vet, golangci-lint) compile with the linux/amd64 build's flags (-trimpath, -gcflags=all=-dwarf=false, CGO_ENABLED=0), so the build reuses what they compile.",
    )
  })

  it('keep a -gcflags and a -trimpath of GOFLAGS as they are (the build adds no -gcflags then)', async () => {
    const { ctx } = sharing(['vet', 'lint', 'build'], ['linux/amd64'], '-trimpath -gcflags=all=-N')
    expect(await checkFlags(ctx)).toEqual({
      env: { GOFLAGS: '-trimpath -gcflags=all=-N', CGO_ENABLED: '0' },
      shares: 'linux/amd64',
      why: "the linux/amd64 build's flags (-trimpath, CGO_ENABLED=0), so the build reuses what they compile",
    })
  })

  it("keep Go's defaults when a package (the module's or a dependency's) has cgo files", async () => {
    const ctx = ctxWith(['vet', 'build'], true, 'miss', 'github', ['linux/amd64'])
    const host = ctx.host as ReturnType<typeof fakeHost>
    host.execResult = (_c, args) => ({
      code: 0,
      stdout: cgoList(args) ? 'github.com/mattn/go-sqlite3\tsqlite3.go\tsqlite3_opt_fts5.go\nexample.com/app/native\tnative.go\n' : '',
      stderr: '',
    })
    expect(await checkFlags(ctx)).toEqual({
      env: {},
      why: "Go's defaults: packages with cgo files (github.com/mattn/go-sqlite3, example.com/app/native) would go unchecked with cgo off",
    })
    expect(await compile.skip?.(ctx)).toBe('fewer than two stages compile with the same flags')
  })

  it("keep Go's defaults, without listing anything, when the build uses cgo or is not selected", async () => {
    for (const ctx of [ctxWith(['vet', 'lint'], true, 'miss', 'github', ['linux/amd64']), ctxWith(['vet', 'build'], true, 'miss', 'github', ['linux/amd64'])]) {
      if (ctx.config.stages.includes('build')) Object.assign(ctx.config, { build: { ...ctx.config.build, cgo: true } })
      expect(await checkFlags(ctx)).toEqual({ env: {}, why: "Go's defaults (no cgo-free build for this platform to share)" })
      expect((ctx.host as ReturnType<typeof fakeHost>).execs).toEqual([])
    }
  })
})

describe("the toolchain's own processes", () => {
  it('collect garbage at GOGC=400, with a soft memory limit of their share of half the memory (at least 512 MiB)', () => {
    const ctx = ctxWith(['vet'], true)
    expect(toolchainEnv(ctx)).toEqual({ GOGC: '400', GOMEMLIMIT: '2048MiB' }) // 8 GiB, 2 CPUs
    Object.assign(ctx.host, { memory: 7 * 2 ** 30, cpus: 4 })
    expect(toolchainEnv(ctx)).toEqual({ GOGC: '400', GOMEMLIMIT: '896MiB' })
    Object.assign(ctx.host, { memory: 2 ** 30, cpus: 64 })
    expect(toolchainEnv(ctx)).toEqual({ GOGC: '400', GOMEMLIMIT: '512MiB' })
  })

  it("never override the step's own GOGC or GOMEMLIMIT", () => {
    const ctx = ctxWith(['vet'], true)
    const host = ctx.host as ReturnType<typeof fakeHost>
    host.env.get = name => (name === 'GOGC' ? '50' : undefined)
    expect(toolchainEnv(ctx)).toEqual({ GOMEMLIMIT: '2048MiB' })
    host.env.get = name => (name === 'GOGC' ? '100' : name === 'GOMEMLIMIT' ? '1GiB' : undefined)
    expect(toolchainEnv(ctx)).toEqual({})
  })
})
