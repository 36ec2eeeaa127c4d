#!/usr/bin/env python3
"""Score `beslut import` against the FACTS.json of the real-paper sets.

For every paper that states a fact (date, own Dnr, board, officer), does the
imported case carry it? Prints a table per set and the misses.

    scripts/score-import.py target/release/beslut [../shared/realpapers ...]
"""
import json, os, subprocess, sys, tempfile, unicodedata

try:
    import yaml  # PyYAML, when present
except ImportError:  # pragma: no cover
    yaml = None


def norm(s):
    s = unicodedata.normalize("NFC", str(s or "")).casefold()
    return " ".join(s.replace("\u2013", "-").split())


def officer_matches(expected, case):
    # FACTS writes "Name (role)"; the case has the name in sender.officer or
    # in a signatory. The name is what counts.
    name = norm(expected.split("(")[0])
    sender = case.get("sender") or {}
    found = [norm(sender.get("officer"))]
    found += [norm(s.get("name")) for s in case.get("signed_by") or []]
    return any(name and (name == f or name in f) for f in found if f)


def board_matches(expected, case):
    # FACTS may name two boards ("A; B") and add a remark in brackets
    # ("Kommunstyrelsen (beredande)"): any one of them, without the remark.
    import re
    wanted = [norm(re.sub(r"\(.*?\)", "", b)) for b in expected.split(";")]
    return norm(case.get("board")) in wanted


def stated(key, want, text):
    """Whether the paper writes the labelled fact itself. FACTS sometimes
    names a board the text only calls "stadsdelsnämnden" (the label comes
    from where the paper was published): no reader can recover that, so the
    second figure counts only the facts the text states."""
    import re
    if key == "board":
        names = [norm(re.sub(r"\(.*?\)", "", b)) for b in want.split(";")]
        # The stem, so that "Malmö kommunstyrelse" states "Kommunstyrelsen".
        return any(re.sub(r"(en|n)$", "", n) in text for n in names if n)
    if key == "dnr":
        return norm(want) in text
    return True


def main():
    binary = sys.argv[1]
    sets = sys.argv[2:] or ["../shared/realpapers", "../shared/realpapers-2"]
    misses = []
    for folder in sets:
        facts = json.load(open(os.path.join(folder, "FACTS.json"), encoding="utf-8"))
        out = tempfile.mkdtemp(prefix="score-import-")
        papers = [os.path.join(folder, n) for n in facts]
        subprocess.run([binary, "import", "--force", "-o", out, *papers],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        tally = {k: [0, 0] for k in ("date", "dnr", "board", "officer")}
        stated_tally = {k: [0, 0] for k in tally}
        for name, expected in facts.items():
            path = os.path.join(out, os.path.splitext(name)[0] + ".yaml")
            case = yaml.safe_load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
            case = case or {}
            text = norm(open(os.path.join(folder, name), encoding="utf-8", errors="replace").read())
            for key in tally:
                want = expected.get(key)
                if not want:
                    continue
                tally[key][0] += 1
                in_text = stated(key, want, text)
                stated_tally[key][0] += in_text
                if key == "officer":
                    ok = officer_matches(want, case)
                elif key == "board":
                    ok = board_matches(want, case)
                else:
                    ok = norm(case.get(key)) == norm(want)
                if ok:
                    tally[key][1] += 1
                    stated_tally[key][1] += in_text
                else:
                    got = case.get(key) if key != "officer" else (case.get("sender") or {}).get("officer")
                    note = "" if in_text else " (not stated)"
                    misses.append(f"{os.path.basename(folder)}/{name}: {key} {want!r} ≠ {got!r}{note}")
        line = "  ".join(
            f"{k} {f}/{n} (stated {sf}/{sn})"
            for (k, (n, f)), (sn, sf) in zip(tally.items(), stated_tally.values())
        )
        print(f"{os.path.basename(folder):14} {line}")
    for m in misses:
        print("  miss", m)


if __name__ == "__main__":
    main()
