import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { moveInto, nodeFiles } from '../../src/ports/node-files.js'
import { scratchFolders } from './scratch.js'

const scratch = scratchFolders('gp-files-')

/** A build-cache-like tree: `dirs` folders of `per` files each, file i of folder d holding d+i bytes. */
function tree(dirs: number, per: number): string {
  const root = scratch()
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
    const r = await nodeFiles.removeOlder(root, new Date(Date.now() - 3600 * 1000), name => name.endsWith('-a'))
    expect(r.removed).toBe(90)
    expect(r.kept).toBe(11)
    let bytes = 4
    for (let i = 0; i < 10; i++) bytes += 3 + i
    expect(r.bytes).toBe(bytes)
    expect(readdirSync(path.join(root, '03'))).toHaveLength(10)
    expect(readdirSync(path.join(root, '04'))).toHaveLength(0)
    expect(readdirSync(root)).toContain('README')
  })

  it("removeOlder judges an entry folder (Go's cached executable) by the folder's time, and removes it whole", async () => {
    const root = tree(2, 2)
    const used = path.join(root, '00', `${'a'.repeat(64)}-d`)
    const unused = path.join(root, '01', `${'b'.repeat(64)}-d`)
    for (const d of [used, unused]) {
      mkdirSync(d)
      writeFileSync(path.join(d, 'covdata'), 'ELF')
    }
    const past = new Date(Date.now() - 2 * 3600 * 1000)
    expect(await nodeFiles.ageAll(root, past)).toBe(7)
    // ageAll dates the folders too; Go then dates the folder it uses, not the program inside.
    expect(Math.abs(statSync(unused).mtimeMs - past.getTime())).toBeLessThan(1000)
    const now = new Date()
    utimesSync(used, now, now)
    const isEntry = (name: string): boolean => /^[0-9a-f]{64}-[ad]$/.test(name)
    const r = await nodeFiles.removeOlder(root, new Date(Date.now() - 3600 * 1000), isEntry)
    // The tree's four entry-less names stay (not entries), the used folder's program stays, the unused folder goes.
    expect(r).toEqual({ removed: 1, kept: 6, bytes: r.bytes })
    expect(readdirSync(used)).toEqual(['covdata'])
    expect(existsSync(unused)).toBe(false)
  })
})

describe('moveInto, which puts a checked restore in place', () => {
  const inode = (p: string): number => statSync(p).ino

  it('renames the folder whole where nothing is there', async () => {
    const from = tree(3, 2)
    const to = path.join(scratch(), 'go-build')
    const before = inode(from)
    await moveInto(from, to)
    expect(inode(to)).toBe(before)
    expect(readdirSync(path.join(to, '02'))).toEqual(['0-a', '1-a'])
  })

  it("renames each folder onto Go's empty one (one rename, not one per file) and keeps what is there", async () => {
    const from = tree(4, 5)
    writeFileSync(path.join(from, 'README'), 'from the archive')
    // What `go env` leaves in an empty GOCACHE: its subfolders, empty, and README.
    const to = scratch()
    for (let d = 0; d < 4; d++) mkdirSync(path.join(to, d.toString(16).padStart(2, '0')))
    writeFileSync(path.join(to, 'README'), 'already there')
    const folders = [0, 1, 2, 3].map(d => inode(path.join(from, `0${d}`)))
    await moveInto(from, to)
    expect([0, 1, 2, 3].map(d => inode(path.join(to, `0${d}`)))).toEqual(folders)
    expect(readdirSync(path.join(to, '03')).sort()).toEqual(['0-a', '1-a', '2-a', '3-a', '4-a'])
    expect(readFileSync(path.join(to, 'README'), 'utf8')).toBe('already there')
  })

  it('merges into a folder that holds files, keeping a file already there', async () => {
    const from = tree(2, 3)
    const to = scratch()
    mkdirSync(path.join(to, '01'))
    writeFileSync(path.join(to, '01', '0-a'), 'a self-hosted runner kept this')
    writeFileSync(path.join(to, '01', 'own-a'), 'and this')
    await moveInto(from, to)
    expect(readdirSync(path.join(to, '01')).sort()).toEqual(['0-a', '1-a', '2-a', 'own-a'])
    expect(readFileSync(path.join(to, '01', '0-a'), 'utf8')).toBe('a self-hosted runner kept this')
    expect(readdirSync(path.join(to, '00')).sort()).toEqual(['0-a', '1-a', '2-a'])
  })

  it("two halves moved at once into a folder that does not exist yet (a split restore's): both land, whichever renames first", async () => {
    for (let round = 0; round < 20; round++) {
      const to = path.join(scratch(), 'go-build')
      const [low, high] = [tree(4, 2), tree(4, 2)]
      // Each half holds only its own folders, as the archives of src/cache/split.ts do; README is in the second.
      for (const d of ['00', '01']) rmSync(path.join(high, d), { recursive: true })
      for (const d of ['02', '03']) rmSync(path.join(low, d), { recursive: true })
      rmSync(path.join(low, 'README'))
      await Promise.all([moveInto(low, to), moveInto(high, to)])
      expect(readdirSync(to).sort()).toEqual(['00', '01', '02', '03', 'README'])
      for (const d of ['00', '01', '02', '03']) expect(readdirSync(path.join(to, d)).sort()).toEqual(['0-a', '1-a'])
    }
  })
})
