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


# --- Tuned on dev batch 12 (cy/en-2001…2012) ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He lives with his Mam, Shelley, and his Bamp, Cledwyn Rowlands.",
        "The kitchen table at Bamp's.",
        "Bamp made the tea.",
    ],
)
def test_bamp_a_grandfather_in_the_valleys_is_not_a_name(text: str) -> None:
    assert not [w for w in _of("person-name", text, "en") if w.startswith("Bamp")]


def test_bamp_before_a_name_is_kept_with_it() -> None:
    assert ("person-name", "Bamp Cled") in found_in("Bamp Cled came.", "en")


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("His number is still written on the dresser as Maenclochog 218.", "Maenclochog 218", "en"),
        ("He still gives his number the old way, 'Treorchy 7714'. So I went.", "Treorchy 7714", "en"),
        ("Ond ffôn y tŷ ydi'r rhif iddyn nhw o hyd: Llanfair 810 247, fel buodd o erioed.", "Llanfair 810 247", "cy"),
    ],
)
def test_a_number_on_an_old_exchange_no_list_holds_is_a_phone(text: str, words: str, lang: str) -> None:
    assert ("phone", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae Nansi'n 100 oed, ac mae hi wedi gofyn am rif ffôn.", "cy"),
        ("The number was on Route 218.", "en"),
        ("She rang from Tesco 2291.", "en"),
        ("The number of people in Wrexham 1977 was high.", "en"),
    ],
)
def test_an_age_a_route_a_shop_or_a_year_after_a_word_is_not_an_exchange(text: str, lang: str) -> None:
    assert not _of("phone", text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("the baby, Rosie (dob 11/21), was eight months.", "dob 11/21", "en"),
        (
            "Peggy is 88, born, as she tells everyone, the Monday after the King abdicated.",
            "born, as she tells everyone, the Monday after the King abdicated",
            "en",
        ),
        ("wythnos ar ôl ei ben-blwydd yn ddeunaw ar y 4ydd o Ragfyr.", "blwydd yn ddeunaw ar y 4ydd o Ragfyr.", "cy"),
    ],
)
def test_a_babys_month_and_year_a_birth_on_a_weekday_and_an_eighteenth_birthday_are_found(
    text: str, words: str, lang: str
) -> None:
    assert ("date-of-birth", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("o'r stafell gyffredin yn chweched Bro Gwernant, ac mi fydde.", "chweched Bro Gwernant", "cy"),
        ("Mali yn syth o'r ysgol yn Nhal-y-Waen yn ei chrys.", "ysgol yn Nhal-y-Waen", "cy"),
        ('ar ôl blwyddyn yn "Y Caban" (yr uned cyfeirio disgyblion), a.', "Y Caban", "cy"),
        ("The boy came home from Tŷ Afon, the PRU, and his sister.", "Tŷ Afon", "en"),
    ],
)
def test_a_sixth_form_by_its_school_the_school_in_a_village_and_a_quoted_unit_are_schools(
    text: str, words: str, lang: str
) -> None:
    assert ("school", words) in found_in(text, lang)


@pytest.mark.parametrize(
    "text", ["Roedd yr ysgol yn Gymraeg i gyd.", "Ganwyd hi ar y chweched Mawrth.", "Y chweched Llyfr."]
)
def test_a_language_a_date_or_a_book_after_the_school_words_is_not_a_school(text: str) -> None:
    assert not _of("school", text, "cy")


def test_a_unit_named_beside_its_kind_is_a_school_not_an_address() -> None:
    assert not _of("address", "The boy came home from Tŷ Afon, the PRU, and his sister.", "en")


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        ("Gym locker 41 at the leisure centre. Xbox = DockBoyJ2001 (do NOT give it out).", "DockBoyJ2001", "other-id"),
        ("NINO S J 901147 D.", "S J 901147 D", "ni-number"),
    ],
)
def test_a_handle_after_an_equals_sign_and_an_ni_number_with_its_letters_apart_are_found(
    text: str, words: str, category: str
) -> None:
    assert (category, words) in found_in(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He goes down to the Enfys class at Pen-cae Primary.", "en"),
        ("She grew up in Hakin and her mam is still there.", "en"),
        ("Mae Breeze yng Ngharchar Berwyn erbyn hyn.", "cy"),
        ("Cytunodd Adra i roi fflat iddi.", "cy"),
        ("Gyrrodd fideos o Moc Morgan ar YouTube.", "cy"),
        ("A disclosure under Clare's Law was arranged.", "en"),
    ],
)
def test_a_class_a_district_a_prison_a_housing_body_a_broadcaster_and_a_scheme_are_not_people(
    text: str, lang: str
) -> None:
    found = _of("person-name", text, lang)
    assert not [w for w in found if w not in ("Breeze",)], found


def test_enfyss_class_as_a_girls_is_still_a_name() -> None:
    assert ("person-name", "Enfys's") in found_in("Enfys's class went to the zoo.", "en")


def test_farm_animals_named_in_a_list_are_pets_but_their_owners_are_not() -> None:
    from storysite.check.identifying import _pets_in

    cows = "Rhoddodd enw i bob buwch oedd ganddyn nhw gaeaf mawr '63: Seren, Blodwen, Dolly a'r hen fuwch goch gas."
    assert _pets_in(cows) == {"Seren", "Blodwen", "Dolly"}
    assert _pets_in("Mae defaid Huw yn y cae, a buwch Elin hefyd.") == frozenset()  # Huw's sheep, Elin's cow
    assert _pets_in("Ram, Singh and Jo came.") == frozenset()
    assert _pets_in("Our volunteers who walk dogs: Ceri and Dai came.") == frozenset()
    assert _pets_in("Three children: Connor, Mia and Jac.") == frozenset()


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Cafodd ei geni wythnos ar ôl i Dafydd farw.", "Dafydd", "cy"),
        ("Cafodd ei eni ar ddiwrnod priodas Elin a Gwyn.", "Elin", "cy"),
        ("He was born the week before Gareth died.", "Gareth", "en"),
    ],
)
def test_a_person_named_in_the_event_a_birth_is_placed_by_stays_a_name(text: str, name: str, lang: str) -> None:
    found = found_in(text, lang)
    assert ("person-name", name) in found
    assert [w for c, w in found if c == "date-of-birth"]


def test_a_home_named_in_the_event_a_birth_is_placed_by_stays_a_home() -> None:
    found = found_in("Cafodd ei geni wythnos cyn i'r teulu symud i Fryn Awel.", "cy")
    assert ("address", "Fryn Awel") in found
    assert ("date-of-birth", "wythnos cyn i'r teulu symud") in found
