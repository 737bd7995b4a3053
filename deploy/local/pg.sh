# Private PostgreSQL for local runs and tests. Sourced by deploy/local/run and deploy/local/test.
#
# When QUARKUS_DATASOURCE_JDBC_URL is set, nothing is started and that database is used.
# Otherwise a cluster is initialised from the machine's PostgreSQL server binaries (>= 14)
# with its data under .data/ (or, when running as root and the postgres user cannot
# reach the checkout, under /tmp/techmarket-pg-<checkout hash>), listening on a free
# loopback TCP port, and stopped again by pg_stop.

TM_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TM_PG_STARTED=""

tm_log() { echo "[techmarket] $*" >&2; }

tm_pg_bindir() {
  local d v
  for v in 18 17 16 15 14; do
    d=/usr/lib/postgresql/$v/bin
    [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ] && { echo "$d"; return 0; }
  done
  if command -v pg_ctl >/dev/null 2>&1 && command -v postgres >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"; return 0
  fi
  return 1
}

tm_pg_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    tm_log "PostgreSQL server binaries not found: installing the 'postgresql' package"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  else
    tm_log "PostgreSQL server binaries (>= 14) are missing. Install them (Debian: sudo apt-get install postgresql) or set QUARKUS_DATASOURCE_JDBC_URL."
    return 1
  fi
}

# Runs a command as the cluster's owner (the postgres system user when we are root).
tm_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

tm_pg_datadir() {
  if [ "$(id -u)" != 0 ]; then echo "$TM_ROOT/.data/pg"; return; fi
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  mkdir -p "$TM_ROOT/.data"
  chown postgres "$TM_ROOT/.data" 2>/dev/null
  if runuser -u postgres -- test -w "$TM_ROOT/.data" 2>/dev/null; then
    echo "$TM_ROOT/.data/pg"
  else
    # The postgres user cannot enter the checkout (e.g. under /root): keep one cluster per checkout in /tmp.
    local h; h=$(printf '%s' "$TM_ROOT" | cksum | cut -d' ' -f1)
    mkdir -p "/tmp/techmarket-pg-$h"; chown postgres "/tmp/techmarket-pg-$h"; chmod 700 "/tmp/techmarket-pg-$h"
    echo "/tmp/techmarket-pg-$h/pg"
  fi
}

tm_port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# pg_start DBNAME [fresh]: starts (or reuses) the private cluster and exports the datasource
# variables for Quarkus. With "fresh", the database is dropped and created anew.
pg_start() {
  local db=$1 fresh=${2:-}
  if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    tm_log "using the configured database $QUARKUS_DATASOURCE_JDBC_URL"
    return 0
  fi
  local bin; bin=$(tm_pg_bindir) || { tm_pg_install && bin=$(tm_pg_bindir); } || return 1
  local data; data=$(tm_pg_datadir)
  local base; base=$(dirname "$data")
  local pass_file="$base/pg.password"
  mkdir -p "$base"
  if [ ! -s "$pass_file" ]; then
    head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$pass_file"
  fi
  if [ "$(id -u)" = 0 ]; then chown postgres "$base" "$pass_file"; fi
  chmod 600 "$pass_file"
  local pass; pass=$(cat "$pass_file")
  if [ ! -f "$data/PG_VERSION" ]; then
    tm_log "initialising a private PostgreSQL cluster in $data"
    tm_as_owner "$bin/initdb" -D "$data" -U techmarket --pwfile="$pass_file" \
      --auth-host=scram-sha-256 --auth-local=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 \
      || { cat "$base/initdb.log" >&2; return 1; }
  fi
  local port
  if tm_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    port=$(sed -n 4p "$data/postmaster.pid")
    tm_log "reusing the running private PostgreSQL on port $port"
  else
    # TM_PG_PORT: a port of the caller's choosing (deploy/local/cluster restarts on the port it had).
    port=${TM_PG_PORT:-$(( 55432 + $(printf '%s' "$data" | cksum | cut -d' ' -f1) % 500 ))}
    while ! tm_port_free "$port"; do port=$((port + 1)); done
    tm_log "starting private PostgreSQL on 127.0.0.1:$port"
    tm_as_owner "$bin/pg_ctl" -D "$data" -l "$base/postgres.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200 -c shared_buffers=256MB ${TM_PG_EXTRA_OPTS:-}" start >/dev/null \
      || { tail -20 "$base/postgres.log" >&2; return 1; }
    TM_PG_STARTED="$bin/pg_ctl -D $data"
  fi
  export PGHOST=127.0.0.1 PGPORT=$port PGUSER=techmarket PGPASSWORD=$pass
  if [ "$fresh" = fresh ]; then
    tm_psql "$bin" -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || return 1
  fi
  if ! tm_psql "$bin" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1; then
    tm_psql "$bin" -q -d postgres -c "CREATE DATABASE $db" >/dev/null || return 1
  fi
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$port/$db"
  export QUARKUS_DATASOURCE_USERNAME=techmarket QUARKUS_DATASOURCE_PASSWORD=$pass
}

tm_psql() {
  local bin=$1; shift
  if [ -x "$bin/psql" ]; then "$bin/psql" "$@"; else psql "$@"; fi
}

# pg_relax DBNAME: commits in this database are acknowledged before they reach the disk (tests only:
# a crash may lose the last answered commits; the run command and the benchmarks keep durable commits).
pg_relax() {
  [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ] && [ -z "${PGHOST:-}" ] && return 0
  tm_psql "$(tm_pg_bindir 2>/dev/null || echo /usr/bin)" -q -d postgres -c "ALTER DATABASE $1 SET synchronous_commit = off" >/dev/null
}

# pg_settings: the durability settings a database runs with, for benchmark reports.
pg_settings() {
  tm_psql "$(tm_pg_bindir 2>/dev/null || echo /usr/bin)" -tA -d "$1" \
    -c "select string_agg(name || '=' || setting, ', ' order by name) from pg_settings where name in ('synchronous_commit','fsync','full_page_writes','wal_sync_method','shared_buffers')"
}

pg_stop() {
  if [ -n "$TM_PG_STARTED" ]; then
    tm_log "stopping private PostgreSQL"
    # shellcheck disable=SC2086
    tm_as_owner $TM_PG_STARTED -m fast -w stop >/dev/null 2>&1 || true
    TM_PG_STARTED=""
  fi
}
