#!/usr/bin/env bash
# npm-deps.sh DIR: installs DIR's npm packages exactly as its lock file
# says (npm ci). Without a lock file yet it installs from package.json but
# writes no lock file, so the owners of DIR decide what gets committed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dir=${1:?usage: npm-deps.sh DIR}
[[ -f $dir/package.json ]] || exit 0

# CI machines have no stdin and no terminal; keep npm quiet and offline
# from its own update and funding checks.
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

if [[ -f $dir/package-lock.json ]]; then
	log "npm ci in $dir"
	npm ci --prefix "$dir" --no-progress
else
	log "npm install in $dir (no package-lock.json yet; none written)"
	npm install --prefix "$dir" --no-progress --no-package-lock
fi
