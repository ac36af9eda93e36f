import { describe, expect, it } from '@jest/globals'
import { setup } from '../../src/stages/setup.js'
import { config, context, fakeHost, type FakeHost } from './fakes.js'

const BASE = 'https://dl.test'
const INDEX_URL = `${BASE}/?mode=json&include=all`
const SHA = 'a'.repeat(64)
const index = JSON.stringify([
  {
    version: 'go1.26.8',
    stable: true,
    files: [{ filename: 'go1.26.8.linux-amd64.tar.gz', os: 'linux', arch: 'amd64', version: 'go1.26.8', sha256: SHA, size: 10, kind: 'archive' }],
  },
  { version: 'go1.26.7', stable: true, files: [] },
  { version: 'go1.25.12', stable: true, files: [] },
])

function mirror(host: FakeHost, digest = SHA): void {
  host.served.set(INDEX_URL, '/tmp/index.json')
  host.texts.set('/tmp/index.json', index)
  host.served.set(`${BASE}/go1.26.8.linux-amd64.tar.gz`, '/tmp/go.tgz')
  host.digests.set('/tmp/go.tgz', digest)
}

function goEnvReports(host: FakeHost, version: string): void {
  host.execResult = () => ({ code: 0, stdout: JSON.stringify({ GOVERSION: `go${version}`, GOPATH: '/home/u/go', GOROOT: 'x' }), stderr: '' })
}

describe('setup', () => {
  it('downloads, verifies, stores, and exposes Go; records go env', async () => {
    const host = fakeHost()
    mirror(host)
    goEnvReports(host, '1.26.8')
    const ctx = context(host)
    const note = await setup.run(ctx)
    expect(host.downloads).toEqual([INDEX_URL, `${BASE}/go1.26.8.linux-amd64.tar.gz`])
    expect(host.store.get('go/1.26.8/x64')).toBe('/toolcache/go/1.26.8/x64')
    expect(host.paths).toEqual(['/toolcache/go/1.26.8/x64/bin', '/home/u/go/bin'])
    expect(host.exported).toEqual({ GOTOOLCHAIN: 'local' })
    expect(ctx.facts.go).toMatchObject({ version: '1.26.8', source: 'download', env: { GOPATH: '/home/u/go' } })
    expect(host.execs[0]).toMatchObject({ command: '/toolcache/go/1.26.8/x64/bin/go', args: ['env', '-json'] })
    expect(note).toBe('Go 1.26.8 from a verified download')
  })

  it('uses the tool cache for an exact version without touching the network', async () => {
    const host = fakeHost()
    host.store.set('go/1.26.8/x64', '/tc/go/1.26.8/x64')
    goEnvReports(host, '1.26.8')
    const ctx = context(host)
    await setup.run(ctx)
    expect(host.downloads).toEqual([])
    expect(ctx.facts.go?.source).toBe('tool-cache')
  })

  it('a range is served by the newest cached match; check-latest asks the index first', async () => {
    const host = fakeHost()
    host.store.set('go/1.26.7/x64', '/tc/go/1.26.7/x64')
    goEnvReports(host, '1.26.7')
    await setup.run(context(host, config({}, '1.26')))
    expect(host.downloads).toEqual([])

    const latest = fakeHost()
    latest.store.set('go/1.26.7/x64', '/tc/go/1.26.7/x64')
    mirror(latest)
    goEnvReports(latest, '1.26.8')
    const ctx = context(latest, config({ checkLatest: true }, '1.26'))
    await setup.run(ctx)
    expect(latest.downloads[0]).toBe(INDEX_URL)
    expect(ctx.facts.go?.version).toBe('1.26.8')
  })

  it('fails on a checksum mismatch, naming the file and both digests, and installs nothing', async () => {
    const host = fakeHost()
    mirror(host, 'b'.repeat(64))
    await expect(setup.run(context(host))).rejects.toThrow(
      new RegExp(`checksum mismatch for go1\\.26\\.8\\.linux-amd64\\.tar\\.gz .*${SHA}.*${'b'.repeat(64)}`),
    )
    expect(host.store.size).toBe(0)
    expect(host.paths).toEqual([])
  })

  it('names the nearest versions when none matches', async () => {
    const host = fakeHost()
    mirror(host)
    await expect(setup.run(context(host, config({}, '1.26.99')))).rejects.toThrow(
      'no Go release matches 1.26.99 in https://dl.test/?mode=json&include=all. Nearest available: 1.26.8, 1.26.7, 1.25.12.',
    )
  })

  it('says which URL failed when the mirror is unreachable', async () => {
    const host = fakeHost()
    await expect(setup.run(context(host))).rejects.toThrow(`could not download ${INDEX_URL}: connect ECONNREFUSED`)
  })

  it('says when the index is not one', async () => {
    const host = fakeHost()
    host.served.set(INDEX_URL, '/tmp/index.json')
    host.texts.set('/tmp/index.json', '<html>captive portal</html>')
    await expect(setup.run(context(host))).rejects.toThrow(`${INDEX_URL} is not a Go release index`)
  })

  it('the CLI uses the Go on PATH when it satisfies the spec', async () => {
    const host = fakeHost({ goOnPath: async () => ({ goroot: '/usr/local/go', version: '1.26.8' }) })
    goEnvReports(host, '1.26.8')
    const ctx = context(host, config({}, '^1.25'))
    await setup.run(ctx)
    expect(ctx.facts.go).toMatchObject({ source: 'path', goroot: '/usr/local/go' })
    expect(host.downloads).toEqual([])
  })

  it('fails when the installed Go reports another version', async () => {
    const host = fakeHost()
    host.store.set('go/1.26.8/x64', '/tc/go/1.26.8/x64')
    goEnvReports(host, '1.25.0')
    await expect(setup.run(context(host))).rejects.toThrow('reports go1.25.0, expected go1.26.8')
  })
})
