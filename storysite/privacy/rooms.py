"""Beds and rooms by their number (issue 15, round eight): a bed someone is in ("He's in bed 14",
"yng ngwely 6", "i wely 9"), and a number named before it in Welsh word order or with its owner ("Rhif y gwely
oedd 14", "Rhif ei hystafell yw 23", "Ei rhif gwely yw 14", "Her room number is 23").

Read only where a literal word for a bed or a room, or "rhif"/"number", is found.
"""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx
from storysite.privacy.needles import Needles
from storysite.privacy.places import UPPER, WORD, sentence_around

Span = tuple[int, int]

_NUMBER = r"[0-9]{1,4}[A-Za-z]?\b(?![/.:-][0-9])"
# A person in a numbered bed: beds are patients', whatever the building (a locker may be a gym's). Read from
# the label word: its number after it, "in"/"yn"/"i" before it.
_NUMBER_AFTER_LABEL = re.compile(
    rf"(?:bed|Bed|gwely|ngwely|wely)[ \t]+(?:(?:number|no\.?|rhif)[ \t]*)?{_NUMBER}"
    # not a length of time: "in bed 3 days with flu", "yn y gwely 3 diwrnod"
    r"(?![ \t]+(?:days?|nights?|weeks?|months?|hours?|years?|times?|diwrnod|noson|nos|wythnos|awr|mis|gwaith)\b)"
)
_IN_BEFORE_LABEL = re.compile(
    r"(?i:\b(?:in|into|to|from|yn|yng|i|o|ym|mewn|i['’]r|o['’]r)[ \t]+(?:(?:the|y|yr|ei|his|her|their)[ \t]+)?\Z)"
)
# The number named first: "Rhif y gwely oedd 14", "Rhif ei hystafell yw 23", "Ei rhif gwely yw 14".
_NUMBER_OF_CY = re.compile(
    r"(?:[Rr]hif[ \t]+(?:(?:y|yr|ei|eu|fy|ein)[ \t]+|['’]r[ \t]+)?"
    r"(?:gwely|wely|ystafell|stafell|hystafell)"
    r"|[Rr]hif[ \t]+(?:gwely|ystafell|stafell))"
    rf"(?:[ \t]+(?:hi|e|o|nhw))?[ \t]*(?:(?:yw|ydy|ydi|oedd)[ \t]+|:[ \t]*)({_NUMBER})"
)
# ... and with its owner in English: "Her room number is 23", "His bed no. was 14".
_NUMBER_OF_EN = re.compile(rf"(?:bed|room)[ \t]+(?:number|no\.?)[ \t]*(?:(?:is|was)[ \t]+|:[ \t]*)({_NUMBER})")
_OWNER_BEFORE = re.compile(r"(?i:\b(?:her|his|their|my)[ \t]+\Z)")


# A thing of someone's own, then its number after a comma: "ei stafell, rhif 12", "His sensor mat, number 22",
# "ei mat synhwyro, rhif 22", "her pendant alarm, no. 5508".
_OWNED_THING = re.compile(
    r"(?i:\b(?:her|his|their|my|ei|eu|fy|ein)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?"
    r"(?:room|bedroom|bed|mat|pendant|alarm|fob|wristband|tag|ystafell|stafell|hystafell|gwely|wely|larwm|band"
    r"|card|pass|badge|cerdyn|gerdyn|cherdyn|ngherdyn|pas|bathodyn|fathodyn)"
    r"(?:[ \t]+[^\W\d_]+){0,3}[ \t]*,[ \t]*\Z)"
)
_NUMBER_AFTER_COMMA = re.compile(rf"(?:[Rr]hif|[Nn]umber|[Nn]o\.?)[ \t]*((?:[A-Z]{{1,3}}[ \t-]?)?{_NUMBER})")
_COMMA_AT = re.compile(r", (?:[Rr]hif|[Nn]umber|[Nn]o\.?) ")


# A room said to be someone's: "Room 9 is her home now", "Ystafell 9 yw ei chartref", "room 3 was hers".
_ROOM_IS_HERS = re.compile(
    rf"((?:[Rr]oom|[Yy]stafell|[Ss]tafell)[ \t]+{_NUMBER})[ \t]+(?:is|was|has[ \t]+been|yw|ydy|ydi|oedd)[ \t]+"
    r"(?:her|his|their|hers|theirs|ei|eu)\b"
)


# A numbered device on a named corridor or wing: "mat 22 in Derwen corridor", "larwm 3 ar goridor Glaslyn".
_DEVICE_ON_A_CORRIDOR = re.compile(
    rf"(?:mat|sensor|pendant|alarm|larwm|synhwyrydd)[ \t]+{_NUMBER}[ \t]+(?:in|on|ar|yn)[ \t]+(?:the[ \t]+|y[ \t]+)?"
    rf"(?:(?:[CcGg]oridor|[Aa]dain|[Uu]ned|[Ww]ard)[ \t]+[{UPPER}][^\W\d_]+"
    rf"|[{UPPER}][^\W\d_]+[ \t]+(?:corridor|Corridor|wing|Wing|unit|Unit|ward|Ward))"
)


# A flat's number on its own, where a neighbour or the person is: "Mrs Ap-Rhys in flat 9", "o fflat 6"; with
# its block or street after it, it is an address (found apart).
_FLAT_ALONE = re.compile(
    rf"(?i:\b(?:in|from|at|to|into|yn|o|i|mewn)[ \t]+)((?:flat|fflat)[ \t]+{_NUMBER})"
    r"(?![ \t]*,?[ \t]*[0-9A-ZŴŶ])"
    # nor with its block after "in"/"yn": "fflat 2 yn Nhŷ'r Dderwen"
    r"(?![ \t]+(?:in|at|on|of|yn|ym|yng|ar|o)[ \t]+(?:the[ \t]+|y[ \t]+|yr[ \t]+)?[A-ZŴŶ])"
)
# Words after a room's number that make it a length of time or a count, and the public buildings whose rooms
# groups meet in: the numbered room is then no one's.
_LENGTHS = (
    r"days?|nights?|weeks?|months?|hours?|years?|times?|people|diwrnod|noson|wythnos|awr|mis|o[ \t]+bobl"
    r"|steps|paces|feet|foot|metres|yards|minutes|cam|troedfedd|munud"  # a distance: "her room is 14 steps from"
)
_PUBLIC_BUILDINGS = (
    r"library|centre|center|hall|school|college|church|chapel|hub|offices?|civic|community|council|llyfrgell"
    r"|ganolfan|neuadd|ysgol|coleg|capel|eglwys|swyddfa|swyddfeydd|cyngor|gyngor"
)
# A numbered room or locker where someone is, lives or keeps their things: "Mr Jenkins from Room 9", "yn
# ystafell 12", "her locker is number 16" (round ten). A flat, a plot and a pitch are read apart.
# "rm 11", as notes shorten a room
_PLACED_WORDS = r"(?:room|rm\.?|bedroom|locker|cabin|chalet|caravan|cell|berth|cot|ystafell|stafell|llofft|lofft|locer)"
_PLACED_THING = re.compile(
    r"(?i:(?:\b(?:in|from|at|to|into|on|yn|o|i|ar|mewn|his|her|their|my|ei|eu|fy)|['’]s"
    r"|\b(?:and|a|ac)(?=[ \t]+(?:locker|locer)\b)"  # "bed 3 by the window and locker 22": a locker is someone's
    # "yn ei locer, locer 9", "with him, locker 14B", "He was on Cedar 3, cell 14"
    r"|(?<=locker)|(?<=locer)|(?<=[a-z0-9]),),?[ \t]+)"
    rf"((?i:(?:side|single|en-suite|private)[ \t]+)?(?i:{_PLACED_WORDS})[ \t]+"
    rf"(?:(?:is|was|yw|oedd|ydy|ydi)[ \t]+|yn[ \t]+(?=rhif))?(?:(?:number|no\.?|rhif)[ \t]*)?{_NUMBER})"
    rf"(?![ \t]+(?:{_LENGTHS})\b)"
    # a meeting room of a public building: "room 3 at the library", "ystafell 2 yn y llyfrgell"
    r"(?![ \t]+(?:at|in|of|yn|ym|yng)[ \t]+(?:the[ \t]+|y[ \t]+|yr[ \t]+)?(?:[^\W\d_]+[ \t]+){0,2}"
    rf"(?i:{_PUBLIC_BUILDINGS}))"
)
# A numbered room, bed, locker or plot with no word before it that places someone: "Room 7 unsettled", a title
# "Sixty years, room 4 and room 11", "llun ar wal stafell 21", "plot 17". Hand-written stories use such a number
# only for where one person lives, sleeps or keeps things; a room a group meets in, a public building's room,
# a common room and a length of time are left out as above.
_BARE_NUMBERED = re.compile(
    rf"(?i:(?:{_PLACED_WORDS}|plot|bed|gwely|ngwely|wely)[ \t]+(?:(?:number|no\.?|rhif)[ \t]*)?){_NUMBER}"
    r"(?<!\b101)(?<!\b101\b)"  # "Room 101": Orwell's, and a television programme's
    rf"(?![ \t]+(?:{_LENGTHS}|degrees?|nos|gwaith|gradd)\b)"
    # "Room 9 is the quiet lounge", "Ystafell 9 yw'r lolfa"
    r"(?![ \t]+(?:is|was|yw|ydy|ydi|oedd)(?:[ \t]+(?:the|y|yr)|['’]r)[ \t])"
    r"(?![ \t]+(?:at|in|of|yn|ym|yng|on|ar)[ \t]+(?:the[ \t]+|y[ \t]+|yr[ \t]+)?(?:[^\W\d_]+[ \t]+){0,2}"
    rf"(?i:{_PUBLIC_BUILDINGS}|gym|pool|gampfa|pwll))"
    r"(?![ \t]+(?:y|yr)[ \t]+(?:llyfrgell|ganolfan|neuadd|ysgol|coleg|capel|eglwys|swyddfa|cyngor|gampfa))"
)
# Words for a group meeting in its clause: the room is where it met, not where someone lives.
_GATHERING = re.compile(
    r"(?i:\b(?:meet\w*|met|group|course|session|class|panel|training|workshop|interview|cyfarfod\w*|gyfarfod\w*"
    r"|grŵp|cwrs|gwrs|sesiwn|dosbarth|hyfforddiant|cwrdd|gwrdd|cwrddon|cyfarfu)\b)"
)


def _clause_start(text: str, at: int) -> int:
    """Where the clause before AT starts, at most 80 characters back (not the text's start: a long sentence)."""
    floor = max(0, at - 80)
    return max(floor, max(text.rfind(c, floor, at) for c in ".!?\n") + 1)


# A room someone leaves or goes out of: "yn gadael ystafell 6", "he leaves room 6 at night".
_LEAVES_A_ROOM = re.compile(
    r"(?i:\b(?:gadael|adael|leaves|left|leaving|allan[ \t]+o|out[ \t]+of)[ \t]+(?:(?:ei|his|her|their)[ \t]+)?)"
    rf"((?:room|ystafell|stafell)[ \t]+{_NUMBER})"
)


# The words before a figure that may make it a bed's, a room's, a flat's or a device's number.
_LABEL_WORDS = frozenset(
    {"bed", "Bed", "gwely", "ngwely", "wely", "room", "Room", "ystafell", "Ystafell", "stafell", "Stafell"}
    | {"flat", "Flat", "fflat", "Fflat", "mat", "sensor", "pendant", "alarm", "larwm", "synhwyrydd"}
    | {"bedroom", "Bedroom", "locker", "Locker", "cabin", "Cabin", "chalet", "Chalet", "caravan", "Caravan"}
    | {"cell", "Cell", "berth", "llofft", "Llofft", "locer", "Locer", "locar", "Locar", "plot", "Plot", "cot", "Cot"}
    | {"peg", "bachyn", "mooring", "angorfa"}  # a coat peg, a boat's mooring: one person's
    | {"Mooring", "Angorfa", "hangorfa"}  # "Angorfa 17.", "ar ei hangorfa, rhif 23" (round thirty-seven)
    | {"rm", "Rm", "rm.", "Rm.", "lofft", "Lofft"}
)
_ALLOTMENTS = re.compile(r"(?i:allotment|rhandir)")
# A building's rooms spoken of as rooms: counted, turned into something else.
_A_BUILDINGS_ROOMS = re.compile(
    r"(?i:\b(?:rooms|ystafelloedd|stafelloedd|turned[ \t]+into|converted|became|trowyd|troi['’]n|troi[ \t]+yn)\b)"
)
_NUMBER_WORDS = frozenset({"number", "no.", "No.", "rhif", "Rhif"})
_COPULAS = frozenset({"is", "was", "yw", "ydy", "ydi", "oedd"})
_SPACE_DIGIT = re.compile(r"[ \t][0-9]")
_LOCKER = re.compile(
    rf"(?i:locker|locer|locar|peg|bachyn|mooring|h?angorfa)(?:[ \t]+|,[ \t]*(?=rhif|number|no))"
    rf"(?:(?:number|no\.?|rhif)[ \t]*)?{_NUMBER}"
    rf"(?![ \t]+(?:{_LENGTHS})\b)"
    # a locker for an hour at the pool or the gym is anyone's
    r"(?![ \t]+(?i:at|in|yn|ym|by)[ \t]+(?:(?:the|y|yr)[ \t]+)?(?:leisure|sports?|swimming|gym|pool|baths|canolfan"
    r"[ \t]+(?:hamdden|chwaraeon)|ganolfan[ \t]+(?:hamdden|chwaraeon)|gampfa|pwll))"
)
# A locker or a student's room numbered with a letter first: "locer B62", "ystafell C14", "room B14".
_LETTERED_NUMBER = re.compile(r"[ \t][A-Z]{1,2}[0-9]{1,4}\b(?![/.:-][0-9])")  # found first: rare, and quick to find
_LETTERED_WORDS = ("locker", "Locker", "locer", "Locer", "room", "Room", "ystafell", "Ystafell", "stafell", "Stafell")


def rooms_and_beds(text: str) -> list[Span]:
    """Numbered beds and rooms that place a person."""
    out: list[Span] = []
    for found in _SPACE_DIGIT.finditer(text):  # one pass: a figure after a space, then the word before it
        at = found.start()
        j = text.rfind(" ", max(0, at - 14), at) + 1
        while j < at and text[j] in "\"'‘“(":  # a quoted or bracketed label: '"Room 7 unsettled"'
            j += 1
        word = text[j:at]
        if word in _NUMBER_WORDS:  # "yn y gwely rhif 14": the label is the word before
            k = text.rfind(" ", max(0, j - 14), j - 1) + 1
            label_end = j - 1
            if text[k:label_end] in _COPULAS:  # "her locker is number 16"
                label_end = k - 1
                k = text.rfind(" ", max(0, k - 14), label_end) + 1
            if text[k:label_end] in _LABEL_WORDS:
                j, word = k, text[k:label_end]
        elif word in _COPULAS:  # "her room is 14", "ei stafell ydi 14": the label is the word before
            k = text.rfind(" ", max(0, j - 14), j - 1) + 1
            hit = _at_label(text, k, text[k : j - 1]) if text[k : j - 1] in _LABEL_WORDS else None
            if hit:
                out.append(hit)
                continue
        if word in _LABEL_WORDS:
            hit = _at_label(text, j, word)
            if hit:
                out.append(hit)
        elif word in _COPULAS or word in _NUMBER_WORDS or word.endswith(":"):
            m = _NUMBER_OF_EN.search(text, max(0, j - 24), at + 8)  # "Her room number is 23"
            if m and m.end(1) > at and _OWNER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                out.append((m.start(), m.end()))
                continue
            m = _NUMBER_OF_CY.search(text, max(0, j - 40), at + 8)  # "Rhif y gwely oedd 14", "Rhif y stafell: 8B"
            if m and m.end(1) > at:
                out.append(m.span())
    lettered = "ocker " in text or "ocer " in text or "oom " in text or "tafell " in text
    for found in _LETTERED_NUMBER.finditer(text) if lettered else ():
        at = found.start()
        j = text.rfind(" ", max(0, at - 10), at) + 1
        if text[j:at] in _LETTERED_WORDS and not _GATHERING.search(text, _clause_start(text, j), j):
            out.append((j, found.end()))  # "locer B62", "room B14"; not "the meeting was in Room G12"
    for found in _COMMA_AT.finditer(text):
        at = found.start()
        m = _NUMBER_AFTER_COMMA.match(text, at + 2)
        if m and _OWNED_THING.search(text, max(0, at - 60), at + 1):
            out.append(m.span(1))
    return out


def _at_label(text: str, s: int, word: str) -> Span | None:
    """What the label WORD at S numbers, if it places a person."""
    low = word.lower()
    if low in ("flat", "fflat"):
        m = _FLAT_ALONE.search(text, max(0, s - 12), s + len(word) + 8)  # "in flat 9"
        return m.span(1) if m and m.start(1) == s else None
    if low in ("mat", "sensor", "pendant", "alarm", "larwm", "synhwyrydd"):
        m = _DEVICE_ON_A_CORRIDOR.match(text, s)  # "mat 22 in Derwen corridor"
        return m.span() if m else None
    if low in ("room", "ystafell", "stafell"):
        m = _ROOM_IS_HERS.match(text, s)  # "Room 9 is her home now"
        if m:
            return m.span(1)
        left = _LEAVES_A_ROOM.search(text, max(0, s - 20), s + len(word) + 8)  # "yn gadael ystafell 6"
        if left and left.start(1) == s:
            return left.span(1)
    if low in ("locker", "locer", "locar", "peg", "bachyn", "mooring", "angorfa", "hangorfa"):
        # "locker 23 at the day centre": a locker is one person's, wherever it is, and so is a coat peg ("peg 12"),
        # whoever else the clause speaks of ("Cytunodd ei athro dosbarth iddo gadw'i fag yn locer 117", round 46)
        m = _LOCKER.match(text, s)
        if m:
            return m.span()
    if _GATHERING.search(text, _clause_start(text, s), s):
        return None  # "The meeting was in room 12": a room a group meets in
    if low not in ("bed", "gwely", "ngwely", "wely"):
        placed = _PLACED_THING.search(text, max(0, s - 8), s + len(word) + 24)  # "from Room 9", "her locker is 16"
        if placed and placed.start(1) == s:
            return placed.span(1)
    else:
        m = _NUMBER_AFTER_LABEL.match(text, s)
        if m and _IN_BEFORE_LABEL.search(text, max(0, s - 16), s):
            return m.span()  # "He's in bed 14"
    if low == "plot" and not _ALLOTMENTS.search(text):
        return None  # a plot on a site or a park is a home's: the address finders read it
    bare = _BARE_NUMBERED.match(text, s)
    if not bare or _A_BUILDINGS_ROOMS.search(text, _clause_start(text, s), _sentence_end(text, bare.end())):
        return None  # "There were four rooms, and room 2 was full of boxes": the building's, not a person's
    return bare.span()


def _sentence_end(text: str, at: int) -> int:
    ends = [i for i in (text.find(c, at, at + 120) for c in ".!?\n") if i >= 0]
    return min(ends) if ends else min(len(text), at + 120)


# A named ward someone is on, alone: "He's on Ward Dyfi now", "mae hi ar ward Glaslyn Isaf", "back to Tegid
# ward". With a bed it is found as one detail with the bed; alone it still places a patient, as a bed does.
_WARD_NAME = rf"[{UPPER}][^\W\d_]+(?:[ \t]+(?:Isaf|Uchaf|Fach|Fawr|Bach|Mawr|Newydd))?"
_ON_A_WARD = re.compile(
    r"(?:(?<=\bon )|(?<=\bin )|(?<=\bto )|(?<=\bar )|(?<=\byn )|(?<=\bi )|(?<=\bo )|(?<=\bfrom )|(?<=\bonto )"
    r"|(?<=\bonto the )|(?<=\bon the )|(?<=\bin the )|(?<=\bto the )|(?<=\bfrom the ))"
    rf"(?:([Ww]ard[ \t]+{_WARD_NAME})(?![ \t]*[0-9])|([{UPPER}][^\W\d_]+[ \t]+[Ww]ard)\b)"
)
# Words after "Ward" that make a job or a round, not a ward's name; and names before it that make a person.
_NOT_WARD_NAMES = frozenset({"Sister", "Manager", "Round", "Rounds", "Clerk", "Staff", "Nurse", "Nyrs", "Rheolwr"})


WARD_NEEDLES = ("Ward", "ward")


def named_wards(text: str, found: Needles) -> list[Span]:
    """A hospital ward named as where someone is ("on Ward Dyfi", "ar ward Tegid", "to Glaslyn ward")."""
    out: list[Span] = []
    for needle in WARD_NEEDLES:
        for i in found.starts(needle):
            if i and text[i - 1].isalpha():  # "towards", "award", "Edwards"
                continue
            for start in (i, text.rfind(" ", 0, max(0, i - 1)) + 1):
                m = _ON_A_WARD.match(text, start)
                if m and _a_ward_name(m):
                    out.append(m.span())
                    break
    return out


def _a_ward_name(m: re.Match[str]) -> bool:
    words = (m.group(1) or m.group(2)).split()
    name = words[1] if m.group(1) else words[0]
    if name in _NOT_WARD_NAMES or name in lx.ACRONYMS:
        return False  # "referral from the ward OT": the ward's therapist
    if m.group(1) or words[1] == "ward":
        return True  # "Ward Pedr", "Tegid ward": a ward named for a saint or a lake; "Bridget Ward" is a woman
    return name not in lx.FIRST and name not in lx.AMBIGUOUS and name not in lx.COMMON


# A numbered flat or bedsit in a named building is a home's address (round thirty-eight): "flat 3 at the Hen Ysgol",
# "flat 9 in Gwalchmai House", "bedsit 4 at Tŷ Mwyar". A town after it is no building ("flat 3 in Bangor").
_FLAT_IN_A_BUILDING = re.compile(
    rf"(?<![\w'’-])(?:[Ff]lat|[Ff]flat|[Bb]edsit)[ \t]+{_NUMBER}[ \t]+(?:in|at|of|yn|ym|yng)[ \t]+"
    r"(?:(?:the|y|yr)[ \t]+)?"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t]+{WORD}){{0,3}})"
)
FLAT_NEEDLES = ("flat ", "Flat ", "bedsit ", "Bedsit ")  # "fflat " holds "flat "


def flats_in_buildings(text: str, found: Needles) -> list[Span]:
    """A numbered flat and the building it is in, each reported: "flat 3" and "Hen Ysgol" in "flat 3 at the Hen
    Ysgol". Apart, the building's name is followed wherever it comes back ("nôl i Lys Ceinwen")."""
    out = []
    for at in found.positions(FLAT_NEEDLES):
        if at and text[at - 1] in "fF":
            at -= 1  # "fflat 12 yn Nhŷ Caradog"
        m = _FLAT_IN_A_BUILDING.match(text, at)
        if m and m.group(1) not in lx.PLACES and m.group(1) not in lx.NOT_PERSON:
            number = _FLAT_NUMBER.match(text, at)
            if number:
                out.append(number.span())
            out.append(m.span(1))
    return out


_FLAT_NUMBER = re.compile(rf"(?:[Ff]lat|[Ff]flat|[Bb]edsit)[ \t]+{_NUMBER}")


# A room, bed, ward or locker numbered in words, as a carer says it (round thirty-nine): "Lisi Pugh yn stafell naw",
# "Tom yn gwely dau", "ward naw, gwely pedwar ar ddeg", "yn stafell dau ddeg tri", "i'r un stafell, Stafell Wyth",
# "in room fourteen". Not a count or a length after it ("gwely un person", "stafell dau wely", "in bed two days").
_UNITS_CY = r"un|dau|dwy|tri|tair|pedwar|pedair|pump|pum|chwech|chwe|saith|wyth|naw"
_NUMBER_CY = (
    rf"(?:cant[ \t]+(?:a[ \t]+)?)?(?:(?:un|dau|tri|pedwar|pump|chwech|saith|wyth|naw)[ \t]+(?:deg|ddeg)"
    rf"(?:[ \t]+(?:{_UNITS_CY}))?|(?:{_UNITS_CY})(?:[ \t]+ar[ \t]+(?:ddeg|bymtheg|hugain))?"
    r"|deg|deuddeg|pymtheg|deunaw|ugain)"
)
_UNITS_EN = r"one|two|three|four|five|six|seven|eight|nine"
_NUMBER_EN = (
    rf"(?:(?:twenty|thirty|forty)(?:[ -](?:{_UNITS_EN}))?|{_UNITS_EN}|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_IN_WORDS = re.compile(
    r"(?i:(?:room|bed|locker|ward|ystafell|stafell|hystafell|gwely|wely|ngwely|locer))[ \t]+"
    rf"(?:(?:number|rhif)[ \t]+)?(?i:{_NUMBER_CY}|{_NUMBER_EN})\b"
    r"(?![ \t]+(?:o\b|of\b|person|dyn|ddyn|wely|gwely|ddiwrnod|diwrnod|noson|nos|wythnos|fis|mis|awr|funud|flynedd"
    r"|blynedd|days?|nights?|weeks?|months?|hours?|years?|times?|people|doors?|floors?|beds?|rooms?|o[ \t]+bobl))"
)
# Before a lower-case label, a word that places someone in it; a capital one is a name ("Stafell Wyth").
_PLACED_BEFORE = re.compile(
    r"(?i:\b(?:in|into|from|to|on|for|at|him|me|them|yn|ym|o|i|ar|mewn|his|her|their|ei|eu)|['’]r|,)[ \t]+\Z"
)
IN_WORDS_NEEDLES: tuple[str, ...] = (
    "room ",
    "Room ",
    "bed ",
    "locker ",
    "ward ",
    "Ward ",
    "stafell ",
    "Stafell ",
    "wely ",
    "locer ",
)
IN_WORDS_NEEDLES += ("Locer ", "Gwely ", "Locker ")  # "ystafell", "hystafell", "gwely", "ngwely": held by the above


def rooms_in_words(text: str, found: Needles) -> list[Span]:
    """Rooms, beds, wards and lockers numbered in words: "yn stafell naw", "ward naw, gwely pedwar ar ddeg"."""
    out: list[Span] = []
    for at in found.positions(IN_WORDS_NEEDLES):
        start = at
        while start > 0 and text[start - 1].isalpha():
            start -= 1  # "ystafell", "ngwely": the whole word
        m = _IN_WORDS.match(text, start)
        if not m or text.endswith((" un", " one", " One", " Un"), m.start(), m.end()):
            continue  # "i'r ward un pnawn", "the ward one afternoon": one, not a number
        if text[start].isupper() or _PLACED_BEFORE.search(text, max(0, start - 8), start):
            out.append(m.span())
    return out


# A locker's number a few words after the locker, in a school or a ward (round forty-four): "locer yn y bloc
# gwyddoniaeth (rhif 118)", "Mae ganddi locer yno, rhif 212", "a locker by the sports hall, number 31". The locker is
# the pupil's or the patient's own, so its number finds them, as a bed's does.
LOCKER_NEEDLES = ("ocker", "ocer")
_NUMBER_SET_AFTER = re.compile(
    r"(?i:\b(?:locker|locer)\b[^.!?\n]{0,40}?[(,][ \t]*(?:rhif|number|no\.?)[ \t]*)"
    rf"([0-9]{{1,4}}\b|(?i:{_NUMBER_CY}|{_NUMBER_EN})\b)"
)
# ... but a locker at the pool or the gym is anyone's for an hour (rounds six and seventeen)
_PUBLIC_LOCKERS = re.compile(
    r"(?i:leisure|sports?[ \t]+(?:centre|hall)|swimming|gym|pool|baths|hamdden|chwaraeon|gampfa|pwll[ \t]+nofio)"
)


def lockers(text: str, found: Needles) -> list[Span]:
    """A locker's number set after it with "rhif" or "number": "locer yn y bloc gwyddoniaeth (rhif 118)"."""
    out: list[Span] = []
    for at in found.positions(LOCKER_NEEDLES):
        m = _NUMBER_SET_AFTER.search(text, max(0, at - 1), at + 70)
        if m and m.start() <= at and not _PUBLIC_LOCKERS.search(sentence_around(text, m.start(), m.end())):
            out.append(m.span(1))
    return out
