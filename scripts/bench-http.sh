#!/usr/bin/env bash
# HTTP benchmark of triage against a JSON echo of the same body (issue 13).
#
# Starts the packaged jar on its embedded defaults (H2 in a fresh temporary data folder, a free port,
# the demo keys) with the bench profile, which adds POST /api/v1/bench/echo behind the same filter
# chain as triage. Then, after a warm-up, it alternates triage and echo loads of the README's example
# referral (scripts/bench/referral.json), the same duration each, 16 connections, with wrk. The echo
# pays for HTTP, authentication and JSON in and out; what triage costs beyond it is rules and storage.
# Alternating pairs, and the median of their ratios, keeps a noisy shared machine from favouring one
# side. At the end: decisions stored, the database's size per decision, and (H2) its size after
# SHUTDOWN COMPACT, which tells space the store wastes from space its rows need.
#
#   scripts/bench-http.sh [-d SECONDS] [-n PAIRS] [-w SECONDS] [-b SIZE] [SERVICE ARGS...]
#     -b  compare single triage calls with batches instead of the echo (issue 15): POST
#         /api/v1/triage/batch with SIZE copies of the referral, on 2 connections (one per core: a batch
#         spreads its own work over the cores; env BENCH_BATCH_CONNECTIONS to change it), reported in
#         referrals per second; the ratio is then batch/single per referral (env BENCH_BATCH, default 0:
#         the echo)
#     -c  connections of the single calls (and the echo), default 16; with -b, the batch's too when
#         fewer than 2: -c 1 -b 100 compares one client sending a backlog call by call with the same
#         client sending it in batches (env BENCH_CONNECTIONS)
#     -d  each measured run (env BENCH_DURATION, default 20)
#     -n  triage/echo pairs, at least 3 (env BENCH_PAIRS, default 3)
#     -w  warm-up of each endpoint, not measured (env BENCH_WARMUP, default 150). The JIT compiles about
#         27,000 methods of Spring, Drools and H2: under single calls, C2 still compiled 450-530 methods
#         every 20 s until about 190 s of load, then under 100 (java -XX:+PrintCompilation), so shorter
#         warm-ups measure the compiler competing with the service, not the service.
#   Any other argument goes to the service, e.g. against PostgreSQL:
#     scripts/bench-http.sh --spring.profiles.active=bench,postgres --mset.database.url=jdbc:postgresql://...
#   (bench is added to the profiles given when missing.) BENCH_KEEP=1 keeps the temporary folder.
#
# Exits 1 when a run had a non-2xx answer or a socket error (its row is flagged), 2 when it could not
# measure at all. Load goes to 127.0.0.1 only, and every step is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-20}
PAIRS=${BENCH_PAIRS:-3}
WARMUP=${BENCH_WARMUP:-150}
BATCH=${BENCH_BATCH:-0}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
BATCH_CONNECTIONS=${BENCH_BATCH_CONNECTIONS:-2}
THREADS=2
SERVICE_ARGS=()
while (($#)); do
    case "$1" in
        -d) DURATION=$2; shift 2 ;;
        -n) PAIRS=$2; shift 2 ;;
        -w) WARMUP=$2; shift 2 ;;
        -b) BATCH=$2; shift 2 ;;
        -c) CONNECTIONS=$2; shift 2 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) SERVICE_ARGS+=("$1"); shift ;;
    esac
done
for n in "$DURATION" "$PAIRS" "$WARMUP" "$BATCH" "$CONNECTIONS"; do
    [[ $n =~ ^[0-9]+$ ]] || { echo "not a whole number: $n" >&2; exit 2; }
done
((PAIRS >= 3)) || { echo "at least 3 pairs are needed for a median of ratios (got $PAIRS)" >&2; exit 2; }
((DURATION >= 1)) || { echo "each run needs at least 1 second" >&2; exit 2; }
((BATCH <= 1000)) || { echo "a batch holds at most 1000 referrals (got $BATCH)" >&2; exit 2; }
((CONNECTIONS >= 1)) || { echo "at least 1 connection is needed" >&2; exit 2; }
((CONNECTIONS >= BATCH_CONNECTIONS)) || BATCH_CONNECTIONS=$CONNECTIONS
((THREADS <= CONNECTIONS)) || THREADS=$CONNECTIONS

JAR=service/target/mset-triage.jar
BODY=$PWD/scripts/bench/referral.json
LUA=$PWD/scripts/bench/post.lua
CASE_KEY=demo-case-system-key
AUDITOR_KEY=demo-auditor-key

say() { printf '%s\n' "$*"; }
fail() { printf 'bench-http: %s\n' "$*" >&2; exit 2; }

# --- what is needed -------------------------------------------------------------------------------
# shellcheck source=scripts/bench/common.sh
source scripts/bench/common.sh
bench_jar "$JAR"
bench_install wrk wrk

# The datasource decides what "size" means at the end: H2's file, or PostgreSQL's database.
POSTGRES=false
PROFILES=bench
EXTRA_ARGS=()
for arg in ${SERVICE_ARGS[@]+"${SERVICE_ARGS[@]}"}; do
    case "$arg" in
        --spring.profiles.active=*)
            PROFILES=${arg#*=}
            [[ ,$PROFILES, == *,bench,* ]] || PROFILES=$PROFILES,bench
            ;;
        *) EXTRA_ARGS+=("$arg") ;;
    esac
    if [[ $arg == *postgres* ]]; then POSTGRES=true; fi
done

# --- start the service ----------------------------------------------------------------------------
WORK=$(mktemp -d -t mset-bench.XXXXXX)
DATA=$WORK/data
LOG=$WORK/service.log
SERVICE_PID=""

stop_service() {
    # SIGTERM lets Spring close the pool, so H2 closes its file cleanly; KILL only if it hangs.
    [[ -n $SERVICE_PID ]] || return 0
    if kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill -TERM "$SERVICE_PID" 2>/dev/null || true
        for _ in $(seq 60); do
            kill -0 "$SERVICE_PID" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "$SERVICE_PID" 2>/dev/null; then
            say "service did not stop in 60 s; killing it"
            kill -KILL "$SERVICE_PID" 2>/dev/null || true
        fi
    fi
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=""
}
cleanup() {
    stop_service
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PORT=$(bench_free_port)
BASE=http://127.0.0.1:$PORT

say "starting the service (profiles $PROFILES, port $PORT, data in $DATA)"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of JVM options on purpose.
java ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active="$PROFILES" --mset.data-dir="$DATA" \
    --server.port="$PORT" ${EXTRA_ARGS[@]+"${EXTRA_ARGS[@]}"} >"$LOG" 2>&1 &
SERVICE_PID=$!
bench_healthy "$BASE" "$SERVICE_PID" "$LOG"
say "service healthy: $(grep -o 'Started MsetTriageApplication in [0-9.]* seconds' "$LOG" || echo started)"

# The second load: the echo, or a batch of the same referral.
OTHER=echo OTHER_PATH=/api/v1/bench/echo OTHER_BODY=$BODY OTHER_CONNECTIONS=$CONNECTIONS PER_CALL=1
if ((BATCH > 0)); then
    OTHER=batch OTHER_PATH=/api/v1/triage/batch OTHER_BODY=$WORK/batch.json OTHER_CONNECTIONS=$BATCH_CONNECTIONS
    PER_CALL=$BATCH
    { printf '{"referrals": ['; for i in $(seq "$BATCH"); do ((i == 1)) || printf ','; cat "$BODY"; done; printf ']}'; } \
        >"$OTHER_BODY"
fi

# Both endpoints must answer as expected before anything is measured (an old jar has no echo).
status() { curl -s -m 60 -o /dev/null -w '%{http_code}' -X POST "$BASE$1" -H "Authorization: Bearer $CASE_KEY" \
    -H 'Content-Type: application/json' --data-binary "@$2"; }
triage_status=$(status /api/v1/triage "$BODY")
other_status=$(status "$OTHER_PATH" "$OTHER_BODY")
[[ $triage_status == 201 ]] || fail "triage answered $triage_status, not 201"
[[ $other_status == 200 ]] || fail "the $OTHER answered $other_status, not 200 (a jar built before it? rebuild: ./mvnw -q -B -DskipTests package)"

# --- load -----------------------------------------------------------------------------------------
# One wrk run; prints its BENCH line (see post.lua). timeout bounds it even if wrk hangs on a socket.
load() {
    local kind=$1 seconds=$2 path=/api/v1/triage body=$BODY connections=$CONNECTIONS out line
    if [[ $kind != triage ]]; then path=$OTHER_PATH body=$OTHER_BODY connections=$OTHER_CONNECTIONS; fi
    out=$(BENCH_BODY=$body timeout $((seconds + 30)) wrk -t"$THREADS" -c"$connections" -d"${seconds}s" \
        --timeout 30s --latency -s "$LUA" "$BASE$path" 2>&1 || true)
    line=$(grep -m1 '^BENCH ' <<<"$out" || true)
    # No summary line means wrk itself failed: a row of errors, never a row of zeros that looks fine.
    echo "${line:-BENCH requests=0 duration_us=1 p50_us=0 p99_us=0 non2xx=0 socket_errors=1 statuses=wrk-failed}"
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

if ((WARMUP > 0)); then
    say "warming up: triage ${WARMUP} s, $OTHER ${WARMUP} s (not measured)"
    load triage "$WARMUP" >/dev/null
    load "$OTHER" "$WARMUP" >/dev/null
fi

say "measuring: $PAIRS pairs of triage then $OTHER, ${DURATION} s each, $CONNECTIONS connections" \
    "($OTHER_CONNECTIONS for $OTHER), $THREADS wrk threads"
((BATCH == 0)) || say "batch rows count referrals per second ($BATCH per call); p50 and p99 are per call"
say ""
printf '%-6s %-7s %10s %10s %10s %8s %8s  %s\n' pair load 'req/s' 'p50 ms' 'p99 ms' non-2xx 'sock err' ''
RESULTS=$WORK/results.txt
: >"$RESULTS"
FLAGGED=0
for pair in $(seq "$PAIRS"); do
    for kind in triage "$OTHER"; do
        per_call=1
        [[ $kind == triage ]] || per_call=$PER_CALL
        line=$(load "$kind" "$DURATION")
        rps=$(awk -v r="$(field requests "$line")" -v d="$(field duration_us "$line")" -v k="$per_call" \
            'BEGIN { printf "%.1f", r * k * 1e6 / d }')
        p50=$(awk -v v="$(field p50_us "$line")" 'BEGIN { printf "%.1f", v / 1000 }')
        p99=$(awk -v v="$(field p99_us "$line")" 'BEGIN { printf "%.1f", v / 1000 }')
        bad=$(field non2xx "$line")
        sock=$(field socket_errors "$line")
        flag=""
        if ((bad > 0 || sock > 0)); then
            flag="<-- ERRORS (statuses $(field statuses "$line"))"
            FLAGGED=1
        fi
        printf '%-6s %-7s %10s %10s %10s %8s %8s  %s\n' "$pair" "$kind" "$rps" "$p50" "$p99" "$bad" "$sock" "$flag"
        echo "$pair $kind $rps $p50 $p99" >>"$RESULTS"
    done
done

say ""
awk -v other="$OTHER" "$(cat scripts/bench/median.awk)"'
    $2 == "triage" { t[++nt] = $3; tp99[nt] = $5; byPair[$1] = $3 }
    $2 == other { e[++ne] = $3; ep99[ne] = $5; if (byPair[$1] > 0 && $3 > 0) r[++nr] = byPair[$1] / $3 }
    END {
        printf "median triage: %.1f req/s, p99 %.1f ms\n", median(t, nt), median(tp99, nt)
        if (other == "echo") {
            printf "median echo:   %.1f req/s, p99 %.1f ms\n", median(e, ne), median(ep99, ne)
            printf "median ratio triage/echo over %d pairs: %.3f\n", nr, median(r, nr)
        } else {
            printf "median batch:  %.1f referrals/s, p99 %.1f ms per call\n", median(e, ne), median(ep99, ne)
            for (i = 1; i <= nr; i++) r[i] = 1 / r[i]
            printf "median ratio batch/single per referral over %d pairs: %.2f\n", nr, median(r, nr)
        }
    }' "$RESULTS"
((FLAGGED == 0)) || say "!! at least one run had non-2xx answers or socket errors: its figures are not valid"

# --- what was stored ------------------------------------------------------------------------------
# The auditor search's totalItems counts every stored decision (warm-up and checks included).
DECISIONS=$(curl -s -m 60 "$BASE/api/v1/decisions?size=1" -H "Authorization: Bearer $AUDITOR_KEY" |
    sed -n 's/.*"totalItems":\([0-9]*\).*/\1/p')
[[ -n $DECISIONS ]] || DECISIONS=0
say ""
say "decisions stored: $DECISIONS"

# The file as it stands under load, before a graceful stop closes (and briefly compacts) it.
H2_FILE=$DATA/mset-triage.mv.db
live=0
if [[ $POSTGRES == false && -f $H2_FILE ]]; then
    live=$(stat -c %s "$H2_FILE")
fi

stop_service
say "service stopped"

per_decision() { awk -v b="$1" -v n="$2" 'BEGIN { if (n > 0) printf "%.0f", b / n; else print "n/a" }'; }
human() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }

if [[ $POSTGRES == true ]]; then
    # The JDBC URL and credentials as given to the service; psql takes the same URL without "jdbc:".
    url="" user="" password=""
    for arg in ${EXTRA_ARGS[@]+"${EXTRA_ARGS[@]}"}; do
        case "$arg" in
            --mset.database.url=* | --spring.datasource.url=*) url=${arg#*=} ;;
            --mset.database.user=* | --spring.datasource.username=*) user=${arg#*=} ;;
            --mset.database.password=* | --spring.datasource.password=*) password=${arg#*=} ;;
        esac
    done
    pg_url=${url#jdbc:}
    if [[ -z $pg_url ]] || ! command -v psql >/dev/null; then
        say "database size: skipped (PostgreSQL: $([[ -z $pg_url ]] && echo 'no datasource URL among the arguments' || echo 'psql is not installed'))"
    else
        # JDBC's query parameters (user=, password=, ssl options) are mostly libpq's too; drop them and
        # pass user and password the libpq way.
        bytes=$(PGPASSWORD=$password PGCONNECT_TIMEOUT=10 timeout 60 psql "${pg_url%%\?*}" ${user:+-U "$user"} \
            -Atc 'SELECT pg_database_size(current_database())' 2>/dev/null || true)
        if [[ $bytes =~ ^[0-9]+$ ]]; then
            say "PostgreSQL database size: $bytes bytes ($(human "$bytes")), $(per_decision "$bytes" "$DECISIONS") bytes per decision"
        else
            say "database size: skipped (psql could not read pg_database_size)"
        fi
    fi
    exit $FLAGGED
fi

[[ -f $H2_FILE ]] || { say "database size: skipped (no H2 file at $H2_FILE)"; exit $FLAGGED; }
before=$(stat -c %s "$H2_FILE")
say "H2 file while running: $live bytes ($(human "$live")), $(per_decision "$live" "$DECISIONS") bytes per decision"
say "H2 file after the stop: $before bytes ($(human "$before")), $(per_decision "$before" "$DECISIONS") bytes per decision"

# SHUTDOWN COMPACT with H2's own shell, from the jar inside the service's jar (the same H2 version).
H2_JAR_ENTRY=$(unzip -Z1 "$JAR" | grep -m1 '^BOOT-INF/lib/h2-.*\.jar$' || true)
if [[ -z $H2_JAR_ENTRY ]]; then
    say "compaction: skipped (no H2 jar inside $JAR)"
    exit $FLAGGED
fi
unzip -q -o -j "$JAR" "$H2_JAR_ENTRY" -d "$WORK"
start=$(date +%s.%N)
timeout 600 java -cp "$WORK/$(basename "$H2_JAR_ENTRY")" org.h2.tools.Shell \
    -url "jdbc:h2:file:$DATA/mset-triage;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0" -user sa -password "" \
    -sql "SHUTDOWN COMPACT" >/dev/null
end=$(date +%s.%N)
after=$(stat -c %s "$H2_FILE")
awk -v b="$live" -v a="$after" -v n="$DECISIONS" -v s="$start" -v e="$end" 'BEGIN {
    printf "H2 file after SHUTDOWN COMPACT (%.1f s): %d bytes (%.1f MB), %s bytes per decision\n", e - s, a, a / 1e6, (n > 0 ? sprintf("%.0f", a / n) : "n/a")
    printf "size while running / after compaction: %.2f\n", (a > 0 ? b / a : 0)
}'
exit $FLAGGED
