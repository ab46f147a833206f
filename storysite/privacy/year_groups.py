"""A school named by the year group a child is in there (issue 15, round eight): "He's year 10 at Dyffryn
Nantlle", "She's in Year 3 at Penrhos", "ym mlwyddyn 6 yn Glan Morfa". Read only after "year"/"blwyddyn"
and a number.
"""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx
from storysite.privacy.places import GENERIC_SCHOOL, WORD

Span = tuple[int, int]

_YEAR_AT = re.compile(
    r"(?:[Yy]ear|[Bb]lwyddyn|[Ff]lwyddyn|[Mm]lwyddyn)[ \t]+(?:1[0-3]|[1-9])[ \t]+(?:at|in|yn|ym|yng)[ \t]+"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r|-)?[ \t]*{WORD}){{0,3}})"
)
_NEEDLES = ("ear ", "wyddyn ")


def schools_by_year_group(text: str) -> list[Span]:
    """The school after a child's year group: "Year 10 at Dyffryn Nantlle"."""
    out: list[Span] = []
    for needle in _NEEDLES:
        at = text.find(needle)
        while at >= 0:
            k = at + len(needle)
            if k < len(text) and text[k].isdigit():
                m = _YEAR_AT.match(text, at - (1 if needle == "ear " else 2))
                if m and _named(m.group(1)):
                    out.append(m.span(1))
            at = text.find(needle, k)
    return out


def _named(name: str) -> bool:
    """A school's own name, not a town alone ("Year 10 in Bangor") or everyday words ("Year 3 in September")."""
    words = name.split()
    if name in lx.PLACES or name in lx.NOT_PERSON:
        return False
    return any(w not in lx.COMMON and w not in GENERIC_SCHOOL for w in words)
