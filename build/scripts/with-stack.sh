#!/usr/bin/env bash
# with-stack.sh [--wails-dev] -- CMD [ARGS...]
#
# Runs CMD against a live Kring stack and tears the stack down afterwards,
# however CMD ends (including Ctrl-C):
#   - kring-server on a free port with a throwaway SQLite database and demo
#     data (build/bin/kring-server must exist: make server);
#   - with --wails-dev, `wails dev` on a private Xvfb display inside a
#     private D-Bus session with a throwaway HOME and keyring; the app talks
#     to that server, and the UI is served for a browser to drive.
# CMD sees KRING_SERVER_URL, KRING_SCREENSHOTS and, with --wails-dev,
# KRING_APP_URL. The exit status is CMD's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WAILS=${WAILS:-build/tools/bin/wails}
TAGS=${TAGS:-webkit2_41}
SERVER_ARGS=${KRING_SERVER_ARGS:---demo}
# wails dev compiles a debug build first; cold caches take minutes.
APP_WAIT=${KRING_APP_WAIT:-420}
WITH_WAILS=0

cleanup() {
	stop_session "${WAILS_PID:-}"
	stop_session "${XVFB_PID:-}"
	stop_session "${SERVER_PID:-}"
	if [[ ${KEEP_LOGS:-} != 1 ]]; then remove_dir "$WORK"; fi
}

# show_log prints the end of a component's log, for a failure report.
show_log() {
	echo "--- $1 ---" >&2
	tail -${2:-40} "$WORK/$1" >&2 || true
}

start_server() {
	local port
	[[ -x build/bin/kring-server ]] || die "no build/bin/kring-server (make server)"
	port=$(free_port)
	export KRING_SERVER_URL=http://127.0.0.1:$port
	# shellcheck disable=SC2086 # SERVER_ARGS is a list of flags.
	SERVER_PID=$(start_bg "$WORK/server.log" build/bin/kring-server serve \
		--addr "127.0.0.1:$port" --db "$WORK/kring.db" $SERVER_ARGS)
	wait_http "$KRING_SERVER_URL/healthz" 30 "$SERVER_PID" ||
		{ show_log server.log; die "kring-server did not answer on $KRING_SERVER_URL"; }
	log "kring-server at $KRING_SERVER_URL"
}

start_wails_dev() {
	local port
	[[ -f frontend/package.json ]] || die "wails dev needs the front end (frontend/package.json)"
	[[ -x $WAILS ]] || die "no Wails CLI at $WAILS (make tools)"
	start_xvfb "$WORK"
	# A free port instead of the fixed 34115, so two runs can coexist.
	port=${KRING_APP_PORT:-$(free_port)}
	export KRING_APP_URL=http://localhost:$port
	# -s: the Vite watcher serves the front end; -m/-nosyncgomod: never
	# rewrite go.mod; -nogorebuild: a test run must not restart the app
	# because someone saved a Go file.
	WAILS_PID=$(start_bg "$WORK/wails.log" \
		"$(dirname "$0")/keyring-session.sh" "$WAILS" dev -s -m -nosyncgomod \
		-nogorebuild -nocolour -tags "$TAGS" -devserver "localhost:$port" \
		-appargs "--server $KRING_SERVER_URL")
	log "waiting for wails dev at $KRING_APP_URL (builds the app first)"
	wait_http "$KRING_APP_URL/" "$APP_WAIT" "$WAILS_PID" ||
		{ show_log wails.log 80; die "wails dev did not answer on $KRING_APP_URL"; }
	log "wails dev at $KRING_APP_URL"
}

main() {
	if [[ ${1:-} == --wails-dev ]]; then
		WITH_WAILS=1
		shift
	fi
	[[ ${1:-} == -- ]] && shift
	[[ $# -gt 0 ]] || die "usage: with-stack.sh [--wails-dev] -- CMD [ARGS...]"

	cd "$(repo_root)"
	WORK=$(mktemp -d "${TMPDIR:-/tmp}/kring-stack.XXXXXX")
	trap cleanup EXIT
	trap 'exit 130' INT TERM
	export KRING_SCREENSHOTS=${KRING_SCREENSHOTS:-build/screenshots}
	mkdir -p "$KRING_SCREENSHOTS"

	start_server
	((WITH_WAILS == 0)) || start_wails_dev
	"$@"
}

main "$@"
