/**
 * The action's post phase: saves the caches main planned to save (concurrently, each on its own:
 * one entry's fault never stops another's save), after dropping from the build cache what this run did
 * not use; then undoes what main did (registry logout, builder removal, temporary folders), whether or
 * not main got to its end. It never fails the job: every fault is a warning.
 */
import * as path from 'node:path'
import { isGoCacheEntry } from '../cache/plan.js'
import { errorMessage } from '../errors.js'
import { isWithin } from '../paths.js'
import { actionIO, githubHost } from '../ports/github/index.js'
import type { Cleanup, Host } from '../ports/ports.js'
import { CLEANUP_KEY, decodeCleanups, decodeState, STATE_KEY, type PostState, type SaveTask } from './state.js'

export async function post(): Promise<void> {
  try {
    const host = githubHost()
    const state = decodeState(actionIO.getState(STATE_KEY))
    if (state === undefined) actionIO.info('go-pipeline post: main left no cache plan (it stopped before the end); no cache to save.')
    else await saveCaches(host, state)
    await runCleanups(host, decodeCleanups(actionIO.getState(CLEANUP_KEY)))
  } catch (error) {
    actionIO.warning(`go-pipeline post: ${errorMessage(error)}`)
  }
}

/** Undoes what main did, last first. Only folders below the runner's temporary folder are removed. */
async function runCleanups(host: Host, cleanups: readonly Cleanup[]): Promise<void> {
  for (const c of [...cleanups].reverse()) {
    try {
      if (c.kind === 'docker-logout') {
        const r = await host.exec.run('docker', ['logout', c.registry], { silent: true, timeoutMs: 60_000 })
        if (r.code === 0) actionIO.info(`Logged out of ${c.registry}`)
        else actionIO.warning(`go-pipeline post: docker logout ${c.registry} failed: ${r.stderr.trim()}`)
      } else if (c.kind === 'buildx-rm') {
        const r = await host.exec.run('docker', ['buildx', 'rm', c.builder], { silent: true, timeoutMs: 120_000 })
        if (r.code === 0) actionIO.info(`Removed the builder ${c.builder}`)
        else if (!/no builder .* found|not found/i.test(r.stderr))
          actionIO.warning(`go-pipeline post: docker buildx rm ${c.builder} failed: ${r.stderr.trim()}`)
      } else if (isWithin(host.tempDir, c.path) && path.resolve(c.path) !== path.resolve(host.tempDir)) {
        await host.files.remove(c.path)
      }
    } catch (error) {
      actionIO.warning(`go-pipeline post: cleanup ${c.kind} failed: ${errorMessage(error)}`)
    }
  }
}

interface SaveRow {
  readonly task: SaveTask
  readonly size: number
  readonly seconds: number
  readonly outcome: string
}

async function saveOne(host: Host, state: PostState, task: SaveTask): Promise<SaveRow> {
  const service = host.cache
  const dir = task.paths[0] ?? ''
  try {
    if (task.id === 'build' && state.trimBefore !== undefined) {
      // Files still dated before the run were not used by it (see src/stages/cache.ts).
      const cutoff = new Date(Date.parse(state.trimBefore) - 60_000)
      const t = await host.files.removeOlder(dir, cutoff, isGoCacheEntry)
      actionIO.info(`build cache: dropped ${t.removed} files this run did not use; ${t.kept} files, ${t.bytes} bytes remain`)
      // Go adds a file for every new entry and never rewrites one it reuses: no more files than the
      // restore brought means nothing was compiled, tested or linked anew, and the entry restored stays.
      const restored = state.restoredFiles
      if (restored !== undefined && t.removed + t.kept <= restored) {
        return {
          task,
          size: t.bytes,
          seconds: 0,
          outcome: `not saved: nothing new since the restore (${restored.toLocaleString('en-US')} files restored, none added)`,
        }
      }
    }
    const size = await host.files.du(dir)
    if (size === 0) return { task, size, seconds: 0, outcome: 'not saved: nothing there' }
    if (service === undefined) return { task, size, seconds: 0, outcome: 'not saved: the cache service is not available' }
    const started = Date.now()
    const id = await service.save(task.paths, task.key, task.split === true ? { split: true } : {})
    const seconds = (Date.now() - started) / 1000
    if (id <= 0) actionIO.warning(`go-pipeline post: the ${task.id} cache was not saved (key taken, or the cache service failed); the next run starts colder.`)
    return { task, size, seconds, outcome: id > 0 ? 'saved' : 'not saved: key taken or cache service fault (see the log)' }
  } catch (error) {
    actionIO.warning(`go-pipeline post: saving the ${task.id} cache failed: ${errorMessage(error)}`)
    return { task, size: 0, seconds: 0, outcome: `not saved: ${errorMessage(error)}` }
  }
}

async function saveCaches(host: Host, state: PostState): Promise<void> {
  const tasks = state.saves ?? []
  const unsaved = state.unsaved ?? []
  if (tasks.length === 0) {
    actionIO.info(`go-pipeline post: main ran ${state.stages.join(', ')}${state.go ? ` with Go ${state.go.version}` : ''}; no cache to save.`)
    for (const u of unsaved) actionIO.info(`${u.id}: not saved: ${u.why}`)
    return
  }
  const rows = await Promise.all(tasks.map(t => saveOne(host, state, t)))
  for (const r of rows) actionIO.info(`${r.task.id}: ${r.outcome} as ${r.task.key} (${r.size} bytes on disk, ${r.seconds.toFixed(2)} s)`)
  // Every entry, saved or not, with why: the ones main already knew not to save come first.
  await actionIO.writeSummary(
    [
      '## go-pipeline: caches saved',
      '',
      '| Entry | Key | Size on disk | Time | Outcome |',
      '| --- | --- | ---: | ---: | --- |',
      ...unsaved.map(u => `| ${u.id} | \`${u.key}\` | – | – | not saved: ${u.why} |`),
      ...rows.map(r => `| ${r.task.id} | \`${r.task.key}\` | ${r.size.toLocaleString('en-US')} B | ${r.seconds.toFixed(2)} s | ${r.outcome} |`),
      '',
    ].join('\n'),
  )
}
