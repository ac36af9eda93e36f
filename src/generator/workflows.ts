/**
 * ci.yml and cd.yml as data.
 *
 * cd.yml is split by privilege: `build` checks, tests and builds with `contents: read` only, and
 * uploads the binaries with their checksums; `publish` (packages, id-token, attestations) checks out
 * nothing: it downloads the binaries, verifies them against checksums.txt (the action's binaries-dir)
 * and makes the image from them, so no repository code ever runs with publishing rights.
 */
import { deployJob } from './deploy.js'
import type { Job, Permissions, Step, Workflow } from './model.js'
import { PINS } from './pins.js'
import { checkout, header, RUNNER } from './steps.js'
import { commonWith, platformsWith, type Plan } from './plan.js'

const READ: Permissions = { contents: { value: 'read' } }

export function ciWorkflow(p: Plan): Workflow {
  const [primary, ...others] = p.versions
  const full = p.facts.mains.length > 0 ? 'setup, vet, fmt, lint, test, build' : 'setup, vet, fmt, lint, test'
  const include = [{ go: primary ?? 'stable', stages: full }, ...others.map(v => ({ go: v, stages: 'setup, vet, test' }))]
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
  const ok: Job = {
    id: 'ci-ok',
    name: 'CI OK',
    comment: 'The one check to require in branch protection: it fails when any matrix job did not succeed.',
    if: 'always()',
    needs: ['check'],
    runsOn: RUNNER,
    timeoutMinutes: 5,
    permissions: {},
    steps: [{ name: 'Every check passed', env: { RESULT: '${{ needs.check.result }}' }, run: 'echo "check: $RESULT"\ntest "$RESULT" = success\n' }],
  }
  return {
    header: [...header(p.command), '', 'Pull requests and the merge queue: checks only (nothing is pushed, no cache is saved).'],
    name: 'CI',
    on: { pull_request: null, merge_group: null },
    permissions: READ,
    concurrency: { group: '${{ github.workflow }}-${{ github.event.pull_request.number || github.ref }}', cancelInProgress: true },
    jobs: [check, ok],
  }
}

function buildJob(p: Plan): Job {
  const library = p.facts.mains.length === 0
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
          ...commonWith(p),
          stages: library ? 'setup, vet, fmt, lint, test' : 'setup, vet, fmt, lint, test, build',
          ...(library ? {} : { archives: true }),
        },
      },
      ...(library ? [] : [{ uses: PINS.uploadArtifact, with: { name: 'binaries', path: `${p.outputDir}/`, 'if-no-files-found': 'error' } } satisfies Step]),
    ],
  }
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
    needs: ['build'],
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
          ...platformsWith(p),
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
    needs: ['build'],
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
  const jobs = [buildJob(p), publishJob(p), releaseJob(p), deployJob(p)].filter((j): j is Job => j !== undefined)
  const what = [
    facts.mains.length > 0 ? 'checks, tests and builds (binaries kept as an artifact)' : 'checks and tests',
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
