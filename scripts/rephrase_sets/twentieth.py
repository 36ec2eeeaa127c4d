"""The twentieth set of `rephrase-probe.py`, written on 2026-12-07 (third
session) and measured before any reader was changed for it: a new term fee
in a school of arts (an age group told in digits and in words, pupils in
three subjects and their sum, a fee that rose from one figure to another by
a sum and a percentage, a sibling discount as a share and as a sum, a queue
told as "N av dem, det vill säga P procent", a term told by its dates and its
weeks, a payment date told as days after the start) and new parking fees in
a town centre (places in two parts and their sum, a fee raised by a sum and a
percentage, a proposal that repeats the fee, a contract ending on a leap day,
an evaluation date told as months after the start, a revenue change told as
a difference and its two ends). The papers, places, people and companies
are fictional. Each probe is (paper, kind, passage, rewrite, is_slip): see
the script.
"""

ARTS = """Kultur- och fritidsförvaltningen
Kulturskolan
TJÄNSTESKRIVELSE
2027-04-20
Dnr KFN 2027/61
Handläggare: Elin Sandberg

Kultur- och fritidsnämnden

Ny terminsavgift i kulturskolan från höstterminen 2027

Förslag till beslut
1. Kultur- och fritidsnämnden fastställer terminsavgiften i kulturskolan till 750 kronor per ämne för barn och unga 6–19 år från och med höstterminen 2027.
2. Syskonrabatten behålls på 50 procent av terminsavgiften.

Ärende
Kulturskolan erbjuder undervisning för barn och unga i åldrarna sex till nitton år.
Under vårterminen 2027 har kulturskolan 1 240 elever, varav 860 i musik, 230 i dans och 150 i teater.
Terminsavgiften höjs från 600 kronor till 750 kronor, vilket är en höjning med 25 procent.
Med syskonrabatt blir avgiften 375 kronor.
I kön till kulturskolan står 310 barn, och 124 av dem, det vill säga 40 procent, väntar på en plats i musik.

Bakgrund
Nuvarande avgift beslutades av nämnden torsdagen den 14 mars 2024, § 19.
Höstterminen 2027 pågår från den 23 augusti till den 17 december 2027, 17 veckor.
Avgiften ska betalas senast 30 dagar efter terminsstart, det vill säga den 22 september 2027.
Föräldraföreningen Kulturskolans vänner har lämnat synpunkter på förslaget.

Ekonomiska konsekvenser
Höjningen ger 186 000 kronor mer per termin, eller 372 000 kronor per år.

Information enligt MBL
Information enligt 19 § MBL lämnades den 13 april 2027.

Elin Sandberg
Kulturskolechef

Beslutet skickas till
Föräldraföreningen Kulturskolans vänner
Ekonomienheten
"""

PARKING = """Samhällsbyggnadsförvaltningen
Trafikenheten
TJÄNSTESKRIVELSE
2027-11-09
Dnr TN 2027/190
Handläggare: Anders Wikström

Tekniska nämnden

Nya parkeringsavgifter i Ekby centrum

Förslag till beslut
1. Tekniska nämnden beslutar att avgiften för parkering på gatumark i Ekby centrum ska vara 20 kronor per timme vardagar kl. 9–18 från och med den 1 mars 2028.
2. Tekniska nämnden uppdrar åt förvaltningen att utvärdera avgifterna senast den 31 december 2028.

Ärende
I Ekby centrum finns 1 420 allmänna parkeringsplatser, varav 620 på gatumark och 800 i garaget Kvarnen.
Avgiften på gatumark höjs från 15 kronor till 20 kronor per timme, en höjning med 5 kronor eller 33 procent.
Beläggningen under vardagar var i genomsnitt 91 procent under 2026, mot 78 procent under 2023.
Övervakningen sköts av Parkeringsvakt i Norrby AB enligt avtal som gäller till och med den 29 februari 2028.

Bakgrund
Tekniska nämnden gav onsdagen den 9 juni 2027, § 57, förvaltningen i uppdrag att se över avgifterna.
Samråd med Ekby Centrumförening hölls den 19 oktober 2027.
De nya avgifterna gäller i 10 månader innan de utvärderas.

Ekonomiska konsekvenser
Höjningen beräknas ge 1,4 miljoner kronor mer per år, från 4,2 till 5,6 miljoner kronor.

Anders Wikström
Trafikingenjör

Beslutet skickas till
Parkeringsvakt i Norrby AB
Ekby Centrumförening
"""

FEE_PROPOSAL = ("1. Kultur- och fritidsnämnden fastställer terminsavgiften i kulturskolan till 750 kronor per "
                "ämne för barn och unga 6–19 år från och med höstterminen 2027.")
DISCOUNT_PROPOSAL = "2. Syskonrabatten behålls på 50 procent av terminsavgiften."
AGES = "Kulturskolan erbjuder undervisning för barn och unga i åldrarna sex till nitton år."
PUPILS = "Under vårterminen 2027 har kulturskolan 1 240 elever, varav 860 i musik, 230 i dans och 150 i teater."
RAISE = "Terminsavgiften höjs från 600 kronor till 750 kronor, vilket är en höjning med 25 procent."
DISCOUNT = "Med syskonrabatt blir avgiften 375 kronor."
QUEUE = ("I kön till kulturskolan står 310 barn, och 124 av dem, det vill säga 40 procent, väntar på en plats "
         "i musik.")
FEE_DECIDED = "Nuvarande avgift beslutades av nämnden torsdagen den 14 mars 2024, § 19."
TERM = "Höstterminen 2027 pågår från den 23 augusti till den 17 december 2027, 17 veckor."
PAYMENT = "Avgiften ska betalas senast 30 dagar efter terminsstart, det vill säga den 22 september 2027."
FRIENDS = "Föräldraföreningen Kulturskolans vänner har lämnat synpunkter på förslaget."
REVENUE = "Höjningen ger 186 000 kronor mer per termin, eller 372 000 kronor per år."
ARTS_INFORMED = "Information enligt 19 § MBL lämnades den 13 april 2027."
SENT_ARTS = "Beslutet skickas till\nFöräldraföreningen Kulturskolans vänner\nEkonomienheten"
ARTS_CHIEF = "Elin Sandberg\nKulturskolechef"

PARKING_FEE = ("1. Tekniska nämnden beslutar att avgiften för parkering på gatumark i Ekby centrum ska vara "
               "20 kronor per timme vardagar kl. 9–18 från och med den 1 mars 2028.")
EVALUATION = "2. Tekniska nämnden uppdrar åt förvaltningen att utvärdera avgifterna senast den 31 december 2028."
PLACES = ("I Ekby centrum finns 1 420 allmänna parkeringsplatser, varav 620 på gatumark och 800 i garaget "
          "Kvarnen.")
HOURLY = ("Avgiften på gatumark höjs från 15 kronor till 20 kronor per timme, en höjning med 5 kronor eller "
          "33 procent.")
OCCUPANCY = "Beläggningen under vardagar var i genomsnitt 91 procent under 2026, mot 78 procent under 2023."
WARDENS = ("Övervakningen sköts av Parkeringsvakt i Norrby AB enligt avtal som gäller till och med den "
           "29 februari 2028.")
PARKING_TASKED = ("Tekniska nämnden gav onsdagen den 9 juni 2027, § 57, förvaltningen i uppdrag att se över "
                  "avgifterna.")
CONSULTED = "Samråd med Ekby Centrumförening hölls den 19 oktober 2027."
MONTHS = "De nya avgifterna gäller i 10 månader innan de utvärderas."
INCOME = "Höjningen beräknas ge 1,4 miljoner kronor mer per år, från 4,2 till 5,6 miljoner kronor."
SENT_PARKING = "Beslutet skickas till\nParkeringsvakt i Norrby AB\nEkby Centrumförening"
TRAFFIC_ENGINEER = "Anders Wikström\nTrafikingenjör"

TWENTIETH = [
    # The age group: 6–19 in the proposal, "sex till nitton år" in the text.
    (ARTS, "age", AGES, AGES.replace("sex till nitton år", "sex till tjugo år"), True),
    (ARTS, "age", FEE_PROPOSAL, FEE_PROPOSAL.replace("6–19 år", "7–19 år"), True),
    (ARTS, "age", AGES, AGES.replace(" i åldrarna sex till nitton år", " i skolåldern"), False),
    # 860 + 230 + 150 = 1 240 pupils.
    (ARTS, "count", PUPILS, PUPILS.replace("1 240 elever", "1 340 elever"), True),
    (ARTS, "count", PUPILS, PUPILS.replace("230 i dans", "260 i dans"), True),
    (ARTS, "count", PUPILS, PUPILS.replace(", varav 860 i musik, 230 i dans och 150 i teater", ""), False),
    # The fee from 600 to 750 kronor: 25 per cent; the proposal repeats 750.
    (ARTS, "figure", RAISE, RAISE.replace("25 procent", "20 procent"), True),
    (ARTS, "figure", RAISE, RAISE.replace("från 600 kronor", "från 650 kronor"), True),
    (ARTS, "figure", FEE_PROPOSAL, FEE_PROPOSAL.replace("750 kronor", "700 kronor"), True),
    (ARTS, "figure", RAISE, RAISE.replace(", vilket är en höjning med 25 procent", ""), False),
    # The sibling discount: 50 per cent of 750 is 375.
    (ARTS, "figure", DISCOUNT, DISCOUNT.replace("375 kronor", "325 kronor"), True),
    (ARTS, "figure", DISCOUNT_PROPOSAL, DISCOUNT_PROPOSAL.replace("50 procent", "40 procent"), True),
    (ARTS, "figure", DISCOUNT, "Med syskonrabatt blir avgiften lägre.", False),
    # 124 of 310 children in the queue is 40 per cent.
    (ARTS, "share", QUEUE, QUEUE.replace("40 procent", "45 procent"), True),
    (ARTS, "share", QUEUE, QUEUE.replace("124 av dem", "142 av dem"), True),
    (ARTS, "share", QUEUE, QUEUE.replace(", det vill säga 40 procent,", ""), False),
    # The current fee was decided on Thursday 14 March 2024, before the paper.
    (ARTS, "weekday", FEE_DECIDED, FEE_DECIDED.replace("torsdagen", "fredagen"), True),
    (ARTS, "past event", FEE_DECIDED, FEE_DECIDED.replace("torsdagen den 14 mars 2024",
                                                          "torsdagen den 13 maj 2027"), True),
    (ARTS, "weekday", FEE_DECIDED, FEE_DECIDED.replace("torsdagen den", "den"), False),
    # The autumn term: 23 August–17 December 2027, 17 weeks.
    (ARTS, "period", TERM, TERM.replace("17 december 2027", "19 november 2027"), True),
    (ARTS, "period", TERM, TERM.replace("17 veckor", "14 veckor"), True),
    (ARTS, "period", TERM, TERM.replace(", 17 veckor", ""), False),
    # Payment 30 days after the term starts: 22 September.
    (ARTS, "period", PAYMENT, PAYMENT.replace("den 22 september", "den 30 september"), True),
    (ARTS, "period", PAYMENT, PAYMENT.replace("30 dagar", "20 dagar"), True),
    (ARTS, "period", PAYMENT, PAYMENT.replace(", det vill säga den 22 september 2027", ""), False),
    # 1 240 pupils × 150 kronor = 186 000 a term, 372 000 a year.
    (ARTS, "figure", REVENUE, REVENUE.replace("372 000", "392 000"), True),
    (ARTS, "figure", REVENUE, REVENUE.replace("186 000", "168 000"), True),
    (ARTS, "figure", REVENUE, REVENUE.replace(", eller 372 000 kronor per år", ""), False),
    # MBL before the paper (20 April 2027), the association, the officer, the board.
    (ARTS, "past event", ARTS_INFORMED, ARTS_INFORMED.replace("13 april", "23 april"), True),
    (ARTS, "name", SENT_ARTS, SENT_ARTS.replace("Kulturskolans vänner", "Kulturskolans väner"), True),
    (ARTS, "name", FRIENDS, FRIENDS.replace("Kulturskolans vänner", "Kulturskolas vänner"), True),
    (ARTS, "name", FRIENDS, FRIENDS.replace("Föräldraföreningen Kulturskolans vänner", "Föräldraföreningen"),
     False),
    (ARTS, "person", ARTS_CHIEF, "Elin Sandburg\nKulturskolechef", True),
    (ARTS, "body", FEE_PROPOSAL, FEE_PROPOSAL.replace("Kultur- och fritidsnämnden", "Kultur- och fritidsnämden"),
     True),

    # 620 + 800 = 1 420 places.
    (PARKING, "count", PLACES, PLACES.replace("1 420", "1 520"), True),
    (PARKING, "count", PLACES, PLACES.replace("620 på gatumark", "640 på gatumark"), True),
    (PARKING, "count", PLACES, PLACES.replace(", varav 620 på gatumark och 800 i garaget Kvarnen", ""), False),
    # From 15 to 20 kronor an hour: 5 kronor, 33 per cent; the proposal repeats 20.
    (PARKING, "figure", HOURLY, HOURLY.replace("med 5 kronor", "med 4 kronor"), True),
    (PARKING, "figure", HOURLY, HOURLY.replace("33 procent", "30 procent"), True),
    (PARKING, "figure", HOURLY, HOURLY.replace("från 15 kronor", "från 16 kronor"), True),
    (PARKING, "figure", PARKING_FEE, PARKING_FEE.replace("20 kronor per timme", "25 kronor per timme"), True),
    (PARKING, "figure", HOURLY, HOURLY.replace(" eller 33 procent", ""), False),
    (PARKING, "figure", PARKING_FEE, PARKING_FEE.replace("kl. 9–18", "kl. 8–18"), False),
    (PARKING, "share", OCCUPANCY, OCCUPANCY.replace("91 procent", "89 procent"), False),
    # The wardens' contract ends on a leap day.
    (PARKING, "date", WARDENS, WARDENS.replace("29 februari 2028", "30 februari 2028"), True),
    (PARKING, "date", WARDENS, WARDENS.replace("29 februari 2028", "28 februari 2028"), False),
    # The board's task (9 June 2027 was a Wednesday) and the consultation, before the paper.
    (PARKING, "weekday", PARKING_TASKED, PARKING_TASKED.replace("onsdagen", "tisdagen"), True),
    (PARKING, "past event", PARKING_TASKED, PARKING_TASKED.replace("onsdagen den 9 juni 2027",
                                                                   "den 9 december 2027"), True),
    (PARKING, "past event", CONSULTED, CONSULTED.replace("19 oktober", "19 november"), True),
    (PARKING, "past event", CONSULTED, CONSULTED.replace("19 oktober", "19 september"), False),
    # From 1 March 2028, evaluated by 31 December 2028: ten months.
    (PARKING, "period", MONTHS, MONTHS.replace("10 månader", "12 månader"), True),
    (PARKING, "period", EVALUATION, EVALUATION.replace("31 december 2028", "31 oktober 2028"), True),
    (PARKING, "period", PARKING_FEE, PARKING_FEE.replace("1 mars 2028", "1 april 2028"), True),
    (PARKING, "period", MONTHS, "De nya avgifterna utvärderas efter en tid.", False),
    # 1,4 miljoner more a year, from 4,2 to 5,6.
    (PARKING, "figure", INCOME, INCOME.replace("1,4 miljoner", "1,6 miljoner"), True),
    (PARKING, "figure", INCOME, INCOME.replace("till 5,6", "till 5,9"), True),
    (PARKING, "figure", INCOME, INCOME.replace(", från 4,2 till 5,6 miljoner kronor", ""), False),
    # The wardens' company, the traders' association, the officer, the board.
    (PARKING, "name", SENT_PARKING, SENT_PARKING.replace("Parkeringsvakt i Norrby AB", "Parkeringsvakt i Norby AB"),
     True),
    (PARKING, "name", CONSULTED, CONSULTED.replace("Ekby Centrumförening", "Ekby Centrumförning"), True),
    (PARKING, "name", WARDENS, WARDENS.replace("Parkeringsvakt i Norrby AB", "vaktbolaget"), False),
    (PARKING, "person", TRAFFIC_ENGINEER, "Anders Wikstöm\nTrafikingenjör", True),
    (PARKING, "body", EVALUATION, EVALUATION.replace("Tekniska nämnden", "Tekniska nämden"), True),
]
