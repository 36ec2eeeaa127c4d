"""The eighteenth set of `rephrase-probe.py`, written on 2026-12-07 after the
seventeenth set's readers and measured before any reader was changed for it:
more places in a nursing home (places raised by a count from one figure to
another, a wing of floors with flats per floor, a cost per place times the
places, a part-year cost, a rent per year over a term, a queue and the part of
it over 80, the places left to a plan's goal, a wing ready two months before
the places open) and cultural grants for young people (grants of a sum each
and their total, an age group told as a range and as "mellan … och", the
grants' anniversary told as an ordinal and a first year, a jury counted and
named, applications this year and last and their difference, applicants by
sex, an application period and its last day, a jury's deadline a month after
it). The papers, places, people and companies are fictional.
Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

PLACES = """Vård- och omsorgsförvaltningen
Avdelningen för särskilt boende
TJÄNSTESKRIVELSE
2027-10-05
Dnr VON 2027/311
Handläggare: Lena Berggren

Vård- och omsorgsnämnden

Fler platser på Solbackens vård- och omsorgsboende

Förslag till beslut
1. Vård- och omsorgsnämnden beslutar att utöka antalet platser på Solbackens vård- och omsorgsboende med 24 platser, från 96 till 120 platser, från och med den 1 mars 2028.
2. Nämnden ger förvaltningen i uppdrag att anställa 14 undersköterskor för de nya platserna.

Ärende
Kön till särskilt boende har vuxit under 2027. I september väntade 37 personer på en plats, och den genomsnittliga väntetiden var 74 dagar. Av de 37 som väntade var 29 över 80 år.
Solbacken byggs ut med en ny flygel i tre våningar med åtta lägenheter per våning, alltså 24 lägenheter.
Byggherren Tallbo Fastigheter AB räknar med att flygeln är klar den 1 januari 2028, två månader innan de nya platserna öppnar.

Bakgrund
Nämnden beslutade onsdagen den 16 juni 2027, § 54, att ge förvaltningen i uppdrag att utreda en utbyggnad av Solbacken.
Kommunens äldreplan för 2026–2030 anger att antalet platser på Solbacken ska öka till 130 till år 2030. Efter utbyggnaden återstår alltså 10 platser.
De 14 undersköterskorna rekryteras under hösten 2027.

Ekonomiska konsekvenser
Kostnaden för en plats är 920 000 kronor per år. De 24 nya platserna kostar därmed 22 080 000 kronor per år. För 2028, när platserna är öppna i tio månader, blir kostnaden 18,4 miljoner kronor.
Hyran till Tallbo Fastigheter AB är 3,6 miljoner kronor per år under 15 år, sammanlagt 54 miljoner kronor.

Förhandling enligt MBL
Förhandling enligt 11 § MBL genomfördes den 28 september 2027.

Lena Berggren
Avdelningschef

Beslutet skickas till
Tallbo Fastigheter AB
Kommunstyrelsen
"""

GRANTS = """Kultur- och fritidsförvaltningen
Kulturenheten
TJÄNSTESKRIVELSE
2028-01-18
Dnr KFN 2028/9
Handläggare: Mikael Strand

Kultur- och fritidsnämnden

Kulturstipendier till unga 2028

Förslag till beslut
1. Kultur- och fritidsnämnden delar ut tre kulturstipendier om 20 000 kronor vardera, totalt 60 000 kronor, till unga kulturutövare i åldern 18–30 år.
2. Ansökningstiden är den 1 februari–15 mars 2028.

Ärende
Stipendierna kan sökas av kulturutövare mellan 18 och 30 år som är folkbokförda i kommunen.
Nämnden har delat ut kulturstipendier varje år sedan 2004, och i år delas de alltså ut för 25:e gången.
Sista dag att ansöka är den 15 mars 2028. Juryn lämnar sitt förslag senast den 15 april 2028, en månad efter att ansökningstiden gått ut.
Juryn består av fem ledamöter: Anna Lind, Petter Sjö, Maria Ek, Johan Berg och Sofia Nyström.

Bakgrund
Förra året kom det in 46 ansökningar, 19 fler än 2026, då 27 ansökningar kom in. Av de 46 sökande var 31 kvinnor och 15 män.
Stipendiaterna presenteras på kulturgalan lördagen den 13 maj 2028.

Ekonomiska konsekvenser
Stipendierna på sammanlagt 60 000 kronor ryms i kulturenhetens budget för 2028.

Samverkan
Ärendet har inte varit föremål för samverkan enligt MBL.

Mikael Strand
Kulturchef

Beslutet skickas till
Kulturenheten
Juryn
"""

MORE_PLACES = ("1. Vård- och omsorgsnämnden beslutar att utöka antalet platser på Solbackens vård- och "
               "omsorgsboende med 24 platser, från 96 till 120 platser, från och med den 1 mars 2028.")
NURSES = "2. Nämnden ger förvaltningen i uppdrag att anställa 14 undersköterskor för de nya platserna."
NURSES_AGAIN = "De 14 undersköterskorna rekryteras under hösten 2027."
QUEUE = "I september väntade 37 personer på en plats, och den genomsnittliga väntetiden var 74 dagar."
OVER_80 = "Av de 37 som väntade var 29 över 80 år."
WING = "Solbacken byggs ut med en ny flygel i tre våningar med åtta lägenheter per våning, alltså 24 lägenheter."
READY = ("Byggherren Tallbo Fastigheter AB räknar med att flygeln är klar den 1 januari 2028, två månader "
         "innan de nya platserna öppnar.")
INQUIRY = ("Nämnden beslutade onsdagen den 16 juni 2027, § 54, att ge förvaltningen i uppdrag att utreda en "
           "utbyggnad av Solbacken.")
LEFT = "Efter utbyggnaden återstår alltså 10 platser."
GOAL = "anger att antalet platser på Solbacken ska öka till 130 till år 2030"
PER_PLACE = "Kostnaden för en plats är 920 000 kronor per år."
PLACES_COST = "De 24 nya platserna kostar därmed 22 080 000 kronor per år."
PART_YEAR = "För 2028, när platserna är öppna i tio månader, blir kostnaden 18,4 miljoner kronor."
RENT = "Hyran till Tallbo Fastigheter AB är 3,6 miljoner kronor per år under 15 år, sammanlagt 54 miljoner kronor."
PLACES_NEGOTIATED = "Förhandling enligt 11 § MBL genomfördes den 28 september 2027."
SENT_PLACES = "Beslutet skickas till\nTallbo Fastigheter AB\nKommunstyrelsen"
CARE_CHIEF = "Lena Berggren\nAvdelningschef"

AWARDS = ("1. Kultur- och fritidsnämnden delar ut tre kulturstipendier om 20 000 kronor vardera, totalt 60 000 "
          "kronor, till unga kulturutövare i åldern 18–30 år.")
APPLY = "2. Ansökningstiden är den 1 februari–15 mars 2028."
WHO = "Stipendierna kan sökas av kulturutövare mellan 18 och 30 år som är folkbokförda i kommunen."
SINCE = ("Nämnden har delat ut kulturstipendier varje år sedan 2004, och i år delas de alltså ut för 25:e "
         "gången.")
LAST_DAY = "Sista dag att ansöka är den 15 mars 2028."
JURY_DUE = "Juryn lämnar sitt förslag senast den 15 april 2028, en månad efter att ansökningstiden gått ut."
JURY = "Juryn består av fem ledamöter: Anna Lind, Petter Sjö, Maria Ek, Johan Berg och Sofia Nyström."
APPLICATIONS = "Förra året kom det in 46 ansökningar, 19 fler än 2026, då 27 ansökningar kom in."
BY_SEX = "Av de 46 sökande var 31 kvinnor och 15 män."
GALA = "Stipendiaterna presenteras på kulturgalan lördagen den 13 maj 2028."
BUDGET = "Stipendierna på sammanlagt 60 000 kronor ryms i kulturenhetens budget för 2028."
SENT_GRANTS = "Beslutet skickas till\nKulturenheten\nJuryn"
CULTURE_CHIEF = "Mikael Strand\nKulturchef"

EIGHTEENTH = [
    # Places raised by 24, from 96 to 120, from 1 March 2028.
    (PLACES, "count", MORE_PLACES, MORE_PLACES.replace("med 24 platser", "med 26 platser"), True),
    (PLACES, "count", MORE_PLACES, MORE_PLACES.replace("till 120 platser", "till 122 platser"), True),
    (PLACES, "count", MORE_PLACES, MORE_PLACES.replace("med 24 platser", "med tjugofyra platser"), False),
    (PLACES, "count", MORE_PLACES, MORE_PLACES.replace("med 24 platser, från 96 till 120 platser",
                                                       "till 120 platser"), False),
    # Nurses counted in the proposal and referred back to.
    (PLACES, "count", NURSES_AGAIN, NURSES_AGAIN.replace("De 14", "De 16"), True),
    (PLACES, "count", NURSES_AGAIN, NURSES_AGAIN.replace("De 14 undersköterskorna", "Undersköterskorna"),
     False),
    # The queue: 37 waiting, 29 of them over 80.
    (PLACES, "count", OVER_80, OVER_80.replace("de 37", "de 35"), True),
    (PLACES, "count", OVER_80, OVER_80.replace("var 29", "var 39"), True),
    (PLACES, "count", OVER_80, "Av dem var 29 över 80 år.", False),
    (PLACES, "count", QUEUE, QUEUE.replace("74 dagar", "37 dagar"), False),
    # Three floors with eight flats per floor: 24 flats.
    (PLACES, "count", WING, WING.replace("alltså 24 lägenheter", "alltså 26 lägenheter"), True),
    (PLACES, "count", WING, WING.replace("tre våningar", "fyra våningar"), True),
    (PLACES, "count", WING, WING.replace("åtta lägenheter per våning", "lägenheter på varje våning"), False),
    # The wing ready 1 January 2028, two months before the places open on 1 March.
    (PLACES, "period", READY, READY.replace("två månader innan", "tre månader innan"), True),
    (PLACES, "period", READY, READY.replace("1 januari 2028", "1 december 2027"), True),
    (PLACES, "period", READY, READY.replace(", två månader innan de nya platserna öppnar", ""), False),
    (PLACES, "period", MORE_PLACES, MORE_PLACES.replace("1 mars 2028", "1 april 2028"), True),
    # The board's inquiry (16 June 2027 was a Wednesday).
    (PLACES, "weekday", INQUIRY, INQUIRY.replace("onsdagen", "torsdagen"), True),
    (PLACES, "past event", INQUIRY, INQUIRY.replace("16 juni 2027", "16 november 2027"), True),
    # The plan's goal of 130 places: 10 left after 120.
    (PLACES, "count", LEFT, LEFT.replace("10 platser", "12 platser"), True),
    (PLACES, "count", GOAL, GOAL.replace("till 130", "till 140"), True),
    (PLACES, "count", LEFT, "Efter utbyggnaden återstår alltså en mindre utbyggnad.", False),
    # A place costs 920 000 kronor a year: 24 places 22 080 000; ten months of 2028 18,4 miljoner.
    (PLACES, "figure", PLACES_COST, PLACES_COST.replace("22 080 000", "22 800 000"), True),
    (PLACES, "figure", PER_PLACE, PER_PLACE.replace("920 000", "950 000"), True),
    (PLACES, "figure", PLACES_COST, PLACES_COST.replace("22 080 000 kronor", "drygt 22 miljoner kronor"),
     False),
    (PLACES, "figure", PART_YEAR, PART_YEAR.replace("18,4 miljoner", "18,2 miljoner"), False),
    # The rent: 3,6 miljoner a year for 15 years, 54 miljoner in all.
    (PLACES, "figure", RENT, RENT.replace("sammanlagt 54", "sammanlagt 56"), True),
    (PLACES, "figure", RENT, RENT.replace("under 15 år", "under 16 år"), True),
    (PLACES, "figure", RENT, RENT.replace(", sammanlagt 54 miljoner kronor", ""), False),
    # MBL (before 5 October 2027), the landlord's name, the officer and the board.
    (PLACES, "past event", PLACES_NEGOTIATED, PLACES_NEGOTIATED.replace("28 september", "12 oktober"), True),
    (PLACES, "name", READY, READY.replace("Tallbo Fastigheter AB", "Tallbo Fastigheterna AB"), True),
    (PLACES, "name", SENT_PLACES, SENT_PLACES.replace("Tallbo Fastigheter AB", "Talbo Fastigheter AB"), True),
    (PLACES, "name", RENT, RENT.replace("Hyran till Tallbo Fastigheter AB", "Hyran till Tallbo"), False),
    (PLACES, "person", CARE_CHIEF, "Lena Bergren\nAvdelningschef", True),
    (PLACES, "body", MORE_PLACES, MORE_PLACES.replace("Vård- och omsorgsnämnden", "Vård- och omsorgsnämden"),
     True),

    # Three grants of 20 000 kronor each, 60 000 in all, told again in the economy.
    (GRANTS, "figure", AWARDS, AWARDS.replace("totalt 60 000", "totalt 80 000"), True),
    (GRANTS, "figure", AWARDS, AWARDS.replace("tre kulturstipendier", "fyra kulturstipendier"), True),
    (GRANTS, "figure", BUDGET, BUDGET.replace("60 000", "40 000"), True),
    (GRANTS, "figure", AWARDS, AWARDS.replace(", totalt 60 000 kronor,", ""), False),
    (GRANTS, "figure", AWARDS, AWARDS.replace("tre kulturstipendier om 20 000 kronor vardera",
                                              "tre kulturstipendier"), False),
    # The age group: 18–30 in the proposal, "mellan 18 och 30 år" in the text.
    (GRANTS, "age", WHO, WHO.replace("mellan 18 och 30 år", "mellan 18 och 35 år"), True),
    (GRANTS, "age", AWARDS, AWARDS.replace("18–30 år", "16–30 år"), True),
    (GRANTS, "age", WHO, WHO.replace("mellan 18 och 30 år", "från 18 år"), False),
    # Yearly since 2004: 2028 is the 25th time.
    (GRANTS, "count", SINCE, SINCE.replace("25:e", "24:e"), True),
    (GRANTS, "count", SINCE, SINCE.replace("sedan 2004", "sedan 2006"), True),
    (GRANTS, "count", SINCE, SINCE.replace("25:e", "tjugofemte"), False),
    (GRANTS, "count", SINCE, SINCE.replace("varje år sedan 2004", "sedan 2004"), False),
    # The application period, its last day, and the jury a month later.
    (GRANTS, "period", LAST_DAY, LAST_DAY.replace("15 mars", "16 mars"), True),
    (GRANTS, "period", APPLY, APPLY.replace("15 mars", "31 mars"), True),
    (GRANTS, "period", JURY_DUE, JURY_DUE.replace("en månad efter", "två månader efter"), True),
    (GRANTS, "period", JURY_DUE, JURY_DUE.replace("15 april 2028", "15 maj 2028"), True),
    (GRANTS, "period", JURY_DUE, JURY_DUE.replace(", en månad efter att ansökningstiden gått ut", ""), False),
    # The jury of five, named.
    (GRANTS, "count", JURY, JURY.replace("fem ledamöter", "fyra ledamöter"), True),
    (GRANTS, "count", JURY, JURY.replace("fem ledamöter", "sex ledamöter"), True),
    (GRANTS, "count", JURY, "Juryn består av fem ledamöter, bland dem Anna Lind och Petter Sjö.", False),
    # Applications: 46 last year, 27 in 2026, 19 more; 31 women and 15 men.
    (GRANTS, "count", APPLICATIONS, APPLICATIONS.replace("19 fler", "17 fler"), True),
    (GRANTS, "count", APPLICATIONS, APPLICATIONS.replace("då 27", "då 29"), True),
    (GRANTS, "count", BY_SEX, BY_SEX.replace("31 kvinnor", "33 kvinnor"), True),
    (GRANTS, "count", BY_SEX, BY_SEX.replace("de 46 sökande", "de 48 sökande"), True),
    (GRANTS, "count", BY_SEX, "Av de sökande var 31 kvinnor.", False),
    (GRANTS, "count", APPLICATIONS, APPLICATIONS.replace(", då 27 ansökningar kom in", ""), False),
    # The gala (13 May 2028 is a Saturday).
    (GRANTS, "weekday", GALA, GALA.replace("lördagen", "fredagen"), True),
    (GRANTS, "weekday", GALA, GALA.replace("lördagen den 13 maj", "den 13 maj"), False),
    # The officer and the board.
    (GRANTS, "person", CULTURE_CHIEF, "Mikael Strandh\nKulturchef", True),
    (GRANTS, "body", AWARDS, AWARDS.replace("Kultur- och fritidsnämnden", "Kultur- och fritidsnämden"), True),
    (GRANTS, "body", AWARDS, AWARDS.replace("Kultur- och fritidsnämnden", "Nämnden"), False),
]
