/**
 * Regenerates workflows-templates/<name>/ from workflows-templates/set-ups.json with the committed
 * bundle (dist/cli): each set-up is its fixture in a fresh git checkout, then `go-pipeline init`.
 * A test (__tests__/e2e/generator.test.ts) fails when the committed output drifts from this.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { git } from '../__tests__/harness/git.js'
import { ROOT } from '../__tests__/harness/runner.js'

const dir = path.join(ROOT, 'workflows-templates')
const setups = JSON.parse(readFileSync(path.join(dir, 'set-ups.json'), 'utf8')) as { name: string; fixture: string; remote: string; args: string[] }[]

function files(root: string, d = root): string[] {
  return readdirSync(d).flatMap(n => {
    const full = path.join(d, n)
    if (n === '.git') return []
    return statSync(full).isDirectory() ? files(root, full) : [path.relative(root, full)]
  })
}

for (const s of setups) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'gp-templates-'))
  cpSync(path.join(ROOT, s.fixture), work, { recursive: true })
  git(work, 'init', '-q')
  git(work, 'remote', 'add', 'origin', s.remote)
  const before = new Set(files(work))
  execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'index.js'), 'init', work, ...s.args], { stdio: 'inherit' })
  const out = path.join(dir, s.name)
  rmSync(out, { recursive: true, force: true })
  for (const f of files(work).filter(f => !before.has(f))) cpSync(path.join(work, f), path.join(out, f))
  rmSync(work, { recursive: true, force: true })
  console.log(`workflows-templates/${s.name}: written`)
}
