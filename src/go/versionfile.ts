/** Reading a Go version out of go.mod, go.work, .go-version and .tool-versions. Pure. */
import * as path from 'node:path'

export interface FileVersion {
  readonly version: string
  /**
   * `toolchain`: go.mod's toolchain line, the exact Go to build with. `minimum`: go.mod's go line,
   * which since Go 1.21 is the oldest Go that may build the module. `plain`: other files.
   */
  readonly kind: 'toolchain' | 'minimum' | 'plain'
  /** go.mod and go.work: the go line, the oldest Go that may build it (also when a toolchain line is the version). */
  readonly goLine?: string
}

/** The version a file asks for, or undefined when it names none. */
export function versionFromFile(file: string, content: string): FileVersion | undefined {
  const base = path.basename(file)
  if (base.endsWith('.mod') || base.endsWith('.work')) {
    const lines = content.split(/\r?\n/).map(l => l.replace(/\/\/.*$/, '').trim())
    const toolchain = lines.map(l => /^toolchain\s+go(\S+)$/.exec(l)?.[1]).find(v => v !== undefined)
    const go = lines.map(l => /^go\s+(\S+)$/.exec(l)?.[1]).find(v => v !== undefined)
    if (toolchain !== undefined) return { version: toolchain, kind: 'toolchain', ...(go !== undefined ? { goLine: go } : {}) }
    return go === undefined ? undefined : { version: go, kind: 'minimum', goLine: go }
  }
  if (base === '.tool-versions') {
    for (const l of content.split(/\r?\n/)) {
      const m = /^\s*(?:golang|go)\s+(\S+)/.exec(l)
      if (m?.[1]) return { version: m[1], kind: 'plain' }
    }
    return undefined
  }
  const first = content
    .split(/\r?\n/)
    .map(l => l.trim())
    .find(l => l !== '' && !l.startsWith('#'))
  return first === undefined ? undefined : { version: first.replace(/^go(?=\d)/, ''), kind: 'plain' }
}
