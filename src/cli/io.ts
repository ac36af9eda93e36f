/** What the CLI's commands are given: streams, the folder they run in, and factories for their ports. */
import type { GeneratorIO } from '../generator/init.js'
import type { CleaningHost } from '../ports/ports.js'

export interface CliIO {
  readonly out: NodeJS.WritableStream
  readonly err: NodeJS.WritableStream
  readonly cwd: string
  /** Makes the host for `run` (injected so tests and the bundle choose it). */
  readonly host: () => CleaningHost
  /** Makes the generator's ports for `init` and `check`. */
  readonly generator: () => GeneratorIO
}
