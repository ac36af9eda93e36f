/** Modules of a repository: go.work's `use` list, or every go.mod below the root. Pure parsers. */

/** The `use` directories of a go.work file, as written (relative or absolute). */
export function goWorkUses(content: string): string[] {
  const uses: string[] = []
  let inBlock = false
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*$/, '').trim()
    if (inBlock) {
      if (line === ')') inBlock = false
      else if (line !== '') uses.push(unquote(line))
      continue
    }
    if (/^use\s*\($/.test(line)) inBlock = true
    else {
      const m = /^use\s+(\S+)$/.exec(line)
      if (m?.[1]) uses.push(unquote(m[1]))
    }
  }
  return uses
}

/** The module path declared in a go.mod. */
export function modulePath(content: string): string | undefined {
  for (const raw of content.split(/\r?\n/)) {
    const m = /^module\s+(\S+)/.exec(raw.replace(/\/\/.*$/, '').trim())
    if (m?.[1]) return unquote(m[1])
  }
  return undefined
}

function unquote(s: string): string {
  return s.replace(/^["`](.*)["`]$/, '$1')
}

/** Folders the go command never looks into for packages. */
export function skippedDir(name: string): boolean {
  return name === 'vendor' || name === 'testdata' || name === 'node_modules' || name.startsWith('.') || name.startsWith('_')
}
