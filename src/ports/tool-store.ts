/**
 * The tool store of both front doors, in the layout of @actions/tool-cache (the runner's
 * RUNNER_TOOL_CACHE, or the CLI's user cache): <root>/<tool>/<version>/<arch>, complete when
 * <arch>.complete exists. Installs are atomic: the tool is moved in under a temporary name and renamed
 * into place, so two jobs installing the same version at once (a matrix on one self-hosted host)
 * never delete the copy the other is using, which @actions/tool-cache's cacheDir does.
 */
import { randomUUID } from 'node:crypto'
import { cp, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import * as semver from 'semver'
import type { ToolStore } from './ports.js'

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p)
    return true
  } catch {
    return false
  }
}

async function waitFor(p: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (await exists(p)) return true
    await new Promise(r => setTimeout(r, 200))
  }
  return exists(p)
}

/** Moves a folder, across file systems too. */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, to, { recursive: true, verbatimSymlinks: true })
    await rm(from, { recursive: true, force: true })
  }
}

export function fileToolStore(root: string): ToolStore {
  return {
    async find(tool, versionSpec, arch) {
      let versions: string[]
      try {
        versions = await readdir(path.join(root, tool))
      } catch {
        return undefined
      }
      const complete: string[] = []
      for (const v of versions) {
        if (semver.valid(v) !== null && (await exists(path.join(root, tool, v, `${arch}.complete`)))) complete.push(v)
      }
      const best = semver.maxSatisfying(complete, versionSpec, { includePrerelease: semver.valid(versionSpec) !== null })
      return best === null ? undefined : { dir: path.join(root, tool, best, arch), version: best }
    },
    async add(sourceDir, tool, version, arch) {
      const dest = path.join(root, tool, version, arch)
      const marker = `${dest}.complete`
      await mkdir(path.dirname(dest), { recursive: true })
      if (await exists(marker)) {
        // Another job installed it meanwhile: use theirs.
        await rm(sourceDir, { recursive: true, force: true })
        return dest
      }
      const staging = path.join(path.dirname(dest), `.${arch}-${randomUUID()}`)
      await move(sourceDir, staging)
      for (let attempt = 0; ; attempt++) {
        try {
          await rename(staging, dest)
          break
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code
          if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || attempt > 0) {
            await rm(staging, { recursive: true, force: true })
            throw error
          }
          // Another job's rename won: it writes the marker right after. A folder that never gets one
          // is what an interrupted install left: move it aside and put ours in its place.
          if (await waitFor(marker, 30_000)) {
            await rm(staging, { recursive: true, force: true })
            return dest
          }
          const stale = path.join(path.dirname(dest), `.${arch}-stale-${randomUUID()}`)
          await rename(dest, stale)
          await rm(stale, { recursive: true, force: true })
        }
      }
      await writeFile(marker, '')
      return dest
    },
  }
}
