import { describe, expect, it } from '@jest/globals'
import { cachePlan, isGoCacheEntry, jobHash, saveDecision, sumsHash, weekNumber, type SavePolicy } from '../../src/cache/plan.js'

const base = {
  os: 'linux',
  arch: 'amd64',
  goVersion: '1.26.8',
  gomodcache: '/home/runner/go/pkg/mod',
  gocache: '/home/runner/.cache/go-build',
  sums: 'S',
  job: 'J',
  runId: '42',
  runAttempt: '1',
}

describe('cachePlan', () => {
  it('gives each entry a ladder from the exact key to broad prefixes', () => {
    const plan = cachePlan({ ...base, lint: { dir: '/home/runner/.cache/golangci-lint', version: '2.15.0', config: 'C', week: 2915 } })
    expect(plan).toEqual([
      {
        id: 'modules',
        paths: ['/home/runner/go/pkg/mod'],
        key: 'gp-v2-linux-amd64-mod-go1.26.8-S',
        restoreKeys: ['gp-v2-linux-amd64-mod-go1.26.8-', 'gp-v2-linux-amd64-mod-'],
        hitPrefix: 'gp-v2-linux-amd64-mod-go1.26.8-S',
      },
      {
        id: 'build',
        paths: ['/home/runner/.cache/go-build'],
        key: 'gp-v2-linux-amd64-build-go1.26.8-J-S-42-1',
        restoreKeys: ['gp-v2-linux-amd64-build-go1.26.8-J-S-', 'gp-v2-linux-amd64-build-go1.26.8-J-'],
        hitPrefix: 'gp-v2-linux-amd64-build-go1.26.8-J-S-',
        split: true,
      },
      {
        id: 'lint',
        paths: ['/home/runner/.cache/golangci-lint'],
        key: 'gp-v2-linux-amd64-lint-2.15.0-go1.26.8-C-w2915',
        restoreKeys: ['gp-v2-linux-amd64-lint-2.15.0-go1.26.8-C-', 'gp-v2-linux-amd64-lint-2.15.0-go1.26.8-'],
        hitPrefix: 'gp-v2-linux-amd64-lint-2.15.0-go1.26.8-C-w2915',
      },
    ])
  })
  it('has no lint entry without the lint stage, and every key stays under the service limit', () => {
    const plan = cachePlan(base)
    expect(plan.map(e => e.id)).toEqual(['modules', 'build'])
    for (const e of plan) expect(e.key.length).toBeLessThan(512)
  })
})

describe('jobHash', () => {
  const shape = { stages: ['setup', 'vet', 'lint', 'test', 'build'], platforms: ['linux/amd64'], race: true, cgo: false, ldflags: '', testArgs: [] }
  it('differs for jobs that compile different things', () => {
    const hashes = [
      jobHash(shape),
      jobHash({ ...shape, platforms: ['linux/arm64'] }),
      jobHash({ ...shape, race: false }),
      jobHash({ ...shape, stages: ['setup', 'lint'] }),
      jobHash({ ...shape, cgo: true }),
      jobHash({ ...shape, testArgs: ['-tags=integration'] }),
    ]
    expect(new Set(hashes).size).toBe(hashes.length)
  })
  it('ignores what does not change the compiled output', () => {
    const lintOnly = { ...shape, stages: ['setup', 'lint'] }
    expect(jobHash({ ...lintOnly, platforms: ['windows/amd64'], race: false })).toBe(jobHash(lintOnly))
    expect(jobHash({ ...shape, stages: ['build', 'test', 'vet', 'lint', 'setup', 'fmt'] })).not.toBe(jobHash(lintOnly))
  })
})

describe('sumsHash', () => {
  it('covers every go.sum by path, in any order; no go.sum is handled', () => {
    const a = { rel: 'go.sum', content: 'x' }
    const b = { rel: 'tools/go.sum', content: 'y' }
    expect(sumsHash([a, b])).toBe(sumsHash([b, a]))
    expect(sumsHash([a, b])).not.toBe(sumsHash([a]))
    expect(sumsHash([a, { ...b, content: 'z' }])).not.toBe(sumsHash([a, b]))
    expect(sumsHash([])).toBe('nosum')
  })
})

describe('saveDecision', () => {
  const cases: [SavePolicy, string, string, string, boolean][] = [
    ['auto', 'push', 'refs/heads/main', 'main', true],
    ['auto', 'push', 'refs/tags/v1.2.3', 'main', true],
    ['auto', 'push', 'refs/heads/feature', 'main', false],
    ['auto', 'pull_request', 'refs/pull/3/merge', 'main', false],
    ['auto', 'merge_group', 'refs/heads/gh-readonly-queue/main/pr-1', 'main', false],
    ['always', 'pull_request', 'refs/pull/3/merge', 'main', true],
    ['never', 'push', 'refs/heads/main', 'main', false],
  ]
  it.each(cases)('%s on %s %s', (policy, event, ref, branch, save) => {
    expect(saveDecision(policy, event, ref, branch).save).toBe(save)
  })
})

describe('the lint interval and the Go cache layout', () => {
  it('weeks turn over every 7 days', () => {
    expect(weekNumber(new Date('2026-11-21T00:00:00Z')) - weekNumber(new Date('2026-11-14T00:00:00Z'))).toBe(1)
  })
  it('knows Go cache entries from its marker files', () => {
    expect(isGoCacheEntry(`${'a'.repeat(64)}-a`)).toBe(true)
    expect(isGoCacheEntry(`${'0'.repeat(64)}-d`)).toBe(true)
    expect(isGoCacheEntry('README')).toBe(false)
    expect(isGoCacheEntry('trim.txt')).toBe(false)
  })
})
