#!/usr/bin/env bash
# One review action on a case.db of 1,000,000 suggestions and 50,000 incidents (issue 20, acceptance 4).
#
#   bench/dossier/review.sh [actions]      (default 200)
#
# Builds dossier-core and the indexer (offline, no install), compiles src/ReviewActionBench.java against them,
# generates the case.db once in $BENCH_WORK (default /tmp/patroon-bench-dossier; several minutes, about 400 MB)
# and times confirm + undo per action. Needs java 17, mvn.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${BENCH_WORK:-/tmp/patroon-bench-dossier}"
mkdir -p "$work/classes"
(cd "$root" && mvn -B -o -q -pl dossier-core,indexer -am compile && \
  mvn -B -o -q -pl dossier-core,indexer dependency:build-classpath -Dmdep.outputFile="$work/cp-indexer.txt")
cp="$root/dossier-core/target/classes:$root/indexer/target/classes:$(cat "$work/cp-indexer.txt")"
javac -nowarn -d "$work/classes" -cp "$cp" "$here/src/ReviewActionBench.java"
java ${JAVA_OPTS:--Xmx1g} -cp "$cp:$work/classes" ReviewActionBench "$work/review-bench.db" "${1:-200}"
