/**
 * The local adapter for `go-pipeline run`: a developer's terminal, the Go on PATH, and a tool store
 * in the user's cache folder. It never imports @actions/*. Children get the same environment rule as
 * on the runner (src/ports/child-env.ts); cleanups run when the run ends.
 */
import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { goToSemver } from '../go/version.js'
import { childEnvironment, childKind } from './child-env.js'
import { nodeArchiver } from './node-archive.js'
import { nodeFiles, systemClock } from './node-files.js'
import type { Annotation, CleaningHost, Cleanup, ExecOptions, ExecResult, Log } from './ports.js'
import { safeWriter } from './streams.js'
import { fileToolStore } from './tool-store.js'
import { runProcess, spawnOptions } from './process.js'

export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || path.join(os.homedir(), '.cache')
  return path.join(base, 'go-pipeline')
}

function where(at: Annotation | undefined): string {
  if (at?.file === undefined) return ''
  return `${at.file}${at.line !== undefined ? `:${at.line}` : ''}${at.col !== undefined ? `:${at.col}` : ''}: `
}

/** Replaces every masked value with ***, as the runner does with its secrets (whole lines at a time). */
function masker(secrets: readonly string[]): (text: string) => string {
  return text => secrets.reduce((t, s) => t.split(s).join('***'), text)
}

function terminalLog(write: (text: string) => void, secrets: string[]): Log {
  const hide = masker(secrets)
  return {
    info: m => write(`${hide(m)}\n`),
    debug: m => {
      if (process.env.GO_PIPELINE_DEBUG) write(`debug: ${hide(m)}\n`)
    },
    notice: (m, at) => write(`${where(at)}notice: ${hide(m)}\n`),
    warning: (m, at) => write(`${where(at)}warning: ${hide(m)}\n`),
    error: (m, at) => write(`${where(at)}error: ${hide(m)}\n`),
    mask: secret => {
      if (secret !== '' && !secrets.includes(secret)) secrets.push(secret)
    },
    async group(title, fn) {
      write(`\n── ${title}\n`)
      return fn()
    },
  }
}

/** No byte for this long: the download is stalled. */
const IDLE_TIMEOUT_MS = 60_000

async function fetchOnce(url: string, dest: string): Promise<void> {
  const controller = new AbortController()
  let timer = setTimeout(() => controller.abort(new Error(`no data for ${IDLE_TIMEOUT_MS / 1000} s`)), IDLE_TIMEOUT_MS)
  try {
    const res = await fetch(url, { signal: controller.signal })
    if (!res.ok || res.body === null) throw Object.assign(new Error(`HTTP ${res.status} ${res.statusText}`), { status: res.status })
    const body = Readable.fromWeb(res.body)
    body.on('data', () => {
      clearTimeout(timer)
      timer = setTimeout(() => controller.abort(new Error(`no data for ${IDLE_TIMEOUT_MS / 1000} s`)), IDLE_TIMEOUT_MS)
    })
    await pipeline(body, createWriteStream(dest))
  } finally {
    clearTimeout(timer)
  }
}

async function fetchWithRetries(url: string, dest: string, attempts = 3): Promise<void> {
  let last: unknown
  for (let i = 1; i <= attempts; i++) {
    try {
      await fetchOnce(url, dest)
      return
    } catch (error) {
      last = error
      const status = (error as { status?: number }).status
      if (status !== undefined && status < 500 && status !== 408 && status !== 429) break
    }
    if (i < attempts) await new Promise(r => setTimeout(r, 1000 * i))
  }
  await rm(dest, { force: true })
  const cause = last instanceof Error ? ((last.cause as Error | undefined)?.message ?? last.message) : String(last)
  throw new Error(cause === 'fetch failed' ? 'fetch failed (no network, or the host is unreachable)' : cause)
}

export function localHost(cacheDir = userCacheDir(), out: NodeJS.WritableStream = process.stdout): CleaningHost {
  const toolsDir = path.join(cacheDir, 'tools')
  const tmpDir = path.join(cacheDir, 'tmp')
  const secrets: string[] = []
  const write = safeWriter(out)
  const log = terminalLog(write, secrets)
  const hide = masker(secrets)
  const cleanups: Cleanup[] = []
  const run = (command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> =>
    runProcess(
      command,
      args,
      spawnOptions(
        options,
        childEnvironment(process.env, childKind(command), options.env),
        options.silent !== true ? line => write(`${hide(line)}\n`) : undefined,
      ),
    )
  return {
    kind: 'local',
    platform: process.platform,
    arch: process.arch,
    log,
    exec: { run },
    tools: fileToolStore(toolsDir),
    downloader: {
      async download(url) {
        await mkdir(tmpDir, { recursive: true })
        const dest = path.join(tmpDir, `download-${randomUUID()}`)
        await fetchWithRetries(url, dest)
        return dest
      },
      async extract(file, format) {
        const dir = await nodeFiles.makeTempDir(tmpDir, 'x-')
        // bsdtar (macOS, Windows) reads zip too; GNU tar handles tar.gz.
        const args = format === 'zip' ? ['-xf', file, '-C', dir] : ['-xzf', file, '-C', dir]
        const r = await run('tar', args, { timeoutMs: 600_000, silent: true })
        if (r.code !== 0) {
          await rm(dir, { recursive: true, force: true })
          throw new Error(`tar ${args.join(' ')} failed: ${r.stderr.trim()}`)
        }
        return dir
      },
    },
    env: {
      get: name => process.env[name],
      addPath(dir) {
        process.env.PATH = `${dir}${path.delimiter}${process.env.PATH ?? ''}`
      },
      exportVariable(name, value) {
        process.env[name] = value
      },
    },
    files: nodeFiles,
    archiver: nodeArchiver,
    clock: systemClock,
    cpus: os.availableParallelism(),
    memory: os.totalmem(),
    tempDir: path.join(cacheDir, 'run'),
    cleanups: { register: c => void cleanups.push(c) },
    async cleanup() {
      for (const c of cleanups.reverse()) {
        try {
          if (c.kind === 'remove') await nodeFiles.remove(c.path)
          else if (c.kind === 'docker-logout') await run('docker', ['logout', c.registry], { timeoutMs: 60_000, silent: true })
          else await run('docker', ['buildx', 'rm', c.builder], { timeoutMs: 120_000, silent: true })
        } catch {
          // best effort: the run's result stands
        }
      }
      cleanups.length = 0
    },
    async goOnPath() {
      try {
        const r = await run('go', ['env', '-json', 'GOROOT', 'GOVERSION'], { env: { GOTOOLCHAIN: 'local' }, timeoutMs: 60_000, silent: true })
        if (r.code !== 0) return undefined
        const env = JSON.parse(r.stdout) as { GOROOT?: string; GOVERSION?: string }
        const version = goToSemver(env.GOVERSION ?? '')
        return env.GOROOT && version ? { goroot: env.GOROOT, version } : undefined
      } catch {
        return undefined // no go on PATH
      }
    },
  }
}
