"""Find details that follow a cue word: dates of birth, schools, flats and labelled IDs.

Cues are found cheaply: capitalised cues ("School", "Ysgol", "DOB") by the scanner's pass
over capitalised words, and lower-case cues ("born", "ganwyd", "flat") and ID labels
("Case no.", "passport", "Cyfeirnod") by looking back from each run of digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storysite.privacy import lexicon as lx
from storysite.privacy.dates import AGE_IN_WORDS_BEFORE, aged_date_at, aged_word_date_at, dob_at
from storysite.privacy.needles import Needles
from storysite.privacy.places import (
    HOUSE_HEADS,
    STREET_HEADS_CY,
    comp_cy_at,
    flat_at,
    house_cy_at,
    house_en_before,
    known_start,
    school_cy_at,
    school_cy_more_at,
    school_en_around,
    sentence_around,
    street_cy_at,
    street_en_before,
)
from storysite.privacy.prefilter import first_words
from storysite.privacy.prefilter import search as search_from_first_words
from storysite.privacy.service_lines import service_line_in

Hit = tuple[int, int, str, str]
WORD_CAP = r"[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]*(?:['’-][^\W\d_]+)*"

# Capitalised cue words, seen by the scanner's pass over capitalised words.
_CAPITAL_CUES = {
    "school": [
        "School",
        "Primary",
        "Infants",
        "Infant",
        "Junior",
        "Juniors",
        "High",
        "Comprehensive",
        "Comp",
        "Grammar",
        "Mixed",
        "Babies",
        "Secondary",
        "Academy",
        "Nursery",
        "College",
        "Playgroup",
        "PRU",
        "CP",
        "Referral",
        "Form",
        "Preschool",
        "Pre",
        "Kindergarten",
        "Learning",
        "Education",
        "Educational",
        "Tutorial",
    ],
    "ysgol": ["Ysgol", "Rysgol", "Sgol"],  # "'Sgol Tan-y-Mynydd": Ysgol as it is said
    "coleg": ["Coleg", "Goleg", "Ngholeg", "Choleg", "Cylch", "Gylch", "Nghylch", "Chylch", "Meithrinfa", "Feithrinfa"]
    + ["Canolfan", "Ganolfan", "Nghanolfan", "Chanolfan", "Chweched", "Meithrin", "Feithrin"],
    "flat": ["Flat", "Fflat", "Apartment", "Apt", "Uned"],
    "dob": ["DOB", "DoB", "Dob", "DG", "D", "Born", "BORN", "Ganwyd", "Ganed", "Date", "DATE", "Birth", "Dyddiad"]
    + ["Year", "YOB", "Blwyddyn"]
    + ["Cafodd", "Birthday", "Pen-blwydd", "Penblwydd"],
    "street_en": sorted(lx.STREET_EN_ALONE | lx.STREET_EN_CUED),
    "street_cy": sorted(STREET_HEADS_CY),
    "house_cy": sorted(HOUSE_HEADS | {"Ben"}),  # "Ben" only after "ar" (house_cy_at): "byw ar Ben Bryniau"
    "house_en": sorted(lx.HOUSE_TAILS_EN),
}
CAPITAL_KIND = {w: kind for kind, words in _CAPITAL_CUES.items() for w in words}
# Lower-case cues, rare enough for str.find; each maps to its kind.
LOWER_CUES = {
    "born": "dob",
    "birth": "dob",
    "anwyd": "dob",
    "aned": "dob",
    "eni": "dob",
    "enedigaeth": "dob",
    "assport": "dob",
    "asbort": "dob",
    "dob": "dob",
    "d.o.b": "dob",
    "blwydd": "dob",
    "'day": "dob",
    "lat ": "flat",
    "'r byd": "dob",
    "’r byd": "dob",
    "into the world": "dob",
    "eap-year": "dob",  # "a leap-year baby, 29/2/44"
    "eap year": "dob",
    "abi blwyddyn naid": "dob",
    "oed ers ": "dob",  # "yn naw oed ers nos Calan Gaea' 2016"
}

# Labels that may come shortly before an ID number.
LABEL_START = re.compile(
    r"\b(?:our|your|ref|case|client|file|[cg]yfeirnod|nghyfeirnod|cyf|rhif|rif|wccis|log|passport|pasbort|basbort|mhasbort|"
    r"phasbort|uln|unique|learner|dysgwr|tenancy|housing|council|claim|application|account|tenant|rent)",
    re.IGNORECASE,
)
ULN = re.compile(
    r"(?i:ULN|unique\s+learner\s+number|rhif\s+dysgwr\s+unigryw|learner\s+number|dysgwr\s+unigryw)\b"
    r"[^\d\n]{0,40}?(?<![0-9])([0-9]{10})(?![0-9])"
)
PASSPORT = re.compile(r"(?i:passport|pasbort|basbort|mhasbort|phasbort)[^\d\n]{0,40}?(?<![0-9])([0-9]{9})(?![0-9])")
CASE_REF = re.compile(
    r"(?i:(?:our\s+ref(?:erence)?|your\s+ref(?:erence)?|ref(?:erence)?(?:\.?\s+(?:no|number|num))?|"
    # "cyf. tenantiaeth BTH/LLO/6": the shortened word with what the reference is of (round forty-two)
    r"cyf(?:\.?\s+(?:achos|tenantiaeth|tai|tenant|hawliad|cais|ffeil|cleient|cyfrif)|(?=[.:]))|"
    r"case\s+(?:no|number|num|ref(?:erence)?|id)|client\s+(?:id|no|number|ref)|file\s+(?:no|number|ref)|"
    r"(?:tenancy|housing|council|claim|application|account|tenant|rent)\s+(?:ref(?:erence)?|no|number|id)|"
    r"(?:[cg]yfeirnod|nghyfeirnod)(?:\s+(?:yr\s+)?(?:achos|tenantiaeth|tai|tenant|hawliad|cais|ffeil|cleient|cyfrif))?|"
    r"r?h?if\s+(?:yr\s+|y\s+|ei\s+|eu\s+|fy\s+)?(?:h?achos|cyfeirnod|gyfeirnod|cleient|ffeil|tenantiaeth|tenant|hawliad|cais|cyfrif)|"
    r"wccis(?:\s+(?:no|number|id))?|(?:police\s+)?log(?=\s*:|\s+(?:no|number|ref)\b)(?:\s+(?:no|number|ref))?)"
    r"\b\.?)[ \t]*(?:[:#]|is\b|yw\b|oedd\b|was\b)?[ \t]*(?=[A-Z0-9/-]*[0-9])([A-Z0-9][A-Z0-9/-]{2,24})(?![\w/-])"
)
# A reference a few words after its label: "The case reference on the education file is
# EWS/2025/0386", "case number, LC/18/00442". It must mix letters and digits or have a separator,
# so that a year or an age after the label is not taken for it.
CASE_REF_FAR = re.compile(
    r"(?i:(?:case|client|file|tenancy|housing)\s+(?:ref(?:erence)?|no|number)|reference|[cg]yfeirnod|nghyfeirnod"
    r"|rhif\s+(?:yr\s+)?achos)\b[^\n\d.!?;]{0,40}?"
    r"(?<![\w/-])((?:[A-Z]{1,5}[ \t/-]?[0-9]{2,}|[0-9]{2,}[/-][0-9])[A-Z0-9/-]*)(?![\w/-])"
)
_LABELS = (
    (CASE_REF, "privacy.other-id.case-reference"),
    (CASE_REF_FAR, "privacy.other-id.case-reference"),
    (ULN, "privacy.other-id.uln"),
    (PASSPORT, "privacy.other-id.passport"),
)


def at_capital_cue(text: str, s: int, word: str) -> Hit | None:
    """A detail next to the capitalised cue WORD at S, if any."""
    return _at_cue(text, s, CAPITAL_KIND[word])


def cued_before_digits(text: str, s: int) -> Hit | None:
    """A date of birth or flat whose lower-case cue comes shortly before the digits at S."""
    begin = max(0, s - 100)
    w = text[begin:s]
    if not (
        "born" in w
        or "enedigaeth" in w
        or "assport" in w
        or "asbort" in w
        or "birth" in w
        or "eni" in w
        or "aned" in w
        or "anwyd" in w
        or "lat " in w
        or "dob" in w
        or "d.o.b" in w
        or "blwydd" in w
        or "'day" in w
        or "r byd" in w
        or "the world" in w
        or "eap" in w
        or "naid" in w
        or "oed ers " in w
    ):
        return None
    for needle, kind in LOWER_CUES.items():
        at = w.rfind(needle)
        if at >= 0:
            hit = _at_cue(text, begin + at, kind)
            if hit and hit[1] > s:
                return hit
    return None


def labelled_before(text: str, s: int) -> Hit | None:
    """An ID whose label comes shortly before the digits at S ("Case no. 48213")."""
    begin = max(0, s - 50)
    w = text[begin:s].lower()
    if not (
        "ref" in w
        or "cyf" in w
        or "case" in w
        or "rhif" in w
        or " rif " in w
        or "yfeirnod" in w
        or "client" in w
        or "file" in w
        or "ssport" in w
        or "asbort" in w
        or "uln" in w
        or "learner" in w
        or "dysgwr" in w
        or "wccis" in w
        or "log" in w
        or "tenan" in w
        or "claim" in w
        or "account" in w
    ):
        return None
    for label in LABEL_START.finditer(text, begin, s):
        for pattern, rule in _LABELS:
            m = pattern.match(text, label.start())
            if m and m.end() > s:
                return m.start(), m.end(), "other-id", rule
    return None


_WORD_DATE_CUES = (
    "born",
    "eni",
    "aned",
    "anwyd",
    "blwydd",
    "birthday",
)  # capitalised cues reach dob_at from the scanner's pass
_WORD_MONTH_BEFORE = frozenset({" o ", "of ", "fis ", "mis "})
_WORD_YEAR_AFTER = re.compile(r",?[ \t]+(?:mil|[Nn]ineteen)\b")


def word_date_of_birth_at(text: str, s: int, e: int) -> Hit | None:
    """A date of birth written wholly in words around the month at S, which no run of digits
    brings to a finder ("born on the second of March, nineteen forty-four", "ganwyd hi ar y pumed
    o Fai", "Dwi'n naw deg ar yr ail o Fawrth")."""
    if (
        text[s - 3 : s] not in _WORD_MONTH_BEFORE
        and text[s - 4 : s] not in _WORD_MONTH_BEFORE
        and not _WORD_YEAR_AFTER.match(text, e)
        and not text.startswith(("'r ", "’r "), e)  # "ar Fedi'r 14eg"
    ):
        return None  # a day in words comes before its month, a year in words after it
    begin = max(0, s - 100)
    for needle in _WORD_DATE_CUES:
        at = text.rfind(needle, begin, s)
        if at >= 0:
            hit = _at_cue(text, at, "dob")
            if hit and hit[1] > s:
                return hit
    turned = aged_date_at(text, _day_start(text, s))  # "Kai turned ten on the ninth of September"
    if turned:
        return turned[0], turned[1], "date-of-birth", "privacy.date-of-birth"
    deg = text.rfind(" deg ", max(0, s - 40), s)  # an age in words before the date
    if deg >= 0 and text.startswith((" deg ar y", " deg oed ar y"), deg):
        found = aged_word_date_at(text, text.rfind(" ", 0, deg) + 1)
        if found:
            return found[0], found[1], "date-of-birth", "privacy.date-of-birth"
    day = _day_start(text, s)
    teen = AGE_IN_WORDS_BEFORE.search(text, max(0, day - 40), day)  # "sy'n ddeunaw ar yr 2il o Fehefin"
    if teen:
        found = aged_word_date_at(text, teen.start())
        if found:
            return found[0], found[1], "date-of-birth", "privacy.date-of-birth"
    return None


_DAY_BEFORE_MONTH = re.compile(
    r"(?:(?:the|y|yr)[ \t]+)?(?:[^\W\d_]+(?:[ \t]+ar[ \t]+[^\W\d_]+)*|[0-9]{1,2}[a-z]{0,4})"  # "yr ail", "yr 2il"
    r"[ \t]+(?:of|o)[ \t]+(?:(?:fis|mis)[ \t]+)?\Z"
)


def _day_start(text: str, s: int) -> int:
    """Where a day in words starts before its month at S ("the ninth of September")."""
    m = _DAY_BEFORE_MONTH.search(text, max(0, s - 40), s)
    return m.start() if m else s


def _at_cue(text: str, s: int, kind: str) -> Hit | None:
    if kind == "dob":
        for pos in _cue_starts(text, s):
            found = dob_at(text, pos)
            if found:
                return found[0], found[1], "date-of-birth", "privacy.date-of-birth"
        return None
    if kind == "school":
        found = school_en_around(text, s) or comp_cy_at(text, s)
        return (found[0], found[1], "school", "privacy.school") if found else None
    if kind == "ysgol":
        found = school_cy_at(text, s)
        return (found[0], found[1], "school", "privacy.school") if found else None
    if kind == "coleg":
        found = school_cy_more_at(text, s)
        return (found[0], found[1], "school", "privacy.school") if found else None
    word = text[s : s + 24].split(None, 1)[0] if kind != "flat" else ""
    if kind == "street_en":
        found = street_en_before(text, s, _cue_word(word))
    elif kind == "street_cy":
        found = street_cy_at(text, s, _cue_word(word))
    elif kind == "house_cy":
        found = house_cy_at(text, s, _cue_word(word))
    elif kind == "house_en":
        found = house_en_before(text, s, _cue_word(word))
    else:
        found = flat_at(text, _word_start(text, s))
        if not found and text.startswith("Uned", s):
            school = school_cy_more_at(text, s)
            return (school[0], school[1], "school", "privacy.school") if school else None
    if not found or known_start(text[found[0] : found[1]]):
        return None  # "ar Faes yr Eisteddfod Genedlaethol yn Nhregaron": a public place on the lists, and more
    return found[0], found[1], "address", "privacy.address"


def _cue_word(chunk: str) -> str:
    """The cue word at the start of CHUNK, without what follows it ("Road," -> "Road")."""
    end = 0
    while end < len(chunk) and chunk[end].isalpha():
        end += 1
    return chunk[:end]


def _word_start(text: str, s: int) -> int:
    while s and text[s - 1].isalpha():
        s -= 1
    return s


def _cue_starts(text: str, s: int) -> list[int]:
    """Where a birth cue may start: its own word, or up to three Welsh words before it
    ("dyddiad geni", "ei ddyddiad geni", "cafodd ei geni", "a aned")."""
    begin = _word_start(text, s)
    starts = [begin]
    for _ in range(3):
        j = begin - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        k = _word_start(text, j + 1)
        if k == j + 1:
            break
        if text[k : j + 1].lower() not in (
            "dyddiad",
            "ddyddiad",
            "nyddiad",
            "tystysgrif",
            "dystysgrif",
            "nhystysgrif",
            "thystysgrif",
            "blwyddyn",
            "flwyddyn",
            "year",
            "ei",
            "eu",
            "cafodd",
            "hi",
            "ef",
            "e",
            "o",
            "a",
            "i",
            "u",
            "of",
            "date",
            "pen",  # "ei phen blwydd", written apart
            "phen",
            "ben",
            "mhen",
            "fen",
        ):
            break
        begin = k
        starts.append(begin)
    return starts[::-1]


# Identifiers with no fixed shape, read from the words before their number: a bed or room
# tied to a named ward or home, the last digits of an account, a police collar number, a
# library or bus-pass card, in English and Welsh word order.
_BED_ROOM = re.compile(
    r"(?i:\b(?:bed|room|gwely|ngwely|wely|ystafell|stafell|bay|bae|cubicle|ciwbicl|ward)"
    r"(?:[ \t]+|[ \t]*,[ \t]*(?=no\b|no\.|number|rhif))"  # "ei ystafell, rhif 12"
    r"(?:(?:no\.?|number|rhif)[ \t]*)?)[0-9]{1,3}[A-Za-z]?\b"
)
_PLACE_AFTER = re.compile(
    rf"(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*|[ \t,]+(?:on|at|in|of|ar|yn|ym|yng|o)[ \t]+)(?:the[ \t]+|y[ \t]+|yr[ \t]+)?"
    r"(?:(?:ward|uned|unit|wing|adain)[ \t]+)?"  # "ar ward Alaw"
    rf"({WORD_CAP}(?:[ \t]+(?:(?:y|yr|ar|a|o)[ \t]+)?{WORD_CAP}){{0,3}})"
)
_AND_A_BED = re.compile(r"(?i:[ \t]*,[ \t]*(?:bed|gwely|bay|bae|cubicle|ciwbicl)[ \t]+[0-9]{1,3}\b)")
_WARD_NEAR = re.compile(rf"\b(?:Ward|Uned|Unit)[ \t]+{WORD_CAP}|{WORD_CAP}[ \t]+(?:Ward|Unit)\b")
_ENDING = re.compile(
    r"(?i:(?:(?:account|card|cyfrif|gyfrif|nghyfrif|chyfrif|cyfri|gyfri|nghyfri|chyfri|cerdyn|gerdyn|nghardyn|cherdyn"
    r"|bank|banc|phone|ffôn|pass|pas|bas|badge|bathodyn|fathodyn"  # "pas bws yn gorffen 0457"
    r"|number|rhif)\b|acc\.|acct\b|a/c\b|\bno\.(?=[ \t]+end)"  # "acc. ending 3318", "a/c ending", "(no. ending 2093)"
    # round forty-two: "Bank = the one ending 7702", "yr hen un yn gorffen 4471"
    r"|\b(?:the|yr|old|new|hen)[ \t]+(?:one|un)\b"
    # a card or document known by its letters: "ARC ending 7716", "BRP yn gorffen 0412"
    r"|(?-i:\b[A-Z]{2,5}(?=[ \t]+(?:yn[ \t]+)?(?:end|gorffen|diweddu)))"
    r"|\((?=[ \t]*(?:yn[ \t]+)?(?:ending|ends|gorffen|diweddu)[ \t]))"  # "(yn gorffen 4471)": a card's last figures
    r"(?:[ \t]+(?:no\.|number|rhif))?"  # "Account no. ending 9921"
    r"[^\n.]{0,30}?\b((?:ending|ends|ended|finishing|gorffen|diweddu|cwpla|gwpla)"
    r"(?:[ \t]+(?:in|with|gyda|gydag|â|ag|efo|ar|yn))?"
    r"[ \t:]*(?:[.*•xX]{2,4})?)"  # "acc. ending ..4471", "ending **4471": the hidden figures shown (round forty-two)
    r"(?:[0-9]{3,4}|[0-9]{2}[ \t][0-9]{2})\b)"  # "yn gorffen â 33 06": the last four, in pairs
)
_COLLAR = re.compile(
    r"(?:\b(?:PC|PCSO|DC|DS|Sgt|Sgt\.|Sergeant|Constable|Cwnstabl|Rhingyll)"
    r"|(?i:\b(?:collar|shoulder|warrant|police[ \t]+officer|swyddog[ \t]+heddlu)(?:[ \t]+(?:number|no\.?|num))?"
    r"|\b(?:plismon|plismones|heddwas|policeman|policewoman)[ \t]*,?[ \t]+(?:rhif|number|no\.?)"
    r"|\brhif[ \t]+(?:coler|ysgwydd)|\bcoler))"  # "(coler 1187)": a Welsh collar is a police officer's
    r"[ \t:#]*(?:[A-Z]{1,2}[ \t]?)?[0-9]{3,5}\b"  # a force's letters may come first: "collar number NP 2716"
)


# A bank sort code ("sort code 30-94-57", "cod didoli 30-94-57") and a seat by its row ("block 4, row F, seat
# 112", "rhes G, sedd 14"): a season ticket's seat is the same person every match (round eleven).
_SORT_CODE = re.compile(r"(?i:\b(?:sort[ \t]+code|cod[ \t]+didoli)[ \t:,]*)[0-9]{2}[- ][0-9]{2}[- ][0-9]{2}\b")
_SEAT = re.compile(
    r"(?i:\b(?:row|rhes)[ \t]+[A-Z0-9]{1,3},?[ \t]+(?:seats?|sedd|seddi)[ \t]+[0-9]{1,4}[A-Z]?"
    r"(?:[ \t]+(?:and|a|&)[ \t]+[0-9]{1,4})?"
    r"|\b(?:seats?|sedd|seddi)[ \t]+[0-9]{1,4}[A-Z]?(?:[ \t]+(?:and|a|&)[ \t]+[0-9]{1,4})?,?[ \t]+"
    r"(?:row|rhes)[ \t]+[A-Z0-9]{1,3}\b)"
)


def sort_codes_and_seats(text: str) -> list[tuple[int, int]]:
    """Bank sort codes and seats given by their row."""
    return [m.span() for pattern in (_SORT_CODE, _SEAT) for m in pattern.finditer(text)]


def collar_numbers(text: str) -> list[tuple[int, int]]:
    """Collar numbers with the force's letters first ("collar number NP 2716", "rhif coler DP 1187"), which the
    figures' own look-up misses: the letters stand between the label and the figures."""
    return [m.span() for m in _COLLAR.finditer(text) if _FORCE_LETTERS.search(m.group())]


_FORCE_LETTERS = re.compile(r"[A-Z]{1,2}[ \t]?[0-9]{3,5}\Z")


# A fob, a lanyard, a certificate or a contract by its number, a few words after it (round thirty; tags, prisons and
# Welsh numbers of a kind in round thirty-one, badges, drivers, buyers and alarms in round thirty-three): "door fob 17",
# "a green lanyard, V-22", "his DBS (cert 0017 8451 9360)", "Taxi (contract TX-PRU/118)". Not a locker: rounds six
# and seventeen keep a leisure centre's locker no one's.
TAG_NEEDLES: tuple[str, ...] = ("fob", "anyard", "cert", "ertificate", "ystysgrif", "ontract", " tag ", "rison")
TAG_NEEDLES += ("hif disgybl", "hif aelod", "hif carchar", "hif cleient")
TAG_NEEDLES += ("river", "uyer", "adge", "athodyn", "arwm", "larm", "endant", "ifeline", "olunteer card")
TAG_NEEDLES += ("olunteer no", "olunteer num")  # not "volunteer" alone, in every other story
TAG_NEEDLES += ("areline", "ensor mat")
TAG_NEEDLES += ("abel golch", "aundry label", "ame tape", "abeli ar ei", "abels in ", "abels on ")  # round forty-two
_TAG = re.compile(
    r"(?i:\b(?:fob|ffob|lanyard)\b)[^\n.!?\d]{0,16}?(?i:\b(?:rhif|number|no\.?|num)\b)?[ \t:#,(]*"
    r"((?:[A-Z]{1,3}-?)?[0-9]{1,5}[A-Z]?)\b(?![.:/][0-9])"
    # a count or a time is no tag's: "the fob for 3 weeks", "ffob am 2 flynedd"
    r"(?![ \t]*(?i:weeks?|days?|months?|years?|hours?|mins?|minutes?|times|keys|of|o['’]r|wythnos|diwrnod|mis|mlynedd"
    r"|blynedd|flynedd|awr|munud|gwaith|am|pm|%))"
    r"|(?i:\b(?:cert|certificate|tystysgrif)\b)[ \t]*(?i:(?:no\.?|number|rhif)[ \t]*)?[:#]?[ \t]*"
    r"([0-9]{4,}(?:[ \t][0-9]{3,}){0,3})\b"
    r"|(?i:\b(?:contract|cytundeb)\b)[ \t]*(?i:(?:ref|no\.?|number|rhif|cyf)[ \t]*)?[:#]?[ \t]*"
    r"([A-Z0-9]{2,}(?:[/-][A-Z0-9]+)+|[A-Z]{1,4}[0-9]{3,})\b"
    # round thirty-one: "laundry tag 47", "prison no. a4471ck", "rhif disgybl 88103", "rhif aelodaeth 2231"
    r"|(?i:\b(?:laundry|name|ear|key|bag)[ \t]+tag)[ \t:#]*([0-9]{1,6}[A-Z]?)\b(?![.:/][0-9])"
    r"|(?i:\bprison(?:er)?[ \t]+(?:no\.?|number|num)|\brhif[ \t]+(?:disgybl|aelodaeth|aelod|carchar|cleient))[ \t:#]*"
    r"([A-Za-z]{0,3}[0-9][A-Za-z0-9/-]{2,}[A-Za-z0-9])\b"
    # round thirty-three: a badge's, a driver's or a buyer's number with its word for number ("bathodyn
    # gwirfoddolwr, rhif 88", "Crosville driver no. 228", "his old buyer's number, 57"), and an alarm's
    # ("larwm gan y Careline (rhif 88213)", "sensor mat #118")
    r"|(?i:\b(?:driver|buyer['’]?s?|badge|bathodyn|fathodyn|mathodyn|volunteer)\b)"
    r"[^\n.!?\d]{0,16}?(?i:\b(?:rhif|number|num|no)\b\.?)[ \t:#,]*([0-9]{2,6})\b(?![.:/][0-9])"
    r"|(?i:\b(?:larwm|alarm|pendant|careline|lifeline|sensor[ \t]+mat|mat[ \t]+larwm)\b)[^\n.!?\d]{0,24}?"
    r"(?:(?i:\b(?:rhif|number|num|no)\b\.?)[ \t:#,]*|#)([0-9]{2,8})\b(?![.:/][0-9])"
    # round forty-two: the code a care home sews into someone's clothes, a few words after its label ("mae label golchi
    # Nansi'n dal i ddeud N14-GW", "the labels in his clothes, PM-14/IJ")
    r"|(?i:\b(?:labe?l(?:i|s)?[ \t]+golch(?:i)?|laundry[ \t]+labels?|name[ \t]+tapes?"
    r"|labeli[ \t]+ar[ \t]+ei[ \t]+ddillad|labels?[ \t]+(?:in|on)[ \t]+(?:her|his|their)[ \t]+clothes))"
    r"[^\n.!?\d]{0,40}?(?<![\w/-])"
    r"((?=[A-Z0-9/-]*[0-9])[A-Z][A-Z0-9]{0,3}(?:[-/][A-Z0-9]{1,4}){1,3})(?![\w/-])"
)


def tags_and_certificates(text: str, found: Needles) -> list[tuple[int, int]]:
    """The number of a fob, a lanyard, a tag, a certificate, a contract, a badge, a driver, a buyer or an alarm, just
    after the word for it, read only around the pass's finds of those words (the pattern over a whole text cost a
    fifth of a check)."""
    out: set[tuple[int, int]] = set()
    for at in found.positions(TAG_NEEDLES):
        for m in _TAG.finditer(text, max(0, at - 12), min(len(text), at + 80)):
            if m.start() <= at:
                out.add(m.span(m.lastindex or 0))
    return sorted(out)


# A taxi's plate number, as a village knows its one taxi by it (round forty-five): "the same taxi, plate 47", "Huw
# Tacsi, plât 117", "sat in plate 47 with the engine off". Only where a taxi is spoken of: "plate 3" is a book's too.
PLATE_NEEDLES = ("plate ", "Plate ", "plât ", "Plât ")
_PLATE = re.compile(r"(?:[Pp]late|[Pp]lât)[ \t]+(?:(?i:no\.?|number|rhif)[ \t]*)?#?([0-9]{1,4})(?![\w.:/-])")
_TAXI = re.compile(r"(?i:\b(?:taxi|taxis|tacsi|dacsi|thacsi|cab|hackney)\b)")


def taxi_plates(text: str, found: Needles) -> list[tuple[int, int]]:
    """A taxi's plate number, where a taxi is spoken of nearby: "the same taxi, plate 47"."""
    return [m.span(1) for m in _labels_near(text, found.positions(PLATE_NEEDLES), _PLATE, _TAXI, 100, 60)]


def _labels_near(
    text: str, starts: Iterable[int], label: re.Pattern[str], near: re.Pattern[str], before: int, after: int
) -> list[re.Match[str]]:
    """Each LABEL that starts a word at one of STARTS, where NEAR is said within BEFORE characters before it or AFTER
    characters after it (a plate with a taxi, a stall with a market)."""
    out = []
    for at in starts:
        m = label.match(text, at)
        if m and (at == 0 or not text[at - 1].isalpha()) and near.search(text, max(0, at - before), m.end() + after):
            out.append(m)
    return out


# A fishing boat's port letters and number, painted on her bow and known along the coast (round forty-six): "She's
# the M 114, on a mooring off Black Tar", "cwch Dad, y CO 27". Only where a boat is spoken of; not a postcode ("SA18
# 1YN"), a car's plate ("CA12 XYZ") or a motorway ("on the M4").
BOAT_NUMBER_NEEDLES = ("boat", "Boat", "cwch", "gwch", "trawler", "mooring", "angorfa", "fishing", "pysgota")
_PORT_LETTERS = "AB|BS|CA|CF|CO|LA|M|SA|BM|FH|PZ|LT|GY|WH|LL|FD|CK|PH|SS|TO|BF|FR|LK|UL|SH|SN|WY"
_BOAT_NUMBER = re.compile(
    rf"(?<![\w-])((?:{_PORT_LETTERS})[ \t]?[0-9]{{1,4}})(?![\w-])(?![ \t]*[0-9][A-Z]{{2}}\b)(?![ \t]?[A-Z]{{3}}\b)"
)
_MOTORWAYS = frozenset({"M1", "M4", "M5", "M6", "M48", "M49", "M50", "M53", "M54", "M56", "M25", "M62"})


def boat_numbers(text: str, found: Needles) -> list[tuple[int, int]]:
    """A fishing boat's port letters and number, within a few sentences of a boat: "She's the M 114"."""
    out: set[tuple[int, int]] = set()
    n = len(text)
    for at in found.positions(BOAT_NUMBER_NEEDLES):
        for m in _BOAT_NUMBER.finditer(text, max(0, at - 200), min(n, at + 200)):
            if m.group(1).replace(" ", "").replace("\t", "") not in _MOTORWAYS:
                out.add(m.span(1))
    return sorted(out)


# A market trader's stall by its number, as the market knows her (round forty-six): "cockles and laverbread at Swansea
# Market from stall 31 for forty years", "stondin 12 yn y farchnad". Only where a market is spoken of: a stall at a fair
# or a stable's is nobody's for long.
STALL_NEEDLES = ("stall ", "Stall ", "stondin ", "Stondin ")
_STALL = re.compile(r"(?:[Ss]tall|[Ss]tondin)[ \t]+(?:(?i:no\.?|number|rhif)[ \t]*)?#?[0-9]{1,3}(?![\w.:/-])")
_MARKET = re.compile(r"(?i:\b(?:market|markets|marchnad|farchnad|marchnadoedd)\b)")


def market_stalls(text: str, found: Needles) -> list[tuple[int, int]]:
    """A market stall's number, where a market is spoken of nearby: "Swansea Market … stall 31"."""
    return [m.span() for m in _labels_near(text, found.positions(STALL_NEEDLES), _STALL, _MARKET, 200, 200)]


_CARD = re.compile(
    r"(?i:\b(?:(?:library|bus|travel|concessionary|concession|blue[ \t]+badge|membership|member|loyalty|gym|leisure"
    r"|carers?|ID)[ \t]+(?:card|pass|badge)|railcard|oyster|card|pass|(?:micro)?chip"
    r"|(?:cerdyn|gerdyn|cherdyn|nghardyn|ngherdyn|tocyn|docyn|pas|bas|bàs|bathodyn|fathodyn|mathodyn|(?:micro)?sglodyn)"
    r"(?:[ \t]+(?:llyfrgell|bws|teithio|glas|aelodaeth|hamdden|rhatach|gofalwr|adnabod))?)\b"
    r"[^\n\d.!?]{0,14}?(?:number|no\.?|num|rhif)?[ \t]*(?:is|was|yw|oedd)?[ \t:#(]*)([0-9][0-9 \t-]{2,22}[0-9])\b"
)
# A long grouped number labelled "Rhif" or "No." just after a card is named ("fy ngherdyn bws.
# Rhif 6300 1284 5521").
_CARD_NEAR = re.compile(r"(?i:\b(?:rhif|number|no\.?)[ \t:#]*)([0-9]{3,5}(?:[ \t][0-9]{3,5}){2,4})\b")
# ... and three figures after a card's own number word (round thirty-six): "cerdyn gofalwr ifanc (rhif 457)", "her young
# carer card number is 457" (a bare three figures after "card" is a price or a count: "a gift card for £150").
_CARD_SHORT = re.compile(
    r"(?i:\b(?:card|pass|badge|cerdyn|gerdyn|cherdyn|ngherdyn|nghardyn|pas|bathodyn|fathodyn)\b"
    r"[^\n\d.!?]{0,24}?\b(?:number|no\.?|num|rhif)[ \t]*(?:is|was|yw|ydi|ydy|oedd)?[ \t:#]*"
    # ... or the Welsh way round: "rhif ei cherdyn gofalwr ifanc yw 457"
    r"|\bn?rh?if[ \t]+(?:(?:ei|eu|fy|dy|y)[ \t]+)?(?:cerdyn|gerdyn|cherdyn|ngherdyn|nghardyn|bathodyn|fathodyn|pas|bas)"
    r"(?:[ \t]+[^\W\d_]+){0,2}[ \t]+(?:yw|ydi|ydy|oedd)[ \t]+)([0-9]{3})(?![0-9])"
)
_CARD_WORD = re.compile(r"(?i:card|pass\b|cerdyn|gerdyn|ngherdyn|tocyn|docyn|\bpas\b|bathodyn)")
# A card's number said by where it is printed (round thirty-six): "cerdyn gofalwr ifanc (yr un gwyrdd, 0447 ar y
# cefn)", "his carer card, 388 on the back".
_BACK = r"(?:on[ \t]+the[ \t]+back|ar[ \t]+y[ \t]+cefn|ar[ \t]+ei[ \t]+gefn)"
_ON_THE_BACK = re.compile(r"[ \t]+" + _BACK + r"\b")


def number_on_a_card_at(text: str, a: int, e: int) -> Hit | None:
    """The figures at A..E, when "on the back" follows them and a card was named just before in the sentence."""
    if not _ON_THE_BACK.match(text, e):
        return None
    begin = max(0, a - 80)
    cut = begin
    for m in _SENTENCE_GAP.finditer(text, begin, a):  # the module's sentence end: not the stop of "no." or "ref."
        cut = m.end()
    return (a, e, "other-id", "privacy.other-id.card-number") if _CARD_WORD.search(text, cut, a) else None


# ... or said before them (round forty-two): "and the three on the back is 417", "Y rhif ar y cefn ydi 0419".
_BACK_BEFORE = re.compile(
    _BACK + r"(?:[ \t]+of[ \t]+it)?[ \t]*,?[ \t]*"
    r"(?:is|are|was|ydi|yw|ydy|oedd)[ \t]+\Z"
)


def number_on_the_back_at(text: str, a: int) -> Hit | None:
    """The figures at A after "on the back is" or "ar y cefn ydi", a card named in the few sentences before."""
    back = _BACK_BEFORE.search(text, max(0, a - 40), a)
    if not back or not _CARD_WORD.search(text, max(0, back.start() - 200), back.start()):
        return None
    e = a
    while e < len(text) and (text[e].isdigit() or (text[e] == " " and text[e + 1 : e + 2].isdigit())):
        e += 1
    return (a, e, "other-id", "privacy.other-id.card-number") if e - a >= 3 else None


# The word right before a number that labels one of these ("bed 4", "PC 4471") ...
_LOOSE_WORDS = frozenset(
    """
    bed room gwely ngwely wely ystafell stafell bay bae cubicle ciwbicl ward ending ends ended finishing
    gorffen diweddu cwpla gwpla pc pcso dc ds sgt sergeant constable cwnstabl rhingyll coler ysgwydd collar
    shoulder warrant
    officer heddlu card pass badge bathodyn fathodyn mathodyn chip microchip sglodyn
    llyfrgell bws teithio glas aelodaeth hamdden rhatach railcard tenancy tenantiaeth achos tenant ref
    cerdyn gerdyn cherdyn ngherdyn nghardyn tocyn docyn plismon plismones heddwas policeman policewoman
    reference cyfeirnod housing claim hawliad cais plot blot pitch pitsh bitsh llain lain static statig
    flock diadell ddiadell herd buches fuches
    """.split()  # noqa: SIM905
)  # a flock's or a herd's number (round thirty-seven): "rhif y ddiadell ydi 541827" names the farmer
# ... or after common words that follow such a label ("card number is 2001", "ending in 1234").
_NUMBER_WORDS = frozenset({"rhif", "number", "no", "num"})
_WEAK_WORDS = frozenset(
    "in with gyda â ag efo ar is was were are yw ydy ydi oedd number no num rhif yn".split()  # noqa: SIM905
    # whose card or chip it is: "sglodyn y ci, 9772...", "the dog's microchip, 9772..."
    + "y yr the ei his her ci gi cath gath dog cat dog's cat's".split()  # noqa: SIM905
    # whose and what card it is: "cerdyn gofalwr ifanc (rhif 457)", "young carer card number 457" (round 36)
    + "gofalwr ofalwr ngofalwr ifanc carer carer's carers young".split()  # noqa: SIM905
    # ... and when she got it (round forty-one): "cerdyn gofalwr ifanc nawr, rhif 1182", "a new card now, number 1182"
    + "now nawr rŵan bellach new newydd still dal".split()  # noqa: SIM905
    # ... and whom it is for: "pas bws iddi (6331 2208 1174)", "a bus pass for him (6331 2208 1174)"
    + "iddi iddo iddyn for him them".split()  # noqa: SIM905
    # ... and more of the same, whose it is and where (round forty-two): "gerdyn gofalwr hefyd, 0041877", "bàs bws y
    # coleg iddi (7712 0456)"
    + "hefyd too also yno there coleg college ysgol school".split()  # noqa: SIM905
)
# The letters of the body a membership card is from, before its number: "cerdyn aelodaeth, CFfI 21884" (round 42).
_BODY_LETTERS = re.compile(r"[A-Z][A-Za-z]{1,5}")

# The last three characters before a short number that may follow such a label: the scanner
# looks no further for most numbers ("in 2019", "aged 84", "o 8 i 29").
LOOSE_KEYS = frozenset(
    key
    for w in _LOOSE_WORDS
    | {"in", "no", "number", "with", "gyda", "efo", "rhif", "rif", "were", "oedd", "yw", "ydy"}
    | {"is", "was", "ydi"}  # "her library card is 0447" (round thirty-six)
    for v in (" " + w, " " + w.capitalize(), " " + w.upper())
    # ... and a comma after the label: "her membership card, 2271, lives in her phone case" (round thirty-six)
    for key in (v[-3:], v[-2:] + ".", v[-2:] + ":", v[-2:] + "#", v[-2:] + ",")
)


_HOME_IN_LABEL = re.compile(rf"\b(?:yn|ym|yng|at|in)[ \t]+{WORD_CAP}")


def loose_id_before(text: str, s: int) -> Hit | None:
    """An identifier with no fixed shape whose label ends just before the digits at S."""
    if s < 3 or text[s - 1] not in " \t:#.(*•":  # "ending ..4471", "ending ****4471": the hidden figures shown
        return None
    words = text[max(0, s - 40) : s].replace("(", " ").split()  # noqa: SIM905
    patterns: tuple[tuple[re.Pattern[str], str], ...] = ()
    for raw in words[:-6:-1]:  # five words back: "cerdyn gofalwr ifanc (rhif 417)", "gerdyn gofalwr ifanc nawr, rhif"
        word = raw.strip(":#.,(\"'“‘").lower()
        if not word.strip("*•"):
            continue  # the dots or stars standing for the figures not shown
        if word in _LOOSE_WORDS:
            patterns = _PATTERNS_FOR.get(word, _LOOSE)
            break
        if raw is words[-1] and _BODY_LETTERS.fullmatch(raw) and sum(c.isupper() for c in raw) >= 2:
            continue  # "CFfI 21884": the body's letters just before the figures
        if word not in _WEAK_WORDS and not (raw[:1].isupper() and raw[-1:] in ":,"):
            # Only a sentence that opens with the number word may follow a card in the sentence before.
            if len(words) < 2 or words[-2][-1:] not in ".!?" or words[-1].strip(":#.,(").lower() not in _NUMBER_WORDS:
                return None
            # "Rhif 6300 1284 5521" after a card named in the sentence before
            patterns = ((_CARD_NEAR, "privacy.other-id.card-number"),)
            break
    else:
        return None
    begin = max(0, s - 60)
    for pattern, rule in patterns:
        for m in pattern.finditer(text, begin, min(len(text), s + 30)):
            if m.start() < s < m.end():
                found = _confirm(text, m, rule)
                if found:
                    return found
    return labelled_before(text, s)


_SPORT_WORDS = re.compile(
    r"(?i:\b(?:play\w*|football|rugby|cricket|hockey|match|training|under-\w+|team|kick\w*|chwarae|pêl-droed|rygbi"
    r"|gêm|tîm|ymarfer)\b)"
)
_ALLOTMENT_WORDS = re.compile(r"(?i:allotment|rhandir|randir|garden[ \t]+plot)")


def _confirm(text: str, m: re.Match[str], rule: str) -> Hit | None:
    if rule == "privacy.address.plot":
        # the site or the caravan in the sentence, or in the one or two before: "lives in a park home ... Pitch 9"
        sentence = sentence_around(text, m.start(), m.end())
        if _SPORT_WORDS.search(sentence):
            return None  # "pitch 3 on the Ynys park with the under-tens": a game's pitch, not a home's
        if _ALLOTMENT_WORDS.search(sentence):
            # "plot 9 on the Cae Pwll allotments", "llain 14 ar y rhandiroedd": not a home, but where to find someone
            return m.start(), m.end(), "other-id", "privacy.other-id.allotment-plot"
        near = text[max(0, m.start() - 240) : m.start()] + sentence
        if _SITE_NEAR.search(near):
            return m.start(), m.end(), "address", "privacy.address"
        # a story set on a park-home or caravan site, with no allotment in it: "the widower in plot 26"
        if _HOME_SITE.search(text) and not _ALLOTMENT_WORDS.search(text):
            return m.start(), m.end(), "address", "privacy.address"
        return None
    if rule == "privacy.other-id.bed":
        after = _PLACE_AFTER.match(text, m.end())
        if after:
            words = after.group(1).split()  # noqa: SIM905
            if words[0] in _BED_WORDS and after.group().startswith(","):
                return m.start(), m.end(), "other-id", rule  # "Bed 3, Bay 2 on Ward 7": the bay is found apart
            if any(w in _WARD_WORDS for w in words):
                return m.start(), after.end(), "other-id", rule  # "bed 4 on Dewi Ward", "room 3, Llys Wing"
            if any(w not in lx.COMMON for w in words):
                # "ystafell 14 ym Mhlas Eithin": the home's name is left to be found as an address.
                return m.start(), m.end(), "other-id", rule
        label = m.group().split(None, 1)[0]
        if _AND_A_BED.match(text, m.end()):
            return m.start(), m.end(), "other-id", rule  # "(Ward 9, bed 6)": a ward with a bed on it (round 44)
        if label in _BED_WORDS and _HOME_CONTEXT.search(text):
            return m.start(), m.end(), "other-id", rule  # "Cubicle 4 in A&E": a bed is a patient's
        if _PUBLIC_ROOM.match(text, m.end()):
            return None  # "room 4 at the library"
        if _WARD_NEAR.search(text, max(0, m.start() - 50), m.start()):
            return m.start(), m.end(), "other-id", rule
        # A person in a numbered room, in a story about a ward or a home ("Symudodd Megan i ystafell
        # 22"); not a room of the building ("Trowyd Ystafell 4 yn ystafell synhwyraidd").
        before = text[max(0, m.start() - 12) : m.start()].split()  # noqa: SIM905
        into = bool(before) and before[-1].lower() in _INTO
        if label.lower() == "ward" and before and before[-1].lower() in _ON_A_WARD:
            return m.start(), m.end(), "other-id", rule  # "she is on ward 7", "ar ward rhif 7": a patient's ward
        if into and _HOME_CONTEXT.search(text):
            return m.start(), m.end(), "other-id", rule
        if into and label in _ROOM_WORDS and not _BUILDING_NEAR.search(sentence_around(text, m.start(), m.end())):
            # "Mrs Ng from room 9", "yn ystafell 9 ar y llawr isaf": a person's room, where no
            # office, library or hall says it is a room anyone can book
            return m.start(), m.end(), "other-id", rule
        # "the care home on the Penrhos road, room 12": a room given after the home it is in
        if before and before[-1].endswith(",") and _HOME_CONTEXT.search(text, max(0, m.start() - 80), m.start()):
            return m.start(), m.end(), "other-id", rule
        return None
    if rule == "privacy.other-id.account-ending":
        figures = text[m.end(1) : m.end()]
        if _ONE_ENDING.match(m.group()) and figures[:2] in ("19", "20") and len(figures) == 4:
            return None  # "the one ending 2019": a season or a year's, not a card's
        return m.start(1), m.end(), "other-id", rule
    if rule == "privacy.other-id.card-number":
        digits = sum(c.isdigit() for c in m.group(1))
        year = digits == 4 and m.group(1)[:2] in ("19", "20")
        if (digits < 4 and m.re is not _CARD_SHORT) or year or m.group(1).startswith(("0800", "0808", "0500")):
            return None  # a helpline's freephone number printed on its card ("Meic card, 080880 23456")
        if m.re is _CARD_NEAR and not _CARD_WORD.search(text, max(0, m.start() - 100), m.start()):
            return None
    return m.start(), m.end(), "other-id", rule


_ONE_ENDING = re.compile(r"(?i:(?:the|yr|old|new|hen)[ \t]+(?:one|un)\b)")


# A bed or room number places someone when the story is about a ward or a home.
_HOME_CONTEXT = re.compile(
    r"(?i:\b(?:care[ \t]+home|nursing[ \t]+home|residential|home|ward|hospital|hostel|supported|hospice"
    r"|cartref|gartref|nghartref|chartref|ysbyty|hosbis|uned|unit|tŷ[ \t]+â[ \t]+chymorth)\b"
    r"|\bA&E\b|\b(?:emergency[ \t]+department|adran[ \t]+achosion[ \t]+brys|resident|preswylydd|preswylwyr)\b)"
)


_BED_WORDS = frozenset("bed Bed gwely Gwely ngwely wely cubicle Cubicle ciwbicl Ciwbicl bay Bay bae Bae".split())  # noqa: SIM905
_ROOM_WORDS = frozenset(["room", "ystafell", "stafell"])  # lower case: "Room 4" names a building's room
_BUILDING_NEAR = re.compile(
    r"(?i:\b(?:office|offices|library|hall|church|chapel|centre|center|council|school|college|hotel|meeting|conference"
    r"|court|station|swyddfa|swyddfeydd|llyfrgell|neuadd|eglwys|capel|canolfan|cyngor|ysgol|coleg|gwesty|cyfarfod"
    r"|cynhadledd|llys|gorsaf|booked|bwcio|hired|llogi)\b)"
)
_INTO = frozenset(
    {"mewn", "in", "into", "to", "from", "at", "i", "yn", "o", "his", "her", "their", "ei", "eu", "i'r", "i’r"}
)
# A person is on a ward, or moved to one; "the ward 7 staff" is not a patient.
_ON_A_WARD = frozenset({"on", "onto", "to", "ar", "i", "i'r", "i’r", "yn", "into"})
_PUBLIC_ROOM = re.compile(
    r"[ \t,]+(?:at|in|of|ar|yn|ym|yng|o)[ \t]+(?:the|y|yr)[ \t]+"
    r"(?!(?:floor|ground|first|second|top|llawr|lloft|coridor|corridor|landing|wing|adain"
    r"|home|care|nursing|cartref|gartref|ward|hostel|hosbis|hospice|ysbyty|hospital|uned|unit)\b)[a-z]"
)
_WARD_WORDS = frozenset({"Ward", "Wing", "Unit", "Uned", "Bay", "Adain", "Ward's"})
# A plot or pitch on a caravan or Travellers' site is the family's address: "plot 4 at the Llwyn Onn
# site", "pitch 12", "llain 4 ar safle Llwyn Onn"; only with a site or a caravan named near it.
_PLOT = re.compile(
    r"(?i:\b(?:plot|blot|pitch|pitsh|bitsh|llain|lain|static|statig)[ \t]+(?:(?:no\.?|number|rhif)[ \t]*)?)"
    r"[0-9]{1,3}[A-Za-z]?\b"
    r"(?![ \t]+(?i:times|gwaith|minutes|munud|seconds|eiliad|days|diwrnod))"  # "static 3 times a day": a crackle
)  # "static 22, top row": a static caravan's number on its park
_SITE_NEAR = re.compile(
    r"(?i:\b(?:site|caravan|caravans|trailer|trailers|mobile[ \t]+home|Travellers?|Gypsy|safle|charafán|carafán"
    r"|garafán|carafan|garafan|charafan|carafanau|Teithwyr|Sipsiwn|static|statics|statig|park[ \t]+homes?"
    r"|g?[cn]?h?artref(?:i)?[ \t]+[pb]arc|holiday[ \t]+park|on[ \t]+the[ \t]+(?:[\w'’-]+[ \t]+){0,3}?park"
    r"|(?:[pb]|mh)arc[ \t]+(?:[Gg]wyliau|[Cc]arafanau))\b)"
)
# ... and the words that set a whole story on such a site, wherever they are in it.
_HOME_SITE = re.compile(
    r"(?i:\b(?:park[ \t-]+homes?|holiday[ \t]+park|caravan[ \t]+(?:site|park)|mobile[ \t]+homes?"
    r"|Travellers['’]?[ \t]+site|safle[ \t]+(?:carafanau|teithwyr|sipsiwn)|[cn]?h?artref(?:i)?[ \t]+[pb]arc"
    r"|(?:[pb]|mh)arc[ \t]+(?:[Gg]wyliau|[Cc]arafanau))\b)"
)
_LOOSE = (
    (_PLOT, "privacy.address.plot"),
    (_BED_ROOM, "privacy.other-id.bed"),
    (_ENDING, "privacy.other-id.account-ending"),
    (_COLLAR, "privacy.other-id.collar-number"),
    (_CARD, "privacy.other-id.card-number"),
    (_CARD_NEAR, "privacy.other-id.card-number"),
)

_CARD_LABELS = (  # noqa: SIM905
    "card pass badge bathodyn fathodyn mathodyn chip microchip sglodyn llyfrgell bws teithio glas aelodaeth hamdden"
    " rhatach railcard cerdyn gerdyn cherdyn ngherdyn nghardyn tocyn docyn"
).split()
_COLLAR_LABELS = (  # noqa: SIM905
    "pc pcso dc ds sgt sergeant constable cwnstabl rhingyll coler ysgwydd collar shoulder warrant officer heddlu"
    " plismon plismones heddwas policeman policewoman"
).split()
# Which patterns a label word can start, so that each number is tried against one or two.
_BY_RULE = {rule: (pattern, rule) for pattern, rule in _LOOSE}
_PATTERNS_FOR = {
    **{
        w: (_BY_RULE["privacy.other-id.bed"],)
        for w in "bed room gwely ngwely wely ystafell stafell bay bae cubicle ciwbicl ward".split()  # noqa: SIM905
    },
    **{
        w: ((_ENDING, "privacy.other-id.account-ending"),)
        for w in "ending ends ended finishing gorffen diweddu cwpla gwpla".split()  # noqa: SIM905
    },
    **{w: ((_COLLAR, "privacy.other-id.collar-number"),) for w in _COLLAR_LABELS},
    **{
        w: (
            (_CARD, "privacy.other-id.card-number"),
            (_CARD_NEAR, "privacy.other-id.card-number"),
            (_CARD_SHORT, "privacy.other-id.card-number"),
        )
        for w in _CARD_LABELS
    },
    **{
        w: ((_PLOT, "privacy.address.plot"),)
        for w in ("plot", "blot", "pitch", "pitsh", "bitsh", "llain", "lain", "static", "statig")
    },
    **{w: () for w in "tenancy tenantiaeth achos tenant ref reference cyfeirnod housing claim hawliad cais".split()},  # noqa: SIM905
}


# Any code with digits right after words that label a personal number, in either word order:
# "hospital number H448120", "Blue Badge number is BB 20 4471 9", "rhif ysbyty H448120",
# "ei chyfeirnod tai yw HA-55102", "patient no. 55-0192". A qualifier says whose number it is;
# "ref", "reference", "ID", "cyfeirnod" need none.
_QUALIFIERS_EN = (
    r"account|client|patient|hospital|badge|card|pass|file|record|records|membership|member|registration|reg"
    r"|licen[cs]e|permit|policy|customer|crime|incident|log|claim|case|tenancy|tenant|housing|student|pupil"
    r"|staff|employee|payroll|booking|referral|assessment|ticket|locker|pension|benefit|council|service[ \t]+user"
    r"|key[ \t]*safe|keysafe|door|alarm|pendant|lifeline|sort|security|access|ward|bed|room|library|bus|travel"
    r"|prison|army|service|military|job|works|lamp|payroll|plot|pitch|hosp|pt|pupil|carer|LAC|CLA|CIN|CP|collar|shoulder|warrant"
    r"|voucher|parking|clock"  # a works clock number
    r"|mytravelpass|travelpass|buspass"  # "topped up his MyTravelPass (6633 0192 4471)"
    r"|pathway[ \t]+plan"  # a care leaver's plan: "pathway plan no. 22871 PP"
)
_QUALIFIERS_CY = (
    r"cleient|gleient|nghleient|chleient|claf|glaf|nghlaf|chlaf|ysbyty|cyfrif|gyfrif|nghyfrif|ffeil|achos"
    r"|tenantiaeth|tai|tenant|aelodaeth|cofrestru|cerdyn|gerdyn|cherdyn|ngherdyn|bathodyn|fathodyn|tocyn|docyn"
    r"|polisi|trwydded|drwydded|disgybl|myfyriwr|fyfyriwr|staff|cwsmer|gwsmer|atgyfeirio|hawliad|cais|gais"
    r"|budd-dal|pensiwn|bensiwn|adnabod|diogelwch|drws|larwm|llyfrgell|bws|teithio|cwpwrdd|allwedd|gwasanaeth"
    r"|cloc|gloc"  # "ei rif cloc yn y gwaith" (round thirty-six)
    r"|carchar|fyddin|byddin|swydd|gwaith|chyfrif|thenantiaeth|chais|pholisi|thocyn|chofrestru|banc|blwch|flwch|allweddi"
    r"|phensiwn|mhensiwn|thrwydded|nhrwydded|parcio|barcio|mharcio|taleb|daleb|nhaleb|thaleb|cyflogres|gyflogres"
    r"|digwyddiad|ddigwyddiad|nigwyddiad|trosedd|drosedd|heddlu|coler|ysgwydd|bàs|bas|pas|sglodyn|microsglodyn|chip|mhasbort|pasbort|basbort|phasbort|cyngor|gyngor|nghyngor|chyngor|gofalwr|ofalwr|ngofalwr|gofalwraig|disgybl|ddisgybl|nisgybl|plentyn|blentyn|mhlentyn"
    r"|diadell|ddiadell|buches|fuches"  # "rhif y ddiadell ydi 541827" (round thirty-seven)
)
_NUMBER_WORD = r"(?:number|no\.?|num|nº|#|ref(?:erence)?\.?|id|code|pin)"
_GENERIC_LABEL = re.compile(
    r"(?i:"
    # English order: qualifier, up to two more words, then the number word
    rf"\b(?:{_QUALIFIERS_EN})\b(?:[ \t]+[\w'’-]+){{0,2}}?[ \t]+{_NUMBER_WORD}"
    # "door code for the flat", "his clock number at the works" (round thirty-six)
    r"(?:[ \t]+(?:for|of|on|to|at)[ \t]+(?:(?:the|his|her|their|my)[ \t]+)?[\w'’-]+)?"
    # ... and a police log's "occurrence" (round forty-three): "Sharon rang 101 anyway (occurrence 2600093871)"
    # ... and a taxi's licence plate: "Huw Tacsi, plât 1174"
    r"|\b(?:ref(?:erence)?|id|[cg]yfeirnod|chyfeirnod|nghyfeirnod|cyf|occurrence|plât|plat)\b\.?"
    r"(?:[ \t]+(?:no\.?|number|num|rhif))?"
    r"(?:[ \t]+[a-z]+){0,2}?[ \t]*,?"  # "ID lanyard, DS-0273"
    # a number word on its own: "his Army number, 21149873", "lamp check, number 1142", "mae'r rhif, 2380014457"
    r"|(?P<bare>\b(?:(?:number|num|nº)\b|no\.|(?:rhif|rif)\b(?:[ \t]+[a-z]+)?"
    r"|(?:logged|recorded|listed|filed)[ \t]+as|(?:cofnodwyd|cofnodi|gofnodi)[ \t]+fel"  # "logged as 3318-CL"
    # Welsh puts what was logged between: "cofnodwyd yr atgyfeiriad fel REF-2291"
    r"|(?:cofnodwyd|gofnodwyd|cofnododd|gofnododd)(?:[ \t]+[\w'’-]+){1,3}?[ \t]+fel)[ \t]*,?)"
    r"|\b(?:rhifau|cyfeirnodau|references|refs|numbers)\b[ \t]*,?"  # "(rhifau GI-2206-A a GI-2206-B)"
    # an alarm's unit (round thirty-six): "the pendant alarm, unit 60-4412", "y larwm gwddf (uned 305521)"
    r"|\b(?:alarm|pendant|lifeline|telecare|larwm|teleofal)\b(?:[ \t]+[\w'’-]+){0,2}?,?[ \t]+\(?(?:unit|uned)"
    rf"|(?P<direct>\b(?:{_QUALIFIERS_EN}|{_QUALIFIERS_CY})\b"  # "Client 0040218"
    r"|\b(?:code|cod|côd|chod|nghod)\b)"  # "roedd y cod, 7402,", "the code was 7402" ("ei god" is read above)
    # Welsh order: rhif / cyfeirnod / cod, then up to three words with a qualifier among them
    r"|\b(?:n?rh?if|[cg]yfeirnod|chyfeirnod|nghyfeirnod|[cg]od|nghod|chod)(?:[ \t]+[\w'’-]+){0,2}?[ \t]+"
    rf"(?:{_QUALIFIERS_CY}|{_QUALIFIERS_EN})"
    r"(?:[ \t]+[\w'’-]+){0,4}?"
    rf"|\b(?:{_QUALIFIERS_CY})\b(?:[ \t]+[\w'’-]+)?[ \t]+(?:n?rh?if|[cg]yfeirnod|nghyfeirnod)"
    r")"
    r"[ \t]*(?:(?:is|was|as|yw|ydy|oedd|yn|ydi|fel|:|#|-|–|,|\()[ \t]*)*\Z"
)
# The end of a sentence, but not the full stop of "no." or "ref." before a number.
_SENTENCE_GAP = re.compile(r"(?<![Nn][Oo])(?<![Rr][Ee][Ff])(?<![Nn]um)(?<![Cc]yf)[.!?][ \t]|\n")
_OWNER = re.compile(r"(?i:\b(?:his|her|their|my|your|ei|eu|fy|dy)\b|['’]s\b)")
_NI_SHAPE = re.compile(r"[A-Z]{2}[ \t]?[0-9]{2}[ \t]?[0-9]{2}[ \t]?[0-9]{2}[ \t]?[A-D]\b")
_DATE_SHAPE = re.compile(r"[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}\Z")
_YEARISH = re.compile(r"(?:19|20)[0-9]{2}\Z")
_KEY_LABEL = re.compile(r"(?i:safe|alarm|larwm|blwch|flwch|allwedd|door|drws|code|cod|côd|god|gôd)")
_PIN_LABEL = re.compile(r"(?i:code|pin|cod|god)\W*\Z|(?i:\b(?:code|pin|cod|god|nghod|chod)\b)")  # "ei god drws"
_CODE_BEFORE = re.compile(r"(?:[A-Z]{1,4}[ \t]?|[A-Za-z]{1,4}[/-])\Z")
# ... with a hyphenated prefix before those letters ("PRU-PT 1312", "SW/CH-0912")
_CODE_PREFIX = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,5}[/-]\Z")
# ... and the groups after them, a slash spaced or not ("HR 2025 / 03318")
_CODE_AFTER = re.compile(r"[0-9]*(?:(?:[/-]|[ \t]?/[ \t]?(?=[A-Z0-9])|[ \t](?=[0-9]))?[A-Z0-9]+)*(?:[/-][A-Za-z0-9]+)*")


_BIRTH_LABELS = ("DOB", "DG", "DoB")
# "the code" alone labels someone's code only straight after an article or a possessive ("roedd y cod, 7402").
_BARE_CODE = re.compile(r"(?i:code|cod|côd|chod|nghod)\b")
# ... or after a spare key's place in the same sentence: "Goriad sbâr yn y bocs wrth y drws cefn, côd 5280".
_A_KEYS_PLACE = re.compile(r"(?i:\b(?:goriad|agoriad|allwedd|key|keys|key[ \t-]?safe|keysafe)\b)")
_A_CODES_OWNER = frozenset({"the", "y", "her", "his", "their", "my", "our", "ei", "eu", "fy", "ein"})
_SLASHED_GROUPS = re.compile(r"(?<![\w/-])[A-Z0-9]+(?:-[A-Z0-9]+)*/(?:[A-Z0-9]+(?:-[A-Z0-9]+)*/)*\Z")
_LABEL_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:ydi|ydy|yw|oedd|is|was)(?:['’]r|[ \t]+(?:y|yr|the|ei|eu|her|his|their))?[ \t]+"
    r"(?:rhif|rif|cyfeirnod|gyfeirnod|number|reference|ref)\b(?:[ \t]+(?:yr|y)[ \t]+[a-z]+)?"
)
_LABEL_WORDS = first_words(_GENERIC_LABEL)  # a window with none of these words has no label to search for
_PREVIOUS_CODE = re.compile(r"([A-Z0-9][A-Z0-9/-]{3,24})[ \t]*(?:,|and|a|ac|&|or|neu)[ \t]+\Z")


def generic_id_at(text: str, a: int, e: int) -> Hit | None:
    """A code with the digits at A..E right after a label of a personal number, if there is one."""
    n = len(text)
    joined_after = e < n and (text[e] in "/-" or (text[e] == " " and e + 1 < n and text[e + 1].isdigit()))
    joined_before = a > 0 and (text[a - 1].isalpha() or text[a - 1] in "/-" or (a > 1 and text[a - 2].isupper()))
    if not joined_after and not joined_before:
        if e - a < 4:
            return None  # a lone short number: an age, a time, a count
        if e - a == 4 and text[a : a + 2] in ("19", "20") and "od" not in text[max(0, a - 30) : a]:
            return None  # a lone year, unless after a "code"/"cod" ("key safe code 1958")
    lead = _CODE_BEFORE.search(text, max(0, a - 5), a)
    start = lead.start() if lead else a
    prefixed = False
    if lead and start > 1 and text[start - 1] in "-/":
        prefix = _CODE_PREFIX.search(text, max(0, start - 6), start)
        if prefix:
            start, prefixed = prefix.start(), True
    if start and text[start - 1].isalnum():
        groups = _SLASHED_GROUPS.search(text, max(0, a - 30), a)
        if not groups:
            return None  # inside a longer word
        start = groups.start()  # "DG/SIR-Y-FFLINT/2024/0442": word groups before the figures, joined by slashes
    end = _CODE_AFTER.match(text, e).end()  # type: ignore[union-attr]
    code = text[start:end]
    if _DATE_SHAPE.match(code) or _DATE_SHAPE.match(text[a:end]) or (lead and lead.group().strip() in _BIRTH_LABELS):
        return None  # a date, found (or not) as one: "DOB 3/5/41", "per BRP 01/01/1984"
    if service_line_in(code):
        return None  # "rhif DAN 24/7, 0808 808 2234": a helpline's number, not a reference
    if _NI_SHAPE.match(text, start):
        return None  # a National Insurance number (or a specimen one), left to its own finder
    digits = sum(c.isdigit() for c in code)
    letters = any(c.isalpha() for c in code) or "/" in code or "-" in code
    # Letters glued to the digits count ("K5502917", "HA-55102"); a word before a space may be a name ("DAN 24/7").
    alpha = any(c.isalpha() for c in text[a:end]) or bool(lead and (prefixed or lead.group()[-1] not in " \t"))
    if digits < 3 or (not letters and digits < 4) or (not alpha and letters and digits < 5):
        return None  # an age, a count or "24/7", not a personal number
    begin = max(0, start - 60)
    window = text[begin:start]
    cut = 0
    for m in _SENTENCE_GAP.finditer(window):
        cut = m.end()
    label = search_from_first_words(_GENERIC_LABEL, _LABEL_WORDS, window, cut)
    if not label:
        # the second code of a list after one label: "(rhifau GI-2206-A a GI-2206-B)", "refs KH/1 and KH/2"
        prev = _PREVIOUS_CODE.search(window, cut)
        if prev and any(c.isdigit() for c in prev.group(1)) and (letters or digits >= 5):
            label = _GENERIC_LABEL.search(window, cut, prev.start(1))
            if label:
                return begin + prev.start(1), end, "other-id", "privacy.other-id.labelled"
    if not label and (digits >= 5 or (letters and digits >= 4)):
        # the label after the code, as Welsh fronts it: "30917 ydi rhif yr achos", "1443987T ydi'r cyfeirnod"
        after = _LABEL_AFTER.match(text, end)
        if after:
            return start, after.end(), "other-id", "privacy.other-id.labelled"
    if not label:
        # "(CPH 52/418/0077)": an acronym before a code with separators labels itself
        acronym = lead is not None and lead.group().strip().isupper() and len(lead.group().strip()) >= 2
        if acronym and digits >= 5 and ("/" in code or "-" in code):
            return start, end, "other-id", "privacy.other-id.labelled"
        return None
    if label.group("bare") and digits < 6 and not letters and not _OWNER.search(window, cut) and code[:1] != "0":
        return None  # "has number 1142 on its list": a short bare number needs an owner, or a leading 0 ("rhif 0371")
    if label.group("direct") and _BARE_CODE.match(label.group()):
        before = window[cut : label.start()].split()[-1:]
        if not (before and (before[0].lower() in _A_CODES_OWNER or before[0].endswith(("'r", "’r")))) and not (
            _A_KEYS_PLACE.search(window, cut)
        ):
            return None  # "the course code is 4471", "cod post": a code of something else, not someone's
    keys = label.group("direct") and _KEY_LABEL.search(label.group())  # "Keysafe: 4471": four figures are the code
    if (
        (label.group("bare") or label.group("direct"))
        and digits < 5
        and not letters
        and not (keys and digits == 4)
        and (label.group("direct") or digits < 4 or _YEARISH.match(code))
    ):
        return None  # "number 42", "in room 12": a number word alone needs a code of four digits
    year_code = digits == 4 and not letters and code[:2] in ("19", "20")
    if year_code and not _PIN_LABEL.search(label.group()):
        return None
    s = begin + label.start()
    home = _HOME_IN_LABEL.search(text, s, start)
    # "cod y bocs allwedd yn Llys Tegid yw 4471": the home named inside the label is an address of its own
    return start if home else s, end, "other-id", "privacy.other-id.labelled"
