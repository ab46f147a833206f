"""Identifying details, round thirty-nine: a school by its head's name, a room or bed numbered in words, a school's
base named before what it is, a school since closed, a playgroup by its chapel, a farm or a care home after its Welsh
word, a key safe's code said in words, and a school before the year a child was there in, tuned on dev batch 37
(`benchmarks/privacy/real/README.md`).

- a school by its head teacher ("Mrs Pugh-Rowlands's school"; "the staff at Mr Gethin's" where the story speaks of
  school), not a teacher's class nor someone's house ("Mr Prosser's class", "tea at Mrs Jones's");
- a room, bed, ward or locker numbered in words ("yn stafell saith", "gwely un ar ddeg", "in room twelve"), not a count
  or a length ("gwely un person", "in bed two days", "i'r ward un pnawn");
- a school's base or class named, then said to be one ("the Nyth, the nurture base by the hall");
- a school since closed ("the old Maes-y-Rhos school", "the old Ffordd Goch unit");
- a playgroup by its chapel in English ("the Moriah vestry playgroup", "Ti a Fi in Horeb vestry");
- a farm or a care home after its Welsh word ("ar fferm Cae'r Wennol", "yng Nghartref Bryn Hedydd"), not whose farm
  ("fferm Anti Gwen");
- a key safe's code said in words with no word for the code ("y bocs goriad, tri-naw-dau-pump"), not a phone number
  said aloud after the key safe;
- a school before the year a child was there in ("at the Ark in Year 8", "yn y Berllan yn ystod blwyddyn 5").

Each with the look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import found_over as _found
from privacy_cases import words_of


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("They moved him to Mrs Pugh-Rowlands's school in the spring.", "Mrs Pugh-Rowlands's school"),
        ("Her brother still goes to Mr Caradog's juniors on the hill.", "Mr Caradog's juniors"),
        ("The first school she loved was Miss Eleri's infants.", "Miss Eleri's infants"),
        ("The staff at Mr Gethin's had noticed her tiredness in Year 4.", "Mr Gethin's"),
        ("The only school he ever settled in was Mrs Bowen's, back in the juniors.", "Mrs Bowen's"),
        ("Breakfast club at Mrs Absalom's, as the village calls the school, made mornings easier.", "Mrs Absalom's"),
    ],
)
def test_a_school_by_its_heads_name(text: str, school: str) -> None:
    assert school in words_of("school", text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "We had tea at Mrs Jones's on Sunday after chapel.",
        '"Gwern-y-Cwm. Mr Prosser\'s class." It was his old special school.',
        "The school sent a letter; he stays at Mr Gethin's house on Fridays.",
        "Mrs Bowen's car broke down outside the school.",
    ],
)
def test_a_teachers_class_a_house_or_a_car_is_no_school(text: str) -> None:
    assert not [w for w in words_of("school", text, "en") if "Mr" in w]


@pytest.mark.parametrize(
    ("text", "lang", "room"),
    [
        ("Mae Lisi yn stafell saith ers mis Mawrth.", "cy", "stafell saith"),
        ("Roedd e ar ward naw, gwely un ar ddeg, am bythefnos.", "cy", "gwely un ar ddeg"),
        ("Roedd e ar ward naw, gwely un ar ddeg, am bythefnos.", "cy", "ward naw"),
        ("Mae hi wedi byw yn ystafell dau ddeg pedwar ers y Nadolig.", "cy", "ystafell dau ddeg pedwar"),
        ("Rhoddodd ei waled yn locer chwech.", "cy", "locer chwech"),
        ("Daw hi'n ôl i'r un stafell ag arfer, Stafell Pump, ym mis Mai.", "cy", "Stafell Pump"),
        ("Nan has lived in room twelve at the end of the corridor since June.", "en", "room twelve"),
        ("He was moved to bed twenty-one overnight.", "en", "bed twenty-one"),
    ],
)
def test_a_room_or_bed_numbered_in_words(text: str, lang: str, room: str) -> None:
    assert room in words_of("other-id", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae gwely un person yn y stafell fach.", "cy"),
        ("Roedd hi yn y gwely dau ddiwrnod gyda'r ffliw.", "cy"),
        ("Mae'n stafell dau wely, gyda ffenest fawr.", "cy"),
        ("Aeth e i nôl ei wraig i'r ward un pnawn.", "cy"),
        ("Gwelodd e stafell un o'r plant.", "cy"),
        ("He stayed in bed two days with flu.", "en"),
        ("Her room two doors down is empty.", "en"),
        ("We popped onto the ward one afternoon.", "en"),
    ],
)
def test_a_count_a_length_or_one_is_no_room_number(text: str, lang: str) -> None:
    assert not words_of("other-id", text, lang)


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("Most break times he goes to the Nyth, the nurture base by the hall.", "Nyth"),
        ("She registers in the Lolfa, the wellbeing base off the library corridor.", "Lolfa"),
        ("Three mornings a week he is in the Shed, the portacabin base behind the field.", "Shed"),
        ("He spends the mornings in the Seren class, the small class for Year 3 and 4.", "Seren class"),
    ],
)
def test_a_schools_base_named_then_said_to_be_one(text: str, base: str) -> None:
    assert base in words_of("school", text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "We met in the Shed, the men's group at the community centre.",
        "The Hafan, the new café on the square, opened last week.",
    ],
)
def test_a_group_or_a_cafe_named_before_what_it_is_is_no_school(text: str) -> None:
    assert not words_of("school", text, "en")


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("The children all went to the old Maes-y-Rhos school until it shut in 1998.", "Maes-y-Rhos school"),
        ("He moved to the old Ffordd Goch unit in Year 5, and then to the comp.", "Ffordd Goch unit"),
        ("She started at the former Cwm Llwyd school before it closed.", "Cwm Llwyd school"),
    ],
)
def test_a_school_since_closed(text: str, school: str) -> None:
    assert _found("school", text, "en", school)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("The twins go to the Moriah vestry playgroup on Tuesdays.", "Moriah vestry playgroup"),
        ("The baby goes to Ti a Fi in Horeb vestry on a Friday.", "Ti a Fi in Horeb vestry"),
        ("Cari goes to the Ebenezer vestry playgroup three mornings a week.", "Ebenezer vestry playgroup"),
    ],
)
def test_a_playgroup_by_its_chapel_in_english(text: str, school: str) -> None:
    assert school in words_of("school", text, "en")


def test_a_chapel_school_with_no_name_is_no_school() -> None:
    assert not words_of("school", "They met in the old chapel school room for tea.", "en")


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Cafodd Meinir ei magu ar fferm Cae'r Wennol, uwchben y pentre, wythnos y Pasg 1931.", "Cae'r Wennol"),
        ("Mae e wedi byw yng Nghartref Bryn Hedydd ers tair blynedd.", "Bryn Hedydd"),
        ("Symudodd hi i Gartref Gofal Glan Menai fis Mai.", "Gartref Gofal Glan Menai"),
    ],
)
def test_a_farm_or_a_care_home_after_its_welsh_word(text: str, home: str) -> None:
    assert home in words_of("address", text, "cy")


@pytest.mark.parametrize(
    "text",
    [
        "Roedd hi'n treulio'r haf ar fferm Anti Gwen uwchben y llyn.",
        "Arhosodd e gartref Dydd Llun gyda'r annwyd.",
        "Aeth Nain i gartref Wncwl Dei am ginio.",
    ],
)
def test_whose_farm_or_a_day_at_home_is_no_address(text: str) -> None:
    assert not words_of("address", text, "cy")


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Pan gyrhaeddwch chi, agorwch y bocs goriad, tri-naw-dau-pump, a chnociwch.", "cy", "tri-naw-dau-pump"),
        ("Mae'r bocs allweddi wrth y drws cefn: wyth, un, un, chwech.", "cy", "wyth, un, un, chwech"),
        ("The key safe is by the back door: six two nine four.", "en", "six two nine four"),
    ],
)
def test_a_key_safes_code_said_in_words(text: str, lang: str, code: str) -> None:
    assert code in words_of("other-id", text, lang)


def test_a_phone_said_aloud_after_the_key_safe_stays_a_phone() -> None:
    text = "The key safe is round the back. Ring her on oh seven seven double oh nine oh oh four five six."
    assert words_of("phone", text, "en") == ["oh seven seven double oh nine oh oh four five six"]
    assert not words_of("other-id", text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("He had a half term at the Ark in Year 8 after a fight.", "en", "Ark"),
        ("She was at Glan Rhyd during Year 10, then moved.", "en", "Glan Rhyd"),
        ("Roedd e yn y Berllan yn ystod blwyddyn 5.", "cy", "Berllan"),
    ],
)
def test_a_school_before_the_year_a_child_was_there_in(text: str, lang: str, school: str) -> None:
    assert _found("school", text, lang, school)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He lived at Bryn Awel in Year 9 and then moved away.", "en"),
        ("We met at the Hospital in Year 7 of the project.", "en"),
        ("Roedd hi'n byw yn y Berllan yn ystod blwyddyn 5.", "cy"),
    ],
)
def test_a_home_or_a_hospital_before_a_year_is_no_school(text: str, lang: str) -> None:
    assert not words_of("school", text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "On Saturdays he does the parkrun at Margam Country Park with his dad.",
        "They feed the ducks at Aberdare Park on Sundays.",
        "A fridge magnet from Llandegfedd Heritage Park.",
    ],
)
def test_a_park_anyone_goes_to_is_no_address(text: str) -> None:
    assert not words_of("address", text, "en")


def test_a_home_on_a_park_still_is_one() -> None:
    assert "Ashgrove Park" in words_of("address", "She lives on Ashgrove Park, in the end house.", "en")


# The round's second part, tuned on dev batch 38.


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Mae'r bychan yn mynd i'r cylch yn festri Hermon bob bore Llun.", "cylch yn festri Hermon"),
        ("Roedden ni'n cerdded i ysgol fach y felin bob bore.", "ysgol fach y felin"),
        ("Mae hi'n treulio'r prynhawn yn Y Gorlan, y dosbarth meithrin llesiant yno.", "Y Gorlan"),
        ("Mae ei frawd yn yr Eos, yr uned clyw yn Ysgol Gynradd y Graig.", "Eos"),
        ("Ffoniodd yr athrawes sy'n rhedeg Y Caban (y ganolfan les tu fewn i'r ysgol).", "Y Caban"),
        ("Mae gan yr ysgol uned anogaeth fach, y Gorlan, ac mae hi yno bob bore.", "Gorlan"),
    ],
)
def test_welsh_playgroups_landmark_schools_and_bases(text: str, school: str) -> None:
    assert school in words_of("school", text, "cy")


@pytest.mark.parametrize(
    "text",
    [
        "Mae'r cylch darllen yn cwrdd yn y llyfrgell.",
        "Aeth hi i'r ysgol fach yn y pentre.",
        "Mae'r uned strôc yn Ysbyty Glan Clwyd yn brysur.",
    ],
)
def test_a_reading_circle_a_village_school_or_a_stroke_unit_is_no_named_school(text: str) -> None:
    assert not words_of("school", text, "cy")


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Mae ei chwaer yn byw yn y tŷ cynta ar y whith ar ôl pont y rheilffordd.", "tŷ cynta ar y whith"),
        ("Maen nhw'n byw yn y byngalo ola cyn y grid gwartheg.", "byngalo ola cyn y grid"),
        ("Bu Taid yn Cartref Llys Eifion am bythefnos.", "Llys Eifion"),
    ],
)
def test_welsh_homes_counted_as_they_are_said_and_a_care_home_unmutated(text: str, home: str) -> None:
    assert _found("address", text, "cy", home)


@pytest.mark.parametrize(
    "text",
    [
        "Mae elusen Cartref Cymru yn helpu teuluoedd.",
        "Cafodd hi ofal bore trwy Gofal Cartref Tawe.",
        "Trodd e ar y whith ar ôl y bont a pharcio.",
    ],
)
def test_a_care_home_suggested_an_agency_or_a_turn_is_no_address(text: str) -> None:
    assert not words_of("address", text, "cy")


@pytest.mark.parametrize(
    ("text", "lang", "reference"),
    [
        ("Twins: Nia (ref ending two-six-one-nine) and Cai.", "en", "two-six-one-nine"),
        ("The social worker (case no. eight-oh-three-three-one) rang back.", "en", "eight-oh-three-three-one"),
        ("He still knows his lamp check from the pit, five-two-eight, off by heart.", "en", "five-two-eight"),
        ("Rhoddodd hi'r cyfeirnod, naw-dau-un-un-pump, i'r swyddfa.", "cy", "naw-dau-un-un-pump"),
    ],
)
def test_a_reference_read_out_in_words(text: str, lang: str, reference: str) -> None:
    assert reference in words_of("other-id", text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Her ref is two and a half pages long.",
        "The case number was on the letter, not in words.",
    ],
)
def test_a_reference_with_no_digits_said_is_no_identifier(text: str) -> None:
    assert not words_of("other-id", text, "en")


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("She rang the hospital every night to ask for room eight.", "room eight"),
        ("The instructor gave him locker nineteen and a wetsuit.", "locker nineteen"),
    ],
)
def test_a_room_or_locker_asked_for_or_given_in_words(text: str, room: str) -> None:
    assert room in words_of("other-id", text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Referral to reablement came from the ward OT on Monday.",
        "Careline rang her son when she pressed the pendant.",
        "We waited for room two hours in the corridor.",
    ],
)
def test_a_wards_therapist_a_telecare_service_or_a_wait_is_nothing(text: str) -> None:
    assert not [d for d in words_of("other-id", text, "en") + words_of("person-name", text, "en")]


@pytest.mark.parametrize(
    ("text", "farm"),
    [
        ("Mae Nain lan yn Garth-wen Uchaf ond smo hi'n gyrru rhagor.", "Garth-wen Uchaf"),
        ("Mae ei frawd yn dal i ffermio yng Nghae-mawr Isaf.", "Nghae-mawr Isaf"),
    ],
)
def test_a_hyphened_farm_with_its_tail(text: str, farm: str) -> None:
    assert farm in words_of("address", text, "cy")


def test_a_hyphened_village_with_no_tail_is_no_farm() -> None:
    assert not words_of("address", "Aeth hi i Ben-y-groes ddoe.", "cy")


# The round's last part, tuned on dev batch 39: initials that open a case note's sentence.


@pytest.mark.parametrize(
    ("text", "lang", "initials"),
    [
        ('From the log: "RT DNA contact x2. MB waited in the car for an hour."', "en", "RT"),
        ('From the log: "RT DNA contact x2. MB waited in the car for an hour."', "en", "MB"),
        ("> G.H.W. DOB 03/05/2011. Ref CLA/23/0101.", "en", "G.H.W."),
        ("Nodyn o'r ffeil: \"GT wedi cerdded i'r siop ar ei ben ei hun.\"", "cy", "GT"),
    ],
)
def test_initials_that_open_a_case_note(text: str, lang: str, initials: str) -> None:
    assert initials in words_of("person-name", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The OT visited on Monday and the GP said no.", "en"),
        ('Notes: "SU was settled overnight. NOK rang at 9."', "en"),
        ("Roedd y CADY wedi trefnu cyfarfod.", "cy"),
    ],
)
def test_a_role_or_a_service_by_its_letters_is_no_ones_initials(text: str, lang: str) -> None:
    assert not words_of("person-name", text, lang)
