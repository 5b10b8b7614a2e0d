#!/usr/bin/env bash
# Dossier analysis benchmark (issue 20, acceptance 4): merge proposals, pattern analysis (all bundled articles)
# and the analysis JSON for a synthetic case of 1,000,000 passages and 50,000 incidents, on one core.
#
#   bench/dossier/run.sh [passages] [incidents] [rounds]      (defaults: 1000000 50000 7)
#
# Builds dossier-core (offline, no install), compiles src/DossierBench.java against it and runs it pinned to one
# core (taskset) with -XX:ActiveProcessorCount=1. Environment: BENCH_WORK (default /tmp/patroon-bench-dossier),
# JAVA_OPTS (default -Xmx3g). Needs java 17, mvn, taskset (util-linux).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${BENCH_WORK:-/tmp/patroon-bench-dossier}"
mkdir -p "$work/classes"
(cd "$root" && mvn -B -o -q -pl dossier-core compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt")
cp="$root/dossier-core/target/classes:$(cat "$work/cp.txt")"
javac -nowarn -d "$work/classes" -cp "$cp" "$here/src/DossierBench.java"
pin=""
command -v taskset > /dev/null && pin="taskset -c 0"
$pin java ${JAVA_OPTS:--Xmx3g} -XX:ActiveProcessorCount=1 -XX:+UseParallelGC -cp "$cp:$work/classes" DossierBench "$@"
