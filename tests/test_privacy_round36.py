"""Identifying details, round thirty-six: dates of birth and schools probed in pairs, not tuned on a batch.

The same sentences in Welsh and English, each tried with a row of date shapes or school names
(`benchmarks/privacy/real/README.md`, "Round thirty-six"), showed where one language was found and the other
was not:

- a record's date with its month in capitals ("DOB 04-JUN-1931") was read as a reference, which outranks a
  date of birth, and one with full stops ("04.Jun.31") was not read at all;
- a birthday with a year in an apostrophe ("her birthday is 4th June '31") or after "hi"
  ("ei phen-blwydd hi ar 4ydd Mehefin 1931") was no date of birth;
- festivals missing from the list (St Dwynwen's Day, Dydd San Padrig, Llun y Sulgwyn, noson tân gwyllt),
  Easter and Christmas with a year but no "Day", and a festival alone after "DOB" or "b.";
- an age turned on a festival ("he turned seven on Christmas Day", "trodd o'n saith oed ar Ddydd Llun y Pasg");
- a second birth in the same breath ("…, a Lowri Fach ar 3ydd Meh '17");
- schools after a course's level, "the head at", "ar y gofrestr" and "y pennaeth", and after a teacher in the
  singular.

Each with the look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import words_of

from storysite.privacy import scan_text


def _dob(text: str, lang: str) -> list[str]:
    return words_of("date-of-birth", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Gareth, DOB 04-JUN-1931, lives alone now.", "en", "04-JUN-1931"),
        ("Gareth, dyddiad geni 04-MEH-1931, yn byw ar ei ben ei hun.", "cy", "04-MEH-1931"),
        ("Gareth, DOB 04.Jun.31, lives alone now.", "en", "04.Jun.31"),
        ("Preswylydd: PRICE, Alun, g. 04.Meh.31, Ystafell 4.", "cy", "04.Meh.31"),
        ("Her granddaughter Ela (04-JUN-2019) visits on Sundays.", "en", "04-JUN-2019"),
    ],
)
def test_a_records_date_with_its_months_name(text: str, lang: str, date: str) -> None:
    assert any(date in found for found in _dob(text, lang))
    assert not any(date in found for found in words_of("other-id", text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Her birthday is 4th June '31, and she wants a party.", "en", "4th June '31"),
        ("Mae ei phen-blwydd hi ar 4ydd Mehefin 1931, ac mae hi isio parti.", "cy", "4ydd Mehefin 1931"),
        ("Mae ei ben-blwydd o ar 12/12/04, medda fo.", "cy", "12/12/04"),
    ],
)
def test_a_birthday_with_its_year(text: str, lang: str, date: str) -> None:
    assert any(date in found for found in _dob(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Date of birth: St Dwynwen's Day, 1950.", "en", "St Dwynwen's Day, 1950"),
        ("He was born Easter '41, as he tells everyone.", "en", "Easter '41"),
        ("Her son Rhys was born on Christmas 1999, the doctor said.", "en", "Christmas 1999"),
        ("Cafodd ei eni ar Ddydd San Padrig 2007, meddai'r meddyg.", "cy", "Ddydd San Padrig 2007"),
        ("Dyddiad geni: Llun y Sulgwyn 1949.", "cy", "Llun y Sulgwyn 1949"),
        ("Ganwyd Jac noson tân gwyllt 2011, medda fo.", "cy", "noson tân gwyllt 2011"),
        ("Gareth, DOB Christmas Day, lives alone now.", "en", "Christmas Day"),
        ("Resident: PRICE, Alun, b. Christmas Day, Room 4.", "en", "Christmas Day"),
        ("Preswylydd: PRICE, Alun, g. Dydd Nadolig, Ystafell 4.", "cy", "Dydd Nadolig"),
        ("Ganwyd Lowri ar Ddydd Nadolig, peth bach bach.", "cy", "Ddydd Nadolig"),
    ],
)
def test_festivals_as_days_of_birth(text: str, lang: str, day: str) -> None:
    assert any(day in found for found in _dob(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("He turned seven on Christmas Day and we had cake.", "en", "Christmas Day"),
        ("She'll be ninety on St David's Day, she says.", "en", "St David's Day"),
        ("He turned seven on Easter Monday 2019 and we had cake.", "en", "Easter Monday 2019"),
        ("Trodd o'n saith oed ar Ddydd Llun y Pasg 2019 a chawson ni gacen.", "cy", "Ddydd Llun y Pasg 2019"),
        ("Bydd hi'n naw deg ar Ddydd Gŵyl Dewi, medde hi.", "cy", "Ddydd Gŵyl Dewi"),
    ],
)
def test_an_age_turned_on_a_festival(text: str, lang: str, day: str) -> None:
    assert any(day in found for found in _dob(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        (
            "Ganwyd Jac noson tân gwyllt 2011 (\"dyna pam dwi'n swnllyd,\" medda fo), a Lowri Fach ar 3ydd Meh '17.",
            "cy",
            "3ydd Meh '17",
        ),
        ("Tom was born on 3 May 2011 and his sister Cerys on 9 June 2014.", "en", "9 June 2014"),
    ],
)
def test_a_second_birth_in_the_same_breath(text: str, lang: str, date: str) -> None:
    assert date in _dob(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We met on Christmas Day and had dinner.", "en"),
        ("The club turns 50 on St David's Day.", "en"),
        ("We turned the lights on Christmas Day.", "en"),
        ("Trodd y capel yn gant oed ar Ddydd Gŵyl Dewi.", "cy"),
        ("Appointment on 04-JUN-2024 at the clinic.", "en"),
        ("Plan b. Christmas Day is off.", "en"),
        ("She was born in 1950 and married on 3 May 1972.", "en"),
        ("Cafodd ei geni yn 1950 a phriododd ar 3 Mai 1972.", "cy"),
        ("She was born on 3 May 2011 and we moved on 9 June 2014.", "en"),
    ],
)
def test_days_that_are_no_birth(text: str, lang: str) -> None:
    dobs = _dob(text, lang)
    assert not any(w in d for d in dobs for w in ("Christmas", "David", "Dewi", "JUN", "1972", "2014"))


def test_the_verb_then_the_storys_made_up_name_is_no_record() -> None:
    text = "Ganwyd Jac noson tân gwyllt 2011, medda fo."
    found = scan_text(text, "cy", pseudonyms=["Jac"])
    assert not [d for d in found if d.category == "person-name"]
    assert [d.text for d in found if d.category == "date-of-birth"] == ["noson tân gwyllt 2011"]


@pytest.mark.parametrize(
    ("text", "lang", "school"),
    [
        ("She did her Level 2 at Brynteg.", "en", "Brynteg"),
        ("Gwnaeth hi Lefel 2 ym Maesglas.", "cy", "Maesglas"),
        ("The head at Maesglas said no.", "en", "Maesglas"),
        ("Dywedodd y pennaeth ym Maesglas na.", "cy", "Maesglas"),
        ("Mae hi ar y gofrestr ym Mryn Tawel.", "cy", "Mryn Tawel"),
        ("His teacher at Bryn Tawel rang me on Monday.", "en", "Bryn Tawel"),
    ],
)
def test_a_school_by_a_course_its_head_or_its_roll(text: str, lang: str, school: str) -> None:
    assert school in words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She did her Level 2 at Tesco.", "en"),
        ("He hit his head at Maesglas.", "en"),
        ("The head at Llandudno said no.", "en"),
        ("Mae'r pennaeth yn dweud bod popeth yn iawn.", "cy"),
        ("Dywedodd y pennaeth i Fangor fynd.", "cy"),
    ],
)
def test_heads_and_levels_with_no_school(text: str, lang: str) -> None:
    assert not [d for d in scan_text(text, lang) if d.category == "school"]


@pytest.mark.parametrize(
    ("text", "lang", "number"),
    [
        ("Her young carer card number is 457.", "en", "457"),
        ("Rhif ei cherdyn gofalwr ifanc yw 457.", "cy", "457"),
        ("Mae ganddi gerdyn gofalwr ifanc (rhif 417), fel bod dim rhaid iddi esbonio.", "cy", "417"),
        ("Cafodd hi gerdyn gofalwr ifanc (yr un gwyrdd, 0447 ar y cefn) fel bod yr athrawon yn gwybod.", "cy", "0447"),
        ("His young carer's card (388 on the back) gets him a free coffee.", "en", "388"),
        ("The pendant alarm, unit 60-4412, works fine.", "en", "60-4412"),
        ("Roedd y larwm gwddf (uned 305521) yn hongian ar gefn y drws.", "cy", "305521"),
        ("Locer 212 sydd ganddo fo.", "cy", "212"),
        ("His clock number at the works, 2271, is scratched on the case.", "en", "2271"),
        ("Ro'dd ei rif cloc e yn y gwaith, 2271, wedi'i grafu ar y cas.", "cy", "2271"),
        ("Her library card is 0447.", "en", "0447"),
        ("Her membership card, 2271, lives in her phone case.", "en", "2271"),
        ("Cafodd ei bas bws (0447) yn ôl yn y post.", "cy", "0447"),
    ],
)
def test_short_numbers_on_cards_lockers_and_alarms(text: str, lang: str, number: str) -> None:
    assert any(number in found for found in words_of("other-id", text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She is 84 and lives alone.", "en"),
        ("The gift card, 150 quid, was lost.", "en"),
        ("The card, 2019, was old.", "en"),
        ("He put 300 on the back of the envelope.", "en"),
        ("Mae hi'n 84 ac yn byw ar ei phen ei hun.", "cy"),
        ("Rhif ei thŷ yw 457.", "cy"),
        ("Rhoddodd 300 ar y cefn.", "cy"),
    ],
)
def test_numbers_that_are_no_cards(text: str, lang: str) -> None:
    assert not words_of("other-id", text, lang)


def test_a_little_smile_typed_without_its_accent_is_no_nickname() -> None:
    # "gwên fach" typed "Gwen fach": in the generated benchmark's Welsh split this cost 233 false alarms (round 36)
    assert not words_of("person-name", "Gwen fach ar ei hwyneb oedd y wobr orau.", "cy")
    assert words_of("person-name", "Daeth Gwen fach adre ddoe.", "cy") == ["Gwen fach"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A woman at the carers' group said go and see Bryn at Citizens Advice.", "Bryn"),
        ("Dewi now comes round on the big tides.", "Dewi"),
        ("I said to Dewi that it was fine.", "Dewi"),
        ("Emlyn met us at the bottom of the lane.", "Emlyn"),
        ("I put it in a folder for Glyn.", "Glyn"),
    ],
)
def test_welsh_word_names_alone_in_english_text(text: str, name: str) -> None:
    assert name in words_of("person-name", text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Hafod Lon, Tan y Bryn.",
        "The boat is the Seren Wen.",
        "He grew up at Bryn above the chapel.",
        "We walked up to Bryn Awel.",
        "The Nest was the name of their café.",
    ],
)
def test_welsh_word_names_as_places_in_english_text(text: str) -> None:
    found = words_of("person-name", text, "en")
    assert not any(w in f for f in found for w in ("Bryn", "Seren", "Nest"))


def test_a_cued_name_joined_by_and_to_a_known_name() -> None:
    found = words_of("person-name", "He left his foster placement with Pat and Clive Morgan last year.", "en")
    assert "Pat" in found


def test_a_month_before_and_and_a_name_stays_a_month() -> None:
    found = words_of("person-name", "One man stopped coming in June and Gethin went round every week.", "en")
    assert found == ["Gethin"]


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("She still walks down Maes yr Haf every morning.", "en", "Maes yr Haf"),
        ("He walks up Cae Bach to the shop.", "en", "Cae Bach"),
        ("Their end of Glan-yr-Afon floods.", "en", "Glan-yr-Afon"),
        ("The shop is at the bottom of Penygarnddu.", "en", "Penygarnddu"),
        ("Mae hi'n dal i gerdded i lawr Maes yr Haf bob bore.", "cy", "Maes yr Haf"),
        ("Mae hi'n byw ym mhen uchaf Bryn Awel.", "cy", "Bryn Awel"),
    ],
)
def test_a_street_walked_or_its_end(text: str, lang: str, home: str) -> None:
    assert any(home in found for found in words_of("address", text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She walked up Snowdon with her dad.", "en"),
        ("They ran up Pen y Fan for charity.", "en"),
        ("At the end of March he left.", "en"),
        ("Cerddodd i fyny Yr Wyddfa gyda'i thad.", "cy"),
        ("He walked down Bryn Jones's garden path.", "en"),
    ],
)
def test_hills_months_and_people_walked_are_no_streets(text: str, lang: str) -> None:
    assert not words_of("address", text, lang)


def test_a_school_someone_started_at() -> None:
    text = "His sister started at Little Acorns in the Flying Start building."
    assert words_of("school", text, "en") == ["Little Acorns"]


@pytest.mark.parametrize(
    "text",
    [
        "She started at Tesco in May.",
        "He started at Cardiff in 2019.",
        "It started at Christmas.",
        "She started at Glan Clwyd Hospital as a nurse.",
        "He started at Corus Steel Works at sixteen.",
    ],
)
def test_work_and_times_started_at_are_no_schools(text: str) -> None:
    assert not words_of("school", text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("They'll send you to the last house before the old lamp room.", "en", "last house before the old lamp room"),
        (
            "Shan, in the last bungalow before the level crossing on the Tremadog road, offered her front room.",
            "en",
            "last bungalow before the level crossing on the Tremadog road",
        ),
        (
            "Dan ni'n byw yn y byngalo ola' cyn y grid gwartheg ar lôn Traeth Lligwy.",
            "cy",
            "y byngalo ola' cyn y grid gwartheg ar lôn Traeth Lligwy",
        ),
    ],
)
def test_the_last_home_before_a_landmark(text: str, lang: str, home: str) -> None:
    assert home in words_of("address", text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "It was the last house before the war.",
        "We sold the last house before the move.",
        "The last bus before the match.",
    ],
)
def test_the_last_before_a_time_is_no_home(text: str) -> None:
    assert not words_of("address", text, "en")
