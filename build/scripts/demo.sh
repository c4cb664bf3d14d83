#!/usr/bin/env bash
# demo.sh: runs the portal server with demo data and the desktop app on the
# user's own display, until the window closes or Ctrl-C stops both.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ADDR=${KRING_DEMO_ADDR:-127.0.0.1:8080}
DB=${KRING_DEMO_DB:-build/demo/kring.db}

cleanup() {
	stop_session "${APP_PID:-}"
	stop_session "${SERVER_PID:-}"
}

main() {
	cd "$(repo_root)"
	if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
		die "no display (\$DISPLAY and \$WAYLAND_DISPLAY are empty).
On a machine without a screen, run: make demo-headless"
	fi
	mkdir -p "$(dirname "$DB")" build/demo
	trap cleanup EXIT
	trap 'exit 130' INT TERM

	SERVER_PID=$(start_bg build/demo/server.log build/bin/kring-server \
		serve --addr "$ADDR" --db "$DB" --demo)
	wait_http "http://$ADDR/healthz" 30 "$SERVER_PID" ||
		{ tail -40 build/demo/server.log >&2; die "server did not start"; }
	log "server at http://$ADDR (log: build/demo/server.log)"
	log "demo sign-in codes and mail land in the server's dev outbox"

	# The app runs in the foreground of its own session, so closing the
	# window ends the demo; keyring-session.sh gives it a private keyring.
	setsid "$(dirname "$0")/keyring-session.sh" build/bin/kring \
		--server "http://$ADDR" &
	APP_PID=$!
	wait "$APP_PID" || true
}

main "$@"
