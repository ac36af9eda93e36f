/** Reading a Go version out of go.mod, go.work, .go-version and .tool-versions. Pure. */
import * as path from 'node:path'

/** The version text a file asks for, or undefined when it names none. */
export function versionFromFile(file: string, content: string): string | undefined {
  const base = path.basename(file)
  const lines = content.split(/\r?\n/).map(l => l.replace(/\/\/.*$/, '').trim())
  if (base.endsWith('.mod') || base.endsWith('.work')) {
    // The toolchain line names the exact Go to build with; the go line is the minimum.
    const toolchain = lines.map(l => /^toolchain\s+go(\S+)$/.exec(l)?.[1]).find(v => v !== undefined)
    if (toolchain !== undefined) return toolchain
    return lines.map(l => /^go\s+(\S+)$/.exec(l)?.[1]).find(v => v !== undefined)
  }
  if (base === '.tool-versions') {
    for (const l of content.split(/\r?\n/)) {
      const m = /^\s*(?:golang|go)\s+(\S+)/.exec(l)
      if (m) return m[1]
    }
    return undefined
  }
  const first = content
    .split(/\r?\n/)
    .map(l => l.trim())
    .find(l => l !== '' && !l.startsWith('#'))
  return first?.replace(/^go(?=\d)/, '')
}
