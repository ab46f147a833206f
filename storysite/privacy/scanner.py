"""One pass over a text that hands each capitalised word and each run of digits to its finder.

Checking a whole library must run at 10 MB/s or more, so the text is read once by a single
simple pattern: a word that starts with a capital letter or a digit (the regular-expression
engine skips everything else quickly). Everyday capitalised words are dropped by one set
lookup; the rest go to the name finder, which assembles a whole capitalised phrase only
where a word runs on into the next. Cue words ("School", "DOB", "Flat") go to the label
finder, and runs of digits that could start an ID go to the number finder.
"""

from __future__ import annotations

import re

from storysite.privacy.labels import CAPITAL_KIND, at_capital_cue, cued_before_digits
from storysite.privacy.names import (
    CONNECTORS,
    PHRASE,
    PHRASE_HEADS,
    SKIP,
    UPPER,
    extend_after_title,
    name_hits,
    runs_of,
    title_or_initial,
)
from storysite.privacy.numbers import at_digits, find_emails

Hit = tuple[int, int, str, str]

ITEM = re.compile(rf"[{UPPER}0-9][^\W_]*(?:['’-][^\W\d_]+)*")
DIGITS = re.compile(r"[0-9]+")
_HAS_DIGIT = re.compile(r"[0-9]")
_SEPARATORS = " \t()/.-,"
# Everyday words that neither start a phrase that could hide a name nor cue a detail.
_QUIET = SKIP - PHRASE_HEADS - CAPITAL_KIND.keys()


def scan(text: str, lang: str, pseudonyms: frozenset[str]) -> list[Hit]:
    """Every identifying detail the finders see in TEXT, overlaps and all."""
    hits: list[Hit] = []
    if "@" in text:
        hits.extend(find_emails(text))
    welsh = lang == "cy"
    skip, cue_kinds, heads, quiet = SKIP, CAPITAL_KIND, PHRASE_HEADS, _QUIET
    n = len(text)
    numbers_done = names_done = cues_done = 0
    for m in ITEM.finditer(text):
        word = m.group()
        if word in quiet:
            continue  # most capitalised words: everyday words that start nothing
        s = m.start()
        if not word.isalpha() and _HAS_DIGIT.search(word):
            if s >= numbers_done:
                numbers_done = _digits(text, s, word, hits, numbers_done)
            continue
        glued = s > 0 and text[s - 1].isalnum()
        if word in cue_kinds and s >= cues_done and not glued:
            hit = at_capital_cue(text, s, word)
            if hit:
                cues_done = hit[1]
                hits.append(hit)
        if s < names_done:
            continue
        if word in pseudonyms or (word in skip and word not in heads):
            continue  # a name after it is read on its own
        end = m.end()
        if end < n and _runs_on(text, end, n):
            if glued:
                continue  # the next word starts its own phrase
            end = PHRASE.match(text, s).end()  # type: ignore[union-attr]
            names_done = end
        elif glued or word in skip or word in pseudonyms:
            continue
        if end < n and text[end] == "." and title_or_initial(text[s:end]):
            end = extend_after_title(text, s, end)
            names_done = end
        phrase = text[s:end] if end != m.end() else word
        if phrase not in skip:
            runs = runs_of(phrase)
            if runs:
                hits.extend(name_hits(text, s, runs, welsh, pseudonyms))
    return hits


def _runs_on(text: str, end: int, n: int) -> bool:
    """Does the capitalised word ending at END run on into another ("Rhys Jones", "Heol y Parc")?"""
    c = text[end]
    if c == " " or c == "\t":
        j = end + 1
        while j < n and text[j] in " \t":
            j += 1
        if j >= n:
            return False
        if text[j].isupper():
            return True
        if text[j] not in "yaofdvliu":
            return False
        k = text.find(" ", j, j + 7)
        return k > 0 and text[j:k] in CONNECTORS and k + 1 < n and text[k + 1].isupper()
    if c == "\n":
        j = end + 1
        while j < n and text[j] in " \t":
            j += 1
        return j < n and text[j].isupper()
    return False


def _digits(text: str, s: int, word: str, hits: list[Hit], done: int) -> int:
    """Hand each run of digits in WORD (found at S) that could start an ID to the number finder."""
    i = 0
    size = len(word)
    while i < size:
        if not word[i].isdigit():
            i += 1
            continue
        a = s + i
        e = DIGITS.match(text, a).end()  # type: ignore[union-attr]
        i = e - s
        if a < done:
            continue
        cued = cued_before_digits(text, a)
        if cued:
            hits.append(cued)
            done = max(done, cued[1])
            continue
        if not _worth_a_look(text, a, e):
            continue
        for hit in at_digits(text, a, e):
            done = max(done, hit[1])
            hits.append(hit)
    return done


def _worth_a_look(text: str, s: int, e: int) -> bool:
    """Could the digit run text[s:e] be part of a phone, ID, postcode, address or date?"""
    if e - s >= 5 or (s and text[s - 1].isalpha()):
        return True
    if text[max(0, s - 5) : s - 1] in ("BFPO", "Bfpo", "bfpo") or text[max(0, s - 4) : s - 1] in ("GIR", "gir"):
        return True
    n = len(text)
    j = e
    if j < n and text[j] in _SEPARATORS:
        while j < n and text[j] in _SEPARATORS:
            j += 1
        if j < n and text[j].isdigit():
            return True
        return j < n and text[j].isupper() and e - s <= 4
    if j < n and text[j].isalpha():
        # "5a Oak Tree Close", "3rd March", "3ydd o Fawrth", "12fed"
        while j < n and text[j].isalpha() and j - e < 4:
            j += 1
        return j < n and text[j] in " ,\t"
    return False
