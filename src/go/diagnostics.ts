/** Parsers for go vet and gofmt output. Pure. */
import * as path from 'node:path'

export interface Finding {
  /** Absolute path. */
  readonly file: string
  readonly line: number
  readonly col?: number
  readonly message: string
  /** The analyzer or linter that found it. */
  readonly source?: string
}

const POSITION = /^(?:vet: )?((?:[A-Za-z]:)?[^\s:]+\.go):(\d+)(?::(\d+))?: (.*)$/

/** `file.go:12:3: message` lines (compiler errors, vet text), relative to `cwd` when not absolute. */
export function parsePositionLines(text: string, cwd: string): Finding[] {
  const out: Finding[] = []
  for (const line of text.split(/\r?\n/)) {
    const m = POSITION.exec(line.trim())
    if (!m) continue
    const [, file = '', ln = '0', col, message = ''] = m
    out.push({ file: path.resolve(cwd, file), line: Number(ln), ...(col ? { col: Number(col) } : {}), message })
  }
  return out
}

/**
 * Splits a stream of concatenated JSON objects (go vet puts `# pkg` comment lines between them;
 * govulncheck indents each one). Lenient by default: what is not JSON is skipped. `strict`: a value
 * that does not parse, or a stream that ends inside one, is an error (a tool's output cut short).
 */
export function jsonObjects(text: string, { strict = false } = {}): unknown[] {
  const out: unknown[] = []
  let depth = 0
  let start = -1
  let inString = false
  let escaped = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (escaped) escaped = false
      else if (c === '\\') escaped = true
      else if (c === '"') inString = false
      continue
    }
    if (c === '"' && depth > 0) inString = true
    else if (c === '{') {
      if (depth === 0) start = i
      depth++
    } else if (c === '}' && depth > 0) {
      depth--
      if (depth === 0) {
        try {
          out.push(JSON.parse(text.slice(start, i + 1)))
        } catch (error) {
          if (strict) throw error
          // not JSON after all: skip it
        }
      }
    }
  }
  if (strict && depth !== 0) throw new Error('the JSON stream ends inside a value')
  return out
}

/** `go vet -json` output: {pkg: {analyzer: [{posn, message}] | {error}}} objects. */
export function parseVetJson(text: string): Finding[] {
  const out: Finding[] = []
  for (const obj of jsonObjects(text)) {
    if (typeof obj !== 'object' || obj === null) continue
    for (const analyzers of Object.values(obj as Record<string, unknown>)) {
      if (typeof analyzers !== 'object' || analyzers === null) continue
      for (const [analyzer, diags] of Object.entries(analyzers as Record<string, unknown>)) {
        if (!Array.isArray(diags)) continue
        for (const d of diags as Record<string, unknown>[]) {
          const posn = typeof d.posn === 'string' ? /^(.*\.go):(\d+)(?::(\d+))?$/.exec(d.posn) : null
          if (!posn || typeof d.message !== 'string') continue
          out.push({
            file: posn[1] ?? '',
            line: Number(posn[2]),
            ...(posn[3] ? { col: Number(posn[3]) } : {}),
            message: d.message,
            source: analyzer,
          })
        }
      }
    }
  }
  return out
}

export interface FormatDiff {
  /** Absolute path. */
  readonly file: string
  /** The first line gofmt would change, in the file as it is. */
  readonly line: number
  readonly diff: string
}

/** `gofmt -d` output: one unified diff per file, headed `diff a.go.orig a.go`. */
export function parseGofmtDiff(text: string, cwd: string): FormatDiff[] {
  const out: FormatDiff[] = []
  const chunks = text.split(/^(?=diff )/m).filter(c => c.startsWith('diff '))
  for (const chunk of chunks) {
    const header = /^diff (.+)\.orig (.+)$/m.exec(chunk)
    const file = header?.[2]?.trim()
    if (!file) continue
    let line = 1
    const hunk = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@.*\n((?:[ +\-\\].*\n?)*)/m.exec(chunk)
    if (hunk) {
      const body = (hunk[2] ?? '').split('\n')
      const firstChange = body.findIndex(l => l.startsWith('-') || l.startsWith('+'))
      line = Number(hunk[1]) + Math.max(0, firstChange)
    }
    out.push({ file: path.resolve(cwd, file), line, diff: chunk.trimEnd() })
  }
  return out
}
