/** Errors that carry what a user needs to fix them. */

/** A bad input: names the input, the value and what would be accepted. */
export class InputError extends Error {
  override readonly name = 'InputError'
  constructor(
    readonly input: string,
    readonly value: string,
    readonly accepted: string,
    readonly problem = 'is not valid',
  ) {
    super(`Input "${input}": "${value}" ${problem}. Accepted: ${accepted}.`)
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
    super(`Flag --${flag}: "${value}" ${problem}. Accepted: ${accepted}.`)
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
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}
