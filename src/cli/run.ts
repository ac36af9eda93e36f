/** `go-pipeline run [dir]`: the action's stages on this machine, with the same inputs as flags. */
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../config/config.js'
import { INPUT_DEFAULTS, INPUT_NAMES, type InputName } from '../config/inputs.js'
import { errorMessage, errorStack, internalMessage, isInternal } from '../errors.js'
import type { Context } from '../pipeline/context.js'
import { selectStages } from '../stages/index.js'
import { renderSummary } from '../pipeline/report.js'
import { runPipeline } from '../pipeline/runner.js'
import type { Writer } from '../ports/streams.js'
import type { CliIO } from './io.js'

/** Every input but the folder (the positional argument) and the token (a developer's machine has its own git credentials; a token in argv is visible to every process). */
export const RUN_FLAGS = INPUT_NAMES.filter(n => n !== 'working-directory' && n !== 'private-modules-token')

export async function runCommand(args: readonly string[], io: CliIO, out: Writer, err: Writer, usage: string): Promise<number> {
  const options = Object.fromEntries(RUN_FLAGS.map(n => [n, { type: 'string' as const }]))
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (error) {
    err(`go-pipeline run: ${errorMessage(error)}\n\n${usage}`)
    return 2
  }
  if (parsed.positionals.length > 1) {
    err(`go-pipeline run: expected at most one folder, got ${parsed.positionals.join(' ')}\n`)
    return 2
  }
  const values = parsed.values as Record<string, string | undefined>
  // The folder given is the repository root: annotations are relative to it.
  const root = path.resolve(io.cwd, parsed.positionals[0] ?? '.')
  const host = io.host()
  if ((await host.files.kind((await host.files.realpath(root)) ?? root)) !== 'dir') {
    err(`go-pipeline run: ${root} is not a folder (give the folder of a Go module or workspace)\n`)
    return 2
  }
  const raw = (name: InputName): string => (name === 'working-directory' ? '.' : (values[name] ?? INPUT_DEFAULTS[name]))
  try {
    const config = await loadConfig(raw, root, host.files)
    for (const secret of config.secrets) host.log.mask(secret)
    for (const warning of config.warnings) host.log.warning(warning)
    const ctx: Context = { config, host, run: { eventName: 'local', ref: '', sha: '' }, facts: {} }
    const report = await runPipeline(selectStages(config.stages), ctx)
    out(`\n${renderSummary(report, ctx.facts)}`)
    return report.failure === undefined ? 0 : 1
  } catch (error) {
    if (isInternal(error)) err(`${errorStack(error)}\n`)
    err(`go-pipeline run: ${isInternal(error) ? internalMessage(error) : errorMessage(error)}\n`)
    return 1
  } finally {
    await host.cleanup()
  }
}
