#!/usr/bin/env bash
# Gives the app image an ahead-of-time cache (JDK 25, JEP 483/514/515): the classes a start
# needs, already loaded and linked, with the method profiles of a start. A start on a million
# creators reaches its first page about 1.5 s sooner with it (BENCHMARKS.md).
#
#   aot-cache.sh <jpackage output folder>
#
# 1. With the cache option taken out of the launcher's configuration for a moment, the launcher
#    starts the window headless on an empty workspace in record mode, until Find Creators shows
#    its first page.
# 2. With the configuration restored, the launcher's JVM creates the cache at the file the
#    configuration names (-XX:AOTCache=$APPDIR/seller-workbench.aot).
# The cache belongs to this runtime and these jars; the image is built with both.
set -euo pipefail
. "$(dirname "$0")/app-image.sh"
image_paths "$1"
if $windows; then
  echo "no ahead-of-time cache: on Windows the launcher has no console to train it through"
  exit 0
fi
cfg=$(ls "$appdir"/*.cfg | head -1)
cache="$appdir/seller-workbench.aot"
work=$(mktemp -d)
cp "$cfg" "$work/launcher.cfg"
trap 'cp "$work/launcher.cfg" "$cfg"; rm -rf "$work"' EXIT
rm -f "$cache"

grep -v -- '-XX:AOTCache=' "$work/launcher.cfg" > "$cfg"
JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$work/app.aotconf -Dglass.platform=Headless \
-Dprism.order=sw -Djava.awt.headless=true -Djava.util.prefs.userRoot=$work/prefs -Dsw.bench.exitOnFirstPage=true" \
  "$launcher" --workspace "$work/workspace" > "$work/record.txt" 2>&1 || true
if ! grep -q SW_FIRST_PAGE "$work/record.txt" || [ ! -s "$work/app.aotconf" ]; then
  cat "$work/record.txt" >&2
  echo "the training start did not reach the first page" >&2
  exit 1
fi

cp "$work/launcher.cfg" "$cfg"
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$work/app.aotconf" "$launcher" > "$work/create.txt" 2>&1 || true
if [ ! -s "$cache" ]; then
  cat "$work/create.txt" >&2
  echo "no cache was written to $cache" >&2
  exit 1
fi
echo "ahead-of-time cache: $cache ($(( $(wc -c < "$cache") >> 20 )) MB)"
