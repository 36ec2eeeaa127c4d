#!/usr/bin/env python3
"""Mutation test of the lint on real papers.

For every real paper in ../shared/realpapers*/ (or the folders given), find
facts the paper states two or more times, change ONE occurrence the way a
hurried writer would, and see whether `beslut lint` notices: a mutant is
found when the lint gives it a finding at warning or error that the
unchanged paper does not have. Prints recall per kind of fact and the false
alarms per unchanged paper (findings at warning or error that touch no
labelled slip).

    scripts/mutate-realpapers.py target/release/beslut [DIR…] [--show]

The mutations are this script's own phrasing of slips; held-out papers are
mutated by other hands, so a rule that only knows these phrasings will show.
The later kinds (name_swap, body_drop, copied_figure, own_date,
weekday_date, law_number) were added after the rules, as a second hand: a
swap instead of a dropped letter, a letter dropped anywhere in a body's name,
a figure in a passage written twice, the paper's own date, a weekday's date,
an SFS number.
"""
import json, os, re, subprocess, sys, tempfile, datetime
from collections import defaultdict

args = [a for a in sys.argv[1:] if not a.startswith("--")]
show = "--show" in sys.argv
binary = os.path.abspath(args[0] if args else "target/release/beslut")
here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, "..", "..", "shared")
folders = args[1:] or sorted(os.path.join(shared, d) for d in os.listdir(shared) if d.startswith("realpapers"))

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
LONG = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def lint(paths):
    run = subprocess.run([binary, "lint", "--format", "json", "--fail-on", "never", *paths],
                         capture_output=True, text=True)
    findings = json.loads(run.stdout) if run.stdout.strip() else []
    by_path = defaultdict(list)
    for f in findings:
        if f.get("severity") in ("error", "warning"):
            by_path[f["path"]].append(f)
    return by_path


def repeated(pattern, text, key=lambda m: m.group(0)):
    """Occurrences of `pattern` grouped by `key`, groups of two or more."""
    groups = defaultdict(list)
    for m in pattern.finditer(text):
        groups[key(m)].append(m)
    return [ms for ms in groups.values() if len(ms) >= 2]


def drop_letter(word):
    """'Solrosgruppen' -> 'Solrosgrupen': one interior letter gone."""
    for i in range(len(word) - 3, 1, -1):
        if word[i] == word[i - 1] or word[i] in "aeiouyåäö":
            return word[:i] + word[i + 1:]
    return word[:2] + word[3:]


# --- the mutators: each yields (kind, start, end, replacement) -------------

BODY = re.compile(r"\b(?:[A-ZÅÄÖ][a-zåäö]+(?:[-–] och [a-zåäö]+)?)?(?:nämnden|nämnd|styrelsen|förvaltningen|utskottet|fullmäktige)\b")
# The second part of a "X- och Y-" compound, changed to a near one.
PART_SWAP = {"fritid": "förening", "utbildning": "utveckling", "omsorg": "omvårdnad",
             "hälso": "miljö", "samhälls": "stads", "bygg": "plan", "teknik": "trafik",
             "renhållning": "avfall", "gymnasie": "grundskole", "vuxen": "ungdoms",
             "arbetsmarknad": "näringsliv", "kultur": "fritid", "miljö": "hälso"}


def board(text, facts):
    for ms in repeated(BODY, text, key=lambda m: m.group(0).lower()):
        name = ms[0].group(0)
        if len(name) < 10:
            continue
        m = ms[-1]
        word = m.group(0)
        new = None
        if " och " in word:
            head, tail = word.split(" och ", 1)
            for a, b in PART_SWAP.items():
                if tail.startswith(a):
                    new = head + " och " + b + tail[len(a):]
                    break
        if new is None:
            # A misspelt kind word, as fast typing makes it.
            new = word.replace("nämnd", "nämd", 1) if "nämnd" in word else \
                word.replace("styrelse", "styrelsse", 1) if "styrelse" in word else \
                word.replace("förvaltning", "förvaltnig", 1)
        if new != word:
            yield ("board", m.start(), m.end(), new)
            return


COMPANY = re.compile(r"\b[A-ZÅÄÖ][\wåäöÅÄÖ&-]+(?: [A-ZÅÄÖ][\wåäöÅÄÖ&-]+){0,3} (?:AB|HB|KB|ek\. för\.)")
GIVEN = ("Anna Anders Annelie Ann Anne Birgitta Bo Britt Carina Carl Cecilia Christina Dan Daniel "
         "Elin Emma Erik Eva Fredrik Gert Gunnar Hans Helena Henrik Ingrid Jan Jennie Johan Johanna "
         "Jonas Karin Karl Karsten Kerstin Kristina Lars Lena Lennart Lari Linda Lotta Louice Magnus "
         "Maria Marie Martin Mats Mattias Mikael Niklas Nils Olivia Olof Per Peter Rebecka Sara "
         "Sofia Stefan Susanne Thomas Ulla Ulf Åsa Örjan").split()
PERSON = re.compile(r"\b(?:" + "|".join(GIVEN) + r") [A-ZÅÄÖ][a-zåäö]{3,}(?:-[A-ZÅÄÖ][a-zåäö]+)?\b")
NOT_NAMES = set("Förslag Beslut Ärende Bakgrund Kommunstyrelsen Kommunfullmäktige Dnr Datum Bilaga".split())


def name(text, facts):
    for pattern in (COMPANY, PERSON):
        for ms in repeated(pattern, text):
            m = ms[-1]
            first = m.group(0).split()[0]
            if first in NOT_NAMES or any(w.lower() in MONTHS for w in m.group(0).split()):
                continue
            words = m.group(0).split(" ")
            longest = max(range(len(words)), key=lambda i: len(words[i]))
            words[longest] = drop_letter(words[longest])
            yield ("name", m.start(), m.end(), " ".join(words))
            return


def own_dnr(text, facts):
    dnr = facts.get("dnr")
    if not dnr or len(dnr) < 5 or text.count(dnr) < 2:
        return
    i = text.rfind(dnr)
    digits = [j for j, c in enumerate(dnr) if c.isdigit()]
    j = digits[-1]
    new = dnr[:j] + str((int(dnr[j]) + 1) % 10) + dnr[j + 1:]
    yield ("own_dnr", i, i + len(dnr), new)


EVENT = re.compile(r"\b(?:informerades|beslutade|beslöt|antogs|behandlades|fastställdes|remitterades|genomfördes|lämnades|hölls|godkändes|yttrade sig)\b[^.\n]{0,40}?(" + ISO.pattern + "|" + LONG.pattern + ")")


def parse_date(s):
    m = ISO.fullmatch(s)
    if m:
        return datetime.date(int(m[1]), int(m[2]), int(m[3])), "iso"
    m = LONG.fullmatch(s)
    if m:
        return datetime.date(int(m[3]), MONTHS.index(m[2]) + 1, int(m[1])), "long"
    return None, None


def fmt(d, form):
    return d.isoformat() if form == "iso" else f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def past_event(text, facts):
    try:
        paper = datetime.date.fromisoformat(facts.get("date") or "")
    except ValueError:
        return
    for m in EVENT.finditer(text):
        d, form = parse_date(m.group(1))
        if d and d < paper:
            later = paper + datetime.timedelta(days=45)
            yield ("past_event", m.start(1), m.end(1), fmt(later, form))
            return


PLAN = re.compile(r"\b([a-zåäöA-ZÅÄÖ]*(?:plan|planen|budget|budgeten|prognos|rapport|berättelse|redovisning|taxa|taxan)) (?:för )?((?:19|20)\d\d)\b")


def plan_year(text, facts):
    # A year span ("kommunplan 2013-2015", "2013 2015") is no plan year.
    single = lambda m: not re.match(r"\s*(?:[-–/]\s*|\s)\d{2,4}\b", text[m.end():])
    groups = repeated(PLAN, text, key=lambda m: (m.group(1).lower(), m.group(2)))
    for ms in groups:
        ms = [m for m in ms if single(m)]
        if len(ms) < 2:
            continue
        m = ms[-1]
        new_year = str(int(m.group(2)) + 1)
        yield ("plan_year", m.start(2), m.end(2), new_year)
        return


CITATION = re.compile(r"(" + ISO.pattern + "|" + LONG.pattern + r"),? ?§ ?(\d{1,3})\b")


def paragraph(text, facts):
    for ms in repeated(CITATION, text, key=lambda m: (m.group(1), m.group(m.lastindex))):
        m = ms[-1]
        g = m.lastindex
        yield ("paragraph", m.start(g), m.end(g), str(int(m.group(g)) + 1))
        return


def paragraph_date(text, facts):
    """The same decision cited twice; one citation's date a day off."""
    for ms in repeated(CITATION, text, key=lambda m: (m.group(1), m.group(m.lastindex))):
        m = ms[-1]
        d, form = parse_date(m.group(1))
        if d:
            yield ("paragraph_date", m.start(1), m.end(1), fmt(d + datetime.timedelta(days=1), form))
            return


AGES = re.compile(r"\b(\d{1,2}) ?[-–] ?(\d{1,2}) år\b")


def age(text, facts):
    for ms in repeated(AGES, text, key=lambda m: (m.group(1), m.group(2))):
        m = ms[-1]
        new = str(max(0, int(m.group(1)) - 3 if int(m.group(1)) >= 3 else int(m.group(1)) + 2))
        yield ("age", m.start(1), m.end(1), new)
        return


def swap_letters(word):
    """'Lindgren' -> 'Lindgern': two neighbouring interior letters swapped,
    the other common slip of fast typing (next to a dropped letter)."""
    for i in range(len(word) - 3, 1, -1):
        if word[i] != word[i + 1] and word[i].isalpha() and word[i + 1].isalpha():
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word


def name_swap(text, facts):
    """A repeated name with two letters swapped in one place."""
    for pattern in (COMPANY, PERSON, BODY):
        for ms in repeated(pattern, text, key=lambda m: m.group(0).lower()):
            m = ms[0]
            words = m.group(0).split(" ")
            if words[0] in NOT_NAMES or len(m.group(0)) < 8:
                continue
            longest = max(range(len(words)), key=lambda i: len(words[i]))
            new_word = swap_letters(words[longest])
            if new_word == words[longest]:
                continue
            words[longest] = new_word
            yield ("name_swap", m.start(), m.end(), " ".join(words))
            return


def body_drop(text, facts):
    """A repeated body's name with one letter left out where fast typing
    drops one (a vowel or a doubled letter): "Socialnmnden", "styrlsen"."""
    for ms in repeated(BODY, text, key=lambda m: m.group(0).lower()):
        m = ms[-1]
        words = m.group(0).split(" ")
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        new_word = drop_letter(words[longest])
        if new_word == words[longest] or len(m.group(0)) < 8:
            continue
        words[longest] = new_word
        yield ("body_drop", m.start(), m.end(), " ".join(words))
        return


TOKEN = re.compile(r"\d[\d,.:/–-]*\d|\d|[^\W\d_]+|§")
NUMBERING = set("sida sid s bilaga bilagor § §§ paragraf punkt kap kapitel avsnitt tabell figur diagram nr".split())


def copied_figure(text, facts):
    """A figure in a passage the paper writes twice word for word (four
    words each side), changed in the later copy: a proposal's amount, a
    count, a year where the paper restates the proposal."""
    tokens = list(TOKEN.finditer(text))
    words = [t.group(0).lower() for t in tokens]
    seen = {}
    for i in range(4, len(tokens) - 4):
        if not words[i][0].isdigit() or words[i - 1] in NUMBERING:
            continue
        key = (tuple(words[i - 4:i]), words[i], tuple(words[i + 1:i + 5]))
        if key in seen and tokens[seen[key]].end() <= tokens[i].start():
            t = tokens[i]
            figure = t.group(0)
            j = max(k for k, c in enumerate(figure) if c.isdigit())
            new = figure[:j] + str((int(figure[j]) + 1) % 10) + figure[j + 1:]
            yield ("copied_figure", t.start(), t.end(), new)
            return
        seen.setdefault(key, i)


def own_date(text, facts):
    """The paper's own date, written twice or more, a day off in one place."""
    try:
        paper = datetime.date.fromisoformat(facts.get("date") or "")
    except ValueError:
        return
    for form in ("iso", "long"):
        written = fmt(paper, form)
        if text.count(written) >= 2:
            i = text.rfind(written)
            yield ("own_date", i, i + len(written), fmt(paper + datetime.timedelta(days=1), form))
            return


WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
WEEKDAY_DATE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")(?:en)?(?: den)? (\d{1,2}) (" + "|".join(MONTHS) + r")(?: (\d{4}))?", re.I)


def weekday_date(text, facts):
    """A weekday with its date, the day of the month one off."""
    for m in WEEKDAY_DATE.finditer(text):
        day = int(m.group(2))
        if 2 <= day <= 27:
            yield ("weekday_date", m.start(2), m.end(2), str(day + 1))
            return


# An SFS number after a law's or ordinance's name ("lagen (1976:580)"), not
# a motion's or report's number ("Motion (2016:19)").
LAW = re.compile(r"(?:\b[Ll]ag(?:en)?|[Ff]örordning(?:en)?|[a-zåäö]+lagen)\s*\((\d{4}):(\d{1,4})\)")


def law_number(text, facts):
    """An SFS number cited twice, one citation a digit off."""
    for ms in repeated(LAW, text):
        m = ms[-1]
        number = m.group(2)
        new = number[:-1] + str((int(number[-1]) + 1) % 10)
        yield ("law_number", m.start(2), m.end(2), new)
        return


SUM = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d+)? ?(?:kronor|kr\b|tkr|mnkr|mkr|miljoner kronor|tusen kronor)")


def sum_restated(text, facts):
    """A sum of money written twice or more, the later copy a digit off
    (whatever the words around it)."""
    for ms in repeated(SUM, text, key=lambda m: re.sub(r"\s", " ", m.group(0))):
        m = ms[-1]
        j = m.start(1)
        figure = m.group(1)
        new = str((int(figure[0]) % 9) + 1) + figure[1:]
        yield ("sum_restated", j, j + len(figure), new)
        return


COUNTED = re.compile(r"(?<![\d,.:/-])(\d{1,5}) (?:nya )?[a-zåäö]*(?:platser|lägenheter|bostäder|tjänster|årsarbetare|avdelningar)\b")


def count_restated(text, facts):
    """A count of places, flats or posts written twice or more, the later
    copy a digit off."""
    for ms in repeated(COUNTED, text):
        m = ms[-1]
        figure = m.group(1)
        new = str((int(figure[0]) % 9) + 1) + figure[1:]
        yield ("count_restated", m.start(1), m.end(1), new)
        return


MUTATORS = [board, name, own_dnr, past_event, plan_year, paragraph, paragraph_date, age,
            name_swap, body_drop, copied_figure, own_date, weekday_date, law_number, sum_restated,
            count_restated]


def main():
    total = defaultdict(int)
    found = defaultdict(int)
    papers = 0
    false_alarms = 0
    misses = []
    with tempfile.TemporaryDirectory() as work:
        for folder in folders:
            facts_all = json.load(open(os.path.join(folder, "FACTS.json"), encoding="utf-8"))
            labels = json.load(open(os.path.join(folder, "LABELS.json"), encoding="utf-8"))
            names = sorted(n for n in facts_all if os.path.exists(os.path.join(folder, n)))
            originals = lint([os.path.join(folder, n) for n in names])
            mutants = []
            for n in names:
                papers += 1
                path = os.path.join(folder, n)
                text = open(path, encoding="utf-8").read()
                quotes = [q for d in labels.get(n, {}).get("genuine_defects", [])
                          for q in (d.get("quote_a"), d.get("quote_b")) if q]
                for f in originals.get(path, []):
                    s = f["span"][0]
                    if not any(text.encode().find(q.encode()) <= s < text.encode().find(q.encode()) + len(q.encode())
                               for q in quotes if q in text):
                        false_alarms += 1
                for mutate in MUTATORS:
                    for kind, s, e, new in mutate(text, facts_all[n]):
                        mutant = text[:s] + new + text[e:]
                        mpath = os.path.join(work, f"{os.path.basename(folder)}-{kind}-{n}")
                        open(mpath, "w", encoding="utf-8").write(mutant)
                        mutants.append((kind, n, path, mpath, text[s:e], new))
            results = lint([m[3] for m in mutants])
            for kind, n, path, mpath, old, new in mutants:
                before = {(f["code"], f["message"]) for f in originals.get(path, [])}
                after = {(f["code"], f["message"]) for f in results.get(mpath, [])}
                total[kind] += 1
                if after - before:
                    found[kind] += 1
                else:
                    misses.append(f"{os.path.basename(folder)}/{n} {kind}: {old!r} → {new!r}")
    print("| kind | mutants | found | recall |")
    print("|---|---|---|---|")
    for kind in [m.__name__ for m in MUTATORS]:
        if total[kind]:
            print(f"| {kind} | {total[kind]} | {found[kind]} | {100 * found[kind] / total[kind]:.0f} % |")
    all_total, all_found = sum(total.values()), sum(found.values())
    print(f"| **all** | {all_total} | {all_found} | {100 * all_found / max(all_total, 1):.0f} % |")
    print(f"\nfalse alarms on the {papers} unchanged papers: {false_alarms} ({false_alarms / max(papers, 1):.2f} per paper)")
    if show:
        print("\nmissed:")
        for m in misses:
            print("  " + m)


main()
