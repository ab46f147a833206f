"""Identifying details, round seventeen: a birth told as "a Christmas Eve baby", an age reached on a day after
"Bydd yn", a date of birth typed with spaces; a home named after "the house is called" or "enw'r tŷ ydy", a home
someone was rehoused at; a school set beside whose school it is ("her nursery, Busy Bees,"), a school's own unit,
a sixth form after "i'r", and a hall of residence named before "Hall".

Each pattern in both languages where both write it, with the look-alikes that must stay unflagged. Tuned on the
development corpus only (benchmarks/privacy/real/dev).
"""

from __future__ import annotations

import pytest
from privacy_cases import found_in


def _of(category: str, text: str, lang: str) -> list[str]:
    return [w for c, w in found_in(text, lang) if c == category]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("He was a Christmas Eve baby, 1949.", "Christmas Eve baby, 1949", "en"),
        ("She was our Valentine’s Day baby.", "Valentine’s Day baby", "en"),
        ("A Boxing Day baby in 1961, she was.", "Boxing Day baby in 1961", "en"),
        ("Babi Noswyl Nadolig oedd o, 1949.", "Noswyl Nadolig oedd o, 1949", "cy"),
        ("Mae hi’n fabi Dydd Calan.", "Dydd Calan", "cy"),
    ],
)
def test_a_festival_baby_is_a_date_of_birth(text: str, words: str, lang: str) -> None:
    assert ("date-of-birth", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We had a Christmas baby shower at the centre.", "en"),
        ("The Easter baby animals at the farm park were a hit.", "en"),
        ("Daeth y babi adre ddydd Nadolig.", "cy"),
    ],
)
def test_a_baby_shower_a_lamb_or_a_baby_home_for_christmas_is_not_a_date_of_birth(text: str, lang: str) -> None:
    assert not _of("date-of-birth", text, lang)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Bydd yn 16 oed ar 9 Mai 2027.", "9 Mai 2027"),
        ("Bydd hi yn 16 ar 9 Mai 2027.", "9 Mai 2027"),
        ("Bydd yn 30 ar 9 Mai, medd hi.", "9 Mai"),
    ],
)
def test_an_age_reached_on_a_day_after_bydd_yn_is_a_date_of_birth(text: str, words: str) -> None:
    assert ("date-of-birth", words) in found_in(text, "cy")


def test_a_chapel_reaching_an_age_after_bydd_is_not_a_date_of_birth() -> None:
    assert not _of("date-of-birth", "Bydd y capel yn 150 oed ar 9 Mai 2027.", "cy")


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("dob 12 8 55", "dob 12 8 55", "en"),
        ("DOB 12 8 1955 on the form.", "DOB 12 8 1955", "en"),
        ("Dyddiad geni: 12 8 55", "Dyddiad geni: 12 8 55", "cy"),
    ],
)
def test_a_date_of_birth_typed_with_spaces_is_found(text: str, words: str, lang: str) -> None:
    assert ("date-of-birth", words) in found_in(text, lang)


def test_spaced_figures_that_are_no_date_after_a_birth_cue_are_not_a_date() -> None:
    assert not _of("date-of-birth", "DOB 3 14 55", "en")  # no fourteenth month


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("The house is called Hafan Deg and it is by the bus stop.", "Hafan Deg", "en"),
        ("Their farm’s called Pen Rhos.", "Pen Rhos", "en"),
        ("Enw'r tŷ ydy Hafan Deg, ac mae o reit wrth y safle bws.", "Hafan Deg", "cy"),
        ("Enw’r fferm oedd Pen Rhos.", "Pen Rhos", "cy"),
        ("They were rehoused at Maes Glas last year.", "Maes Glas", "en"),
        ("Cafodd y teulu eu hailgartrefu ym Mhenygelli.", "Mhenygelli", "cy"),
        ("Mae hi'n byw ym Mhenygelli ers priodi.", "Mhenygelli", "cy"),
    ],
)
def test_a_home_named_after_its_word_and_a_verb_or_where_someone_was_rehoused_is_found(
    text: str, words: str, lang: str
) -> None:
    assert ("address", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The place is called Aberystwyth.", "en"),
        ("Enw'r lle ydy Aberystwyth.", "cy"),
        ("The house is called home by many.", "en"),
        ("The family were rehoused in Wrexham.", "en"),
        ("Cafodd y teulu eu hailgartrefu yn Wrecsam.", "cy"),
    ],
)
def test_a_town_or_an_everyday_word_after_called_or_rehoused_is_not_a_home(text: str, lang: str) -> None:
    assert not _of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Her nursery, Busy Bees on the Malpas road, was brilliant.", "Busy Bees", "en"),
        ("His school (St Mary's) rang twice.", "St Mary's", "en"),
        ("The kids' school, Pen-y-garn, has been great.", "Pen-y-garn", "en"),
        ("My college – Coleg Gwent – is fine.", "Coleg Gwent", "en"),
        ("Mae ei meithrinfa, Tedi Bach, yn wych.", "Tedi Bach", "cy"),
        ("Mae ysgol y plant – Bro Teifi – yn dda.", "Bro Teifi", "cy"),
    ],
)
def test_a_school_set_beside_whose_school_it_is_is_found(text: str, words: str, lang: str) -> None:
    assert ("school", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Her old school, Bala, was small.", "en"),
        ("Her school, the council said, would help.", "en"),
        ("His school, Monday to Friday, is in town.", "en"),
        ("Roedd ei ysgol, Caerdydd, yn fawr.", "cy"),
    ],
)
def test_a_town_a_clause_or_a_day_beside_a_school_is_not_a_school(text: str, lang: str) -> None:
    assert not _of("school", text, lang)


def test_a_first_name_beside_a_school_is_a_name_not_a_school() -> None:
    found = found_in("Her school, Mia said, was fine.", "en")
    assert ("person-name", "Mia") in found
    assert not [w for c, w in found if c == "school"]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("He's in the learning support base at St Joseph's.", "learning support base at St Joseph's", "en"),
        ("She's in the ASD unit at Croesyceiliog.", "ASD unit at Croesyceiliog", "en"),
        ("He goes to the nurture class at Pen-y-garn.", "nurture class at Pen-y-garn", "en"),
        ("Aeth Elin ymlaen i'r chweched yn Nyffryn Aeron.", "chweched yn Nyffryn Aeron", "cy"),
        ("She lived in Rosser Hall her first year at uni.", "Rosser Hall", "en"),
    ],
)
def test_a_schools_unit_a_sixth_form_after_ir_and_a_hall_before_its_word_are_schools(
    text: str, words: str, lang: str
) -> None:
    assert ("school", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The language barrier at Tesco was awful.", "en"),
        ("He went to the autism support group in Newport.", "en"),
        ("The uni fair was in the Town Hall this year.", "en"),
        ("Mae hi wedi symud i'r chweched yn y coleg.", "cy"),
    ],
)
def test_a_barrier_a_support_group_a_town_hall_or_a_sixth_form_unnamed_is_not_a_school(text: str, lang: str) -> None:
    assert not _of("school", text, lang)


def test_a_payroll_number_in_welsh_is_found() -> None:
    assert ("other-id", "Rhif y gyflogres 003318") in found_in("Rhif y gyflogres 003318.", "cy")
