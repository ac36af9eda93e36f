/** Errors that carry what a user needs to fix them, and the line between those and go-pipeline's own bugs. */
import { shown } from './text.js'

/** Where a bug in go-pipeline is reported. */
export const ISSUES_URL = 'https://github.com/go-pipeline/go-pipeline/issues'

/** A bad input: names the input, the value (escaped, cut short) and what would be accepted. */
export class InputError extends Error {
  override readonly name = 'InputError'
  constructor(
    readonly input: string,
    readonly value: string,
    readonly accepted: string,
    readonly problem = 'is not valid',
  ) {
    super(`Input "${input}": ${shown(value)} ${problem}. Accepted: ${accepted}.`)
  }
}

/** A bad command-line flag of the CLI: names the flag, the value and what would be accepted. */
export class FlagError extends Error {
  override readonly name = 'FlagError'
  constructor(
    readonly flag: string,
    readonly value: string,
    readonly accepted: string,
    readonly problem = 'is not valid',
  ) {
    super(`Flag --${flag}: ${shown(value)} ${problem}. Accepted: ${accepted}.`)
  }
}

/** A failure the user can act on, with no stack trace worth showing. */
export class UserError extends Error {
  override readonly name = 'UserError'
}

/** Whatever was thrown (an Error, a string, anything), as one readable line. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    // JSON.stringify answers undefined for undefined, functions and symbols, whatever its types say.
    const json: unknown = JSON.stringify(error)
    return typeof json === 'string' ? json : String(error)
  } catch {
    return String(error)
  }
}

/**
 * Whether an error is go-pipeline's own bug rather than something the user or a tool did: anything
 * that is not one of the errors above, nor a process that could not start or timed out.
 */
export function isInternal(error: unknown): boolean {
  if (!(error instanceof Error)) return true
  return !['InputError', 'FlagError', 'UserError', 'ProcessError'].includes(error.name)
}

/** The line to show for an internal error: what happened, that it is a bug, and where to report it. */
export function internalMessage(error: unknown): string {
  return `internal error: ${errorMessage(error)} (this is a bug in go-pipeline; please report it with this log at ${ISSUES_URL})`
}

/** The stack of an internal error, for the log. */
export function errorStack(error: unknown): string {
  return error instanceof Error && error.stack !== undefined ? error.stack : String(error)
}
