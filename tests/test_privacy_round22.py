"""Identifying details, round twenty-two: tuned on the older dev files and dev batch 16 (cy/en-2501…2512).

A unit or centre a child is taught in, named where the story speaks of school; a hall in a university town; an
age reached on the month's day as Welsh speakers say it ("ar Fedi'r 14eg"). Each with the look-alikes that must
stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from privacy_cases import found_in, story_findings, words_of


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("He spent most of Year 9 at the Glanffrwd Centre after a run of exclusions.", "en", "the Glanffrwd Centre"),
        (
            "After the comprehensive he goes to the Tŷ Dyfrig Centre three mornings a week.",
            "en",
            "the Tŷ Dyfrig Centre",
        ),
        ("a term at the Tŷ Hwylio unit, the pupil referral unit, with a tutor", "en", "the Tŷ Hwylio unit"),
        ("Mrs Rhydderch, ei athrawes yn Uned y Wennol, roddodd y syniad.", "cy", "Uned y Wennol"),
        ("tair ysgol uwchradd a blwyddyn yn yr uned, Canolfan Bryn Meurig.", "cy", "Canolfan Bryn Meurig"),
    ],
)
def test_a_teaching_unit_named_where_school_is_spoken_of(text: str, lang: str, words: str) -> None:
    assert ("school", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She goes to the Riverside Leisure Centre on Tuesdays after school.", "en"),
        ("Her dad goes to the Kinmel Day Centre since he left school.", "en"),
        ("Aeth hi i Ganolfan Hamdden Plas Madoc ar ôl ysgol.", "cy"),
        ("Gyda chymorth gan yr Uned Cyfeirio Disgyblion, dechreuodd gwrs yn yr ysgol.", "cy"),
        ("He went to the Glanffrwd Centre for his blood test.", "en"),  # no school spoken of
    ],
)
def test_a_public_centre_or_a_unit_named_by_what_it_is_is_no_school(text: str, lang: str) -> None:
    assert not words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Ei wyres, Lleucu, sy'n dod bob dydd Sul o Neuadd Penbedw ym Mangor.", "cy", "Neuadd Penbedw"),
        ("Her grandson, at Neuadd Gwenllian in Aberystwyth, sent her videos.", "en", "Neuadd Gwenllian"),
    ],
)
def test_a_hall_in_a_university_town(text: str, lang: str, words: str) -> None:
    assert ("school", words) in found_in(text, lang)


def test_a_town_hall_in_a_university_town_is_no_student_hall() -> None:
    assert not words_of("school", "Roedd y cyngerdd yn Neuadd y Dref ym Mangor.", "cy")


def test_an_age_reached_on_the_months_day_as_it_is_said() -> None:
    assert ("date-of-birth", "Fedi'r 14eg") in found_in(
        "Mi fydd o'n ddeuddeg ar Fedi'r 14eg, ac mae o isio cacen.", "cy"
    )
    assert not found_in("Mae'r ffair ar Fedi'r 14eg eleni.", "cy")


@pytest.mark.parametrize(
    ("text", "lang", "category", "words"),
    [
        ("Brawd: Cai, mewn gofal maeth (g. haf 2012)", "cy", "date-of-birth", "haf 2012"),
        ("Youngest, b. 27 Ramadan 1445 per mum", "en", "date-of-birth", "27 Ramadan 1445"),
        ("missing approx 2 days/wk from Coed Glas sixth form. Youngest", "en", "school", "Coed Glas sixth form"),
        ("He went down the pit at fifteen, straight from the Waun Boys', and he", "en", "school", "Waun Boys'"),
        ("yn mynd i'w chyfrif hi (yr un sy'n gorffen 3318). Ond", "cy", "other-id", "gorffen 3318"),
        ("iddo fe'r cerdyn newydd: cyfrif yn cwpla â 3094. Wedodd", "cy", "other-id", "cwpla â 3094"),
        ("a'i gadw yn locar rhif 9 yn Neuadd y Seindorf, rhag ofn.", "cy", "other-id", "locar rhif 9"),
        (
            "Wedyn i'r clos, lle wedd Dai Bantyrhedydd wedi cadw pice ar y maen iddo fe",
            "cy",
            "person-name",
            "Dai Bantyrhedydd",
        ),
        (
            "Mae ganddyn nhw fferm ddefaid a gwartheg stôr, Cnwc-yr-eithin, lan ar y ffordd",
            "cy",
            "address",
            "Cnwc-yr-eithin",
        ),
        (
            "sôn am ysgol fach Llanwylan a Miss Pegi Huws yn mynd â nhw i'r traeth",
            "cy",
            "person-name",
            "Miss Pegi Huws",
        ),
        (
            "Glenys lives in a park home on the site above the village. Her neighbour from Pitch 9 came.",
            "en",
            "address",
            "Pitch 9",
        ),
    ],
)
def test_round_twenty_two_details(text: str, lang: str, category: str, words: str) -> None:
    assert (category, words) in found_in(text, lang), found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Her mum (Hooyo, she calls her) has sickle cell.", "en"),  # Somali for mother
        ("After his Jiddo died, his attendance fell.", "en"),  # Arabic for grandfather
        ("Father: Cpl, currently deployed.", "en"),
        ("Taid plays his Tom Jones and I tell him to turn it off.", "en"),
        ("a rhywun yn gweiddi Gwell na Tom Jones! o'r cefn", "cy"),
        ("Roedd o'n glir: \"Dwi'm yn mynd i Fryn Beryl nac i nunlla arall.\"", "cy"),  # a community hospital
        ("Cai read The Lighthouse Keeper's Lunch, doing a voice for Mr Grinling.", "en"),
        ("the boys' toilets were shut", "en"),
        ("The club was born in summer 1990.", "en"),
    ],
)
def test_round_twenty_two_look_alikes_are_left_alone(text: str, lang: str) -> None:
    assert not [c for c, w in found_in(text, lang) if w not in ("Cai",)], found_in(text, lang)


def test_a_teacher_after_a_school_is_not_part_of_its_name() -> None:
    found = found_in("sôn am ysgol fach Llanwylan a Miss Pegi Huws yn mynd â nhw i'r traeth", "cy")
    assert not [w for c, w in found if c == "school" and "Pegi" in w]


def test_a_numbered_allotment_plot_is_no_home() -> None:
    found = found_in("He lives on the caravan site. He was given half of plot 17 at the allotments.", "en")
    assert not [w for c, w in found if c == "address"]


def test_a_home_found_mutated_comes_back_in_its_own_form(make_library: Callable[..., Path]) -> None:
    body = "Mae hi'n byw ym Mryn Sylfaen ers blynyddoedd. Aethon ni'n ôl i Bryn Sylfaen wedyn.\n"
    assert ("address", "Bryn Sylfaen") in story_findings(make_library, body, "cy")


def test_a_nurse_by_her_title_does_not_make_a_teaching_unit_a_hospitals() -> None:
    text = (
        "Mi ddoth Nyrs Meinir bob wythnos. Mi gafodd o le yn Uned Tyddyn Ffridd am dymor ar ôl cael ei wahardd, "
        "ac mae o 'nôl yn yr ysgol fawr rŵan."
    )
    assert ("school", "Uned Tyddyn Ffridd") in found_in(text, "cy")
    assert not words_of("school", "Mae o ar ward y plant yn Uned Tyddyn Ffridd ers i'r ysgol gau.", "cy")


def test_uned_inside_a_word_is_no_unit() -> None:
    assert not words_of("school", "Yn y gymuned Fyddar yng Ngwynedd mae pawb yn ei nabod o'r ysgol.", "cy")
