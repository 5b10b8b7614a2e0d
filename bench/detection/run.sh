#!/usr/bin/env bash
# Detection benchmark: builds the indexer offline and prints P/R/F1 per category, macro F1, the benign
# false-positive rate and single-thread classify throughput on the development corpus bench/detection/dev
# (every *.txt in it), or on one file or folder given.
# Usage: bench/detection/run.sh [--errors] [--no-speed] [devset-file-or-folder]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
devset="bench/detection/dev"   # the development corpus, one file per register
flags=()
for a in "$@"; do
  case "$a" in
    --*) flags+=("$a") ;;
    *) devset="$a" ;;
  esac
done
# The benchmark code lives in the indexer's test sources: it is not shipped in the product jar.
mvn -q -B -o test-compile -pl indexer -am
cpfile="indexer/target/bench-classpath.txt"
if [ ! -s "$cpfile" ] || [ indexer/pom.xml -nt "$cpfile" ] || [ pom.xml -nt "$cpfile" ]; then
  mvn -q -B -o dependency:build-classpath -pl indexer -am -Dmdep.outputFile="$root/$cpfile" >/dev/null
fi
cp="indexer/target/test-classes:indexer/target/classes:dossier-core/target/classes:$(cat "$cpfile")"
exec java -cp "$cp" nl.patroon.indexer.detect.bench.DetectionBenchmark "$devset" "${flags[@]+"${flags[@]}"}"
