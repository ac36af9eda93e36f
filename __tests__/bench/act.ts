/**
 * The cost of the generated runs under act (issue 11), so the suite's cost stays visible: runs the
 * generated-runs suite once (jest, Node 24, the real counterparts), keeping act's output per run, then
 * prints per preset the seconds of each workflow run and of each job, the cost of a tag's cold build
 * (its build job against the same preset's build job on main, which restores the build cache), and
 * what `go mod verify` of a restored module cache cost in the runs that did one.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { ROOT } from '../harness/runner.js'
import { median } from './bench-util.js'

interface Row {
  preset: string
  workflow: string
  event: string
  jobs: string
  seconds: number
  note: string
}

const work = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-act-'))
const tableFile = path.join(work, 'table.json')
const logs = path.join(work, 'logs')
const started = performance.now()
const jest = spawnSync('npx', ['jest', '__tests__/e2e/generated-runs.test.ts', '--selectProjects', 'e2e'], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', GO_PIPELINE_ACT_TABLE: tableFile, GO_PIPELINE_ACT_LOGS: logs },
})
const wall = (performance.now() - started) / 1000
if (jest.status !== 0) console.log(`the generated-runs suite failed (exit ${String(jest.status)}): the figures below are of the runs it made`)
const rows = JSON.parse(readFileSync(tableFile, 'utf8')) as Row[]

/** `job:result 12 s` items of a row → job → seconds. */
function jobSeconds(row: Row | undefined): Map<string, number> {
  const out = new Map<string, number>()
  for (const m of (row?.jobs ?? '').matchAll(/(\S+?(?:\([^)]*\))?):(?:success|failure) (\d+) s/g)) out.set(m[1] ?? '', Number(m[2]))
  return out
}

const ran = rows.filter(r => r.seconds > 0)
console.log(
  `generated workflows under act: ${ran.length} runs, ${ran.reduce((s, r) => s + r.seconds, 0).toFixed(0)} s of act, ${wall.toFixed(0)} s for the suite`,
)
console.log('| preset | ci.yml pull_request | ci.yml merge_group | cd.yml push main | cd.yml tag | jobs (seconds) |')
console.log('| --- | ---: | ---: | ---: | ---: | --- |')
for (const preset of [...new Set(rows.map(r => r.preset))]) {
  const cell = (workflow: string, event: string): string => {
    const r = rows.find(x => x.preset === preset && x.workflow === workflow && x.event === event)
    return r === undefined ? '–' : r.seconds > 0 ? r.seconds.toFixed(1) : 'same as another'
  }
  const jobs = rows
    .filter(r => r.preset === preset && r.seconds > 0)
    .map(r => `${r.event}: ${[...jobSeconds(r)].map(([j, s]) => `${j.replace(/\(.*\)/, '')} ${s}`).join(', ')}`)
    .join('; ')
  console.log(
    `| ${preset} | ${cell('ci.yml', 'pull_request')} | ${cell('ci.yml', 'merge_group')} | ${cell('cd.yml', 'push main')} | ${cell('cd.yml', 'tag v1.2.3')} | ${jobs} |`,
  )
}

// A tag's build job never restores the build cache: against the same preset's build job on main.
const pairs = rows
  .filter(r => r.event === 'tag v1.2.3' && r.seconds > 0)
  .flatMap(tag => {
    const main = rows.find(r => r.preset === tag.preset && r.event === 'push main' && r.seconds > 0)
    const [t, m] = [jobSeconds(tag).get('build'), jobSeconds(main).get('build')]
    return t !== undefined && m !== undefined && m > 0 ? [{ preset: tag.preset, tag: t, main: m }] : []
  })
for (const p of pairs) console.log(`tag build job ${p.preset}: ${p.tag} s, on main ${p.main} s (${(p.tag / p.main).toFixed(2)}×)`)
if (pairs.length > 0) console.log(`tag build / main build, median: ${median(pairs.map(p => p.tag / p.main)).toFixed(2)}×`)

// What go mod verify of a restored module cache cost, from the action's own log line.
const verify: number[] = []
for (const f of readdirSync(logs)) {
  for (const m of readFileSync(path.join(logs, f), 'utf8').matchAll(/the restored cache agrees with go\.sum and go mod verify \((\d+\.\d+) s\)/g)) {
    verify.push(Number(m[1]))
  }
}
if (verify.length > 0) {
  console.log(
    `go mod verify after a module-cache restore: median ${median(verify).toFixed(2)} s, max ${Math.max(...verify).toFixed(2)} s (${verify.length} restores)`,
  )
}
rmSync(work, { recursive: true, force: true })
