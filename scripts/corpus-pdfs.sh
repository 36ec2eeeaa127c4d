#!/usr/bin/env bash
# Remakes tests/fixtures/corpus/pdf/ from the corpus texts the way an
# administrator's paper becomes a PDF: each line a Word paragraph (pandoc),
# then LibreOffice's PDF export, which wraps lines and breaks ISO dates at
# their hyphens. Needs pandoc and LibreOffice (Debian: pandoc,
# libreoffice-writer-nogui); the tests only read the committed PDFs.
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/corpus"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for text in clean/*.txt defective/*.txt; do
  name=$(basename "$text" .txt)
  # A blank line after every line: one paragraph per line; a leading "- "
  # stays text, not a Markdown list.
  sed 's/$/\n/; s/^- /\\- /' "$text" > "$work/$name.md"
  pandoc -f markdown-smart "$work/$name.md" -o "$work/$name.docx"
done
soffice --headless --convert-to pdf --outdir pdf "$work"/*.docx > /dev/null
