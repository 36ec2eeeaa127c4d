"""The fourteenth set of `rephrase-probe.py`, written on 2026-12-06 (fifth
session) after the thirteenth set's readers and measured before any reader
was changed for it: a state grant for free summer activities (the grant told
as kronor, tkr and miljoner, its parts and their sum, an age group told as a
span, as "-åringar" and as years of birth, a summer told as dates, as weeks
and as week numbers, an association's share told twice, children and
activities counted, events before the paper, an earlier decision with its
weekday) and an interim financial report (a deficit told in the proposal and
restated as mnkr, tkr and kronor, turned into a surplus, its share of the
budget, the parts it is made of, placed children counted and their increase,
a budget decision with its weekday, the laws' numbers). The papers, places,
people and organisations are fictional.
Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

SUMMER = """Kultur- och fritidsförvaltningen
Avdelningen för barn och unga
TJÄNSTESKRIVELSE
2027-04-12
Dnr KFN 2027/88
Handläggare: Petra Lindqvist

Kultur- och fritidsnämnden

Statsbidrag för sommarlovsaktiviteter 2027

Förslag till beslut
1. Kultur- och fritidsnämnden tar emot statsbidraget på 1 240 000 kronor från Socialstyrelsen för avgiftsfria sommarlovsaktiviteter 2027.
2. Bidraget används till aktiviteter för barn och unga i åldern 6–15 år under tiden 14 juni–15 augusti 2027.
3. Föreningen Sommarkul i Norrvik får 310 000 kronor av bidraget för dagläger.

Ärende
Socialstyrelsen fördelar varje år statsbidrag till kommuner som erbjuder avgiftsfria aktiviteter under sommarlovet. Kommunens ansökan skickades in den 28 februari 2027, och Socialstyrelsen beslutade om bidraget den 22 mars 2027.
Aktiviteterna ska vara öppna för alla barn mellan 6 och 15 år och särskilt nå barn som annars inte deltar. Förra sommaren deltog 2 300 barn i 140 aktiviteter. I år planeras 160 aktiviteter, 20 fler än förra sommaren, under de nio veckorna.
Bidraget fördelas så att Föreningen Sommarkul i Norrvik får 310 000 kronor, fritidsgårdarna 520 000 kronor och biblioteken 410 000 kronor.

Bakgrund
Kultur- och fritidsnämnden beslutade torsdagen den 15 april 2021, § 34, att samordna kommunens sommarlovsaktiviteter. Sommaren 2026 nådde aktiviteterna 2 300 barn.

Ekonomiska konsekvenser
Statsbidraget på 1 240 000 kronor täcker aktiviteternas kostnader. En redovisning av hur bidraget har använts ska lämnas till Socialstyrelsen senast den 31 oktober 2027. Bidrag som inte används ska betalas tillbaka.

Information enligt MBL
Information enligt 19 § MBL lämnades på förvaltningens samverkansmöte den 6 april 2027.

Petra Lindqvist
Fritidskonsulent

Beslutet skickas till
Socialstyrelsen
Föreningen Sommarkul i Norrvik
Ekonomienheten
"""

INTERIM = """Socialförvaltningen
Ekonomiavdelningen
TJÄNSTESKRIVELSE
2027-09-20
Dnr SN 2027/301
Handläggare: Jonas Berg

Socialnämnden

Delårsrapport per den 31 augusti 2027

Förslag till beslut
1. Socialnämnden godkänner delårsrapporten per den 31 augusti 2027.
2. Socialnämnden överlämnar delårsrapporten till kommunstyrelsen.
3. Socialnämnden ger förvaltningen i uppdrag att ta fram en åtgärdsplan för att minska underskottet på 6,4 miljoner kronor.

Ärende
Nämndens budget för 2027 är 412 miljoner kronor. Efter augusti är prognosen för helåret ett underskott på 6,4 miljoner kronor, vilket är 1,6 procent av budgeten. Underskottet beror främst på placeringar av barn och unga enligt socialtjänstlagen (2001:453) och lagen (1990:52) med särskilda bestämmelser om vård av unga, där kostnaderna är 9,1 miljoner kronor högre än budgeterat. Ekonomiskt bistånd visar ett överskott på 2,7 miljoner kronor.
Antalet placerade barn var 64 den 31 augusti, jämfört med 52 vid samma tid förra året. Ökningen med 12 barn förklarar det mesta av underskottet.

Bakgrund
Kommunfullmäktige beslutade måndagen den 30 november 2026, § 201, om budget för 2027. Delårsrapporten ska enligt kommunens anvisningar lämnas till kommunstyrelsen senast den 5 oktober 2027.

Ekonomiska konsekvenser
Utan åtgärder bedöms underskottet för 2027 bli 6,4 miljoner kronor. Åtgärdsplanen redovisas för nämnden den 23 november 2027.

Information enligt MBL
Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 14 september 2027.

Jonas Berg
Controller

Beslutet skickas till
Kommunstyrelsen
Ekonomiavdelningen
"""

GRANT_COVERS = "Statsbidraget på 1 240 000 kronor täcker aktiviteternas kostnader."
SHARES = "fritidsgårdarna 520 000 kronor och biblioteken 410 000 kronor."
SHARE = "Bidraget fördelas så att Föreningen Sommarkul i Norrvik får 310 000 kronor,"
OPEN_TO = "Aktiviteterna ska vara öppna för alla barn mellan 6 och 15 år och"
WEEKS = "I år planeras 160 aktiviteter, 20 fler än förra sommaren, under de nio veckorna."
REACHED = "Sommaren 2026 nådde aktiviteterna 2 300 barn."
APPLIED = "Kommunens ansökan skickades in den 28 februari 2027, och"
GRANTED = "och Socialstyrelsen beslutade om bidraget den 22 mars 2027."
COORDINATE = "Kultur- och fritidsnämnden beslutade torsdagen den 15 april 2021, § 34, att"
INFORMED_SUMMER = "Information enligt 19 § MBL lämnades på förvaltningens samverkansmöte den 6 april 2027."
ASSOCIATION = "Beslutet skickas till\nSocialstyrelsen\nFöreningen Sommarkul i Norrvik"
AUTHORITY = "Socialstyrelsen fördelar varje år statsbidrag"
CONSULTANT = "Petra Lindqvist\nFritidskonsulent"

WITHOUT_ACTION = "Utan åtgärder bedöms underskottet för 2027 bli 6,4 miljoner kronor."
FORECAST = "Efter augusti är prognosen för helåret ett underskott på 6,4 miljoner kronor, vilket är 1,6 procent"
BUDGET = "Nämndens budget för 2027 är 412 miljoner kronor."
PLACEMENTS = "där kostnaderna är 9,1 miljoner kronor högre än budgeterat."
INCREASE = "Ökningen med 12 barn förklarar det mesta av underskottet."
BUDGET_DECIDED = "Kommunfullmäktige beslutade måndagen den 30 november 2026, § 201, om budget för 2027."
INFORMED_REPORT = "Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 14 september 2027."
REPORT_PROPOSAL = "1. Socialnämnden godkänner delårsrapporten per den 31 augusti 2027."
LAWS = "enligt socialtjänstlagen (2001:453) och lagen (1990:52) med"
CONTROLLER = "Jonas Berg\nController"

FOURTEENTH = [
    # The grant, restated in other units.
    (SUMMER, "figure", GRANT_COVERS, "Statsbidraget på 1 420 000 kronor täcker aktiviteternas kostnader.", True),
    (SUMMER, "figure", GRANT_COVERS, "Bidraget om 1,3 mnkr täcker aktiviteternas kostnader.", True),
    (SUMMER, "figure", GRANT_COVERS, "Statsbidraget på 1,24 miljoner kronor täcker aktiviteternas kostnader.", False),
    (SUMMER, "figure", GRANT_COVERS, "Bidraget om 1 240 tkr täcker aktiviteternas kostnader.", False),
    # The grant's parts (310 + 520 + 410 = 1 240) and the association's share.
    (SUMMER, "figure", SHARES, "fritidsgårdarna 620 000 kronor och biblioteken 410 000 kronor.", True),
    (SUMMER, "figure", SHARE, SHARE.replace("310 000 kronor", "330 000 kronor"), True),
    (SUMMER, "figure", SHARE, SHARE.replace("310 000 kronor", "310 tkr"), False),
    (SUMMER, "figure", SHARES, "fritidsgårdarna 520 000 kronor och biblioteken resten.", False),
    # The age group as a span, as "-åringar" and as years of birth (the summer of 2027).
    (SUMMER, "age", OPEN_TO, "Aktiviteterna ska vara öppna för alla barn mellan 6 och 16 år och", True),
    (SUMMER, "age", OPEN_TO, "Aktiviteterna ska vara öppna för alla 7–15-åringar och", True),
    (SUMMER, "age", OPEN_TO, "Aktiviteterna ska vara öppna för alla barn födda 2010–2021 och", True),
    (SUMMER, "age", OPEN_TO, "Aktiviteterna ska vara öppna för alla 6–15-åringar och", False),
    (SUMMER, "age", OPEN_TO, "Aktiviteterna ska vara öppna för alla barn från sex till femton år och", False),
    (SUMMER, "age", OPEN_TO, "Aktiviteterna ska vara öppna för alla barn i grundskoleåldern och", False),
    # The summer as dates, weeks and week numbers (14 June–15 August 2027 is weeks 24–32).
    (SUMMER, "period", WEEKS, WEEKS.replace("de nio veckorna", "de tio veckorna"), True),
    (SUMMER, "period", WEEKS, WEEKS.replace("de nio veckorna", "vecka 24–33"), True),
    (SUMMER, "period", WEEKS, WEEKS.replace("under de nio veckorna", "från den 21 juni till den 15 augusti"),
     True),
    (SUMMER, "period", WEEKS, WEEKS.replace("de nio veckorna", "vecka 24–32"), False),
    (SUMMER, "period", WEEKS, WEEKS.replace("under de nio veckorna", "mellan den 14 juni och den 15 augusti"),
     False),
    (SUMMER, "period", WEEKS, WEEKS.replace("under de nio veckorna", "under sommarlovet"), False),
    # Activities and children counted and compared.
    (SUMMER, "count", WEEKS, WEEKS.replace("20 fler", "30 fler"), True),
    (SUMMER, "count", WEEKS, WEEKS.replace("20 fler", "tjugo fler"), False),
    (SUMMER, "count", REACHED, "Sommaren 2026 nådde aktiviteterna 3 200 barn.", True),
    (SUMMER, "count", REACHED, "Sommaren 2026 nådde aktiviteterna drygt 2 000 barn.", False),
    # Events before the paper (12 April 2027).
    (SUMMER, "past event", APPLIED, "Kommunens ansökan skickades in den 28 april 2027, och", True),
    (SUMMER, "past event", APPLIED, "Kommunens ansökan skickades in i februari, och", False),
    (SUMMER, "past event", GRANTED, "och Socialstyrelsen beslutade om bidraget den 22 april 2027.", True),
    (SUMMER, "past event", GRANTED, "och Socialstyrelsen beslutade om bidraget i mars.", False),
    (SUMMER, "past event", INFORMED_SUMMER, INFORMED_SUMMER.replace("6 april", "16 april"), True),
    (SUMMER, "past event", INFORMED_SUMMER,
     "Information enligt 19 § MBL lämnas på förvaltningens samverkansmöte den 16 april 2027.", False),
    # The earlier decision's weekday (15 April 2021 was a Thursday).
    (SUMMER, "weekday", COORDINATE, COORDINATE.replace("torsdagen", "fredagen"), True),
    (SUMMER, "weekday", COORDINATE, COORDINATE.replace("torsdagen den 15 april 2021", "torsdag 15/4 2021"),
     False),
    # The association, the authority, the officer and the board.
    (SUMMER, "name", ASSOCIATION, ASSOCIATION.replace("Sommarkul", "Somarkul"), True),
    (SUMMER, "name", AUTHORITY, AUTHORITY.replace("Socialstyrelsen", "Socialstyrelen"), True),
    (SUMMER, "name", ASSOCIATION, "Beslutet skickas till\nSocialstyrelsen\nSommarkul i Norrvik", False),
    (SUMMER, "person", CONSULTANT, "Petra Lindquist\nFritidskonsulent", True),
    (SUMMER, "person", CONSULTANT, "Petra Lindqvist, fritidskonsulent", False),
    (SUMMER, "body", COORDINATE, COORDINATE.replace("Kultur- och fritidsnämnden", "Kultur- och fritidsnämden"),
     True),
    (SUMMER, "body", COORDINATE, COORDINATE.replace("Kultur- och fritidsnämnden", "Nämnden"), False),

    # The deficit restated in other units and turned into a surplus.
    (INTERIM, "figure", WITHOUT_ACTION, WITHOUT_ACTION.replace("6,4 miljoner kronor", "6,8 miljoner kronor"), True),
    (INTERIM, "figure", WITHOUT_ACTION, WITHOUT_ACTION.replace("6,4 miljoner kronor", "4,6 mnkr"), True),
    (INTERIM, "figure", WITHOUT_ACTION, "Utan åtgärder bedöms resultatet för 2027 bli ett överskott på 6,4 miljoner kronor.",
     True),
    (INTERIM, "figure", WITHOUT_ACTION, WITHOUT_ACTION.replace("6,4 miljoner kronor", "6 400 tkr"), False),
    (INTERIM, "figure", WITHOUT_ACTION, WITHOUT_ACTION.replace("6,4 miljoner kronor", "6 400 000 kronor"), False),
    (INTERIM, "figure", WITHOUT_ACTION, WITHOUT_ACTION.replace("6,4 miljoner kronor", "-6,4 mnkr"), False),
    # Its share of the budget (6.4 / 412 = 1.55 %) and the budget restated.
    (INTERIM, "figure", FORECAST, FORECAST.replace("1,6 procent", "2,6 procent"), True),
    (INTERIM, "figure", FORECAST, FORECAST.replace("1,6 procent", "drygt 1,5 procent"), False),
    (INTERIM, "figure", BUDGET, "Nämndens budget för 2027 är 421 miljoner kronor.", True),
    (INTERIM, "figure", BUDGET, "Nämndens budgetram för 2027 är 412 mnkr.", False),
    # The parts of the deficit (9.1 − 2.7 = 6.4).
    (INTERIM, "figure", PLACEMENTS, PLACEMENTS.replace("9,1", "8,1"), True),
    (INTERIM, "figure", PLACEMENTS, PLACEMENTS.replace("9,1 miljoner kronor", "9 100 tkr"), False),
    # Children counted and their increase (64 − 52 = 12).
    (INTERIM, "count", INCREASE, INCREASE.replace("12 barn", "14 barn"), True),
    (INTERIM, "count", INCREASE, INCREASE.replace("12 barn", "tolv barn"), False),
    (INTERIM, "count", INCREASE, "Det ökade antalet barn förklarar det mesta av underskottet.", False),
    # The report's date.
    (INTERIM, "date", REPORT_PROPOSAL, REPORT_PROPOSAL.replace("31 augusti", "31 juli"), True),
    (INTERIM, "date", REPORT_PROPOSAL, "1. Socialnämnden godkänner delårsrapporten per augusti 2027.", False),
    # The budget decision's weekday (30 November 2026 was a Monday) and its place in time.
    (INTERIM, "weekday", BUDGET_DECIDED, BUDGET_DECIDED.replace("måndagen", "tisdagen"), True),
    (INTERIM, "weekday", BUDGET_DECIDED, BUDGET_DECIDED.replace("måndagen den 30 november 2026", "den 30/11 2026"),
     False),
    (INTERIM, "past event", BUDGET_DECIDED, BUDGET_DECIDED.replace("måndagen den 30 november 2026",
                                                                   "den 30 november 2027"), True),
    (INTERIM, "past event", INFORMED_REPORT, INFORMED_REPORT.replace("14 september", "24 september"), True),
    (INTERIM, "past event", INFORMED_REPORT,
     "Information enligt 19 § MBL lämnas i förvaltningens samverkansgrupp den 24 september 2027.", False),
    # The laws' numbers.
    (INTERIM, "law", LAWS, LAWS.replace("2001:453", "2001:543"), True),
    (INTERIM, "law", LAWS, LAWS.replace("(1990:52)", "(1990:25)"), True),
    (INTERIM, "law", LAWS, "enligt socialtjänstlagen och LVU med", False),
    # The officer and the board.
    (INTERIM, "person", CONTROLLER, "Jonas Bergh\nController", True),
    (INTERIM, "person", CONTROLLER, "Jonas Berg\ncontroller", False),
    (INTERIM, "body", REPORT_PROPOSAL, REPORT_PROPOSAL.replace("Socialnämnden", "Socialnämden"), True),
    (INTERIM, "body", REPORT_PROPOSAL, REPORT_PROPOSAL.replace("Socialnämnden", "Nämnden"), False),
]
