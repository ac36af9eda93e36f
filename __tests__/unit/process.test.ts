import { describe, expect, it } from '@jest/globals'
import { runProcess, spawnOptions } from '../../src/ports/process.js'

// The niceness is field 19 of /proc/<pid>/stat (Linux); the shell's `cut` inherits it from the shell.
// Read at once, before this process could do anything after the start: under load, a command whose
// priority is lowered from outside after it starts has often run its first child already.
const niceness = (background: boolean) => runProcess('sh', ['-c', 'cut -d " " -f 19 /proc/$$/stat'], { env: { PATH: process.env.PATH ?? '' }, background })

const linux = process.platform === 'linux' ? it : it.skip

describe('runProcess', () => {
  linux('background runs the command and its children 10 steps below this process (at most 19); otherwise at its priority', async () => {
    const own = Number((await niceness(false)).stdout.trim())
    expect(Number.isInteger(own)).toBe(true)
    for (let i = 0; i < 20; i++) expect((await niceness(true)).stdout.trim()).toBe(String(Math.min(19, own + 10)))
  })

  linux('a background command that is not there is a failed command naming it, not a crash', async () => {
    const r = await runProcess('no-such-command-gp', ['x'], { env: { PATH: process.env.PATH ?? '' }, background: true })
    expect(r.code).toBe(127)
    expect(r.stderr).toContain('no-such-command-gp')
  })
})

describe('spawnOptions', () => {
  it('passes what the command asked for and the environment the adapter made, nothing else', () => {
    const signal = new AbortController().signal
    const onLine = (): void => undefined
    const made = { PATH: '/usr/bin' }
    expect(spawnOptions({ cwd: '/w', env: { GOOS: 'linux' }, silent: true, input: 'pw', timeoutMs: 5, signal, background: true }, made, onLine)).toEqual({
      env: made,
      cwd: '/w',
      input: 'pw',
      timeoutMs: 5,
      signal,
      background: true,
      onLine,
    })
    expect(spawnOptions({ background: false }, made)).toEqual({ env: made })
  })
})
