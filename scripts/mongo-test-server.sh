#!/usr/bin/env bash
# A local MongoDB-compatible server for the tests: FerretDB 1.24.2 (MongoDB wire protocol, SQLite backend).
# MONGO_TEST_BACKEND=postgresql runs FerretDB on PostgreSQL instead (Debian's postgresql: a throw-away cluster in
# the data directory, on MONGO_TEST_PG_PORT or a free port, run as the `postgres` user when started as root).
#
#   bash scripts/mongo-test-server.sh start [port]   start on 127.0.0.1 (default: a port that is free now), print MONGODB_URI
#   bash scripts/mongo-test-server.sh stop           stop it and remove its temporary data
#   bash scripts/mongo-test-server.sh env            print `export MONGODB_URI=...` for the running server
#   bash scripts/mongo-test-server.sh bin [--no-build]  print the path of the FerretDB binary (building it if needed)
#
# `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` produces a binary that panics at start-up
# ("Invalid build/version/version.txt file content"): the release reads its version from a file that only its
# own build task generates. So, when no working binary is found, this script builds one from the module source
# (fetched through the Go module proxy) with that file written, into $(go env GOPATH)/bin/ferretdb-v1.24.2.
set -euo pipefail

VERSION=v1.24.2
MODULE=github.com/FerretDB/FerretDB
STATE_DIR=${MONGO_TEST_STATE_DIR:-${TMPDIR:-/tmp}/helseplattformen-ferretdb}
PID_FILE=$STATE_DIR/pid
PORT_FILE=$STATE_DIR/port
DATA_FILE=$STATE_DIR/data-dir
BACKEND=${MONGO_TEST_BACKEND:-sqlite}

die() {
  echo "mongo-test-server: $*" >&2
  exit 1
}

works() {
  [[ -n $1 && -x $1 ]] && "$1" --version 2>/dev/null | grep "^version: $VERSION\$" >/dev/null
}

build_ferretdb() {
  local target=$1 src work
  command -v go >/dev/null || die "Go is needed to build FerretDB $VERSION (or set FERRETDB_BIN)"
  echo "mongo-test-server: building FerretDB $VERSION into $target (once)..." >&2
  src=$(go mod download -json "$MODULE@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
  [[ -d $src ]] || die "could not download $MODULE@$VERSION through the Go module proxy"
  work=$(mktemp -d "${TMPDIR:-/tmp}/ferretdb-src.XXXXXX")
  cp -R "$src/." "$work"
  chmod -R u+w "$work"
  echo "$VERSION" >"$work/build/version/version.txt"
  mkdir -p "$(dirname "$target")"
  if ! (cd "$work" && go build -buildvcs=false -o "$target" ./cmd/ferretdb); then
    rm -rf "$work"
    die "building FerretDB failed"
  fi
  rm -rf "$work"
}

ferretdb_bin() {
  local gobin=""
  if command -v go >/dev/null; then gobin="$(go env GOPATH)/bin"; fi
  local candidate
  for candidate in "${FERRETDB_BIN:-}" "${gobin:+$gobin/ferretdb}" "${gobin:+$gobin/ferretdb-$VERSION}"; do
    if works "$candidate"; then
      echo "$candidate"
      return
    fi
  done
  [[ ${1:-} != --no-build ]] || die "no working FerretDB $VERSION found (not building: --no-build)"
  [[ -n $gobin ]] || die "no working FerretDB $VERSION found and Go is not installed (set FERRETDB_BIN)"
  build_ferretdb "$gobin/ferretdb-$VERSION"
  works "$gobin/ferretdb-$VERSION" || die "the FerretDB binary that was built does not run"
  echo "$gobin/ferretdb-$VERSION"
}

running_pid() {
  [[ -f $PID_FILE ]] || return 1
  local pid
  pid=$(cat "$PID_FILE")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

port_answers() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
  node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });"
}

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x $dir/pg_ctl ]] && echo "$dir" && return
  done
  die "PostgreSQL is not installed (apt-get install postgresql)"
}

# Starts a PostgreSQL cluster in $1 on a free port; prints the URL FerretDB connects with.
start_postgres() {
  local data=$1 pgdata=$1/pg bin pgport
  bin=$(pg_bin)
  chmod 755 "$data"
  mkdir -p "$pgdata"
  [[ $(id -u) -eq 0 ]] && chown postgres "$pgdata"
  as_postgres "$bin/initdb" -D "$pgdata" -U ferretdb --auth=trust -E UTF8 >"$data/initdb.log" 2>&1 ||
    die "initdb failed: $(tail -5 "$data/initdb.log")"
  pgport=${MONGO_TEST_PG_PORT:-$(free_port)}
  as_postgres "$bin/pg_ctl" -D "$pgdata" -l "$pgdata/postgres.log" -w \
    -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1" start >/dev/null ||
    die "PostgreSQL did not start: $(tail -5 "$pgdata/postgres.log")"
  as_postgres "$bin/createdb" -h 127.0.0.1 -p "$pgport" -U ferretdb ferretdb
  echo "postgres://ferretdb@127.0.0.1:$pgport/ferretdb"
}

stop_postgres() {
  local data=$1
  [[ -d $data/pg ]] || return 0
  as_postgres "$(pg_bin)/pg_ctl" -D "$data/pg" -m fast stop >/dev/null 2>&1 || true
}

# Starts FerretDB on $1; returns 0 when it answers, 3 when it exited (e.g. the port was taken meanwhile), 1 otherwise.
launch() {
  local port=$1 bin=$2 data pid handler
  data=$(mktemp -d "${TMPDIR:-/tmp}/ferretdb-data.XXXXXX")
  echo "$data" >"$DATA_FILE"
  if [[ $BACKEND == postgresql ]]; then
    handler=(--handler=postgresql "--postgresql-url=$(start_postgres "$data")")
  else
    handler=(--handler=sqlite "--sqlite-url=file:$data/")
  fi
  nohup "$bin" \
    "${handler[@]}" \
    --state-dir="$data" \
    --listen-addr="127.0.0.1:$port" \
    --debug-addr=127.0.0.1:0 \
    --telemetry=disable \
    --log-level=warn \
    >"$data/ferretdb.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PID_FILE"
  echo "$port" >"$PORT_FILE"
  echo "$data" >"$DATA_FILE"
  # Up to 60 s: on a loaded machine the first start (SQLite files, Go runtime) can take a while.
  for _ in $(seq 1 600); do
    if port_answers "$port"; then
      echo "mongo-test-server: FerretDB $VERSION ($BACKEND, pid $pid) on 127.0.0.1:$port, data in $data" >&2
      echo "MONGODB_URI=mongodb://127.0.0.1:$port/"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$data/ferretdb.log" >&2
      stop >/dev/null 2>&1
      return 3
    fi
    sleep 0.1
  done
  stop >/dev/null 2>&1
  echo "mongo-test-server: FerretDB did not answer on port $port within 60 s" >&2
  return 1
}

start() {
  local requested=${1:-} bin pid port attempt status
  [[ -z $requested || $requested =~ ^[0-9]+$ ]] || die "port must be a number"
  if pid=$(running_pid); then
    echo "mongo-test-server: already running (pid $pid)" >&2
    echo "MONGODB_URI=mongodb://127.0.0.1:$(cat "$PORT_FILE")/"
    return
  fi
  [[ -n $requested ]] && port_answers "$requested" && die "port $requested is already in use"
  bin=$(ferretdb_bin)
  mkdir -p "$STATE_DIR"
  # A port asked for is tried once; a free one is looked for again if another process takes it first.
  for attempt in 1 2 3 4 5; do
    port=${requested:-$(free_port)}
    status=0
    launch "$port" "$bin" || status=$?
    [[ $status -eq 0 ]] && return
    [[ $status -eq 3 && -z $requested ]] || break
    echo "mongo-test-server: FerretDB exited on port $port (attempt $attempt), trying another free port" >&2
  done
  die "FerretDB did not start"
}

stop() {
  local pid
  if pid=$(running_pid); then
    kill "$pid"
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
    echo "mongo-test-server: stopped (pid $pid)" >&2
  else
    echo "mongo-test-server: not running" >&2
  fi
  if [[ -f $DATA_FILE ]]; then
    stop_postgres "$(cat "$DATA_FILE")"
    rm -rf "$(cat "$DATA_FILE")"
  fi
  rm -f "$PID_FILE" "$PORT_FILE" "$DATA_FILE"
}

env_line() {
  running_pid >/dev/null || die "not running; start it with: bash scripts/mongo-test-server.sh start"
  echo "export MONGODB_URI=mongodb://127.0.0.1:$(cat "$PORT_FILE")/"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop ;;
  env) env_line ;;
  bin) ferretdb_bin "${2:-}" ;;
  *)
    echo "usage: bash scripts/mongo-test-server.sh start [port] | stop | env | bin [--no-build]" >&2
    exit 2
    ;;
esac
