/**
 * Repositories as they are (issue 19), through the bundled action and CLI: a library, a nested
 * module nobody builds, a broken first module, testify's failure output, an old go line on a
 * developer's machine, golangci-lint from PATH offline, a closed stdout.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ensureGoArchive, startGoMirror, type GoMirror } from '../harness/go-mirror.js'
import { ensureLintRelease, LINT_BIN, startLintReleases, type ReleaseServer } from '../harness/lint-release.js'
import { bundleNode } from '../harness/node.js'
import { ROOT, runAction, spawnCollect, type ParsedAnnotation, type PhaseResult } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, FIXTURES, HARNESS_CACHE } from '../harness/workspace.js'

let mirror: GoMirror
let releases: ReleaseServer
const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-tc-repos-'))
const temps = [toolCache]
/**
 * The CLI's tests give a fresh XDG_CACHE_HOME (go-pipeline's tool store, golangci-lint's cache), which
 * would move Go's build cache too and compile everything cold: Go's build cache stays the machine's, as
 * on a developer's machine.
 */
let gocache = ''
beforeAll(async () => {
  gocache = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim()
  mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  releases = await startLintReleases(ensureLintRelease(path.join(HARNESS_CACHE, 'golangci-lint')))
})
afterAll(async () => {
  await (mirror as { close(): Promise<void> } | undefined)?.close()
  await (releases as { close(): Promise<void> } | undefined)?.close()
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

async function action(fixture: string, inputs: Record<string, string> = {}): Promise<PhaseResult> {
  const { main } = await runAction(
    { workspace: copyWorkspace(path.join(FIXTURES, fixture)), toolCache, node: bundleNode() },
    { 'go-version': '1.26.8', 'go-download-base-url': mirror.url, 'golangci-lint-base-url': releases.url, race: 'false', ...inputs },
  )
  return main
}
const errors = (r: PhaseResult): ParsedAnnotation[] => r.annotations.filter(a => a.level === 'error')

describe('the action on repositories as they are', () => {
  it('a library with the default stages passes: build and image skip themselves and say why', async () => {
    const r = await action('library')
    expect([r.exitCode, errors(r)]).toEqual([0, []])
    expect(r.summary).toMatch(/\| build \| ⏭️ skipped \| 0\.00 s \| no main package in 1 module \(a library\): nothing to build \|/)
    expect(r.summary).toMatch(/\| image \| ⏭️ skipped \| 0\.00 s \| the image input is empty \|/)
    expect(r.summary).toMatch(/\| test \| ✅ success \|/)
  })

  it('a nested module that does not load fails naming it and the input that leaves it out; with modules: !docs it passes', async () => {
    const r = await action('nested-broken', { stages: 'setup, vet, lint, test' })
    expect(r.exitCode).toBe(1)
    const failure = errors(r)
      .map(a => a.message)
      .join('\n')
    expect(failure).toContain('go vet failed in docs (exit 1)')
    expect(failure).toContain("to leave this module out, set modules: '!docs'")
    // Where the module stops loading: the import go.sum does not cover.
    expect(errors(r)).toContainEqual(
      expect.objectContaining({ file: 'docs/main.go', line: 4, title: 'go vet', message: expect.stringContaining('missing go.sum entry') }),
    )
    const without = await action('nested-broken', { stages: 'setup, vet, lint, test, build', modules: '!docs' })
    expect([without.exitCode, errors(without)]).toEqual([0, []])
    expect(without.stdout).toContain('Modules (every go.mod): . (example.com/nested); left out by the modules input: docs')
  })

  it("a first module that does not load hides nothing: the second module's findings are reported too", async () => {
    const r = await action('two-modules', { stages: 'setup, vet' })
    expect(r.exitCode).toBe(1)
    expect(errors(r)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'a/a.go', line: 4, title: 'go vet', message: expect.stringContaining('missing go.sum entry') }),
        expect.objectContaining({
          file: 'b/b.go',
          line: 7,
          title: 'go vet (printf)',
          message: expect.stringContaining('format %s has arg n of wrong type int'),
        }),
        expect.objectContaining({ message: expect.stringMatching(/go vet failed in a \(exit 1\).*to leave this module out, set modules: '!a'/) }),
      ]),
    )
  })

  it('testify blocks and messages on the next line are annotated at their file and line, in the root and in a subfolder', async () => {
    const r = await action('testify-style', { stages: 'setup, test' })
    expect(r.exitCode).toBe(1)
    // Every failure at its place; the job's own closing error has none.
    const at = errors(r)
      .filter(a => a.file !== undefined)
      .map(a => `${a.file}:${a.line}`)
    expect(at.sort()).toEqual(['lib_test.go:10', 'lib_test.go:14', 'sub/sub_test.go:16'])
    expect(errors(r).find(a => a.line === 10)?.message).toBe('TestSumTestify: Error: Not equal:\nexpected: 4\nactual : 3\nMessages: one and two')
    expect(errors(r).find(a => a.line === 14)?.message).toBe('TestMessageOnNextLine: wanted 4\ngot 3')
  })
})

function cli(args: string[], env: Record<string, string>, shell?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  if (shell !== undefined) return spawnCollect('bash', ['-c', shell], os.tmpdir(), { HOME: os.homedir(), ...env })
  return spawnCollect(bundleNode(), [path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], os.tmpdir(), { HOME: os.homedir(), ...env })
}

describe("the CLI on a developer's machine", () => {
  it("a module with go 1.22, only this machine's Go and no network: passes, and says it used the installed Go", async () => {
    const xdg = mkdtempSync(path.join(os.tmpdir(), 'gp-xdg-'))
    temps.push(xdg)
    const r = await cli(['run', path.join(FIXTURES, 'old-go'), '--stages', 'setup,vet', '--go-download-base-url', 'http://127.0.0.1:9/dl'], {
      PATH: process.env.PATH ?? '',
      XDG_CACHE_HOME: xdg,
      GOCACHE: gocache,
    })
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toMatch(/Go 1\.26\.8 from PATH \(the installed Go; go\.mod asks for at least 1\.22\.0\)/)
  })

  it('offline, golangci-lint on PATH in the version asked for is used; its cache goes under XDG_CACHE_HOME', async () => {
    const xdg = mkdtempSync(path.join(os.tmpdir(), 'gp-xdg-'))
    temps.push(xdg)
    const env = { PATH: `${path.dirname(LINT_BIN)}${path.delimiter}${process.env.PATH ?? ''}`, XDG_CACHE_HOME: xdg, GOCACHE: gocache }
    const r = await cli(['run', copyWorkspace(EXAMPLE), '--stages', 'setup,lint', '--golangci-lint-base-url', 'http://127.0.0.1:9/releases'], env)
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toContain(`golangci-lint 2.15.0 from PATH (${LINT_BIN})`)
    expect(existsSync(path.join(xdg, 'golangci-lint'))).toBe(true)
    // Another version asked for, offline: the failure says how to use the one on PATH.
    const other = await cli(
      [
        'run',
        copyWorkspace(EXAMPLE),
        '--stages',
        'setup,lint',
        '--golangci-lint-version',
        'v2.14.0',
        '--golangci-lint-base-url',
        'http://127.0.0.1:9/releases',
      ],
      env,
    )
    expect(other.code).toBe(1)
    expect(other.stdout).toContain('the golangci-lint on PATH is 2.15.0: use it with --golangci-lint-version path')
  })

  it('prints each finding once', async () => {
    const r = await cli(['run', copyWorkspace(path.join(FIXTURES, 'vet-bad')), '--stages', 'setup,vet'], {
      PATH: process.env.PATH ?? '',
      XDG_CACHE_HOME: mkdtempSync(path.join(os.tmpdir(), 'gp-xdg-')),
      GOCACHE: gocache,
    })
    expect(r.code).toBe(1)
    expect(r.stdout.match(/lock\.go:12:14: error: .*passes lock by value/g)).toHaveLength(1)
    expect(r.stdout).not.toMatch(/^\{/m)
  })

  it('survives a closed stdout, and names a folder that does not exist', async () => {
    const dir = copyWorkspace(EXAMPLE)
    const init = await cli(['init', dir, '--action-ref', `go-pipeline/go-pipeline@${'a'.repeat(40)}`], { PATH: process.env.PATH ?? '' })
    expect(init.code).toBe(0)
    const cliJs = path.join(ROOT, 'dist', 'cli', 'index.js')
    // head leaves after 10 bytes; every later write of the run (its log goes on for seconds) meets a closed pipe.
    const head = await cli(
      [],
      { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: mkdtempSync(path.join(os.tmpdir(), 'gp-xdg-')), GOCACHE: gocache },
      `set -o pipefail; "${bundleNode()}" "${cliJs}" run "${dir}" --stages setup,vet,fmt | head -c 10 >/dev/null; echo "exit $?"`,
    )
    expect(head.stderr).toBe('')
    expect(head.stdout.trim()).toBe('exit 0')
    const check = await cli(
      [],
      { PATH: process.env.PATH ?? '' },
      `"${bundleNode()}" "${cliJs}" check "${dir}" | head -c 5 >/dev/null; echo "exit \${PIPESTATUS[0]}"`,
    )
    expect([check.stderr, check.stdout.trim()]).toEqual(['', 'exit 0'])
    const missing = await cli(['run', '/nonexistent/repo'], { PATH: process.env.PATH ?? '' })
    expect([missing.code, missing.stderr]).toEqual([2, 'go-pipeline run: /nonexistent/repo is not a folder (give the folder of a Go module or workspace)\n'])
  })
})
