#!/usr/bin/env bash
# Release builds of Parley with Fyne's packaging tool (pinned), into dist/:
#   dist/Parley-VERSION-linux-ARCH.tar.xz     the binary, a .desktop entry, the icon and a
#                                             Makefile (make user-install / sudo make install)
#   dist/Parley-VERSION-windows-amd64.exe     a Windows GUI program with its icon, manifest
#                                             and version information in its resources
# Release mode means stripped (-ldflags "-s -w"), -trimpath, and the "release" build tag.
#
#   scripts/dist.sh [linux|windows|all] [--if-stale]
# --if-stale skips an artefact that is newer than every source file (make check uses it;
# make dist always rebuilds).
#
# The tool writes files beside the sources while it builds (fyne_metadata_init.go, and
# for Windows a fyne.syso that any build of the folder would link), so it works on a
# snapshot of the tree in a temporary folder and the working tree is never touched.
# A cold build compiles SQLCipher and GLFW with release C flags: 3-7 minutes each;
# later builds reuse Go's build cache and take about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."

FYNE_TOOL_VERSION=v1.7.4
what=${1:-all}
if_stale=false
[ "${2:-}" = --if-stale ] && if_stale=true

version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
arch=$(go env GOARCH)
linux_out=dist/Parley-$version-linux-$arch.tar.xz
windows_out=dist/Parley-$version-windows-amd64.exe

# Files a release build reads: everything except build output, notes and tests' data.
sources_newer_than() {
  find . \( -path ./build -o -path ./dist -o -path ./.git -o -path ./docs -o -path ./.ci -o -path ./scripts \
    -o -name testdata \) -prune -o -type f ! -name '*.md' ! -name '*.test' ! -name '*.out' \
    -newer "$1" -print -quit
}

wanted() { # wanted ARTEFACT: true when it has to be (re)built
  $if_stale || return 0
  [ -f "$1" ] || return 0
  [ -n "$(sources_newer_than "$1")" ]
}

fyne_tool() {
  local bin
  bin="$(go env GOPATH)/bin/fyne"
  if [[ "$("$bin" version 2>/dev/null)" != *"cli version: $FYNE_TOOL_VERSION"* ]]; then
    echo "dist: installing Fyne's packaging tool $FYNE_TOOL_VERSION" >&2
    go install "fyne.io/tools/cmd/fyne@$FYNE_TOOL_VERSION"
  fi
  echo "$bin"
}

snapshot() { # a copy of the sources to build from
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/parley-dist.XXXXXX")
  tar --exclude=./build --exclude=./dist --exclude=./.git --exclude='*.test' \
    --exclude='./Parley*' --exclude=./parley --exclude='*.syso' -cf - . | tar -xf - -C "$dir"
  echo "$dir"
}

publish() { # publish BUILT DEST: copy into dist/ under a temporary name, then rename
  mkdir -p dist
  cp "$1" "$2.partial"
  mv -f "$2.partial" "$2"
  echo "dist: $2 ($(du -h "$2" | cut -f1), built in $3 s)"
}

build_linux=false build_windows=false
case $what in
  linux) wanted "$linux_out" && build_linux=true ;;
  windows) wanted "$windows_out" && build_windows=true ;;
  all)
    wanted "$linux_out" && build_linux=true
    wanted "$windows_out" && build_windows=true ;;
  *) echo "usage: scripts/dist.sh [linux|windows|all] [--if-stale]" >&2; exit 2 ;;
esac
if ! $build_linux && ! $build_windows; then
  echo "dist: $what is up to date"
  exit 0
fi

fyne=$(fyne_tool)
src=$(snapshot)
trap 'rm -rf "$src"' EXIT

if $build_linux; then
  echo "dist: packaging for Linux (release)..."
  start=$SECONDS
  (cd "$src" && "$fyne" package -os linux -release)
  publish "$src/Parley.tar.xz" "$linux_out" $((SECONDS - start))
fi

if $build_windows; then
  echo "dist: packaging for Windows (release, cross-compiled with mingw-w64)..."
  start=$SECONDS
  (cd "$src" && GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc \
    "$fyne" package -os windows -release)
  publish "$src/Parley.exe" "$windows_out" $((SECONDS - start))
fi
