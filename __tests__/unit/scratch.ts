/** Temporary folders for a unit test file, all removed when its tests are done. */
import { mkdtempSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll } from '@jest/globals'

/** A maker of fresh folders named `prefix…` under the system's temporary folder; call it at a file's top level. */
export function scratchFolders(prefix: string): () => string {
  const made: string[] = []
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true })
  })
  return () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
    made.push(dir)
    return dir
  }
}
