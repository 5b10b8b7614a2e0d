#!/usr/bin/env bash
# Checks and counts the development corpus: bench/detection/dev/<register>.txt, lines `LABELS | lang | text`.
#   bench/detection/dev/stats.sh            # checks, then counts per register, label and language
# Checks (exit status 1 on any failure): exactly three fields; every label a taxonomy ID (or NONE alone);
# lang nl or en; no duplicate text (case- and space-insensitive) within or across files; no empty text.
# Lines starting with '#' and blank lines are comments.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ids="THREAT_TO_KILL THREAT_OF_VIOLENCE THREAT_TO_OTHERS SUICIDE_THREAT THREAT_EXPOSURE CUSTODY_THREAT MONITORING
ISOLATION ECONOMIC_CONTROL HUMILIATION JEALOUSY_POSSESSION STALKING PHYSICAL_VIOLENCE STRANGULATION SEXUAL_VIOLENCE
WEAPON SEPARATION COERCION PROPERTY_DAMAGE CHILD_EXPOSURE ORDER_VIOLATION VICTIM_FEAR PREGNANCY"
awk -v ids="$ids" '
BEGIN { n = split(ids, a, /[ \n]+/); for (i = 1; i <= n; i++) valid[a[i]] = 1; err = 0 }
FNR == 1 { reg = FILENAME; sub(/.*\//, "", reg); sub(/\.txt$/, "", reg); regs[reg] = 1 }
/^[ \t]*(#|$)/ { next }
{
  k = split($0, f, / \| /)
  if (k != 3) { printf "%s:%d: %d fields, expected 3: %s\n", FILENAME, FNR, k, $0; err = 1; next }
  labels = f[1]; lang = f[2]; text = f[3]
  if (lang != "nl" && lang != "en") { printf "%s:%d: bad lang \"%s\"\n", FILENAME, FNR, lang; err = 1 }
  if (text ~ /^[ \t]*$/) { printf "%s:%d: empty text\n", FILENAME, FNR; err = 1 }
  m = split(labels, L, /,/)
  abusive = 0; delete lineL
  for (i = 1; i <= m; i++) {
    if (L[i] == "NONE") { if (m > 1) { printf "%s:%d: NONE combined with other labels\n", FILENAME, FNR; err = 1 } }
    else if (!(L[i] in valid)) { printf "%s:%d: unknown label \"%s\"\n", FILENAME, FNR, L[i]; err = 1 }
    else { abusive = 1; seenL[L[i]]++ ; perRegL[reg, L[i]]++ }
    if (lineL[L[i]]++) { printf "%s:%d: label repeated: %s\n", FILENAME, FNR, L[i]; err = 1 }
  }
  key = tolower(text); gsub(/[ \t]+/, " ", key); sub(/^ /, "", key); sub(/ $/, "", key)
  if (key in seen) { printf "%s:%d: duplicate of %s: %s\n", FILENAME, FNR, seen[key], text; err = 1 }
  else seen[key] = FILENAME ":" FNR
  total++; perReg[reg]++; perLang[lang]++; perRegLang[reg, lang]++
  if (!abusive) { benign++; perRegBenign[reg]++ }
}
END {
  printf "\n%-20s %6s %6s %6s %8s\n", "register", "items", "nl", "en", "benign"
  nr = 0; for (r in regs) R[++nr] = r
  for (i = 1; i <= nr; i++) for (j = i + 1; j <= nr; j++) if (R[j] < R[i]) { t = R[i]; R[i] = R[j]; R[j] = t }
  for (i = 1; i <= nr; i++) { r = R[i]; printf "%-20s %6d %6d %6d %7.0f%%\n", r, perReg[r], perRegLang[r, "nl"], perRegLang[r, "en"], 100 * perRegBenign[r] / (perReg[r] ? perReg[r] : 1) }
  printf "%-20s %6d %6d %6d %7.0f%%\n", "TOTAL", total, perLang["nl"], perLang["en"], 100 * benign / (total ? total : 1)
  printf "\n%-20s %6s\n", "label", "items"
  n = split(ids, a, /[ \n]+/)
  low = 0
  for (i = 1; i <= n; i++) { c = seenL[a[i]] + 0; printf "%-20s %6d%s\n", a[i], c, (c < 25 ? "   < 25" : ""); if (c < 25) low++ }
  printf "%-20s %6d\n", "NONE", benign
  printf "\n%d registers, %d items, %d categories under 25\n", length(regs), total, low
  exit err
}' "$here"/*.txt
