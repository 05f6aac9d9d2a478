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

.PHONY: run build check deps deps-check fmt vet staticcheck test uitest keyring smoke fuzz windows clean

run: deps build
	./build/parley

build:
	go build -o build/parley .

deps:
	@bash scripts/deps.sh run

deps-check:
	@bash scripts/deps.sh check
	@test -x $(STATICCHECK) || go install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

check: deps-check fmt vet staticcheck test uitest keyring smoke fuzz windows
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

# Short runs of every fuzz target (longer: make fuzz FUZZTIME=10m).
fuzz:
	bash scripts/fuzz.sh $(FUZZTIME)

# The Windows build, cross-compiled with mingw-w64 (checked as a file).
windows:
	GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc go build -ldflags "-H windowsgui" -o build/parley.exe .
	@file build/parley.exe | grep -q 'PE32+ executable (GUI) x86-64' && echo "windows: build/parley.exe is a Windows GUI program"

clean:
	rm -rf build
