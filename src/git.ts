/** git through the Exec port: the one way go-pipeline runs git (stages and the generator alike). */
import type { Exec } from './ports/ports.js'
import { lastLines } from './text.js'

export type GitResult = { readonly ok: true; readonly stdout: string } | { readonly ok: false; readonly error: string }

/** `git <args>` in `cwd`, never prompting: its trimmed stdout, or why it failed (not installed, hung, non-zero). */
export async function gitRun(exec: Exec, cwd: string | undefined, args: readonly string[], timeoutMs = 60_000): Promise<GitResult> {
  try {
    const r = await exec.run('git', args, { ...(cwd !== undefined ? { cwd } : {}), silent: true, timeoutMs, env: { GIT_TERMINAL_PROMPT: '0' } })
    return r.code === 0 ? { ok: true, stdout: r.stdout.trim() } : { ok: false, error: lastLines(r.stderr, 2) || `exit ${r.code}` }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

/** `git <args>` in `cwd`: its trimmed stdout, or undefined when git fails, is missing or hangs. */
export async function git(exec: Exec, cwd: string, args: readonly string[], timeoutMs = 60_000): Promise<string | undefined> {
  const r = await gitRun(exec, cwd, args, timeoutMs)
  return r.ok ? r.stdout : undefined
}
