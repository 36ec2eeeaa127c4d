"""The twenty-third set of `rephrase-probe.py`, written on 2026-12-07 (sixth
session) and measured before any reader was changed for it. It leans on
the shorthand a hurried writer uses: ages as "6–15-åringar" and "barn
under 7 år", weeks as "v. 26–32", sums as "640 tkr", a fee per "enkelresa"
and a cap per "månad", a share as "(20 %)", and dates with and without
their weekday. Summer holiday activities for children (an age range told
four ways, the weeks and their dates, four meeting places listed and
counted, a state grant and the municipality's part summed up and divided
per child) and a new fee for the transport service (a fee raised from 45
to 50 kronor, its size and percentage, trips a year times the rise, a cap
of trips a month told twice). The papers, places, people and companies are
fictional. Each probe is (paper, kind, passage, rewrite, is_slip): see the
script.
"""

HOLIDAY_CLUBS = """Kultur- och fritidsförvaltningen
Fritidsavdelningen
Tjänsteskrivelse
2027-03-15
Dnr KFN 2027/064
Handläggare Sara Lindqvist

Kultur- och fritidsnämnden

Lovaktiviteter för barn och unga sommaren 2027

Förslag till beslut
1. Kultur- och fritidsnämnden godkänner planen för lovaktiviteter för 6–15-åringar under v. 26–32 2027.
2. Nämnden avsätter 160 tkr ur nämndens budget för 2027 till lovaktiviteterna.

Ärende
Förvaltningen har tillsammans med Ekby Ungdomsråd tagit fram en plan för sommarlovet. Aktiviteterna vänder sig till barn och unga mellan 6 och 15 år och är avgiftsfria.
Aktiviteterna pågår från måndagen den 28 juni till fredagen den 13 augusti 2027, dvs. sju veckor.
Verksamheten bedrivs på fyra mötesplatser: Ekbyhallen, Norrby fritidsgård, Strandbadet och Kulturhuset Vågen.
Invigningen sker måndagen den 28 juni kl. 13.00 på Strandbadet.
Förvaltningen räknar med att 2 000 barn deltar.

Bakgrund
Ansökan om statsbidrag för lovaktiviteter lämnades in den 1 mars 2027. Socialstyrelsen beslutar om bidraget i maj.
Förra sommaren deltog 1 740 barn i åldern 6–15 år.

Ekonomiska konsekvenser
Statsbidraget beräknas till 640 tkr och nämnden bidrar med 160 tkr (20 %), sammanlagt 800 tkr.
Det motsvarar 400 kronor per deltagande barn.

Samverkan
Information enligt MBL har lämnats vid samverkan den 8 mars 2027.

Sara Lindqvist
Fritidskonsulent

Beslutet skickas till
Ekby Ungdomsråd
Fritidsavdelningen
"""

TRANSPORT_SERVICE = """Kommunledningsförvaltningen
Tjänsteskrivelse
2027-04-20
Dnr KS 2027/203
Handläggare Jonas Berggren

Kommunstyrelsen

Ny egenavgift för färdtjänst från den 1 juli 2027

Förslag till beslut
1. Kommunfullmäktige fastställer egenavgiften för färdtjänst till 50 kronor per enkelresa från och med den 1 juli 2027.
2. Antalet resor begränsas till högst 40 enkelresor per månad.

Ärende
Egenavgiften höjs från 45 kr till 50 kr per enkelresa, en höjning med 5 kr eller 11 procent.
Avgiften fastställdes senast av kommunfullmäktige den 12 juni 2023, § 54.
Varje tillståndshavare får göra högst 40 enkelresor i månaden.
Barn under 7 år reser gratis tillsammans med en vuxen.
I kommunen finns omkring 1 150 tillståndshavare.

Bakgrund
Kollektivtrafiknämnden i Ekby län beslutade onsdagen den 14 april 2027 att höja taxan för allmän kollektivtrafik.
Synpunkter från Ekby Pensionärsråd inhämtades den 6 april 2027.

Ekonomiska konsekvenser
Omkring 62 000 enkelresor görs varje år. Höjningen med 5 kronor per resa ger 310 000 kronor mer i intäkter per år.

Jonas Berggren
Utredare

Beslutet skickas till
Kommunfullmäktige
Ekby Pensionärsråd
Taxi Ekby AB
"""

CLUBS_PROPOSAL = ("1. Kultur- och fritidsnämnden godkänner planen för lovaktiviteter för 6–15-åringar under "
                  "v. 26–32 2027.")
CLUBS_BUDGET = "2. Nämnden avsätter 160 tkr ur nämndens budget för 2027 till lovaktiviteterna."
CLUBS_AGES = ("Aktiviteterna vänder sig till barn och unga mellan 6 och 15 år och är avgiftsfria.")
CLUBS_PERIOD = "Aktiviteterna pågår från måndagen den 28 juni till fredagen den 13 augusti 2027, dvs. sju veckor."
CLUBS_PLACES = ("Verksamheten bedrivs på fyra mötesplatser: Ekbyhallen, Norrby fritidsgård, Strandbadet och "
                "Kulturhuset Vågen.")
OPENING = "Invigningen sker måndagen den 28 juni kl. 13.00 på Strandbadet."
APPLIED = "Ansökan om statsbidrag för lovaktiviteter lämnades in den 1 mars 2027."
LAST_SUMMER = "Förra sommaren deltog 1 740 barn i åldern 6–15 år."
CLUBS_MONEY = "Statsbidraget beräknas till 640 tkr och nämnden bidrar med 160 tkr (20 %), sammanlagt 800 tkr."
PER_CHILD = "Det motsvarar 400 kronor per deltagande barn."
CLUBS_MBL = "Information enligt MBL har lämnats vid samverkan den 8 mars 2027."
CLUBS_PARTNER = "Förvaltningen har tillsammans med Ekby Ungdomsråd tagit fram en plan för sommarlovet."
CLUBS_SENT = "Beslutet skickas till\nEkby Ungdomsråd"
CLUBS_OFFICER = "Sara Lindqvist\nFritidskonsulent"

FARE_PROPOSAL = ("1. Kommunfullmäktige fastställer egenavgiften för färdtjänst till 50 kronor per enkelresa från "
                 "och med den 1 juli 2027.")
CAP_PROPOSAL = "2. Antalet resor begränsas till högst 40 enkelresor per månad."
FARE_TITLE = "Ny egenavgift för färdtjänst från den 1 juli 2027"
RAISE = "Egenavgiften höjs från 45 kr till 50 kr per enkelresa, en höjning med 5 kr eller 11 procent."
LAST_SET = "Avgiften fastställdes senast av kommunfullmäktige den 12 juni 2023, § 54."
CAP = "Varje tillståndshavare får göra högst 40 enkelresor i månaden."
CHILDREN = "Barn under 7 år reser gratis tillsammans med en vuxen."
HOLDERS = "I kommunen finns omkring 1 150 tillståndshavare."
REGION = ("Kollektivtrafiknämnden i Ekby län beslutade onsdagen den 14 april 2027 att höja taxan för allmän "
          "kollektivtrafik.")
COUNCIL = "Synpunkter från Ekby Pensionärsråd inhämtades den 6 april 2027."
REVENUE = ("Omkring 62 000 enkelresor görs varje år. Höjningen med 5 kronor per resa ger 310 000 kronor mer i "
           "intäkter per år.")
FARE_OFFICER = "Jonas Berggren\nUtredare"

TWENTYTHIRD = [
    # Children 6 to 15, told four ways.
    (HOLIDAY_CLUBS, "age", CLUBS_AGES, CLUBS_AGES.replace("mellan 6 och 15 år", "mellan 6 och 16 år"), True),
    (HOLIDAY_CLUBS, "age", CLUBS_PROPOSAL, CLUBS_PROPOSAL.replace("6–15-åringar", "7–15-åringar"), True),
    (HOLIDAY_CLUBS, "age", CLUBS_AGES, CLUBS_AGES.replace("mellan 6 och 15 år", "i åldern 6–15 år"), False),
    (HOLIDAY_CLUBS, "age", LAST_SUMMER, LAST_SUMMER.replace("6–15 år", "6–12 år"), False),
    # Weeks 26 to 32: Monday 28 June to Friday 13 August, seven weeks.
    (HOLIDAY_CLUBS, "week", CLUBS_PROPOSAL, CLUBS_PROPOSAL.replace("v. 26–32", "v. 25–32"), True),
    (HOLIDAY_CLUBS, "period", CLUBS_PERIOD, CLUBS_PERIOD.replace("13 augusti", "20 augusti"), True),
    (HOLIDAY_CLUBS, "period", CLUBS_PERIOD, CLUBS_PERIOD.replace("sju veckor", "sex veckor"), True),
    (HOLIDAY_CLUBS, "weekday", CLUBS_PERIOD, CLUBS_PERIOD.replace("fredagen den 13", "torsdagen den 13"), True),
    (HOLIDAY_CLUBS, "weekday", OPENING, OPENING.replace("måndagen den 28 juni", "tisdagen den 28 juni"), True),
    (HOLIDAY_CLUBS, "date", OPENING, OPENING.replace("den 28 juni", "den 21 juni"), True),
    (HOLIDAY_CLUBS, "period", CLUBS_PERIOD, CLUBS_PERIOD.replace(", dvs. sju veckor", ""), False),
    # Four places, listed and counted.
    (HOLIDAY_CLUBS, "count", CLUBS_PLACES, CLUBS_PLACES.replace("fyra mötesplatser", "fem mötesplatser"), True),
    (HOLIDAY_CLUBS, "count", CLUBS_PLACES, CLUBS_PLACES.replace("fyra mötesplatser:", "flera mötesplatser:"),
     False),
    # 640 + 160 = 800 tkr; 160 is 20 per cent; 800 000 / 2 000 = 400 kronor.
    (HOLIDAY_CLUBS, "figure", CLUBS_MONEY, CLUBS_MONEY.replace("sammanlagt 800 tkr", "sammanlagt 850 tkr"), True),
    (HOLIDAY_CLUBS, "figure", CLUBS_MONEY, CLUBS_MONEY.replace("(20 %)", "(25 %)"), True),
    (HOLIDAY_CLUBS, "figure", CLUBS_BUDGET, CLUBS_BUDGET.replace("160 tkr", "180 tkr"), True),
    (HOLIDAY_CLUBS, "figure", PER_CHILD, PER_CHILD.replace("400 kronor", "450 kronor"), True),
    (HOLIDAY_CLUBS, "figure", CLUBS_MONEY, CLUBS_MONEY.replace("sammanlagt 800 tkr", "sammanlagt 800 000 kronor"),
     False),
    (HOLIDAY_CLUBS, "figure", LAST_SUMMER, LAST_SUMMER.replace("1 740", "1 470"), False),
    # Dates before the paper of 15 March 2027.
    (HOLIDAY_CLUBS, "past event", APPLIED, APPLIED.replace("1 mars", "22 mars"), True),
    (HOLIDAY_CLUBS, "past event", CLUBS_MBL, CLUBS_MBL.replace("8 mars", "18 mars"), True),
    (HOLIDAY_CLUBS, "past event", APPLIED, APPLIED.replace("1 mars", "1 februari"), False),
    # The partner, the officer.
    (HOLIDAY_CLUBS, "name", CLUBS_SENT, CLUBS_SENT.replace("Ungdomsråd", "Ungdomsrad"), True),
    (HOLIDAY_CLUBS, "name", CLUBS_PARTNER, CLUBS_PARTNER.replace("Ekby Ungdomsråd", "Ekby Ungdomsrådd"), True),
    (HOLIDAY_CLUBS, "person", CLUBS_OFFICER, "Sara Lindkvist\nFritidskonsulent", True),

    # 45 to 50 kronor a trip: 5 kronor, 11 per cent.
    (TRANSPORT_SERVICE, "figure", RAISE, RAISE.replace("till 50 kr", "till 55 kr"), True),
    (TRANSPORT_SERVICE, "figure", RAISE, RAISE.replace("med 5 kr", "med 10 kr"), True),
    (TRANSPORT_SERVICE, "figure", RAISE, RAISE.replace("11 procent", "15 procent"), True),
    (TRANSPORT_SERVICE, "figure", FARE_PROPOSAL, FARE_PROPOSAL.replace("50 kronor", "55 kronor"), True),
    (TRANSPORT_SERVICE, "figure", RAISE, RAISE.replace("45 kr till 50 kr", "45 kronor till 50 kronor"), False),
    # 62 000 trips a year at 5 kronor more: 310 000 kronor.
    (TRANSPORT_SERVICE, "figure", REVENUE, REVENUE.replace("310 000", "340 000"), True),
    (TRANSPORT_SERVICE, "figure", REVENUE, REVENUE.replace("med 5 kronor per resa", "med 6 kronor per resa"),
     True),
    (TRANSPORT_SERVICE, "figure", HOLDERS, HOLDERS.replace("1 150", "1 250"), False),
    # At most 40 trips a month, told twice.
    (TRANSPORT_SERVICE, "count", CAP, CAP.replace("högst 40", "högst 30"), True),
    (TRANSPORT_SERVICE, "count", CAP_PROPOSAL, CAP_PROPOSAL.replace("högst 40", "högst 48"), True),
    (TRANSPORT_SERVICE, "count", CAP, CAP.replace("i månaden", "per månad"), False),
    # Children under 7: the same as up to 6.
    (TRANSPORT_SERVICE, "age", CHILDREN, CHILDREN.replace("under 7 år", "upp till 6 år"), False),
    # From 1 July 2027, in the title and the proposal.
    (TRANSPORT_SERVICE, "date", FARE_PROPOSAL, FARE_PROPOSAL.replace("1 juli 2027", "1 augusti 2027"), True),
    (TRANSPORT_SERVICE, "date", FARE_TITLE, FARE_TITLE.replace("1 juli", "1 juni"), True),
    # Dates before the paper of 20 April 2027; a Wednesday.
    (TRANSPORT_SERVICE, "weekday", REGION, REGION.replace("onsdagen den 14", "onsdagen den 15"), True),
    (TRANSPORT_SERVICE, "past event", REGION, REGION.replace("14 april", "24 april"), True),
    (TRANSPORT_SERVICE, "past event", COUNCIL, COUNCIL.replace("6 april", "26 april"), True),
    (TRANSPORT_SERVICE, "past event", COUNCIL, COUNCIL.replace("6 april", "16 april"), False),
    (TRANSPORT_SERVICE, "reference", LAST_SET, LAST_SET.replace("§ 54", "§ 45"), False),
    # The council, the company, the officer.
    (TRANSPORT_SERVICE, "name", COUNCIL, COUNCIL.replace("Pensionärsråd", "Pensionärsrad"), True),
    (TRANSPORT_SERVICE, "person", FARE_OFFICER, "Jonas Bergren\nUtredare", True),
]
