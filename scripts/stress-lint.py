#!/usr/bin/env python3
"""Splice real and probe papers into hostile texts and lint each one.

The fuzz targets (fuzz/) mutate bytes; this mutates papers the way a
careless export or a copy-paste run does, with no nightly toolchain and no
instrumented build: a sentence repeated thousands of times on one line,
a few sentences repeated to some MB,
line ends removed, sentences of many papers shuffled together, characters
replaced by digits and units, numbers doubled, long runs of figures, and
the calendar words the readers tie to dates (weeks, holidays, opening
hours, summed-up lists). Each text goes through `beslut lint` once.

A text is reported when the lint ends in an internal error (a panic it
caught: exit 2 with "internt fel"), dies of a signal, or takes more than
3 s and more than 1.5 s a MB (a reader comparing each mention with every
other shows first on a few sentences repeated to some MB); the text is kept for a regression test. Texts over 8 MB are cut, as
the lint refuses larger ones (exit 2, said so).

    scripts/stress-lint.py target/release/beslut [SECONDS=300] [SEED=1]

Reads ../shared/realpapers*, ../shared/seeds (when present) and the
probe sets' papers. Prints what it kept; exits 1 if it kept anything.
"""
import glob
import importlib
import os
import pkgutil
import random
import re
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/release/beslut")
seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 300
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
rnd = random.Random(seed)

shared = os.path.join(here, "..", "..", "shared")
texts = [open(p, encoding="utf-8", errors="replace").read()
         for p in glob.glob(os.path.join(shared, "realpapers*", "*.txt"))
         + glob.glob(os.path.join(shared, "seeds", "*.txt"))]
sys.path.insert(0, here)
import rephrase_sets  # noqa: E402

for module in pkgutil.iter_modules(rephrase_sets.__path__):
    for value in vars(importlib.import_module("rephrase_sets." + module.name)).values():
        if isinstance(value, str) and "Förslag till beslut" in value:
            texts.append(value)
sentences = [s for t in texts for s in t.replace("\n", " \n").split(". ") if s.strip()]


def calendar_words():
    return rnd.choice([
        "juldagen, lördagen den %d december (vecka %d)" % (rnd.randrange(1, 40), rnd.randrange(0, 60)),
        "kl. %d.%02d–%d.%02d, %s timmar" % (rnd.randrange(0, 30), rnd.randrange(0, 70), rnd.randrange(0, 30),
                                           rnd.randrange(0, 70), rnd.choice(["åtta", "7,5", "sju och en halv"])),
        "julafton, juldagen och nyårsdagen, dvs. %s dagar" % rnd.choice(["tre", "fyra", "20"]),
        "från måndagen den %d augusti till och med fredagen den %d september 2027, dvs. under vecka %d och %d"
        % (rnd.randrange(1, 33), rnd.randrange(1, 33), rnd.randrange(0, 60), rnd.randrange(0, 60)),
        "fem lokaler: a, b i C, D e och F g", "(vecka (vecka (", "v." * 50,
        "Turer kostar 9 800 kronor per tur. Vi kör 12 extra turer, totalt 117 600 kronor",
    ])


def mutant():
    base = rnd.choice(texts)
    kind = rnd.randrange(8)
    if kind == 7:  # a few sentences, dense with facts, to some MB on one line
        few = " ".join(rnd.choice(sentences).replace("\n", " ") + "." for _ in range(rnd.choice([1, 2, 3])))
        return (few + " ") * (rnd.choice([1_000_000, 4_000_000]) // (len(few) + 1))
    if kind == 0:  # one sentence many times on one line
        return base + "\n" + ". ".join([rnd.choice(sentences).replace("\n", " ")] * rnd.choice([200, 2000, 8000]))
    if kind == 1:  # no line ends
        return base.replace("\n", " ") * rnd.choice([1, 5, 20])
    if kind == 2:  # sentences of many papers
        return ". ".join(rnd.choice(sentences) for _ in range(rnd.choice([50, 500, 3000])))
    if kind == 3:  # characters replaced by digits, units and marks
        chars = list(base)
        for _ in range(rnd.choice([10, 100, 1000])):
            chars[rnd.randrange(len(chars))] = rnd.choice("0123456789 .,-–%§:/\n åäöÅÄÖkr()")
        return "".join(chars)
    if kind == 4:  # every number doubled
        return re.sub(r"\d+", lambda m: m.group(0) + " " + m.group(0), base) * rnd.choice([1, 10])
    if kind == 5:  # a long run of figures
        return base + "\n" + " ".join(
            str(rnd.randrange(1, 3000)) + rnd.choice([" kr", " år", " %", "-", " dagar", " tkr", ":", ""])
            for _ in range(rnd.choice([1000, 20000])))
    separator = rnd.choice([". ", ", ", " ", "\n", ""])
    return base + "\n" + separator.join(calendar_words() for _ in range(rnd.choice([10, 1000, 20000])))


kept = []
runs = 0
with tempfile.TemporaryDirectory() as work:
    path = os.path.join(work, "paper.txt")
    end = time.time() + seconds
    while time.time() < end:
        text = mutant()[:8_000_000]
        runs += 1
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        start = time.time()
        try:
            run = subprocess.run([binary, "lint", "--format", "json", path], capture_output=True, timeout=20)
            code, output = run.returncode, run.stdout + run.stderr
        except subprocess.TimeoutExpired:
            code, output = "timeout", b""
        took = time.time() - start
        internal = code not in (0, 1) and (code != 2 or b"internt fel" in output)
        # Linear readers lint about 0.4 s a MB; well over that is a reader
        # that compares each mention with every other (37 s for 5 MB once).
        slow = took > max(3, 1.5 * len(text) / 1e6)
        if internal or slow:
            keep = os.path.join(tempfile.gettempdir(), f"stress-{seed}-{runs}.txt")
            with open(keep, "w", encoding="utf-8") as f:
                f.write(text)
            kept.append(keep)
            print(f"kept {keep}: exit {code}, {took:.1f} s, {len(text)} bytes", flush=True)
print(f"{runs} texts, {len(kept)} kept")
sys.exit(1 if kept else 0)
