"""Identifying details, round twenty-nine: tuned on the older dev files and dev batch 26 (cy/en-4001…4012).

A boat someone lives on, by its name ("he lived on the Gwennol, a narrowboat"); a care home before a room in
brackets ("yn Bryn Eirlys (stafell 6)"); a birthday the Welsh way round with its year ("'mhen-blwydd i …
Dydd San Ffolant 2012 yw e", "pen-blwydd ei fam (Calan Gaea' '81)") and leap day; a home next door to a
landmark ("drws nesa' i'r siop jips", "next door but one to the Post Office") and one set after a grandmother's
name; a padlock's combination. Each with the look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import categories_in, words_of


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Before the stroke he lived on the Gwennol, a narrowboat tied up in the old canal basin.", "the Gwennol"),
        ("She now lives on a small sailing boat, the Morwennol, on the inner harbour moorings.", "the Morwennol"),
        ("His son Emrys, who moved onto the Dwynwen in Porthmadog harbour when he sold up.", "the Dwynwen"),
        ("Mrs Tudor, who lives two boats up on the Kingfisher, started bringing a flask.", "the Kingfisher"),
        ("He lives on narrowboat Seren Fach below the wharf.", "Seren Fach"),
    ],
)
def test_a_boat_someone_lives_on_by_its_name(text: str, words: str) -> None:
    assert words in words_of("address", text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "He lived on the Gower all his life.",
        "He has lived on the same street since 1960.",
        "She lived on a boat for a year in her twenties.",
        "Her son lives on the Continent now.",
    ],
)
def test_a_peninsula_a_street_or_a_boat_with_no_name_is_left(text: str) -> None:
    assert "address" not in categories_in(text, "en")


def test_a_care_home_before_a_room_in_brackets() -> None:
    text = "Bu yn yr ysbyty am dair wythnos, wedyn deg diwrnod yn Bryn Eirlys (stafell 6) achos doedd dim gofal."
    assert "Bryn Eirlys" in words_of("address", text, "cy")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mae pawb yn cofio 'mhen-blwydd i achos Dydd San Ffolant 2012 yw e.", "cy", "Dydd San Ffolant 2012"),
        ("Ges i 'mhen-blwydd yna, nos Galan 2009 yw e, ac roedd y staff wedi neud cacen.", "cy", "nos Galan 2009"),
        ("Roedd o'n gwybod bob dim: pen-blwydd ei fam (Calan Gaea' '81), ei rhif hi.", "cy", "Calan Gaea' '81"),
        ("Aled is 37 (DOB leap day '88, which he will tell you about) and lives alone.", "en", "leap day '88"),
    ],
)
def test_a_birthday_the_welsh_way_round_and_leap_day(text: str, lang: str, words: str) -> None:
    assert any(words in each for each in words_of("date-of-birth", text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Roedd y parti pen-blwydd ar Ddydd Calan 2020 yn y neuadd.", "cy"),
        ("Mae'r clwb yn cofio Dydd San Ffolant 2012 yw'r noson fawr.", "cy"),
        ("The leap day 2024 disco raised £300.", "en"),
    ],
)
def test_a_party_or_an_event_on_a_festival_is_no_birth(text: str, lang: str) -> None:
    assert "date-of-birth" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "Taid Penrhiw, sy'n byw drws nesa' i'r siop jips ar y sgwâr, sy'n methu cerdded yn bell.",
            "cy",
            "drws nesa' i'r siop jips ar y sgwâr",
        ),
        ("Her sister, Auntie Bet, lives next door but one to the Post Office in St Harmon.", "en", "Post Office"),
        (
            "Buon ni'n cwrdd yn nhŷ ei mamgu, Mamgu Bet, y tŷ pinc gyferbyn â'r hen efail, dros bice ar y maen.",
            "cy",
            "y tŷ pinc gyferbyn â'r hen efail",
        ),
    ],
)
def test_a_home_next_door_to_a_landmark_or_after_a_grandmothers_name(text: str, lang: str, words: str) -> None:
    assert any(words in each for each in words_of("address", text, lang))


def test_a_padlocks_combination() -> None:
    text = "The combination on the padlock is 1-9-7-2, his birth year."
    assert any("1-9-7-2" in each for each in words_of("other-id", text, "en"))


def test_a_lotterys_combination_is_no_code() -> None:
    assert "other-id" not in categories_in("The winning combination was 1234 in the lottery.", "en")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ac yn byw ar ei ben ei hunan yng Nghwm-hwrdd, ffarm fach ar ben y mynydd uwchben y pentre.", "Nghwm-hwrdd"),
        ("Wrth gwrs ei fod o. Mae Tan-y-Graig yn ffarm fach i fyny'r lôn, a Meirion yn ffermio yno.", "Tan-y-Graig"),
    ],
)
def test_a_welsh_name_said_to_be_a_farm(text: str, words: str) -> None:
    assert words in words_of("address", text, "cy")


@pytest.mark.parametrize(
    "text",
    ["Aeth i Aberystwyth, ffarm fach oedd gan ei thad.", "Mae Aberystwyth yn fferm wynt fawr.", "Mae Gwyn yn ffermio."],
)
def test_a_town_or_a_man_farming_is_no_farm(text: str) -> None:
    assert "address" not in categories_in(text, "cy")


def test_a_refuge_named_with_a_capital_is_still_a_refuge() -> None:
    text = "She went with a support worker that night to Lloches Tŷ Llwyd, where she had room 3."
    assert any("Tŷ Llwyd" in each for each in words_of("address", text, "en"))
