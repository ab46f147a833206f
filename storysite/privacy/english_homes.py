"""Homes with English house names (issue 15, round thirty-four).

Welsh house and farm names are read by their elements (places.py); English ones were read only by a tail word
(Cottage, Farm, Lodge), so "lived at Hillcrest", "home to The Laurels" and "the carers visit her at Orchard End"
went unflagged. A name is read here by the shapes English house names take: one word ending as a house name ends
(Hillcrest, Meadowview, Fairways, Sunnyside, Westhaven), "The" and a plural of trees or a building's old use (The
Laurels, The Firs, The Gables, The Old Rectory, The Old Post Office), or a word before End, View, House or Rise
(Orchard End, Sea View, Ivy House). English says "at" a house and "in" a town, so the name must come after "at",
"from" or "on", or after "to" or "in" with a word that says someone lives or is visited there; a town, a public
body or a venue after it ("Fairways Golf Club") is left alone.

The finder reads the text only where one of its literals (NEEDLES) was found in the scanner's pass.
"""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx
from storysite.privacy.needles import Needles
from storysite.privacy.places import HOME_CUE, VENUE_AFTER, WORD, cue_window, previous_word

Span = tuple[int, int]

# How a one-word English house name ends: "Hill|crest", "Meadow|view", "Fair|ways", "Sunny|side", "West|haven".
_ONE_WORD_TAILS = ("crest", "view", "side", "ways", "haven", "nook", "acre", "acres", "mead", "holme", "dene", "rise")
_ONE_WORD = re.compile(r"[A-Z][a-z]{2,}(?:" + "|".join(_ONE_WORD_TAILS) + r")\b")
# "The" and what a house is called after: trees in the plural, or its old use ("The Laurels", "The Old Rectory").
_THE_PLURALS = [
    "Laurels",
    "Firs",
    "Beeches",
    "Willows",
    "Pines",
    "Hollies",
    "Elms",
    "Oaks",
    "Limes",
    "Poplars",
    "Cedars",
    "Larches",
    "Birches",
    "Maples",
    "Hawthorns",
    "Rowans",
    "Briars",
    "Heathers",
    "Ferns",
    "Gables",
    "Chimneys",
    "Paddocks",
    "Orchards",
    "Spinney",
    "Coppice",
    "Homestead",
    "Hollow",
    "Retreat",
    "Bothy",
    "Byre",
    "Hayloft",
    "Sycamores",
    "Chestnuts",
    "Yews",
    "Alders",
    "Cherries",
    "Acorns",
    "Conifers",
    "Walnuts",
]
_THE_NAME = re.compile(
    r"The[ \t]+(?:" + "|".join(_THE_PLURALS) + r")\b"
    # "The Old Rectory", "The Old Post Office", "The Old School House"
    rf"|The[ \t]+Old[ \t]+{WORD}(?:[ \t]+(?:House|Office|Station|Hall))?"
)
# A word, then what the house is: "Orchard End", "Sea View", "Ivy House", "Holly Rise".
_TWO_WORDS = re.compile(rf"{WORD}[ \t]+(?:End|View|House|Rise|Nook|Haven)\b")

NEEDLES = (*_ONE_WORD_TAILS, "The ", " End", " View", " House", " Rise", " Nook", " Haven")

# Where a house is after these, as a town is after "in": "lived at", "from", "on"; Welsh "o" as "from".
_AT = frozenset({"at", "from", "on", "o"})
# ... and after these only with a word that says someone lives or is visited there: "home to", "moved to", "live in",
# "byw yn Hillcrest", "adra i The Laurels".
_TO = frozenset({"to", "in", "into", "yn", "i"})
_VISITED = re.compile(
    r"(?i:\b(?:visit\w*|call(?:s|ed|ing)?[ \t]+(?:on|at|in)|pop(?:s|ped)?[ \t]+in|g?weld|ymweld|galw|alw)\b)"
)


# A club or a venue named after the place, which VENUE_AFTER does not hold: "Fairways Golf Club", "Deeside Leisure
# Centre".
_LIVES = re.compile(
    r"(?i:\b(?:lives?|lived|living|home|moved|moving|grew[ \t]+up|byw|fyw|cartref|gartref|adra|adre)\b)"
)
_CLUB_AFTER = re.compile(
    r"[ \t]+(?:Leisure|Sports?|Golf|Tennis|Rugby|Football|Cricket|Bowls|Bowling|Social|Working|Country|Holiday"
    r"|Caravan|Garden|Hotel|Inn|Arms|Tavern|Café|Cafe|Restaurant|Theatre|Cinema|Gallery|Museum|Club)\b"
)


def english_homes(text: str, found: Needles) -> list[Span]:
    """English house names where someone lives: "lived at Hillcrest", "back home to The Laurels"."""
    out: list[Span] = []
    starts = found.positions(NEEDLES)
    for at in starts:
        m = _at_a_name(text, at)
        if m is None or (out and m[0] < out[-1][1]):
            continue
        s, e = m
        name = text[s:e]
        if name in lx.PLACES or name in lx.NOT_PERSON or VENUE_AFTER.match(text, e) or _CLUB_AFTER.match(text, e):
            continue  # "moved to Riverside" (a district), "Fairways Golf Club", "Deeside Leisure Centre"
        window = cue_window(text, s)
        before = previous_word(window).lower()
        lived = HOME_CUE.search(window) is not None or _VISITED.search(window) is not None
        # "X House" is as often a public one ("the parkrun at Tredegar House", "the meeting room at Bedwellty House"):
        # only where someone is said to live
        if name.endswith("House") and not _LIVES.search(window):
            continue
        if before in _AT or (before in _TO and lived):
            out.append((s, e))
    return out


def _at_a_name(text: str, at: int) -> Span | None:
    """The house name that the needle at AT belongs to, if it has one of the shapes above."""
    if text.startswith("The ", at):
        m = _THE_NAME.match(text, at)
        return m.span() if m else None
    if text[at] == " ":  # " End", " View": the word before it is the name's first
        k = at
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
            k -= 1
        m = _TWO_WORDS.match(text, k)
        return m.span() if m and m.end() > at else None
    k = at  # a tail inside one word: back to the word's start
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    m = _ONE_WORD.match(text, k)
    return m.span() if m and m.end() >= at + 3 else None
