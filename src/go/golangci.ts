/** golangci-lint's release layout, checksums file and JSON output. Pure. */
import type { Finding } from './diagnostics.js'

export interface LintAsset {
  readonly archive: string
  /** The folder inside the archive that holds the binary. */
  readonly folder: string
  readonly checksums: string
  readonly format: 'tar.gz' | 'zip'
}

export function lintAsset(version: string, os: string, arch: string): LintAsset {
  const folder = `golangci-lint-${version}-${os}-${arch}`
  const format = os === 'windows' ? 'zip' : 'tar.gz'
  return { archive: `${folder}.${format}`, folder, checksums: `golangci-lint-${version}-checksums.txt`, format }
}

/** `<sha256>  <filename>` lines → filename → sha256. */
export function parseChecksums(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(\S+)$/.exec(line.trim())
    if (m?.[1] && m[2]) out.set(m[2], m[1].toLowerCase())
  }
  return out
}

/** `golangci-lint run --output.json.path=stdout` → findings (paths as printed; abs with --path-mode=abs). */
export function parseLintJson(text: string): Finding[] {
  const start = text.indexOf('{')
  if (start < 0) return []
  const doc = JSON.parse(text.slice(start)) as { Issues?: Record<string, unknown>[] | null }
  const out: Finding[] = []
  for (const issue of doc.Issues ?? []) {
    const pos = (issue.Pos ?? {}) as Record<string, unknown>
    if (typeof pos.Filename !== 'string' || typeof issue.Text !== 'string') continue
    out.push({
      file: pos.Filename,
      line: typeof pos.Line === 'number' ? pos.Line : 1,
      ...(typeof pos.Column === 'number' && pos.Column > 0 ? { col: pos.Column } : {}),
      message: issue.Text,
      ...(typeof issue.FromLinter === 'string' ? { source: issue.FromLinter } : {}),
    })
  }
  return out
}
