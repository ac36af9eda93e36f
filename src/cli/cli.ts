/** `go-pipeline <command>`: the terminal front door. Returns the exit code. */
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { INPUT_DEFAULTS, INPUT_NAMES, loadConfig, type InputName } from '../config.js'
import { errorMessage } from '../errors.js'
import type { Context } from '../pipeline/context.js'
import { selectStages } from '../pipeline/pipeline.js'
import { renderSummary } from '../pipeline/report.js'
import { runPipeline } from '../pipeline/runner.js'
import type { Host } from '../ports/ports.js'

export const USAGE = `Usage: go-pipeline <command> [options]

Commands:
  run [dir]     Run the pipeline's stages on this machine, as the action runs them in CI.
                dir is the Go module or workspace root (default: the current folder).
  help          Show this text.

Options of run (the action's inputs, same names and meaning):
${INPUT_NAMES.filter(n => n !== 'working-directory')
  .map(n => `  --${n.padEnd(22)}default: ${INPUT_DEFAULTS[n] === '' ? '(none)' : INPUT_DEFAULTS[n]}`)
  .join('\n')}
`

export interface CliIO {
  readonly out: NodeJS.WritableStream
  readonly err: NodeJS.WritableStream
  readonly cwd: string
  /** Makes the host for `run` (injected so tests and the bundle choose it). */
  readonly host: () => Host
}

export async function cli(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'run':
      return runCommand(rest, io)
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out.write(USAGE)
      return command === undefined ? 2 : 0
    default:
      io.err.write(`go-pipeline: unknown command "${command}". Commands: run, help.\n`)
      return 2
  }
}

async function runCommand(args: readonly string[], io: CliIO): Promise<number> {
  const options = Object.fromEntries(
    INPUT_NAMES.filter(n => n !== 'working-directory').map(n => [n, { type: 'string' as const }]),
  )
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (error) {
    io.err.write(`go-pipeline run: ${errorMessage(error)}\n\n${USAGE}`)
    return 2
  }
  if (parsed.positionals.length > 1) {
    io.err.write(`go-pipeline run: expected at most one folder, got ${parsed.positionals.join(' ')}\n`)
    return 2
  }
  const values = parsed.values as Record<string, string | undefined>
  // The folder given is the repository root: annotations are relative to it.
  const root = path.resolve(io.cwd, parsed.positionals[0] ?? '.')
  const raw = (name: InputName): string => (name === 'working-directory' ? '.' : (values[name] ?? INPUT_DEFAULTS[name]))

  const host = io.host()
  try {
    const config = await loadConfig(raw, root, host.files.readText)
    for (const warning of config.warnings) host.log.warning(warning)
    const ctx: Context = { config, host, run: { eventName: 'local', ref: '', sha: '' }, facts: {} }
    const report = await runPipeline(selectStages(config.stages), ctx)
    io.out.write(`\n${renderSummary(report, ctx.facts)}`)
    return report.failure === undefined ? 0 : 1
  } catch (error) {
    io.err.write(`go-pipeline run: ${errorMessage(error)}\n`)
    return 1
  }
}
