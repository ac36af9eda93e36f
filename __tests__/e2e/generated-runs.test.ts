/**
 * The generated CI/CD run by its real consumers (issue 11). Every preset `go-pipeline init` accepts
 * (deploy kubernetes, helm, ssh, none × one module or go.work × image or not) is generated into a git
 * checkout and run under nektos/act, an independent implementation of the runner:
 * - ci.yml on pull_request and merge_group: the matrix jobs and the `CI OK` aggregate;
 * - cd.yml on a push to main and on a v1.2.3 tag: jobs in `needs` order, outputs reaching the jobs that
 *   read them, `if:` conditions, the binaries artifact passed from build to publish, release and deploy.
 * Against real counterparts on 127.0.0.1: the image pushed to a registry through BuildKit, the deploy
 * through kubectl and helm to a Kubernetes API (kwok), and over ssh to a Debian host booted with
 * systemd. Go and golangci-lint come from their real download URLs, answered by the stand-ins through
 * an HTTPS proxy (harness/intercept.ts). Third-party actions are stand-ins on @actions/artifact.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as yaml from 'js-yaml'
import { ACT_BIN, COUNTERPARTS, actionRelease, pruneActWorkspaces, runAct, workflowJobs, type ActRun, type JobResult } from '../harness/act.js'
import { git } from '../harness/git.js'
import { ensureGoArchive, startGoMirror, type GoMirror } from '../harness/go-mirror.js'
import {
  createRemoteBuilder,
  dockerConfig,
  manifest,
  pushBaseImage,
  startBuildkit,
  startRegistry,
  type Buildkit,
  type Registry,
} from '../harness/image-infra.js'
import { startIntercept, type Intercept } from '../harness/intercept.js'
import { KUBE_BIN, startCluster, type Cluster } from '../harness/kube.js'
import { ensureLintRelease, startLintReleases, type ReleaseServer } from '../harness/lint-release.js'
import { bundleNode } from '../harness/node.js'
import { ROOT, spawnCollect, defined } from '../harness/runner.js'
import { startSshTarget, type SshTarget } from '../harness/ssh-target.js'
import { startVulnDb, type VulnDb } from '../harness/vuln-db.js'
import { EXAMPLE, FIXTURES, HARNESS_CACHE } from '../harness/workspace.js'

const SHA = 'c0ffee00'.repeat(5)
const ACTION = `go-pipeline/go-pipeline@${SHA}`
const NODE24 = bundleNode()
/**
 * A test that runs whole workflows under act gets 15 minutes: jest does not stop a test that times
 * out, so on a slow machine its act runs would go on beside the next test's, on the same cluster.
 */
const RUN_TIMEOUT = 900_000
type Deploy = 'kubernetes' | 'helm' | 'ssh' | 'none'
type Layout = 'module' | 'workspace'
interface Preset {
  readonly deploy: Deploy
  readonly layout: Layout
  readonly image: boolean
}
const PRESETS: Preset[] = (['kubernetes', 'helm', 'ssh', 'none'] as const).flatMap(deploy =>
  (['module', 'workspace'] as const).flatMap(layout =>
    [true, false].filter(image => image || deploy === 'ssh' || deploy === 'none').map(image => ({ deploy, layout, image })),
  ),
)
const presetName = (p: Preset): string => `${p.deploy}-${p.layout}-${p.image ? 'image' : 'noimage'}`
const program = (l: Layout): string => (l === 'module' ? 'hello' : 'api')

let mirror: GoMirror
let lint: ReleaseServer
let net: Intercept
let registry: Registry
let buildkit: Buildkit
let docker: string
let base: string
let cluster: Cluster
let target: SshTarget
let vulnDb: VulnDb
const acp = mkdtempSync(path.join(os.tmpdir(), 'gp-act-'))
const actionDir = actionRelease()
const logs = mkdtempSync(path.join(os.tmpdir(), 'gp-act-logs-'))
const attestLog = path.join(logs, 'attest.jsonl')
const ghLog = path.join(logs, 'gh.jsonl')
const temps: string[] = [acp, logs, actionDir]
const table: { preset: string; workflow: string; event: string; jobs: string; seconds: number; note: string }[] = []

/** A `gh` stand-in for the release job: records the release it would create and checks its files exist. */
function ghStandIn(): string {
  const dir = path.join(logs, 'bin')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(dir, 'gh'),
    `#!/usr/bin/env node\nconst fs = require('fs')\nconst args = process.argv.slice(2)\nconst files = args.filter(a => a.startsWith('dist/'))\nfor (const f of files) if (!fs.existsSync(f)) { console.error('gh stand-in: no such file ' + f); process.exit(1) }\nfs.appendFileSync(${JSON.stringify(ghLog)}, JSON.stringify({ args, token: process.env.GH_TOKEN ? 'set' : 'missing' }) + '\\n')\nconsole.log('release created (stand-in): ' + args.slice(0, 3).join(' '))\n`,
  )
  chmodSync(path.join(dir, 'gh'), 0o755)
  return dir
}

/** The fixture of a layout in a fresh checkout with origin on github.com; init's files committed. */
async function generate(p: Preset, extra: (dir: string) => void = () => undefined): Promise<{ dir: string; base: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `gp-gen-${presetName(p)}-`))
  temps.push(dir)
  cpSync(p.layout === 'module' ? EXAMPLE : path.join(FIXTURES, 'monorepo'), dir, { recursive: true })
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/app.git')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'the service')
  const baseSha = git(dir, 'rev-parse', 'HEAD')
  // One repository per layout: presets that build the same binaries push the same image.
  const image = `${registry.host}/acme/${p.layout}`
  const args = [
    'init',
    dir,
    '--deploy',
    p.deploy,
    '--platforms',
    'linux/amd64,linux/arm64',
    '--base-image',
    base,
    '--action-ref',
    ACTION,
    '--action-version',
    'v1.4.2',
  ]
  if (p.image) args.push('--image', image)
  if (p.layout === 'workspace' && (p.image || p.deploy !== 'none')) args.push('--binary', 'api')
  const r = await spawnCollect(NODE24, [path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], dir, { PATH: process.env.PATH ?? '', HOME: os.homedir() })
  if (r.code !== 0) throw new Error(`init ${presetName(p)} failed: ${r.stderr}`)
  extra(dir)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'ci/cd by go-pipeline init')
  return { dir, base: baseSha }
}

/** The layout of a checkout, for its Go build cache: a go.work, one module at the root, or several modules. */
function layoutOf(repo: string): string {
  return existsSync(path.join(repo, 'go.work')) ? 'workspace' : existsSync(path.join(repo, 'go.mod')) ? 'module' : 'modules'
}

function env(layout: string): Record<string, string> {
  const noProxy = '127.0.0.1,localhost,proxy.golang.org,sum.golang.org'
  return {
    HTTPS_PROXY: net.proxyUrl,
    https_proxy: net.proxyUrl,
    NO_PROXY: noProxy,
    no_proxy: noProxy,
    NODE_EXTRA_CA_CERTS: net.caFile,
    SSL_CERT_FILE: net.rootsFile,
    // Go's build cache is content-addressed and safe to share: kept per machine, so only the first
    // run on a machine compiles cold (the runs' own cache entries still go through act's cache server,
    // restored, verified, trimmed and saved). It is kept per layout: a run that restored it trims what
    // it did not use, so layouts sharing one folder would trim each other's, and the next suite would
    // compile them cold. golangci-lint's cache is this suite's own: act gives every run a workspace
    // path of its own, each run adds entries for its paths, and nothing trims that folder, so kept per
    // machine it grew by thousands of entries a suite (119,000 after a day), all archived and restored
    // in every run (21 s a restore). Linting cold once per layout costs ~13 s.
    GOCACHE: path.join(COUNTERPARTS, 'act', `go-build-${layout}`),
    GOMODCACHE: path.join(acp, 'go-mod'),
    GOLANGCI_LINT_CACHE: path.join(acp, 'golangci-lint'),
    GOFLAGS: '-buildvcs=false',
    DOCKER_CONFIG: docker,
    GP_ATTEST_LOG: attestLog,
  }
}

async function act(
  repo: string,
  workflow: string,
  event: 'pull_request' | 'merge_group' | 'push' | 'schedule',
  ref: string,
  baseSha: string,
): Promise<ActRun & { all: Map<string, JobResult> }> {
  const payload =
    event === 'pull_request'
      ? { pull_request: { number: 7, base: { sha: baseSha, ref: 'main' }, head: { ref: 'feature' } } }
      : event === 'merge_group'
        ? { merge_group: { base_sha: baseSha, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7' } }
        : event === 'schedule'
          ? { schedule: scheduleOf(path.join(repo, workflow)) }
          : {}
  const r = await runAct({
    repo,
    workflow,
    event: { name: event, ref, payload },
    actionRef: ACTION,
    actionDir,
    actionCachePath: acp,
    node24: NODE24,
    env: env(layoutOf(repo)),
    secrets: { REGISTRY_PASSWORD: registry.password, KUBECONFIG: cluster.kubeconfigText, DEPLOY_SSH_KEY: target.key, DEPLOY_KNOWN_HOSTS: target.knownHosts },
    vars: { REGISTRY_USERNAME: registry.user, DEPLOY_HOST: target.host, DEPLOY_USER: target.user, DEPLOY_PORT: String(target.port) },
    path: [KUBE_BIN, path.dirname(path.join(logs, 'bin', 'gh'))],
  })
  pruneActWorkspaces(acp)
  // Jobs act never started were skipped by their `if:` (or a failed need).
  const all = new Map<string, JobResult>()
  for (const job of workflowJobs(repo, workflow)) {
    const ran = [...r.jobs].filter(([k]) => k === job || k.startsWith(`${job}(`))
    if (ran.length === 0) all.set(job, 'skipped')
    for (const [k, v] of ran) all.set(k, v)
  }
  return { ...r, all }
}

/** The cron line of a scheduled workflow (what GitHub puts in a schedule event). */
function scheduleOf(file: string): string {
  const doc = yaml.load(readFileSync(file, 'utf8')) as { on: { schedule: { cron: string }[] } }
  return defined(doc.on.schedule[0], 'the schedule').cron
}

function record(preset: string, workflow: string, event: string, r: ActRun & { all: Map<string, JobResult> }, note = ''): void {
  const jobs = [...r.all].map(([j, v]) => {
    const s = r.jobSeconds.get(j)
    return `${j}:${v}${v === 'skipped' || s === undefined ? '' : ` ${s.toFixed(0)} s`}`
  })
  table.push({ preset, workflow, event, jobs: jobs.join(' '), seconds: r.seconds, note })
}

beforeAll(async () => {
  if (!existsSync(ACT_BIN)) throw new Error(`${ACT_BIN} is missing: run scripts/setup-counterparts.sh`)
  mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  lint = await startLintReleases(ensureLintRelease(path.join(HARNESS_CACHE, 'golangci-lint')))
  vulnDb = await startVulnDb()
  temps.push(vulnDb.dir)
  const releases = '/golangci/golangci-lint/releases/download'
  net = await startIntercept(
    {
      'go.dev': p => (p.startsWith('/dl/') ? `${mirror.url}${p.slice(3)}` : undefined),
      'github.com': p => (p.startsWith(`${releases}/`) ? `${lint.url}${p.slice(releases.length)}` : undefined),
      // govulncheck's default database, with real OSV entries (GO-2022-1059 for golang.org/x/text).
      'vuln.go.dev': p => `${vulnDb.url}${p}`,
    },
    path.join(HARNESS_CACHE, 'tls'),
  )
  registry = await startRegistry()
  buildkit = await startBuildkit(registry.host)
  docker = dockerConfig()
  temps.push(docker)
  await createRemoteBuilder(docker, 'runner-builder', buildkit.socket, true)
  base = await pushBaseImage(docker, 'runner-builder', registry)
  cluster = await startCluster()
  target = await startSshTarget()
  ghStandIn()
}, 600_000)

afterAll(async () => {
  const lines = [
    '',
    '| Preset | Workflow | Event | Jobs | Seconds | Note |',
    '| --- | --- | --- | --- | ---: | --- |',
    ...table.map(t => `| ${t.preset} | ${t.workflow} | ${t.event} | ${t.jobs} | ${t.seconds.toFixed(1)} | ${t.note} |`),
  ]
  const total = table.reduce((s, t) => s + t.seconds, 0)
  console.log(`generated workflows under act (${table.length} runs, ${total.toFixed(0)} s of act):${lines.join('\n')}`)
  // For npm run bench (__tests__/bench/act.ts): the table as data.
  const keep = process.env.GO_PIPELINE_ACT_TABLE
  if (keep !== undefined && keep !== '') writeFileSync(keep, JSON.stringify(table))
  await (target as { close(): Promise<void> } | undefined)?.close()
  await (cluster as { close(): Promise<void> } | undefined)?.close()
  await (buildkit as { close(): Promise<void> } | undefined)?.close()
  await (registry as { close(): Promise<void> } | undefined)?.close()
  await (net as { close(): Promise<void> } | undefined)?.close()
  await (lint as { close(): Promise<void> } | undefined)?.close()
  await (mirror as { close(): Promise<void> } | undefined)?.close()
  await (vulnDb as { close(): Promise<void> } | undefined)?.close()
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

/** A workflow as data: each job's definition, and the rest (triggers, permissions, concurrency). */
interface Flow {
  readonly rest: string
  readonly jobs: ReadonlyMap<string, string>
}
type Row = (typeof table)[number]

/** cd.yml as it runs on a tag: the deploy job is skipped there by its `if:`, so it is left out. */
function flow(file: string, onTag = false): Flow {
  const doc = yaml.load(readFileSync(file, 'utf8')) as { jobs: Record<string, { if?: string }> }
  const { jobs, ...rest } = doc
  const deploy = jobs.deploy
  if (onTag && deploy !== undefined) {
    expect(deploy.if).toBe("github.ref == 'refs/heads/main'")
    delete jobs.deploy
  }
  return { rest: JSON.stringify(rest), jobs: new Map(Object.entries(jobs).map(([id, job]) => [id, JSON.stringify(job)])) }
}

/**
 * The run already made in which every job of `w` ran, to the letter (same id, definition and workflow
 * settings, so the same needs, outputs and artifacts): `w` on the same event runs the same jobs.
 */
function ranIn(w: Flow, runs: readonly { flow: Flow; row: Row }[]): Row | undefined {
  return runs.find(r => r.flow.rest === w.rest && [...w.jobs].every(([id, job]) => r.flow.jobs.get(id) === job))?.row
}

describe('every generated preset, run under act', () => {
  const ciRuns: Record<'pull_request' | 'merge_group', { flow: Flow; row: Row }[]> = { pull_request: [], merge_group: [] }
  const mainRuns: { flow: Flow; row: Row }[] = []
  const tagRuns: { flow: Flow; row: Row }[] = []
  it.each(PRESETS.map(p => [presetName(p), p] as const))(
    '%s: ci.yml on pull_request and merge_group, cd.yml on main and on a tag',
    async (name, p) => {
      const { dir, base: baseSha } = await generate(p)
      const ci = path.join(dir, '.github', 'workflows', 'ci.yml')

      // ci.yml: the same jobs for every preset of a layout (the header aside), so each layout's runs once.
      const ciFlow = flow(ci)
      for (const event of ['pull_request', 'merge_group'] as const) {
        const prior = ranIn(ciFlow, ciRuns[event])
        if (prior !== undefined) {
          table.push({ ...prior, preset: name, seconds: 0, note: `same jobs as ${prior.preset}` })
          continue
        }
        const asked = net.requests.length
        const r = await act(
          dir,
          '.github/workflows/ci.yml',
          event,
          event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/gh-readonly-queue/main/pr-7',
          baseSha,
        )
        record(name, 'ci.yml', event, r)
        ciRuns[event].push({ flow: ciFlow, row: defined(table.at(-1), 'the row just recorded') })
        expect([name, event, Object.fromEntries(r.all)]).toEqual([
          name,
          event,
          {
            'check(go=1.26,stages=setup, vet, fmt, lint, test, build)': 'success',
            'check(go=stable,stages=setup, vet, tidy, vuln, test)': 'success',
            'ci-ok': 'success',
          },
        ])
        expect(r.code).toBe(0)
        // The stable row's govulncheck asked the default database (vuln.go.dev, through the proxy).
        expect(r.log).toMatch(/check\(go=stable,[^|]*\| .*govulncheck v1\.8\.0/)
        expect(net.requests.slice(asked)).toEqual(expect.arrayContaining(['vuln.go.dev/index/db.json.gz', 'vuln.go.dev/index/modules.json.gz']))
      }

      // cd.yml on a push to main: build, then publish (image), then deploy, in needs order. A preset whose
      // jobs all ran, to the letter, in another preset's run (no deploy job, or no image) ran there.
      const cd = '.github/workflows/cd.yml'
      const onMain = flow(path.join(dir, cd))
      const covered = ranIn(onMain, mainRuns)
      if (covered !== undefined) {
        table.push({ ...covered, preset: name, seconds: 0, note: `its jobs ran on main in ${covered.preset}'s run` })
      } else {
        await pushMain(name, p, dir, cd, baseSha)
        mainRuns.push({ flow: onMain, row: defined(table.at(-1), 'the push row') })
      }
      await onTag(name, p, dir, cd, baseSha)
    },
    RUN_TIMEOUT,
  )

  async function pushMain(name: string, p: Preset, dir: string, cd: string, baseSha: string): Promise<void> {
    const push = await act(dir, cd, 'push', 'refs/heads/main', baseSha)
    record(name, 'cd.yml', 'push main', push)
    const want: Record<string, JobResult> = { build: 'success' }
    if (p.image) want.publish = 'success'
    want['github-release'] = 'skipped'
    if (p.deploy !== 'none') want.deploy = 'success'
    expect([name, Object.fromEntries(push.all), push.code]).toEqual([name, want, 0])
    expect(push.order[0]).toBe('build')
    if (p.image) expect(push.order.indexOf('publish')).toBeLessThan(p.deploy === 'kubernetes' || p.deploy === 'helm' ? push.order.indexOf('deploy') : Infinity)
    if (p.image) {
      // The image outputs reached the deploy and the attestation: the digest pushed is the one attested.
      const pushed = await manifest(registry, `acme/${p.layout}`, 'main')
      expect(pushed.status).toBe(200)
      const attested = readFileSync(attestLog, 'utf8')
        .trim()
        .split('\n')
        .map(l => JSON.parse(l) as { name: string; digest: string; ref: string })
      expect(attested.filter(a => a.name.endsWith(`/acme/${p.layout}`) && a.ref === 'refs/heads/main').pop()?.digest).toBe(pushed.digest)
    }
    if (p.deploy === 'kubernetes' || p.deploy === 'helm') {
      const deployed = await cluster.kubectl([
        'get',
        'deployment',
        program(p.layout),
        '-o',
        'jsonpath={.spec.template.spec.containers[0].image} {.status.readyReplicas}',
      ])
      const digest = (await manifest(registry, `acme/${p.layout}`, 'main')).digest
      expect(deployed.stdout).toBe(`${registry.host}/acme/${p.layout}@${digest} 2`)
      await cluster.kubectl(['delete', 'deployment,service', program(p.layout), '--ignore-not-found'])
      if (p.deploy === 'helm') await cluster.helm(['uninstall', program(p.layout)])
    }
    if (p.deploy === 'ssh') {
      // The binary the build made is installed and serving: its health endpoint answers on the host.
      const health = await target.ssh(
        `curl -fsS http://127.0.0.1:8080/healthz && systemctl is-active ${program(p.layout)} && sudo sha256sum /usr/local/bin/${program(p.layout)}`,
      )
      expect(health.code).toBe(0)
      expect(health.stdout).toContain('active')
      await target.ssh(`sudo systemctl stop ${program(p.layout)}`)
    }
  }

  async function onTag(name: string, p: Preset, dir: string, cd: string, baseSha: string): Promise<void> {
    // cd.yml on a tag: build, publish, the GitHub release; no deploy. A preset whose jobs on a tag all
    // ran in another preset's tag run (the deploy job, skipped on tags, aside) ran there.
    git(dir, 'tag', 'v1.2.3')
    const tagFlow = flow(path.join(dir, cd), true)
    const twin = ranIn(tagFlow, tagRuns)
    if (twin !== undefined) {
      table.push({ ...twin, preset: name, seconds: 0, note: `its jobs ran on a tag in ${twin.preset}'s run (deploy is skipped on tags)` })
      return
    }
    const tag = await act(dir, cd, 'push', 'refs/tags/v1.2.3', baseSha)
    record(name, 'cd.yml', 'tag v1.2.3', tag)
    tagRuns.push({ flow: tagFlow, row: defined(table.at(-1), 'the row just recorded') })
    const wantTag: Record<string, JobResult> = {
      build: 'success',
      ...(p.image ? { publish: 'success' } : {}),
      'github-release': 'success',
      ...(p.deploy !== 'none' ? { deploy: 'skipped' } : {}),
    }
    expect([name, Object.fromEntries(tag.all), tag.code]).toEqual([name, wantTag, 0])
    const release = readFileSync(ghLog, 'utf8')
      .trim()
      .split('\n')
      .map(l => JSON.parse(l) as { args: string[]; token: string })
      .pop()
    expect(release?.args.slice(0, 2)).toEqual(['release', 'create'])
    expect(release?.args).toContain('v1.2.3')
    expect(release?.args).toContain('dist/checksums.txt')
    expect(release?.token).toBe('set')
    if (p.image) expect((await manifest(registry, `acme/${p.layout}`, '1.2.3')).status).toBe(200)
  }
})

describe('a repository of three modules and no go.work (issue 19)', () => {
  it(
    'init generates workflows that check all three, and they pass under act',
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-gen-three-'))
      temps.push(dir)
      cpSync(path.join(FIXTURES, 'three-modules'), dir, { recursive: true })
      git(dir, 'init', '-q', '-b', 'main')
      git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/three.git')
      git(dir, 'add', '-A')
      git(dir, 'commit', '-qm', 'three modules')
      const baseSha = git(dir, 'rev-parse', 'HEAD')
      const r = await spawnCollect(
        NODE24,
        [
          path.join(ROOT, 'dist', 'cli', 'index.js'),
          'init',
          dir,
          '--platforms',
          'linux/amd64,linux/arm64',
          '--action-ref',
          ACTION,
          '--action-version',
          'v1.4.2',
        ],
        dir,
        { PATH: process.env.PATH ?? '', HOME: os.homedir() },
      )
      expect([r.code, r.stderr]).toEqual([0, ''])
      expect(r.stdout).toContain('3 modules and no go.work: every workflow checks all of them (a, b, c)')
      git(dir, 'add', '-A')
      git(dir, 'commit', '-qm', 'ci/cd')
      const run = await act(dir, '.github/workflows/ci.yml', 'pull_request', 'refs/pull/7/merge', baseSha)
      record('three modules, no go.work', 'ci.yml', 'pull_request', run)
      expect(Object.fromEntries(run.all)).toEqual({
        'check(go=1.26,stages=setup, vet, fmt, lint, test, build)': 'success',
        'check(go=stable,stages=setup, vet, tidy, vuln, test)': 'success',
        'ci-ok': 'success',
      })
      expect(run.log).toContain('Modules (every go.mod): a (example.com/three/a), b (example.com/three/b), c (example.com/three/c)')
    },
    RUN_TIMEOUT,
  )
})

// The example passes the same govulncheck in ci.yml's stable row above (asking vuln.go.dev); here vuln.yml's
// own trigger runs it and fails where it must.
describe('init --build-os linux,linux-arm64: cgo binaries built on each runner, gathered (issue 15)', () => {
  it(
    'on a tag: the build job (linux/amd64) and the build-os row (linux/arm64) build with cgo, gather makes one checksums.txt, publish one two-platform image, the release gets both archives',
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-gen-build-os-'))
      temps.push(dir)
      cpSync(EXAMPLE, dir, { recursive: true })
      git(dir, 'init', '-q', '-b', 'main')
      git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/native.git')
      git(dir, 'add', '-A')
      git(dir, 'commit', '-qm', 'the service')
      const baseSha = git(dir, 'rev-parse', 'HEAD')
      const image = `${registry.host}/acme/native`
      const args = [
        'init',
        dir,
        '--image',
        image,
        '--build-os',
        'linux,linux-arm64',
        '--base-image',
        base,
        '--action-ref',
        ACTION,
        '--action-version',
        'v1.4.2',
      ]
      const r = await spawnCollect(NODE24, [path.join(ROOT, 'dist', 'cli', 'index.js'), ...args], dir, { PATH: process.env.PATH ?? '', HOME: os.homedir() })
      expect([r.code, r.stderr]).toEqual([0, ''])
      git(dir, 'add', '-A')
      git(dir, 'commit', '-qm', 'ci/cd')
      git(dir, 'tag', 'v3.1.0')
      const cd = '.github/workflows/cd.yml'
      expect(workflowJobs(dir, cd)).toEqual(['build', 'build-os', 'gather', 'publish', 'github-release'])

      const run = await act(dir, cd, 'push', 'refs/tags/v3.1.0', baseSha)
      record('none-module-image --build-os linux,linux-arm64', 'cd.yml', 'tag v3.1.0', run)
      expect([Object.fromEntries(run.all), run.code]).toEqual([
        {
          build: 'success',
          'build-os(os=linux-arm64,platform=linux/arm64,runner=ubuntu-24.04-arm)': 'success',
          gather: 'success',
          publish: 'success',
          'github-release': 'success',
        },
        0,
      ])
      expect(run.order.indexOf('gather')).toBeGreaterThan(
        Math.max(
          run.order.indexOf('build'),
          run.order.findIndex(j => j.startsWith('build-os')),
        ),
      )
      expect(run.order.indexOf('publish')).toBeGreaterThan(run.order.indexOf('gather'))
      // The arm64 row cross-compiled with cgo here (a native arm runner needs no cross-compiler).
      expect(run.log).toContain('cgo: true builds linux/arm64 on linux/amd64 with aarch64-linux-gnu-gcc')
      // Both built with cgo: the service (net) links the C library dynamically, which cgo: false refuses.
      expect(run.log).toMatch(/dist\/linux_amd64\/hello {2}\d+ bytes {2}static: no/)
      expect(run.log).toMatch(/dist\/linux_arm64\/hello {2}\d+ bytes {2}static: no/)
      expect(run.log).toMatch(
        /\| gather \| ✅ success \| [\d.]+ s \| 2 binaries \(linux\/amd64, linux\/arm64\) and 2 other files of v3\.1\.0, one checksums\.txt \|/,
      )
      // One two-platform image of the gathered binaries.
      const pushed = await manifest(registry, 'acme/native', '3.1.0')
      expect(pushed.status).toBe(200)
      const platforms = (pushed.body.manifests ?? []).map(m => `${m.platform?.os}/${m.platform?.architecture}`).filter(p => p !== 'unknown/unknown')
      expect(platforms.sort()).toEqual(['linux/amd64', 'linux/arm64'])
      // The release: both jobs' archives and the one checksums.txt.
      const release = readFileSync(ghLog, 'utf8')
        .trim()
        .split('\n')
        .map(l => JSON.parse(l) as { args: string[] })
        .pop()
      expect(release?.args).toEqual(
        expect.arrayContaining(['v3.1.0', 'dist/hello_3.1.0_linux_amd64.tar.gz', 'dist/hello_3.1.0_linux_arm64.tar.gz', 'dist/checksums.txt']),
      )
    },
    RUN_TIMEOUT,
  )
})

describe('vuln.yml: govulncheck weekly on main, read-only (issue 14)', () => {
  /** A fixture in a fresh checkout with origin on github.com, init's files committed. */
  async function initialized(source: string, name: string): Promise<{ dir: string; base: string }> {
    const dir = mkdtempSync(path.join(os.tmpdir(), `gp-gen-${name}-`))
    temps.push(dir)
    cpSync(source, dir, { recursive: true })
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'remote', 'add', 'origin', `https://github.com/acme/${name}.git`)
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', name)
    const baseSha = git(dir, 'rev-parse', 'HEAD')
    const r = await spawnCollect(NODE24, [path.join(ROOT, 'dist', 'cli', 'index.js'), 'init', dir, '--action-ref', ACTION, '--action-version', 'v1.4.2'], dir, {
      PATH: process.env.PATH ?? '',
      HOME: os.homedir(),
    })
    expect([r.code, r.stderr]).toEqual([0, ''])
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'ci/cd by go-pipeline init')
    return { dir, base: baseSha }
  }

  it(
    'a program that calls a vulnerable function: the scheduled run fails, annotated at the call',
    async () => {
      const { dir, base: baseSha } = await initialized(path.join(FIXTURES, 'vuln-called'), 'vulncalled')
      const r = await act(dir, '.github/workflows/vuln.yml', 'schedule', 'refs/heads/main', baseSha)
      record('vuln-called fixture', 'vuln.yml', 'schedule', r, 'calls x/text ParseAcceptLanguage (GO-2022-1059)')
      expect(Object.fromEntries(r.all)).toEqual({ vuln: 'failure' })
      expect(r.code).not.toBe(0)
      expect(r.log).toMatch(/::error title=govulncheck GO-2022-1059,file=main\.go,line=17,col=46::GO-2022-1059: Denial of service/)
    },
    RUN_TIMEOUT,
  )
})

describe('broken fixtures fail the right job with the right message', () => {
  it(
    'a failing test fails its matrix job and CI OK',
    async () => {
      const p: Preset = { deploy: 'none', layout: 'module', image: false }
      const { dir, base: baseSha } = await generate(p, d =>
        writeFileSync(
          path.join(d, 'internal', 'server', 'broken_test.go'),
          'package server\n\nimport "testing"\n\nfunc TestBroken(t *testing.T) { t.Errorf("broken on purpose") }\n',
        ),
      )
      const r = await act(dir, '.github/workflows/ci.yml', 'pull_request', 'refs/pull/7/merge', baseSha)
      record('none-module (failing test)', 'ci.yml', 'pull_request', r, 'broken on purpose')
      expect(r.all.get('check(go=1.26,stages=setup, vet, fmt, lint, test, build)')).toBe('failure')
      expect(r.all.get('ci-ok')).toBe('failure')
      expect(r.code).not.toBe(0)
      expect(r.log).toMatch(
        /::error title=TestBroken \(example\.com\/hello-service\/internal\/server\),file=internal\/server\/broken_test\.go,line=5::TestBroken: broken on purpose/,
      )
    },
    RUN_TIMEOUT,
  )

  it(
    'a binary changed after the build (checksum mismatch) stops the ssh deploy before anything reaches the host',
    async () => {
      const p: Preset = { deploy: 'ssh', layout: 'module', image: false }
      const { dir, base: baseSha } = await generate(p, d => {
        // The artifact as a tampered download would leave it: one step added right after the download.
        const file = path.join(d, '.github', 'workflows', 'cd.yml')
        const doc = yaml.load(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps: { uses?: string }[] }> }
        const steps = defined(doc.jobs.deploy, 'the deploy job').steps
        const at = steps.findIndex(s => s.uses?.startsWith('actions/download-artifact@') === true)
        expect(at).toBeGreaterThan(-1)
        steps.splice(at + 1, 0, { name: 'Tamper with the binary (test)', run: "printf 'tampered' >> dist/linux_amd64/hello" } as { uses?: string })
        writeFileSync(file, yaml.dump(doc, { lineWidth: -1 }))
      })
      const host = (): Promise<string> =>
        target
          .ssh(
            'sudo sha256sum /usr/local/bin/hello /tmp/hello 2>/dev/null; stat -c "%n %s %Y" /tmp/hello.service /etc/systemd/system/hello.service 2>/dev/null; true',
          )
          .then(r => r.stdout)
      const before = await host()
      const r = await act(dir, '.github/workflows/cd.yml', 'push', 'refs/heads/main', baseSha)
      record('ssh-module-noimage (binary tampered)', 'cd.yml', 'push main', r, 'binary changed after download')
      expect(Object.fromEntries(r.all)).toMatchObject({ build: 'success', deploy: 'failure' })
      // The step that checks the binary before the scp failed, the binary never passed the check, and
      // nothing reached the host. (act's log sometimes drops all the output of a step that exits within
      // milliseconds: fresh-clone runs of 7689b2a and 6ff9c2d lost sha256sum's lines while the deploy
      // failed as it should. So sha256sum's verdict is checked whenever act kept it; the same step passes
      // on the untampered binary in the ssh preset's run.)
      expect(r.log).toMatch(/deploy \| {3}❌ {2}Failure - Main Copy the checked binary, install the unit, restart, check health/)
      expect(r.log).not.toMatch(/dist\/linux_amd64\/hello: OK/)
      const verdict = /deploy \|.*dist\/linux_amd64\/hello: (\w+)/.exec(r.log)?.[1]
      expect(verdict ?? 'FAILED').toBe('FAILED')
      expect(await host()).toBe(before)
    },
    RUN_TIMEOUT,
  )

  it(
    "a Helm chart with a value missing fails the deploy job with helm's message",
    async () => {
      const p: Preset = { deploy: 'helm', layout: 'module', image: true }
      const { dir, base: baseSha } = await generate(p, d => {
        const values = path.join(d, 'deploy', 'helm', 'hello', 'values.yaml')
        const doc = yaml.load(readFileSync(values, 'utf8')) as Record<string, unknown>
        delete doc.service
        writeFileSync(values, yaml.dump(doc))
      })
      const r = await act(dir, '.github/workflows/cd.yml', 'push', 'refs/heads/main', baseSha)
      record('helm-module (service value missing)', 'cd.yml', 'push main', r, 'values.yaml without service')
      expect(Object.fromEntries(r.all)).toMatchObject({ build: 'success', publish: 'success', deploy: 'failure' })
      // The helm step failed, and helm said why whenever act kept its output: act's log sometimes drops all
      // the output of a step that exits within milliseconds (a fresh-clone run of 42a6b0e lost helm's lines
      // for a step that failed in 153 ms), as with the tampered binary above.
      expect(r.log).toMatch(/deploy \| {3}❌ {2}Failure - Main Upgrade the release with the image by digest/)
      const helmSaid = /deploy \| .*Error: .*/.exec(r.log)?.[0]
      if (helmSaid !== undefined) expect(helmSaid).toMatch(/nil pointer evaluating interface \{\}\.port|service\.port/)
    },
    RUN_TIMEOUT,
  )
})
