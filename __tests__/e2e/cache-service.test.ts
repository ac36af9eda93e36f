/**
 * The cache-service stand-in speaks protocol v2 as the real client does: @actions/cache 6 saves and
 * restores through it (Twirp + Azure Blob upload + plain GET download), with prefix and restore-key
 * matching scoped by version, and a taken key answered 409.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as cache from '@actions/cache'
import { startCacheService, type CacheService } from '../harness/cache-server.js'

let service: CacheService
const saved: Record<string, string | undefined> = {}
let workspace: string

beforeAll(async () => {
  service = await startCacheService()
  workspace = mkdtempSync(path.join(os.tmpdir(), 'gp-cache-ws-'))
  const env = {
    ...service.env(),
    RUNNER_TEMP: mkdtempSync(path.join(os.tmpdir(), 'gp-rt-')),
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
  }
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k]
    process.env[k] = v
  }
})
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) Reflect.deleteProperty(process.env, k)
    else process.env[k] = v
  }
  await service.close()
})

describe('cache service stand-in with the real @actions/cache client', () => {
  it('saves, then restores by exact key, by prefix and by restore key; misses other versions', async () => {
    const dir = path.join(workspace, 'data')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'a.txt'), 'hello cache')
    const id = await cache.saveCache([dir], 'gp-test-linux-abc')
    expect(id).toBeGreaterThan(0)
    expect(service.finalized().map(e => e.key)).toEqual(['gp-test-linux-abc'])
    const rpcs = service.requests.filter(r => r.rpc).map(r => r.rpc)
    expect(rpcs).toEqual(['CreateCacheEntry', 'FinalizeCacheEntryUpload'])
    expect(service.requests.some(r => r.method === 'PUT' && r.path.startsWith('/blob/'))).toBe(true)

    rmSync(dir, { recursive: true })
    expect(await cache.restoreCache([dir], 'gp-test-linux-abc')).toBe('gp-test-linux-abc')
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('hello cache')

    rmSync(dir, { recursive: true })
    expect(await cache.restoreCache([dir], 'gp-test-linux-')).toBe('gp-test-linux-abc')
    expect(await cache.restoreCache([dir], 'gp-test-linux-zzz', ['gp-test-'])).toBe('gp-test-linux-abc')
    expect(await cache.restoreCache([dir], 'other-key', ['nope-'])).toBeUndefined()
    // Another path list is another version: no match.
    expect(await cache.restoreCache([dir, path.join(workspace, 'x')], 'gp-test-linux-abc')).toBeUndefined()
  })

  it('answers a taken key with 409, which the client reports as -1 without throwing', async () => {
    const dir = path.join(workspace, 'data2')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'b.txt'), 'b')
    expect(await cache.saveCache([dir], 'gp-taken')).toBeGreaterThan(0)
    expect(await cache.saveCache([dir], 'gp-taken')).toBe(-1)
  })

  it('serves the newest of several prefix matches', async () => {
    const dir = path.join(workspace, 'data3')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'v.txt'), 'one')
    await cache.saveCache([dir], 'gp-run-1')
    writeFileSync(path.join(dir, 'v.txt'), 'two')
    await cache.saveCache([dir], 'gp-run-2')
    rmSync(dir, { recursive: true })
    expect(await cache.restoreCache([dir], 'gp-run-3', ['gp-run-'])).toBe('gp-run-2')
    expect(readFileSync(path.join(dir, 'v.txt'), 'utf8')).toBe('two')
  })
})
