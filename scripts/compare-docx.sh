#!/usr/bin/env bash
# Renders every example case as PDF (beslut) and DOCX (beslut, then
# LibreOffice) and compares them page by page: page count and the first
# line of body text on each page. Exits 1 when a case differs.
#
#   scripts/compare-docx.sh [CASES_DIR [CONFIG]]   (default: cases/ beslut.toml)
#
# Needs LibreOffice (soffice) and poppler (pdftotext, pdfinfo); installs
# them from Debian's packages where missing and apt-get is available.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-cases}
config=${2:-beslut.toml}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need soffice || ! need pdftotext; then
  if need apt-get; then
    echo "installerar LibreOffice och poppler-utils …" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q libreoffice-writer-nogui poppler-utils >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q libreoffice-writer-nogui poppler-utils >/dev/null; }
  else
    echo "soffice och pdftotext behövs (LibreOffice, poppler-utils)" >&2
    exit 2
  fi
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo run --quiet --release -- --config "$config" build "$cases" -o "$out/build" -q >&2
soffice --headless --convert-to pdf --outdir "$out/word" "$out"/build/*.docx >/dev/null 2>&1

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
# The first line of a page below the letterhead: page furniture (the
# letterhead on page 1, the footer) is the same by construction.
first_line() {
  pdftotext -f "$2" -l "$2" -layout "$1" - 2>/dev/null |
    sed -e 's/^ *//' -e 's/  .*//' |
    grep -v -e '^$' -e '^Dnr ' -e '^Sida ' -e '^Datum' |
    sed -n "$3p"
}

status=0
printf '%-40s %5s %5s  %s\n' "fall" "PDF" "DOCX" "första raden per sida (PDF | DOCX)"
for pdf in "$out"/build/*.pdf; do
  name=$(basename "$pdf")
  word="$out/word/$name"
  a=$(pages "$pdf"); b=$(pages "$word")
  mark=""; [ "$a" = "$b" ] || { mark=" ≠"; status=1; }
  printf '%-40s %5s %5s%s\n' "${name%.pdf}" "$a" "$b" "$mark"
  for ((p = 2; p <= a && p <= b; p++)); do
    x=$(first_line "$pdf" "$p" 1); y=$(first_line "$word" "$p" 1)
    same="="; [ "$x" = "$y" ] || { same="≠"; status=1; }
    printf '    sida %d %s %s | %s\n' "$p" "$same" "${x:0:45}" "${y:0:45}"
  done
done
exit $status
