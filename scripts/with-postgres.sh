#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server, for the drop box's tests and its load script:
#   bash scripts/with-postgres.sh CMD [ARG …]
# Installs Debian's postgresql where it is missing, creates a cluster in a temporary folder that listens on
# 127.0.0.1 on a free port and trusts every local connection, exports TEST_DATABASE_URL for CMD, and stops and
# removes the cluster however CMD ends. Its exit status is CMD's.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-debian.sh '/usr/lib/postgresql/*/bin/initdb' postgresql
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

cluster="$(mktemp -d -t sourcecheck-postgres.XXXXXX)"
# initdb and the server refuse to run as root: as root, they run as Debian's postgres user, which owns the folder.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$cluster"
  as_owner=(runuser -u postgres --)
fi
stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap stop EXIT
# Bash runs the EXIT trap on a signal only when the signal is trapped.
trap 'exit 130' INT
trap 'exit 143' TERM

port="$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")"
"${as_owner[@]}" "$bin/initdb" -D "$cluster/data" --auth=trust --username=postgres --no-sync >"$cluster/initdb.log" ||
  { cat "$cluster/initdb.log" >&2; exit 1; }
if ! "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
  -o "-h 127.0.0.1 -p $port -k $cluster" start >/dev/null; then
  cat "$cluster/server.log" >&2
  exit 1
fi

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
"$@"
