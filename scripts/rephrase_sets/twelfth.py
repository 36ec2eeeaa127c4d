"""The twelfth set of `rephrase-probe.py`, written on 2026-12-06 (third
session) after the eleventh set's readers and measured before any reader was
changed for it: new rules for an activity grant to associations (an age
group told in other shapes, an effective date told twice, associations
counted and referred back, a consultation before the paper, an earlier
decision with its weekday, a partner's name) and the procurement of digital
safety alarms (a contract's length as years, months and dates, alarms
counted under two nouns, a monthly price and its yearly equal, events before
and after the paper, a law's number, a supplier's name). The papers, places,
people and organisations are fictional.

Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

ACTIVITY = """Kultur- och fritidsförvaltningen
Enheten för föreningsstöd
TJÄNSTESKRIVELSE
2027-10-04
Dnr KFN 2027/203
Handläggare: Sofia Engström

Kultur- och fritidsnämnden

Nya regler för aktivitetsstöd till föreningar

Förslag till beslut
1. Kultur- och fritidsnämnden antar nya regler för aktivitetsstöd till föreningar med verksamhet för barn och unga 7–25 år, enligt bilaga 1.
2. Reglerna gäller från och med den 1 januari 2028.
3. Aktivitetsstödet höjs till 14 kronor per deltagare och sammankomst.

Ärende
Aktivitetsstöd lämnas till föreningar med verksamhet för barn och ungdomar i åldern 7–25 år. I dag får föreningarna 12 kronor per deltagare och sammankomst. Under 2026 fick 47 föreningar aktivitetsstöd med sammanlagt 1 880 000 kronor. Av de 47 föreningarna var 29 idrottsföreningar.
En sammankomst ska vara minst 60 minuter och ha minst tre deltagare i åldersgruppen.
Föreningsrådet fick förslaget på remiss den 16 augusti 2027 och lämnade sitt yttrande den 13 september 2027.

Bakgrund
Nämnden beslutade den 15 juni 2021, § 52, om de nuvarande reglerna. Reglerna har inte ändrats sedan 2021. RF-SISU Västergötland har bistått förvaltningen med jämförelser med andra kommuner.

Ekonomiska konsekvenser
Höjningen gäller från den 1 januari 2028 och beräknas kosta 310 000 kronor per år. Kostnaden ryms inom nämndens budget för föreningsbidrag.

Sofia Engström
Föreningskonsulent

Beslutet skickas till
Föreningsrådet
RF-SISU Västergötland
"""

ALARMS = """Vård- och omsorgsförvaltningen
Avdelningen för stöd i hemmet
TJÄNSTESKRIVELSE
2027-05-17
Dnr VON 2027/88
Handläggare: Johan Berglund, upphandlare

Vård- och omsorgsnämnden

Upphandling av digitala trygghetslarm

Förslag till beslut
1. Vård- och omsorgsnämnden godkänner förfrågningsunderlaget för upphandling av digitala trygghetslarm.
2. Avtalet ska gälla i två år från den 1 januari 2028, med möjlighet till förlängning i högst två år.
3. Förvaltningschefen får i uppdrag att teckna avtal med den leverantör som lämnar det ekonomiskt mest fördelaktiga anbudet.

Ärende
Kommunen har i dag 1 240 trygghetslarm hos personer som bor hemma. Larmen är analoga och avtalet med Tunaberg Larmtjänst AB löper ut den 31 december 2027. De analoga larmen fungerar allt sämre när telenätet stängs, och under 2026 rapporterades 37 avvikelser där ett larm inte nådde larmcentralen.
Det nya avtalet ska gälla från den 1 januari 2028 till den 31 december 2029.
Upphandlingen annonseras den 1 juni 2027 och sista dag för anbud är den 30 juni 2027. Tilldelningsbeslut planeras till den 24 augusti 2027.
Förvaltningen har haft dialog med två leverantörer den 19 april 2027 och med pensionärsrådet den 26 april 2027.

Bakgrund
Nämnden gav den 23 februari 2027, § 18, förvaltningen i uppdrag att förbereda en upphandling av digitala larm. Avtalet med Tunaberg Larmtjänst AB började gälla den 1 januari 2022 och har förlängts en gång.

Ekonomiska konsekvenser
Ett digitalt larm beräknas kosta 210 kronor per månad, eller 2 520 kronor per år. För 1 240 larm blir kostnaden omkring 3,1 miljoner kronor per år, vilket är 400 000 kronor mer än i dag.

Förhandling enligt MBL
Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 10 maj 2027.

Johan Berglund
Upphandlare

Beslutet skickas till
Upphandlingsenheten
Tunaberg Larmtjänst AB
"""

GROUP = "Aktivitetsstöd lämnas till föreningar med verksamhet för barn och ungdomar i åldern 7–25 år."
FOR_GROUP = "Aktivitetsstöd lämnas till föreningar med verksamhet för "
RAISE = "Höjningen gäller från den 1 januari 2028 och beräknas kosta"
EFFECTIVE = "2. Reglerna gäller från och med den 1 januari 2028."
CLUBS = "Av de 47 föreningarna var 29 idrottsföreningar."
ANSWERED = "och lämnade sitt yttrande den 13 september 2027."
REFERRED = "Föreningsrådet fick förslaget på remiss den 16 augusti 2027"
DECIDED = "Nämnden beslutade den 15 juni 2021, § 52,"
UNCHANGED = "Reglerna har inte ändrats sedan 2021."
PARTNER = "RF-SISU Västergötland har bistått förvaltningen"
CONSULTANT = "Sofia Engström\nFöreningskonsulent"
ACTIVITY_PROPOSAL = "1. Kultur- och fritidsnämnden antar nya regler"

LENGTH = "2. Avtalet ska gälla i två år från den 1 januari 2028, med möjlighet till förlängning i högst två år."
NEW_PERIOD = "Det nya avtalet ska gälla från den 1 januari 2028 till den 31 december 2029."
HELD = "Kommunen har i dag 1 240 trygghetslarm hos personer som bor hemma."
COSTED = "För 1 240 larm blir kostnaden omkring 3,1 miljoner kronor per år,"
PRICE = "Ett digitalt larm beräknas kosta 210 kronor per månad, eller 2 520 kronor per år."
ANNOUNCED = "Upphandlingen annonseras den 1 juni 2027 och sista dag för anbud är den 30 juni 2027."
DIALOGUE = "Förvaltningen har haft dialog med två leverantörer den 19 april 2027 och med pensionärsrådet den 26 april 2027."
COMMISSIONED = "Nämnden gav den 23 februari 2027, § 18, förvaltningen i uppdrag"
INFORMATION = "Information enligt 19 § MBL lämnades i förvaltningens samverkansgrupp den 10 maj 2027."
SUPPLIER = "Avtalet med Tunaberg Larmtjänst AB började gälla den 1 januari 2022"
PROCURER = "Johan Berglund\nUpphandlare"
ALARMS_PROPOSAL = "1. Vård- och omsorgsnämnden godkänner förfrågningsunderlaget"

TWELFTH = [
    # The age group told again, in other shapes.
    *[(ACTIVITY, "age", GROUP, FOR_GROUP + rest, True) for rest in [
        "barn och ungdomar från 6 till 25 år.",
        "deltagare mellan 7 och 20 år.",
        "7–21-åringar.",
        "barn och ungdomar som är 7 till 26 år gamla.",
        "barn och ungdomar i åldrarna 5–25 år.",
        "ungdomar upp till 20 år."]],
    *[(ACTIVITY, "age", GROUP, FOR_GROUP + rest, False) for rest in [
        "7–25-åringar.",
        "barn och ungdomar mellan sju och tjugofem år.",
        "deltagare i åldersgruppen 7–25 år.",
        "barn och ungdomar.",
        "barn och ungdomar i åldern 7–25 år och för deltagare med funktionsnedsättning utan övre åldersgräns."]],
    # The date the rules take effect, told twice.
    *[(ACTIVITY, "effective", RAISE, new, True) for new in [
        "Höjningen gäller från den 1 juli 2028 och beräknas kosta",
        "Höjningen gäller från och med 2029 och beräknas kosta"]],
    *[(ACTIVITY, "effective", RAISE, new, False) for new in [
        "Höjningen gäller från årsskiftet och beräknas kosta",
        "Höjningen gäller från och med 2028 och beräknas kosta"]],
    (ACTIVITY, "effective", EFFECTIVE, "2. Reglerna gäller från och med den 1 januari 2029.", True),
    (ACTIVITY, "effective", EFFECTIVE, "2. Reglerna börjar gälla den 1 januari 2028.", False),
    # Associations counted and referred back.
    *[(ACTIVITY, "count", CLUBS, new, True) for new in [
        "Av de 74 föreningarna var 29 idrottsföreningar.",
        "29 av de 74 föreningarna var idrottsföreningar.",
        "Av dessa 47 föreningar var 49 idrottsföreningar."]],
    *[(ACTIVITY, "count", CLUBS, new, False) for new in [
        "29 av de 47 föreningarna var idrottsföreningar.",
        "Av dessa 47 föreningar var 29 idrottsföreningar.",
        "Drygt hälften av föreningarna, 29 stycken, var idrottsföreningar."]],
    # The consultation before the paper (4 October 2027).
    *[(ACTIVITY, "past event", ANSWERED, new, True) for new in [
        "och lämnade sitt yttrande den 13 oktober 2027.",
        "och har yttrat sig den 13 oktober 2027."]],
    (ACTIVITY, "past event", ANSWERED, "och ska lämna sitt yttrande senast den 13 oktober 2027.", False),
    (ACTIVITY, "past event", REFERRED, "Föreningsrådet fick förslaget på remiss den 16 november 2027", True),
    # The earlier decision with its weekday (15 June 2021 was a Tuesday).
    (ACTIVITY, "weekday", DECIDED, "Nämnden beslutade onsdagen den 15 juni 2021, § 52,", True),
    (ACTIVITY, "weekday", DECIDED, "Nämnden beslutade tisdag 16 juni 2021, § 52,", True),
    (ACTIVITY, "weekday", DECIDED, "Nämnden beslutade tisdagen den 15 juni 2021, § 52,", False),
    # The year of the earlier decision referred back.
    (ACTIVITY, "reference", UNCHANGED, "Reglerna har inte ändrats sedan 2019.", True),
    (ACTIVITY, "reference", UNCHANGED, "Reglerna har inte ändrats sedan dess.", False),
    # The partner and the officer.
    (ACTIVITY, "name", PARTNER, "RF-SISU Västergötlnad har bistått förvaltningen", True),
    (ACTIVITY, "name", PARTNER, "RF-SISU har bistått förvaltningen", False),
    (ACTIVITY, "person", CONSULTANT, "Sofia Engstöm\nFöreningskonsulent", True),
    (ACTIVITY, "person", CONSULTANT, "Sofia Engström\nföreningskonsulent", False),
    (ACTIVITY, "body", ACTIVITY_PROPOSAL, "1. Kultur- och fritidsnämden antar nya regler", True),
    (ACTIVITY, "body", ACTIVITY_PROPOSAL, "1. Nämnden antar nya regler", False),

    # The contract's length as years, months and dates.
    *[(ALARMS, "period", LENGTH, new, True) for new in [
        LENGTH.replace("i två år", "i tre år"),
        LENGTH.replace("i två år", "i 36 månader")]],
    *[(ALARMS, "period", LENGTH, new, False) for new in [
        LENGTH.replace("i två år", "i 24 månader"),
        "2. Avtalet ska gälla från den 1 januari 2028 och löpa i två år, med möjlighet till förlängning i högst två år."]],
    *[(ALARMS, "period", NEW_PERIOD, new, True) for new in [
        "Det nya avtalet ska gälla från den 1 januari 2028 till den 31 december 2030.",
        "Det nya avtalet ska gälla 2028–2030.",
        "Förvaltningen föreslår ett treårigt avtal från den 1 januari 2028."]],
    *[(ALARMS, "period", NEW_PERIOD, new, False) for new in [
        "Det nya avtalet ska gälla 2028–2029.",
        "Förvaltningen föreslår ett tvåårigt avtal från den 1 januari 2028."]],
    # Alarms counted under two nouns.
    (ALARMS, "count", COSTED, COSTED.replace("1 240", "1 420"), True),
    (ALARMS, "count", HELD, HELD.replace("1 240", "1 420"), True),
    (ALARMS, "count", COSTED, "För samtliga 1 240 larm blir kostnaden omkring 3,1 miljoner kronor per år,", False),
    # A monthly price and its yearly equal.
    *[(ALARMS, "figure", PRICE, new, True) for new in [
        PRICE.replace("2 520", "2 250"),
        "Ett digitalt larm beräknas kosta 210 kronor i månaden, 2 250 kronor om året."]],
    *[(ALARMS, "figure", PRICE, new, False) for new in [
        "Ett digitalt larm beräknas kosta 210 kronor i månaden, 2 520 kronor om året.",
        "Ett digitalt larm beräknas kosta 210 kronor per månad."]],
    # Events before and after the paper (17 May 2027).
    *[(ALARMS, "past event", DIALOGUE, new, True) for new in [
        DIALOGUE.replace("19 april", "19 maj"),
        DIALOGUE.replace("26 april", "26 maj")]],
    (ALARMS, "past event", DIALOGUE,
     "Förvaltningen kommer att ha dialog med två leverantörer den 19 maj 2027 och med pensionärsrådet den 26 maj 2027.",
     False),
    (ALARMS, "past event", ANNOUNCED, ANNOUNCED.replace("annonseras", "annonserades"), True),
    (ALARMS, "past event", ANNOUNCED, ANNOUNCED.replace("annonseras", "ska annonseras"), False),
    (ALARMS, "past event", INFORMATION, INFORMATION.replace("10 maj", "20 maj"), True),
    (ALARMS, "past event", INFORMATION,
     "Information enligt 19 § MBL lämnas i förvaltningens samverkansgrupp den 20 maj 2027.", False),
    (ALARMS, "past event", COMMISSIONED, "Nämnden gav den 23 juni 2027, § 18, förvaltningen i uppdrag", True),
    # The order of the procurement's steps.
    (ALARMS, "order", ANNOUNCED, ANNOUNCED.replace("30 juni", "30 maj"), True),
    # The weekday of the commission (23 February 2027 was a Tuesday).
    (ALARMS, "weekday", COMMISSIONED, "Nämnden gav onsdagen den 23 februari 2027, § 18, förvaltningen i uppdrag",
     True),
    (ALARMS, "weekday", COMMISSIONED, "Nämnden gav tisdagen den 23 februari 2027, § 18, förvaltningen i uppdrag",
     False),
    # The law's number.
    (ALARMS, "law", INFORMATION,
     "Information enligt 19 § lagen (1976:850) om medbestämmande i arbetslivet lämnades i förvaltningens "
     "samverkansgrupp den 10 maj 2027.", True),
    (ALARMS, "law", INFORMATION,
     "Information enligt 19 § lagen (1976:580) om medbestämmande i arbetslivet lämnades i förvaltningens "
     "samverkansgrupp den 10 maj 2027.", False),
    # The supplier, the officer and the board.
    *[(ALARMS, "name", SUPPLIER, SUPPLIER.replace("Tunaberg Larmtjänst AB", new), True) for new in [
        "Tunaberg Larmtjänster AB", "Tunaborg Larmtjänst AB"]],
    *[(ALARMS, "name", SUPPLIER, SUPPLIER.replace("Tunaberg Larmtjänst AB", new), False) for new in [
        "Tunaberg Larmtjänst", "Tunaberg"]],
    (ALARMS, "person", PROCURER, "Johan Berglind\nUpphandlare", True),
    (ALARMS, "person", PROCURER, "Johan Berglund\nupphandlare", False),
    (ALARMS, "body", ALARMS_PROPOSAL, "1. Vård- och omsorgsnämden godkänner förfrågningsunderlaget", True),
    (ALARMS, "body", ALARMS_PROPOSAL, "1. Nämnden godkänner förfrågningsunderlaget", False),
]
