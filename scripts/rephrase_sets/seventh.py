"""The seventh set of `rephrase-probe.py`, written on 2026-12-05 (evening)
after the sixth set's readers and measured before any reader was changed
for it: an answer to a councillors' motion (motionärer, a referral by the
assembly, counts of preschools) and a reply to an audit report (an audit
firm, recommendations counted and referred back to, a deadline). The
papers, places, people and companies are fictional.

Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

MOTION = """Kommunledningskontoret
Tjänsteskrivelse
2026-04-08
KS 2025/0412
Handläggare: Elin Sjöberg

Kommunstyrelsen

Svar på motion om fler laddstolpar vid kommunens förskolor

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta
att motionen ska anses besvarad.

Sammanfattning
Anders Tullgren (C) och Maja Strand (C) föreslår i en motion den 18 november 2025 att kommunen ska sätta upp laddstolpar vid samtliga 24 kommunala förskolor. Kommunfullmäktige remitterade motionen till kommunstyrelsen den 15 december 2025, § 201.

Ärendet
I dag finns laddstolpar vid sex av kommunens 24 förskolor. Tekniska förvaltningen planerar att sätta upp laddstolpar vid ytterligare åtta förskolor under 2027. Kostnaden för en laddstolpe med installation är cirka 45 000 kronor.
Motionärerna Anders Tullgren och Maja Strand lyfter fram att personalen behöver kunna ladda kommunens bilar under arbetsdagen. Förvaltningen delar bedömningen men anser att utbyggnaden bör ske i den takt som fordonsflottan byts ut.

Ekonomiska konsekvenser
Att sätta upp laddstolpar vid de 18 förskolor som saknar dem skulle kosta cirka 810 000 kronor.

Elin Sjöberg
Utredare

Beslutet skickas till
Anders Tullgren
Maja Strand
Tekniska förvaltningen
"""

AUDIT = """Socialförvaltningen
Tjänsteskrivelse
Datum 2026-05-20
Dnr SN 2026/133
Handläggare Henrik Alm, kvalitetsstrateg

Socialnämnden

Yttrande över revisionsrapport om handläggning av försörjningsstöd

Förslag till beslut
1. Socialnämnden antar förvaltningens yttrande som sitt eget och överlämnar det till kommunrevisionen.

Ärende
Kommunens revisorer har granskat socialnämndens handläggning av ekonomiskt bistånd. Granskningen genomfördes av Revisionsbyrån Norrsken AB under perioden januari–mars 2026 och redovisades i en rapport daterad den 14 april 2026. Revisorerna har begärt nämndens yttrande senast den 15 juni 2026.
Revisorerna lämnar fyra rekommendationer. Förvaltningen instämmer i tre av dem och redovisar i yttrandet hur de fyra rekommendationerna ska hanteras.
I granskningen ingick 60 akter, varav 12 saknade en aktuell utredning.

Ekonomiska konsekvenser
Yttrandet medför inga kostnader.

Samverkan
Information enligt 19 § MBL lämnades den 12 maj 2026.

Henrik Alm
Kvalitetsstrateg

Beslutet skickas till
Kommunrevisionen
Revisionsbyrån Norrsken AB
"""

MOVERS = "Motionärerna Anders Tullgren och Maja Strand lyfter fram"
REFERRED = "Kommunfullmäktige remitterade motionen till kommunstyrelsen den 15 december 2025, § 201."
MOVED = "föreslår i en motion den 18 november 2025"
ALL_SCHOOLS = "I dag finns laddstolpar vid sex av kommunens 24 förskolor."
MOTION_DECIDES = "Kommunstyrelsen föreslår kommunfullmäktige besluta"
RECOMMENDATIONS = "redovisar i yttrandet hur de fyra rekommendationerna ska hanteras."
GIVEN = "Revisorerna lämnar fyra rekommendationer."
REPORTED = "redovisades i en rapport daterad den 14 april 2026."
AUDIT_MBL = "Information enligt 19 § MBL lämnades den 12 maj 2026."
FIRM = "Granskningen genomfördes av Revisionsbyrån Norrsken AB"
DEADLINE = "Revisorerna har begärt nämndens yttrande senast den 15 juni 2026."
FILES = "I granskningen ingick 60 akter, varav 12 saknade en aktuell utredning."
OFFICER = "Henrik Alm\nKvalitetsstrateg"

SEVENTH = [
    # The movers' names.
    *[(MOTION, "person", MOVERS, new, True) for new in [
        "Motionärerna Anders Tulgren och Maja Strand lyfter fram",
        "Motionärerna Anders Tullgren och Maja Strandh lyfter fram"]],
    *[(MOTION, "person", MOVERS, new, False) for new in [
        "Motionärerna lyfter fram",
        "Tullgren och Strand lyfter fram"]],
    # The referral dated after the paper (2026-04-08), or before the motion.
    *[(MOTION, "past event", REFERRED, new, True) for new in [
        "Kommunfullmäktige remitterade motionen till kommunstyrelsen den 15 maj 2026, § 201.",
        "Motionen remitterades av kommunfullmäktige den 15 maj 2026 (§ 201)."]],
    *[(MOTION, "past event", REFERRED, new, False) for new in [
        "Motionen remitterades till kommunstyrelsen av kommunfullmäktige den 15 december 2025, § 201.",
        "Kommunfullmäktige ska behandla svaret den 15 juni 2026."]],
    (MOTION, "past event", MOVED, "föreslår i en motion den 18 maj 2026", True),
    (MOTION, "past event", MOVED, "föreslår i en motion, inlämnad den 18 november 2025,", False),
    # A count restated in other words.
    *[(MOTION, "count", ALL_SCHOOLS, new, True) for new in [
        "I dag finns laddstolpar vid sex av kommunens 26 förskolor.",
        "I dag har sex av de 26 förskolorna laddstolpar."]],
    *[(MOTION, "count", ALL_SCHOOLS, new, False) for new in [
        "I dag har sex av de 24 förskolorna laddstolpar.",
        "I dag har sex förskolor laddstolpar."]],
    # The deciding and proposing bodies.
    *[(MOTION, "body", MOTION_DECIDES, new, True) for new in [
        "Kommunstyrelssen föreslår kommunfullmäktige besluta",
        "Kommunstyrelsen föreslår kommunfullmäktge besluta"]],
    (MOTION, "body", MOTION_DECIDES, "Kommunstyrelsen föreslår fullmäktige besluta", False),
    # The movers left out of the distribution is allowed: they get the
    # assembly's decision. No probe.
    # A count referred back to.
    *[(AUDIT, "count", RECOMMENDATIONS, new, True) for new in [
        "redovisar i yttrandet hur de fem rekommendationerna ska hanteras.",
        "redovisar i yttrandet hur samtliga fem rekommendationer ska hanteras."]],
    *[(AUDIT, "count", RECOMMENDATIONS, new, False) for new in [
        "redovisar i yttrandet hur rekommendationerna ska hanteras.",
        "redovisar i yttrandet hur de tre rekommendationer som förvaltningen instämmer i ska genomföras."]],
    (AUDIT, "count", GIVEN, "Revisorerna lämnar tre rekommendationer.", True),
    # Dated after the paper (2026-05-20).
    *[(AUDIT, "past event", REPORTED, new, True) for new in [
        "redovisades i en rapport daterad den 24 maj 2026.",
        "redovisades den 24 maj 2026 i en rapport."]],
    *[(AUDIT, "past event", AUDIT_MBL, new, True) for new in [
        "Information enligt 19 § MBL lämnades den 22 maj 2026.",
        "Arbetstagarorganisationerna fick MBL-information den 22 maj 2026."]],
    (AUDIT, "past event", AUDIT_MBL, "Information enligt 19 § MBL lämnas den 22 maj 2026.", False),
    *[(AUDIT, "past event", DEADLINE, new, False) for new in [
        "Yttrandet ska lämnas senast den 15 juni 2026.",
        "Revisorerna vill ha nämndens svar före den 15 juni 2026."]],
    # The audit firm's name.
    *[(AUDIT, "party", FIRM, new, True) for new in [
        "Granskningen genomfördes av Revisionsbyrån Norsken AB",
        "Granskningen genomfördes av Revisionsbyrån Norrskens AB"]],
    (AUDIT, "party", FIRM, "Granskningen genomfördes av en extern revisionsbyrå", False),
    # A part of a whole.
    (AUDIT, "count", FILES, "Av de 60 akterna i granskningen saknade 12 en aktuell utredning.", False),
    # The officer.
    (AUDIT, "person", OFFICER, "Henrik Ahlm\nKvalitetsstrateg", True),
]
