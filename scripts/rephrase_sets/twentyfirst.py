"""The twenty-first set of `rephrase-probe.py`, written on 2026-12-07 (fourth
session) and measured before any reader was changed for it. It leans on the
short forms new users type: numeric dates in running text ("2028-01-10"),
"kr/kvm", "tkr", "Mkr", "%", "t.o.m." and "dvs.". A sale of municipal land
(an area times a price per square metre, a deposit as a share of the price
and the rest, a building deadline told as months after access, a land
allocation that held for six months, a property named twice, a capital gain
as the price less the book value) and a municipal guarantee for a riding
club's loan (a building cost in two parts, a loan paid off by a sum a year
for some years, a yearly fee as a share of the loan, members of whom some
share are young, an age group told twice, a club's age told from the year it
was founded). The papers, places, people and companies are fictional. Each
probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

SALE = """Kommunledningsförvaltningen
Mark- och exploateringsenheten
TJÄNSTESKRIVELSE
2027-09-14
Dnr KS 2027/402
Handläggare: Jonas Berglund

Kommunstyrelsen

Försäljning av fastigheten Ekby Verkstaden 4

Förslag till beslut
1. Kommunstyrelsen godkänner försäljningen av fastigheten Ekby Verkstaden 4 till Tallåsen Bygg AB för 4 340 000 kr.
2. Tillträde sker 2028-01-10.

Ärende
Fastigheten Ekby Verkstaden 4 omfattar 12 400 kvm industrimark.
Priset är 350 kr/kvm, totalt 4 340 tkr.
Köparen betalar en handpenning om 10 % av köpeskillingen, 434 tkr, när köpeavtalet undertecknas och resterande 3 906 tkr på tillträdesdagen.
Marknadsvärdet har bedömts till 4,1–4,5 Mkr av Värderingsbyrån Norrby AB.
Köparen ska påbörja byggnation inom 18 månader från tillträdet, dvs. senast 2029-07-10.

Bakgrund
Kommunstyrelsen beslutade om markanvisning till Tallåsen Bygg AB tisdagen den 2 mars 2027, § 41.
Markanvisningen gällde i sex månader, t.o.m. 2027-09-01.
Tallåsen Bygg AB ansökte om köp i en skrivelse daterad 2027-08-20.

Ekonomiska konsekvenser
Försäljningen ger en reavinst på 3 200 tkr, eftersom fastighetens bokförda värde är 1 140 tkr.

Jonas Berglund
Mark- och exploateringschef

Beslutet skickas till
Tallåsen Bygg AB
Ekonomienheten
"""

GUARANTEE = """Kommunledningsförvaltningen
Ekonomiavdelningen
TJÄNSTESKRIVELSE
2027-05-18
Dnr KS 2027/233
Handläggare: Sara Lindqvist

Kommunstyrelsen

Kommunal borgen för Ekby Ridklubbs nya ridhus

Förslag till beslut
1. Kommunfullmäktige beslutar att teckna borgen för Ekby Ridklubbs lån om högst 6 000 000 kronor för ett nytt ridhus.
2. Borgensavgiften fastställs till 0,4 procent av lånebeloppet per år.

Ärende
Ekby Ridklubb har 420 medlemmar, varav 315, eller tre av fyra, är under 20 år.
Klubben bedriver ridskola för barn och ungdomar 7–19 år.
Ridhuset beräknas kosta 8,5 miljoner kronor. Klubben betalar 2,5 miljoner kronor med egna medel och resten, 6 miljoner kronor, med ett banklån.
Lånet amorteras med 300 000 kronor per år under 20 år.
Borgensavgiften blir 24 000 kronor det första året.

Bakgrund
Klubbens årsmöte beslutade om bygget lördagen den 13 mars 2027.
Ekby Ridklubb ansökte om borgen den 6 april 2027.
Klubben har bedrivit verksamhet sedan 1968, i snart 60 år.
Ridskolan har 190 elever i åldern 7–19 år.

Ekonomiska konsekvenser
Risken bedöms som låg. Lånet löper över 20 år, t.o.m. 2047.

Sara Lindqvist
Ekonomichef

Beslutet skickas till
Ekby Ridklubb
Ekonomiavdelningen
"""

SALE_PROPOSAL = ("1. Kommunstyrelsen godkänner försäljningen av fastigheten Ekby Verkstaden 4 till Tallåsen Bygg AB "
                 "för 4 340 000 kr.")
ACCESS = "2. Tillträde sker 2028-01-10."
AREA = "Fastigheten Ekby Verkstaden 4 omfattar 12 400 kvm industrimark."
PRICE = "Priset är 350 kr/kvm, totalt 4 340 tkr."
DEPOSIT = ("Köparen betalar en handpenning om 10 % av köpeskillingen, 434 tkr, när köpeavtalet undertecknas och "
           "resterande 3 906 tkr på tillträdesdagen.")
VALUATION = "Marknadsvärdet har bedömts till 4,1–4,5 Mkr av Värderingsbyrån Norrby AB."
BUILDING = "Köparen ska påbörja byggnation inom 18 månader från tillträdet, dvs. senast 2029-07-10."
ALLOCATED = "Kommunstyrelsen beslutade om markanvisning till Tallåsen Bygg AB tisdagen den 2 mars 2027, § 41."
ALLOCATION_TERM = "Markanvisningen gällde i sex månader, t.o.m. 2027-09-01."
APPLIED = "Tallåsen Bygg AB ansökte om köp i en skrivelse daterad 2027-08-20."
GAIN = "Försäljningen ger en reavinst på 3 200 tkr, eftersom fastighetens bokförda värde är 1 140 tkr."
SENT_SALE = "Beslutet skickas till\nTallåsen Bygg AB\nEkonomienheten"
LAND_CHIEF = "Jonas Berglund\nMark- och exploateringschef"

GUARANTEE_PROPOSAL = ("1. Kommunfullmäktige beslutar att teckna borgen för Ekby Ridklubbs lån om högst 6 000 000 "
                      "kronor för ett nytt ridhus.")
FEE_RATE = "2. Borgensavgiften fastställs till 0,4 procent av lånebeloppet per år."
MEMBERS = "Ekby Ridklubb har 420 medlemmar, varav 315, eller tre av fyra, är under 20 år."
SCHOOL = "Klubben bedriver ridskola för barn och ungdomar 7–19 år."
COST = ("Ridhuset beräknas kosta 8,5 miljoner kronor. Klubben betalar 2,5 miljoner kronor med egna medel och "
        "resten, 6 miljoner kronor, med ett banklån.")
AMORTISATION = "Lånet amorteras med 300 000 kronor per år under 20 år."
FIRST_FEE = "Borgensavgiften blir 24 000 kronor det första året."
ANNUAL_MEETING = "Klubbens årsmöte beslutade om bygget lördagen den 13 mars 2027."
APPLIED_GUARANTEE = "Ekby Ridklubb ansökte om borgen den 6 april 2027."
FOUNDED = "Klubben har bedrivit verksamhet sedan 1968, i snart 60 år."
PUPILS = "Ridskolan har 190 elever i åldern 7–19 år."
LOAN_TERM = "Risken bedöms som låg. Lånet löper över 20 år, t.o.m. 2047."
SENT_GUARANTEE = "Beslutet skickas till\nEkby Ridklubb\nEkonomiavdelningen"
FINANCE_CHIEF = "Sara Lindqvist\nEkonomichef"

TWENTYFIRST = [
    # 12 400 square metres at 350 kronor: 4 340 000 kronor, repeated in the proposal.
    (SALE, "figure", AREA, AREA.replace("12 400 kvm", "12 600 kvm"), True),
    (SALE, "figure", PRICE, PRICE.replace("350 kr/kvm", "380 kr/kvm"), True),
    (SALE, "figure", PRICE, PRICE.replace("4 340 tkr", "4 430 tkr"), True),
    (SALE, "figure", SALE_PROPOSAL, SALE_PROPOSAL.replace("4 340 000 kr", "4 430 000 kr"), True),
    (SALE, "figure", PRICE, PRICE.replace(", totalt 4 340 tkr", ""), False),
    # A deposit of 10 per cent, 434 tkr, and the rest, 3 906 tkr.
    (SALE, "figure", DEPOSIT, DEPOSIT.replace("434 tkr", "443 tkr"), True),
    (SALE, "figure", DEPOSIT, DEPOSIT.replace("10 %", "15 %"), True),
    (SALE, "figure", DEPOSIT, DEPOSIT.replace("3 906 tkr", "3 960 tkr"), True),
    (SALE, "figure", DEPOSIT, DEPOSIT.replace(", 434 tkr,", ""), False),
    (SALE, "figure", VALUATION, VALUATION.replace("4,1–4,5 Mkr", "4,2–4,6 Mkr"), False),
    # Building within 18 months of access on 10 January 2028: by 10 July 2029.
    (SALE, "period", BUILDING, BUILDING.replace("2029-07-10", "2029-01-10"), True),
    (SALE, "period", BUILDING, BUILDING.replace("18 månader", "12 månader"), True),
    (SALE, "period", ACCESS, ACCESS.replace("2028-01-10", "2028-02-10"), True),
    (SALE, "period", BUILDING, BUILDING.replace(", dvs. senast 2029-07-10", ""), False),
    # The allocation on Tuesday 2 March 2027 held six months, to 1 September.
    (SALE, "weekday", ALLOCATED, ALLOCATED.replace("tisdagen", "onsdagen"), True),
    (SALE, "past event", ALLOCATED, ALLOCATED.replace("tisdagen den 2 mars 2027", "den 2 oktober 2027"), True),
    (SALE, "weekday", ALLOCATED, ALLOCATED.replace("tisdagen den", "den"), False),
    (SALE, "period", ALLOCATION_TERM, ALLOCATION_TERM.replace("2027-09-01", "2027-10-01"), True),
    (SALE, "period", ALLOCATION_TERM, ALLOCATION_TERM.replace("sex månader", "nio månader"), True),
    (SALE, "period", ALLOCATION_TERM, ALLOCATION_TERM.replace(", t.o.m. 2027-09-01", ""), False),
    (SALE, "past event", APPLIED, APPLIED.replace("2027-08-20", "2027-09-20"), True),
    (SALE, "past event", APPLIED, APPLIED.replace("2027-08-20", "2027-07-20"), False),
    # A gain of 3 200 tkr: 4 340 less a book value of 1 140.
    (SALE, "figure", GAIN, GAIN.replace("3 200 tkr", "3 400 tkr"), True),
    (SALE, "figure", GAIN, GAIN.replace(", eftersom fastighetens bokförda värde är 1 140 tkr", ""), False),
    # The property, the buyer, the officer, the board.
    (SALE, "reference", AREA, AREA.replace("Verkstaden 4", "Verkstaden 5"), True),
    (SALE, "reference", AREA, AREA.replace("Fastigheten Ekby Verkstaden 4", "Fastigheten"), False),
    (SALE, "name", SENT_SALE, SENT_SALE.replace("Tallåsen Bygg AB", "Tallåsen Byg AB"), True),
    (SALE, "name", APPLIED, APPLIED.replace("Tallåsen Bygg AB", "Tallåssen Bygg AB"), True),
    (SALE, "name", APPLIED, APPLIED.replace("Tallåsen Bygg AB", "Köparen"), False),
    (SALE, "person", LAND_CHIEF, "Jonas Bergslund\nMark- och exploateringschef", True),
    (SALE, "body", ALLOCATED, ALLOCATED.replace("Kommunstyrelsen", "Kommunstyrelssen"), True),

    # A loan of at most 6 000 000 kronor: the rest of 8,5 million after 2,5 of the club's own.
    (GUARANTEE, "figure", GUARANTEE_PROPOSAL, GUARANTEE_PROPOSAL.replace("6 000 000", "6 500 000"), True),
    (GUARANTEE, "figure", COST, COST.replace("8,5 miljoner", "9,5 miljoner"), True),
    (GUARANTEE, "figure", COST, COST.replace("2,5 miljoner", "3,5 miljoner"), True),
    (GUARANTEE, "figure", COST, COST.replace("resten, 6 miljoner kronor, med", "resten med"), False),
    # 300 000 kronor a year for 20 years pays off 6 million; the loan runs to 2047.
    (GUARANTEE, "figure", AMORTISATION, AMORTISATION.replace("300 000", "250 000"), True),
    (GUARANTEE, "period", AMORTISATION, AMORTISATION.replace("under 20 år", "under 25 år"), True),
    (GUARANTEE, "figure", AMORTISATION, "Lånet amorteras under 20 år.", False),
    (GUARANTEE, "period", LOAN_TERM, LOAN_TERM.replace("t.o.m. 2047", "t.o.m. 2052"), True),
    # A fee of 0,4 per cent of 6 million: 24 000 kronor.
    (GUARANTEE, "figure", FIRST_FEE, FIRST_FEE.replace("24 000", "42 000"), True),
    (GUARANTEE, "figure", FEE_RATE, FEE_RATE.replace("0,4 procent", "0,5 procent"), True),
    (GUARANTEE, "figure", FIRST_FEE, "Borgensavgiften betalas årligen.", False),
    # 315 of 420 members, three of four.
    (GUARANTEE, "share", MEMBERS, MEMBERS.replace("varav 315", "varav 335"), True),
    (GUARANTEE, "share", MEMBERS, MEMBERS.replace("tre av fyra", "två av tre"), True),
    (GUARANTEE, "share", MEMBERS, MEMBERS.replace(", eller tre av fyra,", ""), False),
    # The riding school's ages, told twice.
    (GUARANTEE, "age", PUPILS, PUPILS.replace("7–19 år", "7–21 år"), True),
    (GUARANTEE, "age", SCHOOL, SCHOOL.replace("7–19 år", "6–19 år"), True),
    (GUARANTEE, "age", PUPILS, PUPILS.replace(" i åldern 7–19 år", ""), False),
    # The annual meeting on Saturday 13 March 2027 and the application, before the paper.
    (GUARANTEE, "weekday", ANNUAL_MEETING, ANNUAL_MEETING.replace("lördagen", "söndagen"), True),
    (GUARANTEE, "weekday", ANNUAL_MEETING, ANNUAL_MEETING.replace("lördagen den", "den"), False),
    (GUARANTEE, "past event", APPLIED_GUARANTEE, APPLIED_GUARANTEE.replace("6 april", "6 juni"), True),
    (GUARANTEE, "past event", APPLIED_GUARANTEE, APPLIED_GUARANTEE.replace("6 april", "6 mars"), False),
    # Founded in 1968: almost 60 years in 2027.
    (GUARANTEE, "period", FOUNDED, FOUNDED.replace("i snart 60 år", "i snart 50 år"), True),
    (GUARANTEE, "period", FOUNDED, FOUNDED.replace(", i snart 60 år", ""), False),
    # The club, the officer, the board.
    (GUARANTEE, "name", SENT_GUARANTEE, SENT_GUARANTEE.replace("Ekby Ridklubb\n", "Ekby Ridklub\n"), True),
    (GUARANTEE, "name", APPLIED_GUARANTEE, APPLIED_GUARANTEE.replace("Ekby Ridklubb", "Ekby Rideklubb"), True),
    (GUARANTEE, "name", APPLIED_GUARANTEE, APPLIED_GUARANTEE.replace("Ekby Ridklubb", "Klubben"), False),
    (GUARANTEE, "person", FINANCE_CHIEF, "Sara Lindkvist\nEkonomichef", True),
    (GUARANTEE, "body", FEE_RATE, "2. Kommunstyrelssen föreslår att borgensavgiften fastställs till 0,4 procent av "
     "lånebeloppet per år.", True),
]
