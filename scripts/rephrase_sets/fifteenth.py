"""The fifteenth set of `rephrase-probe.py`, written on 2026-12-06 (sixth
session) after the fourteenth set's readers and measured before any reader
was changed for it: a lease of premises for a group home under LSS (a
landlord's name told whole, in the genitive and shortened, a term told as
years, as dates and as a last day, a rent per year, per square metre and in
total, an area, flats counted, a residents' age, a council decision with its
weekday) and a follow-up of pupils' absence for a school year (a school year
told as "2026/2027", "2026/27" and as dates, schools named whole and as
compounds, pupils counted and compared, a share in per cent and as "var
femte", the law's number, an earlier decision with its weekday, a report
due). The papers, places, people and companies are fictional.
Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

LEASE = """Vård- och omsorgsförvaltningen
Avdelningen för funktionsstöd
TJÄNSTESKRIVELSE
2027-10-05
Dnr VON 2027/214
Handläggare: Malin Sjöholm

Vård- och omsorgsnämnden

Hyresavtal för gruppbostad enligt LSS på Lärkvägen 4 i Västerby

Förslag till beslut
1. Vård- och omsorgsnämnden godkänner hyresavtalet med Fastighets AB Tallbacken för en gruppbostad på Lärkvägen 4 under tiden 1 mars 2028–28 februari 2038.
2. Hyran är 1 080 000 kronor per år och räknas upp årligen med konsumentprisindex.

Ärende
Nämnden behöver fler bostäder med särskild service för vuxna enligt 9 § 9 lagen (1993:387) om stöd och service till vissa funktionshindrade. Fastighets AB Tallbacken bygger en gruppbostad med sex lägenheter och en gemensamhetslokal, totalt 540 kvadratmeter. Bostaden är avsedd för personer som är 18 år eller äldre.
Hyresavtalet löper i tio år från den 1 mars 2028. Hyran motsvarar 2 000 kronor per kvadratmeter och år. Fastighets AB Tallbackens anbud var det lägsta av de tre som kom in.

Bakgrund
Kommunfullmäktige antog måndagen den 16 juni 2025, § 88, en lokalförsörjningsplan där en ny gruppbostad i Västerby ingår. I dag väntar åtta personer på en bostad med särskild service.

Ekonomiska konsekvenser
Hyran för hela avtalstiden blir 10,8 miljoner kronor utan uppräkning. Kostnaden ryms i nämndens budget från 2028.

Information enligt MBL
Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 28 september 2027.

Malin Sjöholm
Utvecklingsledare

Beslutet skickas till
Fastighets AB Tallbacken
Lokalförsörjningsenheten
"""

ABSENCE = """Barn- och utbildningsförvaltningen
Elevhälsan
TJÄNSTESKRIVELSE
2027-09-13
Dnr BUN 2027/156
Handläggare: Oskar Nyberg

Barn- och utbildningsnämnden

Redovisning av elevernas frånvaro läsåret 2026/2027

Förslag till beslut
1. Barn- och utbildningsnämnden lägger redovisningen av elevernas frånvaro läsåret 2026/2027 till handlingarna.
2. Barn- och utbildningsnämnden ger förvaltningen i uppdrag att redovisa en ny uppföljning senast den 30 september 2028.

Ärende
Rektorn ska enligt 7 kap. 19 a § skollagen (2010:800) se till att en elevs frånvaro utreds när den är upprepad eller långvarig. Under läsåret 2026/2027 hade 140 elever i årskurs 7–9 en frånvaro på mer än 15 procent, vilket är 20 procent av eleverna. Läsåret innan var de 118, alltså 22 färre.
Frånvaron var högst på Ekbacka skola, där 58 elever hade hög frånvaro. På Björkhagens skola hade 47 elever och på Strandvallens skola 35 elever hög frånvaro.

Bakgrund
Barn- och utbildningsnämnden beslutade torsdagen den 24 september 2026, § 71, att frånvaron ska redovisas varje läsår. Läsåret 2026/2027 började den 17 augusti 2026 och slutade den 11 juni 2027.

Ekonomiska konsekvenser
Redovisningen har inga ekonomiska konsekvenser.

Information enligt MBL
Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 6 september 2027.

Oskar Nyberg
Utredare

Beslutet skickas till
Ekbacka skola
Björkhagens skola
Strandvallens skola
"""

LEASE_PROPOSAL = ("1. Vård- och omsorgsnämnden godkänner hyresavtalet med Fastighets AB Tallbacken för en "
                  "gruppbostad på Lärkvägen 4 under tiden 1 mars 2028–28 februari 2038.")
TERM = "Hyresavtalet löper i tio år från den 1 mars 2028."
PER_SQM = "Hyran motsvarar 2 000 kronor per kvadratmeter och år."
BUILDS = ("Fastighets AB Tallbacken bygger en gruppbostad med sex lägenheter och en gemensamhetslokal, "
          "totalt 540 kvadratmeter.")
TENDER = "Fastighets AB Tallbackens anbud var det lägsta av de tre som kom in."
ADULTS = "Bostaden är avsedd för personer som är 18 år eller äldre."
TOTAL_RENT = "Hyran för hela avtalstiden blir 10,8 miljoner kronor utan uppräkning."
PLAN_DECIDED = "Kommunfullmäktige antog måndagen den 16 juni 2025, § 88, en lokalförsörjningsplan"
INFORMED_LEASE = "Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 28 september 2027."
LSS = "enligt 9 § 9 lagen (1993:387) om stöd och service"
LANDLORD = "Beslutet skickas till\nFastighets AB Tallbacken"
DEVELOPER = "Malin Sjöholm\nUtvecklingsledare"

COUNTED = ("Under läsåret 2026/2027 hade 140 elever i årskurs 7–9 en frånvaro på mer än 15 procent, "
           "vilket är 20 procent av eleverna.")
BEFORE = "Läsåret innan var de 118, alltså 22 färre."
SCHOOLS = ("På Björkhagens skola hade 47 elever och på Strandvallens skola 35 elever hög frånvaro.")
HIGHEST = "Frånvaron var högst på Ekbacka skola, där 58 elever hade hög frånvaro."
YEAR_DATES = "Läsåret 2026/2027 började den 17 augusti 2026 och slutade den 11 juni 2027."
REPORTED = "Barn- och utbildningsnämnden beslutade torsdagen den 24 september 2026, § 71, att"
INFORMED_ABSENCE = "Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 6 september 2027."
SCHOOL_LAW = "enligt 7 kap. 19 a § skollagen (2010:800) se till"
SENT_TO = "Beslutet skickas till\nEkbacka skola"
INVESTIGATOR = "Oskar Nyberg\nUtredare"

FIFTEENTH = [
    # The lease's term: dates in the proposal, years and a first day in the text.
    (LEASE, "period", TERM, "Hyresavtalet löper i tolv år från den 1 mars 2028.", True),
    (LEASE, "period", TERM, "Hyresavtalet löper i tio år från den 1 april 2028.", True),
    (LEASE, "period", TERM, "Hyresavtalet löper i tio år till och med den 28 februari 2039.", True),
    (LEASE, "period", TERM, "Hyresavtalet löper i tio år från och med mars 2028.", False),
    (LEASE, "period", TERM, "Hyresavtalet löper till och med den 28 februari 2038.", False),
    (LEASE, "period", TERM, "Hyresavtalet gäller från 2028-03-01 och tio år framåt.", False),
    (LEASE, "period", LEASE_PROPOSAL, LEASE_PROPOSAL.replace("1 mars 2028–28 februari 2038",
                                                             "1 mars 2028–28 februari 2040"), True),
    # The rent per year, per square metre (1 080 000 / 540 = 2 000) and in total (10,8 miljoner).
    (LEASE, "figure", PER_SQM, "Hyran motsvarar 2 200 kronor per kvadratmeter och år.", True),
    (LEASE, "figure", PER_SQM, "Hyran motsvarar 2 000 kr/kvm och år.", False),
    (LEASE, "figure", TOTAL_RENT, "Hyran för hela avtalstiden blir 12,8 miljoner kronor utan uppräkning.", True),
    (LEASE, "figure", TOTAL_RENT, "Hyran för hela avtalstiden blir 10 800 000 kronor utan uppräkning.", False),
    (LEASE, "figure", TOTAL_RENT, "Hyran för hela avtalstiden blir 10 800 tkr utan uppräkning.", False),
    (LEASE, "figure", TOTAL_RENT, "Årshyran blir 1,08 miljoner kronor utan uppräkning.", False),
    (LEASE, "figure", TOTAL_RENT, "Årshyran blir 1,8 miljoner kronor utan uppräkning.", True),
    # The building: flats counted, the area.
    (LEASE, "count", BUILDS, BUILDS.replace("sex lägenheter", "åtta lägenheter"), False),
    (LEASE, "count", BUILDS, BUILDS.replace("540 kvadratmeter", "450 kvadratmeter"), True),
    (LEASE, "count", BUILDS, BUILDS.replace("totalt 540 kvadratmeter", "totalt 540 m²"), False),
    # The landlord named whole, in the genitive, misspelt and shortened.
    (LEASE, "name", TENDER, TENDER.replace("Tallbackens", "Tallbackas"), True),
    (LEASE, "name", TENDER, "Tallbackens anbud var det lägsta av de tre som kom in.", False),
    (LEASE, "name", LANDLORD, "Beslutet skickas till\nFastighets AB Tallbakken", True),
    (LEASE, "name", BUILDS, BUILDS.replace("Fastighets AB Tallbacken", "Fastighets AB Tallbacka"), True),
    (LEASE, "name", BUILDS, BUILDS.replace("Fastighets AB Tallbacken", "Fastighetsbolaget"), False),
    # The residents' age.
    (LEASE, "age", ADULTS, "Bostaden är avsedd för personer som är 20 år eller äldre.", False),
    (LEASE, "age", ADULTS, "Bostaden är avsedd för vuxna.", False),
    # The council's decision (16 June 2025 was a Monday) and MBL (before 5 October 2027).
    (LEASE, "weekday", PLAN_DECIDED, PLAN_DECIDED.replace("måndagen", "tisdagen"), True),
    (LEASE, "weekday", PLAN_DECIDED, PLAN_DECIDED.replace("måndagen den 16 juni 2025", "den 16/6 2025"), False),
    (LEASE, "past event", PLAN_DECIDED, PLAN_DECIDED.replace("måndagen den 16 juni 2025",
                                                             "den 16 juni 2028"), True),
    (LEASE, "past event", INFORMED_LEASE, INFORMED_LEASE.replace("28 september", "8 oktober"), True),
    (LEASE, "past event", INFORMED_LEASE,
     "Information enligt 19 § MBL lämnas i förvaltningens samverkansgrupp den 8 oktober 2027.", False),
    # The law's number.
    (LEASE, "law", LSS, LSS.replace("1993:387", "1993:378"), True),
    (LEASE, "law", LSS, "enligt 9 § 9 LSS om stöd och service", False),
    # The officer and the board.
    (LEASE, "person", DEVELOPER, "Malin Sjöholm, utvecklingsledare", False),
    (LEASE, "body", LEASE_PROPOSAL, LEASE_PROPOSAL.replace("Vård- och omsorgsnämnden", "Vård- och omsorgsnämden"),
     True),
    (LEASE, "body", LEASE_PROPOSAL, LEASE_PROPOSAL.replace("Vård- och omsorgsnämnden", "Nämnden"), False),

    # Pupils counted, compared with the year before (140 − 118 = 22) and by school (58 + 47 + 35 = 140).
    (ABSENCE, "count", BEFORE, "Läsåret innan var de 118, alltså 32 färre.", True),
    (ABSENCE, "count", BEFORE, "Läsåret innan var de 108, alltså 22 färre.", True),
    (ABSENCE, "count", BEFORE, "Läsåret innan var de 118, alltså tjugotvå färre.", False),
    (ABSENCE, "count", BEFORE, "Läsåret innan var de färre.", False),
    (ABSENCE, "count", HIGHEST, HIGHEST.replace("58 elever", "68 elever"), True),
    (ABSENCE, "count", SCHOOLS, SCHOOLS.replace("47 elever", "57 elever"), True),
    (ABSENCE, "count", COUNTED, COUNTED.replace("140 elever", "140 av eleverna"), False),
    # The share told in per cent and in words.
    (ABSENCE, "figure", COUNTED, COUNTED.replace("20 procent av eleverna", "var femte elev"), False),
    (ABSENCE, "figure", COUNTED, COUNTED.replace("mer än 15 procent", "minst 15 %"), False),
    # The school year told as "2026/2027", "2026/27" and as dates.
    (ABSENCE, "period", COUNTED, COUNTED.replace("läsåret 2026/2027", "läsåret 2025/2026"), True),
    (ABSENCE, "period", COUNTED, COUNTED.replace("läsåret 2026/2027", "läsåret 2026/27"), False),
    (ABSENCE, "period", YEAR_DATES, YEAR_DATES.replace("17 augusti 2026", "17 augusti 2025"), True),
    (ABSENCE, "period", YEAR_DATES, YEAR_DATES.replace("11 juni 2027", "11 juni 2026"), True),
    (ABSENCE, "period", YEAR_DATES, "Läsåret 2026/27 började den 17 augusti och slutade den 11 juni.", False),
    (ABSENCE, "period", YEAR_DATES, "Läsåret började den 17/8 2026 och slutade den 11/6 2027.", False),
    # Schools named whole, as compounds and misspelt.
    (ABSENCE, "name", HIGHEST, HIGHEST.replace("Ekbacka skola", "Ekbackaskolan"), False),
    (ABSENCE, "name", HIGHEST, HIGHEST.replace("Ekbacka skola", "Ekbacke skola"), True),
    (ABSENCE, "name", SENT_TO, "Beslutet skickas till\nEkbacka skolan", False),
    (ABSENCE, "name", SCHOOLS, SCHOOLS.replace("Strandvallens skola", "Strandvalens skola"), True),
    (ABSENCE, "name", SCHOOLS, SCHOOLS.replace("Björkhagens skola", "Björkhagsskolan"), False),
    # The earlier decision (24 September 2026 was a Thursday) and MBL (before 13 September 2027).
    (ABSENCE, "weekday", REPORTED, REPORTED.replace("torsdagen", "onsdagen"), True),
    (ABSENCE, "weekday", REPORTED, REPORTED.replace("torsdagen den 24 september 2026", "torsdag 24/9 2026"),
     False),
    (ABSENCE, "past event", REPORTED, REPORTED.replace("torsdagen den 24 september 2026",
                                                       "den 24 september 2027"), True),
    (ABSENCE, "past event", INFORMED_ABSENCE, INFORMED_ABSENCE.replace("6 september", "16 september"), True),
    (ABSENCE, "past event", INFORMED_ABSENCE,
     "Information enligt 19 § MBL lämnas i förvaltningens samverkansgrupp den 16 september 2027.", False),
    # The law's number.
    (ABSENCE, "law", SCHOOL_LAW, SCHOOL_LAW.replace("2010:800", "2010:880"), True),
    (ABSENCE, "law", SCHOOL_LAW, "enligt 7 kap. 19 a § skollagen se till", False),
    # The officer and the board.
    (ABSENCE, "person", INVESTIGATOR, "Oskar Nyborg\nUtredare", True),
    (ABSENCE, "person", INVESTIGATOR, "Oskar Nyberg, utredare", False),
    (ABSENCE, "body", REPORTED, REPORTED.replace("Barn- och utbildningsnämnden", "Barn- och utbildningsnämden"),
     True),
    (ABSENCE, "body", REPORTED, REPORTED.replace("Barn- och utbildningsnämnden", "Nämnden"), False),
]
