#!/usr/bin/env bash
# Prints a fingerprint of everything beslut writes for the bundled examples and
# what its lint says about the real papers: the SHA-256 of every PDF and DOCX
# from `build`, `build --archive` and `meeting`, and of the lint JSON over
# ../shared/realpapers*, ../shared/seeds. Used to prove that a refactoring
# changes no behaviour: run it before and after and diff the two outputs.
#
#   scripts/behaviour-fingerprint.sh target/release/beslut > before.txt
set -euo pipefail
bin=$(realpath "${1:-target/release/beslut}")
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" build cases/ -o "$work/build" -q >/dev/null 2>&1 || true
"$bin" build cases/ --archive -o "$work/archive" -q >/dev/null 2>&1 || true
for meeting in meetings/*.yaml; do
  "$bin" meeting "$meeting" -o "$work/meeting" >/dev/null 2>&1 || true
done
(cd "$work" && find . -type f \( -name '*.pdf' -o -name '*.docx' \) -print0 | sort -z | xargs -0 sha256sum)
shared=../shared
for set in realpapers realpapers-2 seeds; do
  [ -d "$shared/$set" ] || continue
  # Paths relative to the project so the JSON does not depend on the checkout.
  "$bin" lint --format json --fail-on never "$shared/$set" > "$work/lint-$set.json" 2>/dev/null || true
  printf '%s  lint %s\n' "$(sha256sum < "$work/lint-$set.json" | cut -c1-64)" "$set"
done
