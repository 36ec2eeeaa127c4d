"""The eleventh set of `rephrase-probe.py`, written on 2026-12-06 (second
session) after the tenth set's readers and measured before any reader was
changed for it: a partnership with a foundation (an age group, a period told
as dates and as years, a sum per year and in total, the part of the first
year, counts of children referred back, a guideline's longest term, the
council's decision with its weekday) and the closing of a village school
(pupils counted and referred back, grades told as a span, a school term and
its first day, a school year, a distance told twice, a saving net of a new
cost, consultations before the paper). The papers, places, people and
organisations are fictional.

Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

PARTNERSHIP = """Socialförvaltningen
Avdelningen för individ- och familjeomsorg
TJÄNSTESKRIVELSE
2027-03-08
Dnr SN 2027/46
Handläggare: Maria Lindqvist

Socialnämnden

Idéburet offentligt partnerskap med Stiftelsen Ljusglimten

Förslag till beslut
1. Socialnämnden ingår ett idéburet offentligt partnerskap med Stiftelsen Ljusglimten om stödgrupper för barn och unga i åldern 7–17 år som lever med en förälder med missbruk.
2. Partnerskapet gäller från den 1 maj 2027 till den 30 april 2030.
3. Nämnden bidrar med 450 000 kronor per år, sammanlagt 1 350 000 kronor under avtalsperioden.

Ärende
Stiftelsen Ljusglimten har sedan 2019 drivit stödgrupper för barn och unga i kommunen. Under 2026 deltog 64 barn i nio grupper. Av de 64 barnen var 38 flickor. Grupperna träffas en gång i veckan under tio veckor, och varje grupp har två ledare.
Förvaltningen och stiftelsen har tillsammans tagit fram en överenskommelse om partnerskap för tre år. Stiftelsen ansvarar för grupperna och rekryterar ledare, och förvaltningen hänvisar barn och familjer till verksamheten.
Stiftelsen ansökte om partnerskap den 20 januari 2027. Förvaltningen har träffat stiftelsens styrelse den 15 februari 2027.

Bakgrund
Kommunfullmäktige antog riktlinjer för idéburet offentligt partnerskap den 16 juni 2025, § 88. Enligt riktlinjerna ska ett partnerskap gälla i högst fyra år och följas upp varje år.

Ekonomiska konsekvenser
Kostnaden, 450 000 kronor per år, ryms inom nämndens budget för förebyggande arbete. För 2027 belastas budgeten med 300 000 kronor, eftersom partnerskapet börjar den 1 maj.

Förhandling enligt MBL
Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 1 mars 2027.

Maria Lindqvist
Socialsekreterare

Beslutet skickas till
Stiftelsen Ljusglimten
Ekonomienheten
"""

SCHOOL = """Utbildningsförvaltningen
TJÄNSTESKRIVELSE
2027-09-20
Dnr BUN 2027/112
Handläggare: Erik Sandberg, utredare

Barn- och utbildningsnämnden

Förändrad skolorganisation i Västra Åby

Förslag till beslut
1. Barn- och utbildningsnämnden beslutar att Åby skola avvecklas från och med höstterminen 2028.
2. Eleverna i förskoleklass och årskurs 1–3 vid Åby skola erbjuds plats vid Centralskolan i Storvik från den 21 augusti 2028.
3. Nämnden ger förvaltningen i uppdrag att ordna skolskjuts för de elever som har rätt till det.

Ärende
Åby skola har i dag 31 elever i förskoleklass och årskurs 1–3, fördelade på två klasser. Elevantalet har minskat från 52 elever läsåret 2021/22, och enligt befolkningsprognosen blir eleverna färre än 25 år 2030.
Centralskolan ligger 11 kilometer från Åby skola och har plats för de 31 eleverna utan att nya lokaler behövs. Resan med skolskjuts tar omkring 20 minuter.
Vårdnadshavarna bjöds in till ett samrådsmöte den 6 september 2027, och 40 vårdnadshavare deltog. Elevrådet och skolrådet har lämnat synpunkter den 15 september 2027.

Bakgrund
Nämnden gav den 14 april 2027, § 41, förvaltningen i uppdrag att utreda skolorganisationen i Västra Åby. Utredningen redovisades för nämndens presidium den 30 augusti 2027.

Ekonomiska konsekvenser
Avvecklingen minskar kostnaderna för lokaler och personal med 2,6 miljoner kronor per år från 2029. Skolskjutsen kostar omkring 400 000 kronor per år. Nettobesparingen blir därmed 2,2 miljoner kronor per år.

Barnkonsekvensanalys
En barnkonsekvensanalys har gjorts. Barnen i årskurs 1–3 får en längre skoldag genom resan på 11 kilometer, men större klasser och fler lärare ger bättre förutsättningar för undervisningen.

Förhandling enligt MBL
Förhandling enligt 11 § MBL genomfördes med Sveriges Lärare och Kommunal den 13 september 2027.

Erik Sandberg
Utredare

Beslutet skickas till
Centralskolan
Åby skola
Skolskjutsenheten
"""

PROPOSED_AGES = "om stödgrupper för barn och unga i åldern 7–17 år som lever"
SINCE = "Stiftelsen Ljusglimten har sedan 2019 drivit stödgrupper för barn och unga i kommunen."
PERIOD = "2. Partnerskapet gäller från den 1 maj 2027 till den 30 april 2030."
THREE_YEARS = "en överenskommelse om partnerskap för tre år."
TOTAL = "3. Nämnden bidrar med 450 000 kronor per år, sammanlagt 1 350 000 kronor under avtalsperioden."
YEARLY = "Kostnaden, 450 000 kronor per år, ryms inom"
FIRST_YEAR = "För 2027 belastas budgeten med 300 000 kronor, eftersom partnerskapet börjar den 1 maj."
GIRLS = "Av de 64 barnen var 38 flickor."
APPLIED = "Stiftelsen ansökte om partnerskap den 20 januari 2027."
MET = "Förvaltningen har träffat stiftelsens styrelse den 15 februari 2027."
GUIDELINE = "Enligt riktlinjerna ska ett partnerskap gälla i högst fyra år"
COUNCIL = "Kommunfullmäktige antog riktlinjer för idéburet offentligt partnerskap den 16 juni 2025, § 88."
INFORMED = "Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 1 mars 2027."
FOUNDATION = "Stiftelsen ansvarar för grupperna och rekryterar ledare"
WORKER = "Maria Lindqvist\nSocialsekreterare"

PUPILS = "Åby skola har i dag 31 elever i förskoleklass och årskurs 1–3,"
ROOM_FOR = "har plats för de 31 eleverna utan att nya lokaler behövs."
CLOSING = "1. Barn- och utbildningsnämnden beslutar att Åby skola avvecklas från och med höstterminen 2028."
FIRST_DAY = "vid Centralskolan i Storvik från den 21 augusti 2028."
SCHOOL_YEAR = "Elevantalet har minskat från 52 elever läsåret 2021/22,"
DISTANCE = "Centralskolan ligger 11 kilometer från Åby skola"
RIDE = "får en längre skoldag genom resan på 11 kilometer,"
GRADES = "Barnen i årskurs 1–3 får en längre skoldag"
NET = "Nettobesparingen blir därmed 2,2 miljoner kronor per år."
SAVING = "Avvecklingen minskar kostnaderna för lokaler och personal med 2,6 miljoner kronor per år från 2029."
INVITED = "Vårdnadshavarna bjöds in till ett samrådsmöte den 6 september 2027,"
VIEWS = "Elevrådet och skolrådet har lämnat synpunkter den 15 september 2027."
NEGOTIATED = "Förhandling enligt 11 § MBL genomfördes med Sveriges Lärare och Kommunal den 13 september 2027."
COMMISSION = "Nämnden gav den 14 april 2027, § 41, förvaltningen i uppdrag"
INVESTIGATOR = "Erik Sandberg\nUtredare"
SCHOOL_PROPOSAL = "1. Barn- och utbildningsnämnden beslutar att Åby skola"

ELEVENTH = [
    # The age group told again.
    *[(PARTNERSHIP, "age", SINCE, new, True) for new in [
        "Stiftelsen Ljusglimten har sedan 2019 drivit stödgrupper för barn och unga 6–17 år i kommunen.",
        "Stiftelsen Ljusglimten har sedan 2019 drivit stödgrupper för barn och unga mellan 7 och 18 år i kommunen."]],
    *[(PARTNERSHIP, "age", SINCE, new, False) for new in [
        "Stiftelsen Ljusglimten har sedan 2019 drivit stödgrupper för barn och unga 7–17 år i kommunen.",
        "Stiftelsen Ljusglimten har sedan 2019 drivit stödgrupper för skolbarn i kommunen."]],
    (PARTNERSHIP, "age", PROPOSED_AGES, "om stödgrupper för barn och unga i åldern 7–16 år som lever", True),
    # The period as dates and as years.
    *[(PARTNERSHIP, "period", THREE_YEARS, new, True) for new in [
        "en överenskommelse om partnerskap för två år.",
        "en överenskommelse om ett fyraårigt partnerskap."]],
    *[(PARTNERSHIP, "period", THREE_YEARS, new, False) for new in [
        "en överenskommelse om partnerskap för perioden maj 2027–april 2030.",
        "en överenskommelse om ett treårigt partnerskap."]],
    (PARTNERSHIP, "period", PERIOD, "2. Partnerskapet gäller från den 1 maj 2027 till den 30 april 2029.", True),
    (PARTNERSHIP, "period", PERIOD,
     "2. Partnerskapet gäller från och med den 1 maj 2027 till och med den 30 april 2030.", False),
    # A sum per year, and its total over the years.
    *[(PARTNERSHIP, "figure", TOTAL, new, True) for new in [
        TOTAL.replace("1 350 000", "1 530 000"),
        TOTAL.replace("1 350 000", "1 800 000"),
        TOTAL.replace("450 000", "400 000")]],
    *[(PARTNERSHIP, "figure", TOTAL, new, False) for new in [
        TOTAL.replace("1 350 000 kronor", "1,35 miljoner kronor"),
        "3. Nämnden bidrar med 450 000 kronor per år under avtalsperioden."]],
    (PARTNERSHIP, "figure", YEARLY, "Kostnaden, 540 000 kronor per år, ryms inom", True),
    (PARTNERSHIP, "figure", YEARLY, "Kostnaden, 450 tkr per år, ryms inom", False),
    # The first year's part: eight months of the yearly sum.
    *[(PARTNERSHIP, "figure", FIRST_YEAR, new, True) for new in [
        FIRST_YEAR.replace("1 maj", "1 juni"),
        FIRST_YEAR.replace("300 000", "350 000")]],
    (PARTNERSHIP, "figure", FIRST_YEAR, "För 2027 belastas budgeten med 300 000 kronor.", False),
    # Children counted and referred back.
    *[(PARTNERSHIP, "count", GIRLS, new, True) for new in [
        "Av de 46 barnen var 38 flickor.",
        "Av de 64 barnen var 68 flickor."]],
    *[(PARTNERSHIP, "count", GIRLS, new, False) for new in [
        "Av barnen var 38 flickor.",
        "Av de 64 barnen var drygt hälften flickor."]],
    # Past events after the paper (8 March 2027).
    *[(PARTNERSHIP, "past event", APPLIED, new, True) for new in [
        "Stiftelsen ansökte om partnerskap den 20 mars 2027.",
        "Stiftelsen har ansökt om partnerskap den 20 mars 2027."]],
    (PARTNERSHIP, "past event", MET, "Förvaltningen har träffat stiftelsens styrelse den 15 mars 2027.", True),
    (PARTNERSHIP, "past event", MET, "Förvaltningen träffar stiftelsens styrelse den 15 mars 2027.", False),
    (PARTNERSHIP, "past event", INFORMED,
     "Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 10 mars 2027.", True),
    (PARTNERSHIP, "past event", INFORMED,
     "Information enligt 19 § MBL lämnas i förvaltningens samverkansgrupp den 10 mars 2027.", False),
    # The guideline's longest term against the partnership's three years.
    (PARTNERSHIP, "period", GUIDELINE, "Enligt riktlinjerna ska ett partnerskap gälla i högst två år", True),
    (PARTNERSHIP, "period", GUIDELINE, "Enligt riktlinjerna ska ett partnerskap gälla i högst fem år", False),
    # The council's decision with a weekday (16 June 2025 was a Monday).
    (PARTNERSHIP, "weekday", COUNCIL, COUNCIL.replace("den 16 juni", "måndagen den 17 juni"), True),
    (PARTNERSHIP, "weekday", COUNCIL, COUNCIL.replace("den 16 juni", "måndagen den 16 juni"), False),
    # The foundation and the officer.
    (PARTNERSHIP, "name", FOUNDATION, "Stiftelsen Ljusglimpen ansvarar för grupperna och rekryterar ledare", True),
    (PARTNERSHIP, "name", FOUNDATION, "Ljusglimten ansvarar för grupperna och rekryterar ledare", False),
    (PARTNERSHIP, "person", WORKER, "Maria Lindkvist\nSocialsekreterare", True),
    (PARTNERSHIP, "person", WORKER, "Maria Lindqvist\nsocialsekreterare", False),

    # Pupils counted and referred back.
    *[(SCHOOL, "count", ROOM_FOR, new, True) for new in [
        "har plats för de 34 eleverna utan att nya lokaler behövs.",
        "har plats för alla 13 eleverna utan att nya lokaler behövs."]],
    *[(SCHOOL, "count", ROOM_FOR, new, False) for new in [
        "har plats för eleverna utan att nya lokaler behövs.",
        "har plats för alla eleverna utan att nya lokaler behövs."]],
    # Grades told as a span.
    *[(SCHOOL, "grade", PUPILS, new, True) for new in [
        "Åby skola har i dag 31 elever i förskoleklass och årskurs 1–4,",
        "Åby skola har i dag 31 elever i årskurs F–6,"]],
    *[(SCHOOL, "grade", PUPILS, new, False) for new in [
        "Åby skola har i dag 31 elever i förskoleklass till årskurs 3,",
        "Åby skola har i dag 31 elever i F–3,"]],
    (SCHOOL, "grade", GRADES, "Barnen i årskurs 1–6 får en längre skoldag", True),
    (SCHOOL, "grade", GRADES, "Barnen i de lägre årskurserna får en längre skoldag", False),
    # The term and its first day (21 August 2028 is a Monday).
    *[(SCHOOL, "effective", FIRST_DAY, new, True) for new in [
        "vid Centralskolan i Storvik från den 21 augusti 2029.",
        "vid Centralskolan i Storvik från måndagen den 22 augusti 2028."]],
    *[(SCHOOL, "effective", FIRST_DAY, new, False) for new in [
        "vid Centralskolan i Storvik från måndagen den 21 augusti 2028.",
        "vid Centralskolan i Storvik från höstterminens start."]],
    (SCHOOL, "effective", CLOSING, CLOSING.replace("höstterminen 2028", "höstterminen 2029"), True),
    (SCHOOL, "effective", CLOSING, CLOSING.replace("höstterminen 2028", "läsåret 2028/29"), False),
    # A school year is two consecutive years.
    (SCHOOL, "period", SCHOOL_YEAR, "Elevantalet har minskat från 52 elever läsåret 2021/23,", True),
    (SCHOOL, "period", SCHOOL_YEAR, "Elevantalet har minskat från 52 elever läsåret 2021/2022,", False),
    # The distance told twice.
    (SCHOOL, "figure", RIDE, "får en längre skoldag genom resan på 15 kilometer,", True),
    (SCHOOL, "figure", RIDE, "får en längre skoldag genom resan på drygt en mil,", False),
    (SCHOOL, "figure", DISTANCE, "Centralskolan ligger 17 kilometer från Åby skola", True),
    # A saving net of a new cost.
    (SCHOOL, "figure", NET, "Nettobesparingen blir därmed 2,4 miljoner kronor per år.", True),
    (SCHOOL, "figure", NET, "Nettobesparingen blir därmed 2 200 000 kronor per år.", False),
    (SCHOOL, "figure", SAVING, SAVING.replace("2,6 miljoner", "2,8 miljoner"), True),
    # Consultations before the paper (20 September 2027).
    *[(SCHOOL, "past event", INVITED, new, True) for new in [
        "Vårdnadshavarna bjöds in till ett samrådsmöte den 27 september 2027,",
        "Vårdnadshavarna har bjudits in till ett samrådsmöte den 27 september 2027,"]],
    (SCHOOL, "past event", INVITED, "Vårdnadshavarna bjuds in till ett samrådsmöte den 27 september 2027,", False),
    (SCHOOL, "past event", VIEWS, "Elevrådet och skolrådet har lämnat synpunkter den 25 september 2027.", True),
    (SCHOOL, "past event", VIEWS, "Elevrådet och skolrådet lämnar synpunkter senast den 25 september 2027.", False),
    (SCHOOL, "past event", NEGOTIATED, NEGOTIATED.replace("13 september", "23 september"), True),
    (SCHOOL, "past event", NEGOTIATED,
     "Förhandling enligt 11 § MBL genomförs med Sveriges Lärare och Kommunal den 23 september 2027.", False),
    (SCHOOL, "past event", COMMISSION, "Nämnden gav den 14 oktober 2027, § 41, förvaltningen i uppdrag", True),
    # The officer and the board.
    (SCHOOL, "person", INVESTIGATOR, "Erik Sandborg\nUtredare", True),
    (SCHOOL, "person", INVESTIGATOR, "Erik Sandberg\nutredare", False),
    (SCHOOL, "body", SCHOOL_PROPOSAL, "1. Barn- och utbildningsnämden beslutar att Åby skola", True),
    (SCHOOL, "body", SCHOOL_PROPOSAL, "1. Nämnden beslutar att Åby skola", False),
]
