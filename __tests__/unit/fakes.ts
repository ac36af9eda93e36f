/** Typed fakes of the ports, shared by unit tests. */
import * as path from 'node:path'
import type { Config } from '../../src/config/config.js'
import { ALL_MODULES } from '../../src/go/modules.js'
import { parseGoVersionSpec } from '../../src/go/version.js'
import type { Context } from '../../src/pipeline/context.js'
import type { Annotation, Cleanup, ExecOptions, ExecResult, Host } from '../../src/ports/ports.js'

export interface LogLine {
  readonly level: 'info' | 'debug' | 'notice' | 'warning' | 'error' | 'group'
  readonly message: string
  readonly at?: Annotation
}

export interface FakeHost extends Host {
  readonly lines: LogLine[]
  readonly masked: string[]
  readonly downloads: string[]
  readonly execs: { command: string; args: readonly string[]; options?: ExecOptions }[]
  readonly paths: string[]
  readonly exported: Record<string, string>
  /** Installed tools: `${tool}/${version}/${arch}` → dir. */
  readonly store: Map<string, string>
  /** url → file path the download returns; a missing url throws like a failed download. */
  readonly served: Map<string, string>
  /** file path → text, and file path → sha256. */
  readonly texts: Map<string, string>
  readonly digests: Map<string, string>
  /** name → path, for which(). */
  readonly executables: Map<string, string>
  execResult: (command: string, args: readonly string[]) => ExecResult
  time: number
  /** What stages registered to undo. */
  readonly cleaned: Cleanup[]
}

export function fakeHost(overrides: Partial<Pick<Host, 'goOnPath'>> = {}): FakeHost {
  const host: FakeHost = {
    kind: 'github',
    platform: 'linux',
    arch: 'x64',
    lines: [],
    masked: [],
    downloads: [],
    execs: [],
    paths: [],
    exported: {},
    store: new Map(),
    served: new Map(),
    texts: new Map(),
    digests: new Map(),
    executables: new Map(),
    time: 0,
    execResult: () => ({ code: 0, stdout: '{}', stderr: '' }),
    log: {
      info: m => host.lines.push({ level: 'info', message: m }),
      debug: m => host.lines.push({ level: 'debug', message: m }),
      notice: (m, at) => host.lines.push({ level: 'notice', message: m, ...(at ? { at } : {}) }),
      warning: (m, at) => host.lines.push({ level: 'warning', message: m, ...(at ? { at } : {}) }),
      error: (m, at) => host.lines.push({ level: 'error', message: m, ...(at ? { at } : {}) }),
      mask: secret => void host.masked.push(secret),
      async group(title, fn) {
        host.lines.push({ level: 'group', message: title })
        return fn()
      },
    },
    exec: {
      async run(command, args, options) {
        host.execs.push({ command, args, ...(options ? { options } : {}) })
        return host.execResult(command, args)
      },
    },
    tools: {
      async find(tool, versionSpec, arch) {
        const semver = await import('semver')
        const versions = [...host.store.keys()]
          .map(k => k.split('/'))
          .filter(([t, , a]) => t === tool && a === arch)
          .flatMap(([, v]) => (v === undefined ? [] : [v]))
        const best = semver.maxSatisfying(versions, versionSpec)
        const dir = best === null ? undefined : host.store.get(`${tool}/${best}/${arch}`)
        return best === null || dir === undefined ? undefined : { dir, version: best }
      },
      async add(sourceDir, tool, version, arch) {
        const dir = `/toolcache/${tool}/${version}/${arch}`
        host.store.set(`${tool}/${version}/${arch}`, dir)
        host.lines.push({ level: 'debug', message: `stored ${sourceDir}` })
        return dir
      },
    },
    downloader: {
      async download(url) {
        host.downloads.push(url)
        const file = host.served.get(url)
        if (file === undefined) throw new Error(`connect ECONNREFUSED (${url})`)
        return file
      },
      async extract(file) {
        return `/extracted/${file}`
      },
    },
    env: {
      get: () => undefined,
      addPath: dir => void host.paths.push(dir),
      exportVariable: (name, value) => void (host.exported[name] = value),
    },
    files: {
      ...memoryFs(() => host.texts),
      readText: async file => host.texts.get(file),
      makeTempDir: async (parent, prefix) => `${parent}/${prefix}1`,
      writeText: async (file, text) => void host.texts.set(file, text),
      walk: async (root, match) => [...host.texts.keys()].filter(f => f.startsWith(`${root}/`) && match(f.slice(f.lastIndexOf('/') + 1))).sort(),
      which: async name => host.executables.get(name),
      sha256: async file => host.digests.get(file) ?? 'f'.repeat(64),
      remove: async () => undefined,
      readBytes: async file => Buffer.from(host.texts.get(file) ?? ''),
      du: async () => 0,
      ageAll: async () => 0,
      removeOlder: async () => ({ removed: 0, kept: 0, bytes: 0 }),
      size: async file => (host.texts.get(file) ?? '').length,
      copy: async (from, to) => void host.texts.set(to, host.texts.get(from) ?? ''),
      move: async (from, to) => {
        host.texts.set(to, host.texts.get(from) ?? '')
        host.texts.delete(from)
      },
    },
    archiver: {
      tarGz: async dest => void host.texts.set(dest, 'tar.gz'),
      zip: async dest => void host.texts.set(dest, 'zip'),
    },
    clock: { now: () => host.time },
    cpus: 2,
    memory: 8 * 2 ** 30,
    tempDir: '/tmp/run',
    cleanups: { register: c => void host.cleaned.push(c) },
    cleaned: [],
    ...overrides,
  }
  return host
}

export function config(overrides: Partial<Config> = {}, spec = '1.26.8'): Config {
  const parsed = parseGoVersionSpec(spec)
  if (parsed === undefined) throw new Error(`bad spec in test: ${spec}`)
  return {
    workspace: '/ws',
    workingDirectory: '/ws',
    modules: ALL_MODULES,
    stages: ['setup'],
    goVersion: { spec: parsed, source: 'go-version' },
    checkLatest: false,
    goDownloadBaseUrl: 'https://dl.test',
    goEnv: {},
    privateModulesToken: '',
    lint: { version: { kind: 'release', version: '2.15.0' }, baseUrl: 'https://lint.test', args: [], onlyNewIssues: false },
    vuln: { version: '1.8.0', db: 'https://vuln.test' },
    test: { race: true, coverageThreshold: 0, coverageChangedThreshold: 0, args: [], reruns: 0, flakyTests: 'pass' },
    build: {
      targets: [],
      main: [],
      binaryName: '',
      version: '',
      versionPackage: 'main',
      ldflags: '',
      cgo: false,
      outputDir: '/ws/dist',
      archives: false,
      speculative: false,
    },
    cache: { enabled: true, save: 'auto' },
    warnings: [],
    secrets: [],
    ...overrides,
  }
}

export function context(host: Host, cfg: Config = config()): Context {
  return { config: cfg, host, run: { eventName: 'push', ref: 'refs/heads/main', sha: 'abc' }, facts: {} }
}

/**
 * A file system in memory for the ports that read files and resolve paths: the files given (path →
 * text), every folder above them, and `dirs`. No symlinks unless `links` maps a path to its target.
 */
export function memoryFs(files: () => ReadonlyMap<string, string>, dirs: readonly string[] = ['/ws'], links: Readonly<Record<string, string>> = {}) {
  const isDir = (p: string): boolean => dirs.some(d => d === p || d.startsWith(`${p}/`)) || [...files().keys()].some(f => f.startsWith(`${p}/`)) || p === '/'
  const resolveLinks = (p: string): string => {
    let out = p
    for (let i = 0; i < 10; i++) {
      const hit = Object.keys(links).find(l => out === l || out.startsWith(`${l}/`))
      if (hit === undefined) return out
      out = path.join(links[hit] ?? hit, out.slice(hit.length))
    }
    return out
  }
  return {
    readText: async (file: string) => files().get(resolveLinks(path.resolve(file))),
    realpath: async (file: string) => {
      const real = resolveLinks(path.resolve(file))
      return files().has(real) || isDir(real) ? real : undefined
    },
    kind: async (file: string): Promise<'dir' | 'file' | 'link' | 'other' | undefined> => {
      const p = path.resolve(file)
      if (links[p] !== undefined) return 'link'
      const real = resolveLinks(p)
      return files().has(real) ? 'file' : isDir(real) ? 'dir' : undefined
    },
  }
}
