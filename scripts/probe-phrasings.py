#!/usr/bin/env python3
"""Phrasing probe: does the lint notice a repeated fact changed in one place,
whatever words a new writer states it in?

For each kind of fact (period, age range, party, meeting day, Dnr, MBL
date), a fictional tjänsteskrivelse states the fact twice: once in a form
the proposal or letterhead uses, once in a form the Ärende uses, every
form against every other. Each pair is written twice: with the second copy
changed (a mutant, found when it has a finding at warning or error that
its unchanged twin has not) and unchanged (which should have none). Prints per kind the mutants found and the
unchanged papers flagged, and with --show the missed forms.

    scripts/probe-phrasings.py target/release/beslut [--show] [--via=docx|pdf|odt] [--every=K]

With --via, every paper is first turned into a Word, PDF or ODF file by
LibreOffice (`soffice --headless --convert-to`, not installed by this
script) and the lint reads that: the facts must survive the readers too.
--every=K keeps every K-th pair (LibreOffice takes a while for thousands).

The forms are this script's own; a form that is missed is a recogniser to
widen, by Swedish morphology, not a sentence to add.
"""
import itertools, json, os, subprocess, sys, tempfile
from collections import defaultdict

args = [a for a in sys.argv[1:] if not a.startswith("--")]
binary = os.path.abspath(args[0] if args else "target/release/beslut")
show = "--show" in sys.argv
options = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
via = options.get("via")
every = int(options.get("every", "1"))

# The layouts: a paper of the kind the rules were written from, and two a
# writer from another municipality would hand in (a two-column letterhead,
# other section names, att-satser, the signature before the distribution).
LAYOUTS = {
    "plain": """Ekby kommun
Socialförvaltningen
Tjänsteskrivelse
{date}
{dnr}

{addressee}

Stöd i Ekby

Förslag till beslut
1. Socialnämnden beslutar att {proposal}

Ärende
{body}

Ekonomiska konsekvenser
Kostnaden ryms i budgeten.

{mbl}

Beslutet skickas till
{send_to}

Anna Berg
Socialchef
""",
    "columns": """TJÄNSTESKRIVELSE
Ekby kommun                                   {date}
Socialförvaltningen                           {dnr}
Avdelningen för individ- och familjeomsorg
Handläggare: Anna Berg

{addressee}

Stöd i Ekby

Sammanfattning
Förvaltningen lämnar ett förslag om stöd i Ekby.

Beslutsförslag
Socialnämnden föreslås besluta

att {proposal}

Beskrivning av ärendet
{body}

Ekonomi
Kostnaden ryms i budgeten.

{mbl}

Anna Berg
Socialchef

Beslut expedieras till
{send_to}
""",
    "newcomer": """Ekby kommun, Socialförvaltningen
Anna Berg, utvecklingsledare

{date}
{dnr}

{addressee}

Ärende: Stöd i Ekby

Förvaltningens förslag till beslut
Socialnämnden beslutar
• att {proposal}

Bakgrund
{body}

Ekonomiska konsekvenser
Förslaget ryms inom befintlig budget.

{mbl}

För socialförvaltningen

Anna Berg
utvecklingsledare

Beslutet ska skickas till
• {send_to}
""",
}
DEFAULTS = dict(date="2026-03-02", dnr="Dnr SN 2026/114", addressee="Socialnämnden",
                proposal="godkänna avtalet.", body="Avtalet behöver godkännas.",
                mbl="", send_to="Socialförvaltningen")


def period():
    firsts = [
        "godkänna avtalet med Tryggbo AB för perioden {s} – {e}.",
        "godkänna avtalet med Tryggbo AB från och med {s} till och med {e}.",
        "förlänga avtalet med Tryggbo AB från {s} till {e}.",
        "godkänna avtalet med Tryggbo AB, som gäller {s}–{e}.",
        "godkänna att avtalet med Tryggbo AB löper mellan {s} och {e}.",
        "godkänna avtalet med Tryggbo AB under tiden {s} till {e}.",
        "godkänna avtalet med Tryggbo AB t.o.m. {e}, med start {s}.",
    ]
    seconds = [
        "Avtalet med Tryggbo AB gäller från {s} till {e}.",
        "Avtalsperioden är {s} – {e}.",
        "Förvaltningen föreslår att avtalet löper från och med {s} till och med {e}.",
        "Det nya avtalet börjar gälla {s} och upphör {e}.",
        "Avtalet ska gälla mellan {s} och {e}.",
        "Avtalet startar den {s} och slutar den {e}.",
        "Perioden {s}--{e} omfattas.",
    ]
    forms = {"long": ("1 april 2026", "31 mars 2027", "31 mars 2028"),
             "iso": ("2026-04-01", "2027-03-31", "2028-03-31")}
    for (i, a), (j, b), (form, (s, e, changed)) in itertools.product(
            enumerate(firsts), enumerate(seconds), forms.items()):
        first = a.format(s=s, e=e)
        yield (f"{i}.{j}.{form}", dict(proposal=first, body=b.format(s=s, e=changed), send_to="Tryggbo AB"),
               dict(proposal=first, body=b.format(s=s, e=e), send_to="Tryggbo AB"))


def age():
    firsts = [
        "erbjuda familjestöd till barn {x}-{y} år.",
        "erbjuda familjestöd till barn mellan {x} och {y} år.",
        "erbjuda familjestöd till barn i åldern {x} till {y} år.",
        "erbjuda familjestöd till barn och unga {x}–{y} år.",
        "erbjuda familjestöd till barn i åldrarna {x}-{y} år.",
        "erbjuda familjestöd för barn från {x} till {y} år.",
        "erbjuda familjestöd till {x}–{y}-åringar.",
    ]
    seconds = [
        "Stödet riktar sig till barn {x}-{y} år och deras familjer.",
        "Målgruppen är barn mellan {x} och {y} år.",
        "Barn i åldern {x} till {y} år omfattas.",
        "Stödet gäller familjer med barn i åldrarna {x}–{y} år.",
        "Verksamheten vänder sig till {x}–{y}-åringar.",
        "Insatsen ges till barn och ungdomar från {x} upp till {y} år.",
        # Written after the rules, as a second hand: the numbers spelled.
        "Insatsen är till för barn och unga mellan {wx} och {wy} år.",
    ]
    words = {0: "noll", 4: "fyra", 18: "arton", 20: "tjugo"}
    for (i, a), (j, b), (end, (x, y)) in itertools.product(
            enumerate(firsts), enumerate(seconds), [("low", (0, 20)), ("high", (4, 18))]):
        first = a.format(x=4, y=20)
        yield (f"{i}.{j}.{end}", dict(proposal=first, body=b.format(x=x, y=y, wx=words[x], wy=words[y])),
               dict(proposal=first, body=b.format(x=4, y=20, wx=words[4], wy=words[20])))


def party():
    names = [("Tryggbo Omsorg AB", "Trygbo Omsorg AB", "Tryggbo Omsorg", "Trygbo Omsorg"),
             ("Lindängens Familjeteam AB", "Lindängens Familjetem AB", "Lindängens Familjeteam",
              "Lindängens Familjetem"),
             ("Hemgården i Ekby AB", "Hemgåren i Ekby AB", "Hemgården i Ekby", "Hemgåren i Ekby")]
    firsts = ["godkänna avtalet med {n}.", "teckna avtal med {n} om skyddat boende.",
              "förlänga avtalet med leverantören {n}."]
    seconds = ["Avtalet med {n} löper ut.", "{n} har levererat tjänsten sedan 2022.",
               "Förvaltningen har följt upp {g}s arbete.", "Leverantören {n} har fullgjort avtalet.",
               "Uppföljningen av {n} visar goda resultat."]
    for (k, (right, wrong, base, wrong_base)), (i, a), (j, b) in itertools.product(
            enumerate(names), enumerate(firsts), enumerate(seconds)):
        first = a.format(n=right)
        yield (f"{k}.{i}.{j}", dict(proposal=first, body=b.format(n=wrong, g=wrong_base), send_to=right),
               dict(proposal=first, body=b.format(n=right, g=base), send_to=right))


def meeting():
    addressees = ["Socialnämnden 2026-03-16", "Socialnämnden\nSammanträdesdatum 2026-03-16",
                  "Till Socialnämnden, sammanträde 16 mars 2026", "Socialnämndens sammanträde 2026-03-16"]
    seconds = [
        "Ärendet behandlas på nämndens sammanträde den {d}.",
        "Socialnämnden föreslås besluta vid sammanträdet {d}.",
        "Ärendet tas upp i socialnämnden {d}.",
        "Nämnden sammanträder {d} och ska då ta ställning.",
        "Beslut fattas av socialnämnden den {d}.",
        "Ärendet ska behandlas av socialnämnden på mötet den {d}.",
    ]
    for (i, a), (j, b), (form, d) in itertools.product(
            enumerate(addressees), enumerate(seconds), [("iso", "2026-03-17"), ("long", "17 mars 2026")]):
        yield (f"{i}.{j}.{form}", dict(addressee=a, body=b.format(d=d)),
               dict(addressee=a, body=b.format(d="16 mars 2026")))


def dnr():
    letterheads = [("Dnr SN 2026/114", "SN 2026/114"), ("Diarienummer: SN 2026/114", "SN 2026/114"),
                   ("Dnr: SN-2026-114", "SN-2026-114"), ("Vårt dnr SN 2026/114", "SN 2026/114")]
    seconds = ["Ärendet har dnr {d}.", "Se tidigare skrivelse i ärende {d}.",
               "Handlingarna finns i ärendet (dnr {d}).", "Diarienummer {d} avser detta ärende.",
               "I detta ärende, {d}, föreslås ett avtal."]
    for (i, (head, number)), (j, b) in itertools.product(enumerate(letterheads), enumerate(seconds)):
        changed = number[:-1] + str((int(number[-1]) + 1) % 10)
        yield (f"{i}.{j}", dict(dnr=head, body=b.format(d=changed)), dict(dnr=head, body=b.format(d=number)))


def mbl():
    dates = ["2026-03-02", "Datum: 2026-03-02", "Datum 2 mars 2026", "2 mars 2026", "Ekby 2026-03-02"]
    heads = ["Information och förhandling enligt MBL", "Samverkan", "MBL", "Facklig samverkan"]
    forms = ["Information enligt 19 § MBL lämnades {d}.",
             "Ärendet har informerats i samverkansgruppen den {d}.",
             "Facklig information har skett {d}.", "Ärendet har behandlats i FSG {d}.",
             "Förhandling enligt 11 § MBL genomfördes {d}.",
             "Samverkan har skett i förvaltningens samverkansgrupp {d}.",
             "MBL-förhandling hölls {d} med Kommunal och Vision."]
    for (i, date), (j, head), (k, form), (f, d) in itertools.product(
            enumerate(dates), enumerate(heads), enumerate(forms), [("iso", "2026-03-09"), ("long", "9 mars 2026")]):
        yield (f"{i}.{j}.{k}.{f}", dict(date=date, mbl=f"{head}\n{form.format(d=d)}"),
               dict(date=date, mbl=f"{head}\n{form.format(d='2026-02-24')}"))


# The kinds below were written after the rules, as a second hand.
def duration():
    period = "godkänna avtalet med Tryggbo AB för perioden 1 april 2026 – 31 mars 2028."
    seconds = ["Avtalet gäller i {n} år.", "Det är ett {adj} avtal.",
               "Avtalstiden är {n} år med möjlighet till förlängning.", "Avtalet löper under {m} månader.",
               "Avtalet tecknas för en period om {n} år.", "Ett avtal på {n} år föreslås."]
    right, wrong = dict(n="två", adj="tvåårigt", m=24), dict(n="tre", adj="treårigt", m=36)
    for j, b in enumerate(seconds):
        yield (f"{j}", dict(proposal=period, body=b.format(**wrong), send_to="Tryggbo AB"),
               dict(proposal=period, body=b.format(**right), send_to="Tryggbo AB"))


def effective():
    # One thing per pair (a paper may start its fee and its guidelines on
    # different days), or a word for the decision itself ("Ändringen").
    things = [("de nya avgifterna", "De nya avgifterna"), ("riktlinjerna", "Riktlinjerna")]
    firsts = ["{t} ska gälla från och med {d}.", "anta {t} att gälla från {d}.",
              "{t} träder i kraft {d}.", "införa {t} från den {d}."]
    seconds = ["{T} föreslås gälla från och med {d}.", "{T} börjar gälla {d}.",
               "{T} träder i kraft den {d}.", "{T} införs från {d}.",
               "Förvaltningen föreslår att {t} tillämpas från {d}.", "Ändringen träder i kraft den {d}.",
               "Beslutet gäller från {d}."]
    forms = {"long": ("1 juli 2026", "1 augusti 2026"), "iso": ("2026-07-01", "2026-08-01")}
    for (k, (t, T)), (i, a), (j, b), (form, (d, changed)) in itertools.product(
            enumerate(things), enumerate(firsts), enumerate(seconds), forms.items()):
        yield (f"{k}.{i}.{j}.{form}", dict(proposal=a.format(t=t, d=d), body=b.format(t=t, T=T, d=changed)),
               dict(proposal=a.format(t=t, d=d), body=b.format(t=t, T=T, d=d)))


def person():
    names = [("Karin Lindqvist", "Karin Lindkvist"), ("Johan Söderström", "Johan Söderstöm"),
             ("Mikael Hedenius", "Mikael Hedenus")]
    firsts = ["Utredningen har gjorts av {n}, enhetschef.", "Enhetschef {n} har lett arbetet.",
              "{n} (enhetschef) har deltagit."]
    seconds = ["Frågor besvaras av {n}.", "Kontaktperson är {n}, tel. 0123-456 78.",
               "{n} har även träffat leverantören.", "Enligt {g} bedömning behövs mer stöd."]
    # Swedish adds no genitive -s after s, x or z ("Hedenius bedömning").
    genitive = lambda n: n if n.endswith(("s", "x", "z")) else n + "s"
    for (k, (right, wrong)), (i, a), (j, b) in itertools.product(
            enumerate(names), enumerate(firsts), enumerate(seconds)):
        first = a.format(n=right)
        yield (f"{k}.{i}.{j}", dict(body=f"{first} {b.format(n=wrong, g=genitive(wrong))}"),
               dict(body=f"{first} {b.format(n=right, g=genitive(right))}"))


def decision():
    firsts = ["Socialnämnden beslutade den {d}, § 45, att ge förvaltningen i uppdrag att utreda stödet.",
              "Socialnämnden gav {d} (§ 45) förvaltningen i uppdrag att utreda stödet.",
              "Genom socialnämndens beslut {d}, SN § 45, fick förvaltningen uppdraget."]
    seconds = ["Uppdraget (SN {d} § 45) redovisas här.",
               "Enligt socialnämndens beslut {d}, § 45, ska stödet utredas.",
               "Av socialnämndens protokoll {d} § 45 framgår uppdraget.",
               "Beslutet den {d} (§ 45) innebär att stödet ska utredas."]
    forms = {"iso": ("2025-11-20", "2025-11-27"), "long": ("20 november 2025", "27 november 2025")}
    for (i, a), (j, b), (form, (d, changed)) in itertools.product(
            enumerate(firsts), enumerate(seconds), forms.items()):
        first = a.format(d=d)
        yield (f"{i}.{j}.{form}", dict(body=f"{first}\n\n{b.format(d=changed)}"),
               dict(body=f"{first}\n\n{b.format(d=d)}"))


def judgment():
    firsts = ["Förvaltningsrätten i Ekby meddelade dom den {d} i mål nr 1234-26 och upphävde beslutet.",
              "Genom förvaltningsrättens dom {d} (mål 1234-26) upphävdes beslutet.",
              "Nämndens beslut överklagades, och förvaltningsrätten avgjorde målet {d}."]
    seconds = ["Av förvaltningsrättens dom den {d} framgår att utredningen var bristfällig.",
               "Förvaltningsrätten anför i sin dom {d} att utredningen var bristfällig.",
               "I sin dom den {d} konstaterar förvaltningsrätten att utredningen var bristfällig.",
               "Förvaltningen föreslår att nämnden inte överklagar förvaltningsrättens dom {d}."]
    forms = {"iso": ("2026-01-20", "2026-01-27"), "long": ("20 januari 2026", "27 januari 2026")}
    for (i, a), (j, b), (form, (d, changed)) in itertools.product(
            enumerate(firsts), enumerate(seconds), forms.items()):
        first = a.format(d=d)
        yield (f"{i}.{j}.{form}", dict(body=f"{first}\n\n{b.format(d=changed)}"),
               dict(body=f"{first}\n\n{b.format(d=d)}"))


def amount():
    # Each pair names one sum: a grant, or a cost.
    grants = (["bevilja Ekby IF ett bidrag om {a}.", "bevilja Ekby IF bidrag med {a} för 2026.",
               "Ekby IF beviljas ett verksamhetsbidrag på {a}."],
              ["Förvaltningen föreslår att Ekby IF beviljas ett bidrag om {a}.",
               "Förvaltningen föreslår ett bidrag på {a} till Ekby IF.",
               "Nämnden föreslås bevilja Ekby IF {a} i bidrag.",
               "Föreslaget bidrag till Ekby IF uppgår till {a}."])
    costs = (["godkänna en kostnad om {a} för stödet.", "anvisa {a} till stödet ur nämndens reserv."],
             ["Kostnaden för stödet beräknas till {a}.", "Förvaltningen föreslår att {a} anvisas ur reserven.",
              "Stödet kostar {a} år 2026."])
    forms = {"kr": ("250 000 kronor", "205 000 kronor"), "tkr": ("250 tkr", "205 tkr"),
             "mixed": ("250 000 kr", "0,205 mnkr")}
    for (k, (firsts, seconds)), (form, (a, changed)) in itertools.product(
            enumerate([grants, costs]), forms.items()):
        for (i, f), (j, b) in itertools.product(enumerate(firsts), enumerate(seconds)):
            right = "0,25 mnkr" if form == "mixed" else a
            yield (f"{k}.{i}.{j}.{form}", dict(proposal=f.format(a=a), body=b.format(a=changed)),
                   dict(proposal=f.format(a=a), body=b.format(a=right)))


def count():
    # One thing counted per pair: places, flats, posts.
    things = [("platser för korttidsvistelse", "platser", "platserna"), ("lägenheter", "lägenheter", "lägenheterna"),
              ("årsarbetare", "årsarbetare", "årsarbetarna")]
    firsts = ["inrätta {n} {t} på Björkhagen.", "godkänna att Björkhagen utökas med {n} {t}.",
              "ge förvaltningen i uppdrag att inrätta {n} nya {t}."]
    seconds = ["Förvaltningen föreslår att {n} {s} inrättas på Björkhagen.", "Förslaget innebär {n} nya {s}.",
               "Nämnden föreslås inrätta {n} {s} på Björkhagen.", "De {n} {d} ska vara klara 2027."]
    for (k, (t, short, definite)), (i, a), (j, b) in itertools.product(
            enumerate(things), enumerate(firsts), enumerate(seconds)):
        first = a.format(n=24, t=t)
        yield (f"{k}.{i}.{j}", dict(proposal=first, body=b.format(n=42, s=short, d=definite)),
               dict(proposal=first, body=b.format(n=24, s=short, d=definite)))


def distribution():
    # The party the decision is about, left out of the distribution list.
    firsts = ["godkänna avtalet med Tryggbo AB.", "teckna avtal med Tryggbo AB om skyddat boende.",
              "förlänga avtalet med leverantören Tryggbo AB."]
    lists = ["Tryggbo AB\nSocialförvaltningen", "Socialförvaltningen\nTryggbo AB",
             "Tryggbo AB, för kännedom\nEkonomienheten"]
    for (i, a), (j, with_party) in itertools.product(enumerate(firsts), enumerate(lists)):
        yield (f"{i}.{j}", dict(proposal=a, send_to="Socialförvaltningen\nEkonomienheten"),
               dict(proposal=a, send_to=with_party))


def distinct():
    """No slip: two facts that differ because they are two facts. Only the
    unchanged paper is written; any finding on it is a false alarm."""
    grant = "bevilja Ekby IF ett bidrag om 250 000 kronor för 2026."
    period = "godkänna avtalet med Tryggbo AB för perioden 1 april 2026 – 31 mars 2028."
    papers = [
        (grant, "Föreningen ansökte om 320 000 kronor."),
        (grant, "Bidraget för 2027 beräknas till 270 000 kronor."),
        (grant, "Föreningen beviljades 200 000 kronor i bidrag förra året."),
        (grant, "Nämnden föreslås bevilja bidrag om totalt 750 000 kronor till tre föreningar."),
        (grant, "Kostnaden för lokalerna är 90 000 kronor per år."),
        (period, "Det nuvarande avtalet gäller 1 april 2022 – 31 mars 2026."),
        (period, "Det nuvarande avtalet har gällt i fem år."),
        (period, "Avtalet kan därefter förlängas i ett år."),
        (period, "Uppsägningstiden är sex månader."),
        (period, "Tryggbo AB har haft avtalet sedan 2019 och avtalet följs upp efter ett år."),
        ("erbjuda familjestöd till barn 4–20 år.", "Förskolan tar emot barn 1–5 år."),
        ("erbjuda familjestöd till barn 4–20 år.", "Av barnen var 40 procent i åldern 13–17 år."),
        ("anta riktlinjerna att gälla från och med 1 juli 2026.",
         "De nuvarande riktlinjerna gäller från 1 januari 2020."),
        ("anta riktlinjerna att gälla från och med 1 juli 2026.",
         "Taxan för hemtjänst träder i kraft den 1 januari 2027."),
        ("godkänna avtalet.", "Ärendet behandlades på nämndens sammanträde den 12 januari 2026."),
        ("godkänna avtalet.",
         "Socialnämnden beslutade 2025-11-20, § 45, om uppdraget och 2025-12-18, § 51, om budgeten."),
        ("godkänna avtalet.", "Karin Lindqvist och Karin Lindgren har utrett frågan."),
        ("inrätta 24 korttidsplatser på Björkhagen.", "I dag finns 30 platser i kommunen."),
        ("inrätta 24 korttidsplatser på Björkhagen.", "Förvaltningen föreslår också 10 boendeplatser."),
        ("godkänna avtalet med Tryggbo Omsorg AB.", "Tryggbo Omsorg AB och Trygga Hem AB har lämnat anbud."),
        ("inte överklaga domen.", "Förvaltningsrätten meddelade dom 2026-01-20 i mål 1234-26. "
         "Kammarrätten meddelade dom 2025-06-02 i ett liknande mål."),
        ("inte överklaga domen.", "Förvaltningsrättens dom 2026-01-20, mål 1234-26, gäller bygglovet. "
         "Förvaltningsrättens dom 2025-10-09, mål 877-25, gällde strandskyddet."),
    ]
    for i, (proposal, body) in enumerate(papers):
        party = next((p for p in ("Tryggbo Omsorg AB", "Tryggbo AB") if p in proposal), "Socialförvaltningen")
        yield (f"{i}", None, dict(proposal=proposal, body=body, send_to=party))


KINDS = [period, age, party, meeting, dnr, mbl, duration, effective, person, decision, judgment, amount, count,
         distribution, distinct]


def lint(paths):
    run = subprocess.run([binary, "lint", "--format", "json", "--fail-on", "never", *paths],
                         capture_output=True, text=True)
    flagged = defaultdict(set)
    for f in json.loads(run.stdout or "[]"):
        if f.get("severity") in ("error", "warning"):
            flagged[os.path.splitext(os.path.basename(f["path"]))[0]].add((f["code"], f["message"]))
    return flagged


def converted(work, paths):
    """The papers as `via` files, converted by LibreOffice in batches."""
    out = os.path.join(work, via)
    os.makedirs(out, exist_ok=True)
    for i in range(0, len(paths), 200):
        subprocess.run(["soffice", "--headless", "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", via,
                        "--outdir", out, *paths[i:i + 200]], capture_output=True, check=True)
    return [os.path.join(out, os.path.splitext(os.path.basename(p))[0] + "." + via) for p in paths]


def main():
    with tempfile.TemporaryDirectory() as work:
        written = []
        for (layout, paper), kind in itertools.product(LAYOUTS.items(), KINDS):
            for n, (name, mutant, unchanged) in enumerate(kind()):
                if n % every:
                    continue
                for role, fields in (("m", mutant), ("o", unchanged)):
                    if fields is None:
                        continue
                    path = os.path.join(work, f"{layout}_{kind.__name__}_{name}_{role}.txt")
                    with open(path, "w", encoding="utf-8") as out:
                        out.write(paper.format(**{**DEFAULTS, **fields}))
                    written.append((f"{layout} {kind.__name__}", name, role, path))
        flagged = lint(converted(work, [w[3] for w in written]) if via else [w[3] for w in written])
    found, total, alarms, missed = defaultdict(int), defaultdict(int), defaultdict(int), []
    for kind, name, role, path in written:
        stem = os.path.basename(path)[:-len("m.txt")]
        own = flagged.get(stem + role, set())
        twin = flagged.get(stem + "o", set())
        # A mutant is found by a finding its unchanged twin does not have.
        hit = bool(own - twin) if role == "m" else bool(own)
        if role == "m":
            total[kind] += 1
            found[kind] += hit
            if not hit:
                missed.append(f"{kind} {name}")
        elif hit:
            alarms[kind] += 1
            if show:
                missed.append(f"{kind} {name}: unchanged paper flagged {sorted(own)}")
    print("| fact | mutants | found | unchanged flagged |")
    print("|---|---|---|---|")
    for kind in [f"{layout} {k.__name__}" for layout in LAYOUTS for k in KINDS]:
        share = f"{100 * found[kind] // total[kind]} %" if total[kind] else "–"
        print(f"| {kind} | {total[kind]} | {found[kind]} ({share}) | {alarms[kind]} |")
    print(f"| **all** | {sum(total.values())} | {sum(found.values())} | {sum(alarms.values())} |")
    if show:
        print("\nmissed (kind first-form.second-form.variant):")
        for m in missed:
            print("  " + m)


main()
