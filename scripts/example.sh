#!/usr/bin/env bash
# Runs the main job on examples/hello-service through the committed bundle (dist/), as a runner would,
# and prints the job summary. Does its own set-up. GO_PIPELINE_NODE picks the node (default: Node 24).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export GO_PIPELINE_NODE="${GO_PIPELINE_NODE:-$(bash scripts/node24.sh)}"
exec npx tsx scripts/example-job.ts
