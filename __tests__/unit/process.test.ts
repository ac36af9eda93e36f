import { describe, expect, it } from '@jest/globals'
import { runProcess } from '../../src/ports/process.js'

// The niceness is field 19 of /proc/<pid>/stat (Linux); the shell's `cut` inherits it from the shell.
const niceness = (background: boolean) => runProcess('sh', ['-c', 'cut -d " " -f 19 /proc/$$/stat'], { env: { PATH: process.env.PATH ?? '' }, background })

const linux = process.platform === 'linux' ? it : it.skip

describe('runProcess', () => {
  linux('background runs the command and its children at niceness 10; otherwise the parent’s', async () => {
    const own = Number((await niceness(false)).stdout.trim())
    expect((await niceness(true)).stdout.trim()).toBe(String(Math.max(own, 10)))
    expect(own).toBeLessThan(10)
  })
})
