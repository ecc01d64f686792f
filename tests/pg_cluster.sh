#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests (tests/pg/), used by .ci/run and by developers.
#
#   eval "$(tests/pg_cluster.sh start)"   # sets KC_TEST_POSTGRES_URL and KC_TEST_POSTGRES_DIR
#   tests/pg_cluster.sh stop [DIR]         # DIR defaults to $KC_TEST_POSTGRES_DIR
#
# `start` makes a new cluster in a fresh temporary directory (trust authentication, UTF8, locale C,
# no fsync), listening only on 127.0.0.1 on a free port with its unix socket in that directory, waits
# until it accepts connections and prints the `export` lines for eval on stdout; everything else goes
# to stderr. `stop` kills that server and removes its directory. Several clusters may run at once.
#
# Without PostgreSQL's server programs (initdb in PATH or /usr/lib/postgresql/*/bin), root installs
# them with apt-get without letting Debian create or start its default cluster; others are told how.
# PostgreSQL refuses to run as root, so as root the cluster belongs to the user `postgres`.
set -euo pipefail

MARKER=".kc-test-postgres"

say() { echo "pg_cluster: $*" >&2; }
die() { say "$*"; exit 1; }

find_bindir() {
  local initdb
  initdb=$(command -v initdb 2>/dev/null || true)
  if [ -z "$initdb" ]; then
    initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  [ -n "$initdb" ] && dirname "$(readlink -f "$initdb")"
}

install_server() {
  [ "$(id -u)" = 0 ] || die "PostgreSQL's server programs (initdb) are not installed; install them (Debian/Ubuntu: sudo apt-get install postgresql) or run this as root."
  command -v apt-get >/dev/null || die "initdb not found and apt-get not available; install the PostgreSQL server by hand."
  say "installing PostgreSQL with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  # No service may start while the packages are installed, and no default cluster may be created.
  local policy=/usr/sbin/policy-rc.d added_policy=0 installed=1
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && added_policy=1
  fi
  {
    apt-get update -qq &&
      apt-get install -y -qq --no-install-recommends postgresql-common >/dev/null &&
      no_main_cluster &&
      apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confold postgresql >/dev/null
  } || installed=0
  if [ "$added_policy" = 1 ]; then rm -f "$policy"; fi
  [ "$installed" = 1 ] || die "apt-get could not install PostgreSQL"
}

# The server package's first configuration reads this to decide whether to make the default cluster.
no_main_cluster() {
  local conf=/etc/postgresql-common/createcluster.conf
  if grep -qE '^\s*#?\s*create_main_cluster' "$conf" 2>/dev/null; then
    sed -ri 's/^\s*#?\s*create_main_cluster\s*=.*$/create_main_cluster = false/' "$conf"
  else
    echo "create_main_cluster = false" >>"$conf"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Runs a command as the owner of the cluster in directory $1: as root, that owner (`postgres` for the
# clusters made by root); otherwise ourselves.
as_owner() {
  local owner
  owner=$(stat -c %U "$1")
  shift
  if [ "$(id -u)" = 0 ] && [ "$owner" != root ]; then
    (cd / && runuser -u "$owner" -- "$@")
  else
    "$@"
  fi
}

start() {
  local bindir
  bindir=$(find_bindir || true)
  if [ -z "$bindir" ]; then
    install_server
    bindir=$(find_bindir || true)
    [ -n "$bindir" ] || die "initdb still not found after installing PostgreSQL."
  fi
  [ "$(id -u)" != 0 ] || id postgres >/dev/null 2>&1 || die "running as root but there is no user 'postgres' to own the cluster."

  local parent="${TMPDIR:-/tmp}" dir
  dir=$(mktemp -d "$parent/kc-postgres.XXXXXX")
  touch "$dir/$MARKER"
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres: "$dir"
    # The postgres user must reach the directory; a private TMPDIR falls back to /tmp.
    if ! runuser -u postgres -- test -w "$dir"; then
      rm -rf "$dir"
      dir=$(mktemp -d /tmp/kc-postgres.XXXXXX)
      touch "$dir/$MARKER"
      chown -R postgres: "$dir"
    fi
  fi
  # Whatever fails from here on leaves no server and no directory behind.
  trap 'as_owner "$dir" "$bindir/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT

  as_owner "$dir" "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }

  local port attempt started=0
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if as_owner "$dir" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -s \
        -o "-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >&2; then
      started=1
      break
    fi
    say "the server did not start on port $port (attempt $attempt)"
  done
  if [ "$started" != 1 ]; then
    tail -n 20 "$dir/server.log" >&2 || true
    false
  fi

  local tries=0
  until "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; do
    tries=$((tries + 1))
    [ "$tries" -lt 60 ] || { tail -n 20 "$dir/server.log" >&2; false; }
    sleep 0.5
  done
  trap - EXIT
  say "PostgreSQL $("$bindir/postgres" -V | awk '{print $3}') ready on 127.0.0.1:$port (directory $dir)"
  echo "export KC_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  echo "export KC_TEST_POSTGRES_DIR=$dir"
}

stop() {
  local dir="${1:-${KC_TEST_POSTGRES_DIR:-}}"
  [ -n "$dir" ] || die "which cluster? give its directory or set KC_TEST_POSTGRES_DIR"
  [ -d "$dir" ] || { say "nothing to stop: $dir does not exist"; return 0; }
  [ -f "$dir/$MARKER" ] || die "$dir was not made by tests/pg_cluster.sh; not touching it"
  local bindir
  bindir=$(find_bindir || true)
  if [ -n "$bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$dir" "$bindir/pg_ctl" -D "$dir/data" stop -m immediate -s >&2 || say "pg_ctl stop failed; removing the directory anyway"
  fi
  rm -rf "$dir"
  say "stopped and removed $dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac
