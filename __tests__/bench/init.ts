/**
 * `go-pipeline init` on a 20-module go.work monorepo (each module with a command and three packages),
 * through the bundled CLI, against node's own start-up measured alternately in the same run.
 * Goal: init under 1 s. Prints medians of 9 runs of: a first init (writes everything), a second init
 * (nothing to change) and `check`.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { git } from '../harness/git.js'
import { ROOT } from '../harness/runner.js'
import { median, time } from './bench-util.js'

const MODULES = 20
const RUNS = 9
const node = process.env.GO_PIPELINE_NODE || process.execPath
const cli = path.join(ROOT, 'dist', 'cli', 'index.js')
const args = [
  '--image',
  'ghcr.io/acme/mono',
  '--deploy',
  'kubernetes',
  '--binary',
  'svc01',
  '--action-ref',
  `go-pipeline/go-pipeline@${'ab'.repeat(20)}`,
  '--action-version',
  'v1.0.0',
]
const env = { PATH: process.env.PATH ?? '', HOME: os.homedir() }

function monorepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-init-'))
  const uses: string[] = []
  for (let i = 1; i <= MODULES; i++) {
    const name = `svc${String(i).padStart(2, '0')}`
    const mod = path.join(dir, 'services', name)
    uses.push(`\t./services/${name}`)
    mkdirSync(path.join(mod, 'cmd', name), { recursive: true })
    writeFileSync(path.join(mod, 'go.mod'), `module example.com/mono/${name}\n\ngo 1.26.0\n`)
    writeFileSync(path.join(mod, 'cmd', name, 'main.go'), 'package main\n\nfunc main() {}\n')
    for (const pkg of ['api', 'store', 'worker']) {
      mkdirSync(path.join(mod, 'internal', pkg), { recursive: true })
      writeFileSync(path.join(mod, 'internal', pkg, `${pkg}.go`), `package ${pkg}\n\n// Name is the package's name.\nconst Name = "${pkg}"\n`)
      writeFileSync(path.join(mod, 'internal', pkg, `${pkg}_test.go`), `package ${pkg}\n`)
    }
  }
  writeFileSync(path.join(dir, 'go.work'), `go 1.26.0\n\nuse (\n${uses.join('\n')}\n)\n`)
  git(dir, 'init', '-q')
  git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/mono.git')
  return dir
}

const template = monorepo()
const first: number[] = []
const again: number[] = []
const check: number[] = []
const bare: number[] = []
for (let i = 0; i < RUNS; i++) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-init-run-'))
  cpSync(template, dir, { recursive: true })
  bare.push(await time(node, ['-e', ''], env, dir))
  first.push(await time(node, [cli, 'init', dir, ...args], env, dir))
  again.push(await time(node, [cli, 'init', dir, ...args], env, dir))
  check.push(await time(node, [cli, 'check', dir], env, dir))
  rmSync(dir, { recursive: true, force: true })
}
rmSync(template, { recursive: true, force: true })
const f = (s: number): string => `${s.toFixed(3)} s`
console.log(`init on a ${MODULES}-module go.work repository (${node}), median of ${RUNS}:`)
console.log(`  node -e '' (start-up)     ${f(median(bare))}`)
console.log(
  `  init, first (writes)      ${f(median(first))}  (${(median(first) / median(bare)).toFixed(1)}x node start-up; goal < 1 s: ${median(first) < 1 ? 'met' : 'NOT met'})`,
)
console.log(`  init, again (no change)   ${f(median(again))}`)
console.log(`  check                     ${f(median(check))}`)
