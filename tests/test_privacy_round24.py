"""Identifying details, round twenty-four: tuned on the older dev files and dev batch 18 (cy/en-2801…2812).

A school named alone after the words only a school has; Welsh toddler groups, school contractions and old
first names; kinship words as the south writes them; a site said to be a holiday park; a room as the north
says it; a hall in Carmarthen; a birth in the week of an event as it is said. Each with the look-alikes that
must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import found_in, words_of


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("The move up to Gwenallt went badly once her parents separated.", "en", "Gwenallt"),
        ("A class photo from Gwern-y-Cwm got him singing, and then naming everyone.", "en", "Gwern-y-Cwm"),
        ("Mae hi wedi cadw llun dosbarth o Ben-y-Gloddfa ers blynyddoedd.", "cy", "Ben-y-Gloddfa"),
        ('fel bod athrawon "Rysgol Crib" yn gwbod heb iddi orfod egluro.', "cy", "Rysgol Crib"),
        (
            "Dechreuodd Alys ddwy sesiwn yr wythnos yng Nghylch Ti a Fi Bethel Uchaf drwy Ddechrau'n Deg.",
            "cy",
            "Nghylch Ti a Fi Bethel Uchaf",
        ),
        (
            "Mae hi'n neud cwrs athrawon cynradd a'n byw yn Neuadd Gwenllian yng Nghaerfyrddin.",
            "cy",
            "Neuadd Gwenllian",
        ),
    ],
)
def test_schools_named_as_they_are_said(text: str, lang: str, words: str) -> None:
    assert ("school", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The class photo from Mrs Jones was lovely, and the move up to Cardiff was hard.", "en"),
        ("Mae llun dosbarth o Gaerdydd ar y wal.", "cy"),
    ],
)
def test_a_person_or_a_town_after_the_words_of_school_is_no_school(text: str, lang: str) -> None:
    assert not words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Yn y gwanwyn symudodd hi at ei mamgu, Bet, i dŷ arall.", "Bet"),
        ("Ma Dad-cu Wyn yn ei chasglu hi o'r feithrinfa.", "Dad-cu Wyn"),
        ('"Wmffra," medda hi, a chwerthin.', "Wmffra"),
        ('"Meri Jên, hi oedd yn cael y gansen."', "Meri Jên"),
    ],
)
def test_welsh_names_after_kin_words_and_old_forms(text: str, words: str) -> None:
    assert words in words_of("person-name", text, "cy")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ma' 'da fe ddwylo fel Ken Owens, medde fe.", "cy"),
        ("He has hands like Ken Owens, he said.", "en"),
        ("Sgwrs fisol gyda'i Chynghorydd Personol am y fflat.", "cy"),
        ("Dean has started a horticulture course with Novus Cambria.", "en"),
    ],
)
def test_a_famous_name_compared_to_a_role_and_a_provider_are_no_people(text: str, lang: str) -> None:
    found = words_of("person-name", text, lang)
    assert not [w for w in found if w in ("Ken Owens", "Chynghorydd Personol", "Novus Cambria")]


def test_a_name_compared_to_that_is_no_famous_one_is_still_a_name() -> None:
    assert "Nia Jones" in words_of("person-name", "Roedd hi fel Nia Jones i mi.", "cy")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("What we had not planned for: Morfa Gwyn is a holiday park with a ten-week closure.", "Morfa Gwyn"),
        ("Cresswell Lawns is the park-home end of the holiday park.", "Cresswell Lawns"),
    ],
)
def test_a_site_said_to_be_a_holiday_park_is_an_address(text: str, words: str) -> None:
    assert ("address", words) in found_in(text, "en")


def test_a_holiday_park_company_is_no_address() -> None:
    assert not words_of("address", "Haven is a holiday park company, and Bluestone is a holiday park too.", "en")


def test_a_room_as_the_north_says_it() -> None:
    text = "Aeth â'i flanced las a'i iPad draw i Lofft 3 yn Y Nyth wythnos cyn y noson."
    assert ("other-id", "Lofft 3") in found_in(text, "cy")


def test_a_birth_in_the_week_of_an_event_as_the_south_says_it() -> None:
    assert "date-of-birth" in {c for c, _ in found_in("Ges i 'ngeni wthnos y Sioe, 2010, medde Mam.", "cy")}


def test_the_black_mountain_is_a_place() -> None:
    assert not words_of("address", "Daeth Osian at ei ofalwyr maeth ar fferm ar y Mynydd Du ym mis Ionawr.", "cy")


def test_a_surname_in_capitals_after_a_first_name_as_written() -> None:
    assert "Dilwyn PENNANT" in words_of("person-name", "Dilwyn PENNANT came home on Tuesday.", "en")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("> Pt: Dilwyn PENNANT. DOB 3/xi/41.", ["PENNANT"]),
        ("Dilwyn PENNANT came home on Tuesday.", ["PENNANT"]),
        ("Dilwyn read the NHS LEAFLET and WENT HOME.", []),
    ],
)
def test_a_real_surname_in_capitals_after_a_declared_pseudonym(text: str, found: list[str]) -> None:
    from storysite.privacy import scan_text

    names = [d.text for d in scan_text(text, "en", pseudonyms=["Dilwyn"]) if d.category == "person-name"]
    assert names == found
