#!/usr/bin/env bash
# Cross-case search benchmark: a two-node SolrCloud in one JVM (embedded ZooKeeper, loopback, security on), N cases
# of M passages published through CasePublisher, then person lookups timed (exact phone, fuzzy name).
# Usage: bench/solr/run.sh [cases=100] [passages-per-case=10000] [lookups=2000]     (offline Maven, no install)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -q -B -o test-compile -pl indexer/solr -am
cpfile="indexer/solr/target/bench-classpath.txt"
mvn -q -B -o dependency:build-classpath -pl indexer/solr -am -Dmdep.includeScope=test \
    -Dmdep.outputFile="$root/$cpfile" >/dev/null
cp="indexer/solr/target/test-classes:indexer/solr/target/classes:indexer/target/classes:dossier-core/target/classes:$(cat "$cpfile")"
exec java ${BENCH_JAVA_OPTS:--Xmx6g} -cp "$cp" nl.patroon.indexer.solr.SharedCollectionBenchmark "$@" 2>&1 \
  | grep -v -E 'WARN|INFO|^\s+at |ERROR ZkTestServer|Missing Java Option|jersey|MessageBodyWriter'
