# Kring build. `make help` lists the targets.
#
# Outputs go to build/bin/, screenshots to build/screenshots/, and stamp
# files that remember finished steps to build/.stamps/ (all gitignored), so
# a second `make test` rebuilds only what changed.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
.SECONDEXPANSION:

GO      ?= go
TAGS    ?= webkit2_41
FUZZTIME ?= 30s
SCRIPTS := build/scripts
STAMPS  := build/.stamps
WAILS   := build/tools/bin/wails
# Wails must never tidy or re-pin go.mod: other people edit it, and the
# version is already pinned there.
WAILS_FLAGS := -m -nosyncgomod -nocolour
# Windows tags: none needed yet; webkit2_41 is Linux-only.
WINDOWS_TAGS ?=

# Sources, for deciding what is stale. Generated files are left out, or a
# build that regenerates them would always look out of date.
GO_SRC := go.mod go.sum $(shell find . -path ./build -prune -o \
	-path '*/node_modules' -prune -o -path ./frontend -prune -o \
	-path ./e2e -prune -o -path ./.git -prune -o -type f \
	\( -name '*.go' -o -name '*.sql' -o -path './backend/*' \) -print)
SERVER_SRC := go.mod go.sum $(shell find backend -type f 2>/dev/null)
FRONTEND_SRC := $(shell find frontend -path frontend/node_modules -prune -o \
	-path frontend/dist -prune -o -path frontend/src/wailsjs -prune -o \
	-type f ! -name '*.tsbuildinfo' -print 2>/dev/null)
HAVE_FRONTEND := $(wildcard frontend/package.json)
HAVE_E2E := $(wildcard e2e/package.json)
# The desktop embeds frontend/dist, so a new dist means a new binary. With
# a front end, its build stamp says so (Vite replaces the hashed files, so
# listing them would name files about to vanish); without one, the files.
DIST_STAMP := $(if $(HAVE_FRONTEND),$(STAMPS)/frontend-dist)
DIST_FILES := $(if $(HAVE_FRONTEND),,$(shell find frontend/dist -type f 2>/dev/null))

## help: list the targets
.PHONY: help
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed 's/^## /  /'

# ---------------------------------------------------------------- deps

## deps: Debian packages, the Wails CLI and npm packages (each only if missing)
.PHONY: deps apt tools npm
deps: apt tools npm

apt:
	@$(SCRIPTS)/apt-deps.sh
	@node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' || \
		{ echo "error: Node.js 20 or newer is needed" >&2; exit 1; }

tools: $(WAILS)

# The Wails CLI from the pinned tools module; rebuilt when the pin moves.
$(WAILS): build/tools/go.mod build/tools/go.sum build/tools/tools.go
	cd build/tools && $(GO) build -o bin/wails github.com/wailsapp/wails/v2/cmd/wails

npm: $(if $(HAVE_FRONTEND),$(STAMPS)/npm-frontend) $(if $(HAVE_E2E),$(STAMPS)/npm-e2e)

$(STAMPS)/npm-%: $$(wildcard $$*/package.json $$*/package-lock.json) | apt
	@mkdir -p $(STAMPS)
	$(SCRIPTS)/npm-deps.sh $*
	@touch $@

# ---------------------------------------------------------------- builds

## server: build/bin/kring-server
.PHONY: server
server: build/bin/kring-server

build/bin/kring-server: $(SERVER_SRC)
	$(GO) build -o $@ ./backend/cmd/kring-server

.PHONY: FORCE
FORCE:

## frontend: build frontend/dist with Vite (skipped until frontend/package.json exists)
.PHONY: frontend
frontend: $(DIST_STAMP)

# dist/index.html is a prerequisite too, when present: a dist that lost its
# build (a fresh clone holds only dist/.keep) must not go unnoticed.
$(STAMPS)/frontend-dist: $(FRONTEND_SRC) $(or $(wildcard frontend/dist/index.html),FORCE) \
		$(STAMPS)/npm-frontend
	npm --prefix frontend run build
	@grep -q '<script' frontend/dist/index.html || \
		{ echo "error: frontend/dist/index.html loads no script" >&2; exit 1; }
	@touch $@

# Wails gets -s: the frontend rule above already built (or skipped) dist,
# and Wails would otherwise run npm again and leave package.json.md5 behind.
## desktop: build/bin/kring for Linux (WebKitGTK 4.1)
.PHONY: desktop
desktop: build/bin/kring

build/bin/kring: $(GO_SRC) $(DIST_STAMP) $(DIST_FILES) wails.json $(WAILS)
	$(WAILS) build -s $(WAILS_FLAGS) -tags "$(TAGS)" -o kring
	@test -x $@ || { echo "error: wails build made no $@" >&2; exit 1; }
	@touch $@

## windows: build/bin/kring.exe and the NSIS installer, cross-built with mingw-w64
.PHONY: windows
windows: build/bin/kring.exe

# cgo must be on explicitly: without it Wails builds a binary whose SQLite
# is a stub. -skipbindings: the bindings come from the Linux build.
build/bin/kring.exe: $(GO_SRC) $(DIST_STAMP) $(DIST_FILES) wails.json $(WAILS)
	CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ \
		$(WAILS) build -s $(WAILS_FLAGS) -platform windows/amd64 \
		-skipbindings -nsis -tags "$(WINDOWS_TAGS)" -o kring.exe
	$(SCRIPTS)/check-windows.sh $@ build/bin/Kring-amd64-installer.exe
	@touch $@

# ---------------------------------------------------------------- run

## demo: server with demo data plus the desktop app on this display
.PHONY: demo
demo: deps server desktop
	$(SCRIPTS)/demo.sh

## demo-headless: the demo under Xvfb, driven by e2e/demo-headless.mjs; screenshots in build/screenshots/
.PHONY: demo-headless
demo-headless: deps server desktop
	$(SCRIPTS)/with-stack.sh --wails-dev -- bash -c '\
		node e2e/demo-headless.mjs && \
		$(SCRIPTS)/smoke.sh --server "$$KRING_SERVER_URL" \
			--out "$$KRING_SCREENSHOTS/desktop.png"'

# ---------------------------------------------------------------- tests

## test: vet, Go tests, front-end unit tests, e2e tests and the desktop smoke test
.PHONY: test
test: deps vet test-go test-frontend test-e2e smoke

## vet: go vet ./...
.PHONY: vet
vet:
	$(GO) vet -tags "$(TAGS)" ./...

# The Go tests get a private D-Bus session with an unlocked keyring and a
# throwaway PostgreSQL (KRING_TEST_POSTGRES); they start their own SMTP
# server (python3 -m aiosmtpd).
## test-go: go test ./... with keyring and PostgreSQL
.PHONY: test-go
test-go: apt
	$(SCRIPTS)/postgres.sh run $(SCRIPTS)/keyring-session.sh \
		env KRING_REAL_KEYRING=1 $(GO) test -tags "$(TAGS)" -timeout 15m ./...

## test-frontend: front-end unit tests (npm test in frontend/)
.PHONY: test-frontend
test-frontend: npm
ifneq ($(HAVE_FRONTEND),)
	npm --prefix frontend test
else
	@echo "test-frontend: no frontend/package.json yet, skipped"
endif

## test-e2e: Chromium drives the UI served by wails dev against a live server
.PHONY: test-e2e
test-e2e: npm server $(WAILS)
ifneq ($(HAVE_E2E),)
	$(SCRIPTS)/with-stack.sh --wails-dev -- npm --prefix e2e test
else
	@echo "test-e2e: no e2e/package.json yet, skipped"
endif

## smoke: start build/bin/kring under Xvfb, check the window is painted
.PHONY: smoke
smoke: desktop apt
	$(SCRIPTS)/smoke.sh

## fuzz: every Fuzz function for FUZZTIME (30s) each
.PHONY: fuzz
fuzz: apt
	$(SCRIPTS)/fuzz.sh $(FUZZTIME)

## soak: long-running tests (build tag soak) with keyring and PostgreSQL
.PHONY: soak
soak: apt
	$(SCRIPTS)/postgres.sh run $(SCRIPTS)/keyring-session.sh \
		env KRING_REAL_KEYRING=1 $(GO) test -tags "$(TAGS) soak" -run Soak -timeout 2h ./...

## bench: go test -bench over the module
.PHONY: bench
bench:
	$(GO) test -tags "$(TAGS)" -run='^$$' -bench=. -benchmem ./...

## clean: remove build outputs and stamps (keeps the Wails CLI)
.PHONY: clean
clean:
	rm -rf build/bin build/.stamps build/screenshots build/demo

## distclean: clean, plus the Wails CLI and node_modules
.PHONY: distclean
distclean: clean
	rm -rf build/tools/bin frontend/node_modules e2e/node_modules
