/**
 * A loopback stand-in of vuln.go.dev in the layout go.dev/security/vuln/database documents:
 * index/db.json, index/modules.json and ID/<id>.json (OSV), each also as .json.gz (what govulncheck's
 * HTTP client fetches). The entries are real OSV records kept as data in __tests__/fixtures/vulndb/ID;
 * the index files are derived from them, as the real database derives its own.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as http from 'node:http'
import * as os from 'node:os'
import * as path from 'node:path'
import { gzipSync } from 'node:zlib'
import { listen, type Served } from './http.js'
import { FIXTURES } from './workspace.js'

interface Osv {
  id: string
  modified: string
  affected: { package: { name: string }; ranges?: { events: { introduced?: string; fixed?: string }[] }[] }[]
}

export interface VulnDb extends Served {
  /** The folder: file://<dir> is the same database for govulncheck. */
  readonly dir: string
  /** Paths requested, in order. */
  readonly requests: string[]
}

/** Writes the database folder from the OSV records in `source` (default: the fixtures' real entries). */
export function buildVulnDb(source = path.join(FIXTURES, 'vulndb', 'ID')): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-vulndb-'))
  mkdirSync(path.join(dir, 'index'))
  mkdirSync(path.join(dir, 'ID'))
  const write = (rel: string, text: string): void => {
    writeFileSync(path.join(dir, rel), text)
    writeFileSync(path.join(dir, `${rel}.gz`), gzipSync(text))
  }
  const modules = new Map<string, { id: string; modified: string; fixed?: string }[]>()
  let newest = ''
  for (const name of readdirSync(source)
    .filter(n => n.endsWith('.json'))
    .sort()) {
    const text = readFileSync(path.join(source, name), 'utf8')
    const osv = JSON.parse(text) as Osv
    write(`ID/${osv.id}.json`, JSON.stringify(osv))
    if (osv.modified > newest) newest = osv.modified
    for (const a of osv.affected) {
      const fixed = a.ranges?.flatMap(r => r.events).reduce<string | undefined>((last, e) => e.fixed ?? last, undefined)
      const list = modules.get(a.package.name) ?? []
      list.push({ id: osv.id, modified: osv.modified, ...(fixed ? { fixed } : {}) })
      modules.set(a.package.name, list)
    }
  }
  write('index/db.json', JSON.stringify({ modified: newest }))
  write('index/modules.json', JSON.stringify([...modules.entries()].map(([p, vulns]) => ({ path: p, vulns }))))
  return dir
}

export async function startVulnDb(dir = buildVulnDb()): Promise<VulnDb> {
  const requests: string[] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    requests.push(url.pathname)
    const rel = path.normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '')
    if (rel.startsWith('..') || !/^(index|ID)\//.test(rel)) {
      res.writeHead(404).end()
      return
    }
    let body: Buffer
    try {
      body = readFileSync(path.join(dir, rel))
    } catch {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'Content-Type': rel.endsWith('.gz') ? 'application/gzip' : 'application/json', 'Content-Length': body.length })
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  const served = await listen(server)
  return { ...served, dir, requests }
}
