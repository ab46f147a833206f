"""Identifying details, round twenty: tuned on dev batch 14 (cy/en-2201…2212) and on defects left from earlier
rounds ("Lyn Jones").

Each pattern with the look-alikes that must stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from privacy_cases import found_in, story_findings, words_of


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


def test_living_on_ones_own_is_not_a_home_by_a_landmark() -> None:
    assert not words_of("address", "Mae o'n byw ar ben ei hun ers i'w wraig farw.", "cy")
    assert words_of("address", "Mae o'n byw ar ben y siop ers i'w wraig farw.", "cy")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mam + baby Yusuf (b. Eid al-Adha 2024). On Section 95.", "en", "Eid al-Adha 2024"),
        ("Ch: dtr b. Meskel 2006, son (9).", "en", "Meskel 2006"),
        ("Plant: merch, g. Sul y Blodau 2016, a mab.", "cy", "g. Sul y Blodau 2016"),
        ("Mi gafodd ei eni wsnos Steddfod Caerdydd 2008, medda fo.", "cy", "wsnos Steddfod Caerdydd 2008"),
        ("Ganwyd e' wythnos Steddfod Abertawe, 2006, a ma' fe'n dal i ganu.", "cy", "wythnos Steddfod Abertawe, 2006"),
    ],
)
def test_a_birth_on_a_named_day_or_week_with_its_year(text: str, lang: str, words: str) -> None:
    assert ("date-of-birth", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Dad b. Merthyr 1951 and mam b. Cardiff 1953.", "en"), ("Tad g. Caerdydd 1951, mam g. Llanelli 1953.", "cy")],
)
def test_a_place_with_a_year_after_born_gives_the_year_of_birth_only(text: str, lang: str) -> None:
    # the year of birth is flagged, as "(g. 1938)" is; the town is where, not when
    assert sorted(words_of("date-of-birth", text, lang)) == ["1951", "1953"]


def test_a_date_of_birth_read_from_a_document_is_a_date_of_birth_not_a_reference() -> None:
    found = found_in("Pt Yonas, DOB per BRP 01/01/1984 (Pt says not his real bday).", "en")
    assert ("date-of-birth", "01/01/1984") in found
    assert not [w for c, w in found if c == "other-id"]
    assert not [w for c, w in found if c == "person-name" and w == "Pt"]  # "Pt": patient, in case notes


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("HO ref H1178042/3, ARC ending 7716. Mam here.", "en", "ending 7716"),
        ("Mae'r BRP yn gorffen 0412, medda hi.", "cy", "gorffen 0412"),
    ],
)
def test_a_document_known_by_its_letters_and_its_last_figures(text: str, lang: str, words: str) -> None:
    assert any(c == "other-id" and words in w for c, w in found_in(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Nodyn i'r tîm: roedd y cod, 7402, wedi'i sgrifennu ar y daflen.", "cy", "cod, 7402"),
        ("Note for the team: the code, 7402, was on the sheet by the door.", "en", "code, 7402"),
    ],
)
def test_a_code_named_as_the_code(text: str, lang: str, words: str) -> None:
    assert ("other-id", words) in found_in(text, lang)


def test_a_code_of_practice_is_not_a_code() -> None:
    assert not words_of("other-id", "We follow the code of conduct 2020 in every visit.", "en")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("same as when he was in the infants up at Pen-y-Ffridd, she said.", "infants up at Pen-y-Ffridd"),
        (
            "Her daughter started at the infants by the castle in Caldicot in September.",
            "infants by the castle in Caldicot",
        ),
    ],
)
def test_a_school_named_by_where_it_is(text: str, words: str) -> None:
    assert ("school", words) in found_in(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Then at nineteen he went to Ashgrove House, room 9, and stayed twenty years.", "en", "Ashgrove House"),
        ("Symudodd i Blas Goleufryn, stafell 11, fis Mai.", "cy", "Blas Goleufryn"),
    ],
)
def test_a_home_named_just_before_a_numbered_room(text: str, lang: str, words: str) -> None:
    assert ("address", words) in found_in(text, lang)


def test_a_surname_in_capitals_after_a_first_name_in_capitals() -> None:
    assert ("person-name", "GARETH PROTHERO") in found_in("REFERRAL FOR GARETH PROTHERO TODAY", "en")
    # a verb in capitals after a name is not its surname
    assert ("person-name", "DARREN") in found_in('It said in red: "DARREN CALLING."', "en")
    assert not [w for c, w in found_in('It said in red: "DARREN CALLING."', "en") if "CALLING" in w]


def test_a_surname_in_capitals_after_a_pseudonym_in_capitals(make_library: Callable[..., Path]) -> None:
    from conftest import TODAY, story_text

    from storysite.build import build_site

    body = "I made a banner for the door: CROESO ADRE, ALUN PENNANT. He left it up till Easter.\n"
    text = story_text("mm-2026-001", body=body).replace("title:", "pseudonyms: [Alun]\ntitle:", 1)
    content = make_library({"stories/a.en.md": text})
    result = build_site(content, "content", content.parent / "site", today=TODAY)
    assert ("person-name", "PENNANT") in {(f.category, f.text) for f in result.library.findings if f.is_error}


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mi aeth hi efo fi i weld Now Becws ar y stryd fawr yn y Bala.", "cy", "Now Becws"),
        ('Half the valley still calls her "Mrs Cinio".', "en", "Mrs Cinio"),
    ],
)
def test_someone_known_by_their_work(text: str, lang: str, words: str) -> None:
    assert ("person-name", words) in found_in(text, lang)


def test_an_english_sentence_opening_on_now_is_not_part_of_a_name() -> None:
    assert ("person-name", "Saba") in found_in("He went home. Now Saba, his wife, bakes on a Saturday.", "en")
    assert not [w for c, w in found_in("He went home. Now Gareth, his son, bakes.", "en") if "Now" in w]


def test_a_pet_form_of_gladys_comes_back(make_library: Callable[..., Path]) -> None:
    body = 'Roedd Wladys yn dod efo fo bob bore. "Glad" oedd hi i\'r hogyn, a Glad oedd yn canu.\n'
    assert ("person-name", "Glad") in story_findings(make_library, body, "cy")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mi symudwyd hi o Fronheulog pan aeth ei hanti'n sâl.", "cy", "Fronheulog"),
        ("He moved from Maple Court last year.", "en", "Maple Court"),
        ("ro'dd e ddydd Sadwrn ar dir Ffynnon Wen, lan yr hewl o'r pentre.", "cy", "Ffynnon Wen"),
    ],
)
def test_a_home_left_or_a_farms_land(text: str, lang: str, words: str) -> None:
    assert ("address", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They moved from Syria in 2016.", "en"),
        ("Daeth o Gaerdydd i'r coleg.", "cy"),
        ("Roedd y sioe ar dir Parc Gwledig Padarn.", "cy"),
    ],
)
def test_a_country_or_a_public_park_is_not_a_home(text: str, lang: str) -> None:
    assert not words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She helped with the School Essentials Grant for a second uniform.", "en"),
        ("a three-bedroom house on a new Melin Homes estate in Caldicot", "en"),
        ("She is studying music and sang in Brangwyn Hall.", "en"),
        ("Pasted from the case record, session 03/03/26: K. engaged well.", "en"),
    ],
)
def test_grants_landlords_concert_halls_and_session_dates_are_left_alone(text: str, lang: str) -> None:
    assert not [c for c, _ in found_in(text, lang) if c != "person-name"]
    assert not [w for c, w in found_in(text, lang) if c == "person-name" and w not in ("K",)]


def test_a_date_on_a_record_is_still_a_date_of_birth() -> None:
    assert ("date-of-birth", "03/05/41") in found_in("On her record: 03/05/41 she is a widow.", "en")


def test_a_student_s_hall_named_where_they_study() -> None:
    found = found_in("He is studying pharmacy in Cardiff, in Plas Eurych Hall.", "en")
    assert ("school", "Plas Eurych Hall") in found


def test_a_reference_of_word_groups_and_slashes() -> None:
    found = found_in("It held things up (cyf. diogelu DG/SIR-Y-FFLINT/2024/0442). Then", "en")
    assert any(c == "other-id" and "DG/SIR-Y-FFLINT/2024/0442" in w for c, w in found)


def test_a_name_twice_in_a_summary_is_reported_where_each_is(make_library: Callable[..., Path]) -> None:
    from conftest import TODAY, story_text

    from storysite.build import build_site

    summary = "Alfie came to contact with his dad, and Alfie now stays over."
    text = story_text("mm-2026-001").replace("title:", f'summary: "{summary}"\ntitle:', 1)
    content = make_library({"stories/a.en.md": text})
    result = build_site(content, "content", content.parent / "site", today=TODAY)
    alfie = [(f.line, f.column) for f in result.library.findings if f.text == "Alfie"]
    assert len(alfie) == 2 and len(set(alfie)) == 2, alfie


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "Maen nhw'n byw yn Bodlondeb, y byngalo wrth yr hen stesion yn Chwilog.",
            "cy",
            "Bodlondeb, y byngalo wrth yr hen stesion yn Chwilog",
        ),
        (
            "Aethon ni ag e i Dop-y-Rhiw, y tŷ cornel gyferbyn â'r hen Welfare, lle roedd hi.",
            "cy",
            "Dop-y-Rhiw, y tŷ cornel gyferbyn â'r hen Welfare",
        ),
        ("She lives at Bryn Awel, the last house before the cattle grid.", "en", "Bryn Awel, the last house before"),
    ],
)
def test_a_home_and_the_description_that_places_it_are_one_detail(text: str, lang: str, words: str) -> None:
    assert any(c == "address" and w.startswith(words) for c, w in found_in(text, lang)), found_in(text, lang)


def test_a_description_stops_before_someone_else() -> None:
    text = "My sister lives out at Bryn Seion, the last farm past the chapel with her husband Iestyn. We"
    found = found_in(text, "en")
    assert ("person-name", "Iestyn") in found
    assert not [w for c, w in found if c == "address" and "Iestyn" in w]


def test_a_description_that_places_nothing_is_not_added() -> None:
    found = found_in("She lives at Bryn Awel, the house she was born in.", "en")
    assert ("address", "Bryn Awel") in found


def test_a_home_named_with_its_description_comes_back_bare(make_library: Callable[..., Path]) -> None:
    body = "Mae hi'n byw yn Nhŷ Sylfaen, y tŷ wrth yr hen stesion. Aethon ni'n ôl i Dŷ Sylfaen wedyn.\n"
    found = story_findings(make_library, body, "cy")
    assert ("address", "Dŷ Sylfaen") in found


def test_a_saints_day_birth_is_a_day_though_st_starts_a_city() -> None:
    assert ("date-of-birth", "St Swithin's Day 1934") in found_in("She was born St Swithin's Day 1934.", "en")
    assert words_of("date-of-birth", "b. Merthyr 1951.", "en") == ["1951"]
