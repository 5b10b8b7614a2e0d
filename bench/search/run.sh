#!/usr/bin/env bash
# Search benchmark (issue 21): latency of the shell's `search` command on an ingested case, with highlighting and
# the default limit of 20 hits, over a fixed, seeded mix of queries a prosecutor would type (see README.md).
#
#   bench/search/run.sh CASE_DIR [TIMED] [WARMUP] [SEED]     (default: 1200 timed after 400 warm-up, seed 21)
#
# CASE_DIR is a case already ingested, for issue 21 the 1 GB reference corpus (make-corpus.sh at scale 5.6, about
# 4 million passages):
#   bash ../shared/bench/make-corpus.sh /tmp/patroon-bench/corpus-1g 5.6
#   ./patroon case init /tmp/searchbench/case-1g --parket 10/000000-00 --title Zoekbench
#   ./patroon ingest --case /tmp/searchbench/case-1g --no-ocr /tmp/patroon-bench/corpus-1g
#   bench/search/run.sh /tmp/searchbench/case-1g
# The case is opened per query as the shell opens it (read-only use: no audit line, no index change).
# The JVM runs with the launcher's options (./patroon: -Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1) unless
# PATROON_JAVA_OPTS says otherwise, since those are what an interactive shell session runs with.
# Prints the machine's load average before and after (the figures mean little on a busy machine: compare the CPU
# columns, which count only the searching thread's own time), passages and index size, then p50/p95/p99/max per kind
# of query and overall. Needs: java 17, mvn (offline; builds shell and what it needs into this work tree, never
# installs).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -ge 1 ] || { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
case_dir="$(cd "$1" && pwd)"
[ -f "$case_dir/case.json" ] && [ -d "$case_dir/index" ] || { echo "geen geïndexeerde zaak: $case_dir" >&2; exit 2; }
shift
work="${BENCH_WORK:-/tmp/patroon-bench-search}"
mkdir -p "$work/classes"

cd "$root"
mvn -B -o -q -pl shell -am compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2
cp="$root/dossier-core/target/classes:$root/indexer/target/classes:$root/templates/target/classes"
cp="$cp:$root/shell/target/classes:$(cat "$work/cp.txt")"
javac -nowarn -d "$work/classes" -cp "$cp" "$here/src/SearchBench.java"

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo) memory; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r -a opts <<< "${PATROON_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1}"
java "${opts[@]}" -cp "$work/classes:$cp" SearchBench "$case_dir" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
