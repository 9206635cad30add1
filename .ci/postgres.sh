#!/usr/bin/env bash
# PostgreSQL for the store tests. CI sources this (`source .ci/postgres.sh`) before `npm test`:
# installs PostgreSQL if missing, starts the cluster, creates the test role and database if absent,
# and exports TEST_DATABASE_URL. Safe to run again: every step checks first.
set -euo pipefail

# Run as root directly, otherwise through sudo (GitHub-hosted runners have passwordless sudo).
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "cd / && $(printf '%q ' "$@")"; else (cd / && sudo -u postgres "$@"); fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
fi

# Cluster 15/main on Debian 12; a runner whose release ships another major version gets that one's main cluster.
pg_version=15
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  pg_version=$(pg_lsclusters -h | awk '$2 == "main" { print $1; exit }')
fi
if [ -z "$pg_version" ]; then
  echo "postgres.sh: no 'main' PostgreSQL cluster found (pg_lsclusters)" >&2
  return 1 2>/dev/null || exit 1
fi
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" && $4 ~ /^online/ { found = 1 } END { exit !found }'; then
  as_root pg_ctlcluster --skip-systemctl-redirect "$pg_version" main start
fi
pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" { print $3 }')
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$pg_port" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$pg_port"

if [ "$(as_postgres psql -p "$pg_port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'screener'")" != 1 ]; then
  as_postgres psql -p "$pg_port" -c "CREATE ROLE screener LOGIN PASSWORD 'screener' SUPERUSER"
fi
if [ "$(as_postgres psql -p "$pg_port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'screener_test'")" != 1 ]; then
  as_postgres createdb -p "$pg_port" -O screener screener_test
fi

export TEST_DATABASE_URL="postgres://screener:screener@127.0.0.1:${pg_port}/screener_test"
echo "postgres.sh: TEST_DATABASE_URL=${TEST_DATABASE_URL}"
