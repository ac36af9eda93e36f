/**
 * What govulncheck's `-format json` prints, and the repository's ignore file. Pure; table-tested.
 *
 * govulncheck streams indented JSON objects, one after another: `config`, `SBOM`, `progress`, an `osv`
 * record per vulnerability it looked at, and `finding`s. A finding's trace runs from the vulnerable
 * symbol (trace[0]) to the entry point in the scanned module. Its level is govulncheck's own verdict:
 * trace[0] with a function is a call (symbol level), with only a package an import, with only a module
 * a requirement.
 */
import { parse as parseYaml } from 'yaml'
import { jsonObjects } from './diagnostics.js'

export type VulnLevel = 'called' | 'imported' | 'required'

export interface VulnFrame {
  readonly module: string
  readonly version?: string
  readonly package?: string
  readonly function?: string
  readonly receiver?: string
  /** Relative to the frame's module root, forward slashes. */
  readonly position?: { readonly filename: string; readonly line: number; readonly column: number }
}

/** One vulnerability in one scanned module: its strongest level, and the traces at that level. */
export interface Vuln {
  readonly id: string
  readonly aliases: readonly string[]
  readonly summary: string
  readonly level: VulnLevel
  /** The vulnerable module (stdlib for the standard library). */
  readonly module: string
  readonly found: string
  /** Empty when no fixed version exists. */
  readonly fixed: string
  /** For called: each trace, vulnerable symbol first. */
  readonly traces: readonly (readonly VulnFrame[])[]
}

/** One vulnerability found in one scanned module, as the summary shows it. */
export interface FoundVuln {
  readonly id: string
  readonly summary: string
  readonly level: VulnLevel
  /** The vulnerable module and the version the build uses. */
  readonly module: string
  readonly found: string
  readonly fixed: string
  /** The scanned module (repository-relative folder). */
  readonly in: string
  /** The shortest call path, entry point first (called only). */
  readonly path?: string
  /** Where the user's code makes the call (repository-relative). */
  readonly site?: { readonly file: string; readonly line: number; readonly col: number }
  /** Set when an active ignore entry covers it. */
  readonly ignored?: { readonly reason: string; readonly until: string }
}

interface RawFinding {
  osv?: string
  fixed_version?: string
  trace?: VulnFrame[]
}
interface RawOsv {
  id?: string
  summary?: string
  aliases?: string[]
}

const RANK: Readonly<Record<VulnLevel, number>> = { called: 3, imported: 2, required: 1 }

function levelOf(trace: readonly VulnFrame[]): VulnLevel {
  const first = trace[0]
  if (first?.function) return 'called'
  if (first?.package) return 'imported'
  return 'required'
}

/** govulncheck's stream → one Vuln per id, at its strongest level. Throws on a stream it cannot read. */
export function parseGovulncheck(text: string): { readonly vulns: Vuln[]; readonly db?: string; readonly dbModified?: string } {
  const osvs = new Map<string, RawOsv>()
  const byId = new Map<string, { level: VulnLevel; fixed: string; module: string; found: string; traces: VulnFrame[][] }>()
  let db: string | undefined
  let dbModified: string | undefined
  for (const value of jsonObjects(text, { strict: true })) {
    if (typeof value !== 'object' || value === null) continue
    const record = value as { config?: { db?: string; db_last_modified?: string }; osv?: RawOsv; finding?: RawFinding }
    if (record.config) {
      db = record.config.db
      dbModified = record.config.db_last_modified
    }
    if (record.osv?.id) osvs.set(record.osv.id, record.osv)
    const f = record.finding
    if (!f?.osv || !f.trace || f.trace.length === 0) continue
    const level = levelOf(f.trace)
    const first = f.trace[0]
    const seen = byId.get(f.osv)
    if (seen === undefined || RANK[level] > RANK[seen.level]) {
      byId.set(f.osv, { level, fixed: f.fixed_version ?? '', module: first?.module ?? '', found: first?.version ?? '', traces: [f.trace] })
    } else if (level === seen.level && level === 'called') {
      seen.traces.push(f.trace)
    }
  }
  const vulns = [...byId.entries()]
    .map(([id, v]) => {
      const osv = osvs.get(id)
      return { id, aliases: osv?.aliases ?? [], summary: osv?.summary ?? '', ...v }
    })
    .sort((a, b) => RANK[b.level] - RANK[a.level] || a.id.localeCompare(b.id))
  return { vulns, ...(db ? { db } : {}), ...(dbModified ? { dbModified } : {}) }
}

/** A frame as people read it: pkg.Func or pkg.Type.Method, with the package's last element. */
export function frameName(f: VulnFrame): string {
  const pkg = f.package ? (f.package.split('/').pop() ?? f.package) : f.module
  if (!f.function) return pkg
  return `${pkg}.${f.receiver ? `${f.receiver.replace(/^\*/, '')}.` : ''}${f.function}`
}

/** The short call path of a trace, entry point first: `main.main → language.ParseAcceptLanguage`. */
export function callPath(trace: readonly VulnFrame[]): string {
  return [...trace].reverse().map(frameName).join(' → ')
}

/**
 * Where the user's code calls into the vulnerable code: the frame nearest the vulnerable symbol that
 * belongs to the scanned module (`own`), with its position. The call it makes is the frame before it.
 */
export function callSite(trace: readonly VulnFrame[], own: string): { readonly frame: VulnFrame; readonly callee: VulnFrame } | undefined {
  for (let i = 1; i < trace.length; i++) {
    const frame = trace[i]
    const callee = trace[i - 1]
    if (frame && callee && frame.module === own && frame.position && frame.position.line > 0) return { frame, callee }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// The ignore file.

/** The repository's ignore file, in the working directory. */
export const IGNORE_FILE = '.govulncheck.yaml'

export interface IgnoreEntry {
  readonly id: string
  readonly reason: string
  /** YYYY-MM-DD: ignored through this day (UTC); from the next day on, the vulnerability counts again. */
  readonly until: string
  /** 1-based line of the entry in the file (for annotations). */
  readonly line: number
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const ID = /^(GO-\d{4}-\d{4,}|CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3})$/

/** Parses the ignore file; every problem names the file, the entry and what is accepted. */
export function parseIgnoreFile(text: string, file = IGNORE_FILE): IgnoreEntry[] {
  const accepted = `${file} is a YAML map with one key, ignore: a list of entries, each with id (GO-2022-1059, or a CVE or GHSA alias), reason (why it does not apply) and until (a date, YYYY-MM-DD)`
  let doc: unknown
  try {
    doc = parseYaml(text)
  } catch (error) {
    throw new Error(`${file} is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Accepted: ${accepted}.`, {
      cause: error,
    })
  }
  if (doc === null || doc === undefined) return []
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new Error(`${file} is not a map. Accepted: ${accepted}.`)
  const unknown = Object.keys(doc).filter(k => k !== 'ignore')
  if (unknown.length > 0) throw new Error(`${file} has an unknown key "${unknown[0]}". Accepted: ${accepted}.`)
  const list = (doc as { ignore?: unknown }).ignore
  if (list === null || list === undefined) return []
  if (!Array.isArray(list)) throw new Error(`${file}: ignore is not a list. Accepted: ${accepted}.`)
  const lines = text.split(/\r?\n/)
  let from = 0
  return list.map((item: unknown, i) => {
    const where = `${file}: ignore entry ${i + 1}`
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error(`${where} is not a map. Accepted: ${accepted}.`)
    const e = item as Record<string, unknown>
    const extra = Object.keys(e).filter(k => !['id', 'reason', 'until'].includes(k))
    if (extra.length > 0) throw new Error(`${where} has an unknown key "${extra[0]}". Accepted: ${accepted}.`)
    const id = typeof e.id === 'string' ? e.id.trim() : ''
    if (!ID.test(id)) throw new Error(`${where}: id ${JSON.stringify(e.id ?? '')} is not a vulnerability id. Accepted: ${accepted}.`)
    const reason = typeof e.reason === 'string' ? e.reason.trim() : ''
    if (reason === '') throw new Error(`${where} (${id}) has no reason. Accepted: ${accepted}.`)
    // YAML reads an unquoted 2026-12-31 as a date.
    const until = e.until instanceof Date ? e.until.toISOString().slice(0, 10) : typeof e.until === 'string' ? e.until.trim() : ''
    if (!DATE.test(until) || Number.isNaN(Date.parse(`${until}T00:00:00Z`))) {
      throw new Error(`${where} (${id}): until ${JSON.stringify(e.until ?? '')} is not a date. Accepted: ${accepted}.`)
    }
    const at = lines.findIndex((l, n) => n >= from && l.includes(id))
    if (at >= 0) from = at + 1
    return { id, reason, until, line: at >= 0 ? at + 1 : 1 }
  })
}

export interface IgnoreVerdict {
  readonly entry: IgnoreEntry
  /** active: ignores what it names; expired: its until has passed (no longer ignores); unused: names nothing found. */
  readonly state: 'active' | 'expired' | 'unused'
  /** The ids it matched (an alias entry matches by alias). */
  readonly matched: readonly string[]
}

/** Which entries apply on `today` (YYYY-MM-DD, UTC) to the vulnerabilities found. */
export function applyIgnores(entries: readonly IgnoreEntry[], vulns: readonly Vuln[], today: string): IgnoreVerdict[] {
  return entries.map(entry => {
    const matched = vulns.filter(v => v.id === entry.id || v.aliases.includes(entry.id)).map(v => v.id)
    const state = entry.until < today ? 'expired' : matched.length === 0 ? 'unused' : 'active'
    return { entry, state, matched: [...new Set(matched)] }
  })
}
