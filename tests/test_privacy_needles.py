"""The scanner's one pass for the finders' literals finds what a `str.find` for each would."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storysite.privacy.needles import Words

LITERALS = ("ab", "b", "aba", "ba ", " ô", "ôl", "Ŵ😀")


def find_all(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ôlŴ😀x", max_size=40))
def test_every_start_as_find_gives_it(text: str) -> None:
    found = Words(LITERALS).find(text)
    for needle in LITERALS:
        assert list(found.starts(needle)) == find_all(text, needle)
        assert found.has(needle) == (needle in text)
    for needles in (LITERALS, LITERALS[:2], LITERALS[3:]):
        assert list(found.positions(needles)) == sorted({s for n in needles for s in find_all(text, n)})
        assert found.any(needles) == any(n in text for n in needles)
    assert found.empty == (not any(n in text for n in LITERALS))
    gated = Words(LITERALS[:3], gates=LITERALS[3:]).find(text)  # a gate word is found, but leaves the text empty
    for needle in LITERALS:
        assert list(gated.starts(needle)) == find_all(text, needle)
    assert gated.empty == (not any(n in text for n in LITERALS[:3]))


@pytest.mark.parametrize("ask", ["has", "starts", "positions", "any"])
def test_a_literal_left_off_the_lists_raises(ask: str) -> None:
    found = Words(LITERALS).find("no literal here")
    with pytest.raises(KeyError, match="not among the literals"):
        getattr(found, ask)(("zz",) if ask in ("positions", "any") else "zz")


def test_lower_case_surnames_are_the_words_split_gives() -> None:
    """The one pass for lower-case surnames finds the surname of every word `str.split()` would have looked up."""
    from storysite.privacy.names import _LOWER_SURNAME_WORDS, _surname_words

    def by_split(text: str) -> set[str]:
        return {_LOWER_SURNAME_WORDS[w] for w in _LOWER_SURNAME_WORDS.keys() & text.split()}

    words = ["jones", "jones's", "jones,", "pritchard.", "xjones", "jonesy", "é", "😀", "a"]
    spaces = [" ", "\t", "\n", "\u00a0", "\u2003", "\u2028", "\x85", "\x1c", "", "-", "\ud800"]

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from(words), st.sampled_from(spaces)), max_size=8))
    def check(parts: list[tuple[str, str]]) -> None:
        text = "".join(w + s for w, s in parts)
        assert _surname_words(text) == by_split(text)

    check()


def test_a_literal_left_off_raises_every_time() -> None:
    """Tuples are checked once and remembered: an unknown one is never remembered as checked."""
    words = Words(LITERALS)
    words.find("ab").any(LITERALS[:2])
    for _ in range(2):
        with pytest.raises(KeyError, match="not among the literals"):
            words.find("x").any(("ab", "zz"))
        with pytest.raises(KeyError, match="not among the literals"):
            words.find("").positions(("zz",))


def test_any_takes_a_frozenset_as_a_tuple() -> None:
    words = Words(LITERALS)
    for text in ("ab ", "x", "ôl", ""):
        found = words.find(text)
        assert found.any(frozenset(LITERALS[:3])) == found.any(LITERALS[:3])
    with pytest.raises(KeyError, match="not among the literals"):
        words.find("ab").any(frozenset({"zz"}))


def test_case_notes_passes_over_only_texts_none_of_its_finders_starts_in() -> None:
    """case_notes skips a finder where none of its literals or characters is: each finder run alone finds the same."""
    from test_privacy_round13 import DETAILS, LOOK_ALIKES

    from storysite.privacy import case_notes as cn
    from storysite.privacy.normalise import normalised
    from storysite.privacy.scanner import _WORDS

    texts = [case[1] for case in DETAILS + LOOK_ALIKES]
    texts += [t.replace("(", " ").replace("/", " ").replace("-", " ") for t in texts]
    for raw in texts:
        text = normalised(raw).text
        found = _WORDS.find(text)
        every = cn.joined_handles(text)  # read before the gate, wherever a dot or an underscore is
        every += [hit for finder, _, _ in cn._FINDERS for hit in finder(text, found)]
        every += [hit for finder, _, _ in cn._NAMED_FINDERS for hit in finder(text, found, frozenset())]
        assert cn.case_notes(text, found, frozenset()) == every, raw


def test_each_case_notes_finder_asks_only_for_what_it_is_gated_on() -> None:
    """Read each finder's code: every literal it asks the pass for, and every character it gives _finds, is among
    those its entry in case_notes._FINDERS names (or a text holding only that one would skip the finder)."""
    import ast
    import inspect
    import textwrap

    from storysite.privacy import case_notes as cn

    entries: list[tuple[Callable[..., list[Any]], frozenset[str], str]] = [*cn._FINDERS, *cn._NAMED_FINDERS]
    for finder, literals, characters in entries:
        tree = ast.parse(textwrap.dedent(inspect.getsource(finder)))
        asked: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "found":
                assert node.attr in ("positions", "starts", "has", "any"), (finder.__name__, node.attr)
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "_finds":
                char = node.args[1]
                assert isinstance(char, ast.Constant) and isinstance(char.value, str), (finder.__name__, ast.dump(char))
                assert char.value in characters, (finder.__name__, char.value)
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "found":
                arg = node.args[0]
                if isinstance(arg, ast.Constant):
                    assert isinstance(arg.value, str), (finder.__name__, ast.dump(arg))
                    asked.add(arg.value)
                else:
                    assert isinstance(arg, ast.Name), (finder.__name__, ast.dump(arg))
                    asked |= set(finder.__globals__[arg.id])
        # "found" is only ever asked, never handed on to something that could ask for more
        names = [n for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == "found"]
        asked_of = [n for n in ast.walk(tree) if isinstance(n, ast.Attribute) and getattr(n.value, "id", "") == "found"]
        assert len(names) == len(asked_of), finder.__name__
        assert asked and asked <= literals, (finder.__name__, sorted(asked - literals))


def test_case_notes_raises_for_a_character_it_does_not_gate_on() -> None:
    from storysite.privacy import case_notes as cn

    with pytest.raises(KeyError, match="_CHARACTERS"):
        list(cn._finds("a;b", ";"))
