/** git through the Exec port: the one way go-pipeline runs git (stages and the generator alike). */
import type { Exec } from './ports/ports.js'

/** `git <args>` in `cwd`: its trimmed stdout, or undefined when git fails, is missing or hangs. */
export async function git(exec: Exec, cwd: string, args: readonly string[], timeoutMs = 60_000): Promise<string | undefined> {
  try {
    const r = await exec.run('git', args, { cwd, silent: true, timeoutMs, env: { GIT_TERMINAL_PROMPT: '0' } })
    return r.code === 0 ? r.stdout.trim() : undefined
  } catch {
    return undefined // git not installed, or it did not answer in time
  }
}
