"""The twenty-fourth set of `rephrase-probe.py`, written on 2026-12-07
(seventh session) and measured before any reader was changed for it. It
leans on the forms a lease and a procurement are written in: dates as
"fr.o.m. 2028-01-01 t.o.m. 2037-12-31", a length as "tio (10) år", an area
in "kvm" and a rent in "kr/kvm och år", sums in "mnkr" with decimal commas,
an option as "1+1 år", and counts told as a whole less a part ("Sex anbud
kom in, varav två förkastades ... De fyra återstående"). A lease for a new
preschool (ten years, 80 places in five groups of 16, area times rent, the
rent per place, the saving against the pavilions it replaces) and the award
of a cleaning contract (three years and two options, six bids less two,
the yearly price times three, per square metre, against today's cost). The
papers, places, people and companies are fictional. Each probe is (paper,
kind, passage, rewrite, is_slip): see the script.
"""

PRESCHOOL_LEASE = """Barn- och utbildningsförvaltningen
Tjänsteskrivelse
2027-10-11
Dnr BUN 2027/311
Handläggare Johan Ahlström

Barn- och utbildningsnämnden

Hyresavtal för förskolan Tallen med 80 platser

Förslag till beslut
1. Barn- och utbildningsnämnden godkänner hyresavtal med Fastighets AB Ekbyhem för förskolan Tallen under tio år, fr.o.m. 2028-01-01 t.o.m. 2037-12-31.
2. Årshyran om 2 400 000 kr finansieras inom nämndens ram.

Ärende
Förskolan Tallen ersätter de två tillfälliga paviljongerna vid Norrbyskolan. Den nya förskolan har 80 platser fördelade på fem avdelningar med 16 barn på varje avdelning och tar emot barn i åldrarna 1–5 år.
Hyresavtalet löper i tio (10) år med start den 1 januari 2028. Lokalen är 1 500 kvm och hyran är 1 600 kr/kvm och år, vilket ger en årshyra på 2 400 000 kr.
Förskolan öppnar för barnen måndagen den 10 januari 2028.

Bakgrund
Behovet av platser för barn i förskoleåldern 1–5 år ökar i Norrby. Lokalförsörjningsgruppen behandlade ärendet 2027-09-14. Fastighets AB Ekbyhem lämnade sitt slutliga hyresförslag den 28 september 2027.
Paviljongerna avvecklas under våren 2028.

Ekonomiska konsekvenser
Hyran motsvarar 30 000 kr per plats och år. Dagens paviljonger kostar 1 900 000 kr per år, och nettoökningen blir därmed 500 000 kr per år.

Samverkan
Facklig samverkan enligt 11 § MBL genomfördes 2027-10-04.

Johan Ahlström
Lokalstrateg

Beslutet skickas till
Fastighets AB Ekbyhem
Lokalförsörjningsgruppen
"""

CLEANING_CONTRACT = """Serviceförvaltningen
Tjänsteskrivelse
2027-11-08
Dnr SN 2027/145
Handläggare Emma Sjöberg

Servicenämnden

Tilldelning av kontrakt för lokalvård i skolorna 2028–2031

Förslag till beslut
1. Servicenämnden tilldelar Renhållning Norr AB kontraktet för lokalvård i kommunens skolor för perioden 1 februari 2028 till 31 januari 2031.
2. Förvaltningschefen får i uppdrag att teckna avtal med Renhållning Norr AB.

Ärende
Upphandlingen annonserades den 16 augusti 2027 och anbudstiden gick ut den 20 september 2027. Sex anbud kom in, varav två förkastades eftersom de inte uppfyllde kraven. De fyra återstående anbuden utvärderades efter lägsta pris.
Avtalet gäller i tre år med möjlighet till förlängning i 1+1 år, dvs. längst till och med den 31 januari 2033.
Lokalvården omfattar 14 skolor med sammanlagt 62 000 kvadratmeter.

Bakgrund
Nuvarande avtal med Städbolaget Ekby AB löper ut den 31 januari 2028.
Tilldelningsbeslutet skickas till anbudsgivarna efter nämndens sammanträde onsdagen den 24 november 2027, och därefter gäller tio dagars avtalsspärr.

Ekonomiska konsekvenser
Renhållning Norr AB:s anbud är 9,3 mnkr per år, totalt 27,9 mnkr för avtalsperioden. Det är 1,2 mnkr lägre än dagens kostnad på 10,5 mnkr per år. Priset motsvarar 150 kronor per kvadratmeter och år.

Emma Sjöberg
Upphandlare

Beslutet skickas till
Renhållning Norr AB
Städbolaget Ekby AB
"""

LEASE_TITLE = "Hyresavtal för förskolan Tallen med 80 platser"
LEASE_PROPOSAL = ("1. Barn- och utbildningsnämnden godkänner hyresavtal med Fastighets AB Ekbyhem för förskolan "
                  "Tallen under tio år, fr.o.m. 2028-01-01 t.o.m. 2037-12-31.")
RENT_PROPOSAL = "2. Årshyran om 2 400 000 kr finansieras inom nämndens ram."
GROUPS = ("Den nya förskolan har 80 platser fördelade på fem avdelningar med 16 barn på varje avdelning och tar "
          "emot barn i åldrarna 1–5 år.")
TERM = "Hyresavtalet löper i tio (10) år med start den 1 januari 2028."
RENT = "Lokalen är 1 500 kvm och hyran är 1 600 kr/kvm och år, vilket ger en årshyra på 2 400 000 kr."
OPENS = "Förskolan öppnar för barnen måndagen den 10 januari 2028."
NEED = "Behovet av platser för barn i förskoleåldern 1–5 år ökar i Norrby."
GROUP_MET = "Lokalförsörjningsgruppen behandlade ärendet 2027-09-14."
OFFER = "Fastighets AB Ekbyhem lämnade sitt slutliga hyresförslag den 28 september 2027."
PAVILIONS = "Paviljongerna avvecklas under våren 2028."
PER_PLACE = "Hyran motsvarar 30 000 kr per plats och år."
NET = "Dagens paviljonger kostar 1 900 000 kr per år, och nettoökningen blir därmed 500 000 kr per år."
LEASE_MBL = "Facklig samverkan enligt 11 § MBL genomfördes 2027-10-04."
LEASE_SENT = "Beslutet skickas till\nFastighets AB Ekbyhem"
LEASE_OFFICER = "Johan Ahlström\nLokalstrateg"

AWARD = ("1. Servicenämnden tilldelar Renhållning Norr AB kontraktet för lokalvård i kommunens skolor för "
         "perioden 1 februari 2028 till 31 januari 2031.")
SIGN = "2. Förvaltningschefen får i uppdrag att teckna avtal med Renhållning Norr AB."
TENDER_DATES = ("Upphandlingen annonserades den 16 augusti 2027 och anbudstiden gick ut den 20 september 2027.")
BIDS = "Sex anbud kom in, varav två förkastades eftersom de inte uppfyllde kraven."
REMAINING = "De fyra återstående anbuden utvärderades efter lägsta pris."
OPTIONS = "Avtalet gäller i tre år med möjlighet till förlängning i 1+1 år, dvs. längst till och med den 31 januari 2033."
AREA = "Lokalvården omfattar 14 skolor med sammanlagt 62 000 kvadratmeter."
CURRENT = "Nuvarande avtal med Städbolaget Ekby AB löper ut den 31 januari 2028."
MEETING = ("Tilldelningsbeslutet skickas till anbudsgivarna efter nämndens sammanträde onsdagen den 24 november "
           "2027, och därefter gäller tio dagars avtalsspärr.")
PRICE = "Renhållning Norr AB:s anbud är 9,3 mnkr per år, totalt 27,9 mnkr för avtalsperioden."
SAVING = "Det är 1,2 mnkr lägre än dagens kostnad på 10,5 mnkr per år."
PER_METRE = "Priset motsvarar 150 kronor per kvadratmeter och år."
CLEANING_OFFICER = "Emma Sjöberg\nUpphandlare"

TWENTYFOURTH = [
    # Ten years: 1 January 2028 to 31 December 2037.
    (PRESCHOOL_LEASE, "period", LEASE_PROPOSAL, LEASE_PROPOSAL.replace("t.o.m. 2037-12-31", "t.o.m. 2038-12-31"),
     True),
    (PRESCHOOL_LEASE, "period", TERM, TERM.replace("tio (10) år", "tolv (12) år"), True),
    (PRESCHOOL_LEASE, "period", LEASE_PROPOSAL, LEASE_PROPOSAL.replace("under tio år", "under åtta år"), True),
    (PRESCHOOL_LEASE, "date", TERM, TERM.replace("den 1 januari 2028", "den 1 mars 2028"), True),
    (PRESCHOOL_LEASE, "period", LEASE_PROPOSAL,
     LEASE_PROPOSAL.replace("fr.o.m. 2028-01-01 t.o.m. 2037-12-31", "från den 1 januari 2028 till den 31 december 2037"),
     False),
    # The preschool opens on Monday 10 January 2028, after the lease starts.
    (PRESCHOOL_LEASE, "weekday", OPENS, OPENS.replace("måndagen", "tisdagen"), True),
    (PRESCHOOL_LEASE, "date", OPENS, OPENS.replace("den 10 januari 2028", "den 10 december 2027"), True),
    (PRESCHOOL_LEASE, "date", PAVILIONS, PAVILIONS.replace("våren 2028", "hösten 2028"), False),
    # 80 places: five groups of 16; in the title too.
    (PRESCHOOL_LEASE, "count", GROUPS, GROUPS.replace("80 platser", "90 platser"), True),
    (PRESCHOOL_LEASE, "count", GROUPS, GROUPS.replace("fem avdelningar", "sex avdelningar"), True),
    (PRESCHOOL_LEASE, "count", LEASE_TITLE, LEASE_TITLE.replace("80 platser", "96 platser"), True),
    # Ages 1 to 5, told twice.
    (PRESCHOOL_LEASE, "age", NEED, NEED.replace("1–5 år", "1–6 år"), True),
    (PRESCHOOL_LEASE, "age", GROUPS, GROUPS.replace("i åldrarna 1–5 år", "i åldrarna 2–5 år"), True),
    (PRESCHOOL_LEASE, "age", NEED, NEED.replace("1–5 år", "ett till fem år"), False),
    # 1 500 kvm at 1 600 kr: 2 400 000 kr a year; 30 000 kr a place; 500 000 more than 1 900 000.
    (PRESCHOOL_LEASE, "figure", RENT, RENT.replace("1 600 kr/kvm", "1 700 kr/kvm"), True),
    (PRESCHOOL_LEASE, "figure", RENT, RENT.replace("årshyra på 2 400 000 kr", "årshyra på 2 600 000 kr"), True),
    (PRESCHOOL_LEASE, "figure", RENT_PROPOSAL, RENT_PROPOSAL.replace("2 400 000", "2 450 000"), True),
    (PRESCHOOL_LEASE, "figure", PER_PLACE, PER_PLACE.replace("30 000 kr", "32 000 kr"), True),
    (PRESCHOOL_LEASE, "figure", NET, NET.replace("500 000 kr per år", "600 000 kr per år"), True),
    (PRESCHOOL_LEASE, "figure", NET, NET.replace("1 900 000 kr", "1 800 000 kr"), True),
    (PRESCHOOL_LEASE, "figure", RENT, RENT.replace("1 500 kvm", "1 500 m²"), False),
    (PRESCHOOL_LEASE, "figure", PER_PLACE, PER_PLACE.replace("30 000 kr", "30 tkr"), False),
    # Dates before the paper of 11 October 2027.
    (PRESCHOOL_LEASE, "past event", GROUP_MET, GROUP_MET.replace("2027-09-14", "2027-10-14"), True),
    (PRESCHOOL_LEASE, "past event", OFFER, OFFER.replace("28 september", "18 oktober"), True),
    (PRESCHOOL_LEASE, "past event", LEASE_MBL, LEASE_MBL.replace("2027-10-04", "2027-10-14"), True),
    (PRESCHOOL_LEASE, "past event", GROUP_MET, GROUP_MET.replace("2027-09-14", "2027-08-31"), False),
    # The landlord, the officer.
    (PRESCHOOL_LEASE, "name", LEASE_SENT, LEASE_SENT.replace("Ekbyhem", "Ekbyheim"), True),
    (PRESCHOOL_LEASE, "name", OFFER, OFFER.replace("Fastighets AB Ekbyhem", "Fastighets AB Ekbyhemm"), True),
    (PRESCHOOL_LEASE, "person", LEASE_OFFICER, "Johan Alström\nLokalstrateg", True),

    # Three years from 1 February 2028, and two options of a year.
    (CLEANING_CONTRACT, "period", AWARD, AWARD.replace("31 januari 2031", "31 januari 2032"), True),
    (CLEANING_CONTRACT, "period", OPTIONS, OPTIONS.replace("i tre år", "i fyra år"), True),
    (CLEANING_CONTRACT, "period", OPTIONS, OPTIONS.replace("31 januari 2033", "31 januari 2034"), True),
    (CLEANING_CONTRACT, "period", OPTIONS, OPTIONS.replace("1+1 år", "ett plus ett år"), False),
    # Six bids less two rejected: four.
    (CLEANING_CONTRACT, "count", BIDS, BIDS.replace("Sex anbud", "Fem anbud"), True),
    (CLEANING_CONTRACT, "count", BIDS, BIDS.replace("två förkastades", "tre förkastades"), True),
    (CLEANING_CONTRACT, "count", REMAINING, REMAINING.replace("fyra återstående", "fem återstående"), True),
    (CLEANING_CONTRACT, "count", AREA, AREA.replace("14 skolor", "15 skolor"), False),
    # 9,3 mnkr a year for three years: 27,9; 1,2 below 10,5; 150 kronor a square metre of 62 000.
    (CLEANING_CONTRACT, "figure", PRICE, PRICE.replace("27,9 mnkr", "28,9 mnkr"), True),
    (CLEANING_CONTRACT, "figure", SAVING, SAVING.replace("1,2 mnkr", "1,5 mnkr"), True),
    (CLEANING_CONTRACT, "figure", SAVING, SAVING.replace("10,5 mnkr", "10,8 mnkr"), True),
    (CLEANING_CONTRACT, "figure", PER_METRE, PER_METRE.replace("150 kronor", "160 kronor"), True),
    (CLEANING_CONTRACT, "figure", PRICE, PRICE.replace("9,3 mnkr per år", "9 300 tkr per år"), False),
    (CLEANING_CONTRACT, "figure", AREA, AREA.replace("62 000 kvadratmeter", "62 000 kvm"), False),
    # Dates before the paper of 8 November 2027; the meeting on Wednesday 24 November.
    (CLEANING_CONTRACT, "past event", TENDER_DATES, TENDER_DATES.replace("20 september", "20 november"), True),
    (CLEANING_CONTRACT, "past event", TENDER_DATES, TENDER_DATES.replace("16 augusti", "9 augusti"), False),
    (CLEANING_CONTRACT, "weekday", MEETING, MEETING.replace("onsdagen den 24", "torsdagen den 24"), True),
    (CLEANING_CONTRACT, "date", CURRENT, CURRENT.replace("31 januari 2028", "31 januari 2029"), True),
    # The supplier, the officer.
    (CLEANING_CONTRACT, "name", SIGN, SIGN.replace("Renhållning Norr AB", "Renhållning Nord AB"), True),
    (CLEANING_CONTRACT, "person", CLEANING_OFFICER, "Emma Sjöborg\nUpphandlare", True),
]
