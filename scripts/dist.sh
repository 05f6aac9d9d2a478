#!/usr/bin/env bash
# Release builds of Parley (make dist; make check through dist-check, smoke and privacy):
#   build/release/parley                      the Linux release binary, built once: make check's
#                                             smoke and privacy runs start it, and every Linux
#                                             package below holds this very file
#   dist/Parley-VERSION-linux-ARCH.tar.xz     for any distribution: the binary, a .desktop entry,
#                                             the icon and a Makefile (Fyne's packaging tool)
#   dist/Parley_VERSION-BUILD_ARCH.deb        Debian and Ubuntu  } built with nfpm from
#   dist/Parley-VERSION-BUILD.x86_64.rpm      Fedora, openSUSE   } packaging/linux/nfpm.yaml
#   dist/Parley-VERSION-windows-amd64.exe     the portable Windows program (icon, version and
#                                             manifest in its resources)
#   dist/Parley-VERSION-windows-amd64-setup.exe  its per-user installer (NSIS,
#                                             packaging/windows/parley.nsi)
#   dist/Parley-VERSION-macos-universal.dmg   on a Mac only (the release workflow): Parley.app
#                                             for Apple silicon and Intel, in a disk image
#
#   scripts/dist.sh [binary|linux|windows|installer|all|darwin-app|darwin-dmg] [--if-stale]
# --if-stale skips an artefact that is newer than every source file (make check uses it;
# make dist always rebuilds). "installer" rebuilds only the Windows installer around the
# .exe already in dist/ (the release workflow signs the .exe first). PARLEY_VERSION, when
# set (the release workflow sets it from the tag), replaces FyneApp.toml's version in the
# build's snapshot.
#
# Release mode means stripped (-ldflags "-s -w"), -trimpath, the "release" build tag, and
# the C flags Fyne's tool sets for a release (-O3, hardening). The Makefile gives every
# Go command in make check the same C flags and -trimpath (its CGO_CFLAGS and
# CGO_LDFLAGS), so SQLCipher, GLFW and go-gl compile once for vet, the tests and the
# release together; the tool adds its flags to any it finds, so it is run with
# CGO_CFLAGS and CGO_LDFLAGS unset. (The release tag still recompiles Fyne's Go code
# and everything above it: Fyne builds some files only in release mode.)
#
# The tool writes files beside the sources while it builds (fyne_metadata_init.go, and
# for Windows a fyne.syso that any build of the folder would link), so it works on a
# snapshot of the tree in a temporary folder and the working tree is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."

FYNE_TOOL_VERSION=v1.7.4
NFPM_VERSION=v2.48.0
ICON_SIZES="16 22 24 32 48 64 128 256 512"
what=${1:-all}
if_stale=false
[ "${2:-}" = --if-stale ] && if_stale=true

version=${PARLEY_VERSION:-$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)}
build_no=$(sed -n 's/^ *Build *= *\([0-9]*\)/\1/p' FyneApp.toml)
arch=$(go env GOARCH)
case $arch in amd64) rpm_arch=x86_64 ;; arm64) rpm_arch=aarch64 ;; *) rpm_arch=$arch ;; esac
release_bin=build/release/parley
tarball=dist/Parley-$version-linux-$arch.tar.xz
deb=dist/Parley_$version-${build_no}_$arch.deb
rpm=dist/Parley-$version-$build_no.$rpm_arch.rpm
exe=dist/Parley-$version-windows-amd64.exe
setup=dist/Parley-$version-windows-amd64-setup.exe

# Files a release build reads: everything except build output, notes and tests' data.
sources_newer_than() {
  find . \( -path ./build -o -path ./dist -o -path ./.git -o -path ./docs -o -path ./.ci -o -path ./scripts \
    -o -path ./.github -o -name testdata \) -prune -o -type f ! -name '*.md' ! -name '*_test.go' \
    ! -name '*.test' ! -name '*.out' -newer "$1" -print -quit
}

wanted() { # wanted ARTEFACT [INPUT]: true when ARTEFACT has to be (re)built
  $if_stale || return 0
  [ -f "$1" ] || return 0
  [ -n "${2:-}" ] && [ "$2" -nt "$1" ] && return 0
  [ -n "$(sources_newer_than "$1")" ]
}

# go_tool NAME MODULE VERSION: the path of a Go tool pinned by version, installed when
# missing or built from another version (go version -m names the module's version).
go_tool() {
  local bin
  bin="$(go env GOPATH)/bin/$1"
  if [ "$(go version -m "$bin" 2>/dev/null | awk '$1 == "mod" { print $3 }')" != "$3" ]; then
    echo "dist: installing $1 $3" >&2
    go install "$2@$3"
  fi
  echo "$bin"
}

snapshot() { # a copy of the sources to build from
  local dir
  bash scripts/invite-engine.sh >&2 # the invitation page's engine, which package invite embeds
  dir=$(mktemp -d "${TMPDIR:-/tmp}/parley-dist.XXXXXX")
  tar --exclude=./build --exclude=./dist --exclude=./.git --exclude='*.test' \
    --exclude='./Parley*' --exclude=./parley --exclude='*.syso' -cf - . | tar -xf - -C "$dir"
  [ -z "${PARLEY_VERSION:-}" ] ||
    perl -pi -e 's/^(\s*Version\s*=\s*)".*"/$1"$ENV{PARLEY_VERSION}"/' "$dir/FyneApp.toml"
  echo "$dir"
}

publish() { # publish BUILT DEST SECONDS: copy into place under a temporary name, then rename
  mkdir -p "$(dirname "$2")"
  cp "$1" "$2.partial"
  mv -f "$2.partial" "$2"
  echo "dist: $2 ($(du -h "$2" | cut -f1), $3 s)"
}

fyne() { # Fyne's packaging tool in the snapshot, with only the C flags it sets itself
  (cd "$src" && env -u CGO_CFLAGS -u CGO_LDFLAGS "$fyne_bin" "$@")
}

build_binary() {
  local start=$SECONDS
  echo "dist: building the Linux release binary..."
  fyne build -os linux -release -o "$src/parley"
  publish "$src/parley" "$release_bin" $((SECONDS - start))
}

build_tarball() {
  local start=$SECONDS
  fyne package -os linux -release -executable "$PWD/$release_bin"
  publish "$src/Parley.tar.xz" "$tarball" $((SECONDS - start))
}

# stage_linux DIR: the files the .deb and .rpm install, as nfpm.yaml names them.
stage_linux() {
  mkdir -p "$1/icons"
  cp "$release_bin" "$1/parley"
  cp packaging/linux/org.parleyapp.parley.desktop packaging/linux/org.parleyapp.parley.metainfo.xml "$1/"
  for size in $ICON_SIZES; do
    rsvg-convert -w "$size" -h "$size" assets/icon.svg -o "$1/icons/$size.png"
  done
  cp assets/icon.svg "$1/icons/scalable.svg"
}

build_linux_packages() {
  local start=$SECONDS stage=$src/stage format out nfpm_bin
  nfpm_bin=$(go_tool nfpm github.com/goreleaser/nfpm/v2/cmd/nfpm "$NFPM_VERSION")
  stage_linux "$stage"
  for format in deb rpm; do
    out=$deb; [ $format = rpm ] && out=$rpm
    (cd "$stage" && VERSION=$version RELEASE=$build_no ARCH=$arch "$nfpm_bin" package \
      --config "$OLDPWD/packaging/linux/nfpm.yaml" --packager $format --target "$src/pkg.$format" >/dev/null)
    publish "$src/pkg.$format" "$out" $((SECONDS - start))
  done
}

build_windows() {
  local start=$SECONDS
  echo "dist: packaging for Windows (release, cross-compiled with mingw-w64)..."
  # accessibility: Fyne 2.8's screen-reader support (UI Automation); README.
  GOARCH=amd64 CC=x86_64-w64-mingw32-gcc fyne package -os windows -release -tags accessibility
  publish "$src/Parley.exe" "$exe" $((SECONDS - start))
}

build_installer() {
  local start=$SECONDS
  convert assets/icon.png -define icon:auto-resize=256,64,48,32,24,16 "$src/parley.ico"
  makensis -V2 -DVERSION="$version" -DBUILD="$build_no" -DEXE="$PWD/$exe" -DICON="$src/parley.ico" \
    -DOUTFILE="$src/setup.exe" packaging/windows/parley.nsi >/dev/null
  publish "$src/setup.exe" "$setup" $((SECONDS - start))
}

# Parley.app for both Mac processors: one program made with lipo, packed by the tool.
build_darwin_app() {
  local goarch start=$SECONDS
  for goarch in arm64 amd64; do
    GOARCH=$goarch CC="clang -arch $([ $goarch = amd64 ] && echo x86_64 || echo arm64)" \
      fyne build -os darwin -release -tags accessibility -o "$src/parley-$goarch"
  done
  lipo -create -output "$src/parley" "$src/parley-arm64" "$src/parley-amd64"
  fyne package -os darwin -release -executable "$src/parley"
  rm -rf build/darwin/Parley.app
  mkdir -p build/darwin
  cp -R "$src/Parley.app" build/darwin/
  echo "dist: build/darwin/Parley.app ($((SECONDS - start)) s)"
}

build_darwin_dmg() { # the disk image people drag Parley from into Applications
  local start=$SECONDS
  mkdir -p "$src/dmg"
  cp -R build/darwin/Parley.app "$src/dmg/"
  ln -s /Applications "$src/dmg/Applications"
  hdiutil create -volname "Parley $version" -srcfolder "$src/dmg" -ov -format UDZO "$src/Parley.dmg" >/dev/null
  publish "$src/Parley.dmg" "dist/Parley-$version-macos-universal.dmg" $((SECONDS - start))
}

do_binary=false do_linux=false do_windows=false
case $what in
  binary) do_binary=true ;;
  linux) do_binary=true do_linux=true ;;
  windows) do_windows=true ;;
  all) do_binary=true do_linux=true do_windows=true ;;
  installer | darwin-app | darwin-dmg) ;;
  *) echo "usage: scripts/dist.sh [binary|linux|windows|installer|all|darwin-app|darwin-dmg] [--if-stale]" >&2; exit 2 ;;
esac

src=$(snapshot)
trap 'rm -rf "$src"' EXIT
fyne_bin=$(go_tool fyne fyne.io/tools/cmd/fyne "$FYNE_TOOL_VERSION")

if $do_binary && wanted "$release_bin"; then build_binary; fi
if $do_linux; then
  if wanted "$tarball" "$release_bin"; then build_tarball; fi
  if wanted "$deb" "$release_bin" || wanted "$rpm" "$release_bin"; then build_linux_packages; fi
fi
if $do_windows; then
  if wanted "$exe"; then build_windows; fi
  if wanted "$setup" "$exe"; then build_installer; fi
fi
case $what in
  installer) build_installer ;;
  darwin-app) build_darwin_app ;;
  darwin-dmg) build_darwin_dmg ;;
esac
echo "dist: $what is up to date"
