# lib.sh: helpers shared by the build scripts. Source it; do not run it.
#
# Background processes are started in a session of their own (setsid), so
# one kill of the session takes the process and every child it forked, even
# children that moved to a process group of their own (wails dev does that
# for the Vite watcher).

# log prints a progress line on stderr, so stdout stays free for results.
log() { printf '==> %s\n' "$*" >&2; }

# die prints an error and stops the script.
die() {
	printf 'error: %s\n' "$*" >&2
	exit 1
}

# repo_root is the top of the Kring tree, whatever the caller's directory.
repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

# free_port asks the kernel for a port nobody listens on.
free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# wait_http waits until a URL answers with a success status or gives up
# after a number of seconds. A third argument names a pid that must stay
# alive meanwhile, so a crash fails fast instead of after the timeout.
wait_http() {
	local url=$1 secs=$2 pid=${3:-} i
	for ((i = 0; i < secs * 2; i++)); do
		curl -sf -o /dev/null --max-time 2 "$url" && return 0
		if [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null; then
			return 1
		fi
		sleep 0.5
	done
	return 1
}

# start_bg runs a command in a new session with output to a log file and
# prints its pid, which is also the session id.
start_bg() {
	local logfile=$1
	shift
	setsid "$@" </dev/null >"$logfile" 2>&1 &
	echo $!
}

# stop_session ends every process of a session started by start_bg:
# politely first, so servers can flush, then by force.
stop_session() {
	local sid=$1 i
	[[ -n $sid ]] || return 0
	pkill -TERM -s "$sid" 2>/dev/null || return 0
	for ((i = 0; i < 40; i++)); do
		session_alive "$sid" || return 0
		sleep 0.25
	done
	pkill -KILL -s "$sid" 2>/dev/null || true
}

# remove_dir deletes a scratch directory. Processes that were just told to
# stop (a keyring daemon, a log writer, Go's telemetry) may still write
# into it for a moment, so it tries again briefly.
remove_dir() {
	local i
	for ((i = 0; i < 10; i++)); do
		rm -rf "$1" 2>/dev/null && return 0
		sleep 0.2
	done
	rm -rf "$1"
}

# session_alive tells whether a session has a live process. Zombies do not
# count: in a container, PID 1 may never reap the orphans it inherits.
session_alive() {
	ps -s "$1" -o stat= 2>/dev/null | grep -qv '^Z'
}

# start_xvfb starts a private X server on the first free display and sets
# DISPLAY. Its pid goes to XVFB_PID for stop_session.
start_xvfb() {
	local dir=$1 i
	# -displayfd: Xvfb picks a free display itself and writes its number
	# to fd 3 once it accepts clients, so two test runs never collide.
	setsid Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp \
		3>"$dir/xvfb.display" </dev/null >"$dir/xvfb.log" 2>&1 &
	XVFB_PID=$!
	for ((i = 0; i < 40; i++)); do
		if grep -qx '[0-9][0-9]*' "$dir/xvfb.display" 2>/dev/null; then
			export DISPLAY=":$(cat "$dir/xvfb.display")"
			return 0
		fi
		sleep 0.25
	done
	cat "$dir/xvfb.log" >&2
	die "Xvfb did not start"
}
