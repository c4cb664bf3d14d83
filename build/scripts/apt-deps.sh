#!/usr/bin/env bash
# apt-deps.sh: installs the Debian packages the build and the tests need,
# and only those that are missing, so a prepared machine never runs apt.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PACKAGES=(
	# compilers: cgo (SQLite, WebKitGTK) and the Windows cross-build
	build-essential pkg-config gcc-mingw-w64-x86-64 nsis
	# the desktop app links WebKitGTK 4.1 (-tags webkit2_41)
	libgtk-3-dev libwebkit2gtk-4.1-dev
	# running the app headless: X server, window lookup, screenshots
	xvfb xdotool imagemagick x11-apps
	# D-Bus session and a Secret Service keyring for go-keyring
	dbus dbus-x11 gnome-keyring libsecret-tools
	# the browser the e2e tests drive (never a downloaded one)
	chromium
	# real services for the Go tests: SMTP server, PostgreSQL 15
	python3 python3-aiosmtpd postgresql
	# used by the scripts themselves
	curl file procps util-linux git ca-certificates
)

# missing prints the packages dpkg does not know as installed.
missing() {
	local pkg
	for pkg in "${PACKAGES[@]}"; do
		dpkg-query -W -f='${db:Status-Status}\n' "$pkg" 2>/dev/null |
			grep -qx installed || echo "$pkg"
	done
}

main() {
	local todo sudo=()
	mapfile -t todo < <(missing)
	((${#todo[@]} > 0)) || return 0
	[[ $(id -u) -eq 0 ]] || sudo=(sudo)

	log "installing Debian packages: ${todo[*]}"
	"${sudo[@]}" apt-get update -qq
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq "${todo[@]}" </dev/null
}

main "$@"
