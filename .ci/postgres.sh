# shellcheck shell=bash
# Sourced by .ci/run: starts a throwaway PostgreSQL cluster on 127.0.0.1 and
# exports FACTDIFF_TEST_POSTGRES_DSN; pg_stop (registered on EXIT) removes it.

pg_bindir() {
	local d
	for d in /usr/lib/postgresql/*/bin; do
		[ -x "$d/initdb" ] && { echo "$d"; return 0; }
	done
	command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
	return 1
}

if ! PGBIN=$(pg_bindir); then
	echo "ci: installing PostgreSQL"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
	PGBIN=$(pg_bindir)
fi

# initdb refuses to run as root: the cluster belongs to an unprivileged user.
PGUSER_OS=postgres
id "$PGUSER_OS" >/dev/null 2>&1 || PGUSER_OS=nobody
as_pg() {
	if [ "$(id -u)" = 0 ]; then runuser -u "$PGUSER_OS" -- "$@"; else "$@"; fi
}

PGDATA_DIR=$(mktemp -d /tmp/factdiff-pg.XXXXXX)
chown "$PGUSER_OS" "$PGDATA_DIR" 2>/dev/null || true
chmod 700 "$PGDATA_DIR"
# A free port: python3 when it is there, else the first random port that
# nothing answers on (bash's /dev/tcp), so CI never depends on python3.
free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null && return 0
	local p i
	for i in $(seq 1 50); do
		p=$((20000 + RANDOM % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
	done
	echo 55432
}
PGPORT=$(free_port)

as_pg "$PGBIN/initdb" -D "$PGDATA_DIR/data" -U factdiff --auth=trust -E UTF8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR/data" -l "$PGDATA_DIR/log" -w -t 60 \
	-o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA_DIR -c max_connections=300 -c fsync=on" start >/dev/null

pg_stop() {
	as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR/data" -m fast stop >/dev/null 2>&1 || true
	rm -rf "$PGDATA_DIR"
}
trap pg_stop EXIT

"$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U factdiff -d postgres -qc 'CREATE DATABASE factdiff_test' >/dev/null
export FACTDIFF_TEST_POSTGRES_DSN="postgres://factdiff@127.0.0.1:$PGPORT/factdiff_test?sslmode=disable"
echo "ci: PostgreSQL at $FACTDIFF_TEST_POSTGRES_DSN"
