"""Identifying details, round twenty-six: tuned on the older dev files and dev batch 21 (cy/en-3201…3212).

A birth told by an event and no year ("born a fortnight before the war", "ganwyd hi bythefnos cyn y rhyfel",
"the last night of the Swansea Blitz"); a school named by the landmark it stands by in either language ("the
juniors at the top of Heol Fedw", "yr ysgol fach dan y capel"), and an English school whose name ends in a
common word ("the Morfa Bach infants"). Each with the look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import categories_in, found_in, words_of


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("In his words he was born a fortnight before the war, in the back bedroom.", "en", "born a fortnight"),
        ("Mali was born a fortnight before the first lockdown and is in Year 1.", "en", "first lockdown"),
        ("She was born the last night of the Swansea Blitz, with Mam under the stairs.", "en", "Swansea Blitz"),
        ("Cafodd hi ei geni bythefnos cyn y rhyfel, yn y tŷ.", "cy", "bythefnos cyn y rhyfel"),
        ("Ges i 'ngeni noson ola' Blitz Abertawe, medde Mam.", "cy", "Blitz Abertawe"),
        ("Ganwyd hi wythnos ar ôl y cyfnod clo cynta'.", "cy", "cyfnod clo"),
    ],
)
def test_a_birth_told_by_an_event_with_no_year(text: str, lang: str, words: str) -> None:
    found = words_of("date-of-birth", text, lang)
    assert any(words in each for each in found), found


def test_a_birth_by_an_event_ends_with_its_clause() -> None:
    found = words_of("date-of-birth", "Mali was born a fortnight before the first lockdown and is in Year 1.", "en")
    assert found == ["born a fortnight before the first lockdown"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He was born a week early and small.", "en"),
        ("She was born a day after her brother.", "en"),  # a sibling, not an event
        ("The group was born the week after the strike.", "en"),
        ("Ganwyd y syniad wythnos ar ôl y llifogydd.", "cy"),
        ("Ganwyd hi bythefnos yn gynnar.", "cy"),
    ],
)
def test_a_time_alone_or_a_thing_born_is_no_birth(text: str, lang: str) -> None:
    assert "date-of-birth" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("She came home from the juniors at the top of Heol Fedw and ate eleven.", "en", "Heol Fedw"),
        ("Beryl went to the little school under the chapel at Cwm Arlais with her.", "en", "under the chapel"),
        ("She taught at the little Catholic school by the docks, and she loved it.", "en", "by the docks"),
        ("Roedd hi'n mynd i'r ysgol fach dan y capel ym Mhant-glas.", "cy", "ysgol fach dan y capel"),
        ("Aeth o i'r ysgol gynradd tu ôl i'r orsaf bob dydd.", "cy", "tu ôl i'r orsaf"),
        ("Yr ysgol wrth ymyl Capel Soar oedd hi.", "cy", "Capel Soar"),
    ],
)
def test_a_school_by_its_landmark(text: str, lang: str, words: str) -> None:
    found = words_of("school", text, lang)
    assert any(words in each for each in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae'r ysgol Sul wrth y capel.", "cy"),  # the chapel's Sunday school
        ("Mae'r ysgol yn y dre.", "cy"),
        ("The school by the way was shut.", "en"),
        ("She drove past the school on the way to the shop.", "en"),
    ],
)
def test_a_school_with_no_landmark_or_a_sunday_school_is_no_school(text: str, lang: str) -> None:
    assert "school" not in categories_in(text, lang)


def test_an_english_school_whose_name_ends_in_a_common_word() -> None:
    assert ("school", "Morfa Bach infants") in found_in("She knew him since the Morfa Bach infants, years ago.", "en")


def test_a_common_word_alone_before_infants_is_no_school() -> None:
    assert "school" not in categories_in("They met at the Big infants on the hill.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("The plot is plot 9 on the Cae Pwll allotments, and on the board it is his.", "en", "plot 9"),
        ("Perswadiodd y dynion Emyr i gymryd llain 14 ar y rhandiroedd tu ôl i'r neuadd.", "cy", "llain 14"),
        ("Mae o ar y rhandir bob dydd; mi ffendiais i o ar blot 11 wrth y sied.", "cy", "blot 11"),
    ],
)
def test_an_allotment_plots_number(text: str, lang: str, words: str) -> None:
    assert ("other-id", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Plot 4 is the best on the field.", "en"),  # no allotment and no site: a story's plot, a field's
        ("The plot of the film took 2 hours.", "en"),
        ("Mae llain 3 o'r cae yn wlyb.", "cy"),
    ],
)
def test_a_plot_with_no_allotment_or_site_is_no_identifier(text: str, lang: str) -> None:
    assert "other-id" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Ganwyd hi ym mis bach 2011 yn Ysbyty Gwynedd.", "cy", "mis bach 2011"),  # February, as speech names it
        ("\"Ges i 'ngeni Nos Ystwyll 1941,\" bydd e'n gweud wrth bawb.", "cy", "Nos Ystwyll 1941"),
        ("She was born in the front bedroom at Rose Villa on Candlemas Day 1940, and the ward", "en", "Candlemas Day"),
    ],
)
def test_births_on_februarys_welsh_name_and_on_winter_feasts(text: str, lang: str, words: str) -> None:
    found = words_of("date-of-birth", text, lang)
    assert any(words in each for each in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Roedd y mis bach yn oer eleni.", "cy"),
        ("We met on Candlemas Day 1962 at the chapel.", "en"),  # an event's day, not a birth
    ],
)
def test_a_month_or_a_feast_with_no_birth_is_no_date_of_birth(text: str, lang: str) -> None:
    assert "date-of-birth" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Cafodd ei symud o Ysgol Bro Crawia i'r uned yn Nhan-y-Ffordd ym mlwyddyn 9.", "cy", "uned yn Nhan-y-Ffordd"),
        ("He was moved from the comp to the unit in Pen-y-Cae in Year 9.", "en", "unit in Pen-y-Cae"),
    ],
)
def test_a_teaching_unit_by_where_it_is(text: str, lang: str, words: str) -> None:
    assert ("school", words) in found_in(text, lang)


def test_a_hospital_unit_by_where_it_is_is_no_school() -> None:
    text = "Roedd o yn yr uned yn Ysbyty Gwynedd ar ôl y strôc, ac wedyn yn ôl i'r ysgol."
    assert "school" not in categories_in(text, "cy")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("His mam, who lives in the old chapel house next to Zoar, sent a sponge.", "en", "chapel house next to Zoar"),
        ("Kieran came down from the static behind the Hen Efail garage to drop her off.", "en", "Hen Efail garage"),
        ("Mae hi'n ymarfer yn y byngalo wrth giât y fynwent yn Nhanrallt bob nos.", "cy", "wrth giât y fynwent"),
        ("His Mam still kept his room at the house by the war memorial in Llanhyfryd.", "en", "by the war memorial"),
        ("NOK dau-in-law Mrs J. Skyrme, the flat above the chemist on Quay Street / GP", "en", "above the chemist"),
        ("The association offered him the ground floor at 9 Brynhedydd, near the river.", "en", "9 Brynhedydd"),
        ("NHS 718 233 0466. NFA, previously pitch 23 on the Glan-yr-Afon park.", "en", "pitch 23"),
    ],
)
def test_homes_placed_by_landmarks_parks_and_numbers(text: str, lang: str, words: str) -> None:
    found = words_of("address", text, lang)
    assert any(words in each for each in found), found


def test_a_home_by_its_landmark_ends_before_a_case_notes_next_item() -> None:
    text = "NOK dau-in-law Mrs J. Skyrme, the flat above the chemist on Quay Street / GP Dr Rees"
    assert words_of("address", text, "en") == ["the flat above the chemist on Quay Street"]
    assert ("person-name", "Mrs J. Skyrme") in found_in(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The housing support moved her from a flat over a shop to sheltered housing.", "en"),  # any shop
        ("He has lived in a static with a tarp over the roof since the storm.", "en"),  # its own roof
        ("She walks the little ones home past the Iron Bridge pub so no one is alone.", "en"),
        ("He played on pitch 3 on the Ynys park with the under-tens.", "en"),  # a game's pitch
        ('Gofynnodd ble\'n gwmws o\'dd "gatre". "O, y tŷ pen."', "cy"),  # "O" is a cry, not a home
    ],
)
def test_no_home_in_an_indefinite_landmark_a_games_pitch_or_a_cry(text: str, lang: str) -> None:
    assert "address" not in categories_in(text, lang)


def test_a_hyphenated_house_name_is_never_a_person() -> None:
    assert "person-name" not in categories_in("Yr ola' oedd Min-y-don, Ffordd yr Orsaf, a barodd naw wsnos.", "cy")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Goriad sbâr yn y bocs wrth y drws cefn, côd 5280.", "cy", "5280"),
        ("He topped up his MyTravelPass (6633 0192 4471) himself.", "en", "6633 0192 4471"),
        ("So hi'n gwbod taw 3-1-4-8 a'r seren yw cod drws yr uned.", "cy", "3-1-4-8"),
        ("We wrote the key-safe code by the back door (4-0-7-1) and Nain's landline.", "en", "4-0-7-1"),
        ("Mae rhif ei gerdyn, 300 7715 LLR, ar gefn ei ffôn.", "cy", "7715"),
    ],
)
def test_codes_and_card_numbers_told_loosely(text: str, lang: str, words: str) -> None:
    found = words_of("other-id", text, lang)
    assert any(words in each for each in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The course code is 4471 for the key skills module.", "en"),
        ("She has 3 cats and the dog. 1234 and the bell rang.", "en"),
    ],
)
def test_a_course_code_or_a_count_is_no_identifier(text: str, lang: str) -> None:
    assert "other-id" not in categories_in(text, lang)


def test_a_card_number_after_its_label_is_no_phone() -> None:
    assert "phone" not in categories_in("Mae rhif ei gerdyn, 300 7715 LLR, ar gefn ei ffôn.", "cy")
    assert "phone" in categories_in("Rhif ei ffôn, 300 7715.", "cy")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He wants to cook for Bryn Williams one day.", "en"),
        ("He gave him the bench under the signed photo of Mickey Thomas.", "en"),
        ("He took out a book of W. H. Davies because a verse was painted there.", "en"),
        ("They talked about the strike, and about Carwyn James coming to the club.", "en"),
        ("He names the cows like Huw Llywelyn Davies doing the rugby.", "en"),
        ("It is on the Offa's Dyke side of the village.", "en"),
        ("The café is across the road from the Lord Raglan, every Thursday.", "en"),
        ("It was between a Raleigh with no chain and a radio.", "en"),
        ("The quote from Stannah came back at £3,840.", "en"),
        ("The Cylch wanted the van's reg on the form.", "en"),
        ("Canodd Anfonaf Angel efo'r côr.", "cy"),
    ],
)
def test_public_people_songs_firms_and_places_are_left_alone(text: str, lang: str) -> None:
    assert "person-name" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("A girl of 6 and a boy of 4. Baby due; came at the Heath 2nd Jan '25, NHS 721 448 9035.", "en", "2nd Jan '25"),
        ("Mae Leanne a'r babi, a gyrhaeddodd ar y 15fed o Awst '24, yn mynd efo'i fam.", "cy", "15fed o Awst '24"),
    ],
)
def test_the_day_a_baby_arrived_is_its_birth(text: str, lang: str, words: str) -> None:
    found = words_of("date-of-birth", text, lang)
    assert any(words in each for each in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The baby came home on 3 May 2024 and slept.", "en"),  # home from hospital
        ("The baby group came to the hall on 3 May 2024.", "en"),
        ("Daeth y babi adre ar 3 Mai 2024.", "cy"),
    ],
)
def test_a_baby_home_or_a_baby_group_is_no_birth(text: str, lang: str) -> None:
    assert "date-of-birth" not in categories_in(text, lang)


def test_a_reference_logged_the_other_way_round() -> None:
    text = "Care leavers ref CL-3318, also logged as 3318-CL on the housing system."
    assert any("3318-CL" in w for w in words_of("other-id", text, "en"))
    assert "other-id" not in categories_in("It was logged as 2024 in the book.", "en")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Bed 4, Bay C, Ward Clettwr. MFFD 02/04. Lives alone.", False),  # a status and its day
        ("MARAC 25/118 is open.", True),
    ],
)
def test_a_ward_status_and_its_day_is_no_reference(text: str, flagged: bool) -> None:
    assert any(w.startswith(("MFFD", "MARAC")) for w in words_of("other-id", text, "en")) is flagged


def test_a_welsh_compound_home_placed_by_a_landmark() -> None:
    text = "Mae hi mewn stafell yn y tŷ lojin mawr gyferbyn â'r orsaf dân yn Nolgellau erbyn hyn."
    assert words_of("address", text, "cy") == ["y tŷ lojin mawr gyferbyn â'r orsaf dân yn Nolgellau"]


def test_on_ones_own_elided_is_no_landmark() -> None:
    text = "Ma' Rhodri'n byw ar ben 'i hunan nawr yn y fflat dros yr hen siop sglods."
    assert "address" not in categories_in(text, "cy")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Glanmorfa flat 2 (landlord Tai Ceredigion). Key safe by the door.", "en"),
        ("Rhian agreed with Pedal Power that Kai could do his hours there.", "en"),
        ("He's a stubborn old Captain Birdseye, but he's no trouble.", "en"),
    ],
)
def test_a_housing_association_a_charity_and_a_captain_are_left_alone(text: str, lang: str) -> None:
    found = found_in(text, lang)
    assert not [w for c, w in found if "Ceredigion" in w or "Pedal" in w or "Birdseye" in w], found


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Her Birthday is 3 March.", "en", "3 March"),  # a capital cue opens the birthday finder's gate too
        ("Born on Boxing Day, she was the youngest of nine.", "en", "Boxing Day"),
        ("Ei Phen-blwydd yw 3 Mawrth.", "cy", "3 Mawrth"),
    ],
)
def test_a_birthday_told_with_a_capital_cue(text: str, lang: str, words: str) -> None:
    assert ("date-of-birth", words) in found_in(text, lang)


# --- Part three, tuned on dev batch 23 (cy/en-3501…3512) ---


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mae'r cymydog sy'n byw yng Ngorwelion, ochr draw'r hewl, yn cadw llygad arno fe.", "cy", "Ngorwelion"),
        ("Byw'n ddiogel gartref yn Gorwel", "cy", "Gorwel"),  # a whole-word house name, no head and tail
    ],
)
def test_a_whole_word_house_name_where_someone_lives(text: str, lang: str, words: str) -> None:
    assert ("address", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae hi'n gweithio yng Nghaffi Awelon bob dydd.", "cy"),  # a café's name
        ("Aethon ni i Neuadd Gorwelion am y cyngerdd.", "cy"),
        ("He stayed at Gorwelion Hotel for a week.", "en"),
    ],
)
def test_a_whole_word_house_name_on_a_venue_is_no_home(text: str, lang: str) -> None:
    assert not [w for w in words_of("address", text, lang) if "orwel" in w or "Awelon" in w]


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Key-safe wrth y drws ochr (côd 4-0-9-1, ar y ffeil yn unig).", "cy", "4-0-9-1"),
        ("Cash withdrawn over 5 months from Lloyds acct ending 6150.", "en", "6150"),
        ("On the Welsh side it had it the other way round, 7/4402/TH, and I thought", "en", "7/4402/TH"),
        ("Supp. lodgings ref SL/0917/VG, pathway plan no. 22871 PP.", "en", "22871"),
    ],
)
def test_codes_accounts_and_references_part_three(text: str, lang: str, words: str) -> None:
    found = words_of("other-id", text, lang)
    assert any(words in each for each in found), found


def test_a_date_in_three_parts_of_figures_is_no_reference() -> None:
    assert "other-id" not in categories_in("The letters were dated 3/4/2019 and 12/5/2020.", "en")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mae hi'n alto yn y côr ers iddi adael chweched Glan Hiraethog. Mi gafodd swydd.", "chweched Glan Hiraethog"),
        ("Roedd y ffeil yn denau: Uned Cwm Cerdin yn grwt, dwy flynedd yng Ngholeg Dyffryn Teifi.", "Uned Cwm Cerdin"),
    ],
)
def test_a_sixth_form_after_leaving_and_a_unit_beside_a_college(text: str, words: str) -> None:
    assert ("school", words) in found_in(text, "cy")


def test_a_family_centre_is_no_teaching_unit() -> None:
    text = "Cyswllt gyda'i mam yn Canolfan Deulu Aberceiro unwaith y mis, a'i brawd o'r coleg."
    assert "school" not in categories_in(text, "cy")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("The others, Cled Pen-y-lan, and Mr Prosser came.", "en", "Cled Pen-y-lan"),
        ("Wela i chi nos Iau. Deudwch wrth Dew am ddŵad â capo.", "cy", "Dew"),
    ],
)
def test_spoken_short_first_names(text: str, lang: str, words: str) -> None:
    assert ("person-name", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She sang the first verse of Myfanwy at a gull.", "en"),
        ("The carers' group meets on Fridays in the King's Head.", "en"),
        ("He worked thirty-one years at John Summers and then the Tata mill.", "en"),
        ("It had more likes than the time Bonnie Tyler was spotted.", "en"),
        ("They copy the old ironworks pictures by Penry Williams.", "en"),
        ("She was in bed 14 on Ward Cennin at Hafan y Coed.", "en"),
        ("Dechreuon ni â chwech yn festri Bethel.", "cy"),
        ("Mae Idris yn canu emyne Williams Pantycelyn yr holl ffordd.", "cy"),
    ],
)
def test_public_people_pubs_works_and_chapels_part_three(text: str, lang: str) -> None:
    names = words_of("person-name", text, lang)
    assert not [n for n in names if n not in ("Idris",)], names
