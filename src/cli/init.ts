/** `go-pipeline init [dir]` and `go-pipeline check [dir]`: write the repository's CI/CD, or check it for drift. */
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { errorMessage, FlagError, UserError } from '../errors.js'
import { applyPlan, checkGenerated, fileDiff, planInit } from '../generator/init.js'
import { FLAG_NAMES, parseInitFlags, type InitFlags } from '../generator/options.js'
import type { Writer } from '../ports/streams.js'
import type { CliIO } from './io.js'

function folder(io: CliIO, err: Writer, name: string, positionals: readonly string[]): string | undefined {
  if (positionals.length > 1) {
    err(`go-pipeline ${name}: expected at most one folder, got ${positionals.join(' ')}\n`)
    return undefined
  }
  return path.resolve(io.cwd, positionals[0] ?? '.')
}

export async function initCommand(args: readonly string[], io: CliIO, out: Writer, err: Writer, usage: string): Promise<number> {
  const options = {
    ...Object.fromEntries(FLAG_NAMES.map(n => [n, { type: 'string' as const }])),
    'dry-run': { type: 'boolean' as const },
    print: { type: 'boolean' as const },
    force: { type: 'boolean' as const },
  }
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true; strict: true }>>
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (error) {
    err(`go-pipeline init: ${errorMessage(error)}\n\n${usage}`)
    return 2
  }
  const dir = folder(io, err, 'init', parsed.positionals)
  if (dir === undefined) return 2
  const values = parsed.values as Record<string, string | boolean | undefined>
  const flags: InitFlags = {}
  for (const n of FLAG_NAMES) if (typeof values[n] === 'string') flags[n] = values[n]
  try {
    const gen = io.generator()
    const print = values.print === true
    const dry = values['dry-run'] === true || print
    // --print compares with what is there without touching it: a hand-written ci.yml is no conflict.
    const plan = await planInit(dir, parseInitFlags(flags), gen, values.force === true || print)
    if (print) {
      // Every generated file to standard output, each under a header line naming its path.
      for (const f of plan.files) out(`# ---- ${f.path}\n${f.content}`)
      return 0
    }
    // Written first, reported after: "created" is only ever said of a file that was written.
    if (!dry) await applyPlan(plan, gen)
    out(`go-pipeline init: ${plan.root} (go-pipeline ${plan.ref.repo}@${plan.ref.sha}${plan.ref.version ? ` ${plan.ref.version}` : ''})\n`)
    const verb: Record<string, string> = {
      create: dry ? 'would create' : 'created',
      update: dry ? 'would update' : 'updated',
      overwrite: dry ? 'would replace' : 'replaced',
      unchanged: 'unchanged',
      keep: 'kept (yours)',
    }
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

export async function checkCommand(args: readonly string[], io: CliIO, out: Writer, err: Writer): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: Record<string, never>; allowPositionals: true; strict: true }>>
  try {
    parsed = parseArgs({ args: [...args], options: {}, allowPositionals: true, strict: true })
  } catch (error) {
    err(`go-pipeline check: ${errorMessage(error)}\n`)
    return 2
  }
  const dir = folder(io, err, 'check', parsed.positionals)
  if (dir === undefined) return 2
  try {
    const result = await checkGenerated(dir, io.generator())
    if (result.drifted.length === 0) {
      out(`go-pipeline check: the generated files match ${result.command}\n`)
      return 0
    }
    for (const f of result.drifted) out(fileDiff(f))
    out(
      `\ngo-pipeline check: ${result.drifted.length} generated file(s) drifted: ${result.drifted.map(f => f.path).join(', ')}. Regenerate with: ${result.command} --force\n`,
    )
    return 1
  } catch (error) {
    err(`go-pipeline check: ${errorMessage(error)}\n`)
    return error instanceof UserError || error instanceof FlagError ? 2 : 1
  }
}
