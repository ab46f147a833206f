"""Identifying details, round forty-five: tuned on dev batches 1 to 56 (`benchmarks/privacy/real/README.md`).

- a school's base called by the one everyday word it is named with ("sent more than once to the Hafan", "the only
  place he was managing was the Hwb", "mynd i'r Cwtsh am bum munud", "a place at the Bridge"), where the story speaks
  of school; not where another capital follows ("the Bridge Inn"), not a class ("the Enfys class"), not a woman
  called by her place ("Mamgu'r Bont"), not where no school is spoken of, and never "the Cylch", every village's
  playgroup;
- the school whose figures a record quotes ("Ffigurau presenoldeb Bro Gwern", "Ffigurau presenoldeb y Glan",
  "Cofrestr y Bryn"), not a pupil's own ("Ffigurau presenoldeb Cai");
- the way to a home that names no landmark but counts to a side ("giât werdd gynta' ar y chwith ar ôl y bont", "a'r
  clos cynta' ar y dde ar ôl y grid", "the third gate on the left past the old quarry", "the farm on the left after
  the cattle grid"), which round eight had left as a look-alike ("any lane has a post box") until the hand-written
  dev stories marked every such way as the home's address; not a way to a desk or a shop ("the second door on the
  left after reception", "turn right at the lights and the office is on the left");
- a Welsh date read aloud with its year by two figures ("pedwerydd o Fai, saith deg naw", "Ail o Fawrth, tri deg
  un"), not a count after a date ("y pumed o Fai, tri deg o bobl");
- a taxi's plate number where a taxi is spoken of ("the same taxi, plate 47", "Huw Tacsi, plât 117"), not a plate
  elsewhere ("She put plate 3 on the shelf");
- a relative's house a child goes to as a routine "yn nhŷ" as well as "i dŷ", and with where it is after it ("Bob
  dydd Sul … ginio yn nhŷ Anti Bet yn Llandogo"), which the check left because "yn" after the name was read as
  "lle Anti Sal yn sefyll" is; a visit once, and where someone stands, are still left;
- four more pet forms (Morgan: Moc, Gwyn: Wyn, Gethin: Geth, Dylan: Dyl), so that a man known by his farm is found by
  them ("Moc Penrhiw", "Geth Hendre"); lambs ("wyn bach") stay lambs.
"""

from __future__ import annotations

import pytest
from privacy_cases import assert_flagged, found_over, words_of


@pytest.mark.parametrize(
    ("text", "lang", "base"),
    [
        ("He had been sent more than once to the Hafan, the little base, for being late to school.", "en", "Hafan"),
        ("Kayden had been out of school twice, and the only place he was managing was the Hwb.", "en", "Hwb"),
        ("After the exclusion from school he had eleven weeks at the Bridge in Llangefni.", "en", "Bridge"),
        ("Dwi'n cael mynd i'r Cwtsh amser egwyl i ffonio Mam, a does neb arall yn yr ysgol yn gwybod.", "cy", "Cwtsh"),
        ("Roedd hi wedi dechrau treulio pob amser chwarae yn yr Hafan, canolfan yr ysgol.", "cy", "Hafan"),
    ],
)
def test_a_school_s_base_by_its_one_everyday_word(text: str, lang: str, base: str) -> None:
    assert found_over("school", text, lang, base), words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We had a pint at the Bridge Inn after school on Friday.", "en"),
        ("He is in the Enfys class at school, and loves it.", "en"),
        ("They walked over the Bridge to the market every Saturday.", "en"),
        ("Anti Eirian, who runs the Cylch, said yes; the school said no.", "en"),
        ("Mae Mamgu'r Bont yn dod i nôl y plant o'r ysgol bob dydd.", "cy"),
        ("Cerddodd y bach i'r Cylch cyn i'w chwaer fynd i'r ysgol.", "cy"),
    ],
)
def test_a_base_word_in_a_longer_name_a_class_or_away_from_school_is_no_school(text: str, lang: str) -> None:
    assert words_of("school", text, lang) == []


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ('measure: "Ffigurau presenoldeb Bro Gwern, wedi eu rhannu efo caniatâd Mam"', "Bro Gwern"),
        ('measure: "Ffigurau presenoldeb y Glan"', "Glan"),
        ('measure: "Cofrestr y Bryn"', "Bryn"),
    ],
)
def test_the_school_whose_figures_a_record_quotes(text: str, school: str) -> None:
    assert school in words_of("school", text, "cy")


def test_a_pupil_s_own_figures_name_no_school() -> None:
    assert words_of("school", "Mae ffigurau presenoldeb Cai wedi codi ers y Pasg.", "cy") == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "Mae'r tŷ ar ben ei hun: y lôn gul i lawr o'r capel bach, giât werdd gynta' ar y chwith ar ôl y bont.",
            "cy",
            "gynta' ar y chwith",
        ),
        (
            "Wedd hi wedi rhoi'r ffordd iddyn nhw: troi lan yr hewl fach wrth y capel, a'r clos cynta' ar y dde ar ôl "
            "y grid.",
            "cy",
            "cynta' ar y dde",
        ),
        (
            "It is up the mountain road out of Kidwelly and it is the third gate on the left past the old quarry.",
            "en",
            "third gate on the left",
        ),
        # until round forty-five, look-alikes in tests/test_privacy_round8.py
        ("The farm is the first gate on the left after the cattle grid.", "en", "first gate on the left"),
        ("Mae'r tŷ yn troi lan y lôn gyntaf ar y dde ar ôl y blwch postio.", "cy", "gyntaf ar y dde"),
        (
            "Turn off at the chapel on the top road and it is the farm on the left after the cattle grid.",
            "en",
            "farm on the left after",
        ),
    ],
)
def test_the_way_to_a_home_counted_to_a_side(text: str, lang: str, words: str) -> None:
    assert_flagged(lang, text, "address", words)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Turn right at the lights and the office is on the left.", "en"),
        ("Turn left at the lights; the library is on the right past the bank.", "en"),
        ("Her desk is the second door on the left after reception.", "en"),
        ("Trowch i'r dde wrth y goleuadau, ac mae'r swyddfa ar y chwith.", "cy"),
    ],
)
def test_a_way_to_a_desk_or_a_public_place_is_no_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Fe sgrifennais i'r dyddiad pedwerydd o Fai, saith deg naw, dair gwaith.", "pedwerydd o Fai, saith deg naw"),
        ("Daeth hi aton ni'r diwrnod wedyn! Ail o Fawrth, tri deg un. Ti'n hŷn na fi!", "Ail o Fawrth, tri deg un"),
    ],
)
def test_a_welsh_date_read_aloud_with_its_year_by_two_figures(text: str, date: str) -> None:
    assert date in words_of("date-of-birth", text, "cy")


def test_a_count_after_a_welsh_date_is_no_year() -> None:
    text = "Roedd y capel yn llawn ar y pumed o Fai, tri deg o bobl yno."
    assert words_of("date-of-birth", text, "cy") == []


@pytest.mark.parametrize(
    ("text", "lang", "plate"),
    [
        ("He goes to the allotment every Wednesday by the same taxi, plate 47, and the driver waits.", "en", "47"),
        ("Eleni ffonies i Huw Tacsi, plât 117, yr unig dacsi yn y cwm sy â ramp.", "cy", "117"),
    ],
)
def test_a_taxi_s_plate_number(text: str, lang: str, plate: str) -> None:
    assert plate in words_of("other-id", text, lang)


@pytest.mark.parametrize(
    "text",
    ["She put plate 3 on the shelf and sat down.", "The recipe is on plate 12 of the old book."],
)
def test_a_plate_where_no_taxi_is_spoken_of_has_no_number(text: str) -> None:
    assert words_of("other-id", text, "en") == []


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Bob dydd Sul mae ei nai yn ei yrru lawr i ginio yn nhŷ Anti Bet yn Llandogo, ac mae hi wrth ei bodd.",
            "nhŷ Anti Bet",
        ),
        ("Mae Elan yn mynd i dŷ Anti Sal yn y pentre bob dydd ar ôl ysgol.", "dŷ Anti Sal"),
    ],
)
def test_a_relative_s_house_as_a_routine_with_where_it_is_after_it(text: str, home: str) -> None:
    assert home in words_of("address", text, "cy")


@pytest.mark.parametrize(
    "text", ["Cawson ni de yn nhŷ Anti Bet ddydd Sul diwetha.", "Dyna lle Anti Sal yn sefyll bob bore."]
)
def test_a_relative_s_house_visited_once_or_where_she_stands_is_no_home(text: str) -> None:
    assert words_of("address", text, "cy") == []


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ('Bys ar y gwydr: "Dai Bach. Moc Penrhiw. Elwyn Ffowc, y diawl."', "cy", "Moc Penrhiw"),
        ('People were stopping him outside the Spar: "Geth Hendre! Fourteen kites!"', "en", "Geth Hendre"),
    ],
)
def test_a_pet_form_known_by_a_farm(text: str, lang: str, name: str) -> None:
    assert name in words_of("person-name", text, lang)


def test_lambs_are_no_pet_form() -> None:
    assert words_of("person-name", "Mae'r wyn bach yn y cae ers y bore.", "cy") == []
