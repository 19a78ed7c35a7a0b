#!/usr/bin/env bash
# Builds schedctl and its emulator, then runs one schedctl command against the emulator with
# a freshly generated CA, management certificate and profile. No Azure account needed.
#
#   ./demo.sh                          # schedctl job get myjc job1
#   ./demo.sh job get myjc job1 -o json
set -euo pipefail
cd "$(dirname "$0")"
# The first build compiles every dependency (a minute or two on two cores): show cargo's
# progress so that it does not look hung; later runs take a second.
echo "demo: building schedctl and its emulator (cargo build --workspace)…" >&2
cargo build --workspace
if [ $# -eq 0 ]; then
  set -- job get myjc job1
fi
exec target/debug/schedctl-emulator run -- target/debug/schedctl "$@"
