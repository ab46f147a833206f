"""Identifying details, round eleven (issue 15): Welsh farm names, by-names, halls and bare references.

Tuned on dev batch 5 only. Each pattern is found in both languages where both write it; each look-alike
that is not a detail is left alone. The examples are new ones, not the corpus's.
"""

from __future__ import annotations

import pytest

from storysite.privacy import scan_text


def _found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(d.category, d.text) for d in scan_text(text, lang)}


def _categories(text: str, lang: str) -> set[str]:
    return {d.category for d in scan_text(text, lang)}


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Hi oedd y bumed genhedlaeth ym Mhenlan Isaf.", "Mhenlan Isaf", "cy"),
        ("Roedden nhw'n ffarmio yn Nhroedrhiw'r Gwair ers 1950.", "Nhroedrhiw'r Gwair", "cy"),
        ("Mae o'n mynd adra i Benrallt bob nos Wener.", "Benrallt", "cy"),
        ("He went home to Penrallt every Friday night.", "Penrallt", "en"),
        ("Symudodd hi i fyw i Dyddyn Felin ar ôl y briodas.", "Dyddyn Felin", "cy"),
    ],
)
def test_a_welsh_farm_or_house_name_named_as_home_is_found(text: str, words: str, lang: str) -> None:
    assert any(c == "address" and words in w for c, w in _found(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Aethon ni i Benrallt am dro i weld y castell.", "cy"),
        ("Mae'r ysgol ym Mhenrhyndeudraeth yn cau.", "cy"),
        ("We drove through Penlan on the way to the coast.", "en"),
    ],
)
def test_a_village_visited_is_not_a_home(text: str, lang: str) -> None:
    assert "address" not in _categories(text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Bob bore roedd o'n galw yn siop Huw Papur am y Cymro.", "Huw Papur", "cy"),
        ("Roedd Twm Efail yno, a Wil Felin.", "Wil Felin", "cy"),
        ("Ask Dai Brics about the wall.", "Dai Brics", "en"),
    ],
)
def test_a_by_name_from_a_trade_or_a_place_is_a_name(text: str, words: str, lang: str) -> None:
    assert ("person-name", words) in _found(text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("He has a room in Neuadd Bryn Dinas, the student flats by the university.", "Neuadd Bryn Dinas", "en"),
        ("Mae hi'n fyfyrwraig ac yn byw yn Neuadd Cae Gwyn, stafell 12.", "Neuadd Cae Gwyn", "cy"),
    ],
)
def test_a_hall_of_residence_where_a_student_is_spoken_of_is_found(text: str, words: str, lang: str) -> None:
    assert ("school", words) in _found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Roedd y cyngerdd yn Neuadd y Pentref, a'r myfyrwyr yn canu.", "cy"),
        ("The students sang at Neuadd Goffa on Sunday.", "en"),
        ("Daeth y côr i Neuadd Tŷ Gwyn ar gyfer y noson lawen.", "cy"),  # no student, no university
    ],
)
def test_village_and_memorial_halls_are_not_schools(text: str, lang: str) -> None:
    assert "school" not in _categories(text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Mae'r gorchymyn (achos llys SA24C01187) yn dal mewn grym.", "SA24C01187", "cy"),
        ("The order (NP24C00931) is still in force, the court said.", "NP24C00931", "en"),
    ],
)
def test_a_reference_of_capitals_and_figures_is_found_without_a_label(text: str, words: str, lang: str) -> None:
    assert ("other-id", words) in _found(text, lang)


@pytest.mark.parametrize(
    "text",
    ["They took the A4070 and then the M4 home.", "The BA2490 flight was late.", "COVID19 changed the rota."],
)
def test_roads_flights_and_short_codes_are_not_references(text: str) -> None:
    assert "other-id" not in _categories(text, "en")
