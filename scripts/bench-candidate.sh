#!/usr/bin/env bash
# Candidate benchmark (issue 14): how long a policy lead waits to check a one-cell change and to switch
# to it, through the API and on the command line.
#
# Starts the packaged jar on its embedded defaults (H2 in a fresh temporary data folder, a free port, the
# demo keys) and downloads the ruleset that serves, as a policy lead starts a candidate. Then, RUNS
# times, each under a new version: changes one cell of points.csv (tier V, CURRENT: 1 point -> 2, which
# changes the expected outcome of some scenarios, as a real weight change does) and times
#   - validating its zip through the API (POST /api/v1/rulesets/validate), issue 14's target 5 s;
#   - validating its folder on the command line (java -jar ... rulesets validate), whole JVM, 8 s;
#   - approving its proposal (POST .../proposals/{id}/approve: the activation), 1 s;
#   - rolling back to the ruleset that served before (POST .../{version}/activate).
# The proposal accepts exactly the scenario changes validation named. Once, at the end, it also times the
# API validation of a change to a rule's DRL (its guidance), which compiles the rules (no target).
# References measured in the same run: the command line printing its usage (a JVM loading the jar, for
# the command line's ratio) and an authenticated GET /api/v1/rulesets (for the API's).
#
#   scripts/bench-candidate.sh [-n RUNS]
#     -n  candidates checked and switched to, at least 3 (env BENCH_RUNS, default 3)
#   BENCH_KEEP=1 keeps the temporary folder.
#
# Prints each run, the medians and whether each target is met. Exits 1 when a step answered other than
# the policy says (a candidate not usable, a proposal refused), 2 when it could not measure.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_RUNS:-3}
while (($#)); do
    case "$1" in
        -n) RUNS=$2; shift 2 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
[[ $RUNS =~ ^[0-9]+$ ]] && ((RUNS >= 3 && RUNS <= 50)) || { echo "-n takes 3 to 50 (got $RUNS)" >&2; exit 2; }

JAR=service/target/mset-triage.jar
LEAD=demo-policy-lead-key
SECOND_LEAD=demo-second-policy-lead-key
say() { printf '%s\n' "$*"; }
fail() { printf 'bench-candidate: %s\n' "$*" >&2; exit 2; }
refused() { printf 'bench-candidate: %s\n' "$*" >&2; exit 1; }

# shellcheck source=scripts/bench/common.sh
source scripts/bench/common.sh
bench_jar "$JAR"
bench_install jq jq
bench_install zip zip
bench_install unzip unzip

WORK=$(mktemp -d -t mset-bench-candidate.XXXXXX)
LOG=$WORK/service.log
SERVICE_PID=""
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

PORT=$(bench_free_port)
BASE=http://127.0.0.1:$PORT
java -jar "$JAR" --mset.data-dir="$WORK/data" --server.port="$PORT" >"$LOG" 2>&1 &
SERVICE_PID=$!
bench_healthy "$BASE" "$SERVICE_PID" "$LOG"

# Seconds (3 decimals) a call took; its body goes to $WORK/answer and its status to $WORK/status.
timed_call() {
    curl -sS -m 600 -o "$WORK/answer" -w '%{http_code} %{time_total}\n' "$@" >"$WORK/timing" ||
        fail "a call failed: $*"
    local code seconds
    read -r code seconds <"$WORK/timing"
    echo "$code" >"$WORK/status"
    printf '%.3f' "$seconds"
}
status() { cat "$WORK/status"; }

SERVING=$(curl -fsS -H "Authorization: Bearer $LEAD" "$BASE/api/v1/rulesets" | jq -r '.active.version')
[[ -n $SERVING && $SERVING != null ]] || fail "no serving ruleset"
curl -fsS -o "$WORK/serving.zip" -H "Authorization: Bearer $LEAD" "$BASE/api/v1/rulesets/$SERVING/files"
(cd "$WORK" && unzip -q serving.zip)
[[ -f $WORK/$SERVING/points.csv ]] || fail "the download holds no $SERVING/points.csv"
grep -q '^V,1,1,1$' "$WORK/$SERVING/points.csv" || fail "points.csv has no row V,1,1,1 to change"
say "serving $SERVING; each run checks and switches to a copy with one cell of points.csv changed"

# A copy of the serving ruleset under VERSION, with SED_EXPRESSION applied to FILE: candidate VERSION FILE SED.
candidate() {
    local folder=$WORK/candidates/$1
    mkdir -p "$WORK/candidates"
    cp -r "$WORK/$SERVING" "$folder"
    sed -i "$3" "$folder/$2"
    sed -i "s/^version=.*/version=$1/" "$folder/ruleset.properties"
    (cd "$WORK/candidates" && zip -qr "$1.zip" "$1")
}

validate_api() {
    timed_call -H "Authorization: Bearer $LEAD" -H 'Content-Type: application/zip' \
        --data-binary "@$WORK/candidates/$1.zip" "$BASE/api/v1/rulesets/validate"
}

printf '%-4s %-12s %12s %12s %12s %12s %10s %12s\n' run version 'API check s' 'CLI check s' \
    'activate s' 'rollback s' 'usage s' 'GET list s'
: >"$WORK/times"
for run in $(seq "$RUNS"); do
    version=2099.$run.0
    candidate "$version" points.csv 's/^V,1,1,1$/V,2,1,1/'

    api=$(validate_api "$version")
    [[ $(status) == 200 && $(jq -r '.usable' "$WORK/answer") == true ]] ||
        refused "$version was not usable through the API: $(head -c 400 "$WORK/answer")"
    jq '{version: $v, reason: "bench-candidate", acceptScenarioChanges:
            ([.problems[] | select(.kind == "SCENARIO") | .file] | unique)}' \
        --arg v "$version" "$WORK/answer" >"$WORK/proposal.json"

    start=$(date +%s%N)
    java -jar "$JAR" rulesets validate "$WORK/candidates/$version" >"$WORK/cli.out" 2>&1 ||
        refused "$version was not usable on the command line: $(head -n 3 "$WORK/cli.out")"
    cli=$(awk -v ns=$(($(date +%s%N) - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')

    start=$(date +%s%N)
    java -jar "$JAR" rulesets --help >/dev/null 2>&1 || true
    usage=$(awk -v ns=$(($(date +%s%N) - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')

    timed_call -H "Authorization: Bearer $LEAD" -H 'Content-Type: application/json' \
        -d "@$WORK/proposal.json" "$BASE/api/v1/rulesets/proposals" >/dev/null
    [[ $(status) == 201 ]] || refused "the proposal of $version was refused: $(head -c 400 "$WORK/answer")"
    proposal=$(jq -r '.proposalId' "$WORK/answer")
    activate=$(timed_call -H "Authorization: Bearer $SECOND_LEAD" -H 'Content-Type: application/json' \
        -d '{"note": "bench-candidate"}' "$BASE/api/v1/rulesets/proposals/$proposal/approve")
    [[ $(status) == 200 && $(jq -r '.active' "$WORK/answer") == true ]] ||
        refused "approving $version did not activate it: $(head -c 400 "$WORK/answer")"
    rollback=$(timed_call -H "Authorization: Bearer $LEAD" -H 'Content-Type: application/json' \
        -d '{"reason": "bench-candidate: back to the ruleset that served"}' "$BASE/api/v1/rulesets/$SERVING/activate")
    [[ $(status) == 200 ]] || refused "rolling back to $SERVING was refused: $(head -c 400 "$WORK/answer")"

    list=$(timed_call -H "Authorization: Bearer $LEAD" "$BASE/api/v1/rulesets")
    printf '%-4s %-12s %12s %12s %12s %12s %10s %12s\n' "$run" "$version" "$api" "$cli" "$activate" \
        "$rollback" "$usage" "$list"
    echo "$api $cli $activate $rollback $usage $list" >>"$WORK/times"
done

# A rule's guidance changed: the DRL differs, so the check compiles it (a table change does not).
candidate 2099.99.0 thresholds.drl '0,/@guidance("/s//@guidance("Changed for the benchmark. /'
drl=$(validate_api 2099.99.0)
[[ $(status) == 200 && $(jq -r '.usable' "$WORK/answer") == true ]] ||
    refused "the DRL change was not usable: $(head -c 400 "$WORK/answer")"

say ""
awk "$(cat scripts/bench/median.awk)"'
    { api[NR] = $1; cli[NR] = $2; act[NR] = $3; back[NR] = $4; usage[NR] = $5; list[NR] = $6 }
    function verdict(value, target) { return value <= target ? "met" : "not met" }
    END {
        a = median(api, NR); c = median(cli, NR); v = median(act, NR)
        printf "median API check of a one-cell change: %.2f s (target 5 s: %s); %.0f times the GET of the list (%.3f s)\n",
            a, verdict(a, 5), a / median(list, NR), median(list, NR)
        printf "median command-line check, whole JVM: %.2f s (target 8 s: %s); %.1f times printing its usage (%.2f s)\n",
            c, verdict(c, 8), c / median(usage, NR), median(usage, NR)
        printf "median activation (approving the proposal): %.2f s (target 1 s: %s)\n", v, verdict(v, 1)
        printf "median rollback: %.2f s\n", median(back, NR)
    }' "$WORK/times"
say "API check of a change to a rule's DRL (compiles the rules; no target): $drl s"
