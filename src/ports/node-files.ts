/** Files port on Node's fs, shared by both adapters. */
import { createHash } from 'node:crypto'
import { constants, createReadStream } from 'node:fs'
import { access, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { skippedDir } from '../go/modules.js'
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

export const nodeFiles: Files = {
  async readText(file) {
    try {
      return await readFile(file, 'utf8')
    } catch {
      return undefined
    }
  },
  async writeText(file, text) {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, text)
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
    await rm(file, { recursive: true, force: true })
  },
  readBytes: file => readFile(file),
  size: async file => (await stat(file)).size,
}

export const systemClock = { now: (): number => Date.now() }
