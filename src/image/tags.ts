/**
 * Image names, tags and labels: pure functions of the run's context, tested as tables.
 *
 * The default tags follow docker/metadata-action's defaults plus the common additions:
 * - a branch push: the branch (sanitised to a valid tag);
 * - the default branch: also `latest`;
 * - a semver tag v1.2.3: `1.2.3`, `1.2`, `1` (no `1.2`/`1` for a prerelease, no `0` for 0.x);
 * - any other tag: the tag (sanitised);
 * - a pull request: `pr-<number>`;
 * - always: `sha-<7 hex>`.
 */
import * as semver from 'semver'

/** A repository reference without tag or digest: [registry[:port]/]path, lower case. */
export interface ImageName {
  /** As given, e.g. ghcr.io/owner/app or 127.0.0.1:5000/app. */
  readonly name: string
  /** The registry host the login goes to (docker.io when the name has none). */
  readonly registry: string
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/
export const TAG = /^[\w][\w.-]{0,127}$/

/** The parsed name, or why it is not one. */
export function parseImageName(value: string): ImageName | string {
  if (value.includes('@')) return 'has a digest (@…); give the repository only, the digest is an output'
  const parts = value.split('/')
  const first = parts[0] ?? ''
  const hasHost = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')
  const last = parts[parts.length - 1] ?? ''
  if (/:[^/]*$/.test(last) && !(parts.length === 1 && hasHost)) return 'has a tag (:…); give the repository only and the tags in the tags input'
  if (hasHost && !HOST.test(first)) return `has "${first}", which is not a registry host[:port]`
  const path = hasHost ? parts.slice(1) : parts
  if (path.length === 0 || path.some(p => !COMPONENT.test(p))) {
    return 'is not a repository name (lower-case letters, digits and . _ - separated by /)'
  }
  return { name: value, registry: hasHost ? first : 'docker.io' }
}

/** A branch or tag name as a valid Docker tag: invalid characters become '-', at most 128. */
export function sanitizeTag(ref: string): string {
  const t = ref.replace(/[^\w.-]/g, '-').replace(/^[.-]+/, '')
  return t.slice(0, 128)
}

export interface TagContext {
  readonly eventName: string
  /** refs/heads/x, refs/tags/v1, refs/pull/N/merge */
  readonly ref: string
  readonly sha: string
  readonly defaultBranch?: string
  readonly prNumber?: number
}

/** The default tags (without the image name), in a stable order, duplicates removed. */
export function defaultTags(c: TagContext): string[] {
  const tags: string[] = []
  if (c.eventName.startsWith('pull_request')) {
    const n = c.prNumber ?? Number(/^refs\/pull\/(\d+)\//.exec(c.ref)?.[1])
    if (Number.isInteger(n) && n > 0) tags.push(`pr-${n}`)
  } else if (c.ref.startsWith('refs/heads/')) {
    const branch = c.ref.slice('refs/heads/'.length)
    const t = sanitizeTag(branch)
    if (t !== '') tags.push(t)
    if (c.defaultBranch !== undefined && branch === c.defaultBranch) tags.push('latest')
  } else if (c.ref.startsWith('refs/tags/')) {
    const tag = c.ref.slice('refs/tags/'.length)
    const v = semver.valid(tag) !== null && /^v?\d/.test(tag) ? semver.parse(tag) : null
    if (v !== null) {
      tags.push(v.version)
      if (v.prerelease.length === 0) {
        tags.push(`${v.major}.${v.minor}`)
        if (v.major > 0) tags.push(`${v.major}`)
      }
    } else {
      const t = sanitizeTag(tag)
      if (t !== '') tags.push(t)
    }
  }
  if (/^[0-9a-f]{7,}$/.test(c.sha)) tags.push(`sha-${c.sha.slice(0, 7)}`)
  return [...new Set(tags)]
}

/**
 * The user's tags input: comma- or newline-separated tags, each a bare tag (`edge`) or a full
 * reference of the same repository (`ghcr.io/o/app:edge`). Returns bare tags, or why one is bad.
 */
export function parseTags(value: string, image: ImageName): string[] | string {
  const items = value
    .split(/[\n,]+/)
    .map(s => s.trim())
    .filter(Boolean)
  const tags: string[] = []
  for (const item of items) {
    let tag = item
    if (item.includes('/') || item.startsWith(`${image.name}:`)) {
      if (!item.startsWith(`${image.name}:`)) return `has "${item}", which is not a tag of ${image.name}`
      tag = item.slice(image.name.length + 1)
    }
    if (!TAG.test(tag)) return `has "${tag}", which is not a valid tag (letters, digits, _ . -, not starting with . or -, at most 128)`
    if (!tags.includes(tag)) tags.push(tag)
  }
  return tags
}

export interface LabelFacts {
  readonly repository?: string
  readonly serverUrl?: string
  readonly description?: string
  readonly license?: string
  readonly sha: string
  readonly version: string
  /** RFC 3339 (the commit's time, so the labels do not change between rebuilds). */
  readonly created: string
  /** The entrypoint program. */
  readonly title: string
}

/** The OCI annotations as labels; unknown facts are left out rather than filled with guesses. */
export function ociLabels(f: LabelFacts): Record<string, string> {
  const labels: Record<string, string> = {
    'org.opencontainers.image.title': f.title,
    'org.opencontainers.image.version': f.version,
    'org.opencontainers.image.created': f.created,
  }
  if (/^[0-9a-f]{40}$/.test(f.sha)) labels['org.opencontainers.image.revision'] = f.sha
  if (f.repository !== undefined && f.repository !== '') {
    labels['org.opencontainers.image.source'] = `${f.serverUrl ?? 'https://github.com'}/${f.repository}`
    labels['org.opencontainers.image.url'] = `${f.serverUrl ?? 'https://github.com'}/${f.repository}`
  }
  if (f.description) labels['org.opencontainers.image.description'] = f.description
  if (f.license && f.license !== 'NOASSERTION') labels['org.opencontainers.image.licenses'] = f.license
  return labels
}

/** The labels input: `key=value` lines (or comma-separated); a key must be a dotted name. */
export function parseLabels(value: string): Record<string, string> | string {
  const out: Record<string, string> = {}
  for (const line of value
    .split(/\n/)
    .map(s => s.trim())
    .filter(Boolean)) {
    const eq = line.indexOf('=')
    const key = eq > 0 ? line.slice(0, eq).trim() : ''
    if (!/^[a-z0-9][a-z0-9.\-_]*$/i.test(key)) return `has "${line}", which is not key=value with a label key such as org.example.team`
    out[key] = line.slice(eq + 1).trim()
  }
  return out
}

/** Whether this run pushes: auto pushes on pushes to the default branch and on tags, never on PRs. */
export function pushDecision(policy: 'auto' | 'true' | 'false', c: TagContext): { push: boolean; why: string } {
  if (policy === 'true') return { push: true, why: 'push is true' }
  if (policy === 'false') return { push: false, why: 'push is false' }
  if (c.eventName.startsWith('pull_request')) return { push: false, why: `push auto never pushes from a ${c.eventName} run` }
  if (c.ref.startsWith('refs/tags/')) return { push: true, why: 'a tag' }
  if (c.defaultBranch !== undefined && c.ref === `refs/heads/${c.defaultBranch}`) return { push: true, why: `the default branch (${c.defaultBranch})` }
  return { push: false, why: `push auto pushes on the default branch and tags; this is ${c.eventName || 'a run'} on ${c.ref || 'no ref'}` }
}
