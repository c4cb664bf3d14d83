#!/usr/bin/env bash
# check-windows.sh EXE [INSTALLER]: inspects a cross-built Windows binary,
# since nothing here can run it (Debian's wine lacks what Go 1.26 needs).
# A Wails build that silently dropped cgo still links, but go-sqlite3 then
# becomes a stub that fails at the first query; the checks catch that.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

exe=${1:?usage: check-windows.sh EXE [INSTALLER]}
installer=${2:-}

[[ -f $exe ]] || die "$exe was not built"
file -b "$exe" | grep -q '^PE32+ executable.*x86-64' ||
	die "$exe is not a 64-bit PE file: $(file -b "$exe")"

# Go records the cgo setting in the binary's build info.
go version -m "$exe" | grep -q 'CGO_ENABLED=1' ||
	die "$exe was built with cgo off (CGO_ENABLED=1 and CC are needed)"
dlls=$(x86_64-w64-mingw32-objdump -p "$exe" | awk '/DLL Name:/ {print $3}' | sort -u)

# SQLite is only required once the module depends on it; then its C code
# must be in the binary, and with it the mingw C runtime among the imports.
if grep -q 'mattn/go-sqlite3' go.mod; then
	grep -aq 'SQLite format 3' "$exe" ||
		die "$exe has no SQLite engine compiled in"
	grep -qix 'msvcrt.dll' <<<"$dlls" ||
		die "$exe imports no C runtime; imports: $(echo $dlls)"
fi

if [[ -n $installer ]]; then
	[[ -f $installer ]] || die "$installer was not built"
	file -b "$installer" | grep -q '^PE32' ||
		die "$installer is not a PE file"
	log "installer: $installer ($(du -h "$installer" | cut -f1))"
fi
log "windows: $exe is PE32+ x86-64, $(du -h "$exe" | cut -f1), imports: $(echo $dlls)"
