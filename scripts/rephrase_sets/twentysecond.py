"""The twenty-second set of `rephrase-probe.py`, written on 2026-12-07 (fifth
session) and measured before any reader was changed for it. It leans on the
calendar words Swedish papers use beside their dates: week numbers ("vecka
35 och 36", "fredagen den 24 december (vecka 51)"), the named holidays
("juldagen", "nyårsdagen", "trettondedag jul"), opening hours with their
length ("kl. 10.00–18.00, åtta timmar per dag") and a list of days or
places that a count sums up ("julafton, juldagen, nyårsafton och
nyårsdagen, dvs. fyra dagar"). An early vote in a local referendum (a day,
its weekday and weeks, five polling places listed and counted, two officials
for each, a fee a day for each official over twelve days) and waste
collection moved over Christmas and New Year (holidays with their weekdays,
a collection day and its week, a cost per extra round). The papers, places,
people and companies are fictional. Each probe is (paper, kind, passage,
rewrite, is_slip): see the script.
"""

REFERENDUM = """Kommunledningsförvaltningen
Kansliavdelningen
TJÄNSTESKRIVELSE
2027-03-09
Dnr KS 2027/118
Handläggare: Maria Holmgren

Valnämnden

Förtidsröstning i folkomröstningen om Norrbyskolan den 12 september 2027

Förslag till beslut
1. Valnämnden beslutar att förtidsröstning ska ske i fem lokaler under vecka 35–36.
2. Röstmottagare arvoderas med 1 450 kronor per dag.

Ärende
Kommunfullmäktige beslutade måndagen den 25 januari 2027, § 9, att en folkomröstning om Norrbyskolan ska hållas söndagen den 12 september 2027.
Förtidsröstningen pågår från måndagen den 30 augusti till och med fredagen den 10 september 2027, dvs. under vecka 35 och 36.
Röstning kan ske i fem lokaler: stadshuset, biblioteket i Norrby, Ekby servicecenter, Solgårdens fritidsgård och Hamnens medborgarhus.
Varje lokal bemannas av två röstmottagare, totalt tio röstmottagare.
Lokalerna har öppet kl. 10.00–18.00, åtta timmar per dag.
Omkring 24 300 personer är röstberättigade.

Bakgrund
Ett initiativ om att behålla Norrbyskolan med 2 140 namnunderskrifter lämnades in den 3 november 2026.

Ekonomiska konsekvenser
Arvodet är 1 450 kronor per dag och röstmottagare. Med tio röstmottagare under tolv dagar blir kostnaden 174 000 kronor.
Kostnaden ryms inom valnämndens budget för 2027.

Information enligt MBL
Information enligt 19 § MBL lämnades den 2 mars 2027.

Maria Holmgren
Valsamordnare

Beslutet skickas till
Kommunstyrelsen
Ekby kommuns valkansli
"""

WASTE = """Samhällsbyggnadsförvaltningen
Avfallsenheten
TJÄNSTESKRIVELSE
2027-11-16
Dnr TN 2027/287
Handläggare: Lina Öberg

Tekniska nämnden

Ändrade hämtdagar för hushållsavfall under jul och nyår 2027

Förslag till beslut
1. Tekniska nämnden godkänner de ändrade hämtdagarna enligt förvaltningens förslag.
2. Tekniska nämnden godkänner tolv extra turer för Norrby Renhållning AB under perioden 20 december 2027–9 januari 2028.

Ärende
Juldagen, lördagen den 25 december 2027, och nyårsdagen, lördagen den 1 januari 2028, sker ingen hämtning.
Hämtningen fredagen den 24 december (vecka 51) flyttas till torsdagen den 23 december.
Hämtningen fredagen den 31 december (vecka 52) flyttas till torsdagen den 30 december.
Trettondedag jul, torsdagen den 6 januari 2028, flyttas hämtningen till fredagen den 7 januari.
Återvinningscentralen har öppet kl. 7.00–15.00, åtta timmar, den 23 och 30 december och håller stängt julafton, juldagen, nyårsafton och nyårsdagen, dvs. fyra dagar.
Omkring 4 200 hushåll berörs av ändringarna.

Bakgrund
Norrby Renhållning AB lämnade förslag på ändrade hämtdagar den 2 november 2027.
Samråd med Norrby Renhållning AB hölls tisdagen den 9 november 2027.

Ekonomiska konsekvenser
Extra turer kostar 9 800 kronor per tur. Norrby Renhållning AB kör 12 extra turer, totalt 117 600 kronor.

Lina Öberg
Avfallschef

Beslutet skickas till
Norrby Renhållning AB
Kundtjänst
"""

TITLE = "Förtidsröstning i folkomröstningen om Norrbyskolan den 12 september 2027"
PLACES_PROPOSAL = "1. Valnämnden beslutar att förtidsröstning ska ske i fem lokaler under vecka 35–36."
FEE_PROPOSAL = "2. Röstmottagare arvoderas med 1 450 kronor per dag."
DECIDED = ("Kommunfullmäktige beslutade måndagen den 25 januari 2027, § 9, att en folkomröstning om "
           "Norrbyskolan ska hållas söndagen den 12 september 2027.")
EARLY_VOTE = ("Förtidsröstningen pågår från måndagen den 30 augusti till och med fredagen den 10 september "
              "2027, dvs. under vecka 35 och 36.")
PLACES = ("Röstning kan ske i fem lokaler: stadshuset, biblioteket i Norrby, Ekby servicecenter, Solgårdens "
          "fritidsgård och Hamnens medborgarhus.")
STAFF = "Varje lokal bemannas av två röstmottagare, totalt tio röstmottagare."
HOURS = "Lokalerna har öppet kl. 10.00–18.00, åtta timmar per dag."
VOTERS = "Omkring 24 300 personer är röstberättigade."
INITIATIVE = ("Ett initiativ om att behålla Norrbyskolan med 2 140 namnunderskrifter lämnades in den 3 november "
              "2026.")
FEE = "Arvodet är 1 450 kronor per dag och röstmottagare."
COST = "Med tio röstmottagare under tolv dagar blir kostnaden 174 000 kronor."
MBL = "Information enligt 19 § MBL lämnades den 2 mars 2027."
COORDINATOR = "Maria Holmgren\nValsamordnare"

ROUNDS_PROPOSAL = ("2. Tekniska nämnden godkänner tolv extra turer för Norrby Renhållning AB under perioden "
                   "20 december 2027–9 januari 2028.")
HOLIDAYS = ("Juldagen, lördagen den 25 december 2027, och nyårsdagen, lördagen den 1 januari 2028, sker ingen "
            "hämtning.")
CHRISTMAS_EVE = "Hämtningen fredagen den 24 december (vecka 51) flyttas till torsdagen den 23 december."
NEW_YEARS_EVE = "Hämtningen fredagen den 31 december (vecka 52) flyttas till torsdagen den 30 december."
EPIPHANY = "Trettondedag jul, torsdagen den 6 januari 2028, flyttas hämtningen till fredagen den 7 januari."
RECYCLING = ("Återvinningscentralen har öppet kl. 7.00–15.00, åtta timmar, den 23 och 30 december och håller "
             "stängt julafton, juldagen, nyårsafton och nyårsdagen, dvs. fyra dagar.")
HOUSEHOLDS = "Omkring 4 200 hushåll berörs av ändringarna."
PROPOSED = "Norrby Renhållning AB lämnade förslag på ändrade hämtdagar den 2 november 2027."
CONSULTED = "Samråd med Norrby Renhållning AB hölls tisdagen den 9 november 2027."
ROUNDS = "Norrby Renhållning AB kör 12 extra turer, totalt 117 600 kronor."
SENT_WASTE = "Beslutet skickas till\nNorrby Renhållning AB\nKundtjänst"
WASTE_CHIEF = "Lina Öberg\nAvfallschef"

TWENTYSECOND = [
    # The referendum on Sunday 12 September 2027, told in the title and the text.
    (REFERENDUM, "weekday", DECIDED, DECIDED.replace("söndagen den 12", "lördagen den 12"), True),
    (REFERENDUM, "date", TITLE, TITLE.replace("12 september", "19 september"), True),
    (REFERENDUM, "weekday", DECIDED, DECIDED.replace("måndagen den 25", "tisdagen den 25"), True),
    (REFERENDUM, "weekday", DECIDED, DECIDED.replace("söndagen den 12", "den 12"), False),
    # The early vote from Monday 30 August to Friday 10 September: weeks 35 and 36, twelve days.
    (REFERENDUM, "week", EARLY_VOTE, EARLY_VOTE.replace("vecka 35 och 36", "vecka 36 och 37"), True),
    (REFERENDUM, "week", PLACES_PROPOSAL, PLACES_PROPOSAL.replace("vecka 35–36", "vecka 34–36"), True),
    (REFERENDUM, "period", EARLY_VOTE, EARLY_VOTE.replace("den 10 september", "den 17 september"), True),
    (REFERENDUM, "weekday", EARLY_VOTE, EARLY_VOTE.replace("måndagen den 30", "tisdagen den 30"), True),
    (REFERENDUM, "period", COST, COST.replace("tolv dagar", "tio dagar"), True),
    (REFERENDUM, "week", EARLY_VOTE, EARLY_VOTE.replace(", dvs. under vecka 35 och 36", ""), False),
    # Five places, listed and counted; two officials in each, ten in all.
    (REFERENDUM, "count", PLACES, PLACES.replace("fem lokaler:", "sex lokaler:"), True),
    (REFERENDUM, "count", PLACES_PROPOSAL, PLACES_PROPOSAL.replace("fem lokaler", "fyra lokaler"), True),
    (REFERENDUM, "count", PLACES, PLACES.replace("fem lokaler: stadshuset, biblioteket i Norrby, Ekby "
                                                 "servicecenter, Solgårdens fritidsgård och Hamnens medborgarhus",
                                                 "fem lokaler, bland annat stadshuset och biblioteket i Norrby"),
     False),
    (REFERENDUM, "figure", STAFF, STAFF.replace("totalt tio", "totalt tolv"), True),
    (REFERENDUM, "figure", STAFF, STAFF.replace("två röstmottagare", "tre röstmottagare"), True),
    (REFERENDUM, "figure", STAFF, "Två röstmottagare finns i varje lokal, alltså tio röstmottagare.", False),
    (REFERENDUM, "figure", STAFF, "Två röstmottagare finns i varje lokal, alltså tolv röstmottagare.", True),
    # Open 10 to 18: eight hours.
    (REFERENDUM, "hours", HOURS, HOURS.replace("åtta timmar", "sju timmar"), True),
    (REFERENDUM, "hours", HOURS, HOURS.replace("kl. 10.00–18.00", "kl. 10.00–17.00"), True),
    (REFERENDUM, "hours", HOURS, HOURS.replace(", åtta timmar per dag", ""), False),
    (REFERENDUM, "hours", HOURS, HOURS.replace("åtta timmar per dag", "åtta timmar om dagen"), False),
    # 1 450 kronor a day for ten officials over twelve days: 174 000 kronor.
    (REFERENDUM, "figure", FEE_PROPOSAL, FEE_PROPOSAL.replace("1 450", "1 500"), True),
    (REFERENDUM, "figure", COST, COST.replace("174 000", "147 000"), True),
    (REFERENDUM, "figure", VOTERS, VOTERS.replace("24 300", "24 500"), False),
    # Dates before the paper.
    (REFERENDUM, "past event", INITIATIVE, INITIATIVE.replace("3 november 2026", "3 april 2027"), True),
    (REFERENDUM, "past event", MBL, MBL.replace("2 mars", "12 mars"), True),
    (REFERENDUM, "past event", MBL, MBL.replace("2 mars", "22 februari"), False),
    # The school, the officer.
    (REFERENDUM, "name", INITIATIVE, INITIATIVE.replace("Norrbyskolan", "Norbyskolan"), True),
    (REFERENDUM, "person", COORDINATOR, "Maria Holmgreen\nValsamordnare", True),

    # Christmas Day and New Year's Day, both Saturdays; Epiphany on a Thursday.
    (WASTE, "weekday", HOLIDAYS, HOLIDAYS.replace("lördagen den 25 december", "lördagen den 26 december"), True),
    (WASTE, "holiday", HOLIDAYS, HOLIDAYS.replace("Juldagen, lördagen den 25 december 2027",
                                                  "Juldagen, den 26 december 2027"), True),
    (WASTE, "weekday", HOLIDAYS, HOLIDAYS.replace("lördagen den 1 januari", "söndagen den 1 januari"), True),
    (WASTE, "holiday", EPIPHANY, EPIPHANY.replace("torsdagen den 6 januari", "torsdagen den 13 januari"), True),
    (WASTE, "holiday", EPIPHANY, EPIPHANY.replace("Trettondedag jul, torsdagen", "Torsdagen"), False),
    (WASTE, "holiday", HOLIDAYS, HOLIDAYS.replace("Juldagen, lördagen den 25 december 2027, och ", "")
     .replace("nyårsdagen, lördagen", "Nyårsdagen, lördagen"), False),
    # A Friday and its week; the day it moves to.
    (WASTE, "week", CHRISTMAS_EVE, CHRISTMAS_EVE.replace("(vecka 51)", "(vecka 52)"), True),
    (WASTE, "week", NEW_YEARS_EVE, NEW_YEARS_EVE.replace("(vecka 52)", "(vecka 51)"), True),
    (WASTE, "week", CHRISTMAS_EVE, CHRISTMAS_EVE.replace(" (vecka 51)", ""), False),
    (WASTE, "weekday", CHRISTMAS_EVE, CHRISTMAS_EVE.replace("torsdagen den 23", "onsdagen den 23"), True),
    (WASTE, "weekday", EPIPHANY, EPIPHANY.replace("fredagen den 7", "fredagen den 8"), True),
    # Open 7 to 15, eight hours; four holidays listed and counted.
    (WASTE, "hours", RECYCLING, RECYCLING.replace("åtta timmar", "nio timmar"), True),
    (WASTE, "count", RECYCLING, RECYCLING.replace("dvs. fyra dagar", "dvs. tre dagar"), True),
    (WASTE, "count", RECYCLING, RECYCLING.replace(", dvs. fyra dagar", ""), False),
    # Twelve extra rounds at 9 800 kronor: 117 600 kronor.
    (WASTE, "figure", ROUNDS, ROUNDS.replace("117 600", "171 600"), True),
    (WASTE, "figure", ROUNDS, ROUNDS.replace("12 extra turer", "14 extra turer"), True),
    (WASTE, "figure", ROUNDS_PROPOSAL, ROUNDS_PROPOSAL.replace("tolv extra turer", "tio extra turer"), True),
    (WASTE, "figure", HOUSEHOLDS, HOUSEHOLDS.replace("4 200", "4 500"), False),
    # Dates before the paper.
    (WASTE, "past event", PROPOSED, PROPOSED.replace("2 november", "22 november"), True),
    (WASTE, "past event", PROPOSED, PROPOSED.replace("2 november", "26 oktober"), False),
    (WASTE, "weekday", CONSULTED, CONSULTED.replace("tisdagen den 9", "tisdagen den 10"), True),
    # The contractor, the officer.
    (WASTE, "name", SENT_WASTE, SENT_WASTE.replace("Norrby Renhållning AB", "Norrby Renhålling AB"), True),
    (WASTE, "name", PROPOSED, PROPOSED.replace("Norrby Renhållning AB", "Entreprenören"), False),
    (WASTE, "person", WASTE_CHIEF, "Lina Öhberg\nAvfallschef", True),
]
