#!/usr/bin/env bash
# Installs what building, running and checking Parley needs, where it is missing.
#   scripts/deps.sh run     packages to build and run the app
#   scripts/deps.sh check   also the packages the checks use (Xvfb, keyring, PDF tools, mingw)
#   scripts/deps.sh dist    the run packages and what release packaging needs (mingw, nsis, ...)
# On Debian and Ubuntu it uses apt-get (with sudo when not root); elsewhere it
# prints what to install by hand.
set -euo pipefail
what=${1:-run}

# libwayland-dev, wayland-protocols and libxkbcommon-dev: Fyne 2.8 compiles its Wayland
# driver in beside X11 (GLFW 3.4 picks one at run time).
run_pkgs="gcc pkg-config libgl1-mesa-dev xorg-dev libxkbcommon-dev libwayland-dev wayland-protocols"
# chromium and firefox-esr: the invitation page's browser tests (make invite-browser).
check_pkgs="xvfb imagemagick xdotool x11-utils gnome-keyring dbus-x11 libsecret-tools poppler-utils gcc-mingw-w64-x86-64 desktop-file-utils strace locales shellcheck chromium firefox-esr"

# Release packaging: mingw for Windows, nsis (makensis) for its installer, librsvg2-bin
# (rsvg-convert) and imagemagick for the icons, appstream to validate the metainfo,
# debootstrap for the clean Debian root the .deb is tried in, rpm and p7zip-full to read
# the .rpm (with cpio) and the installer back.
dist_pkgs="gcc-mingw-w64-x86-64 xz-utils file nsis librsvg2-bin imagemagick appstream debootstrap rpm cpio p7zip-full"

pkgs=$run_pkgs
[ "$what" = check ] && pkgs="$run_pkgs $check_pkgs $dist_pkgs"
[ "$what" = dist ] && pkgs="$run_pkgs $dist_pkgs"

if ! command -v go >/dev/null 2>&1; then
  echo "Parley needs Go 1.26 or newer: see https://go.dev/doc/install" >&2
  exit 1
fi

case "$(uname -s)" in
  Linux)
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "Please install with your package manager: a C compiler, OpenGL and X11 development headers ($pkgs)." >&2
      exit 0
    fi
    missing=""
    for p in $pkgs; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
      sudo=""
      [ "$(id -u)" -ne 0 ] && sudo="sudo"
      echo "Installing:$missing"
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
    fi
    if [ "$what" = check ] && ! locale -a 2>/dev/null | grep -qi 'en_GB.utf8'; then
      sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
      $sudo sed -i 's/^# *en_GB.UTF-8/en_GB.UTF-8/' /etc/locale.gen && $sudo locale-gen >/dev/null
    fi
    ;;
  Darwin)
    echo "macOS: install Xcode's command line tools (xcode-select --install) and Go; nothing else is needed." ;;
  MINGW*|MSYS*|CYGWIN*)
    echo "Windows: install Go and a MinGW-w64 gcc (for example from MSYS2: pacman -S mingw-w64-x86_64-gcc) and put it on PATH." ;;
esac
