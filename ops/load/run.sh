#!/bin/bash
# Load scenarios per role against a running platform, with wrk (Debian package "wrk").
#
#   ops/load/run.sh [BASE_URL] [SECONDS per scenario] [CONNECTIONS]
#   e.g. ops/load/run.sh http://localhost:8350 20 8
#   SCENARIOS="search search-advisor" ops/load/run.sh ...   # only these (default: the five roles' scenarios)
#
# The site search (issue 23): "search" is a visitor's search page, suggestions (as htmx asks for them) and JSON API over 16 queries;
# "search-advisor" the same signed in as the demo advisor (who also finds what their role may see).
#
# Signs in as the demo users (password PASSWORD, default itas-demo-2026) and, for the employee scenario, as
# PERSONS generated persons (PERSON_EMAIL_PATTERN with {n}, e.g. lastdaten-s1-{n}@example.org, made with
# "generate-load-data --demo-password"; empty: the demo employee alone). Runs the trivial endpoint
# (/actuator/health) before every scenario, and prints per scenario requests/s, p50/p95/p99 and the ratio of
# its requests/s to the trivial run just before it. Writes (a registration, an inquiry) are one request in
# POST_EVERY (default 20) of the employee and company scenarios; set POST_EVERY=0 for reads only.
set -euo pipefail
BASE=${1:-http://localhost:8080}
SECONDS_PER=${2:-20}
CONNECTIONS=${3:-8}
PASSWORD=${PASSWORD:-itas-demo-2026}
PERSONS=${PERSONS:-16}
PERSON_EMAIL_PATTERN=${PERSON_EMAIL_PATTERN:-}
POST_EVERY=${POST_EVERY:-20}
WARMUP=${WARMUP:-5}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }

# login EMAIL -> prints "<cookie header>|<csrf token>"; fails when the login does not succeed
login() {
  local jar="$WORK/jar.$RANDOM$RANDOM" token status
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login")
  case "$status" in
    *login*|200*) echo "login as $1 failed ($status)" >&2; return 1 ;;
  esac
  # the token changes with the session at login: take it from a page of the new session
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  local cookie
  cookie=$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) { sub(/^#HttpOnly_/, "", $1); printf "%s%s=%s", sep, $6, $7; sep="; " } }' "$jar")
  echo "$cookie|$token"
}

declare -A RPS
TRIVIAL_RPS=0
# scenario NAME PATHS [COOKIES CSRF POST_PATH POST_BODY]
scenario() {
  local name=$1 paths=$2 cookies=${3:-} csrf=${4:-} post_path=${5:-} post_body=${6:-} line every=0
  [ -n "$post_path" ] && every=$POST_EVERY
  for phase in warmup measure; do
    local d=$SECONDS_PER
    [ $phase = warmup ] && d=$WARMUP
    line=$(PATHS="$paths" COOKIES="$cookies" CSRF="$csrf" POST_PATH="$post_path" POST_BODY="$post_body" POST_EVERY=$every \
      wrk -t2 -c"$CONNECTIONS" -d"${d}s" --timeout 10s -s "$HERE/scenario.lua" "$BASE" | grep '^RESULT' || true)
  done
  local rps p50 p95 p99 errors timeouts
  rps=$(sed 's/.*rps=\([^ ]*\).*/\1/' <<<"$line"); p50=$(sed 's/.*p50=\([^ ]*\).*/\1/' <<<"$line")
  p95=$(sed 's/.*p95=\([^ ]*\).*/\1/' <<<"$line"); p99=$(sed 's/.*p99=\([^ ]*\).*/\1/' <<<"$line")
  errors=$(sed 's/.*errors=\([^ ]*\).*/\1/' <<<"$line"); timeouts=$(sed 's/.*timeouts=\([^ ]*\).*/\1/' <<<"$line")
  local ratio="1"
  if [ "$name" = trivial ]; then TRIVIAL_RPS=$rps; else ratio=$(awk -v a="$rps" -v b="$TRIVIAL_RPS" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'); fi
  printf '| %-12s | %9s | %8s ms | %8s ms | %8s ms | %6s | %5s | %6s | %s |\n' "$name" "$rps" "$p50" "$p95" "$p99" "$errors" \
    "$timeouts" "$ratio" "$(cut -c1-8 /proc/loadavg)"
}

echo "Signing in ($BASE) ..." >&2
EMPLOYEE_COOKIES=""; EMPLOYEE_CSRF=""
if [ -n "$PERSON_EMAIL_PATTERN" ]; then
  for i in $(seq 0 $((PERSONS - 1))); do
    n=$(( (i * 7919) % 1000 ))
    s=$(login "${PERSON_EMAIL_PATTERN//\{n\}/$n}")
    EMPLOYEE_COOKIES+="${s%%|*}|"; EMPLOYEE_CSRF+="${s##*|}|"
  done
else
  s=$(login beschaeftigte@demo.itas.local); EMPLOYEE_COOKIES="${s%%|*}"; EMPLOYEE_CSRF="${s##*|}"
fi
s=$(login unternehmen@demo.itas.local); COMPANY_COOKIE="${s%%|*}"; COMPANY_CSRF="${s##*|}"
s=$(login berater@demo.itas.local); ADVISOR_COOKIE="${s%%|*}"
s=$(login koordination@demo.itas.local); COORDINATION_COOKIE="${s%%|*}"

# a case of the advisor's inbox and a run to register for (both from the pages the roles see)
CASE=$(curl -s -H "Cookie: $ADVISOR_COOKIE" "$BASE/beratung" | grep -o '/beratung/faelle/HD-[0-9]*-[0-9]*' | head -1 || true)
FIRST_EMPLOYEE=${EMPLOYEE_COOKIES%%|*}
RUN=$(curl -s "$BASE/weiterbildung?q=CNC" | grep -o '/weiterbildung/[0-9][0-9]*' | head -1 \
  | xargs -I{} curl -s -H "Cookie: $FIRST_EMPLOYEE" "$BASE{}" \
  | grep -o '/weiterbildung/termine/[0-9]*/anmelden' | head -1 | grep -o '[0-9][0-9]*' || true)
echo "advisor's case: ${CASE:-none}; run to register for: ${RUN:-none}" >&2
CASE_PATH=${CASE:-/beratung}

SEARCH_WORDS="Batterie CNC Elektromobilit%C3%A4t Schwei%C3%9Fen Weiterbildung F%C3%B6rderung Zwickau Kreislaufwirtschaft Wasserstoff Digitalisierung Mechatroniker Leichtbau Beratung Instandhaltung Logistik Qualifizierung+Elektromobilit%C3%A4t"
SEARCH_PATHS=""
for w in $SEARCH_WORDS; do
  prefix=${w%%[%+]*}; prefix=${prefix:0:5}; [ ${#prefix} -ge 3 ] || prefix=$w   # what is typed before suggestions
  SEARCH_PATHS+="/suche?q=$w|hx:/suche/vorschlaege?q=$prefix|/api/v1/search?q=$w|"
done
SCENARIOS=${SCENARIOS:-visitor employee company advisor coordination}
wanted() { [[ " $SCENARIOS " == *" $1 "* ]]; }

echo "| scenario     |     req/s |      p50    |      p95    |      p99    | errors | t/o   | ratio  | load |"
echo "|---|---|---|---|---|---|---|---|---|"
if wanted visitor; then
  scenario trivial "/actuator/health"
  scenario visitor "/|/weiterbildung?q=CNC|/veranstaltungen|/charta"
fi
if wanted employee; then
  scenario trivial "/actuator/health"
  scenario employee "/mein-weg|/meine-weiterbildungen/empfehlungen|/meine-weiterbildungen" "$EMPLOYEE_COOKIES" "$EMPLOYEE_CSRF" \
    "${RUN:+/weiterbildung/termine/$RUN/anmelden}" "verbindlich=1&_csrf={csrf}"
fi
if wanted company; then
  scenario trivial "/actuator/health"
  scenario company "/transformationscheck|/qualifizierungsbedarfe|/anliegen/neu" "$COMPANY_COOKIE" "$COMPANY_CSRF" "/anliegen/neu" \
    "topic=QUALIFICATION_FUNDING&districtCode=chemnitz&description=Lasttest+Anliegen+{n}+zur+Qualifizierung+unserer+Belegschaft&contactChannel=EMAIL&consent=true&_csrf={csrf}"
fi
if wanted advisor; then
  scenario trivial "/actuator/health"
  scenario advisor "/beratung|$CASE_PATH" "$ADVISOR_COOKIE"
fi
if wanted coordination; then
  scenario trivial "/actuator/health"
  scenario coordination "/steuerung|/bedarfslandkarte|/steuerung/bericht" "$COORDINATION_COOKIE"
fi
if wanted search; then
  scenario trivial "/actuator/health"
  scenario search "$SEARCH_PATHS"
fi
if wanted search-advisor; then
  scenario trivial "/actuator/health"
  scenario search-advisor "$SEARCH_PATHS" "$ADVISOR_COOKIE"
fi
