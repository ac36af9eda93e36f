// Bundles the entry points (the action's main and post, its cache client, the CLI) with ncc into dist/<name>/index.js (+ its package.json).
// Output is deterministic, so CI can check that the committed dist/ equals a rebuild.
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as path from 'node:path'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const entries = {
  main: 'src/entrypoints/action-main.ts',
  post: 'src/entrypoints/action-post.ts',
  cache: 'src/entrypoints/cache-client.ts',
  cli: 'src/entrypoints/cli.ts',
}
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
rmSync(path.join(root, 'dist'), { recursive: true, force: true })
for (const [name, entry] of Object.entries(entries)) {
  const out = path.join(root, 'dist', name)
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  })
}
chmodSync(path.join(root, 'dist', 'cli', 'index.js'), 0o755)
