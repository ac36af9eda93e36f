#!/usr/bin/env bash
# Runs the main job on examples/hello-service through the committed bundle (dist/), as a runner would,
# and prints the job summary. Does its own set-up. GO_PIPELINE_NODE picks the node (default: Node 24).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Every temporary folder of this run (workspaces, runner temp dirs, tool caches with a Go in each) goes
# under one TMPDIR that is removed at exit: a run leaves nothing behind to fill the disk.
export TMPDIR="$(mktemp -d "${TMPDIR:-/tmp}/go-pipeline-run.XXXXXX")"
trap 'chmod -R u+w "$TMPDIR" 2>/dev/null; rm -rf "$TMPDIR"' EXIT
export GO_PIPELINE_NODE="${GO_PIPELINE_NODE:-$(bash scripts/node24.sh)}"
npx tsx scripts/example-job.ts
