#!/usr/bin/env bash
# Parties and orders of the haystack case (fictional), matching the chat senders the generator writes.
#   bench/detection/haystack/case-setup.sh PATROON CASE_DIR
# Adds the parties to an existing case in one `patroon script` run (party ids follow the order below: P-01 Eva,
# P-02 Rick, P-03 Milan, P-04 Noor, ...). Aliases are comma-joined because a script line keeps only the last of
# repeated --alias options. Orders are added when the launcher has an `order add` command (issue 19); until then
# they are printed and skipped.
set -euo pipefail
patroon="$1"
case_dir="$2"

# role | name | aliases (comma-separated: every name the two phones show for this person)
parties='slachtoffer|Eva Kramer|Eva Kramer,Eva ❤️,Eva,+31 6 23 45 12 09,+31623451209
verdachte|Rick de Boer|Rick de Boer,Rick,+31 6 18 77 30 41,+31618773041,+31 6 41 87 22 90,+31641872290
kind|Milan de Boer|Milan,Milan de Boer
kind|Noor de Boer|Noor,Noor de Boer
getuige|Lisa Kramer|Lisa Kramer,Lisa 👭,Lisa
getuige|Fatima Ouali|Fatima Ouali,Fatima
getuige|Marian Kramer|Marian Kramer,Mama
getuige|Emma Clarke|Emma Clarke,Emma (werk)
derde|Dennis de Boer|Dennis de Boer,Dennis,Dennis (broer Rick)
derde|Kevin Mulder|Kevin Mulder,Kevin
derde|Sander Vos|Sander Vos,Sander
derde|Jeroen Kramer|Jeroen Kramer,Jeroen broer'

# kind | protects (party ids) | against | from | to | note
orders='huisverbod|P-01,P-03,P-04|P-02|2024-03-10|2024-03-20|tijdelijk huisverbod burgemeester (fictief)
contactverbod|P-01,P-03,P-04|P-02|2024-03-20|2024-06-20|gedragsaanwijzing OvJ art. 509hh Sv (fictief)'

script="$(mktemp)"
trap 'rm -f "$script"' EXIT
while IFS='|' read -r role name aliases; do
  printf 'party add --case "%s" --role %s --name "%s" --alias "%s"\n' "$case_dir" "$role" "$name" "$aliases"
done <<< "$parties" > "$script"
if "$patroon" help order add > /dev/null 2>&1; then
  while IFS='|' read -r kind protects against from to note; do
    printf 'order add --case "%s" --kind %s --protects "%s" --against %s --from %s --to %s --note "%s"\n' \
      "$case_dir" "$kind" "$protects" "$against" "$from" "$to" "$note"
  done <<< "$orders" >> "$script"
else
  echo "case-setup: geen 'order add'-commando; verboden niet ingevoerd:" >&2
  sed 's/^/  /' <<< "$orders" >&2
fi
"$patroon" script --file "$script"
