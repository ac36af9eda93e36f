/**
 * The action's inputs: names and defaults. action.yml holds the same defaults (the runner fills them
 * in); a unit test keeps the two equal. The CLI's flags are the same names with the same defaults.
 */
import { IMPLICIT_STAGES, STAGE_IDS, type StageId } from '../pipeline/stage.js'

/** The base image of the generated Dockerfile when base-image is not set. */
export const DEFAULT_BASE_IMAGE = 'gcr.io/distroless/static-debian12:nonroot'

/** The golangci-lint release used when golangci-lint-version is not set. */
export const DEFAULT_GOLANGCI_LINT_VERSION = 'v2.15.0'

/**
 * Stages only run when `stages` names them. generate rewrites the working tree; tidy and vuln came
 * after v1 shipped, and a check that starts failing builds nobody changed belongs in a new major
 * version's defaults, not a minor one's (the generator turns tidy and vuln on in the workflows it writes).
 */
export const OPT_IN_STAGES: readonly StageId[] = ['generate', 'tidy', 'vuln', 'merge', 'gather']

/** The stages `stages` runs by default. */
export const DEFAULT_STAGES = STAGE_IDS.filter(s => !IMPLICIT_STAGES.includes(s) && !OPT_IN_STAGES.includes(s))

/** The govulncheck release built when govulncheck-version is not set (v1.9.0 needs a golang.org/x/telemetry the proxy here lacks). */
export const DEFAULT_GOVULNCHECK_VERSION = 'v1.8.0'

/** test-reruns' ceiling: more reruns than this hide a broken test rather than ride out a flaky one. */
export const MAX_TEST_RERUNS = 5

export const INPUT_DEFAULTS = {
  'working-directory': '.',
  modules: '',
  stages: DEFAULT_STAGES.join(', '),
  'go-version': '',
  'go-version-file': '',
  'check-latest': 'false',
  'go-download-base-url': 'https://go.dev/dl',
  goprivate: '',
  gonosumdb: '',
  goproxy: '',
  'private-modules-token': '',
  'golangci-lint-version': DEFAULT_GOLANGCI_LINT_VERSION,
  'golangci-lint-base-url': 'https://github.com/golangci/golangci-lint/releases/download',
  'golangci-lint-args': '',
  'only-new-issues': 'false',
  'govulncheck-version': DEFAULT_GOVULNCHECK_VERSION,
  'vuln-db': 'https://vuln.go.dev',
  race: 'true',
  'coverage-threshold': '0',
  'coverage-changed-threshold': '0',
  'coverage-max-drop': '',
  'test-args': '',
  'test-reruns': '0',
  'flaky-tests': 'pass',
  shard: '',
  'shard-results-dir': '',
  platforms: 'linux/amd64,linux/arm64,darwin/arm64,windows/amd64',
  main: '',
  'binary-name': '',
  version: '',
  'version-package': 'main',
  ldflags: '',
  cgo: 'false',
  'output-dir': 'dist',
  archives: 'false',
  'speculative-build': 'true',
  cache: 'true',
  'cache-save': 'auto',
  image: '',
  'image-platforms': '',
  'binaries-dir': '',
  push: 'auto',
  tags: '',
  labels: '',
  dockerfile: '',
  'base-image': DEFAULT_BASE_IMAGE,
  'image-binary': '',
  'registry-username': '',
  'registry-password': '',
  'github-token': '${{ github.token }}',
  'buildx-builder': '',
  provenance: 'false',
  sbom: 'false',
} as const
export type InputName = keyof typeof INPUT_DEFAULTS
export const INPUT_NAMES = Object.keys(INPUT_DEFAULTS) as InputName[]

/** Inputs whose value is a list or a block, where a new line separates items; every other input is one line. */
export const MULTI_LINE_INPUTS: readonly InputName[] = [
  'modules',
  'stages',
  'platforms',
  'image-platforms',
  'main',
  'tags',
  'labels',
  'golangci-lint-args',
  'test-args',
]

/** Inputs that are secrets: masked as soon as they are read, never echoed, never in state. */
export const SECRET_INPUTS: readonly InputName[] = ['registry-password', 'github-token', 'private-modules-token']

export type RawInputs = (name: InputName) => string
