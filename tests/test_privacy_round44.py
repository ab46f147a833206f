"""Identifying details, round forty-four: tuned on dev batches 1 to 56 (`benchmarks/privacy/real/README.md`).

- a school called by the first word of its own name once the story has named it ("Ysgol Cefn Hedydd" ... "a full
  timetable at Cefn", "Ysgol Uwchradd Glan Clwyd" ... "yn hapus yn y Glan", "Penrhiwgoch Primary" ... "back to
  Penrhiwgoch"), with an article or after a word for going to or being at a place; not inside another name
  ("Brenhines y Cwm") nor naming a fair or a road, and never a first name;
- a home told by the colour of its door, gate or windows and placed by a landmark, whoever is said to live there
  ("stopped outside the house with the blue door opposite the Legion", "the one with the green door across from the
  chapel", "y tŷ â'r drws glas gyferbyn â'r Llew Du"); a café or a shop told that way is no home;
- a relative's house where a child goes as a routine, or someone stays ("mae Elan yn mynd i dŷ Anti Sal ar ôl
  ysgol", "arhosodd y plant yn nhŷ Anti Meinir", "arhosodd o dair noson lle Anti Gwenda", "spending most days at
  Nanna Gwyneth's"); a visit once is left, and so is "lle" as "where" ("Dyna lle Anti Sal yn sefyll").
- initials with their full stops at the end of a sentence, the next one starting with a word that is no name
  ("supervised by L.M. Mum missed the first two", "Allocated SW: R.M. Connected persons …"), and a Welsh double
  letter as one initial ("(Ll.J.)"); an abbreviation and initials before a surname ("J.P. Morgan") are left.
- a name with who calls someone so after it, in Welsh ("Del ma' pawb arall yn ei galw hi", "Shaz mae pawb yn galw
  Mam", "Ems yw e i'w ffrindie", "Ffi (dyna beth mae pawb yn ei galw hi)"), a grandmother by her farm ("Mam-gu Cefn
  yw hi i'r pentre i gyd", "Mam-gu Cae Pistyll fel maen nhw'n ei galw hi"); in English "known to every child in the
  building as Sprocket", and a place with a trade after it ("knows him as Dyfed Fish").
- a home by a landmark after "wrth yr" or "ger yr" ("yn byw yn y byngalo bach wrth yr hen orsaf"), which the relation
  read as "wrth y" and so never found; a home by a chapel named without "the" ("the end cottage by Bethel", "by
  Capel Seion Bach"), not "a house by" one; a key-safe written with a hyphen ("Key-safe by the porch is 5190").
- the way to a home written out for whoever calls next ("If you don't know it, it's the double-fronted house at the
  bottom of the Graig steps", "For anyone visiting: it's the bungalow with the green gate, first left after the
  railway bridge", "I'r rhai sy ddim yn nabod y lle, y tŷ gwyn cynta' ar ôl y grid gwartheg ydi o", "I unrhyw un
  sy'n gorfod mynd 'na: trowch lan wrth y blwch post coch"); not where the words say no home or way ("it's a lovely
  walk").
- a school's own base named beside "uned gynhwysiant yr ysgol", or said to be a nurture room ("The Nyth is the
  nurture room at Lôn Goed"), and found again by its name; a ward with a bed after it ("(Ward 9, bed 6)").
- the way to a farm for whoever covers ("For anyone covering: the farm is the second lane on the left …"); a manse, a
  vicarage, a rectory or a schoolhouse as a home ("They live in the old manse behind Horeb"); a Welsh key-box code
  after "yn" where the figures are no year ("Mae'r cod i'r bocs goriad wrth ddrws y cefn yn 7314"), not "yn 2019".
- the school of a pupil's full or phased timetable ("a full timetable at PyG"), and attendance at a school at the
  start of a sentence ("Attendance at Glanffrwd is now 94%"), not at a café or a club.
- a locker's number set a few words after it with "rhif" or "number" ("Mae ganddi locer yno, rhif 212", "locer yn y
  bloc gwyddoniaeth (rhif 118)", "his own locker, number 31 in the Hafan base"), not a count of lockers.

And false alarms gone: the Welsh children's helpline Meic, named like a man, given to a young person or kept just in
case ("Mi roeson ni rif Meic iddi", "rhif Meic yn dal ar ei ffôn hi, jyst rhag ofn", "she has Meic saved in her
phone"); a man's number given to "me", a talk with him and a call to him stay a name.
"""

from __future__ import annotations

import pytest
from privacy_cases import words_of


@pytest.mark.parametrize(
    ("text", "lang", "short"),
    [
        ("He was excluded from Ysgol Cefn Hedydd in May. Now Jac is on a full timetable at Cefn.", "en", "Cefn"),
        ("Penrhiwgoch Primary, then Cwmdulas for a term, then back to Penrhiwgoch.", "en", "Penrhiwgoch"),
        ("Aeth hi i Ysgol Uwchradd Glan Clwyd ym mis Medi. Roedd hi'n hapus yn y Glan bob dydd.", "cy", "Glan"),
        ("Mae Osian yn Ysgol Gynradd Bro Teifi. Mae'r Fro yn ei nabod e'n dda.", "cy", "Fro"),
    ],
)
def test_a_school_called_by_the_first_word_of_its_name(text: str, lang: str, short: str) -> None:
    assert short in words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        # before the school is named, the word is the village's
        ("They live in Morfa now. Her brother goes to Ysgol Morfa Rhianedd.", "en", "Morfa"),
        # inside another name, or naming a fair
        ('Mae hi\'n mynd i Ysgol Cwm Gwyn. "Brenhines y Cwm," medde fe.', "cy", "Cwm"),
        ("Ysgol Cerrig Llwydion was his school. He walked the ewes to the Cerrig fair.", "en", "Cerrig"),
        # a first name after "to" is a person, not the school named after the same word
        ("Her sister is at Ysgol Gwenllian Ddu. She talked to Gwenllian about it.", "en", "Gwenllian"),
    ],
)
def test_a_word_of_a_school_s_name_elsewhere_is_no_school(text: str, lang: str, word: str) -> None:
    assert word not in words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        (
            "The taxi stopped outside the house with the blue door opposite the Legion. Nain waved.",
            "en",
            "the house with the blue door opposite the Legion",
        ),
        (
            "It is the one with the green door across from the chapel, if you're ever out that way.",
            "en",
            "the one with the green door across from the chapel",
        ),
        ("Aethon ni heibio'r tŷ â'r drws glas gyferbyn â'r Llew Du.", "cy", "tŷ â'r drws glas gyferbyn â'r Llew Du"),
        (
            "Mi stopiodd y tacsi wrth y tŷ efo'r giât las gyferbyn â'r cae ffwtbol.",
            "cy",
            "tŷ efo'r giât las gyferbyn â'r cae ffwtbol",
        ),
    ],
)
def test_a_home_told_by_its_colour_and_placed_by_a_landmark(text: str, lang: str, home: str) -> None:
    assert any(home in found for found in words_of("address", text, lang)), words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We sat in the café with the red door opposite the station.", "en"),
        ("The shop with the green shutters across from the chapel sells wool.", "en"),
        ("Mae'r caffi â'r drws coch gyferbyn â'r orsaf.", "cy"),
    ],
)
def test_a_cafe_or_a_shop_told_by_its_colour_is_no_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("Ar nos Fawrth mae Elan yn mynd i dŷ Anti Sal ar ôl ysgol.", "cy", "dŷ Anti Sal"),
        ("Am bythefnos ym mis Tachwedd, arhosodd y plant yn nhŷ Anti Meinir yn Llanharan.", "cy", "nhŷ Anti Meinir"),
        ("He was spending most days at Nanna Gwyneth's watching the quiz programmes.", "en", "Nanna Gwyneth's"),
        ("The boys go to Auntie Carol's after school on Thursdays.", "en", "Auntie Carol's"),
        ("Arhosodd o dair noson lle Anti Gwenda, ei chwaer, yn Amlwch.", "cy", "lle Anti Gwenda"),
        ("Mae'n mynd ar y bws ar ei ben ei hun at lle Wncwl Dai bob nos Wener.", "cy", "lle Wncwl Dai"),
    ],
)
def test_a_relative_s_house_a_child_goes_to_as_a_routine(text: str, lang: str, home: str) -> None:
    assert home in words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Aethon nhw i dŷ Anti Sal unwaith, adeg y Nadolig.", "cy"),
        ("We had tea at Nanna Beryl's on Sunday.", "en"),
        ("Contact moved to Nanna Jean's front room every week.", "en"),
        ("Dyna lle Anti Sal yn sefyll bob dydd, wrth y giât.", "cy"),  # where she stands, not her place
    ],
)
def test_a_relative_s_house_visited_once_or_a_room_of_it_is_no_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mi roeson ni rif Meic iddi, a rhif y tîm.", "cy"),
        ("A ma' rhif Meic yn dal ar ei ffôn hi, jyst rhag ofn.", "cy"),
        ("Rhoddodd Elen fanylion Meic iddi, a'i chyflwyno i grŵp gofalwyr ifanc.", "cy"),
        ("Cerdyn coch efo Childline 0800 1111 a Meic ar y cefn.", "cy"),
        ("She now has Meic saved in her phone as well as ours.", "en"),
        ("I've got Meic in my phone because my sister made me.", "en"),
    ],
)
def test_meic_the_helpline_given_or_kept_just_in_case_is_no_man(text: str, lang: str) -> None:
    assert "Meic" not in words_of("person-name", text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Rhoddodd rif Meic i mi.",
        "Mae hi wedi siarad â Meic am y sied.",
        "Rhoddodd Rhodri rif Meic i fi hefyd.",
    ],
)
def test_meic_a_man_by_what_is_said_of_him_stays_a_name(text: str) -> None:
    assert "Meic" in words_of("person-name", text, "cy")


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Contact is fortnightly, supervised by L.M. Mum missed the first two.", "L.M."),
        ("Allocated SW: R.M. Connected persons assessment to follow.", "R.M."),
        ("His key worker at the Gorlan (Ll.J.) agreed to count the sessions.", "Ll.J."),
    ],
)
def test_initials_before_a_new_sentence_or_with_a_welsh_double_letter(text: str, initials: str) -> None:
    assert initials in words_of("person-name", text, "en")


@pytest.mark.parametrize(
    "text",
    ["We met at 10 a.m. The room was full.", "He works for the N.H.S. Most days he drives.", "J.P. Morgan wrote."],
)
def test_an_abbreviation_or_initials_before_a_surname_are_no_initials(text: str) -> None:
    assert not any(w.endswith(".") for w in words_of("person-name", text, "en"))


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Ma' MS 'da Mam. Del ma' pawb arall yn ei galw hi. Ers blynydde.", "cy", "Del"),
        ("Shaz mae pawb yn galw Mam, ond dwi'm yn gwneud.", "cy", "Shaz"),
        ("Mae Twm yn yr ysgol, a Ems yw e i'w ffrindie.", "cy", "Ems"),
        ("Dyma'r stori fel y'i hadroddwyd hi gan Ffi (dyna beth mae pawb yn ei galw hi).", "cy", "Ffi"),
        ("Mam-gu Cefn yw hi i'r pentre i gyd, a hi fu'n godro.", "cy", "Mam-gu Cefn"),
        ("Neu Mam-gu Cae Pistyll fel maen nhw'n ei galw hi, yn dal i ffermio.", "cy", "Mam-gu Cae Pistyll"),
        ("Julian, known to every child in the building as Sprocket, fixes the bikes.", "en", "Sprocket"),
        ('Half of Holy Island knows him as "Dyfed Fish". He asked the lad.', "en", "Dyfed Fish"),
    ],
)
def test_a_name_with_who_calls_someone_so(text: str, lang: str, name: str) -> None:
    assert name in words_of("person-name", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nain yw hi i bawb.", "cy"),
        ("Nadolig yw hi i'r plant.", "cy"),
        ('"Y Maes" fel mae pawb yn ei galw hi.', "cy"),
        ("Everyone knows her as Cardiff.", "en"),
    ],
)
def test_a_word_a_place_or_a_school_called_so_is_no_name(text: str, lang: str) -> None:
    assert words_of("person-name", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("Mae hi'n byw yn y byngalo bach wrth yr hen orsaf yn Traws.", "cy", "y byngalo bach wrth yr hen orsaf"),
        ("Mae o'n byw yn y tŷ gwyn ger yr eglwys.", "cy", "y tŷ gwyn ger yr eglwys"),
        ("His brother lives in the end cottage by Bethel but hasn't driven since.", "en", "the end cottage by Bethel"),
        ("She lives in the chapel house by Soar, two minutes from the hall.", "en", "the chapel house by Soar"),
    ],
)
def test_a_home_by_a_landmark_after_wrth_yr_or_by_a_chapel(text: str, lang: str, home: str) -> None:
    assert any(home in found for found in words_of("address", text, lang)), words_of("address", text, lang)


@pytest.mark.parametrize(
    "text", ["She lives in a house by St Mary's.", "We stood by Bethel for a while.", "They sang by Capel Salem."]
)
def test_a_house_by_any_chapel_or_standing_by_one_is_no_home(text: str) -> None:
    assert words_of("address", text, "en") == []


def test_a_key_safe_written_with_a_hyphen() -> None:
    assert "5190" in words_of("other-id", "Key-safe by the porch is 5190 if nobody's in.", "en")
    assert words_of("other-id", "The key-safe went in in 2019.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        (
            "If you don't know it, it's the double-fronted house at the bottom of the Graig steps, brass fox on it.",
            "en",
            "the double-fronted house at the bottom of the Graig steps",
        ),
        (
            "For anyone visiting: it's the bungalow with the green gate, first left after the railway bridge, and you "
            "have to reverse back out.",
            "en",
            "the bungalow with the green gate, first left after the railway bridge",
        ),
        (
            "I'r rhai sy ddim yn nabod y lle, y tŷ gwyn cynta' ar ôl y grid gwartheg ydi o, efo sied sinc goch.",
            "cy",
            "y tŷ gwyn cynta' ar ôl y grid gwartheg",
        ),
        (
            "I unrhyw un sy'n gorfod mynd 'na: trowch lan wrth y blwch post coch ar ôl y bont. Mae'r fan yno.",
            "cy",
            "trowch lan wrth y blwch post coch ar ôl y bont",
        ),
    ],
)
def test_the_way_to_a_home_written_out_for_a_visitor(text: str, lang: str, home: str) -> None:
    assert home in words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If you don't know it, it's a lovely walk.", "en"),
        ("For anyone visiting: parking is free after six.", "en"),
        ("I'r rhai sy ddim yn nabod y côr, mae'n canu bob nos Iau.", "cy"),
    ],
)
def test_a_visitor_told_something_else_is_no_home(text: str, lang: str) -> None:
    assert words_of("address", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "base"),
    [
        ("Siaradodd Miss Lloyd, sy'n rhedeg yr Hafan (uned gynhwysiant yr ysgol), efo hi.", "cy", "Hafan"),
        ("Sesiwn bob pythefnos yn yr Hafan, uned gynhwysiant yr ysgol.", "cy", "Hafan"),
        ("The Nyth is the nurture room at Lôn Goed. They have a call from the Nyth on Fridays.", "en", "Nyth"),
    ],
)
def test_a_school_s_base_said_to_be_one(text: str, lang: str, base: str) -> None:
    assert base in words_of("school", text, lang)


def test_a_nurture_room_with_no_name_is_no_school() -> None:
    assert words_of("school", "The problem is the nurture room is full.", "en") == []


def test_a_ward_with_a_bed_after_it() -> None:
    assert "Ward 9" in words_of("other-id", "Home from Glangwili (Ward 9, bed 6) after a fall.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "words", "category"),
    [
        (
            "For anyone covering: the farm is the second lane on the left after the telephone box; the sat nav lies.",
            "en",
            "the second lane on the left after the telephone box",
            "address",
        ),
        ("They live in the old manse behind Horeb in Ynysybwl.", "en", "the old manse behind Horeb", "address"),
        ("Mae'r cod i'r bocs goriad wrth ddrws y cefn yn 7314, ond mae'n well ganddo fo.", "cy", "7314", "other-id"),
    ],
)
def test_a_farm_for_whoever_covers_a_manse_and_a_welsh_key_box_code(
    text: str, lang: str, words: str, category: str
) -> None:
    assert any(words in found for found in words_of(category, text, lang)), words_of(category, text, lang)


def test_a_key_box_put_in_in_a_year_has_no_code() -> None:
    assert words_of("other-id", "Aeth y bocs goriad i mewn yn 2019.", "cy") == []


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Kai has had a full timetable at PyG since January.", "PyG"),
        ("A phased timetable at Bryn Tawel started in May.", "Bryn Tawel"),
        ("Attendance at Glanffrwd is now 94%.", "Glanffrwd"),
    ],
)
def test_a_full_timetable_and_attendance_at_a_school(text: str, school: str) -> None:
    assert school in words_of("school", text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Attendance at the Memory Café is up.", "en"),
        ("Cododd presenoldeb Elin i 86%.", "cy"),  # Elin's attendance: the pupil, not a school
    ],
)
def test_attendance_at_a_cafe_or_a_pupil_s_attendance_is_no_school(text: str, lang: str) -> None:
    assert words_of("school", text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "number"),
    [
        ("Mae ganddi locer yno, rhif 212, i gadw'i stwff ymarfer corff.", "cy", "212"),
        ("Cafodd locer yn y bloc gwyddoniaeth (rhif 118) i gadw'i gwaith cartref.", "cy", "118"),
        ("He has his own locker, number 31 in the Hafan base, which he checks first.", "en", "31"),
    ],
)
def test_a_locker_s_number_set_after_it(text: str, lang: str, number: str) -> None:
    assert any(number in found for found in words_of("other-id", text, lang)), words_of("other-id", text, lang)


def test_a_locker_s_number_next_to_it_is_still_found_and_a_count_of_lockers_is_not() -> None:
    assert "locker 9" in words_of("other-id", "I keep my certificate in locker 9 at the centre.", "en")
    assert words_of("other-id", "The lockers cost £5, no. 3 in the queue.", "en") == []
