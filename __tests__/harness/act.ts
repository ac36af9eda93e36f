/**
 * nektos/act, an independent implementation of GitHub's runner, running whole generated workflows on
 * this host (`-P ubuntu-24.04=-self-hosted`): go-pipeline is this checkout (its committed dist/), the
 * third-party actions are small stand-ins (__tests__/harness/actions, bundled with ncc once), act
 * brings its own cache server (the v1 protocol) and artifact server, and the network is the
 * intercepting proxy (harness/intercept.ts). What is under test is the generated workflow: its jobs,
 * `needs`, `if:` conditions, outputs, artifacts and scripts.
 *
 * Test infrastructure only: never bundled into dist/.
 */
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { PINS, SETUP_NODE } from '../../src/generator/pins.js'
import { DEV_CACHE, ROOT } from './runner.js'
import { HARNESS_CACHE } from './workspace.js'

/** Where scripts/setup-counterparts.sh builds the slow tools, once per machine. */
export const COUNTERPARTS = DEV_CACHE
export const ACT_BIN = path.join(COUNTERPARTS, 'bin', 'act')

const STAND_INS = {
  uploadArtifact: 'upload-artifact',
  downloadArtifact: 'download-artifact',
  attestBuildProvenance: 'attest-build-provenance',
  setupNode: 'setup-node',
} as const

/** Bundles each stand-in (its index.ts with @actions/artifact and @actions/core) once per source. */
export function standIns(): Record<keyof typeof STAND_INS, string> {
  const out = {} as Record<keyof typeof STAND_INS, string>
  for (const [key, name] of Object.entries(STAND_INS) as [keyof typeof STAND_INS, string][]) {
    const src = path.join(ROOT, '__tests__', 'harness', 'actions', name)
    out[key] = bundled(path.join(src, 'index.ts'), name, [path.join(src, 'action.yml')])
  }
  return out
}

/**
 * `entry` bundled with ncc (as the actions' dist/ are) into a folder of the harness cache, with `extra`
 * files beside it; built once per source (and lockfile). The folder: its index.js is the bundle.
 */
export function bundled(entry: string, name: string, extra: readonly string[] = []): string {
  const hash = createHash('sha256')
  for (const file of [entry, ...extra, path.join(ROOT, 'package-lock.json')]) hash.update(readFileSync(file))
  const dir = path.join(HARNESS_CACHE, 'actions', `${name}-${hash.digest('hex').slice(0, 16)}`)
  if (!existsSync(path.join(dir, 'index.js'))) {
    const tmp = mkdtempSync(path.join(os.tmpdir(), `gp-standin-${name}-`))
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'), 'build', entry, '-o', tmp, '--quiet'], {
      cwd: ROOT,
      stdio: 'pipe',
    })
    for (const file of extra) cpSync(file, path.join(tmp, path.basename(file)))
    mkdirSync(path.dirname(dir), { recursive: true })
    rmSync(dir, { recursive: true, force: true })
    cpSync(tmp, dir, { recursive: true })
    rmSync(tmp, { recursive: true, force: true })
  }
  return dir
}

/**
 * go-pipeline as a release of it holds it: action.yml and the committed dist/ (act copies the action's
 * folder into every job, so not the whole checkout with its node_modules).
 */
export function actionRelease(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-action-'))
  cpSync(path.join(ROOT, 'action.yml'), path.join(dir, 'action.yml'))
  cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true })
  return dir
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

export interface ActEvent {
  readonly name: 'pull_request' | 'merge_group' | 'push' | 'schedule' | 'workflow_dispatch'
  readonly ref: string
  readonly payload?: Record<string, unknown>
}

export interface ActOptions {
  /** The repository (a git checkout with an origin on github.com). */
  readonly repo: string
  /** The workflow file, relative to the repository. */
  readonly workflow: string
  readonly event: ActEvent
  /** owner/repo of go-pipeline as the workflow pins it, with its commit: mapped to `actionDir`. */
  readonly actionRef: string
  /** The action's files (actionRelease()). */
  readonly actionDir: string
  /** act's own folder (its workspaces and RUNNER_TOOL_CACHE, which is <this>/tool_cache). */
  readonly actionCachePath: string
  readonly node24: string
  /** The job environment (proxy, caches) and the secrets and variables the workflow reads. */
  readonly env?: Readonly<Record<string, string>>
  readonly secrets?: Readonly<Record<string, string>>
  readonly vars?: Readonly<Record<string, string>>
  /** Folders put first on PATH (kubectl, helm). */
  readonly path?: readonly string[]
  /** Only this job (and the jobs it needs). */
  readonly job?: string
  /** Only these matrix rows (act's --matrix key:value), e.g. to leave one shard out. */
  readonly matrix?: readonly string[]
}

export type JobResult = 'success' | 'failure' | 'skipped'

export interface ActRun {
  readonly code: number
  /** job id (with its matrix values) → result; jobs that never started are 'skipped'. */
  readonly jobs: ReadonlyMap<string, JobResult>
  /** Jobs in the order they started. */
  readonly order: readonly string[]
  /** Every step's output lines, `job | line`. */
  readonly log: string
  readonly seconds: number
  /** job key → seconds from its first log line to its last (act stamps lines to the second). */
  readonly jobSeconds: ReadonlyMap<string, number>
}

interface JsonLine {
  jobID?: string
  jobResult?: JobResult
  matrix?: Record<string, unknown>
  msg?: string
  step?: string
  time?: string
}

function jobKey(line: JsonLine): string {
  const m = Object.entries(line.matrix ?? {})
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',')
  return m === '' ? (line.jobID ?? '?') : `${line.jobID ?? '?'}(${m})`
}

/** Runs one workflow for one event under act; resolves when act exits. */
export async function runAct(o: ActOptions): Promise<ActRun> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'gp-act-run-'))
  try {
    const eventFile = path.join(work, 'event.json')
    writeFileSync(eventFile, JSON.stringify({ ref: o.event.ref, repository: { default_branch: 'main', full_name: 'acme/app' }, ...o.event.payload }))
    const stands = standIns()
    // A store per run: act numbers every run alike, so a shared one would hand a run the artifacts an
    // earlier run uploaded under the same names (a lost shard would seem to have reported).
    const artifacts = path.join(work, 'artifacts')
    mkdirSync(artifacts, { recursive: true })
    const pins = [
      [`${PINS.uploadArtifact.repo}@${PINS.uploadArtifact.sha}`, stands.uploadArtifact],
      [`${PINS.downloadArtifact.repo}@${PINS.downloadArtifact.sha}`, stands.downloadArtifact],
      [`${PINS.attestBuildProvenance.repo}@${PINS.attestBuildProvenance.sha}`, stands.attestBuildProvenance],
      [`${SETUP_NODE.repo}@${SETUP_NODE.sha}`, stands.setupNode],
      [o.actionRef, o.actionDir],
    ]
    const args = [
      o.event.name,
      '-e',
      eventFile,
      '-W',
      o.workflow,
      ...(o.job !== undefined ? ['-j', o.job] : []),
      ...(o.matrix ?? []).flatMap(m => ['--matrix', m]),
      '-P',
      'ubuntu-24.04=-self-hosted',
      // The arm runner of a build-os or test-os row: this (amd64) host, which cross-compiles for it.
      '-P',
      'ubuntu-24.04-arm=-self-hosted',
      '--json',
      '--action-cache-path',
      o.actionCachePath,
      '--action-offline-mode',
      '--cache-server-addr',
      '127.0.0.1',
      '--cache-server-path',
      path.join(o.actionCachePath, 'cache-server'),
      '--artifact-server-addr',
      '127.0.0.1',
      '--artifact-server-port',
      String(await freePort()),
      '--artifact-server-path',
      artifacts,
      '--use-gitignore=false',
      // One job at a time, as one runner runs them: the jobs here share one host's Go caches (on
      // GitHub each job has a machine of its own), and two jobs extracting into one folder race.
      '--concurrent-jobs',
      '1',
      ...pins.flatMap(([ref, dir]) => ['--local-repository', `${ref}=${dir}`]),
      ...Object.entries(o.env ?? {}).flatMap(([k, v]) => ['--env', `${k}=${v}`]),
      ...Object.entries(o.secrets ?? {}).flatMap(([k, v]) => ['-s', `${k}=${v}`]),
      ...Object.entries(o.vars ?? {}).flatMap(([k, v]) => ['--var', `${k}=${v}`]),
    ]
    // The job's PATH: Node 24 first (act runs node24 actions with the node it finds), no Go (the
    // action installs its own), the machine's basics, and the deploy tools the test adds.
    const basics = (process.env.PATH ?? '').split(path.delimiter).filter(d => d !== '' && !existsSync(path.join(d, 'go')) && !d.includes('.node24'))
    const env = { HOME: os.homedir(), LANG: 'C.UTF-8', PATH: [path.dirname(o.node24), ...(o.path ?? []), ...basics].join(path.delimiter) }
    const started = performance.now()
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve, reject) => {
      const child = spawn(ACT_BIN, args, { cwd: o.repo, env, stdio: ['ignore', 'pipe', 'pipe'] })
      let out = ''
      child.stdout.on('data', (b: Buffer) => (out += b.toString()))
      child.stderr.on('data', (b: Buffer) => (out += b.toString()))
      child.on('error', reject)
      child.on('close', c => resolve({ code: c ?? 1, stdout: out }))
    })
    const seconds = (performance.now() - started) / 1000
    const jobs = new Map<string, JobResult>()
    const order: string[] = []
    const log: string[] = []
    const span = new Map<string, [number, number]>()
    for (const raw of stdout.split('\n')) {
      if (!raw.startsWith('{')) {
        if (raw.trim() !== '') log.push(raw)
        continue
      }
      let line: JsonLine
      try {
        line = JSON.parse(raw) as JsonLine
      } catch {
        continue
      }
      if (line.jobID === undefined) continue
      const key = jobKey(line)
      const at = line.time === undefined ? NaN : Date.parse(line.time)
      if (!Number.isNaN(at)) {
        const [from, to] = span.get(key) ?? [at, at]
        span.set(key, [Math.min(from, at), Math.max(to, at)])
      }
      if (line.step === 'Set up job' && !order.includes(key)) order.push(key)
      if (line.jobResult !== undefined) jobs.set(key, line.jobResult)
      if (line.msg !== undefined) log.push(`${key} | ${line.msg}`)
    }
    // GO_PIPELINE_ACT_LOGS=DIR keeps each run's whole act output, to see where a run's time goes.
    const keep = process.env.GO_PIPELINE_ACT_LOGS
    if (keep !== undefined && keep !== '') {
      mkdirSync(keep, { recursive: true })
      writeFileSync(path.join(keep, `${path.basename(o.repo)}-${o.event.name}-${o.event.ref.replace(/\W+/g, '_')}.jsonl`), stdout)
    }
    const jobSeconds = new Map([...span].map(([k, [from, to]]) => [k, (to - from) / 1000]))
    return { code, jobs, order, log: log.join('\n'), seconds, jobSeconds }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Every job id of a workflow file (for the ones act never started: skipped by their `if:`). */
export function workflowJobs(repo: string, workflow: string): string[] {
  const text = readFileSync(path.join(repo, workflow), 'utf8')
  const jobs = text.split(/^jobs:\s*$/m)[1] ?? ''
  return [...jobs.matchAll(/^ {2}([\w-]+):\s*$/gm)].map(m => m[1] ?? '')
}

/** Removes act's per-run host workspaces (they hold a copy of the repository each). */
export function pruneActWorkspaces(actionCachePath: string): void {
  if (!existsSync(actionCachePath)) return
  for (const e of readdirSync(actionCachePath)) if (/^[0-9a-f]{16}$/.test(e)) rmSync(path.join(actionCachePath, e), { recursive: true, force: true })
}
