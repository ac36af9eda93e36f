/**
 * image end-to-end: the committed dist/ builds the example, then pushes a linux/amd64 + linux/arm64 image
 * made of those very binaries with the real docker buildx, a real BuildKit daemon (remote driver) and
 * a real registry (Debian's docker-registry, htpasswd auth), all on 127.0.0.1. Nothing is emulated:
 * the Dockerfile only copies.
 */
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { commitAll } from '../harness/git.js'
import { ensureGoArchive, startGoMirror, type GoMirror } from '../harness/go-mirror.js'
import {
  createRemoteBuilder,
  dockerConfig,
  fileInLayer,
  manifest,
  pushBaseImage,
  startBuildkit,
  startRegistry,
  type Buildkit,
  type Registry,
} from '../harness/image-infra.js'
import { startEngine } from '../harness/docker-engine.js'
import { bundleNode } from '../harness/node.js'
import { Job, type EventSpec, type PhaseResult, defined } from '../harness/runner.js'
import { copyWorkspace, EXAMPLE, HARNESS_CACHE } from '../harness/workspace.js'

const VERSION_PKG = 'example.com/hello-service/internal/version'
const REPO = 'acme/hello-service'
let mirror: GoMirror
let registry: Registry
let buildkit: Buildkit
let runnerDocker: string
let base: string
const toolCache = mkdtempSync(path.join(os.tmpdir(), 'gp-tc-image-'))
const cleanup: string[] = [toolCache]

beforeAll(async () => {
  mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  registry = await startRegistry()
  buildkit = await startBuildkit(registry.host)
  // The runner's ~/.docker: buildx as a plugin and a builder made by a setup step (as setup-buildx does).
  runnerDocker = ownDockerConfig()
  await createRemoteBuilder(runnerDocker, 'gp-remote', buildkit.socket)
  base = await pushBaseImage(runnerDocker, 'gp-remote', registry)
})
afterAll(async () => {
  await (mirror as { close(): Promise<void> } | undefined)?.close()
  await (buildkit as { close(): Promise<void> } | undefined)?.close()
  await (registry as { close(): Promise<void> } | undefined)?.close()
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true })
})

/** setup, build and image for two platforms, pushed to the loopback registry; `extra` wins. */
function imageInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    stages: 'setup, build, image',
    'go-version': '1.26',
    'go-download-base-url': mirror.url,
    platforms: 'linux/amd64,linux/arm64',
    'version-package': VERSION_PKG,
    image: `${registry.host}/${REPO}`,
    'base-image': base,
    'registry-username': registry.user,
    'registry-password': registry.password,
    ...extra,
  }
}

async function run(
  workspace: string,
  event: EventSpec,
  inputs: Record<string, string>,
  docker = runnerDocker,
): Promise<{ main: PhaseResult; post: PhaseResult; job: Job }> {
  const job = new Job({ workspace, toolCache, node: bundleNode(), event, env: { DOCKER_CONFIG: docker } })
  const main = await job.main(imageInputs(inputs))
  const [post] = await job.post()
  return { main, post: defined(post, 'a post phase'), job }
}

/** A fresh checkout of the example, committed (and tagged), removed after the tests. */
function checkout(prefix: string, tag?: string): { ws: string; commit: string } {
  const ws = copyWorkspace(EXAMPLE, prefix)
  cleanup.push(ws)
  return { ws, commit: commitAll(ws, tag) }
}

/** A runner's ~/.docker of its own, removed after the tests. */
function ownDockerConfig(): string {
  const dir = dockerConfig()
  cleanup.push(dir)
  return dir
}

function checksums(workspace: string): Map<string, string> {
  const sums = new Map<string, string>()
  for (const line of readFileSync(path.join(workspace, 'dist', 'checksums.txt'), 'utf8')
    .trim()
    .split('\n')) {
    const [sum, file] = line.split(/\s+/)
    if (file !== undefined && sum !== undefined) sums.set(file, sum)
  }
  return sums
}

function expectNoPassword(results: PhaseResult[], password: string): void {
  for (const r of results) {
    // The only place the value may appear is the runner's add-mask command, which hides it from then on.
    const leaks = `${r.stdout}\n${r.stderr}`.split('\n').filter(l => l.includes(password) && !l.startsWith(`::add-mask::`))
    expect(leaks).toEqual([])
    expect(r.summary).not.toContain(password)
    expect(JSON.stringify(r.state)).not.toContain(password)
  }
}

describe('image through dist/', () => {
  it('pushes linux/amd64 and linux/arm64 made of the tested binaries, by digest, with the semver tags', async () => {
    const { ws, commit } = checkout('gp-image-tag-', 'v1.0.0')
    // With speculative-build the binaries are built beside vet and published when it passed: the image is made of them.
    const { main, post } = await run(
      ws,
      { name: 'push', ref: 'refs/tags/v1.0.0', sha: commit },
      { 'buildx-builder': 'gp-remote', stages: 'setup, vet, build, image', 'speculative-build': 'true' },
    )
    expect(main.stdout).not.toContain('::error')
    expect(main.exitCode).toBe(0)
    expect(main.summary).toMatch(/\| build \| ✅ success \| [\d.]+ s \| 2 binaries of v1\.0\.0 \(built beside the checks in [\d.]+ s\) \|/)

    const name = `${registry.host}/${REPO}`
    const digest = main.outputs.digest ?? ''
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(main.outputs.image).toBe(`${name}@${digest}`)
    expect(main.outputs['image-pushed']).toBe('true')
    expect((main.outputs.tags ?? '').split('\n')).toEqual([`${name}:1.0.0`, `${name}:1.0`, `${name}:1`, `${name}:sha-${commit.slice(0, 7)}`])

    // The registry's index lists exactly the two platforms, and every tag points at it.
    const index = await manifest(registry, REPO, digest)
    expect(index.status).toBe(200)
    expect(index.body.manifests?.map(m => `${m.platform?.os}/${m.platform?.architecture}`)).toEqual(['linux/amd64', 'linux/arm64'])
    for (const tag of ['1.0.0', '1.0', '1', `sha-${commit.slice(0, 7)}`]) expect((await manifest(registry, REPO, tag)).digest).toBe(digest)
    expect((await manifest(registry, REPO, 'latest')).status).toBe(404)

    // Each platform's top layer holds exactly the binary the build stage made (checksums.txt).
    const sums = checksums(ws)
    for (const m of index.body.manifests ?? []) {
      const platform = `${m.platform?.os}_${m.platform?.architecture}`
      const image = await manifest(registry, REPO, m.digest)
      const layers = image.body.layers ?? []
      const top = layers[layers.length - 1]?.digest ?? ''
      expect(await fileInLayer(registry, REPO, top, 'usr/local/bin/hello')).toBe(sums.get(`${platform}/hello`))
      const config = JSON.parse((await registry.get(`/v2/${REPO}/blobs/${image.body.config?.digest}`, '*/*')).body.toString()) as {
        architecture: string
        config: { User: string; Entrypoint: string[]; Labels: Record<string, string> }
      }
      expect(config.architecture).toBe(m.platform?.architecture)
      expect(config.config.User).toBe('65532:65532')
      expect(config.config.Entrypoint).toEqual(['/usr/local/bin/hello'])
      expect(config.config.Labels).toMatchObject({
        'org.opencontainers.image.version': 'v1.0.0',
        'org.opencontainers.image.revision': commit,
        'org.opencontainers.image.source': `https://github.com/${REPO}`,
        'org.opencontainers.image.title': 'hello',
        'org.opencontainers.image.created': '2026-01-02T03:04:05Z',
      })
    }

    // Summary, masking, and the logout in post.
    expect(main.summary).toContain(`${name}@${digest}`)
    expect(main.stdout).toContain(`::add-mask::${registry.password}`)
    expectNoPassword([main, post], registry.password)
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain(`Logged out of ${registry.host}`)
    const auths = (JSON.parse(readFileSync(path.join(runnerDocker, 'config.json'), 'utf8')) as { auths?: Record<string, unknown> }).auths ?? {}
    expect(Object.keys(auths)).not.toContain(registry.host)
  })

  it('speculative-build (the default) with a failing test: the build is stopped or thrown away, and no binary, checksum, output or image is published', async () => {
    const ws = copyWorkspace(EXAMPLE, 'gp-image-spec-')
    cleanup.push(ws)
    // A test that fails after the build has had time to start beside it.
    writeFileSync(
      path.join(ws, 'cmd', 'hello', 'zz_fails_test.go'),
      'package main\n\nimport (\n\t"testing"\n\t"time"\n)\n\nfunc TestFailsOnPurpose(t *testing.T) {\n\ttime.Sleep(2 * time.Second)\n\tt.Fatal("fails on purpose")\n}\n',
    )
    const commit = commitAll(ws, 'v3.0.0')
    const { main, job } = await run(
      ws,
      { name: 'push', ref: 'refs/tags/v3.0.0', sha: commit },
      { 'buildx-builder': 'gp-remote', stages: 'setup, vet, test, build, image', race: 'false' },
    )
    expect(main.exitCode).toBe(1)
    expect(main.stdout).toContain('speculative-build: build starts now, beside the checks')
    expect(main.summary).toMatch(
      /\| build \| ⏭️ skipped \| [\d.]+ s \| discarded: built beside the checks, and test failed, so (it was stopped|its results were thrown away); nothing was published \|/,
    )
    expect(main.summary).toMatch(/\| image \| ⏭️ skipped \| 0\.00 s \| not run: a check failed \|/)
    // Nothing in the workspace, no outputs, nothing in the registry, nothing left in the runner's temp folder.
    expect(existsSync(path.join(ws, 'dist'))).toBe(false)
    for (const output of ['version', 'artifacts', 'digest', 'image', 'image-pushed', 'tags'])
      expect([output, main.outputs[output]]).toEqual([output, undefined])
    expect((await manifest(registry, REPO, '3.0.0')).status).toBe(404)
    expect(readdirSync(job.runnerTemp).filter(n => n.startsWith('go-pipeline-build-'))).toEqual([])
  })

  it('builds on a pull request with push auto, with the current builder, and pushes nothing', async () => {
    const { ws, commit } = checkout('gp-image-pr-')
    const docker = ownDockerConfig()
    await createRemoteBuilder(docker, 'current-remote', buildkit.socket, true)
    const event = { name: 'pull_request', ref: 'refs/pull/7/merge', sha: commit, payload: { number: 7, pull_request: { number: 7, base: { sha: commit } } } }
    const tagsBefore = (await registry.get(`/v2/${REPO}/tags/list`, 'application/json')).body.toString()
    const { main } = await run(ws, event, {}, docker)
    expect(main.stdout).not.toContain('::error')
    expect(main.exitCode).toBe(0)
    expect(main.stdout).toContain('Builder current-remote (driver remote')
    expect(main.stdout).toContain('Not pushing: push auto never pushes from a pull_request run')
    expect(main.outputs['image-pushed']).toBe('false')
    expect((main.outputs.tags ?? '').split('\n')).toEqual([`${registry.host}/${REPO}:pr-7`, `${registry.host}/${REPO}:sha-${commit.slice(0, 7)}`])
    expect((await manifest(registry, REPO, 'pr-7')).status).toBe(404)
    // Nothing was pushed: the repository's tags are as they were.
    expect((await registry.get(`/v2/${REPO}/tags/list`, 'application/json')).body.toString()).toBe(tagsBefore)
    expect(main.summary).toContain('built, not pushed')
  })

  it("uses the repository's Dockerfile with the binaries as a named context and the documented build args", async () => {
    const ws = copyWorkspace(EXAMPLE, 'gp-image-own-')
    cleanup.push(ws)
    writeFileSync(
      path.join(ws, 'Dockerfile'),
      [
        `FROM ${base}`,
        'ARG TARGETPLATFORM',
        'ARG BINARY',
        'ARG VERSION',
        'COPY --from=binaries ${TARGETPLATFORM}/${BINARY} /app/${BINARY}',
        'COPY README.md /app/README.md',
        'LABEL org.example.built-version=${VERSION}',
        'ENTRYPOINT ["/app/hello"]',
        '',
      ].join('\n'),
    )
    const commit = commitAll(ws)
    const { main } = await run(
      ws,
      { name: 'push', ref: 'refs/heads/feature/own-dockerfile', sha: commit },
      { dockerfile: 'Dockerfile', push: 'true', 'buildx-builder': 'gp-remote', tags: 'edge' },
    )
    expect(main.stdout).not.toContain('::error')
    expect(main.exitCode).toBe(0)
    const digest = main.outputs.digest ?? ''
    expect((await manifest(registry, REPO, 'edge')).digest).toBe(digest)
    const sums = checksums(ws)
    const index = await manifest(registry, REPO, digest)
    for (const m of index.body.manifests ?? []) {
      const image = await manifest(registry, REPO, m.digest)
      const layers = (image.body.layers ?? []).map(l => l.digest)
      const found = await Promise.all(layers.map(l => fileInLayer(registry, REPO, l, 'app/hello')))
      expect(found.filter(Boolean)).toEqual([sums.get(`linux_${m.platform?.architecture}/hello`)])
      const config = JSON.parse((await registry.get(`/v2/${REPO}/blobs/${image.body.config?.digest}`, '*/*')).body.toString()) as {
        config: { Labels: Record<string, string> }
      }
      expect(config.config.Labels['org.example.built-version']).toMatch(/^v0\.0\.0-20260102030405-[0-9a-f]{12}$/)
    }
  })

  it('fails with a clear message on wrong credentials, and the password is in no log', async () => {
    const { ws, commit } = checkout('gp-image-badpw-', 'v1.0.1')
    const wrong = 'not-the-password-9f3e1c'
    const { main, post } = await run(ws, { name: 'push', ref: 'refs/tags/v1.0.1', sha: commit }, { 'registry-password': wrong, 'buildx-builder': 'gp-remote' })
    expect(main.exitCode).toBe(1)
    const error = main.annotations.find(a => a.level === 'error')
    expect(error?.message).toContain(`docker login to ${registry.host} as ${registry.user} failed`)
    expect(error?.message).toContain('Check registry-username and registry-password')
    expect(main.stdout).toContain(`::add-mask::${wrong}`)
    expectNoPassword([main, post], wrong)
    expect((await manifest(registry, REPO, '1.0.1')).status).toBe(404)
  })

  it('says what to do when there is no builder that can build for several platforms', async () => {
    const { ws, commit } = checkout('gp-image-nobuilder-')
    // A runner with buildx but no builder of its own and no Docker engine: the default builder is unusable.
    const docker = ownDockerConfig()
    const { main } = await run(ws, { name: 'push', ref: 'refs/heads/main', sha: commit }, {}, docker)
    expect(main.exitCode).toBe(1)
    const error = main.annotations.find(a => a.level === 'error')
    expect(error?.message).toContain('docker buildx create --driver docker-container failed')
    expect(error?.message).toContain('Set buildx-builder to a builder that can build for linux/amd64, linux/arm64')
  })

  it('on a real Docker engine whose builder uses the docker driver: go-pipeline makes a docker-container builder, pushes both platforms, and post removes it', async () => {
    const engine = await startEngine()
    try {
      const { ws, commit } = checkout('gp-image-engine-', 'v1.1.0')
      const job = new Job({
        workspace: ws,
        toolCache,
        node: bundleNode(),
        event: { name: 'push', ref: 'refs/tags/v1.1.0', sha: commit },
        env: { DOCKER_CONFIG: engine.config, DOCKER_HOST: engine.host, GITHUB_RUN_ID: '77' },
      })
      const main = await job.main(imageInputs())
      expect([main.exitCode, main.annotations.filter(a => a.level === 'error')]).toEqual([0, []])
      expect(main.stdout).toContain('uses the docker driver, which cannot push a multi-platform image: creating go-pipeline-77 (docker-container driver)')
      const digest = main.outputs.digest ?? ''
      const index = await manifest(registry, REPO, '1.1.0')
      expect(index.digest).toBe(digest)
      expect(index.body.manifests?.map(m => `${m.platform?.os}/${m.platform?.architecture}`)).toEqual(['linux/amd64', 'linux/arm64'])
      // The builder ran as a container of this engine; post removes it.
      expect((await engine.docker(['buildx', 'ls'])).stdout).toContain('go-pipeline-77')
      const [post] = await job.post()
      expect(post?.exitCode).toBe(0)
      expect(post?.stdout).toContain('Removed the builder go-pipeline-77')
      expect((await engine.docker(['buildx', 'ls'])).stdout).not.toContain('go-pipeline-77')
      expect((await engine.docker(['ps', '-aq'])).stdout.trim()).toBe('')
    } finally {
      await engine.close()
    }
  })
})

describe('native runners: binaries from two build jobs, gathered (issue 15)', () => {
  /** Two build jobs of one commit (linux/amd64 on one runner, linux/arm64 on another), each's dist/ downloaded as an artifact into binaries/<job>. */
  async function twoBuildJobs(): Promise<{ ws: string; commit: string }> {
    const { ws, commit } = checkout('gp-gather-', 'v2.0.0')
    for (const [job, platform] of [
      ['build-amd64', 'linux/amd64'],
      ['build-arm64', 'linux/arm64'],
    ] as const) {
      const { ws: own } = checkout(`gp-${job}-`, 'v2.0.0')
      const built = await new Job({ workspace: own, toolCache, node: bundleNode(), event: { name: 'push', ref: 'refs/tags/v2.0.0', sha: commit } }).main(
        imageInputs({ stages: 'setup, build', platforms: platform, archives: 'true', image: '' }),
      )
      expect([job, built.exitCode]).toEqual([job, 0])
      cpSync(path.join(own, 'dist'), path.join(ws, 'binaries', job), { recursive: true })
    }
    return { ws, commit }
  }

  it('one checksums.txt of both jobs, and one two-platform image pushed, made of exactly their binaries', async () => {
    const { ws, commit } = await twoBuildJobs()
    const { main } = await run(
      ws,
      { name: 'push', ref: 'refs/tags/v2.0.0', sha: commit },
      { stages: 'gather, image', 'binaries-dir': 'binaries', 'buildx-builder': 'gp-remote', 'go-version': '' },
    )
    expect(main.stdout).not.toContain('::error')
    expect(main.exitCode).toBe(0)
    expect(main.summary).toMatch(
      /\| gather \| ✅ success \| [\d.]+ s \| 2 binaries \(linux\/amd64, linux\/arm64\) and 2 other files of v2\.0\.0, one checksums\.txt \|/,
    )
    // One checksums.txt: both jobs' binaries and archives, each line what that job's own checksums.txt said.
    const gathered = checksums(ws)
    const own = new Map<string, string>()
    for (const job of ['build-amd64', 'build-arm64'])
      for (const line of readFileSync(path.join(ws, 'binaries', job, 'checksums.txt'), 'utf8')
        .trim()
        .split('\n')) {
        const [sum, file] = line.split(/\s+/)
        if (sum && file) own.set(file, sum)
      }
    expect([...gathered.keys()].sort()).toEqual(['hello_2.0.0_linux_amd64.tar.gz', 'hello_2.0.0_linux_arm64.tar.gz', 'linux_amd64/hello', 'linux_arm64/hello'])
    expect(gathered).toEqual(own)
    const sha = (file: string): string =>
      createHash('sha256')
        .update(readFileSync(path.join(ws, 'dist', file)))
        .digest('hex')
    for (const [file, sum] of gathered) expect([file, sha(file)]).toEqual([file, sum])
    expect((JSON.parse(main.outputs.artifacts ?? '[]') as { kind: string; platform: string }[]).map(a => `${a.kind} ${a.platform}`).sort()).toEqual([
      'archive linux/amd64',
      'archive linux/arm64',
      'binary linux/amd64',
      'binary linux/arm64',
    ])
    // The image: both platforms, each made of that job's binary, pushed by digest.
    const digest = main.outputs.digest ?? ''
    const index = await manifest(registry, REPO, digest)
    expect(index.body.manifests?.map(m => `${m.platform?.os}/${m.platform?.architecture}`)).toEqual(['linux/amd64', 'linux/arm64'])
    for (const m of index.body.manifests ?? []) {
      const image = await manifest(registry, REPO, m.digest)
      const top = image.body.layers?.at(-1)?.digest ?? ''
      expect(await fileInLayer(registry, REPO, top, 'usr/local/bin/hello')).toBe(gathered.get(`${m.platform?.os}_${m.platform?.architecture}/hello`))
    }
    expect((await manifest(registry, REPO, '2.0.0')).digest).toBe(digest)
  })

  it('a tampered file of one job stops it: nothing gathered, nothing pushed', async () => {
    const { ws, commit } = await twoBuildJobs()
    const victim = path.join(ws, 'binaries', 'build-arm64', 'linux_arm64', 'hello')
    const bytes = readFileSync(victim)
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff
    writeFileSync(victim, bytes)
    const before = (await manifest(registry, REPO, '2.0.1')).status
    const { main } = await run(
      ws,
      { name: 'push', ref: 'refs/tags/v2.0.1', sha: commit },
      { stages: 'gather, image', 'binaries-dir': 'binaries', 'buildx-builder': 'gp-remote', 'go-version': '' },
    )
    expect(main.exitCode).toBe(1)
    expect(main.annotations.find(a => a.level === 'error')?.message).toMatch(
      /^gather: binaries-dir: binaries\/build-arm64\/linux_arm64\/hello does not match binaries\/build-arm64\/checksums\.txt \(sha256 [0-9a-f]{64} listed, [0-9a-f]{64} found\); nothing was used/,
    )
    expect(main.summary).toMatch(/\| image \| ⏭️ skipped \|/)
    expect(existsSync(path.join(ws, 'dist'))).toBe(false)
    expect(main.outputs.digest).toBeUndefined()
    expect([before, (await manifest(registry, REPO, '2.0.1')).status]).toEqual([404, 404])
  })
})
