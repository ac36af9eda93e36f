/**
 * The network a generated workflow sees under act: an HTTP(S) proxy on 127.0.0.1 (HTTPS_PROXY, as a
 * corporate network would set it) that answers the hosts it is given (https://go.dev/dl/…, GitHub's
 * release downloads, vuln.go.dev) from the loopback stand-ins, with a certificate of a test CA that the
 * job's node (NODE_EXTRA_CA_CERTS) and Go (SSL_CERT_FILE, the machine's roots and that CA) trust, and
 * tunnels every other host untouched. So the generated workflows run as generated, with their default
 * URLs (`go-version: stable` resolves against the release index).
 *
 * Test infrastructure only: never bundled into dist/.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as http from 'node:http'
import * as https from 'node:https'
import * as net from 'node:net'
import * as path from 'node:path'
import { listen } from './http.js'

/** A host's rewrite: the stand-in URL for a request path, or undefined for a 404. */
export type Route = (pathAndQuery: string) => string | undefined

export interface Intercept {
  /** http://127.0.0.1:port, for HTTPS_PROXY. */
  readonly proxyUrl: string
  /** The test CA, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string
  /** The machine's roots and the test CA in one file, for SSL_CERT_FILE (Go's own HTTPS: govulncheck's database). */
  readonly rootsFile: string
  /** Every intercepted request, as host + path. */
  readonly requests: string[]
  close(): Promise<void>
}

/**
 * Every host any test intercepts. The certificate always names all of them: tests side by side share
 * `dir`, and one that made a certificate for other hosts would replace the CA another test's runs trust
 * while they run (seen: act's setup failing "unable to verify the first certificate").
 */
export const INTERCEPTED_HOSTS = ['go.dev', 'github.com', 'vuln.go.dev'] as const

/** A test CA and a certificate for every intercepted host (made once, kept in `dir`). */
export function ensureCertificates(dir: string): { ca: string; key: string; cert: string } {
  const hosts: readonly string[] = INTERCEPTED_HOSTS
  const tag = hosts.join(',')
  const ca = path.join(dir, 'ca.pem')
  const key = path.join(dir, 'leaf.key')
  const cert = path.join(dir, 'leaf.pem')
  const stamp = path.join(dir, 'hosts')
  if (existsSync(cert) && existsSync(stamp) && readFileSync(stamp, 'utf8') === tag) return { ca, key, cert }
  mkdirSync(dir, { recursive: true })
  const run = (args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
  run([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '3650',
    '-subj',
    '/CN=go-pipeline test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ])
  run(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', `/CN=${hosts[0] ?? 'localhost'}`])
  writeFileSync(path.join(dir, 'leaf.ext'), `subjectAltName=${hosts.map(h => `DNS:${h}`).join(',')}\nextendedKeyUsage=serverAuth\n`)
  run(['x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'leaf.pem', '-days', '3650', '-extfile', 'leaf.ext'])
  writeFileSync(stamp, tag)
  return { ca, key, cert }
}

export async function startIntercept(routes: Readonly<Record<string, Route>>, certDir: string): Promise<Intercept> {
  const requests: string[] = []
  const unknown = Object.keys(routes).filter(h => !(INTERCEPTED_HOSTS as readonly string[]).includes(h))
  if (unknown.length > 0) throw new Error(`add ${unknown.join(', ')} to INTERCEPTED_HOSTS (the certificate names only those)`)
  const tls = ensureCertificates(certDir)
  // Terminates TLS for the intercepted hosts and forwards each request to its stand-in over HTTP.
  const terminator = https.createServer({ key: readFileSync(tls.key), cert: readFileSync(tls.cert) }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '')
    requests.push(`${host}${req.url ?? ''}`)
    const target = routes[host]?.(req.url ?? '/')
    if (target === undefined) {
      res.writeHead(404).end('not found (go-pipeline test network)')
      return
    }
    const upstream = http.get(target, up => {
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    upstream.on('error', error => res.writeHead(502).end(String(error)))
  })
  const proxy = http.createServer((req, res) => {
    // Plain-HTTP proxying (nothing the tests need goes this way): forward as it is.
    const upstream = http.request(req.url ?? '', { method: req.method, headers: req.headers }, up => {
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    upstream.on('error', error => res.writeHead(502).end(String(error)))
    req.pipe(upstream)
  })
  proxy.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const [host = '', port = '443'] = (req.url ?? '').split(':')
    socket.on('error', () => undefined)
    if (routes[host] !== undefined) {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) socket.unshift(head)
      terminator.emit('connection', socket)
      return
    }
    const upstream = net.connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
  })
  const served = await listen(proxy)
  const rootsFile = path.join(certDir, 'roots.pem')
  const system = ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt'].find(f => existsSync(f))
  writeFileSync(rootsFile, `${system ? readFileSync(system, 'utf8') : ''}\n${readFileSync(tls.ca, 'utf8')}`)
  return {
    proxyUrl: served.url,
    caFile: tls.ca,
    rootsFile,
    requests,
    async close() {
      terminator.closeAllConnections()
      await served.close()
    },
  }
}
