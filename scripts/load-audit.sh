#!/usr/bin/env bash
# Load on the audit path of a running service (the README's start command): N triage calls from C
# concurrent clients, then one verification of the whole store, printing decisions per second, the
# time verification took and its cost per 1,000 sealed decisions. Uses the demo keys.
#   scripts/load-audit.sh [N=2000] [C=4] [BASE=http://localhost:8080]
set -euo pipefail
N=${1:-2000}
C=${2:-4}
BASE=${3:-http://localhost:8080}
REFERRAL='{"referralId":"LOAD","childRef":"load-child","localAuthority":"GATESHEAD","assessedAt":"2026-11-12T10:00:00Z",
 "child":{"ageYears":14,"gender":"FEMALE","careStatus":"CHILD_IN_NEED"},
 "indicators":[{"code":"CSE03","recency":"CURRENT","note":"seen getting into a car"},{"code":"PUSH03","recency":"CURRENT"}]}'
export BASE REFERRAL
start=$(date +%s.%N)
seq "$N" | xargs -P "$C" -I{} sh -c 'curl -s -o /dev/null -w "%{http_code}\n" -X POST "$BASE/api/v1/triage" \
  -H "Authorization: Bearer demo-case-system-key" -H "Content-Type: application/json" -d "$REFERRAL"' \
  | sort | uniq -c | sed 's/^/  answers: /'
end=$(date +%s.%N)
sleep 1 # let the sealer reach the last decisions
vstart=$(date +%s.%N)
verification=$(curl -s "$BASE/api/v1/audit/verify" -H "Authorization: Bearer demo-auditor-key")
vend=$(date +%s.%N)
sealed=$(echo "$verification" | sed -n 's/.*"sealedRecords":\([0-9]*\).*/\1/p')
intact=$(echo "$verification" | sed -n 's/.*"intact":\([a-z]*\).*/\1/p')
awk -v n="$N" -v c="$C" -v s="$start" -v e="$end" -v vs="$vstart" -v ve="$vend" -v sealed="$sealed" -v intact="$intact" 'BEGIN {
  printf "triage: %d calls from %d clients in %.1f s: %.0f decisions/s\n", n, c, e - s, n / (e - s)
  printf "verify: %d sealed decisions (intact: %s) in %.0f ms: %.0f ms per 1,000\n", sealed, intact, (ve - vs) * 1000, (ve - vs) * 1000000 / sealed
}'
