# Parley: `make run` builds and starts the app; `make check` runs every check.
# Both install what is missing first (scripts/deps.sh).

SHELL := /bin/bash
export PATH := $(PATH):/usr/local/go/bin:$(shell go env GOPATH 2>/dev/null)/bin
export CGO_ENABLED := 1
export LANG := en_GB.UTF-8
GOBIN_DIR := $(shell go env GOPATH)/bin
STATICCHECK := $(GOBIN_DIR)/staticcheck
STATICCHECK_VERSION := v0.8.2
FUZZTIME ?= 8s
UNIT_PKGS = $(shell go list ./... | grep -v '/ui')

.PHONY: run build check deps deps-check fmt vet staticcheck test uitest keyring smoke fuzz windows clean privacy bench soak

run: deps build
	./build/parley

# migrated_fynedo: the app hands every widget update to Fyne's UI goroutine
# (FyneApp.toml [Migrations]); the packaging tool sets the same tag.
build:
	go build -tags migrated_fynedo -o build/parley .

deps:
	@bash scripts/deps.sh run

deps-check:
	@bash scripts/deps.sh check
	@test -x $(STATICCHECK) || go install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

check: deps-check fmt vet staticcheck test uitest keyring smoke privacy fuzz dist-check
	@echo "make check: all checks passed"

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt: these files need formatting:"; echo "$$out"; exit 1; fi

vet:
	go vet ./...
	go vet -tags ci ./ui/...

staticcheck:
	$(STATICCHECK) ./...

# Unit tests: domain rules, the real SQLCipher vault in temp folders, PDFs.
test:
	go test -count=1 $(UNIT_PKGS)

# Headless UI tests: screens driven by taps and typing (Fyne's test driver).
uitest:
	go test -count=1 -tags ci ./ui/...

# The real OS keyring: gnome-keyring in a private D-Bus session.
keyring:
	bash scripts/with-keyring.sh go test -count=1 -tags keyring -run Keyring ./persistence/

# The real window under Xvfb: it appears, a screenshot is taken, it exits cleanly.
smoke: build
	bash scripts/smoke.sh ./build/parley

# The real app with a vault full of markers, under strace: no marker outside
# the vault (output, TMPDIR, HOME and Fyne's preferences), no internet socket.
privacy: build
	bash scripts/privacy.sh ./build/parley

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

# Release packages in dist/, built with Fyne's packaging tool (pinned):
# Parley-VERSION-linux-amd64.tar.xz and Parley-VERSION-windows-amd64.exe.
# 3-7 minutes each when cold, about a minute once Go's cache is warm.
.PHONY: dist dist-check
dist: deps-dist
	bash scripts/dist.sh all

# The packages as a user meets them: built if missing or older than the sources,
# the Linux one installed into a temporary prefix and home and started from its
# menu entry under Xvfb, the Windows one checked as a file (scripts/dist-check.sh).
dist-check:
	bash scripts/dist-check.sh all

.PHONY: deps-dist
deps-dist:
	@bash scripts/deps.sh dist

clean:
	rm -rf build dist
