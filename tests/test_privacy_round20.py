"""Identifying details, round twenty: tuned on dev batch 14 (cy/en-2201…2212) and on defects left from earlier
rounds ("Lyn Jones").

Each pattern with the look-alikes that must stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from privacy_cases import found_in, story_findings


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Her neighbour Lyn Jones came round with a cake.", "en"),
        ("Daeth Lyn Price draw efo cacen.", "cy"),
    ],
)
def test_a_first_name_that_is_a_mutated_place_word_is_a_name_before_a_surname(text: str, lang: str) -> None:
    # "Lyn" is also "Llyn" (a lake) mutated, but a lake is not followed by a surname
    name = next(w for w in ("Lyn Jones", "Lyn Price") if w in text)
    assert ("person-name", name) in found_in(text, lang)


def test_a_lake_after_a_mutating_word_is_still_not_a_person() -> None:
    assert not found_in("Aethon ni am dro i Lyn Tegid ddydd Sadwrn.", "cy")


def test_a_first_name_that_is_a_mutated_place_word_comes_back_bare(make_library: Callable[..., Path]) -> None:
    body = "Her neighbour Lyn Jones came round. The next week she saw Lyn at the shop.\n"
    found = story_findings(make_library, body)
    assert ("person-name", "Lyn") in found
