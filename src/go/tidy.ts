/**
 * What `go mod tidy -diff` (Go 1.23+) and `go mod verify` print. Pure; table-tested.
 * tidy -diff prints, for each of go.mod and go.sum it would change, a unified diff headed
 * `diff current/<file> tidy/<file>`, and exits 1.
 */

export interface TidyChange {
  /** go.mod or go.sum */
  readonly file: string
  /** The line of the current file where the first change is (1 when the file would be created). */
  readonly line: number
  /** The file's diff, as tidy printed it. */
  readonly diff: string
}

const HEADER = /^diff current\/(\S+) tidy\/\S+$/
const HUNK = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/

export function parseTidyDiff(out: string): TidyChange[] {
  const blocks: { file: string; lines: string[] }[] = []
  for (const line of out.split(/\r?\n/)) {
    const header = HEADER.exec(line)
    if (header) blocks.push({ file: header[1] ?? '', lines: [line] })
    else blocks[blocks.length - 1]?.lines.push(line)
  }
  return blocks.map(b => ({ file: b.file, line: firstChange(b.lines), diff: b.lines.join('\n').trimEnd() }))
}

/** The first hunk's first `-` or `+` line, counted in the current file from the hunk's start. */
function firstChange(lines: readonly string[]): number {
  const at = lines.findIndex(l => HUNK.test(l))
  if (at < 0) return 1
  let line = Number(HUNK.exec(lines[at] ?? '')?.[1] ?? 1)
  for (const l of lines.slice(at + 1)) {
    if (l.startsWith('-') || l.startsWith('+') || l.startsWith('@@')) break
    line++
  }
  return Math.max(1, line)
}

/** `go mod verify`'s complaints: every line but the closing "all modules verified" and download notes. */
export function verifyProblems(out: string): string[] {
  return out
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l !== '' && l !== 'all modules verified' && !l.startsWith('go: downloading '))
}
