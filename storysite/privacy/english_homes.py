"""Homes with English house names (issue 15, round thirty-four).

Welsh house and farm names are read by their elements (places.py); English ones were read only by a tail word
(Cottage, Farm, Lodge), so "lived at Hillcrest", "home to The Laurels" and "the carers visit her at Orchard End"
went unflagged. A name is read here by the shapes English house names take: one word ending as a house name ends
(Hillcrest, Meadowview, Fairways, Sunnyside, Westhaven), "The" and a plural of trees or a building's old use (The
Laurels, The Firs, The Gables, The Old Rectory, The Old Post Office), or a word before End, View, House or Rise
(Orchard End, Sea View, Ivy House). English says "at" a house and "in" a town, so the name must come after "at",
"from" or "on", or after "to" or "in" with a word that says someone lives or is visited there; a town, a public
body or a venue after it ("Fairways Golf Club") is left alone.

Round thirty-seven added two more English ways of naming a home: any name of no house-name shape after "at" where
the sentence says someone is born, lives or is called on there ("the carers call at Gwylan"), and a family's home by
their name in the plural ("tea at the Bellises'").

The finders read the text only where one of their literals (NEEDLES, AT_NEEDLES, FAMILY_NEEDLES) was found in the
scanner's pass.
"""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx
from storysite.privacy.needles import Needles
from storysite.privacy.places import HOME_CUE, VENUE_AFTER, WORD, an_old_home, cue_window, previous_word

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


# A home with a name of no house-name shape, after "at" where a sentence says someone is born, grows up, lives or is
# called on there (round thirty-seven): "she was born at Cilfach", "he grew up at Garnwen", "the carers call at
# Gwylan twice a day", "the kitchen table at Dolaumeinion". English says "at" a house and "in" a town; a town, a
# venue, a person, a brand or an everyday word after "at" is left alone.
_AT_A_HOME = re.compile(
    r"(?i:\b(?:born|grew[ \t]+up|brought[ \t]+up|raised|lives?|lived|living|call(?:s|ed|ing)?|visit(?:s|ed|ing)?"
    r"|kitchen[ \t]+table|family|farmhouse|yard|porch|back[ \t]+door|front[ \t]+door|gate)\b)"
    r"(?:[ \t]+(?:her|him|them|us|me|in|up|there|back|round|still|every[ \t]+\w+|twice[ \t]+a[ \t]+\w+"
    # round forty-two: "Lives alone at Hen Efail", "lives with his wife at Morfa Bach"
    r"|alone|together|now|on[ \t]+(?:her|his|their)[ \t]+own|by[ \t]+(?:herself|himself)"
    r"|with[ \t]+(?:her|his)[ \t]+\w+)){0,3}"
    r"[ \t]+at[ \t]+(?:the[ \t]+)?\Z"
    # ... or born on a day with its year, then at the home (round thirty-eight): "born Lammas Day 1925 at Cwm Cenau"
    r"|(?i:\bborn)[ \t]+(?:on[ \t]+|in[ \t]+)?(?:[\w'’.,/-]+[ \t]+){0,3}?(?:1[89][0-9]{2}|20[0-9]{2}|['’][0-9]{2})"
    r"[ \t]+at[ \t]+(?:the[ \t]+)?\Z"
)
_AT_NAME = re.compile(rf"{WORD}(?:[ \t]+{WORD})?(?![\w'’-])")
AT_NEEDLES = (" at ",)


def homes_at_with_a_cue(text: str, found: Needles) -> list[Span]:
    """A name after "at" that a word for being born, living or calling there makes a home: "born at Cilfach"."""
    out: list[Span] = []
    for at in found.starts(" at "):
        k = at + 4
        the = text.startswith("the ", k)
        k += 4 if the else 0
        if k >= len(text) or not text[k].isupper():
            continue
        m = _AT_NAME.match(text, k)
        if m is None or not _AT_A_HOME.search(text, max(0, at - 50), at + 4):
            continue
        name = m.group()
        words = name.split()
        second = words[1] if len(words) > 1 else ""
        if _known(name) or (_known(words[0]) and not an_old_home(words)) or second in _NOT_HOME_SECOND:
            continue  # but "Hen Efail", "Hen Felin": the old smithy, the old mill, as houses are named (round 42)
        if VENUE_AFTER.match(text, m.end()) or _CLUB_AFTER.match(text, m.end()) or name.isupper():
            continue
        if name.endswith(("'s", "’s", "s'")) or (the and len(words) == 1):
            continue  # "at Bamp's": a person's place, read by the names; "at the Welfare", "at the Legion": a hall
        out.append(m.span())
    return out


# The second word that makes a pair something other than a home's name: "at Ysbyty Gwynedd" is a hospital.
_NOT_HOME_SECOND = frozenset(
    {"Hospital", "School", "Surgery", "Centre", "Hall", "Chapel", "Church", "Station", "High", "Primary", "Juniors"}
)


def _known(word: str) -> bool:
    """A town, a public name, a person's name or an everyday word: not a home's name."""
    return (
        word in lx.PLACES
        or word in lx.NOT_PERSON
        or word in lx.FIRST
        or word in lx.SURNAMES
        or word in lx.AMBIGUOUS
        or word in lx.COMMON
        or word in lx.FIRST_MUTATED
    )


# A home named by the family who live there (round thirty-seven, dev batch 34): "at the Kellys'", "went to the
# Llewellyns' after school", "tea at the Bellises'", "the Harries-Lloyds'". English names a family's house by the
# family in the plural possessive; after "at", "to", "from" or "round" it is where they live.
_FAMILYS_HOME = re.compile(
    r"\b(?:at|to|from|round|with|outside|near)[ \t]+the[ \t]+"
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:s|es)['’])(?![\w'’])"
    # ... the home itself, not the family's ground, car or dog: a pause, or a word that is no noun, after it
    r"(?=[ \t]*(?:[.,;:!?)\"”\n]|\Z)|[ \t]+(?:for|after|because|on|in|up|down|every|each|is|was|and|but|to|where|with"
    r"|at|until|till|when|since|instead|before|then|most|last|this|that|over|or|house|home|farm|place|bungalow|flat"
    r"|cottage|caravan)\b)"
)
FAMILY_NEEDLES = ("s' ", "s',", "s'.", "s’ ", "s’,", "s’.", "s';", "s')", "s'\n")


def homes_of_a_family(text: str, found: Needles) -> list[Span]:
    """A family's home by their name in the plural: "at the Kellys'", "to the Llewellyns'"."""
    out: list[Span] = []
    for at in found.positions(FAMILY_NEEDLES):
        m = _FAMILYS_HOME.search(text, max(0, at - 40), at + 24)  # room for the word after it to be read
        if m is None or m.end(1) != at + 2:
            continue
        family = m.group(1)[:-1]  # "Kellys"
        if family in lx.NOT_PERSON or family in lx.PLACES or family in lx.COMMON:
            continue  # "at the Scarlets'", a team's; "the Saints'", a church's
        out.append(m.span(1))
    return out


# A home's name said to be the house it is (round forty-three): "Sandra said Brynawel is the end house on Gelli Deg
# Terrace", "Hillside was the last farm before the mountain". A name no list knows, then "is the" and a home; not the
# house's staff or its rooms ("Gwen is the house manager").
_NAME_JUST_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-ÞŴŶ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]+){0,2})\Z")
_IS_THE_HOME = re.compile(
    r"[ \t]+(?:is|was)[ \t]+the[ \t]+"
    r"(?:(?:end|last|first|corner|white|old|big|little|middle|next|grey|red|stone|top|bottom)[ \t]+)?"
    r"(?:house|bungalow|cottage|farmhouse|farm|semi|terrace)(?![\w'’-])"
    r"(?![ \t]+(?:manager|keeper|mate|worker|staff|owner|dog|cat|kitchen|door|rules|meeting)\b)"
)
SAID_TO_BE_NEEDLES = (" is the ", " was the ")
_PRONOUNS = frozenset({"Theirs", "Ours", "Mine", "Hers", "His", "Yours", "It", "That", "This", "Which", "What"})


def homes_said_to_be(text: str, found: Needles) -> list[Span]:
    """A name no list knows, said to be a house or a farm: "Brynawel is the end house on Gelli Deg Terrace"."""
    out: list[Span] = []
    for at in found.positions(SAID_TO_BE_NEEDLES):
        if not _IS_THE_HOME.match(text, at):
            continue
        m = _NAME_JUST_BEFORE.search(text, max(0, at - 40), at)
        if m is None:
            continue
        words = m.group(1).split()
        if any(_known(w) or w in _PRONOUNS or w.endswith(("'s", "’s")) for w in words) or m.group(1).isupper():
            continue
        out.append(m.span(1))
    return out
