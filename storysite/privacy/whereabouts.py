"""Homes placed in words (issue 15, round eight): a home's name beside the word for the home, a home
counted from a landmark, and directions given step by step.

Each finder looks for a rare literal first (a comma before a word for a home, "one past", a left or
right turn) and reads the text around it only where that is found, so texts without one cost a few
substring searches.
"""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx
from storysite.privacy.needles import Needles
from storysite.privacy.places import HOUSE_HEADS, UPPER, WORD, before_someone

Span = tuple[int, int]

# Words for somebody's home, English and Welsh with their mutated forms.
_HOME_WORDS = (
    r"(?:house|home|farm|farmhouse|cottage|bungalow|smallholding|croft|flat|caravan|semi|maisonette|bedsit"
    r"|tŷ|dŷ|thŷ|nhŷ|ty|cartref|gartref|chartref|nghartref|cartre|gartre|fferm|ffarm|ffermdy|bwthyn|fwthyn"
    r"|byngalo|fyngalo|tyddyn|dyddyn|fflat|carafán|garafán|carafan|garafan"
    r"|address|cyfeiriad|gyfeiriad|chyfeiriad|nghyfeiriad)"
)
# A home's name: capitalised words joined by the Welsh article or a hyphen ("Hafan Deg", "Cae'r Gog",
# "Ngorwel", "Tan-y-fron").
_NAME = rf"{WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o|uchaf|isaf)|['’]r)?[ \t]+{WORD}){{0,3}}"
_OWNER = r"(?:her|his|their|my|our|ei|eu|fy|ein)"
_ADJECTIVE = r"(?:own|new|old|little|hen|newydd|bach|fach)"

# "Her home, Hafan Deg, is at the end of a track"; "Mae ei chartref, Hafan Deg, ar ben trac": read back
# from the comma (anchored at its end) and on to the name.
_WORD_BEFORE_COMMA = re.compile(
    rf"(?i:\b{_OWNER}[ \t]+(?:{_ADJECTIVE}[ \t]+)?{_HOME_WORDS}(?:[ \t]+(?:hi|e|o|nhw))?"
    # a terrace or a row named after it: "the end house of the terrace, Glasfryn,"; "y rhes, Bryn Teg,"
    r"|\b(?:the|y|yr|her|his|their|ei|eu)[ \t]+(?:terrace|row|rhes|teras|close|clos|cul-de-sac))[ \t]*\Z"
)
_NAME_AFTER_COMMA = re.compile(rf"[ \t]*({_NAME})(?=[ \t]*(?:[,;.()–—]|\Z))")
# "The carers call at Gorwel, the bungalow behind the school"; "yng Ngorwel, y byngalo tu ôl i'r ysgol".
_WORD_AFTER_COMMA = re.compile(
    rf"(?i:[ \t]+(?:the|a|y|yr|{_OWNER})[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}{_HOME_WORDS})\b(?![ \t]+(?:of|o)\b)"
)  # "Tŷ'r Gof, the old smithy cottage"
# The last word before a comma that may be a word for a home (or the pronoun after one: "ei thŷ hi,").
_HOME_WORD_SET = frozenset(_HOME_WORDS[3:-1].split("|")) | {"hi", "e", "o", "nhw"}
_HOME_WORD_SET |= {"terrace", "row", "rhes", "teras", "close", "clos", "cul-de-sac"}
# The commas worth reading, found in one pass each (the comma first, so the search is quick).
_COMMA_THEN_CAPITAL = re.compile(rf",[ \t]*(?=[{UPPER}])")
# ... a comma or a dash: "Bodeilian — y byngalo pinc"
_ARTICLES = r"(?P<article>[Tt]he|[Aa]|[Yy]r?|[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur|[Ee][iu]|[Ff]y|[Ee]in) "
_COMMA_THEN_ARTICLE = re.compile(r", " + _ARTICLES)
_DASH_THEN_ARTICLE = re.compile(r"[ \t][—–] " + _ARTICLES)  # tried only where a dash is
# ... or a Welsh farm word with no article, as Welsh has none for "a": "yng Nghwm-hwrdd, ffarm fach ar ben y mynydd"
_COMMA_THEN_WELSH_FARM = re.compile(r", (?=(?:ffarm|fferm|tyddyn|ffermdy)[ \t]+(?:fach|fawr|ddefaid|laeth|fynydd)\b)")
# ... read back from the comma with no "o"/"a" inside: "Elis o Benrhyn Uchaf, y fferm" names Penrhyn Uchaf
_NAME_BEFORE_COMMA = re.compile(
    rf"(?:^|(?<=[ \t(\"“‘'’]))({WORD}(?:(?:[ \t]+(?:y|yr)|['’]r)?[ \t]+{WORD}){{0,3}})[ \t]*\Z"
)
# Words that say a town or a venue is meant, not a home ("Caernarfon, the town", "Plas Newydd, the house
# of the Marquess"), or that a person is spoken to.
_NOT_A_HOME_WORD = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Dear", "Annwyl", "Hi", "Hello", "Helo"})


def _home_name_ok(name: str) -> bool:
    words = name.split()
    if name in lx.PLACES or name in lx.NOT_PERSON or words[0] in _NOT_A_HOME_WORD or len(name) == 1:
        return False  # '"O, y tŷ pen ar Rhes Tregwilym"': a letter alone is a cry, not a home
    if len(words) == 1 and lx.a_name_word(name):
        return False  # "Siân, the house was cold": a person spoken to
    if lx.whose(name):
        return False  # "That's Nain Peggy's, the bungalow behind the garage": her name, then her home (round forty)
    capitals = [w for w in words if w[:1].isupper()]
    return not all(w in lx.COMMON or w in lx.PLACE_WORDS for w in capitals)


def homes_beside_their_word(text: str) -> list[Span]:
    """A home's name set beside the word for it, before or after, between commas."""
    out: list[Span] = []
    for comma in _COMMA_THEN_CAPITAL.finditer(text):  # "Her home, Hafan Deg,": a name after the comma
        at = comma.start()
        j = text.rfind(" ", max(0, at - 14), at) + 1
        if text[j:at].lower() in _HOME_WORD_SET and _WORD_BEFORE_COMMA.search(text, max(0, at - 50), at):
            m = _NAME_AFTER_COMMA.match(text, at + 1)
            if m and _home_name_ok(m.group(1)):
                out.append(m.span(1))
    dashes = _DASH_THEN_ARTICLE.finditer(text) if "—" in text or "–" in text else ()
    farms = _COMMA_THEN_WELSH_FARM.finditer(text) if ", ff" in text or ", ty" in text else ()
    for comma in (*_COMMA_THEN_ARTICLE.finditer(text), *dashes, *farms):  # "Gorwel, the bungalow": its word after
        at = comma.start()
        if "article" in comma.re.groupindex and not _WORD_AFTER_COMMA.match(text, comma.start("article") - 1):
            continue
        named = _NAME_BEFORE_COMMA.search(text, max(0, at - 50), at)
        if not named:
            continue
        begin = named.start(1)
        words = named.group(1).split()
        # a sentence's first word is no part of the name: "Then Gorwel, the bungalow" keeps "Gorwel"
        while len(words) > 1 and (words[0] in lx.COMMON and words[0] not in lx.PLACE_WORDS):
            begin = text.index(words[1], begin + len(words[0]))
            words = words[1:]
        if _home_name_ok(" ".join(words)) and not _TITLED.search(text, max(0, begin - 16), begin):
            out.append((begin, named.end(1)))
    return out


# A title (and initials) before the name: a person set beside her home, "Mrs J. Skyrme, the flat above the chemist".
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Nurse|Nyrs|Anti|Yncl)\.?[ \t]+(?:[A-Z]\.[ \t]*)*\Z")


# "Her bungalow is the second one past the war memorial"; "Ei byngalo hi yw'r ail heibio'r gofeb";
# "His flat is the one above the bookies".
# ... the last four as they are said (round thirty-nine): "y tŷ cynta ar y whith", "y byngalo ola", "y ffarm gynta"
_ORDINAL_WORDS = """
    first second third fourth fifth sixth last next cyntaf gyntaf ail trydydd drydydd trydedd drydedd
    pedwerydd bedwerydd pedwaredd bedwaredd pumed olaf nesaf un cynta gynta ola nesa
""".split()  # noqa: SIM905
_ORDINAL = "(?:" + "|".join(_ORDINAL_WORDS) + r")(?![\w'’])"
# Read back from the relation word (anchored at its start) ...
_COUNTED_HEAD = re.compile(
    rf"(?i:\b(?:(?:{_OWNER}|[^\W\d_]+['’]s)[ \t]+(?:[^\W\d_]+[ \t]+)?{_HOME_WORDS}"
    rf"|{_HOME_WORDS}[ \t]+(?-i:[{UPPER}])[^\W\d_]+)"  # "Tŷ Nain ydy'r un gyferbyn â'r Co-op"
    r"(?:[ \t]+(?:hi|e|o|nhw))?[ \t]+"
    r"(?:is|was|yw|ydy|ydi|oedd)(?:[ \t]+(?:the|y|yr)[ \t]+|['’]r[ \t]+|[ \t]+)"
    rf"((?:{_ORDINAL}[ \t]+)?(?:one|un|{_HOME_WORDS}|{_ORDINAL})"
    r"(?:[ \t]+(?:on[ \t]+the[ \t]+(?:left|right)|ar[ \t]+y[ \t]+(?:chwith|whith|dde)))?)[ \t]+\Z)"
)
# "They live in the last house on the left before the cattle grid"; "yn y tŷ olaf ar y chwith cyn y grid":
# a home counted along a road, in a sentence that says someone lives there.
_ALONG_HEAD = re.compile(
    # a colour or a size on the way (round forty): "y byngalo gwyn cynta ar y chwith", "the first white house"
    rf"(?i:\b(?:the|y|yr)[ \t]+({_ORDINAL}(?:[ \t]+[^\W\d_]+)?[ \t]+{_HOME_WORDS}"
    rf"|{_HOME_WORDS}(?:[ \t]+[^\W\d_]+)?[ \t]+{_ORDINAL})"
    r"(?:[ \t]+(?:on[ \t]+the[ \t]+(?:left|right)|ar[ \t]+y[ \t]+(?:chwith|whith|dde)))?[ \t]+\Z)"
)
# ... and on over the relation to the landmark.
_RELATION_LANDMARK = re.compile(
    r"(?i:(?:past|after|before|beyond|above|below|over|opposite|behind|heibio|ar[ \t]+ôl|cyn|uwchben|gyferbyn"
    r"|tu[ \t]+ôl)(?:['’]r|[ \t]+i['’]r|[ \t]+â['’]r|[ \t]+(?:the|y|yr|i|â))?[ \t]+[^.,;:!?\"“”()\n]{2,50}?)"
    r"(?=[ \t]*(?:[.,;:!?\"“”()\n]|\Z|[ \t](?:and|but|where|which|ac|ond|lle|sydd)\b))"
)
_ALONG_RELATIONS = ("past", "after", "before", "beyond", "heibio", "ar ôl", "cyn")
_LIVES_IN_SENTENCE = re.compile(
    r"(?i:\b(?:lives?|lived|living|moved|home|byw|fyw|symud\w*|adre|adref|adra|cartref|gartref)\b)"
)
_COUNTED_NEEDLES = (
    " past",
    " after",
    " before",
    " beyond",
    " above",
    " below",
    " over",
    " opposite",
    " behind",
    " heibio",
    " ar ôl",
    " cyn ",
    " uwchben",
    " gyferbyn",
    " tu ôl",
)
# The word right before the relation: what is counted, or the side of the road it is on.
_COUNTED_LAST = frozenset(_HOME_WORD_SET | set(_ORDINAL_WORDS) | {"one", "left", "right", "chwith", "whith", "dde"})


def homes_counted_from_a_landmark(text: str, found: Needles) -> list[Span]:
    """Somebody's home counted or placed from a landmark after "is"/"yw" ("the second one past the memorial")."""
    out: list[Span] = []
    taken = 0
    for at in found.positions(_COUNTED_NEEDLES):
        if at < taken:
            continue  # inside the relation word before it ("cyn past"), as one search for them all would skip it
        taken = at + len(next(n for n in _COUNTED_NEEDLES if text.startswith(n, at)))
        j = max(
            text.rfind(" ", max(0, at - 14), at),
            text.rfind("'", max(0, at - 14), at),
            text.rfind("’", max(0, at - 14), at),
        )
        if text[j + 1 : at].lower() not in _COUNTED_LAST:
            continue
        landmark = _RELATION_LANDMARK.match(text, at + 1)
        if not landmark:
            continue
        head = _COUNTED_HEAD.search(text, max(0, at - 90), at + 1)
        if head:
            out.append((head.start(1), landmark.end()))
            continue
        along = _ALONG_HEAD.search(text, max(0, at - 60), at + 1)
        if along and text.startswith(_ALONG_RELATIONS, at + 1):
            begin = max(text.rfind(".", 0, along.start()), text.rfind("\n", 0, along.start())) + 1
            if _LIVES_IN_SENTENCE.search(text, begin, along.start()):
                out.append((along.start(1), landmark.end()))
    return out


# Directions written as steps, with no word such as "directions" before them: two steps or more in
# one sentence, one of them a turn ("Go past the Crown, take the second left, and it's the farm at the
# top"; "troi wrth y giât werdd ar ôl Pont Cwm-llwyd"). Each landmark the way passes is flagged.
_TURN = re.compile(
    r"(?i:\b(?:turn(?:s|ed|ing)?|take|bear|keep|fork|troi|trowch|tro|cymryd|cymerwch|cadw)\b"
    rf"|\b{_ORDINAL}[ \t]+(?:left|right)\b|\bon[ \t]+the[ \t]+(?:left|right)\b"
    r"|i['’]r[ \t]+(?:chwith|whith|dde)\b|ar[ \t]+y[ \t]+(?:chwith|whith|dde)\b)"
)
_STEP = re.compile(
    r"(?i:\b(?:past|after|over[ \t]+the|across[ \t]+the|at[ \t]+the[ \t]+(?:top|end|bottom)|heibio|ar[ \t]+ôl"
    r"|dros[ \t]+y|ar[ \t]+(?:y[ \t]+)?(?:top|ben|waelod)|cattle[ \t]+grid|grid[ \t]+gwartheg|gât|giât|gate)\b)"
)
_PAST_A_LANDMARK = re.compile(
    # a landmark is a name, or a thing with "the"/"y" before it: not "after his stroke", "after one resident asked"
    r"(?i:\b(?:past|after|heibio(?:[ \t]+i)?|ar[ \t]+ôl))(?:(['’]r)|[ \t]+((?i:the|y|yr))\b)?[ \t]+"
    rf"((?(1)|(?(2)|(?=[{UPPER}])))(?:[^\W\d_]+[ \t]+){{0,2}}?"
    rf"(?:{WORD}(?:[ \t-]+{WORD}){{0,3}}|[^\W\d_]+(?:[ \t]+[^\W\d_]+)?))"
    r"(?=[ \t]*(?:[.,;:!?\"“”()\n—–]|\Z|[ \t](?:and|then|to|on|ac|a|wedyn|i|ar|yna)\b))"
)
# A home or the way to one in the same sentence or the one before: "the farm", "y buarth", "his place".
_HOME_NEAR = re.compile(
    r"(?i:\b(?:house|home|farm|farmhouse|cottage|bungalow|yard|drive|track|his[ \t]+place|her[ \t]+place"
    r"|tŷ|dŷ|fferm|ffarm|bwthyn|byngalo|buarth|trac|cartref|gartref|adre|adref|adra|lle|giât|gât|gate|gofalwyr"
    r"|clos|lives|lived|live|living|byw|fyw"  # round forty-five: "a'r clos cynta' ar y dde", "They live at …:"
    r"|carers?)\b)"
)
# What a step can follow that is no landmark: a time, an event, a side.
_NOT_LANDMARKS = frozenset(
    """
    left right chwith whith dde hynny that this funeral service meeting operation fall stroke lunch dinner tea break
    holidays christmas angladd gwasanaeth cyfarfod llawdriniaeth cwymp strôc cinio te egwyl gwyliau nadolig
    """.split()  # noqa: SIM905
)
# The words a turn is written with; sentences without one are never read.
_TURN_NEEDLES_EN = ("turn", "Turn", "left", "right")
_TURN_NEEDLES_CY = ("troi", "Troi", "rowch", "chwith", "whith", " dde")
_ENDS = ".!?\n"
_SIDE_BEFORE = (
    "the ",
    "first ",
    "second ",
    "third ",
    "next ",
    "last ",
    "turn ",
    "bear ",
    "keep ",
    "i'r ",
    "i’r ",
    "ar y ",
    "ail ",
    "gyntaf ",
    "nesaf ",
    "ar y",
    "i'r",
    "i’r",
)


def directions_in_steps(text: str, welsh: bool, found: Needles) -> list[Span]:
    """Landmarks on the way to a home, in a sentence that gives at least two steps, one of them a turn."""
    out: list[Span] = []
    done = -1
    for at in found.positions(_TURN_NEEDLES_CY if welsh else _TURN_NEEDLES_EN):
        if at < done:
            continue  # in a sentence already read
        if text[at] in "lrcd " and not text[max(0, at - 8) : at].endswith(_SIDE_BEFORE):
            continue  # "all right", "left school": a side of the road comes after an ordinal, "the" or "i'r"
        if at and text.startswith(("turn", "troi"), at) and text[at - 1].isalpha():
            continue  # "returned", "athroi": inside another word
        begin = max(text.rfind(c, 0, at) for c in _ENDS) + 1
        ends = [e for e in (text.find(c, at) for c in _ENDS) if e >= 0]
        done = min(ends) if ends else len(text)
        body = text[begin:done]
        turns = [m.span() for m in _TURN.finditer(text, begin, done)]
        steps = [m.span() for m in _STEP.finditer(text, begin, done)]
        if not turns or len(turns) + len(steps) < 2:
            continue
        previous = text[max(text.rfind(c, 0, max(0, begin - 1)) for c in _ENDS) + 1 : begin]
        if not (_HOME_NEAR.search(body) or _HOME_NEAR.search(previous)):
            continue
        first = begin + len(body) - len(body.lstrip())
        for m in _PAST_A_LANDMARK.finditer(text, begin, done):
            if m.start() == first:
                continue  # "After the funeral, ...": a time, not a step on the way
            if m.group(3).split()[-1].lower() in _NOT_LANDMARKS or not any(c.isupper() for c in m.group(3)):
                continue  # a named landmark only: "ar ôl Pont Cwm-llwyd", not "after the cattle grid"
            out.append(m.span(3))
        way = _counted_way(text, begin, done, turns + steps)
        if way:
            out.append(way)
    return out


# ... and the steps themselves when they count the gates or houses to a home, a landmark named or not (round
# forty-five): "y giât werdd gynta ar y dde ar ôl pont Tanat", "the second gate on the left after the cattle grid",
# "troi lan yr hewl fach wrth y capel, hibo'r ciosg coch, a'r clos cynta' ar y dde ar ôl y grid". Counting to a
# side is what a visitor needs and a reader can follow; "turn right at the lights, it's on the left" counts nothing.
_SIDE = r"(?:on|ar)[ \t]+(?:the|y)[ \t]+(?:left|right|chwith|whith|dde)|i['’]r[ \t]+(?:chwith|whith|dde)"
_COUNTED_TO_A_SIDE = re.compile(
    r"(?i:\b(?:" + "|".join(_ORDINAL_WORDS) + r")(?:['’](?!\w)|(?![\w'’]))"  # "cynta'", as it is said
    rf"[ \t]+(?:[^\W\d_]+['’]?[ \t]+){{0,3}}?(?:{_SIDE}|left|right)\b"
    # ... or a home on a side, counted from what comes before it: "the farm on the left after the cattle grid"
    r"|\b(?:house|farm|bungalow|cottage|gate|track|lane|tŷ|dŷ|fferm|ffarm|clos|byngalo|bwthyn|giât|gât|lôn)[ \t]+"
    rf"(?:{_SIDE})[ \t]+(?:after|past|before|ar[ \t]+ôl|heibio|cyn)\b)"
)
_HOME_ON_THE_WAY = re.compile(
    r"(?i:\b(?:house|farm|farmhouse|cottage|bungalow|yard|drive|track|lane|gate|tŷ|dŷ|fferm|ffarm|bwthyn|byngalo"
    r"|buarth|clos|trac|lôn|giât|gât|iet|glwyd)\b)"
)
_WAY_CLAUSE_END = re.compile(r"[,;:()—–]|\Z")


def _counted_way(text: str, begin: int, done: int, steps: list[Span]) -> Span | None:
    """From the first of a sentence's STEPS (its turns too) to the end of the clause with its last, when the way
    counts to a side."""
    counted = _COUNTED_TO_A_SIDE.search(text, begin, done)
    if counted is None or not _HOME_ON_THE_WAY.search(text, begin, done):
        return None
    start = min([counted.start(), *(s for s, _ in steps)])
    last = max([counted.end(), *(e for _, e in steps)])
    stop = _WAY_CLAUSE_END.search(text, last, done)
    end = stop.start() if stop else done
    while end > start and text[end - 1] in " \t.!?\n":
        end -= 1
    return (start, end)


# Up, down or over at a farm or a house, in Welsh: "i fyny yng Nghefn Coch", "lawr ym Mhant Glas".
_UP_AT_NEEDLES = ("fyny y", "lan y", "lawr y", "draw y")
_NAME_AT = re.compile(_NAME)


def homes_up_at(text: str, found: Needles) -> list[Span]:
    """A house or farm name after "i fyny", "lan", "lawr" or "draw" and "yng"/"ym", its first word a house's."""
    out: list[Span] = []
    for at in found.positions(_UP_AT_NEEDLES):
        k = text.index(" ", at) + 1
        if not text.startswith(("yng ", "ym "), k):
            continue
        s = text.index(" ", k) + 1
        m = _NAME_AT.match(text, s)
        if not m:
            continue
        name = m.group()
        if name.split()[0].split("-")[0] in HOUSE_HEADS and name not in lx.PLACES and _home_name_ok(name):
            out.append(m.span())
    return out


# The block a numbered flat is in, named after it: "Flat 3, Tŷ Hafan", "fflat 11, Llys Tanrallt".
_FLAT_THEN_BLOCK = re.compile(rf"(?:[Ff]lat|[Ff]flat)[ \t]+[0-9]{{1,3}}[A-Za-z]?[ \t]*,[ \t]*({_NAME})")


def blocks_after_a_flat(text: str, found: Needles) -> list[Span]:
    """The name of the block after a flat's number and a comma."""
    out: list[Span] = []
    for at in found.starts("lat "):
        m = _FLAT_THEN_BLOCK.match(text, at - (2 if text[at - 2 : at] == "ff" else 1))
        if m and m.group(1) not in lx.PLACES and _home_name_ok(m.group(1)):
            out.append(m.span(1))
    return out


# A room someone rents, placed by a landmark: "He rents a room above the Crown", "Mae hi'n rhentu stafell uwchben y
# Llew Du". Only with the renting verb: a room facing the road in a care home is not a home's address.
_RENTED_ROOM = re.compile(
    r"(?i:\b(?:rents?|rented|renting|rhentu)[ \t]+(?:(?:a|an|the|her|his|their|y|yr)[ \t]+)?"
    r"((?:room|bedsit|stafell|ystafell)[ \t]+(?:above|over|behind|next[ \t]+to|opposite|uwchben|tu[ \t]+ôl[ \t]+i"
    r"|gyferbyn|drws[ \t]+nesaf?[ \t]+i)(?:['’]r|[ \t]+â['’]r|[ \t]+(?:the|y|yr))?[ \t]+[^.,;:!?\"“”()\n]{2,40}?)"
    r"(?=[ \t]*(?:[.,;:!?\"“”()\n]|\Z|[ \t](?:and|but|on|in|ar|yn|ac|ond)\b)))"
)


_RENT_NEEDLES = (" rent", "rhentu")


def rented_rooms(text: str, found: Needles) -> list[Span]:
    """A rented room placed by a landmark."""
    if not found.any(_RENT_NEEDLES):
        return []
    # a named landmark only: "a room above the Crown" places her; "a room above the pub on the square" does not
    return [m.span(1) for m in _RENTED_ROOM.finditer(text) if any(c.isupper() for c in m.group(1))]


# A farm named as what someone farms: "Arwel farms Cwm Bychan", "Mae Dylan yn ffermio Tyddyn Du".
_FARMS = re.compile(
    rf"(?:farms|farmed|ffermio|ffermiodd|ffarmo|ffarmio|ffermo)[ \t]+(?:(?:at|yn|ym|yng)[ \t]+)?({_NAME})"
    # what is farmed or milked first, or with whom: "they farm sheep at Cwm-du Uchaf", "yn ffermio defaid ym
    # Mhant-glas", "ninety cows he milks at Cwm Hebog", "yn ffarmo gyda'i gŵr yn Cwm Llwynog"
    rf"|(?:farms?|farmed|farming|ffermio|ffermiodd|ffarmo|ffarmio|ffermo|milks|milked|milking|godro)[ \t]+"
    rf"(?:[^\W\d_]+(?:['’-][^\W\d_]*)?[ \t]+){{0,3}}?(?:at|yn|ym|yng)[ \t]+({_NAME})"
)


_FARM_NEEDLES = ("farm", "fferm", "ffarm", "milk", "godro")


def farms_farmed(text: str, found: Needles) -> list[Span]:
    """The farm after "farms"/"ffermio": its name, unless it is a town or a whole area."""
    out: list[Span] = []
    for at in found.positions(_FARM_NEEDLES):
        m = _FARMS.match(text, at)
        group = (1 if m.group(1) else 2) if m else 0
        if m and m.group(group) not in lx.PLACES and _home_name_ok(m.group(group)):
            out.append(m.span(group))
    return out


# Both streets of a corner a home is on: "on the corner of Ffordd Glyder and Trem Eryri", "ar gornel Stryd
# Fawr a Lôn Isaf": the second is read here (the first is found as a street when it has a street word).
_CORNER = re.compile(rf"(?:corner[ \t]+of|[cg]ornel)[ \t]+(?:{_NAME})[ \t]+(?:and|a|ac|&)[ \t]+({_NAME})")


_CORNER_NEEDLES = ("corner of ", "ornel ")


def corners(text: str, found: Needles) -> list[Span]:
    """The streets named at a corner."""
    out: list[Span] = []
    for at in found.positions(_CORNER_NEEDLES):
        m = _CORNER.match(text, at - (1 if text.startswith("ornel ", at) else 0))  # from the c or g of "cornel"
        if m and m.group(1) not in lx.PLACES and _home_name_ok(m.group(1)):
            out.append(m.span(1))
    return out


# A home called "the Old …" that someone lives in or moved to: "byw yn yr Hen Efail", "moved into the Old
# Vicarage", "symud i'r Hen Bost". A public building so named ("the Old Library") is on the lists and left alone.
_OLD_HOME = re.compile(
    r"(?:\b(?:lives?|lived|living|moved|moving|settled|byw|fyw|symud|symudodd|symudon|setlo)"
    r"[ \t]+(?:(?:back|in|into|to|at|yn|i|nôl|yn[ \t]+ôl)[ \t]+){0,2}(?:the|yr)|i['’]r|yn['’]r)[ \t]+"
    rf"((?:Old|Hen)[ \t]+{WORD}(?:[ \t]+{WORD})?)"
)
_OLD_NEEDLES = ("Old ", "Hen ")
_OLD_PUBLIC = frozenset("Town City Quarter Market Harbour Docks Dref Ddinas Farchnad Harbwr Gymraeg Destament".split())  # noqa: SIM905


def old_named_homes(text: str, found: Needles) -> list[Span]:
    """A home named "the Old …" or "yr Hen …" after a verb of living or moving."""
    out: list[Span] = []
    for at in found.positions(_OLD_NEEDLES):
        m = _OLD_HOME.search(text, max(0, at - 36), at + 40)
        if (
            m
            and m.start(1) == at
            and m.group(1) not in lx.NOT_PERSON
            and m.group(1) not in lx.PLACES
            and m.group(1).split()[1] not in _OLD_PUBLIC
        ):
            out.append(m.span(1))
    return out


# A home named by who lived there before (round thirty-seven): "Nanny Pat's old house", "old Dr Rees's house", "the old
# Jenkins place", "hen dŷ Mrs Bellis", "hen dŷ Jac y Gof". Everyone in the village knows which house it is; a
# person's name and "old" or "hen" with a word for a home, where "her mam's house" names no one.
_WHOSE = r"(?:(?:{titles})\.?[ \t]+)?{word}(?:[ \t]+(?:the[ \t]+)?{word}){{0,2}}"
# not "van" (Alun's old van is a car) or "home" (Terry's old home is often the care home he left)
_EN_HOME_WORDS = ("house", "bungalow", "cottage", "flat", "place", "farm", "caravan")
_CY_HOME_WORDS: tuple[str, ...] = ("dŷ", "dy", "gartre", "gartref", "fwthyn", "fyngalo", "ffarm", "fferm", "le")
_CY_HOME_WORDS += ("siop", "garafán", "garafan")
_EN_HOMES = "(?:" + "|".join(_EN_HOME_WORDS) + "|farmhouse)"
_CY_HOMES = "(?:" + "|".join(_CY_HOME_WORDS) + ")"
_TITLE_WORDS = "|".join(
    sorted(
        """
        Mr Mrs Miss Ms Dr Doctor Nurse Nyrs Musus Capten Captain Sarjant Sergeant Parchedig Reverend Rev
        Anti Auntie Aunty Uncle Yncl Wncwl Bopa Nanny Nain Taid Nan Nana Nanna Mamgu Tad-cu Bamp Bampi
        Gran Granny Grandad
        """.split(),  # noqa: SIM905
        key=len,
        reverse=True,
    )
)
_WHOSE = _WHOSE.format(titles=_TITLE_WORDS, word=WORD)
_WHOSE_OLD_HOME = re.compile(
    # "Nanny Pat's old house"
    rf"(?<![\w'’-])(?:(?:the|old)[ \t]+)*({_WHOSE})(?:['’]s|(?<=s)['’])[ \t]+old[ \t]+{_EN_HOMES}\b"
    rf"|(?<![\w'’-])old[ \t]+({_WHOSE})(?:['’]s|(?<=s)['’])[ \t]+{_EN_HOMES}\b"  # "old Dr Rees's house"
    rf"|(?<![\w'’-])the[ \t]+old[ \t]+({WORD})[ \t]+(?:place|house|farm)\b"  # "the old Jenkins place"
    rf"|(?<![\w'’-])(?:yr[ \t]+|['’]r[ \t]+)?[Hh]en[ \t]+{_CY_HOMES}[ \t]+({_WHOSE}(?:[ \t]+(?:y|yr)[ \t]+{WORD})?)"
)
_WHOSE_NEEDLES = ("old ", "Old ", "hen ", "Hen ")
_TITLE_SET = frozenset(_TITLE_WORDS.split("|"))


def homes_of_who_lived_there(text: str, found: Needles) -> list[Span]:
    """A home named by who lived in it: "Nanny Pat's old house", "old Dr Rees's house", "hen dŷ Mrs Bellis"."""
    out: list[Span] = []
    for at in found.positions(_WHOSE_NEEDLES):
        if at and text[at - 1].isalpha():
            continue  # "then ", "told ", "gold "
        k = at + 4  # the word after the needle is looked at first: most "old"s and "hen"s are before neither
        if text.startswith(("hen ", "Hen "), at):
            if not text.startswith(_CY_HOME_WORDS, k):
                continue  # "hen" before anything but a word for a home: "hen ffrind", "yr hen ddyddiau"
        elif not (text[k : k + 1].isupper() or text.startswith(_EN_HOME_WORDS, k)):
            continue  # "old" before neither a name nor a word for a home: "old friend", "years old"
        begin = max(0, at - 60) if text.startswith(("old ", "Old "), at) else at
        m = _WHOSE_OLD_HOME.search(text, begin, at + 90)
        if not m or (out and m.start() < out[-1][1]):
            continue
        if m.start() > at or m.end() <= at:
            continue  # the match must hold this needle's "old" or "hen"
        who = next(g for g in m.groups() if g)
        words = who.replace("the ", "").split()
        if m.group(3) is not None:
            if who in lx.SURNAMES and who not in lx.PLACES:
                out.append(m.span())  # "the old Jenkins place": a family's
            continue
        titled = words[0] in _TITLE_SET and len(words) > 1  # "Anti Glen", not "Nain" alone
        if titled or words[0] in lx.FIRST or words[0] in lx.SURNAMES or words[0] in lx.FIRST_MUTATED:
            out.append(m.span())
    return out


# A boat someone lives on is their home (round twenty-nine): "he lived on the Gwennol, a narrowboat", "she now
# lives on a small sailing boat, the Morwennol", "moved onto the Dwynwen in Porthmadog harbour", "who lives two
# boats up on the Kingfisher", "lives on narrowboat Seren Fach". A boat's name has "the" or a boat's word before it.
_BOAT_WORDS = r"(?:boat|narrowboat|narrow[ \t]+boat|barge|yacht|cruiser|trawler|houseboat)"
_LIVES_ON_A_BOAT = re.compile(
    r"\b(?:lives?|lived|living|moved|moving|stays?|stayed|staying)"
    r"(?:[ \t]+(?:two|three|four|five|a[ \t]+few)[ \t]+boats[ \t]+(?:up|down|along))?"
    r"[ \t]+(?:on(?:to)?|aboard)[ \t]+"
    rf"(?:(?:a|an|her|his|their)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{_BOAT_WORDS}[ \t]*,[ \t]+(?=the[ \t])"
    rf"|{_BOAT_WORDS}[ \t]+(?!the\b)|(?=the[ \t]))"
    rf"((?:the[ \t]+)?{WORD}(?:[ \t]+{WORD}){{0,2}})"
)
_BOAT_NEEDLES = (" on the ", " onto the ", " on a ", " on narrow", " on her ", " on his ", " aboard ")
# What people live on that is no boat: "her son lives on the Continent", "lived on the Dole".
_NOT_BOATS = frozenset("Continent Mainland Island Isle Coast Estate Dole Social Streets Street Breadline Moon".split())  # noqa: SIM905


def homes_on_the_water(text: str, found: Needles) -> list[Span]:
    """The boat someone lives on, by its name."""
    out: list[Span] = []
    if not found.any(_BOAT_NEEDLES):
        return out
    for m in _LIVES_ON_A_BOAT.finditer(text):
        name = m.group(1).removeprefix("the").strip()
        words = name.split()
        if name in lx.PLACES or words[0] in _NOT_BOATS or all(w in lx.COMMON or w in lx.PLACE_WORDS for w in words):
            continue  # "lived on the Gower", "lives on the Continent"
        out.append(m.span(1))
    return out


# A name said to be a farm, the Welsh way: "Mae Tan-y-Graig yn ffarm fach i fyny'r lôn", "Roedd Blaen-cwm yn
# fferm laeth".
_SAID_TO_BE_A_FARM = re.compile(
    rf"\b(?:[Mm]ae|[Rr]oedd|[Oo]edd|[Bb]u)[ \t]+({_NAME})[ \t]+yn[ \t]+(?:ffarm|fferm|dyddyn|ffermdy)\b"
)
_SAID_FARM_NEEDLES = ("yn ffarm", "yn fferm", "yn dyddyn")


def homes_said_to_be_farms(text: str, found: Needles) -> list[Span]:
    """A farm's name that the sentence says is a farm."""
    out: list[Span] = []
    for at in found.positions(_SAID_FARM_NEEDLES):
        m = _SAID_TO_BE_A_FARM.search(text, max(0, at - 50), at + 12)
        if m and _home_name_ok(m.group(1)):
            out.append(m.span(1))
    return out


# The last or first home before or after a landmark, which finds one house on a road (round thirty-six): "the last
# farmhouse before the cattle grid on the mountain road", "in the last bungalow before the level crossing", "y tyddyn
# olaf cyn y grid gwartheg". Read to the end of the clause; a time after the word is no landmark ("the last house
# before Christmas" is left alone, as no place follows "the").
_LAST_HOME_EN = re.compile(
    r"(?i:\b(?:last|first|second|third|end|only)[ \t]+(?:[a-z]+[ \t]+)?(?:house|houses|bungalow|cottage|farm|farmhouse"
    r"|flat|caravan|terrace|semi|smallholding|croft|static)[ \t]+(?:before|after|past)[ \t]+the[ \t]+)"
    r"[^.,;:!?()\"“”\n]{3,70}"
)
_LAST_HOME_CY = re.compile(
    r"(?i:\b(?:y|yr)[ \t]+(?:tŷ|tyddyn|fferm|ffarm|byngalo|bwthyn|fflat|garafán|carafán|teras)[ \t]+"
    r"(?:olaf|ola['’]|dwytha['’]?|cynta['’]?|cyntaf)[ \t]+(?:cyn|ar[ \t]+ôl|heibio)[ \t]+(?:y|yr|['’]r)[ \t]+)"
    r"[^.,;:!?()\"“”\n]{3,70}"
)
_LAST_NEEDLES = (" before the", " after the", " past the", " cyn y", " ar ôl y", " heibio'r", " heibio’r")
_TIMES_AFTER = re.compile(
    r"(?i:[ \t]+the[ \t]+)?(?:war|weekend|holidays?|summer|winter|spring|autumn|funeral|floods?|fire|move|sale"
    r"|divorce|wedding|crash|storm|pandemic|lockdown)\b"
)


def last_homes_before_a_landmark(text: str, found: Needles) -> list[Span]:
    """The last (or first) home before or after a landmark, with the landmark, to the clause's end."""
    out: list[Span] = []
    for at in found.positions(_LAST_NEEDLES):
        for pattern in (_LAST_HOME_EN, _LAST_HOME_CY):
            m = pattern.search(text, max(0, at - 45), min(len(text), at + 90))
            if m and m.start() <= at < m.end() and not _TIMES_AFTER.match(text, text.index(" ", at + 1)):
                out.append(m.span())
                break
    return out


# The way to a home written out for whoever calls next (round forty-four): "If you don't know it, it's the
# double-fronted house at the bottom of the Graig steps", "For anyone visiting: it's the bungalow with the green gate,
# first left after the railway bridge", "I'r rhai sy ddim yn nabod y lle, y tŷ gwyn cynta' ar ôl y grid gwartheg ydi
# o", "I unrhyw un sy'n gorfod mynd 'na: trowch lan wrth y blwch post coch". The words after the cue are the home.
_VISITOR_NEEDLES = (
    "know it,",
    "never been",
    "anyone visiting",
    "anyone calling",
    "anyone covering",
    "ever out that way",
    "r rhai sy",
    "unrhyw un sy",
    "erioed wedi bod",
    "ddim wedi bod",
    "hi wedi bod",
    "ti wedi bod",
)
_FOR_A_VISITOR = re.compile(
    r"(?i:if[ \t]+you[ \t]+(?:don['’]t|do[ \t]+not)[ \t]+know[ \t]+it|if[ \t]+you['’]ve[ \t]+never[ \t]+been"
    # ... with where after it (round forty-six): "If you've never been out to Cefn Eithin Uchaf, it's the farm …"
    r"(?:[ \t]+(?:up|there|out))?(?:[ \t]+(?:(?:up|out|over|down)[ \t]+)?to[ \t]+[^,:.;\n]{1,40})?"
    r"|for[ \t]+anyone[ \t]+(?:visiting|calling|going|covering)"
    r"|os[ \t]+(?:nad[ \t]+(?:ydych|ych|dych|wyt)[ \t]+(?:chi|ti)|(?:dych|ych|dach|ydych)[ \t]+chi[ \t]+ddim"
    r"|wyt[ \t]+ti[ \t]+ddim)[ \t]+(?:erioed[ \t]+)?wedi[ \t]+bod[^,:.;\n]{0,40}"
    r"|i['’]r[ \t]+rhai[ \t]+sy(?:['’]n|[ \t]+ddim[ \t]+yn)[ \t]+(?:nabod|gwybod|gwbod|galw|mynd)[^,:.;\n]{0,24}"
    r"|i[ \t]+unrhyw[ \t]+un[ \t]+sy['’]n[ \t]+(?:gorfod[ \t]+)?(?:mynd|galw|ffindo|ffeindio|chwilio)[^,:.;\n]{0,24})"
    r"[ \t]*[,:][ \t]*(?:(?:it['’]s|it[ \t]+is|(?:the|their|her|his)[ \t]+(?:farm|house|place|cottage|bungalow|home)"
    r"[ \t]+is)[ \t]+)?"  # "For anyone covering: the farm is the second lane on the left …"
)
# ... where the words start as a home or a way to one does
_WAY_START = re.compile(
    r"(?i:the|y|yr|up|down|go|past|along|turn|take|first|second|third|last|left|right|heibio|troi|trowch|ewch"
    r"|lan|lawr|i[ \t]+fyny|dros|ar[ \t]+ôl)\b"
)
# ... and say a home or a turn somewhere in them
_WAY_WORDS = re.compile(
    r"(?i:\b(?:house|cottage|bungalow|farm|flat|caravan|van|place|gate|lane|track|left|right|door|turn|tŷ|dŷ|bwthyn"
    r"|byngalo|fferm|ffarm|clos|giât|gât|clwyd|glwyd|lôn|chwith|dde|drws|garafán|carafán|trowch|troi)\b)"
)
# A comma goes on with the way only where the next words are another step: "..., first left after the bridge".
_NEXT_STEP = re.compile(
    r",[ \t]*(?=(?i:first|second|third|fourth|last|left|right|past|opposite|behind|next|just|the[ \t]+one|turn|over"
    r"|up|down|through|then|wedyn|yr[ \t]+un|heibio|troi|ar[ \t]+ôl|gyferbyn|tua|y[ \t]+gynta|cynta)\b)"
)
_WAY_END = re.compile(r"[.;!?\n]|,|[ \t]+(?:ydi|yw|ydy)[ \t]+(?:o|hi|e|fe|fo)\b|[ \t]+and[ \t]+(?!keep\b)")


def homes_for_a_visitor(text: str, found: Needles) -> list[Span]:
    """The way to a home written after "if you don't know it", "for anyone visiting", "i'r rhai sy ddim yn nabod"."""
    out: list[Span] = []
    for at in found.positions(_VISITOR_NEEDLES):
        cue = _FOR_A_VISITOR.search(text, max(0, at - 40), at + 80)
        if cue is None or not _WAY_START.match(text, cue.end()):
            continue
        end = cue.end()
        while True:
            stop = _WAY_END.search(text, end)
            end = stop.start() if stop else len(text)
            step = _NEXT_STEP.match(text, end)
            if step is None:
                break
            end = step.end()
        if end - cue.end() > 3 and _WAY_WORDS.search(text, cue.end(), end):
            out.append((cue.end(), end))
    return out


def homes_described(text: str, welsh: bool, found: Needles) -> list[Span]:
    """Every home this module places: named beside its word, counted from a landmark, reached by steps, up at."""
    if found.empty:
        return homes_beside_their_word(text)  # the others all start from one of the literals
    spans = (
        homes_beside_their_word(text)
        + homes_counted_from_a_landmark(text, found)
        + directions_in_steps(text, welsh, found)
        + (homes_up_at(text, found) if welsh else [])
        + blocks_after_a_flat(text, found)
        + rented_rooms(text, found)
        + farms_farmed(text, found)
        + corners(text, found)
        + old_named_homes(text, found)
        + homes_on_the_water(text, found)
        + homes_said_to_be_farms(text, found)
        + last_homes_before_a_landmark(text, found)
        + homes_of_who_lived_there(text, found)
        + homes_for_a_visitor(text, found)
    )
    cut = [(s, before_someone(text, s, e)) for s, e in spans]
    return [(s, e) for s, e in cut if e > s]


# Every literal the finders above look for, for the scanner's single pass (needles.py).
NEEDLES = (
    *_COUNTED_NEEDLES,
    *_TURN_NEEDLES_EN,
    *_TURN_NEEDLES_CY,
    *_UP_AT_NEEDLES,
    "lat ",
    *_RENT_NEEDLES,
    *_FARM_NEEDLES,
    *_CORNER_NEEDLES,
    *_OLD_NEEDLES,
    *_BOAT_NEEDLES,
    *_SAID_FARM_NEEDLES,
    *_LAST_NEEDLES,
    *_WHOSE_NEEDLES,
    *_VISITOR_NEEDLES,
)
