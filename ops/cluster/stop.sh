#!/usr/bin/env bash
# Stops what ops/cluster/start.sh started in dir (default ./cluster): the proxy, the instances (SIGTERM, so
# running requests finish; SIGKILL after 30 s), PostgreSQL (fast shutdown). The files stay; start.sh on the
# same dir starts on the same database again.
set -uo pipefail
DIR=${1:-./cluster}
ENV_FILE="$DIR/cluster.env"
[ -f "$ENV_FILE" ] || { echo "No cluster in $DIR"; exit 0; }
# shellcheck disable=SC1090
. "$ENV_FILE"
if [ -n "${HAPROXY_PIDFILE:-}" ] && [ -f "$HAPROXY_PIDFILE" ]; then
  kill "$(cat "$HAPROXY_PIDFILE")" 2>/dev/null
fi
pids=()
for f in "$DIR"/instance-*.pid; do
  [ -f "$f" ] || continue
  pid=$(cat "$f")
  kill "$pid" 2>/dev/null && pids+=("$pid")
  rm -f "$f"
done
for _ in $(seq 1 60); do
  alive=0
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
  [ $alive = 0 ] && break
  sleep 0.5
done
for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null; done
if [ -n "${POSTGRES_STARTED:-}" ]; then
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1)
  else
    "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1
  fi
fi
rm -f "$ENV_FILE"
echo "Cluster in $DIR stopped"
