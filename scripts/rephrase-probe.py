#!/usr/bin/env python3
"""A new writer's phrasings: does the lint read a fact however it is put?

`mutate-realpapers.py` and `mutate-any.py` change facts in real papers,
in the phrasing those papers already use. New users write the same facts
in other words. This script holds invented papers (a contract extension
and a grant, written while the readers were built; a tender and an answer
to a citizen's proposal, written later and first measured before any
reader was changed for them; the later sets, each measured likewise,
live in `scripts/rephrase_sets/`) and rewrites one passage at a time:

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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rephrase_sets.fifth import FIFTH, PRESCHOOL, REORGANISATION  # noqa: E402
from rephrase_sets.sixth import AGREEMENT, PLAN, SIXTH  # noqa: E402
from rephrase_sets.seventh import AUDIT, MOTION, SEVENTH  # noqa: E402
from rephrase_sets.eighth import ALLOCATION, EIGHTH, LIBRARIES  # noqa: E402
from rephrase_sets.ninth import FEES as ELDERLY_FEES, NINTH, TRANSPORT  # noqa: E402
from rephrase_sets.tenth import CONSULTATION, SUMMER_JOBS, TENTH  # noqa: E402
from rephrase_sets.eleventh import ELEVENTH, PARTNERSHIP, SCHOOL  # noqa: E402
from rephrase_sets.twelfth import ACTIVITY, ALARMS, TWELFTH  # noqa: E402
from rephrase_sets.thirteenth import THIRTEENTH, TRANSPORT_FEE, YOUTH_CENTRE  # noqa: E402
from rephrase_sets.fourteenth import FOURTEENTH, INTERIM, SUMMER  # noqa: E402
from rephrase_sets.fifteenth import ABSENCE, FIFTEENTH, LEASE as GROUP_HOME_LEASE  # noqa: E402
from rephrase_sets.sixteenth import GUIDELINES, SIXTEENTH, STATION  # noqa: E402
from rephrase_sets.seventeenth import MEALS, SEVENTEENTH, TARIFF  # noqa: E402
from rephrase_sets.eighteenth import EIGHTEENTH, GRANTS as CULTURE_GRANTS, PLACES  # noqa: E402
from rephrase_sets.nineteenth import NINETEENTH, WINTER, YOUTH as YOUTH_HOURS  # noqa: E402
from rephrase_sets.twentieth import ARTS, PARKING, TWENTIETH  # noqa: E402
from rephrase_sets.twentyfirst import GUARANTEE, SALE, TWENTYFIRST  # noqa: E402
from rephrase_sets.twentysecond import REFERENDUM, TWENTYSECOND, WASTE  # noqa: E402
from rephrase_sets.twentythird import HOLIDAY_CLUBS, TRANSPORT_SERVICE, TWENTYTHIRD  # noqa: E402
from rephrase_sets.twentyfourth import CLEANING_CONTRACT, PRESCHOOL_LEASE, TWENTYFOURTH  # noqa: E402
from rephrase_sets.twentyfifth import ASSOCIATION_GRANTS, CARE_TEAM, TWENTYFIFTH  # noqa: E402

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


# Two more papers, written on 2026-12-05 and measured with the lint as it was
# before any reader was changed for them: the first figure of this set is a
# stranger's, the later ones are not.
TENDER = """Barn- och utbildningsförvaltningen
Avdelningen för skolskjuts och måltider
TJÄNSTESKRIVELSE
Datum: 2026-02-10
Diarienummer: BUN 2026/45
Handläggare: Noor Lindqvist, upphandlare

Till Barn- och utbildningsnämnden

Tilldelning av avtal om skolskjutsar 2026–2029

Förslag till beslut
Barn- och utbildningsnämnden föreslås besluta
1. att tilldela Norrvägens Buss AB avtal om skolskjutsar för perioden 1 augusti 2026 – 31 juli 2029,
2. att den årliga kostnaden om högst 3,2 miljoner kronor finansieras inom nämndens budgetram,
3. att ge förvaltningschefen i uppdrag att teckna avtalet.

Sammanfattning
Nuvarande avtal med Ekbackens Trafik AB upphör den 31 juli 2026. En ny upphandling har genomförts och Norrvägens Buss AB har lämnat det ekonomiskt mest fördelaktiga anbudet. Avtalet omfattar tre år med möjlighet till förlängning i högst ett år. Skolskjutsen är till för elever mellan 6 och 16 år.

Ärendet
Upphandlingen annonserades den 2 december 2025 och anbudstiden gick ut den 16 januari 2026. Fyra anbud kom in. Utvärderingen blev klar den 29 januari 2026.
Skolskjuts ges till elever i förskoleklass till och med årskurs 9, det vill säga elever i åldern 6–16 år, som har rätt till skolskjuts enligt skollagen.

Ekonomiska konsekvenser
Den årliga kostnaden beräknas till 3,2 miljoner kronor, vilket ryms inom budgetramen.

Samverkan
Ärendet har behandlats i förvaltningens samverkansgrupp den 3 februari 2026.

Ärendet behandlas av nämnden onsdagen den 25 februari 2026.

Noor Lindqvist
Upphandlare

Beslutet ska skickas till
Norrvägens Buss AB
Ekbackens Trafik AB
"""

# The tender paper with its meeting's day beside the board.
TENDER_DATED = TENDER.replace("\nTill Barn- och utbildningsnämnden\n",
                              "\nBarn- och utbildningsnämnden 2026-02-25\n")

CITIZEN = """Kommunledningskontoret
Tjänsteskrivelse
2026-01-20
KS 2025/0877

Kommunstyrelsen

Svar på medborgarförslag om utegym i Ekbyparken

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta
1. Medborgarförslaget anses besvarat.

Sammanfattning
Lina Mårdsäter föreslår i ett medborgarförslag som inkom den 3 november 2025 att kommunen bygger ett utegym i Ekbyparken. Kommunfullmäktige beslutade måndagen den 15 december 2025, § 212, att remittera förslaget till kommunstyrelsen för beredning.

Ärendet
Teknik- och fritidsförvaltningen har yttrat sig över förslaget den 8 januari 2026. Förvaltningen bedömer att ett utegym kostar cirka 400 000 kronor att anlägga. Ett utegym i Ekbyparken finns med i investeringsplanen för 2027.
Kommunledningskontoret 2026-01-20 KS 2025/0877 Sida 2 (2)
I sitt förslag skriver Lina Mårdsäter att ett utegym skulle ge fler möjlighet att träna utomhus.

Bedömning
Eftersom ett utegym redan är planerat för 2027 föreslås att medborgarförslaget anses besvarat.

Beslutsunderlag
Medborgarförslag, inkom 2025-11-03
Kommunfullmäktiges beslut 2025-12-15 § 212
Yttrande från teknik- och fritidsförvaltningen 2026-01-08
Denna tjänsteskrivelse 2026-01-20

Per Åkesson
Kommundirektör

Beslutet skickas till
Lina Mårdsäter
Teknik- och fritidsförvaltningen
"""

TERM3 = "Avtalet omfattar tre år"
ENDED = "Utvärderingen blev klar den 29 januari 2026"
SAMVERKAN = "Ärendet har behandlats i förvaltningens samverkansgrupp den 3 februari 2026"
ON_WEDNESDAY = "onsdagen den 25 februari 2026"
PUPILS = "elever i åldern 6–16 år"
YEARLY = "Den årliga kostnaden beräknas till 3,2 miljoner kronor"
SUPPLIER = "Norrvägens Buss AB har lämnat"
SENT_TO = "Beslutet ska skickas till\nNorrvägens Buss AB\nEkbackens Trafik AB\n"
BOARD = "Till Barn- och utbildningsnämnden"
TENDER_MEETING = "Ärendet behandlas av nämnden onsdagen den 25 februari 2026."
REFERRED = "Kommunfullmäktige beslutade måndagen den 15 december 2025, § 212,"
PROPOSER = "I sitt förslag skriver Lina Mårdsäter"
REPLIED = "Teknik- och fritidsförvaltningen har yttrat sig över förslaget den 8 januari 2026"
PLANNED = "redan är planerat för 2027"
THIS_PAPER = "Denna tjänsteskrivelse 2026-01-20"
PAGE_HEADER = "Kommunledningskontoret 2026-01-20 KS 2025/0877 Sida 2 (2)"
CAME_IN = "som inkom den 3 november 2025"

HELD_OUT = [
    # The contract's length, against its period in the proposal.
    *[(TENDER, "duration", TERM3, new, True) for new in [
        "Avtalet omfattar fyra år", "Avtalstiden är fyra år", "Avtalet gäller i fyra år",
        "Det är ett fyraårigt avtal", "Avtalsperioden är 48 månader", "Avtalet löper under fyra år"]],
    *[(TENDER, "duration", TERM3, new, False) for new in [
        "Avtalstiden är tre år", "Det är ett treårigt avtal", "Avtalsperioden är 36 månader",
        "Avtalet kan förlängas med ett år, till och med den 31 juli 2030"]],
    # A past event dated after the paper (2026-02-10).
    *[(TENDER, "past event", ENDED, new, True) for new in [
        "Utvärderingen blev klar den 12 februari 2026", "Utvärderingen avslutades den 12 februari 2026",
        "Anbudstiden gick ut den 16 februari 2026", "Upphandlingen annonserades den 12 februari 2026",
        "Fyra anbud kom in senast den 12 februari 2026", "Anbuden öppnades 2026-02-12",
        "Utvärderingen gjordes den 12 februari 2026"]],
    *[(TENDER, "past event", SAMVERKAN, new, True) for new in [
        "Ärendet har behandlats i förvaltningens samverkansgrupp den 13 februari 2026",
        "Förhandling enligt 11 § MBL hölls den 13 februari 2026",
        "MBL-förhandling genomfördes 2026-02-13",
        "Samverkansgruppen informerades den 13 februari 2026",
        "Facket informerades om ärendet den 13 februari 2026"]],
    *[(TENDER, "past event", ENDED, new, False) for new in [
        "Tilldelningsbeslutet meddelas anbudsgivarna den 27 februari 2026",
        "Utvärderingen avslutades den 29 januari 2026",
        "Avtalet ska tecknas senast den 15 mars 2026",
        # Found as false alarms while this set was measured (2026-12-05).
        "Nämnden beslutade om en ny skolskjutstaxa från den 1 augusti 2026",
        "Nämnden antog skolskjutsreglerna för perioden 1 augusti 2026 till 31 juli 2029"]],
    *[(TENDER, "past event", SAMVERKAN, new, False) for new in [
        "Ärendet kommer att behandlas i samverkansgruppen den 13 februari 2026",
        "Förhandling enligt 11 § MBL hålls den 13 februari 2026"]],
    # A weekday that is not the date's.
    *[(TENDER, "weekday", ON_WEDNESDAY, new, True) for new in [
        "torsdagen den 25 februari 2026", "torsdag 2026-02-25", "tors 25/2 2026",
        "den 25 februari 2026 (torsdag)", "på torsdag den 25 februari 2026"]],
    *[(TENDER, "weekday", ON_WEDNESDAY, new, False) for new in [
        "onsdag 2026-02-25", "ons 25/2 2026", "den 25 februari 2026 (onsdag)"]],
    *[(CITIZEN, "weekday", REFERRED, new, True) for new in [
        "Kommunfullmäktige beslutade tisdagen den 15 december 2025, § 212,",
        "Kommunfullmäktige beslutade tisdag 2025-12-15, § 212,"]],
    # An age range said again in other words.
    *[(TENDER, "age", PUPILS, new, True) for new in [
        "elever i åldern 6–15 år", "elever i åldrarna 6 till 15 år", "elever som är 6–15 år",
        "elever mellan 6 och 15 år", "elever från 6 till 15 års ålder"]],
    *[(TENDER, "age", PUPILS, new, False) for new in [
        "elever i åldrarna 6 till 16 år", "elever från 6 till 16 års ålder"]],
    # The supplier's name misspelt once.
    *[(TENDER, "party", SUPPLIER, new, True) for new in [
        "Norrvägen Buss AB har lämnat", "Norrvägens Bus AB har lämnat", "Norvägens Buss AB har lämnat"]],
    *[(TENDER, "party", SUPPLIER, new, False) for new in [
        "Norrvägens Buss har lämnat", "Norrvägens Buss AB:s anbud var det ekonomiskt mest fördelaktiga och bolaget har lämnat"]],
    # The supplier left out of the distribution, under its heading's other names.
    *[(TENDER, "distribution", SENT_TO, new, True) for new in [
        "Beslutet ska skickas till\nEkbackens Trafik AB\n", "Expediering\nEkbackens Trafik AB\n",
        "Beslutet expedieras till\nEkbackens Trafik AB\n", "Sändlista\nEkbackens Trafik AB\n"]],
    # A sum in the proposal, restated.
    *[(TENDER, "amount", YEARLY, new, True) for new in [
        "Den årliga kostnaden beräknas till 3,4 miljoner kronor",
        "Den årliga kostnaden beräknas till 3,4 mnkr", "Den årliga kostnaden beräknas till 3 400 tkr",
        "Kostnaden per år beräknas bli 3,4 miljoner kronor"]],
    *[(TENDER, "amount", YEARLY, new, False) for new in [
        "Den årliga kostnaden beräknas till 3,2 mnkr", "Den årliga kostnaden beräknas till 3 200 000 kronor",
        "Den årliga kostnaden beräknas till 3 200 tkr"]],
    # The board named otherwise.
    (TENDER, "body", BOARD, "Till Barn- och ungdomsnämnden", True),
    (TENDER, "body", BOARD, "Till Barn- och utbildningsnämnd", False),
    # The coming meeting's day restated.
    *[(TENDER_DATED, "meeting day", TENDER_MEETING, new, True) for new in [
        "Ärendet behandlas av nämnden torsdagen den 26 februari 2026.",
        "Nämnden fattar beslut i ärendet den 26 februari 2026.",
        "Ärendet avgörs på nämndens sammanträde den 26 februari 2026."]],
    *[(TENDER_DATED, "meeting day", TENDER_MEETING, new, False) for new in [
        "Nämnden sammanträdde senast den 28 januari 2026.",
        "Nämnden fattar beslut i ärendet den 25 februari 2026."]],
    # The same decision (body and §) given another day.
    *[(CITIZEN, "decision", REFERRED, new, True) for new in [
        "Kommunfullmäktige beslutade den 16 december 2025, § 212,",
        "Fullmäktige remitterade den 16 december 2025 (§ 212) förslaget och beslutade",
        "Vid sitt sammanträde den 16 december 2025, § 212, beslutade kommunfullmäktige",
        "Kommunfullmäktige beslutade 2025-12-16 (§ 212)"]],
    *[(CITIZEN, "decision", REFERRED, new, False) for new in [
        "Kommunfullmäktige beslutade 2025-12-15, § 212,",
        "Fullmäktige remitterade den 15 december 2025 (§ 212) förslaget och beslutade"]],
    # The citizen's name misspelt once.
    *[(CITIZEN, "person", PROPOSER, new, True) for new in [
        "I sitt förslag skriver Lina Mårdsätter", "I sitt förslag skriver Lina Mårdsäther",
        "I sitt förslag skriver Lisa Mårdsäter"]],
    *[(CITIZEN, "person", PROPOSER, new, False) for new in [
        "I sitt förslag skriver Mårdsäter", "I Lina Mårdsäters förslag står"]],
    # A reply dated after the paper (2026-01-20).
    *[(CITIZEN, "past event", REPLIED, new, True) for new in [
        "Teknik- och fritidsförvaltningen har yttrat sig över förslaget den 28 januari 2026",
        "Teknik- och fritidsförvaltningen yttrade sig över förslaget den 28 januari 2026",
        "Förvaltningens yttrande kom in den 28 januari 2026"]],
    (CITIZEN, "past event", REPLIED,
     "Teknik- och fritidsförvaltningen ska yttra sig över förslaget senast den 28 januari 2026", False),
    # The plan's year.
    *[(CITIZEN, "plan year", PLANNED, new, True) for new in [
        "redan är planerat för 2028", "redan finns med i planen för 2028"]],
    # The paper itself in the basis.
    *[(CITIZEN, "own paper", THIS_PAPER, new, True) for new in [
        "Denna tjänsteskrivelse 2026-01-21", "Kommunledningskontorets tjänsteskrivelse den 21 januari 2026"]],
    (CITIZEN, "own paper", THIS_PAPER, "Kommunledningskontorets tjänsteskrivelse den 20 januari 2026", False),
    # The own Dnr in a page header.
    *[(CITIZEN, "dnr", PAGE_HEADER, new, True) for new in [
        "Kommunledningskontoret 2026-01-20 KS 2025/0887 Sida 2 (2)",
        "Kommunledningskontoret 2026-01-20 KS 2026/0877 Sida 2 (2)"]],
    # The citizen's proposal restated with another day of arrival.
    *[(CITIZEN, "arrival", CAME_IN, new, True) for new in [
        "som inkom den 4 november 2025", "som kom in den 4 november 2025",
        "som lämnades in den 4 november 2025"]],
    (CITIZEN, "arrival", CAME_IN, "som kom in den 3 november 2025", False),
]


# Two more, written later on 2026-12-05, after the second set's readers were
# built and before any reader was changed for these: minutes (an extract)
# and a fee schedule.
MINUTES = """Lövsjö kommun
PROTOKOLLSUTDRAG
Socialnämnden
Sammanträdesdatum 2026-04-21

Plats och tid: Stadshuset, tisdagen den 21 april 2026 kl. 13.00–15.30
Justering: Socialförvaltningen, tisdagen den 28 april 2026

§ 45 Dnr SN 2026/112

Riktlinjer för bostadsanpassningsbidrag

Beslut
Socialnämnden beslutar
1. att anta riktlinjer för bostadsanpassningsbidrag enligt bilaga 1,
2. att riktlinjerna gäller från och med den 1 juni 2026,
3. att riktlinjer för bostadsanpassningsbidrag, antagna av socialnämnden 2019-03-19, § 31, upphör att gälla samma dag.

Sammanfattning av ärendet
Socialförvaltningen har tagit fram nya riktlinjer för bostadsanpassningsbidrag. De tidigare riktlinjerna antogs av socialnämnden den 19 mars 2019, § 31. Lagen (2018:222) om bostadsanpassningsbidrag trädde i kraft den 1 januari 2019. De nya riktlinjerna föreslås gälla från den 1 juni 2026.
Ärendet har beretts av socialnämndens arbetsutskott den 7 april 2026, § 22.

Beslutsunderlag
Tjänsteskrivelse 2026-03-30
Riktlinjer för bostadsanpassningsbidrag, bilaga 1
Arbetsutskottets protokoll 2026-04-07, § 22

Justerare
Eva Lindgren

Vid protokollet
Maria Ek

Utdraget bestyrks
Maria Ek, nämndsekreterare

Beslutet expedieras till
Socialförvaltningen
"""

FEES = """Miljö- och byggförvaltningen
Tjänsteskrivelse
2026-09-30
Dnr MBN 2026/301
Handläggare: Jonas Berglund

Miljö- och byggnämnden

Taxa för prövning och tillsyn inom miljöbalkens område 2027

Förslag till beslut
Miljö- och byggnämnden föreslår kommunfullmäktige besluta
1. att anta taxa för prövning och tillsyn inom miljöbalkens område 2027 enligt bilaga,
2. att timavgiften fastställs till 1 350 kronor,
3. att taxan ska gälla från och med den 1 januari 2027.

Ärendet
Nuvarande taxa antogs av kommunfullmäktige den 24 november 2025, § 118, och gäller sedan den 1 januari 2026. Timavgiften är i dag 1 290 kronor. Förvaltningen föreslår att timavgiften höjs med 60 kronor till 1 350 kronor inför 2027. Den nya taxan börjar gälla den 1 januari 2027.
Taxan för 2027 bygger på Sveriges Kommuners och Regioners underlag. Förslaget har stämts av med kommunstyrelsens ekonomiavdelning den 14 september 2026.

Ekonomiska konsekvenser
Höjningen beräknas ge nämnden 240 000 kronor mer i intäkter under 2027.

Ärendet behandlas i kommunfullmäktige måndagen den 23 november 2026.

Beslutsunderlag
Tjänsteskrivelse 2026-09-30
Kommunfullmäktiges beslut 2025-11-24, § 118
Taxa 2027, bilaga

Jonas Berglund
Miljöinspektör

Beslutet skickas till
Kommunfullmäktige
"""

IN_FORCE = "De nya riktlinjerna föreslås gälla från den 1 juni 2026."
ADOPTED = "De tidigare riktlinjerna antogs av socialnämnden den 19 mars 2019, § 31."
PREPARED = "Ärendet har beretts av socialnämndens arbetsutskott den 7 april 2026, § 22."
HELD = "Plats och tid: Stadshuset, tisdagen den 21 april 2026 kl. 13.00–15.30"
CHECKED = "Justering: Socialförvaltningen, tisdagen den 28 april 2026"
ATTESTED = "Utdraget bestyrks\nMaria Ek"
FEES_YEAR = "Taxan för 2027 bygger på"
HOURLY = "höjs med 60 kronor till 1 350 kronor inför 2027"
FEES_START = "Den nya taxan börjar gälla den 1 januari 2027."
CURRENT = "Nuvarande taxa antogs av kommunfullmäktige den 24 november 2025, § 118,"
TUNED = "Förslaget har stämts av med kommunstyrelsens ekonomiavdelning den 14 september 2026."
GOES = "Ärendet behandlas i kommunfullmäktige måndagen den 23 november 2026."
FEES_PROPOSAL = "1. att anta taxa för prövning och tillsyn inom miljöbalkens område 2027 enligt bilaga,"
FEES_BOARD = "\nMiljö- och byggnämnden\n\nTaxa"

THIRD = [
    # The proposal's effective date, told again.
    *[(MINUTES, "effective date", IN_FORCE, new, True) for new in [
        "De nya riktlinjerna föreslås gälla från den 1 juli 2026.",
        "De nya riktlinjerna börjar gälla den 1 juli 2026.",
        "De nya riktlinjerna träder i kraft den 1 juli 2026.",
        "De nya riktlinjerna tillämpas från och med 1 juli 2026."]],
    *[(MINUTES, "effective date", IN_FORCE, new, False) for new in [
        "De nya riktlinjerna börjar gälla den 1 juni 2026.",
        "De nya riktlinjerna träder i kraft 2026-06-01."]],
    *[(FEES, "effective date", FEES_START, new, True) for new in [
        "Den nya taxan börjar gälla den 1 februari 2027.",
        "Den nya taxan ska tillämpas från den 1 februari 2027."]],
    (FEES, "effective date", FEES_START, "Den nya taxan tillämpas från den 1 januari 2027.", False),
    # The same decision (body and §) given another day.
    *[(MINUTES, "decision", ADOPTED, new, True) for new in [
        "De tidigare riktlinjerna antogs av socialnämnden den 20 mars 2019, § 31.",
        "Socialnämnden antog de tidigare riktlinjerna den 20 mars 2019 (§ 31).",
        "De tidigare riktlinjerna antogs av nämnden 2019-03-20, § 31."]],
    (MINUTES, "decision", ADOPTED, "Socialnämnden antog de tidigare riktlinjerna den 19 mars 2019 (§ 31).", False),
    *[(MINUTES, "decision", PREPARED, new, True) for new in [
        "Ärendet har beretts av socialnämndens arbetsutskott den 8 april 2026, § 22.",
        "Arbetsutskottet behandlade ärendet den 8 april 2026, § 22."]],
    *[(FEES, "decision", CURRENT, new, True) for new in [
        "Nuvarande taxa antogs av kommunfullmäktige den 25 november 2025, § 118,",
        "Kommunfullmäktige antog nuvarande taxa 2025-11-25 (§ 118),"]],
    (FEES, "decision", CURRENT, "Nuvarande taxa för 2026 antogs av kommunfullmäktige den 24 november 2025, § 118,", False),
    # The meeting's day, or the justering's, told otherwise.
    *[(MINUTES, "session day", HELD, new, True) for new in [
        "Plats och tid: Stadshuset, onsdagen den 22 april 2026 kl. 13.00–15.30",
        "Plats och tid: Stadshuset, 2026-04-22 kl. 13.00–15.30",
        "Sammanträdet hölls i Stadshuset den 22 april 2026 kl. 13.00–15.30"]],
    (MINUTES, "session day", HELD, "Plats och tid: Stadshuset, tis 21/4 2026 kl. 13.00–15.30", False),
    *[(MINUTES, "weekday", HELD, new, True) for new in [
        "Plats och tid: Stadshuset, onsdagen den 21 april 2026 kl. 13.00–15.30"]],
    *[(MINUTES, "weekday", CHECKED, new, True) for new in [
        "Justering: Socialförvaltningen, onsdagen den 28 april 2026",
        "Justering: Socialförvaltningen, onsdag 2026-04-28"]],
    *[(MINUTES, "justering", CHECKED, new, True) for new in [
        "Justering: Socialförvaltningen, tisdagen den 14 april 2026"]],
    # A person's name.
    *[(MINUTES, "person", ATTESTED, new, True) for new in [
        "Utdraget bestyrks\nMaria Eek", "Utdraget bestyrks\nMarie Ek"]],
    # The fee schedule's year, and the restated fee.
    *[(FEES, "plan year", FEES_YEAR, new, True) for new in [
        "Taxan för 2028 bygger på", "2028 års taxa bygger på", "Taxa 2028 bygger på"]],
    *[(FEES, "plan year", FEES_YEAR, new, False) for new in [
        "Taxan för nästa år, 2027, bygger på", "2027 års taxa bygger på"]],
    *[(FEES, "plan year", FEES_PROPOSAL, new, True) for new in [
        "1. att anta taxa för prövning och tillsyn inom miljöbalkens område 2028 enligt bilaga,"]],
    *[(FEES, "amount", HOURLY, new, True) for new in [
        "höjs med 60 kronor till 1 530 kronor inför 2027", "höjs med 60 kr till 1 380 kr inför 2027",
        "höjs med 50 kronor till 1 350 kronor inför 2027"]],
    *[(FEES, "amount", HOURLY, new, False) for new in [
        "höjs med 60 kr till 1 350 kr inför 2027", "höjs med 60 kronor till 1350 kronor inför 2027"]],
    # A past event dated after the paper (2026-09-30).
    *[(FEES, "past event", TUNED, new, True) for new in [
        "Förslaget har stämts av med kommunstyrelsens ekonomiavdelning den 14 oktober 2026.",
        "Förvaltningen stämde av förslaget med ekonomiavdelningen den 14 oktober 2026.",
        "Ekonomiavdelningen har granskat förslaget den 14 oktober 2026.",
        "Samråd med ekonomiavdelningen skedde den 14 oktober 2026."]],
    (FEES, "past event", TUNED, "Förslaget stäms av med ekonomiavdelningen den 14 oktober 2026.", False),
    # The weekday of the coming meeting.
    (FEES, "weekday", GOES, "Ärendet behandlas i kommunfullmäktige tisdagen den 23 november 2026.", True),
    # The board's name.
    *[(FEES, "body", FEES_BOARD, new, True) for new in [
        "\nMiljö- och byggnadsnämnden\n\nTaxa", "\nMiljö- och hälsoskyddsnämnden\n\nTaxa"]],
]


# A fourth set, written on 2026-12-05 after the third set's readers and
# before any change for it: a lease, and a reply to a consultation. More
# paraphrases than slips: a false alarm costs more than a miss.
LEASE = """Kultur- och fritidsförvaltningen
Tjänsteskrivelse
Datum 2026-05-12
Diarienummer KFN 2026/88
Handläggare Sara Holm

Kultur- och fritidsnämnden

Nytt hyresavtal för Ekby bibliotek

Förslag till beslut
1. Kultur- och fritidsnämnden godkänner hyresavtalet med Fastighets AB Ekbyhus för lokalen Storgatan 12 under perioden 1 januari 2027 – 31 december 2031.
2. Den årliga hyran, 1 240 000 kronor, finansieras inom nämndens budgetram.

Ärendet
Ekby bibliotek har sedan 2012 hyrt lokalen på Storgatan 12 av Fastighets AB Ekbyhus. Nuvarande avtal löper till och med den 31 december 2026. Det nya avtalet gäller i fem år från den 1 januari 2027 med en uppsägningstid på nio månader. Om avtalet inte sägs upp förlängs det med tre år i taget.
Hyresvärden har erbjudit en hyra om 1 240 000 kronor, vilket är 60 000 kronor mer än i dag. I hyran ingår värme och el.
Lokalen är på 820 kvadratmeter. Biblioteket har öppet för besökare i alla åldrar, och barnavdelningen vänder sig till barn 0–12 år.

Ekonomiska konsekvenser
Hyran för 2027 ryms inom budgetramen. Hyreshöjningen om 60 000 kronor per år kompenseras genom minskade kostnader för lokalvård.

Samverkan
Ärendet har informerats i förvaltningens samverkansgrupp den 5 maj 2026.

Sara Holm
Lokalstrateg

Beslutet skickas till
Fastighets AB Ekbyhus
Ekby bibliotek
"""

REPLY = """Samhällsbyggnadsförvaltningen
Tjänsteskrivelse
2026-10-08
Dnr SBN 2026/412

Samhällsbyggnadsnämnden

Yttrande över Trafikverkets förslag till ny väg 34 förbi Ekby

Förslag till beslut
1. Samhällsbyggnadsnämnden antar förvaltningens yttrande som sitt eget och överlämnar det till Trafikverket.

Ärendet
Trafikverket har den 1 september 2026 skickat förslaget till vägplan för väg 34 förbi Ekby på remiss till kommunen. Svar ska lämnas senast den 30 oktober 2026. Kommunstyrelsen har gett samhällsbyggnadsnämnden i uppdrag att svara för kommunens räkning.
Vägplanen omfattar en sträcka på 4,2 kilometer. Enligt Trafikverket påbörjas bygget tidigast 2028 och vägen beräknas öppna för trafik 2030.
Förvaltningen ser positivt på förslaget men anser att en gång- och cykelväg behövs längs hela sträckan på 4,2 kilometer.

Samråd
Förvaltningen har samrått med miljöavdelningen den 22 september 2026.

Beslutsunderlag
Tjänsteskrivelse 2026-10-08
Remiss från Trafikverket 2026-09-01
Förvaltningens förslag till yttrande 2026-10-08

Beslutet skickas till
Trafikverket
Kommunstyrelsen
"""

FIVE_YEARS = "Det nya avtalet gäller i fem år från den 1 januari 2027"
OFFERED = "Hyresvärden har erbjudit en hyra om 1 240 000 kronor,"
LANDLORD = "hyrt lokalen på Storgatan 12 av Fastighets AB Ekbyhus."
LEASE_MBL = "Ärendet har informerats i förvaltningens samverkansgrupp den 5 maj 2026."
LEASE_SENT = "Beslutet skickas till\nFastighets AB Ekbyhus\nEkby bibliotek\n"
RENEWAL = "Om avtalet inte sägs upp förlängs det med tre år i taget."
SINCE = "Ekby bibliotek har sedan 2012 hyrt"
CONSULTED = "Förvaltningen har samrått med miljöavdelningen den 22 september 2026."
SENT_FOR_COMMENT = "Trafikverket har den 1 september 2026 skickat förslaget"
DEADLINE = "Svar ska lämnas senast den 30 oktober 2026."
LENGTH_AGAIN = "längs hela sträckan på 4,2 kilometer"
BUILT = "Enligt Trafikverket påbörjas bygget tidigast 2028 och vägen beräknas öppna för trafik 2030."
REPLY_PROPOSAL = "1. Samhällsbyggnadsnämnden antar"

FOURTH = [
    # The lease's length.
    *[(LEASE, "duration", FIVE_YEARS, new, True) for new in [
        "Det nya avtalet gäller i fyra år från den 1 januari 2027",
        "Det nya avtalet löper på fyra år från den 1 januari 2027",
        "Det nya fyraåriga avtalet gäller från den 1 januari 2027"]],
    *[(LEASE, "duration", FIVE_YEARS, new, False) for new in [
        "Det nya avtalet löper på fem år från den 1 januari 2027",
        "Det nya femåriga avtalet gäller från den 1 januari 2027",
        "Avtalstiden är 60 månader från den 1 januari 2027"]],
    # The extension clause of a lease is no extension decided now.
    *[(LEASE, "renewal", RENEWAL, new, False) for new in [
        "Om avtalet inte sägs upp förlängs det automatiskt med tre år.",
        "Avtalet förlängs därefter med tre år i taget om det inte sägs upp senast nio månader före avtalstidens slut.",
        "Uppsägning måste ske senast den 31 mars 2031."]],
    (LEASE, "renewal", SINCE, "Biblioteket har hyrt lokalen sedan den 1 januari 2012 och hyrt", False),
    # The rent restated.
    *[(LEASE, "amount", OFFERED, new, True) for new in [
        "Hyresvärden har erbjudit en hyra om 1 420 000 kronor,",
        "Hyresvärden erbjuder en årlig hyra om 1 420 000 kr,"]],
    *[(LEASE, "amount", OFFERED, new, False) for new in [
        "Hyresvärden har erbjudit en hyra om 1 240 tkr,",
        "Hyran är i dag 1 180 000 kronor och hyresvärden har erbjudit 1 240 000 kronor,"]],
    # The landlord's name.
    *[(LEASE, "party", LANDLORD, new, True) for new in [
        "hyrt lokalen på Storgatan 12 av Fastighets AB Ekbyus.",
        "hyrt lokalen på Storgatan 12 av Fastighets AB Ekbyhuus."]],
    *[(LEASE, "party", LANDLORD, new, False) for new in [
        "hyrt lokalen på Storgatan 12 av Ekbyhus.",
        "hyrt lokalen på Storgatan 12 av Fastighets AB Ekbyhus, som äger fastigheten."]],
    # The party left out of the distribution.
    (LEASE, "distribution", LEASE_SENT, "Beslutet skickas till\nEkby bibliotek\n", True),
    # A past event dated after the paper (2026-05-12).
    *[(LEASE, "past event", LEASE_MBL, new, True) for new in [
        "Ärendet har informerats i förvaltningens samverkansgrupp den 15 maj 2026.",
        "Samverkansgruppen fick information den 15 maj 2026."]],
    *[(LEASE, "past event", LEASE_MBL, new, False) for new in [
        "Ärendet informeras i förvaltningens samverkansgrupp den 15 maj 2026.",
        "Ärendet tas upp i förvaltningens samverkansgrupp den 15 maj 2026."]],
    *[(REPLY, "past event", CONSULTED, new, True) for new in [
        "Förvaltningen har samrått med miljöavdelningen den 22 oktober 2026.",
        "Förvaltningen samrådde med miljöavdelningen den 22 oktober 2026.",
        "Samråd med miljöavdelningen hölls den 22 oktober 2026."]],
    *[(REPLY, "past event", CONSULTED, new, False) for new in [
        "Samrådet med miljöavdelningen skedde den 22 september 2026.",
        "Förvaltningen kommer att samråda med miljöavdelningen den 22 oktober 2026.",
        "Kommunstyrelsen beslutade den 15 september 2026 att ge nämnden uppdraget."]],
    *[(REPLY, "past event", DEADLINE, new, False) for new in [
        "Remisstiden går ut den 30 oktober 2026.",
        "Svaret ska vara Trafikverket till handa senast den 30 oktober 2026.",
        "Trafikverket kommer att fatta beslut om vägplanen under våren 2027.",
        "Trafikverket har begärt svar senast den 30 oktober 2026."]],
    *[(REPLY, "past event", SENT_FOR_COMMENT, new, False) for new in [
        "Trafikverket skickade den 1 september 2026",
        "Den 1 september 2026 skickade Trafikverket"]],
    # A figure said twice.
    *[(REPLY, "figure", LENGTH_AGAIN, new, True) for new in [
        "längs hela sträckan på 4,7 kilometer", "längs hela sträckan på 4,7 km"]],
    (REPLY, "figure", LENGTH_AGAIN, "längs hela sträckan på 4,2 km", False),
    # A timetable told of the future.
    *[(REPLY, "plan", BUILT, new, False) for new in [
        "Enligt tidplanen ska vägen öppna 2030.",
        "Trafikverket har meddelat att bygget startar tidigast 2028."]],
    # The board's name misspelt in the proposal.
    *[(REPLY, "body", REPLY_PROPOSAL, new, True) for new in [
        "1. Samhällsbyggnadsnämden antar", "1. Samhällsbygnadsnämnden antar"]],
    (REPLY, "body", REPLY_PROPOSAL, "1. Nämnden antar", False),
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


def measure(binary, probes, base, folder):
    """Returns the table rows, the missed slips and the false alarms of one set."""
    slips, paraphrases = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    missed, alarms = [], []
    for paper, kind, passage, rewrite, slip in probes:
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
    rows = ["| kind | slips found | false alarms on paraphrases |", "|---|---|---|"]
    for kind in dict.fromkeys(k for _, k, *_ in probes):
        s, p = slips[kind], paraphrases[kind]
        rows.append(f"| {kind} | {s[0]}/{s[1]} | {p[0]}/{p[1]} |")
    found = sum(s[0] for s in slips.values())
    total = sum(s[1] for s in slips.values())
    fa = sum(p[0] for p in paraphrases.values())
    fa_total = sum(p[1] for p in paraphrases.values())
    rows.append(f"| **all** | {found}/{total} | {fa}/{fa_total} |")
    return rows, missed, alarms


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = os.path.abspath(args[0] if args else "target/release/beslut")
    show = "--show" in sys.argv
    papers = (CONTRACT, GRANT, GRANT_DATED, TENDER, TENDER_DATED, CITIZEN, MINUTES, FEES, LEASE, REPLY,
              PRESCHOOL, REORGANISATION, PLAN, AGREEMENT, MOTION, AUDIT, ALLOCATION, LIBRARIES,
              TRANSPORT, ELDERLY_FEES, SUMMER_JOBS, CONSULTATION, PARTNERSHIP, SCHOOL, ACTIVITY, ALARMS,
              TRANSPORT_FEE, YOUTH_CENTRE, SUMMER, INTERIM, GROUP_HOME_LEASE, ABSENCE,
              STATION, GUIDELINES, TARIFF, MEALS, PLACES, CULTURE_GRANTS, WINTER, YOUTH_HOURS,
              ARTS, PARKING, SALE, GUARANTEE, REFERENDUM, WASTE, HOLIDAY_CLUBS, TRANSPORT_SERVICE,
              PRESCHOOL_LEASE, CLEANING_CONTRACT, CARE_TEAM, ASSOCIATION_GRANTS)
    sets = [("Written while the readers were built (contract, grant)", PROBES),
            ("Written 2026-12-05 before the readers were changed for them (tender, citizen's proposal)",
             HELD_OUT),
            ("Written 2026-12-05 after the second set's readers, before any change for them (minutes, fees)",
             THIRD),
            ("Written 2026-12-05 after the third set's readers, before any change for them (lease, reply)",
             FOURTH),
            ("Written 2026-12-05 (evening) after the fourth set's readers, before any change for them "
             "(preschool investment, reorganisation)", FIFTH),
            ("Written 2026-12-05 (evening) after the fifth set's readers, before any change for them "
             "(detailed plan, agreement with a region)", SIXTH),
            ("Written 2026-12-05 (evening) after the sixth set's readers, before any change for them "
             "(answer to a motion, reply to an audit)", SEVENTH),
            ("Written 2026-12-05 (second evening) after the seventh set's readers, before any change for "
             "them (land allocation, library opening hours)", EIGHTH),
            ("Written 2026-12-05 (third evening) after the eighth set's readers, before any change for "
             "them (school transport, fees in elderly care)", NINTH),
            ("Written 2026-12-06 after the ninth set's readers, before any change for them "
             "(summer jobs for young people, an answer to a consultation)", TENTH),
            ("Written 2026-12-06 (second session) after the tenth set's readers, before any change for "
             "them (a partnership with a foundation, closing a village school)", ELEVENTH),
            ("Written 2026-12-06 (third session) after the eleventh set's readers, before any change for "
             "them (an activity grant to associations, procuring digital safety alarms)", TWELFTH),
            ("Written 2026-12-06 (fourth session) after the twelfth set's readers, before any change for "
             "them (a new fee for the transport service, leasing premises for a youth centre)", THIRTEENTH),
            ("Written 2026-12-06 (fifth session) after the thirteenth set's readers, before any change for "
             "them (a state grant for summer activities, an interim financial report)", FOURTEENTH),
            ("Written 2026-12-06 (sixth session) after the fourteenth set's readers, before any change for "
             "them (a lease for a group home under LSS, a follow-up of pupils' absence)", FIFTEENTH),
            ("Written 2026-12-06 (seventh session) after the fifteenth set's readers, before any change "
             "for them (an investment in a fire station, guidelines for financial assistance)", SIXTEENTH),
            ("Written 2026-12-06 (eighth session) after the sixteenth set's readers, before any change "
             "for them (a new water and sewage tariff, a food contract for schools)", SEVENTEENTH),
            ("Written 2026-12-07 after the seventeenth set's readers, before any change for them "
             "(more places in a nursing home, cultural grants for young people)", EIGHTEENTH),
            ("Written 2026-12-07 (second session) after the eighteenth set's readers, before any change "
             "for them (procuring winter road maintenance, youth centres' opening hours)", NINETEENTH),
            ("Written 2026-12-07 (third session) after the nineteenth set's readers, before any change "
             "for them (a term fee in a school of arts, parking fees in a town centre)", TWENTIETH),
            ("Written 2026-12-07 (fourth session) after the twentieth set's readers, before any change "
             "for them (selling municipal land, a guarantee for a riding club's loan)", TWENTYFIRST),
            ("Written 2026-12-07 (fifth session) after the twenty-first set's readers, before any change "
             "for them (early voting in a local referendum, waste collection over Christmas)", TWENTYSECOND),
            ("Written 2026-12-07 (sixth session) after the twenty-second set's readers, before any change "
             "for them (summer holiday activities for children, a new fee for the transport service)",
             TWENTYTHIRD),
            ("Written 2026-12-07 (seventh session) after the twenty-third set's readers, before any change "
             "for them (a lease for a new preschool, awarding a cleaning contract)", TWENTYFOURTH),
            ("Written 2026-12-08 after the twenty-fourth set's readers, before any change "
             "for them (a trial of a mobile care team, sharing out an activity grant)", TWENTYFIFTH)]
    with tempfile.TemporaryDirectory() as folder:
        base = {paper: findings(binary, paper, folder) for paper in papers}
        for paper, found in base.items():
            if found:
                print(f"note: an unchanged paper already has findings: {sorted(found)}")
        for title, probes in sets:
            rows, missed, alarms = measure(binary, probes, base, folder)
            print(f"\n{title}\n")
            print("\n".join(rows))
            if show and missed:
                print("\nmissed:\n  " + "\n  ".join(missed))
            if alarms:
                print("\nfalse alarms:\n  " + "\n  ".join(alarms))


if __name__ == "__main__":
    main()
