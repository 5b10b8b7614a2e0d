#!/usr/bin/env python3
"""Why the haystack scores what it scores (issue 19): a reading aid next to HaystackScore.java, not a figure.

    python3 bench/detection/haystack/breakdown.py [WORK]        (WORK default /tmp/patroon-haystack)

Reads WORK/case/case.db (every suggestion, 'other' included), the chat files under WORK/chats/telefoons (to know
each passage's text: passage 'E-0007:m12' is the 12th dated line of exhibit E-0007), WORK/chats/truth.tsv,
WORK/chats/haystack.json and WORK/case/exports/tijdlijn.json, and prints

* false default-timeline entries by rule, by category, by conversation kind (theme, group or one-to-one, whose
  phone, author's role) and by relevance;
* each missed planted incident with its reason: not detected at all, detected but relevance 'other' only,
  detected (not 'other') but not in the timeline (merged away), in the timeline on a wrong date.
Python 3 standard library only.
"""
import collections
import json
import os
import re
import sqlite3
import sys

work = sys.argv[1] if len(sys.argv) > 1 else "/tmp/patroon-haystack"
chats = os.path.join(work, "chats")
case = os.path.join(work, "case")
DATED = re.compile(r"^(\d\d-\d\d-\d{4}) (\d\d:\d\d) - (.*)$")

hay = json.load(open(os.path.join(chats, "haystack.json"), encoding="utf-8"))
kind_of_file = {}
for c in hay["conversations"]:
    for f in c["files"]:
        phone = "eva" if "eva-kramer" in f else "rick"
        kind_of_file[os.path.basename(f)] = "%s/%s/%s" % (phone, c["theme"], "group" if c["group"] else "1:1")

db = sqlite3.connect(os.path.join(case, "case.db"))
exhibits = {}
for eid, name in db.execute("select id, original_name from evidence"):
    exhibits[eid] = name


def read_passages(name):
    """Message number -> (date dd-MM-yyyy, author, text) of one export file."""
    path = None
    for phone in ("telefoon-eva-kramer", "telefoon-rick-de-boer"):
        p = os.path.join(chats, "telefoons", phone, name)
        if os.path.exists(p):
            path = p
    out = {}
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            m = DATED.match(line)
            if m:
                n += 1
                rest = m.group(3)
                author, _, text = rest.partition(": ") if ": " in rest else ("", "", rest)
                out[n] = [m.group(1), author, text]
            elif n:
                out[n][2] += "\n" + line
    return out


passages = {}
for eid, name in exhibits.items():
    if name and name.endswith(".txt"):
        passages[eid] = read_passages(name)


def passage(pid):
    eid, _, m = pid.partition(":")
    return passages.get(eid, {}).get(int(m[1:]), ["?", "?", "?"])


def norm(s):
    return " ".join(s.lower().split())


truth = collections.OrderedDict()
planted_texts = set()
with open(os.path.join(chats, "truth.tsv"), encoding="utf-8") as fh:
    next(fh)
    for line in fh:
        f = line.rstrip("\n").split("\t")
        truth.setdefault(f[0], []).append({"date": f[1], "cats": f[3], "chat": f[4], "text": f[7]})
        planted_texts.add(norm(f[7]))

# All suggestions per passage.
by_passage = collections.defaultdict(list)
for pid, cat, rule, conf, rel, attrs in db.execute(
        "select passage_id, category, rule_id, confidence, relevance, attributes from suggestion"):
    by_passage[pid].append((cat, rule, conf, (rel or "").lower(), attrs or ""))

export = json.load(open(os.path.join(case, "exports", "tijdlijn.json"), encoding="utf-8"))
in_timeline = {}
for e in export["entries"]:
    in_timeline[e["id"]] = e

# ---- false entries in the default timeline
rule_n = collections.Counter()
cat_n = collections.Counter()
kind_n = collections.Counter()
rel_n = collections.Counter()
role_n = collections.Counter()
conf_n = collections.Counter()
for pid, e in in_timeline.items():
    if norm(e["text"]) in planted_texts:
        continue
    shown = [s for s in e["suggestions"] if (s.get("relevance") or "").lower() != "other"]
    if not shown:
        continue
    name = exhibits.get(pid.split(":")[0], "?")
    kind_n[kind_of_file.get(name, "?")] += 1
    role_n[e.get("party") or "unresolved:" + (e.get("author") or "?")] += 1
    for s in shown:
        rule_n[s["rule"]] += 1
        cat_n[s["category"]] += 1
        rel_n[s.get("relevance")] += 1
        conf_n[s.get("confidence")] += 1


def top(title, counter, k=30):
    print("\n" + title)
    for key, n in counter.most_common(k):
        print("  %6d  %s" % (n, key))


print("false entries in the default timeline: %d" % sum(kind_n.values()))
top("false suggestions by rule:", rule_n)
top("false suggestions by category:", cat_n)
top("false suggestions by relevance:", rel_n)
top("false suggestions by confidence:", conf_n)
top("false entries by conversation (phone/theme/kind):", kind_n)
top("false entries by author:", role_n, 15)

# ---- missed incidents and why
found = set()
reasons = collections.Counter()
print("\nplanted incidents, missed ones with their reason:")
text_to_pids = collections.defaultdict(list)
for eid, ps in passages.items():
    for n, (d, a, t) in ps.items():
        if norm(t) in planted_texts:
            text_to_pids[norm(t)].append("%s:m%d" % (eid, n))
for inc, msgs in truth.items():
    best = "not detected at all"
    rank = {"not detected at all": 0, "detected, relevance other only": 1,
            "detected, not in the timeline (merged away)": 2, "in the timeline, wrong date": 3, "found": 4}
    detail = []
    for m in msgs:
        for pid in text_to_pids.get(norm(m["text"]), []):
            d = passage(pid)[0]
            iso = "%s-%s-%s" % (d[6:10], d[3:5], d[0:2])
            near = abs((__import__("datetime").date.fromisoformat(iso)
                        - __import__("datetime").date.fromisoformat(m["date"])).days) <= 1
            if not near:
                continue  # the same text elsewhere (a pool line or another incident)
            ss = by_passage.get(pid, [])
            if not ss:
                r = "not detected at all"
            elif all(s[3] == "other" for s in ss):
                r = "detected, relevance other only"
                detail.append("%s other: %s" % (pid, ",".join("%s/%s/%s" % (s[0], s[1], s[2]) for s in ss)))
            elif pid in in_timeline:
                r = "found"
            else:
                r = "detected, not in the timeline (merged away)"
            if rank[r] > rank[best]:
                best = r
    if best == "found":
        found.add(inc)
        continue
    reasons[best] += 1
    m = msgs[0]
    print("  %s %s %-11s %-35s %-44s %s" % (inc, m["date"], m["chat"], m["cats"][:35], best, m["text"][:90]))
    for x in detail[:2]:
        print("        " + x)
print("\nfound %d/%d; missed by reason:" % (len(found), len(truth)))
for r, n in reasons.most_common():
    print("  %3d  %s" % (n, r))
