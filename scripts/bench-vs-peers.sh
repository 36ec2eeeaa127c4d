#!/usr/bin/env bash
# beslut against the tools a municipality would otherwise script together:
# the typst CLI for the PDF and pandoc for the Word file, on the same papers
# (beslut's own layout and data for typst, the same text as Markdown for
# pandoc; fonts from fonts/). Measured alternately, one core each.
#
#   scripts/bench-vs-peers.sh [PAPERS=50] [ROUNDS=5]
#
# Installs nothing. A peer that is not on PATH (or named by $TYPST, $PANDOC)
# is skipped and said so. Needs a release build (cargo build --release);
# builds the small peer-input helper with `cargo bench --bench peers`.
set -euo pipefail

papers=${1:-50}
rounds=${2:-5}
repo=$(cd "$(dirname "$0")/.." && pwd)
beslut=${BESLUT:-$repo/target/release/beslut}
typst=${TYPST:-$(command -v typst || true)}
pandoc=${PANDOC:-$(command -v pandoc || true)}
[ -x "$beslut" ] || { echo "no $beslut: run cargo build --release first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cases"
# The example contract case, each with its own Dnr, supplier and officer:
# no paper is a copy of another (Typst's memo would reuse a copy's layout).
names=(Aster Björk Cedra Dahlia Eken Fläder Gran Hassel Iris Jasmin)
for i in $(seq -w 1 "$papers"); do
  n=$((10#$i))
  supplier="${names[n % 10]}gruppen$n"
  sed -e "s/SON 2026-118/SON 2026-$((1000 + n))/" \
      -e "s/Solrosgruppen/$supplier/g" \
      -e "s/Kim Exempelsson/Kim Exempel$n/g" \
      "$repo/cases/avtalsforlangning-solrosgruppen.yaml" > "$work/cases/c$i.yaml"
done
(cd "$repo" && cargo bench -q --bench peers -- "$work" > /dev/null)
cp "$repo/beslut.toml" "$work/"
cp -r "$repo/templates" "$repo/fonts" "$work/" 2>/dev/null || true

one_core() { taskset -c 0 "$@"; }

# Each contender writes over its last round's files; nothing else (no
# clean-up, no shell of its own) is inside a measurement.
run_beslut() {
  RAYON_NUM_THREADS=1 one_core "$beslut" build -q "$work/cases" -o "$work/out" > /dev/null 2>&1
}
run_typst() {
  for dir in "$work"/peers/*/; do
    one_core "$typst" compile --root "$dir" --font-path "$repo/fonts" \
      --ignore-system-fonts "$dir/main.typ" "$dir/out.pdf"
  done
}
run_pandoc() {
  for md in "$work"/peers/*.md; do
    one_core "$pandoc" "$md" -o "${md%.md}.docx"
  done
}
mkdir -p "$work/one"
cp "$work/cases/c$(printf '%0*d' ${#papers} 1).yaml" "$work/one/"
run_first_beslut() {
  RAYON_NUM_THREADS=1 one_core "$beslut" build -q "$work/one" -o "$work/out1" > /dev/null 2>&1
}
run_first_typst() {
  local dir
  dir=$(ls -d "$work"/peers/*/ | head -1)
  one_core "$typst" compile --root "$dir" --font-path "$repo/fonts" \
    --ignore-system-fonts "$dir/main.typ" "$dir/out.pdf"
}
# The same first paper with every core the machine has, as an editor's or a
# clerk's single build runs (beslut lints beside rendering; typst lays out
# in parallel where it can).
run_first_beslut_all() {
  "$beslut" build -q "$work/one" -o "$work/out1" > /dev/null 2>&1
}
run_first_typst_all() {
  local dir
  dir=$(ls -d "$work"/peers/*/ | head -1)
  "$typst" compile --root "$dir" --font-path "$repo/fonts" \
    --ignore-system-fonts "$dir/main.typ" "$dir/out.pdf"
}

# Median of the rounds, each round running every contender once in turn.
declare -A times
measure() { # name command
  local start end
  # Bash's own clock, read without a subshell or a `date` process, whose
  # start-up would otherwise be part of every figure.
  start=$EPOCHREALTIME; "$2"; end=$EPOCHREALTIME
  times[$1]+="$(echo "$end - $start" | bc) "
}
median() { tr ' ' '\n' <<< "${times[$1]}" | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

have_typst=$([ -n "$typst" ] && echo 1 || echo 0)
have_pandoc=$([ -n "$pandoc" ] && echo 1 || echo 0)
[ "$have_typst" = 1 ] || echo "typst CLI not found (set TYPST=…): skipped"
[ "$have_pandoc" = 1 ] || echo "pandoc not found (set PANDOC=…): skipped"

for _ in $(seq "$rounds"); do
  measure beslut run_beslut
  [ "$have_typst" = 1 ] && measure typst run_typst
  [ "$have_pandoc" = 1 ] && measure pandoc run_pandoc
  measure first_beslut run_first_beslut
  [ "$have_typst" = 1 ] && measure first_typst run_first_typst
  measure first_beslut_all run_first_beslut_all
  [ "$have_typst" = 1 ] && measure first_typst_all run_first_typst_all
done

b=$(median beslut)
printf '%s papers, one core, median of %s rounds\n' "$papers" "$rounds"
printf '  beslut build (PDF + DOCX + lint)   %8.3f s\n' "$b"
peers=0
if [ "$have_typst" = 1 ]; then
  t=$(median typst); peers=$(echo "$peers + $t" | bc)
  printf '  typst compile (PDF), per paper     %8.3f s   (%s)\n' "$t" "$("$typst" --version)"
fi
if [ "$have_pandoc" = 1 ]; then
  p=$(median pandoc); peers=$(echo "$peers + $p" | bc)
  printf '  pandoc (DOCX), per paper           %8.3f s   (%s)\n' "$p" "$("$pandoc" --version | head -1)"
fi
if [ "$(echo "$peers > 0" | bc)" = 1 ]; then
  printf '  ratio: peers / beslut              %8.1f×\n' "$(echo "$peers / $b" | bc -l)"
fi
for cores in one all; do
  suffix=$([ "$cores" = one ] && echo "" || echo "_all")
  label=$([ "$cores" = one ] && echo "one core" || echo "all $(nproc) cores")
  fb=$(median "first_beslut$suffix")
  printf 'first paper, whole process, %s\n  beslut build, one case             %8.3f s\n' "$label" "$fb"
  if [ "$have_typst" = 1 ]; then
    ft=$(median "first_typst$suffix")
    printf '  typst compile, one paper           %8.3f s\n  ratio: typst / beslut              %8.2f×\n' "$ft" "$(echo "$ft / $fb" | bc -l)"
  fi
done
