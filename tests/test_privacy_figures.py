"""The scanner skips the finders that need figures in a text without any: each must find nothing there."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storysite.privacy.dates import festival_births
from storysite.privacy.needles import Words
from storysite.privacy.references import spaced_references
from storysite.privacy.rooms import rooms_and_beds
from storysite.privacy.year_groups import UNTIL_NEEDLES
from storysite.privacy.year_groups import schools_by_year_group as _by_year_group

_UNTIL = Words(UNTIL_NEEDLES)


def schools_by_year_group(text: str) -> list[tuple[int, int]]:
    """The finder with its literals found, as the scanner hands them."""
    return _by_year_group(text, _UNTIL.find(text))


FINDERS = [rooms_and_beds, spaced_references, festival_births, schools_by_year_group]
# Each finds its detail with the figures in, so the texts below are ones it reads.
FOUND = [
    (rooms_and_beds, "She is in bed 4 on the ward, and her room number is 23."),
    (spaced_references, "Her case no. CC 4471 is on file."),
    (festival_births, "Mair Jones (b. St David's Day 1942) lives alone."),
    (schools_by_year_group, "He's in Year 3 at Penrhos now."),
]
_PIECES = [text for _, text in FOUND] + ["bed ", "room ", ", rhif ", "Year ", "g. Dydd Nadolig ", " ", "\t", "٣", "¾"]


@pytest.mark.parametrize(("finder", "text"), FOUND)
def test_each_finds_its_detail_with_figures(finder, text: str) -> None:
    assert finder(text)


@pytest.mark.parametrize(("finder", "text"), FOUND)
def test_each_finds_nothing_without_figures(finder, text: str) -> None:
    assert finder(text.translate(str.maketrans("", "", "0123456789"))) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=12))
def test_no_figures_nothing_found(parts: list[str]) -> None:
    text = "".join(parts).translate(str.maketrans("", "", "0123456789"))
    for finder in FINDERS:
        assert finder(text) == []
