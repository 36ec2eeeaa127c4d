"""The nineteenth set of `rephrase-probe.py`, written on 2026-12-07 and
measured before any reader was changed for it: a procurement of winter road
maintenance (a three-year term and a one-year option, the road kilometres in
two parts and their sum, call-outs that rose from one figure to another, a
yearly cost over the term and with the option, a tender deadline and an award
two weeks after it, the current contractor's end date) and new opening hours
for two youth centres (an age group told as a range and as "från … till och
med", weekly hours from the opening times, a survey's share told as a count
and a percentage, visits that rose and by how much, youth leaders' cost and
the cost for each). The papers, roads, people and companies are fictional.
Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

WINTER = """Samhällsbyggnadsförvaltningen
Gatuenheten
TJÄNSTESKRIVELSE
2027-05-11
Dnr SBN 2027/142
Handläggare: Olof Dahl

Samhällsbyggnadsnämnden

Upphandling av vinterväghållning 2027–2030

Förslag till beslut
1. Samhällsbyggnadsnämnden godkänner förfrågningsunderlaget för upphandling av vinterväghållning för perioden 1 oktober 2027–30 september 2030.
2. Avtalet tecknas på tre år med möjlighet till förlängning i ett år.

Ärende
Nuvarande avtal med Snöröjarna i Norrby AB löper ut den 30 september 2027.
Det nya avtalet omfattar 212 kilometer kommunal väg och 48 kilometer gång- och cykelväg, totalt 260 kilometer.
Antalet utryckningar har ökat från 41 säsongen 2019/2020 till 58 säsongen 2026/2027, en ökning med 17 utryckningar.
Plogning ska påbörjas när snödjupet är 5 centimeter på gång- och cykelvägar och 8 centimeter på körbanor.

Bakgrund
Nämnden beslutade tisdagen den 16 mars 2027, § 31, att vinterväghållningen ska upphandlas på nytt.
Anbud ska lämnas senast den 15 juni 2027. Tilldelning sker den 29 juni 2027, två veckor efter att anbudstiden gått ut.

Ekonomiska konsekvenser
Den årliga kostnaden beräknas till 6,2 miljoner kronor, vilket för hela avtalstiden på tre år blir 18,6 miljoner kronor.
Med förlängningen blir avtalets värde högst 24,8 miljoner kronor.

Information enligt MBL
Information enligt 19 § MBL lämnades den 4 maj 2027.

Olof Dahl
Gatuchef

Beslutet skickas till
Upphandlingsenheten
Snöröjarna i Norrby AB
"""

YOUTH = """Kultur- och fritidsförvaltningen
Fritidsenheten
TJÄNSTESKRIVELSE
2027-08-24
Dnr KFN 2027/88
Handläggare: Sara Holm

Kultur- och fritidsnämnden

Nya öppettider på fritidsgårdarna Kärnan och Ljusglimten

Förslag till beslut
1. Fritidsgårdarna Kärnan och Ljusglimten håller öppet för unga i åldern 13–17 år måndag–torsdag kl. 15–21 och fredag kl. 15–23 från och med den 30 augusti 2027.
2. Kultur- och fritidsnämnden avsätter 450 000 kronor för fyra fritidsledare under hösten 2027.

Ärende
Fritidsgårdarna vänder sig till ungdomar från 13 till och med 17 år.
Med de nya tiderna har varje gård öppet 32 timmar i veckan.
I en enkät som 214 ungdomar svarade på ville 163 av dem, alltså 76 procent, ha längre öppettider på fredagar.
Besöken ökade från 9 400 under 2025 till 11 200 under 2026, en ökning med 1 800 besök.

Bakgrund
Nämnden gav tisdagen den 15 juni 2027, § 44, förvaltningen i uppdrag att se över öppettiderna.
De fyra fritidsledarna anställs från den 30 augusti 2027.

Ekonomiska konsekvenser
Kostnaden för de fyra fritidsledarna är 450 000 kronor för perioden 30 augusti–31 december 2027, det vill säga 112 500 kronor per fritidsledare.

Samverkan
Förhandling enligt 11 § MBL hölls den 17 augusti 2027.

Sara Holm
Fritidschef

Beslutet skickas till
Fritidsgårdarna Kärnan och Ljusglimten
Ungdomsrådet
"""

TERM = ("1. Samhällsbyggnadsnämnden godkänner förfrågningsunderlaget för upphandling av vinterväghållning "
        "för perioden 1 oktober 2027–30 september 2030.")
OPTION = "2. Avtalet tecknas på tre år med möjlighet till förlängning i ett år."
EXPIRES = "Nuvarande avtal med Snöröjarna i Norrby AB löper ut den 30 september 2027."
ROADS = ("Det nya avtalet omfattar 212 kilometer kommunal väg och 48 kilometer gång- och cykelväg, totalt "
         "260 kilometer.")
CALLOUTS = ("Antalet utryckningar har ökat från 41 säsongen 2019/2020 till 58 säsongen 2026/2027, en ökning "
            "med 17 utryckningar.")
SNOW = ("Plogning ska påbörjas när snödjupet är 5 centimeter på gång- och cykelvägar och 8 centimeter på "
        "körbanor.")
DECIDED = ("Nämnden beslutade tisdagen den 16 mars 2027, § 31, att vinterväghållningen ska upphandlas på "
           "nytt.")
TENDERS = "Anbud ska lämnas senast den 15 juni 2027."
AWARD = "Tilldelning sker den 29 juni 2027, två veckor efter att anbudstiden gått ut."
YEARLY = ("Den årliga kostnaden beräknas till 6,2 miljoner kronor, vilket för hela avtalstiden på tre år blir "
          "18,6 miljoner kronor.")
WITH_OPTION = "Med förlängningen blir avtalets värde högst 24,8 miljoner kronor."
INFORMED = "Information enligt 19 § MBL lämnades den 4 maj 2027."
SENT_WINTER = "Beslutet skickas till\nUpphandlingsenheten\nSnöröjarna i Norrby AB"
ROAD_CHIEF = "Olof Dahl\nGatuchef"

HOURS = ("1. Fritidsgårdarna Kärnan och Ljusglimten håller öppet för unga i åldern 13–17 år måndag–torsdag "
         "kl. 15–21 och fredag kl. 15–23 från och med den 30 augusti 2027.")
LEADERS = "2. Kultur- och fritidsnämnden avsätter 450 000 kronor för fyra fritidsledare under hösten 2027."
AGES = "Fritidsgårdarna vänder sig till ungdomar från 13 till och med 17 år."
WEEKLY = "Med de nya tiderna har varje gård öppet 32 timmar i veckan."
SURVEY = ("I en enkät som 214 ungdomar svarade på ville 163 av dem, alltså 76 procent, ha längre öppettider "
          "på fredagar.")
VISITS = "Besöken ökade från 9 400 under 2025 till 11 200 under 2026, en ökning med 1 800 besök."
TASKED = "Nämnden gav tisdagen den 15 juni 2027, § 44, förvaltningen i uppdrag att se över öppettiderna."
HIRED = "De fyra fritidsledarna anställs från den 30 augusti 2027."
LEADERS_COST = ("Kostnaden för de fyra fritidsledarna är 450 000 kronor för perioden 30 augusti–31 december "
                "2027, det vill säga 112 500 kronor per fritidsledare.")
NEGOTIATED = "Förhandling enligt 11 § MBL hölls den 17 augusti 2027."
SENT_YOUTH = "Beslutet skickas till\nFritidsgårdarna Kärnan och Ljusglimten\nUngdomsrådet"
YOUTH_CHIEF = "Sara Holm\nFritidschef"

NINETEENTH = [
    # The term: 1 October 2027–30 September 2030, three years, one year's option.
    (WINTER, "period", TERM, TERM.replace("30 september 2030", "30 september 2031"), True),
    (WINTER, "period", OPTION, OPTION.replace("tre år", "fyra år"), True),
    (WINTER, "period", TERM, TERM.replace("1 oktober 2027", "1 november 2027"), True),
    (WINTER, "period", OPTION, OPTION.replace("tre år", "36 månader"), False),
    (WINTER, "period", OPTION, OPTION.replace(" med möjlighet till förlängning i ett år", ""), False),
    # The current contract ends the day before the new one starts.
    (WINTER, "period", EXPIRES, EXPIRES.replace("30 september 2027", "31 oktober 2027"), True),
    (WINTER, "period", EXPIRES, EXPIRES.replace("löper ut den 30 september 2027", "löper ut i höst"), False),
    # 212 + 48 = 260 kilometres.
    (WINTER, "count", ROADS, ROADS.replace("totalt 260", "totalt 270"), True),
    (WINTER, "count", ROADS, ROADS.replace("48 kilometer", "58 kilometer"), True),
    (WINTER, "count", ROADS, ROADS.replace(", totalt 260 kilometer", ""), False),
    # Call-outs from 41 to 58: 17 more.
    (WINTER, "count", CALLOUTS, CALLOUTS.replace("en ökning med 17", "en ökning med 15"), True),
    (WINTER, "count", CALLOUTS, CALLOUTS.replace("till 58 säsongen", "till 56 säsongen"), True),
    (WINTER, "count", CALLOUTS, CALLOUTS.replace("från 41 säsongen 2019/2020 till 58", "till 58"), False),
    (WINTER, "count", SNOW, SNOW.replace("8 centimeter", "10 centimeter"), False),
    # The board's decision (16 March 2027 was a Tuesday), before the paper.
    (WINTER, "weekday", DECIDED, DECIDED.replace("tisdagen", "onsdagen"), True),
    (WINTER, "past event", DECIDED, DECIDED.replace("16 mars 2027", "16 juni 2027"), True),
    (WINTER, "weekday", DECIDED, DECIDED.replace("tisdagen den 16 mars", "den 16 mars"), False),
    # Tenders by 15 June, award on 29 June, two weeks later.
    (WINTER, "period", AWARD, AWARD.replace("två veckor efter", "tre veckor efter"), True),
    (WINTER, "period", TENDERS, TENDERS.replace("15 juni", "8 juni"), True),
    (WINTER, "period", AWARD, AWARD.replace(", två veckor efter att anbudstiden gått ut", ""), False),
    # 6,2 miljoner a year: 18,6 for three years, 24,8 with the option.
    (WINTER, "figure", YEARLY, YEARLY.replace("18,6 miljoner", "19,6 miljoner"), True),
    (WINTER, "figure", YEARLY, YEARLY.replace("6,2 miljoner kronor, vilket", "6,4 miljoner kronor, vilket"),
     True),
    (WINTER, "figure", WITH_OPTION, WITH_OPTION.replace("24,8", "26,8"), True),
    (WINTER, "figure", YEARLY, YEARLY.replace("18,6 miljoner kronor", "knappt 19 miljoner kronor"), False),
    (WINTER, "figure", WITH_OPTION, "Med förlängningen blir avtalets värde högre.", False),
    # MBL before the paper (11 May 2027), the contractor's name, the officer, the board.
    (WINTER, "past event", INFORMED, INFORMED.replace("4 maj", "14 maj"), True),
    (WINTER, "name", SENT_WINTER, SENT_WINTER.replace("Snöröjarna i Norrby AB", "Snöröjarna i Norby AB"),
     True),
    (WINTER, "name", EXPIRES, EXPIRES.replace("Snöröjarna i Norrby AB", "Snöröjarna AB"), True),
    (WINTER, "name", EXPIRES, EXPIRES.replace("med Snöröjarna i Norrby AB", "med entreprenören"), False),
    (WINTER, "person", ROAD_CHIEF, "Olof Dal\nGatuchef", True),
    (WINTER, "body", TERM, TERM.replace("Samhällsbyggnadsnämnden", "Samhällsbygnadsnämnden"), True),

    # The age group: 13–17 in the proposal, "från 13 till och med 17 år" in the text.
    (YOUTH, "age", AGES, AGES.replace("till och med 17 år", "till och med 19 år"), True),
    (YOUTH, "age", HOURS, HOURS.replace("13–17 år", "12–17 år"), True),
    (YOUTH, "age", AGES, AGES.replace("från 13 till och med 17 år", "i högstadieåldern"), False),
    # Monday–Thursday 15–21 (4 × 6) and Friday 15–23 (8): 32 hours a week.
    (YOUTH, "count", WEEKLY, WEEKLY.replace("32 timmar", "30 timmar"), True),
    (YOUTH, "count", HOURS, HOURS.replace("fredag kl. 15–23", "fredag kl. 15–22"), True),
    (YOUTH, "count", WEEKLY, WEEKLY.replace("32 timmar i veckan", "längre än tidigare"), False),
    # 163 of 214 is 76 per cent.
    (YOUTH, "share", SURVEY, SURVEY.replace("76 procent", "67 procent"), True),
    (YOUTH, "share", SURVEY, SURVEY.replace("ville 163", "ville 136"), True),
    (YOUTH, "share", SURVEY, SURVEY.replace("alltså 76 procent", "drygt tre av fyra"), False),
    # Visits from 9 400 to 11 200: 1 800 more.
    (YOUTH, "count", VISITS, VISITS.replace("med 1 800", "med 2 800"), True),
    (YOUTH, "count", VISITS, VISITS.replace("till 11 200", "till 11 800"), True),
    (YOUTH, "count", VISITS, VISITS.replace(", en ökning med 1 800 besök", ""), False),
    # Four youth leaders, 450 000 kronor, 112 500 each; hired from 30 August.
    (YOUTH, "figure", LEADERS_COST, LEADERS_COST.replace("112 500", "115 000"), True),
    (YOUTH, "figure", LEADERS_COST, LEADERS_COST.replace("450 000 kronor för perioden",
                                                         "460 000 kronor för perioden"), True),
    (YOUTH, "figure", LEADERS, LEADERS.replace("450 000", "540 000"), True),
    (YOUTH, "count", HIRED, HIRED.replace("De fyra", "De fem"), True),
    (YOUTH, "figure", LEADERS_COST, LEADERS_COST.replace(", det vill säga 112 500 kronor per fritidsledare",
                                                         ""), False),
    (YOUTH, "period", HIRED, HIRED.replace("30 augusti", "1 september"), True),
    (YOUTH, "period", LEADERS_COST, LEADERS_COST.replace("30 augusti–31 december", "1 september–31 december"),
     True),
    (YOUTH, "period", HIRED, HIRED.replace(" från den 30 augusti 2027", " i augusti"), False),
    # The board's task (15 June 2027 was a Tuesday), before the paper.
    (YOUTH, "weekday", TASKED, TASKED.replace("tisdagen", "torsdagen"), True),
    (YOUTH, "past event", TASKED, TASKED.replace("15 juni 2027", "15 september 2027"), True),
    # MBL before 24 August 2027, the centres' names, the officer, the board.
    (YOUTH, "past event", NEGOTIATED, NEGOTIATED.replace("17 augusti", "27 augusti"), True),
    (YOUTH, "name", SENT_YOUTH, SENT_YOUTH.replace("Ljusglimten", "Ljusglimmten"), True),
    (YOUTH, "name", HOURS, HOURS.replace("Kärnan och Ljusglimten", "Kärnan och Ljusglimten i Norrby"), False),
    (YOUTH, "person", YOUTH_CHIEF, "Sara Holmm\nFritidschef", True),
    (YOUTH, "body", LEADERS, LEADERS.replace("Kultur- och fritidsnämnden", "Kultur- och fritidsnämden"), True),
]
