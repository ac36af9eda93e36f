import { describe, expect, it } from '@jest/globals'
import type { Context } from '../../src/pipeline/context.js'
import { fetchModules } from '../../src/stages/fetch.js'
import { goSettings, windowsCacheDirs } from '../../src/stages/setup.js'
import { config, context, fakeHost, type FakeHost } from './fakes.js'

const GO = { version: '1.26.8', goroot: '/go', source: 'tool-cache' as const, env: {} }

function setUp(token: string, env: Record<string, string> = {}, goprivate?: string): { host: FakeHost; ctx: Context } {
  const host = fakeHost()
  host.env.get = name => env[name]
  const base = context(host, config({ stages: ['setup', 'test'], privateModulesToken: token, goEnv: goprivate ? { GOPRIVATE: goprivate } : {} }))
  const ctx: Context = { ...base, run: { ...base.run, repository: 'acme/app', serverUrl: 'https://ghes.corp.example' } }
  ctx.facts.go = GO
  ctx.facts.modules = [
    { dir: '/ws', path: 'example.com/app', rel: '.', repoRel: '.' },
    { dir: '/ws/tools', path: 'example.com/app/tools', rel: 'tools', repoRel: 'tools' },
  ]
  return { host, ctx }
}

describe('fetch: go mod download with private-modules-token', () => {
  it('skips itself when nothing private is configured, or no Go runs', async () => {
    expect(await fetchModules.skip?.(setUp('').ctx)).toMatch(/no private modules configured/)
    const { ctx } = setUp('tok')
    delete ctx.facts.go
    expect(await fetchModules.skip?.(ctx)).toBe('no selected stage runs Go')
    expect(await fetchModules.skip?.(setUp('tok').ctx)).toBeUndefined()
    expect(await fetchModules.skip?.(setUp('', { GOPRIVATE: 'corp.example' }).ctx)).toBeUndefined()
  })

  it('gives the token to go mod download alone, through files it removes, for the server of the run', async () => {
    const { host, ctx } = setUp('tok123', { GIT_CONFIG_COUNT: '2' })
    const note = await fetchModules.run(ctx)
    expect(note).toBe('go mod download in 2 modules, with private-modules-token for ghes.corp.example (GOPRIVATE=ghes.corp.example/acme)')
    const folder = '/tmp/run/go-pipeline-credentials-1'
    expect(host.texts.get(`${folder}/netrc`)).toBe('machine ghes.corp.example login x-access-token password tok123\n')
    expect(host.texts.get(`${folder}/git-credentials`)).toBe('https://x-access-token:tok123@ghes.corp.example\n')
    expect(host.execs.map(e => [e.command, e.args.join(' '), e.options?.cwd])).toEqual([
      ['/go/bin/go', 'mod download', '/ws'],
      ['/go/bin/go', 'mod download', '/ws/tools'],
    ])
    // Appended to the job's own GIT_CONFIG_* entries (two of them), not replacing them.
    expect(host.execs[0]?.options?.env).toEqual({
      NETRC: `${folder}/netrc`,
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_2: 'credential.helper',
      GIT_CONFIG_VALUE_2: `store --file=${folder}/git-credentials`,
      GIT_TERMINAL_PROMPT: '0',
    })
    expect(host.cleaned).toContainEqual({ kind: 'remove', path: folder })
  })

  it('without a token, runs with the job’s credentials and no extra environment', async () => {
    const { host, ctx } = setUp('', {}, 'corp.example/*')
    expect(await fetchModules.run(ctx)).toMatch(/with the job’s own credentials \(GOPRIVATE=corp\.example\/\*\)/)
    expect(host.execs[0]?.options?.env).toEqual({})
    expect([...host.texts.keys()]).toEqual([])
  })

  it('fails with what to set, and never repeats the token go or git printed', async () => {
    const none = setUp('', {}, 'corp.example/*')
    none.host.execResult = () => ({ code: 1, stdout: '', stderr: "go: corp.example/lib@v1.0.0: fatal: could not read Username for 'https://corp.example'" })
    await expect(fetchModules.run(none.ctx)).rejects.toThrow(/set private-modules-token to a token that can read its repository on ghes\.corp\.example/)
    const bad = setUp('tok123')
    bad.host.execResult = () => ({ code: 128, stdout: '', stderr: 'remote: https://x-access-token:tok123@ghes.corp.example/acme/lib: denied' })
    const error = await fetchModules.run(bad.ctx).then(
      () => undefined,
      (e: unknown) => e as Error,
    )
    expect(error?.message).toMatch(/private-modules-token was given for ghes\.corp\.example: check that it can read/)
    expect(error?.message).toContain('x-access-token:***@')
    expect(error?.message).not.toContain('tok123')
  })
})

describe('goSettings: what setup exports', () => {
  it('exports the inputs set; a token without GOPRIVATE anywhere makes the owner’s modules on this server private', () => {
    expect(goSettings(setUp('').ctx)).toEqual({})
    expect(goSettings(setUp('tok').ctx)).toEqual({ GOPRIVATE: 'ghes.corp.example/acme' })
    expect(goSettings(setUp('tok', { GOPRIVATE: 'mine' }).ctx)).toEqual({})
    expect(goSettings(setUp('tok', {}, 'corp.example/*').ctx)).toEqual({ GOPRIVATE: 'corp.example/*' })
  })
})

describe('windowsCacheDirs: the Go caches on a Windows runner’s work drive', () => {
  function on(platform: NodeJS.Platform, env: Record<string, string>, kind: 'github' | 'local' = 'github'): Record<string, string> {
    const host = fakeHost()
    host.env.get = name => env[name]
    return windowsCacheDirs(context({ ...host, platform, kind }))
  }
  const split = { RUNNER_TEMP: 'D:\\a\\_temp', LOCALAPPDATA: 'C:\\Users\\runneradmin\\AppData\\Local' }
  it('moves GOCACHE and GOMODCACHE to the work drive when it is not the profile’s', () => {
    expect(on('win32', split)).toEqual({ GOCACHE: 'D:\\go-pipeline\\go-build', GOMODCACHE: 'D:\\go-pipeline\\pkg\\mod' })
  })
  it('leaves them alone on one drive, when the job set either, on the CLI and off Windows', () => {
    expect(on('win32', { RUNNER_TEMP: 'C:\\a\\_temp', LOCALAPPDATA: 'c:\\Users\\me\\AppData\\Local' })).toEqual({})
    expect(on('win32', { ...split, GOCACHE: 'E:\\cache' })).toEqual({})
    expect(on('win32', { ...split, GOMODCACHE: 'E:\\mod' })).toEqual({})
    expect(on('win32', split, 'local')).toEqual({})
    expect(on('linux', split)).toEqual({})
  })
})
