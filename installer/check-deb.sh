#!/usr/bin/env bash
# Checks the .deb as it would be installed: unpacks it into a temporary folder and looks at what
# an installation would leave in /opt/seller-workbench and what its scripts would do.
#
#   check-deb.sh <jpackage output folder> [the icon the menu entry must show]
#
# Fails when the launcher's output has an error or warning line (such as the JVM's
# "[error][aot]" for an ahead-of-time cache that is missing or does not fit), when the cache
# cannot be used, or when the menu entry, its icon, the file types or the maintainer scripts
# that install them are missing.
set -euo pipefail
dist="$1"
icon_source="${2:-}"
shopt -s nullglob
debs=("$dist"/seller-workbench_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
  echo "expected one seller-workbench_*.deb in $dist, found ${#debs[@]}" >&2
  exit 1
fi
deb="${debs[0]}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -e "$deb" "$work/DEBIAN"

failures=0
fail() {
  echo "$(basename "$deb"): $*" >&2
  failures=$((failures + 1))
}

install_dir=/opt/seller-workbench
app="$work/root$install_dir"
launcher="$app/bin/SellerWorkbench"
cfg="$app/lib/app/SellerWorkbench.cfg"
[ -x "$launcher" ] || fail "no launcher at $install_dir/bin/SellerWorkbench"
[ -f "$cfg" ] || fail "no launcher configuration at $install_dir/lib/app/SellerWorkbench.cfg"

# every ahead-of-time cache the launcher names is in the package
if [ -f "$cfg" ]; then
  while IFS= read -r cache; do
    [ -s "$app/lib/app/$cache" ] || fail "the launcher names the ahead-of-time cache lib/app/$cache, which is not in the package"
  done < <(sed -n 's/.*-XX:AOTCache=\$APPDIR\/\(.*\)$/\1/p' "$cfg")
fi

# the launcher answers, and says nothing else
if [ -x "$launcher" ]; then
  out=$("$launcher" --version 2>&1) || fail "the launcher exited with $? on --version"
  echo "$out"
  grep -q '^Seller Workbench ' <<< "$out" || fail "the launcher did not print its version"
  if grep -Eiq '\[(error|warning)\]|error|exception' <<< "$out"; then
    fail "the launcher printed an error or warning line"
  fi
  # -XX:AOTMode=on refuses to start when the cache cannot be used (a cache made for other jars)
  out=$(JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$launcher" --version 2>&1) \
    || { echo "$out" >&2; fail "the launcher cannot use its ahead-of-time cache"; }
fi

# the menu entry: categories, a command that takes a file, an icon, the file types
desktop="$app/lib/seller-workbench-SellerWorkbench.desktop"
mimeinfo="$app/lib/seller-workbench-SellerWorkbench-MimeInfo.xml"
if [ ! -f "$desktop" ]; then
  fail "no menu entry ($install_dir/lib/seller-workbench-SellerWorkbench.desktop)"
else
  entry() { sed -n "s/^$1=//p" "$desktop" | head -1; }
  categories=$(entry Categories)
  for category in Office Finance; do
    [[ ";$categories" == *";$category;"* ]] || fail "the menu entry's categories ($categories) lack $category"
  done
  exec_line=$(entry Exec)
  command=${exec_line%% *}
  [ -x "$work/root$command" ] || fail "the menu entry starts $command, which is not in the package"
  [[ "$exec_line" == *" %f"* || "$exec_line" == *" %F"* ]] || fail "the menu entry's command ($exec_line) takes no file"
  icon=$(entry Icon)
  if [ ! -s "$work/root$icon" ]; then
    fail "the menu entry's icon $icon is not in the package"
  elif [ "$(head -c 4 "$work/root$icon" | tail -c 3)" != "PNG" ]; then
    fail "the menu entry's icon $icon is not a PNG"
  elif [ -n "$icon_source" ] && ! cmp -s "$work/root$icon" "$icon_source"; then
    fail "the menu entry's icon $icon is not $icon_source"
  fi
  mimes=$(entry MimeType)
  for type in text/csv application/vnd.openxmlformats-officedocument.spreadsheetml.sheet application/json; do
    [[ ";$mimes" == *";$type;"* || ";$mimes;" == *";$type;"* ]] || fail "the menu entry does not open $type"
  done
  if command -v desktop-file-validate > /dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the menu entry"
  fi
fi
if [ ! -f "$mimeinfo" ]; then
  fail "no file types ($install_dir/lib/seller-workbench-SellerWorkbench-MimeInfo.xml)"
else
  for glob in '*.csv' '*.xlsx' '*.json'; do
    grep -qF "pattern=\"$glob\"" "$mimeinfo" || fail "the file types lack $glob"
  done
fi

# the maintainer scripts put the entry and the types in place, and take them away again
for script in postinst prerm; do
  if [ ! -x "$work/DEBIAN/$script" ]; then
    fail "no $script script"
    continue
  fi
  sh -n "$work/DEBIAN/$script" || fail "$script is not a valid shell script"
  for file in seller-workbench-SellerWorkbench.desktop seller-workbench-SellerWorkbench-MimeInfo.xml; do
    grep -qF "$file" "$work/DEBIAN/$script" || fail "$script does not handle $file"
  done
done

if [ "$failures" -gt 0 ]; then
  echo "$(basename "$deb"): $failures problem(s)" >&2
  exit 1
fi
echo "$(basename "$deb"): launcher, ahead-of-time cache, menu entry, icon and file types are in place"
