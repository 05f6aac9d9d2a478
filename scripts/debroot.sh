#!/usr/bin/env bash
# Tries a .deb the way a Debian 12 user meets it (scripts/dist-check.sh runs it):
#   scripts/debroot.sh PACKAGE.deb [SCREENSHOT.png]
# 1. A clean Debian 12 root: debootstrap --variant=minbase bookworm, unpacked afresh
#    for every run from a cached copy.
# 2. apt-get install ./PACKAGE.deb inside it (chroot), so apt pulls exactly the declared
#    dependencies and nothing the build machine happens to have.
# 3. Parley started inside the root by its menu entry's Exec line, on an Xvfb display
#    outside (its socket bind-mounted in): a window titled Parley appears, is not blank,
#    and the app quits cleanly on SIGTERM. There is no keyring in the root, so Parley
#    comes up on its welcome screen in passphrase mode.
# 4. apt-get remove: the package is gone and none of its files remains.
#
# Cache (PARLEY_DIST_CACHE, default ~/.cache/parley-dist): the debootstrapped root as a
# tarball, rebuilt after 7 days, and apt's downloaded .debs, so a warm run fetches
# nothing but fresh package lists. The mirror is the one this machine's apt uses for
# bookworm (/etc/apt/sources.list or sources.list.d), else debootstrap's default.
# Needs root (chroot, mount): uses sudo when not root.
set -euo pipefail
deb=$(realpath "$1")
shot=$(realpath -m "${2:-build/debroot.png}")
cache=${PARLEY_DIST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/parley-dist}
base=$cache/bookworm-minbase.tar
archives=$cache/apt-archives
app_id=org.parleyapp.parley

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
fail() { echo "debroot: $*" >&2; exit 1; }

# bookworm_mirror: the first bookworm source of this machine's apt, or nothing.
bookworm_mirror() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    # deb822 stanzas, separated by blank lines: the URIs of one whose Suites has bookworm
    awk 'BEGIN { RS = ""; FS = "\n" }
      { uri = ""; suite = 0
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/) { split($i, w, /[ \t]+/); uri = w[2] }
          if ($i ~ /^Suites:/ && $i ~ /[ \t]bookworm([ \t]|$)/) suite = 1
          if ($i ~ /^Types:/ && $i !~ /[ \t]deb([ \t]|$)/) suite = -1 }
        if (uri != "" && suite == 1) { print uri; exit } }' "$f"
  done
  { cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true; } |
    sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) bookworm .*/\2/p'
}

make_base() {
  local mirror fresh
  mirror=$(bookworm_mirror | head -1)
  fresh=$(mktemp -d "${TMPDIR:-/tmp}/parley-debootstrap.XXXXXX")
  echo "debroot: making a clean Debian 12 root (debootstrap --variant=minbase bookworm ${mirror:-with its default mirror})..."
  $sudo debootstrap --variant=minbase bookworm "$fresh" $mirror >"$fresh.log" 2>&1 ||
    { tail -20 "$fresh.log"; $sudo rm -rf --one-file-system "$fresh"; fail "debootstrap failed"; }
  mkdir -p "$cache"
  $sudo tar -C "$fresh" -cf "$base.partial" . && $sudo mv -f "$base.partial" "$base"
  $sudo rm -rf --one-file-system "$fresh" "$fresh.log"
}

if [ ! -f "$base" ] || [ -n "$(find "$base" -mtime +7)" ]; then make_base; fi
mkdir -p "$archives/partial"

root=$(mktemp -d "${TMPDIR:-/tmp}/parley-debroot.XXXXXX")
mounts=()
cleanup() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do $sudo umount -l "${mounts[i]}" 2>/dev/null || true; done
  # Never delete through a mount that is still there.
  if findmnt -rn -o TARGET | grep -F "$root/" >/dev/null; then
    echo "debroot: $root still has mounts; left in place" >&2
  else
    $sudo rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT
bind() { $sudo mkdir -p "$root$2"; $sudo mount --bind "$1" "$root$2"; mounts+=("$root$2"); }

$sudo tar -C "$root" -xpf "$base"
$sudo cp /etc/resolv.conf "$root/etc/resolv.conf"
$sudo mount -t proc proc "$root/proc"; mounts+=("$root/proc")
bind /dev /dev
bind /dev/pts /dev/pts
bind "$archives" /var/cache/apt/archives
$sudo cp "$deb" "$root/tmp/parley.deb"
in_root() { $sudo chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }
# apt's downloads run as root: the shared archive folder belongs to whoever runs the check.
echo 'APT::Sandbox::User "root";' | $sudo tee "$root/etc/apt/apt.conf.d/99parley-check" >/dev/null

start=$SECONDS
in_root apt-get update -qq >/dev/null || fail "apt-get update failed in the clean root"
in_root apt-get install -y -qq /tmp/parley.deb >"$root.install.log" 2>&1 ||
  { tail -20 "$root.install.log"; fail "apt-get install ./$(basename "$deb") failed in a clean Debian 12 root"; }
echo "debroot: installed with $(grep -c '^Setting up' "$root.install.log") packages in $((SECONDS - start)) s"
rm -f "$root.install.log"
pkg=$(dpkg-deb -f "$deb" Package)
in_root dpkg-query -L "$pkg" >"$root.files"
desktop=$root/usr/share/applications/$app_id.desktop
[ -f "$desktop" ] || fail "the package installed no menu entry at /usr/share/applications/$app_id.desktop"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
[ -n "$exec_line" ] || fail "the menu entry has no Exec line"

# The window: Xvfb outside, its socket and cookie shared with the root.
export DEBROOT=$root DEBROOT_EXEC=$exec_line DEBROOT_SHOT=$shot DEBROOT_SUDO=$sudo
mkdir -p "$(dirname "$shot")"
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" bash -c '
  set -euo pipefail
  $DEBROOT_SUDO mkdir -p "$DEBROOT/tmp/.X11-unix" "$DEBROOT/tmp/home"
  $DEBROOT_SUDO mount --bind /tmp/.X11-unix "$DEBROOT/tmp/.X11-unix"
  trap "$DEBROOT_SUDO umount -l \"$DEBROOT/tmp/.X11-unix\"" EXIT
  $DEBROOT_SUDO cp "$XAUTHORITY" "$DEBROOT/tmp/xauth"
  $DEBROOT_SUDO chroot "$DEBROOT" env -i PATH=/usr/bin:/bin DISPLAY="$DISPLAY" XAUTHORITY=/tmp/xauth \
    HOME=/tmp/home LANG=C.UTF-8 sh -c "exec $DEBROOT_EXEC" >"$DEBROOT.app.log" 2>&1 & pid=$!
  # Up to 60 s for the window, but stop waiting as soon as the app has exited.
  for _ in $(seq 120); do
    xdotool search --name "^Parley$" >/dev/null 2>&1 && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.5
  done
  if ! xdotool search --name "^Parley$" >/dev/null 2>&1; then
    echo "debroot: no Parley window appeared"; cat "$DEBROOT.app.log"; kill $pid 2>/dev/null || true; exit 1
  fi
  # The first frame can take a while on a loaded machine: look again for up to 30 s.
  colours=0
  for _ in $(seq 30); do
    sleep 1
    import -window root "$DEBROOT_SHOT"
    colours=$(convert "$DEBROOT_SHOT" -format "%k" info:)
    [ "$colours" -le 20 ] || break
  done
  [ "$colours" -gt 20 ] || { echo "debroot: the window looks blank ($colours colours)"; cat "$DEBROOT.app.log"; exit 1; }
  kill -TERM $pid # the app itself when root; sudo passes the signal on otherwise
  status=0; wait $pid || status=$?
  [ $status -eq 0 ] || { echo "debroot: Parley exited with status $status"; cat "$DEBROOT.app.log"; exit 1; }
  echo "debroot: started from its menu entry ($DEBROOT_EXEC): window appeared ($colours colours), quit cleanly"
' || { rm -f "$root.files" "$root.app.log"; fail "the installed Parley did not start cleanly"; }
rm -f "$root.app.log"

in_root apt-get remove -y -qq "$pkg" >/dev/null || fail "apt-get remove $pkg failed"
! in_root dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q 'ok installed' || fail "$pkg is still installed"
left=""
while read -r f; do
  [ -e "$root$f" ] && [ ! -d "$root$f" ] && left="$left $f"
done <"$root.files"
rm -f "$root.files"
[ -z "$left" ] || fail "apt-get remove left files of the package behind:$left"
echo "debroot: removed cleanly, no file of the package left"
