#!/usr/bin/env bash
# Prints the path of the Node 24 that scripts/setup.sh installed (empty when this platform has none).
cd "$(dirname "$0")/.."
for n in .node24/node_modules/node-*/bin/node; do
  [ -x "$n" ] && { echo "$PWD/$n"; exit 0; }
done
