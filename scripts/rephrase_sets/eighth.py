"""The eighth set of `rephrase-probe.py`, written on 2026-12-05 (second
evening session) after the seventh set's readers and measured before any
reader was changed for it: a land allocation agreement (a developer, a
price per square metre, an allocation period, a property) and a change of
the libraries' opening hours (branches counted, hours of the day, a day it
takes effect, MBL). The papers, places, people and companies are fictional.

Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

ALLOCATION = """Samhällsbyggnadsförvaltningen
Mark- och exploateringsenheten
Tjänsteskrivelse
2026-09-14
Dnr KS 2026/0388
Handläggare: Jonas Wikström

Kommunstyrelsen

Markanvisningsavtal med Brobyggarna Bostad AB för del av Solberga 3:7

Förslag till beslut
1. Kommunstyrelsen godkänner markanvisningsavtalet med Brobyggarna Bostad AB för del av fastigheten Solberga 3:7.
2. Markanvisningen gäller i två år från och med den 1 november 2026.

Ärende
Brobyggarna Bostad AB anmälde i mars 2026 intresse för att bygga cirka 60 hyresrätter i kvarteret Lärkan. Området omfattar ungefär 5 200 kvadratmeter mark inom Solberga 3:7.
Markanvisningen ger bolaget ensamrätt att under perioden 1 november 2026 – 31 oktober 2028 förhandla med kommunen om ett köpeavtal. Priset är 2 400 kronor per kvadratmeter bruttoarea.
Kommunstyrelsens arbetsutskott behandlade ärendet den 1 september 2026.

Ekonomiska konsekvenser
Markanvisningen medför inga kostnader för kommunen. Bolaget betalar en markanvisningsavgift på 150 000 kronor som avräknas mot köpeskillingen.

Jonas Wikström
Exploateringsingenjör

Beslutet skickas till
Brobyggarna Bostad AB
Mark- och exploateringsenheten
"""

LIBRARIES = """Kultur- och fritidsförvaltningen
Tjänsteskrivelse
Datum 2026-10-05
Dnr KFN 2026/071
Handläggare Sara Holm, bibliotekschef

Kultur- och fritidsnämnden

Nya öppettider på kommunens bibliotek

Förslag till beslut
1. Kultur- och fritidsnämnden beslutar att kommunens fem bibliotek från och med den 1 januari 2027 har öppet enligt förvaltningens förslag.
2. Meröppet införs på biblioteket i Västerby från samma dag.

Ärende
Kommunen har fem bibliotek: huvudbiblioteket och filialerna i Västerby, Norrbacka, Åsen och Lindvik. I dag har huvudbiblioteket öppet måndag–torsdag kl. 10–19 och fredag kl. 10–16.
Förvaltningen föreslår att de fem biblioteken får samma öppettider på fredagar, kl. 10–16, och att Västerby får meröppet, så att låntagare från 18 år kan använda biblioteket kl. 7–22 alla dagar.
Lovaktiviteterna för barn 6–12 år fortsätter som tidigare.

Ekonomiska konsekvenser
Förändringen ryms inom nämndens budget för 2027.

Samverkan
Förslaget har behandlats i samverkansgruppen den 22 september 2026.

Sara Holm
Bibliotekschef

Beslutet skickas till
Kommunstyrelsen
Biblioteken
"""

DEVELOPER = "Brobyggarna Bostad AB anmälde i mars 2026 intresse"
PERIOD = "under perioden 1 november 2026 – 31 oktober 2028 förhandla"
TWO_YEARS = "2. Markanvisningen gäller i två år från och med den 1 november 2026."
PROPERTY = "Området omfattar ungefär 5 200 kvadratmeter mark inom Solberga 3:7."
PRICE = "Priset är 2 400 kronor per kvadratmeter bruttoarea."
COMMITTEE = "Kommunstyrelsens arbetsutskott behandlade ärendet den 1 september 2026."
FEE = "Bolaget betalar en markanvisningsavgift på 150 000 kronor som avräknas mot köpeskillingen."
ENGINEER = "Jonas Wikström\nExploateringsingenjör"

BRANCHES = "Kommunen har fem bibliotek: huvudbiblioteket och filialerna"
SAME_HOURS = "de fem biblioteken får samma öppettider på fredagar, kl. 10–16,"
HOURS = "I dag har huvudbiblioteket öppet måndag–torsdag kl. 10–19"
OPEN_ACCESS = "så att låntagare från 18 år kan använda biblioteket kl. 7–22 alla dagar."
HOLIDAYS = "Lovaktiviteterna för barn 6–12 år fortsätter som tidigare."
CONSULTED = "Förslaget har behandlats i samverkansgruppen den 22 september 2026."
MEROPPET = "2. Meröppet införs på biblioteket i Västerby från samma dag."
LIBRARY_PROPOSAL = "1. Kultur- och fritidsnämnden beslutar att kommunens fem bibliotek"

EIGHTH = [
    # The developer's name.
    *[(ALLOCATION, "party", DEVELOPER, new, True) for new in [
        "Brobygarna Bostad AB anmälde i mars 2026 intresse",
        "Bolaget Brobyggarna Bostäder AB anmälde i mars 2026 intresse"]],
    *[(ALLOCATION, "party", DEVELOPER, new, False) for new in [
        "Bolaget anmälde i mars 2026 intresse",
        "Brobyggarna anmälde i mars 2026 intresse"]],
    # The allocation period against the proposal's two years from 1 November.
    *[(ALLOCATION, "period", PERIOD, new, True) for new in [
        "under perioden 1 november 2026 – 31 oktober 2029 förhandla",
        "från den 1 december 2026 till den 31 oktober 2028 förhandla",
        "fram till den 31 oktober 2027 förhandla"]],
    *[(ALLOCATION, "period", PERIOD, new, False) for new in [
        "från den 1 november 2026 till och med den 31 oktober 2028 förhandla",
        "under två år förhandla"]],
    *[(ALLOCATION, "duration", TWO_YEARS, new, True) for new in [
        "2. Markanvisningen gäller i tre år från och med den 1 november 2026.",
        "2. Markanvisningen gäller från och med den 1 november 2026 till och med den 31 oktober 2029."]],
    (ALLOCATION, "duration", TWO_YEARS,
     "2. Markanvisningen gäller till och med den 31 oktober 2028.", False),
    # The property designation.
    (ALLOCATION, "property", PROPERTY,
     "Området omfattar ungefär 5 200 kvadratmeter mark inom Solberga 3:17.", True),
    (ALLOCATION, "property", PROPERTY,
     "Området omfattar ungefär 5 200 kvadratmeter mark inom fastigheten.", False),
    # The price restated.
    (ALLOCATION, "figure", PRICE, "Priset är 2 400 kronor per kvadratmeter BTA.", False),
    # The committee's meeting after the paper (2026-09-14).
    *[(ALLOCATION, "past event", COMMITTEE, new, True) for new in [
        "Kommunstyrelsens arbetsutskott behandlade ärendet den 21 september 2026.",
        "Ärendet behandlades av kommunstyrelsens arbetsutskott den 21 september 2026."]],
    (ALLOCATION, "past event", COMMITTEE,
     "Kommunstyrelsens arbetsutskott behandlar ärendet den 21 september 2026.", False),
    # The fee said twice.
    (ALLOCATION, "figure", FEE,
     "Bolaget betalar en markanvisningsavgift på 150 000 kronor. Avgiften på 15 000 kronor avräknas mot köpeskillingen.",
     True),
    (ALLOCATION, "figure", FEE,
     "Bolaget betalar en avgift på 150 000 kr, som avräknas mot köpeskillingen.", False),
    # The engineer.
    (ALLOCATION, "person", ENGINEER, "Jonas Vikström\nExploateringsingenjör", True),
    # The number of libraries.
    *[(LIBRARIES, "count", BRANCHES, new, True) for new in [
        "Kommunen har sex bibliotek: huvudbiblioteket och filialerna",
        "Kommunen har fyra bibliotek: huvudbiblioteket och filialerna"]],
    *[(LIBRARIES, "count", SAME_HOURS, new, True) for new in [
        "de fyra biblioteken får samma öppettider på fredagar, kl. 10–16,",
        "samtliga sex bibliotek får samma öppettider på fredagar, kl. 10–16,"]],
    *[(LIBRARIES, "count", SAME_HOURS, new, False) for new in [
        "biblioteken får samma öppettider på fredagar, kl. 10–16,",
        "de fyra filialerna får huvudbibliotekets öppettider på fredagar, kl. 10–16,"]],
    # Ages.
    *[(LIBRARIES, "age", OPEN_ACCESS, new, False) for new in [
        "så att myndiga låntagare kan använda biblioteket kl. 7–22 alla dagar.",
        "så att låntagare som fyllt 18 år kan använda biblioteket kl. 7–22 alla dagar."]],
    (LIBRARIES, "age", HOLIDAYS, "Lovaktiviteterna för barn i åldrarna 6–12 år fortsätter som tidigare.", False),
    # The consultation after the paper (2026-10-05).
    *[(LIBRARIES, "past event", CONSULTED, new, True) for new in [
        "Förslaget har behandlats i samverkansgruppen den 22 oktober 2026.",
        "Samverkansgruppen behandlade förslaget den 22 oktober 2026."]],
    (LIBRARIES, "past event", CONSULTED,
     "Förslaget behandlas i samverkansgruppen den 22 oktober 2026.", False),
    # The board misspelt in its own proposal.
    *[(LIBRARIES, "body", LIBRARY_PROPOSAL, new, True) for new in [
        "1. Kultur- och fritidsnämden beslutar att kommunens fem bibliotek",
        "1. Kultur och fritidsnämnden beslutar att kommunens fem bibliotek"]],
    (LIBRARIES, "body", LIBRARY_PROPOSAL, "1. Nämnden beslutar att kommunens fem bibliotek", False),
    # The day it takes effect.
    (LIBRARIES, "effective", MEROPPET,
     "2. Meröppet införs på biblioteket i Västerby från och med den 1 februari 2027, samtidigt med de nya öppettiderna.",
     True),
    (LIBRARIES, "effective", MEROPPET,
     "2. Meröppet införs på biblioteket i Västerby från och med den 1 januari 2027.", False),
]
