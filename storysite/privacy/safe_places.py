"""Where someone lives or stays, told in the shapes a first check missed (issue 15, round thirty-two).

A refuge, a hostel or a foyer placed by a landmark: where a refuge is, is itself the detail that puts a family at
risk ("the refuge up Malpas", "y lloches ar bwys y parc sglefrio"); in a town alone it is left, as a town is. A
caravan, a bungalow or a flat placed by a landmark ("the static at the back of the Porthmyn", "the bungalow next to
the old mart"). A house known by whose it was ("hen dŷ'r ysgolfeistr", "tŷ Bopa Mali ar bwys y tollborth", "Nain's
bungalow opposite Capel Seion"). A boat someone lives on, its name set beside the word for it ("aboard his boat,
Morwennol", "ar ei gwch, y Wennol Las", "ar y Seren Hwyr, hen gwch pysgota"). A house number with a name that has no
street word ("at 23 Glasfryn", "Nerys Pant, 9 Ashgrove, Cowbridge").

Each finder reads the text only where one of its literals (NEEDLES) was found in the scanner's pass.
"""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx
from storysite.privacy.needles import Needles
from storysite.privacy.places import WORD, sentence_around

Span = tuple[int, int]

# A name of capitalised words, with the Welsh article or a link word between them ("Gwel Eryri", "Tyle'r Bedw").
_NAME = rf"{WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t]+{WORD}){{0,2}}"
# Where a place is: on, up, in, behind, by, near, next to, opposite, at the back of; and Welsh.
_PLACED = (
    r"(?:on[ \t]+the|up|behind|by|near|next[ \t]+to|opposite|off|above|over|past|beside"
    r"|at[ \t]+the[ \t]+(?:back|top|end|bottom)[ \t]+of|ar[ \t]+bwys|wrth[ \t]+ymyl|wrth|tu[ \t]+ôl[ \t]+i"
    r"|y[ \t]+tu[ \t]+ôl[ \t]+i|gyferbyn[ \t]+(?:â|ag)|ger|uwchben|ar[ \t]+ben|ar[ \t]+waelod)"
)
# A town alone is no address (the writers' rule as much as the check's): "a refuge in Newport", "yr hostel yn Aber".
# A plain word of a landmark, not the little word that goes on past it ("ar bwys y parc sglefrio ar ôl …"), nor a
# time after it ("tu ôl i'r capel bob penwythnos").
_PLAIN = (
    r"(?!(?:ar|yn|ym|yng|in|on|at|and|a|ac|i|o|to|for|with|gyda|efo|where|lle|who|sy|sydd|but|ond|bob|every)\b)"
    r"[^\W\d_]+"
)
# ... and what it is placed by: a name, or "the"/"y" and up to three words to the clause's end.
_WHERE = (
    # ... "'r" joined to the relation's last word too: "tu ôl i'r capel", "gyferbyn â'r Spar"
    rf"(?:[ \t]+(?:(?:the|y|yr)[ \t]+)?|['’]r[ \t]+)"
    rf"(?:{_NAME}(?:[ \t]+(?:road|lane|estate|park|harbour|prom|docks|hewl|heol|lôn|stad))?"
    rf"|(?:{_PLAIN}[ \t]+){{0,2}}{_PLAIN})"
    rf"(?:[ \t]+(?:in|yn|ym|yng)[ \t]+{WORD})?"
)

# --- a place of safety, placed by a landmark --------------------------------------------------------------------

_SAFE_WORDS = ("refuge", "lloches", "foyer", "hostel", "night shelter", "safe house", "tŷ diogel")
_SAFE_PLACED = re.compile(
    r"(?i:(?:\b(?:the|a|y|yr)[ \t]+|(?<=\w)['’]r[ \t]+)(?:women['’]s[ \t]+|family[ \t]+|young[ \t]+people['’]s[ \t]+)?"
    r"(?:refuge|lloches|foyer|hostel|night[ \t]+shelter|safe[ \t]+house|tŷ[ \t]+diogel))"
    rf"[ \t]+{_PLACED}{_WHERE}"
)
# ... but a town's hostel for walkers or a youth hostel is a venue, not where someone is kept safe.
_NOT_SAFE_PLACE = re.compile(r"(?i:\b(?:youth|walkers|ieuenctid|bunk)\b)")

# --- a caravan, a bungalow or a flat placed by a landmark -------------------------------------------------------

_HOME_BY_WORDS = ("static", "statig", "caravan", "garafán", "carafán", "bungalow", "byngalo", "fyngalo", "fflat")
_HOME_BY = re.compile(
    # ... "mewn" too, where a landmark places the one caravan (round forty-seven): "mewn carafán las wrth giât cae …"
    r"(?i:\b(?:the|y|yr|mewn)[ \t]+(?:(?:white|old|little|wen|bach|fach|gwyn|hen)[ \t]+)?"
    r"(?:static(?:[ \t]+caravan)?|garafán[ \t]+statig|carafán[ \t]+statig|statig|caravan|garafán|carafán|bungalow"
    r"|byngalo|fyngalo|fflat(?:[ \t]+llawr[ \t]+(?:gwaelod|top|cynta|isaf))?)"
    r"(?:[ \t]+(?:wen|werdd|las|goch|felen|lwyd))?)"  # a caravan's colour after it: "y garafán werdd ar waelod …"
    r"[ \t]+(?i:next[ \t]+to|opposite|behind|at[ \t]+the[ \t]+(?:back|top|end|bottom)[ \t]+of|beside"
    r"|ar[ \t]+bwys|wrth[ \t]+ymyl|tu[ \t]+ôl[ \t]+i|y[ \t]+tu[ \t]+ôl[ \t]+i|gyferbyn[ \t]+(?:â|ag)"
    r"|ar[ \t]+y[ \t]+clos|ar[ \t]+gae|ar[ \t]+waelod|wrth[ \t]+(?:giât|gât)"
    # ... or in someone's yard or a field at its top or bottom (round forty-seven): "the static caravan in her
    # brother's yard past the scrapyard", "the static caravan in the bottom field by the river"; not "the caravan in
    # the field" of a holiday
    r"|in[ \t]+(?:the[ \t]+(?:top|bottom|back|far|end)[ \t]+"
    r"|(?:her|his|their)[ \t]+(?:[a-z]+['’]s[ \t]+)?(?:(?:top|bottom|back|far|end)[ \t]+)?)(?:yard|field|paddock)\b)"
    rf"(?:{_WHERE})?"
)

# --- a house known by whose it was ------------------------------------------------------------------------------

_KIN = (
    r"(?:Nain|Taid|Nan|Nana|Nanna|Nanny|Gran|Granny|Grandad|Mamgu|Mam-gu|Tadcu|Tad-cu|Dadcu|Bopa|Auntie|Aunty|Uncle"
    r"|Anti|Yncl|Wncwl|Modryb|Ewythr)"
)
# ... and in lower case, after whose relative it is: "Ffion's nan's", "her boyfriend's mam's"
_KIN_OF = rf"(?i:{_KIN[3:-1]}|mam|mum|mom|dad|mother|father|sister|brother|cousin)"
_WHOSE_WORDS = (
    "dŷ",
    "tŷ",
    "nhŷ",
    "thŷ",
    "s old ",
    "s bungalow",
    "s house",
    "s cottage",
    "s flat",
    "s farm",
    "s caravan",
)
_WHOSE_HOUSE = re.compile(
    # "hen dŷ'r ysgolfeistr", "tŷ'r gweinidog": a house known by who lived in it
    r"(?<![\w'’-])(?:(?:yr[ \t]+)?hen[ \t]+)?(?:dŷ|tŷ|nhŷ|thŷ)['’]r[ \t]+"
    r"(?:ysgolfeistr|ysgolfeistres|sgwlyn|gweinidog|prifathro|brifathro|prifathrawes|meddyg|doctor|ficer"
    r"|plismon|postman|gof|saer|crydd|teiliwr|melinydd|capten|stiward"
    # ... "hen" after the article, and what it mutates (round forty-six): "yn nhŷ'r hen weinidog ar bwys capel Bethel"
    r"|hen[ \t]+(?:ysgolfeistr|ysgolfeistres|sgwlyn|weinidog|brifathro|brifathrawes|feddyg|ddoctor|ficer|blismon"
    r"|bostman|of|saer|grydd|deiliwr|felinydd|gapten|stiward))\b"
    # ... and in English, the old one's (round forty-six): "Carys lives in the old minister's house by Bethel"
    r"|\bthe[ \t]+old[ \t]+(?:minister|vicar|rector|curate|headmaster|headmistress|schoolmaster|schoolmistress"
    r"|doctor|policeman|postman|postmaster|blacksmith|stationmaster|station[ \t]+master|miller)['’]s[ \t]+"
    r"(?:house|cottage|bungalow|place)\b"
    # "tŷ Bopa Mali ar bwys y tollborth": a relative's house placed by a landmark (the relative alone is a name)
    rf"|(?<![\w'’-])(?:(?:yr[ \t]+)?hen[ \t]+)?(?:dŷ|tŷ|nhŷ|thŷ)[ \t]+{_KIN}(?:[ \t]+{WORD}){{0,2}}"
    rf"(?=[ \t]+{_PLACED}(?:[ \t]|['’]r[ \t]))"
    # ... and by whose relative it is, placed by a landmark too (round forty-six): "dŷ ei chwaer tu ôl i'r capel yn
    # Nhregeiriog", "her sister's house behind the chapel"
    r"|(?<![\w'’-])(?:dŷ|tŷ|nhŷ|thŷ)[ \t]+(?:ei|fy|eu|ein|eich)[ \t]+(?:chwaer|brawd|frawd|mam|fam|nain|nhaid|thaid"
    r"|taid|modryb|fodryb|merch|ferch|mab|fab|ewythr|cefnder|gyfnither|cyfnither|mam-gu|fam-gu|nhad|tad|dad)"
    rf"(?=[ \t]+{_PLACED}(?:[ \t]|['’]r[ \t]))"
    r"|\b(?:her|his|their|my|our)[ \t]+(?:sister|brother|mum|mam|mother|dad|father|nan|nain|gran|aunt|auntie|aunty"
    r"|uncle|daughter|son|cousin)['’]s[ \t]+(?:old[ \t]+)?(?:house|bungalow|cottage|flat|farm|caravan|place)"
    rf"(?=[ \t]+{_PLACED}[ \t])"
    # "Nain's bungalow opposite Capel Seion", "Nanna Pat's old house by the dock gates"
    rf"|\b{_KIN}(?:[ \t]+{WORD})?['’]s[ \t]+(?:old[ \t]+)?(?:house|bungalow|cottage|flat|farm|caravan|place)"
    rf"(?=[ \t]+{_PLACED}[ \t])"
)
# ... or where someone lives or stays, a relative's house by the relative's name (round forty-three): "Before that
# he'd lived at Nanna Beryl's in Kingsbridge", "wants him to come home to Nanna Beryl's", "Penwythnosa mae o'n aros yn
# nhŷ Anti Glenys". Where the family only meets there ("yn nhŷ Anti Glen roedd y ddau'n cael gweld ei gilydd") it is
# left.
_LIVES_AT_A_RELATIVE_S = re.compile(
    r"(?i:\b(?:lived|lives|living|live|stays?|stayed|staying|moved|move|back|home|sleeps?|slept|sleeping))[ \t]+"
    rf"(?:(?:[a-z]+[ \t]+)?(?:at|to|into|in)[ \t]+)({_KIN}[ \t]+{WORD}['’]s"
    # ... or by whose relative it is (round forty-six): "stays over at Ffion's nan's", "at her boyfriend's mam's"
    rf"|(?:(?:her|his|their|my|our)[ \t]+[a-z]+|{WORD})['’]s[ \t]+{_KIN_OF}['’]s)(?![\w'’])"
    # ... the house itself, not a room of it: a pause or a word that is no noun after it ("Nanna Jean's front room")
    r"(?=[ \t]*(?:[.,;:!?)\"”\n]|\Z)|[ \t]+(?:for|after|in|on|and|but|until|till|when|since|every|most|at|with|where"
    r"|because|to|then|or|instead|before|now)\b)"
    r"|(?i:\b(?:byw|fyw|aros|arhosodd|arhosai|symud\w*|cysgu|gysgu))[ \t]+"
    rf"(?:yn[ \t]+(?=nhŷ)|i[ \t]+(?=dŷ)|i[ \t]+mewn[ \t]+i[ \t]+(?=dŷ))((?:nhŷ|dŷ)[ \t]+{_KIN}[ \t]+{WORD})(?![\w'’-])"
)
# ... or where a child goes as a routine, or someone stays (round forty-four): "mae Elan yn mynd i dŷ Anti Sal ar ôl
# ysgol", "draw i dŷ Wncwl Des bob nos Wener", "Arhosodd y plant yn nhŷ Anti Meinir", "spends most days at Nanna
# Gwyneth's", "goes to Auntie Carol's after school". A visit once ("We had tea at Nanna Beryl's on Sunday") is left.
_GOES_TO_A_RELATIVE_S = re.compile(
    rf"(?:(?<![\w'’])(?:i|at)[ \t]+(?=dŷ)|(?<![\w'’])(?=lle[ \t])"
    rf"|(?<![\w'’])yn[ \t]+(?=nhŷ))"  # round forty-five: "Bob dydd Sul … ginio yn nhŷ Anti Bet yn Llandogo"
    rf"((?:dŷ|nhŷ|lle)[ \t]+{_KIN}[ \t]+{WORD})(?![\w'’-])"
    rf"|(?i:\b(?:arhos\w*|aros|cysgu|gysgu|treulio|dreulio))(?:[ \t]+[^\W\d_]+){{0,3}}?[ \t]+yn[ \t]+"
    rf"(nhŷ[ \t]+{_KIN}[ \t]+{WORD})(?![\w'’-])"
    rf"|(?<![\w'’])(?:at|to)[ \t]+({_KIN}[ \t]+{WORD}['’]s)(?![\w'’])"
    r"(?![ \t]+(?:front|back|kitchen|garden|room|table)\b)"
)
# "lle Anti Sal yn sefyll" is where she stands, not her place
_WHERE_SOMEONE_IS = re.compile(r"['’]n|[ \t]+(?:yn|wedi|sy|sydd|oedd|ydy|yw|ddim|heb)\b")
# what makes a going there a routine: a time that comes back
_ROUTINE = re.compile(
    r"(?i:\b(?:ar[ \t]+ôl[ \t]+ysgol|bob|pob|bob[ \t]+yn[ \t]+ail|ar[ \t]+benwythnos\w*|penwythnosa\w*"
    r"|after[ \t]+school|every|most[ \t]+(?:days|nights|weekends|afternoons|evenings)|at[ \t]+weekends"
    r"|weekends|twice[ \t]+a[ \t]+week|each[ \t]+week|(?:mon|tues|wednes|thurs|fri|satur|sun)days"
    r"|nos[ \t]+(?:lun|fawrth|fercher|iau|wener|sadwrn|sul)|ar[ \t]+ddydd\w*"
    r"|arhos\w*|aros|cysgu|stay\w*|slept|sleeps?|sleeping)\b)"  # ... or a night there: "arhosodd o lle Anti Gwenda"
)
_RELATIVE_S_WORDS = ("'s", "’s", "nhŷ", "dŷ", "lle ")
# A house placed by one of them: "tŷ Bopa Mali ar bwys y tollborth".
_AND_PLACED = re.compile(rf"[ \t]+{_PLACED}{_WHERE}")

# --- a boat someone lives on, its name beside the word for it ----------------------------------------------------

_BOAT_WORDS = ("boat", "cwch", "gwch", "narrowboat", "yacht", "barge")
_BOAT_THEN_NAME = re.compile(
    r"(?i:\b(?:boat|narrowboat|yacht|barge|cwch|gwch|cwch[ \t]+camlas|gwch[ \t]+camlas|cwch[ \t]+pysgota))"
    rf",[ \t]+((?:(?:the|y|yr)[ \t]+)?{_NAME})(?=[ \t]*(?:[,;.()–—]|\Z|[ \t](?:ar|ym|yn|off|at|in|on|below|tied)\b))"
)
_NAME_THEN_BOAT = re.compile(
    rf"\b(?:ar|on|aboard)[ \t]+((?:(?:the|y|yr)[ \t]+)?{_NAME}),[ \t]+(?:(?:an?|hen|old|ei|his|her)[ \t]+)?"
    r"(?:(?:old|little|fishing|canal|hen|bach)[ \t]+)?"
    r"(?i:boat|narrowboat|yacht|barge|cwch|gwch|trawler|fishing[ \t]+boat)"
)
# A boat's word before a boat's name is what makes it one; these are other things named after one.
_NOT_A_BOAT_NAME = frozenset("The Y Yr It Mam Dad Nain Taid".split())  # noqa: SIM905

# --- a house number with a name and no street word --------------------------------------------------------------

# Tried only where a run of figures starts: a pattern that opens with its look-behinds is tried at every character of
# the text, a fifth of the whole scan of a story.
_NUMBER_LEAD = re.compile(
    r"(?:(?<=\bat[ \t])|(?<=\bin[ \t])|(?<=\bto[ \t])|(?<=\bfrom[ \t])|(?<=\byn[ \t])|(?<=\bo[ \t])|(?<=\bi[ \t])"
    r"|(?<=,[ \t]))"
)
# ... and a clause after it (round forty-three): "lives down in Gorseinon at 21 Glasfryn and works shifts"
_NUMBERED = re.compile(
    rf"([0-9]{{1,3}}[A-Za-z]?[ \t]+{_NAME})(?=[ \t]*(?:[,.;()]|\Z|[ \t](?:in|yn|ym|yng|and|ac|where|lle)[ \t]))"
)
_FIGURES = re.compile(r"[0-9]+")
_NOT_A_HOME_NAME = frozenset(
    """
    January February March April May June July August September October November December Ionawr Chwefror Mawrth
    Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday Year Years Week Weeks Day Days Month Months Mile Miles Minute Minutes Hour Hours Street Road
    """.split()  # noqa: SIM905
)

NEEDLES = (*_SAFE_WORDS, *_HOME_BY_WORDS, *_WHOSE_WORDS, *_BOAT_WORDS, *_RELATIVE_S_WORDS)


def homes_placed(text: str, found: Needles) -> list[Span]:
    """Every home this module's finders place in TEXT, given where its NEEDLES were found."""
    out = _placed(text, found)
    # a description set after a named place ("Llety'r Garn, yr hostel ger yr orsaf"): the name is the home found
    return [(s, e) for s, e in out if not _AFTER_A_NAME.search(text, max(0, s - 40), s)]


_AFTER_A_NAME = re.compile(r"[A-ZÂÊÎÔÛŴŶ][\w'’-]*,[ \t]*\Z")


def _placed(text: str, found: Needles) -> list[Span]:
    out: list[Span] = []
    if found.any(_SAFE_WORDS):
        for m in _SAFE_PLACED.finditer(text):
            if not _NOT_SAFE_PLACE.search(text, max(0, m.start() - 20), m.end()):
                out.append(m.span())
    if found.any(_HOME_BY_WORDS):
        out.extend(m.span() for m in _HOME_BY.finditer(text))
    if found.any(_WHOSE_WORDS):
        for m in _WHOSE_HOUSE.finditer(text):
            placed = _AND_PLACED.match(text, m.end())
            out.append((m.start(), placed.end() if placed else m.end()))
    if found.any(_RELATIVE_S_WORDS):
        for m in _LIVES_AT_A_RELATIVE_S.finditer(text):
            out.append(m.span(1) if m.group(1) else m.span(2))
        for m in _GOES_TO_A_RELATIVE_S.finditer(text):
            group = next(g for g in (1, 2, 3) if m.group(g))
            if group == 1 and m.group(1).startswith("lle") and _WHERE_SOMEONE_IS.match(text, m.end(1)):
                continue
            if group == 2 or _ROUTINE.search(sentence_around(text, m.start(), m.end())):
                out.append(m.span(group))
    if found.any(_BOAT_WORDS):
        for pattern in (_BOAT_THEN_NAME, _NAME_THEN_BOAT):
            for m in pattern.finditer(text):
                name = m.group(1)
                if name.split()[-1] not in _NOT_A_BOAT_NAME and name not in lx.PLACES and name not in lx.NOT_PERSON:
                    out.append(m.span(1))
    return out


def numbered_homes(text: str) -> list[Span]:
    """A house number with a name that has no street word, after "at", "yn", "o" or a comma ("at 23 Glasfryn")."""
    out: list[Span] = []
    done = 0
    for figures in _FIGURES.finditer(text):
        at = figures.start()
        if at < done or not _NUMBER_LEAD.match(text, at):
            continue
        m = _NUMBERED.match(text, at)
        if m is None:
            continue
        done = m.end()
        words = m.group(1).split()[1:]
        if words[0] in _NOT_A_HOME_NAME or words[0] in lx.COMMON or m.group(1).split(None, 1)[1] in lx.PLACES:
            continue
        out.append(m.span(1))
    return out
