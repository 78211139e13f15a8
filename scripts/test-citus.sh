#!/usr/bin/env bash
# `npm run test:citus`: migrates and distributes the schema on a real Citus cluster (coordinator and
# two workers, PostgreSQL 15) and drives every route against it, with every query of the app's
# sessions that is not routed to a single shard turned into an error (test/support/test-app.ts).
# Uses CITUS_URL when set; otherwise starts the local cluster of ../shared/citus/cluster.sh (the
# first run on a machine builds Citus, about 5 minutes) under CITUS_DIR and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z ${CITUS_URL:-} ]]; then
  cluster=../shared/citus/cluster.sh
  [[ -x $cluster || -f $cluster ]] || { echo "no CITUS_URL and no $cluster: point CITUS_URL at a Citus coordinator" >&2; exit 2; }
  dir=${CITUS_DIR:-/tmp/snowball-citus}
  mkdir -p "$dir"
  chmod 755 "$dir"
  CITUS_URL=$(bash "$cluster" up "$dir" "${CITUS_PORT:-9700}")
  trap 'bash "$cluster" down "$dir"' EXIT
fi
export CITUS_URL
NODE_OPTIONS=--experimental-vm-modules npx jest -c jest.citus.config.mjs "$@"
