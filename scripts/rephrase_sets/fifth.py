"""The fifth set of `rephrase-probe.py`, written on 2026-12-05 (evening) after
the fourth set's readers and measured before any reader was changed for it:
an investment in a new preschool (counts, areas, sums, a contractor) and a
reorganisation negotiated under 11 § MBL (an effective date, counts of
units, a negotiation that must come before the paper). The papers, places,
people and companies are fictional.

Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

PRESCHOOL = """Serviceförvaltningen
Lokalförsörjningsenheten
Tjänsteskrivelse
2026-10-06
Dnr SERV 2026/233
Handläggare Jonas Berglid

Servicenämnden

Investeringsbeslut för ny förskola i Västra Lövsjö

Förslag till beslut
1. Servicenämnden godkänner investeringen i en ny förskola i Västra Lövsjö med en investeringsutgift om 92 miljoner kronor.
2. Servicenämnden ger förvaltningen i uppdrag att teckna avtal med Byggbolaget Granlund AB om totalentreprenad.

Ärendet
Barn- och utbildningsnämnden beslutade den 10 september 2026, § 71, att beställa en ny förskola i Västra Lövsjö. Förskolan ska ha åtta avdelningar med plats för 160 barn i åldern 1–5 år och ersätter de tillfälliga paviljongerna på Ekvägen.
Byggnaden blir på 2 400 kvadratmeter i två plan. Byggstart planeras till mars 2027 och förskolan beräknas vara klar för inflyttning i augusti 2028.
När förskolan står klar ersätts paviljongernas 120 platser av 160 nya platser för barn 1–5 år.

Upphandling
Upphandlingen annonserades den 2 juni 2026 och tre anbud kom in. Byggbolaget Granlund AB lämnade det ekonomiskt mest fördelaktiga anbudet. Tilldelningsbeslut fattades den 28 augusti 2026.

Ekonomiska konsekvenser
Investeringsutgiften är 92 miljoner kronor och ryms i investeringsbudgeten för 2027–2028. Hyran till barn- och utbildningsnämnden beräknas till 6,1 miljoner kronor per år från och med inflyttningen i augusti 2028.

Samverkan
Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 29 september 2026.

Jonas Berglid
Projektledare

Beslutet skickas till
Barn- och utbildningsnämnden
Byggbolaget Granlund AB
"""

REORGANISATION = """Vård- och omsorgsförvaltningen
Tjänsteskrivelse
Datum: 2026-11-02
Dnr: VON 2026/301
Handläggare: Amra Delić, HR-strateg

Till vård- och omsorgsnämnden

Ny organisation för hemtjänsten från 1 februari 2027

Förslag till beslut
Vård- och omsorgsnämnden beslutar
att hemtjänsten från och med den 1 februari 2027 organiseras i tre geografiska områden: Norr, Centrum och Söder,
att organisationen utvärderas efter ett år och redovisas för nämnden senast i mars 2028.

Sammanfattning
I dag är hemtjänsten organiserad i fem enheter som leds av var sin enhetschef. Förvaltningen föreslår att de fem enheterna slås samman till tre områden med en områdeschef för varje område. Den nya organisationen träder i kraft den 1 februari 2027. Förändringen berör cirka 240 medarbetare och ingen medarbetare sägs upp.

Bakgrund
Nämnden gav den 16 april 2026, § 44, förvaltningen i uppdrag att se över hemtjänstens organisation. Översynen har gjorts av en arbetsgrupp med representanter för Kommunal och Vision under perioden maj–september 2026. Ärendet behandlas av nämnden torsdagen den 19 november 2026.

Konsekvenser
Kostnaden för ledning minskar med cirka 1,4 miljoner kronor per år när två chefstjänster dras in. Omställningen sker inom befintlig budget.

Facklig samverkan
Förhandling enligt 11 § MBL genomfördes med Kommunal och Vision den 26 oktober 2026. Parterna var överens.

Inger Wallmark
Förvaltningschef

Amra Delić
HR-strateg

Beslutet skickas till
Kommunal
Vision
Hemtjänstens enhetschefer
"""

PLACES = "ersätts paviljongernas 120 platser av 160 nya platser för barn 1–5 år."
UNITS = "Förskolan ska ha åtta avdelningar med plats för 160 barn i åldern 1–5 år"
AREA = "Byggnaden blir på 2 400 kvadratmeter i två plan."
OUTLAY = "Investeringsutgiften är 92 miljoner kronor och ryms"
AWARDED = "Tilldelningsbeslut fattades den 28 augusti 2026."
INFORMED = "Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 29 september 2026."
ORDERED = "Barn- och utbildningsnämnden beslutade den 10 september 2026, § 71, att beställa"
MOVING_IN = "från och med inflyttningen i augusti 2028."
CONTRACTOR = "Byggbolaget Granlund AB lämnade det ekonomiskt mest fördelaktiga anbudet."
PRESCHOOL_SENT = "Beslutet skickas till\nBarn- och utbildningsnämnden\nByggbolaget Granlund AB\n"
IN_FORCE = "Den nya organisationen träder i kraft den 1 februari 2027."
MERGED = "de fem enheterna slås samman till tre områden"
NEGOTIATED = "Förhandling enligt 11 § MBL genomfördes med Kommunal och Vision den 26 oktober 2026."
COMMISSIONED = "Nämnden gav den 16 april 2026, § 44, förvaltningen i uppdrag"
ON_THURSDAY = "Ärendet behandlas av nämnden torsdagen den 19 november 2026."
SAVING = "Kostnaden för ledning minskar med cirka 1,4 miljoner kronor per år"
SIGNED = "Amra Delić\nHR-strateg\n\nBeslutet"
DECIDES = "Vård- och omsorgsnämnden beslutar\natt"

FIFTH = [
    # A count told twice: places and units.
    *[(PRESCHOOL, "count", PLACES, new, True) for new in [
        "ersätts paviljongernas 120 platser av 180 nya platser för barn 1–5 år.",
        "får barn 1–5 år 180 nya förskoleplatser i stället för paviljongernas 120."]],
    *[(PRESCHOOL, "count", PLACES, new, False) for new in [
        "får barn 1–5 år 160 nya förskoleplatser i stället för paviljongernas 120.",
        "ersätts paviljongerna, som har 120 platser, av 160 nya platser för barn 1–5 år."]],
    *[(PRESCHOOL, "count", UNITS, new, True) for new in [
        "Förskolan ska ha sju avdelningar med plats för 160 barn i åldern 1–5 år",
        "Förskolan byggs för 180 barn i åldern 1–5 år på åtta avdelningar"]],
    (PRESCHOOL, "count", UNITS, "Förskolan byggs för 160 barn i åldern 1–5 år på 8 avdelningar", False),
    *[(REORGANISATION, "count", MERGED, new, True) for new in [
        "de sex enheterna slås samman till tre områden",
        "de fem enheterna slås samman till fyra områden",
        "dagens fem enheter blir fyra områden"]],
    (REORGANISATION, "count", MERGED, "dagens fem enheter blir tre områden", False),
    # An age range told twice.
    *[(PRESCHOOL, "age", PLACES, new, True) for new in [
        "ersätts paviljongernas 120 platser av 160 nya platser för barn 1–6 år.",
        "ersätts paviljongernas 120 platser av 160 nya platser för barn mellan ett och sex år."]],
    (PRESCHOOL, "age", PLACES,
     "ersätts paviljongernas 120 platser av 160 nya platser för barn mellan ett och fem år.", False),
    # A measure: the area restated is compared only when it is said twice.
    (PRESCHOOL, "measure", AREA, "Byggnaden blir på 2 400 m² i två plan.", False),
    (PRESCHOOL, "measure", AREA, "Byggnadens bruttoarea blir 2 400 kvm.", False),
    # The outlay restated.
    *[(PRESCHOOL, "amount", OUTLAY, new, True) for new in [
        "Investeringsutgiften är 95 miljoner kronor och ryms",
        "Investeringen beräknas kosta 95 mnkr och ryms",
        "Den totala investeringen på 29 miljoner kronor ryms"]],
    *[(PRESCHOOL, "amount", OUTLAY, new, False) for new in [
        "Investeringen beräknas kosta 92 mnkr och ryms",
        "Investeringsutgiften är 92 000 tkr och ryms",
        "Investeringsutgiften är 92 miljoner kronor, varav 4 miljoner kronor för inventarier, och ryms"]],
    # A past event dated after the paper (2026-10-06 and 2026-11-02).
    *[(PRESCHOOL, "past event", AWARDED, new, True) for new in [
        "Tilldelningsbeslut fattades den 28 oktober 2026.",
        "Förvaltningen tilldelade Byggbolaget Granlund AB kontraktet den 28 oktober 2026.",
        "Den 28 oktober 2026 meddelades tilldelningsbeslutet."]],
    *[(PRESCHOOL, "past event", AWARDED, new, False) for new in [
        "Avtal kan tecknas när avtalsspärren har löpt ut, tidigast den 12 oktober 2026.",
        "Tilldelningsbeslutet meddelas efter nämndens beslut, preliminärt den 28 oktober 2026."]],
    *[(PRESCHOOL, "past event", INFORMED, new, True) for new in [
        "MBL-information lämnades i samverkansgruppen den 13 oktober 2026.",
        "Arbetstagarorganisationerna informerades enligt 19 § MBL den 13 oktober 2026."]],
    (PRESCHOOL, "past event", INFORMED,
     "Arbetstagarorganisationerna informeras enligt 19 § MBL den 13 oktober 2026.", False),
    *[(PRESCHOOL, "past event", ORDERED, new, True) for new in [
        "Barn- och utbildningsnämnden beslutade den 10 november 2026, § 71, att beställa",
        "Den 10 november 2026 (§ 71) beslutade barn- och utbildningsnämnden att beställa"]],
    *[(REORGANISATION, "past event", NEGOTIATED, new, True) for new in [
        "MBL-förhandlingen med Kommunal och Vision hölls den 9 november 2026.",
        "Kommunal och Vision förhandlade enligt 11 § MBL med förvaltningen den 9 november 2026.",
        "Förhandling enligt 11 § MBL genomfördes med Kommunal och Vision den 9 november 2026."]],
    *[(REORGANISATION, "past event", NEGOTIATED, new, False) for new in [
        "Förhandling enligt 11 § MBL med Kommunal och Vision äger rum den 9 november 2026, före nämndens beslut.",
        "MBL-förhandlingen med Kommunal och Vision avslutades i enighet den 26 oktober 2026."]],
    *[(REORGANISATION, "past event", COMMISSIONED, new, True) for new in [
        "Nämnden gav den 16 november 2026, § 44, förvaltningen i uppdrag",
        "Den 16 november 2026 (§ 44) fick förvaltningen i uppdrag av nämnden"]],
    # A month told twice of the same event.
    (PRESCHOOL, "plan", MOVING_IN, "från och med inflyttningen i januari 2029.", True),
    (PRESCHOOL, "plan", MOVING_IN, "från och med inflyttningen.", False),
    # The day the new order takes effect.
    *[(REORGANISATION, "effective date", IN_FORCE, new, True) for new in [
        "Den nya organisationen ska gälla från och med den 1 mars 2027.",
        "Omorganisationen genomförs den 1 mars 2027.",
        "De tre områdena startar den 1 mars 2027."]],
    *[(REORGANISATION, "effective date", IN_FORCE, new, False) for new in [
        "Den nya organisationen ska gälla från och med den 1 februari 2027.",
        "Omorganisationen genomförs den 1 februari 2027.",
        "Rekryteringen av områdescheferna påbörjas den 1 december 2026."]],
    # The weekday of the meeting.
    (REORGANISATION, "weekday", ON_THURSDAY, "Ärendet behandlas av nämnden tisdagen den 19 november 2026.", True),
    (REORGANISATION, "weekday", ON_THURSDAY, "Nämnden behandlar ärendet tors 19/11.", False),
    # A sum told twice.
    *[(REORGANISATION, "amount", SAVING, new, False) for new in [
        "Ledningskostnaden sjunker med omkring 1,4 mnkr årligen",
        "Kostnaden för ledning minskar från 7,0 till 5,6 miljoner kronor per år"]],
    # The contractor's name.
    *[(PRESCHOOL, "party", CONTRACTOR, new, True) for new in [
        "Byggbolaget Granlunds AB lämnade det ekonomiskt mest fördelaktiga anbudet.",
        "Byggbolaget Granlung AB lämnade det ekonomiskt mest fördelaktiga anbudet.",
        "Bygbolaget Granlund AB lämnade det ekonomiskt mest fördelaktiga anbudet."]],
    *[(PRESCHOOL, "party", CONTRACTOR, new, False) for new in [
        "Granlund lämnade det ekonomiskt mest fördelaktiga anbudet.",
        "Byggbolaget Granlund AB (org.nr 556677-8899) lämnade det ekonomiskt mest fördelaktiga anbudet."]],
    (PRESCHOOL, "distribution", PRESCHOOL_SENT, "Beslutet skickas till\nBarn- och utbildningsnämnden\n", True),
    # The officer's name in the signature.
    (REORGANISATION, "person", SIGNED, "Amra Delin\nHR-strateg\n\nBeslutet", True),
    (REORGANISATION, "person", SIGNED, "Amra Delić\nHR-strateg, vård- och omsorgsförvaltningen\n\nBeslutet", False),
    # The deciding board.
    *[(REORGANISATION, "body", DECIDES, new, True) for new in [
        "Vård- och omsorgsnämden beslutar\natt", "Socialnämnden beslutar\natt"]],
    (REORGANISATION, "body", DECIDES, "Nämnden beslutar\natt", False),
]
