"""Identifying details, round thirty-four: Welsh found as often as English, probed in pairs.

Each pair below says the same thing in both languages. Before this round the English found a farm's or
house's name where the Welsh did not: after "o" (from) with a relative, a neighbour or a journey ("daeth ei
nai i lawr o Ffynnon-las", as "her nephew came down from Ffynnon-las"), in a bedroom or a farmyard ("yn y llofft
fach yn Erw Fawr", "ar fuarth Ael-y-Bryn"), and a birthday after the northern "ydi" ("Ei phen-blwydd ydi 12
Mawrth"). Both languages also missed names whose head word was not on the list of Welsh house elements (Efail,
Ffos) or a one-word name ending in "ty" (Hafodty). The look-alikes are villages after "o", which stay places.
"""

from __future__ import annotations

import pytest
from privacy_cases import words_of

# Farm and house names of several shapes, all starting with a letter Welsh does not mutate after "o" or "yn".
_HOMES = ("Ffynnon-las", "Erw Fawr", "Ael-y-Bryn", "Hafod Wen", "Efail-wen", "Ffos-y-Gigfran")

# The same sentence in both languages: (English, Welsh), the home's name written as X.
_PAIRS = (
    ("Her nephew came down from X every Sunday.", "Daeth ei nai i lawr o X bob dydd Sul."),
    ("Her nephew comes over from X every morning.", "Mae ei nai yn dod draw o X bob bore."),
    ("The neighbour from X called every morning.", "Roedd y cymydog o X yn galw bob bore."),
    ("The woman next door rang from X.", "Ffoniodd y ddynes drws nesa o X."),
    ("She was born in the little bedroom at X.", "Cafodd ei geni yn y llofft fach yn X."),
    ("The children played in the yard at X.", "Roedd y plant yn chwarae ar fuarth X."),
    ("The family have farmed X for three generations.", "Mae'r teulu'n ffermio X ers tair cenhedlaeth."),
    ("The family moved to X in 2019.", "Fe symudodd y teulu i X yn 2019."),
    ("The lane up to X is steep.", "Mae'r lôn i X yn serth."),
)


@pytest.mark.parametrize("home", _HOMES)
@pytest.mark.parametrize(("english", "welsh"), _PAIRS)
def test_a_home_found_in_english_is_found_in_welsh(english: str, welsh: str, home: str) -> None:
    found_en = home in words_of("address", english.replace("X", home), "en")
    found_cy = home in words_of("address", welsh.replace("X", home), "cy")
    assert found_en and found_cy, (english, found_en, welsh, found_cy)


@pytest.mark.parametrize(
    "text",
    [
        "Daeth ei nai i lawr o Dregaron bob dydd Sul.",
        "Roedd y cymydog o Ben-y-bont yn galw bob bore.",
        "Mae ganddi deulu yn Llannerch-y-medd.",
        "Daeth hi o Gaerdydd ar y trên.",
    ],
)
def test_a_village_after_o_stays_a_place(text: str) -> None:
    assert words_of("address", text, "cy") == []


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("Her nephew came down from Hafodty every Sunday.", "en", "Hafodty"),
        ("Roedd y plant yn chwarae ar fuarth Hafodty.", "cy", "Hafodty"),
        ("Still together at Gorwel at nine months.", "en", "Gorwel"),
    ],
)
def test_a_one_word_home_after_from_or_at_or_in_its_farmyard(text: str, lang: str, home: str) -> None:
    assert home in words_of("address", text, lang)


def test_one_word_after_o_is_as_often_a_village() -> None:
    assert words_of("address", "Roedd presenoldeb Elin, disgybl Blwyddyn 9 o Benycae, wedi disgyn.", "cy") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ei phen-blwydd ydi 12 Mawrth.", "12 Mawrth"),
        ("Ei phen-blwydd ydi'r 12fed o Fawrth.", "12fed o Fawrth"),
        ("3 Mai 1940 ydi ei dyddiad geni.", "3 Mai 1940"),
    ],
)
def test_a_birthday_after_ydi_as_after_yw(text: str, words: str) -> None:
    assert words in words_of("date-of-birth", text, "cy")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Her room is 14.", "en", "room is 14"),
        ("Ei stafell ydi rhif 14.", "cy", "stafell ydi rhif 14"),
        ("Ei stafell ydi 14.", "cy", "stafell ydi 14"),
    ],
)
def test_a_room_said_to_be_a_number_after_is_or_ydi(text: str, lang: str, words: str) -> None:
    assert words in words_of("other-id", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Her room is 14 steps from the lift.", "en"), ("Mae'r stafell yn 14 troedfedd o hyd.", "cy")],
)
def test_a_room_s_distance_or_size_is_no_room_number(text: str, lang: str) -> None:
    assert words_of("other-id", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Her caravan is on the Glan Gwna site.", "en"),
        ("Mae ei charafán ar safle Glan Gwna.", "cy"),
        ("Mae ei charafán ym Mharc Carafanau Glan Gwna.", "cy"),
    ],
)
def test_the_site_of_someone_s_caravan_is_their_address(text: str, lang: str) -> None:
    assert any("Glan Gwna" in each for each in words_of("address", text, lang))


def test_a_caravan_holiday_is_no_home() -> None:
    assert words_of("address", "Aethon ni mewn carafán ar wyliau i Glan Gwna.", "cy") == []


# A school's name in both languages: as written in English, after "yn" (mutated as Welsh does), after "o" (soft).
_SCHOOLS = (
    ("Bro Dinefwr", "ym Mro Dinefwr", "Fro Dinefwr"),
    ("Glan Clwyd", "yng Nglan Clwyd", "Lan Clwyd"),
    ("Dyffryn Ogwen", "yn Nyffryn Ogwen", "Ddyffryn Ogwen"),
    ("Tryfan", "yn Nhryfan", "Dryfan"),
)
_SCHOOL_PAIRS = (
    ("He was excluded from {en} for a week.", "Cafodd ei wahardd o {o} am wythnos."),
    ("Her head of year at {en} rang.", "Ffoniodd ei phennaeth blwyddyn {yn}."),
    ("She does her GCSEs at {en}.", "Mae hi'n gwneud ei TGAU {yn}."),
    ("The pastoral team at {en} helped.", "Helpodd y tîm bugeiliol {yn}."),
    ("He goes to {en}, the Welsh-medium secondary.", "Mae o'n mynd i {o}, yr ysgol uwchradd Gymraeg."),
    ("The ALNCo at {en} sorted a taxi.", "Trefnodd y CADY {yn} dacsi."),
)


@pytest.mark.parametrize(("en", "yn", "o"), _SCHOOLS)
@pytest.mark.parametrize(("english", "welsh"), _SCHOOL_PAIRS)
def test_a_school_found_in_one_language_is_found_in_the_other(
    english: str, welsh: str, en: str, yn: str, o: str
) -> None:
    welsh_name = o if "{o}" in welsh else yn.split(" ", 1)[1]
    found_en = any(en in each for each in words_of("school", english.format(en=en), "en"))
    found_cy = any(welsh_name in each for each in words_of("school", welsh.format(yn=yn, o=o), "cy"))
    assert found_en and found_cy, (english, found_en, welsh, found_cy)


@pytest.mark.parametrize(
    "text",
    [
        "Tryfan, the primary reason, was gone.",
        "He was excluded from Tesco for shoplifting.",
        "Mae hi'n gwneud ei TGAU yn Gymraeg.",
        "She was suspended from Wales duty.",
    ],
)
def test_school_words_with_no_school_after_them(text: str) -> None:
    lang = "cy" if "TGAU" in text else "en"
    assert words_of("school", text, lang) == []


# English house names, read by their shapes: one word ending as a house name ends, "The" and a plural or an old use,
# a word before End, View or Rise.
_ENGLISH_HOMES = ("Hillcrest", "Meadowview", "Fairways", "Sunnyside", "The Laurels", "The Old Rectory", "Orchard End")


@pytest.mark.parametrize("home", _ENGLISH_HOMES)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She has lived at X for forty years.", "en"),
        ("Her nephew came down from X every Sunday.", "en"),
        ("He still asks to go home to X.", "en"),
        ("The carers visit her at X twice a day.", "en"),
        ("Mae hi wedi byw yn X ers deugain mlynedd.", "cy"),
        ("Mae o isio mynd adra i X.", "cy"),
    ],
)
def test_an_english_house_name_where_someone_lives(text: str, lang: str, home: str) -> None:
    assert home in words_of("address", text.replace("X", home), lang)


@pytest.mark.parametrize(
    "text",
    [
        "He plays badminton at Deeside Leisure Centre on Tuesdays.",
        "He did the parkrun at Tredegar House on Saturdays.",
        "The first panel met in the meeting room at Bedwellty House.",
        "We had lunch at Fairways Golf Club.",
        "The family moved to Riverside in 2019.",
        "The review of the care plan is due in March.",
    ],
)
def test_public_places_with_english_house_shapes_stay_alone(text: str) -> None:
    assert words_of("address", text, "en") == []


def test_a_house_called_house_only_where_someone_lives() -> None:
    assert "Ivy House" in words_of("address", "Nain has lived at Ivy House since the war.", "en")


def test_a_welsh_reference_logged_with_what_was_logged_between() -> None:
    text = "Cofnodwyd yr atgyfeiriad fel REF-2291."
    assert any("REF-2291" in each for each in words_of("other-id", text, "cy"))
    assert words_of("other-id", "Cofnodwyd hi fel gofalwr ym mis Mai 2021.", "cy") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mi ddaeth Now Tŷ Capel draw ato.", "Now Tŷ Capel"),
        ("Bet Tŷ Capel, drws nesa, a'i ffeindiodd hi.", "Bet Tŷ Capel"),
        ("Mae'r mab, Gareth Cae'r Helyg fel mae pawb yn ei nabod o, yn dal i ffermio.", "Gareth Cae'r Helyg"),
    ],
)
def test_someone_known_by_their_house_is_one_name(text: str, name: str) -> None:
    found = scan_text_pairs(text)
    assert ("person-name", name) in found
    assert not any(category == "address" for category, _ in found)


@pytest.mark.parametrize(
    "text", ["Y tŷ ar y lôn gefn ydi Bryn Hafod, efo ieir.", "Cafodd hi fflat un llofft ar Ben Rhos Isa', LL55 3NQ."]
)
def test_a_house_whose_first_word_is_a_name_stays_a_house(text: str) -> None:
    assert not any(category == "person-name" for category, _ in scan_text_pairs(text))


def scan_text_pairs(text: str) -> set[tuple[str, str]]:
    from storysite.privacy import scan_text

    return {(d.category, d.text) for d in scan_text(text, "cy")}


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("Bryn Awel is the name of the farm.", "en", "Bryn Awel"),
        ("Tyddyn Isaf ydi enw'r fferm.", "cy", "Tyddyn Isaf"),
        ("Awelon yw enw ei thŷ hi.", "cy", "Awelon"),
    ],
)
def test_a_home_s_name_said_before_the_words_the_name_of(text: str, lang: str, home: str) -> None:
    assert home in words_of("address", text, lang)


def test_the_owner_of_a_named_farm_is_not_its_address() -> None:
    assert words_of("address", "Jones is the name of the farm's owner.", "en") == []


def test_a_birth_year_after_the_house_leaves_the_house_to_be_found() -> None:
    text = "He was born at Bryn Awel in 1950."
    assert "Bryn Awel" in words_of("address", text, "en")
    assert "in 1950" in words_of("date-of-birth", text, "en")


def test_a_birthplace_is_no_record_s_name() -> None:
    assert words_of("person-name", "Cafodd ei eni ym Mryn Awel yn 1950.", "cy") == []
