#!/usr/bin/env bash
# postgres.sh start DIR    start a throwaway PostgreSQL cluster in DIR and
#                          print its postgres:// URL
# postgres.sh stop DIR     stop it and delete DIR
# postgres.sh run CMD...   start one, run CMD with KRING_TEST_POSTGRES set,
#                          stop it whatever CMD did
#
# The cluster listens on 127.0.0.1 on a free port with trust auth, its
# socket in DIR, so it touches neither the system cluster nor port 5432.
# initdb refuses to run as root, so as root the cluster runs as the
# postgres user and DIR belongs to it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

# as_owner runs a PostgreSQL tool as the user that owns the cluster.
as_owner() {
	if [[ $(id -u) -eq 0 ]]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

start() {
	local dir=$1 port
	[[ -x $PG_BIN/initdb ]] || die "no PostgreSQL 15 in $PG_BIN (make deps)"
	mkdir -p "$dir"
	[[ $(id -u) -ne 0 ]] || chown postgres: "$dir"
	port=$(free_port)

	as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust \
		-E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; die "initdb failed"; }
	as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" \
		start >/dev/null ||
		{ cat "$dir/server.log" >&2; die "PostgreSQL did not start"; }

	echo "postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
}

stop() {
	local dir=$1
	if [[ -d $dir/data ]]; then
		as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop \
			>/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
}

run() {
	PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/kring-pg.XXXXXX")
	trap 'stop "$PG_DIR"' EXIT
	KRING_TEST_POSTGRES=$(start "$PG_DIR")
	export KRING_TEST_POSTGRES
	log "PostgreSQL at $KRING_TEST_POSTGRES"
	"$@"
}

case ${1:-} in
start | stop)
	[[ $# -eq 2 ]] || die "usage: postgres.sh $1 DIR"
	"$1" "$2"
	;;
run)
	shift
	[[ $# -gt 0 ]] || die "usage: postgres.sh run CMD [ARGS...]"
	run "$@"
	;;
*) die "usage: postgres.sh start DIR | stop DIR | run CMD [ARGS...]" ;;
esac
