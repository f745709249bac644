#!/usr/bin/env bash
# Starts the packaged launcher with --version and checks that it answers: the app image runs
# on its own bundled runtime.
#
#   check-launcher.sh <jpackage output folder>
set -euo pipefail
. "$(dirname "$0")/app-image.sh"
image_paths "$1"
if $windows; then
  echo "launcher not started: on Windows it has no console to answer on"
  exit 0
fi
out=$("$launcher" --version)
echo "$out"
case "$out" in
  "Seller Workbench "*) ;;
  *) echo "the launcher did not print its version" >&2; exit 1 ;;
esac
