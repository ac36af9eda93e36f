#!/usr/bin/env bash
# Benchmarks (ratios measured side by side in one run). Does its own set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node24="$(bash scripts/node24.sh)"
GO_PIPELINE_NODE24="$node24" npx tsx __tests__/bench/overhead.ts
echo
GO_PIPELINE_NODE="$node24" npx tsx __tests__/bench/checks.ts
echo
GO_PIPELINE_NODE="$node24" npx tsx __tests__/bench/build.ts
echo
GO_PIPELINE_NODE="$node24" npx tsx __tests__/bench/cache.ts
