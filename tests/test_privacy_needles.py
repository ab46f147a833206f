"""The scanner's one pass for the finders' literals finds what a `str.find` for each would."""

from __future__ import annotations

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


@pytest.mark.parametrize("ask", ["has", "starts", "positions", "any"])
def test_a_literal_left_off_the_lists_raises(ask: str) -> None:
    found = Words(LITERALS).find("no literal here")
    with pytest.raises(KeyError, match="not among the literals"):
        getattr(found, ask)(("zz",) if ask in ("positions", "any") else "zz")
