/** The vet stage: findings at the file in this checkout, also when Go replays a report made elsewhere. */
import { describe, expect, it } from '@jest/globals'
import { vet } from '../../src/stages/vet.js'
import { config, context, fakeHost } from './fakes.js'

function vetReport(...files: string[]): string {
  const diagnostics = files.map(file => ({ posn: `${file}:12:13`, message: 'Peek passes lock by value' }))
  return JSON.stringify({ 'example.com/app/internal/box': { copylocks: diagnostics } })
}

describe('vet stage', () => {
  it("maps a file named by a report that Go replayed from another checkout (-trimpath caches vet's report without its folder) to this module's file", async () => {
    const host = fakeHost()
    host.texts.set('/ws/internal/box/box.go', 'package box')
    host.texts.set('/ws/box.go', 'package app')
    const ctx = context(host, config({ stages: ['setup', 'vet'] }))
    ctx.facts.go = { version: '1.26.8', goroot: '/go', source: 'tool-cache', env: {} }
    ctx.facts.modules = [{ dir: '/ws', path: 'example.com/app', rel: '.', repoRel: '.' }]
    // The first from another runner's workspace (its longest suffix in common wins over the root's box.go),
    // the second from this checkout, the third a file that is nowhere here: kept as reported.
    host.execResult = () => ({ code: 0, stdout: vetReport('/home/runner/work/old/internal/box/box.go', '/ws/box.go', '/elsewhere/gone.go'), stderr: '' })
    await expect(vet.run(ctx)).rejects.toThrow('go vet found 3 problems')
    expect(ctx.facts.vet?.findings.map(f => `${f.file}:${f.line}`)).toEqual(['internal/box/box.go:12', 'box.go:12', '../elsewhere/gone.go:12'])
  })
})
