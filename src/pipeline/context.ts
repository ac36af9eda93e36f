/** What stages share: the config, the host's ports, and facts earlier stages established. */
import type { Config } from '../config.js'
import type { Host } from '../ports/ports.js'

export interface GoFacts {
  /** semver of the Go in use, e.g. 1.26.8 */
  readonly version: string
  readonly goroot: string
  /** How setup got it. */
  readonly source: 'tool-cache' | 'download' | 'path'
  /** `go env -json` of the installed Go, run in the working directory. */
  readonly env: Readonly<Record<string, string>>
}

export interface Facts {
  go?: GoFacts
}

export interface Context {
  readonly config: Config
  readonly host: Host
  readonly facts: Facts
}

/** The Go facts, for a stage that runs after setup (an ordering bug otherwise). */
export function requireGo(ctx: Context): GoFacts {
  if (ctx.facts.go === undefined) throw new Error('internal: a stage needs Go before setup has run')
  return ctx.facts.go
}
