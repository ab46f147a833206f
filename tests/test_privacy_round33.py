"""Identifying details, round thirty-three: tuned on the older dev files and dev batch 30 (cy/en-4801…4812).

A date in brackets after a made-up name or a parent's word, as well as after a name the check found ("Twm
(30/1/17)" with Twm a pseudonym, "Mam (Medi '82)"), the name first in the brackets left out of the date ("Mam
(Olwen, b. Christmas Eve '59)"); a badge's, a driver's or a buyer's number with its word for number ("bathodyn
gwirfoddolwr, rhif 88", "Crosville driver no. 228"), and an alarm's ("larwm gan y Careline (rhif 88213)", "sensor
mat #118"); a children's residential unit named before its kind ("Tŷ Gwernen, the residential unit"). Each with the
look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import categories_in, words_of

from storysite.privacy import scan_text


def test_a_date_in_brackets_after_a_made_up_name_is_still_a_date_of_birth() -> None:
    found = scan_text("Mae Twm (30/1/17) yn Ysgol Gynradd y Twyni.", "cy", pseudonyms=["Twm"])
    assert ("date-of-birth", "30/1/17") in {(d.category, d.text) for d in found}


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mae Mam (Medi '82) yn cael ei hasesu wythnos nesa.", "cy", "Medi '82"),
        ("Dad (12.4.79) has the children at weekends.", "en", "12.4.79"),
    ],
)
def test_a_date_in_brackets_after_a_parent_s_word(text: str, lang: str, words: str) -> None:
    assert words in words_of("date-of-birth", text, lang)


def test_the_name_first_in_the_brackets_is_no_part_of_the_date() -> None:
    text = "Mam (Olwen, b. Christmas Eve '59, tel. on file) came to the review."
    assert "Olwen" in words_of("person-name", text, "en")
    assert not any("Olwen" in each for each in words_of("date-of-birth", text, "en"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Mam (and Dad, in 2019) moved to the coast.", "en"), ("Mae Mam (ers 2019) yn byw ar ei phen ei hun.", "cy")],
)
def test_a_parent_s_move_or_start_in_brackets_is_no_birth(text: str, lang: str) -> None:
    assert "date-of-birth" not in categories_in(text, lang)


def test_a_bracket_at_the_start_of_a_line_breaks_nothing() -> None:
    text = "\n(Cyf. atgyfeirio TCS/2025/1187 – nodyn gan y gweithiwr allweddol)\n\nMae Dylan yn 47 oed."
    found = scan_text(text, "cy", pseudonyms=["Dylan"])
    assert all(d.rule != "privacy.other-id.unchecked" for d in found), found


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mae ganddo fo fathodyn gwirfoddolwr, rhif 88, ac mae o'n ei wisgo i'r capel.", "cy", "88"),
        ("Mi gafodd hi bendant larwm gan y Careline (rhif 88213) y diwrnod wedyn.", "cy", "88213"),
        ("He is still Wil Bysus: Crosville driver no. 228, Bangor to Bethesda and back.", "en", "228"),
        ("His old buyer's number, 57, is still painted on his stick.", "en", "57"),
        ("She was sitting with her eyes shut, sensor mat #118 going off at night.", "en", "118"),
    ],
)
def test_a_badge_a_driver_a_buyer_or_an_alarm_by_its_number(text: str, lang: str, words: str) -> None:
    assert words in words_of("other-id", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The alarm went off at 3 in the morning.", "en"),
        ("Her badge number is on the back of the card.", "en"),
        ("Mae'r larwm yn canu am 7 bob bore.", "cy"),
        ("The driver took 20 minutes to arrive.", "en"),
    ],
)
def test_an_alarm_s_time_or_a_badge_with_no_number_is_left(text: str, lang: str) -> None:
    assert "other-id" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("The last placement was Tŷ Gwernen, the residential unit, where he stayed a year.", "en", "Tŷ Gwernen"),
        ("Roedd o yn Nhŷ Gwernen, yr uned breswyl, am flwyddyn.", "cy", "Nhŷ Gwernen"),
    ],
)
def test_a_residential_unit_named_before_its_kind(text: str, lang: str, words: str) -> None:
    assert words in words_of("address", text, lang)
