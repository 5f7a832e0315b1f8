# Sourced by .ci/run: starts Debian's PostgreSQL (installing it where missing), makes a test admin
# role with a password on 127.0.0.1 and exports POSTGRES_ADMIN_URL and REQUIRE_POSTGRES=1, so the
# PostgreSQL store tests (tests/server/support/postgres.ts) run and fail rather than skip.
# Works as root (CI) and as a user with sudo. Needs $SUDO set by the caller ("" or "sudo").

as_postgres() {
  # From /, which the postgres user can always enter.
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi
}

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq postgresql
fi

# The first cluster, "VERSION NAME PORT STATUS ...", or a new one for the newest installed version.
cluster="$(pg_lsclusters --no-header | head -n 1)"
if [ -z "$cluster" ]; then
  $SUDO pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -n 1)" main
  cluster="$(pg_lsclusters --no-header | head -n 1)"
fi
read -r pg_version pg_cluster pg_port pg_status _ <<<"$cluster"
if [ "$pg_status" != "online" ]; then
  $SUDO pg_ctlcluster "$pg_version" "$pg_cluster" start
fi
for attempt in $(seq 30); do
  pg_isready -q -h 127.0.0.1 -p "$pg_port" && break
  if [ "$attempt" -eq 30 ]; then
    echo "PostgreSQL $pg_version/$pg_cluster did not start on 127.0.0.1:$pg_port" >&2
    exit 1
  fi
  sleep 1
done

# A role that may create the per-test-file roles and databases. Its password is made once per
# machine and kept readable by this user only, so sourcing this again (a second shell, a parallel
# run) does not change it under tests that are running.
pg_password_file="${HOME:-/root}/.hv_test_admin_password"
if [ ! -s "$pg_password_file" ]; then
  (umask 077 && od -An -N 16 -tx1 /dev/urandom | tr -d ' \n' >"$pg_password_file")
fi
pg_password="$(cat "$pg_password_file")"
as_postgres psql -p "$pg_port" -X -q -v ON_ERROR_STOP=1 -v password="$pg_password" <<'SQL'
SELECT 'CREATE ROLE hv_test_admin' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hv_test_admin') \gexec
ALTER ROLE hv_test_admin WITH LOGIN CREATEDB CREATEROLE PASSWORD :'password';
SQL
export POSTGRES_ADMIN_URL="postgresql://hv_test_admin:${pg_password}@127.0.0.1:${pg_port}/postgres"
export REQUIRE_POSTGRES=1
