"""Identifying details, round eleven (issue 15): Welsh farm names, by-names, halls and bare references.

Tuned on dev batch 5 only. Each pattern is found in both languages where both write it; each look-alike
that is not a detail is left alone. The examples are new ones, not the corpus's.
"""

from __future__ import annotations

import pytest
from privacy_cases import categories_in, found_in, story_findings


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
    assert any(c == "address" and words in w for c, w in found_in(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Aethon ni i Benrallt am dro i weld y castell.", "cy"),
        ("Mae'r ysgol ym Mhenrhyndeudraeth yn cau.", "cy"),
        ("We drove through Penlan on the way to the coast.", "en"),
    ],
)
def test_a_village_visited_is_not_a_home(text: str, lang: str) -> None:
    assert "address" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Bob bore roedd o'n galw yn siop Huw Papur am y Cymro.", "Huw Papur", "cy"),
        ("Roedd Twm Efail yno, a Wil Felin.", "Wil Felin", "cy"),
        ("Ask Dai Brics about the wall.", "Dai Brics", "en"),
    ],
)
def test_a_by_name_from_a_trade_or_a_place_is_a_name(text: str, words: str, lang: str) -> None:
    assert ("person-name", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("He has a room in Neuadd Bryn Dinas, the student flats by the university.", "Neuadd Bryn Dinas", "en"),
        ("Mae hi'n fyfyrwraig ac yn byw yn Neuadd Cae Gwyn, stafell 12.", "Neuadd Cae Gwyn", "cy"),
    ],
)
def test_a_hall_of_residence_where_a_student_is_spoken_of_is_found(text: str, words: str, lang: str) -> None:
    assert ("school", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Roedd y cyngerdd yn Neuadd y Pentref, a'r myfyrwyr yn canu.", "cy"),
        ("The students sang at Neuadd Goffa on Sunday.", "en"),
        ("Daeth y côr i Neuadd Tŷ Gwyn ar gyfer y noson lawen.", "cy"),  # no student, no university
    ],
)
def test_village_and_memorial_halls_are_not_schools(text: str, lang: str) -> None:
    assert "school" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Mae'r gorchymyn (achos llys SA24C01187) yn dal mewn grym.", "SA24C01187", "cy"),
        ("The order (NP24C00931) is still in force, the court said.", "NP24C00931", "en"),
    ],
)
def test_a_reference_of_capitals_and_figures_is_found_without_a_label(text: str, words: str, lang: str) -> None:
    assert ("other-id", words) in found_in(text, lang)


@pytest.mark.parametrize(
    "text",
    ["They took the A4070 and then the M4 home.", "The BA2490 flight was late.", "COVID19 changed the rota."],
)
def test_roads_flights_and_short_codes_are_not_references(text: str) -> None:
    assert "other-id" not in categories_in(text, "en")


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Account ending 5521, sort code 40-11-62, in his name.", "sort code 40-11-62", "en"),
        ("Mae'r cod didoli, 20-45-77, ar y llythyr.", "cod didoli, 20-45-77", "cy"),
        ("His season ticket says block 2, row K, seat 41.", "row K, seat 41", "en"),
        ("Mae ganddyn nhw seddi 8 a 9, rhes C, ers 1990.", "seddi 8 a 9, rhes C", "cy"),
    ],
)
def test_a_sort_code_and_a_seat_by_its_row_are_found(text: str, words: str, lang: str) -> None:
    assert any(c == "other-id" and words in w for c, w in found_in(text, lang))


@pytest.mark.parametrize(
    "text",
    ["They sat in the front row at the concert.", "Row, row, row your boat, we sang.", "Take a seat in row two."],
)
def test_rows_and_seats_with_no_number_are_not_identifiers(text: str) -> None:
    assert "other-id" not in categories_in(text, "en")


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("She was at the old secondary in Cemaes until 1960.", "secondary in Cemaes", "en"),
        ("They were in the Bryn Hyfryd grammar together.", "Bryn Hyfryd grammar", "en"),
        ("He is in Year 4 at the juniors on Ffordd Eryri.", "juniors on Ffordd Eryri", "en"),
    ],
)
def test_more_schools_named_by_their_place(text: str, words: str, lang: str) -> None:
    assert any(c == "school" and words in w for c, w in found_in(text, lang))


def test_a_festival_after_gan_is_a_date_of_birth() -> None:
    assert ("date-of-birth", "Gŵyl Ddewi 1941") in found_in("Yn ei ffeil: gan. Gŵyl Ddewi 1941.", "cy")
    assert "date-of-birth" not in categories_in("Aethon ni i'r parêd ar Ŵyl Ddewi 2019.", "cy")


@pytest.mark.parametrize(
    ("body", "pet", "lang"),
    [
        ("Daeth Owen Parri draw ddydd Sul. Mae pawb yn y pentref yn galw Now arno fo.", "Now", "cy"),
        ("Dafydd Elis rang at ten. By dinner Deio had fixed the gate.", "Deio", "en"),
        ("Grandson Rhodri Pugh visits on Sundays. Rhods sent the photo to the club.", "Rhods", "en"),
        ("Mr Arwyn Lloyd-Hughes ran the club, and Lloydy said yes.", "Lloydy", "en"),
    ],
)
def test_what_a_found_name_is_called_at_home_is_found(make_library, body: str, pet: str, lang: str) -> None:
    assert ("person-name", pet) in story_findings(make_library, body, lang)


def test_a_pet_form_that_is_an_everyday_word_is_left_where_it_is_the_word(make_library) -> None:
    body = "Owen Parri came on Sunday. Now he comes every week, and now and then he brings cake."
    assert ("person-name", "Now") not in story_findings(make_library, body, "en")
