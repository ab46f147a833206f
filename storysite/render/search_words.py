"""Welsh initial mutations for search: index the radical (dictionary) forms of mutated words.

Pagefind has no Welsh stemmer, so "gardd" would not find "yn yr ardd". Each Welsh page carries
the possible radical forms of its words, which Pagefind indexes: a search for the radical then
finds every mutated form (soft, nasal and aspirate mutation, and h- before a vowel).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words split at apostrophes: "gyda'i", "i'r ardd" and "a'i ben" hold gyda, ardd and ben.
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_VOWELS = "aeiouwyâêîôûŵŷáéíóúàèìòùäëïöüÿ"

# mutated initial → radical initials it may come from (longest first)
_REVERSE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ngh", ("c",)),
    ("mh", ("p",)),
    ("nh", ("t",)),
    ("ng", ("g",)),
    ("ch", ("c",)),
    ("ph", ("p",)),
    ("th", ("t",)),
    ("dd", ("d",)),
    ("f", ("b", "m")),
    ("g", ("c",)),
    ("b", ("p",)),
    ("d", ("t",)),
    ("l", ("ll",)),
    ("r", ("rh",)),
    ("m", ("b",)),
    ("n", ("d",)),
)


def radicals(word: str) -> set[str]:
    """The forms `word` may be a mutation of (not including the word itself)."""
    word = word.lower().replace("’", "'")
    found: set[str] = set()
    for mutated, sources in _REVERSE:
        if word.startswith(mutated) and len(word) > len(mutated):
            rest = word[len(mutated) :]
            if mutated in ("l", "r") and rest.startswith(("l", "h")):
                continue  # "ll…" and "rh…" are already radical
            found.update(source + rest for source in sources)
            break
    if word[:1] in _VOWELS or word[:1] in "lr" and not word.startswith(("ll", "rh")):
        found.add("g" + word)  # soft mutation drops g: ardd → gardd, wen → gwen, lan → glan
    if word.startswith("h") and len(word) > 2 and word[1] in _VOWELS:
        found.add(word[1:])  # ei henw → enw
    found.discard(word)
    return found


@lru_cache(maxsize=1 << 16)
def _cached_radicals(word: str) -> frozenset[str]:
    """radicals(), remembered: the same words recur in every story."""
    return frozenset(radicals(word))


def search_words(text: str, lang: str) -> str:
    """Radical forms of the words in a Welsh text, space-separated and sorted; '' for English."""
    if lang != "cy":
        return ""
    seen = {w.lower() for w in _WORD.findall(text) if len(w) > 2}
    extra: set[str] = set()
    for word in seen:
        extra.update(_cached_radicals(word))
    return " ".join(sorted(extra - seen))
