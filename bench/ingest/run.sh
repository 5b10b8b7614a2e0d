#!/usr/bin/env bash
# Ingest benchmark: Patroon's ingest against the reference pipeline an engineer would otherwise script
# (Tika AutoDetectParser per file with one thread per core, one text file per input, then Lucene
# IndexFiles-style indexing with StandardAnalyzer), on the same corpus, in one go.
#
#   bench/ingest/run.sh [CORPUS_DIR|small|default]      (default: default)
#
# small/default: the corpus is written once by ../shared/bench/make-corpus.sh into $BENCH_WORK.
# Environment: BENCH_WORK (default /tmp/patroon-bench), THREADS (default: nproc), CHATS_ONLY_RUN=0 to skip
# the chat-only run, ROUNDS=N (default 1) to repeat the runs N times, interleaved, and report the median: the speed
# of a shared virtual machine moves by a fifth within the hour, so one pair is only good to about that. Needs: java 17, mvn, /usr/bin/time (apt-get install -y time), python3.
# OCR is off in both pipelines. Prints wall times, their ratio, files/s, MB/s, CPU time and peak memory.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${BENCH_WORK:-/tmp/patroon-bench}"
cores="$(nproc)"   # before OMP_THREAD_LIMIT is set: GNU nproc honours it
threads="${THREADS:-$cores}"
arg="${1:-default}"
mkdir -p "$work"
export OMP_THREAD_LIMIT=1   # Tesseract: one thread per process (2.8x faster with a process per core)

shared=""
for c in "$root/../shared" /work/shared; do
  if [ -f "$c/bench/make-corpus.sh" ]; then shared="$(cd "$c" && pwd)"; break; fi
done

case "$arg" in
  small|default)
    corpus="$work/corpus-$arg"
    if [ ! -f "$work/corpus-$arg.done" ]; then
      [ -n "$shared" ] || { echo "make-corpus.sh niet gevonden (../shared/bench)" >&2; exit 2; }
      rm -rf "$corpus"
      echo "Corpus '$arg' wordt gemaakt in $corpus …" >&2
      bash "$shared/bench/make-corpus.sh" "$corpus" "$arg" >&2
      touch "$work/corpus-$arg.done"
    fi ;;
  *)
    [ -d "$arg" ] || { echo "geen map: $arg" >&2; exit 2; }
    corpus="$(cd "$arg" && pwd)" ;;
esac

# Patroon runs as users run it: through the launcher (extracted jar, class-data sharing; it builds when needed).
patroon="$root/patroon"
"$patroon" help > /dev/null 2>&1 || true  # build, extract and train once, outside the timed runs
lib="$root/shell/target/patroon-app/lib"
[ -d "$lib" ] || { echo "geen $lib: bouwen mislukt?" >&2; exit 2; }
cp="$lib/*"
mkdir -p "$work/refclasses"
javac -nowarn -d "$work/refclasses" -cp "$cp" "$here/src/ReferencePipeline.java"

# Peak resident memory of a process tree (the ingest plus its worker processes), sampled every 0.2 s.
tree_rss_kb() {
  local all="$1" level="$1" next p sum=0 r
  while [ -n "$level" ]; do
    next=""
    for p in $level; do next="$next $(cat /proc/"$p"/task/*/children 2>/dev/null || true)"; done
    level="$(echo $next)"; all="$all $level"
  done
  for p in $all; do
    r="$(awk '/^VmRSS/{print $2}' /proc/"$p"/status 2>/dev/null || true)"; sum=$((sum + ${r:-0}))
  done
  echo "$sum"
}
# measure NAME CMD… : runs CMD under /usr/bin/time, samples the tree's RSS; writes $work/NAME.{time,peak,out}
measure() {
  local name="$1"; shift
  /usr/bin/time -f "%e %M %U %S %x" -o "$work/$name.time" "$@" > "$work/$name.out" 2>&1 &
  local pid=$! peak=0 v
  while kill -0 "$pid" 2>/dev/null; do
    v="$(tree_rss_kb "$pid")"; [ "$v" -gt "$peak" ] && peak="$v"
    sleep 0.2
  done
  wait "$pid" || true
  echo "$peak" > "$work/$name.peak"
}

files=$(find "$corpus" -type f | wc -l)
bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s+=$1} END{print s+0}')
echo "Corpus: $corpus — $files bestanden, $((bytes / 1000000)) MB; $threads threads; $cores kernen" >&2
find "$corpus" -type f -exec cat {} + > /dev/null   # warm page cache, as for the reference figures

rounds="${ROUNDS:-1}"
chats=""
for round in $(seq "$rounds"); do
  [ "$rounds" = 1 ] || echo "ronde $round van $rounds" >&2
  echo "1/3 referentiepijplijn (Tika + Lucene IndexFiles) …" >&2
  rm -rf "$work/ref"
  measure "reference.$round" java -Xmx1g -cp "$cp:$work/refclasses" ReferencePipeline "$corpus" "$work/ref" "$threads"

  echo "2/3 Patroon ingest (-Xmx1g, OCR uit) …" >&2
  rm -rf "$work/case"
  "$patroon" case init "$work/case" --parket 10/000000-00 --title Benchmark > /dev/null 2>&1
  measure "patroon.$round" "$patroon" ingest --case "$work/case" --no-ocr --threads "$threads" "$corpus"
  cp "$work/case/exports/ingest-report.json" "$work/patroon.$round.report.json" 2>/dev/null || true

  if [ "${CHATS_ONLY_RUN:-1}" = 1 ] && [ -d "$corpus/whatsapp" ]; then
    echo "3/3 Patroon, alleen chatexports (berichten/s) …" >&2
    rm -rf "$work/case-chats"
    "$patroon" case init "$work/case-chats" --parket 10/000000-00 --title Chats > /dev/null 2>&1
    measure "chats.$round" "$patroon" ingest --case "$work/case-chats" --no-ocr --threads "$threads" "$corpus/whatsapp"
    cp "$work/case-chats/exports/ingest-report.json" "$work/chats.$round.report.json" 2>/dev/null || true
    chats=yes
  fi
done

python3 - "$work" "$files" "$bytes" "$rounds" "$chats" <<'PY'
import json, statistics, sys
work, files, nbytes, rounds, chats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
def m(name):
    wall, maxrss, user, sys_, code = open(f"{work}/{name}.time").read().split()[-5:]
    return dict(wall=float(wall), maxrss=int(maxrss) / 1024, cpu=float(user) + float(sys_), code=int(code),
                tree=int(open(f"{work}/{name}.peak").read()) / 1024)
def report(name):
    try:
        return json.load(open(f"{work}/{name}.report.json"))
    except Exception:
        return None
print(f"corpus: {files} files, {nbytes/1e6:.1f} MB" + (f"; {rounds} rounds, interleaved" if rounds > 1 else ""))
print("| round | pipeline | wall s | files/s | MB/s | CPU s | peak RSS largest process MB | peak RSS process tree MB | exit |")
print("|---|---|---|---|---|---|---|---|---|")
ratios, rates = [], []
for i in range(1, rounds + 1):
    ref, pat = m(f"reference.{i}"), m(f"patroon.{i}")
    for name, r in (("reference (Tika + Lucene IndexFiles)", ref), ("Patroon ingest", pat)):
        print(f"| {i} | {name} | {r['wall']:.1f} | {files/r['wall']:.1f} | {nbytes/1e6/r['wall']:.1f} | {r['cpu']:.1f} "
              f"| {r['maxrss']:.0f} | {r['tree']:.0f} | {r['code']} |")
    ratios.append(pat["wall"] / ref["wall"])
for i, r in enumerate(ratios, 1):
    print(f"ratio Patroon / reference (wall), round {i}: {r:.2f}")
if rounds > 1:
    print(f"ratio Patroon / reference (wall), median of {rounds}: {statistics.median(ratios):.2f}")
for i in range(1, rounds + 1):
    rep = report(f"patroon.{i}")
    if rep is None:
        print(f"Patroon report of round {i} unreadable")
        continue
    print(f"Patroon, round {i}: ingest itself {rep['millis']/1000:.1f} s (rest is JVM/Spring start-up), totals "
          f"{rep['totals']}, passages {sum(f['passages'] for f in rep['files'])}")
for i in range(1, rounds + 1) if chats else ():
    c, rep = m(f"chats.{i}"), report(f"chats.{i}")
    if rep is None:
        print(f"chat-only report of round {i} unreadable")
        continue
    msgs = sum(f["passages"] for f in rep["files"])
    rates.append(msgs / (rep["millis"] / 1000))
    print(f"chat exports only, round {i}: {len(rep['files'])} files, {msgs} messages, wall {c['wall']:.1f} s, "
          f"ingest {rep['millis']/1000:.1f} s -> {rates[-1]:.0f} messages/s (ingest), "
          f"{msgs/c['wall']:.0f} messages/s (whole process)")
if rounds > 1 and rates:
    print(f"chat messages/s (ingest), median of {len(rates)}: {statistics.median(rates):.0f}")
PY
