# Sourced by the app image scripts: finds the launcher and the app folder (where the launcher's
# configuration and the ahead-of-time cache live) in jpackage's output folder, on Linux and
# macOS. On Windows the launcher is a window program without a console, so nothing can be read
# back from it: the scripts leave the image as jpackage made it there.
image_paths() {
  local dist="$1"
  windows=false
  if [ -x "$dist/SellerWorkbench/bin/SellerWorkbench" ]; then
    launcher="$dist/SellerWorkbench/bin/SellerWorkbench"
    appdir="$dist/SellerWorkbench/lib/app"
  elif [ -x "$dist/SellerWorkbench.app/Contents/MacOS/SellerWorkbench" ]; then
    launcher="$dist/SellerWorkbench.app/Contents/MacOS/SellerWorkbench"
    appdir="$dist/SellerWorkbench.app/Contents/app"
  elif [ -f "$dist/SellerWorkbench/SellerWorkbench.exe" ]; then
    windows=true
    launcher="$dist/SellerWorkbench/SellerWorkbench.exe"
    appdir="$dist/SellerWorkbench/app"
  else
    echo "no app image in $dist" >&2
    exit 1
  fi
}
