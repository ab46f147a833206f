"""Find dates of birth: a date in figures or words next to a birth cue, in English or Welsh."""

from __future__ import annotations

import datetime
import re

from storysite.privacy import lexicon as lx
from storysite.privacy.welsh import mutations

_EN_MONTHS = """
January February March April May June July August September October November December Jan Feb Mar
Apr Jun Jul Aug Sep Sept Oct Nov Dec
""".split()  # noqa: SIM905
_CY_MONTHS = """
Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr
""".split()  # noqa: SIM905
# Welsh months shortened as forms and case notes write them (Ion., Chwef., Gorff.).
_CY_SHORT = "Ion Chwef Maw Ebr Meh Gorff Hyd Tach Rhag".split()  # noqa: SIM905
_cy_forms = set(_CY_MONTHS + _CY_SHORT) | {m for month in _CY_MONTHS + _CY_SHORT for m in mutations(month)}
MONTH_WORDS = frozenset(_EN_MONTHS) | _cy_forms
# February as Welsh speech names it, "y mis bach" ("ganwyd hi ym mis bach 2011"): in the patterns, not a cue word.
MONTH = "(?:[mf]is[ \t]+bach|" + "|".join(sorted(set(_EN_MONTHS) | _cy_forms, key=len, reverse=True)) + r")\.?"
ORDINAL = r"(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)"

# A festival's day, and (FESTIVAL) the festival with its year, after a birth cue only ("born on Christmas
# Day 1938", "ar Ddydd Gŵyl Dewi 1952"): on its own it is an event ("we met on Christmas Day 1962").
FESTIVAL_DAY = (
    r"(?:(?:New[ \t]+Year['’]?s|Christmas|Boxing|St\.?[ \t]+David['’]?s|Saint[ \t]+David['’]?s|Easter"
    r"|(?:St\.?|Saint)[ \t]+Dwynwen['’]?s"  # Wales' own lovers' day, 25 January (round thirty-six)
    r"|Valentine['’]?s|St\.?[ \t]+Valentine['’]?s|Armistice|Midsummer|Bonfire|Guy[ \t]+Fawkes|April[ \t]+Fools['’]?"
    r"|May|VE|VJ|Whit|Shrove|Good|Remembrance|Mothering|Pancake|Burns|St\.?[ \t]+Patrick['’]?s|Twelfth|Lady"
    r"|Coronation)[ \t]+"  # round forty-two: "Born on Coronation Day, me"
    r"(?:[Dd]ay|[Ee]ve|Sunday|Monday|Tuesday|Friday|[Nn]ight)"
    r"|Hallowe['’]?en|Hogmanay|(?:Michaelmas|Candlemas)(?:[ \t]+Day)?"
    r"|Whitsun(?:tide)?"
    r"|(?:(?:[DdNn]?[Dd]ydd|[Nn]oson|[Nn]os|[Nn]oswyl)[ \t]+)?(?:[Gg]?[ŴŵWw]yl[ \t]+)?['’]?"  # "noswyl 'Dolig"
    r"(?:D?[Dd]ewi(?:[ \t]+Sant)?|San[ \t]+Steffan|Sant?[ \t]+Ffolant|Santes[ \t]+Dwynwen"
    r"|[CcGg]alan(?:[ \t]+(?:Gaeaf|Gaea['’]|Mai|Haf))?|[NnDd]?[Dd]olig|Nadolig|Pasg|Ŵyl[ \t]+Ifan|Ŵyl[ \t]+Fair"
    r"|[Yy]stwyll"  # "Nos Ystwyll 1941": Twelfth Night
    r"|Sul[ \t]+y[ \t]+(?:Blodau|Pasg|Mamau)|Llun[ \t]+y[ \t]+Pasg|Gwener[ \t]+y[ \t]+Groglith"
    # round thirty-six: Whit, St Patrick's Day, Bonfire Night and Armistice Day as Welsh names them
    r"|(?:(?:Sul|Llun)[ \t]+y[ \t]+)?Sulgwyn|San[ \t]+Padrig|[Tt]ân[ \t]+[Gg]wyllt"
    r"|[Dd]?[Dd]iwrnod[ \t]+y[ \t]+(?:Cadoediad|Coroni)"
    r"|(?:Sul[ \t]+)?[Dd]iolchgarwch|Harvest[ \t]+(?:Festival|Sunday)|Guto[ \t]+Ffowc)"  # "noson Guto Ffowc"
    r"|(?:shortest|longest|[Ss]hortest|[Ll]ongest)[ \t]+day|[Dd]ydd[ \t]+(?:byrraf|hiraf)"  # the solstices
    r"|[Ll]eap[ \t]+day)"  # "DOB leap day '88": the 29th of February
)
# Easter and Christmas with a year need no "Day": "born Easter '41", "born Christmas 1941" (round thirty-six).
FESTIVAL = (
    r"(?:" + FESTIVAL_DAY + r"|Easter|Christmas|[Hh]arvest)"  # "born harvest '25" (round thirty-eight)
    r",?[ \t]+(?:(?:in|yn|ym)[ \t]+)?(?:[0-9]{4}|['’][0-9]{2}(?![0-9])"
    # ... or a year counted from the story's own (round thirty-seven): "ganwyd ar ddydd Sul y Pasg eleni"
    r"|eleni|(?:y[ \t]+)?llynedd|this[ \t]+year|last[ \t]+year)"
)
# A day and a year written in words, as a date is read aloud or typed from speech: "the second of
# March, nineteen forty-four", "yr ail ar hugain o Fehefin, mil naw cant pedwar deg wyth".
_EN_UNITS = "one two three four five six seven eight nine"
_EN_ORD = (
    r"(?:(?:twenty|thirty)[ \t-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
    r"|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
# Welsh ordinals as dates use them, soft-mutated where "y"/"yr" or a feminine noun mutates them.
_CY_ORD = (
    r"(?:(?:cyntaf|gyntaf|ail|trydydd|drydydd|pedwerydd|bedwerydd|pumed|bumed|chweched|seithfed|wythfed|nawfed"
    r"|degfed|unfed|deuddegfed|pymthegfed|bymthegfed|deunawfed|ugeinfed|degfed)"
    r"(?:[ \t]+ar[ \t]+(?:ddeg|bymtheg|hugain)(?:[ \t]+ar[ \t]+hugain)?)?)"
)
_EN_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_EN_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_EN_YEAR = (
    rf"(?:nineteen|twenty)[ \t-](?:hundred|oh[ \t-](?:{_EN_UNITS.replace(' ', '|')})|{_EN_TEENS}"
    rf"|{_EN_TENS}(?:[ \t-](?:{_EN_UNITS.replace(' ', '|')}))?)"
)
_CY_NUM = r"(?:un|dau|tri|pedwar|pump|chwech|saith|wyth|naw|deg|hanner|dwy)"
_CY_YEAR = (
    rf"(?:mil[ \t]+naw[ \t]+(?:cant[ \t]+(?:a[ \t]+|ac[ \t]+)?)?{_CY_NUM}(?:[ \t]+deg)?"
    rf"(?:[ \t]+(?:a[ \t]+|ac[ \t]+)?{_CY_NUM})?"
    rf"|un[ \t]+naw(?:[ \t]+{_CY_NUM}){{2}})"
)
_YEAR_ANY = rf"(?:[0-9]{{4}}|['’][0-9]{{2}}|{_EN_YEAR}|{_CY_YEAR})"
WORD_DAY = (
    rf"(?:(?:the|y|yr)\s+)?(?:{_EN_ORD}|{_CY_ORD})\s+(?:of|o)\s+(?:(?:fis|mis)\s+)?{{MONTH}}(?:,?\s+{_YEAR_ANY})?"
)
DATE = re.compile(
    r"(?<![\w/.-])(?:"
    + WORD_DAY.replace("{MONTH}", MONTH)
    + rf"|(?:{{MONTH}}|(?:(?:fis|mis)\s+){{MONTH}}),?\s+(?:{_EN_YEAR}|{_CY_YEAR})".replace("{MONTH}", MONTH)
    + r"|"
    rf"{FESTIVAL}|"
    r"\d{1,2}[/.·-]\d{1,2}[/.·-](?:\d{4}|\d{2})"  # "17·3·97": a middle dot too, as some keyboards type it
    r"|\d{1,2}[/.-](?:i{1,3}|iv|vi{0,3}|ix|xi{0,2}|I{1,3}|IV|VI{0,3}|IX|XI{0,2})[/.-](?:\d{4}|\d{2})"  # "3/xi/41"
    # "11-Jan-2007", "04-JUN-1931", "04.Jun.31", as records print it
    rf"|\d{{1,2}}[-/.](?i:{MONTH})[-/.]?(?:\d{{4}}|\d{{2}})"
    rf"|{MONTH}['’]r\s+\d{{1,2}}{ORDINAL}?(?![\w/])"  # "Fedi'r 14eg": the month's day, as Welsh speakers say it
    r"|\d{4}-\d{1,2}-\d{1,2}"
    # a year of two figures after a day and month only as case notes shorten it: "b. 2 Jan 19", "DOB 7 Aug '12"
    rf"|(?:(?:the|y|yr)\s+)?\d{{1,2}}{ORDINAL}?\s+(?:(?:of|o)\s+(?:(?:fis|mis)\s+)?)?{MONTH}(?:,?\s+(?:\d{{4}}|['’]?\d{{2}}))?"
    # "3rd of the 9th, 2010": the month as a number, said aloud
    rf"|(?:the\s+)?\d{{1,2}}{ORDINAL}\s+of\s+the\s+\d{{1,2}}{ORDINAL}(?:,?\s+(?:\d{{4}}|['’]\d{{2}}))?"
    # a date with no separators, as systems print it: "19940801", "020592", "02051992"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:(?:19|20)\d{2}|\d{2})"
    rf"|{MONTH}\s+(?:the\s+|y\s+|yr\s+)?\d{{1,2}}{ORDINAL}?(?:,?\s+\d{{4}})?"
    rf"|(?:(?:fis|mis)\s+)?{MONTH},?\s+(?:\d{{4}}|['’]\d{{2}})"
    r")(?![\w/-])",
    re.IGNORECASE,
)
CUE = re.compile(
    r"\b(?:born|DOB|DG|D\.\s?G\.?|D\.\s?O\.\s?B\.?|D/O/B|D/B|date\s+of\s+birth|date-of-birth|birth\s*date|birth\s+certificate|"
    r"(?:t|d|th|nh)ystysgrif\s+[gn]?eni|year\s+of\s+birth|birth\s+year|YOB|[bf]lwyddyn\s+(?:ei\s+|eu\s+)?[gn]?eni|"
    # "geni 7fed Mawrth '39" on a record: the noun alone, before a date in figures or a day and its month
    r"geni(?=[ \t]*[:(]?[ \t]*[0-9]{1,2}[/.-][0-9]|[ \t]*[:(][ \t]*[0-9]"
    r"|[ \t]*[:(]?[ \t]*[0-9]{1,2}[a-z]{0,4}\.?[ \t]+[A-Z])|"
    r"leap[- ]year\s+baby|[bf]abi\s+blwyddyn\s+naid|"  # "a leap-year baby, 29/2/44"
    r"ganwyd|ganed|g?anwyd|g?aned|[dn]?dyddiad\s+(?:ei\s+|eu\s+)?[gn]?geni|ei\s+[gh]?eni|eu\s+geni|"
    r"[dn]?dyddiad\s+(?:ei\s+|eu\s+|fy\s+)?n?g?enedigaeth|"  # "dyddiad ei genedigaeth", "dyddiad ei enedigaeth"
    r"cafodd\s+(?:hi\s+|ef\s+|e\s+|o\s+)?ei\s+[gh]?eni|(?<=['’])[iu]\s+[gh]?eni"
    r"|ngeni"  # "ges i fy ngeni", "ces i 'ngeni", "dyddiad fy ngeni": the first person's birth, nasal-mutated
    r"|i['’]r\s+byd|into\s+the\s+world"  # "daeth i'r byd ar 5 Ebrill 1939", "came into the world on"
    r"|(?<=[a-z] )oed\s+ers(?=\s)"  # "mae o'n naw oed ers nos Calan Gaea' 2016": an age held since a birthday
    # an identity document read out: "Her passport says 1/1/1950", "mae ei phasbort yn dweud 1/1/1950"
    r"|(?:passport|pasbort|basbort|mhasbort|phasbort)(?=\s+(?:says|said|gives|shows|yn\s+dweud|yn\s+nodi)\b)"
    r"|(?P<birthday>birthday|birth\s+day|b['’]day|(?:(?:[pbmf]|mh|ph)en[- ]?|(?<=-))blwydd))\b",
    re.IGNORECASE,
)
# A birthday gives a date of birth only with its year ("her birthday, 9 June 1950"): a day and
# month alone is a date to celebrate, not a record.
_NAMED_DAY = re.compile(
    r"(?:[ \t,]+[^\W\d_]+(?:['’][^\W\d_]+)?){0,4}?"  # a few words first: "ei geni yno, o ddifri, ar ..."
    r"[ \t,]*[\"“‘]?(?:(?:on|ar)[ \t]+(?:the[ \t]+|y[ \t]+|yr[ \t]+)?"  # a quotation may open: born "on …"
    # ... or a time named with its article (round ten): "born in the Whitsun of 1938", "born the week of the '82
    # snow", "ganwyd yn ystod y rhew mawr yn 1947"
    r"|(?:during|adeg|yn[ \t]+ystod)[ \t]+(?=[A-ZŴŶ])"  # "wedi'i eni adeg Ffair Gaeaf Llanfair, '44"
    r"|(?:(?:in|during|yn|yn[ \t]+ystod|adeg)[ \t]+)?(?:(?:the|y|yr)[ \t]+|(?<=[a-z])['’]r[ \t]+)"
    r"(?=[^\n.!?;0-9]{0,30}?(?:[A-ZŴŶ]|\b(?:week|winter|spring|summer|autumn|storm|snow|freeze|floods?|war|blitz"
    r"|strike|wythnos|gaeaf|gwanwyn|haf|hydref|rhew|eira|llifogydd|rhyfel|streic)\b))"
    # ... or the time as Welsh speech names it, with no article: "ges i 'ngeni yn eira mawr '47"
    r"|(?:in|yn)[ \t]+(?=(?:eira|rhew|llifogydd|storm|wythnos|gaeaf|haf|snow|floods|blitz)\b))"
    r"[^\n.!?;0-9]{2,40}?,?[ \t]+(?:(?:in|yn|ym|of|o)[ \t]+)?(?:(?:the|y)[ \t]+)?"
    r"(?:1[89][0-9]{2}\b|20[0-9]{2}\b|['’][0-9]{2}\b(?![ \t]*(?:[-–]|to|i)[ \t]*[0-9']))"
)
_CAPITAL = re.compile(r"\b[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]")
_YEAR = re.compile(r"[0-9]{4}\Z|[/.-][0-9]{2}\Z|['’][0-9]{2}\Z")  # "her birthday is 4th June '31"
# ... and only straight after the word: "her 90th birthday party on 3 May 2024" is an event.
_BIRTHDAY_GAP = re.compile(
    r"(?:[ \t]+[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]*(?:['’]s)?){0,2}"  # "pen-blwydd Zofia ar 4 Rhagfyr 2022"
    r"(?:[ \t]+(?:hi|o|e|fe|fo|ef|i))?"  # "ei phen-blwydd hi ar 4ydd Mehefin 1931" (round thirty-six)
    r"[ \t]*(?:is|was|yw|oedd|ydy|ydi|['’]s|:|,|–|-|\()?[ \t]*(?:(?:on|ar)[ \t]+)?(?:the[ \t]+|y[ \t]+)?\Z"
)
_PARTY_BEFORE = re.compile(
    r"(?i:[0-9](?:st|nd|rd|th|fed|ain|ed|eg)?|party|parti|barti|dathl\w*|ddathl\w*|celebrat\w*|cake|cacen)\W*\w*\W*\Z"
)


# ... or with the age it marks, which gives the year: "her 80th birthday on 3 March", "ei phen-blwydd
# yn 80 ar 3 Mawrth", "pen-blwydd yn 90 oed ar 2 Medi".
# An age in Welsh words after "yn", soft-mutated: "yn bedair", "yn ddeg", "yn naw deg pump".
CY_AGE = (
    r"(?:(?:un|dd?au|dd?wy|d?tri|d?tair|[pb]edwar|[pb]edair|[pb]ump|chwech|saith|wyth|naw|dd?eg|ugain)"
    r"(?:[ \t]+deg(?:[ \t]+(?:a[ \t]+)?[a-z]+)?|[ \t]+ar[ \t]+(?:ddeg|bymtheg|hugain))?"
    r"|dd?euddeg|[bp]ymtheg|dd?eunaw)"  # twelve, fifteen, eighteen in their own words
)
_PARTY_WORD = re.compile(r"(?i:\b(?:party|parti|barti|cake|cacen|gacen|tea|te)\b)")
_AGE_BEFORE = re.compile(r"(?i:\b[0-9]{2,3}(?:st|nd|rd|th|ain|fed|ed|eg)[ \t]+\Z)")
_AGE_GAP = re.compile(
    r"(?i:[ \t]+(?:(?:is|was|falls|fell|yw|oedd|ydy|ydi)[ \t]+)?(?:on|ar)[ \t]+(?:the[ \t]+|y[ \t]+)?\Z"
    r"|(?:[ \t]+[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]*){0,2}"  # "pen-blwydd Eirlys yn 90 oed ar"
    rf"[ \t]+yn[ \t]+(?:[0-9]{{1,3}}|{CY_AGE})(?:[ \t]+oed)?(?:[ \t]+(?:ar|on)[ \t]+(?:y[ \t]+)?|,[ \t]*)\Z)"
)


_PARTY_AFTER = re.compile(
    r"(?i:[^\n.!?;,]{0,20}?\b(?:party|parti|pharti|barti|cake|cacen|gacen|celebrat\w*|dathl\w*|ddathl\w*|tea|te|bash)\b)"
)


def _birthday_date(text: str, cue_start: int, after: int, date: re.Match[str]) -> bool:
    """Is DATE, after a birthday cue, a date of birth (year or age given, straight after, no party)?"""
    gap = text[after : date.start()]
    if re.match(r"[ \t]+(?:party|parti|cake|cacen|tea|te)\b", text[after:]):
        return False
    if _THING_BORN.search(gap):
        return False  # "pen-blwydd y capel yn 100": a chapel's birthday
    aged = _AGE_GAP.match(gap) and (_AGE_BEFORE.search(text, max(0, cue_start - 12), cue_start) or "yn" in gap.split())
    if aged:
        return _PARTY_WORD.search(text, max(0, cue_start - 40), cue_start) is None  # "a party for her 90th birthday"
    if not _YEAR.search(date.group()) or not _BIRTHDAY_GAP.match(gap):
        return False
    before = text[max(0, cue_start - 24) : cue_start]
    if _PARTY_AFTER.match(text, date.end()):
        return False  # "ei phen-blwydd ar 3 Mawrth 2024 gyda pharti": the day it was kept
    return _PARTY_BEFORE.search(before) is None and not re.match(r"[ \t]+(?:party|parti|cake)", text[after:])


# A year straight after a birth cue, with at most a pronoun or "in"/"yn"/"ym" between; not a
# decade ("born in the 1950s") nor the first part of a date in figures.
_BIRTH_YEAR = re.compile(
    r"(?:[ \t]+(?:hi|e|o|ef|fe|fo|is|was|yw|oedd|ydy|ydi)\b)?,?"
    # the place first: "ces i 'ngeni yn Aberdâr ym 1940", "born in Merthyr in 1938"
    r"(?P<place>[ \t]+(?:in|yn|ym|yng|at)[ \t]+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]+)?,?"
    r"(?=[ \t]+(?:in|yn|ym)[ \t]))?"
    # ... or the room or the house: "cafodd ei geni yn y tŷ ym 1941", "born in the farmhouse in 1938"
    r"(?:[ \t]+(?:in|yn|at)[ \t]+(?:the|y|yr)[ \t]+(?:house|farmhouse|cottage|front[ \t]+room|back[ \t]+bedroom|tŷ"
    r"|ffermdy|bwthyn|parlwr|gegin|llofft|kitchen|bedroom),?(?=[ \t]+(?:in|yn|ym)[ \t]))?"
    r"[ \t]+(?:(?:in|yn|ym|yng)[ \t]+(?:the[ \t]+year[ \t]+|y[ \t]+flwyddyn[ \t]+)?)?"
    # a season or a guess at it: "in the spring of 1940", "yng ngwanwyn 1940", "circa 1940", "tua 1940"
    r"(?:(?:the[ \t]+)?(?:early|late|spring|summer|autumn|winter|start|end)[ \t]+(?:of[ \t]+)?"
    r"|(?:circa|c\.|ca\.|around|about|tua|oddeutu|rhyw)[ \t]*"
    r"|(?:gwanwyn|ngwanwyn|haf|hydref|gaeaf|ngaeaf|nechrau|dechrau|diwedd|niwedd)[ \t]+)?"
    r"(?:1[89][0-9]{2}|20[0-9]{2}|['’][0-9]{2}(?![0-9]))(?![\w/.'’-][0-9sS])(?![0-9A-Za-z])"
)
# ... but a group or an idea is born in a year too: "the choir was born in 1998", "ganwyd y syniad yn 2019"
_THING_BORN = re.compile(
    r"(?i:\b(?:group|club|idea|project|scheme|service|charity|choir|caf[eé]|band|team|hub|partnership|network"
    r"|grŵp|grwp|clwb|syniad|prosiect|cynllun|gwasanaeth|elusen|côr|caffi|band|tîm|rhwydwaith|partneriaeth"
    r"|chapel|church|school|hall|capel|gapel|eglwys|ysgol|neuadd|cymdeithas|gymdeithas|papur|paper)\b)"
)


_THING_BEFORE = re.compile(_THING_BORN.pattern[:-1] + r"[ \t]+(?:was|were|is|has[ \t]+been)?[ \t]*\Z)")
_THING_AFTER = re.compile(r"[ \t]+(?i:y|yr)[ \t]+" + _THING_BORN.pattern)


def _a_thing_born(text: str, s: int, e: int) -> bool:
    """Is the birth at S..E a group's or an idea's ("the scheme was born on", "ganwyd y prosiect ar")?"""
    return bool(_THING_BEFORE.search(text, max(0, s - 30), s) or _THING_AFTER.match(text, e))


# A date may follow its cue by a few words ("born in Cardiff on 3 May 1950"), but not across
# the end of a sentence.
AFTER = 100  # about eight words: "ganwyd hi, yn ôl ei thystysgrif, yn Ysbyty ... ar 12 Mehefin 1948"
BEFORE = 30
BETWEEN = re.compile(r"[ \t,:(\[–-]*")
STOP = re.compile(
    # not the full stop of a shortened month ("born 30th Sept. 1942")
    r"(?<!Jan)(?<!Feb)(?<!Mar)(?<!Apr)(?<!Jun)(?<!Jul)(?<!Aug)(?<!Sep)(?<!Sept)(?<!Oct)(?<!Nov)(?<!Dec)"
    r"(?<!Ion)(?<!Chwef)(?<!Ebr)(?<!Meh)(?<!Gorff)(?<!Hyd)(?<!Tach)(?<!Rhag)"
    r"(?<![ (]dg)(?<![ (]DG)(?<![ (]Dg)(?<!\bb)(?<!\bg)"  # nor of "dg.", "b.", "g." before the date
    r"[.!?][\"”’*_)\]]*\s|\n\s*\n|;"
    # ... nor across a new clause about another event ("born in Merthyr and moved on 4 May
    # 1962", "a symudodd ar 4 Mai 1962"); lower case only, so place names never stop it.
    r"|\b(?:and|but|then|until|ond|wedyn|tan)\b(?![ \t]+(?:bred|raised|brought|grew))"
    r"(?![ \t]+[A-ZÀ-ÖØ-ÞŴŶ])"  # but not "and" between two names: "born to Mair and Twm Price on 3 May 1940"
    r"|\b(?:moved|married|died|left|retired|started|joined|arrived|returned|went|came|lost|met"
    r"|played|sang|visited|became|won|took|gave|saw|heard|opened|closed|held)\b"
    r"|\b(?!cafodd\b)[^\W\d_]{2,}odd\b"  # a Welsh verb of another event: "chwaraeodd", "canodd"
    r"|\b(?:symudodd|priododd|farw|gadawodd|ymddeolodd|dechreuodd|ymunodd|collodd|cyrhaeddodd|aeth|daeth)\b"
    r"|\ba(?:c)?[ \t]+[^\W\d_]+odd\b"
)


# A date of birth typed with no separators ("311273", "31121973"), or a month's short name and a year ("Mar-58").
_COMPACT_DATE = re.compile(
    r"[ \t]*(?:([0-3][0-9])([01][0-9])(?:19|20)?[0-9]{2}(?![0-9])"
    r"|(?:[0-3]?[0-9][-/ ]?)?"  # "09NOV05", "9-Nov-05": a day before the month, as records print it
    r"(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ion|Chwef|Maw|Ebr|Meh|Gorff|Awst|Med|Hyd|Tach|Rhag)"
    r"[-/ ]?(?:19|20)?[0-9]{2}(?![0-9]))"
)


def day_and_month(day: str, month: str) -> bool:
    """Could DAY and MONTH, in figures, be a day of the year ("31", "12"), not a count or a reference?"""
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


_MONTH_YEAR = re.compile(r"[ \t]*(?:0?[1-9]|1[0-2])[/.-](?:[0-9]{4}|[0-9]{2})(?![0-9/.-])")
_DOB_WORD = re.compile(
    r"(?i:dob|d\.\s?o\.\s?b|d/o/b|d/b|dg\b|date\s+of\s+birth|[dn]?dyddiad\s+(?:ei\s+|eu\s+)?[gn]?geni)"
)
_SPACED_DATE = re.compile(r"[ \t]*([0-3]?[0-9])[ \t]+([01]?[0-9])[ \t]+(?:19|20)?[0-9]{2}(?![0-9])")
# A festival's day alone after a record's word for a date of birth (round thirty-six).
_FESTIVAL_ALONE = re.compile(r"[ \t]*(?:(?:on|ar)[ \t]+)?(?:the[ \t]+)?" + FESTIVAL_DAY + r"(?![\w-])")
_SINCE_BIRTH = re.compile(r"(?i:\b(?:ers|since|from)[ \t]+(?:(?:fy|ei|eu|'y|’y|his|her|their)[ \t]+)?\Z)")


def dob_at(text: str, start: int) -> tuple[int, int] | None:
    """A date of birth around the birth cue that starts at START, if there is one."""
    cue = CUE.match(text, start)
    if not cue or _SINCE_BIRTH.search(text, max(0, start - 12), start):
        return None  # "ers fy ngeni", "since birth": a time since, not a date
    after = cue.end()
    while after < len(text) and text[after] in ".:?":
        after += 1  # the cue's own full stop or colon ("D.O.B.", "DOB:"), or a question: "Ei ddyddiad geni? 2 Mai 1970"
    limit = min(len(text), after + AFTER)
    stop = STOP.search(text, after, limit)
    if stop:
        limit = stop.start() + 1
    date = DATE.search(text, after, limit)
    if date and not cue.group("birthday") and _a_thing_born(text, cue.start(), cue.end()):
        return None
    if date and cue.group("birthday") and not _birthday_date(text, cue.start(), after, date):
        return None
    if not date and not cue.group("birthday"):
        # "born on Bonfire Night 2013", "ganwyd ar Ddiwrnod y Cadoediad, 1950": a named day and its year
        who = WHO_THEN_ON.match(text, after)  # "Ganed Mari Jones ar ddydd Ffair Garon 1936": the name stays a name
        named = _NAMED_DAY.match(text, who.end() if who else after, limit)
        if named and not _THING_BORN.search(text, max(0, cue.start() - 40), named.end()):
            start = named.end() - len(named.group().lstrip(" \t,")) if who else cue.start()
            return start, named.end()
        # "born in 1938", "Born 1929,", "ganwyd hi yn 1938", "cafodd ei eni ym 1944": the year alone
        year = _BIRTH_YEAR.match(text, after)
        if year and not _THING_BORN.search(text, max(0, cue.start() - 40), year.end()):
            if year.group("place"):  # "born at Bryn Awel in 1950": the year alone, so the home is found as one
                return year.end("place") + 1, year.end()
            return cue.start(), year.end()
    if not date and not cue.group("birthday"):
        month_year = _MONTH_YEAR.match(text, after, limit)  # "(dob 11/21)": a baby's month and year
        if month_year and _DOB_WORD.match(cue.group()):
            return cue.start(), month_year.end()
    if not date and not cue.group("birthday") and _DOB_WORD.match(cue.group()):
        compact = _COMPACT_DATE.match(text, after, limit)  # "D/O/B 311273", "DOB Mar-58"
        if compact and (compact.group(1) is None or day_and_month(compact.group(1), compact.group(2))):
            return cue.start(), compact.end()
    if not date and not cue.group("birthday") and _DOB_WORD.match(cue.group()):
        day = _FESTIVAL_ALONE.match(text, after, limit)  # "DOB Christmas Day", "Dyddiad geni: Dydd Gŵyl Dewi"
        if day:
            return cue.start(), day.end()
    if not date:
        spaced = _SPACED_DATE.match(text, after, limit)  # "dob 12 8 55", as typed into a form with no separator
        if spaced and day_and_month(spaced.group(1), spaced.group(2)):
            return cue.start(), spaced.end()
    if date and (date.end() == len(text) or not text[date.end()].isalnum()):
        if _CAPITAL.search(text, after, date.start()):
            return date.start(), date.end()  # "Ganwyd Anti Mags ar 2 Chwefror 1946": the name stays a name
        return cue.start(), date.end()
    # "12/03/1985 (date of birth)"
    found = None
    for m in DATE.finditer(text, max(0, cue.start() - BEFORE), cue.start()):
        found = m
    if found and BETWEEN.fullmatch(text, found.end(), cue.start()) and not cue.group("birthday"):
        return found.start(), cue.end()
    return None


# A birth cue after its date: "Ar 3 Mai 1940 y ganwyd hi", "3 Mai 1940 yw ei dyddiad geni", "It was on
# 3 May 1940 that she was born", "12/03/1985 (date of birth)".
_CUE_AFTER = re.compile(
    r"[ \t]*[(–-]?[ \t]*(?:(?:y|yr|pan|yw|oedd|ydy|ydi|is|was|that)[ \t]+)?(?:(?:ei|eu|her|his|their)[ \t]+)?"
    r"(?:(?:she|he|they|I)[ \t]+(?:was|were)[ \t]+)?"
    r"(?i:born(?![ \t]+(?:of|out|from)\b)|ganwyd|ganed|g?aned|anwyd|date[ \t]+of[ \t]+birth"
    r"|n?dd?yddiad[ \t]+(?:ei[ \t]+|eu[ \t]+)?[gn]?geni|dob"
    # the birth as spoken Welsh says it after its date: "'39 gafodd hi ei geni", "1950 ges i 'ngeni"
    r"|[cg](?:afodd|ath|as|es)[ \t]+(?:(?:hi|e|o|fe|fo|ef|i)(?=[ \t'’]))?(?:[ \t]*['’]i|[ \t]+ei|[ \t]+fy|[ \t]*['’]y"
    r"|[ \t]*['’]n)?[ \t]*(?:[gh]?eni|ngeni))\b"
)


# ... or a few words on in the same clause: "3 Mai 1940, y ganwyd hi", "It was on 3 May 1940, a Sunday,
# that she was born", "Sunday, 3 May 1940, was the day she was born".
_BORN_WORD = re.compile(r"(?i:\b(?:born|ganwyd|ganed|aned|anwyd)\b)")
_GAP_WORDS = re.compile(r"[ \t,]*(?:[^\W\d_]+['’]?[^\W\d_]*[ \t,]+){0,6}\Z")


def _born_soon_after(text: str, e: int) -> bool:
    w = text[e : e + 50]
    if not ("orn" in w or "wyd" in w or "ned" in w):
        return False  # no birth verb near: most dates
    m = _BORN_WORD.search(text, e, min(len(text), e + 50))
    if not m or text[m.start() - 1 : m.start()] == "'" or STOP.search(text, e, m.start()):
        return False
    gap = text[e : m.start()]
    if not _GAP_WORDS.match(gap) or any(c in gap for c in ".!?;:\n"):
        return False
    return not _THING_BORN.search(gap) and not re.match(r"[ \t]+(?:of|out|from)\b", text[m.end() :])


def dob_before_cue_at(text: str, s: int, e: int) -> tuple[int, int] | None:
    """A date of birth ending with the year at S..E, its birth cue just after it."""
    if not _CUE_AFTER.match(text, e) and not _born_soon_after(text, e):
        return None
    found = None
    for date in DATE.finditer(text, max(0, s - 30), e):
        if date.end() == e:
            found = date
    cue = _CUE_AFTER.match(text, e) if not found and e - s == 4 else None
    if cue and _IN_YEAR_BEFORE.search(text, max(0, s - 4), s) and not _a_thing_born(text, s, cue.end()):
        return s, e  # "Yn 1941 y ganwyd hi", "In 1941 she was born": the year alone, the verb right after
    return (found.start(), e) if found else None


_IN_YEAR_BEFORE = re.compile(r"(?i:\b(?:yn|in|ym)[ \t]+\Z)")


# "b. 12.06.1948", "g. 12/06/1948": born and ganwyd shortened, as pasted from case notes.
_ABBREVIATED = re.compile(
    r"(?<![\w.])(?:[dD]\.[ \t]?[gG]|[dD][gG]|[bBgG]|[uU]r)\.[ \t\n]?\Z"
)  # "ur." (urodzony) in Polish notes


_YEAR_IN_BRACKETS = re.compile(r"(?:1[89][0-9]{2}|20[0-9]{2})\)")
_YEAR_IN_LIST = re.compile(r"(?:1[89][0-9]{2}|20[0-9]{2})(?=[,;]|[ \t]*\n|[ \t]*\Z)")


# ... and with no full stop after a comma or a bracket, before a whole date in figures: "Gwilym, g 3/3/41".
_BARE_LETTER = re.compile(r"(?:(?<=[,(;\n])|(?<=[,(;][ \t]))[bBgG][ \t]\Z")
_FIGURES = re.compile(r"[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:[0-9]{4}|[0-9]{2})\Z")


def abbreviated_dob_at(text: str, s: int) -> tuple[int, int] | None:
    """A date of birth at S straight after "b." or "g." ("b. 12.06.1948")."""
    cue = _ABBREVIATED.search(text, max(0, s - 7), s)
    if not cue:
        bare = _BARE_LETTER.search(text, max(0, s - 4), s)
        date = DATE.match(text, s) if bare else None
        if bare and date and _FIGURES.match(date.group()):
            return bare.start(), date.end()
        return None
    date = DATE.match(text, s)
    if date:
        end = date.end()
    elif text[s - 1] == ".":
        date = DATE.match(text[s : s + 40])  # glued to the cue's full stop, which DATE will not start after: "b.4/9/41"
        end = s + date.end() if date else s
    if not date and text[cue.start() - 1 : cue.start()] == "(":
        # "Mair Jones (g. 1938)", "(b.1941)": the year alone, as records give it
        year = _YEAR_IN_BRACKETS.match(text, s)
        return (cue.start(), year.end() - 1) if year else None
    if not date and (text[cue.start() - 2 : cue.start()] == ", " or cue.start() == 0 or text[cue.start() - 1] == "\n"):
        year = _YEAR_IN_LIST.match(text, s)  # "Mair Jones, g. 1938, Llanbed", a line "b. 1941"
        return (cue.start(), year.end()) if year else None
    if not date or not any(c.isdigit() for c in date.group()[-2:]):
        return None  # a day and month with no year is too loose after one letter
    return cue.start(), end


# An age reached on a day gives the whole date of birth: "Trefor turns 90 on 3 March", "she'll be
# 85 on the 12th", "bydd hi'n 90 oed ar 3 Mawrth", "mae'n troi'n 80 ar 12 Mehefin".
_TURNS_BEFORE = re.compile(
    r"(?i:\b(?:turns|turning|turned|turn|will[ \t]+be|['’]ll[ \t]+be"
    r"|[bf]ydd(?:[ \t]+(?:hi|o|e|ef|hithau|yntau))?(?:['’]?[ \t]*n|[ \t]+yn)"  # "bydd hi'n", "Bydd yn"
    r"|[td]roi['’]n|[td]roi[ \t]+yn|(?<=[^\W\d_])['’]n"
    r"|(?:trodd|troes)(?:[ \t]+(?:hi|o|e|ef|[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+))?[ \t]+yn"  # "Trodd Gwyneth yn 90 ar 3 Mawrth"
    r"|(?<=[Mm]ae[ \t])[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+[ \t]+yn)"  # "Mae Nel yn 90 oed ar 3 Mawrth"
    r"[ \t]+[0-9]{2,3}(?:[ \t]+(?:oed|years[ \t]+old))?[ \t]+(?:on|ar)[ \t]+(?:the[ \t]+|y[ \t]+)?\Z)"
)


_AGE_DIGITS = re.compile(r"[0-9]{2}")
_PERSONS = frozenset("she he i you mam dad nan nain taid gran grandad mum who they we".split())  # noqa: SIM905
_NOT_SUBJECT = frozenset(
    """
    The This That It Club Chapel Church School Hall Centre Choir Group Clwb Capel Côr Ysgol Eglwys Neuadd Canolfan
    Ganolfan Grŵp Cymdeithas Gymdeithas Cwmni Tîm Caffi
    """.split()  # noqa: SIM905
)


# An age in words that someone turns or will be on a day: "Mi fydd o'n wyth deg wyth ar", "Kai turned ten on
# the", "she'll be ninety on".
EN_AGE_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \t-](?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|a[ \t]+hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_TURNS_WORDS = re.compile(
    r"(?i:(?:\b(?:turns|turning|turned|turn|will[ \t]+be|['’]ll[ \t]+be|be)[ \t]+"
    + EN_AGE_WORDS
    + r"|(?:\bbydd|\bfydd|\btroi|\bdroi|\btrodd|\bdrodd)[^\n.!?]{0,12}?(?:['’]n|[ \t]yn)[ \t]+"
    + CY_AGE
    + r")(?:[ \t]+(?:oed|years[ \t]+old))?[ \t]+(?:on|ar)[ \t]+(?:the[ \t]+|y[ \t]+|yr[ \t]+)?\Z)"
)


def a_person_turns(text: str, at: int, turns: str) -> bool:
    """Is it a person, by pronoun or name, who turns the age at AT ("the club will be 50 on 3 June" is not)?"""
    subject = text[max(0, at - 16) : at].split()
    if turns.lower().startswith(("turn", "will", "'ll", "’ll", "be")) and not (
        subject and (subject[-1].lower() in _PERSONS or subject[-1][:1].isupper() and subject[-1] not in _NOT_SUBJECT)
    ):
        return False
    return not (turns[:1].isupper() and turns.split()[0] in _NOT_SUBJECT)  # "Mae Capel Bethel yn 150 oed"


def aged_date_at(text: str, s: int) -> tuple[int, int] | None:
    """A day and month at S after an age that someone turns on it, if there is one."""
    if _AGE_DIGITS.search(text, max(0, s - 16), s) is None:
        w = text[max(0, s - 60) : s]
        if not ("urn" in w or "be " in w or "ydd" in w or "roi" in w or "rodd" in w):
            return None  # no word for turning an age: most dates
        words = _TURNS_WORDS.search(text, max(0, s - 60), s)
        if not words or not a_person_turns(text, words.start(), words.group()):
            return None  # no age just before: most dates
        date = DATE.match(text, s)
        if not date or _PARTY_WORD.match(text, date.end() + 1):
            return None
        return date.start(), date.end()
    turns = _TURNS_BEFORE.search(text, max(0, s - 40), s)
    if not turns:
        return None
    if not a_person_turns(text, turns.start(), turns.group()):
        return None
    date = DATE.match(text, s)
    if not date or _PARTY_WORD.match(text, date.end() + 1):
        return None
    return date.start(), date.end()


# The teens and twenty-one a young person turns, in words: "sy'n ddeunaw ar yr 2il o Fehefin" (round 25).
_TEEN_AGES = (
    # soft mutation turns p into b ("bymtheg") and d into dd ("ddeunaw")
    r"[dD]?[dD]eunaw|[bBpP]ymtheg|[uU]n[ \t]+ar[ \t]+[bB]ymtheg|[dD]?[dD]wy[ \t]+ar[ \t]+[bB]ymtheg"
    r"|[bBpP]edair[ \t]+ar[ \t]+ddeg|[dD]?[dD]euddeg|[uU]n[ \t]+ar[ \t]+hugain|[bBpP]edwar[ \t]+ar[ \t]+ddeg"
    r"|(?:six|seven|eigh|nine)teen|twenty-one|twenty[ \t]+one|twenty-five|twenty[ \t]+five|thirty|forty|fifty"
)
_AGE_WORDS_ON = re.compile(
    r"(?:[0-9]{2,3}|(?:naw|wyth|saith|chwe|chwech|pum|pedwar|tri)[ \t]+deg(?:[ \t]+(?:a[ \t]+)?[a-z]+)?"
    rf"|(?:ninety|eighty|seventy|sixty)(?:-[a-z]+)?|{_TEEN_AGES})(?:[ \t]+oed)?[ \t]+(?:on|ar)[ \t]+"
)
# ... found back from its date: the age and its lead ("sy'n ddeunaw ar ") just before the date's start.
AGE_IN_WORDS_BEFORE = re.compile(rf"(?<![\w'’])(?:{_TEEN_AGES})(?:[ \t]+oed)?[ \t]+(?:on|ar)[ \t]+\Z")


# What comes before such an age: "Harri'n", "turns", or a birthday and "yn" ("pen-blwydd Morwen yn 95").
_AGE_LEAD = re.compile(
    r"(?:[^\W\d_]['’]n|\b(?:turns|turning|be)|blwydd(?:[ \t]+[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]*){0,2}[ \t]+yn)[ \t]+\Z"
)


def aged_word_date_at(text: str, s: int) -> tuple[int, int] | None:
    """A date in words after an age someone turns on it ("Mae Harri'n 80 ar y cyntaf o Ragfyr",
    "Dwi'n naw deg ar yr ail o Fawrth"), the age at S."""
    age = _AGE_WORDS_ON.match(text, s)
    if not age or not _AGE_LEAD.search(text, max(0, s - 40), s):
        return None
    date = DATE.match(text, age.end())
    if not date or not re.match(r"(?:the|y|yr)\s", date.group()):
        return None
    return date.start(), date.end()


# A full date in figures copied from a person's record, with no word for birth: "On her record:
# 03/05/1941", "Ar ei chofnod meddygol mae 03/05/1941". A year before 2011 makes it a person's
# date, not the date of a visit or a review.
_RECORD_DATE = re.compile(
    r"([0-3]?[0-9])([/.-])([01]?[0-9]|(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2}|I{1,3}|IV|VI{0,3}|IX|XI{0,2})(?=[/.-]))\2"
    r"((?:19|20)[0-9]{2}|[0-9]{2})(?![0-9/-]|[.][0-9])"
)  # the month in Roman figures too, as older records give it: "14/ii/64", "31.x.37"
_ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
# A full date whose year is four or more years back is someone's date, with or without a word for their record: in
# the dev stories such dates in figures are dates of birth ("the eldest 22.12.09", "Mrs Tudor (12.iii.28)"), and
# dates of visits, referrals and orders this year's or last year's ("Nodyn achos 12.01.26"). The counts are in
# benchmarks/privacy/real/README.md (round forty-one).
_THIS_YEAR = datetime.date.today().year
_RECORD_BEFORE = re.compile(
    r"(?i:\b(?:record|records|file|notes|system|form|chart|details|wristband|profile|cofnod|chofnod|gofnod|nghofnod"
    r"|cofnodion|ffeil|nodiadau|ffurflen|siart|manylion|band[ \t]+arddwrn)\b)([^\n.!?;0-9]{0,30})\Z"
)
# ... unless the words between say what happened on that date.
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS_CY = ("Llun", "Mawrth", "Mercher", "Iau", "Gwener", "Sadwrn", "Sul")
_WEEKDAYS = frozenset(_WEEKDAYS_EN + _WEEKDAYS_CY)


# What a record or a note says happened on a date, in both languages; read by record_date_at and _an_event_before.
_NOTED_EVENTS = (
    "admitted|discharged|referred|reviewed|visit|seen|updated|opened|closed|started|session|meeting|appointment|call"
    "|contact|entry|sesiwn|cyfarfod|apwyntiad|galwad|cyfeirio|adolygu|ymweliad|diweddarwyd|agorwyd|caewyd|dechrau"
)
_RECORD_EVENT = re.compile(
    rf"(?i:\b(?:{_NOTED_EVENTS}|since|on|from|until|cofnod[ \t]+dyddiedig|derbyn|rhyddhau|ers|tan|hyd|ar)\b)"
)


# ... or right after a person's name and a comma, as a record lists people, or after another such
# date and "and" ("3/11/41 a 5/6/43"): with a year before 1990, a person's, not an event's.
_LISTED_AFTER = re.compile(
    r"(?:\b([A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+(?:[ \t-][A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+){0,2})[ \t]*,[ \t]*"
    r"|\b[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:19)?[0-9]{2}[ \t]*(?:,|and|a|ac|&)[ \t]*)\Z"
)


def _a_dated_event(text: str, s: int, m: re.Match[str]) -> bool:
    """Is the date at S a heading's, an example's, a weekday's or a place's, or the second of a list of visits?"""
    if _HEADING_AFTER.match(text, m.end()) or _EXAMPLE_BEFORE.search(text, max(0, s - 8), s):
        return True  # "Llanrug, 3.11.1985: the flood", "e.g. 12/03/2020"
    clause = _CLAUSE_BREAK.split(text[max(0, s - 40) : s])[-1]
    if _WEEKDAY_IN.search(clause) or _ANOTHER_DATE_AND.search(clause):
        return True  # "On Tuesday, 3.11.1981, the pit closed", "Visits on 3/11/09 and 5/6/10"
    place = _PLACE_COMMA.search(clause)
    return place is not None and place.group(1) in lx.PLACES  # "Llanrug, 3.11.1985"


_HEADING_AFTER = re.compile(r"[ \t]*[:–—]")
_EXAMPLE_BEFORE = re.compile(r"(?i:\b(?:e\.g|i\.e|eg|ie|ee)\.?,?[ \t]+\Z)")
_WEEKDAY_IN = re.compile(
    rf"\b(?:{'|'.join(_WEEKDAYS_EN)}"
    rf"|(?:[Dd]?[Dd]ydd|[Nn]os)[ \t]+(?:{'|'.join(_WEEKDAYS_CY)}|Fawrth|Fercher|Wener))\b"
)
_ANOTHER_DATE_AND = re.compile(r"[0-9]{1,2}[/.-][0-9ivxIVX]{1,4}[/.-][0-9]{2,4}[ \t]+(?:and|a|ac|&)[ \t]+\Z")
_PLACE_COMMA = re.compile(r"(?:^|\b)([A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+(?:[ \t-][A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+)?),[ \t]*\Z")


def _full_year(year: str) -> int:
    """YEAR in four figures: "26" is this century's, "31" the last one's."""
    if len(year) == 4:
        return int(year)
    return 1900 + int(year) if int(year) > _THIS_YEAR % 100 + 1 else 2000 + int(year)


def _an_event_before(text: str, s: int) -> bool:
    """Do the words of the clause before S say what happened on the date at S ("married on 12.6.62")?"""
    clause = _CLAUSE_BREAK.split(text[max(0, s - 60) : s])[-1]
    if _BIRTH_IN_CLAUSE.search(clause):
        return False  # "Dates of birth from the referral: the eldest 22.12.09"
    return _EVENT_WORDS.search(clause) is not None or _ON_A_DAY.search(clause) is not None


_CLAUSE_BREAK = re.compile(r"[!?;\n]|\.(?=\s)")
_BIRTH_IN_CLAUSE = re.compile(r"(?i:\bbirth|\bborn\b|\bgeni\b|\bganwyd\b|\bdob\b)")
# What a clause says happened on a date: "married", "moved", "the review", "adm."; a paragraph's number is no date.
_EVENT_WORDS = re.compile(
    r"(?i:\b(?:married|wed|moved|died|passed|buried|funeral|retired|left|joined|arrived|priodi|priododd|symud"
    r"|symudodd|farw|claddu|angladd|ymddeol|gadael|gadawodd|cyrraedd|dated|dyddiedig|expires|expiry|issued"
    r"|briodi|phriodi|briododd|wedding|priodas|briodas|flood|flooded|llifogydd|storm|between|rhwng|show|sioe"
    r"|lost|sold|bought|fell|fall|stroke|diagnosed|diagnosis|accident|fire|strike|war|ended|won|graduated"
    r"|qualified|licence|sale|collodd|colli|gwerthu|gwerthwyd|gwerthodd|prynu|prynodd|cwympo|cwympodd|cwmpodd"
    r"|syrthio|syrthiodd|strôc|damwain|tân|streic|rhyfel|ennill|enillodd|graddio|graddiodd|claddwyd|bu|buodd"
    r"|review|adolygiad|court|llys|order|gorchymyn|rec['’]d|received|adm|referral|atgyfeirio|visits|visited"
    rf"|{_NOTED_EVENTS}|note|nodyn|paragraph|para|section|adran|paragraff|version|fersiwn|ref|cyf)\b)"
)
# ... or a word for "on", "since" or "until" just before it: "ar 12.6.62", "since 3/4/15".
_ON_A_DAY = re.compile(r"(?i:\b(?:on|ar|since|from|until|till|ers|tan|hyd|by|erbyn)[ \t]+\Z)")


def _a_persons_name(phrase: str) -> bool:
    """Could PHRASE be a person's name, not a day, a month, a place or an everyday word?"""
    words = phrase.replace("-", " ").split()
    if phrase in lx.PLACES or phrase in lx.NOT_PERSON or any(w in MONTH_WORDS or w in _WEEKDAYS for w in words):
        return False
    return any(w in lx.FIRST or w in lx.SURNAMES or w in lx.AMBIGUOUS for w in words) and not all(
        w in lx.COMMON for w in words
    )


def record_date_at(text: str, s: int) -> tuple[int, int] | None:
    """A person's date in figures just after a word for their record ("On her record: 03/05/1941")."""
    m = _RECORD_DATE.match(text, s)
    if not m or (s and text[s - 1].isalnum()):
        return None
    year_n = _full_year(m.group(4))
    month = m.group(3)
    month = str(_ROMAN_MONTHS.index(month.lower()) + 1) if not month.isdigit() else month
    if not day_and_month(m.group(1), month):
        return None
    cue = _RECORD_BEFORE.search(text, max(0, s - 50), s) if year_n <= 2010 else None
    if not cue:
        listed = _LISTED_AFTER.search(text, max(0, s - 40), s) if year_n < 1990 else None
        if listed and (listed.group(1) is None or _a_persons_name(listed.group(1))):
            return s, m.end()  # "Mair Jones, 3.11.1941, gweddw"; "dyddiad geni'r ddau: 3/11/41 a 5/6/43"
        # "dob 3.xi.21": the date's own cue reads it, with its name
        cued = year_n > _THIS_YEAR - 4 or _DOB_WORD.search(text, max(0, s - 24), s) is not None
        if not cued and not _an_event_before(text, s) and not _a_dated_event(text, s, m):
            return s, m.end()  # "Mrs Elin Pritchard: 11.3.31", "ar y system mae o lawr fel 31.x.37"
        return None
    if _RECORD_EVENT.search(cue.group(1)):
        return None  # "her file was opened on 03/05/2009"
    return s, m.end()


# A festival and its year after a case note's short "born" ("(b. St David's Day 1942)", "g. Dydd Nadolig 1939"):
# read only after "b." or "g." and a space, where the number finder, which starts at figures, does not look.
_FESTIVAL_ABBREVIATED = re.compile(rf"(?:(?<=[\s(])|^)(?:[bBgG]\.|[Gg]an\.|DOB:?|DG:?)[ \t]+({FESTIVAL})")
# The first letters of every match of it.
_FESTIVAL_START = re.compile(r"[bBgG]\.|[Gg]an\.|D[OG]")


# "b." or "g." standing alone as a word, as case notes shorten "born" and "ganwyd".
_ABBREVIATION_ALONE = re.compile(r"(?:(?<=[\s(])|^)(?:[bBgG]|[Gg]an)\.[ \t]")


def festival_births(text: str) -> list[tuple[int, int]]:
    """A festival with its year after "b.", "g.", "gan." (ganwyd), "DOB" or "DG"."""
    if "b. " not in text and "g. " not in text and "an. " not in text and "DOB" not in text and "DG" not in text:
        return []
    out = []
    pos = 0
    # finditer, tried only where a match could start: the lookbehind makes re try every position
    while (start := _FESTIVAL_START.search(text, pos)) is not None:
        m = _FESTIVAL_ABBREVIATED.match(text, start.start())
        if m:
            out.append(m.span(1))
            pos = m.end()
            continue
        told = (
            _NAMED_DAY.match(text, start.end())
            if start.group()[-1] == "." and _ABBREVIATION_ALONE.match(text, start.start())
            else None
        )
        if told:  # "b. the week of the Bala Eisteddfod, 1967"
            out.append((start.start(), told.end()))
            pos = told.end()
        else:
            pos = start.start() + 1
    return out


# A festival with a year four or more years back is someone's birthday, with no word for birth near it: "a Guy
# Fawkes night '32 baby", "Gŵyl San Steffan '83", "noson tân gwyllt 2012" (round forty-one). In the dev stories the
# festivals with a year that were not births were this year's or last year's, or came after "since" or "ers".
_YEAR_AFTER_A_FESTIVAL = re.compile(r"(?<![0-9])(?:['’][0-9]{2}|(?:19|20)[0-9]{2})(?![0-9])")
_FESTIVAL_BEFORE_A_YEAR = re.compile(
    r"(?<![\w'’-])(?:" + FESTIVAL_DAY + r"|Easter|Christmas|Pasg|Nadolig|[Hh]arvest)"
    r"(?:[ \t]+(?:baby|babi))?,?[ \t]+(?:(?:in|yn|ym)[ \t]+)?\Z"
)
# ... unless the words before it count from it or to it: "ers Nadolig 1989", "since Easter 2019", "cyn y Pasg 2001".
_FROM_OR_TO = re.compile(
    r"(?i:\b(?:since|ers|before|after|cyn|wedi|ar[ \t]+ôl|until|till|tan|hyd|by|erbyn|from|over|dros|at|adeg)"
    r"(?:[ \t]+(?:the|y|yr))?[ \t]+\Z)"
)


def festival_years(text: str) -> list[tuple[int, int]]:
    """Every festival or month with a year long enough ago to be a birthday, and no event or count before it."""
    out = []
    for year in _YEAR_AFTER_A_FESTIVAL.finditer(text):
        year_n = _full_year(year.group().lstrip("'’"))
        if year_n > _THIS_YEAR - 4:
            continue
        festival = _FESTIVAL_BEFORE_A_YEAR.search(text, max(0, year.start() - 50), year.start())
        if not festival and year_n <= _THIS_YEAR - 5:  # "ym mis Mai 2022": a family's arrival, four years on
            festival = _MONTH_BEFORE_A_YEAR.search(text, max(0, year.start() - 40), year.start())
        if not festival:
            continue
        start = festival.start()
        # said of a person, not of an event: "(Easter Monday 2019, as she told everybody)", "a Guy Fawkes night '32
        # baby", "ei mam: Gŵyl San Steffan '83"; not "The club was born on Boxing Day 1990", "it was May Day in 1984"
        if not _SAID_OF_SOMEONE.search(text, max(0, start - 10), start):
            continue
        if _FROM_OR_TO.search(text, max(0, start - 16), start) or _an_event_before(text, start):
            continue
        if not _someone_near(text, start, year.end()):
            continue  # "the miners' strike (March 1984)": a bracket or a comma after a thing's name is its date
        out.append((start, year.end()))
    return out


# Whose date it is, in the clause before it or the words just after it: a person's name, a relative, a pronoun, a
# baby, or what they say of it ("Tomos, who is three (Halloween 2022", "(\"Easter '41\" he says)").
_PERSON_WORDS = re.compile(
    r"(?i:\b(?:she|he|her|his|him|hi|fe|fo|e|o|hon|hwn|ei|baby|babi|hogan|hogyn|girl|boy|son|daughter|brother"
    r"|sister|mother|father|mum|mam|dad|nain|taid|nan|gran|granddaughter|grandson|great-granddaughter"
    r"|great-grandson|mab|merch|brawd|chwaer|mamgu|tadcu|wyres|ŵyr|wyr|says|said|told|medd|meddai|medda|medde"
    r"|yw|oed|aged|who|sy|sydd|pen-blwydd|birthday|fy|my|love|cariad)\b)"
)


def _someone_near(text: str, start: int, end: int) -> bool:
    """Is the date at START..END said of someone: a person named or spoken of in its clause, or just after it?"""
    before = _CLAUSE_BREAK.split(text[max(0, start - 60) : start])[-1]
    after = text[end : end + 30]
    if _PERSON_WORDS.search(before) or _PERSON_WORDS.search(after):
        return True
    return any(w.strip("'’,(:\"“") in lx.FIRST or w.strip("'’,(:\"“") in lx.AMBIGUOUS for w in before.split())


# ... and a month with such a year: "Coronation baby, June '53", "Cer yw hi i bawb ar y stryd (Medi '82)". In
# the dev stories nearly all such months were births; the few events were named in their clause.
_MONTH_BEFORE_A_YEAR = re.compile(
    r"(?<![\w'’-])(?:(?:the[ \t]+)?(?:[0-9]{1,2}(?:st|nd|rd|th|af|ain|il|ydd|edd|fed|ed)?|"  # "2il o Fai '14"
    + _EN_ORD
    + r"|canol|ganol|dechrau|dechre|diwedd|ddiwedd|mid|early|late)(?:[ \t]+(?:of|o))?[ \t]+)?"
    + MONTH
    + r",?[ \t]+\Z"
)
# A festival or a month said of a person stands apart from the sentence's verbs: after a bracket, a quote, a colon or
# a comma, or as what kind of baby someone was ("a", "hogan", "babi").
_SAID_OF_SOMEONE = re.compile(
    r"(?:[(\"“‘']|(?<![0-9])[:,][ \t]+|(?<![\w'’])(?:a|an|babi|hogan|hogyn|merch|bachgen|baby|girl|boy"
    r"|says|said|medd|meddai|medda|medde|as|fel)[ \t]+)\Z"  # "his discharge book says Nov '32", "down as ..."
)


# A whole date read aloud, its year in words too, is someone's date of birth wherever it stands (round forty-one):
# "the third of March, nineteen fifty-two, like a telegram", "the eleventh of August twenty-fifteen", "yr ugeinfed o
# Fedi, dwy fil a naw", "Christmas Eve, two thousand and fourteen". A visit's date is seldom read out so: in the dev
# stories each one was a birth.
# ... and a Welsh year by its last two figures, as most people say it (round forty-five): "y pedwerydd o Fai, saith deg
# naw", "Ail o Fawrth, tri deg un"; not a count of something ("tri deg o bobl").
_CY_SHORT_YEAR = (
    r"(?:un|dau|tri|pedwar|pum|chwe|saith|wyth|naw)[ \t]+deg[ \t]+(?:un|dau|tri|pedwar|pump|chwech|saith|wyth|naw)"
    r"(?![ \t]+o\b)"
)
_SPOKEN_YEAR = (
    rf"(?:{_EN_YEAR}|{_CY_YEAR}|{_CY_SHORT_YEAR}"
    rf"|two[ \t]+thousand(?:[ \t]+and)?[ \t]+(?:{_EN_TEENS}|{_EN_UNITS.replace(' ', '|')}"
    r"|twenty(?:[ \t-]\w+)?)|dwy[ \t]+fil(?:[ \t]+(?:a|ac))?[ \t]+(?:ac[ \t]+)?\w+(?:[ \t]+(?:a|ac)[ \t]+\w+)?)"
)
_SPOKEN_DATE = re.compile(
    r"(?i:(?<![\w-])(?:"
    + WORD_DAY.replace("{MONTH}", MONTH).replace(rf"(?:,?\s+{_YEAR_ANY})?", "")
    + r"|"
    + FESTIVAL_DAY
    + r"),?[ \t]+"
    + _SPOKEN_YEAR
    + r")(?![\w-])"
)
SPOKEN_NEEDLES: tuple[str, ...] = (
    "nineteen",
    "twenty",
    "thousand",
    "mil naw",
    "dwy fil",
    "Nineteen",
    "Twenty",
    "Dwy fil",
    "Mil naw",
)
SPOKEN_NEEDLES += tuple(
    f"deg {unit}" for unit in ("un", "dau", "tri", "pedwar", "pump", "chwech", "saith", "wyth", "naw")
)


def spoken_dates(text: str) -> list[tuple[int, int]]:
    """Whole dates read aloud with the year in words: "the third of March, nineteen fifty-two"; not one the clause
    names an event on ("We met on the second of March, nineteen forty-four"), unless that is a baby's arrival."""
    out = []
    for m in _SPOKEN_DATE.finditer(text):
        clause = _CLAUSE_BREAK.split(text[max(0, m.start() - 60) : m.start()])[-1]
        if _an_event_before(text, m.start()) and not _ARRIVED.search(clause):
            continue
        out.append(m.span())
    return out


_ARRIVED = re.compile(r"(?i:\b(?:arrived|came|cyrhaeddodd|gyrhaeddodd|daeth|ddaeth)\b)")


# A date in brackets right after a person's name, as case notes give a date of birth (round thirty-one): "Leanne
# (Awst '83)", "Ffion (12.3.09)", "JENKINS, John Idris (1.1.38)", "Rhodri (y pumed o Fehefin, dwy fil a naw)",
# "Kelly (DOB St Swithin's day '94)". A year, or a whole date in figures, makes it a date; a death, a move or an
# age is not a birth ("(d. 2019)", "(84)").
_BRACKETED = re.compile(
    r"[ \t]*\([ \t]*((?i:DOB|D\.O\.B\.?|b\.|g\.|born|ganwyd|ganed)[ \t:]*)?([^()\n]{2,60}?)[ \t]*\)"
)
_FIGURE_DATE = re.compile(
    rf"[0-9]{{1,2}}[./-](?:[0-9]{{1,2}}|[ivxIVX]{{1,4}}|(?i:{MONTH}))[./-]?(?:[0-9]{{2}}|[0-9]{{4}})\Z"
)  # "(04-JUN-1931)" too
_A_YEAR = re.compile(
    r"['’][0-9]{2}\b|\b(?:19|20)[0-9]{2}\b|(?i:\bdwy[ \t]+fil\b|\bmil[ \t]+naw[ \t]+cant\b|\bnineteen[ \t]+\w+)"
)
_NOT_A_BIRTH = re.compile(
    r"(?i:^d\.|^(?:and|a|ac|with|gyda|efo|plus)\b"  # "Mam (and Dad, in 2019)": more people, not a date
    r"|\b(?:died|death|bu[ \t]+farw|married|priod\w*|moved|symud\w*|since|ers|from|until|tan|to|i|retired"
    r"|diagnos\w*|left|joined|started|dechrau\w*|aged|age|oed|now|yn[ \t]+\d|then|wedyn|pension\w*|£)\b|[0-9]{5}"
    # ... nor a citation: '(gweler "Golwg" 21 Mehefin 2020)'
    r"|(?i:\b(?:gweler|see|cf|source|ffynhonnell|quoted|dyfynnwyd)\b)|[\"“”])"
)


def dates_after_people(text: str, ends: list[int]) -> list[tuple[int, int]]:
    """The date of birth in brackets right after each person's name that ends at one of ENDS."""
    out = []
    for end in ends:
        m = _BRACKETED.match(text, end)
        if not m:
            continue
        said_born, inside = m.group(1), m.group(2)
        # the date alone, up to the first comma that ends one: "(dob 23rd Oct '12, Yr 8 at Blaen Morlais High)";
        # "(y pumed o Fehefin, dwy fil a naw)" is one date across its comma
        begin = cut = 0
        dated = False
        for part in _CLAUSE.finditer(inside):
            if begin == cut and _a_name(part.group().strip()):
                begin = cut = part.end() + 1  # "Mam (Olwen, b. Christmas Eve '59)": the name first is no date
                continue
            cut = part.end()
            if dated := _dated(inside[begin:cut], said_born):
                break
        date = inside[begin:cut].strip()
        if dated and not _NOT_A_BIRTH.search(date) and not (said_born is None and _A_WEEKDAY.search(date)):
            start = m.start(2) + inside.index(date, begin)
            out.append((start, start + len(date)))
    return out


_CLAUSE = re.compile(r"[^,;]+")
# A weekday dates a meeting, not a birth, unless the brackets say born: "Mum (Tuesday 4 March 2025)" (round
# thirty-seven)
_A_WEEKDAY = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS_EN)}|[Dd]ydd[ \t]+(?:{'|'.join(_WEEKDAYS_CY)})|due|disgwyl)\b")
# Who was born, before "ar" or "on" and the day (round forty-two): "Ganwyd Wil ar Ddydd Calan 1956".
WHO_THEN_ON = re.compile(r"[ \t]*[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+(?:[ \t]+[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+)?(?=[ \t]+(?:ar|on)[ \t])")
_A_NAME = re.compile(r"[A-ZÂÊÎÔÛŴŶ][\w'’-]+(?:[ \t]+[A-ZÂÊÎÔÛŴŶ][\w'’-]+){0,2}")  # "Mam (Donna Jones, b. Feb 1981)"
_FEAST_WORDS = frozenset(
    """
    Christmas Easter Boxing New St Saint Bonfire Dydd Nadolig Calan Noswyl Gŵyl
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    """.split()  # noqa: SIM905
)


def _a_name(clause: str) -> bool:
    """Is CLAUSE a name before the date ("Olwen", "Donna Jones"), not the date's own day ("Christmas Eve")?"""
    if not _A_NAME.fullmatch(clause):
        return False
    first = clause.split()[0]
    return first == clause or not (first in MONTH_WORDS or first in _FEAST_WORDS)  # "Gwenda Mai Roberts" is a name


def _dated(words: str, said_born: str | None) -> bool:
    """A whole date in figures, or a year with a word (a month, a day, a festival), or a year after "born"."""
    if _FIGURE_DATE.match(words.strip()):
        return True
    split = words.split()
    return (
        bool(_A_YEAR.search(words))
        and len(split) <= 10
        and bool(said_born or any(w.strip(".,'’").isalpha() for w in split))
    )


# A second birth told in the same breath as the first: "Ganwyd Jac noson tân gwyllt 2011, a Lowri Fach ar 3ydd Meh
# '17", "born on 3 May 2011 and her sister Cerys on 9 June 2014" (round thirty-six). Read only after a date of birth
# that a birth word came just before, to the end of its sentence.
_BIRTH_BEFORE = re.compile(r"(?i:\b(?:born|ganwyd|ganed|aned|[gn]?eni|ngeni)\b)")
_AND_THEN_ON = re.compile(
    r"[^.!?\n;]{0,60}?,?[ \t]+(?:"
    r"(?:a|ac|and)[ \t]+(?:(?:ei|eu|his|her|their)[ \t]+[^\W\d_]+[ \t]+)?"
    r"[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]+)?[ \t]+(?:ar|on)"
    # round forty-two: the second child by who they are, not by name ("a'r fach ym Mehefin '19", "and the youngest
    # in June 2019")
    r"|(?:a['’]r|and[ \t]+the)[ \t]+"
    r"(?:fach|bach|ferch|mab|babi|ieuengaf|hynaf|ifanca|youngest|eldest|baby|little[ \t]+one)"
    r"[ \t]+(?:ar|on|ym|yn|in))[ \t]+"
)


def births_after_a_birth(text: str, dobs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The date of a second birth after "and NAME on" following each date of birth S..E in DOBS."""
    out = []
    for s, e in dobs:
        if not _BIRTH_BEFORE.search(text, max(0, s - 60), e):  # the birth word may open the date's own span
            continue
        then = _AND_THEN_ON.match(text, e)
        date = DATE.match(text, then.end()) if then else None
        if date and _YEAR.search(date.group()):
            out.append(date.span())
    return out
