"""Identifying details, round thirty-one: tuned on the older dev files and dev batch 28 (cy/en-4401…4412).

A date in brackets right after a person's name, as case notes give a date of birth ("Leanne (Awst '83)", "Ffion
(12.3.09)", "Rhodri (y pumed o Fehefin, dwy fil a naw)", "Kelly (DOB St Swithin's day '94)"); a person known by a
home whose home is also found as an address ("Mrs Bevan Heol-y-Felin", "Mamgu Rhes y Ffynnon"). Each with the
look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import categories_in, words_of


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mae Mam, Leanne (Awst '83), yn cael Taliad Annibyniaeth Personol.", "cy", "Awst '83"),
        ("Mae Dai (2il o Fawrth '35) wedi cael diagnosis o ddementia.", "cy", "2il o Fawrth '35"),
        ("Rhodri (y pumed o Fehefin, dwy fil a naw) sy ym mlwyddyn 11.", "cy", "y pumed o Fehefin, dwy fil a naw"),
        ("Rhyddhau JENKINS, John Idris (1.1.38), i'w gartref.", "cy", "1.1.38"),
        ("Birth mum Kelly (DOB St Swithin's day '94) was NFA for most of last year.", "en", "St Swithin's day '94"),
        ("Lives with Mam, Marian (b. '62), in the bungalow.", "en", "'62"),
        ("Her granddaughter Ffion (12.3.09) visits on Sundays.", "en", "12.3.09"),
    ],
)
def test_a_date_in_brackets_after_a_name_is_a_date_of_birth(text: str, lang: str, words: str) -> None:
    assert words in words_of("date-of-birth", text, lang)


def test_the_date_ends_where_the_brackets_go_on_to_something_else() -> None:
    text = "Her sister Kacey-Mai (dob 23rd Oct '12, Yr 8 at Blaen Morlais High) lives with her."
    assert "Blaen Morlais High" in words_of("school", text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Her husband Emrys (d. 2019) farmed the land.", "en"),
        ("Her husband Emrys (died 2019) farmed the land.", "en"),
        ("Her husband Emrys (84) still farms.", "en"),
        ("Siân (since 2019) has helped at the club.", "en"),
        ("Gareth (Year 10) came along too.", "en"),
        ("Mae Gwyn (ers 2015) yn gwirfoddoli.", "cy"),
        ("The meeting (12.3.09) went well.", "en"),
        ('Her daughter Ffion (see "Golwg" 21 June 2020) wrote about it.', "en"),
        ('Ysgrifennodd Ffion (gweler "Golwg" 21 Mehefin 2020) amdano.', "cy"),
    ],
)
def test_a_death_a_start_an_age_or_a_date_after_no_name_is_no_birth(text: str, lang: str) -> None:
    assert "date-of-birth" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "name", "home"),
    [
        ("Cynigiodd cymdoges, Mrs Bevan Heol-y-Felin, fynd â hi i'r ysgol.", "cy", "Mrs Bevan", "Heol-y-Felin"),
        ("Then Mr H. Pugh of Hafod-y-Llan sat down with his tea.", "en", "Mr H. Pugh", "Hafod-y-Llan"),
    ],
)
def test_a_person_known_by_a_home_keeps_the_name_beside_the_home(text: str, lang: str, name: str, home: str) -> None:
    assert name in words_of("person-name", text, lang)
    assert home in words_of("address", text, lang)


def test_a_kinship_word_and_a_home_stay_one_name() -> None:
    text = "Mamgu Rhes y Ffynnon wedodd hi'n aros gyda Mam."
    assert words_of("person-name", text, "cy") == ["Mamgu Rhes y Ffynnon"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ganwyd e ddiwrnod Sioe Aberteifi 2012, fel mae ei fam yn ei weud.", "ddiwrnod Sioe Aberteifi 2012"),
        ("Gafodd ei fab ei eni y noson aeth y bad achub mas, a dyw ei dad byth wedi anghofio.", "y noson aeth y bad"),
    ],
)
def test_a_welsh_birth_told_by_a_day_or_a_night_with_no_ar(text: str, words: str) -> None:
    assert any(each.startswith(words) for each in words_of("date-of-birth", text, "cy"))


@pytest.mark.parametrize(
    "text", ["Mae hi'n geni ŵyn noson a dydd.", "Ganwyd y syniad ddiwrnod y cyfarfod, a'r grŵp wedyn."]
)
def test_lambing_at_night_or_an_idea_born_is_no_date_of_birth(text: str) -> None:
    assert "date-of-birth" not in categories_in(text, "cy")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Resident ref on file, laundry tag 47, for the new cardigans.", "en", "47"),
        ("His dad is serving a sentence (prison no. a4471ck) and has no contact.", "en", "a4471ck"),
        ("Cai, g. 2010, rhif disgybl 88103, sy'n dod i'r clwb.", "cy", "88103"),
        ("Mae ganddo rif aelodaeth, rhif aelodaeth 2231, yn y clwb ffermwyr ifanc.", "cy", "2231"),
    ],
)
def test_a_tag_a_prison_number_and_welsh_numbers_of_a_kind(text: str, lang: str, words: str) -> None:
    assert words in words_of("other-id", text, lang)


@pytest.mark.parametrize("text", ["The name tag was lost at the party.", "The lamb wore a tag 4 weeks old."])
def test_a_tag_with_no_number_or_a_count_is_left(text: str) -> None:
    assert "other-id" not in categories_in(text, "en")


def test_a_month_after_its_day_is_no_woman_called_may() -> None:
    text = "The plan was updated at the review on 14 May, and I emailed the new schedule to his carers."
    assert "person-name" not in categories_in(text, "en")
    assert "May" in words_of("person-name", "She told May on Tuesday, and May told her mam.", "en")
