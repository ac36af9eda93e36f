/**
 * The lines a pull request added or changed: `git diff --unified=0 <base> HEAD` read into file → line
 * numbers (in the new file, repository-relative paths). Annotations of changed lines go first.
 */
import { gitRun } from './git.js'
import type { Exec } from './ports/ports.js'

/** Repository-relative path → the new file's added or changed line numbers. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>

/** A unified diff with zero context (`git diff -U0`) → the added and changed lines of each new file. Pure. */
export function parseChangedLines(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>()
  let file: string | undefined
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4).trim()
      // git quotes names with unusual characters ("b/a\tb.go"): those are left out rather than misread.
      file = name.startsWith('b/') ? name.slice(2) : undefined
      continue
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (hunk === null || file === undefined) continue
    const start = Number(hunk[1])
    const count = hunk[2] === undefined ? 1 : Number(hunk[2])
    if (count === 0) continue // a pure deletion adds no line
    const lines = out.get(file) ?? new Set<number>()
    for (let l = start; l < start + count; l++) lines.add(l)
    out.set(file, lines)
  }
  return out
}

/**
 * What the pull request changed, from its base commit to HEAD in `repo`, or why that is unknown (no
 * base commit in the event, or not in the checkout: a shallow clone).
 */
export async function changedLines(exec: Exec, repo: string, baseSha: string | undefined): Promise<{ changed: ChangedLines } | { why: string }> {
  if (baseSha === undefined) return { why: 'the event names no base commit' }
  const present = await gitRun(exec, repo, ['cat-file', '-e', `${baseSha}^{commit}`])
  if (!present.ok) return { why: `the base commit ${baseSha} is not in this checkout (check out with fetch-depth: 0)` }
  const diff = await gitRun(exec, repo, [
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    baseSha,
    'HEAD',
  ])
  if (!diff.ok) return { why: `git diff ${baseSha} HEAD failed: ${diff.error}` }
  return { changed: parseChangedLines(diff.stdout) }
}
