/** `go-pipeline <command>`: the terminal front door. Returns the exit code. */
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { INPUT_DEFAULTS } from '../config/inputs.js'
import { errorMessage, FlagError, UserError } from '../errors.js'
import { applyPlan, checkGenerated, fileDiff, planInit } from '../generator/init.js'
import { DEPLOY_TARGETS, FLAG_NAMES, parseInitFlags, type InitFlags } from '../generator/options.js'
import { safeWriter, type Writer } from '../ports/streams.js'
import type { CliIO } from './io.js'
import { RUN_FLAGS, runCommand } from './run.js'

export const USAGE = `Usage: go-pipeline <command> [options]

Commands:
  run [dir]     Run the pipeline's stages on this machine, as the action runs them in CI.
                dir is the Go module or workspace root (default: the current folder).
  init [dir]    Write the repository's CI/CD: .github/workflows/ci.yml (pull requests: checks) and
                cd.yml (pushes and tags: image, attestation, release, deploy), and, when absent, a
                Dockerfile, .dockerignore, .golangci.yml, .github/dependabot.yml and deploy files.
  check [dir]   Exit 1 with a unified diff when the generated files drifted from what init writes.
  help          Show this text.

Options of init:
  --image REPO          Build and push this image (e.g. ghcr.io/owner/app). Default: no image.
  --deploy TARGET       ${DEPLOY_TARGETS.join(', ')} (default none); kubernetes and helm need --image.
  --platforms LIST      os/arch list for the binaries (default: the action's).
  --go-versions LIST    Go versions of the CI matrix (default: go.mod's and stable).
  --action-ref REF      owner/repo@<commit SHA> of go-pipeline for the generated steps. Default: the
                        newest v1 release, resolved with git ls-remote (offline: an error asking for it).
  --action-version V    The release of --action-ref's commit (vX.Y.Z), for the pin's comment.
  --binary NAME         The program the image runs and ssh deploys (default: the only or first one).
  --port N              The port the service listens on (default 8080).
  --health-path PATH    Its health endpoint (default /healthz).
  --dry-run             Print what would be written; write nothing.
  --force               Replace hand-written ci.yml / cd.yml.

Options of run (the action's inputs, same names and meaning):
${RUN_FLAGS.map(n => `  --${n.padEnd(22)}default: ${INPUT_DEFAULTS[n] === '' ? '(none)' : INPUT_DEFAULTS[n]}`).join('\n')}
`

export async function cli(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv
  const out = safeWriter(io.out)
  const err = safeWriter(io.err)
  if (rest.includes('--help') || rest.includes('-h')) {
    out(USAGE)
    return 0
  }
  switch (command) {
    case 'run':
      return runCommand(rest, io, out, err, USAGE)
    case 'init':
      return initCommand(rest, io, out, err)
    case 'check':
      return checkCommand(rest, io, out, err)
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      out(USAGE)
      return command === undefined ? 2 : 0
    default:
      err(`go-pipeline: unknown command "${command}". Commands: run, init, check, help.\n`)
      return 2
  }
}

function folder(io: CliIO, err: Writer, name: string, positionals: readonly string[]): string | undefined {
  if (positionals.length > 1) {
    err(`go-pipeline ${name}: expected at most one folder, got ${positionals.join(' ')}\n`)
    return undefined
  }
  return path.resolve(io.cwd, positionals[0] ?? '.')
}

async function initCommand(args: readonly string[], io: CliIO, out: Writer, err: Writer): Promise<number> {
  const options = {
    ...Object.fromEntries(FLAG_NAMES.map(n => [n, { type: 'string' as const }])),
    'dry-run': { type: 'boolean' as const },
    force: { type: 'boolean' as const },
  }
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true; strict: true }>>
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (error) {
    err(`go-pipeline init: ${errorMessage(error)}\n\n${USAGE}`)
    return 2
  }
  const root = folder(io, err, 'init', parsed.positionals)
  if (root === undefined) return 2
  const values = parsed.values as Record<string, string | boolean | undefined>
  const flags: InitFlags = {}
  for (const n of FLAG_NAMES) if (typeof values[n] === 'string') flags[n] = values[n] as string
  try {
    const gen = io.generator(root)
    const plan = await planInit(root, parseInitFlags(flags), gen, values.force === true)
    const dry = values['dry-run'] === true
    // Written first, reported after: "created" is only ever said of a file that was written.
    if (!dry) await applyPlan(root, plan, gen)
    out(`go-pipeline init: ${root} (go-pipeline ${plan.ref.repo}@${plan.ref.sha}${plan.ref.version ? ` ${plan.ref.version}` : ''})\n`)
    const verb: Record<string, string> = { create: dry ? 'would create' : 'created', update: dry ? 'would update' : 'updated', overwrite: dry ? 'would replace' : 'replaced', unchanged: 'unchanged', keep: 'kept (yours)' }
    for (const f of plan.files) out(`  ${(verb[f.action] ?? f.action).padEnd(13)} ${f.path}\n`)
    for (const n of plan.notes) out(`  note: ${n}\n`)
    if (dry) {
      for (const f of plan.files) if (f.action !== 'unchanged' && f.action !== 'keep') out(`\n${fileDiff(f)}`)
      out('\n--dry-run: nothing was written.\n')
    }
    return 0
  } catch (error) {
    err(`go-pipeline init: ${errorMessage(error)}\n`)
    return error instanceof FlagError ? 2 : 1
  }
}

async function checkCommand(args: readonly string[], io: CliIO, out: Writer, err: Writer): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: Record<string, never>; allowPositionals: true; strict: true }>>
  try {
    parsed = parseArgs({ args: [...args], options: {}, allowPositionals: true, strict: true })
  } catch (error) {
    err(`go-pipeline check: ${errorMessage(error)}\n`)
    return 2
  }
  const root = folder(io, err, 'check', parsed.positionals)
  if (root === undefined) return 2
  try {
    const result = await checkGenerated(root, io.generator(root))
    if (result.drifted.length === 0) {
      out(`go-pipeline check: the generated files match ${result.command}\n`)
      return 0
    }
    for (const f of result.drifted) out(fileDiff(f))
    out(`\ngo-pipeline check: ${result.drifted.length} generated file(s) drifted: ${result.drifted.map(f => f.path).join(', ')}. Regenerate with: ${result.command} --force\n`)
    return 1
  } catch (error) {
    err(`go-pipeline check: ${errorMessage(error)}\n`)
    return error instanceof UserError || error instanceof FlagError ? 2 : 1
  }
}
