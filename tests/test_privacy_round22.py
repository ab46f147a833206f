"""Identifying details, round twenty-two: tuned on the older dev files and dev batch 16 (cy/en-2501…2512).

A unit or centre a child is taught in, named where the story speaks of school; a hall in a university town; an
age reached on the month's day as Welsh speakers say it ("ar Fedi'r 14eg"). Each with the look-alikes that must
stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import found_in


def _of(category: str, text: str, lang: str) -> list[str]:
    return [w for c, w in found_in(text, lang) if c == category]


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("He spent most of Year 9 at the Glanffrwd Centre after a run of exclusions.", "en", "Glanffrwd Centre"),
        ("After the comprehensive he goes to the Tŷ Dyfrig Centre three mornings a week.", "en", "Tŷ Dyfrig Centre"),
        ("a term at the Tŷ Hwylio unit, the pupil referral unit, with a tutor", "en", "Tŷ Hwylio unit"),
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
    assert not _of("school", text, lang)


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
    assert not _of("school", "Roedd y cyngerdd yn Neuadd y Dref ym Mangor.", "cy")


def test_an_age_reached_on_the_months_day_as_it_is_said() -> None:
    assert ("date-of-birth", "Fedi'r 14eg") in found_in(
        "Mi fydd o'n ddeuddeg ar Fedi'r 14eg, ac mae o isio cacen.", "cy"
    )
    assert not found_in("Mae'r ffair ar Fedi'r 14eg eleni.", "cy")
