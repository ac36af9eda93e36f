/**
 * The image stage's real components on 127.0.0.1, started and stopped by the tests: Debian's
 * docker-registry (distribution 2.8) with htpasswd auth, a BuildKit daemon (runc worker, plain HTTP to
 * the loopback registry), and docker buildx as a CLI plugin in a per-test DOCKER_CONFIG with a `remote`
 * builder pointed at that daemon. Test infrastructure only; never bundled.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { TOOLS, spawnCollect, type StepResult } from './runner.js'

export const TOOLS_BIN = path.join(TOOLS, 'bin')
export const BUILDX_BIN = path.join(TOOLS_BIN, 'buildx')
export const BUILDKITD_BIN = path.join(TOOLS_BIN, 'buildkitd')

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

async function waitFor(what: string, ready: () => Promise<boolean>, log: () => string, seconds = 30): Promise<void> {
  const until = Date.now() + seconds * 1000
  while (Date.now() < until) {
    if (await ready().catch(() => false)) return
    await new Promise(r => setTimeout(r, 100))
  }
  throw new Error(`${what} did not start in ${seconds} s:\n${log()}`)
}

function startProcess(command: string, args: string[], logFile: string): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const chunks: string[] = []
  child.stdout.on('data', (b: Buffer) => chunks.push(b.toString()))
  child.stderr.on('data', (b: Buffer) => {
    chunks.push(b.toString())
    writeFileSync(logFile, chunks.join(''))
  })
  return child
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  await new Promise<void>(resolve => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

export interface Registry {
  /** 127.0.0.1:port */
  readonly host: string
  readonly user: string
  readonly password: string
  get(pathname: string, accept?: string): Promise<{ status: number; headers: Headers; body: Buffer }>
  close(): Promise<void>
}

const INDEX_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ')

/** docker-registry with htpasswd auth (bcrypt, from htpasswd -B) on a free loopback port. */
export async function startRegistry(): Promise<Registry> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-registry-'))
  const user = 'pipeline-bot'
  const password = `pw-${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 24)}`
  const htpasswd = await spawnCollect('htpasswd', ['-Bbn', user, password], dir, { PATH: process.env.PATH ?? '' })
  if (htpasswd.code !== 0) throw new Error(`htpasswd failed: ${htpasswd.stderr}`)
  writeFileSync(path.join(dir, 'htpasswd'), htpasswd.stdout)
  const port = await freePort()
  const host = `127.0.0.1:${port}`
  writeFileSync(
    path.join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${path.join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: ${host}`,
      'auth:',
      '  htpasswd:',
      '    realm: go-pipeline-test',
      `    path: ${path.join(dir, 'htpasswd')}`,
      '',
    ].join('\n'),
  )
  const logFile = path.join(dir, 'registry.log')
  const child = startProcess('docker-registry', ['serve', path.join(dir, 'config.yml')], logFile)
  const auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  const get = async (pathname: string, accept = INDEX_TYPES): Promise<{ status: number; headers: Headers; body: Buffer }> => {
    const res = await fetch(`http://${host}${pathname}`, { headers: { Authorization: auth, Accept: accept } })
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) }
  }
  await waitFor(
    'docker-registry',
    async () => (await get('/v2/')).status === 200,
    () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  )
  return {
    host,
    user,
    password,
    get,
    async close() {
      await stop(child)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface Buildkit {
  readonly socket: string
  close(): Promise<void>
}

/** buildkitd (runc worker, native snapshotter) on a unix socket, plain HTTP to the test registry. */
export async function startBuildkit(registryHost: string): Promise<Buildkit> {
  // A short path: a unix socket path must stay under 108 bytes.
  const dir = mkdtempSync(path.join('/tmp', 'gp-bk-'))
  const socket = path.join(dir, 'buildkitd.sock')
  writeFileSync(
    path.join(dir, 'buildkitd.toml'),
    [
      `root = "${path.join(dir, 'root')}"`,
      '[grpc]',
      `  address = ["unix://${socket}"]`,
      '[worker.oci]',
      '  enabled = true',
      '  snapshotter = "native"',
      '[worker.containerd]',
      '  enabled = false',
      `[registry."${registryHost}"]`,
      '  http = true',
      '',
    ].join('\n'),
  )
  const logFile = path.join(dir, 'buildkitd.log')
  const child = startProcess(BUILDKITD_BIN, ['--config', path.join(dir, 'buildkitd.toml')], logFile)
  await waitFor(
    'buildkitd',
    async () => existsSync(socket) && readFileSync(logFile, 'utf8').includes('running server'),
    () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : `no log; exit ${child.exitCode}`),
  )
  return {
    socket,
    async close() {
      await stop(child)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A DOCKER_CONFIG like a runner's ~/.docker: buildx installed as a CLI plugin, nothing logged in. */
export function dockerConfig(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-docker-'))
  mkdirSync(path.join(dir, 'cli-plugins'))
  symlinkSync(BUILDX_BIN, path.join(dir, 'cli-plugins', 'docker-buildx'))
  return dir
}

export function docker(config: string, args: string[], input?: string): Promise<StepResult> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.homedir(), DOCKER_CONFIG: config }
  return spawnCollect('docker', args, os.tmpdir(), env, input)
}

async function must(r: Promise<StepResult>, what: string): Promise<StepResult> {
  const got = await r
  if (got.code !== 0) throw new Error(`${what} failed (exit ${got.code}):\n${got.stdout}\n${got.stderr}`)
  return got
}

/** A `remote` builder named `name` for the daemon, made current when `use`. */
export async function createRemoteBuilder(config: string, name: string, socket: string, use = false): Promise<void> {
  await must(docker(config, ['buildx', 'create', '--name', name, '--driver', 'remote', ...(use ? ['--use'] : []), `unix://${socket}`]), 'docker buildx create')
  await must(docker(config, ['buildx', 'inspect', '--bootstrap', name]), 'docker buildx inspect')
}

/**
 * The base image the tests build on, since nothing can be pulled from outside: FROM scratch with an
 * /etc/passwd that has the distroless nonroot user, for linux/amd64 and linux/arm64.
 */
export async function pushBaseImage(config: string, builder: string, registry: Registry): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-base-'))
  mkdirSync(path.join(dir, 'etc'))
  writeFileSync(path.join(dir, 'etc', 'passwd'), 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n')
  writeFileSync(path.join(dir, 'etc', 'group'), 'root:x:0:\nnonroot:x:65532:\n')
  writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY etc/ /etc/\nUSER 65532:65532\n')
  const ref = `${registry.host}/base/static:nonroot`
  await must(docker(config, ['login', registry.host, '--username', registry.user, '--password-stdin'], registry.password), 'docker login')
  await must(
    docker(config, [
      'buildx',
      'build',
      '--builder',
      builder,
      '--platform',
      'linux/amd64,linux/arm64',
      '--provenance=false',
      '--output',
      'type=image,push=true',
      '--tag',
      ref,
      dir,
    ]),
    'pushing the base image',
  )
  await must(docker(config, ['logout', registry.host]), 'docker logout')
  rmSync(dir, { recursive: true, force: true })
  return ref
}

export interface Manifest {
  readonly mediaType: string
  readonly manifests?: { digest: string; platform?: { os: string; architecture: string; variant?: string } }[]
  readonly layers?: { digest: string; mediaType: string }[]
  readonly config?: { digest: string }
}

export async function manifest(registry: Registry, repo: string, ref: string): Promise<{ status: number; digest: string; body: Manifest }> {
  const r = await registry.get(`/v2/${repo}/manifests/${ref}`)
  return {
    status: r.status,
    digest: r.headers.get('docker-content-digest') ?? '',
    body: r.status === 200 ? (JSON.parse(r.body.toString()) as Manifest) : { mediaType: '' },
  }
}

/** The sha256 of one file inside a gzipped layer blob, read with the system tar. */
export async function fileInLayer(registry: Registry, repo: string, layerDigest: string, file: string): Promise<string | undefined> {
  const blob = await registry.get(`/v2/${repo}/blobs/${layerDigest}`, '*/*')
  if (blob.status !== 200) throw new Error(`GET blob ${layerDigest}: ${blob.status}`)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-layer-'))
  try {
    writeFileSync(path.join(dir, 'layer.tar.gz'), blob.body)
    const r = await spawnCollect('tar', ['-xzf', 'layer.tar.gz', file], dir, { PATH: process.env.PATH ?? '' })
    if (r.code !== 0) return undefined
    return createHash('sha256')
      .update(readFileSync(path.join(dir, file)))
      .digest('hex')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
