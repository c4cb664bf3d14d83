#!/usr/bin/env bash
# smoke.sh [--bin PATH] [--out PNG] [--server URL]
#
# Starts the real desktop binary on a private Xvfb display, in a private
# D-Bus session with a throwaway HOME and keyring, waits for the Kring
# window and for WebKit to paint something in it, and saves a screenshot.
# Fails if the window never appears or stays blank: a blank window is what
# a broken asset embed or a WebKit crash looks like from the outside.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BIN=build/bin/kring
OUT=build/screenshots/desktop-smoke.png
SERVER=
WAIT_SECS=${KRING_SMOKE_WAIT:-30}
# A painted page has anti-aliased text and so dozens of colours; an empty
# or unpainted window has one or two.
MIN_COLOURS=${KRING_SMOKE_MIN_COLOURS:-16}

parse_args() {
	while [[ $# -gt 0 ]]; do
		case $1 in
		--bin) BIN=$2 ;;
		--out) OUT=$2 ;;
		--server) SERVER=$2 ;;
		*) die "unknown argument: $1" ;;
		esac
		shift 2
	done
}

cleanup() {
	stop_session "${APP_PID:-}"
	stop_session "${XVFB_PID:-}"
	remove_dir "$WORK"
}

# find_window prints the id of the first visible Kring window, if any.
find_window() {
	{ xdotool search --onlyvisible --name '^Kring$' 2>/dev/null || true; } | head -1
}

# colours prints the number of distinct colours in a PNG.
colours() { identify -format '%k' "$1" 2>/dev/null || echo 0; }

# shoot saves the window (or, failing that, the whole screen) to a PNG.
shoot() {
	import -window "$1" "$2" 2>/dev/null || import -window root "$2"
}

# wait_for_paint waits for a window, then for a screenshot of it that is
# not blank, up to WAIT_SECS in all.
wait_for_paint() {
	local shot=$WORK/shot.png win= i
	for ((i = 0; i < WAIT_SECS * 2; i++)); do
		kill -0 "$APP_PID" 2>/dev/null || fail "the app exited"
		win=${win:-$(find_window)}
		if [[ -n $win ]]; then
			shoot "$win" "$shot"
			if (($(colours "$shot") >= MIN_COLOURS)); then
				return 0
			fi
		fi
		sleep 0.5
	done
	[[ -n $win ]] || fail "no Kring window after ${WAIT_SECS}s"
	cp "$shot" "$OUT"
	fail "the window stayed blank for ${WAIT_SECS}s ($(colours "$shot") colours; saved $OUT)"
}

fail() {
	echo "--- app log ---" >&2
	tail -40 "$WORK/app.log" >&2 || true
	die "smoke: $*"
}

main() {
	parse_args "$@"
	[[ -x $BIN ]] || die "no desktop binary at $BIN (make desktop)"
	WORK=$(mktemp -d "${TMPDIR:-/tmp}/kring-smoke.XXXXXX")
	trap cleanup EXIT
	mkdir -p "$(dirname "$OUT")"

	start_xvfb "$WORK"
	local args=()
	[[ -z $SERVER ]] || args=(--server "$SERVER")
	APP_PID=$(start_bg "$WORK/app.log" \
		"$(dirname "$0")/keyring-session.sh" "$BIN" "${args[@]}")

	wait_for_paint
	cp "$WORK/shot.png" "$OUT"
	log "smoke: window painted ($(colours "$OUT") colours), saved $OUT"
}

main "$@"
