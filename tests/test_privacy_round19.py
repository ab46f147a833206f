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


# --- Tuned on dev batch 13 (cy/en-2101…2112) -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Name: Tracey Bellis. D/O/B 311273. NI PW 517708 D.", "D/O/B 311273", "en"),
        ("DP agreement signed. D/B 15.07.34, NINO YK 60 44 19 B.", "D/B 15.07.34", "en"),
        ("Usher syndrome dx 1990s. DOB Mar-58. CVI 26/BR/0559.", "DOB Mar-58", "en"),
        ("Mae Tecwyn yn 58 (DG: 03-IX-1967 ar y cyfeiriad).", "DG: 03-IX-1967", "cy"),
    ],
)
def test_dates_of_birth_typed_compactly_or_with_a_roman_month_in_capitals_are_found(
    text: str, words: str, lang: str
) -> None:
    assert ("date-of-birth", words) in found_in(text, lang)


def test_six_figures_that_are_no_date_after_dob_are_not_a_date() -> None:
    assert not _of("date-of-birth", "DOB 456789 on file.", "en")


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        (
            "She went away at five to board at Craig-y-Môr, the old residential Deaf school, and loved it.",
            "Craig-y-Môr",
            "en",
        ),
        ("Aeth i Fryn Celyn, yr ysgol arbennig yn y dre.", "Fryn Celyn", "cy"),
        ("He is back in mainstream now, year eleven at Bryn El.", "Bryn El", "en"),
        ("Mae hi ym mlwyddyn naw ym Mhenweddig.", "Mhenweddig", "cy"),
        ("Her son is in his second year at Bangor and lives in Neuadd Tegeingl.", "Neuadd Tegeingl", "en"),
        (
            "Pan oedd hi yn ei blwyddyn gynta yn Aberystwyth, roedd hi'n byw yn Neuadd Ceri Fach.",
            "Neuadd Ceri Fach",
            "cy",
        ),
    ],
)
def test_a_school_before_its_kind_a_year_group_in_words_and_a_hall_of_a_year_at_a_town_are_schools(
    text: str, words: str, lang: str
) -> None:
    assert ("school", words) in found_in(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Gwen, a teacher at the school, rang.",
        "We met at Tesco, the big one near the school.",
        "Her social worker worked with Careers Wales, the college's learning support team.",
        "The year two thousand at Wembley.",
    ],
)
def test_a_person_a_shop_a_body_or_a_year_before_the_school_words_is_not_a_school(text: str) -> None:
    assert not _of("school", text, "en")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Landline 840 927 (after 6 best).", "840 927"),
        ("He keeps her number the old way, 73 5042, no code in front.", "73 5042"),
    ],
)
def test_a_local_number_with_no_area_code_after_a_word_for_someones_number_is_a_phone(text: str, words: str) -> None:
    assert ("phone", words) in found_in(text, "en")


def test_an_old_exchange_after_the_mutated_word_for_a_number_is_a_phone() -> None:
    text = "Rhoddodd Mei rif y tŷ, Nefyn 720 311, ar y wal tu ôl i'r til."
    assert ("phone", "Nefyn 720 311") in found_in(text, "cy")


def test_a_references_figures_after_its_letters_are_not_a_local_number() -> None:
    text = "The claim went in (their number for it is AA 771 204 93) and came through."
    assert not _of("phone", text, "en")


def test_a_caravan_named_after_its_word_is_a_home() -> None:
    assert ("address", "Dunroamin") in found_in("The van itself is called Dunroamin, white with green trim.", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gwybodaeth i'r teulu: Meic, 080880 23456 a Gofalwyr Cymru.", "cy"),
        ("If reading this needs someone outside the system, Meic is free on 080 880 23456.", "en"),
        ("He brought a bag of Welsh Lamb chops; he has forty ewes left to lamb.", "en"),
        ("Eluned watches Rose Ayling-Ellis on Strictly.", "en"),
    ],
)
def test_a_helpline_meat_and_a_public_figure_are_not_people(text: str, lang: str) -> None:
    assert not [w for w in _of("person-name", text, lang) if w not in ("Eluned",)]
