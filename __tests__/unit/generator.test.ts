import { readFileSync } from 'node:fs'
import { defined } from '../harness/runner.js'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import * as yaml from 'js-yaml'
import { FlagError } from '../../src/errors.js'
import { githubRepo } from '../../src/generator/facts.js'
import { planInit, type GeneratorIO } from '../../src/generator/init.js'
import { commandLine, flagsOfCommandLine, newestRelease, parseInitFlags, versionOfCommandLine, type InitFlags } from '../../src/generator/options.js'
import { VERSION } from '../../src/version.js'
import { PINS } from '../../src/generator/pins.js'
import { headerCommand, render } from '../../src/generator/render.js'
import { facts, fakeExec, fakeRepo } from './fake-repo.js'
import { workflowErrors } from '../harness/workflow-lint.js'

const SHA = 'f'.repeat(40)
const REF = { 'action-ref': `go-pipeline/go-pipeline@${SHA}`, 'action-version': 'v1.0.0' }

const MODULE = { 'go.mod': 'module example.com/app\n\ngo 1.25.3\n', 'main.go': 'package main\n\nfunc main() {}\n', 'internal/x/x.go': 'package x\n' }

describe('init flags', () => {
  const bad: [string, InitFlags, string][] = [
    ['an unknown deploy target', { deploy: 'k8s' }, 'deploy'],
    ['kubernetes without an image', { deploy: 'kubernetes' }, 'deploy'],
    ['helm without an image', { deploy: 'helm' }, 'deploy'],
    ['an image with a tag', { image: 'ghcr.io/a/b:v1' }, 'image'],
    ['an unknown platform', { platforms: 'linux/amd65' }, 'platforms'],
    ['an image with no linux platform', { image: 'ghcr.io/a/b', platforms: 'darwin/arm64' }, 'platforms'],
    ['ssh without linux/amd64', { deploy: 'ssh', platforms: 'linux/arm64' }, 'platforms'],
    ['a Go version that is not one', { 'go-versions': '1.26,latest' }, 'go-versions'],
    ['a branch as action ref', { 'action-ref': 'go-pipeline/go-pipeline@v1' }, 'action-ref'],
    ['a short SHA', { 'action-ref': 'go-pipeline/go-pipeline@abc1234' }, 'action-ref'],
    ['a version without a ref', { 'action-version': 'v1.0.0' }, 'action-version'],
    ['a bad version', { ...REF, 'action-version': '1.0' }, 'action-version'],
    ['a port out of range', { port: '70000' }, 'port'],
    ['a health path with a space', { 'health-path': '/health z' }, 'health-path'],
    ['a binary with a slash', { binary: '../x' }, 'binary'],
    ['an unknown build runner', { 'build-os': 'linux,freebsd' }, 'build-os'],
    ['--platforms with --build-os', { 'build-os': 'linux,windows', platforms: 'linux/amd64' }, 'platforms'],
  ]
  it.each(bad)('%s', (_what, flags, flag) => {
    let error: unknown
    try {
      parseInitFlags(flags)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(FlagError)
    expect((error as FlagError).flag).toBe(flag)
    expect((error as FlagError).message).toMatch(new RegExp(`^Flag --${flag}: ".*" .+\\. Accepted: .+\\.$`))
  })

  it('writes a command line that parses back to the same options', () => {
    const flags: InitFlags = {
      image: 'ghcr.io/a/b',
      deploy: 'helm',
      platforms: 'linux/amd64,linux/arm64',
      'go-versions': '1.25,stable',
      ...REF,
      binary: 'api',
      port: '9090',
      'health-path': '/ready',
      shards: '3',
      'test-os': 'linux-arm64,macos',
    }
    const o = parseInitFlags(flags)
    const line = commandLine(o, defined(o.actionRef, 'the action ref'))
    expect(flagsOfCommandLine(line)).toEqual(flags)
    expect(parseInitFlags(flagsOfCommandLine(line) ?? {})).toEqual(o)
    expect(versionOfCommandLine(line)).toBe(VERSION)
  })

  it('reads the command lines of every version, and no other command', () => {
    const flags = `--deploy ssh --action-ref go-pipeline/go-pipeline@${SHA}`
    const table: [string, string | undefined, boolean][] = [
      [`npx go-pipeline@1.2.3 init ${flags}`, '1.2.3', true],
      [`npx go-pipeline@2.0.0-rc.1 init ${flags}`, '2.0.0-rc.1', true],
      [`npx go-pipeline init ${flags}`, undefined, true], // before 1.0.0, headers named no version
      [`npx go-pipeline@latest init ${flags}`, undefined, false],
      [`npx go-pipeline@1.2.3 check`, undefined, false],
      [`npx other-tool@1.2.3 init ${flags}`, undefined, false],
    ]
    for (const [line, version, read] of table) {
      expect([line, versionOfCommandLine(line), flagsOfCommandLine(line) !== undefined]).toEqual([line, version, read])
    }
  })

  it('picks the newest v1 release from ls-remote, peeling annotated tags', () => {
    const a = 'a'.repeat(40)
    const b = 'b'.repeat(40)
    const c = 'c'.repeat(40)
    const out = [
      `${a}\trefs/tags/v1.9.0`,
      `${b}\trefs/tags/v1.10.0`,
      `${c}\trefs/tags/v1.10.0^{}`,
      `${a}\trefs/tags/v2.0.0`,
      `${a}\trefs/tags/v1.11.0-rc.1`,
    ].join('\n')
    expect(newestRelease(out)).toEqual({ version: 'v1.10.0', sha: c })
    expect(newestRelease('')).toBeUndefined()
  })

  it.each([
    ['https://github.com/acme/app.git', { owner: 'acme', repo: 'app' }],
    ['git@github.com:acme/app.git', { owner: 'acme', repo: 'app' }],
    ['ssh://git@github.com/acme/my.app', { owner: 'acme', repo: 'my.app' }],
    ['https://gitlab.com/acme/app.git', undefined],
  ])('reads %s', (url, expected) => expect(githubRepo(url)).toEqual(expected))
})

describe('render', () => {
  it('finds main packages, the Go version and the default branch', async () => {
    const f = await facts(
      { ...MODULE, 'cmd/tool/main.go': 'package main\n' },
      { 'config --get remote.origin.url': 'git@github.com:acme/app.git', 'symbolic-ref --short refs/remotes/origin/HEAD': 'origin/trunk' },
    )
    expect(f).toMatchObject({
      layout: 'modules',
      goVersion: '1.25',
      goVersionFile: 'go.mod',
      owner: 'acme',
      repo: 'app',
      defaultBranch: 'trunk',
      root: '/r',
      workdir: '.',
    })
    expect(f.mains).toEqual([
      { module: '.', pkg: '.', name: 'app' },
      { module: '.', pkg: './cmd/tool', name: 'tool' },
    ])
  })

  it('uses only action inputs and outputs that action.yml declares', async () => {
    const action = yaml.load(readFileSync(path.join(process.cwd(), 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>
      outputs: Record<string, unknown>
    }
    const f = await facts(MODULE)
    for (const flags of [
      { image: 'registry.example.com/a/app', deploy: 'helm' },
      { image: 'ghcr.io/a/app', deploy: 'kubernetes' },
      { deploy: 'ssh' },
      { image: 'ghcr.io/a/app', deploy: 'ssh', 'build-os': 'linux,linux-arm64,macos,windows', shards: '3' },
    ]) {
      const o = parseInitFlags({ ...flags, ...REF })
      for (const file of render(f, o, defined(o.actionRef, 'the action ref')).files.filter(x => x.kind === 'workflow')) {
        const wf = yaml.load(file.content) as { jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> }
        const steps = Object.values(wf.jobs)
          .flatMap(j => j.steps ?? [])
          .filter(s => s.uses?.startsWith('go-pipeline/go-pipeline@'))
        expect(steps.length).toBeGreaterThan(0)
        for (const s of steps)
          for (const input of Object.keys(s.with ?? {})) expect([file.path, input, input in action.inputs]).toEqual([file.path, input, true])
        for (const m of file.content.matchAll(/steps\.pipeline\.outputs\.([\w-]+)/g))
          expect([file.path, m[1], (m[1] ?? '') in action.outputs]).toEqual([file.path, m[1], true])
      }
    }
  })

  it('pins every third-party action from the one table, and the header names the command', async () => {
    const o = parseInitFlags({ image: 'ghcr.io/a/app', deploy: 'ssh', ...REF })
    const cd = render(await facts(MODULE), o, defined(o.actionRef, 'the action ref')).files.find(f => f.path === '.github/workflows/cd.yml')?.content ?? ''
    const used = [...cd.matchAll(/uses: ([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # (v[\d.]+)/g)].map(m => `${m[1]}@${m[2]} # ${m[3]}`)
    const table = [...Object.values(PINS).map(p => `${p.repo}@${p.sha} # ${p.version}`), `go-pipeline/go-pipeline@${SHA} # v1.0.0`]
    for (const u of used) expect(table).toContain(u)
    expect(cd.match(/uses: /g)?.length).toBe(used.length)
    expect(headerCommand(cd)).toBe(
      `npx go-pipeline@${VERSION} init --image ghcr.io/a/app --deploy ssh --action-ref go-pipeline/go-pipeline@${SHA} --action-version v1.0.0`,
    )
  })

  it('--build-os: a cgo build per runner, one job gathering them, and every job that ships downloads the gathered binaries', async () => {
    const o = parseInitFlags({ image: 'ghcr.io/a/app', deploy: 'ssh', 'build-os': 'windows,linux-arm64,macos', ...REF })
    expect(parseInitFlags(flagsOfCommandLine(commandLine(o, defined(o.actionRef, 'the ref'))) ?? {})).toEqual(o)
    const cd = render(await facts(MODULE), o, defined(o.actionRef, 'the action ref')).files.find(f => f.path === '.github/workflows/cd.yml')?.content ?? ''
    expect(await workflowErrors('cd.yml', cd)).toEqual([])
    interface Job {
      needs?: string[]
      'runs-on': string
      strategy?: { matrix: { include: Record<string, string>[] } }
      steps: { uses?: string; with?: Record<string, unknown> }[]
    }
    const { jobs } = yaml.load(cd) as { jobs: Record<string, Job> }
    expect(Object.keys(jobs)).toEqual(['build', 'build-os', 'gather', 'publish', 'github-release', 'deploy'])
    const action = (j: Job | undefined): Record<string, unknown> =>
      defined(
        j?.steps.find(s => s.uses?.startsWith('go-pipeline/')),
        'the action step',
      ).with ?? {}
    expect(action(jobs.build)).toMatchObject({ platforms: 'linux/amd64', cgo: true, archives: true })
    expect(jobs['build-os']?.strategy?.matrix.include).toEqual([
      { os: 'windows', runner: 'windows-2025', platform: 'windows/amd64' },
      { os: 'linux-arm64', runner: 'ubuntu-24.04-arm', platform: 'linux/arm64' },
      { os: 'macos', runner: 'macos-15', platform: 'darwin/arm64' },
    ])
    expect(action(jobs['build-os'])).toMatchObject({ stages: 'setup, test, build', platforms: '${{ matrix.platform }}', cgo: true })
    expect(jobs.build?.steps.at(-1)?.with?.name).toBe('binaries-linux')
    expect(jobs['build-os']?.steps.at(-1)?.with?.name).toBe('binaries-${{ matrix.os }}')
    // gather checks out nothing: it downloads every build job's binaries and keeps one artifact.
    expect(jobs.gather?.needs).toEqual(['build', 'build-os'])
    expect(jobs.gather?.steps.map(s => s.uses?.split('@')[0])).toEqual(['actions/download-artifact', 'go-pipeline/go-pipeline', 'actions/upload-artifact'])
    expect(jobs.gather?.steps[0]?.with).toEqual({ pattern: 'binaries-*', path: 'binaries' })
    expect(action(jobs.gather)).toEqual({ stages: 'gather', 'binaries-dir': 'binaries' })
    for (const id of ['publish', 'github-release', 'deploy']) expect([id, jobs[id]?.needs]).toEqual([id, ['gather']])
    // The image is made of the linux binaries only.
    expect(action(jobs.publish)).toMatchObject({ stages: 'image', platforms: 'linux/amd64,linux/arm64' })
    // Only linux: one job, cgo on, nothing to gather.
    const linux = parseInitFlags({ image: 'ghcr.io/a/app', 'build-os': 'linux', ...REF })
    const one = yaml.load(
      render(await facts(MODULE), linux, defined(linux.actionRef, 'the ref')).files.find(f => f.path === '.github/workflows/cd.yml')?.content ?? '',
    ) as {
      jobs: Record<string, Job>
    }
    expect(Object.keys(one.jobs)).toEqual(['build', 'publish', 'github-release'])
    expect(action(one.jobs.build)).toMatchObject({ platforms: 'linux/amd64', cgo: true })
    expect(action(one.jobs.publish)).toMatchObject({ platforms: 'linux/amd64' })
  })

  it('refuses to replace a hand-written workflow unless forced', async () => {
    const files = { ...MODULE, '.github/workflows/cd.yml': 'name: mine\n' }
    const io: GeneratorIO = { reader: fakeRepo(files), exec: fakeExec(files), writeAll: async () => undefined, env: () => undefined }
    const o = parseInitFlags({ ...REF })
    await expect(planInit('/r', o, io, false)).rejects.toThrow('.github/workflows/cd.yml is hand-written')
    const plan = await planInit('/r', o, io, true)
    expect(plan.files.find(f => f.path === '.github/workflows/cd.yml')?.action).toBe('overwrite')
    await expect(planInit('/r', parseInitFlags({}), io, false)).rejects.toThrow('never writes an unpinned reference')
  })
})
