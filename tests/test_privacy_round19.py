"""Identifying details, round nineteen: tuned on dev batches 12 and 13 (cy/en-2001…2112).

A surname in capitals after initials alone is a name ("J. PHILPIN"), not after a surname's own initial
("EVANS E. REFUSED"); "Ben" after "ar" before a place's name is Pen mutated, not a man. Each pattern with
the look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import found_in


def _of(category: str, text: str, lang: str) -> list[str]:
    return [w for c, w in found_in(text, lang) if c == category]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("In his own capitals on the little card, it said J. PHILPIN.", "J. PHILPIN"),
        ("Dr R. T. MORGAN came.", "Dr R. T. MORGAN"),
    ],
)
def test_a_surname_in_capitals_after_initials_is_a_name(text: str, words: str) -> None:
    assert ("person-name", words) in found_in(text, "en")


def test_a_word_in_capitals_after_a_surnames_initial_is_not_part_of_the_name() -> None:
    assert ("person-name", "EVANS E") in found_in("07:05 EVANS E. REFUSED personal care.", "en")
    assert not [w for w in _of("person-name", "07:05 EVANS E. REFUSED personal care.", "en") if "REFUSED" in w]


@pytest.mark.parametrize(
    "text",
    [
        "Cytunodd Adra i roi fflat un llofft iddi ar Ben Rhos Isa', LL55 3NQ.",
        "Mae Iolo yn byw yn y tŷ ola' ar Ben Ffridd Goch cyn i'r lôn droi.",
    ],
)
def test_ben_after_ar_before_a_place_is_pen_not_a_man(text: str) -> None:
    assert "Ben" not in _of("person-name", text, "cy")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rhoddodd y llyfr i Ben ddoe.", "Ben"),
        ("Roedd hi'n dibynnu ar Ben.", "Ben"),
        ("Roedd hi'n dibynnu ar Ben Jones.", "Ben Jones"),
    ],
)
def test_ben_as_a_man_is_still_a_name(text: str, words: str) -> None:
    assert ("person-name", words) in found_in(text, "cy")
