"""The sixteenth set of `rephrase-probe.py`, written on 2026-12-06 (seventh
session) after the fifteenth set's readers and measured before any reader
was changed for it: an investment in a new fire station (an investment told
whole and split over two years, a building's age, a building time in months
between two days, firefighters counted, a depreciation over years and per
year, a council assignment with its weekday, a negotiation under MBL, a
contractor's name) and revised guidelines for financial assistance (a day
the guidelines take effect, the old guidelines' day, households counted
whole and in parts, a difference from the year before, young adults' and
children's ages, a cost per year and per month, a share of last year's cost,
a board decision with its weekday). The papers, places, people and companies
are fictional.
Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

STATION = """Kommunledningsförvaltningen
Räddningstjänsten
TJÄNSTESKRIVELSE
2027-04-19
Dnr KS 2027/88
Handläggare: Petra Lindqvist

Kommunstyrelsen

Investering i ny brandstation i Norrvik

Förslag till beslut
1. Kommunstyrelsen föreslår kommunfullmäktige att godkänna en investering på 48 miljoner kronor i en ny brandstation i Norrvik.
2. Investeringen fördelas med 18 miljoner kronor år 2028 och 30 miljoner kronor år 2029.

Ärende
Kommunen ska enligt 3 kap. 8 § lagen (2003:778) om skydd mot olyckor ha en räddningstjänst som kan ingripa inom godtagbar tid. Räddningstjänstens station i Norrvik byggdes 1974 och uppfyller inte dagens krav på arbetsmiljö. Den nya stationen får fyra vagnhallar och omklädningsrum för 24 brandmän i beredskap.
Byggnads AB Stenkullen uppför stationen enligt kommunens ramavtal. Bygget börjar den 1 april 2028 och stationen tas i bruk den 1 oktober 2029, arton månader senare.

Bakgrund
Kommunfullmäktige gav tisdagen den 24 november 2026, § 142, kommunstyrelsen i uppdrag att ta fram ett förslag till ny brandstation. Den 53 år gamla stationen har fått allt större underhållsbehov, och en utredning visade att en ombyggnad skulle kosta nästan lika mycket som en ny station.

Ekonomiska konsekvenser
Investeringen på 48 miljoner kronor skrivs av på 40 år. Avskrivningen blir 1,2 miljoner kronor per år från 2030. Driftskostnaden ökar med 0,8 miljoner kronor per år.

Förhandling enligt MBL
Förhandling enligt 11 § MBL genomfördes med de fackliga organisationerna den 6 april 2027.

Petra Lindqvist
Räddningschef

Beslutet skickas till
Kommunfullmäktige
Räddningstjänsten
Byggnads AB Stenkullen
"""

GUIDELINES = """Socialförvaltningen
Enheten för försörjningsstöd
TJÄNSTESKRIVELSE
2027-11-08
Dnr SN 2027/301
Handläggare: Amir Haddad

Socialnämnden

Reviderade riktlinjer för ekonomiskt bistånd från den 1 januari 2028

Förslag till beslut
1. Socialnämnden antar reviderade riktlinjer för ekonomiskt bistånd att gälla från den 1 januari 2028.
2. Riktlinjerna som gäller från den 1 januari 2025 upphör att gälla samma dag.

Ärende
Den som inte själv kan tillgodose sina behov har rätt till bistånd enligt 4 kap. 1 § socialtjänstlagen (2001:453). Riktlinjerna beskriver hur nämnden bedömer ansökningar om försörjningsstöd och bistånd till livsföring i övrigt.
De reviderade riktlinjerna gäller unga vuxna mellan 18 och 21 år som går i gymnasieskolan tydligare. Bidrag till glasögon lämnas vartannat år för vuxna och varje år för barn under 16 år.
Under 2026 fick 412 hushåll ekonomiskt bistånd, varav 168 barnfamiljer och 244 hushåll utan barn. Det är 37 fler hushåll än 2025, då 375 hushåll fick bistånd.

Bakgrund
Socialnämnden antog onsdagen den 11 december 2024, § 188, de riktlinjer som gäller sedan den 1 januari 2025. För unga vuxna 18–21 år i gymnasieskolan har bedömningen skilt sig mellan handläggarna.

Ekonomiska konsekvenser
Förändringarna beräknas öka kostnaden för ekonomiskt bistånd med 600 000 kronor per år, eller 50 000 kronor per månad. Det är 1,6 procent av kostnaden för ekonomiskt bistånd 2026, som var 38,4 miljoner kronor.

Information enligt MBL
Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 25 oktober 2027.

Amir Haddad
Enhetschef

Beslutet skickas till
Individ- och familjeomsorgen
Budget- och skuldrådgivningen
"""

SPLIT = "2. Investeringen fördelas med 18 miljoner kronor år 2028 och 30 miljoner kronor år 2029."
INVESTMENT = ("1. Kommunstyrelsen föreslår kommunfullmäktige att godkänna en investering på 48 miljoner kronor "
              "i en ny brandstation i Norrvik.")
BUILT = ("Räddningstjänstens station i Norrvik byggdes 1974 och uppfyller inte dagens krav på arbetsmiljö.")
OLD = "Den 53 år gamla stationen har fått allt större underhållsbehov"
CREW = "Den nya stationen får fyra vagnhallar och omklädningsrum för 24 brandmän i beredskap."
WORKS = "Bygget börjar den 1 april 2028 och stationen tas i bruk den 1 oktober 2029, arton månader senare."
CONTRACTOR = "Byggnads AB Stenkullen uppför stationen enligt kommunens ramavtal."
DEPRECIATION = ("Investeringen på 48 miljoner kronor skrivs av på 40 år. Avskrivningen blir 1,2 miljoner kronor "
                "per år från 2030.")
ASSIGNED = "Kommunfullmäktige gav tisdagen den 24 november 2026, § 142, kommunstyrelsen i uppdrag"
NEGOTIATED = "Förhandling enligt 11 § MBL genomfördes med de fackliga organisationerna den 6 april 2027."
RESCUE_LAW = "enligt 3 kap. 8 § lagen (2003:778) om skydd mot olyckor"
SENT_STATION = "Beslutet skickas till\nKommunfullmäktige\nRäddningstjänsten\nByggnads AB Stenkullen"
CHIEF = "Petra Lindqvist\nRäddningschef"

ADOPTS = "1. Socialnämnden antar reviderade riktlinjer för ekonomiskt bistånd att gälla från den 1 januari 2028."
ENDS = "2. Riktlinjerna som gäller från den 1 januari 2025 upphör att gälla samma dag."
HOUSEHOLDS = ("Under 2026 fick 412 hushåll ekonomiskt bistånd, varav 168 barnfamiljer och 244 hushåll utan "
              "barn.")
MORE = "Det är 37 fler hushåll än 2025, då 375 hushåll fick bistånd."
YOUNG = "De reviderade riktlinjerna gäller unga vuxna mellan 18 och 21 år som går i gymnasieskolan tydligare."
YOUNG_AGAIN = "För unga vuxna 18–21 år i gymnasieskolan har bedömningen skilt sig mellan handläggarna."
GLASSES = "Bidrag till glasögon lämnas vartannat år för vuxna och varje år för barn under 16 år."
ADOPTED = "Socialnämnden antog onsdagen den 11 december 2024, § 188, de riktlinjer som gäller sedan den 1 januari 2025."
COST = ("Förändringarna beräknas öka kostnaden för ekonomiskt bistånd med 600 000 kronor per år, eller "
        "50 000 kronor per månad.")
SHARE = "Det är 1,6 procent av kostnaden för ekonomiskt bistånd 2026, som var 38,4 miljoner kronor."
INFORMED = "Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 25 oktober 2027."
SOCIAL_LAW = "enligt 4 kap. 1 § socialtjänstlagen (2001:453)"
HEAD = "Amir Haddad\nEnhetschef"

SIXTEENTH = [
    # The investment told whole and split over two years (18 + 30 = 48).
    (STATION, "figure", SPLIT, SPLIT.replace("30 miljoner", "32 miljoner"), True),
    (STATION, "figure", SPLIT, SPLIT.replace("18 miljoner", "16 miljoner"), True),
    (STATION, "figure", SPLIT, SPLIT.replace("18 miljoner kronor", "18 mnkr").replace("30 miljoner kronor",
                                                                                      "30 mnkr"), False),
    (STATION, "figure", INVESTMENT, INVESTMENT.replace("48 miljoner", "45 miljoner"), True),
    (STATION, "figure", DEPRECIATION, DEPRECIATION.replace("48 miljoner", "46 miljoner"), True),
    (STATION, "figure", DEPRECIATION, DEPRECIATION.replace("48 miljoner kronor", "48 mnkr"), False),
    # The depreciation: 48 miljoner over 40 years is 1,2 miljoner a year.
    (STATION, "figure", DEPRECIATION, DEPRECIATION.replace("1,2 miljoner", "1,6 miljoner"), True),
    (STATION, "figure", DEPRECIATION, DEPRECIATION.replace("1,2 miljoner kronor", "1 200 000 kronor"), False),
    (STATION, "figure", DEPRECIATION, DEPRECIATION.replace("på 40 år", "på 30 år"), True),
    # The building's age: built 1974, 53 years old in 2027.
    (STATION, "count", OLD, OLD.replace("53 år gamla", "43 år gamla"), True),
    (STATION, "count", OLD, OLD.replace("Den 53 år gamla stationen", "Stationen från 1974"), False),
    (STATION, "count", BUILT, BUILT.replace("1974", "1984"), True),
    # The building time: 1 April 2028 to 1 October 2029 is eighteen months.
    (STATION, "period", WORKS, WORKS.replace("arton månader", "tolv månader"), True),
    (STATION, "period", WORKS, WORKS.replace("arton månader senare", "ett och ett halvt år senare"), False),
    (STATION, "period", WORKS, WORKS.replace("1 oktober 2029", "1 oktober 2030"), True),
    (STATION, "period", WORKS, WORKS.replace("1 april 2028", "1 april 2027"), True),
    (STATION, "period", WORKS, "Bygget börjar i april 2028 och tar arton månader.", False),
    # Firefighters counted.
    (STATION, "count", CREW, CREW.replace("fyra vagnhallar", "fem vagnhallar"), False),
    # The contractor named whole, in the genitive and misspelt.
    (STATION, "name", CONTRACTOR, CONTRACTOR.replace("Stenkullen", "Stenkulla"), True),
    (STATION, "name", CONTRACTOR, "Stenkullen uppför stationen enligt kommunens ramavtal.", False),
    (STATION, "name", SENT_STATION, SENT_STATION.replace("Byggnads AB Stenkullen", "Byggnads AB Stenkulen"),
     True),
    (STATION, "name", CONTRACTOR, "Byggnads AB Stenkullens anbud enligt ramavtalet gäller stationen.", False),
    # The council's assignment (24 November 2026 was a Tuesday) and MBL (before 19 April 2027).
    (STATION, "weekday", ASSIGNED, ASSIGNED.replace("tisdagen", "onsdagen"), True),
    (STATION, "weekday", ASSIGNED, ASSIGNED.replace("tisdagen den 24 november 2026", "tisdag 24/11 2026"), False),
    (STATION, "past event", ASSIGNED, ASSIGNED.replace("tisdagen den 24 november 2026",
                                                       "den 24 november 2027"), True),
    (STATION, "past event", NEGOTIATED, NEGOTIATED.replace("6 april", "26 april"), True),
    (STATION, "past event", NEGOTIATED,
     "Förhandling enligt 11 § MBL ska genomföras med de fackliga organisationerna den 26 april 2027.", False),
    # The law's number.
    (STATION, "law", RESCUE_LAW, RESCUE_LAW.replace("2003:778", "2003:787"), True),
    (STATION, "law", RESCUE_LAW, "enligt 3 kap. 8 § LSO", False),
    # The officer and the board.
    (STATION, "person", CHIEF, "Petra Lindqvist, räddningschef", False),
    (STATION, "body", INVESTMENT, INVESTMENT.replace("Kommunstyrelsen", "Kommunstyrlesen"), True),

    # The day the guidelines take effect, in the title, the proposal and the text.
    (GUIDELINES, "period", ADOPTS, ADOPTS.replace("1 januari 2028", "1 februari 2028"), True),
    (GUIDELINES, "period", ADOPTS, ADOPTS.replace("den 1 januari 2028", "2028-01-01"), False),
    (GUIDELINES, "period", ENDS, ENDS.replace("1 januari 2025", "1 januari 2024"), True),
    (GUIDELINES, "period", ADOPTED, ADOPTED.replace("sedan den 1 januari 2025", "sedan den 1 mars 2025"), True),
    (GUIDELINES, "period", ADOPTED, ADOPTED.replace("den 1 januari 2025", "årsskiftet 2024/2025"), False),
    # Households counted whole and in parts (168 + 244 = 412), and against the year before (412 − 375 = 37).
    (GUIDELINES, "count", HOUSEHOLDS, HOUSEHOLDS.replace("244 hushåll", "254 hushåll"), True),
    (GUIDELINES, "count", HOUSEHOLDS, HOUSEHOLDS.replace("168 barnfamiljer", "186 barnfamiljer"), True),
    (GUIDELINES, "count", HOUSEHOLDS, HOUSEHOLDS.replace("412 hushåll", "421 hushåll"), True),
    (GUIDELINES, "count", HOUSEHOLDS, HOUSEHOLDS.replace("varav 168 barnfamiljer och 244 hushåll utan barn",
                                                         "de flesta utan barn"), False),
    (GUIDELINES, "count", MORE, MORE.replace("37 fler", "47 fler"), True),
    (GUIDELINES, "count", MORE, MORE.replace("375 hushåll", "357 hushåll"), True),
    (GUIDELINES, "count", MORE, "Det är fler hushåll än 2025.", False),
    # Young adults' ages, told twice; children's glasses.
    (GUIDELINES, "age", YOUNG_AGAIN, YOUNG_AGAIN.replace("18–21 år", "18–24 år"), True),
    (GUIDELINES, "age", YOUNG, YOUNG.replace("mellan 18 och 21 år", "mellan 18 och 20 år"), True),
    (GUIDELINES, "age", YOUNG_AGAIN, YOUNG_AGAIN.replace("18–21 år", "mellan 18 och 21 år"), False),
    (GUIDELINES, "age", GLASSES, GLASSES.replace("under 16 år", "till och med 15 år"), False),
    # The cost per year and per month (600 000 / 12 = 50 000), and its share of last year's cost.
    (GUIDELINES, "figure", COST, COST.replace("50 000 kronor per månad", "60 000 kronor per månad"), True),
    (GUIDELINES, "figure", COST, COST.replace("600 000 kronor per år", "0,6 miljoner kronor per år"), False),
    (GUIDELINES, "figure", SHARE, SHARE.replace("1,6 procent", "2,6 procent"), True),
    (GUIDELINES, "figure", SHARE, SHARE.replace("1,6 procent", "knappt 2 procent"), False),
    (GUIDELINES, "figure", SHARE, SHARE.replace("38,4 miljoner", "28,4 miljoner"), True),
    # The board's decision (11 December 2024 was a Wednesday) and MBL (before 8 November 2027).
    (GUIDELINES, "weekday", ADOPTED, ADOPTED.replace("onsdagen", "tisdagen"), True),
    (GUIDELINES, "past event", ADOPTED, ADOPTED.replace("onsdagen den 11 december 2024",
                                                        "den 11 december 2027"), True),
    (GUIDELINES, "past event", INFORMED, INFORMED.replace("25 oktober", "15 november"), True),
    (GUIDELINES, "past event", INFORMED,
     "Information enligt 19 § MBL lämnas i förvaltningens samverkansgrupp den 15 november 2027.", False),
    # The law's number.
    (GUIDELINES, "law", SOCIAL_LAW, SOCIAL_LAW.replace("2001:453", "2001:435"), True),
    (GUIDELINES, "law", SOCIAL_LAW, "enligt 4 kap. 1 § SoL", False),
    # The officer and the board.
    (GUIDELINES, "person", HEAD, "Amir Hadad\nEnhetschef", True),
    (GUIDELINES, "body", ADOPTED, ADOPTED.replace("Socialnämnden antog", "Socialnämden antog"), True),
    (GUIDELINES, "body", ADOPTED, ADOPTED.replace("Socialnämnden antog", "Nämnden antog"), False),
]
