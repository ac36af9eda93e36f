/**
 * The one process layer of both front doors (the action and the CLI): an argv (never a shell string),
 * an environment made for the child, standard input only when there is input, every stream error
 * handled, output decoded across chunks and echoed in whole lines (so a mask applies to a whole line),
 * and a timeout where a command can hang.
 */
import { spawn } from 'node:child_process'
import { getPriority, setPriority } from 'node:os'
import { StringDecoder } from 'node:string_decoder'
import type { ExecOptions, ExecResult } from './ports.js'

export interface SpawnOptions {
  readonly cwd?: string
  /** The child's whole environment (see childEnvironment). */
  readonly env: Readonly<Record<string, string>>
  /** Written to standard input, which is otherwise closed (/dev/null). */
  readonly input?: string
  /** Kills the command (SIGTERM, then SIGKILL) and fails after this long. */
  readonly timeoutMs?: number
  /** Each complete line of output, as it arrives (for echoing to a log). */
  readonly onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  /** Kills the command (SIGTERM, then SIGKILL) and fails when this is aborted. */
  readonly signal?: AbortSignal
  /** Lowers the command's CPU priority (see ExecOptions.background). */
  readonly background?: boolean
}

/**
 * How much lower background work runs than the process that starts it (niceness steps, at most 19;
 * below normal on Windows): the scheduler gives a normal process about ten times its share.
 */
const BACKGROUND_STEP = 10

/**
 * The SpawnOptions of a port's ExecOptions, the same for both adapters: they add only the child's
 * environment (made by childEnvironment) and where its lines go.
 */
export function spawnOptions(options: ExecOptions, env: Readonly<Record<string, string>>, onLine?: SpawnOptions['onLine']): SpawnOptions {
  return {
    env,
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    ...(options.input !== undefined ? { input: options.input } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
    ...(options.background === true ? { background: true } : {}),
    ...(onLine !== undefined ? { onLine } : {}),
  }
}

/** A command that could not be started, or did not finish in time: says which and why. */
export class ProcessError extends Error {
  override readonly name = 'ProcessError'
  constructor(
    message: string,
    readonly reason: 'spawn' | 'timeout' | 'cancelled',
    readonly code?: string,
  ) {
    super(message)
  }
}

/** After the process exits, how long its output streams may stay open (a grandchild holding them). */
const DRAIN_MS = 10_000
const KILL_GRACE_MS = 5_000

/** Collects a stream's text, decoding UTF-8 across chunk boundaries, and reports whole lines. */
class Collector {
  private readonly decoder = new StringDecoder('utf8')
  private text = ''
  private partial = ''
  constructor(private readonly onLine?: (line: string) => void) {}

  push(chunk: Buffer): void {
    this.add(this.decoder.write(chunk))
  }

  end(): string {
    this.add(this.decoder.end())
    if (this.partial !== '' && this.onLine) this.onLine(this.partial)
    this.partial = ''
    return this.text
  }

  private add(s: string): void {
    if (s === '') return
    this.text += s
    if (!this.onLine) return
    const lines = (this.partial + s).split('\n')
    this.partial = lines.pop() ?? ''
    for (const line of lines) this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line)
  }
}

export function runProcess(command: string, args: readonly string[], o: SpawnOptions): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const cancelled = (): ProcessError => new ProcessError(`${command} ${args.slice(0, 3).join(' ')} was cancelled`, 'cancelled')
    if (o.signal?.aborted === true) {
      reject(cancelled())
      return
    }
    let settled = false
    const timers: NodeJS.Timeout[] = []
    const finish = (outcome: () => void): void => {
      if (settled) return
      settled = true
      for (const t of timers) clearTimeout(t)
      outcome()
    }
    // Background work on Linux and macOS starts under `nice -n 10`: the command is at the lower priority
    // from its first instruction, and so is every thread and child it makes (Linux keeps a niceness per
    // thread: lowered from outside once the command runs, the threads it had already made would keep
    // theirs, and so would what they start). nice adds to this process's own niceness (at most 19), so
    // a runner that is already niced stays above its background work. Windows has no nice: there the
    // priority class (one per process) is lowered right after the start.
    const niced = o.background === true && process.platform !== 'win32'
    const file = niced ? 'nice' : command
    const argv = niced ? ['-n', String(BACKGROUND_STEP), '--', command, ...args] : [...args]
    let child: ReturnType<typeof spawn>
    try {
      child = spawn(file, argv, {
        cwd: o.cwd,
        env: o.env,
        stdio: [o.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true,
      })
    } catch (error) {
      // Synchronous spawn failures (an argument with a NUL byte, a bad option).
      reject(new ProcessError(`cannot start ${command}: ${(error as Error).message}`, 'spawn', (error as NodeJS.ErrnoException).code))
      return
    }
    if (o.background === true && !niced && child.pid !== undefined) {
      // A refusal (a sandbox without it) leaves the command at this process's priority: slower, not wrong.
      try {
        setPriority(child.pid, Math.min(19, getPriority() + BACKGROUND_STEP))
      } catch {
        // normal priority
      }
    }
    const out = new Collector(o.onLine && (l => o.onLine?.(l, 'stdout')))
    const err = new Collector(o.onLine && (l => o.onLine?.(l, 'stderr')))
    child.stdout?.on('data', (b: Buffer) => out.push(b))
    child.stderr?.on('data', (b: Buffer) => err.push(b))
    // A stream error (EPIPE on stdin when the command exits without reading it, a reset pipe) never
    // crashes the process: the exit code says what happened.
    child.stdout?.on('error', () => undefined)
    child.stderr?.on('error', () => undefined)
    if (child.stdin) {
      child.stdin.on('error', () => undefined)
      child.stdin.end(o.input)
    }
    child.on('error', (error: NodeJS.ErrnoException) => {
      const where = o.cwd !== undefined ? ` in ${o.cwd}` : ''
      const why = error.code === 'ENOENT' ? `${file} is not installed or not on PATH, or the folder${where} does not exist` : error.message
      finish(() => reject(new ProcessError(`cannot run ${command}${where}: ${why}`, 'spawn', error.code)))
    })
    let exitCode: number | null = null
    let exitSignal: NodeJS.Signals | null = null
    const done = (): void =>
      finish(() => resolve({ code: exitCode ?? (exitSignal !== null ? 128 + signalNumber(exitSignal) : 1), stdout: out.end(), stderr: err.end() }))
    child.on('exit', (code, signal) => {
      exitCode = code
      exitSignal = signal
      // 'close' follows once the output streams end; a grandchild may keep them open, so don't wait forever.
      timers.push(setTimeout(done, DRAIN_MS).unref())
    })
    child.on('close', done)
    const stop = (): void => {
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS).unref()
    }
    const timeoutMs = o.timeoutMs
    if (timeoutMs !== undefined) {
      timers.push(
        setTimeout(() => {
          stop()
          const seconds = Math.round(timeoutMs) / 1000
          finish(() => reject(new ProcessError(`${command} ${args.slice(0, 3).join(' ')} did not finish in ${seconds} s and was stopped`, 'timeout')))
        }, timeoutMs),
      )
    }
    const signal = o.signal
    if (signal !== undefined) {
      const onAbort = (): void => {
        stop()
        finish(() => reject(cancelled()))
      }
      signal.addEventListener('abort', onAbort, { once: true })
      child.on('exit', () => signal.removeEventListener('abort', onAbort))
    }
  })
}

function signalNumber(signal: NodeJS.Signals): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGTERM: 15 }
  return numbers[signal] ?? 0
}
