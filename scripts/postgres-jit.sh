#!/usr/bin/env bash
# postgres-jit.sh — PostgreSQL 15's own JIT (llvmjit.so, unchanged) running on Orca through
# liborca-llvm14.so, checked against the same server on stock LLVM 14 and without JIT.
#
# Creates a throwaway cluster in a temporary directory (as the `postgres` user when run as root),
# starts it on a Unix socket only with jit=on and every jit_*_above_cost at 0, and:
#   1. runs scripts/postgres/workload.sql (expressions and tuple deforming over 10^5-row tables:
#      filters, projections, aggregates, CASE, numeric/text/date functions, joins, window
#      functions) with jit=off and jit=on, on Orca and on stock LLVM 14: all results identical;
#   2. shows the queries were compiled by Orca: EXPLAIN's JIT section counts functions, and Orca's
#      own statistics (ORCA_LLVM14_STATISTICS) count the modules it compiled and removed;
#   3. errors out mid-query (division by zero inside JIT'd code, a query cancelled by
#      statement_timeout) and checks the next query JITs normally and the failed ones' code was
#      removed;
#   4. runs QUERIES (default 5000) JIT'd queries in one backend and reports its RSS growth after
#      a warm-up, on Orca and on stock LLVM 14;
#   5. prints per-query JIT times (EXPLAIN ANALYZE: generation, inlining, optimization, emission)
#      on Orca next to stock LLVM 14, with the emission ratio.
# The server is stopped and the directory deleted on every exit path.
#
# Usage: scripts/postgres-jit.sh [--library PATH] [--queries N]
#   --library PATH  liborca-llvm14.so to load (default: builds the release one)
# Exit status: 0 all checks passed, 1 a check failed, 77 PostgreSQL 15 is not installed (skip).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
pgbin=${PG_BIN:-/usr/lib/postgresql/15/bin}
library=""
queries=5000
while [ $# -gt 0 ]; do
    case "$1" in
        --library) library=$2; shift 2 ;;
        --queries) queries=$2; shift 2 ;;
        *) echo "usage: $0 [--library PATH] [--queries N]" >&2; exit 2 ;;
    esac
done

if [ ! -x "$pgbin/postgres" ] || [ ! -f /usr/lib/postgresql/15/lib/llvmjit.so ]; then
    echo "postgres-jit: skipped: PostgreSQL 15 with its LLVM JIT is not installed ($pgbin)"
    exit 77
fi
if [ -z "$library" ]; then
    (cd "$root" && swift build -c release --product orca-llvm14 >/dev/null)
    library="$root/.build/release/liborca-llvm14.so"
fi

work=$(mktemp -d /tmp/orca-postgres.XXXXXX)
run_as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
    if [ -f "$work/data/postmaster.pid" ]; then run_as_postgres "$pgbin/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cp "$library" "$work/liborca-llvm14.so"
cp "$root/scripts/postgres/schema.sql" "$root/scripts/postgres/workload.sql" "$work/"
mkdir -p "$work/stats"
if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$work"; fi

failures=0
check() {   # check DESCRIPTION COMMAND...: runs the command, prints ok/FAILED
    if "${@:2}"; then echo "  ok      $1"; else echo "  FAILED  $1"; failures=$((failures + 1)); fi
}

run_as_postgres "$pgbin/initdb" -D "$work/data" -A trust -U postgres --no-sync >"$work/initdb.log" 2>&1
cat >>"$work/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$work'
fsync = off
jit = on
jit_above_cost = 0
jit_optimize_above_cost = 0
jit_inline_above_cost = 0
CONF

start_server() {   # start_server orca|stock
    local preload=""
    [ "$1" = orca ] && preload="$work/liborca-llvm14.so"
    sed -i '/^shared_preload_libraries/d' "$work/data/postgresql.conf"
    echo "shared_preload_libraries = '$preload'" >>"$work/data/postgresql.conf"
    run_as_postgres env ORCA_LLVM14_STATISTICS="$work/stats" "$pgbin/pg_ctl" -D "$work/data" -l "$work/server-$1.log" -w start >/dev/null
}
stop_server() { run_as_postgres "$pgbin/pg_ctl" -D "$work/data" -w stop >/dev/null; }
sql() { run_as_postgres "$pgbin/psql" -h "$work" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }

# Sums a statistic over every backend's statistics file.
statistic() { cat "$work"/stats/*.txt 2>/dev/null | awk -v key="$1" '$1 == key { sum += $2 } END { print sum + 0 }'; }

# Mean of the JIT timings of N runs of the first workload query, as "generation inlining
# optimization emission" in ms; SETTINGS are run first in the same session.
jit_timings() {
    local settings=$1 runs=$2 query
    query=$(head -n 4 "$work/workload.sql" | grep -v '^--' | head -n 1)
    for _ in $(seq "$runs"); do echo "EXPLAIN (ANALYZE, FORMAT JSON) ${query%;};"; done >"$work/timed.sql"
    sql -At -c "$settings" -f "$work/timed.sql" | tr -d ' \n' | sed 's/"Timing":{/\n/g' | tail -n +2 |
        sed -E 's/.*"Generation":([0-9.]+),"Inlining":([0-9.]+),"Optimization":([0-9.]+),"Emission":([0-9.]+).*/\1 \2 \3 \4/' |
        awk '{ g += $1; i += $2; o += $3; e += $4; n++ } END { printf "%.3f %.3f %.3f %.3f\n", g / n, i / n, o / n, e / n }'
}

# Runs QUERIES JIT'd queries in one backend after 300 of warm-up; prints its RSS growth in KiB.
rss_growth() {
    {
        echo "SET jit_inline_above_cost = -1; SET jit_optimize_above_cost = -1;"
        echo "SELECT pg_backend_pid() AS pid \\gset"
        echo "\\setenv BACKEND :pid"
        for i in $(seq 300); do echo "SELECT sum(n * $i) FROM items WHERE k = $((i % 97));"; done
        echo "\\! awk '/VmRSS/ { print \$2 }' /proc/\$BACKEND/status > $work/rss-before"
        for i in $(seq "$queries"); do echo "SELECT sum(n * $i) FROM items WHERE k = $((i % 97));"; done
        echo "\\! awk '/VmRSS/ { print \$2 }' /proc/\$BACKEND/status > $work/rss-after"
    } >"$work/loop.sql"
    sql -o /dev/null -f "$work/loop.sql"
    echo $(($(cat "$work/rss-after") - $(cat "$work/rss-before")))
}

echo "postgres-jit: cluster in $work, liborca-llvm14.so from $library"
start_server orca
sql -f "$work/schema.sql"

echo "1. workload results (Orca's JIT vs no JIT)"
sql -At -c "SET jit = off" -f "$work/workload.sql" >"$work/result-nojit.txt"
sql -At -f "$work/workload.sql" >"$work/result-orca.txt"
check "$(wc -l <"$work/result-nojit.txt") result lines, identical with and without JIT" cmp -s "$work/result-nojit.txt" "$work/result-orca.txt"

echo "2. compiled by Orca"
functions=$(sql -At -c "EXPLAIN (ANALYZE, FORMAT JSON) $(sed -n 's/;$//; 4p' "$work/workload.sql")" | tr -d ' \n' | sed -nE 's/.*"Functions":([0-9]+).*/\1/p')
check "EXPLAIN counts ${functions:-0} JIT functions" test "${functions:-0}" -gt 0
compiled=$(statistic modules_compiled)
added=$(statistic modules_added)
removed=$(statistic trackers_removed)
check "Orca compiled $compiled modules, removed $removed of $added added" test "$compiled" -gt 0 -a "$removed" -eq "$added"

echo "3. errors mid-query"
before_added=$(statistic modules_added)
if sql -c "SELECT sum(n / (k - 5)) FROM items WHERE k = 5" >"$work/div.out" 2>&1; then zero=no; else zero=yes; fi
check "division by zero inside JIT'd code is an error ($(grep -o 'division by zero' "$work/div.out" | head -n 1))" test "$zero" = yes
if sql -c "SET statement_timeout = '200ms'" -c "SELECT count(*) FROM items a, items b WHERE a.n * b.f > 1e12" >"$work/cancel.out" 2>&1; then cancelled=no; else cancelled=yes; fi
check "a query cancelled by statement_timeout is an error ($(grep -o 'canceling statement[a-z ]*' "$work/cancel.out" | head -n 1))" test "$cancelled" = yes
after=$(sql -At -c "SELECT sum(n) FROM items WHERE k = 5")
expected=$(sql -At -c "SET jit = off" -c "SELECT sum(n) FROM items WHERE k = 5")
check "the next query JITs and returns $after" test "$after" = "$expected"
check "the failed queries' modules were removed ($(statistic trackers_removed) removed of $(statistic modules_added) added)" \
    test "$(statistic trackers_removed)" -eq "$(statistic modules_added)" -a "$(statistic modules_added)" -gt "$before_added"

echo "4. $queries JIT'd queries in one backend (without inlining and optimization, so that each JITs quickly)"
orca_growth=$(rss_growth)
orca_full=$(jit_timings "SELECT 1" 20)
orca_plain=$(jit_timings "SET jit_inline_above_cost = -1; SET jit_optimize_above_cost = -1;" 50)
stop_server

start_server stock
sql -At -f "$work/workload.sql" >"$work/result-stock.txt"
stock_growth=$(rss_growth)
stock_full=$(jit_timings "SELECT 1" 20)
stock_plain=$(jit_timings "SET jit_inline_above_cost = -1; SET jit_optimize_above_cost = -1;" 50)
stop_server
check "backend RSS growth after warm-up: Orca $orca_growth KiB (stock LLVM 14: $stock_growth KiB), at most 2048 KiB" test "$orca_growth" -le 2048
check "stock LLVM 14's JIT gives the same workload results" cmp -s "$work/result-nojit.txt" "$work/result-stock.txt"

echo "5. per-query JIT time, ms (mean; EXPLAIN ANALYZE of workload query 1)"
printf "  %-44s %10s %10s %12s %10s\n" "" generation inlining optimization emission
read -r g i o e <<<"$orca_full";  printf "  %-44s %10s %10s %12s %10s\n" "Orca, inlining + optimization (20 runs)" "$g" "$i" "$o" "$e"
read -r g i o se <<<"$stock_full"; printf "  %-44s %10s %10s %12s %10s\n" "stock LLVM 14, inlining + optimization" "$g" "$i" "$o" "$se"
printf "  %-44s %46s\n" "" "emission: Orca $(awk -v o="$e" -v s="$se" 'BEGIN { printf "%.2f× stock", s / o }')"
read -r g i o pe <<<"$orca_plain";  printf "  %-44s %10s %10s %12s %10s\n" "Orca, no inlining or optimization (50 runs)" "$g" "$i" "$o" "$pe"
read -r g i o spe <<<"$stock_plain"; printf "  %-44s %10s %10s %12s %10s\n" "stock LLVM 14, no inlining or optimization" "$g" "$i" "$o" "$spe"
printf "  %-44s %46s\n" "" "emission: Orca $(awk -v o="$pe" -v s="$spe" 'BEGIN { printf "%.2f× stock", s / o }')"
echo "  Orca statistics: $(statistic modules_compiled) modules compiled, $(statistic trackers_removed) removed, $(statistic removals_failed) removals failed"

if [ "$failures" -eq 0 ]; then echo "postgres-jit: all checks passed"; else echo "postgres-jit: $failures checks FAILED"; exit 1; fi
