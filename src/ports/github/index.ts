/**
 * The GitHub adapter: the only place of the action that imports @actions/*. It implements the ports
 * on the runner (tool cache, file commands, log commands, the cache service) and the action's own I/O
 * (inputs, outputs, state, summary, failure).
 *
 * Logs: a message that could read as a workflow command (a test's output, a file's diff) is printed
 * with commands stopped, so code under test cannot forge annotations, masks or post's state through
 * the log. Children get the environment src/ports/child-env.ts makes for them.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import * as tc from '@actions/tool-cache'
import { encodeCleanups, CLEANUP_KEY } from '../../action/state.js'
import type { RunContext } from '../../pipeline/context.js'
import { looksLikeCommand, redactUrl } from '../../text.js'
import { childEnvironment, childKind } from '../child-env.js'
import { nodeArchiver } from '../node-archive.js'
import { nodeFiles, systemClock } from '../node-files.js'
import type { Annotation, CacheService, Cleanup, Host, Log } from '../ports.js'
import { runProcess, spawnOptions } from '../process.js'
import { fileToolStore } from '../tool-store.js'
import { downloadToTemp } from './download.js'

function props(at: Annotation | undefined): core.AnnotationProperties {
  if (at === undefined) return {}
  const p: core.AnnotationProperties = {}
  if (at.title !== undefined) p.title = at.title
  if (at.file !== undefined) p.file = at.file
  if (at.line !== undefined) p.startLine = at.line
  if (at.endLine !== undefined) p.endLine = at.endLine
  if (at.col !== undefined) p.startColumn = at.col
  return p
}

/** Prints text as it is; when it could read as a workflow command, between stop-commands and resume. */
export function writeSafely(text: string, write: (s: string) => void = s => process.stdout.write(s)): void {
  if (!looksLikeCommand(text)) {
    write(`${text}${os.EOL}`)
    return
  }
  const token = randomUUID()
  write(`::stop-commands::${token}${os.EOL}${text}${os.EOL}::${token}::${os.EOL}`)
}

function runnerLog(secrets: string[]): Log {
  const hide = (text: string): string => secrets.reduce((t, s) => t.split(s).join('***'), text)
  return {
    info: m => writeSafely(hide(m)),
    debug: m => core.debug(hide(m)),
    notice: (m, at) => core.notice(hide(m), props(at)),
    warning: (m, at) => core.warning(hide(m), props(at)),
    error: (m, at) => core.error(hide(m), props(at)),
    mask: secret => {
      if (secret === '' || secrets.includes(secret)) return
      secrets.push(secret)
      core.setSecret(secret)
    },
    group: (title, fn) => core.group(hide(title).replace(/[\r\n]+/g, ' '), fn),
  }
}

/** Whether this job can reach GitHub's cache service (what @actions/cache's isFeatureAvailable checks). */
function cacheServiceAvailable(): boolean {
  return process.env.ACTIONS_CACHE_SERVICE_V2 ? Boolean(process.env.ACTIONS_RESULTS_URL) : Boolean(process.env.ACTIONS_CACHE_URL)
}

/**
 * The cache client (@actions/cache with the Azure SDK: most of the bundle) is loaded when first used,
 * so a run that restores nothing starts in a fraction of the time.
 */
const lazyCache: CacheService = {
  restore: async (paths, key, restoreKeys, options) => (await cacheClient()).restore(paths, key, restoreKeys, options),
  save: async (paths, key, options) => (await cacheClient()).save(paths, key, options),
}

/** In dist/ the cache client is a bundle of its own (dist/cache, with its own licenses.txt); from the sources, the module. */
async function cacheClient(): Promise<typeof import('./cache.js')> {
  // Joined at run time, so the bundler leaves the path alone rather than relocating it as an asset.
  const bundled = new URL(['..', 'cache', 'index.js'].join('/'), import.meta.url)
  return (existsSync(fileURLToPath(bundled)) ? import(/* webpackIgnore: true */ bundled.href) : import(/* webpackIgnore: true */ './cache.js')) as Promise<
    typeof import('./cache.js')
  >
}

/** Persists each cleanup to post's state the moment it is registered. */
function persistentCleanups(): { register(c: Cleanup): void } {
  const all: Cleanup[] = []
  return {
    register(c) {
      if (all.some(o => JSON.stringify(o) === JSON.stringify(c))) return
      all.push(c)
      core.saveState(CLEANUP_KEY, encodeCleanups(all))
    },
  }
}

export function githubHost(): Host {
  const secrets: string[] = []
  const log = runnerLog(secrets)
  const tempDir = process.env.RUNNER_TEMP || os.tmpdir()
  // The runner's GITHUB_WORKSPACE, as it was when the action started: a cache save points the variable
  // elsewhere while it runs (see save in cache.ts), and neither children nor the stages may see that.
  const workspace = process.env.GITHUB_WORKSPACE
  const pinned = (): NodeJS.ProcessEnv => (workspace === undefined ? process.env : { ...process.env, GITHUB_WORKSPACE: workspace })
  const hide = (text: string): string => secrets.reduce((t, s) => t.split(s).join('***'), text)
  return {
    kind: 'github',
    platform: process.platform,
    arch: process.arch,
    log,
    exec: {
      async run(command, args, options = {}) {
        const echo = options.silent !== true
        if (echo) log.info(`[command]${command} ${args.join(' ')}`)
        const onLine = echo ? (line: string) => writeSafely(hide(line)) : undefined
        return runProcess(command, args, spawnOptions(options, childEnvironment(pinned(), childKind(command), options.env), onLine))
      },
    },
    tools: fileToolStore(process.env.RUNNER_TOOL_CACHE || path.join(os.homedir(), 'hostedtoolcache')),
    downloader: {
      download: url => downloadToTemp(url, tempDir, (why, seconds) => log.info(`Download of ${redactUrl(url)} failed (${why}); trying again in ${seconds} s`)),
      extract: (file, format) => (format === 'zip' ? tc.extractZip(file) : tc.extractTar(file)),
    },
    env: {
      get: name => (name === 'GITHUB_WORKSPACE' && workspace !== undefined ? workspace : process.env[name]),
      addPath: dir => core.addPath(dir),
      exportVariable: (name, value) => core.exportVariable(name, value),
    },
    files: nodeFiles,
    archiver: nodeArchiver,
    ...(cacheServiceAvailable() ? { cache: lazyCache } : {}),
    clock: systemClock,
    cpus: os.availableParallelism(),
    memory: os.totalmem(),
    tempDir,
    cleanups: persistentCleanups(),
  }
}

/** The run's context from the runner's env and the event payload. */
export function githubRunContext(): RunContext {
  const env = process.env
  let payload: Record<string, unknown> = {}
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>
  } catch {
    core.warning(`go-pipeline: cannot read the event payload at ${env.GITHUB_EVENT_PATH}`)
  }
  const repo = payload.repository as { default_branch?: unknown; description?: unknown; license?: { spdx_id?: unknown } | null } | undefined
  const pr = payload.pull_request as { number?: unknown; base?: { sha?: unknown } } | undefined
  const text = (key: string, value: unknown): Record<string, string> => (typeof value === 'string' && value !== '' ? { [key]: value } : {})
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    ...text('defaultBranch', repo?.default_branch),
    ...text('baseSha', pr?.base?.sha),
    ...(typeof pr?.number === 'number' ? { prNumber: pr.number } : {}),
    ...text('repository', env.GITHUB_REPOSITORY),
    ...text('serverUrl', env.GITHUB_SERVER_URL),
    ...text('actor', env.GITHUB_ACTOR),
    ...text('runId', env.GITHUB_RUN_ID),
    ...text('description', repo?.description),
    ...text('license', repo?.license?.spdx_id),
  }
}

/** The action's own inputs and outputs. */
export const actionIO = {
  getInput: (name: string): string => core.getInput(name),
  setOutput: (name: string, value: string): void => core.setOutput(name, value),
  saveState: (name: string, value: string): void => core.saveState(name, value),
  getState: (name: string): string => core.getState(name),
  writeSummary: async (markdown: string): Promise<void> => {
    await core.summary.addRaw(markdown, true).write()
  },
  setFailed: (message: string): void => core.setFailed(message),
  info: (message: string): void => writeSafely(message),
  warning: (message: string): void => core.warning(message),
}
