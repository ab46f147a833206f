"""Possible identifiers: what the identifying-details check does not block on, shown to a human reviewer.

Text in, spans out: capitalised words it does not know as everyday words, places or organisations,
numbers of four or more digits, dates, @-words, the word after a kinship term, and a named place near
a health condition (a rare condition and a small village together can identify a person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storysite.i18n.messages import Message, msg
from storysite.privacy import cues
from storysite.privacy import lexicon as lx
from storysite.privacy.dates import DATE

KINDS: dict[str, Message] = {
    "capitalised": msg("a capitalised word that is not a known everyday word, place or organisation"),
    "number": msg("a number of four or more digits"),
    "date": msg("a date"),
    "at-word": msg("an @-word (a handle or an email address)"),
    "after-kinship": msg("the word after a family or friendship word"),
    "place-near-condition": msg("a named place near a health condition"),
}

# Health conditions, English and Welsh: rare enough, together with a place, to narrow down a person.
CONDITIONS = frozenset(
    """
    dementia alzheimer's alzheimers parkinson's parkinsons stroke cancer leukaemia leukemia lymphoma diabetes
    epilepsy autism autistic asperger's adhd schizophrenia bipolar psychosis anorexia bulimia ms sclerosis
    mnd motor-neurone huntington's huntingtons cerebral palsy down's downs spina bifida cystic fibrosis
    amputation amputee blind deaf deafblind paralysed paraplegic tetraplegic dialysis transplant hiv aids
    hepatitis tuberculosis copd emphysema heart-attack brain-injury fracture hip-fracture
    dementia's clefyd canser strôc epilepsi awtistiaeth awtistig sgitsoffrenia
    deubegwn dallineb dall byddar parlys dialysis trawsblaniad sglerosis ymennydd
    """.split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CAPITAL = re.compile(r"(?<![\w'’@.-])[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]*(?:['’-][^\W\d_]+)*")
_NUMBER = re.compile(r"(?<![\w.])\d{4,}(?![\w])")
_AT = re.compile(r"(?<![\w.])[\w.+-]*@[\w.-]*\w")
_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:][\"'”’)]*)[ \t\"“‘(*_#>-]*\Z")
NEAR = 80  # characters either side of a condition within which a named place is flagged
_KNOWN_WORDS = frozenset(
    word
    for phrase in lx.PLACES | (lx.NOT_PERSON - lx.DECOYS)
    for word in phrase.split()
    if word[:1].isupper() and word not in lx.FIRST and word not in lx.SURNAMES
)
_KIN = frozenset(word for word, rule in cues.BEFORE.items() if rule == "kinship")


@dataclass(frozen=True, slots=True)
class Possible:
    """A stretch of text a reviewer should look at: offsets into the text and what kind of detail it may be."""

    start: int
    end: int
    kind: str


def possible_identifiers(text: str) -> list[Possible]:
    """Every possible identifier in `text`, in order, none overlapping (the earliest, then the longest, wins)."""
    found: list[Possible] = []
    found += [Possible(m.start(), m.end(), "date") for m in DATE.finditer(text)]
    found += [Possible(m.start(), m.end(), "at-word") for m in _AT.finditer(text)]
    found += [Possible(m.start(), m.end(), "number") for m in _NUMBER.finditer(text)]
    for m in _CAPITAL.finditer(text):
        word = m.group()
        if len(word) < 2 or word in lx.COMMON or word in _KNOWN_WORDS:
            continue
        if _SENTENCE_START.search(text, 0, m.start()) and not _known_name(word):
            continue  # a sentence's first word has a capital anyway: flagged only when it is a known name
        found.append(Possible(m.start(), m.end(), "capitalised"))
    for m in _WORD.finditer(text):
        if m.group().lower() in _KIN:
            after = _AFTER.match(text, m.end())
            if after is not None and after.group(1).capitalize() not in lx.COMMON:
                found.append(Possible(after.start(1), after.end(1), "after-kinship"))
    found += _places_near_conditions(text)
    return _without_overlaps(found)


def _known_name(word: str) -> bool:
    base = word.split("'")[0].split("’")[0]
    return base in lx.FIRST or base in lx.SURNAMES or base in lx.AMBIGUOUS or base in lx.FIRST_MUTATED


def _places_near_conditions(text: str) -> list[Possible]:
    conditions = [m.start() for m in _WORD.finditer(text) if m.group().lower().strip("'’") in CONDITIONS]
    if not conditions:
        return []
    places = []
    for m in _CAPITAL.finditer(text):
        if m.group() in lx.PLACE_WORDS and any(abs(m.start() - at) <= NEAR for at in conditions):
            places.append(Possible(m.start(), m.end(), "place-near-condition"))
    return places


PRIORITY = ("place-near-condition", "date", "at-word", "number", "after-kinship", "capitalised")


def _without_overlaps(found: list[Possible]) -> list[Possible]:
    ordered = sorted(found, key=lambda p: (p.start, -(p.end - p.start), PRIORITY.index(p.kind)))
    kept: list[Possible] = []
    for item in ordered:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept
