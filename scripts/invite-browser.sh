#!/usr/bin/env bash
# The invitation page's browser tests (invite/*_test.go with the browser tag):
# headless chromium through chromedp and firefox-esr through WebDriver BiDi,
# against Parley's own starter code. The test binary is built first, then run
# in a new, empty network namespace (loopback only, which the browsers' remote
# protocols use), so the page could not reach a network even if it tried; the
# tests also record every request it makes. Where no namespace can be made
# (not root, no user namespaces), the tests run with the browsers' own
# network switched off and say so.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build
go test -c -tags browser -o build/invite-browser.test ./invite/
run="../build/invite-browser.test -test.count=1 -test.run Browser ${INVITE_TEST_FLAGS:-}"
if unshare -n true 2>/dev/null; then
  unshare -n sh -c "ip link set lo up && cd invite && INVITE_NETNS=1 $run"
elif unshare -rn true 2>/dev/null; then
  unshare -rn sh -c "ip link set lo up && cd invite && INVITE_NETNS=1 $run"
else
  echo "invite-browser: cannot make an empty network namespace here; the browsers' network is off by their own settings" >&2
  (cd invite && $run)
fi
