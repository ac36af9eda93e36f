/**
 * The action's post phase: saves the caches main planned to save, after dropping from the build cache
 * what this run did not use; then logs out of the registry and removes a builder main created. It
 * never fails the job: a fault is a warning.
 */
import { isGoCacheEntry } from '../cache/plan.js'
import { errorMessage } from '../errors.js'
import { actionIO, githubHost } from '../ports/github.js'
import { decodeState, STATE_KEY, type PostState } from './state.js'

export async function post(): Promise<void> {
  const state = decodeState(actionIO.getState(STATE_KEY))
  if (state === undefined) {
    actionIO.info('go-pipeline post: main left no state (it failed before the pipeline ran); nothing to do.')
    return
  }
  try {
    await saveCaches(state)
  } catch (error) {
    actionIO.warning(`go-pipeline post: ${errorMessage(error)}`)
  }
  await cleanDocker(state)
}

async function cleanDocker(state: PostState): Promise<void> {
  const { logout, removeBuilder } = state.docker ?? {}
  const exec = githubHost().exec
  if (logout !== undefined) {
    const r = await exec.run('docker', ['logout', logout], { silent: true })
    if (r.code === 0) actionIO.info(`Logged out of ${logout}`)
    else actionIO.warning(`go-pipeline post: docker logout ${logout} failed: ${r.stderr.trim()}`)
  }
  if (removeBuilder !== undefined) {
    const r = await exec.run('docker', ['buildx', 'rm', removeBuilder], { silent: true })
    if (r.code === 0) actionIO.info(`Removed the builder ${removeBuilder}`)
    else actionIO.warning(`go-pipeline post: docker buildx rm ${removeBuilder} failed: ${r.stderr.trim()}`)
  }
}

async function saveCaches(state: PostState): Promise<void> {
  const tasks = state.saves ?? []
  if (tasks.length === 0) {
    actionIO.info(`go-pipeline post: main ran ${state.stages.join(', ')}${state.go ? ` with Go ${state.go.version}` : ''}; no cache to save.`)
    return
  }
  const host = githubHost()
  const service = host.cache
  if (service === undefined) {
    actionIO.warning('go-pipeline post: the cache service is not available; caches not saved.')
    return
  }
  const rows: string[] = []
  for (const task of tasks) {
    const dir = task.paths[0] ?? ''
    if (task.id === 'build' && state.runStart !== undefined) {
      // Files still dated before the run were not used by it (see src/stages/cache.ts).
      const cutoff = new Date(Date.parse(state.runStart) - 60_000)
      const t = await host.files.removeOlder(dir, cutoff, name => !isGoCacheEntry(name))
      actionIO.info(`build cache: dropped ${t.removed} files this run did not use; ${t.kept} files, ${t.bytes} bytes remain`)
    }
    const size = await host.files.du(dir)
    if (size === 0) {
      rows.push(`| ${task.id} | \`${task.key}\` | 0 B | – | not saved: nothing there |`)
      continue
    }
    const started = Date.now()
    let id = -1
    try {
      id = await service.save(task.paths, task.key)
    } catch (error) {
      actionIO.warning(`go-pipeline post: saving the ${task.id} cache failed: ${errorMessage(error)}`)
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(2)
    const outcome = id > 0 ? 'saved' : 'not saved: key taken or cache service fault (see the log)'
    if (id <= 0) actionIO.warning(`go-pipeline post: the ${task.id} cache was not saved (key taken, or the cache service failed); the next run starts colder.`)
    actionIO.info(`${task.id}: ${outcome} as ${task.key} (${size} bytes on disk, ${seconds} s)`)
    rows.push(`| ${task.id} | \`${task.key}\` | ${size.toLocaleString('en-US')} B | ${seconds} s | ${outcome} |`)
  }
  await actionIO.writeSummary(['## go-pipeline: caches saved', '', '| Entry | Key | Size on disk | Time | Outcome |', '| --- | --- | ---: | ---: | --- |', ...rows, ''].join('\n'))
}
