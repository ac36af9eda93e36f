/**
 * A private git server on 127.0.0.1: git's own `git http-backend` (smart HTTP, CGI) behind a small server
 * that demands HTTP basic auth, as a GitHub or GitHub Enterprise server does for a private repository.
 * Requests without the right user and password get 401 and never reach git.
 *
 * Test infrastructure only: never bundled into dist/.
 */
import { spawn } from 'node:child_process'
import * as http from 'node:http'
import { listen, type Served } from './http.js'

export interface GitServer extends Served {
  /** Every request: its path, the user it authenticated as (undefined: refused), the status sent. */
  readonly requests: { path: string; user: string | undefined; status: number }[]
}

/** Serves the repositories below `projectRoot` (bare, e.g. `<root>/private/lib.git`) to `user`:`password` only. */
export async function startGitServer(projectRoot: string, user: string, password: string): Promise<GitServer> {
  const requests: GitServer['requests'] = []
  const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (req.headers.authorization !== expected) {
      requests.push({ path: url.pathname, user: undefined, status: 401 })
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="private git"', 'Content-Type': 'text/plain' })
      res.end('authentication required\n')
      return
    }
    const backend = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH ?? '',
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.replace(/^\?/, ''),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_USER: user,
        REMOTE_ADDR: '127.0.0.1',
        ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
        ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    })
    req.pipe(backend.stdin)
    // The CGI answer: header lines (Status: among them), an empty line, the body.
    let head = Buffer.alloc(0)
    let started = false
    backend.stdout.on('data', (chunk: Buffer) => {
      if (started) {
        res.write(chunk)
        return
      }
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) return
      started = true
      let status = 200
      const headers: Record<string, string> = {}
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const at = line.indexOf(':')
        const name = line.slice(0, at).trim()
        const value = line.slice(at + 1).trim()
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10)
        else headers[name] = value
      }
      requests.push({ path: url.pathname, user, status })
      res.writeHead(status, headers)
      res.write(head.subarray(end + 4))
    })
    backend.on('close', () => {
      if (!started) {
        requests.push({ path: url.pathname, user, status: 500 })
        res.writeHead(500)
      }
      res.end()
    })
  })
  return { ...(await listen(server)), requests }
}
