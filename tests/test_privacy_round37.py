"""Identifying details, round thirty-seven: homes by a landmark, homes named by who lived there, and schools by
their units, attendance and initials, tuned on dev batch 32 (`benchmarks/privacy/real/README.md`).

- a home placed by a landmark in a sentence that offers or lets it ("the council offered him the flat above the
  launderette", "cynigiodd y cyngor y fflat uwchben y londrét iddo fo"), a numbered flat or bedsit ("bedsit 2 at
  the back of Siop Jac", where the room's number alone had been reported), maisonettes, a landmark after "past"
  or "over" with its own name ("the bungalow past Bethel chapel", "the flat over Siop Jac");
- a farm's name with its article run into the next word ("Tan'rallt Ucha");
- a home named by who lived there ("Nanny Pat's old house", "old Dr Rees's house", "the old Jenkins place",
  "hen dŷ Capten Harries", "hen dŷ Jac y Gof");
- a school's unit or nurture room set beside its name ("the Nest, the school's nurture room", "the ALN base, the
  Cwtsh", "y Nyth, uned les Bro Cerwyn");
- a school after a pupil's attendance or a detention ("his attendance at Tir Gwyrdd", "presenoldeb yn YBC",
  "a detention at TMH"), and one left at nineteen.

Each with the look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import found_over as _found
from privacy_cases import words_of


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("The council offered him the flat above the launderette, a one-bed.", "en", "the flat above the launderette"),
        ("A tenancy came up: the bungalow behind the Red Lion.", "en", "the bungalow behind the Red Lion"),
        ("Cynigiodd y cyngor y fflat uwchben y londrét iddo fo.", "cy", "y fflat uwchben y londrét"),
        ("Daeth tenantiaeth yn rhydd: y byngalo tu ôl i'r Llew Coch.", "cy", "y byngalo tu ôl i'r Llew Coch"),
        ("She lives in bedsit 2 at the back of Siop Jac.", "en", "bedsit 2 at the back of Siop Jac"),
        ("She lives in flat 3 above the launderette.", "en", "flat 3 above the launderette"),
        ("Mae hi'n byw yn fflat 3 uwchben y Spar.", "cy", "fflat 3 uwchben y Spar"),
        ("Donna lives in the maisonettes by the footbridge.", "en", "the maisonettes by the footbridge"),
        ("Tommy lives in the bungalow past Bethel chapel.", "en", "the bungalow past Bethel chapel"),
        ("He moved into the caravan over Siop Jac in May.", "en", "the caravan over Siop Jac"),
    ],
)
def test_a_home_placed_by_a_landmark(text: str, lang: str, home: str) -> None:
    assert _found("address", text, lang, home)


def test_a_numbered_flat_by_a_landmark_is_the_address_not_a_rooms_number() -> None:
    assert not words_of("other-id", "She lives in flat 3 above the launderette.", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He stayed up past midnight in the flat.", "en"),
        ("The flat is over two floors.", "en"),
        ("They walked past Bethel chapel on the way to the park.", "en"),
    ],
)
def test_what_places_no_one_home(text: str, lang: str) -> None:
    assert not words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "farm"),
    [
        ("He asks to go home to Tan'rallt Ucha most days.", "en", "Tan'rallt Ucha"),
        ("He lives at Pen'rallt.", "en", "Pen'rallt"),
        ("Mae o'n byw yn Nhan'rallt Ucha.", "cy", "Nhan'rallt Ucha"),
    ],
)
def test_a_farm_with_its_article_run_into_the_next_word(text: str, lang: str, farm: str) -> None:
    assert _found("address", text, lang, farm)


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("His sister came from Nanny Pat's old house with the baby.", "en", "Nanny Pat's old house"),
        ("They moved into old Mr Scourfield's bungalow for the wet room.", "en", "old Mr Scourfield's bungalow"),
        ("We walked past the old Jenkins place where his sister lives.", "en", "the old Jenkins place"),
        ("A teacher lodged at Nurse Rowlands' old house by the chapel.", "en", "Nurse Rowlands' old house"),
        ("Ron's daughter came from Mrs Bevan the Milk's old house.", "en", "Mrs Bevan the Milk's old house"),
        ("Mae hi'n byw yn hen dŷ Capten Harries ar y sgwâr.", "cy", "hen dŷ Capten Harries"),
        ("Dyna hen dŷ Jac y Gof, lawr wrth y bont.", "cy", "hen dŷ Jac y Gof"),
        ("Mi symudon nhw o hen dŷ Anti Glen yn Nyserth.", "cy", "hen dŷ Anti Glen"),
    ],
)
def test_a_home_named_by_who_lived_there(text: str, lang: str, home: str) -> None:
    assert _found("address", text, lang, home)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Her mam's old house is empty now.", "en"),  # no one's name
        ("He is learning to drive in Alun's old van.", "en"),  # a vehicle
        ("We met at the old Post Office place.", "en"),  # not a family's name
        ("Aethon nhw i hen dŷ Nain ar y lôn.", "cy"),  # a grandmother, no name
    ],
)
def test_an_old_home_of_no_named_person(text: str, lang: str) -> None:
    assert not words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("She spends the first part of the morning in the Nest, the school's nurture room.", "en", "Nest"),
        ("He goes to the ALN base, the Cwtsh, when he is late.", "en", "Cwtsh"),
        ("He has been at the pupil referral unit, the Bridge, since Christmas.", "en", "Bridge"),
        ("The nursery, Little Acorns, is lovely.", "en", "Little Acorns"),
        ("Cafodd le tawel yn Hafan, yr uned les.", "cy", "Hafan"),
        ("Dechreuodd y diwrnod yn y Nyth, uned les Bro Cerwyn.", "cy", "Bro Cerwyn"),
    ],
)
def test_a_schools_unit_beside_its_name(text: str, lang: str, school: str) -> None:
    assert _found("school", text, lang, school)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The nursery, the Co-op and the shop are all close.", "en"),  # a list, not a name set beside
        ("She went to nursery, the Library and then home.", "en"),
        ("She was in the nurture room Monday.", "en"),
        ("EDUCATION: THE BRIDGE CENTRE PRU, PART-TIME TIMETABLE.", "en"),  # capitals run on after the kind
    ],
)
def test_what_follows_a_schools_kind_and_is_no_name(text: str, lang: str) -> None:
    not_names = ("Co-op", "Library", "Monday", "PART-TIME TIMETABLE")
    assert not any(found in not_names for found in words_of("school", text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("His attendance at Tir Gwyrdd is 97%.", "en", "Tir Gwyrdd"),
        ("Her brother had a detention at TMH.", "en", "TMH"),
        ("He has come to day ops since he left Maes D at nineteen.", "en", "Maes D"),
        ("Mae ei bresenoldeb yn YBC wedi codi i 94%.", "cy", "YBC"),
        ("He is on roll at Padarn's but goes to the PRU.", "en", "Padarn's"),
    ],
)
def test_a_school_by_attendance_or_a_detention(text: str, lang: str, school: str) -> None:
    assert _found("school", text, lang, school)


@pytest.mark.parametrize(
    "text",
    [
        "His attendance at the Men's Shed is steady.",
        "Attendance at the Memory Café doubled.",
        "Attendance at the Lunch Club is up.",
    ],
)
def test_attendance_at_a_group_is_no_school(text: str) -> None:
    assert not words_of("school", text, "en")


# --- second part: from the dev misses left in batch 32 ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("Cafodd ei ddisgrifio gan Miss J, pennaeth blwyddyn Cadi ym Mryn Tawel.", "cy", "Mryn Tawel"),
        ("Gwnaeth o lun o'r beudy yn ei ddosbarth ym Mhen-y-Maes.", "cy", "Mhen-y-Maes"),
        ("Mae o'n mynd i yr uned ym Mhen-y-Waun.", "cy", "Mhen-y-Waun"),
        ("Meeting with Mr Evans, the head of Year 7 at Padarn's.", "en", "Padarn's"),
        ("He painted it in his class at Penrhiw.", "en", "Penrhiw"),
    ],
)
def test_a_school_by_a_pupils_class_unit_or_head_of_year(text: str, lang: str, school: str) -> None:
    assert _found("school", text, lang, school)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae hi'n mynd i ddosbarth Cymraeg ym Mhorthaethwy.", "cy"),  # an evening class in a town
        ("Mae o yn yr uned strôc yn Ysbyty Gwynedd.", "cy"),  # a hospital's unit
        ("She goes to a pottery class at Bethel.", "en"),
    ],
)
def test_a_class_or_unit_that_is_no_school(text: str, lang: str) -> None:
    assert not words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("Mae hi'n byw lan yn Nhyle Gwyn yn Llanymddyfri.", "cy", "Nhyle Gwyn"),
        ("Mae Huw draw ar Dyle'r Hebog gyda'r ceffylau.", "cy", "Dyle'r Hebog"),
        ("She lives at Garn Fach.", "en", "Garn Fach"),
        ("Mae hi'n byw ar Ben Bryniau.", "cy", "Ben Bryniau"),
        ("He moved into a housing association place on Bryn Sion in Llandovery.", "en", "Bryn Sion"),
    ],
)
def test_a_home_on_a_slope_a_cairn_or_a_hilltop(text: str, lang: str, home: str) -> None:
    assert _found("address", text, lang, home)
    assert not any(name in home for name in words_of("person-name", text, lang))  # the home is no one's name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Daeth Ben Bryniau i'r parti.", "Ben Bryniau"),  # no "ar": a man known by his farm
        ("Aeth Ben Owen adre.", "Ben Owen"),
    ],
)
def test_ben_is_a_man_except_after_ar(text: str, name: str) -> None:
    assert _found("person-name", text, "cy", name)
    assert not words_of("address", text, "cy")


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("His sister came with Nia-Rose, a New Year's Day 2019 baby.", "en", "New Year's Day 2019"),
        ("She was a June '19 baby.", "en", "June '19"),
        ("Ganwyd eu hanner chwaer fach ar ddydd Sul y Pasg eleni.", "cy", "Sul y Pasg eleni"),
    ],
)
def test_a_birth_by_a_festival_or_month_with_its_year(text: str, lang: str, date: str) -> None:
    assert _found("date-of-birth", text, lang, date)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We had a party on Christmas Day last year.", "en"),
        ("Cawson ni ginio ar ddydd Sul y Pasg eleni.", "cy"),
    ],
)
def test_a_festival_this_year_with_no_birth(text: str, lang: str) -> None:
    assert not words_of("date-of-birth", text, lang)


def test_a_helpline_and_a_farm_word_are_no_names() -> None:
    assert not words_of("person-name", "He was also shown how to contact Childline and his advocate.", "en")
    from storysite.privacy.names import lower_case_names

    assert not lower_case_names("Her nephew brought a cade lamb down from the farm.", frozenset())
    assert lower_case_names("We met bethan jones at the shop.", frozenset())


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("She was born at Cilfach and never left.", "Cilfach"),
        ("He grew up at Garnwen.", "Garnwen"),
        ("The carers call at Gwylan twice a day.", "Gwylan"),
        ("We sat at the kitchen table at Dolaumeinion.", "Dolaumeinion"),
        ("The family at Ashgrove keep sheep.", "Ashgrove"),
    ],
)
def test_a_home_after_at_where_someone_is_born_lives_or_is_called_on(text: str, home: str) -> None:
    assert _found("address", text, "en", home)


@pytest.mark.parametrize(
    "text",
    [
        "She grew up at Bangor.",  # a town
        "The carers call at Tesco on the way.",  # a shop
        "We had lunch at the Welfare after the march.",  # a hall
        "He lived at Bamp's for a year.",  # a person's, read by the names
        "Her mother works in the kitchen at Pontithon High.",  # a school
    ],
)
def test_what_after_at_is_no_home(text: str) -> None:
    assert not words_of("address", text, "en")


# --- third part: from dev batch 33 -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ('measure: "Attendance data from Maes Alun, shared with consent"', "Maes Alun"),
        ("He starts in the reception class at Glanmôr in September.", "Glanmôr"),
        ("Lowri has applied to do childcare at Maes-yr-Onnen in September.", "Maes-yr-Onnen"),
        ("She is doing Level 2 motor vehicle at Dyfi Hafren in Newtown.", "Dyfi Hafren"),
        ("She was doing her childcare course at Crymlyn college.", "Crymlyn"),
        ("His brother goes three mornings a week to Gwenyn Bach, the Cylch in the vestry.", "Gwenyn Bach"),
    ],
)
def test_a_school_by_a_course_a_first_class_attendance_data_or_a_cylch(text: str, school: str) -> None:
    assert _found("school", text, "en", school)


@pytest.mark.parametrize(
    "text",
    [
        "She joined the Zumba class at Bethel.",  # an evening class
        "She went from Bangor to Tesco.",
        "The cylch in Bethesda vestry opens at 8.45.",  # no name set beside it
    ],
)
def test_a_class_a_from_or_a_cylch_that_names_no_school(text: str) -> None:
    assert not words_of("school", text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "number"),
    [
        ("Rhif y ddiadell ydi 541827, ac roedd o'n poeni.", "cy", "541827"),
        ("Mae rhif y ddiadell, 52718, yn enw'i dad o hyd.", "cy", "52718"),
        ("Agorodd Meinir ddrws y ffrynt (côd 4-7-7-1, a dwi'n gwybod).", "cy", "4-7-7-1"),
        ("Mae'r goriad wrth y drws cefn. Fo ddewisodd y cod ei hun: 2412, pen-blwydd Megan.", "cy", "2412"),
        ("Ar gwch cimwch ei sboner, yr M 206, rhan fwya o'r bore.", "cy", "M 206"),
        ("Mae hi i lawr yn y cwt cychod. Angorfa 17. Does neb wedi bod ynddi.", "cy", "Angorfa 17"),
    ],
)
def test_a_flock_a_door_code_a_boat_or_a_mooring(text: str, lang: str, number: str) -> None:
    assert _found("other-id", text, lang, number)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae'r ddiadell yn 300 o ddefaid.", "cy"),  # a count
        ("The flock is 300 ewes.", "en"),
        ("We took the boat trailer up the M 4.", "en"),  # a motorway
        ("Aethon ni ar hyd yr M 4 i Gaerdydd.", "cy"),
    ],
)
def test_a_count_or_a_motorway_is_no_identifier(text: str, lang: str) -> None:
    assert not words_of("other-id", text, lang)


def test_a_girl_of_a_festival_with_her_year() -> None:
    assert _found("date-of-birth", "Glenys o'dd y wraig. Merch dydd Calan '49, o'dd hi'n gweud.", "cy", "Calan '49")
    assert not words_of("date-of-birth", "Mae'r ferch Dydd Gŵyl Dewi yn dawnsio.", "cy")  # no year: a dancer that day


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The eldest, Brad, moved out in the summer.", "en", "Brad"),
        ("Mae'r hyna, Brad, wedi symud allan.", "cy", "Brad"),
        ("Their baby sister, who is Seren-Mai on paper but Bug to everyone, came to us.", "en", "Bug"),
        ("Gwenllian ar bapur ond Gwen i bawb.", "cy", "Gwen"),
    ],
)
def test_a_child_named_by_place_in_the_family_or_a_name_everyone_uses(text: str, lang: str, name: str) -> None:
    assert _found("person-name", text, lang, name)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Her eldest is in Year 9.", "en"),
        ("Roedd hi'n oer ond Nadolig i bawb.", "cy"),
        ("It was cold but Wales to everyone's surprise won.", "en"),
    ],
)
def test_no_name_after_eldest_alone_or_but_a_day(text: str, lang: str) -> None:
    assert not words_of("person-name", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Mae hi wedi gwaethygu ers geni'r fechan (30/ix/22). Fo sy'n gneud y gwaith.", "cy", "30/ix/22"),
        ("His mam (March '82) works nights.", "en", "March '82"),
        ("Rhiant: HARRIES Nia Wyn, 4ydd Gorff. 1984. Ffôn mam: 07700 900 731.", "cy", "4ydd Gorff. 1984"),
        ("Carer: BOWEN Tomos Elis, 24/12/36, lives alone.", "en", "24/12/36"),
        ("Mum (b. Sunday 3 March 1940) is well.", "en", "3 March 1940"),
    ],
)
def test_a_date_after_a_child_a_parent_or_a_records_name(text: str, lang: str, date: str) -> None:
    assert _found("date-of-birth", text, lang, date)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We met Mum (Tuesday 4 March 2025) at school.", "en"),  # a weekday: the day they met
        ("Cyfarfod gyda HARRIES Nia Wyn, 4ydd Gorff. 2025, yn y swyddfa.", "cy"),  # a meeting's date
        ("Gwen Jones, 4 July 2024, said yes.", "en"),  # not a record's name
    ],
)
def test_a_meetings_date_after_a_person_is_no_birth(text: str, lang: str) -> None:
    assert not words_of("date-of-birth", text, lang)


# --- dev batch 34: a family's home, and a farm driven up to ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Most weeks they finish with a brew at the Kellys', because Shirl has the kitchen.", "Kellys'"),
        ("When things went bad I'd go to the Llewellyns' after school.", "Llewellyns'"),
        ("Afterwards they all go for tea at the Bellises'.", "Bellises'"),
        ("He stayed at the Joneses' for a week.", "Joneses'"),
        ("I drove up to Penrhiwlas on a wet Thursday.", "Penrhiwlas"),
        ("Blodwen? Is she still up Brynderw?", "Brynderw"),
    ],
)
def test_a_familys_home_or_a_farm_driven_up_to(text: str, home: str) -> None:
    assert _found("address", text, "en", home)


@pytest.mark.parametrize(
    "text",
    [
        "We went to the Scarlets' ground.",  # the family's, or a team's, something else
        "He brought it to the reminiscence group at the Miners' Welfare hall.",
        "The kids' room is upstairs.",
        "They walked up to Pen y Fan.",  # a mountain
    ],
)
def test_a_plural_possessive_before_a_noun_or_a_hill_is_no_home(text: str) -> None:
    assert not words_of("address", text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Mi roddais i rif Meic iddo fo, a fy rhif gwaith i.",
        "Rhoddwyd rhif Meic iddo hefyd.",
        "Rydan ni wedi rhoi rhif Meic ar gefn pob cerdyn gofalwr ifanc.",
    ],
)
def test_the_worker_giving_meics_number_gives_the_helpline(text: str) -> None:
    assert not words_of("person-name", text, "cy")


def test_a_number_given_by_someone_else_is_still_meics() -> None:
    assert _found("person-name", "Rhoddodd rif Meic i mi.", "cy", "Meic")  # rounds eighteen and twenty-eight


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae hi'n byw yn 6 Maes Dwyfach, Chwilog, LL53 6TW.", "cy"),
        ("She works the coast patch between Greenfield and Bagillt.", "en"),
        ("He drove the Beulah run for thirty-one years.", "en"),
    ],
)
def test_villages_are_places_not_people_or_homes(text: str, lang: str) -> None:
    found = words_of("person-name", text, lang) + words_of("address", text, lang)
    for village in ("Chwilog", "Greenfield", "Beulah"):
        assert not any(village in words for words in found)


def test_mostyn_is_still_a_mans_name() -> None:
    assert _found("person-name", "She trained with Dai Ponty and Mostyn on Tuesdays.", "en", "Mostyn")
