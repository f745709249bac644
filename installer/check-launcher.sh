#!/usr/bin/env bash
# Starts the packaged launcher with --version and checks that it answers: the app image runs
# on its own bundled runtime.
set -euo pipefail
launcher="$1"
out=$("$launcher" --version)
echo "$out"
case "$out" in
  "Seller Workbench "*) ;;
  *) echo "the launcher did not print its version" >&2; exit 1 ;;
esac
