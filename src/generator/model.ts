/**
 * The generated workflows as data: typed jobs, steps and permissions, rendered to YAML by
 * src/generator/yaml.ts in a fixed key order. Building them as data is what lets a test walk a
 * workflow and prove what a job can and cannot do (the job that pushes runs no repository code).
 */
import type { Pin } from './pins.js'

export type Scalar = string | number | boolean

/** A value with the comment that explains it, written after it on the same line. */
export interface Commented<T> {
  readonly value: T
  readonly comment?: string
}

export type Level = 'read' | 'write'
export type Permissions = Readonly<Record<string, Commented<Level>>>

interface StepBase {
  readonly id?: string
  readonly name?: string
  readonly if?: string
}

export interface UsesStep extends StepBase {
  readonly uses: Pin
  readonly with?: Readonly<Record<string, Scalar>>
}

export interface RunStep extends StepBase {
  /** Values reach the script through env, never through ${{ }} inside it. */
  readonly env?: Readonly<Record<string, string>>
  readonly run: string
}

export type Step = UsesStep | RunStep

export function isUses(step: Step): step is UsesStep {
  return 'uses' in step
}

export interface Job {
  readonly id: string
  readonly name: string
  /** A comment line above the job. */
  readonly comment?: string
  readonly if?: string
  readonly needs?: readonly string[]
  readonly runsOn: string
  readonly timeoutMinutes: number
  readonly environment?: string
  readonly concurrency?: { readonly group: string; readonly cancelInProgress: boolean; readonly comment?: string }
  readonly permissions: Permissions
  readonly outputs?: Readonly<Record<string, string>>
  readonly strategy?: { readonly failFast: boolean; readonly matrix: { readonly include: readonly Readonly<Record<string, string>>[] } }
  readonly steps: readonly Step[]
}

export interface Workflow {
  /** Comment lines at the top (the generated header, then what the workflow does). */
  readonly header: readonly string[]
  readonly name: string
  /** Events: branch/tag filters, `schedule`'s cron entries, or null (every such event). */
  readonly on: Readonly<Record<string, Readonly<Record<string, readonly string[]>> | readonly { readonly cron: string }[] | null>>
  readonly permissions: Permissions
  readonly concurrency: { readonly group: string; readonly cancelInProgress: boolean }
  readonly jobs: readonly Job[]
}

/** The commands a script may run in a job that must not run the repository's code: the runner's own tools. */
const RUNNER_TOOLS = new Set(['gh', 'shopt', 'echo', 'test', 'set', 'cd', 'printf', 'sha256sum'])

/** The command words of a shell script's lines (assignments and blank or comment lines skipped). */
export function commandWords(script: string): string[] {
  return script
    .split('\n')
    .map(l => l.trim())
    .filter(l => l !== '' && !l.startsWith('#') && !/^[A-Za-z_]\w*=/.test(l))
    .map(l => l.split(/\s+/)[0] ?? '')
}

/**
 * The steps of a job that run (or bring in) the repository's code: a checkout, a local action,
 * go-pipeline with any stage but `image` from verified prebuilt binaries, or a script that runs
 * anything but the runner's own tools (gh, sha256sum…). A job without them handles only what it
 * downloaded and checked.
 */
export function repositoryCodeSteps(job: Job, actionRepo: string): Step[] {
  return job.steps.filter(step => {
    if (!isUses(step)) return commandWords(step.run).some(w => !RUNNER_TOOLS.has(w))
    if (step.uses.repo === 'actions/checkout') return true
    if (step.uses.repo.startsWith('./')) return true
    if (step.uses.repo === actionRepo) {
      const stages = String(step.with?.stages ?? '')
        .split(/[\s,]+/)
        .filter(Boolean)
      return !(stages.length === 1 && stages[0] === 'image' && String(step.with?.['binaries-dir'] ?? '') !== '')
    }
    return false
  })
}

/** Whether a job may write to the repository, packages, attestations or mint OIDC tokens. */
export function isPrivileged(job: Job): boolean {
  return Object.entries(job.permissions).some(([scope, p]) => p.value === 'write' && scope !== 'checks')
}
