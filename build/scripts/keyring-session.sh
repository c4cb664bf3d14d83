#!/usr/bin/env bash
# keyring-session.sh CMD [ARGS...]
#
# Runs a command the way the desktop app and its tests need to run: in a
# private D-Bus session, with a throwaway HOME, and with an unlocked Secret
# Service keyring (gnome-keyring) in that session. go-keyring has no
# timeout, so a missing or locked keyring would hang a test instead of
# failing it; a private, unlocked one also keeps tests off the user's own
# secrets. WebKit writes under ~/.cache and ~/.local/share, which the
# throwaway HOME absorbs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ $# -gt 0 ]] || die "usage: keyring-session.sh CMD [ARGS...]"

# Stage 1: make a HOME and re-enter this script inside dbus-run-session.
if [[ -z ${KRING_KEYRING_STAGE:-} ]]; then
	home=$(mktemp -d "${TMPDIR:-/tmp}/kring-home.XXXXXX")
	trap 'remove_dir "$home"' EXIT
	# Without these, a signal ends bash before the EXIT trap can run.
	trap 'exit 130' INT
	trap 'exit 143' TERM
	# A changed HOME hides ~/.Xauthority; keep the real one for $DISPLAY.
	if [[ -z ${XAUTHORITY:-} && -f $HOME/.Xauthority ]]; then
		export XAUTHORITY=$HOME/.Xauthority
	fi
	# Go and npm find their caches through HOME; pin them to the real
	# ones, or every run downloads all modules and compiles from scratch.
	if command -v go >/dev/null; then
		GOPATH=$(go env GOPATH) GOCACHE=$(go env GOCACHE)
		GOMODCACHE=$(go env GOMODCACHE)
		export GOPATH GOCACHE GOMODCACHE
	fi
	export npm_config_cache=${npm_config_cache:-$HOME/.npm}
	mkdir -p "$home/.cache" "$home/.config" "$home/.local/share"
	HOME=$home XDG_CACHE_HOME=$home/.cache XDG_CONFIG_HOME=$home/.config \
		XDG_DATA_HOME=$home/.local/share KRING_KEYRING_STAGE=2 \
		dbus-run-session -- "$0" "$@" && rc=0 || rc=$?
	exit "$rc"
fi

# Stage 2: inside the session. An empty password makes gnome-keyring ask
# for one through a prompter, which cannot show without a display and
# hangs; a fixed password for this throwaway keyring does not ask.
unset KRING_KEYRING_STAGE
keyring_env=$(printf 'kring-throwaway' |
	gnome-keyring-daemon --unlock --components=secrets 2>/dev/null) ||
	die "gnome-keyring-daemon did not start"
export "${keyring_env?}"
# The daemon forked into the background; it dies with the D-Bus session.
exec "$@"
