/**
 * Release archives (tar.gz, and zip for Windows) on node-tar and fflate, shared by both adapters.
 * Deterministic: entries sorted, every mtime the given one, no owner names or ids.
 */
import { chmod, copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { zipSync, type Zippable } from 'fflate'
import * as tar from 'tar'
import type { Archiver, ArchiveEntry } from './ports.js'

export const nodeArchiver: Archiver = {
  async tarGz(dest, entries, mtime) {
    const stage = await mkdtemp(path.join(os.tmpdir(), 'gp-archive-'))
    try {
      const names = [...entries].sort((a, b) => a.name.localeCompare(b.name))
      for (const e of names) {
        const to = path.join(stage, e.name)
        await copyFile(e.file, to)
        await chmod(to, ((await stat(e.file)).mode & 0o111) !== 0 ? 0o755 : 0o644)
      }
      await tar.create(
        { cwd: stage, file: dest, gzip: { level: 9 }, portable: true, mtime, noDirRecurse: true },
        names.map(e => e.name),
      )
    } finally {
      await rm(stage, { recursive: true, force: true })
    }
  },
  async zip(dest, entries: readonly ArchiveEntry[], mtime) {
    const files: Zippable = {}
    for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
      files[e.name] = [new Uint8Array(await readFile(e.file)), { mtime, level: 9 }]
    }
    await writeFile(dest, zipSync(files))
  },
}
