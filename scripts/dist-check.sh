#!/usr/bin/env bash
# Checks the release artefacts in dist/ as a user would meet them (make check runs it).
# Missing or stale artefacts are built first (scripts/dist.sh --if-stale).
#   scripts/dist-check.sh [linux|windows|all]
# Linux:
#   - the release binary (build/release/parley, which make check's smoke and privacy runs
#     started) is a stripped, -trimpath release build, and every package holds that file;
#   - the AppStream metainfo passes appstreamcli validate and names this version; the
#     .desktop entry passes desktop-file-validate;
#   - the .deb and the .rpm hold the binary, the menu entry, the metainfo and the icons at
#     every size (each PNG really that size), and declare their dependencies;
#   - the .deb is installed into a clean Debian 12 root, started there from its menu entry
#     under Xvfb and removed again, leaving none of its files (scripts/debroot.sh,
#     screenshot in build/debroot.png);
#   - the tarball holds what it should; "make install" into a temporary prefix and
#     "make user-install" into a temporary home put every file in place, the installed
#     menu entry runs the installed binary, and uninstalling leaves nothing behind.
# Windows (Debian's Wine cannot run Go 1.26 programs, so both are checked as files):
#   - the portable .exe: a 64-bit GUI PE, stripped, -trimpath, with an icon group (its
#     image is assets/icon.png), version information and a manifest in its resources;
#   - the installer: an NSIS installer (a 32-bit GUI PE, as NSIS makes them) that asks for
#     no administrator rights, carries the version and holds that very .exe and an
#     uninstaller (read back with 7z).
# Pipes end in "grep >/dev/null", not "grep -q": with pipefail, grep -q stopping early can
# make the pipe fail.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}

version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
app_id=$(sed -n 's/^ *ID *= *"\(.*\)"/\1/p' FyneApp.toml)
arch=$(go env GOARCH)
build_no=$(sed -n 's/^ *Build *= *\([0-9]*\)/\1/p' FyneApp.toml)
release_bin=build/release/parley
linux_out=dist/Parley-$version-linux-$arch.tar.xz
deb=dist/Parley_$version-${build_no}_$arch.deb
rpm=dist/Parley-$version-$build_no.x86_64.rpm
windows_out=dist/Parley-$version-windows-amd64.exe
setup=dist/Parley-$version-windows-amd64-setup.exe
icon_sizes="16 22 24 32 48 64 128 256 512"

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

check_release_binary() {
  file -b "$release_bin" | grep 'ELF 64-bit.*, stripped' >/dev/null ||
    fail "$release_bin is not a stripped ELF executable"
  ! objdump -h "$release_bin" | grep ' \.z\?debug_' >/dev/null ||
    fail "$release_bin still carries debug information"
  release_build "$release_bin"
}

check_metadata() {
  local metainfo=packaging/linux/$app_id.metainfo.xml
  appstreamcli validate --no-net "$metainfo" >"$tmp/appstream.txt" 2>&1 ||
    { cat "$tmp/appstream.txt"; fail "$metainfo does not pass appstreamcli validate"; }
  grep "<release version=\"$version\"" "$metainfo" >/dev/null ||
    fail "$metainfo has no <release> for version $version (add one, newest first)"
  desktop-file-validate "packaging/linux/$app_id.desktop" ||
    fail "packaging/linux/$app_id.desktop does not pass desktop-file-validate"
}

# check_icons DIR: DIR/share/icons/hicolor holds the icon at every size, each PNG that size.
check_icons() {
  local size got
  for size in $icon_sizes; do
    got=$(identify -format '%wx%h' "$1/share/icons/hicolor/${size}x$size/apps/$app_id.png" 2>/dev/null) ||
      fail "$2 has no ${size}x$size icon"
    [ "$got" = "${size}x$size" ] || fail "$2's ${size}x$size icon is $got"
  done
  [ -f "$1/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "$2 has no scalable icon"
}

check_deb() {
  local dir=$tmp/deb depends
  dpkg-deb -x "$deb" "$dir"
  cmp -s "$release_bin" "$dir/usr/bin/parley" || fail "$deb does not hold $release_bin as /usr/bin/parley"
  cmp -s "packaging/linux/$app_id.desktop" "$dir/usr/share/applications/$app_id.desktop" ||
    fail "$deb has no menu entry at /usr/share/applications/$app_id.desktop"
  cmp -s "packaging/linux/$app_id.metainfo.xml" "$dir/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "$deb has no AppStream metainfo at /usr/share/metainfo/$app_id.metainfo.xml"
  check_icons "$dir/usr" "$deb"
  [ "$(dpkg-deb -f "$deb" Version)" = "$version-$build_no" ] || fail "$deb is not version $version-$build_no"
  depends=$(dpkg-deb -f "$deb" Depends)
  for lib in libc6 libgl1 libx11-6 libwayland-client0; do # the ones ldd names
    grep -E "(^|, )$lib( |,|$)" <<<"$depends" >/dev/null || fail "$deb does not depend on $lib"
  done
  bash scripts/debroot.sh "$deb" build/debroot.png
  echo "dist-check: $deb ($(du -h "$deb" | cut -f1)) installs into a clean Debian 12 root, starts from its menu entry and is removed cleanly"
}

check_rpm() {
  local dir=$tmp/rpm
  mkdir -p "$dir"
  [ "$(rpm -qp --qf '%{VERSION}-%{RELEASE}' "$rpm" 2>/dev/null)" = "$version-$build_no" ] ||
    fail "$rpm is not version $version-$build_no"
  (cd "$dir" && rpm2cpio "$OLDPWD/$rpm" | cpio -idm --quiet)
  cmp -s "$release_bin" "$dir/usr/bin/parley" || fail "$rpm does not hold $release_bin as /usr/bin/parley"
  [ -f "$dir/usr/share/applications/$app_id.desktop" ] || fail "$rpm has no menu entry"
  [ -f "$dir/usr/share/metainfo/$app_id.metainfo.xml" ] || fail "$rpm has no AppStream metainfo"
  check_icons "$dir/usr" "$rpm"
  rpm -qp --requires "$rpm" 2>/dev/null | grep -x 'libGL.so.1()(64bit)' >/dev/null || fail "$rpm does not require libGL"
  echo "dist-check: $rpm ($(du -h "$rpm" | cut -f1)) holds the release binary, menu entry, metainfo and icons"
}

check_tarball() {
  local pkg usr exec_line installed files
  tar -xJf "$linux_out" -C "$tmp"
  pkg=$tmp/parley
  usr=usr/local # the tool packages into usr/ where the building machine has no /usr/local
  [ -d "$pkg/$usr" ] || usr=usr
  for f in Makefile $usr/bin/parley "$usr/share/applications/$app_id.desktop" \
    "$usr/share/pixmaps/$app_id.png"; do
    [ -f "$pkg/$f" ] || fail "$linux_out has no $f"
  done
  cmp -s "$release_bin" "$pkg/$usr/bin/parley" || fail "$linux_out does not hold $release_bin"
  cmp -s assets/icon.png "$pkg/$usr/share/pixmaps/$app_id.png" ||
    fail "the packaged icon is not assets/icon.png"
  desktop-file-validate "$pkg/$usr/share/applications/$app_id.desktop" ||
    fail "the tarball's .desktop entry does not pass desktop-file-validate"
  grep -qx "Icon=$app_id" "$pkg/$usr/share/applications/$app_id.desktop" ||
    fail "the .desktop entry does not name the icon $app_id"

  # A system install into a temporary prefix, then its uninstall.
  make -s -C "$pkg" install PREFIX="$tmp/prefix"
  for f in bin/parley "share/applications/$app_id.desktop" "share/pixmaps/$app_id.png"; do
    [ -f "$tmp/prefix/$f" ] || fail "make install did not put $f in place"
  done
  [ -x "$tmp/prefix/bin/parley" ] || fail "make install left bin/parley not executable"
  make -s -C "$pkg" uninstall PREFIX="$tmp/prefix" >/dev/null
  files=$(find "$tmp/prefix" -type f)
  [ -z "$files" ] || fail "make uninstall left files behind: $files"

  # A user install into a temporary home: its menu entry runs the installed binary
  # (the same file the smoke run started, so it is not started again here).
  make -s -C "$pkg" user-install HOME="$tmp/home"
  installed=$tmp/home/.local/share/applications/$app_id.desktop
  [ -f "$tmp/home/.local/share/icons/$app_id.png" ] || fail "make user-install put no icon in place"
  desktop-file-validate "$installed" || fail "the installed .desktop entry does not pass desktop-file-validate"
  exec_line=$(sed -n 's/^Exec=//p' "$installed")
  [ "$exec_line" = "$tmp/home/.local/bin/parley" ] ||
    fail "the installed .desktop entry runs '$exec_line', not the installed binary"
  cmp -s "$release_bin" "$exec_line" || fail "make user-install did not install the release binary"
  make -s -C "$pkg" user-uninstall HOME="$tmp/home" >/dev/null
  files=$(find "$tmp/home" -type f)
  [ -z "$files" ] || fail "make user-uninstall left files behind: $files"
  echo "dist-check: $linux_out ($(du -h "$linux_out" | cut -f1)) installs and uninstalls cleanly"
}

check_linux() {
  check_release_binary
  check_metadata
  check_rpm
  check_tarball
  check_deb
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

check_setup() {
  local listing
  file -b "$setup" | grep '^PE32 executable (GUI).*Nullsoft Installer' >/dev/null ||
    fail "$setup is not an NSIS installer: $(file -b "$setup")"
  strings "$setup" | grep 'requestedExecutionLevel level="asInvoker"' >/dev/null ||
    fail "$setup asks for administrator rights (its manifest does not say asInvoker)"
  strings -el "$setup" | grep -x "$version.$build_no" >/dev/null ||
    fail "$setup does not carry version $version.$build_no"
  x86_64-w64-mingw32-objdump -p "$setup" >"$tmp/setup-headers.txt" 2>/dev/null &&
    resource_types "$tmp/setup-headers.txt" | grep -x 0x00000e >/dev/null || fail "$setup has no icon in its resources"
  listing=$(7z l -ba -slt "$setup" | sed -n 's/^Path = //p')
  grep -qx 'Parley.exe' <<<"$listing" || fail "$setup does not hold Parley.exe"
  grep -qx 'Uninstall Parley.exe' <<<"$listing" || fail "$setup does not hold an uninstaller"
  7z e -so "$setup" Parley.exe 2>/dev/null >"$tmp/installed.exe"
  cmp -s "$windows_out" "$tmp/installed.exe" || fail "the Parley.exe in $setup is not $windows_out"
  echo "dist-check: $setup ($(du -h "$setup" | cut -f1)) is a per-user NSIS installer of that program, with its uninstaller, version and icon"
}

case $what in
  linux) check_linux ;;
  windows) check_windows; check_setup ;;
  all) check_linux; check_windows; check_setup ;;
  *) echo "usage: scripts/dist-check.sh [linux|windows|all]" >&2; exit 2 ;;
esac
