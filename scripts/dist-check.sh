#!/usr/bin/env bash
# Checks the release artefacts in dist/ as a user would meet them (make check runs it).
# Missing or stale artefacts are built first (scripts/dist.sh --if-stale).
#   scripts/dist-check.sh [linux|windows|all]
# Linux: the tarball holds what it should; the .desktop entry passes desktop-file-validate;
#   the binary is a stripped, -trimpath release build; "make install" into a temporary
#   prefix and "make user-install" into a temporary home put every file in place; the app
#   started through the installed menu entry's Exec line opens its window and quits
#   cleanly (scripts/smoke.sh, screenshot in build/dist-smoke.png); uninstalling leaves
#   nothing behind.
# Windows: a 64-bit GUI PE, stripped, -trimpath, with an icon group (its image is
#   assets/icon.png), version information and a manifest in its resources (Debian's Wine
#   cannot run Go 1.26 programs, so it is checked as a file).
# Pipes end in "grep >/dev/null", not "grep -q": with pipefail, grep -q stopping early can
# make the pipe fail.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}

version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
app_id=$(sed -n 's/^ *ID *= *"\(.*\)"/\1/p' FyneApp.toml)
arch=$(go env GOARCH)
linux_out=dist/Parley-$version-linux-$arch.tar.xz
windows_out=dist/Parley-$version-windows-amd64.exe

fail() { echo "dist-check: $*" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/parley-dist-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

bash scripts/dist.sh "$what" --if-stale

# release_build FILE: the Go build settings show a -trimpath, release build.
# (Go leaves -ldflags out of the build information of -trimpath builds, so
# stripping is checked on the file itself.)
release_build() {
  local info
  info=$(go version -m "$1") || fail "$1 carries no Go build information"
  grep -q $'\tbuild\t-trimpath=true' <<<"$info" || fail "$1 was not built with -trimpath"
  grep -q $'\tbuild\t-tags=.*release' <<<"$info" || fail "$1 was not built with the release tag"
}

check_linux() {
  local pkg usr desktop exec_line installed files
  tar -xJf "$linux_out" -C "$tmp"
  pkg=$tmp/parley
  usr=usr/local # the tool packages into usr/ where the building machine has no /usr/local
  [ -d "$pkg/$usr" ] || usr=usr
  for f in Makefile $usr/bin/parley "$usr/share/applications/$app_id.desktop" \
    "$usr/share/pixmaps/$app_id.png"; do
    [ -f "$pkg/$f" ] || fail "$linux_out has no $f"
  done
  cmp -s assets/icon.png "$pkg/$usr/share/pixmaps/$app_id.png" ||
    fail "the packaged icon is not assets/icon.png"

  desktop=$pkg/$usr/share/applications/$app_id.desktop
  desktop-file-validate "$desktop" || fail "$desktop does not pass desktop-file-validate"
  grep -qx "Icon=$app_id" "$desktop" || fail "the .desktop entry does not name the icon $app_id"

  file -b "$pkg/$usr/bin/parley" | grep 'ELF 64-bit.*, stripped' >/dev/null ||
    fail "the Linux binary is not a stripped ELF executable"
  ! objdump -h "$pkg/$usr/bin/parley" | grep ' \.z\?debug_' >/dev/null ||
    fail "the Linux binary still carries debug information"
  release_build "$pkg/$usr/bin/parley"

  # A system install into a temporary prefix, then its uninstall.
  make -s -C "$pkg" install PREFIX="$tmp/prefix"
  for f in bin/parley "share/applications/$app_id.desktop" "share/pixmaps/$app_id.png"; do
    [ -f "$tmp/prefix/$f" ] || fail "make install did not put $f in place"
  done
  [ -x "$tmp/prefix/bin/parley" ] || fail "make install left bin/parley not executable"
  make -s -C "$pkg" uninstall PREFIX="$tmp/prefix" >/dev/null
  files=$(find "$tmp/prefix" -type f)
  [ -z "$files" ] || fail "make uninstall left files behind: $files"

  # A user install into a temporary home: start the app the way its menu entry does.
  make -s -C "$pkg" user-install HOME="$tmp/home"
  installed=$tmp/home/.local/share/applications/$app_id.desktop
  [ -f "$tmp/home/.local/share/icons/$app_id.png" ] || fail "make user-install put no icon in place"
  desktop-file-validate "$installed" || fail "the installed .desktop entry does not pass desktop-file-validate"
  exec_line=$(sed -n 's/^Exec=//p' "$installed")
  [ "$exec_line" = "$tmp/home/.local/bin/parley" ] ||
    fail "the installed .desktop entry runs '$exec_line', not the installed binary"
  bash scripts/smoke.sh "$exec_line" build/dist-smoke.png
  make -s -C "$pkg" user-uninstall HOME="$tmp/home" >/dev/null
  files=$(find "$tmp/home" -type f)
  [ -z "$files" ] || fail "make user-uninstall left files behind: $files"

  echo "dist-check: $linux_out ($(du -h "$linux_out" | cut -f1)) installs, starts from its menu entry and uninstalls cleanly"
}

# resource_types HEADERS: the resource types in the .rsrc section of a PE file whose
# "objdump -p" listing is in HEADERS, one a line (0x000003 an icon, 0x00000e an icon
# group, 0x000010 version information, 0x000018 a manifest).
resource_types() {
  awk '/The .rsrc Resource Directory section/ { r = 1 }
    r && /^[0-9a-f]+   Entry: ID: / { sub(",", "", $4); print $4 }' "$1"
}

# icon_image EXE HEADERS OUT: copy the first icon image in EXE's resources (a PNG) to OUT.
icon_image() {
  local leaf base sect addr size vma fileoff
  leaf=$(awk '/The .rsrc Resource Directory section/ { r = 1 }
    r && /^[0-9a-f]+   Entry: ID: / { icon = ($4 == "0x000003,") }
    r && icon && /Leaf: Addr:/ && !done { sub(",", "", $4); sub(",", "", $6); print $4, $6; done = 1 }' "$2")
  [ -n "$leaf" ] || return 1
  read -r addr size <<<"$leaf"
  base=0x$(awk '$1 == "ImageBase" { print $2 }' "$2")
  sect=$(x86_64-w64-mingw32-objdump -h "$1" | awk '$2 == ".rsrc" { print "0x" $4, "0x" $6 }')
  read -r vma fileoff <<<"$sect"
  dd if="$1" of="$3" iflag=skip_bytes,count_bytes skip=$((addr - (vma - base) + fileoff)) \
    count=$((size)) status=none
}

check_windows() {
  local types differ
  file -b "$windows_out" | grep '^PE32+ executable (GUI) x86-64' >/dev/null ||
    fail "$windows_out is not a 64-bit Windows GUI program: $(file -b "$windows_out")"
  x86_64-w64-mingw32-objdump -p "$windows_out" >"$tmp/headers.txt"
  types=$(resource_types "$tmp/headers.txt")
  grep -qx 0x00000e <<<"$types" || fail "$windows_out has no icon group in its resources"
  grep -qx 0x000010 <<<"$types" || fail "$windows_out has no version information in its resources"
  grep -qx 0x000018 <<<"$types" || fail "$windows_out has no manifest in its resources"
  icon_image "$windows_out" "$tmp/headers.txt" "$tmp/icon.png" || fail "$windows_out has no icon image in its resources"
  # The tool re-encodes the PNG through premultiplied alpha: edges may differ by a shade.
  differ=$(compare -metric AE -fuzz 1% assets/icon.png "$tmp/icon.png" null: 2>&1) || true
  [[ $differ =~ ^[0-9]+$ ]] || fail "the icon in $windows_out could not be read as a PNG image"
  [ "$differ" = 0 ] || fail "the icon in $windows_out is not assets/icon.png ($differ pixels differ)"
  strings -el "$windows_out" | grep -x "$version.[0-9]*" >/dev/null ||
    fail "$windows_out does not carry version $version"
  ! x86_64-w64-mingw32-objdump -h "$windows_out" | grep ' \.symtab \| \.z\?debug_' >/dev/null ||
    fail "$windows_out is not stripped"
  release_build "$windows_out"
  echo "dist-check: $windows_out ($(du -h "$windows_out" | cut -f1)) is a GUI program with its icon, version and manifest"
}

case $what in
  linux) check_linux ;;
  windows) check_windows ;;
  all) check_linux; check_windows ;;
  *) echo "usage: scripts/dist-check.sh [linux|windows|all]" >&2; exit 2 ;;
esac
