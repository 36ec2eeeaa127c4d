"""The seventeenth set of `rephrase-probe.py`, written on 2026-12-06 (eighth
session) after the sixteenth set's readers and measured before any reader
was changed for it: a new water and sewage tariff (a price per cubic metre
raised by a percentage from one figure to another, a fixed fee raised by a
sum and a percentage, a standard house's yearly cost before and after, two
deficits and their sum, the old tariff's dates and age, a company that runs
the works) and the award of a food contract for schools and preschools
(portions per day times school days, a contract of two years with its last
day and its extensions, tenders counted twice, children's ages, a share of
organic food raised by percentage points, a tender opening and a
negotiation under MBL). The papers, places, people and companies are
fictional.
Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

TARIFF = """Samhällsbyggnadsförvaltningen
VA-avdelningen
TJÄNSTESKRIVELSE
2027-09-14
Dnr TN 2027/214
Handläggare: Jonas Ekdahl

Tekniska nämnden

Ny VA-taxa från den 1 januari 2028

Förslag till beslut
1. Tekniska nämnden föreslår kommunfullmäktige att anta ny taxa för kommunens allmänna vatten- och avloppsanläggning att gälla från den 1 januari 2028.
2. Brukningsavgiften höjs med 8 procent, från 25,00 kronor till 27,00 kronor per kubikmeter.
3. Den fasta avgiften höjs från 2 400 kronor till 2 640 kronor per år.

Ärende
Huvudmannen får enligt 30 § lagen (2006:412) om allmänna vattentjänster ta ut avgifter som täcker de nödvändiga kostnaderna för verksamheten. VA-verksamheten har gått med underskott två år i rad: 1,8 miljoner kronor 2025 och 2,3 miljoner kronor 2026, sammanlagt 4,1 miljoner kronor.
Den fasta avgiften höjs med 240 kronor, eller 10 procent. För ett normalhus som förbrukar 150 kubikmeter vatten per år ökar kostnaden från 6 150 kronor till 6 690 kronor per år, alltså med 540 kronor.
Lövsta Vatten AB sköter driften av anläggningen på nämndens uppdrag.

Bakgrund
Kommunfullmäktige antog den nuvarande taxan torsdagen den 17 november 2022, § 98, och den har gällt sedan den 1 januari 2023. Taxan har alltså gällt i fem år när den nya börjar gälla. Sedan dess har kostnaderna för kemikalier och el ökat kraftigt.
Höjningen ska täcka underskottet på 4,1 miljoner kronor inom tre år.

Ekonomiska konsekvenser
Höjningen beräknas ge 3,2 miljoner kronor mer i intäkter per år.

Information enligt MBL
Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 31 augusti 2027.

Jonas Ekdahl
VA-chef

Beslutet skickas till
Kommunfullmäktige
Lövsta Vatten AB
"""

MEALS = """Barn- och utbildningsförvaltningen
Kostenheten
TJÄNSTESKRIVELSE
2027-03-02
Dnr BUN 2027/45
Handläggare: Sara Holmgren

Barn- och utbildningsnämnden

Tilldelning av avtal om livsmedel till skolor och förskolor

Förslag till beslut
1. Barn- och utbildningsnämnden tilldelar Grönfors Livs AB avtal om livsmedel till kommunens skolor och förskolor.
2. Avtalet gäller i två år från den 1 juli 2027, med möjlighet till förlängning i högst två år.

Ärende
Kommunens kök lagar 3 200 portioner per dag till elever i förskoleklass till och med årskurs 9 och till barn 1–5 år i förskolan. Med 178 skoldagar blir det 569 600 portioner per år.
Upphandlingen genomfördes som ett öppet förfarande enligt 6 kap. 1 § lagen (2016:1145) om offentlig upphandling. Fyra anbud kom in. Grönfors Livs AB lämnade det ekonomiskt mest fördelaktiga anbudet av de fyra anbuden och uppfyller alla krav.
Avtalet löper till och med den 30 juni 2029 och kan därefter förlängas med ett år i taget, som längst till och med den 30 juni 2031.

Bakgrund
Nuvarande avtal med Mälarkost AB upphör den 30 juni 2027. Nämnden beslutade måndagen den 14 september 2026, § 71, att starta upphandlingen, och anbudsöppningen skedde den 15 januari 2027.
Förskolorna har i dag 850 barn i åldrarna 1–5 år. Andelen ekologiska livsmedel ska vara minst 40 procent. I dag är den 32 procent, så den ska öka med 8 procentenheter.

Ekonomiska konsekvenser
Avtalets värde beräknas till 8 miljoner kronor per år och ryms inom kostenhetens budget för livsmedel.

Förhandling enligt MBL
Förhandling enligt 11 § MBL genomfördes den 22 februari 2027.

Sara Holmgren
Kostchef

Beslutet skickas till
Grönfors Livs AB
Mälarkost AB
Kostenheten
"""

RAISED = "2. Brukningsavgiften höjs med 8 procent, från 25,00 kronor till 27,00 kronor per kubikmeter."
FIXED = "3. Den fasta avgiften höjs från 2 400 kronor till 2 640 kronor per år."
FIXED_AGAIN = "Den fasta avgiften höjs med 240 kronor, eller 10 procent."
HOUSE = ("För ett normalhus som förbrukar 150 kubikmeter vatten per år ökar kostnaden från 6 150 kronor till "
         "6 690 kronor per år, alltså med 540 kronor.")
DEFICITS = ("VA-verksamheten har gått med underskott två år i rad: 1,8 miljoner kronor 2025 och 2,3 miljoner "
            "kronor 2026, sammanlagt 4,1 miljoner kronor.")
COVER = "Höjningen ska täcka underskottet på 4,1 miljoner kronor inom tre år."
TARIFF_ADOPTED = ("Kommunfullmäktige antog den nuvarande taxan torsdagen den 17 november 2022, § 98, och den har "
                  "gällt sedan den 1 januari 2023.")
FIVE_YEARS = "Taxan har alltså gällt i fem år när den nya börjar gälla."
TARIFF_TITLE = "Ny VA-taxa från den 1 januari 2028"
WATER_LAW = "enligt 30 § lagen (2006:412) om allmänna vattentjänster"
OPERATOR = "Lövsta Vatten AB sköter driften av anläggningen på nämndens uppdrag."
SENT_TARIFF = "Beslutet skickas till\nKommunfullmäktige\nLövsta Vatten AB"
TARIFF_INFORMED = "Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 31 augusti 2027."
WATER_CHIEF = "Jonas Ekdahl\nVA-chef"
TARIFF_PROPOSAL = ("1. Tekniska nämnden föreslår kommunfullmäktige att anta ny taxa för kommunens allmänna "
                   "vatten- och avloppsanläggning att gälla från den 1 januari 2028.")

AWARD = ("1. Barn- och utbildningsnämnden tilldelar Grönfors Livs AB avtal om livsmedel till kommunens skolor "
         "och förskolor.")
TERM = "2. Avtalet gäller i två år från den 1 juli 2027, med möjlighet till förlängning i högst två år."
RUNS = ("Avtalet löper till och med den 30 juni 2029 och kan därefter förlängas med ett år i taget, som längst "
        "till och med den 30 juni 2031.")
PORTIONS = "Med 178 skoldagar blir det 569 600 portioner per år."
PER_DAY = "Kommunens kök lagar 3 200 portioner per dag"
TENDERS = "Fyra anbud kom in."
WINNER = ("Grönfors Livs AB lämnade det ekonomiskt mest fördelaktiga anbudet av de fyra anbuden och uppfyller "
          "alla krav.")
STARTED = ("Nämnden beslutade måndagen den 14 september 2026, § 71, att starta upphandlingen, och "
           "anbudsöppningen skedde den 15 januari 2027.")
CHILDREN = "Förskolorna har i dag 850 barn i åldrarna 1–5 år."
ORGANIC = "I dag är den 32 procent, så den ska öka med 8 procentenheter."
PROCUREMENT_LAW = "enligt 6 kap. 1 § lagen (2016:1145) om offentlig upphandling"
MEALS_NEGOTIATED = "Förhandling enligt 11 § MBL genomfördes den 22 februari 2027."
SENT_MEALS = "Beslutet skickas till\nGrönfors Livs AB\nMälarkost AB\nKostenheten"
FOOD_CHIEF = "Sara Holmgren\nKostchef"

SEVENTEENTH = [
    # The price per cubic metre raised by a percentage (25,00 → 27,00 is 8 procent).
    (TARIFF, "figure", RAISED, RAISED.replace("8 procent", "6 procent"), True),
    (TARIFF, "figure", RAISED, RAISED.replace("27,00 kronor", "28,00 kronor"), True),
    (TARIFF, "figure", RAISED, RAISED.replace("8 procent", "åtta procent"), False),
    (TARIFF, "figure", RAISED, RAISED.replace("25,00 kronor till 27,00 kronor", "25 kr till 27 kr"), False),
    # The fixed fee raised by 240 kronor, 10 procent.
    (TARIFF, "figure", FIXED, FIXED.replace("2 640 kronor", "2 700 kronor"), True),
    (TARIFF, "figure", FIXED_AGAIN, FIXED_AGAIN.replace("240 kronor", "260 kronor"), True),
    (TARIFF, "figure", FIXED_AGAIN, FIXED_AGAIN.replace("10 procent", "12 procent"), True),
    (TARIFF, "figure", FIXED_AGAIN, FIXED_AGAIN.replace("240 kronor, eller 10 procent", "en tiondel"), False),
    # A standard house: 150 m³ × 25 + 2 400 = 6 150; × 27 + 2 640 = 6 690; 540 more.
    (TARIFF, "figure", HOUSE, HOUSE.replace("med 540 kronor", "med 450 kronor"), True),
    (TARIFF, "figure", HOUSE, HOUSE.replace("6 690 kronor", "6 790 kronor"), True),
    (TARIFF, "figure", HOUSE, HOUSE.replace(", alltså med 540 kronor", ""), False),
    # Two deficits and their sum (1,8 + 2,3 = 4,1), the sum told again.
    (TARIFF, "figure", DEFICITS, DEFICITS.replace("sammanlagt 4,1", "sammanlagt 4,3"), True),
    (TARIFF, "figure", DEFICITS, DEFICITS.replace("2,3 miljoner", "2,5 miljoner"), True),
    (TARIFF, "figure", COVER, COVER.replace("4,1 miljoner", "4,6 miljoner"), True),
    (TARIFF, "figure", COVER, COVER.replace("4,1 miljoner kronor", "drygt 4 miljoner kronor"), False),
    # The old tariff: adopted 17 November 2022 (a Thursday), in force since 1 January 2023, five years
    # when the new one starts on 1 January 2028.
    (TARIFF, "weekday", TARIFF_ADOPTED, TARIFF_ADOPTED.replace("torsdagen", "tisdagen"), True),
    (TARIFF, "past event", TARIFF_ADOPTED, TARIFF_ADOPTED.replace("17 november 2022", "17 november 2027"),
     True),
    (TARIFF, "period", FIVE_YEARS, FIVE_YEARS.replace("fem år", "fyra år"), True),
    (TARIFF, "period", FIVE_YEARS, FIVE_YEARS.replace("i fem år", "sedan 2023"), False),
    # The day the new tariff takes effect, in the title and the proposal.
    (TARIFF, "period", TARIFF_PROPOSAL, TARIFF_PROPOSAL.replace("1 januari 2028", "1 april 2028"), True),
    (TARIFF, "period", TARIFF_TITLE, "Ny VA-taxa 2028", False),
    # The law, the company that runs the works, MBL (before 14 September 2027), the officer and the board.
    (TARIFF, "law", WATER_LAW, WATER_LAW.replace("2006:412", "2006:421"), True),
    (TARIFF, "law", WATER_LAW, "enligt 30 § vattentjänstlagen", False),
    (TARIFF, "name", OPERATOR, OPERATOR.replace("Lövsta Vatten AB", "Lövsta Vattem AB"), True),
    (TARIFF, "name", SENT_TARIFF, SENT_TARIFF.replace("Lövsta Vatten AB", "Lövsta Vatten"), False),
    (TARIFF, "name", OPERATOR, "Lövsta Vattens personal sköter driften av anläggningen.", False),
    (TARIFF, "past event", TARIFF_INFORMED, TARIFF_INFORMED.replace("31 augusti", "21 september"), True),
    (TARIFF, "person", WATER_CHIEF, "Jonas Ekdal\nVA-chef", True),
    (TARIFF, "body", TARIFF_PROPOSAL, TARIFF_PROPOSAL.replace("Tekniska nämnden", "Tekniska nämden"), True),

    # The contract's term: two years from 1 July 2027, to 30 June 2029, extended at most two years to 2031.
    (MEALS, "period", TERM, TERM.replace("i två år från", "i tre år från"), True),
    (MEALS, "period", RUNS, RUNS.replace("30 juni 2029", "30 juni 2030"), True),
    (MEALS, "period", RUNS, RUNS.replace("30 juni 2031", "30 juni 2032"), True),
    (MEALS, "period", TERM, TERM.replace("högst två år", "högst tre år"), True),
    (MEALS, "period", RUNS, RUNS.replace("till och med den 30 juni 2029", "i två år"), False),
    (MEALS, "period", TERM, TERM.replace("i två år från den 1 juli 2027", "från den 1 juli 2027 till och med "
                                         "den 30 juni 2029"), False),
    # Portions per day times school days (3 200 × 178 = 569 600).
    (MEALS, "count", PORTIONS, PORTIONS.replace("569 600", "596 600"), True),
    (MEALS, "count", PORTIONS, PORTIONS.replace("178 skoldagar", "187 skoldagar"), True),
    (MEALS, "count", PER_DAY, PER_DAY.replace("3 200", "3 400"), True),
    (MEALS, "count", PORTIONS, PORTIONS.replace("569 600", "drygt en halv miljon"), False),
    # Tenders counted twice.
    (MEALS, "count", TENDERS, TENDERS.replace("Fyra anbud", "Fem anbud"), True),
    (MEALS, "count", WINNER, WINNER.replace("de fyra anbuden", "de tre anbuden"), True),
    (MEALS, "count", TENDERS, "Fyra företag lämnade anbud.", False),
    # Children's ages and the share of organic food (40 − 32 = 8 procentenheter).
    (MEALS, "age", CHILDREN, CHILDREN.replace("1–5 år", "1–6 år"), True),
    (MEALS, "age", CHILDREN, CHILDREN.replace("i åldrarna 1–5 år", "mellan ett och fem år"), False),
    (MEALS, "figure", ORGANIC, ORGANIC.replace("8 procentenheter", "10 procentenheter"), True),
    (MEALS, "figure", ORGANIC, ORGANIC.replace("32 procent", "30 procent"), True),
    (MEALS, "figure", ORGANIC, ORGANIC.replace("8 procentenheter", "åtta procentenheter"), False),
    # The board's start (14 September 2026 was a Monday), the tender opening and MBL (before 2 March 2027).
    (MEALS, "weekday", STARTED, STARTED.replace("måndagen", "tisdagen"), True),
    (MEALS, "past event", STARTED, STARTED.replace("15 januari 2027", "15 mars 2027"), True),
    (MEALS, "past event", MEALS_NEGOTIATED, MEALS_NEGOTIATED.replace("22 februari", "12 mars"), True),
    (MEALS, "past event", MEALS_NEGOTIATED,
     "Förhandling enligt 11 § MBL ska genomföras den 12 mars 2027.", False),
    # The law, the supplier's name, the officer and the board.
    (MEALS, "law", PROCUREMENT_LAW, PROCUREMENT_LAW.replace("2016:1145", "2016:1154"), True),
    (MEALS, "law", PROCUREMENT_LAW, "enligt 6 kap. 1 § LOU", False),
    (MEALS, "name", WINNER, WINNER.replace("Grönfors Livs AB", "Grönfors Liv AB"), True),
    (MEALS, "name", SENT_MEALS, SENT_MEALS.replace("Grönfors Livs AB", "Grönfos Livs AB"), True),
    (MEALS, "name", WINNER, WINNER.replace("Grönfors Livs AB lämnade", "Grönfors lämnade"), False),
    (MEALS, "person", FOOD_CHIEF, "Sara Holmgren, kostchef", False),
    (MEALS, "body", AWARD, AWARD.replace("Barn- och utbildningsnämnden", "Barn- och utbildningsnämden"), True),
    (MEALS, "body", AWARD, AWARD.replace("Barn- och utbildningsnämnden", "Nämnden"), False),
]
