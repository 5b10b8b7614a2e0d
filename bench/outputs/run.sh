#!/usr/bin/env bash
# Rendering benchmark (issue 22): a synthetic case of N confirmed entries exported as JSON, HTML and PDF for the
# court and (redacted) for the defence, each ROUNDS times in one JVM. Prints wall time and size per export.
#
#   bench/outputs/run.sh [N] [ROUNDS]               (default: 5000 entries, 2 rounds)
#   bench/outputs/run.sh --incidents [N] [ROUNDS]   N confirmed incidents with 1-3 sources each, orders, family
#                                                   procedures, and the summary page and family view
#
# Needs: java 17, mvn. Builds dossier-core and templates (offline) into this work tree; never installs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mode=entries
if [[ "${1:-}" == "--incidents" ]]; then
  mode=incidents
  shift
fi
n="${1:-5000}"
rounds="${2:-2}"
work="${BENCH_WORK:-/tmp/patroon-bench-outputs}"
mkdir -p "$work/classes"
cd "$root"
mvn -B -o -q -pl templates -am compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2
cp="$root/dossier-core/target/classes:$root/templates/target/classes:$(cat "$work/cp.txt")"
javac -d "$work/classes" -cp "$cp" "$here"/src/*.java
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -cp "$work/classes:$cp" RenderBench "$n" "$rounds" "$work/out" "$mode"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
