/**
 * cmd/covdata built into GOTOOLDIR before go test runs it: with the checks' environment, renamed into
 * place, only in the action, only into a Go that setup installed or found in the tool cache, and only
 * when a package has no test file; never a failure.
 */
import { describe, expect, it } from '@jest/globals'
import { parseTarget, type Target } from '../../src/go/targets.js'
import type { GoFacts } from '../../src/pipeline/context.js'
import { provideCovdata } from '../../src/stages/covdata.js'
import { config, context, fakeHost } from './fakes.js'

function target(spec: string): Target {
  const t = parseTarget(spec)
  if (typeof t === 'string') throw new Error(t)
  return t
}

function setup(kind: 'github' | 'local' = 'github', source: GoFacts['source'] = 'tool-cache', goEnv: GoFacts['env'] = {}) {
  const host = Object.assign(fakeHost(), { kind })
  host.execResult = (_c, args) => {
    // go build -o <file>: the program appears where it was asked for.
    if (args[0] === 'build') host.texts.set(args[args.indexOf('-o') + 1] ?? '', 'ELF')
    return { code: 0, stdout: '', stderr: '' } // go list: no package with cgo files
  }
  const base = config()
  const ctx = context(host, config({ stages: ['setup', 'vet', 'test', 'build'], build: { ...base.build, targets: [target('linux/amd64')] } }))
  ctx.facts.go = { version: '1.26.8', goroot: '/tc/go/1.26.8/x64', source, env: { GOTOOLDIR: '/tc/go/1.26.8/x64/pkg/tool/linux_amd64', GOEXE: '', ...goEnv } }
  ctx.facts.modules = [{ dir: '/ws', path: 'example.com/app', rel: '.', repoRel: '.' }]
  // cmd/app has no test file: go test reports it through covdata.
  for (const file of ['/ws/cmd/app/main.go', '/ws/lib/lib.go', '/ws/lib/lib_test.go']) host.texts.set(file, 'package x\n')
  return { ctx, host }
}

const TOOL = '/tc/go/1.26.8/x64/pkg/tool/linux_amd64/covdata'

describe('provideCovdata', () => {
  it("builds cmd/covdata with the checks' flags beside its place, then renames it into GOTOOLDIR", async () => {
    const { ctx, host } = setup()
    const line = await provideCovdata(ctx)
    const build = host.execs.find(e => e.args[0] === 'build')
    expect(build?.args).toEqual(['build', '-o', '/tc/go/1.26.8/x64/pkg/tool/linux_amd64/.covdata-1/covdata', 'cmd/covdata'])
    expect(build?.options?.cwd).toBe('/tc/go/1.26.8/x64/src')
    // The checks' flags (this machine's cgo-free build is shared), and no go.work of the user's.
    expect(build?.options?.env).toMatchObject({ GOFLAGS: '-trimpath -gcflags=all=-dwarf=false', CGO_ENABLED: '0', GOWORK: 'off' })
    expect(host.texts.get(TOOL)).toBe('ELF')
    expect(line).toMatch(/^go tool covdata: built with the checks' flags into \/tc\/go\/1\.26\.8\/x64\/pkg\/tool\/linux_amd64 \(\d+\.\d\d s\)$/)
  })

  describe('with a build cache that keeps linked programs (Go 1.24 and later)', () => {
    const CACHED = '/home/r/.cache/go-build/cc/ccac-d/covdata'
    const cached = (temporary: boolean) => {
      const { ctx, host } = setup('github', 'tool-cache', { GOCACHE: '/home/r/.cache/go-build' })
      host.texts.set(CACHED, 'cached ELF')
      let runs = 0
      host.execResult = (_c, args) => {
        if (args[0] === 'build') host.texts.set(args[args.indexOf('-o') + 1] ?? '', 'ELF')
        if (args[0] !== 'run') return { code: 0, stdout: '', stderr: '' }
        runs++
        // A cold cache's first link runs from a temporary folder; the next go run finds it cached.
        const program = temporary && runs === 1 ? '/tmp/go-build123/b001/exe/covdata' : CACHED
        return { code: 0, stdout: `${program}: go1.26.8\n`, stderr: '' }
      }
      return { ctx, host }
    }

    it("copies the program go run linked into the cache (with the checks' flags), and links nothing", async () => {
      const { ctx, host } = cached(false)
      const line = await provideCovdata(ctx)
      const runs = host.execs.filter(e => e.args[0] === 'run')
      expect(runs.map(r => r.args)).toEqual([['run', '-exec', "'/tc/go/1.26.8/x64/bin/go' version", 'cmd/covdata']])
      expect(runs[0]?.options?.cwd).toBe('/tc/go/1.26.8/x64/src')
      expect(runs[0]?.options?.env).toMatchObject({ GOFLAGS: '-trimpath -gcflags=all=-dwarf=false', CGO_ENABLED: '0', GOWORK: 'off' })
      expect(host.execs.filter(e => e.args[0] === 'build')).toEqual([])
      expect(host.texts.get(TOOL)).toBe('cached ELF')
      expect(line).toMatch(
        /^go tool covdata: linked with the checks' flags, from the build cache into \/tc\/go\/1\.26\.8\/x64\/pkg\/tool\/linux_amd64 \(\d+\.\d\d s\)$/,
      )
    })

    it('asks a second time when the first go run linked it (a cold cache), then copies the cached program', async () => {
      const { ctx, host } = cached(true)
      await provideCovdata(ctx)
      expect(host.execs.filter(e => e.args[0] === 'run')).toHaveLength(2)
      expect(host.execs.filter(e => e.args[0] === 'build')).toEqual([])
      expect(host.texts.get(TOOL)).toBe('cached ELF')
    })

    it('builds it with go build -o when Go is older than 1.24 (no program is kept in the cache)', async () => {
      const { ctx, host } = cached(false)
      const go = ctx.facts.go
      if (go !== undefined) ctx.facts.go = { ...go, version: '1.23.4' }
      await provideCovdata(ctx)
      expect(host.execs.filter(e => e.args[0] === 'run')).toEqual([])
      expect(host.texts.get(TOOL)).toBe('ELF')
    })

    it('builds it with go build -o when go run fails', async () => {
      const { ctx, host } = cached(false)
      host.execResult = (_c, args) => {
        if (args[0] === 'build') host.texts.set(args[args.indexOf('-o') + 1] ?? '', 'ELF')
        return args[0] === 'run' ? { code: 1, stdout: '', stderr: 'boom' } : { code: 0, stdout: '', stderr: '' }
      }
      await provideCovdata(ctx)
      expect(host.texts.get(TOOL)).toBe('ELF')
    })
  })

  it('does nothing when GOTOOLDIR has it already', async () => {
    const { ctx, host } = setup()
    host.texts.set(TOOL, 'ELF')
    expect(await provideCovdata(ctx)).toBeUndefined()
    expect(host.execs.filter(e => e.args[0] === 'build')).toEqual([])
  })

  it('does nothing when every folder with Go files has a test file', async () => {
    const { ctx, host } = setup()
    host.texts.set('/ws/cmd/app/main_test.go', 'package main\n')
    expect(await provideCovdata(ctx)).toBeUndefined()
    expect(host.execs.filter(e => e.args[0] === 'build')).toEqual([])
  })

  it.each<['github' | 'local', GoFacts['source']]>([
    ['local', 'tool-cache'],
    ['github', 'path'],
  ])("never touches a developer's Go (%s host, Go from %s)", async (kind, source) => {
    const { ctx, host } = setup(kind, source)
    expect(await provideCovdata(ctx)).toBeUndefined()
    expect(host.execs).toEqual([])
  })

  it('leaves it to go test when the build fails, and fails nothing', async () => {
    const { ctx, host } = setup()
    host.execResult = (_c, args) =>
      args[0] === 'build' ? { code: 1, stdout: '', stderr: 'go: cannot write\npermission denied' } : { code: 0, stdout: '', stderr: '' }
    expect(await provideCovdata(ctx)).toBe('go tool covdata: not built ahead (go build exit 1: go: cannot write permission denied); go test builds it')
    expect(host.texts.has(TOOL)).toBe(false)
  })

  it('leaves it to go test when GOTOOLDIR cannot be written', async () => {
    const { ctx, host } = setup()
    host.files.makeTempDir = async () => {
      throw new Error('EACCES: permission denied')
    }
    expect(await provideCovdata(ctx)).toBe('go tool covdata: not built ahead (EACCES: permission denied); go test builds it')
  })
})
