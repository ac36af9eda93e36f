import { describe, expect, it } from '@jest/globals'
import { buildArgv, digestFromMetadata, generatedDockerfile, parseInspect } from '../../src/image/buildx.js'
import { defaultTags, ociLabels, parseImageName, parseLabels, parseTags, pushDecision, sanitizeTag, type TagContext } from '../../src/image/tags.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const push = (ref: string, defaultBranch = 'main'): TagContext => ({ eventName: 'push', ref, sha: SHA, defaultBranch })

describe('default tags (docker/metadata-action rules)', () => {
  const cases: [string, TagContext, string[]][] = [
    ['a push to the default branch', push('refs/heads/main'), ['main', 'latest', 'sha-0123456']],
    ['a push to another default branch', push('refs/heads/trunk', 'trunk'), ['trunk', 'latest', 'sha-0123456']],
    ['a push to a feature branch', push('refs/heads/feature'), ['feature', 'sha-0123456']],
    ['a branch with a slash', push('refs/heads/feature/login'), ['feature-login', 'sha-0123456']],
    ['a branch with odd characters', push('refs/heads/fix#12@home'), ['fix-12-home', 'sha-0123456']],
    ['a branch starting with a dot', push('refs/heads/.hidden'), ['hidden', 'sha-0123456']],
    ['a branch named like main elsewhere', push('refs/heads/main', 'master'), ['main', 'sha-0123456']],
    ['a default branch unknown to the event', { eventName: 'push', ref: 'refs/heads/main', sha: SHA }, ['main', 'sha-0123456']],
    ['a semver tag v1.2.3', push('refs/tags/v1.2.3'), ['1.2.3', '1.2', '1', 'sha-0123456']],
    ['a semver tag without v', push('refs/tags/2.5.0'), ['2.5.0', '2.5', '2', 'sha-0123456']],
    ['a release candidate v2.0.0-rc.1', push('refs/tags/v2.0.0-rc.1'), ['2.0.0-rc.1', 'sha-0123456']],
    ['a beta with build metadata', push('refs/tags/v1.0.0-beta.2+exp'), ['1.0.0-beta.2', 'sha-0123456']],
    ['a v0 release (no bare 0 tag)', push('refs/tags/v0.4.1'), ['0.4.1', '0.4', 'sha-0123456']],
    ['a v10 release', push('refs/tags/v10.0.3'), ['10.0.3', '10.0', '10', 'sha-0123456']],
    ['a tag that is not semver', push('refs/tags/release-2026'), ['release-2026', 'sha-0123456']],
    ['a two-part version tag', push('refs/tags/v1.2'), ['v1.2', 'sha-0123456']],
    ['a pull request', { eventName: 'pull_request', ref: 'refs/pull/42/merge', sha: SHA, defaultBranch: 'main', prNumber: 42 }, ['pr-42', 'sha-0123456']],
    ['a pull request from the ref alone', { eventName: 'pull_request', ref: 'refs/pull/7/merge', sha: SHA }, ['pr-7', 'sha-0123456']],
    ['a pull_request_target', { eventName: 'pull_request_target', ref: 'refs/heads/main', sha: SHA, prNumber: 9 }, ['pr-9', 'sha-0123456']],
    ['a merge queue branch', push('refs/heads/gh-readonly-queue/main/pr-5-abc'), ['gh-readonly-queue-main-pr-5-abc', 'sha-0123456']],
    [
      'a workflow_dispatch on main',
      { eventName: 'workflow_dispatch', ref: 'refs/heads/main', sha: SHA, defaultBranch: 'main' },
      ['main', 'latest', 'sha-0123456'],
    ],
    ['a schedule with no ref', { eventName: 'schedule', ref: '', sha: SHA }, ['sha-0123456']],
    ['no sha', { eventName: 'push', ref: 'refs/heads/dev', sha: '' }, ['dev']],
    ['a 200-character branch is cut to 128', push(`refs/heads/${'b'.repeat(200)}`), ['b'.repeat(128), 'sha-0123456']],
  ]
  it('has at least 20 cases', () => expect(cases.length).toBeGreaterThanOrEqual(20))
  it.each(cases)('%s', (_what, context, expected) => {
    const tags = defaultTags(context)
    expect(tags).toEqual(expected)
    for (const t of tags) expect(t).toMatch(/^[\w][\w.-]{0,127}$/)
  })
})

describe('push decision', () => {
  const cases: ['auto' | 'true' | 'false', TagContext, boolean][] = [
    ['auto', push('refs/heads/main'), true],
    ['auto', push('refs/tags/v1.0.0'), true],
    ['auto', push('refs/heads/feature'), false],
    ['auto', { eventName: 'pull_request', ref: 'refs/pull/1/merge', sha: SHA, defaultBranch: 'main' }, false],
    ['true', { eventName: 'pull_request', ref: 'refs/pull/1/merge', sha: SHA }, true],
    ['false', push('refs/tags/v1.0.0'), false],
  ]
  it.each(cases)('%s on %j → %s', (policy, context, expected) => {
    expect(pushDecision(policy, context).push).toBe(expected)
  })
})

describe('image names, tags and labels', () => {
  it.each([
    ['ghcr.io/acme/app', 'ghcr.io'],
    ['127.0.0.1:5000/acme/app', '127.0.0.1:5000'],
    ['localhost/app', 'localhost'],
    ['acme/app', 'docker.io'],
    ['app', 'docker.io'],
  ])('%s logs in to %s', (name, registry) => expect(parseImageName(name)).toEqual({ name, registry }))
  it.each(['ghcr.io/acme/app:v1', 'ghcr.io/Acme/app', 'ghcr.io/acme/app@sha256:00', '', 'ghcr.io/', 'a b'])('rejects %j', name => {
    expect(typeof parseImageName(name)).toBe('string')
  })
  it('takes bare and full tags of the same image', () => {
    const img = { name: 'ghcr.io/acme/app', registry: 'ghcr.io' }
    expect(parseTags('edge, ghcr.io/acme/app:v1\nlatest,edge', img)).toEqual(['edge', 'v1', 'latest'])
    expect(parseTags('docker.io/acme/app:v1', img)).toMatch(/not a tag of ghcr.io\/acme\/app/)
  })
  it('sanitises refs', () => expect(sanitizeTag('dependabot/go_modules/x-1.2')).toBe('dependabot-go_modules-x-1.2'))
  it('fills OCI labels from what is known, and leaves out what is not', () => {
    expect(ociLabels({ repository: 'acme/app', sha: SHA, version: 'v1.0.0', created: '2026-01-02T03:04:05Z', title: 'app', license: 'MIT' })).toEqual({
      'org.opencontainers.image.title': 'app',
      'org.opencontainers.image.version': 'v1.0.0',
      'org.opencontainers.image.created': '2026-01-02T03:04:05Z',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://github.com/acme/app',
      'org.opencontainers.image.url': 'https://github.com/acme/app',
      'org.opencontainers.image.licenses': 'MIT',
    })
    expect(parseLabels('a.b=c d\n\nteam = go=pher')).toEqual({ 'a.b': 'c d', team: 'go=pher' })
  })
})

describe('buildx', () => {
  it('writes a copy-only Dockerfile: no RUN, so no platform is emulated', () => {
    const d = generatedDockerfile('gcr.io/distroless/static-debian12:nonroot', 'hello')
    expect(d).toContain('FROM gcr.io/distroless/static-debian12:nonroot')
    expect(d).toContain('COPY ${TARGETPLATFORM}/hello /usr/local/bin/hello')
    expect(d).toContain('USER 65532:65532')
    expect(d).toContain('ENTRYPOINT ["/usr/local/bin/hello"]')
    expect(d).not.toMatch(/^RUN/m)
  })
  it('builds an argv, never a shell string', () => {
    const argv = buildArgv({
      builder: 'b',
      platforms: ['linux/amd64', 'linux/arm64'],
      dockerfile: '/t/Dockerfile',
      context: '/t/binaries',
      refs: ['r/app:1', 'r/app:latest'],
      labels: { x: 'a b; rm -rf /' },
      buildArgs: { VERSION: 'v1' },
      push: true,
      provenance: 'false',
      sbom: false,
      metadataFile: '/t/m.json',
    })
    expect(argv).toEqual([
      'buildx',
      'build',
      '--builder',
      'b',
      '--progress',
      'plain',
      '--platform',
      'linux/amd64,linux/arm64',
      '--file',
      '/t/Dockerfile',
      '--tag',
      'r/app:1',
      '--tag',
      'r/app:latest',
      '--label',
      'x=a b; rm -rf /',
      '--build-arg',
      'VERSION=v1',
      '--provenance=false',
      '--sbom=false',
      '--output',
      'type=image,push=true',
      '--metadata-file',
      '/t/m.json',
      '/t/binaries',
    ])
  })
  it('reads buildx inspect and the metadata file', () => {
    const info = parseInspect(
      'Name:          gp\nDriver:        remote\n\nNodes:\nName: gp0\nStatus:           running\nPlatforms:        linux/amd64*, linux/arm64\n',
    )
    expect(info).toEqual({ name: 'gp', driver: 'remote', status: 'running', platforms: ['linux/amd64', 'linux/arm64'] })
    expect(parseInspect('garbage')).toBeUndefined()
    // What buildx prints, with exit 0, for the default builder when there is no Docker engine.
    expect(parseInspect('Name:   default\nDriver: \nError:  failed to connect to the docker API\n\nNodes:\n')).toMatchObject({
      driver: '',
      error: 'failed to connect to the docker API',
    })
    const d = `sha256:${'ab'.repeat(32)}`
    expect(digestFromMetadata(JSON.stringify({ 'containerimage.digest': d }))).toBe(d)
    expect(digestFromMetadata('{}')).toBeUndefined()
    expect(digestFromMetadata('not json')).toBeUndefined()
  })
})
