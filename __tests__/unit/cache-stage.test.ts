/** The cache stage's handling of what a restore reports (the adapter's checks are e2e: cache.test.ts). */
import { describe, expect, it } from '@jest/globals'
import { cache } from '../../src/stages/cache.js'
import type { CacheService, Restored, RestoreOptions } from '../../src/ports/ports.js'
import { config, context, fakeHost } from './fakes.js'

function setup(restored: Restored | ((paths: readonly string[], options?: RestoreOptions) => Restored | Promise<Restored>)) {
  const removed: string[] = []
  const walked: string[] = []
  const asked: { path: string; age?: Date; split?: boolean }[] = []
  const service: CacheService = {
    restore: async (paths, _key, _restoreKeys, options) => {
      asked.push({
        path: paths[0] ?? '',
        ...(options?.age !== undefined ? { age: options.age } : {}),
        ...(options?.split !== undefined ? { split: options.split } : {}),
      })
      return typeof restored === 'function' ? restored(paths, options) : restored
    },
    save: async () => 1,
  }
  const host = { ...fakeHost(), cache: service }
  host.files = {
    ...host.files,
    remove: async (p: string) => void removed.push(p),
    du: async (p: string) => (walked.push(`du ${p}`), 4096),
    ageAll: async (p: string) => (walked.push(`ageAll ${p}`), 7),
  }
  const base = context(host, config({ stages: ['setup', 'build'] }))
  // A push to the default branch: post saves, so a restored build cache is aged for the trim.
  const ctx = { ...base, run: { ...base.run, defaultBranch: 'main' } }
  ctx.facts.go = { version: '1.26.8', goroot: '/go', source: 'tool-cache', env: { GOMODCACHE: '/home/r/go/pkg/mod', GOCACHE: '/home/r/.cache/go-build' } }
  return { ctx, host, removed, walked, asked }
}

describe('cache stage: restores', () => {
  it('a miss while the folders fill (another job on a shared self-hosted host) removes nothing', async () => {
    const { ctx, host, removed } = setup({})
    await cache.run(ctx)
    expect(removed).toEqual([])
    expect(host.lines.filter(l => l.level === 'warning')).toEqual([])
    expect(ctx.facts.cache?.entries.map(e => `${e.id}:${e.result}`)).toEqual(['modules:miss', 'build:miss'])
  })

  it('an extraction that broke off partway discards the folder, with a warning, and the run is cold', async () => {
    const { ctx, host, removed } = setup({ broken: true })
    await cache.run(ctx)
    expect(removed.sort()).toEqual(['/home/r/.cache/go-build', '/home/r/go/pkg/mod'])
    expect(host.lines.filter(l => l.level === 'warning').map(l => l.message)).toContain(
      'The modules cache archive could not be restored whole; discarded what it extracted. This run starts cold.',
    )
  })

  it('a restore that dated and counted the build cache on the way (the streamed one) is not walked again', async () => {
    // The module cache a miss: a hit would be verified with go, which these fakes do not run.
    const { ctx, walked, asked } = setup((paths, options) =>
      paths[0]?.includes('go-build')
        ? { matched: 'gp-v2-linux-amd64-build-x', files: 6646, bytes: 589_615_216, ...(options?.age !== undefined ? { aged: true } : {}) }
        : {},
    )
    await cache.run(ctx)
    // Only the build cache is asked to be aged, two hours before the run started.
    const build = asked.find(a => a.path === '/home/r/.cache/go-build')
    expect(asked.find(a => a.path === '/home/r/go/pkg/mod')?.age).toBeUndefined()
    expect(build?.age).toBeInstanceOf(Date)
    // The build cache, and only it, comes as two archives side by side (src/cache/split.ts).
    expect(asked.map(a => `${a.path} ${a.split === true ? 'split' : 'whole'}`).sort()).toEqual(['/home/r/.cache/go-build split', '/home/r/go/pkg/mod whole'])
    expect(ctx.facts.cache?.restoredFiles).toBe(6646)
    expect(ctx.facts.cache?.entries.map(e => `${e.id} ${e.result} ${e.size}`)).toEqual(['modules miss 4096', 'build partial 589615216'])
    expect(walked).toEqual(['du /home/r/go/pkg/mod'])
  })

  it('the module cache is verified as soon as it is in place, while the build cache is still restoring', async () => {
    const order: string[] = []
    let buildRestored = (): void => undefined
    const build = new Promise<void>(resolve => (buildRestored = resolve))
    const { ctx, host } = setup(async paths => {
      if (!paths[0]?.includes('go-build')) return { matched: 'gp-v2-linux-amd64-mod-go1.26.8-older', files: 10, bytes: 100 }
      // The build cache's restore ends when go mod verify has run, or after a second (then too late).
      await Promise.race([build, new Promise(resolve => setTimeout(resolve, 1000))])
      order.push('build cache restored')
      return { matched: 'gp-v2-linux-amd64-build-x', files: 6646, bytes: 589_615_216 }
    })
    host.texts.set('/ws/go.mod', 'module example.com/x\n\ngo 1.26\n')
    host.exec = {
      async run(_command, args) {
        if (args.join(' ') === 'mod verify') {
          order.push('go mod verify')
          buildRestored()
        }
        return { code: 0, stdout: 'all modules verified\n', stderr: '' }
      },
    }
    await cache.run(ctx)
    expect(order).toEqual(['go mod verify', 'build cache restored'])
    expect(ctx.facts.cache?.entries.map(e => `${e.id} ${e.result}`)).toEqual(['modules partial', 'build partial'])
  })

  it('a restore that did not (the checked one) leaves the walks to the stage: du each folder, age the build cache', async () => {
    const { ctx, walked } = setup(paths => (paths[0]?.includes('go-build') ? { matched: 'gp-v2-linux-amd64-build-x' } : {}))
    await cache.run(ctx)
    expect(walked.sort()).toEqual(['ageAll /home/r/.cache/go-build', 'du /home/r/.cache/go-build', 'du /home/r/go/pkg/mod'])
    expect(ctx.facts.cache?.restoredFiles).toBe(7)
  })
})
