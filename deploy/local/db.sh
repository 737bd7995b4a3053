# Connection to the platform's database for the backup scripts. Sourced by backup, restore, db-figures.
#
# Which database: PGHOST/PGPORT/PGDATABASE when set (e.g. `source .data/cluster/env`), else QUARKUS_DATASOURCE_JDBC_URL
# (+ _USERNAME / _PASSWORD), else the private cluster of deploy/local/pg.sh (started here and stopped on exit
# when it was not running). The client programs come from the server's own bin dir, so versions match.
source "$(dirname "${BASH_SOURCE[0]}")/pg.sh"

# tm_db_connect: exports PGHOST PGPORT PGUSER PGPASSWORD, sets TM_DB_DEFAULT (the database named by the
# configuration, TM_DB_CONFIGURED=1, or techmarket for the private cluster) and TM_BIN (client programs).
tm_db_connect() {
  TM_DB_DEFAULT="" TM_DB_CONFIGURED=1
  # PGHOST alone is not enough: pg.sh exports it (without PGDATABASE) beside QUARKUS_DATASOURCE_JDBC_URL.
  if [ -n "${PGHOST:-}" ] && [ -n "${PGPORT:-}" ] && [ -n "${PGDATABASE:-}" ]; then
    TM_DB_DEFAULT=$PGDATABASE
  elif [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    local rest=${QUARKUS_DATASOURCE_JDBC_URL#jdbc:postgresql://}
    local hostport=${rest%%/*} db=${rest#*/}
    db=${db%%\?*}
    export PGHOST=${hostport%%:*}
    if [ "$hostport" != "${hostport#*:}" ]; then export PGPORT=${hostport#*:}; else export PGPORT=5432; fi
    export PGUSER=${QUARKUS_DATASOURCE_USERNAME:-${PGUSER:-techmarket}}
    export PGPASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-${PGPASSWORD:-}}
    TM_DB_DEFAULT=$db
  else
    # The private cluster, as deploy/local/run uses it ("postgres" always exists, so nothing is created).
    pg_start postgres || return 1
    unset QUARKUS_DATASOURCE_JDBC_URL QUARKUS_DATASOURCE_USERNAME QUARKUS_DATASOURCE_PASSWORD
    TM_DB_DEFAULT=techmarket TM_DB_CONFIGURED=""
  fi
  TM_DB_DEFAULT=${TM_DB_DEFAULT:-techmarket}
  TM_BIN=$(tm_pg_bindir 2>/dev/null || dirname "$(command -v pg_dump)")
  [ -x "$TM_BIN/pg_dump" ] || { tm_log "pg_dump not found in $TM_BIN"; return 1; }
}

tm_db_exists() {
  "$TM_BIN/psql" -X -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$1'" | grep -q 1
}

tm_valid_db_name() { [[ "$1" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; }
