"""Find street addresses and named schools, in English and Welsh word order."""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx

UPPER = "A-ZÀ-ÖØ-ÞŴŶ"
WORD = rf"[{UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*"
WORDS = re.compile(WORD)
_en_types = "|".join(sorted(lx.STREET_EN, key=len, reverse=True))
_cy_types = "|".join(sorted(lx.STREET_CY, key=len, reverse=True))
_number = r"[0-9]{1,4}[A-Za-z]?"
_cy_link = r"(?:(?:y|yr|ar|a|o|uchaf|isaf)[ \t]+)"
_en_street = rf"(?:{WORD}[ \t]+){{1,3}}(?:{_en_types})\b(?:(?:(?<=Rd|St|Ct|Dr)|(?<=Ave))\.)?"
_cy_street = rf"(?:{_cy_types})(?:['’]r)?[ \t]+{_cy_link}?{WORD}(?:[ \t-]+{_cy_link}?{WORD}){{0,2}}"

# "12 Heol y Parc", "10 High Street", "5a Oak Tree Close"
NUMBERED = re.compile(rf"{_number},?[ \t]+(?:{_en_street}|{_cy_street})")
# "Flat 3, 10 High Street", "Fflat 2, 7 Stryd Fawr", "Flat 4b, Marine Court", "Fflat 2"
FLAT = re.compile(
    rf"(?:Flat|Fflat|fflat|flat|Apartment|Apt\.?|Uned)[ \t]+{_number}"
    rf"(?:,?[ \t]+(?:(?:Rhif[ \t]+)?{_number},?[ \t]+)?(?:{_en_street}|{_cy_street}))?(?![\w/]|[.,:][0-9])"
)
# Everyday words that do not make "3 Good Road"-like false streets.
_NOT_STREET_NAME = frozenset(lx.COMMON) - {"Park", "Church", "Chapel", "Court", "House", "Hall", "Castle", "Station"}


def address_at(text: str, start: int) -> tuple[int, int] | None:
    """A numbered street address starting at START, if there is one."""
    m = NUMBERED.match(text, start)
    if not m or not _has_street_name(m.group()):
        return None
    # Take in a flat number just before: "Flat 3, 10 High Street".
    head = re.search(
        r"(?:Flat|Fflat|fflat|Apartment|Uned)[ \t]+[0-9]{1,4}[A-Za-z]?,?[ \t]+\Z", text[max(0, start - 20) : start]
    )
    begin = start - (len(head.group()) if head else 0)
    return begin, m.end()


def flat_at(text: str, start: int) -> tuple[int, int] | None:
    """A flat number (with its street, if any) starting at START."""
    m = FLAT.match(text, start)
    if not m:
        return None
    if text[start] == "f" and m.end() - start < 12 and not text[start:].startswith("fflat"):
        return None  # "a flat 5 minutes away": lower-case "flat" needs a street after it
    return m.start(), m.end()


def _has_street_name(found: str) -> bool:
    words = WORDS.findall(found)
    if any(w in lx.STREET_CY for w in words[:1]):
        return True
    names = [w for w in words if w not in lx.STREET_EN and w not in lx.STREET_CY]
    if names == ["The"] and len(words) == 2 and words[0] == "The":
        return words[1] not in ("Way", "End", "View", "Place")  # "5 The Crescent", "2 The Green"
    if not names:
        return len(words) >= 2  # a street named with a street word: Park Drive, Hill View
    return any(w not in _NOT_STREET_NAME for w in names)


_GENERIC_SCHOOL = frozenset(
    """
        Ysgol Gynradd Gyfun Uwchradd Feithrin Fabanod Babanod Iau Arbennig Ganol Gymraeg Sul Haf
        Gartref Eglwys Leol Newydd Primary Secondary High Junior Juniors Infants Infant Nursery
        Grammar Special Comprehensive Middle Independent State Public Private Free Faith Medium
        Welsh-medium English-medium Mainstream Welsh English Local Village Town City Community
        Catholic Church The A Our Her His Their My New Old Big Little Sunday Saturday Summer
        Forest Holiday Night Driving Boarding Art Music Dance Drama Football Rugby Swimming Day
        Home Hospital Language Cymraeg RC CiW CIW CW VA VC CE School Academy College In Wales
        England Of St Saint Sant Santes Every This That Y Yr Sixth Form Year
    """.split()  # noqa: SIM905
)
# Words that start a sentence rather than a school's name ("At Greenway Primary...").
_STARTERS = frozenset(
    """
        The A An At In To From Our Her His Their My This That When While After Before And But So
        Then Staff Mae Roedd Aeth Yn Ym I O Ar Gyda Pan Also Now Today Yesterday Last Next Both
        Every Each
    """.split()  # noqa: SIM905
)
_en_kinds = (
    r"(?:Primary|Infants?|Juniors?|Nursery|High|Comprehensive|Secondary|Grammar|Middle|Special|Community|Academy)"
)
_en_faith = (
    r"(?:RC|R\.C\.|Catholic|C\.?[ \t]?of[ \t]?E\.?|CE|C\.I\.W\.?|CiW|CIW|CW|VA|VC|Church[ \t]+in[ \t]+Wales"
    r"|Church[ \t]+of[ \t]+England|Methodist|Baptist|Welsh[- ]medium)"
)
SCHOOL_EN = re.compile(
    rf"((?:(?:St\.?|Saint)[ \t]+)?(?:{WORD}[ \t]+){{0,3}}{WORD})[ \t]+"
    rf"(?:{_en_faith}[ \t]+)*(?:(?:{_en_kinds}[ \t]+)*(?:School|Academy)\b"
    rf"|{_en_kinds}\b(?![ \t]+(?:Street|St|Road|Court|Care|Dependency|Needs|Schools?\b|Risk))"
    rf"|(?:Catholic|Sixth[ \t]+Form)[ \t]+College\b)"
)
SCHOOL_CY = re.compile(rf"Ysgol((?:[ \t]+(?:(?:y|yr|yng|ym|ar|a|o|dan|uwch)[ \t]+)?{WORD}){{1,7}})")


# A school of a university or a summer or Sunday school, not a school children attend.
_NOT_A_SCHOOL_CY = frozenset(
    """
        Feddygol Feddygaeth Fusnes Gyfraith Nyrsio Gelf Gelfyddydau Gerdd Ddeintyddol Reolaeth
        Ddrama Haf Sul Nos Yrru Beirianneg Wyddorau Iechyd Seicoleg Hanes Addysg
    """.split()  # noqa: SIM905
)
_NOT_A_SCHOOL_EN = re.compile(
    r"(?:Medical|Medicine|Business|Law|Art|Arts|Dental|Nursing|Music|Drama|Management|Graduate|Film"
    r"|Veterinary|Engineering|Healthcare|Health|Psychology|Education)[ \t]+School\b|School[ \t]+of\b"
)


def school_cy_at(text: str, start: int) -> tuple[int, int] | None:
    """A named Welsh school ("Ysgol Gynradd Pen-y-bryn") starting at START."""
    m = SCHOOL_CY.match(text, start)
    if not m:
        return None
    words = WORDS.findall(m.group(1))
    if words and words[0] in _NOT_A_SCHOOL_CY:
        return None
    if any(w not in _GENERIC_SCHOOL for w in words):
        return m.start(), m.end()
    return None


def school_en_around(text: str, anchor: int) -> tuple[int, int] | None:
    """A named English-style school whose kind word ("Primary", "School") is at ANCHOR."""
    for w in WORDS.finditer(text, max(0, anchor - 70), anchor):
        begin = w.start()
        if begin and (text[begin - 1].isalnum() or text[begin - 1] in "'’-"):
            continue
        m = SCHOOL_EN.match(text, begin)
        if not m or m.end() <= anchor:
            continue
        if _NOT_A_SCHOOL_EN.search(text, m.start(), min(len(text), m.end() + 4)):
            return None
        words = WORDS.findall(m.group(1))
        while len(words) > 1 and words[0] in _STARTERS:
            words.pop(0)
        if words and any(w not in _GENERIC_SCHOOL for w in words):
            return m.start(1) + m.group(1).find(words[0]), m.end()
        return None
    return None
