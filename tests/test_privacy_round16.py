"""Identifying details, round sixteen: births told by the day or the event instead of the date, and schools named by
what a pupil or student does there.

A birth on a festival in every form Welsh gives the birth noun ("ges i 'ngeni ar ddydd Nadolig", "o'i eni noswyl
Nadolig"), on a solstice, or placed by the event around it ("born the week the Queen was crowned"); a birthday given
with the month as a number ("the 30th of the 6th"); a school named by the exams sat there ("her A levels at the
Frow"), a playgroup or nursery named in lower case, and a hall of residence named by a first name. Tuned on the
development corpus only (benchmarks/privacy/real/dev); each pattern in both languages, with the look-alikes that
must stay unflagged.
"""

from __future__ import annotations

import pytest
from privacy_cases import found_in


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Ges i 'ngeni ar ddydd Nadolig, w.", "ddydd Nadolig", "cy"),
        ("Ces i fy ngeni ar Ddydd Gŵyl Dewi, medde Mam.", "Ddydd Gŵyl Dewi", "cy"),
        ("Cafodd ei eni ar Ddydd Calan.", "Ddydd Calan", "cy"),
        ("Mi gafodd o'i eni noswyl Nadolig.", "noswyl Nadolig", "cy"),
        ("Ganwyd hi ar y dydd byrraf.", "dydd byrraf", "cy"),
        ("Seren was born on the shortest day last year, five weeks early.", "shortest day", "en"),
        ("He was born on the longest day, his mam always said.", "longest day", "en"),
    ],
)
def test_a_birth_on_a_festival_or_a_solstice_is_a_date_of_birth(text: str, words: str, lang: str) -> None:
    assert ("date-of-birth", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        (
            "She was born the week the Queen was crowned, and she never lets us forget it.",
            "born the week the Queen was crowned",
            "en",
        ),
        (
            "He was born up there the August before the war broke out, and he has lived there since.",
            "born up there the August before the war broke out",
            "en",
        ),
        ("Ganwyd hi'r gaeaf cyn y rhyfel, medde hi.", "Ganwyd hi'r gaeaf cyn y rhyfel", "cy"),
        ("Cafodd ei eni yr wythnos y bu farw'r hen frenin.", "eni yr wythnos y bu farw'r hen frenin", "cy"),
    ],
)
def test_a_birth_placed_by_the_event_around_it_is_a_date_of_birth(text: str, words: str, lang: str) -> None:
    assert ("date-of-birth", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("My birthday's the 30th of the 6th and I'll be 53.", "the 30th of the 6th", "en"),
        ("Her birthday is 30/6, same as mine.", "30/6", "en"),
        ("Mae ei phen-blwydd hi ar 30/6 bob blwyddyn.", "30/6", "cy"),
    ],
)
def test_a_birthday_with_the_month_as_a_number_is_a_date_of_birth(text: str, words: str, lang: str) -> None:
    assert ("date-of-birth", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The idea was born the week the mine closed.", "en"),
        ("Their project was born the year after the floods.", "en"),
        ("Ganwyd y syniad yr wythnos y caeodd y pwll.", "cy"),
        ("We met on the longest day in 1990.", "en"),
        ("Enillodd hi'r raffl ar ddydd Nadolig.", "cy"),
        ("He was born and bred in Merthyr.", "en"),
        ("The score was 30/6 at half time.", "en"),
    ],
)
def test_an_idea_born_an_event_on_a_festival_and_a_score_are_not_dates_of_birth(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "date-of-birth"]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("She did her A levels at the Frow and went to Aber.", "Frow", "en"),
        ("He sat his GCSEs in maths and art at Cwm Rhondda High last summer.", "Cwm Rhondda High", "en"),
        ("Gwnaeth ei Lefel A yn y Graig, ac aeth i Fangor.", "Graig", "cy"),
        ("Safodd ei TGAU ym Mhenweddig.", "Mhenweddig", "cy"),
    ],
)
def test_a_school_named_by_the_exams_sat_there_is_found(text: str, words: str, lang: str) -> None:
    assert ("school", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She did her GCSEs in Maths and English.", "en"),
        ("He passed his A levels in History, Welsh and Art.", "en"),
        ("He did his exams at the Guildhall.", "en"),
        ("She did her A levels at the Comp.", "en"),
        ("He sat his mocks in November.", "en"),
        ("Gwnaeth ei TGAU yn Gymraeg.", "cy"),
        ("Gwnaeth ei arholiadau yn y Coleg.", "cy"),
    ],
)
def test_a_subject_a_month_a_venue_or_a_kind_of_school_after_exams_is_not_a_school(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "school"]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("His little brother goes to Little Acorns playgroup in the chapel vestry.", "Little Acorns playgroup", "en"),
        ("Cafodd le iddo yn Neuadd Tegid Foel ar gytundeb 51 wythnos, fel myfyriwr.", "Neuadd Tegid Foel", "cy"),
        ("The university booked her into Neuadd Gwenllian, a self-catering hall.", "Neuadd Gwenllian", "en"),
    ],
)
def test_a_playgroup_in_lower_case_and_a_hall_named_by_a_first_name_are_schools(
    text: str, words: str, lang: str
) -> None:
    assert ("school", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We went to the Cardiff nursery fair.", "en"),
        ("She sang Welsh nursery rhymes.", "en"),
        ("Canodd y côr yn Neuadd Dewi Sant, ac roedd y myfyrwyr yno.", "cy"),
        ("She is a student at Bangor and went to a talk in Neuadd John Morris-Jones.", "en"),
    ],
)
def test_a_towns_nursery_rhymes_a_concert_hall_and_a_hall_named_in_full_are_not_schools(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "school"]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("His old teachers at Arennig have forgiven her.", "Arennig", "en"),
        ("Everyone assumed she would stay on at Arennig until 19.", "Arennig", "en"),
        ("She is in the Welsh stream at Somerton now.", "Somerton", "en"),
        ("Mae'r athro yn y Graig yn dda efo fo.", "Graig", "cy"),
        ("She's in Cwrt Bevan halls now.", "Cwrt Bevan halls", "en"),
    ],
)
def test_a_school_named_by_its_teachers_its_stream_or_its_halls_is_found(text: str, words: str, lang: str) -> None:
    assert ("school", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He met the head teacher at the Senedd.", "en"),
        ("The teachers at the Council offices were there.", "en"),
        ("Teachers in Wales are striking.", "en"),
        ("She stayed on at the farm.", "en"),
        ("He is in Aberystwyth halls.", "en"),
        ("The town halls of Wales.", "en"),
        ("Roedd ei athrawes yn y capel.", "cy"),
    ],
)
def test_a_public_body_a_town_or_an_everyday_word_after_teachers_or_halls_is_not_a_school(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "school"]


@pytest.mark.parametrize(
    ("text", "words", "category", "lang"),
    [
        (
            "Rhoddodd y cyfeiriad iddi, ///cneifio.llechen.pwced, ar y daflen.",
            "///cneifio.llechen.pwced",
            "address",
            "cy",
        ),
        ("Mae'r cerdyn yn gorffen **** **** **** 2209 medda hi.", "**** **** **** 2209", "other-id", "cy"),
        ("The card 4751 XXXX XXXX 2209 was blocked.", "4751 XXXX XXXX 2209", "other-id", "en"),
        ("She was withdrawing the daily maximum, acc. ending 3318.", "ending 3318", "other-id", "en"),
        ("Roedd ganddo ei cherdyn a'i rhif PIN — 1949, blwyddyn ei geni hi.", "PIN — 1949", "other-id", "cy"),
        ("Mae hi'n ffonio o Vancouver ar 001 604 555 0192 bob nos.", "001 604 555 0192", "phone", "cy"),
        ("Mae gan Glyn gwch bach pren, BS 217, yn y porthladd.", "BS 217", "other-id", "cy"),
        ("The boat is the Seren Wen, BS 117; she's my son's now.", "BS 117", "other-id", "en"),
        ("dyddiad geni 03.iv.79 — merch yn casglu", "dyddiad geni 03.iv.79", "date-of-birth", "cy"),
        ("I met Sam Edmunds at the surgery today.", "Sam Edmunds", "person-name", "en"),
    ],
)
def test_a_hidden_card_a_boat_a_phone_abroad_a_roman_month_and_a_fathers_name_as_surname_are_found(
    text: str, words: str, category: str, lang: str
) -> None:
    assert (category, words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The fishing trip took the A 487 north.", "en"),
        ("The boat left at 10 and came back on the B 4333.", "en"),
        ("He sent 1234 xxxx hugs in 2009.", "en"),
        ("See www.example.com or file.name.txt here.", "en"),
        ("Page 3.iv.2 of the plan was changed.", "en"),
        ("We shop at Marks and Spencer on Saturdays.", "en"),
    ],
)
def test_a_road_a_file_name_a_section_number_and_a_shop_are_not_identifying(text: str, lang: str) -> None:
    assert not found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("He had gone down on the ice outside Tŷ'r Gof, the old smithy cottage at the top.", "Tŷ'r Gof", "en"),
        ("Mae hi'n byw ar ei phen ei hun yn Bodeilian — y byngalo pinc gyferbyn â'r garej.", "Bodeilian", "cy"),
        ("They farm sheep at Cwm-du Uchaf, the last holding on the lane.", "Cwm-du Uchaf", "en"),
        ("Mae'n ffermio defaid ym Mhant-glas ers hynny.", "Mhant-glas", "cy"),
        (
            "He lives in the flat over Castle Fish Bar at the bottom of the town.",
            "the flat over Castle Fish Bar at the bottom of the town",
            "en",
        ),
        ("Mi briodon ni a byw yn yr Hen Efail ers hynny.", "Hen Efail", "cy"),
        ("They moved into the Old Vicarage in 1990.", "Old Vicarage", "en"),
    ],
)
def test_a_home_by_its_apposition_its_farming_its_shop_below_or_its_old_name_is_found(
    text: str, words: str, lang: str
) -> None:
    # the home's words, with the description that places it when one follows (round twenty joins the two)
    found = found_in(text, lang)
    assert any(c == "address" and w.startswith(words) for c, w in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Aethon ni i Aberaeron — y dref fach ar y bae.", "cy"),
        ("They farm sheep at Llandeilo.", "en"),
        ("The flat over Easter was cold.", "en"),
        ("We went to the Old Library for the talk.", "en"),
        ("He lived in the Old Town of Edinburgh for a year.", "en"),
    ],
)
def test_a_town_a_holiday_and_a_public_old_building_are_not_homes(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "address"]


@pytest.mark.parametrize(
    ("text", "words", "category", "lang"),
    [
        (
            'Roedden ni yn Ysgol Gynradd Cwm-llynfell Fach, "y Fach" fel roedden nhw\'n ei galw hi.',
            "y Fach",
            "school",
            "cy",
        ),
        (
            'She went to Ysgol Maes Gwenfro High ("the Frow" to the kids) and did her A levels.',
            "the Frow",
            "school",
            "en",
        ),
        ('He lives on the farm, "the Hendre" to everyone.', "the Hendre", "address", "en"),
        ("Ahmed set up his internet: network BT-7QX4KF, on a sticker.", "BT-7QX4KF", "other-id", "en"),
        ("Agorwyd ymholiad diogelu; rhif 0371 oedd o yn y flwyddyn.", "rhif 0371", "other-id", "cy"),
    ],
)
def test_a_quoted_nickname_a_router_and_a_number_with_a_leading_nought_are_found(
    text: str, words: str, category: str, lang: str
) -> None:
    assert (category, words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('She sang "Calon Lân" to the children.', "en"),
        ("The network of 12 carers meets in 2024.", "en"),
        ("It has number 1142 on its list.", "en"),
    ],
)
def test_a_song_a_network_of_people_and_a_bare_number_are_not_identifying(text: str, lang: str) -> None:
    assert not found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Told by Sam Edmunds, occupational therapist, Reablement.", "en"),
        ("Her social worker, Development, was a typo for the team.", "en"),
    ],
)
def test_an_abstract_noun_after_a_role_is_not_a_name(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "person-name" and w.endswith(("ment", "tion"))]


@pytest.mark.parametrize(
    ("text", "words"),
    [("Her sister, Florence, rang.", "Florence"), ("His aunt, Constance, came.", "Constance")],
)
def test_a_name_spelt_like_an_abstract_noun_is_still_a_name(text: str, words: str) -> None:
    assert ("person-name", words) in found_in(text, "en")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Arresting officer PC 2290 Pritchard noted that he was the only one who stayed.", "Pritchard"),
        ("Sgt 4471 Davies-Lloyd took the call.", "Davies-Lloyd"),
    ],
)
def test_an_officers_surname_after_the_collar_number_is_a_name(text: str, words: str) -> None:
    assert ("person-name", words) in found_in(text, "en")


def test_a_town_or_a_sentence_after_a_collar_number_is_not_a_name() -> None:
    assert not [
        w for c, w in found_in("PC 2290 Cardiff rang. PC 2291 The officer said so.", "en") if c == "person-name"
    ]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        (
            "Roedd ganddo fflat un llofft, yr un uwchben siop barbwr Bechgyn Da ar Ffordd Maes Gwyn.",
            "yr un uwchben siop barbwr Bechgyn Da ar Ffordd Maes Gwyn",
            "cy",
        ),
        ("Daeth Nanna draw o'i byngalo, yr un tu ôl i'r Co-op yn y Porth.", "yr un tu ôl i'r Co-op yn y Porth", "cy"),
        (
            "He has a flat now, the one above the bookies on Commercial Street.",
            "the one above the bookies on Commercial Street",
            "en",
        ),
    ],
)
def test_a_home_said_once_then_placed_as_the_one_by_a_landmark_is_found(text: str, words: str, lang: str) -> None:
    assert ("address", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Prynodd hi gar newydd, yr un tu ôl i'r garej.", "cy"),
        ("She bought a new coat, the one behind the counter.", "en"),
    ],
)
def test_a_thing_placed_as_the_one_by_a_landmark_is_not_a_home(text: str, lang: str) -> None:
    assert not [w for c, w in found_in(text, lang) if c == "address"]
