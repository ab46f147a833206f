"""Proofs that a pattern has nothing to find, cheaper than searching with it.

A label pattern such as "hospital number", "cyfeirnod tai" or "Client" is an alternation of long
word lists tried case-insensitively at every word of the text before a number: most texts hold
none of its first words. `first_words` reads, from the compiled pattern itself (so that a word
added to a list is covered at once), every word a match can start with; `may_start` says whether a
text holds one of them as a whole word. Where the pattern's shape cannot be read that way,
`first_words` gives None and `may_start` always says yes.
"""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]  # the standard library's own pattern parser

# Non-ASCII letters that a case-insensitive pattern matches to ASCII ones (İ, ı, ſ and the Kelvin
# sign): a text holding one is searched as it is, as lower() does not map them to the pattern's letters.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_WORD = re.compile(r"\w+")
# Letters whose only case-insensitive match is their other case, as lower() gives it: ASCII, Latin-1's
# and Latin Extended-A's letters (but dotless i and long s), and the ordinal indicators (as in "nº").
_PLAIN_LETTERS = re.compile("[0-9a-z_\xaa\xba\xc0-\xd6\xd8-\xf6\xf8-\u012f\u0132-\u017e]+")
_LIMIT = 4096  # more first words than this: not worth proving


class _Unknown(Exception):
    """A part of the pattern whose first words cannot be read."""


def first_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every word (in lower case, whole: up to its first non-word character) that a match of PATTERN
    starts with, when every match starts at a word boundary; None when that cannot be shown."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        words = _starts(list(parsed), True)
    except (_Unknown, RecursionError):
        return None
    return frozenset(words) if words else None


def may_start(words: frozenset[str] | None, text: str, pos: int = 0) -> bool:
    """Could a match of the pattern whose first_words are WORDS start in TEXT at POS or after?"""
    if words is None:
        return True
    tail = text[pos:]
    if not tail.isascii() and _FOLDS_TO_ASCII.search(tail):
        return True
    return not words.isdisjoint(_WORD.findall(tail.lower()))


def search(pattern: re.Pattern[str], words: frozenset[str] | None, text: str, pos: int = 0) -> re.Match[str] | None:
    """`pattern.search(text, pos)`, where WORDS are the pattern's first_words: tried only at the start of each
    word that is one of them, as a match can start nowhere else (a long alternation tried at every position
    costs ten times as much)."""
    if not may_start(words, text, pos):
        return None
    if words is None or (not text.isascii() and _FOLDS_TO_ASCII.search(text, pos)):
        return pattern.search(text, pos)
    for word in _WORD.finditer(text, pos):
        if word.group().lower() in words:
            found = pattern.match(text, word.start())
            if found is not None:
                return found
    return None


def _starts(items: list, at_start: bool) -> set[str]:
    """The first words of a match of the sequence ITEMS (which must open with a word boundary when AT_START)."""
    if at_start:
        items = _after_boundary(items)
    done: set[str] = set()
    for word, rest in _runs(items, [("", 0)]):
        if rest is None or not word or not _PLAIN_LETTERS.fullmatch(word):
            raise _Unknown  # ended inside its first word, or no word, or a letter lower() may not match as re does
        done.add(word)
    return done


def _after_boundary(items: list) -> list:
    """ITEMS less the word boundary they open with (inside groups and every alternative too)."""
    if not items:
        raise _Unknown
    op, av = items[0]
    if op is _parser.AT and av is _parser.AT_BOUNDARY:
        return items[1:]
    if op is _parser.SUBPATTERN:
        return [(_parser.SUBPATTERN, (av[0], av[1], av[2], _Seq(_after_boundary(list(av[3]))))), *items[1:]]
    if op is _parser.BRANCH:
        return [(_parser.BRANCH, (None, [_Seq(_after_boundary(list(alt))) for alt in av[1]])), *items[1:]]
    raise _Unknown


class _Seq(list):
    """A sequence of parsed items (what _parser.SubPattern iterates as)."""


def _runs(items: list, partial: list[tuple[str, int]]) -> list[tuple[str, list | None]]:
    """Each way the word started in PARTIAL can run on through ITEMS: (the whole word, the items after
    it), or (the word so far, None) where ITEMS end first."""
    if len(partial) > _LIMIT:
        raise _Unknown
    if not items:
        return [(word, None) for word, _ in partial]
    (op, av), rest = items[0], items[1:]
    out: list[tuple[str, list | None]] = []
    if op is _parser.LITERAL:
        char = chr(av)
        if not _WORD.fullmatch(char):
            return [(word, rest) for word, _ in partial]  # a non-word character ends the word
        return _runs(rest, [(word + char.lower(), 0) for word, _ in partial])
    if op is _parser.IN:
        chars = _members(av)
        if all(not _WORD.fullmatch(c) for c in chars):
            return [(word, rest) for word, _ in partial]
        if not all(_WORD.fullmatch(c) for c in chars):
            raise _Unknown
        lowered = dict.fromkeys(c.lower() for c in chars)
        return _runs(rest, [(word + c, 0) for word, _ in partial for c in lowered])
    if op is _parser.AT and av is _parser.AT_BOUNDARY:
        return [(word, rest) for word, _ in partial] if all(word for word, _ in partial) else _unknown()
    if op is _parser.SUBPATTERN:
        return _runs([*av[3], *rest], partial)
    if op is _parser.BRANCH:
        for alt in av[1]:
            out.extend(_runs([*alt, *rest], partial))
        return out
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
        low, high, sub = av
        sub = list(sub)
        if low == 0 and high == 1:  # optional: without it, and with it
            return _runs(rest, partial) + _runs([*sub, *rest], partial)
        if _opens_with_non_word(sub):  # "[ \t]+", "(?:[ \t]+word){0,2}": the word ends, unless none is there
            ended: list[tuple[str, list | None]] = [(word, rest) for word, _ in partial]
            return ended + _runs(rest, partial) if low == 0 else ended
    raise _Unknown


def _opens_with_non_word(items: list) -> bool:
    """Does every match of the sequence ITEMS open with a non-word character?"""
    if not items:
        return False
    op, av = items[0]
    if op is _parser.LITERAL:
        return not _WORD.fullmatch(chr(av))
    if op is _parser.IN:
        try:
            return all(not _WORD.fullmatch(c) for c in _members(av))
        except _Unknown:
            return False
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
        return av[0] >= 1 and _opens_with_non_word(list(av[2]))
    if op is _parser.SUBPATTERN:
        return _opens_with_non_word(list(av[3]))
    return False


def _unknown() -> list:
    raise _Unknown


def _members(av: list) -> list[str]:
    """The characters of a small character class (a negated class, or a category such as \\w, is unknown)."""
    chars: list[str] = []
    for op, value in av:
        if op is _parser.LITERAL:
            chars.append(chr(value))
        elif op is _parser.RANGE and value[1] - value[0] < 64:
            chars.extend(chr(c) for c in range(value[0], value[1] + 1))
        else:
            raise _Unknown
    return chars
