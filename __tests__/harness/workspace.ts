/** Test workspaces: a copy of a Go project in a fresh temporary folder, as a checkout would be. */
import { cpSync, mkdtempSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { DEV_CACHE, ROOT } from './runner.js'

export const EXAMPLE = path.join(ROOT, 'examples', 'hello-service')
export const FIXTURES = path.join(ROOT, '__tests__', 'fixtures')

/** Copies `source` into a new temporary folder and returns its path. */
export function copyWorkspace(source: string, prefix = 'gp-ws-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  cpSync(source, dir, { recursive: true })
  return dir
}

/** Where the harness keeps things worth reusing between runs and checkouts (the Go archive). */
export const HARNESS_CACHE = path.join(DEV_CACHE, 'harness')
