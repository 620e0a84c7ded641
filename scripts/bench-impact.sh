#!/usr/bin/env bash
# Impact replay benchmark (issue 14): how fast a policy lead's impact job replays stored decisions.
#
# Starts the packaged jar on its embedded defaults (H2 in a fresh temporary data folder, a free port, the
# demo keys) with the bench profile, which adds POST /api/v1/bench/seed. The seed stores COUNT real
# decisions in the service itself (decided and stored as a batch's are: rules, encryption, group commit,
# sealing; not COUNT calls over HTTP), cycling through the referrals of the policy's worked examples
# (test-data/scenarios/examples-*.json). Then it starts an impact job of the active ruleset against
# itself over every stored decision, without the scenarios, polls it every half second until it is
# done (once the seal chain has caught up with the seed), and prints decisions replayed per second. As
# in a real candidate's job, each referral is decided by the candidate, and the active ruleset's side is
# the stored outcome of the decision it made (it would decide it the same way again).
#
#   scripts/bench-impact.sh [-n COUNT] [SERVICE ARGS...]
#     -n  decisions to seed and replay (env BENCH_DECISIONS, default 100000); issue 14's target is
#         100,000 replayed within 30 s on 2 cores
#   Any other argument goes to the service. BENCH_KEEP=1 keeps the temporary folder.
#
# Exits 1 when the job did not finish DONE, 2 when it could not measure. Every step is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${BENCH_DECISIONS:-100000}
SERVICE_ARGS=()
while (($#)); do
    case "$1" in
        -n) COUNT=$2; shift 2 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) SERVICE_ARGS+=("$1"); shift ;;
    esac
done
[[ $COUNT =~ ^[0-9]+$ ]] && ((COUNT >= 1 && COUNT <= 1000000)) || { echo "-n takes 1 to 1000000" >&2; exit 2; }

JAR=service/target/mset-triage.jar
CASE_KEY=demo-case-system-key
POLICY_KEY=demo-policy-lead-key
OPERATOR_KEY=demo-operator-key
say() { printf '%s\n' "$*"; }
fail() { printf 'bench-impact: %s\n' "$*" >&2; exit 2; }

# shellcheck source=scripts/bench/common.sh
source scripts/bench/common.sh
bench_jar "$JAR"
bench_install jq jq

WORK=$(mktemp -d -t mset-bench-impact.XXXXXX)
LOG=$WORK/service.log
SERVICE_PID=""
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

PORT=$(bench_free_port)
BASE=http://127.0.0.1:$PORT

say "starting the service (port $PORT, data in $WORK/data)"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of JVM options on purpose.
java ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=bench --mset.data-dir="$WORK/data" \
    --server.port="$PORT" ${SERVICE_ARGS[@]+"${SERVICE_ARGS[@]}"} >"$LOG" 2>&1 &
SERVICE_PID=$!
bench_healthy "$BASE" "$SERVICE_PID" "$LOG"

# --- seed ------------------------------------------------------------------------------------------
jq -s '{referrals: map(.request)}' test-data/scenarios/examples-*.json >"$WORK/seed.json"
say "seeding $COUNT decisions from $(jq '.referrals | length' "$WORK/seed.json") worked examples"
seeded=$(curl -sS -m 1800 -X POST "$BASE/api/v1/bench/seed?count=$COUNT" -H "Authorization: Bearer $CASE_KEY" \
    -H 'Content-Type: application/json' --data-binary "@$WORK/seed.json") || fail "the seed call failed"
[[ $(jq -r '.stored // empty' <<<"$seeded") == "$COUNT" ]] || fail "the seed stored not all decisions: $seeded"
say "seeded: $(jq -r '"\(.stored) decisions in \(.seconds | floor) s"' <<<"$seeded")"

# The seal chain catches up in the background; wait for it, so that the replay is measured alone.
for i in $(seq 600); do
    waiting=$(curl -sS -m 10 "$BASE/actuator/prometheus" -H "Authorization: Bearer $OPERATOR_KEY" |
        sed -n 's/^mset_seal_waiting_decisions[^ ]* \([0-9.eE+]*\)$/\1/p')
    [[ -n $waiting ]] || fail "no seal figure at /actuator/prometheus"
    awk -v w="$waiting" 'BEGIN { exit !(w == 0) }' && break
    ((i < 600)) || fail "the seal chain did not catch up within 600 s"
    sleep 1
done
say "sealed: every seeded decision"

# --- replay ----------------------------------------------------------------------------------------
VERSION=$(sed -n 's/^version=//p' rules/src/main/resources/mset-ruleset/ruleset.properties)
started=$(date +%s.%N)
job=$(curl -sS -m 60 -X POST "$BASE/api/v1/rulesets/impact" -H "Authorization: Bearer $POLICY_KEY" \
    -H 'Content-Type: application/json' -d "{\"candidate\": \"$VERSION\", \"includeScenarios\": false}")
JOB_ID=$(jq -r '.jobId // empty' <<<"$job")
[[ -n $JOB_ID ]] || fail "no impact job started: $job"
say "impact job $JOB_ID: ruleset $VERSION against itself over $COUNT decisions"
state=""
for _ in $(seq 7200); do
    job=$(curl -sS -m 30 "$BASE/api/v1/rulesets/impact/$JOB_ID" -H "Authorization: Bearer $POLICY_KEY")
    state=$(jq -r '.state' <<<"$job")
    [[ $state == DONE || $state == FAILED ]] && break
    sleep 0.5
done
finished=$(date +%s.%N)
[[ $state == DONE ]] || { say "the job ended $state: $(jq -r '.failure // empty' <<<"$job")"; exit 1; }
replayed=$(jq -r '.report.decisions.replayed' <<<"$job")
awk -v n="$replayed" -v s="$started" -v f="$finished" 'BEGIN {
    t = f - s
    printf "impact replay: %d decisions in %.1f s (from the start call to DONE, polled every 0.5 s): %.0f decisions/s\n", n, t, n / t
    printf "target (issue 14): 100000 decisions within 30 s\n"
}'
