# Parley: `make run` builds and starts the app; `make check` runs every check.
# Both install what is missing first (scripts/deps.sh).

SHELL := /bin/bash
export PATH := $(PATH):/usr/local/go/bin:$(shell go env GOPATH 2>/dev/null)/bin
export CGO_ENABLED := 1
export LANG := en_GB.UTF-8
# Every build and test here uses the C flags and -trimpath of the release build (the
# flags Fyne's packaging tool v1.7.4 sets for a Linux release: its commands/build.go
# and hardening_flags.go), so SQLCipher, GLFW and go-gl compile once for vet, the tests
# without the race detector, the smoke and privacy runs and the packages (a -trimpath
# binary records no C flags: make check's Go traces show the release build compiling
# neither). scripts/dist.sh runs the tool with these unset (it adds its own). The race
# detector's build and the fuzzing build (scripts/fuzz.sh) are compiled apart anyway.
export CGO_CFLAGS := -O3 -pipe -D_FORTIFY_SOURCE=3 -fcf-protection -fstack-protector-strong
export CGO_LDFLAGS := -Wl,-z,relro,-z,now -Wl,--as-needed
export GOFLAGS := $(strip $(shell go env GOFLAGS 2>/dev/null) -trimpath)
GOBIN_DIR := $(shell go env GOPATH)/bin
STATICCHECK := $(GOBIN_DIR)/staticcheck
STATICCHECK_VERSION := v0.8.2
ACTIONLINT := $(GOBIN_DIR)/actionlint
ACTIONLINT_VERSION := v1.7.12
RELEASE_BIN := build/release/parley
FUZZTIME ?= 8s

.PHONY: invite-engine invite-browser run build check deps deps-check fmt vet staticcheck test uitest keyring smoke fuzz windows clean privacy bench soak release-binary actionlint

run: deps build
	./build/parley

# migrated_fynedo: the app hands every widget update to Fyne's UI goroutine
# (FyneApp.toml [Migrations]); the packaging tool sets the same tag.
build: invite-engine
	go build -tags migrated_fynedo -o build/parley .

deps:
	@bash scripts/deps.sh run

deps-check:
	@bash scripts/deps.sh check
	@test -x $(STATICCHECK) || go install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	@$(ACTIONLINT) -version 2>/dev/null | grep -qx '$(ACTIONLINT_VERSION)' || go install github.com/rhysd/actionlint/cmd/actionlint@$(ACTIONLINT_VERSION)
	@bash scripts/vulncheck.sh install

# make check runs its steps one after another, except four that run beside them in
# the background (scripts/background.sh: their output in build/background/, shown when
# they are waited for; a failure there stops the check with its own message, and a
# check that stops earlier stops them too). From an empty build cache most of the
# time goes into three C-heavy packages, each compiled by one gcc at a time: cgo's run
# over go-gl's header (about 4 minutes of one core), SQLCipher (2) and GLFW, once for
# vet, the tests without the detector and the release binary (the same compile: same
# flags), once for the race detector and once for Windows; Go's cache cannot share
# those three, so they are made to run at the same time instead of one after another:
#   - the race-detector build of those three packages (check-race-start), beside fmt,
#     vet and staticcheck; make test waits for it (started first, it would compile
#     them a second time);
#   - the Windows cross-build (check-windows-start): it compiles SQLCipher, GLFW and go-gl
#     once more, for Windows, sharing no compile with the Linux steps (about 6 minutes
#     of one core from an empty build cache, nothing when nothing changed); it starts
#     as soon as the invitation engine it embeds is built;
#   - the Linux packages' check (check-linux-start: scripts/dist-check.sh linux, whose
#     clean-root install of the .deb spends most of its minute unpacking and waiting)
#     and the invitation page in the browsers (check-browser-start: make invite-browser,
#     mostly waiting for the pages), once the release binary is built, beside the
#     keyring, smoke and privacy runs, which mostly wait too.
# check-finish, last, waits for all of them, then checks the Windows program and
# installer (alone: make dist-check and make invite-browser).
check: deps-check invite-engine check-windows-start check-race-start fmt vet staticcheck actionlint check-race-wait test release-binary check-linux-start check-browser-start keyring smoke privacy fuzz check-finish
	@echo "make check: all checks passed"

# The make whose ending stops the background steps (the one running these recipes).
CHECK_OWNER ?= $$PPID
.PHONY: check-windows-start check-race-start check-race-wait check-linux-start check-browser-start check-finish
RACE_CGO_PKGS := github.com/mutecomm/go-sqlcipher/v4 github.com/go-gl/glfw/v3.4/glfw github.com/go-gl/gl/v2.1/gl
check-race-start:
	@bash scripts/background.sh start race-cgo $(CHECK_OWNER) go build -race $(RACE_CGO_PKGS)
check-race-wait:
	@bash scripts/background.sh wait race-cgo
check-windows-start: invite-engine
	@bash scripts/background.sh start windows $(CHECK_OWNER) bash scripts/dist.sh windows --if-stale
check-linux-start: release-binary
	@bash scripts/background.sh start linux-check $(CHECK_OWNER) bash scripts/dist-check.sh linux
check-browser-start: invite-engine
	@bash scripts/background.sh start invite-browser $(CHECK_OWNER) bash scripts/invite-browser.sh
check-finish:
	@bash scripts/background.sh wait invite-browser
	@bash scripts/background.sh wait linux-check
	@bash scripts/background.sh wait windows
	bash scripts/dist-check.sh windows

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt: these files need formatting:"; echo "$$out"; exit 1; fi

vet: invite-engine
	go vet ./...
	go vet -tags browser ./invite/

staticcheck:
	$(STATICCHECK) ./...

# Known vulnerabilities that Parley's code calls, from a pinned snapshot of the Go
# vulnerability database fetched as a module (offline otherwise; scripts/vulncheck.sh).
# Its tests first prove the database is read: a fixture module that calls a listed
# vulnerable function must fail the check, one that only imports it must pass.
.PHONY: vulncheck
vulncheck: invite-engine
	go test -count=1 -tags vulncheck ./scripts/vulncheck/
	bash scripts/vulncheck.sh

# The release workflow cannot run here (it needs hosted macOS and Windows runners):
# its syntax, expressions and shell steps are checked instead.
actionlint:
	$(ACTIONLINT) .github/workflows/release.yml

# Every test of every package, the UI and the printout too, under the race detector,
# with no build tags and Go's test cache on: a second run re-runs only what changed
# (goal: under 3 minutes warm on a 2-core machine; README, For developers).
# Under the detector, domain/match's property tests compare fewer random cases (its
# race_test.go: the group arithmetic is ten times slower there, six minutes at full
# size), so they run once more at full size without it (cached like the rest).
test: invite-engine
	go test -race ./...
	go test ./domain/match/

# The invitation page's engine: invite/wasm as WebAssembly, gzipped into
# invite/engine/ for package invite to embed (generated, never committed; a few
# seconds when the build cache is warm).
invite-engine:
	bash scripts/invite-engine.sh

# The invitation page in real browsers, in an empty network namespace: headless
# chromium through chromedp and firefox-esr through WebDriver BiDi, against Parley's
# own starter code (scripts/invite-browser.sh; about a minute, most of it compiling).
invite-browser: invite-engine
	bash scripts/invite-browser.sh

# Headless UI tests only: screens driven by taps and typing (Fyne's test driver).
# make test runs them too; this is the quicker loop while working on a screen.
uitest:
	go test -count=1 ./ui/...

# The real OS keyring: gnome-keyring in a private D-Bus session.
keyring:
	bash scripts/with-keyring.sh go test -count=1 -tags keyring -run Keyring ./persistence/

# The release binary (build/release/parley), built once when missing or older than the
# sources: the smoke and privacy runs start it and the Linux packages hold it.
release-binary:
	bash scripts/dist.sh binary --if-stale

# The real window under Xvfb: it appears, a screenshot is taken, it exits cleanly.
smoke: release-binary
	bash scripts/smoke.sh $(RELEASE_BIN)

# The real app with a vault full of markers, under strace: no marker outside
# the vault (output, TMPDIR, HOME and Fyne's preferences), no internet socket.
privacy: release-binary
	bash scripts/privacy.sh $(RELEASE_BIN)

# One table of speed and memory (medians, with goals and baselines); it also
# updates docs/performance.md.
bench:
	bash scripts/bench.sh

# The long hostile run: hundreds of kills during saves, damaged files, a full
# disk, and every fuzz target for SOAKTIME each (about half an hour in all).
SOAKTIME ?= 3m
soak:
	bash scripts/soak.sh $(SOAKTIME)

# Short runs of every fuzz target (longer: make fuzz FUZZTIME=10m).
fuzz:
	bash scripts/fuzz.sh $(FUZZTIME)

# The Windows release build, cross-compiled with mingw-w64 and checked as a
# file (GUI program, icon, version, manifest): the Windows half of dist-check.
windows:
	bash scripts/dist-check.sh windows

# Release packages in dist/ (scripts/dist.sh): the Linux tar.xz, .deb and .rpm, the
# portable Windows .exe and its installer.
.PHONY: dist dist-check
dist: deps-dist
	bash scripts/dist.sh all

# The packages as a user meets them: built if missing or older than the sources; the
# .deb installed into a clean Debian 12 root, started there from its menu entry under
# Xvfb and removed again; the tar.xz installed into temporary folders; the AppStream
# file validated; the Windows program and installer checked as files (scripts/dist-check.sh).
dist-check:
	bash scripts/dist-check.sh all

.PHONY: deps-dist
deps-dist:
	@bash scripts/deps.sh dist

clean:
	rm -rf build dist
