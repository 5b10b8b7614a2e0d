#!/usr/bin/env bash
# The classify JSONL protocol from the command line: bench/detection/classify.sh [--rules DIR] [FILE]
# (no FILE: standard input). Builds the indexer offline first.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
( cd "$root" && mvn -q -B -o test-compile -pl indexer -am ) >&2
cpfile="$root/indexer/target/bench-classpath.txt"
if [ ! -s "$cpfile" ]; then
  ( cd "$root" && mvn -q -B -o dependency:build-classpath -pl indexer -am -Dmdep.outputFile="$cpfile" >/dev/null )
fi
cp="$root/indexer/target/test-classes:$root/indexer/target/classes:$root/dossier-core/target/classes:$(cat "$cpfile")"
exec java -cp "$cp" nl.patroon.indexer.detect.bench.ClassifyMain "$@"
