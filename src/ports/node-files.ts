/** Files port on Node's fs, shared by both adapters. */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import type { Files } from './ports.js'

export const nodeFiles: Files = {
  async readText(file) {
    try {
      return await readFile(file, 'utf8')
    } catch {
      return undefined
    }
  },
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
}

export const systemClock = { now: (): number => Date.now() }
