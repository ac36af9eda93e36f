/**
 * A stand-in for GitHub's cache service, protocol v2, as @actions/cache 6 speaks it:
 * Twirp JSON at /twirp/github.actions.results.api.v1.CacheService/<Method>, archives uploaded with the
 * Azure Blob SDK (Put Blob, or Put Block ×n + Put Block List) to a signed URL, downloaded with a GET.
 * Entries are scoped by `version`; lookups match the exact key, then the key as a prefix, then each
 * restore key as a prefix, newest first. Faults can be switched on to test degradation.
 *
 * Test infrastructure only: never bundled into dist/.
 */
import { randomUUID } from 'node:crypto'
import * as http from 'node:http'
import { listen, readBody, sendJson, sleep, type Served } from './http.js'

export interface CacheEntry {
  readonly id: number
  readonly key: string
  readonly version: string
  data?: Buffer
  finalized: boolean
  created: number
  blocks: Map<string, Buffer>
}

export type CacheFault =
  | { kind: 'none' }
  /** Every Twirp call answers this status (500, 502, 503, 504 are retried by the client; 429 is not). */
  | { kind: 'status'; status: number }
  /** Connections are reset before any answer. */
  | { kind: 'reset' }
  /** Every request waits this long first. */
  | { kind: 'slow'; ms: number }
  /** Downloads send only the first half of the archive (with a matching Content-Length). */
  | { kind: 'truncated' }
  /** Downloads send the archive with bytes flipped in the middle. */
  | { kind: 'corrupt' }
  /** Downloads announce the whole archive (Content-Length), send its first half and drop the connection. */
  | { kind: 'dropped' }
  /** CreateCacheEntry always answers 409, as for a key another job took. */
  | { kind: 'conflict' }

export interface RequestRecord {
  readonly method: string
  readonly path: string
  readonly rpc?: string
  readonly body?: unknown
}

export interface CacheService extends Served {
  readonly token: string
  readonly entries: CacheEntry[]
  readonly requests: RequestRecord[]
  fault: CacheFault
  /** The env a job needs so that @actions/cache uses this service (protocol v2). */
  env(): Record<string, string>
  finalized(): CacheEntry[]
  /** Adds a finalized entry, newer than every other (what a poisoning job would have saved). */
  plant(key: string, version: string, data: Buffer): CacheEntry
}

const PREFIX = '/twirp/github.actions.results.api.v1.CacheService/'

export async function startCacheService(): Promise<CacheService> {
  const token = `test-token-${randomUUID()}`
  const entries: CacheEntry[] = []
  const requests: RequestRecord[] = []
  let nextId = 1
  let clock = 0 // creation order: "newest first" without relying on wall time resolution
  let baseUrl = ''

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { code: 'internal', msg: String(err) })
      else res.destroy()
    })
  })

  const service: CacheService = {
    url: '',
    port: 0,
    token,
    entries,
    requests,
    fault: { kind: 'none' },
    close: async () => undefined,
    env: () => ({
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `${baseUrl}/`,
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_CACHE_URL: '',
    }),
    finalized: () => entries.filter(e => e.finalized),
    plant(key, version, data) {
      const entry: CacheEntry = { id: nextId++, key, version, data, finalized: true, created: clock++, blocks: new Map() }
      entries.push(entry)
      return entry
    },
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl)
    const fault = service.fault
    if (fault.kind === 'reset') {
      req.socket.destroy()
      return
    }
    if (fault.kind === 'slow') await sleep(fault.ms)

    if (url.pathname.startsWith(PREFIX) && req.method === 'POST') {
      const rpc = url.pathname.slice(PREFIX.length)
      const body = JSON.parse((await readBody(req)).toString() || '{}') as Record<string, unknown>
      requests.push({ method: 'POST', path: url.pathname, rpc, body })
      if (req.headers.authorization !== `Bearer ${token}`) {
        sendJson(res, 401, { code: 'unauthenticated', msg: 'missing or wrong bearer token' })
        return
      }
      if (fault.kind === 'status') {
        sendJson(res, fault.status, { code: 'unavailable', msg: `injected ${fault.status}` })
        return
      }
      twirp(rpc, body, res)
      return
    }
    const blob = /^\/blob\/(\d+)$/.exec(url.pathname)
    if (blob) {
      requests.push({ method: req.method ?? '', path: url.pathname + url.search })
      const entry = entries.find(e => e.id === Number(blob[1]))
      if (entry === undefined || url.searchParams.get('sig') !== token) {
        res.writeHead(404).end()
        return
      }
      if (req.method === 'PUT') return putBlob(entry, url, req, res)
      if (req.method === 'GET' || req.method === 'HEAD') {
        getBlob(entry, req, res)
        return
      }
    }
    res.writeHead(404).end()
  }

  function twirp(rpc: string, body: Record<string, unknown>, res: http.ServerResponse): void {
    const key = typeof body.key === 'string' ? body.key : ''
    const version = typeof body.version === 'string' ? body.version : ''
    switch (rpc) {
      case 'CreateCacheEntry': {
        if (key === '' || version === '') {
          sendJson(res, 400, { code: 'invalid_argument', msg: 'key and version are required' })
          return
        }
        if (service.fault.kind === 'conflict' || entries.some(e => e.key === key && e.version === version)) {
          sendJson(res, 409, { code: 'already_exists', msg: `cache entry with key ${key} already exists` })
          return
        }
        const entry: CacheEntry = { id: nextId++, key, version, finalized: false, created: clock++, blocks: new Map() }
        entries.push(entry)
        sendJson(res, 200, { ok: true, signed_upload_url: `${baseUrl}/blob/${entry.id}?sig=${token}` })
        return
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = entries.find(e => e.key === key && e.version === version && !e.finalized)
        if (entry?.data === undefined) {
          sendJson(res, 200, { ok: false, entry_id: '0', message: `no uploaded entry for key ${key}` })
          return
        }
        if (String(body.size_bytes) !== String(entry.data.length)) {
          sendJson(res, 200, { ok: false, entry_id: '0', message: `size ${String(body.size_bytes)} does not match the upload (${entry.data.length})` })
          return
        }
        entry.finalized = true
        sendJson(res, 200, { ok: true, entry_id: String(entry.id) })
        return
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : []
        const match = lookup(key, restoreKeys, version)
        if (match === undefined) {
          sendJson(res, 200, { ok: false, signed_download_url: '', matched_key: '' })
          return
        }
        sendJson(res, 200, { ok: true, signed_download_url: `${baseUrl}/blob/${match.id}?sig=${token}`, matched_key: match.key })
        return
      }
      default:
        sendJson(res, 404, { code: 'bad_route', msg: `no method ${rpc}` })
    }
  }

  function lookup(key: string, restoreKeys: readonly string[], version: string): CacheEntry | undefined {
    const usable = entries.filter(e => e.finalized && e.version === version).sort((a, b) => b.created - a.created)
    const exact = usable.find(e => e.key === key)
    if (exact) return exact
    for (const prefix of [key, ...restoreKeys]) {
      const hit = usable.find(e => e.key.startsWith(prefix))
      if (hit) return hit
    }
    return undefined
  }

  async function putBlob(entry: CacheEntry, url: URL, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readBody(req)
    const comp = url.searchParams.get('comp')
    if (comp === 'block') {
      entry.blocks.set(url.searchParams.get('blockid') ?? '', body)
    } else if (comp === 'blocklist') {
      const ids = [...body.toString().matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map(m => m[1] ?? '')
      const parts = ids.map(id => entry.blocks.get(id))
      if (parts.some(p => p === undefined)) {
        res.writeHead(400, { 'x-ms-error-code': 'InvalidBlockList' }).end()
        return
      }
      entry.data = Buffer.concat(parts as Buffer[])
      entry.blocks.clear()
    } else if (req.headers['x-ms-blob-type'] === 'BlockBlob') {
      entry.data = body
    } else {
      res.writeHead(400, { 'x-ms-error-code': 'MissingRequiredHeader' }).end()
      return
    }
    res.writeHead(201, {
      ETag: `"0x${entry.id.toString(16)}${Date.now().toString(16)}"`,
      'Last-Modified': new Date().toUTCString(),
      'x-ms-request-id': randomUUID(),
      'x-ms-version': String(req.headers['x-ms-version'] ?? '2024-11-04'),
      'x-ms-request-server-encrypted': 'true',
      'Content-Length': '0',
    })
    res.end()
  }

  function getBlob(entry: CacheEntry, req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!entry.finalized || entry.data === undefined) {
      res.writeHead(404).end()
      return
    }
    let data = entry.data
    if (service.fault.kind === 'truncated') data = data.subarray(0, Math.floor(data.length / 2))
    if (service.fault.kind === 'corrupt') {
      data = Buffer.from(data)
      for (let i = Math.floor(data.length / 2); i < Math.min(data.length, Math.floor(data.length / 2) + 64); i++) {
        data[i] = (data[i] ?? 0) ^ 0xff
      }
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': data.length })
    if (service.fault.kind === 'dropped' && req.method === 'GET') {
      res.write(data.subarray(0, Math.floor(data.length / 2)), () => res.destroy())
      return
    }
    res.end(req.method === 'HEAD' ? undefined : data)
  }

  const served = await listen(server)
  baseUrl = served.url
  return Object.assign(service, { url: served.url, port: served.port, close: () => served.close() })
}
