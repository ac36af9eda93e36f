/** `go-pipeline <command>`: the terminal front door. Returns the exit code. */
import { INPUT_DEFAULTS } from '../config/inputs.js'
import { DEPLOY_TARGETS } from '../generator/options.js'
import { safeWriter } from '../ports/streams.js'
import { checkCommand, initCommand } from './init.js'
import type { CliIO } from './io.js'
import { RUN_FLAGS, runCommand } from './run.js'
import { VERSION } from '../version.js'

export const USAGE = `Usage: go-pipeline <command> [options]

Commands:
  run [dir]     Run the pipeline's stages on this machine, as the action runs them in CI.
                dir is the Go module or workspace root (default: the current folder).
  init [dir]    Write the repository's CI/CD: .github/workflows/ci.yml (pull requests: checks) and
                cd.yml (pushes and tags: build, image, attestation, release, deploy), and, when absent,
                .golangci.yml, .github/dependabot.yml and deploy files. dir is the Go root (default:
                the current folder); the files go to the repository's top level.
  check [dir]   Exit 1 with a unified diff when the generated files drifted from what init writes.
  help          Show this text.
  version       Print go-pipeline's version (also --version).

Options of init:
  --image REPO          Build and push this image (e.g. ghcr.io/owner/app). Default: no image.
  --deploy TARGET       ${DEPLOY_TARGETS.join(', ')} (default none); kubernetes and helm need --image.
  --platforms LIST      os/arch list for the binaries (default: the action's).
  --go-versions LIST    Go versions of the CI matrix (default: go.mod's and stable).
  --action-ref REF      owner/repo@<commit SHA> of go-pipeline for the generated steps. Default: the
                        newest v1 release, resolved with git ls-remote (offline: an error asking for it).
  --action-version V    The release of --action-ref's commit (vX.Y.Z), for the pin's comment.
  --binary NAME         The program the image runs and ssh deploys (default: the only or first one).
  --port N              The port the service listens on (default 8080).
  --health-path PATH    Its health endpoint (default /healthz).
  --prefix P            Put P before the workflow file names (go-ci.yml, go-cd.yml): generate next to
                        workflows of your own.
  --base-image REF      The base of the image (default: the action's, distroless static nonroot).
  --lint-new-from-rev C Report only lint issues new since commit C in the generated .golangci.yml
                        (default: the commit init runs on; none reports every issue).
  --shards N            Run ci.yml's tests in N jobs (2-32, balanced by the timing record pushes to the
                        default branch save) and merge their results in one more (default 1).
  --test-os LIST        Also test on these runners: linux, linux-arm64, macos, windows
                        (ubuntu-24.04, ubuntu-24.04-arm, macos-15, windows-2025).
  --build-os LIST       Build with cgo on each of these runners (same names; linux/amd64 is the build
                        job's, the others' native platforms are linux/arm64, darwin/arm64,
                        windows/amd64), gathered into one checksums.txt before image and release.
  --dry-run             Show what would be written, as diffs; write nothing.
  --print               Write every generated file to standard output; write nothing.
  --force               Replace hand-written ci.yml / cd.yml.

Options of run (the action's inputs, same names and meaning):
${RUN_FLAGS.map(n => `  --${n.padEnd(22)}default: ${INPUT_DEFAULTS[n] === '' ? '(none)' : INPUT_DEFAULTS[n]}`).join('\n')}
`

export async function cli(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv
  const out = safeWriter(io.out)
  const err = safeWriter(io.err)
  if (rest.includes('--help') || rest.includes('-h')) {
    out(USAGE)
    return 0
  }
  switch (command) {
    case 'run':
      return runCommand(rest, io, out, err, USAGE)
    case 'init':
      return initCommand(rest, io, out, err, USAGE)
    case 'check':
      return checkCommand(rest, io, out, err)
    case 'version':
    case '--version':
      out(`${VERSION}\n`)
      return 0
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      out(USAGE)
      return command === undefined ? 2 : 0
    default:
      err(`go-pipeline: unknown command "${command}". Commands: run, init, check, help, version.\n`)
      return 2
  }
}
