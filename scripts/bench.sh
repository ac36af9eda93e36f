#!/usr/bin/env bash
# Benchmarks (ratios measured side by side in one run). Does its own set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
GO_PIPELINE_NODE24="$(bash scripts/node24.sh)" npx tsx __tests__/bench/overhead.ts
