/**
 * ci.yml, cd.yml and vuln.yml as data.
 *
 * cd.yml is split by privilege: `build` checks, tests and builds with `contents: read` only, and
 * uploads the binaries with their checksums; `publish` (packages, id-token, attestations) checks out
 * nothing: it downloads the binaries, verifies them against checksums.txt (the action's binaries-dir)
 * and makes the image from them, so no repository code ever runs with publishing rights.
 */
import { deployJob } from './deploy.js'
import type { Job, Permissions, Scalar, Step, Workflow } from './model.js'
import { BUILD_OS_PLATFORMS, TEST_OS_RUNNERS } from './options.js'
import { PINS } from './pins.js'
import { checkout, header, RUNNER } from './steps.js'
import { binariesJob, commonWith, otherBuildOs, platformsWith, workdirWith, type Plan } from './plan.js'
import { STAGE_IDS, type StageId } from '../pipeline/stage.js'
import { goToSemver } from '../go/version.js'
import * as semver from 'semver'

const READ: Permissions = { contents: { value: 'read' } }

/** go mod tidy -diff (tidy) and govulncheck (vuln) need Go 1.23 or newer. */
const HYGIENE_MIN_GO = '1.23.0'

/**
 * The matrix row that runs tidy and vuln: the newest Go (stable when listed, else the highest version,
 * else oldstable), so govulncheck judges the standard library the release is built with, not an old
 * line's; undefined when the newest listed Go is older than 1.23.
 */
export function hygieneRow(versions: readonly string[]): number | undefined {
  const stable = versions.indexOf('stable')
  if (stable >= 0) return stable
  let best: { i: number; v: string } | undefined
  versions.forEach((text, i) => {
    const v = goToSemver(text)
    if (v !== undefined && (best === undefined || semver.gt(v, best.v))) best = { i, v }
  })
  if (best !== undefined && semver.gte(best.v, HYGIENE_MIN_GO)) return best.i
  const oldstable = versions.indexOf('oldstable')
  return oldstable >= 0 ? oldstable : undefined
}

/** A stages input in the action's own order. */
function stagesText(stages: ReadonlySet<StageId>): string {
  return STAGE_IDS.filter(s => stages.has(s)).join(', ')
}

/** The CI matrix: the first Go runs every check (and build), the others vet and test; the newest adds tidy and vuln. */
export function ciMatrix(p: Plan): { go: string; stages: string }[] {
  const versions = p.versions.length > 0 ? p.versions : ['stable']
  const hygiene = hygieneRow(versions)
  return versions.map((go, i) => {
    // With shards, the first Go's tests run in the shard jobs instead.
    const first: StageId[] = p.o.shards > 1 ? ['setup', 'vet', 'fmt', 'lint'] : ['setup', 'vet', 'fmt', 'lint', 'test']
    const stages = new Set<StageId>(i === 0 ? first : ['setup', 'vet', 'test'])
    if (i === 0 && p.facts.mains.length > 0) stages.add('build')
    if (i === hygiene) for (const s of ['tidy', 'vuln'] as const) stages.add(s)
    return { go, stages: stagesText(stages) }
  })
}

export function ciWorkflow(p: Plan): Workflow {
  const include = ciMatrix(p)
  const check: Job = {
    id: 'check',
    name: 'Go ${{ matrix.go }}',
    runsOn: RUNNER,
    timeoutMinutes: 30,
    permissions: READ,
    strategy: { failFast: false, matrix: { include } },
    steps: [
      checkout({ 'fetch-depth': 0 }),
      {
        uses: p.action,
        with: { 'go-version': '${{ matrix.go }}', stages: '${{ matrix.stages }}', 'only-new-issues': true, ...commonWith(p) },
      },
    ],
  }
  const sharded = shardJobs(p, include[0]?.go ?? 'stable')
  const osJob = testOsJob(p, include[0]?.go ?? 'stable')
  const needs = ['check', ...sharded.map(j => j.id), ...(osJob ? [osJob.id] : [])]
  const ok: Job = {
    id: 'ci-ok',
    name: 'CI OK',
    comment: `The one check to require in branch protection: it fails when any ${needs.length === 1 ? 'matrix job' : 'job it needs'} did not succeed.`,
    if: 'always()',
    needs,
    runsOn: RUNNER,
    timeoutMinutes: 5,
    permissions: {},
    steps: [
      needs.length === 1
        ? { name: 'Every check passed', env: { RESULT: '${{ needs.check.result }}' }, run: 'echo "check: $RESULT"\ntest "$RESULT" = success\n' }
        : {
            name: 'Every check passed',
            env: Object.fromEntries(needs.map(n => [n.toUpperCase().replace(/-/g, '_'), `\${{ needs.${n}.result }}`])),
            run: `failed=0\nfor job in ${needs.map(n => n.toUpperCase().replace(/-/g, '_')).join(' ')}; do\n  echo "$job: \${!job}"\n  test "\${!job}" = success || failed=1\ndone\nexit $failed\n`,
          },
    ],
  }
  return {
    header: [...header(p.command), '', 'Pull requests and the merge queue: checks only (nothing is pushed, no cache is saved).'],
    name: 'CI',
    on: { pull_request: null, merge_group: null },
    permissions: READ,
    concurrency: { group: '${{ github.workflow }}-${{ github.event.pull_request.number || github.ref }}', cancelInProgress: true },
    jobs: [check, ...sharded, ...(osJob ? [osJob] : []), ok],
  }
}

/** Where the merge job downloads the shards' results (inside the working directory: shard-results-dir is relative to it). */
function shardResultsPath(p: Plan): string {
  return p.facts.workdir === '.' ? 'test-shards' : `${p.facts.workdir}/test-shards`
}

/**
 * --shards N: the first Go's tests in N jobs (the action's shard input: packages balanced by the timing
 * record pushes to the default branch save), each uploading its test-results even when its tests failed,
 * then one job that merges them (stages: merge): coverage, JUnit and the verdict of the whole suite, and
 * fails when a shard failed or did not report.
 */
function shardJobs(p: Plan, go: string): Job[] {
  const n = p.o.shards
  if (n <= 1) return []
  const test: Job = {
    id: 'test',
    name: `Tests \${{ matrix.shard }}/${n}`,
    runsOn: RUNNER,
    timeoutMinutes: 30,
    permissions: READ,
    strategy: { failFast: false, matrix: { include: Array.from({ length: n }, (_, i) => ({ shard: String(i + 1) })) } },
    steps: [
      checkout({ 'fetch-depth': 0 }),
      {
        id: 'pipeline',
        uses: p.action,
        with: { 'go-version': go, stages: 'setup, test', shard: `\${{ matrix.shard }}/${n}`, ...workdirWith(p) },
      },
      {
        name: 'Keep the results for the merge, failed tests too',
        if: "${{ !cancelled() && steps.pipeline.outputs.test-results != '' }}",
        uses: PINS.uploadArtifact,
        with: { name: 'test-results-${{ matrix.shard }}', path: '${{ steps.pipeline.outputs.test-results }}', 'if-no-files-found': 'error' },
      },
    ],
  }
  const merge: Job = {
    id: 'test-merge',
    name: 'Tests (all shards)',
    comment: 'Runs no repository code: it merges what the shards uploaded and fails when one failed or did not report.',
    if: '${{ !cancelled() }}',
    needs: ['test'],
    runsOn: RUNNER,
    timeoutMinutes: 10,
    permissions: READ,
    steps: [
      // The base commit too: the merge measures the coverage of the pull request's changed lines.
      checkout({ 'fetch-depth': 0 }),
      { uses: PINS.downloadArtifact, with: { pattern: 'test-results-*', path: shardResultsPath(p) } },
      { uses: p.action, with: { stages: 'merge', 'shard-results-dir': 'test-shards', ...workdirWith(p) } },
    ],
  }
  return [test, merge]
}

/** --test-os: go vet and go test on each other operating system's runner (linux/amd64 is the check job's). */
function testOsJob(p: Plan, go: string): Job | undefined {
  const others = p.o.testOs.filter(os => os !== 'linux')
  if (others.length === 0) return undefined
  return {
    id: 'test-os',
    name: 'Tests on ${{ matrix.os }}',
    runsOn: '${{ matrix.runner }}',
    timeoutMinutes: 30,
    permissions: READ,
    strategy: { failFast: false, matrix: { include: others.map(os => ({ os, runner: TEST_OS_RUNNERS[os] })) } },
    steps: [checkout(), { uses: p.action, with: { 'go-version': go, stages: 'setup, vet, test', ...workdirWith(p) } }],
  }
}

/**
 * A minute of the hour (1 to 59) from the repository's name: scheduled runs of many repositories spread over the
 * hour instead of all starting at :00, when GitHub delays and drops the most scheduled runs.
 */
export function scheduleMinute(name: string): number {
  let h = 0
  for (const c of name) h = (h * 31 + (c.codePointAt(0) ?? 0)) % 2_147_483_647
  return 1 + (h % 59)
}

/**
 * vuln.yml: govulncheck weekly on the default branch (scheduled runs always check out its head), since
 * new vulnerabilities are published without any change to the code; and on demand. It scans with the
 * Go a release builds with, so the standard library it judges is the one that ships. Read-only: a
 * finding fails the run (GitHub mails whoever last changed the schedule) and is annotated at the call.
 */
export function vulnWorkflow(p: Plan): Workflow {
  const minute = scheduleMinute(`${p.facts.owner ?? ''}/${p.facts.repo ?? p.app}`)
  const scan: Job = {
    id: 'vuln',
    name: 'Known vulnerabilities',
    runsOn: RUNNER,
    timeoutMinutes: 20,
    permissions: READ,
    steps: [checkout(), { uses: p.action, with: { ...p.releaseGo, stages: 'setup, vuln', ...workdirWith(p) } }],
  }
  return {
    header: [
      ...header(p.command),
      '',
      `Weekly on ${p.facts.defaultBranch} (Mondays at 05:${String(minute).padStart(2, '0')} UTC) and on demand: govulncheck on the code as it is, since new`,
      'vulnerabilities are published without any change to the code. Pull requests run it in ci.yml.',
    ],
    name: 'Vulnerabilities',
    on: { schedule: [{ cron: `${minute} 5 * * 1` }], workflow_dispatch: null },
    permissions: READ,
    concurrency: { group: '${{ github.workflow }}', cancelInProgress: false },
    jobs: [scan],
  }
}

function buildJob(p: Plan): Job {
  const library = p.facts.mains.length === 0
  const native = !library && p.o.buildOs.length > 0
  return {
    id: 'build',
    name: library ? 'Check and test' : 'Check, test and build',
    runsOn: RUNNER,
    timeoutMinutes: 45,
    permissions: READ,
    ...(library ? {} : { outputs: { version: '${{ steps.pipeline.outputs.version }}' } }),
    steps: [
      checkout(p.lintSince !== undefined ? { 'fetch-depth': 0 } : {}),
      {
        id: 'pipeline',
        uses: p.action,
        with: {
          ...p.releaseGo,
          ...(native ? { ...workdirWith(p), platforms: BUILD_OS_PLATFORMS.linux, cgo: true } : commonWith(p)),
          stages: library ? 'setup, vet, fmt, lint, test' : 'setup, vet, fmt, lint, test, build',
          ...(library ? {} : { archives: true }),
        },
      },
      ...(library
        ? []
        : [
            {
              uses: PINS.uploadArtifact,
              with: { name: native ? 'binaries-linux' : 'binaries', path: `${p.outputDir}/`, 'if-no-files-found': 'error' },
            } satisfies Step,
          ]),
    ],
  }
}

/**
 * --build-os: binaries that need their own OS (cgo) built and tested on each runner, as the build job
 * does on linux/amd64; each job's dist/ is an artifact of its own, with its own checksums.txt.
 */
function buildOsJob(p: Plan): Job | undefined {
  const others = otherBuildOs(p)
  if (others.length === 0) return undefined
  return {
    id: 'build-os',
    name: 'Test and build on ${{ matrix.os }}',
    runsOn: '${{ matrix.runner }}',
    timeoutMinutes: 45,
    permissions: READ,
    strategy: {
      failFast: true,
      matrix: { include: others.map(os => ({ os, runner: TEST_OS_RUNNERS[os], platform: BUILD_OS_PLATFORMS[os] })) },
    },
    steps: [
      checkout(),
      {
        uses: p.action,
        with: { ...p.releaseGo, ...workdirWith(p), stages: 'setup, test, build', platforms: '${{ matrix.platform }}', cgo: true, archives: true },
      },
      { uses: PINS.uploadArtifact, with: { name: 'binaries-${{ matrix.os }}', path: `${p.outputDir}/`, 'if-no-files-found': 'error' } },
    ],
  }
}

/**
 * --build-os: one job that checks every build job's files against that job's checksums.txt and keeps
 * them as one `binaries` artifact with one checksums.txt, for the publish, release and deploy jobs.
 * It checks out nothing and runs no repository code.
 */
function gatherJob(p: Plan): Job | undefined {
  if (otherBuildOs(p).length === 0) return undefined
  return {
    id: 'gather',
    name: 'Gather the binaries',
    comment: 'Checks out nothing and runs no repository code: every file is checked against its own job’s checksums.txt.',
    needs: ['build', 'build-os'],
    runsOn: RUNNER,
    timeoutMinutes: 10,
    permissions: READ,
    steps: [
      { uses: PINS.downloadArtifact, with: { pattern: 'binaries-*', path: 'binaries' } },
      { uses: p.action, with: { stages: 'gather', 'binaries-dir': 'binaries' } },
      { uses: PINS.uploadArtifact, with: { name: 'binaries', path: 'dist/', 'if-no-files-found': 'error' } },
    ],
  }
}

/** The image's platforms: the linux ones the runners build with --build-os (linux/amd64 at least), else the platforms input. */
function imagePlatformsWith(p: Plan): Record<string, Scalar> {
  if (p.o.buildOs.length === 0) return platformsWith(p)
  const linux = (['linux', ...p.o.buildOs] as const).map(os => BUILD_OS_PLATFORMS[os]).filter(t => t.startsWith('linux/'))
  return { platforms: [...new Set(linux)].join(',') }
}

function publishJob(p: Plan): Job | undefined {
  const image = p.o.image
  if (image === undefined) return undefined
  const ghcr = image.registry === 'ghcr.io'
  return {
    id: 'publish',
    name: 'Image: push and attest',
    comment:
      'Checks out nothing and runs no repository code: it makes the image from the binaries the build job\ntested, each verified against checksums.txt before use.',
    needs: [binariesJob(p)],
    runsOn: RUNNER,
    timeoutMinutes: 20,
    // The registry password is a secret: reading it inside an environment lets its rules guard it.
    ...(ghcr ? {} : { environment: 'registry' }),
    permissions: {
      ...(ghcr ? { packages: { value: 'write', comment: 'push to ghcr.io' } } : {}),
      'id-token': { value: 'write', comment: 'sign the attestation' },
      attestations: { value: 'write', comment: 'store the attestation' },
    },
    outputs: { image: '${{ steps.pipeline.outputs.image }}', digest: '${{ steps.pipeline.outputs.digest }}' },
    steps: [
      { uses: PINS.downloadArtifact, with: { name: 'binaries', path: 'binaries' } },
      {
        id: 'pipeline',
        uses: p.action,
        with: {
          stages: 'image',
          'binaries-dir': 'binaries',
          image: image.name,
          ...imagePlatformsWith(p),
          ...(p.facts.mains.length > 1 && p.program ? { 'image-binary': p.program.name } : {}),
          ...(p.o.baseImage !== '' ? { 'base-image': p.o.baseImage } : {}),
          ...(ghcr ? {} : { 'registry-username': '${{ vars.REGISTRY_USERNAME }}', 'registry-password': '${{ secrets.REGISTRY_PASSWORD }}' }),
        },
      },
      {
        name: 'Attest the image',
        uses: PINS.attestBuildProvenance,
        with: { 'subject-name': image.name, 'subject-digest': '${{ steps.pipeline.outputs.digest }}', 'push-to-registry': true },
      },
    ],
  }
}

function releaseJob(p: Plan): Job | undefined {
  if (p.facts.mains.length === 0 || p.facts.goreleaser !== undefined) return undefined
  return {
    id: 'github-release',
    name: 'GitHub release',
    if: "startsWith(github.ref, 'refs/tags/v')",
    needs: [binariesJob(p)],
    runsOn: RUNNER,
    timeoutMinutes: 10,
    permissions: { contents: { value: 'write', comment: 'create the release' } },
    steps: [
      { uses: PINS.downloadArtifact, with: { name: 'binaries', path: 'dist' } },
      {
        name: 'Create the release with the archives and checksums',
        env: { GH_TOKEN: '${{ github.token }}', TAG: '${{ github.ref_name }}', REPO: '${{ github.repository }}' },
        run: 'shopt -s nullglob\nfiles=(dist/*.tar.gz dist/*.zip dist/checksums.txt)\ngh release create "$TAG" --repo "$REPO" --title "$TAG" --generate-notes --verify-tag "${files[@]}"\n',
      },
    ],
  }
}

export function cdWorkflow(p: Plan): Workflow {
  const { facts } = p
  const jobs = [buildJob(p), buildOsJob(p), gatherJob(p), publishJob(p), releaseJob(p), deployJob(p)].filter((j): j is Job => j !== undefined)
  const what = [
    facts.mains.length === 0
      ? 'checks and tests'
      : otherBuildOs(p).length > 0
        ? `checks, tests and builds on each runner with cgo (${['linux', ...otherBuildOs(p)].join(', ')}), the binaries gathered into one artifact`
        : 'checks, tests and builds (binaries kept as an artifact)',
    p.o.image ? 'the image pushed and attested by a job that runs no repository code' : undefined,
    releaseJob(p) ? 'a GitHub release on tags' : undefined,
    p.o.deploy !== 'none' ? `the ${p.o.deploy} deploy on ${facts.defaultBranch}` : undefined,
  ].filter(Boolean)
  return {
    header: [...header(p.command), '', `Pushes to ${facts.defaultBranch} and v* tags: ${what.join(', ')}.`],
    name: 'CD',
    on: { push: { branches: [facts.defaultBranch], tags: ['v*'] } },
    permissions: {},
    concurrency: { group: '${{ github.workflow }}-${{ github.ref }}', cancelInProgress: false },
    jobs,
  }
}
