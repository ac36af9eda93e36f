/**
 * Workflows and deploy files to YAML text with the `yaml` library: keys in a fixed order (the order a
 * person writes them in), comments where they explain (pins, permissions), block scalars for scripts,
 * no folding. Quoting is the library's: a value is quoted exactly when YAML needs it.
 */
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml'
import { isUses, type Job, type Permissions, type Step, type Workflow } from './model.js'
import type { Pin } from './pins.js'

export const STRINGIFY = { lineWidth: 0, indentSeq: true, nullStr: '', flowCollectionPadding: false } as const

/** `owner/repo@<sha>`, and the release for the comment. */
export function usesValue(pin: Pin): string {
  return `${pin.repo}@${pin.sha}`
}

function permissions(p: Permissions): Record<string, string> {
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.value]))
}

function step(s: Step): Record<string, unknown> {
  const base = { ...(s.id ? { id: s.id } : {}), ...(s.name ? { name: s.name } : {}), ...(s.if ? { if: s.if } : {}) }
  if (isUses(s)) return { ...base, uses: usesValue(s.uses), ...(s.with && Object.keys(s.with).length > 0 ? { with: s.with } : {}) }
  return { ...base, ...(s.env && Object.keys(s.env).length > 0 ? { env: s.env } : {}), run: s.run.endsWith('\n') ? s.run : `${s.run}\n` }
}

function job(j: Job): Record<string, unknown> {
  return {
    name: j.name,
    ...(j.if ? { if: j.if } : {}),
    ...(j.needs && j.needs.length > 0 ? { needs: [...j.needs] } : {}),
    'runs-on': j.runsOn,
    'timeout-minutes': j.timeoutMinutes,
    ...(j.environment ? { environment: j.environment } : {}),
    ...(j.concurrency ? { concurrency: { group: j.concurrency.group, 'cancel-in-progress': j.concurrency.cancelInProgress } } : {}),
    permissions: Object.keys(j.permissions).length > 0 ? permissions(j.permissions) : {},
    ...(j.outputs ? { outputs: j.outputs } : {}),
    ...(j.strategy ? { strategy: { 'fail-fast': j.strategy.failFast, matrix: { include: j.strategy.matrix.include } } } : {}),
    steps: j.steps.map(step),
  }
}

function pair(map: unknown, key: string): Pair<Node, Node> | undefined {
  return isMap(map) ? (map as YAMLMap<Node, Node>).items.find(p => isScalar(p.key) && p.key.value === key) : undefined
}

function commentValue(map: unknown, key: string, comment: string | undefined): void {
  const p = pair(map, key)
  if (comment !== undefined && p?.value) p.value.comment = ` ${comment}`
}

/** Flow style ([a, b]) for short lists of plain words. */
function flowShortLists(node: unknown): void {
  if (isSeq(node)) {
    if (node.items.length <= 4 && node.items.every(i => isScalar(i) && typeof i.value === 'string' && !i.value.includes('\n'))) node.flow = true
    else node.items.forEach(flowShortLists)
  } else if (isMap(node)) {
    for (const p of node.items) flowShortLists(p.value)
  }
}

export function renderWorkflow(wf: Workflow): string {
  const doc = new Document({
    name: wf.name,
    on: wf.on,
    permissions: Object.keys(wf.permissions).length > 0 ? permissions(wf.permissions) : {},
    concurrency: { group: wf.concurrency.group, 'cancel-in-progress': wf.concurrency.cancelInProgress },
    jobs: Object.fromEntries(wf.jobs.map(j => [j.id, job(j)])),
  })
  doc.commentBefore = wf.header.map(l => (l === '' ? '' : ` ${l}`)).join('\n')
  const root = doc.contents
  for (const key of ['on', 'permissions', 'concurrency', 'jobs']) {
    const p = pair(root, key)
    if (p && isScalar(p.key)) p.key.spaceBefore = true
  }
  flowShortLists(pair(root, 'on')?.value)
  for (const [scope, p] of Object.entries(wf.permissions)) commentValue(pair(root, 'permissions')?.value, scope, p.comment)
  const jobs = pair(root, 'jobs')?.value
  wf.jobs.forEach((j, i) => {
    const jp = pair(jobs, j.id)
    if (!jp || !isScalar(jp.key)) return
    if (i > 0) jp.key.spaceBefore = true
    if (j.comment)
      jp.key.commentBefore = j.comment
        .split('\n')
        .map(l => ` ${l}`)
        .join('\n')
    flowShortLists(pair(jp.value, 'needs')?.value)
    for (const [scope, p] of Object.entries(j.permissions)) commentValue(pair(jp.value, 'permissions')?.value, scope, p.comment)
    if (j.concurrency?.comment) {
      const cp = pair(jp.value, 'concurrency')
      if (cp && isScalar(cp.key)) cp.key.commentBefore = ` ${j.concurrency.comment}`
    }
    const steps = pair(jp.value, 'steps')?.value
    if (!isSeq(steps)) return
    j.steps.forEach((s, k) => {
      if (isUses(s)) commentValue(steps.items[k], 'uses', s.uses.version)
    })
  })
  return doc.toString(STRINGIFY)
}

/** Any data (a Kubernetes manifest, a chart's values) as YAML, after header comment lines. */
export function renderData(header: readonly string[], data: unknown): string {
  const doc = new Document(data)
  if (header.length > 0) doc.commentBefore = header.map(l => (l === '' ? '' : ` ${l}`)).join('\n')
  return doc.toString(STRINGIFY)
}
