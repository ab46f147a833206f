"""Find dates of birth: a date in figures or words next to a birth cue, in English or Welsh."""

from __future__ import annotations

import re
from collections.abc import Iterator

from storysite.privacy.welsh import mutations

_EN_MONTHS = """January February March April May June July August September October November
December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()
_CY_MONTHS = "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr".split()
_cy_forms = set(_CY_MONTHS) | {m for month in _CY_MONTHS for m in mutations(month)}
MONTH = "(?:" + "|".join(sorted(set(_EN_MONTHS) | _cy_forms, key=len, reverse=True)) + r")\.?"
ORDINAL = r"(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)"

DATE = re.compile(
    r"(?<![\w/.-])(?:"
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"|\d{4}-\d{1,2}-\d{1,2}"
    rf"|(?:(?:the|y|yr)\s+)?\d{{1,2}}{ORDINAL}?\s+(?:(?:of|o)\s+(?:(?:fis|mis)\s+)?)?{MONTH}(?:,?\s+\d{{4}})?"
    rf"|{MONTH}\s+(?:the\s+)?\d{{1,2}}{ORDINAL}?(?:,?\s+\d{{4}})?"
    rf"|(?:(?:fis|mis)\s+)?{MONTH},?\s+\d{{4}}"
    r")(?![\w/-])",
    re.IGNORECASE,
)
CUE = re.compile(
    r"\b(?:born|DOB|D\.\s?O\.\s?B\.?|date\s+of\s+birth|date-of-birth|birth\s*date|"
    r"ganwyd|ganed|g?anwyd|g?aned|[dn]?dyddiad\s+(?:ei\s+|eu\s+)?[gn]?geni|ei\s+[gh]?eni|eu\s+geni|"
    r"cafodd\s+(?:hi\s+|ef\s+|e\s+|o\s+)?ei\s+[gh]?eni)\b",
    re.IGNORECASE,
)
# A date may follow its cue by a few words ("born in Cardiff on 3 May 1950"), but not across
# the end of a sentence.
AFTER = 60
BEFORE = 30
STOP = re.compile(r"[.!?]\s+[A-Z]|\n\s*\n|;")


def find_dates_of_birth(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Yield date-of-birth spans: cue and date together."""
    for cue in CUE.finditer(text):
        limit = min(len(text), cue.end() + AFTER)
        stop = STOP.search(text, cue.end(), limit)
        if stop:
            limit = stop.start() + 1
        date = DATE.search(text, cue.end(), limit)
        if date:
            yield cue.start(), date.end(), "date-of-birth", "privacy.date-of-birth"
            continue
        # "12/03/1985 (date of birth)"
        back = max(0, cue.start() - BEFORE)
        found = None
        for found in DATE.finditer(text, back, cue.start()):
            pass
        if found and not STOP.search(text, found.end(), cue.start()):
            yield found.start(), cue.end(), "date-of-birth", "privacy.date-of-birth"
