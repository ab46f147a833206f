"""Overlapping finds are resolved in O(n log n), with the same result as before (issue 22, item 11).

Text such as "Flat 1 " or "St Mary School " repeated thousands of times makes finds that overlap
by the thousand; the resolver compared each with every find kept so far, which was quadratic.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storysite.privacy import _FEW, PRIORITY, _resolve, scan_text

Hit = tuple[int, int, str, str]


def quadratic_resolve(hits: list[Hit]) -> list[Hit]:
    """The resolver as it was: most specific first, each kept unless it overlaps one kept before.

    It broke exact ties (two finds of the same priority over the same characters) by the order of a
    set, which varies from run to run; here, as in _resolve now, by category and rule.
    """
    order = sorted(set(hits), key=lambda h: (-PRIORITY[h[2]], h[0] - h[1], h[0], h[2], h[3]))
    kept: list[Hit] = []
    for hit in order:
        if all(hit[1] <= k[0] or k[1] <= hit[0] for k in kept):
            kept.append(hit)
    kept.sort()
    return kept


def hits(max_size: int, span: int, min_size: int = 0) -> st.SearchStrategy[list[Hit]]:
    """Random finds crowded into SPAN characters, so that many overlap."""
    one = st.tuples(st.integers(0, span), st.integers(1, 40), st.sampled_from(sorted(PRIORITY))).map(
        lambda t: (t[0], t[0] + t[1], t[2], "privacy." + t[2])
    )
    return st.lists(one, min_size=min_size, max_size=max_size)


@settings(max_examples=400, deadline=None)
@given(found=hits(max_size=_FEW, span=200))
def test_a_few_overlapping_finds_resolve_as_before(found: list[Hit]) -> None:
    assert _resolve(list(found)) == quadratic_resolve(found)


@settings(max_examples=300, deadline=None)
@given(found=hits(max_size=400, span=1500))
def test_many_overlapping_finds_resolve_as_before(found: list[Hit]) -> None:
    assert _resolve(list(found)) == quadratic_resolve(found)


@settings(max_examples=100, deadline=None)
@given(found=hits(min_size=_FEW + 1, max_size=400, span=1500))
def test_the_tree_path_is_taken_and_agrees(found: list[Hit]) -> None:
    """Lists longer than _FEW go through the Fenwick trees: they must agree with the old algorithm too."""
    assert len(set(found)) > _FEW or len(found) > _FEW
    assert _resolve(list(found)) == quadratic_resolve(found)


def _best_time(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        scan_text(text, "en")
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("unit", ["Flat 1 ", "St Mary School ", "Ysgol Gymraeg Bryn School ", "12 Heol y Parc 12 "])
def test_ten_times_the_text_takes_about_ten_times_as_long(unit: str) -> None:
    small = unit * 1_500
    large = unit * 15_000
    assert scan_text(small, "en"), "the unit must make overlapping finds"
    ratio = _best_time(large) / _best_time(small)
    assert ratio <= 20, f"{unit!r}: 10x the text took {ratio:.1f}x the time"
