/**
 * Runs the committed bundle the way GitHub's runner runs a `node24` action: `<node> dist/main/index.js`
 * with cwd = GITHUB_WORKSPACE, INPUT_* from action.yml defaults plus the step's `with:`, fresh
 * file-command files per phase (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE,
 * GITHUB_STEP_SUMMARY), the context env and an event payload; then post, with STATE_* from main.
 * GITHUB_ENV and GITHUB_PATH apply to every later step of the job, as on the runner.
 *
 * Test infrastructure only: never bundled into dist/.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as yaml from 'js-yaml'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * What is built once per machine and shared by every checkout (scripts/setup.sh and
 * scripts/setup-counterparts.sh write it; GO_PIPELINE_TOOLS moves it): the tools in tools/, the harness's
 * Go and golangci-lint release archives, certificates and stand-in actions in harness/ (each named by
 * its version or content hash), and the counterparts of the generated files in bin/.
 */
export const DEV_CACHE = process.env.GO_PIPELINE_TOOLS || path.join(os.homedir(), '.cache', 'go-pipeline-dev')
export const TOOLS = path.join(DEV_CACHE, 'tools')

export interface ParsedAnnotation {
  readonly level: 'error' | 'warning' | 'notice'
  readonly message: string
  readonly file?: string
  readonly line?: number
  readonly col?: number
  readonly title?: string
}

export interface PhaseResult {
  readonly phase: 'main' | 'post'
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly state: Record<string, string>
  readonly env: Record<string, string>
  readonly path: string[]
  readonly summary: string
  readonly annotations: ParsedAnnotation[]
  readonly seconds: number
}

export interface EventSpec {
  readonly name: string // push, pull_request, workflow_dispatch ...
  readonly ref: string // refs/heads/main, refs/pull/7/merge, refs/tags/v1.2.3
  readonly sha?: string
  readonly defaultBranch?: string
  readonly payload?: Record<string, unknown>
}

export interface JobOptions {
  readonly workspace: string
  readonly toolCache?: string
  /** The node binary (default: this process's). */
  readonly node?: string
  readonly event?: EventSpec
  /** Extra env for every phase and step (e.g. the cache service's). */
  readonly env?: Record<string, string>
  /** Makes @actions/tool-cache's download retries sleep 0 s instead of 10–20 s. */
  readonly fastRetries?: boolean
  readonly repository?: string
}

/** action.yml's input defaults, as the runner fills them in. */
export function actionDefaults(): Record<string, string> {
  const doc = yaml.load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>
  }
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    const d = spec.default
    out[name] = d === undefined ? '' : typeof d === 'string' ? d : JSON.stringify(d)
  }
  return out
}

/** PATH without any folder holding a `go` binary, so that only the action's Go can be found. */
export function pathWithoutGo(pathValue = process.env.PATH ?? ''): string {
  return pathValue
    .split(path.delimiter)
    .filter(dir => dir !== '' && !existsSync(path.join(dir, 'go')))
    .join(path.delimiter)
}

/** Parses a file-command file: `name=value` lines and `name<<DELIM ... DELIM` blocks. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delim = ''] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] ?? '')
      out[name] = value.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return out
}

function unescape(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
}

/** The `::error file=..,line=..::message` log commands in a phase's stdout. */
export function parseAnnotations(stdout: string): ParsedAnnotation[] {
  const out: ParsedAnnotation[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line.trimEnd())
    if (!m) continue
    const [, level, props = '', message = ''] = m
    const p: Record<string, string> = {}
    for (const kv of props.split(',')) {
      const eq = kv.indexOf('=')
      if (eq > 0) p[kv.slice(0, eq)] = unescape(kv.slice(eq + 1))
    }
    out.push({
      level: level as ParsedAnnotation['level'],
      message: unescape(message),
      ...(p.file !== undefined ? { file: p.file } : {}),
      ...(p.line !== undefined ? { line: Number(p.line) } : {}),
      ...(p.col !== undefined ? { col: Number(p.col) } : {}),
      ...(p.title !== undefined ? { title: p.title } : {}),
    })
  }
  return out
}

export interface StepResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs an argv and collects its output; `input`, when given, is written to its standard input. */
export function spawnCollect(command: string, args: string[], cwd: string, env: Record<string, string>, input?: string): Promise<StepResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] })
    // A command may exit without reading its input (EPIPE): its exit code tells what happened.
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(input)
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (b: Buffer) => (stdout += b.toString()))
    child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()))
    child.on('error', reject)
    child.on('close', code => resolve({ code: code ?? 1, stdout, stderr }))
  })
}

/** One job on a simulated runner: steps share the workspace, tool cache, env and PATH additions. */
export class Job {
  readonly workspace: string
  readonly toolCache: string
  readonly runnerTemp: string
  /** The runner's own folder: RUNNER_TEMP, the event file, and the tool cache unless one was given. */
  private readonly runnerRoot: string
  /** Env added by GITHUB_ENV in earlier steps. */
  readonly jobEnv: Record<string, string> = {}
  /** Folders added by GITHUB_PATH in earlier steps, newest first. */
  readonly jobPath: string[] = []
  private readonly pendingPosts: Record<string, string>[] = []
  private readonly options: JobOptions
  private readonly eventPath: string
  private readonly base: Record<string, string>

  constructor(options: JobOptions) {
    this.options = options
    this.workspace = options.workspace
    const runnerRoot = mkdtempSync(path.join(os.tmpdir(), 'gp-runner-'))
    this.runnerRoot = runnerRoot
    this.runnerTemp = path.join(runnerRoot, 'temp')
    this.toolCache = options.toolCache ?? path.join(runnerRoot, 'toolcache')
    mkdirSync(this.runnerTemp, { recursive: true })
    mkdirSync(this.toolCache, { recursive: true })
    const event = options.event ?? { name: 'push', ref: 'refs/heads/main' }
    const repository = options.repository ?? 'acme/hello-service'
    const defaultBranch = event.defaultBranch ?? 'main'
    const payload = { repository: { full_name: repository, default_branch: defaultBranch }, ...event.payload }
    this.eventPath = path.join(runnerRoot, 'event.json')
    writeFileSync(this.eventPath, JSON.stringify(payload))
    const refType = event.ref.startsWith('refs/tags/') ? 'tag' : 'branch'
    const refName = event.ref.replace(/^refs\/(heads|tags)\//, '')
    this.base = {
      HOME: process.env.HOME ?? os.homedir(),
      PATH: pathWithoutGo(),
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: this.eventPath,
      GITHUB_REF: event.ref,
      GITHUB_REF_NAME: refName,
      GITHUB_REF_TYPE: refType,
      GITHUB_SHA: event.sha ?? '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_RUN_ID: String(Date.now()),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'build',
      GITHUB_ACTOR: 'octocat',
      GITHUB_ACTION: 'go-pipeline',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
      RUNNER_TEMP: this.runnerTemp,
      RUNNER_TOOL_CACHE: this.toolCache,
      ImageOS: 'ubuntu24',
      ...(process.env.GOPROXY ? { GOPROXY: process.env.GOPROXY } : {}),
      ...options.env,
    }
  }

  /** The environment a step sees now. */
  stepEnv(extra: Record<string, string> = {}): Record<string, string> {
    const env: Record<string, string> = { ...this.base, ...this.jobEnv, ...extra }
    env.PATH = [...this.jobPath, env.PATH ?? ''].join(path.delimiter)
    return env
  }

  private async phase(phase: 'main' | 'post', env: Record<string, string>): Promise<PhaseResult> {
    const dir = mkdtempSync(path.join(this.runnerTemp, `_runner_file_commands-${phase}-`))
    const files = {
      GITHUB_OUTPUT: path.join(dir, `set_output_${randomUUID()}`),
      GITHUB_ENV: path.join(dir, `set_env_${randomUUID()}`),
      GITHUB_PATH: path.join(dir, `add_path_${randomUUID()}`),
      GITHUB_STATE: path.join(dir, `save_state_${randomUUID()}`),
      GITHUB_STEP_SUMMARY: path.join(dir, `step_summary_${randomUUID()}`),
    }
    for (const f of Object.values(files)) writeFileSync(f, '')
    const node = this.options.node ?? process.execPath
    const args: string[] = []
    if (this.options.fastRetries) {
      args.push('--import', 'data:text/javascript,globalThis.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS=0;globalThis.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS=0')
    }
    args.push(path.join(ROOT, 'dist', phase, 'index.js'))
    const started = performance.now()
    const r = await spawnCollect(node, args, this.workspace, { ...this.stepEnv(env), ...files })
    const seconds = (performance.now() - started) / 1000
    const read = (f: string): string => readFileSync(f, 'utf8')
    const result: PhaseResult = {
      phase,
      exitCode: r.code,
      stdout: r.stdout,
      stderr: r.stderr,
      outputs: parseFileCommand(read(files.GITHUB_OUTPUT)),
      state: parseFileCommand(read(files.GITHUB_STATE)),
      env: parseFileCommand(read(files.GITHUB_ENV)),
      path: read(files.GITHUB_PATH)
        .split('\n')
        .filter(l => l !== ''),
      summary: read(files.GITHUB_STEP_SUMMARY),
      annotations: parseAnnotations(r.stdout),
      seconds,
    }
    Object.assign(this.jobEnv, result.env)
    this.jobPath.unshift(...[...result.path].reverse())
    return result
  }

  /** Runs the action's main phase as a step `uses: ./` with `with: inputs`; queues its post. */
  async main(inputs: Record<string, string> = {}): Promise<PhaseResult> {
    const values = { ...actionDefaults(), ...inputs }
    const env: Record<string, string> = {}
    for (const [name, value] of Object.entries(values)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    const result = await this.phase('main', env)
    const state: Record<string, string> = { ...env }
    for (const [name, value] of Object.entries(result.state)) state[`STATE_${name}`] = value
    this.pendingPosts.push(state)
    return result
  }

  /** Runs the queued post phases (last action first), as at job end. */
  async post(): Promise<PhaseResult[]> {
    const results: PhaseResult[] = []
    while (this.pendingPosts.length > 0) {
      const env = defined(this.pendingPosts.pop(), 'a queued post')
      results.push(await this.phase('post', env))
    }
    return results
  }

  /** Removes the runner's own folder (the workspace and a given tool cache are the caller's). */
  remove(): void {
    rmSync(this.runnerRoot, { recursive: true, force: true })
  }

  /** A later `run:` step: an argv, with the job's env and PATH additions. */
  run(command: string, args: string[], extra: Record<string, string> = {}): Promise<StepResult> {
    return spawnCollect(command, args, this.workspace, this.stepEnv(extra))
  }
}

/** Convenience: one job with one action step (main, then post). */
export async function runAction(options: JobOptions, inputs: Record<string, string> = {}): Promise<{ job: Job; main: PhaseResult; post: PhaseResult }> {
  const job = new Job(options)
  const main = await job.main(inputs)
  const [post] = await job.post()
  return { job, main, post: defined(post, 'a post phase') }
}

/** The value, or a failed test saying what was missing (for what an index or a lookup may not hold). */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}`)
  return value
}
