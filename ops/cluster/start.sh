#!/usr/bin/env bash
# Starts a cluster on loopback: PostgreSQL 15 from the Debian package, several instances of the platform on one
# database, and HAProxy in front of them (round robin, no sticky sessions, health checks). docs/operations.md,
# "Several instances", describes it. Stop it with ops/cluster/stop.sh <dir>.
#
#   ops/cluster/start.sh [dir] [--jar FILE | --classpath CP] [--instances N]
#                        [--pg-port P] [--proxy-port P] [--app-ports P1,P2,...]
#
# dir defaults to ./cluster; the jar to the newest target/*.jar; 3 instances; PostgreSQL on 5440, the proxy on
# 8300 and the instances on 8301, 8302, ... Environment variables the instances understand (PLATFORM_*,
# SPRING_*) are passed on to every instance; JAVA_OPTS defaults to -Xmx384m.
# Writes dir/cluster.env (ports, process ids) for stop.sh and for tests.
set -euo pipefail

DIR=./cluster
JAR=
CLASSPATH_ARG=
INSTANCES=3
PG_PORT=5440
PROXY_PORT=8300
APP_PORTS=
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m}
BOOT_TIMEOUT=${BOOT_TIMEOUT:-600}

while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR=$2; shift 2 ;;
    --classpath) CLASSPATH_ARG=$2; shift 2 ;;
    --instances) INSTANCES=$2; shift 2 ;;
    --pg-port) PG_PORT=$2; shift 2 ;;
    --proxy-port) PROXY_PORT=$2; shift 2 ;;
    --app-ports) APP_PORTS=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    -*) echo "Unknown option $1" >&2; exit 2 ;;
    *) DIR=$1; shift ;;
  esac
done

for tool in "$PG_BIN/initdb" "$PG_BIN/pg_ctl" "$PG_BIN/psql"; do
  [ -x "$tool" ] || { echo "Missing $tool: apt-get install postgresql" >&2; exit 3; }
done
command -v haproxy >/dev/null || { echo "Missing haproxy: apt-get install haproxy" >&2; exit 3; }
command -v curl >/dev/null || { echo "Missing curl: apt-get install curl" >&2; exit 3; }

if [ -z "$CLASSPATH_ARG" ] && [ -z "$JAR" ]; then
  JAR=$(ls -t target/*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)
  [ -n "$JAR" ] || { echo "No jar: build one (./mvnw -DskipTests package) or give --jar/--classpath" >&2; exit 2; }
fi
if [ -z "$APP_PORTS" ]; then
  APP_PORTS=$(seq -s, $((PROXY_PORT + 1)) $((PROXY_PORT + INSTANCES)))
fi
IFS=, read -r -a PORTS <<<"$APP_PORTS"
INSTANCES=${#PORTS[@]}

mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
if [ -f "$DIR/cluster.env" ]; then
  echo "$DIR/cluster.env exists: a cluster may be running there; run ops/cluster/stop.sh $DIR first" >&2
  exit 2
fi
PASSWORD_FILE="$DIR/db-password"

# PostgreSQL refuses to run as root: when we are root, the server runs as the Debian package's user postgres
as_postgres() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# The server's files live in dir unless the user postgres cannot reach dir (a checkout below /root, say):
# then in a directory of its own under /tmp, linked from dir/postgres-home so that the next start finds it.
PG_HOME="$DIR"
if [ -L "$DIR/postgres-home" ]; then
  PG_HOME=$(readlink -f "$DIR/postgres-home")
elif [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$DIR"; then
  PG_HOME=$(mktemp -d /tmp/itas-cluster-pg.XXXXXX)
  chown postgres:postgres "$PG_HOME"
  ln -s "$PG_HOME" "$DIR/postgres-home"
fi
PGDATA="$PG_HOME/postgres"
SOCKETS="$PG_HOME/sockets"
PG_LOG="$PG_HOME/postgres.log"

ENV_FILE="$DIR/cluster.env"
{
  echo "CLUSTER_DIR=$DIR"
  echo "PG_PORT=$PG_PORT"
  echo "PG_BIN=$PG_BIN"
  echo "PGDATA=$PGDATA"
  echo "PG_SOCKETS=$SOCKETS"
  echo "PG_LOG=$PG_LOG"
  echo "PROXY_PORT=$PROXY_PORT"
  echo "APP_PORTS=$APP_PORTS"
} >"$ENV_FILE"

# --- PostgreSQL: a cluster of its own in dir/postgres, on loopback only
mkdir -p "$SOCKETS"
if [ ! -f "$PGDATA/PG_VERSION" ]; then
  [ -f "$PASSWORD_FILE" ] || (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$PASSWORD_FILE")
  mkdir -p "$PGDATA"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDATA" "$SOCKETS"; fi
  as_postgres "$PG_BIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$DIR/initdb.log" 2>&1
fi
touch "$PG_LOG"
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PG_LOG" "$SOCKETS"; fi
as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$PG_LOG" -w -t 60 \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $SOCKETS -c max_connections=100" start >/dev/null
echo "POSTGRES_STARTED=1" >>"$ENV_FILE"
PASSWORD=$(cat "$PASSWORD_FILE")
# by the role's absence rather than a fresh initdb: a first start that stopped half-way is completed
if [ -z "$(as_postgres "$PG_BIN/psql" -qtA -h "$SOCKETS" -p "$PG_PORT" -U postgres \
    -c "SELECT 1 FROM pg_roles WHERE rolname = 'itas'")" ]; then
  as_postgres "$PG_BIN/psql" -q -h "$SOCKETS" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE itas LOGIN PASSWORD '$PASSWORD';
CREATE DATABASE itas OWNER itas;
\c itas
-- the trainings migration creates it too, which needs a superuser
CREATE EXTENSION IF NOT EXISTS pg_trgm;
SQL
fi
echo "DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/itas" >>"$ENV_FILE"
echo "DB_USER=itas" >>"$ENV_FILE"

# --- the instances: same code, one database, one file store (uploads; a directory all instances share, as
# a network file system would in production: docs/operations.md, File storage), each its own data
# directory (outbox)
start_instance() {
  local n=$1 port=$2
  mkdir -p "$DIR/instance-$n"
  local launch
  if [ -n "$CLASSPATH_ARG" ]; then launch=(-cp "$CLASSPATH_ARG" de.itas.platform.Platform); else launch=(-jar "$JAR"); fi
  # shellcheck disable=SC2086
  ITAS_DATA_DIR="$DIR/instance-$n" SERVER_PORT=$port PORT=$port PLATFORM_STORAGE_DIRECTORY="$DIR/files" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/itas" \
    SPRING_DATASOURCE_USERNAME=itas SPRING_DATASOURCE_PASSWORD="$PASSWORD" \
    nohup "$JAVA" $JAVA_OPTS "${launch[@]}" >"$DIR/instance-$n.log" 2>&1 </dev/null &
  echo "APP_PID_$n=$!" >>"$ENV_FILE"
  echo $! >"$DIR/instance-$n.pid"
}

wait_healthy() {
  local n=$1 port=$2 deadline=$((SECONDS + BOOT_TIMEOUT))
  until curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$(cat "$DIR/instance-$n.pid")" 2>/dev/null; then
      echo "Instance $n (port $port) died; the end of $DIR/instance-$n.log:" >&2
      tail -40 "$DIR/instance-$n.log" >&2
      exit 4
    fi
    if [ $SECONDS -ge $deadline ]; then
      echo "Instance $n (port $port) not healthy within ${BOOT_TIMEOUT}s; see $DIR/instance-$n.log" >&2
      exit 4
    fi
    sleep 1
  done
}

# The first instance starts alone: on an empty database it migrates the schemas and writes the demo data;
# each module's demo data is written when its tables are empty, which two instances starting together
# would both see. The others then find everything in place and start side by side.
start_instance 1 "${PORTS[0]}"
wait_healthy 1 "${PORTS[0]}"
for ((i = 1; i < INSTANCES; i++)); do start_instance $((i + 1)) "${PORTS[$i]}"; done
for ((i = 1; i < INSTANCES; i++)); do wait_healthy $((i + 1)) "${PORTS[$i]}"; done

# --- HAProxy: round robin without stickiness; an instance that fails two health checks a second apart is
# dropped, and a request whose connection is refused goes to another instance
CFG="$DIR/haproxy.cfg"
{
  sed -e "s/@PROXY_PORT@/$PROXY_PORT/" "$(dirname "$0")/haproxy.cfg"
  for ((i = 0; i < INSTANCES; i++)); do
    echo "    server app$((i + 1)) 127.0.0.1:${PORTS[$i]} check"
  done
} >"$CFG"
haproxy -c -q -f "$CFG"
haproxy -D -f "$CFG" -p "$DIR/haproxy.pid"
echo "HAPROXY_PIDFILE=$DIR/haproxy.pid" >>"$ENV_FILE"
deadline=$((SECONDS + 30))
until curl -fsS "http://127.0.0.1:$PROXY_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  [ $SECONDS -lt $deadline ] || { echo "Proxy on $PROXY_PORT does not answer" >&2; exit 5; }
  sleep 0.5
done
echo "READY=1" >>"$ENV_FILE"
echo "Cluster ready: http://127.0.0.1:$PROXY_PORT/ (instances on $APP_PORTS, PostgreSQL on $PG_PORT, files in $DIR)"
