"""Beds, rooms and lockers by their number (issue 15, round eight): a bed someone is in ("He's in bed 14",
"yng ngwely 6", "i wely 9"), and a number named before it in Welsh word order or with its owner ("Rhif y gwely
oedd 14", "Rhif ei hystafell yw 23", "Ei rhif gwely yw 14", "Her room number is 23").

Read only where a literal word for a bed, a locker or "rhif"/"number" is found.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_NUMBER = r"[0-9]{1,4}[A-Za-z]?\b(?![/.:-][0-9])"
# A person in a numbered bed or locker: beds are patients', whatever the building. Read from the label
# word: its number after it, "in"/"yn"/"i" before it.
_LABELS = (" bed ", " Bed ", "wely ", "ocker ", "ocer ")
_NUMBER_AFTER_LABEL = re.compile(
    rf"(?:bed|Bed|gwely|ngwely|wely|locker|locer|loceri)[ \t]+(?:(?:number|no\.?|rhif)[ \t]*)?{_NUMBER}"
    # not a length of time: "in bed 3 days with flu", "yn y gwely 3 diwrnod"
    r"(?![ \t]+(?:days?|nights?|weeks?|months?|hours?|years?|times?|diwrnod|noson|nos|wythnos|awr|mis|gwaith)\b)"
)
_IN_BEFORE_LABEL = re.compile(
    r"(?i:\b(?:in|into|to|from|yn|yng|i|o|ym|mewn|i['’]r|o['’]r)[ \t]+(?:(?:the|y|yr|ei|his|her|their)[ \t]+)?\Z)"
)
# The number named first: "Rhif y gwely oedd 14", "Rhif ei hystafell yw 23", "Ei rhif gwely yw 14".
_NUMBER_OF_CY = re.compile(
    r"(?:[Rr]hif[ \t]+(?:(?:y|yr|ei|eu|fy|ein)[ \t]+|['’]r[ \t]+)?"
    r"(?:gwely|wely|ystafell|stafell|hystafell|locer|cwpwrdd|gwpwrdd|chwpwrdd)"
    r"|[Rr]hif[ \t]+(?:gwely|ystafell|stafell|locer))"
    rf"(?:[ \t]+(?:hi|e|o|nhw))?[ \t]*(?:(?:yw|ydy|ydi|oedd)[ \t]+|:[ \t]*)({_NUMBER})"
)
# ... and with its owner in English: "Her room number is 23", "His bed no. was 14".
_NUMBER_OF_EN = re.compile(rf"(?:bed|room|locker)[ \t]+(?:number|no\.?)[ \t]*(?:(?:is|was)[ \t]+|:[ \t]*)({_NUMBER})")
_OWNER_BEFORE = re.compile(r"(?i:\b(?:her|his|their|my)[ \t]+\Z)")
_EN_NEEDLES = ("bed n", "room n", "locker n")


def rooms_and_beds(text: str) -> list[Span]:
    """Numbered beds, lockers and rooms that place a person."""
    out: list[Span] = []
    for at in _needles(text, _LABELS):
        s = at + 1 if text[at] == " " else at
        while s > 0 and text[s - 1].isalpha():
            s -= 1  # back to the start of "gwely", "ngwely", "locker"
        m = _NUMBER_AFTER_LABEL.match(text, s)
        if m and _IN_BEFORE_LABEL.search(text, max(0, s - 16), s):
            out.append(m.span())
    at = text.find("hif ")
    while at >= 1:
        m = _NUMBER_OF_CY.match(text, at - 1)
        if m:
            out.append(m.span())
        at = text.find("hif ", at + 4)
    for at in _needles(text, _EN_NEEDLES):
        m = _NUMBER_OF_EN.match(text, at)
        if m and _OWNER_BEFORE.search(text, max(0, at - 8), at):
            out.append((at, m.end()))
    return out


def _needles(text: str, needles: tuple[str, ...]) -> list[int]:
    found = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1)
    return sorted(set(found))
