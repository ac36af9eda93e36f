/** Shared by the benchmarks: timing a process, medians, and the runner's file-command files. */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'

/** Wall seconds of one process; throws when it does not exit with the expected code. */
export function time(command: string, args: string[], env: Record<string, string>, cwd: string, expect = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { env, cwd, stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', code => {
      if (code !== expect) reject(new Error(`${command} ${args.join(' ')} exited ${code}, expected ${expect}`))
      else resolve((performance.now() - started) / 1000)
    })
  })
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2
}

/** Fresh, existing file-command files, as the runner gives each step. */
export function fileCommands(dir: string): Record<string, string> {
  const id = Math.random().toString(36).slice(2)
  const f = {
    GITHUB_OUTPUT: path.join(dir, `o-${id}`),
    GITHUB_ENV: path.join(dir, `e-${id}`),
    GITHUB_PATH: path.join(dir, `p-${id}`),
    GITHUB_STATE: path.join(dir, `s-${id}`),
    GITHUB_STEP_SUMMARY: path.join(dir, `m-${id}`),
  }
  for (const file of Object.values(f)) writeFileSync(file, '')
  return f
}

/** INPUT_* env for the given inputs. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  return env
}

/** Seconds per stage from a job summary's stage table (| id | status | N s | note |). */
export function stageSeconds(summary: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const m of summary.matchAll(/^\| (\w+) \| \S+ (success|failure|skipped) \| ([\d.]+) s \|/gm)) out.set(m[1] ?? '', Number(m[3]))
  return out
}

/** Each stage's median over runs, as `id seconds` pairs, leaving out the stages that took no time. */
export function medianSplit(runs: readonly ReadonlyMap<string, number>[]): string {
  const ids = [...new Set(runs.flatMap(r => [...r.keys()]))]
  return ids
    .map(id => `${id} ${median(runs.map(r => r.get(id) ?? 0)).toFixed(1)}`)
    .filter(s => !s.endsWith(' 0.0'))
    .join(', ')
}
