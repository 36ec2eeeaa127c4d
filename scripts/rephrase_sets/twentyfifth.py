"""The twenty-fifth set of `rephrase-probe.py`, written on 2026-12-08 and
measured before any reader was changed for it. It leans on what a staffing
paper and a grant list are made of: posts told as a count, as their kinds
("två sjuksköterskor, en arbetsterapeut och en fysioterapeut") and as
"årsarbetare" with a decimal comma; a population that grows from one figure
to another by a count and a percentage; a whole "varav" a part; a yearly
cost per post and for part of a year; and a list of associations, each with
its members and its grant, closed by a "Summa" line, with a grant per member
that the list multiplies. A trial of a mobile care team for the elderly
(eighteen months as dates and as months, an age group told twice, hours a
day, consultations before the paper) and the sharing out of an activity
grant (four associations, a sum, a grant per member raised from last year,
what is left of the budget). The papers, places, people and companies are
fictional. Each probe is (paper, kind, passage, rewrite, is_slip): see the
script.
"""

CARE_TEAM = """Vård- och omsorgsförvaltningen
Avdelningen för hemtjänst
Tjänsteskrivelse
2027-01-18
Dnr VON 2027/19
Handläggare Karin Holm

Vård- och omsorgsnämnden

Försök med ett mobilt vårdteam i hemtjänsten

Förslag till beslut
1. Vård- och omsorgsnämnden inrättar ett mobilt vårdteam för hemtjänstens brukare som är 75 år eller äldre, som ett försök under perioden 1 mars 2027–31 augusti 2028.
2. Teamet bemannas med fyra tjänster, motsvarande 4,0 årsarbetare.
3. Kostnaden, 2 360 000 kronor per år, finansieras med statsbidraget för äldreomsorg.

Ärende
Teamet ska ge brukare som är 75 år eller äldre snabb hjälp i hemmet när de blir sämre, så att färre behöver åka till akuten. Det arbetar tillsammans med Region Västerlands närsjukvård. Försöket pågår i 18 månader och utvärderas därefter.
Teamet består av två sjuksköterskor, en arbetsterapeut och en fysioterapeut. Det arbetar alla dagar kl. 7.00–21.00, fjorton timmar per dag, och börjar måndagen den 1 mars 2027.

Bakgrund
Antalet invånare som är 75 år eller äldre väntas öka från 4 150 år 2026 till 4 980 år 2030, en ökning med 830 personer eller 20 procent. Under 2026 gjorde hemtjänstens brukare 612 besök på akutmottagningen, varav 240 ledde till inläggning.
Nämnden gav förvaltningen i uppdrag att utreda ett mobilt team onsdagen den 14 oktober 2026, § 88.

Ekonomiska konsekvenser
Lönekostnaden är 2 360 000 kronor per år, i genomsnitt 590 000 kronor per tjänst. För 2027, när teamet arbetar i tio månader, blir kostnaden cirka 1 970 000 kronor.

Samverkan
Kommunala pensionärsrådet informerades den 12 januari 2027. Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 11 januari 2027.

Karin Holm
Utvecklingsledare

Beslutet skickas till
Region Västerland, närsjukvården
Kommunala pensionärsrådet
"""

ASSOCIATION_GRANTS = """Kultur- och fritidsförvaltningen
Tjänsteskrivelse
2027-11-22
Dnr KFN 2027/204
Handläggare Oskar Lundgren

Kultur- och fritidsnämnden

Fördelning av aktivitetsbidrag till föreningar 2028

Förslag till beslut
1. Kultur- och fritidsnämnden fördelar aktivitetsbidrag för 2028 om sammanlagt 180 000 kronor till fyra föreningar enligt förvaltningens förslag.
2. Bidraget betalas ut senast tisdagen den 15 februari 2028.

Ärende
Aktivitetsbidraget är 150 kronor per medlem i åldern 7–25 år. Fyra föreningar ansökte före sista ansökningsdag den 31 oktober 2027. Förvaltningen föreslår följande fördelning:

IK Stjärnan, 560 medlemmar: 84 000 kronor
Ekby scoutkår, 240 medlemmar: 36 000 kronor
Norrby schacksällskap, 80 medlemmar: 12 000 kronor
Teaterföreningen Ridån, 320 medlemmar: 48 000 kronor
Summa: 1 200 medlemmar, 180 000 kronor

Bakgrund
Nämnden antog nya regler för aktivitetsbidraget tisdagen den 20 april 2027, § 31. Enligt reglerna får en förening bidrag för medlemmar från och med det år de fyller 7 till och med det år de fyller 25. Jämfört med 2027, då bidraget var 130 kronor per medlem, har det höjts med 20 kronor, eller drygt 15 procent.

Ekonomiska konsekvenser
Bidragen på sammanlagt 180 000 kronor ryms i nämndens budget för föreningsstöd 2028, som är 250 000 kronor. Efter fördelningen återstår 70 000 kronor.

Oskar Lundgren
Föreningskonsulent

Beslutet skickas till
IK Stjärnan
Ekby scoutkår
Norrby schacksällskap
Teaterföreningen Ridån
"""

TEAM_PROPOSAL = ("1. Vård- och omsorgsnämnden inrättar ett mobilt vårdteam för hemtjänstens brukare som är 75 år "
                 "eller äldre, som ett försök under perioden 1 mars 2027–31 augusti 2028.")
POSTS = "2. Teamet bemannas med fyra tjänster, motsvarande 4,0 årsarbetare."
COST_PROPOSAL = "3. Kostnaden, 2 360 000 kronor per år, finansieras med statsbidraget för äldreomsorg."
WHO = "Teamet ska ge brukare som är 75 år eller äldre snabb hjälp i hemmet"
REGION = "Det arbetar tillsammans med Region Västerlands närsjukvård."
TRIAL = "Försöket pågår i 18 månader och utvärderas därefter."
STAFF = "Teamet består av två sjuksköterskor, en arbetsterapeut och en fysioterapeut."
HOURS = "Det arbetar alla dagar kl. 7.00–21.00, fjorton timmar per dag, och börjar måndagen den 1 mars 2027."
GROWTH = ("Antalet invånare som är 75 år eller äldre väntas öka från 4 150 år 2026 till 4 980 år 2030, en ökning "
          "med 830 personer eller 20 procent.")
VISITS = "Under 2026 gjorde hemtjänstens brukare 612 besök på akutmottagningen, varav 240 ledde till inläggning."
ASSIGNED = "Nämnden gav förvaltningen i uppdrag att utreda ett mobilt team onsdagen den 14 oktober 2026, § 88."
SALARIES = "Lönekostnaden är 2 360 000 kronor per år, i genomsnitt 590 000 kronor per tjänst."
PART_YEAR = "För 2027, när teamet arbetar i tio månader, blir kostnaden cirka 1 970 000 kronor."
COUNCIL = "Kommunala pensionärsrådet informerades den 12 januari 2027."
TEAM_MBL = "Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 11 januari 2027."
TEAM_OFFICER = "Karin Holm\nUtvecklingsledare"
TEAM_SENT = "Beslutet skickas till\nRegion Västerland, närsjukvården"

SHARE = ("1. Kultur- och fritidsnämnden fördelar aktivitetsbidrag för 2028 om sammanlagt 180 000 kronor till fyra "
         "föreningar enligt förvaltningens förslag.")
PAYOUT = "2. Bidraget betalas ut senast tisdagen den 15 februari 2028."
PER_MEMBER = "Aktivitetsbidraget är 150 kronor per medlem i åldern 7–25 år."
APPLIED = "Fyra föreningar ansökte före sista ansökningsdag den 31 oktober 2027."
STJARNAN = "IK Stjärnan, 560 medlemmar: 84 000 kronor"
SCOUTS = "Ekby scoutkår, 240 medlemmar: 36 000 kronor"
THEATRE = "Teaterföreningen Ridån, 320 medlemmar: 48 000 kronor"
TOTAL = "Summa: 1 200 medlemmar, 180 000 kronor"
RULES = "Nämnden antog nya regler för aktivitetsbidraget tisdagen den 20 april 2027, § 31."
BORN = "från och med det år de fyller 7 till och med det år de fyller 25"
RAISED = "Jämfört med 2027, då bidraget var 130 kronor per medlem, har det höjts med 20 kronor, eller drygt 15 procent."
BUDGET = "som är 250 000 kronor. Efter fördelningen återstår 70 000 kronor."
GRANTS_OFFICER = "Oskar Lundgren\nFöreningskonsulent"
GRANTS_SENT = "IK Stjärnan\nEkby scoutkår\nNorrby schacksällskap\nTeaterföreningen Ridån"

TWENTYFIFTH = [
    # Eighteen months: 1 March 2027 to 31 August 2028.
    (CARE_TEAM, "period", TEAM_PROPOSAL, TEAM_PROPOSAL.replace("31 augusti 2028", "31 december 2028"), True),
    (CARE_TEAM, "period", TRIAL, TRIAL.replace("18 månader", "24 månader"), True),
    (CARE_TEAM, "period", TRIAL, TRIAL.replace("18 månader", "ett och ett halvt år"), False),
    (CARE_TEAM, "weekday", HOURS, HOURS.replace("måndagen den 1 mars", "tisdagen den 1 mars"), True),
    (CARE_TEAM, "date", HOURS, HOURS.replace("den 1 mars 2027", "den 1 april 2027"), True),
    # The same age group, told twice.
    (CARE_TEAM, "age", TEAM_PROPOSAL, TEAM_PROPOSAL.replace("75 år eller äldre", "65 år eller äldre"), True),
    (CARE_TEAM, "age", WHO, WHO.replace("75 år eller äldre", "80 år eller äldre"), True),
    (CARE_TEAM, "age", WHO, WHO.replace("75 år eller äldre", "från 75 år"), False),
    # Four posts: two nurses, an occupational therapist and a physiotherapist; 4,0 full-time.
    (CARE_TEAM, "count", POSTS, POSTS.replace("fyra tjänster", "fem tjänster"), True),
    (CARE_TEAM, "count", STAFF, STAFF.replace("två sjuksköterskor", "tre sjuksköterskor"), True),
    (CARE_TEAM, "count", POSTS, POSTS.replace("4,0 årsarbetare", "5,0 årsarbetare"), True),
    (CARE_TEAM, "count", POSTS, POSTS.replace("fyra tjänster", "4 tjänster"), False),
    # Fourteen hours from 7 to 21.
    (CARE_TEAM, "time", HOURS, HOURS.replace("fjorton timmar", "tolv timmar"), True),
    # 4 150 to 4 980: 830 more, 20 per cent; 612 visits of which 240.
    (CARE_TEAM, "figure", GROWTH, GROWTH.replace("till 4 980", "till 5 080"), True),
    (CARE_TEAM, "figure", GROWTH, GROWTH.replace("830 personer", "880 personer"), True),
    (CARE_TEAM, "figure", GROWTH, GROWTH.replace("20 procent", "25 procent"), True),
    (CARE_TEAM, "figure", GROWTH, GROWTH.replace("830 personer", "830 invånare"), False),
    (CARE_TEAM, "figure", VISITS, VISITS.replace("varav 240", "varav 640"), True),
    # 2 360 000 a year: 590 000 a post; ten months about 1 970 000.
    (CARE_TEAM, "figure", COST_PROPOSAL, COST_PROPOSAL.replace("2 360 000", "2 630 000"), True),
    (CARE_TEAM, "figure", SALARIES, SALARIES.replace("590 000 kronor", "560 000 kronor"), True),
    (CARE_TEAM, "figure", PART_YEAR, PART_YEAR.replace("1 970 000", "2 170 000"), True),
    (CARE_TEAM, "figure", PART_YEAR, PART_YEAR.replace("cirka 1 970 000 kronor", "cirka 2,0 miljoner kronor"), False),
    # Before the paper of 18 January 2027.
    (CARE_TEAM, "weekday", ASSIGNED, ASSIGNED.replace("onsdagen den 14", "torsdagen den 14"), True),
    (CARE_TEAM, "past event", COUNCIL, COUNCIL.replace("12 januari", "20 januari"), True),
    (CARE_TEAM, "past event", TEAM_MBL, TEAM_MBL.replace("11 januari", "25 januari"), True),
    (CARE_TEAM, "past event", TEAM_MBL, TEAM_MBL.replace("11 januari", "4 januari"), False),
    # The region, the officer.
    (CARE_TEAM, "name", REGION, REGION.replace("Västerlands", "Västerlunds"), True),
    (CARE_TEAM, "person", TEAM_OFFICER, "Karin Holmm\nUtvecklingsledare", True),

    # Four associations: 560 + 240 + 80 + 320 members, 150 kronor each, 180 000 in all.
    (ASSOCIATION_GRANTS, "figure", STJARNAN, STJARNAN.replace("84 000", "86 000"), True),
    (ASSOCIATION_GRANTS, "figure", STJARNAN, STJARNAN.replace("560 medlemmar", "580 medlemmar"), True),
    (ASSOCIATION_GRANTS, "figure", THEATRE, THEATRE.replace("48 000", "46 000"), True),
    (ASSOCIATION_GRANTS, "figure", TOTAL, TOTAL.replace("180 000", "190 000"), True),
    (ASSOCIATION_GRANTS, "figure", TOTAL, TOTAL.replace("1 200 medlemmar", "1 100 medlemmar"), True),
    (ASSOCIATION_GRANTS, "figure", SHARE, SHARE.replace("180 000", "185 000"), True),
    (ASSOCIATION_GRANTS, "count", SHARE, SHARE.replace("fyra föreningar", "fem föreningar"), True),
    # More may apply than are granted: no slip (relabelled after the first run, which counted it a slip).
    (ASSOCIATION_GRANTS, "count", APPLIED, APPLIED.replace("Fyra föreningar", "Sex föreningar"), False),
    (ASSOCIATION_GRANTS, "figure", SCOUTS, SCOUTS.replace("36 000 kronor", "36 000 kr"), False),
    # 150 kronor, 20 more than 130, a little over 15 per cent.
    (ASSOCIATION_GRANTS, "figure", PER_MEMBER, PER_MEMBER.replace("150 kronor", "160 kronor"), True),
    (ASSOCIATION_GRANTS, "figure", RAISED, RAISED.replace("130 kronor", "125 kronor"), True),
    (ASSOCIATION_GRANTS, "figure", RAISED, RAISED.replace("drygt 15 procent", "drygt 25 procent"), True),
    (ASSOCIATION_GRANTS, "figure", RAISED, RAISED.replace("drygt 15 procent", "cirka 15 procent"), False),
    # 250 000 less 180 000: 70 000 left.
    (ASSOCIATION_GRANTS, "figure", BUDGET, BUDGET.replace("återstår 70 000", "återstår 60 000"), True),
    (ASSOCIATION_GRANTS, "figure", BUDGET, BUDGET.replace("som är 250 000", "som är 260 000"), True),
    # Ages 7 to 25, told as a range and as the years they turn.
    (ASSOCIATION_GRANTS, "age", PER_MEMBER, PER_MEMBER.replace("7–25 år", "7–20 år"), True),
    (ASSOCIATION_GRANTS, "age", BORN, BORN.replace("fyller 25", "fyller 21"), True),
    (ASSOCIATION_GRANTS, "age", PER_MEMBER, PER_MEMBER.replace("i åldern 7–25 år", "mellan 7 och 25 år"), False),
    # Dates: the rules before the paper of 22 November 2027, the last day to apply past.
    (ASSOCIATION_GRANTS, "weekday", RULES, RULES.replace("tisdagen den 20", "måndagen den 20"), True),
    (ASSOCIATION_GRANTS, "weekday", PAYOUT, PAYOUT.replace("tisdagen den 15", "onsdagen den 15"), True),
    (ASSOCIATION_GRANTS, "past event", APPLIED, APPLIED.replace("31 oktober 2027", "30 november 2027"), True),
    (ASSOCIATION_GRANTS, "past event", RULES, RULES.replace("20 april 2027", "20 december 2027"), True),
    # The associations, the officer.
    (ASSOCIATION_GRANTS, "name", GRANTS_SENT, GRANTS_SENT.replace("Teaterföreningen Ridån", "Teaterföreningen Ridan"),
     True),
    (ASSOCIATION_GRANTS, "name", STJARNAN, STJARNAN.replace("IK Stjärnan", "IK Stjärnen"), True),
    (ASSOCIATION_GRANTS, "name", GRANTS_SENT, GRANTS_SENT.replace("Ekby scoutkår", "Ekby Scoutkår"), False),
    (ASSOCIATION_GRANTS, "person", GRANTS_OFFICER, "Oskar Lundberg\nFöreningskonsulent", True),
]
