import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { fileToolStore } from '../../src/ports/tool-store.js'
import { scratchFolders } from './scratch.js'

const scratchRoot = scratchFolders('gp-tools-')

function extracted(root: string, tag: string): string {
  const dir = mkdtempSync(path.join(root, 'x-'))
  mkdirSync(path.join(dir, 'bin'))
  writeFileSync(path.join(dir, 'bin', 'go'), tag)
  return dir
}

describe('the tool store', () => {
  it('two installs of one version at once both end with a complete copy that stays in place', async () => {
    const root = scratchRoot()
    const store = fileToolStore(path.join(root, 'cache'))
    const [a, b] = await Promise.all([store.add(extracted(root, 'a'), 'go', '1.26.8', 'x64'), store.add(extracted(root, 'b'), 'go', '1.26.8', 'x64')])
    expect(a).toBe(b)
    expect(['a', 'b']).toContain(readFileSync(path.join(a, 'bin', 'go'), 'utf8'))
    expect(existsSync(`${a}.complete`)).toBe(true)
    // A third install after the fact keeps the copy in use.
    const before = readFileSync(path.join(a, 'bin', 'go'), 'utf8')
    await store.add(extracted(root, 'c'), 'go', '1.26.8', 'x64')
    expect(readFileSync(path.join(a, 'bin', 'go'), 'utf8')).toBe(before)
    expect(await store.find('go', '~1.26.0', 'x64')).toEqual({ dir: a, version: '1.26.8' })
  })

  it('an interrupted install (no marker) is not found, and is replaced by the next install', async () => {
    const root = scratchRoot()
    const cache = path.join(root, 'cache')
    mkdirSync(path.join(cache, 'go', '1.26.8', 'x64'), { recursive: true })
    const store = fileToolStore(cache)
    expect(await store.find('go', '1.26.8', 'x64')).toBeUndefined()
  })
})
