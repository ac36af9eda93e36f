#!/usr/bin/env bash
# Every test: typecheck, unit tests, then the end-to-end tests: all with the bundle on Node 24 (what
# GitHub runs node24 actions on), and the CLI's also on this machine's Node. Does its own set-up.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
# The real counterparts of the generated files (act, helm, Kubernetes, sshd, systemd): built once per machine.
bash scripts/setup-counterparts.sh >/dev/null || exit 1

# Every temporary folder of this run (workspaces, runner temp dirs, tool caches with a Go in each) goes
# under one TMPDIR that is removed at exit: a run leaves nothing behind to fill the disk.
export TMPDIR="$(mktemp -d "${TMPDIR:-/tmp}/go-pipeline-run.XXXXXX")"
trap 'chmod -R u+w "$TMPDIR" 2>/dev/null; rm -rf "$TMPDIR"' EXIT

results=$(mktemp -d)
status=0
export NODE_OPTIONS=--experimental-vm-modules

elapsed() { echo "at ${SECONDS} s"; }

# The typecheck and the lint are single-threaded: they run beside the unit tests, each into its own log,
# printed whole when all three are done.
echo "== typecheck, lint (typescript-eslint, strict and type-checked) and format (prettier), unit tests"
npx tsc --noEmit >"$results/typecheck.log" 2>&1 &
typecheck=$!
npm run --silent lint >"$results/lint.log" 2>&1 &
lint=$!
npx jest --selectProjects unit --json --outputFile "$results/unit.json" || status=1
wait $typecheck || { status=1; echo "== typecheck failed:"; }
cat "$results/typecheck.log"
wait $lint || { status=1; echo "== lint or format failed:"; }
cat "$results/lint.log"

# The action runs on Node 24 (runs.using: node24): every end-to-end test of the action runs with the bundle
# on Node 24. The CLI (go-pipeline run, init, check) supports Node 20 and newer: its own tests run on this
# machine's Node (the oldest supported); the CLI also runs on Node 24 in the repositories and act tests.
# What the end-to-end tests share on disk is made once, before they run side by side.
npx tsx __tests__/harness/prepare.ts || status=1

echo "== e2e on this machine's node $(node --version): the CLI ($(elapsed))"
GO_PIPELINE_NODE="$(command -v node)" npx jest --selectProjects e2e --maxWorkers=2 --json --outputFile "$results/e2e-node20.json" \
  __tests__/e2e/cli.test.ts __tests__/e2e/generator.test.ts || status=1

node24="$(bash scripts/node24.sh)"
if [ -n "$node24" ]; then
  echo "== e2e on node $("$node24" --version): the action, the generated runs, repositories ($(elapsed))"
  # Two workers: much of the end-to-end time is waiting (services, retries, act, a booting host).
  GO_PIPELINE_NODE="$node24" npx jest --selectProjects e2e --maxWorkers=2 --json --outputFile "$results/e2e-node24.json" \
    --testPathIgnorePatterns '__tests__/e2e/(cli|generator)\.test\.ts$' || status=1
else
  echo "== e2e on Node 24: no Node 24 for this platform in .node24/"; status=1
fi

# The slowest tests (where the time goes), then one plain closing line over every run.
node -e '
  const fs = require("fs"); let p = 0, f = 0, s = 0; const slow = [], failures = [];
  const plain = s => s.replace(/\x1b\[[0-9;]*m/g, "");
  for (const file of fs.readdirSync(process.argv[1]).filter(f => f.endsWith(".json"))) {
    const r = JSON.parse(fs.readFileSync(process.argv[1] + "/" + file, "utf8"));
    p += r.numPassedTests; f += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0); s += r.numPendingTests;
    for (const t of r.testResults) {
      const name = t.name.replace(/.*__tests__\//, "");
      for (const a of t.assertionResults) slow.push([a.duration || 0, name + ": " + a.title.slice(0, 90)]);
      const failed = t.assertionResults.filter(a => a.status === "failed");
      if (failed.length === 0 && t.status === "failed") failed.push({ title: "(the suite itself)", failureMessages: [t.message || ""] });
      for (const a of failed) {
        const lines = plain((a.failureMessages || []).join("\n")).split("\n").filter(l => !/^\s+at .*node_modules/.test(l));
        failures.push(`FAILED ${name}: ${a.title}\n` + lines.slice(0, 40).map(l => "  | " + l).join("\n"));
      }
    }
  }
  slow.sort((a, b) => b[0] - a[0]);
  // What failed, last and whole enough to act on: a CI log may keep only its tail.
  for (const x of failures) console.log(x);
  console.log("slowest tests:\n" + slow.slice(0, 12).map(([d, n]) => `  ${(d / 1000).toFixed(0).padStart(4)} s  ${n}`).join("\n"));
  console.log(`tests: ${p} passed, ${f} failed, ${s} skipped (${process.argv[2]} s)`);
' "$results" "$SECONDS"
exit $status
