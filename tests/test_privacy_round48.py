"""Identifying details, round forty-eight: tuned on the dev stories' misses (`benchmarks/privacy/real/README.md`).

- a house or a home's name left unmutated after Welsh "yn" (in) or "i" (to), as people write a name they will not
  change ("yn Bryn Eithin", "te parti yn Hafod Wen", "Fi'n mynd i Bryn Eithin"), where written Welsh would mutate
  it ("ym Mryn Eithin", "i Fryn Eithin"); not a village on the places list, a hall, a wood, a housing body, a trip
  or a holiday to a place, nor a man's name;
- a house named for its view or for a ley field ("yn Gwêl y Mynydd", "at Gwêl-y-Bryn", "lan i Gwndwn Mawr");
- a school's unit or base by whose it is ("transition planning with their Glasfryn unit"), and a unit found where the
  story speaks of school a little further on; a hospital's unit close by stays unnamed;
- a school's base named, then said to be one after "which is" ("the Bridge, which is the inclusion base");
- a school by its head's name where it is said to be called so ("the school, which families still call Mr Bowen's
  after the head", "the little school by the park, Mrs Gwatkin's as everybody calls it"); not someone's dog called in;
- a full name whose first name is also the first word of a farm's name ("Daeth Gwern Hughes i'r cyfarfod"); a farm so
  named stays a farm ("fferm Gwern Goch");
- a nursery named as English nurseries are, "Little" or "Tiny" and a plural, where a small child's day is spoken of
  ("her baby sister goes to Tiny Steps three mornings a week"); not a book, a band, a café or a headland.
"""

from __future__ import annotations

import pytest
from privacy_cases import assert_flagged, words_of


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Roedd y parti Nadolig yn Hafod Wen eleni, a daeth y plant o'r ysgol i ganu.", "Hafod Wen"),
        ("Mae Gwilym yn treulio'r haf yn Cae Glas gyda'i ewythr a'r cŵn defaid.", "Cae Glas"),
        ("Cawson ni baned yn Bryn Teg cyn mynd yn ôl i'r swyddfa.", "Bryn Teg"),
        ("Mae hi'n maethu gyda'i gŵr yn Pant Eithin, ar y lôn gul uwchben y pentre.", "Pant Eithin"),
        ("Smo fi'n mynd gartre heno. Fi'n mynd i Bryn Helyg at Anti Mags.", "Bryn Helyg"),
        ("Fe aeth e i Hafan y Waun am bythefnos tra bod ei ferch bant.", "Hafan y Waun"),
    ],
)
def test_a_home_s_name_left_unmutated_after_yn_or_i(text: str, words: str) -> None:
    assert_flagged("cy", text, "address", words)


def test_a_man_s_name_after_i_is_no_home() -> None:
    assert words_of("address", "Diolch yn fawr i Bryn Jones am y te a'r bara brith.", "cy") == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mae Dad lan yn Gwêl y Foel, cyswllt bob yn ail benwythnos.", "cy", "Gwêl y Foel"),
        ("Y tro cynta es i lan i Gwndwn Isaf roedd hi'n arllwys y glaw.", "cy", "Gwndwn Isaf"),
        ("One plate went next door to Mrs Price at Gwêl-y-Don, who does her shopping.", "en", "Gwêl-y-Don"),
    ],
)
def test_a_house_named_for_its_view_or_a_ley_field(text: str, lang: str, words: str) -> None:
    assert_flagged(lang, text, "address", words)


@pytest.mark.parametrize(
    "text",
    [
        "Roedd hi'n byw yn Cefn Mawr pan oedd hi'n blentyn.",  # a village, on the places list
        "Aethon ni i'r cyngerdd yn Neuadd y Pentre nos Sadwrn.",  # a hall anyone goes to
        "Cerddon ni am oriau yn Coed y Brenin ddydd Sul.",  # a forest
        "Mae hi yn Cwm Rhondda ers y gaeaf.",  # a valley, on the places list
        "Aeth y criw ar drip i Glan Llyn ddydd Sadwrn.",  # a trip to a centre
        "Mae hi'n gwirfoddoli yn Tai Pawb ers y gwanwyn.",  # a housing body
    ],
)
def test_a_village_a_hall_or_a_wood_after_yn_is_no_home(text: str) -> None:
    assert words_of("address", text, "cy") == []


def test_a_school_s_unit_by_whose_it_is() -> None:
    text = "He moves up to the high school in September, and transition planning with their Glasfryn unit has begun."
    assert_flagged("en", text, "school", "Glasfryn unit")


def test_a_unit_where_the_story_speaks_of_school_a_little_further_on() -> None:
    text = (
        "There are now eleven young carers with a pass, including a girl from the Acorn unit, and the head has asked "
        "us to run a session for all the staff in the spring. Her brother starts reception in September at the "
        "little school by the park."
    )
    assert_flagged("en", text, "school", "Acorn unit")


def test_a_hospital_s_unit_close_by_stays_unnamed() -> None:
    text = (
        "After the fall she spent a week in the Maelor unit at the hospital. Her grandson came every evening on the "
        "bus, still in his school uniform, and read to her."
    )
    assert words_of("school", text, "en") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Three detentions in a fortnight, then a day in the Lighthouse, which is the inclusion base.", "Lighthouse"),
        ("He spends his mornings in the Cabin, which is the nurture base behind the hall.", "Cabin"),
    ],
)
def test_a_base_named_then_said_to_be_one_after_which_is(text: str, words: str) -> None:
    assert_flagged("en", text, "school", words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Her baby sister goes to Tiny Toes three mornings a week, which gives Mam a rest.", "Tiny Toes"),
        ("Kayleigh got a funded place at Little Robins in Blaina, so the pick-ups are easier.", "Little Robins"),
        ("Their little sister is at Busy Badgers, so Thursdays were his job.", "Busy Badgers"),
    ],
)
def test_a_nursery_named_little_or_tiny_where_a_small_child_s_day_is_spoken_of(text: str, words: str) -> None:
    assert_flagged("en", text, "school", words)


@pytest.mark.parametrize(
    "text",
    [
        "She loved Little Women as a girl, and read it to the baby at bedtime.",  # a book
        "We stopped at the Little Chef with the baby on the way home.",  # a café
        "The toddlers walked up to see the Little Orme on Sunday.",  # a headland
        "The Little Owls of the wood were out all night.",  # no small child's day near
    ],
)
def test_a_book_a_cafe_a_headland_or_little_owls_alone_are_no_nursery(text: str) -> None:
    assert words_of("school", text, "en") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The school, which local families still call Mr Pryce's after the head who retired, has been kind.", "Pryce"),
        ("He starts in September at the little school by the chapel, Mrs Gower's as everybody calls it.", "Gower"),
        ("Dad still calls that school Miss Rowlands's, after the head who taught him in the sixties.", "Rowlands"),
    ],
)
def test_a_school_called_by_its_head_s_name(text: str, words: str) -> None:
    assert_flagged("en", text, "school", words)


def test_someone_s_dog_called_in_is_no_school() -> None:
    assert words_of("school", "After school we call Mrs Jones's dog in for his tea.", "en") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mae pedwar o'n preswylwyr ni yn Llys y Dderwen yn cael eu pen-blwydd ym mis Mawrth.", "Llys y Dderwen"),
        ("Mae Dad yn yr hostel yn Llys Elwy nawr, a fi'n ei weld e bob dydd Sadwrn.", "Llys Elwy"),
    ],
)
def test_a_court_of_homes_after_yn(text: str, words: str) -> None:
    assert_flagged("cy", text, "address", words)


@pytest.mark.parametrize(
    "text",
    ["Roedd yr achos yn Llys y Goron yn yr Wyddgrug ym mis Mai.", "Aeth hi i Llys Ynadon Caernarfon gyda'i thad."],
)
def test_a_court_of_law_is_no_home(text: str) -> None:
    assert words_of("address", text, "cy") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Daeth Gwern Hughes i'r cyfarfod gyda'i fam.", "cy"), ("Gwern Hughes came to the meeting with his mum.", "en")],
)
def test_a_first_name_that_is_also_a_farm_s_first_word(text: str, lang: str) -> None:
    assert_flagged(lang, text, "person-name", "Gwern Hughes")


def test_a_farm_so_named_stays_a_farm() -> None:
    text = "Aeth e i fferm Gwern Goch i helpu gyda'r wyna."
    assert_flagged("cy", text, "address", "Gwern Goch")
    assert words_of("person-name", text, "cy") == []
