"""The thirteenth set of `rephrase-probe.py`, written on 2026-12-06 (fourth
session) after the twelfth set's readers and measured before any reader was
changed for it: a new fee for the transport service for disabled people
(färdtjänst: a fee raised by kronor and by per cent, its effective date told
twice, permit holders counted and referred back, an age under which children
travel free, an earlier decision with its weekday, a consultation before the
paper, the law's number, the operator's name) and the lease of premises for
a youth centre (a lease's length in years and dates, a yearly rent told as a
month's and as a whole period's, the area, an age group, a board's decision
referred back, an offer before the paper, the landlord's name). The papers,
places, people and organisations are fictional.

Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

TRANSPORT_FEE = """Samhällsbyggnadsförvaltningen
Trafikenheten
TJÄNSTESKRIVELSE
2027-03-08
Dnr TN 2027/41
Handläggare: Anna Holm

Tekniska nämnden

Ny taxa för färdtjänst

Förslag till beslut
1. Tekniska nämnden föreslår kommunfullmäktige att anta ny taxa för färdtjänst enligt bilaga 1.
2. Den nya taxan gäller från och med den 1 juli 2027.
3. Egenavgiften för en resa inom kommunen höjs från 40 till 45 kronor.

Ärende
Färdtjänst beviljas enligt lagen (1997:736) om färdtjänst den som på grund av en funktionsnedsättning har väsentliga svårigheter att resa på egen hand eller med allmänna kommunikationer. I kommunen har 1 150 personer tillstånd till färdtjänst, och under 2026 gjordes 68 400 resor. Av de 1 150 tillståndshavarna är 820 över 65 år.
Egenavgiften höjs därmed med 12,5 procent. Barn under 16 år reser gratis i sällskap med en vuxen tillståndshavare.
Resorna utförs av Norrtrafik Färdtjänst AB enligt avtal till och med den 31 december 2028.
Pensionärsrådet och rådet för funktionshinderfrågor fick förslaget på remiss den 25 januari 2027 och lämnade sina yttranden den 22 februari 2027.

Bakgrund
Den nuvarande taxan antogs av kommunfullmäktige måndagen den 14 december 2020, § 187. Då infördes också att barn under 16 år reser gratis.

Ekonomiska konsekvenser
Taxan börjar gälla den 1 juli 2027, och höjningen beräknas ge 170 000 kronor mer i intäkter under 2027 och 340 000 kronor per helt år. Kostnaden för färdtjänsten var 14,2 miljoner kronor 2026.

Förhandling enligt MBL
Information enligt 19 § MBL lämnades i samverkansgruppen den 1 mars 2027.

Anna Holm
Trafikplanerare

Beslutet skickas till
Kommunfullmäktige
Pensionärsrådet
Rådet för funktionshinderfrågor
Norrtrafik Färdtjänst AB
"""

YOUTH_CENTRE = """Kultur- och fritidsförvaltningen
TJÄNSTESKRIVELSE
2027-08-16
Dnr KFN 2027/150
Handläggare: Lars Nyström

Kultur- och fritidsnämnden

Hyresavtal för fritidsgården Kompassen

Förslag till beslut
1. Kultur- och fritidsnämnden godkänner hyresavtal med Fastighets AB Lindhagen för lokaler på Storgatan 12 för fritidsgården Kompassen.
2. Avtalet gäller i fem år, från den 1 januari 2028 till den 31 december 2032.
3. Årshyran är 1 080 000 kronor.

Ärende
Fritidsgården Kompassen har sedan 2015 haft lokaler i Västerskolan, som ska rivas. Fritidsgården är öppen fyra kvällar i veckan för ungdomar 13–19 år och har i genomsnitt 85 besökare per kväll.
Lokalen på Storgatan 12 har 640 kvadratmeter. Hyran blir 90 000 kronor per månad, vilket motsvarar 1 688 kronor per kvadratmeter och år.
Förvaltningen besökte lokalen tillsammans med hyresvärden onsdagen den 9 juni 2027. Fastighets AB Lindhagen lämnade ett anbud den 2 juli 2027. Ungdomar 13–19 år har varit med i planeringen genom tre workshoppar.

Bakgrund
Kommunstyrelsen beslutade den 3 maj 2027, § 64, att Västerskolan ska rivas under 2028. Enligt kommunstyrelsens beslut den 3 maj 2027 ska verksamheterna i skolan ha flyttat före den 1 januari 2028.

Ekonomiska konsekvenser
Årshyran på 1 080 000 kronor är 230 000 kronor högre än hyran i Västerskolan, 850 000 kronor. Avtalet löper i fem år, och den sammanlagda hyran blir 5,4 miljoner kronor. Kostnaden ryms inom nämndens budget från 2028.

Förhandling enligt MBL
Förhandling enligt 11 § MBL genomfördes den 10 augusti 2027.

Lars Nyström
Fritidschef

Beslutet skickas till
Fastighets AB Lindhagen
Fritidsgården Kompassen
Ekonomienheten
"""

EFFECTIVE = "Taxan börjar gälla den 1 juli 2027, och höjningen"
RAISED = "Egenavgiften höjs därmed med 12,5 procent."
HOLDERS = "Av de 1 150 tillståndshavarna är 820 över 65 år."
FREE = "Då infördes också att barn under 16 år reser gratis."
ADOPTED = "Den nuvarande taxan antogs av kommunfullmäktige måndagen den 14 december 2020, § 187."
ANSWERED = "och lämnade sina yttranden den 22 februari 2027."
INFORMED = "Information enligt 19 § MBL lämnades i samverkansgruppen den 1 mars 2027."
LAW = "enligt lagen (1997:736) om färdtjänst den som"
OPERATOR = "Resorna utförs av Norrtrafik Färdtjänst AB enligt avtal"
PLANNER = "Anna Holm\nTrafikplanerare"
FEE_PROPOSAL = "1. Tekniska nämnden föreslår kommunfullmäktige"

TERM = "2. Avtalet gäller i fem år, från den 1 januari 2028 till den 31 december 2032."
RUNS = "Avtalet löper i fem år, och den sammanlagda hyran blir 5,4 miljoner kronor."
MONTHLY = "Hyran blir 90 000 kronor per månad, vilket motsvarar"
YEARLY = "Årshyran på 1 080 000 kronor är 230 000 kronor högre"
AREA = "Lokalen på Storgatan 12 har 640 kvadratmeter."
PLANNED = "Ungdomar 13–19 år har varit med i planeringen"
VISITED = "Förvaltningen besökte lokalen tillsammans med hyresvärden onsdagen den 9 juni 2027."
OFFERED = "Fastighets AB Lindhagen lämnade ett anbud den 2 juli 2027."
DEMOLITION = "Enligt kommunstyrelsens beslut den 3 maj 2027 ska"
NEGOTIATED = "Förhandling enligt 11 § MBL genomfördes den 10 augusti 2027."
LANDLORD = "1. Kultur- och fritidsnämnden godkänner hyresavtal med Fastighets AB Lindhagen för"
MANAGER = "Lars Nyström\nFritidschef"

THIRTEENTH = [
    # The date the fee takes effect, told twice.
    (TRANSPORT_FEE, "effective", EFFECTIVE, "Taxan börjar gälla den 1 augusti 2027, och höjningen", True),
    (TRANSPORT_FEE, "effective", EFFECTIVE, "Taxan gäller från och med 2028, och höjningen", True),
    (TRANSPORT_FEE, "effective", EFFECTIVE, "Taxan börjar gälla vid halvårsskiftet, och höjningen", False),
    (TRANSPORT_FEE, "effective", EFFECTIVE, "Taxan gäller från och med juli 2027, och höjningen", False),
    # The raise by per cent (40 → 45 kronor is 12.5 %) and by kronor.
    (TRANSPORT_FEE, "figure", RAISED, "Egenavgiften höjs därmed med 15 procent.", True),
    (TRANSPORT_FEE, "figure", RAISED, "Egenavgiften höjs därmed med 6 kronor per resa.", True),
    (TRANSPORT_FEE, "figure", RAISED, "Egenavgiften höjs därmed med 5 kronor, eller 12,5 procent.", False),
    (TRANSPORT_FEE, "figure", RAISED, "Egenavgiften höjs därmed med en åttondel.", False),
    # Permit holders counted and referred back.
    (TRANSPORT_FEE, "count", HOLDERS, "Av de 1 510 tillståndshavarna är 820 över 65 år.", True),
    (TRANSPORT_FEE, "count", HOLDERS, "Av de 1 150 tillståndshavarna är 1 220 över 65 år.", True),
    (TRANSPORT_FEE, "count", HOLDERS, "820 av de 1 150 tillståndshavarna är äldre än 65 år.", False),
    (TRANSPORT_FEE, "count", HOLDERS, "Av tillståndshavarna är 820 över 65 år.", False),
    # The age under which children travel free, told twice.
    (TRANSPORT_FEE, "age", FREE, "Då infördes också att barn under 18 år reser gratis.", True),
    (TRANSPORT_FEE, "age", FREE, "Då infördes också att barn som inte fyllt 12 år reser gratis.", True),
    (TRANSPORT_FEE, "age", FREE, "Då infördes också att barn som inte fyllt 16 år reser gratis.", False),
    (TRANSPORT_FEE, "age", FREE, "Då infördes också fria resor för barn.", False),
    # The earlier decision with its weekday (14 December 2020 was a Monday).
    (TRANSPORT_FEE, "weekday", ADOPTED,
     "Den nuvarande taxan antogs av kommunfullmäktige tisdagen den 14 december 2020, § 187.", True),
    (TRANSPORT_FEE, "weekday", ADOPTED,
     "Den nuvarande taxan antogs av kommunfullmäktige måndag 14 december 2020, § 187.", False),
    # The consultation and the information before the paper (8 March 2027).
    (TRANSPORT_FEE, "past event", ANSWERED, "och lämnade sina yttranden den 22 mars 2027.", True),
    (TRANSPORT_FEE, "past event", ANSWERED, "och ska lämna sina yttranden senast den 22 mars 2027.", False),
    (TRANSPORT_FEE, "past event", INFORMED,
     "Information enligt 19 § MBL lämnades i samverkansgruppen den 11 mars 2027.", True),
    (TRANSPORT_FEE, "past event", INFORMED,
     "Information enligt 19 § MBL lämnas i samverkansgruppen den 11 mars 2027.", False),
    # The law's number.
    (TRANSPORT_FEE, "law", LAW, "enligt lagen (1997:763) om färdtjänst den som", True),
    (TRANSPORT_FEE, "law", LAW, "enligt färdtjänstlagen (1997:736) den som", False),
    # The operator, the officer and the board.
    *[(TRANSPORT_FEE, "name", OPERATOR, OPERATOR.replace("Norrtrafik Färdtjänst AB", new), True) for new in [
        "Norrtrafik Färdtjänster AB", "Nortrafik Färdtjänst AB"]],
    (TRANSPORT_FEE, "name", OPERATOR, "Resorna utförs av Norrtrafik enligt avtal", False),
    (TRANSPORT_FEE, "person", PLANNER, "Ana Holm\nTrafikplanerare", True),
    (TRANSPORT_FEE, "person", PLANNER, "Anna Holm\ntrafikplanerare", False),
    (TRANSPORT_FEE, "body", FEE_PROPOSAL, "1. Tekniska nämden föreslår kommunfullmäktige", True),
    (TRANSPORT_FEE, "body", FEE_PROPOSAL, "1. Nämnden föreslår kommunfullmäktige", False),

    # The lease's length in years and dates.
    (YOUTH_CENTRE, "period", TERM, TERM.replace("i fem år", "i fyra år"), True),
    (YOUTH_CENTRE, "period", TERM, TERM.replace("31 december 2032", "31 december 2033"), True),
    (YOUTH_CENTRE, "period", TERM, TERM.replace("i fem år", "i 60 månader"), False),
    (YOUTH_CENTRE, "period", TERM, "2. Avtalet gäller från den 1 januari 2028 till den 31 december 2032.", False),
    (YOUTH_CENTRE, "period", RUNS, RUNS.replace("i fem år", "i sex år"), True),
    (YOUTH_CENTRE, "period", RUNS,
     "Avtalet löper till utgången av 2032, och den sammanlagda hyran blir 5,4 miljoner kronor.", False),
    # The rent as a month's, a year's and the whole period's.
    (YOUTH_CENTRE, "figure", MONTHLY, "Hyran blir 95 000 kronor per månad, vilket motsvarar", True),
    (YOUTH_CENTRE, "figure", MONTHLY, "Hyran blir 90 000 kronor i månaden, vilket motsvarar", False),
    (YOUTH_CENTRE, "figure", YEARLY, "Årshyran på 1 180 000 kronor är 230 000 kronor högre", True),
    (YOUTH_CENTRE, "figure", YEARLY, "Årshyran, drygt en miljon kronor, är 230 000 kronor högre", False),
    (YOUTH_CENTRE, "figure", RUNS, RUNS.replace("5,4 miljoner", "5,8 miljoner"), True),
    (YOUTH_CENTRE, "figure", RUNS, RUNS.replace("5,4 miljoner kronor", "5 400 000 kronor"), False),
    # The area restated per square metre (1 080 000 / 640 ≈ 1 688).
    (YOUTH_CENTRE, "figure", AREA, "Lokalen på Storgatan 12 har 604 kvadratmeter.", True),
    (YOUTH_CENTRE, "figure", AREA, "Lokalen på Storgatan 12 har 640 kvm.", False),
    # The age group, told twice.
    (YOUTH_CENTRE, "age", PLANNED, "Ungdomar 12–19 år har varit med i planeringen", True),
    (YOUTH_CENTRE, "age", PLANNED, "Ungdomar mellan 13 och 18 år har varit med i planeringen", True),
    (YOUTH_CENTRE, "age", PLANNED, "Ungdomar mellan 13 och 19 år har varit med i planeringen", False),
    (YOUTH_CENTRE, "age", PLANNED, "Besökarna har varit med i planeringen", False),
    # The visit's weekday (9 June 2027 was a Wednesday).
    (YOUTH_CENTRE, "weekday", VISITED,
     "Förvaltningen besökte lokalen tillsammans med hyresvärden torsdagen den 9 juni 2027.", True),
    (YOUTH_CENTRE, "weekday", VISITED,
     "Förvaltningen besökte lokalen tillsammans med hyresvärden onsdag 9 juni 2027.", False),
    # Events before the paper (16 August 2027).
    (YOUTH_CENTRE, "past event", OFFERED, "Fastighets AB Lindhagen lämnade ett anbud den 2 september 2027.", True),
    (YOUTH_CENTRE, "past event", OFFERED,
     "Fastighets AB Lindhagen ska lämna ett slutligt anbud senast den 2 september 2027.", False),
    (YOUTH_CENTRE, "past event", NEGOTIATED, NEGOTIATED.replace("10 augusti", "20 augusti"), True),
    (YOUTH_CENTRE, "past event", NEGOTIATED, "Förhandling enligt 11 § MBL genomförs den 20 augusti 2027.", False),
    # The board's decision referred back.
    (YOUTH_CENTRE, "reference", DEMOLITION, "Enligt kommunstyrelsens beslut den 3 mars 2027 ska", True),
    (YOUTH_CENTRE, "reference", DEMOLITION, "Enligt kommunstyrelsens beslut i maj 2027 ska", False),
    # The landlord, the officer and the board.
    (YOUTH_CENTRE, "name", LANDLORD, LANDLORD.replace("Fastighets AB Lindhagen", "Fastighets AB Lindhage"), True),
    (YOUTH_CENTRE, "name", OFFERED, "Fastighets AB Lindhagens anbud lämnades den 2 juli 2027.", False),
    (YOUTH_CENTRE, "person", MANAGER, "Lars Nystrom\nFritidschef", True),
    (YOUTH_CENTRE, "person", MANAGER, "Lars Nyström\nfritidschef", False),
    (YOUTH_CENTRE, "body", LANDLORD, LANDLORD.replace("Kultur- och fritidsnämnden", "Kultur- och fritidsnämden"),
     True),
    (YOUTH_CENTRE, "body", LANDLORD, LANDLORD.replace("Kultur- och fritidsnämnden", "Nämnden"), False),
]
