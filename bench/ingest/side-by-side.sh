#!/usr/bin/env bash
# Compares the chat path of two builds of Patroon, run at the same time, one per core, so that both see the same
# machine speed (this machine's speed moves by a fifth within minutes; one build after the other cannot show a
# change of a few per cent). Each build is an extracted app folder, as ./patroon makes it
# (shell/target/patroon-app); copy one aside before changing the code.
#
#   bench/ingest/side-by-side.sh OLD_APP NEW_APP [whatsapp folder] [rounds]
#
# Prints both builds' per-message times round by round and the ratio of their rates (new / old).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
old="$1"; new="$2"
chats="${3:-${BENCH_WORK:-/tmp/patroon-bench}/corpus-default/whatsapp}"
rounds="${4:-7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
opts=(-Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1)   # as ./patroon runs the ingest
for side in old new; do
  app="${!side}"
  mkdir -p "$work/$side"
  javac -nowarn -cp "$app/lib/*" -d "$work/$side" "$here/src/ChatStages.java"
done
java "${opts[@]}" -cp "$old/lib/*:$work/old" ChatStages "$chats" "$rounds" > "$work/old.out" 2>/dev/null &
java "${opts[@]}" -cp "$new/lib/*:$work/new" ChatStages "$chats" "$rounds" > "$work/new.out" 2>/dev/null
wait
python3 - "$work/old.out" "$work/new.out" <<'EOF'
import re, statistics, sys
def rates(path):
    return [(float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)))
            for m in re.finditer(r'parse ([\d.]+) us, detect ([\d.]+) us, index ([\d.]+) us; (\d+) messages/s',
                                 open(path).read())]
old, new = rates(sys.argv[1]), rates(sys.argv[2])
print("round | old: parse / detect / index us, msg/s | new: parse / detect / index us, msg/s | new/old")
ratios = []
for i, (o, n) in enumerate(zip(old, new), 1):
    ratios.append(n[3] / o[3])
    print(f"{i} | {o[0]:.2f} / {o[1]:.2f} / {o[2]:.2f}, {o[3]:.0f} | {n[0]:.2f} / {n[1]:.2f} / {n[2]:.2f}, {n[3]:.0f}"
          f" | {ratios[-1]:.3f}")
print(f"median new/old over rounds 2..: {statistics.median(ratios[1:] or ratios):.3f} (round 1 includes warm-up)")
EOF
