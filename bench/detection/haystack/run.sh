#!/usr/bin/env bash
# Haystack benchmark (issue 19): a two-phone case of ordinary chats with planted incidents, ingested with parties
# (and orders, once the launcher has them), exported, and scored.
#
#   bench/detection/haystack/run.sh [MESSAGES] [SEED]        (default 100000 messages, seed 19)
#
# Work folder: $HAYSTACK_WORK (default /tmp/patroon-haystack): chats/telefoons/ (the two phones' exports, the
# only thing ingested), chats/truth.tsv and chats/haystack.json, case/ (the Patroon case), score.txt.
# Prints the generation, ingest and export times and the figures: planted incidents found in the default timeline (date ±1 day, with evidence) and false entries per
# 10,000 ordinary messages. HAYSTACK_REUSE=1 keeps the generated chats of the previous run (to compare two builds
# on the same files). Needs java 17 and mvn (the launcher builds the jar when needed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
messages="${1:-100000}"
seed="${2:-19}"
work="${HAYSTACK_WORK:-/tmp/patroon-haystack}"
patroon="$root/patroon"
reuse="${HAYSTACK_REUSE:-0}"   # 1: keep chats/ from an earlier run with the same MESSAGES and SEED
if [ "$reuse" != 1 ] || [ ! -f "$work/chats/haystack.json" ]; then reuse=0; rm -rf "$work/chats"; fi
rm -rf "$work/case"
mkdir -p "$work"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

"$patroon" help > /dev/null 2>&1 || true   # build and extract once, outside the timed steps
lib="$root/shell/target/patroon-app/lib"
[ -d "$lib" ] || { echo "geen $lib: bouwen mislukt?" >&2; exit 2; }

t0="$(now)"
if [ "$reuse" = 0 ]; then
  java "$here/src/HaystackGenerator.java" --out "$work/chats" --messages "$messages" --seed "$seed" \
    --pools "$here/pools" --incidents "$here/incidents.tsv"
fi
t1="$(now)"
"$patroon" case init --dir "$work/case" --parket 10/999019-24 \
  --title "Haystack (fictief): Rick de Boer — Eva Kramer, twee telefoons" > /dev/null
"$here/case-setup.sh" "$patroon" "$work/case"
t2="$(now)"
"$patroon" ingest --case "$work/case" --paths "$work/chats/telefoons" | grep -E 'Ingelezen|overgeslagen|mislukt' || true
t3="$(now)"
"$patroon" export --case "$work/case" --format json --out "$work/case/exports/tijdlijn.json" > /dev/null
t4="$(now)"
java -cp "$lib/*" "$here/src/HaystackScore.java" "$work/case/exports/tijdlijn.json" "$work/chats/truth.tsv" \
  "$work/chats/haystack.json" "$work/score.txt"
echo
echo "times: generate $(secs "$t0" "$t1") s, case + parties $(secs "$t1" "$t2") s, ingest $(secs "$t2" "$t3") s," \
  "export $(secs "$t3" "$t4") s (wall, shared machine); report: $work/score.txt"
