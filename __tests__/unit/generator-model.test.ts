/**
 * The generated workflows walked as data (issue 11) and the choices init makes on real repository
 * layouts (issue 19): the job that pushes runs no repository code, binaries are named as the build
 * names them, releases build with a supported Go, libraries and goreleaser users get what fits.
 */
import { defined } from '../harness/runner.js'
import { describe, expect, it } from '@jest/globals'
import * as yaml from 'js-yaml'
import { isPrivileged, isUses, repositoryCodeSteps, type Workflow } from '../../src/generator/model.js'
import { parseInitFlags, type InitFlags } from '../../src/generator/options.js'
import { PINS } from '../../src/generator/pins.js'
import { render } from '../../src/generator/render.js'
import { hygieneRow, scheduleMinute } from '../../src/generator/workflows.js'
import { facts } from './fake-repo.js'

const SHA = 'e'.repeat(40)
const REF = { 'action-ref': `go-pipeline/go-pipeline@${SHA}`, 'action-version': 'v1.0.0' }
const MODULE = { 'go.mod': 'module example.com/app\n\ngo 1.25.3\n', 'main.go': 'package main\n\nfunc main() {}\n' }
const V2 = { 'go.mod': 'module github.com/acme/app/v2\n\ngo 1.26.0\n\ntoolchain go1.26.8\n', 'main.go': 'package main\n\nfunc main() {}\n' }
const TWO_MAINS_V2 = { ...V2, 'cmd/admin/main.go': 'package main\n\nfunc main() {}\n' }
const WORKSPACE = {
  'go.work': 'go 1.26.0\n\nuse (\n\t./api\n\t./lib\n)\n',
  'api/go.mod': 'module example.com/mono/api\n\ngo 1.26.0\n',
  'api/main.go': 'package main\n\nfunc main() {}\n',
  'lib/go.mod': 'module example.com/mono/lib\n\ngo 1.26.0\n',
  'lib/lib.go': 'package lib\n',
}

async function generate(files: Record<string, string>, flags: InitFlags, gitAnswers: Record<string, string> = {}, dir = '/r') {
  const o = parseInitFlags({ ...flags, ...REF })
  return render(await facts(files, gitAnswers, dir), o, defined(o.actionRef, 'the action ref'))
}

const combos: InitFlags[] = [
  { deploy: 'kubernetes', image: 'ghcr.io/acme/app' },
  { deploy: 'helm', image: 'registry.example.com/acme/app' },
  { deploy: 'ssh', image: 'ghcr.io/acme/app' },
  { deploy: 'ssh' },
  { deploy: 'none', image: 'ghcr.io/acme/app' },
  { deploy: 'none' },
]

describe('cd.yml: the job that pushes, attests or releases runs no repository code', () => {
  it.each(
    combos.flatMap(c => [MODULE, WORKSPACE].map((files, i) => [`${c.deploy}${c.image ? ' image' : ''} ${i === 0 ? 'module' : 'go.work'}`, c, files] as const)),
  )('%s', async (_name, flags, files) => {
    const { workflows } = await generate(files, flags)
    for (const wf of [workflows.ci, workflows.cd, workflows.vuln] as Workflow[]) {
      for (const job of wf.jobs) {
        // Every job sets its permissions; the workflow's own are read-only or none.
        expect(Object.values(wf.permissions).every(p => p.value === 'read')).toBe(true)
        const privileged = isPrivileged(job)
        if (privileged) expect([job.id, repositoryCodeSteps(job, `go-pipeline/go-pipeline`)]).toEqual([job.id, []])
        for (const step of job.steps) {
          if (isUses(step) && step.uses.repo === 'actions/checkout') expect(step.with?.['persist-credentials']).toBe(false)
          if (!isUses(step)) expect(step.run).not.toContain('${{')
          if (isUses(step) && step.uses.repo !== 'go-pipeline/go-pipeline') expect(Object.values(PINS)).toContainEqual(step.uses)
        }
      }
    }
    // The code runs, with contents: read only, where the tests run.
    const build = workflows.cd.jobs.find(j => j.id === 'build')
    expect(build?.permissions).toEqual({ contents: { value: 'read' } })
    if (flags.image) {
      const publish = workflows.cd.jobs.find(j => j.id === 'publish')
      expect(publish?.needs).toEqual(['build'])
      expect(publish?.steps.some(s => isUses(s) && s.uses.repo === 'actions/checkout')).toBe(false)
    }
  })

  it('a job that checks out and writes is what the walk reports', () => {
    const job = {
      id: 'x',
      name: 'x',
      runsOn: 'ubuntu-24.04',
      timeoutMinutes: 1,
      permissions: { packages: { value: 'write' as const } },
      steps: [{ uses: PINS.checkout }, { run: 'go test ./...' }, { run: 'gh release create "$TAG"' }],
    }
    expect(isPrivileged(job)).toBe(true)
    expect(repositoryCodeSteps(job, 'go-pipeline/go-pipeline')).toEqual([{ uses: PINS.checkout }, { run: 'go test ./...' }])
  })
})

describe('binary names: one rule for the build and the generator', () => {
  it('a module path ending in /v2 ships the binary go build makes (app, not v2)', async () => {
    const r = await generate(V2, { deploy: 'ssh' })
    const cd = r.files.find(f => f.path === '.github/workflows/cd.yml')?.content ?? ''
    expect(cd).toContain('linux_amd64/app')
    expect(cd).not.toContain('linux_amd64/v2')
    expect(r.files.map(f => f.path)).toContain('deploy/systemd/app.service')
  })
  it('with several main packages, image-binary names a program the build makes', async () => {
    const r = await generate(TWO_MAINS_V2, { image: 'ghcr.io/acme/app', deploy: 'kubernetes' })
    const publish = r.workflows.cd.jobs.find(j => j.id === 'publish')
    const step = publish?.steps.find(s => isUses(s) && s.uses.repo === 'go-pipeline/go-pipeline')
    expect(step && isUses(step) ? step.with?.['image-binary'] : undefined).toBe('app')
  })
})

describe('the Go a release builds with', () => {
  it('is the toolchain line when go.mod has one', async () => {
    const build = (await generate(V2, {})).workflows.cd.jobs.find(j => j.id === 'build')
    expect(build?.steps.find(s => isUses(s) && s.uses.repo === 'go-pipeline/go-pipeline')).toMatchObject({ with: { 'go-version-file': 'go.mod' } })
  })
  it('is stable otherwise (a cobra-like go 1.15 line is a minimum, tested in ci.yml)', async () => {
    const old = { 'go.mod': 'module github.com/acme/cli\n\ngo 1.15\n', 'main.go': 'package main\n\nfunc main() {}\n' }
    const r = await generate(old, {})
    const build = r.workflows.cd.jobs.find(j => j.id === 'build')
    expect(build?.steps.find(s => isUses(s) && s.uses.repo === 'go-pipeline/go-pipeline')).toMatchObject({ with: { 'go-version': 'stable' } })
    expect(r.workflows.ci.jobs[0]?.strategy?.matrix.include.map(row => row.go)).toEqual(['1.15', 'stable'])
  })
})

describe('repositories as they are', () => {
  it('a library gets checks and tests, and no build, artifact or release', async () => {
    const lib = { 'go.mod': 'module github.com/acme/lib\n\ngo 1.26.0\n', 'lib.go': 'package lib\n' }
    const r = await generate(lib, {})
    expect(r.workflows.ci.jobs[0]?.strategy?.matrix.include.map(row => row.stages)).toEqual(['setup, vet, fmt, lint, test', 'setup, vet, tidy, vuln, test'])
    expect(r.workflows.cd.jobs.map(j => j.id)).toEqual(['build'])
    expect(r.workflows.cd.jobs[0]?.steps.some(s => isUses(s) && s.uses.repo === PINS.uploadArtifact.repo)).toBe(false)
    await expect(generate(lib, { image: 'ghcr.io/acme/lib' })).rejects.toThrow('no main package')
  })
  it('three modules without go.work: all found, and said', async () => {
    const files = {
      'a/go.mod': 'module example.com/a\n\ngo 1.24.0\n',
      'a/a.go': 'package a\n',
      'b/go.mod': 'module example.com/b\n\ngo 1.26.0\n',
      'b/main.go': 'package main\n\nfunc main() {}\n',
      'c/go.mod': 'module example.com/c\n\ngo 1.25.0\n',
      'c/c.go': 'package c\n',
    }
    const f = await facts(files)
    expect(f.modules.map(m => m.rel)).toEqual(['a', 'b', 'c'])
    expect(f.goVersion).toBe('1.26')
    const r = await generate(files, {})
    expect(r.notes.join('\n')).toContain('3 modules and no go.work: every workflow checks all of them (a, b, c)')
    const dependabot = yaml.load(r.files.find(x => x.path === '.github/dependabot.yml')?.content ?? '') as { updates: { directories?: string[] }[] }
    expect(dependabot.updates[1]?.directories).toEqual(['/a', '/b', '/c'])
  })
  it('a repository that releases with goreleaser gets no second release job', async () => {
    const r = await generate({ ...MODULE, '.goreleaser.yaml': 'version: 2\n' }, { image: 'ghcr.io/acme/app' })
    expect(r.workflows.cd.jobs.map(j => j.id)).toEqual(['build', 'publish'])
    expect(r.notes.join('\n')).toContain('releases with goreleaser (.goreleaser.yaml)')
  })
  it('init in a subfolder writes at the top level, with working-directory, and never shadows the top-level lint config', async () => {
    const files = { '.golangci.yml': 'version: "2"\n', 'ansi/go.mod': 'module github.com/acme/x/ansi\n\ngo 1.26.0\n', 'ansi/ansi.go': 'package ansi\n' }
    const r = await generate(files, {}, {}, '/r/ansi')
    expect(r.files.map(f => f.path)).toEqual(['.github/workflows/ci.yml', '.github/workflows/cd.yml', '.github/workflows/vuln.yml', '.github/dependabot.yml'])
    const check = r.workflows.ci.jobs[0]?.steps.find(s => isUses(s) && s.uses.repo === 'go-pipeline/go-pipeline')
    expect(check && isUses(check) ? check.with?.['working-directory'] : undefined).toBe('ansi')
    expect(r.notes.join('\n')).toContain('.golangci.yml: yours, kept.')
  })
  it('--prefix names the workflows so they sit next to the repository own', async () => {
    const r = await generate({ ...MODULE, '.github/workflows/ci.yml': 'name: mine\n' }, { prefix: 'go-' })
    expect(r.files.filter(f => f.kind === 'workflow').map(f => f.path)).toEqual([
      '.github/workflows/go-ci.yml',
      '.github/workflows/go-cd.yml',
      '.github/workflows/go-vuln.yml',
    ])
    expect(r.notes.join('\n')).toContain('Other workflows kept as they are: ci.yml')
  })
  it('the generated lint config reports only issues new since the commit init ran on', async () => {
    const head = '1'.repeat(40)
    const r = await generate(MODULE, {}, { 'rev-parse --verify --quiet HEAD^{commit}': head })
    const lint = yaml.load(r.files.find(f => f.path === '.golangci.yml')?.content ?? '') as { issues?: { 'new-from-rev'?: string } }
    expect(lint.issues?.['new-from-rev']).toBe(head)
    expect(r.files[0]?.content).toContain(`--lint-new-from-rev ${head}`)
    const all = await generate(MODULE, { 'lint-new-from-rev': 'none' }, { 'rev-parse --verify --quiet HEAD^{commit}': head })
    expect((yaml.load(all.files.find(f => f.path === '.golangci.yml')?.content ?? '') as { issues?: unknown }).issues).toBeUndefined()
  })
})

describe('tidy and vuln (issue 14)', () => {
  const stagesOf = (r: Awaited<ReturnType<typeof generate>>): Record<string, string> =>
    Object.fromEntries((r.workflows.ci.jobs[0]?.strategy?.matrix.include ?? []).map(row => [row.go ?? '', row.stages ?? '']))

  it('ci.yml runs them in the row of the newest Go: stable, else the highest version, else oldstable', async () => {
    expect(stagesOf(await generate(MODULE, {}))).toEqual({ '1.25': 'setup, vet, fmt, lint, test, build', stable: 'setup, vet, tidy, vuln, test' })
    expect(stagesOf(await generate(MODULE, { 'go-versions': '1.26,1.25' }))).toEqual({
      '1.26': 'setup, vet, fmt, tidy, vuln, lint, test, build',
      '1.25': 'setup, vet, test',
    })
    expect(stagesOf(await generate(MODULE, { 'go-versions': '1.24,1.26.3,1.25' }))['1.26.3']).toBe('setup, vet, tidy, vuln, test')
    expect(stagesOf(await generate(MODULE, { 'go-versions': '1.21,oldstable' })).oldstable).toBe('setup, vet, tidy, vuln, test')
  })

  it('a matrix whose newest Go is older than 1.23 runs neither, and init says why', async () => {
    const r = await generate(MODULE, { 'go-versions': '1.21,1.22' })
    expect(Object.values(stagesOf(r)).some(s => /tidy|vuln/.test(s))).toBe(false)
    expect(r.notes.join('\n')).toContain('The newest Go in the CI matrix (1.21, 1.22) is older than 1.23: ci.yml runs neither tidy')
  })

  it('vuln.yml: weekly and on demand, read-only, govulncheck with the Go a release builds with', async () => {
    for (const [files, go] of [
      [V2, { 'go-version-file': 'go.mod' }],
      [MODULE, { 'go-version': 'stable' }],
    ] as const) {
      const r = await generate(files, {}, {}, '/r')
      const wf = r.workflows.vuln
      expect(Object.keys(wf.on)).toEqual(['schedule', 'workflow_dispatch'])
      const cron = (wf.on.schedule as readonly { cron: string }[] | undefined)?.[0]?.cron ?? ''
      expect(cron).toMatch(/^([1-9]|[1-5]\d) 5 \* \* 1$/)
      expect(wf.permissions).toEqual({ contents: { value: 'read' } })
      expect(wf.jobs.map(j => [j.id, j.permissions])).toEqual([['vuln', { contents: { value: 'read' } }]])
      const step = wf.jobs[0]?.steps.find(s => isUses(s) && s.uses.repo === 'go-pipeline/go-pipeline')
      expect(step && isUses(step) ? step.with : undefined).toEqual({ ...go, stages: 'setup, vuln' })
    }
  })

  it('the scheduled minute is stable per repository and spread over the hour', () => {
    expect(scheduleMinute('acme/app')).toBe(scheduleMinute('acme/app'))
    const minutes = new Set(['acme/app', 'acme/api', 'spf13/cobra', 'golang/go', 'kubernetes/kubernetes', 'a/b'].map(scheduleMinute))
    expect(minutes.size).toBeGreaterThan(3)
    for (const m of minutes) expect(m >= 1 && m < 60).toBe(true)
  })

  it('hygieneRow', () => {
    expect(hygieneRow(['1.25', 'stable'])).toBe(1)
    expect(hygieneRow(['1.27rc1', '1.26'])).toBe(0)
    expect(hygieneRow(['1.22'])).toBeUndefined()
    expect(hygieneRow(['1.22', 'oldstable'])).toBe(1)
    expect(hygieneRow(['1.23'])).toBe(0)
  })
})
