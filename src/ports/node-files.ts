/** Files port on Node's fs, shared by both adapters. */
import { createHash } from 'node:crypto'
import { constants, createReadStream, type Stats } from 'node:fs'
import { access, chmod, copyFile, lstat, mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { skippedDir } from '../go/modules.js'
import { pool } from '../pool.js'
import type { Files } from './ports.js'

async function walk(root: string, match: (name: string) => boolean): Promise<string[]> {
  const out: string[] = []
  const visit = async (dir: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const e of entries) {
      const full = path.join(dir, e.name)
      if (e.isDirectory()) {
        if (!skippedDir(e.name)) await visit(full)
      } else if (e.isFile() && match(e.name)) {
        out.push(full)
      }
    }
  }
  await visit(root)
  return out
}

interface FileInfo {
  readonly file: string
  readonly size: number
  readonly mtime: Date
  /** The entry folder the file is part of (see removeOlder), with that folder's own time. */
  readonly folder?: { readonly path: string; readonly mtime: Date }
}

/**
 * Every file below a folder, with what stat says; nothing when the folder does not exist. A folder's
 * entries are stat'ed and its subfolders walked concurrently: a build cache holds thousands of small
 * files, and one stat after another spends most of its time waiting for the thread pool.
 */
async function filesBelow(dir: string, isEntry?: (name: string) => boolean, folder?: FileInfo['folder']): Promise<FileInfo[]> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return []
  }
  const found = await Promise.all(
    entries.map(async (e): Promise<FileInfo[]> => {
      const full = path.join(dir, e.name)
      try {
        if (e.isDirectory()) {
          const entry = folder === undefined && isEntry?.(e.name) === true ? { path: full, mtime: (await stat(full)).mtime } : folder
          return await filesBelow(full, isEntry, entry)
        }
        if (!e.isFile()) return []
        const st = await stat(full)
        return [{ file: full, size: st.size, mtime: st.mtime, ...(folder !== undefined ? { folder } : {}) }]
      } catch {
        return [] // removed meanwhile
      }
    }),
  )
  return found.flat()
}

/** Every folder below a folder (not itself). */
async function foldersBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const folders = entries.filter(e => e.isDirectory()).map(e => path.join(dir, e.name))
  return [...folders, ...(await Promise.all(folders.map(foldersBelow))).flat()]
}

async function makeWritable(dir: string): Promise<void> {
  try {
    await chmod(dir, 0o755)
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (e.isDirectory()) await makeWritable(path.join(dir, e.name))
    }
  } catch {
    // not a folder, or already gone
  }
}

async function which(name: string): Promise<string | undefined> {
  const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : ['']
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext)
      try {
        await access(candidate, constants.X_OK)
        return candidate
      } catch {
        // not here
      }
    }
  }
  return undefined
}

/**
 * Moves a checked folder into place: renamed whole where `to` does not exist or is an empty folder
 * (POSIX renames a folder onto an empty one in one step; `go env` has already made GOCACHE's 256 empty
 * subfolders, and moving their files one by one took 0.76 to 0.95 s for the example's 6,348 files
 * against 0.08 to 0.12 s); where it holds something, folders are merged and a file already there is kept
 * (these caches are content-addressed, and the folder may hold Go's own markers, README and trim.txt, or
 * a self-hosted runner's own entries; or the other half of a split restore). Throws when a move fails (a read-only folder): the caller reports
 * it broken.
 */
export async function moveInto(from: string, to: string): Promise<void> {
  const there = await lstat(to).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  })
  if (there !== undefined && !(await bothFolders(there, from))) return
  const replaced = await rename(from, to).then(
    () => true,
    (error: unknown) => {
      // Not empty (Linux says ENOTEMPTY, some systems EEXIST; Windows never renames onto a folder, EPERM):
      // merged below, where a real fault (a read-only folder) throws.
      if (['ENOTEMPTY', 'EEXIST', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) return false
      throw error
    },
  )
  if (replaced) return
  // Also where `to` did not exist a moment ago: the other half of a split restore (src/cache/split.ts) may have made it since.
  if (there === undefined && !(await bothFolders(await lstat(to), from))) return
  for (const name of await readdir(from)) await moveInto(path.join(from, name), path.join(to, name))
}

async function bothFolders(there: Stats, from: string): Promise<boolean> {
  return there.isDirectory() && (await lstat(from)).isDirectory()
}

export const nodeFiles: Files = {
  async readText(file) {
    try {
      return await readFile(file, 'utf8')
    } catch {
      return undefined
    }
  },
  async realpath(file) {
    try {
      return await realpath(file)
    } catch {
      return undefined
    }
  },
  async kind(file) {
    try {
      const st = await lstat(file)
      return st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other'
    } catch {
      return undefined
    }
  },
  async makeTempDir(parent, prefix) {
    await mkdir(parent, { recursive: true })
    return mkdtemp(path.join(parent, prefix))
  },
  async writeText(file, text) {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, text)
  },
  async copy(from, to) {
    await mkdir(path.dirname(to), { recursive: true })
    await copyFile(from, to)
    await chmod(to, (await stat(from)).mode & 0o7777)
  },
  async move(from, to) {
    await mkdir(path.dirname(to), { recursive: true })
    try {
      await rename(from, to)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
      await nodeFiles.copy(from, to)
      await rm(from, { force: true })
    }
  },
  walk,
  which,
  sha256(file) {
    return new Promise((resolve, reject) => {
      const hash = createHash('sha256')
      createReadStream(file)
        .on('error', reject)
        .on('data', chunk => hash.update(chunk))
        .on('end', () => resolve(hash.digest('hex')))
    })
  },
  async remove(file) {
    try {
      await rm(file, { recursive: true, force: true })
    } catch {
      // Go makes the module cache read-only: make it writable, then remove it.
      await makeWritable(file)
      await rm(file, { recursive: true, force: true })
    }
  },
  readBytes: file => readFile(file),
  async du(dir) {
    return (await filesBelow(dir)).reduce((total, f) => total + f.size, 0)
  },
  async ageAll(dir, time) {
    const [files, folders] = await Promise.all([filesBelow(dir), foldersBelow(dir)])
    await pool([...files.map(f => f.file), ...folders], 64, f => utimes(f, time, time))
    return files.length
  },
  async removeOlder(dir, time, isEntry) {
    const files = await filesBelow(dir, isEntry)
    const unused = (f: FileInfo): boolean => (f.folder !== undefined ? f.folder.mtime < time : f.mtime < time && isEntry(path.basename(f.file)))
    const old = files.filter(unused)
    const kept = files.filter(f => !unused(f))
    const folders = new Set(old.flatMap(f => (f.folder !== undefined ? [f.folder.path] : [])))
    await pool(
      old.filter(f => f.folder === undefined),
      64,
      f => rm(f.file, { force: true }),
    )
    await pool([...folders], 16, f => rm(f, { recursive: true, force: true }))
    return { removed: old.length, kept: kept.length, bytes: kept.reduce((total, f) => total + f.size, 0) }
  },
  size: async file => (await stat(file)).size,
}

export const systemClock = { now: (): number => Date.now() }
