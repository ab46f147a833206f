"""Identifying details, round twenty-eight: tuned on the older dev files and dev batch 25 (cy/en-3801…3812).

A school by the age a pupil left it ("she left the Convent at sixteen", "ar ôl gadael y Cyfun yn un ar
bymtheg"); a school by what everyone calls it, even an everyday word ("the post-16 annex everyone calls the
Bungalow", "what everyone in Sketty still calls the Tech"). Each with the look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import categories_in, words_of


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "Tracey is 52. She left the Convent at sixteen and worked thirty-four years at the bank.",
            "en",
            "the Convent",
        ),
        (
            "Mam missed Porthcawl, and she left the Tin Chapel at fourteen to work in the laundry.",
            "en",
            "the Tin Chapel",
        ),
        ("He left Llanfair Grammar at fourteen and went down the pit.", "en", "Llanfair Grammar"),
        ("Ar ôl gadael y Cyfun yn un ar bymtheg aeth hi i weithio i'r ffatri.", "cy", "y Cyfun"),
    ],
)
def test_a_school_by_the_age_a_pupil_left_it(text: str, lang: str, words: str) -> None:
    assert words in words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He left Swansea at sixteen and never went back.", "en"),  # a town left is a move
        ("He left the Army at eighteen months' notice.", "en"),
        ("She left the Army at eighteen.", "en"),
        ("Mi adawodd Gaerdydd yn ddeunaw.", "cy"),
        ("We left the Library at 11 o'clock.", "en"),
    ],
)
def test_a_town_the_forces_or_a_time_left_is_no_school(text: str, lang: str) -> None:
    assert "school" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He went to Ysgol Hafren Ddu and then to the post-16 annex everyone calls the Bungalow.", "the Bungalow"),
        ("He was caretaker at what everyone in Sketty still calls the Tech on Pen-y-Bryn.", "the Tech"),
        ("She spent two years at what everyone in town still calls the Unit over the old police station.", "the Unit"),
    ],
)
def test_a_school_by_what_everyone_calls_it(text: str, words: str) -> None:
    assert words in words_of("school", text, "en")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The driver is a retired steelworker everybody calls Dai Trostre.", "Dai Trostre"),
        ("The landlord's a bloke everyone calls Dai Fflats.", "Dai Fflats"),
    ],
)
def test_a_man_everyone_calls_by_a_nickname_stays_a_name(text: str, words: str) -> None:
    assert any(words in each for each in words_of("person-name", text, "en"))
    assert "school" not in categories_in(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Un o'r lleill ydi DJ, sy'n licio Bryn Fôn gymaint â fo.", "cy", "DJ"),
        ('"Mae o\'n chwyrnu," medda DJ, "ond mae o\'n gneud panad dda."', "cy", "DJ"),
        ("Ni'n ffrindie ers yr ysgol. Wedodd D.J. bod nhw'n moyn rhywun i olchi llestri.", "cy", "D.J."),
        ("Cerys said no straight away: who would do TJ's dinner?", "en", "TJ"),
        ('The night log reads "I.J. agitated 22:00, exit seeking".', "en", "I.J."),
        ("Everyone calls him TJ. He is nine and came into care in May.", "en", "TJ"),
        ('He is "KJ" to everyone except the court.', "en", "KJ"),
        ('"Johnny Lorri" to the whole village, or "JG" to the staff.', "en", "JG"),
        ('"Ti\'n iawn?" medda TL.', "cy", "TL"),
        ("her younger brother A.J. (b. Boxing Day 2014) is with kinship carers", "en", "A.J."),
        ("Cytunodd DJ Lorri i fynd â'r ŵyn stôr i'r mart.", "cy", "DJ Lorri"),
        ("Mae ei brawd bach, D.J. Pen-waun fel mae pawb yn ei alw, yn dal i ffermio.", "cy", "D.J. Pen-waun"),
    ],
)
def test_initials_someone_goes_by(text: str, lang: str, words: str) -> None:
    assert words in words_of("person-name", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The DJ stopped for speeches and the DJ had the song ready.", "en"),
        ("Roedd y DJ yn chwarae Calon Lân.", "cy"),
        ("The referral went to the YJ team, ref YJ/22/3318.", "en"),
        ("The GP said OT would call on Tuesday.", "en"),
        ("She said MS was the worst of it.", "en"),
    ],
)
def test_a_disc_jockey_a_service_or_a_condition_is_no_one(text: str, lang: str) -> None:
    assert "person-name" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She'll tell you herself she was born the night Crystal Palace burned.", "the night Crystal Palace burned"),
        ("Mason was born the weekend Storm Dennis flooded the valley and lives with his dad.", "Storm Dennis"),
        ("Then he told us Mary-Kate was born the week England won the World Cup, and he missed it.", "World Cup"),
        ("Dewi Llaeth (his birthday is Christmas morning '71) has never had a day off.", "Christmas morning '71"),
        ("Her own birthday is Bonfire Night '62 and he told us that twice.", "Bonfire Night '62"),
        ("Resident: LLEWELLYN, Glyn T., DOB 04-Jun-1931, Rm 14 Garden Wing.", "04-Jun-1931"),
    ],
)
def test_a_birth_told_by_a_named_event_or_a_birthday_with_its_year(text: str, words: str) -> None:
    assert any(words in each for each in words_of("date-of-birth", text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "The group was born the night Dai Jones retired.",
        "Her birthday party is Christmas morning this year.",
        "We met on Bonfire Night '62 at the rugby club.",
    ],
)
def test_a_group_born_a_party_or_a_meeting_on_a_festival_is_no_birth(text: str) -> None:
    assert "date-of-birth" not in categories_in(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("His old boat still sits on mooring 14 below the jetty.", "en", "mooring 14"),
        ("PEP ref PEP/KAP/Y9-03 on file.", "en", "PEP/KAP/Y9-03"),
        ("Police found him outside the flat (second log: W/0412/141025).", "en", "W/0412/141025"),
        ("Bu'n rhaid newid y cod wrth y drws cefn i 7319 ar ôl i'r teras glywed.", "cy", "7319"),
    ],
)
def test_a_mooring_a_log_a_reference_and_a_code_changed_to(text: str, lang: str, words: str) -> None:
    assert any(words in each for each in words_of("other-id", text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The night log reads quiet, and the log at 22:00 says the same.", "en"),
        ("The mooring fee is £14 a year.", "en"),
    ],
)
def test_a_log_and_a_mooring_with_no_number_of_their_own(text: str, lang: str) -> None:
    assert "other-id" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dywedodd hi wrtha i ei bod hi'n defnyddio Meic weithiau pan mae'n hwyr.", "cy"),
        ("Mae o'n gwybod am Meic hefyd rŵan.", "cy"),
        ("We also gave him the number for Meic and wrote it inside his planner.", "en"),
        ("Wedodd yr athro Maths bo' fi'n ddiog o flaen pawb.", "cy"),
        ("Roedd hi'n alto yn y côr, a'i hoff gyfansoddwr oedd Joseph Parry.", "cy"),
        ("A portion wrapped in paper, salt and Sarson's already on.", "en"),
    ],
)
def test_a_helpline_a_subject_a_village_and_public_names_are_left(text: str, lang: str) -> None:
    found = [c for c in categories_in(text, lang) if c in ("person-name", "address")]
    assert not found, found


@pytest.mark.parametrize(
    "text", ["Mi ffoniodd Meic ei frawd nos Sul.", "Rhoddodd rif Meic i mi.", "Mi ffoniais i Meic neithiwr."]
)
def test_a_man_called_meic_who_rang_or_whose_number_was_given_is_still_a_name(text: str) -> None:
    assert "Meic" in words_of("person-name", text, "cy")


def test_a_farm_worked_with_family_between() -> None:
    assert "Ngwndwn Mawr" in words_of("address", "Roedd Dad yn ffermio gyda Tad-cu lan yng Ngwndwn Mawr.", "cy")


@pytest.mark.parametrize(
    ("text", "lang", "street", "place"),
    [
        ("Mae hi'n byw yn 7 Rhes Bryn-Eithin, Felinfoel, ers colli ei gŵr.", "cy", "7 Rhes Bryn-Eithin", "Felinfoel"),
        ("Ma' hi'n byw yn 3 Bythynnod Tir-Coch, Pwll, gyda'i mam.", "cy", "3 Bythynnod Tir-Coch", "Pwll"),
    ],
)
def test_a_village_after_the_street_is_not_the_address(text: str, lang: str, street: str, place: str) -> None:
    found = words_of("address", text, lang)
    assert street in found and not any(place in each for each in found), found


def test_a_rugby_captain_is_no_one() -> None:
    assert "Delme Thomas" not in words_of("person-name", "Hywel said she had the lungs of Delme Thomas.", "en")
