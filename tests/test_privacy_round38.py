"""Identifying details, round thirty-eight: schools by their initials, a playgroup by its own name, a school's
other staff and pupils, a playgroup in a chapel's hall, and homes placed by a landmark where someone is, tuned on
dev batch 35 (`benchmarks/privacy/real/README.md`).

- a school by its initials: a Welsh-medium one anywhere ("the Urdd banner from YGCB", "roedd hi yn YBC"), any
  other where the story speaks of school and a pupil goes there ("he would return to CRHS", "lessons at AVH"),
  but not a service, plan, course or rank by its initials ("referred to CAMHS", "by PCSO Rees");
- a playgroup by the name after "Cylch" alone ("i Gylch Ffernant", "who goes to Cylch Seren"), not a campaign,
  a reading circle or the Urdd's eisteddfod round ("Cylch yr Iaith", "Cylch Darllen", "Eisteddfod Gylch yr Urdd");
- a school after its wellbeing lead, a teaching assistant or its pupils ("the wellbeing lead at Llys Hywel", "a TA
  at Glan Iwrch", "disgyblion yng Nghwm Rhiwarth");
- a playgroup in a chapel's hall or vestry named like a person ("the Cylch at Hermon hall");
- a home placed by a landmark where someone is, not only lives ("Beti sydd yn y bynglo gyferbyn â'r hen efail",
  "Ei dŷ ei hun oedd … y byngalo wrth y bocs post coch").

Each with the look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import found_over as _found
from privacy_cases import words_of


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("The Year 5s and their Urdd banner from YGCB came up with their teacher.", "en", "YGCB"),
        ("Roedd hi yn YBC tan y Pasg, wedyn symudodd hi.", "cy", "YBC"),
        ("Mae Ffion ym mlwyddyn 9 yn YGPD ers mis Medi.", "cy", "YGPD"),
        ("The plan is that he will return to CRHS after half-term, with his teacher's help.", "en", "CRHS"),
        ("Kai finished Year 11 in full-time lessons at AVH.", "en", "AVH"),
        ("She was in the same class at HPS as her cousin; school was hard that year.", "en", "HPS"),
        ("Mae'r athrawes yn dweud ei fod e'n hapus nôl yn TGC bob bore.", "cy", "TGC"),
    ],
)
def test_a_school_by_its_initials(text: str, lang: str, school: str) -> None:
    assert _found("school", text, lang, school)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("At school his teacher referred him to CAMHS in March.", "en"),
        ("The school asked for a PEP review and a meeting with the DWP.", "en"),
        ("He was walked home from school by PCSO Gwenan Rees-Bowen.", "en"),
        ("Aeth hi i'r ysgol gyda'r YGG newydd yn y dre.", "cy"),
        ("Mae'r athro wedi ei gyfeirio at CAMHS.", "cy"),
        ("He drives to ABC Motors every morning for work.", "en"),  # initials with no school in the story
    ],
)
def test_initials_that_are_no_school(text: str, lang: str) -> None:
    assert not words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("Mae ei chwaer fach yn mynd i Gylch Ffernant yn y bore.", "cy", "Gylch Ffernant"),
        ("Cyn hynny roedd hi'n mynd i Gylch Bach y Castell.", "cy", "Gylch Bach y Castell"),
        ("Mae hi'n hapus yng Nghylch Seren.", "cy", "Nghylch Seren"),
        ("Her little brother goes to Cylch Seren three mornings a week.", "en", "Cylch Seren"),
        ("The vestry went to Capel Seion, and the flat to Cylch y Wennol.", "en", "Cylch y Wennol"),
    ],
)
def test_a_playgroup_by_its_own_name(text: str, lang: str, school: str) -> None:
    assert _found("school", text, lang, school)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae hi'n aelod o Gylch yr Iaith ers blynyddoedd.", "cy"),
        ("Mae hi'n mynd i'r Cylch Darllen yn y llyfrgell.", "cy"),
        ("Cafodd ei dewis i ganu'r unawd yn Eisteddfod Gylch yr Urdd.", "cy"),
        ("Bu'n cystadlu yn Eisteddfodau Cylch a Rhanbarthol yr Urdd.", "cy"),
        ("Aeth i'r Cylch Meithrin bob bore.", "cy"),
    ],
)
def test_a_circle_that_is_no_playgroup(text: str, lang: str) -> None:
    assert not words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("She was seen by Mrs Vaughan-Lloyd, the wellbeing lead at Llys Hywel.", "en", "Llys Hywel"),
        ("Mrs Penhallow, the wellbeing officer at Maes Tawe, rang me.", "en", "Maes Tawe"),
        ("Her aunt was a TA at Glan Iwrch for years.", "en", "Glan Iwrch"),
        ("A teaching assistant at Bryn Celyn spotted it first.", "en", "Bryn Celyn"),
        ("Mae hi'n ddisgybl ym Mryn Tawel ers mis Medi.", "cy", "Mryn Tawel"),
        ("Mae'r disgyblion yng Nghwm Rhiwarth yn ei nabod hi.", "cy", "Nghwm Rhiwarth"),
    ],
)
def test_a_school_by_its_staff_or_pupils(text: str, lang: str, school: str) -> None:
    assert _found("school", text, lang, school)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The pupils at the school planted a tree.", "en"),
        ("The wellbeing lead at the council rang back.", "en"),
        ("The wellbeing lead at Seren's school referred her.", "en"),  # whose school, not which
    ],
)
def test_staff_and_pupils_of_no_named_school(text: str, lang: str) -> None:
    assert not words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("Mali goes to the Cylch at Hermon hall.", "en", "Cylch at Hermon hall"),
        ("The twins go to the nursery at Siloh vestry.", "en", "nursery at Siloh vestry"),
    ],
)
def test_a_playgroup_in_a_chapels_hall(text: str, lang: str, school: str) -> None:
    assert _found("school", text, lang, school)


def test_a_playgroup_named_after_a_person_is_still_read_by_the_name_finders() -> None:
    assert not _found("school", "Mali goes to the nursery at Hermon on Fridays.", "en", "Hermon")


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        (
            "Ei ffrind gora ydi Beti sydd yn y bynglo gyferbyn â'r hen efail.",
            "cy",
            "y bynglo gyferbyn â'r hen efail",
        ),
        (
            "Ei dŷ ei hun oedd yr ola': \"Y byngalo wrth y bocs post coch, gyferbyn â'r fynwent.\"",
            "cy",
            "Y byngalo wrth y bocs post coch",
        ),
    ],
)
def test_a_home_placed_by_a_landmark_where_someone_is(text: str, lang: str, home: str) -> None:
    assert _found("address", text, lang, home)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Y plant sydd yn y dosbarth gyferbyn â'r neuadd.", "cy"),
        ("Mae'r siop sydd yn y pentre gyferbyn â'r eglwys.", "cy"),
    ],
)
def test_what_is_by_a_landmark_and_no_home(text: str, lang: str) -> None:
    assert not words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("He was at Pen-bryn from Year 7 and loved it.", "en", "Pen-bryn"),
        ("She was at the Graig until Year 6.", "en", "Graig"),
        ("Roedd hi ym Mhen-bryn tan flwyddyn 6.", "cy", "Mhen-bryn"),
    ],
)
def test_a_school_before_the_year_a_child_was_there_until(text: str, lang: str, school: str) -> None:
    assert _found("school", text, lang, school)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He lived at Bryn Awel from Year 7 onwards.", "en"),
        ("Roedd hi'n byw ym Mhen-bryn tan flwyddyn 6.", "cy"),
        ("He was at Tesco until year 9 of his apprenticeship.", "en"),
        ("Roedd e yng Nghaerdydd tan flwyddyn 6.", "cy"),
        ("Cadi was at Penysarn until Year 6.", "en"),  # a village alone is no school's name
    ],
)
def test_a_home_a_shop_or_a_town_before_a_year_is_no_school(text: str, lang: str) -> None:
    assert not words_of("school", text, lang)


def test_a_person_known_by_a_home_ends_before_ar() -> None:
    """ "dŷ Heledd ar Stryd Fawr": the name is Heledd, the street is the address, "ar" is neither."""
    text = "Aeth o adre i dŷ Heledd ar Stryd Fawr."
    assert words_of("person-name", text, "cy") == ["Heledd"]
    assert _found("address", text, "cy", "Stryd Fawr")


# --- the round's third part, tuned on dev batch 36 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("Mynd â fo i lawr i gylch festri Horeb bob bore.", "cy", "gylch festri Horeb"),
        ("Aeth Elli i'r Cylch yn festri Soar dri bore'r wythnos.", "cy", "Cylch yn festri Soar"),
        ("Mae Mali yn mynd i gylch y Neuadd Goffa dri bore'r wythnos.", "cy", "gylch y Neuadd Goffa"),
        ("Ers iddo adael y Ti a Fi yn festri Bethel.", "cy", "Ti a Fi yn festri Bethel"),
        ("Bu yn Ti a Fi neuadd y Lleng efo'i fam.", "cy", "Ti a Fi neuadd y Lleng"),
    ],
)
def test_a_playgroup_by_its_vestry_or_hall_in_welsh(text: str, lang: str, school: str) -> None:
    assert _found("school", text, lang, school)


def test_the_urdds_eisteddfod_round_in_a_hall_is_no_playgroup() -> None:
    assert not words_of("school", "Ddydd Sadwrn yr eisteddfod gylch yn Neuadd Nefyn, mi gerddodd Jac.", "cy")


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("Cafodd le yn yr uned yn ysgol y draphont, bum munud o'r tŷ.", "cy", "ysgol y draphont"),
        ("Pwy sy'n mynd i gasglu'r bois o ysgol y tip am chwarter wedi tri?", "cy", "ysgol y tip"),
        ("Mae o'n mynd i ysgol y tŵr dŵr.", "cy", "ysgol y tŵr dŵr"),
        ("Cadw Caio yn yr ysgol dan y draphont", "cy", "ysgol dan y draphont"),
    ],
)
def test_a_school_named_by_its_landmark_in_welsh(text: str, lang: str, school: str) -> None:
    assert _found("school", text, lang, school)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Aeth i ysgol y pentre.", "cy"), ("Mae hi'n athrawes ysgol y Sul yn y capel.", "cy")],
)
def test_the_villages_school_or_a_sunday_school_is_no_landmark(text: str, lang: str) -> None:
    assert not words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("Mae'n treulio amser cinio yn Y Nyth, y ganolfan les fach yng nghefn y neuadd.", "cy", "Nyth"),
        ("Roedd hi'n cysgu yn y Dderwen, y stafell lles yng nghefn y llyfrgell.", "cy", "Dderwen"),
        ("Cafodd le yn yr Hafan, sef uned les Glan Trothi, amser cinio.", "cy", "Hafan"),
        ("Ers mis Medi mae o yn Seren Fach, yr uned fach yn YCF.", "cy", "Seren Fach"),
        ("Cafodd le yn y Cwtsh, y ganolfan anogaeth ar lawr isa'r ysgol.", "cy", "Cwtsh"),
        ("Mae hi'n gorffen yn hwyr yn YFF ar ddydd Mercher, meddai'r ysgol.", "cy", "YFF"),
        ("Roedd y cais i CBN i fod i mewn erbyn mis Mawrth, meddai'r athro.", "cy", "CBN"),
    ],
)
def test_a_welsh_schools_unit_by_its_kind_or_a_school_by_its_initials(text: str, lang: str, school: str) -> None:
    assert _found("school", text, lang, school)


def test_a_welsh_body_by_its_initials_is_no_school() -> None:
    assert not words_of("school", "Mae'r ysgol wedi ei gyfeirio at y GIG ac i CAMHS.", "cy")


@pytest.mark.parametrize(
    ("text", "lang", "dob"),
    [
        ("Mae Lowri'n 13 oed (g. noswyl 'Dolig 2011) ac yn byw efo'i thad.", "cy", "noswyl 'Dolig 2011"),
        ("Her friend Olwen Parry, born harvest '25, was waiting.", "en", "harvest '25"),
    ],
)
def test_a_birth_by_christmas_eve_shortened_or_by_harvest(text: str, lang: str, dob: str) -> None:
    assert _found("date-of-birth", text, lang, dob)


def test_a_harvest_with_its_year_and_no_birth_is_no_date_of_birth() -> None:
    assert not words_of("date-of-birth", "The harvest 2024 was poor, and the harvest '25 worse.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "parts"),
    [
        ("His granddaughter, in flat 3 at the Hen Ysgol by the station, came.", "en", ("flat 3", "Hen Ysgol")),
        ("His sister has flat 9 in Gwalchmai House and rings him.", "en", ("flat 9", "Gwalchmai House")),
        ("Mae hi'n byw yn fflat 12 yn Nhŷ Caradog.", "cy", ("fflat 12", "Nhŷ Caradog")),
    ],
)
def test_a_numbered_flat_in_a_named_building(text: str, lang: str, parts: tuple[str, str]) -> None:
    assert all(_found("address", text, lang, part) for part in parts)
    assert not words_of("other-id", text, lang)  # the flat's number is the address, not a room's


def test_a_numbered_flat_in_a_town_is_no_building() -> None:
    assert not words_of("address", "She has flat 3 in Bangor.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("Their daughter is up Tan-y-Bryn and calls in most evenings.", "en", "Tan-y-Bryn"),
        ("She walks up Tan-y-Bryn every day.", "en", "Tan-y-Bryn"),
        ("She was born Lammas Day 1925 at Cwm Cenau, where her nephew farms.", "en", "Cwm Cenau"),
        ("He was born 3 March 1941 at Tyddyn Isaf.", "en", "Tyddyn Isaf"),
    ],
)
def test_a_home_someone_is_up_at_or_born_at_after_the_date(text: str, lang: str, home: str) -> None:
    assert _found("address", text, lang, home)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("The bus is up Snowdon today.", "en"), ("He was born in 1950 at Bangor.", "en")],
)
def test_a_hill_or_a_town_is_no_home(text: str, lang: str) -> None:
    assert not words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        (
            "For new staff: it's the first gate past Bethel on the Melincourt road, SA11 4NJ.",
            "en",
            "the first gate past Bethel on the Melincourt road",
        ),
        ("For anyone visiting: it's the second house past the chapel on the left.", "en", "the second house past"),
        ("Nodyn i staff newydd: y tŷ gwyn cynta' ar ôl y bont garreg ydi o.", "cy", "y tŷ gwyn cynta' ar ôl y bont"),
        (
            "Mae'r cyfarwyddiadau ar y ffeil: y lôn goncrit gynta' ar y chwith ar ôl yr hen giosg coch.",
            "cy",
            "y lôn goncrit gynta' ar y chwith",
        ),
    ],
)
def test_directions_for_whoever_visits_next(text: str, lang: str, home: str) -> None:
    assert _found("address", text, lang, home)


def test_directions_keep_their_postcode_apart() -> None:
    text = "For new staff: it's the first gate past Bethel on the Melincourt road, SA11 4NJ."
    assert words_of("postcode", text, "en") == ["SA11 4NJ"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("For new staff: the rota is on the wall by the door.", "en"),
        ("Nodyn i staff newydd: mae'r rota ar y wal.", "cy"),
    ],
)
def test_a_note_to_new_staff_with_no_way_to_a_home(text: str, lang: str) -> None:
    assert not words_of("address", text, lang)
