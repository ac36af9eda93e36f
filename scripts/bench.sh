#!/usr/bin/env bash
# Benchmarks (ratios measured side by side in one run). Does its own set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# Every temporary folder of this run (workspaces, runner temp dirs, tool caches with a Go in each) goes
# under one TMPDIR that is removed at exit: a run leaves nothing behind to fill the disk.
export TMPDIR="$(mktemp -d "${TMPDIR:-/tmp}/go-pipeline-run.XXXXXX")"
trap 'chmod -R u+w "$TMPDIR" 2>/dev/null; rm -rf "$TMPDIR"' EXIT
node24="$(bash scripts/node24.sh)"
GO_PIPELINE_NODE24="$node24" npx tsx __tests__/bench/overhead.ts
echo
GO_PIPELINE_NODE="$node24" npx tsx __tests__/bench/checks.ts
echo
GO_PIPELINE_NODE="$node24" npx tsx __tests__/bench/cold.ts
echo
GO_PIPELINE_NODE="$node24" npx tsx __tests__/bench/vuln.ts
echo
GO_PIPELINE_NODE="$node24" npx tsx __tests__/bench/build.ts
echo
GO_PIPELINE_NODE="$node24" npx tsx __tests__/bench/cache.ts
echo
GO_PIPELINE_NODE="$node24" npx tsx __tests__/bench/speculative.ts
echo
GO_PIPELINE_NODE="$node24" npx tsx __tests__/bench/pile.ts
echo
GO_PIPELINE_NODE="$node24" npx tsx __tests__/bench/shards.ts
echo
GO_PIPELINE_NODE="$node24" npx tsx __tests__/bench/init.ts
echo
# The generated workflows under act, per preset (about 8 minutes; needs scripts/setup-counterparts.sh).
bash scripts/setup-counterparts.sh >/dev/null
GO_PIPELINE_NODE="$node24" npx tsx __tests__/bench/act.ts
