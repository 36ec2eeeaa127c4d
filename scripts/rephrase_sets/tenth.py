"""The tenth set of `rephrase-probe.py`, written on 2026-12-06 after the ninth
set's readers and measured before any reader was changed for it: summer jobs
for young people (ages told as years they turn, three work periods told as
weeks, places counted, an application period and its last day, an hourly
wage, a youth council that heard of it) and a municipality's answer to a
government inquiry sent out for consultation (the inquiry's number, the
ministry and its reference, the day it came in, the deadline told twice, a
reform's first day and an age limit quoted from it). The papers, places,
people and companies are fictional.

Each probe is (paper, kind, passage, rewrite, is_slip): see the script.
"""

SUMMER_JOBS = """Kultur- och fritidsförvaltningen
Enheten för ungdom och fritid
TJÄNSTESKRIVELSE
2027-01-18
Dnr KFN 2027/09
Handläggare: Sofia Berggren

Kultur- och fritidsnämnden

Feriearbete för ungdomar sommaren 2027

Förslag till beslut
1. Kultur- och fritidsnämnden erbjuder feriearbete sommaren 2027 till ungdomar som fyller 16 eller 17 år under året.
2. Nämnden avsätter 3,2 miljoner kronor för 300 feriearbetsplatser.
3. Timlönen för feriearbetare fastställs till 105 kronor.

Ärende
Feriearbetet ger ungdomar i åldern 16–17 år en första erfarenhet av arbetslivet och en egen inkomst under sommarlovet. Sommaren 2026 sökte 540 ungdomar och 290 av dem fick en plats.
Feriearbetet pågår i tre perioder om tre veckor: 14 juni–2 juli, 5–23 juli och 26 juli–13 augusti 2027. Varje ungdom arbetar en period, sex timmar per dag och 30 timmar i veckan.
De 300 platserna fördelas mellan kommunens förvaltningar, föreningar och företag i kommunen. Ansökan är öppen 1–28 februari 2027. Sista ansökningsdag är den 28 februari 2027, och besked om plats lämnas senast den 15 april 2027.

Bakgrund
Kommunen har erbjudit feriearbete sedan 2015. Ungdomsrådet fick information om förslaget vid sitt möte den 12 januari 2027 och ställer sig bakom det.

Ekonomiska konsekvenser
Kostnaden beräknas till 3,2 miljoner kronor, varav 2,8 miljoner kronor är löner och sociala avgifter för de 300 ungdomarna. Med en timlön på 105 kronor tjänar en ungdom 9 450 kronor under en period. Kostnaden ryms inom nämndens budget för 2027.

Sofia Berggren
Fritidskonsulent

Beslutet skickas till
Kommunstyrelsen
Ungdomsrådet
"""

CONSULTATION = """Kommunledningsförvaltningen
Tjänsteskrivelse
2027-02-03
Dnr KS 2027/31
Handläggare: Jonas Ekström, utredare

Kommunstyrelsen

Yttrande över betänkandet Ett tryggare boende för äldre (SOU 2026:58)

Förslag till beslut
1. Kommunstyrelsen antar förvaltningens förslag till yttrande över betänkandet Ett tryggare boende för äldre (SOU 2026:58) och överlämnar det till Socialdepartementet.
2. Paragrafen justeras omedelbart.

Ärende
Kommunen har fått betänkandet Ett tryggare boende för äldre (SOU 2026:58) på remiss från Socialdepartementet (dnr S2026/04122). Remissen kom in den 8 december 2026 och yttrandet ska lämnas senast den 5 mars 2027.
Utredningen föreslår att en ny boendeform, trygghetsboende med stöd, förs in i socialtjänstlagen från den 1 juli 2028. Boendeformen ska enligt förslaget vara öppen för den som har fyllt 75 år och som känner oro eller ensamhet.
Förvaltningen har tagit fram förslaget till yttrande tillsammans med vård- och omsorgsförvaltningen. Vård- och omsorgsnämnden yttrade sig över betänkandet den 27 januari 2027.

Yttrande
Kommunen tillstyrker förslaget om en ny boendeform men avstyrker att åldersgränsen sätts till 75 år. Behovet av trygghet följer inte av åldern, och kommunen bör själv kunna pröva den som är yngre än 75 år.
Kommunen delar utredningens bedömning att reformen kan träda i kraft den 1 juli 2028, men anser att staten bör ersätta kommunernas kostnader under de tre första åren.

Ekonomiska konsekvenser
Yttrandet har inga ekonomiska konsekvenser för kommunen.

Jonas Ekström
Utredare

Beslutet skickas till
Socialdepartementet (S2026/04122), senast den 5 mars 2027
Vård- och omsorgsnämnden
"""

PROPOSED_AGES = "till ungdomar som fyller 16 eller 17 år under året."
AGES = "Feriearbetet ger ungdomar i åldern 16–17 år en första erfarenhet"
PLACES = "Nämnden avsätter 3,2 miljoner kronor för 300 feriearbetsplatser."
SHARED_PLACES = "De 300 platserna fördelas mellan kommunens förvaltningar"
YOUTHS = "för de 300 ungdomarna."
PERIODS = "Feriearbetet pågår i tre perioder om tre veckor: 14 juni–2 juli, 5–23 juli och 26 juli–13 augusti 2027."
HOURS = "sex timmar per dag och 30 timmar i veckan."
OPEN = "Ansökan är öppen 1–28 februari 2027."
LAST_DAY = "Sista ansökningsdag är den 28 februari 2027,"
WAGE = "Med en timlön på 105 kronor tjänar en ungdom 9 450 kronor under en period."
COST = "Kostnaden beräknas till 3,2 miljoner kronor,"
YOUTH_COUNCIL = "Ungdomsrådet fick information om förslaget vid sitt möte den 12 januari 2027"
LAST_SUMMER = "Sommaren 2026 sökte 540 ungdomar och 290 av dem fick en plats."
CONSULTANT = "Sofia Berggren\nFritidskonsulent"
JOBS_PROPOSAL = "1. Kultur- och fritidsnämnden erbjuder feriearbete"

REPORT_TEXT = "Kommunen har fått betänkandet Ett tryggare boende för äldre (SOU 2026:58) på remiss"
MINISTRY = "på remiss från Socialdepartementet (dnr S2026/04122)."
SENT_TO = "Socialdepartementet (S2026/04122), senast den 5 mars 2027"
ARRIVED = "Remissen kom in den 8 december 2026"
DEADLINE = "och yttrandet ska lämnas senast den 5 mars 2027."
REFORM = "förs in i socialtjänstlagen från den 1 juli 2028."
IN_FORCE = "reformen kan träda i kraft den 1 juli 2028,"
AGE_LIMIT = "vara öppen för den som har fyllt 75 år"
AGE_OPINION = "avstyrker att åldersgränsen sätts till 75 år."
OTHER_BOARD = "Vård- och omsorgsnämnden yttrade sig över betänkandet den 27 januari 2027."
ANSWER_PROPOSAL = "1. Kommunstyrelsen antar förvaltningens förslag till yttrande"

TENTH = [
    # Ages told as the years the young people turn, and as a range.
    *[(SUMMER_JOBS, "age", AGES, new, True) for new in [
        "Feriearbetet ger ungdomar i åldern 15–17 år en första erfarenhet",
        "Feriearbetet ger 16- till 18-åringar en första erfarenhet"]],
    *[(SUMMER_JOBS, "age", AGES, new, False) for new in [
        "Feriearbetet ger 16- och 17-åringar en första erfarenhet",
        "Feriearbetet ger ungdomar en första erfarenhet"]],
    (SUMMER_JOBS, "age", PROPOSED_AGES, "till ungdomar som fyller 15 eller 16 år under året.", True),
    (SUMMER_JOBS, "age", PROPOSED_AGES, "till ungdomar som är 16 eller 17 år.", False),
    # Places and young people counted again.
    *[(SUMMER_JOBS, "count", SHARED_PLACES, new, True) for new in [
        "De 350 platserna fördelas mellan kommunens förvaltningar",
        "Platserna, sammanlagt 320, fördelas mellan kommunens förvaltningar"]],
    *[(SUMMER_JOBS, "count", SHARED_PLACES, new, False) for new in [
        "Platserna fördelas mellan kommunens förvaltningar",
        "Cirka en tredjedel av platserna finns hos kommunens förvaltningar"]],
    (SUMMER_JOBS, "count", YOUTHS, "för de 330 ungdomarna.", True),
    (SUMMER_JOBS, "count", YOUTHS, "för ungdomarna.", False),
    (SUMMER_JOBS, "count", LAST_SUMMER, "Sommaren 2026 sökte 540 ungdomar och 590 av dem fick en plats.", True),
    (SUMMER_JOBS, "count", LAST_SUMMER, "Sommaren 2026 sökte 540 ungdomar och 290 fick en plats.", False),
    # The three periods: each three weeks, within the summer.
    *[(SUMMER_JOBS, "period", PERIODS, new, True) for new in [
        PERIODS.replace("5–23 juli", "5–30 juli"),
        PERIODS.replace("tre perioder", "två perioder"),
        PERIODS.replace("om tre veckor", "om fyra veckor")]],
    *[(SUMMER_JOBS, "period", PERIODS, new, False) for new in [
        "Feriearbetet pågår i tre perioder om tre veckor mellan den 14 juni och den 13 augusti 2027.",
        PERIODS.replace("14 juni–2 juli", "14 juni–2 juli 2027").replace("5–23 juli", "5 juli–23 juli")]],
    # Hours a day against hours a week.
    (SUMMER_JOBS, "figure", HOURS, "sju timmar per dag och 30 timmar i veckan.", True),
    (SUMMER_JOBS, "figure", HOURS, "sex timmar om dagen, 30 timmar per vecka.", False),
    # The application period and its last day.
    *[(SUMMER_JOBS, "period", LAST_DAY, new, True) for new in [
        "Sista ansökningsdag är den 28 mars 2027,",
        "Sista dag att ansöka är den 21 februari 2027,"]],
    *[(SUMMER_JOBS, "period", LAST_DAY, new, False) for new in [
        "Sista ansökningsdag är söndagen den 28 februari 2027,",
        "Ansökan ska ha kommit in senast den 28 februari 2027,"]],
    (SUMMER_JOBS, "period", OPEN, "Ansökan är öppen 1–21 februari 2027.", True),
    # Wage and cost restated.
    *[(SUMMER_JOBS, "figure", WAGE, new, True) for new in [
        "Med en timlön på 110 kronor tjänar en ungdom 9 450 kronor under en period.",
        "Med en timlön på 105 kronor tjänar en ungdom 9 540 kronor under en period."]],
    (SUMMER_JOBS, "figure", WAGE, "Med en timlön på 105 kr tjänar en ungdom 9 450 kr under en period.", False),
    (SUMMER_JOBS, "figure", COST, "Kostnaden beräknas till 3,5 miljoner kronor,", True),
    (SUMMER_JOBS, "figure", COST, "Kostnaden beräknas till 3 200 000 kronor,", False),
    # The youth council heard of it after the paper (18 January 2027).
    *[(SUMMER_JOBS, "past event", YOUTH_COUNCIL, new, True) for new in [
        YOUTH_COUNCIL.replace("12 januari", "22 januari"),
        "Ungdomsrådet informerades om förslaget den 26 januari 2027"]],
    *[(SUMMER_JOBS, "past event", YOUTH_COUNCIL, new, False) for new in [
        "Ungdomsrådet får information om förslaget vid sitt möte den 26 januari 2027",
        "Ungdomsrådet fick information om förslaget vid sitt möte i januari"]],
    # The officer and the board.
    (SUMMER_JOBS, "person", CONSULTANT, "Sofia Bergren\nFritidskonsulent", True),
    (SUMMER_JOBS, "person", CONSULTANT, "Sofia Berggren\nKonsulent", False),
    (SUMMER_JOBS, "body", JOBS_PROPOSAL, "1. Kultur- och fritidsnämden erbjuder feriearbete", True),
    (SUMMER_JOBS, "body", JOBS_PROPOSAL, "1. Nämnden erbjuder feriearbete", False),

    # The inquiry's number in the title, the proposal and the case.
    *[(CONSULTATION, "reference", REPORT_TEXT, new, True) for new in [
        REPORT_TEXT.replace("SOU 2026:58", "SOU 2026:85"),
        REPORT_TEXT.replace("SOU 2026:58", "SOU 2025:58")]],
    (CONSULTATION, "reference", REPORT_TEXT,
     "Kommunen har fått betänkandet (SOU 2026:58) på remiss", False),
    # The ministry and its reference.
    *[(CONSULTATION, "reference", MINISTRY, new, True) for new in [
        "på remiss från Socialdepartementet (dnr S2026/04212).",
        "på remiss från Finansdepartementet (dnr S2026/04122)."]],
    (CONSULTATION, "reference", MINISTRY, "på remiss från departementet (dnr S2026/04122).", False),
    (CONSULTATION, "reference", SENT_TO, "Socialdepartementet (S2026/04123), senast den 5 mars 2027", True),
    # The day it came in: before the paper (3 February 2027).
    (CONSULTATION, "past event", ARRIVED, "Remissen kom in den 8 februari 2027", True),
    (CONSULTATION, "past event", ARRIVED, "Remissen kom in i december 2026", False),
    # The deadline told twice.
    *[(CONSULTATION, "deadline", DEADLINE, new, True) for new in [
        "och yttrandet ska lämnas senast den 12 mars 2027.",
        "och remisstiden går ut den 12 mars 2027."]],
    *[(CONSULTATION, "deadline", DEADLINE, new, False) for new in [
        "och yttrandet ska lämnas senast fredagen den 5 mars 2027.",
        "och remisstiden går ut den 5 mars 2027.",
        "och yttrandet ska lämnas senast 2027-03-05."]],
    (CONSULTATION, "deadline", SENT_TO, "Socialdepartementet (S2026/04122), senast den 15 mars 2027", True),
    # The reform's first day, quoted twice.
    *[(CONSULTATION, "effective", IN_FORCE, new, True) for new in [
        "reformen kan träda i kraft den 1 januari 2029,",
        "reformen kan träda i kraft den 1 juli 2027,"]],
    *[(CONSULTATION, "effective", IN_FORCE, new, False) for new in [
        "reformen kan träda i kraft vid den tidpunkt som utredningen föreslår,",
        "reformen kan träda i kraft den 1 juli 2028 (prop. 2027/28:1),"]],
    (CONSULTATION, "effective", REFORM, "förs in i socialtjänstlagen från den 1 januari 2029.", True),
    # The age limit quoted and answered.
    *[(CONSULTATION, "age", AGE_LIMIT, new, True) for new in [
        "vara öppen för den som har fyllt 70 år",
        "vara öppen för personer över 80 år"]],
    (CONSULTATION, "age", AGE_LIMIT, "vara öppen för äldre personer", False),
    (CONSULTATION, "age", AGE_OPINION, "avstyrker att åldersgränsen sätts till 65 år.", True),
    (CONSULTATION, "age", AGE_OPINION, "avstyrker den föreslagna åldersgränsen.", False),
    # Another board's statement after the paper.
    (CONSULTATION, "past event", OTHER_BOARD,
     "Vård- och omsorgsnämnden yttrade sig över betänkandet den 10 februari 2027.", True),
    (CONSULTATION, "past event", OTHER_BOARD,
     "Vård- och omsorgsnämnden yttrar sig över betänkandet den 10 februari 2027.", False),
    # The board misspelt in its proposal.
    (CONSULTATION, "body", ANSWER_PROPOSAL, "1. Kommunstyrelesen antar förvaltningens förslag till yttrande", True),
    (CONSULTATION, "body", ANSWER_PROPOSAL, "1. Styrelsen antar förvaltningens förslag till yttrande", False),
]
