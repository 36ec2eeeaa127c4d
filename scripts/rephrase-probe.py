#!/usr/bin/env python3
"""A new writer's phrasings: does the lint read a fact however it is put?

`mutate-realpapers.py` and `mutate-any.py` change facts in real papers,
in the phrasing those papers already use. New users write the same facts
in other words. This script holds two invented papers (a contract
extension and a grant) and rewrites one passage at a time:

- a *slip*: the passage in other words AND with one fact changed, so that
  it contradicts the rest of the paper. Found when the lint gives a finding
  at warning or error that the unchanged paper lacks.
- a *paraphrase*: the passage in other words with the same facts. Any new
  finding at warning or error is a false alarm.

Prints found/total per kind, the false alarms, and with --show what was
missed. The papers and people are fictional.

    scripts/rephrase-probe.py target/release/beslut [--show]
"""
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

CONTRACT = """Socialförvaltningen
Tjänsteskrivelse
2026-03-02
Dnr SON 2026-118
Handläggare Kim Exempelsson

Socialnämnden

Förlängning av avtal om anhörigstöd med Solrosgruppen AB

Förslag till beslut
1. Socialnämnden beslutar att förlänga avtalet med Solrosgruppen AB om anhörigstöd till barn 4–20 år under perioden 1 maj 2026–30 april 2028.

Ärende
Avtalet med Solrosgruppen AB gäller från den 1 maj 2024 och löper ut den 30 april 2026. Avtalet omfattar stöd till barn och unga i åldern 4 till 20 år som är anhöriga.

Bakgrund
Solrosgruppen AB har sedan 2024 gett stöd till barn mellan fyra och tjugo år. Förlängningen avser två år, från och med den 1 maj 2026 till och med den 30 april 2028.

Ekonomiska konsekvenser
Kostnaden är 450 000 kronor per år, totalt 900 000 kronor för förlängningsperioden.

Information enligt MBL
Information enligt 19 § MBL lämnades den 20 februari 2026.

Kim Exempelsson
Utredare

Beslutet skickas till
Solrosgruppen AB
"""

GRANT = """Kultur- och fritidsförvaltningen
Tjänsteskrivelse
2026-04-14
Dnr KFN 2026/0231
Handläggare Alva Nordkvist

Kultur- och fritidsnämnden

Verksamhetsbidrag till Ekby IF för 2026

Förslag till beslut
1. Kultur- och fritidsnämnden beviljar Ekby IF ett verksamhetsbidrag om 250 000 kronor för 2026.
2. Bidraget betalas ut senast den 30 juni 2026.

Ärende
Ekby IF har ansökt om verksamhetsbidrag för 2026. Föreningen har 312 medlemmar, varav 180 är barn och ungdomar. Förvaltningen föreslår att Ekby IF beviljas ett bidrag om 250 000 kronor.

Bakgrund
Föreningen fick 230 000 kronor i bidrag för 2025. Ansökan inkom den 2 mars 2026. Nämnden behandlar föreningens ansökan vid sitt sammanträde den 22 april 2026.

Ekonomiska konsekvenser
Bidraget på 250 tkr ryms inom nämndens budget för 2026.

Alva Nordkvist
Handläggare

Beslutet skickas till
Ekby IF
"""

# The grant paper with its meeting's day beside the board, as many write it.
GRANT_DATED = GRANT.replace("\nKultur- och fritidsnämnden\n", "\nKultur- och fritidsnämnden 2026-04-22\n")

AGE = "i åldern 4 till 20 år"
GROUP = "Solrosgruppen AB har sedan 2024 gett stöd till barn mellan fyra och tjugo år"
TERM = "Förlängningen avser två år"
END = "löper ut den 30 april 2026"
MBL = "lämnades den 20 februari 2026"
ARRIVED = "Ansökan inkom den 2 mars 2026"
MEETING = "vid sitt sammanträde den 22 april 2026"
HANDLED = "Nämnden behandlar föreningens ansökan vid sitt sammanträde den 22 april 2026."
GRANTED = "ett bidrag om 250 000 kronor."
HEADING = "Förslag till beslut\n1. Socialnämnden"

# (paper, kind, passage, rewrite, slip?)
PROBES = [
    # An age range, in other words.
    *[(CONTRACT, "age", AGE, new, True) for new in [
        "i åldern 0 till 20 år", "i åldern 4 till och med 18 år", "i åldern 4 t.o.m. 18 år",
        "från 4 år till 18 år", "i åldern fyra–arton år", "som är 4–18 år gamla",
        "mellan 4 och 18 års ålder", "i åldrarna 4–18", "i åldern 4 år upp till 18 år",
        "i åldersspannet 4–18 år", "i åldersgruppen 4–18 år", "4 - 18 år"]],
    *[(CONTRACT, "age", AGE, new, False) for new in [
        "i åldrarna 4–20", "mellan 4 och 20 års ålder", "som är 4–20 år gamla",
        "i åldern 4 t.o.m. 20 år"]],
    # The target group, said with other verbs.
    *[(CONTRACT, "target group", GROUP, new, True) for new in [
        "Anhörigstödet vänder sig till barn 4–18 år",
        "Anhörigstödet har sedan 2024 riktats till barn mellan 4 och 18 år",
        "Stödet kommer även fortsättningsvis att riktas till barn 4–18 år",
        "Sedan 2024 riktar sig stödet till barn 4–18 år",
        "Insatsen ska även omfatta barn 4–18 år",
        "Barn 4–18 år kan ta del av stödet",
        "Målgruppen för anhörigstödet är barn 4–18 år"]],
    *[(CONTRACT, "target group", GROUP, new, False) for new in [
        "Insatsen omfattade tidigare barn 4–18 år",
        "Familjestödet vänder sig till barn 0–18 år",
        "Anhörigstödet vänder sig inte till barn 0–3 år",
        "Kommunen erbjuder också anhörigstöd till vuxna 18–64 år",
        "Kommunens eget anhörigstöd för äldre 65–90 år drivs i egen regi",
        "Sedan 2024 riktar sig stödet till barn 4–20 år"]],
    # The extension's length.
    *[(CONTRACT, "duration", TERM, new, True) for new in [
        "Avtalet förlängs med tre år", "Förlängningen omfattar 3 år",
        "Förlängningen sträcker sig över tre år", "Det är fråga om en treårig förlängning",
        "Förlängningstiden uppgår till tre år", "Avtalet förlängs i ytterligare tre år",
        "Förlängningen avser 36 månader"]],
    *[(CONTRACT, "duration", TERM, new, False) for new in [
        "Förlängningen avser 24 månader", "Det är fråga om en tvåårig förlängning"]],
    # The current term's end, against the extension's start.
    (CONTRACT, "period", END, "löper ut den 31 mars 2026", True),
    (CONTRACT, "period", END, "upphör att gälla den 31 mars 2026", True),
    (CONTRACT, "period", END, "slutar den 30 april 2026", False),
    # A past event dated after the paper.
    *[(CONTRACT, "past event", MBL, new, True) for new in [
        "lämnades den 20/3 2026", "lämnades den 20/3-2026", "lämnades den 20.3.2026",
        "lämnades den 20:e mars 2026", "lämnades 2026 03 20"]],
    *[(GRANT, "past event", ARRIVED, new, True) for new in [
        "Ansökan kompletterades den 20 april 2026", "Ansökan diariefördes den 20 april 2026",
        "Ansökan har kompletterats den 20 april 2026", "Ansökan registrerades den 20 april 2026",
        "Föreningen kompletterade ansökan den 20 april 2026"]],
    *[(GRANT, "past event", ARRIVED, new, False) for new in [
        "Ansökan ska kompletteras senast den 20 april 2026",
        "Förvaltningen bedömde att ansökan blir komplett den 20 april 2026",
        "Ansökan kompletterades den 20 mars 2026",
        "Nämnden godkände villkoren som gäller från den 20 april 2026",
        "Fullmäktige fastställde taxan, att gälla från den 20 april 2026"]],
    # A weekday that is not the date's.
    *[(GRANT, "weekday", MEETING, new, True) for new in [
        "vid sitt sammanträde tisdagen den 22 april 2026", "vid sitt sammanträde, tis 22 april 2026",
        "vid sitt sammanträde tisdagen den 22/4 2026", "vid sitt sammanträde. Tis 22/4 kl. 18",
        "vid sitt sammanträde tisdag 22 apr. 2026"]],
    (GRANT, "weekday", MEETING, "vid sitt sammanträde onsdagen den 22/4 2026", False),
    # The coming meeting's day, told again in other words.
    *[(GRANT_DATED, "meeting day", HANDLED, new, True) for new in [
        "Nämnden behandlar föreningens ansökan vid sitt sammanträde den 29 april 2026.",
        "Ärendet tas upp på nämndens möte den 29 april 2026.",
        "Ärendet behandlas av nämnden 2026-04-29.",
        "Nämnden sammanträder den 29 april 2026.",
        "Beslut fattas vid nämndens sammanträde den 29 april 2026."]],
    *[(GRANT_DATED, "meeting day", HANDLED, new, False) for new in [
        "Ärendet behandlas av nämnden 2026-04-22.",
        "Nämnden behandlade en liknande ansökan vid sitt sammanträde den 18 mars 2026."]],
    # A sum restated.
    *[(GRANT, "amount", GRANTED, new, True) for new in [
        "ett bidrag om 205 000 kronor.", "ett bidrag på 260 000 kr.", "bidrag med 260 000 kronor.",
        "260 000 kronor i bidrag."]],
    (GRANT, "amount", GRANTED, "ett bidrag om 250 tkr.", False),
    # The proposals under another heading: the age slip must still be read.
    *[(CONTRACT.replace(AGE, "i åldern 0 till 20 år"), "heading", HEADING,
       HEADING.replace("Förslag till beslut", head), True) for head in [
        "Beslutsförslag", "Föreslaget beslut", "Förslag på beslut", "Förvaltningens beslutsförslag"]],
]


def findings(binary, text, folder):
    path = os.path.join(folder, "paper.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    out = subprocess.run([binary, "lint", "--format", "json", path],
                         capture_output=True, text=True)
    try:
        found = json.loads(out.stdout)
    except json.JSONDecodeError:
        sys.exit(f"no JSON from the lint (exit {out.returncode}): {out.stderr[:300]}")
    return {(f["code"], f["message"]) for f in found if f["severity"] in ("error", "warning")}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = os.path.abspath(args[0] if args else "target/release/beslut")
    show = "--show" in sys.argv
    slips, paraphrases = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    missed, alarms = [], []
    with tempfile.TemporaryDirectory() as folder:
        base = {paper: findings(binary, paper, folder) for paper in (CONTRACT, GRANT, GRANT_DATED)}
        for paper, kind, passage, rewrite, slip in PROBES:
            assert passage in paper, passage
            # A heading probe's paper already has its slip: it is measured
            # against the paper without one.
            unchanged = base[CONTRACT if kind == "heading" else paper]
            new = findings(binary, paper.replace(passage, rewrite, 1), folder)
            extra = new - unchanged
            tally = slips if slip else paraphrases
            tally[kind][1] += 1
            if slip and extra:
                tally[kind][0] += 1
            elif slip:
                missed.append(f"{kind}: {rewrite!r}")
            elif extra:
                tally[kind][0] += 1
                alarms.append(f"{kind}: {rewrite!r} → {sorted(c for c, _ in extra)}")
    print("| kind | slips found | false alarms on paraphrases |")
    print("|---|---|---|")
    for kind in dict.fromkeys(k for _, k, *_ in PROBES):
        s, p = slips[kind], paraphrases[kind]
        print(f"| {kind} | {s[0]}/{s[1]} | {p[0]}/{p[1]} |")
    found = sum(s[0] for s in slips.values())
    total = sum(s[1] for s in slips.values())
    fa = sum(p[0] for p in paraphrases.values())
    fa_total = sum(p[1] for p in paraphrases.values())
    print(f"| **all** | {found}/{total} | {fa}/{fa_total} |")
    if show and missed:
        print("\nmissed:\n  " + "\n  ".join(missed))
    if alarms:
        print("\nfalse alarms:\n  " + "\n  ".join(alarms))


if __name__ == "__main__":
    main()
