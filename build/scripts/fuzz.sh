#!/usr/bin/env bash
# fuzz.sh [FUZZTIME]: runs every Fuzz function in the module for FUZZTIME
# (default 30s) each. go test accepts one fuzz target per run, so the
# targets are found with grep and run one at a time.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

fuzztime=${1:-30s}
tags=${TAGS:-webkit2_41}
cd "$(repo_root)"

# targets prints "package-dir FuzzName" for every fuzz function.
targets() {
	grep -rIo --include='*_test.go' --exclude-dir=node_modules \
		--exclude-dir=build '^func Fuzz[A-Za-z0-9_]*' . |
		sed -E 's#^(.*)/[^/]*_test\.go:func (Fuzz.*)$#\1 \2#' | sort -u
}

found=0
while read -r dir name; do
	found=1
	log "fuzz $dir $name for $fuzztime"
	go test -tags "$tags" -run='^$' -fuzz="^${name}\$" -fuzztime="$fuzztime" "$dir"
done < <(targets)
((found)) || log "no Fuzz functions in the module yet"
