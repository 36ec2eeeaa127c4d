"""The sixth set of `rephrase-probe.py`, written on 2026-12-05 (evening)
after the fifth set's readers and measured before any reader was changed
for it: a detailed development plan (a property, a plan area, counts of
homes, consultation periods, a developer) and an agreement with a region
(an age range, a period and its length, a yearly share, a team). The
papers, places, people and companies are fictional.

Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

PLAN = """Samhällsbyggnadsförvaltningen
Planavdelningen
TJÄNSTESKRIVELSE
Datum 2026-09-14
Vår beteckning SBN 2025/0311
Handläggare: Petra Lind, planarkitekt

Samhällsbyggnadsnämnden

Antagande av detaljplan för Ekby 4:12 m.fl. (Kvarnbacken)

Förslag till beslut
Samhällsbyggnadsnämnden föreslår kommunfullmäktige att anta detaljplan för Ekby 4:12 m.fl. (Kvarnbacken) enligt upprättat förslag daterat den 14 september 2026.

Sammanfattning
Detaljplanen gör det möjligt att bygga cirka 45 bostäder i form av radhus och flerbostadshus på Kvarnbacken i Ekby. Planområdet är cirka 3,5 hektar och ägs av kommunen. Genomförandetiden är tio år.

Ärendet
Planarbetet startade efter att kommunstyrelsen gav planuppdrag den 2 februari 2025, § 18. Förslaget var utställt för samråd under perioden 3 mars – 31 mars 2026 och för granskning under perioden 8 juni – 29 juni 2026. Under samrådet kom 23 yttranden in och under granskningen 11 yttranden.
De 45 bostäderna byggs i två etapper. Exploatören, Kvarnbacken Bostad AB, bekostar planarbetet enligt ett planavtal som tecknades den 15 april 2025.
Detaljplanen har en genomförandetid på 10 år från den dag planen vinner laga kraft.

Ekonomiska konsekvenser
Planarbetet bekostas av Kvarnbacken Bostad AB. Kommunen får intäkter från försäljning av mark om cirka 12 miljoner kronor.

Beslutsunderlag
Tjänsteskrivelse 2026-09-14
Plankarta med bestämmelser, 2026-09-14
Planbeskrivning, 2026-09-14
Granskningsutlåtande, 2026-08-20

Petra Lind
Planarkitekt

Beslutet skickas till
Kommunfullmäktige
Kvarnbacken Bostad AB
Lantmäteriet
"""

AGREEMENT = """Lövsjö kommun
Socialförvaltningen
Avdelningen för vuxna
Tjänsteskrivelse 2026-02-16
Diarienummer SN 2026/45
Handläggare Oskar Nyberg

Socialnämnden

Överenskommelse med Region Lövland om samordnat stöd till unga vuxna med psykisk ohälsa 2026–2028

Förslag till beslut
Socialnämnden beslutar
1. att godkänna överenskommelsen med Region Lövland om samordnat stöd till unga vuxna 18–29 år med psykisk ohälsa för perioden 1 april 2026 – 31 mars 2028,
2. att kommunens andel av kostnaden, 1,8 miljoner kronor per år, finansieras inom nämndens budget.

Ärende
Kommunen och Region Lövland har sedan 2022 samarbetat i projektform om stöd till unga vuxna med psykisk ohälsa. Projektet avslutades den 31 december 2025 och har utvärderats av FoU Lövland.
Den nya överenskommelsen gör samarbetet permanent under två år. Målgruppen är unga vuxna mellan 18 och 29 år som har kontakt med både socialtjänsten och psykiatrin. Region Lövland och kommunen bemannar ett gemensamt team med sex medarbetare.

Ekonomiska konsekvenser
Den totala kostnaden är 3,6 miljoner kronor per år och delas lika mellan parterna. Kommunens andel, 1,8 miljoner kronor per år, ryms inom avdelningens budget.

Samverkan
Ärendet har behandlats i förvaltningens samverkansgrupp den 9 februari 2026.

Oskar Nyberg
Enhetschef

Beslutet skickas till
Region Lövland
FoU Lövland
"""

PROPERTY = "att anta detaljplan för Ekby 4:12 m.fl. (Kvarnbacken)"
HOMES = "De 45 bostäderna byggs i två etapper."
AREA = "Planområdet är cirka 3,5 hektar"
TERM = "Genomförandetiden är tio år."
SIGNED_PLAN = "ett planavtal som tecknades den 15 april 2025."
COMMISSIONED = "kommunstyrelsen gav planuppdrag den 2 februari 2025, § 18."
DEVELOPER = "Planarbetet bekostas av Kvarnbacken Bostad AB."
PLAN_SENT = "Beslutet skickas till\nKommunfullmäktige\nKvarnbacken Bostad AB\nLantmäteriet\n"
CONSULTED = "Förslaget var utställt för samråd under perioden 3 mars – 31 mars 2026"
TARGET = "Målgruppen är unga vuxna mellan 18 och 29 år"
TWO_YEARS = "Den nya överenskommelsen gör samarbetet permanent under två år."
SHARE = "Kommunens andel, 1,8 miljoner kronor per år, ryms"
GROUP_MET = "Ärendet har behandlats i förvaltningens samverkansgrupp den 9 februari 2026."
REGION = "Region Lövland och kommunen bemannar"
SIGNATURE = "Oskar Nyberg\nEnhetschef"
ENDED = "Projektet avslutades den 31 december 2025"
DECIDES = "Socialnämnden beslutar\n1. att godkänna"

SIXTH = [
    # A property's designation restated.
    *[(PLAN, "reference", PROPERTY, new, True) for new in [
        "att anta detaljplan för Ekby 4:21 m.fl. (Kvarnbacken)",
        "att anta detaljplanen för fastigheten Ekby 4:13 med flera (Kvarnbacken)"]],
    (PLAN, "reference", PROPERTY, "att anta detaljplanen för fastigheten Ekby 4:12 med flera (Kvarnbacken)", False),
    # A count of homes referred back to.
    *[(PLAN, "count", HOMES, new, True) for new in [
        "De 54 bostäderna byggs i två etapper.",
        "Planen medger 54 bostäder, som byggs i två etapper."]],
    *[(PLAN, "count", HOMES, new, False) for new in [
        "Bostäderna byggs i två etapper.",
        "De 45 bostäderna byggs i två etapper, den första med 20 bostäder.",
        "Av de 45 bostäderna blir 15 radhus."]],
    # A measure said in another unit.
    (PLAN, "measure", AREA, "Planområdet omfattar cirka 35 000 kvadratmeter", False),
    # The implementation period said twice.
    *[(PLAN, "duration", TERM, new, True) for new in [
        "Genomförandetiden är femton år.", "Planen har en genomförandetid om 15 år."]],
    (PLAN, "duration", TERM, "Genomförandetiden är 10 år.", False),
    # A past event dated after the paper (2026-09-14).
    *[(PLAN, "past event", SIGNED_PLAN, new, True) for new in [
        "ett planavtal som tecknades den 15 oktober 2026.",
        "ett planavtal, undertecknat av båda parter den 15 oktober 2026.",
        "det planavtal som parterna skrev under den 15 oktober 2026."]],
    *[(PLAN, "past event", SIGNED_PLAN, new, False) for new in [
        "ett planavtal som ska tecknas senast den 15 oktober 2026.",
        "ett planavtal från den 15 april 2025."]],
    *[(PLAN, "past event", COMMISSIONED, new, True) for new in [
        "kommunstyrelsen gav planuppdrag den 2 november 2026, § 18.",
        "kommunstyrelsen den 2 november 2026 (§ 18) lämnade planuppdraget."]],
    # The consultation's period told with its ends reversed.
    *[(PLAN, "period", CONSULTED, new, True) for new in [
        "Förslaget var utställt för samråd under perioden 31 mars – 3 mars 2026",
        "Förslaget var utställt för samråd mellan den 3 mars och den 31 januari 2026"]],
    (PLAN, "period", CONSULTED, "Förslaget var utställt för samråd mellan den 3 och den 31 mars 2026", False),
    # The developer's name.
    *[(PLAN, "party", DEVELOPER, new, True) for new in [
        "Planarbetet bekostas av Kvarnbacken Bostäder AB.",
        "Planarbetet bekostas av Kvarnbackens Bostad AB.",
        "Planarbetet bekostas av Kvarnbaken Bostad AB."]],
    *[(PLAN, "party", DEVELOPER, new, False) for new in [
        "Planarbetet bekostas av exploatören.",
        "Planarbetet bekostas av Kvarnbacken Bostad AB (exploatören)."]],
    (PLAN, "distribution", PLAN_SENT, "Beslutet skickas till\nKommunfullmäktige\nLantmäteriet\n", True),
    # The target group's ages restated.
    *[(AGREEMENT, "age", TARGET, new, True) for new in [
        "Målgruppen är unga vuxna mellan 18 och 25 år",
        "Insatsen vänder sig till unga vuxna i åldern 18–25 år",
        "Målgruppen är personer från 16 till 29 år"]],
    *[(AGREEMENT, "age", TARGET, new, False) for new in [
        "Insatsen vänder sig till unga vuxna i åldern 18–29 år",
        "Målgruppen är unga vuxna, 18 till 29 år gamla,"]],
    # The agreement's length.
    *[(AGREEMENT, "duration", TWO_YEARS, new, True) for new in [
        "Den nya överenskommelsen gör samarbetet permanent under tre år.",
        "Överenskommelsen löper på tre år."]],
    *[(AGREEMENT, "duration", TWO_YEARS, new, False) for new in [
        "Överenskommelsen löper på två år.",
        "Överenskommelsen gäller i 24 månader."]],
    # The yearly share restated.
    *[(AGREEMENT, "amount", SHARE, new, True) for new in [
        "Kommunens andel, 2,1 miljoner kronor per år, ryms",
        "Kommunens del av kostnaden, 2,1 mnkr per år, ryms"]],
    *[(AGREEMENT, "amount", SHARE, new, False) for new in [
        "Kommunens andel, 1 800 tkr per år, ryms",
        "Kommunens andel, 1,8 mnkr årligen, ryms"]],
    # A past event dated after the paper (2026-02-16).
    *[(AGREEMENT, "past event", GROUP_MET, new, True) for new in [
        "Ärendet har behandlats i förvaltningens samverkansgrupp den 19 februari 2026.",
        "Samverkansgruppen behandlade ärendet den 19 februari 2026."]],
    (AGREEMENT, "past event", GROUP_MET,
     "Ärendet behandlas i förvaltningens samverkansgrupp den 19 februari 2026.", False),
    *[(AGREEMENT, "past event", ENDED, new, False) for new in [
        "Projektet pågick till och med den 31 december 2025",
        "Projektet avslutades vid årsskiftet 2025/2026"]],
    # The region's name.
    *[(AGREEMENT, "party", REGION, new, True) for new in [
        "Region Lövand och kommunen bemannar"]],
    (AGREEMENT, "party", REGION, "Regionen och kommunen bemannar", False),
    # The officer's name.
    (AGREEMENT, "person", SIGNATURE, "Oskar Nyborg\nEnhetschef", True),
    (AGREEMENT, "person", SIGNATURE, "Oskar Nyberg\nenhetschef, avdelningen för vuxna", False),
    # The deciding board.
    (AGREEMENT, "body", DECIDES, "Socialnämden beslutar\n1. att godkänna", True),
    (AGREEMENT, "body", DECIDES, "Nämnden beslutar\n1. att godkänna", False),
]
