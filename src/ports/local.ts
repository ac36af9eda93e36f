/**
 * The local adapter for `go-pipeline run`: a developer's terminal, the Go on PATH, and a tool store
 * in the user's cache folder. It never imports @actions/*.
 */
import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as semver from 'semver'
import { goToSemver } from '../go/version.js'
import type { Annotation, ExecResult, Host, Log } from './ports.js'
import { nodeArchiver } from './node-archive.js'
import { nodeFiles, systemClock } from './node-files.js'

export function userCacheDir(): string {
  const base =
    process.env.XDG_CACHE_HOME ||
    (process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined) ||
    path.join(os.homedir(), '.cache')
  return path.join(base, 'go-pipeline')
}

function where(at: Annotation | undefined): string {
  if (at?.file === undefined) return ''
  return `${at.file}${at.line !== undefined ? `:${at.line}` : ''}${at.col !== undefined ? `:${at.col}` : ''}: `
}

/** Replaces every masked value with ***, as the runner does with its secrets. */
function masker(secrets: readonly string[]): (text: string) => string {
  return text => secrets.reduce((t, s) => t.split(s).join('***'), text)
}

function terminalLog(out: NodeJS.WritableStream, secrets: string[]): Log {
  const hide = masker(secrets)
  return {
    info: m => out.write(`${hide(m)}\n`),
    debug: m => {
      if (process.env.GO_PIPELINE_DEBUG) out.write(`debug: ${hide(m)}\n`)
    },
    warning: (m, at) => out.write(`${where(at)}warning: ${hide(m)}\n`),
    error: (m, at) => out.write(`${where(at)}error: ${hide(m)}\n`),
    mask: secret => {
      if (secret !== '' && !secrets.includes(secret)) secrets.push(secret)
    },
    async group(title, fn) {
      out.write(`\n── ${title}\n`)
      return fn()
    },
  }
}

interface RunOptions {
  readonly cwd: string | undefined
  readonly env: NodeJS.ProcessEnv
  readonly echo: boolean
  readonly input: string | undefined
  readonly hide: (text: string) => string
}

const quiet = (env: NodeJS.ProcessEnv): RunOptions => ({ cwd: undefined, env, echo: false, input: undefined, hide: t => t })

function run(command: string, args: readonly string[], o: RunOptions): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: o.cwd, env: o.env, stdio: ['pipe', 'pipe', 'pipe'] })
    child.stdin.end(o.input ?? '')
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString()
      if (o.echo) process.stdout.write(o.hide(b.toString()))
    })
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString()
      if (o.echo) process.stderr.write(o.hide(b.toString()))
    })
    child.on('error', reject)
    child.on('close', code => resolve({ code: code ?? 1, stdout, stderr }))
  })
}

async function fetchWithRetries(url: string, dest: string, attempts = 3): Promise<void> {
  let last: unknown
  for (let i = 1; i <= attempts; i++) {
    try {
      const res = await fetch(url)
      if (!res.ok || res.body === null) {
        const retryable = res.status >= 500 || res.status === 408 || res.status === 429
        last = new Error(`HTTP ${res.status} ${res.statusText}`)
        if (!retryable) break
      } else {
        await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), createWriteStream(dest))
        return
      }
    } catch (error) {
      last = error
    }
    if (i < attempts) await new Promise(r => setTimeout(r, 1000 * i))
  }
  throw last instanceof Error ? last : new Error(String(last))
}

export function localHost(cacheDir = userCacheDir(), out: NodeJS.WritableStream = process.stdout): Host {
  const toolsDir = path.join(cacheDir, 'tools')
  const tmpDir = path.join(cacheDir, 'tmp')
  const envNow = (extra?: Readonly<Record<string, string>>): NodeJS.ProcessEnv => ({ ...process.env, ...extra })
  const secrets: string[] = []
  return {
    kind: 'local',
    platform: process.platform,
    arch: process.arch,
    log: terminalLog(out, secrets),
    exec: {
      run: (command, args, options = {}) =>
        run(command, args, { cwd: options.cwd, env: envNow(options.env), echo: options.silent !== true, input: options.input, hide: masker(secrets) }),
    },
    tools: {
      async find(tool, versionSpec, arch) {
        const root = path.join(toolsDir, tool)
        let versions: string[]
        try {
          versions = await readdir(root)
        } catch {
          return undefined
        }
        const complete: string[] = []
        for (const v of versions) {
          if (semver.valid(v) === null) continue
          try {
            await stat(path.join(root, v, `${arch}.complete`))
            complete.push(v)
          } catch {
            // an interrupted install: not usable
          }
        }
        const best = semver.maxSatisfying(complete, versionSpec, { includePrerelease: semver.valid(versionSpec) !== null })
        return best === null ? undefined : { dir: path.join(root, best, arch), version: best }
      },
      async add(sourceDir, tool, version, arch) {
        const dest = path.join(toolsDir, tool, version, arch)
        await rm(dest, { recursive: true, force: true })
        await rm(`${dest}.complete`, { force: true })
        await mkdir(path.dirname(dest), { recursive: true })
        await rename(sourceDir, dest)
        await writeFile(`${dest}.complete`, '')
        return dest
      },
    },
    downloader: {
      async download(url) {
        await mkdir(tmpDir, { recursive: true })
        const dest = path.join(await mkdtemp(path.join(tmpDir, 'dl-')), 'download')
        await fetchWithRetries(url, dest)
        return dest
      },
      async extract(file, format) {
        await mkdir(tmpDir, { recursive: true })
        const dir = await mkdtemp(path.join(tmpDir, 'x-'))
        // bsdtar (macOS, Windows) reads zip too; GNU tar handles tar.gz.
        const args = format === 'zip' ? ['-xf', file, '-C', dir] : ['-xzf', file, '-C', dir]
        const r = await run('tar', args, quiet(envNow()))
        if (r.code !== 0) throw new Error(`tar ${args.join(' ')} failed: ${r.stderr.trim()}`)
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
    tempDir: path.join(cacheDir, 'run'),
    async goOnPath() {
      try {
        const r = await run('go', ['env', '-json', 'GOROOT', 'GOVERSION'], quiet(envNow({ GOTOOLCHAIN: 'local' })))
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
