/**
 * Issue 16: private modules. A module served by git's own http-backend on 127.0.0.1 behind HTTP basic
 * auth (the stand-in for a private repository on a GitHub Enterprise server: GITHUB_SERVER_URL points at
 * it), required by a fixture. The module path is `example.test/private/lib.git`; the test's git
 * configuration maps https://example.test/ to the server (what DNS would do), nothing else.
 *
 * With private-modules-token the bundled action fetches it (GOPRIVATE from the goprivate input, so go
 * fetches it directly) and vets, tests and builds; the token reaches the server, and never a log, an
 * output, the state, GITHUB_ENV, the summary, RUNNER_TEMP after the run, or the code under test (whose
 * test dumps its environment and every file it can find in RUNNER_TEMP). Without the token, or with a
 * wrong one, the run fails at the fetch and says what to set.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { commitAll, git } from '../harness/git.js'
import { startGitServer, type GitServer } from '../harness/git-server.js'
import { ensureGoArchive, startGoMirror, type GoMirror } from '../harness/go-mirror.js'
import { bundleNode } from '../harness/node.js'
import { Job, runAction, spawnCollect, type PhaseResult } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, HARNESS_CACHE } from '../harness/workspace.js'

const MODULE = 'example.test/private/lib.git'
const USER = 'x-access-token'
const TOKEN = `gp-private-${randomBytes(12).toString('hex')}`

let mirror: GoMirror
let server: GitServer
const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-tc-private-'))
const temps: string[] = [toolCache]
const tmp = (prefix: string): string => {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix))
  temps.push(d)
  return d
}
let gitConfig = ''
let fixture = ''

/** Files below `dir` (the module cache's are read-only: made writable to be removed). */
function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map(f => path.join(dir, f))
    .filter(f => statSync(f).isFile())
}

beforeAll(async () => {
  mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  const { main } = await runAction(
    { workspace: copyWorkspace(EXAMPLE), toolCache, node: bundleNode() },
    { stages: 'setup', 'go-version': '1.26.8', 'go-download-base-url': mirror.url },
  )
  expect(main.exitCode).toBe(0)

  // The private module: a bare repository with a v1.0.0 tag, served to USER:TOKEN only.
  const src = tmp('gp-private-src-')
  writeFileSync(path.join(src, 'go.mod'), `module ${MODULE}\n\ngo 1.22\n`)
  writeFileSync(path.join(src, 'lib.go'), 'package lib\n\n// Greet greets.\nfunc Greet(name string) string { return "hello, " + name }\n')
  commitAll(src, 'v1.0.0')
  const root = tmp('gp-private-git-')
  mkdirSync(path.join(root, 'private'))
  git(root, 'clone', '-q', '--bare', src, path.join(root, 'private', 'lib.git'))
  server = await startGitServer(root, USER, TOKEN)
  gitConfig = path.join(tmp('gp-private-gitconfig-'), 'gitconfig')
  writeFileSync(gitConfig, `[url "${server.url}/"]\n\tinsteadOf = https://example.test/\n`)

  // The fixture that requires it, with its go.sum (made here with the credentials in the URL, test-side only).
  fixture = tmp('gp-private-app-')
  writeFileSync(path.join(fixture, 'go.mod'), `module example.com/app\n\ngo 1.26\n\nrequire ${MODULE} v1.0.0\n`)
  writeFileSync(
    path.join(fixture, 'main.go'),
    `package main\n\nimport (\n\t"fmt"\n\n\tlib "${MODULE}"\n)\n\nfunc main() { fmt.Println(lib.Greet("private")) }\n`,
  )
  // The code under test: dumps its environment and every file it finds in RUNNER_TEMP.
  writeFileSync(
    path.join(fixture, 'main_test.go'),
    `package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	lib "${MODULE}"
)

func TestGreet(t *testing.T) {
	if got := lib.Greet("x"); got != "hello, x" {
		t.Fatalf("Greet = %q", got)
	}
	var dump strings.Builder
	for _, kv := range os.Environ() {
		dump.WriteString("env " + kv + "\\n")
	}
	_ = filepath.WalkDir(os.Getenv("RUNNER_TEMP"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			b, _ := os.ReadFile(p)
			dump.WriteString("file " + p + "\\n" + string(b) + "\\n")
		}
		return nil
	})
	if err := os.WriteFile("dump.txt", []byte(dump.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
`,
  )
  writeFileSync(path.join(fixture, '.gitignore'), 'dump.txt\ndist/\n')
  const setupCache = tmp('gp-private-modcache-')
  const setupConfig = path.join(setupCache, 'gitconfig')
  writeFileSync(setupConfig, `[url "http://${USER}:${TOKEN}@127.0.0.1:${server.port}/"]\n\tinsteadOf = https://example.test/\n`)
  // Not execFileSync: the git server answers from this process's event loop.
  const tidy = await spawnCollect('go', ['mod', 'tidy'], fixture, {
    ...(process.env as Record<string, string>),
    GOMODCACHE: path.join(setupCache, 'mod'),
    GOPRIVATE: 'example.test/private',
    GIT_CONFIG_GLOBAL: setupConfig,
    GIT_TERMINAL_PROMPT: '0',
    GOTOOLCHAIN: 'local',
  })
  expect([tidy.code, tidy.stderr]).toEqual([0, expect.any(String)])
  expect(readFileSync(path.join(fixture, 'go.sum'), 'utf8')).toContain(`${MODULE} v1.0.0 h1:`)
  commitAll(fixture)
}, 300_000)

afterAll(async () => {
  await (mirror as { close(): Promise<void> } | undefined)?.close()
  await (server as { close(): Promise<void> } | undefined)?.close()
  for (const t of temps) {
    execFileSync('chmod', ['-R', 'u+w', t])
    rmSync(t, { recursive: true, force: true })
  }
})

/** The log as the runner shows it: `::add-mask::` lines are the runner's, never printed (they are how a secret gets masked). */
function unmasked(stdout: string): string {
  return stdout
    .split('\n')
    .filter(l => !l.startsWith('::add-mask::'))
    .join('\n')
}

/** One job on a copy of the fixture, with its own empty module cache and this server as the GitHub server. */
async function run(inputs: Record<string, string>): Promise<{ job: Job; main: PhaseResult; post: PhaseResult; ws: string }> {
  const ws = copyWorkspace(fixture, 'gp-private-ws-')
  temps.push(ws)
  const job = new Job({
    workspace: ws,
    toolCache,
    node: bundleNode(),
    repository: 'acme/app',
    env: { GITHUB_SERVER_URL: server.url, GIT_CONFIG_GLOBAL: gitConfig, GIT_CONFIG_NOSYSTEM: '1', GOMODCACHE: tmp('gp-private-mod-') },
  })
  const main = await job.main({
    stages: 'setup, vet, test, build',
    'go-version': '1.26.8',
    'go-download-base-url': mirror.url,
    platforms: 'linux/amd64',
    goprivate: 'example.test/private',
    ...inputs,
  })
  const [post] = await job.post()
  if (post === undefined) throw new Error('no post phase')
  return { job, main, post, ws }
}

describe('private modules (private-modules-token, goprivate)', () => {
  it('with the token: fetched from the private server, vetted, tested, built; the token is nowhere else', async () => {
    const before = server.requests.length
    const { job, main, post, ws } = await run({ 'private-modules-token': TOKEN })
    expect([main.exitCode, main.annotations.filter(a => a.level === 'error')]).toEqual([0, []])
    expect(main.summary).toMatch(
      new RegExp(`\\| fetch \\| ✅ success \\| [\\d.]+ s \\| go mod download in 1 module, with private-modules-token for 127\\.0\\.0\\.1:${server.port}`),
    )
    expect(main.summary).toMatch(/\| test \| ✅ success \|/)
    expect(main.summary).toMatch(/\| build \| ✅ success \|/)
    expect(main.env.GOPRIVATE).toBe('example.test/private')
    // The server saw the token (git fetched with it) ...
    const seen = server.requests.slice(before)
    expect(seen.some(r => r.user === USER && r.status === 200 && r.path.startsWith('/private/lib'))).toBe(true)
    // ... and nothing else did: not the code under test (its environment and every file in RUNNER_TEMP while it ran),
    const dump = readFileSync(path.join(ws, 'dump.txt'), 'utf8')
    expect(dump).toMatch(/^env RUNNER_TEMP=/m)
    expect(dump).not.toContain(TOKEN)
    // (post's state names the credential folder, for its cleanup; the folder itself was gone before the tests ran.)
    expect(dump).not.toMatch(/^file .*go-pipeline-credentials-|^env NETRC=|^env GIT_CONFIG_COUNT=/m)
    // not the logs, outputs, state, exported variables or summary of either phase,
    for (const phase of [main, post]) {
      const said = [unmasked(phase.stdout), phase.stderr, JSON.stringify(phase.outputs), JSON.stringify(phase.state), JSON.stringify(phase.env), phase.summary]
      expect(said.filter(text => text.includes(TOKEN))).toEqual([])
    }
    // and no file left in RUNNER_TEMP (the credential folder is gone).
    expect(walk(job.runnerTemp).filter(f => readFileSync(f).includes(TOKEN))).toEqual([])
    expect(readdirSync(job.runnerTemp).filter(n => n.startsWith('go-pipeline-credentials-'))).toEqual([])
  }, 600_000)

  it('without the token: the fetch fails and says what to set', async () => {
    const before = server.requests.length
    const { main } = await run({})
    expect(main.exitCode).toBe(1)
    expect(main.summary).toMatch(/\| fetch \| ❌ failure \|/)
    const errors = main.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors.join('\n')).toMatch(
      /go mod download failed in \.:[\s\S]*set private-modules-token to a token that can read its repository on 127\.0\.0\.1:\d+/,
    )
    expect(server.requests.slice(before).every(r => r.status === 401)).toBe(true)
    expect(main.summary).not.toMatch(/\| test \| ✅/)
  }, 600_000)

  it('with a wrong token: the fetch fails, says the token was given, and never prints it', async () => {
    const wrong = `gp-wrong-${randomBytes(8).toString('hex')}`
    const { main, post } = await run({ 'private-modules-token': wrong })
    expect(main.exitCode).toBe(1)
    const errors = main.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors.join('\n')).toMatch(/private-modules-token was given for 127\.0\.0\.1:\d+: check that it can read/)
    for (const phase of [main, post]) expect([unmasked(phase.stdout), phase.stderr, phase.summary].filter(t => t.includes(wrong))).toEqual([])
  }, 600_000)
})
