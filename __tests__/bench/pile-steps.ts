/**
 * The pile's cache steps as its actions run them on a runner, for the pile benchmark (pile.ts): each
 * step a Node process of its own, from a bundle (ncc, like the actions' dist/) with @actions/cache and
 * @actions/core, so that the pile pays the same process starts go-pipeline's main and post pay.
 *   setup-go main: `go env GOPATH`, `go version`, `go env GOMODCACHE` and `go env GOCACHE` (side by
 *     side), the restore, `go env` (what setup-go v6's main runs with cache on);
 *   setup-go post: `go env GOMODCACHE` and `go env GOCACHE`, then the save unless the key was hit;
 *   golangci-lint-action main and post: the restore (key and restore keys), and the save unless hit.
 * Usage: node <bundle> '<json Step>'. Prints, last, a line `result <json {hit, cache}>`: whether the
 * key was hit, and the seconds spent in the cache library (the rest is the step's own overhead).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import * as cache from '@actions/cache'

interface Step {
  readonly step: 'setup-go-main' | 'setup-go-post' | 'lint-main' | 'lint-post'
  readonly go?: string
  readonly paths: string[]
  readonly key: string
  readonly restoreKeys?: string[]
  /** For a post: whether main hit the key. */
  readonly hit?: boolean
}

const run = promisify(execFile)

async function main(): Promise<void> {
  const s = JSON.parse(process.argv[2] ?? '{}') as Step
  const go = async (...args: string[]): Promise<void> => {
    if (s.go !== undefined) await run(s.go, args)
  }
  let hit = s.hit === true
  let seconds = 0
  const timed = async (fn: () => Promise<unknown>): Promise<void> => {
    const started = performance.now()
    await fn()
    seconds += (performance.now() - started) / 1000
  }
  if (s.step === 'setup-go-main') {
    await go('env', 'GOPATH')
    await go('version')
    await Promise.all([go('env', 'GOMODCACHE'), go('env', 'GOCACHE')])
  }
  if (s.step === 'setup-go-post') await Promise.all([go('env', 'GOMODCACHE'), go('env', 'GOCACHE')])
  if (s.step.endsWith('-main')) await timed(async () => (hit = (await cache.restoreCache([...s.paths], s.key, s.restoreKeys)) === s.key))
  else if (!hit) await timed(() => cache.saveCache([...s.paths], s.key))
  if (s.step === 'setup-go-main') await go('env')
  console.log(`result ${JSON.stringify({ hit, cache: seconds })}`)
}

await main()
