import { mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { nodeFiles } from '../../src/ports/node-files.js'

/** A build-cache-like tree: `dirs` folders of `per` files each, file i of folder d holding d+i bytes. */
function tree(dirs: number, per: number): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gp-files-'))
  for (let d = 0; d < dirs; d++) {
    const dir = path.join(root, d.toString(16).padStart(2, '0'))
    mkdirSync(dir)
    for (let i = 0; i < per; i++) writeFileSync(path.join(dir, `${i}-a`), 'x'.repeat(d + i))
  }
  writeFileSync(path.join(root, 'README'), 'keep')
  return root
}

describe('the files port on a folder of many files', () => {
  it('du adds up every file below the folder, and a missing folder is 0', async () => {
    const root = tree(20, 30)
    let expected = 4
    for (let d = 0; d < 20; d++) for (let i = 0; i < 30; i++) expected += d + i
    expect(await nodeFiles.du(root)).toBe(expected)
    expect(await nodeFiles.du(path.join(root, 'missing'))).toBe(0)
  })

  it('ageAll dates every file back and counts them', async () => {
    const root = tree(20, 30)
    const past = new Date(Date.now() - 2 * 3600 * 1000)
    expect(await nodeFiles.ageAll(root, past)).toBe(601)
    for (const d of readdirSync(root).filter(n => n !== 'README')) {
      for (const f of readdirSync(path.join(root, d))) expect(Math.abs(statSync(path.join(root, d, f)).mtimeMs - past.getTime())).toBeLessThan(1000)
    }
  })

  it('removeOlder removes exactly the old files it may, and reports what is left', async () => {
    const root = tree(10, 10)
    const past = new Date(Date.now() - 2 * 3600 * 1000)
    await nodeFiles.ageAll(root, past)
    // Folder 03 and the README are used again (dated now); the README is also one to keep regardless.
    const now = new Date()
    for (const f of readdirSync(path.join(root, '03'))) utimesSync(path.join(root, '03', f), now, now)
    const r = await nodeFiles.removeOlder(root, new Date(Date.now() - 3600 * 1000), name => name === 'README')
    expect(r.removed).toBe(90)
    expect(r.kept).toBe(11)
    let bytes = 4
    for (let i = 0; i < 10; i++) bytes += 3 + i
    expect(r.bytes).toBe(bytes)
    expect(readdirSync(path.join(root, '03'))).toHaveLength(10)
    expect(readdirSync(path.join(root, '04'))).toHaveLength(0)
    expect(readdirSync(root)).toContain('README')
  })
})
