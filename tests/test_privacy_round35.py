"""Identifying details, round thirty-five: tuned on dev batch 31 (cy/en-5001…5012).

What someone is called, said the Welsh way as well as the English: "mae pawb yn ei alw fo'n Smithy", "yn ei nabod
hi fel Wen Bach", "Gwen Ffwrnes yw hi i bawb", as "everyone calls him Smithy" was already found; "known to everyone
as Smithy"; a short form in quotes straight after the name it is short for ('Osian ("Os" i bawb)'); more trades
and things a by-name is made from (Ffwrnes, Colomennod, Cychod). Each with the look-alikes that must stay as they
are, and texts that hold the finder's words but no name, which must not fail the check.
"""

from __future__ import annotations

import pytest
from privacy_cases import words_of

from storysite.privacy import scan_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mae pawb yn ei alw fo'n Smithy.", "Smithy"),
        ("Mae pawb yn y stryd yn ei nabod hi fel Wen Bach, er ei bod hi'n dal.", "Wen Bach"),
        ("Gwenda yw hi ar bapur, ond Gwen Ffwrnes yw hi i bawb ar y rhes.", "Gwen Ffwrnes"),
        ("Dad wedd Dai Ffwrnes i bawb yn y cwm.", "Dai Ffwrnes"),
        ("Mae pawb yn ei galw hi'n Gwen Ffwrnes.", "Gwen Ffwrnes"),
    ],
)
def test_what_someone_is_called_in_welsh(text: str, name: str) -> None:
    assert name in words_of("person-name", text, "cy")


def test_known_to_everyone_as() -> None:
    assert "Smithy" in words_of("person-name", "Their dad, known to everyone as Smithy, is in prison.", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae hi'n byw gyda'i brawd bach Osian (\"Os\" i bawb) yn y tŷ pen.", "cy"),
        ('Her brother Osian ("Os" to everyone) walks her to school.', "en"),
    ],
)
def test_a_short_form_in_quotes_after_its_name(text: str, lang: str) -> None:
    assert "Os" in words_of("person-name", text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Roedd hi'n galw hi'n Nain o hyd.",
        "Mae hi'n ei alw fo'n Cymro go iawn.",
        'Mae hi yng Nghymru ("Wales") nawr.',
        "Diolch i bawb am ddod.",
        "Mae o'n nabod fel cefn ei law y ffordd i'r mart.",
    ],
)
def test_welsh_calling_words_with_no_name_after_them(text: str) -> None:
    found = scan_text(text, "cy")
    assert not [d for d in found if d.category == "person-name"]
    assert not [d for d in found if d.rule == "privacy.other-id.unchecked"]  # no finder failed on the text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bob lives in the end bungalow on Maes Siabod.", "Bob"),
        ("He talks at meals now. Bob comes on the first Tuesday.", "Bob"),
        ("Big Al at the station signs his sheet.", "Big Al"),
    ],
)
def test_english_names_that_are_welsh_words_or_short_forms(text: str, name: str) -> None:
    assert name in words_of("person-name", text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Bob dydd mae hi'n mynd i'r caffi.", "cy"), ("He goes to Al-Anon on Tuesdays.", "en"), ("A bob each way.", "en")],
)
def test_every_day_and_support_groups_stay_alone(text: str, lang: str) -> None:
    assert words_of("person-name", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "plate"),
    [
        ("Y fan wen, yr un â'r plât P1G 30N.", "cy", "P1G 30N"),
        ("The van with the plate P1G 30N is his.", "en", "P1G 30N"),
        ("It has been Huw Tacsi (plate no. 118) since April.", "en", "118"),
    ],
)
def test_a_private_plate_or_a_plate_number_after_the_word_for_it(text: str, lang: str, plate: str) -> None:
    assert plate in words_of("other-id", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She ate the plate of 12 sandwiches.", "en"),
        ("His plate was 3 inches wide.", "en"),
        ("Roedd 12 plât ar y bwrdd.", "cy"),
    ],
)
def test_plates_of_food_are_no_number_plates(text: str, lang: str) -> None:
    assert words_of("other-id", text, lang) == []


def test_an_ni_number_inside_a_longer_reference_is_the_ni_number() -> None:
    found = {(d.category, d.text) for d in scan_text("Help i hawlio Lwfans Gofalwr (YG JP 339127 C).", "cy")}
    assert ("ni-number", "JP 339127 C") in found


def test_a_name_then_how_everyone_calls_him_so() -> None:
    assert "Dai Bananas" in words_of("person-name", "Roedd Dai Bananas fel mae pawb yn ei alw fo yno.", "cy")
    assert words_of("person-name", "Roedd y Maes, fel mae pawb yn ei galw hi, yn llawn.", "cy") == []
