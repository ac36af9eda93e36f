/** The cache stage's handling of what a restore reports (the adapter's checks are e2e: cache.test.ts). */
import { describe, expect, it } from '@jest/globals'
import { cache } from '../../src/stages/cache.js'
import type { CacheService, Restored } from '../../src/ports/ports.js'
import { config, context, fakeHost } from './fakes.js'

function setup(restored: Restored) {
  const removed: string[] = []
  const service: CacheService = { restore: async () => restored, save: async () => 1 }
  const host = { ...fakeHost(), cache: service }
  host.files = { ...host.files, remove: async (p: string) => void removed.push(p), du: async () => 4096 }
  const ctx = context(host, config({ stages: ['setup', 'build'] }))
  ctx.facts.go = { version: '1.26.8', goroot: '/go', source: 'tool-cache', env: { GOMODCACHE: '/home/r/go/pkg/mod', GOCACHE: '/home/r/.cache/go-build' } }
  return { ctx, host, removed }
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
})
