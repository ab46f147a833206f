"""Identifying details, round eighteen: tuned on dev batch 12 (cy/en-2001…2012) and on the false alarms the
development corpus still raises.

A helpline named like a person ("Meic", the Welsh children's helpline) is left alone when the words around it
say it is a helpline; the same name as a person's is still a name. Each pattern in both languages where both
write it, with the look-alikes that must stay flagged or unflagged.
"""

from __future__ import annotations

import pytest
from privacy_cases import found_in


def _of(category: str, text: str, lang: str) -> list[str]:
    return [w for c, w in found_in(text, lang) if c == category]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Roedd ganddo rif Meic, 080880 23456, rhag ofn.", "cy"),
        ("Mae poster Meic ar wal y swyddfa.", "cy"),
        ("Buon nhw mewn cysylltiad â llinell gymorth Meic.", "cy"),
        ("She rang after finding the Meic number on a leaflet.", "en"),
        ("We gave him the Meic helpline too.", "en"),
    ],
)
def test_a_helpline_named_like_a_person_is_not_a_name(text: str, lang: str) -> None:
    assert not _of("person-name", text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Meic ddaeth i'r tŷ ddoe.", "Meic", "cy"),
        ("Rhoddodd rif Meic i mi.", "Meic", "cy"),
        ("She rang Meic's number.", "Meic's", "en"),
        ("I met Dai, 0800 123 4567 is his work line.", "Dai", "en"),
    ],
)
def test_the_same_name_as_a_persons_is_still_a_name(text: str, words: str, lang: str) -> None:
    assert ("person-name", words) in found_in(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Fi oedd y fam.",
        "Fi, Rhian, oedd ei weithwraig ailalluogi.",
        "Wedodd Jordan, 'Ti'n edrych fel Mam.'",
        "Aeth hi efo Fi i'r dre? Na, efo fi.",
    ],
)
def test_the_welsh_pronouns_fi_and_ti_are_not_names(text: str) -> None:
    assert not [w for w in _of("person-name", text, "cy") if w in ("Fi", "Ti")]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Daeth Anti Fi draw.", "Anti Fi", "cy"),
        ("Fi said no.", "Fi", "en"),
        ("We met Fi at the cafe.", "Fi", "en"),
        ("Alwyn Bellis, 'Al the Coalman', came.", "Al the Coalman", "en"),
        ("Mr Arwyn Lloyd-Hughes, 'Lloydy' i bawb.", "Lloydy", "cy"),
    ],
)
def test_fi_as_a_name_and_a_quoted_nickname_are_still_names(text: str, words: str, lang: str) -> None:
    assert ("person-name", words) in found_in(text, lang)


def test_the_apostrophe_of_a_clitic_does_not_close_a_quoted_nickname() -> None:
    assert ("person-name", "Ti") not in found_in("Wedodd Jordan, 'Ti'n edrych fel Mam.'", "cy")


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        (
            "Cafodd ei geni wythnos Storm Dennis, Chwefror 2020, yn gynnar iawn.",
            "wythnos Storm Dennis, Chwefror 2020",
            "cy",
        ),
        ("Ges i 'ngeni ar ddiwrnod Sioe Tregaron, Awst '79, medde Mam.", "ar ddiwrnod Sioe Tregaron, Awst '79", "cy"),
        ("Cafodd ei geni yn ystod eira mawr '47, a dwi 'di bod yn oer.", "yn ystod eira mawr '47", "cy"),
        (
            "She was born \"the week of the Three Nights' Blitz, Feb '41\", in her Nain's room.",
            "the week of the Three Nights' Blitz, Feb '41",
            "en",
        ),
        ("She was born on the day of the Aberfan disaster.", "on the day of the Aberfan disaster", "en"),
    ],
)
def test_a_birth_placed_by_a_named_or_dated_event_is_a_date_of_birth(text: str, words: str, lang: str) -> None:
    assert ("date-of-birth", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He was born during the war.", "en"),
        ("Cafodd ei eni yn ystod y rhyfel.", "cy"),
        ("The project was born during the pandemic.", "en"),
        ("Ganwyd y syniad wythnos y Sioe.", "cy"),
    ],
)
def test_a_birth_in_a_long_time_or_an_idea_born_in_a_week_is_not_a_date_of_birth(text: str, lang: str) -> None:
    assert not _of("date-of-birth", text, lang)


def test_the_event_a_birth_is_placed_by_is_not_a_name() -> None:
    found = found_in("Cafodd ei geni wythnos Storm Dennis, Chwefror 2020, yn gynnar iawn.", "cy")
    assert not [w for c, w in found if c == "person-name"]
