#!/usr/bin/env python3
"""A third hand's mutation test: change ONE occurrence of ANY repeated fact.

`mutate-realpapers.py` changes facts the way its author expected slips to
look. This script knows no rules and no phrasings: it finds every token of a
fact-like form (a date, a time, a sum, a percentage, an age range, a count,
a Dnr, a person's name, a paragraph number) that a real paper writes two or
more times, and changes the first or the last occurrence. Many of these
repeats are two different facts that happen to be equal ("kl. 18.00" for
two meetings), so a miss is not always a fault; the figures show where the
lint is blind, and `--show` lists what it missed.

A mutant is found when it gets a finding at warning or error that the
unchanged paper lacks (same scoring as mutate-realpapers.py).

    scripts/mutate-any.py target/release/beslut [DIR…] [--show] [--kind=K]
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

args = [a for a in sys.argv[1:] if not a.startswith("--")]
show = "--show" in sys.argv
only = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--kind=")), None)
binary = os.path.abspath(args[0] if args else "target/release/beslut")
here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, "..", "..", "shared")
folders = args[1:] or sorted(
    os.path.join(shared, d) for d in os.listdir(shared) if d.startswith("realpapers"))

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]


def iso(m):
    d = datetime.date(int(m[1]), int(m[2]), int(m[3])) + datetime.timedelta(days=7)
    return d.isoformat()


def long_date(m):
    month = MONTHS.index(m[2].lower()) + 1
    d = datetime.date(int(m[3]), month, min(int(m[1]), 28)) + datetime.timedelta(days=7)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def bump_last_digit(text):
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    if not digits:
        return text
    i = digits[-1]
    return text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1:]


def bump_first_number(text):
    m = re.search(r"\d+", text)
    n = int(m.group(0))
    new = n + max(1, n // 10)
    return text[:m.start()] + str(new) + text[m.end():]


def drop_letter(name):
    words = name.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    j = len(w) - 2
    words[i] = w[:j] + w[j + 1:]
    return " ".join(words)


# kind -> (pattern, how to change the matched text)
KINDS = {
    "iso_date": (re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])"), iso),
    "long_date": (re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b", re.I), long_date),
    "time": (re.compile(r"\b(?:kl\.?|klockan) ?\d{1,2}[.:]\d{2}\b"), bump_first_number),
    "amount": (re.compile(r"\b\d{1,3}(?:[  ]\d{3})*(?:,\d+)? ?(?:kronor|kr|tkr|mnkr|mkr|miljoner kronor|miljarder kronor)\b"),
               bump_first_number),
    "percent": (re.compile(r"\b\d+(?:,\d+)? ?(?:%|procent)"), bump_first_number),
    "age_range": (re.compile(r"\b\d{1,2} ?[-–] ?\d{1,2} år\b"), bump_last_digit),
    "count": (re.compile(r"\b\d{2,4} (?:platser|lägenheter|bostäder|elever|barn|personer|medarbetare|"
                         r"årsarbetare|tjänster|ärenden|ansökningar|deltagare|förskolor|skolor|boenden)\b"),
              bump_first_number),
    "dnr": (re.compile(r"\b(?:[Dd]nr|DNR|[Dd]iarienummer|[Dd]iarienr)[:.]? ?[A-ZÅÄÖ0-9][\w./-]{2,20}\d\b"),
            bump_last_digit),
    "person": (re.compile(r"(?<=[a-zåäö,] )[A-ZÅÄÖ][a-zåäö]{2,} [A-ZÅÄÖ][a-zåäö]{3,}(?:-[A-ZÅÄÖ][a-zåäö]+)?\b"),
               drop_letter),
    "paragraph": (re.compile(r"§ ?\d{1,3}\b"), bump_first_number),
}


def lint(paths):
    found = defaultdict(list)
    for i in range(0, len(paths), 400):
        run = subprocess.run([binary, "lint", "--format", "json", "--fail-on", "never", *paths[i:i + 400]],
                             capture_output=True, text=True)
        for f in json.loads(run.stdout) if run.stdout.strip() else []:
            if f.get("severity") in ("error", "warning"):
                found[f["path"]].append(f)
    return found


def changed(kind, m):
    _, change = KINDS[kind]
    return change(m) if kind in ("iso_date", "long_date") else change(m.group(0))


def main():
    total, found = defaultdict(int), defaultdict(int)
    misses = []
    with tempfile.TemporaryDirectory() as work:
        for folder in folders:
            names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
            paths = [os.path.join(folder, n) for n in names]
            originals = lint(paths)
            mutants = []
            for n, path in zip(names, paths):
                text = open(path, encoding="utf-8").read()
                for kind, (pattern, _) in KINDS.items():
                    if only and kind != only:
                        continue
                    groups = defaultdict(list)
                    for m in pattern.finditer(text):
                        groups[m.group(0)].append(m)
                    for ms in groups.values():
                        if len(ms) < 2:
                            continue
                        for which, m in (("first", ms[0]), ("last", ms[-1])):
                            try:
                                new = changed(kind, m)
                            except ValueError:
                                continue
                            if new == m.group(0):
                                continue
                            mutant = text[:m.start()] + new + text[m.end():]
                            mpath = os.path.join(work, f"{len(mutants)}-{os.path.basename(folder)}-{n}")
                            open(mpath, "w", encoding="utf-8").write(mutant)
                            mutants.append((kind, which, n, path, mpath, m.group(0), new, len(ms)))
            results = lint([m[4] for m in mutants])
            for kind, which, n, path, mpath, old, new, times in mutants:
                before = {(f["code"], f["message"]) for f in originals.get(path, [])}
                after = {(f["code"], f["message"]) for f in results.get(mpath, [])}
                total[kind, which] += 1
                if after - before:
                    found[kind, which] += 1
                else:
                    misses.append(f"{os.path.basename(folder)}/{n} {kind} ({which} of {times}): {old!r} → {new!r}")
    print("| kind | first changed | last changed |")
    print("|---|---|---|")
    for kind in KINDS:
        cells = []
        for which in ("first", "last"):
            t, f = total[kind, which], found[kind, which]
            cells.append(f"{f}/{t}" if t else "–")
        if any(c != "–" for c in cells):
            print(f"| {kind} | {cells[0]} | {cells[1]} |")
    t, f = sum(total.values()), sum(found.values())
    print(f"| **all** | {f}/{t} ({100 * f / max(t, 1):.0f} %) | |")
    if show:
        print("\nmissed:")
        for m in misses:
            print("  " + m)


main()
