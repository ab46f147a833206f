"""Find details that follow a cue word: dates of birth, schools, flats and labelled IDs.

Cues are found cheaply: capitalised cues ("School", "Ysgol", "DOB") by the scanner's pass
over capitalised words, and lower-case cues ("born", "ganwyd", "flat") and ID labels
("Case no.", "passport", "Cyfeirnod") by looking back from each run of digits.
"""

from __future__ import annotations

import re

from storysite.privacy.dates import dob_at
from storysite.privacy.places import flat_at, school_cy_at, school_en_around

Hit = tuple[int, int, str, str]

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
        "Academy",
        "Nursery",
        "College",
    ],
    "ysgol": ["Ysgol"],
    "flat": ["Flat", "Fflat", "Apartment", "Apt", "Uned"],
    "dob": ["DOB", "D", "Born", "BORN", "Ganwyd", "Ganed", "Date", "DATE", "Birth", "Dyddiad", "Cafodd"],
}
CAPITAL_KIND = {w: kind for kind, words in _CAPITAL_CUES.items() for w in words}
# Lower-case cues, rare enough for str.find; each maps to its kind.
LOWER_CUES = {
    "born": "dob",
    "birth": "dob",
    "anwyd": "dob",
    "aned": "dob",
    "eni": "dob",
    "dob": "dob",
    "d.o.b": "dob",
    "lat ": "flat",
}

# Labels that may come shortly before an ID number.
LABEL_START = re.compile(
    r"\b(?:our|your|ref|case|client|file|[cg]yfeirnod|nghyfeirnod|cyf|rhif|wccis|passport|pasbort|basbort|mhasbort|"
    r"phasbort|uln|unique|learner|dysgwr)",
    re.IGNORECASE,
)
ULN = re.compile(
    r"(?i:ULN|unique\s+learner\s+number|rhif\s+dysgwr\s+unigryw|learner\s+number|dysgwr\s+unigryw)\b"
    r"[^\d\n]{0,40}?(?<![0-9])([0-9]{10})(?![0-9])"
)
PASSPORT = re.compile(r"(?i:passport|pasbort|basbort|mhasbort|phasbort)[^\d\n]{0,40}?(?<![0-9])([0-9]{9})(?![0-9])")
CASE_REF = re.compile(
    r"(?i:(?:our\s+ref(?:erence)?|your\s+ref(?:erence)?|ref(?:erence)?(?:\.?\s+(?:no|number|num))?|cyf(?=[.:])|"
    r"case\s+(?:no|number|num|ref(?:erence)?|id)|client\s+(?:id|no|number|ref)|file\s+(?:no|number|ref)|"
    r"[cg]yfeirnod|nghyfeirnod|rhif\s+(?:achos|cyfeirnod|gyfeirnod|cleient|ffeil)|wccis(?:\s+(?:no|number|id))?)"
    r"\b\.?)[ \t]*(?:[:#]|is\b|yw\b|oedd\b|was\b)?[ \t]*(?=[A-Z0-9/-]*[0-9])([A-Z0-9][A-Z0-9/-]{2,24})(?![\w/-])"
)
_LABELS = (
    (CASE_REF, "privacy.other-id.case-reference"),
    (ULN, "privacy.other-id.uln"),
    (PASSPORT, "privacy.other-id.passport"),
)


def at_capital_cue(text: str, s: int, word: str) -> Hit | None:
    """A detail next to the capitalised cue WORD at S, if any."""
    return _at_cue(text, s, CAPITAL_KIND[word])


def cued_before_digits(text: str, s: int) -> Hit | None:
    """A date of birth or flat whose lower-case cue comes shortly before the digits at S."""
    begin = max(0, s - 70)
    w = text[begin:s]
    if not (
        "born" in w
        or "birth" in w
        or "eni" in w
        or "aned" in w
        or "anwyd" in w
        or "lat " in w
        or "dob" in w
        or "d.o.b" in w
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
        or "yfeirnod" in w
        or "client" in w
        or "file" in w
        or "ssport" in w
        or "asbort" in w
        or "uln" in w
        or "learner" in w
        or "dysgwr" in w
        or "wccis" in w
    ):
        return None
    for label in LABEL_START.finditer(text, begin, s):
        for pattern, rule in _LABELS:
            m = pattern.match(text, label.start())
            if m and m.end() > s:
                return m.start(), m.end(), "other-id", rule
    return None


def _at_cue(text: str, s: int, kind: str) -> Hit | None:
    if kind == "dob":
        for pos in _cue_starts(text, s):
            found = dob_at(text, pos)
            if found:
                return found[0], found[1], "date-of-birth", "privacy.date-of-birth"
        return None
    if kind == "school":
        found = school_en_around(text, s)
        return (found[0], found[1], "school", "privacy.school") if found else None
    if kind == "ysgol":
        found = school_cy_at(text, s)
        return (found[0], found[1], "school", "privacy.school") if found else None
    found = flat_at(text, _word_start(text, s))
    return (found[0], found[1], "address", "privacy.address") if found else None


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
            "ei",
            "eu",
            "cafodd",
            "hi",
            "ef",
            "e",
            "o",
            "a",
            "of",
            "date",
        ):
            break
        begin = k
        starts.append(begin)
    return starts[::-1]
