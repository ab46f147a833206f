"""Where the finders' literal words stand in one text, all found in a single pass.

Most finders start from a rare literal ("opposite", "sixth form", "ddress") and read the text around
it only where one is found, behind a gate of `in` tests that says whether the finder need run at
all. Looked for one at a time, that made some thirty passes over every text; one Aho–Corasick
automaton over every finder's literals (ahocorasick-rs, in Rust) finds them all at once, and the
finders are handed the positions. Asking for a literal the automaton does not hold is a bug, and
raises: a finder's word left off the lists would otherwise be silently never found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ahocorasick_rs import AhoCorasick, Implementation

Literals = tuple[str, ...] | frozenset[str]


class Words:
    """A fixed set of literals and the automaton that finds them."""

    __slots__ = ("known", "_gates", "_asked", "_words", "_automaton")

    def __init__(self, words: Iterable[str], gates: Iterable[str] = ()) -> None:
        """WORDS are the finders' literals; GATES are found too, but a text holding only those counts as empty."""
        words = frozenset(words)
        self.known = words | frozenset(gates)
        self._gates = self.known - words
        self._asked: set[Literals] = set()  # the tuples of literals already checked to be among them
        self._words = sorted(self.known)
        # A DFA: built once, it reads a text in about half the time of the default NFA.
        self._automaton = AhoCorasick(self._words, implementation=Implementation.DFA)

    def find(self, text: str) -> Needles:
        """Where each of the words starts in TEXT (the automaton gives character offsets, in order)."""
        at: dict[str, list[int]] = {}
        words = self._words
        for index, start, _ in self._automaton.find_matches_as_indexes(text, overlapping=True):
            word = words[index]
            starts = at.get(word)
            if starts is None:
                at[word] = [start]
            else:
                starts.append(start)
        return Needles(at, self.known, self._gates, self._asked)


class Needles:
    """Every start of every known literal in one text, in order (overlapping ones too, as `str.find` from
    the next character finds them)."""

    __slots__ = ("empty", "_at", "_known", "_asked")

    def __init__(
        self,
        at: dict[str, list[int]],
        known: frozenset[str],
        gates: frozenset[str] = frozenset(),
        asked: set[Literals] | None = None,
    ) -> None:
        self.empty = not at or at.keys() <= gates  # the text holds none of the literals (gate words aside)
        self._at = at
        self._known = known
        # A finder asks with the same tuples for every text: each is checked against the lists once.
        self._asked = set() if asked is None else asked

    def _check(self, needles: Literals) -> None:
        if not self._known.issuperset(needles):
            raise _unknown(*needles)
        self._asked.add(needles)

    def has(self, needle: str) -> bool:
        """Is NEEDLE in the text?"""
        if needle in self._at:
            return True
        if needle not in self._known:
            raise _unknown(needle)
        return False

    def any(self, needles: Literals) -> bool:
        """Is one of NEEDLES in the text? (A frozenset of many is quicker: its hash is kept, and the few found are
        looked up in it.)"""
        at = self._at
        if at and not at.keys().isdisjoint(needles):
            return True
        if needles not in self._asked:
            self._check(needles)
        return False

    def starts(self, needle: str) -> Sequence[int]:
        """Every position where NEEDLE starts, in order (do not change it)."""
        found = self._at.get(needle)
        if found is not None:
            return found
        if needle not in self._known:
            raise _unknown(needle)
        return ()

    def positions(self, needles: tuple[str, ...]) -> Sequence[int]:
        """Every position where one of NEEDLES starts, in order, each once (do not change it)."""
        if needles not in self._asked:
            self._check(needles)
        at = self._at
        if not at:
            return ()
        lists = [at[n] for n in needles if n in at]
        if not lists:
            return ()
        if len(lists) == 1:
            return lists[0]
        return sorted({s for starts in lists for s in starts})


def _unknown(*needles: str) -> KeyError:
    return KeyError(f"not among the literals looked for (add them to the finder's NEEDLES): {sorted(needles)}")
