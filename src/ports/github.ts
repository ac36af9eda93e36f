/**
 * The GitHub adapter: the only module of the action that imports @actions/*. It implements the ports
 * on the runner (tool cache, file commands, log commands) and the action's own I/O (inputs, outputs,
 * state, summary, failure).
 */
import { readFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as actionsCache from '@actions/cache'
import * as core from '@actions/core'
import * as actionsExec from '@actions/exec'
import * as tc from '@actions/tool-cache'
import type { RunContext } from '../pipeline/context.js'
import type { Annotation, Host } from './ports.js'
import { nodeArchiver } from './node-archive.js'
import { nodeFiles, systemClock } from './node-files.js'

function props(at: Annotation | undefined): core.AnnotationProperties {
  if (at === undefined) return {}
  const p: core.AnnotationProperties = {}
  if (at.title !== undefined) p.title = at.title
  if (at.file !== undefined) p.file = at.file
  if (at.line !== undefined) p.startLine = at.line
  if (at.col !== undefined) p.startColumn = at.col
  return p
}

export function githubHost(): Host {
  return {
    kind: 'github',
    platform: process.platform,
    arch: process.arch,
    log: {
      info: m => core.info(m),
      debug: m => core.debug(m),
      warning: (m, at) => core.warning(m, props(at)),
      error: (m, at) => core.error(m, props(at)),
      mask: secret => core.setSecret(secret),
      group: (title, fn) => core.group(title, fn),
    },
    exec: {
      async run(command, args, options = {}) {
        const env: Record<string, string> = {}
        for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v
        Object.assign(env, options.env ?? {})
        const r = await actionsExec.getExecOutput(command, [...args], {
          cwd: options.cwd,
          env,
          silent: options.silent === true,
          ignoreReturnCode: true,
          ...(options.input !== undefined ? { input: Buffer.from(options.input) } : {}),
        })
        return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr }
      },
    },
    tools: {
      async find(tool, versionSpec, arch) {
        const dir = tc.find(tool, versionSpec, arch)
        return dir === '' ? undefined : { dir, version: path.basename(path.dirname(dir)) }
      },
      add: (sourceDir, tool, version, arch) => tc.cacheDir(sourceDir, tool, version, arch),
    },
    downloader: {
      download: url => tc.downloadTool(url),
      extract: (file, format) => (format === 'zip' ? tc.extractZip(file) : tc.extractTar(file)),
    },
    env: {
      get: name => process.env[name],
      addPath: dir => core.addPath(dir),
      exportVariable: (name, value) => core.exportVariable(name, value),
    },
    files: nodeFiles,
    archiver: nodeArchiver,
    ...(actionsCache.isFeatureAvailable()
      ? {
          cache: {
            restore: (paths: readonly string[], key: string, restoreKeys: readonly string[]) => actionsCache.restoreCache([...paths], key, [...restoreKeys]),
            save: (paths: readonly string[], key: string) => actionsCache.saveCache([...paths], key),
          },
        }
      : {}),
    clock: systemClock,
    cpus: os.availableParallelism(),
    tempDir: process.env.RUNNER_TEMP || os.tmpdir(),
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
  info: (message: string): void => core.info(message),
  warning: (message: string): void => core.warning(message),
}
