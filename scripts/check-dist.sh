#!/usr/bin/env bash
# dist/ is committed; it must equal a rebuild of the committed sources.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build
if ! git diff --quiet -- dist || [ -n "$(git status --porcelain --untracked-files=all -- dist)" ]; then
  echo "::error::dist/ differs from a rebuild of the sources. Run 'npm run build' and commit dist/."
  git status --short -- dist
  git diff --stat -- dist
  exit 1
fi
echo "check-dist: dist/ equals a rebuild"
