"""The ninth set of `rephrase-probe.py`, written on 2026-12-05 (third evening
session) after the eighth set's readers and measured before any reader was
changed for it: a procurement of school transport (a contract period told as
a range, a length and an extension, pupils counted, ages, a sum restated) and
higher fees for alarms and meal delivery in elderly care (a fee told twice, a
percentage, customers counted, a pensioners' council that heard of it). The
papers, places, people and companies are fictional.

Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

TRANSPORT = """Utbildningsförvaltningen
Avdelningen för ekonomi och administration
Tjänsteskrivelse
2026-11-02
Dnr BUN 2026/214
Handläggare: Maria Lindqvist

Barn- och utbildningsnämnden

Upphandling av skolskjuts 2027–2031

Förslag till beslut
1. Barn- och utbildningsnämnden beslutar att upphandla skolskjuts för perioden 1 juli 2027–30 juni 2031, med möjlighet till förlängning i högst två år.
2. Förvaltningschefen får i uppdrag att teckna avtal med den leverantör som lämnar det ekonomiskt mest fördelaktiga anbudet.

Ärende
Nuvarande avtal med Ekvalla Buss AB löper ut den 30 juni 2027 och kan inte förlängas. Skolskjutsen omfattar i dag ungefär 420 elever i förskoleklass till och med årskurs 9, det vill säga barn från 6 till 16 år, på 23 linjer.
Det nya avtalet ska gälla i fyra år. Avtalet får därefter förlängas med högst två år, till den 30 juni 2033. Förvaltningen räknar med att antalet elever ökar till cirka 450 under avtalstiden.

Bakgrund
Skolskjuts ges till elever mellan 6 och 16 år som har mer än fyra kilometer till skolan. Trafiken på alla 23 linjerna upphandlas som ett anbudsområde.

Ekonomiska konsekvenser
Kostnaden för skolskjuts var 11,4 miljoner kronor 2025. Förvaltningen bedömer att det nya avtalet kostar cirka 12 miljoner kronor per år, vilket är cirka 0,6 miljoner kronor mer än 2025 års kostnad på 11,4 miljoner kronor. Kostnaden motsvarar ungefär 28 500 kronor per år för var och en av de 420 eleverna.

Information enligt MBL
Arbetstagarorganisationerna informerades enligt 19 § lagen (1976:580) om medbestämmande i arbetslivet den 20 oktober 2026.

Maria Lindqvist
Upphandlingssamordnare

Beslutet skickas till
Upphandlingsenheten
Ekvalla Buss AB
"""

FEES = """Vård- och omsorgsförvaltningen
Tjänsteskrivelse
Datum: 9 november 2026
Diarienummer: VON 2026/153
Handläggare: Erik Sandberg, avgiftshandläggare

Vård- och omsorgsnämnden

Avgifter för trygghetslarm och matdistribution från 1 februari 2027

Förslag till beslut
1. Vård- och omsorgsnämnden föreslår kommunfullmäktige att avgiften för trygghetslarm höjs från 250 till 300 kronor per månad från och med den 1 februari 2027.
2. Avgiften för matdistribution höjs från 65 till 70 kronor per portion från samma datum.

Ärende
Avgifterna för trygghetslarm och matdistribution har inte räknats upp sedan 2021. Nämnden har i dag cirka 640 brukare med trygghetslarm och 210 brukare som får mat levererad. De flesta brukarna är 80 år eller äldre.
Höjningen av larmavgiften från 250 kronor till 300 kronor per månad motsvarar 20 procent. För de omkring 640 larmkunderna innebär höjningen 50 kronor mer i månaden. Priset per portion blir därmed 70 kronor, vilket är i nivå med grannkommunerna.
Avgifterna omfattas av maxtaxan, som för 2027 är 2 576 kronor per månad; brukare vars avgiftsutrymme är lägre påverkas inte. De nya avgifterna tas ut från och med februari 2027.
Kommunens pensionärsråd fick information om förslaget vid sitt möte den 27 oktober 2026.

Ekonomiska konsekvenser
De nya avgifterna beräknas ge cirka 500 000 kronor mer i intäkter per år.

Erik Sandberg
Avgiftshandläggare

Beslutet skickas till
Kommunfullmäktige
Kommunala pensionärsrådet
"""

TITLE = "Upphandling av skolskjuts 2027–2031"
PROPOSED_PERIOD = "för perioden 1 juli 2027–30 juni 2031, med möjlighet till förlängning i högst två år."
FOUR_YEARS = "Det nya avtalet ska gälla i fyra år."
EXTENSION = "Avtalet får därefter förlängas med högst två år, till den 30 juni 2033."
OLD_CONTRACT = "Nuvarande avtal med Ekvalla Buss AB löper ut den 30 juni 2027"
AGES = "Skolskjuts ges till elever mellan 6 och 16 år"
LINES = "Trafiken på alla 23 linjerna upphandlas som ett anbudsområde."
PUPILS = "för var och en av de 420 eleverna."
LAST_YEAR = "mer än 2025 års kostnad på 11,4 miljoner kronor."
MBL = ("Arbetstagarorganisationerna informerades enligt 19 § lagen (1976:580) om medbestämmande i "
       "arbetslivet den 20 oktober 2026.")
BUYER = "Maria Lindqvist\nUpphandlingssamordnare"
TRANSPORT_PROPOSAL = "1. Barn- och utbildningsnämnden beslutar att upphandla"

RAISE = "Höjningen av larmavgiften från 250 kronor till 300 kronor per månad motsvarar 20 procent."
PER_CUSTOMER = "För de omkring 640 larmkunderna innebär höjningen 50 kronor mer i månaden."
PORTION = "Priset per portion blir därmed 70 kronor,"
FEE_FROM = "per månad från och med den 1 februari 2027."
CHARGED_FROM = "De nya avgifterna tas ut från och med februari 2027."
COUNCIL = "Kommunens pensionärsråd fick information om förslaget vid sitt möte den 27 oktober 2026."
OFFICER = "Erik Sandberg\nAvgiftshandläggare"
FEES_PROPOSAL = "1. Vård- och omsorgsnämnden föreslår kommunfullmäktige att"

NINTH = [
    # The contract period: the proposal, the title, a length, an extension.
    *[(TRANSPORT, "period", PROPOSED_PERIOD, new, True) for new in [
        "för perioden 1 juli 2027–30 juni 2030, med möjlighet till förlängning i högst två år.",
        "för perioden 1 augusti 2027–30 juni 2031, med möjlighet till förlängning i högst två år."]],
    (TRANSPORT, "period", PROPOSED_PERIOD,
     "för perioden 2027-07-01–2031-06-30, med möjlighet till förlängning i högst två år.", False),
    (TRANSPORT, "title", TITLE, "Upphandling av skolskjuts 2027–2030", True),
    (TRANSPORT, "title", TITLE, "Upphandling av skolskjuts från 2027", False),
    *[(TRANSPORT, "duration", FOUR_YEARS, new, True) for new in [
        "Det nya avtalet ska gälla i tre år.",
        "Det nya avtalet ska gälla i fyra år från och med den 1 augusti 2027.",
        "Avtalstiden är fem år."]],
    *[(TRANSPORT, "duration", FOUR_YEARS, new, False) for new in [
        "Det nya avtalet ska gälla i fyra år från och med den 1 juli 2027.",
        "Det nya avtalet ska gälla till och med den 30 juni 2031.",
        "Avtalstiden är fyra år."]],
    *[(TRANSPORT, "extension", EXTENSION, new, True) for new in [
        "Avtalet får därefter förlängas med högst två år, till den 30 juni 2034.",
        "Avtalet får därefter förlängas med högst tre år, till den 30 juni 2034."]],
    (TRANSPORT, "extension", EXTENSION,
     "Avtalet får därefter förlängas med ett år i taget, som längst till den 30 juni 2033.", False),
    # The old contract ends after the new one begins.
    (TRANSPORT, "period", OLD_CONTRACT, "Nuvarande avtal med Ekvalla Buss AB löper ut den 30 juni 2028", True),
    (TRANSPORT, "period", OLD_CONTRACT,
     "Nuvarande avtal med Ekvalla Buss AB löper ut vid läsårets slut 2027", False),
    # The carrier's name.
    *[(TRANSPORT, "party", OLD_CONTRACT, new, True) for new in [
        "Nuvarande avtal med Ekvala Buss AB löper ut den 30 juni 2027",
        "Nuvarande avtal med Ekvalla Bus AB löper ut den 30 juni 2027"]],
    (TRANSPORT, "party", OLD_CONTRACT, "Nuvarande avtal med Ekvalla Buss löper ut den 30 juni 2027", False),
    # Ages.
    *[(TRANSPORT, "age", AGES, new, True) for new in [
        "Skolskjuts ges till elever mellan 7 och 16 år",
        "Skolskjuts ges till elever i åldern 6–19 år"]],
    *[(TRANSPORT, "age", AGES, new, False) for new in [
        "Skolskjuts ges till elever i åldern 6–16 år",
        "Skolskjuts ges till elever"]],
    # Lines and pupils counted twice.
    (TRANSPORT, "count", LINES, "Trafiken på alla 32 linjerna upphandlas som ett anbudsområde.", True),
    (TRANSPORT, "count", LINES, "Trafiken på linjerna upphandlas i tre anbudsområden.", False),
    (TRANSPORT, "count", PUPILS, "för var och en av de 402 eleverna.", True),
    *[(TRANSPORT, "count", PUPILS, new, False) for new in [
        "för var och en av eleverna.", "för var och en av de cirka 420 eleverna."]],
    # Last year's cost said twice.
    (TRANSPORT, "figure", LAST_YEAR, "mer än 2025 års kostnad på 11,8 miljoner kronor.", True),
    (TRANSPORT, "figure", LAST_YEAR, "mer än kostnaden 2025.", False),
    # MBL after the paper (2026-11-02).
    *[(TRANSPORT, "past event", MBL, new, True) for new in [
        MBL.replace("20 oktober", "12 november"),
        "Information enligt MBL lämnades till de fackliga organisationerna den 12 november 2026."]],
    *[(TRANSPORT, "past event", MBL, new, False) for new in [
        MBL.replace("informerades", "informeras").replace("20 oktober", "12 november"),
        "De fackliga organisationerna informerades enligt MBL den 20 oktober."]],
    # The officer who signs.
    (TRANSPORT, "person", BUYER, "Maria Lindkvist\nUpphandlingssamordnare", True),
    # The board misspelt in its own proposal.
    (TRANSPORT, "body", TRANSPORT_PROPOSAL, "1. Barn- och utbildningsnämden beslutar att upphandla", True),
    (TRANSPORT, "body", TRANSPORT_PROPOSAL, "1. Nämnden beslutar att upphandla", False),

    # The alarm fee told again in the case.
    *[(FEES, "figure", RAISE, new, True) for new in [
        "Höjningen av larmavgiften från 250 kronor till 350 kronor per månad motsvarar 20 procent.",
        "Höjningen av larmavgiften från 200 kronor till 300 kronor per månad motsvarar 20 procent.",
        "Höjningen av larmavgiften från 250 kronor till 300 kronor per månad motsvarar 25 procent."]],
    *[(FEES, "figure", RAISE, new, False) for new in [
        "Höjningen av larmavgiften med 50 kronor per månad motsvarar 20 procent.",
        "Larmavgiften höjs därmed med en femtedel."]],
    *[(FEES, "figure", PER_CUSTOMER, new, True) for new in [
        "För de omkring 640 larmkunderna innebär höjningen 60 kronor mer i månaden.",
        "För de omkring 460 larmkunderna innebär höjningen 50 kronor mer i månaden."]],
    (FEES, "figure", PER_CUSTOMER, "För larmkunderna innebär höjningen 600 kronor mer per år.", False),
    (FEES, "figure", PORTION, "Priset per portion blir därmed 72 kronor,", True),
    (FEES, "figure", PORTION, "Priset per portion blir därmed 70 kr,", False),
    # The day the fees are charged from.
    (FEES, "effective", FEE_FROM, "per månad från och med den 1 mars 2027.", True),
    (FEES, "effective", FEE_FROM, "per månad från och med 2027-02-01.", False),
    (FEES, "effective", CHARGED_FROM, "De nya avgifterna tas ut från och med mars 2027.", True),
    (FEES, "effective", CHARGED_FROM, "De nya avgifterna tas ut från den 1 februari 2027.", False),
    # The pensioners' council heard of it after the paper (9 November 2026).
    *[(FEES, "past event", COUNCIL, new, True) for new in [
        COUNCIL.replace("27 oktober", "27 november"),
        "Pensionärsrådet informerades om förslaget den 16 november 2026."]],
    *[(FEES, "past event", COUNCIL, new, False) for new in [
        COUNCIL.replace("fick", "får").replace("27 oktober", "27 november"),
        "Förslaget presenteras för pensionärsrådet den 16 november 2026."]],
    # The officer.
    (FEES, "person", OFFICER, "Erik Sandbergh\nAvgiftshandläggare", True),
    (FEES, "person", OFFICER, "Erik Sandberg\nHandläggare", False),
    # The board and the council misspelt in the proposal.
    *[(FEES, "body", FEES_PROPOSAL, new, True) for new in [
        "1. Vård- och omsorgsnämden föreslår kommunfullmäktige att",
        "1. Vård- och omsorgsnämnden föreslår kommunfullmäktie att"]],
    (FEES, "body", FEES_PROPOSAL, "1. Nämnden föreslår fullmäktige att", False),
]
