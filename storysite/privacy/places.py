"""Find street addresses and named schools, in English and Welsh word order."""

from __future__ import annotations

import re
from collections.abc import Iterator

from storysite.privacy import lexicon as lx

UPPER = "A-ZÀ-ÖØ-ÞŴŶ"
WORD = rf"[{UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*"
_en_types = "|".join(sorted(lx.STREET_EN, key=len, reverse=True))
_cy_types = "|".join(sorted(lx.STREET_CY, key=len, reverse=True))
_number = r"\d{1,4}[A-Za-z]?"
_flat = rf"(?:(?:Flat|Fflat|Apartment|Apt\.?|Unit|Uned)[ \t]+{_number},?[ \t]+)"
_cy_link = r"(?:(?:y|yr|ar|a|o|uchaf|isaf)[ \t]+)"
_en_street = rf"(?:{WORD}[ \t]+){{1,3}}(?:{_en_types})\b\.?"
_cy_street = rf"(?:{_cy_types})(?:['’]r)?[ \t]+{_cy_link}?{WORD}(?:[ \t-]+{_cy_link}?{WORD}){{0,2}}"

ADDRESS = re.compile(
    rf"(?<![\w£$.,:/-])(?:{_flat}?(?:Rhif[ \t]+)?{_number},?[ \t]+(?:{_en_street}|{_cy_street})"
    rf"|{_flat}(?:{_en_street}|{_cy_street})"
    rf"|(?:Flat|Fflat|fflat)[ \t]+{_number}(?![\w:/.]))"
)
# Street words that are also everyday words: after a bare number they need a real name.
_NOT_STREET_NAME = frozenset(lx.COMMON) - {"Park", "Church", "Chapel", "Court", "House", "Hall", "Castle"}

_GENERIC_SCHOOL = frozenset(
    """Ysgol Gynradd Gyfun Uwchradd Feithrin Fabanod Babanod Iau Arbennig Ganol Gymraeg Sul
    Haf Gartref Eglwys Leol Newydd Primary Secondary High Junior Juniors Infants Infant
    Nursery Grammar Special Comprehensive Middle Independent State Public Private Free Faith
    Medium Welsh-medium English-medium Mainstream Welsh English Local Village Town City
    Community Catholic Church The A Our Her His Their My New Old Big Little Sunday Saturday
    Summer Forest Holiday Night Driving Boarding Art Music Dance Drama Football Rugby Swimming
    Dance Day Boarding Home Hospital Language Cymraeg Special Secondary RC CiW CIW CW VA VC CE
    School Academy College In Wales England Of St Saint Sant Santes Every This That Y Yr""".split()
)
_en_kinds = r"(?:Primary|Infants?|Juniors?|Nursery|High|Comprehensive|Secondary|Grammar|Middle|Special|Community|Academy)"
_en_faith = r"(?:RC|R\.C\.|Catholic|C\.?\s?of\s?E\.?|CE|CiW|CIW|CW|VA|VC|Church\s+in\s+Wales|Church\s+of\s+England|Methodist|Baptist|Welsh[- ]medium)"
SCHOOL_EN = re.compile(
    rf"(?<![\w-])((?:(?:St\.?|Saint)[ \t]+)?(?:{WORD}[ \t]+){{0,3}}{WORD})[ \t]+"
    rf"(?:{_en_faith}[ \t]+)*(?:(?:{_en_kinds}[ \t]+)*(?:School|Academy)\b|{_en_kinds}\b(?![ \t]+(?:Street|St|Road|Court|Care|Dependency|Needs|Schools?\b))"
    rf"|(?:Catholic|Sixth[ \t]+Form)[ \t]+College\b)"
)
SCHOOL_CY = re.compile(
    rf"(?<![\w-])Ysgol((?:[ \t]+(?:(?:y|yr|yng|ym|ar|a|o|dan|uwch)[ \t]+)?{WORD}){{1,7}})"
)


def find_addresses(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Yield street addresses and flat numbers."""
    for m in ADDRESS.finditer(text):
        if _has_street_name(m.group()):
            yield m.start(), m.end(), "address", "privacy.address"


def _has_street_name(found: str) -> bool:
    words = re.findall(WORD, found)
    if found.split()[0] in ("Flat", "Fflat", "fflat") and len(words) <= 1:
        return True
    names = [w for w in words if w not in lx.STREET_EN and w not in lx.STREET_CY and w not in ("Flat", "Fflat", "Rhif")]
    return any(w not in _NOT_STREET_NAME for w in names) or any(w in lx.STREET_CY for w in words)


def find_schools(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Yield named schools ("Ysgol Gynradd Pen-y-bryn", "St Mary's RC Primary")."""
    if "Ysgol" in text:
        for m in SCHOOL_CY.finditer(text):
            words = re.findall(WORD, m.group(1))
            if any(w not in _GENERIC_SCHOOL for w in words):
                yield m.start(), m.end(), "school", "privacy.school"
    for m in SCHOOL_EN.finditer(text):
        words = re.findall(WORD, m.group(1))
        while len(words) > 1 and words[0] in lx.COMMON and words[0] not in ("St", "Saint"):
            words.pop(0)
        if any(w not in _GENERIC_SCHOOL for w in words):
            start = m.start(1) + m.group(1).find(words[0]) if words else m.start()
            yield start, m.end(), "school", "privacy.school"
