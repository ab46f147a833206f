"""Identifying details, round twenty-seven: tuned on the older dev files and dev batch 24 (cy/en-3601…3612).

Hostels, refuges, children's homes and sheltered flats named beside their kind; a farm where someone farms or
milks, words between; a birth on a day of the month; an age turned in mutated words; the last figures of a pass;
a reference whose last part has two figures; a door code with the door after it. Each with the look-alikes that
must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import categories_in, words_of


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("He is at the Maes Glas hostel now, and safe.", "en", "Maes Glas"),
        ("an emergency bed at Hafan Deg children's home (bed 4), then two placements", "en", "Hafan Deg"),
        ("Dad is in Albion Lodge, the approved premises, on licence.", "en", "Albion Lodge"),
        ("a bed for twenty-eight nights at Tŷ Hafan, the hostel, and nothing after that", "en", "Tŷ Hafan"),
        ("Fues i yn hostel Tŷ'r Wennol am bron dwy flynedd.", "cy", "Tŷ'r Wennol"),
        ("Mae Mamgu yn Llys Glan Lwyd, y fflatiau gwarchod ar waelod y dre.", "cy", "Llys Glan Lwyd"),
    ],
)
def test_a_hostel_a_refuge_or_sheltered_flats_named_beside_their_kind(text: str, lang: str, words: str) -> None:
    assert words in words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('target: "Out of refuge and in a settled tenancy within the year"', "en"),
        ("She found a bed in a Swansea hostel for the night.", "en"),  # which town's, not which one
        ("Roedd hi yn hostel Aberystwyth am wythnos.", "cy"),
        ("Y gred yw i'r llwybr gael ei enwi ar ôl Hostel Pen y Gwryd gan ddringwyr.", "cy"),  # a venue's name
        ("In the hostel she slept for the first time in weeks.", "en"),
    ],
)
def test_a_kind_of_home_with_no_name_of_its_own_is_left(text: str, lang: str) -> None:
    assert "address" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Roedd hi'n ffarmo gyda'i gŵr yn Cwm Llwynog uwchben Cwmparc.", "cy", "Cwm Llwynog"),
        ("Aled milks ninety cows at Cwm Hebog, on the back road.", "en", "Cwm Hebog"),
        ("his son-in-law, who farms next door at Cwm Rhiw, takes him up on Saturdays", "en", "Cwm Rhiw"),
    ],
)
def test_a_farm_where_someone_farms_or_milks_with_words_between(text: str, lang: str, words: str) -> None:
    assert words in words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He's been farming for forty years in Ceredigion.", "en"),
        ("Mae hi'n ffermio gyda'i mab yn Sir Gâr.", "cy"),
        ("She was milking at the Co-op dairy before the war.", "en"),
    ],
)
def test_farming_in_a_county_or_at_a_firm_is_no_home(text: str, lang: str) -> None:
    assert "address" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mae hi'n bymtheg ar y trydydd o Fawrth, ac mae hi isio gneud Lefel A.", "cy", "y trydydd o Fawrth"),
        ("Mae o'n bedair ar ddeg ar yr ail o Fai, medda fo.", "cy", "yr ail o Fai"),
        (
            "Roedd ei chwaer newydd gael hogan fach, ganwyd bore Sadwrn y 15fed am chwarter i saith.",
            "cy",
            "bore Sadwrn y 15fed",
        ),
        ("Their little one, Lily, born Saturday the 15th at quarter to seven.", "en", "Saturday the 15th"),
    ],
)
def test_a_birth_on_a_day_of_the_month_and_an_age_turned_in_mutated_words(text: str, lang: str, words: str) -> None:
    assert words in words_of("date-of-birth", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Roedd y trên yn bymtheg munud yn hwyr ar y trydydd o Fawrth.", "cy"),  # minutes late, not an age
        ("She was born the 3rd child of nine.", "en"),
        ("The group was born on the 15th, at the first meeting.", "en"),
    ],
)
def test_a_day_with_no_birth_of_a_person_is_left(text: str, lang: str) -> None:
    assert "date-of-birth" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("The old care plan (file ref SL/ABD-17) said the same thing every year.", "en", "SL/ABD-17"),
        ("a fi'n mynd draw ar y bws bob dydd Sul gyda pas bws yn gorffen 0457.", "cy", "0457"),
        ("Tynnodd arian o'i gyfrif cynilo hi (yn gorffen â 33 06) gyda'i cherdyn.", "cy", "33 06"),
        ("Mae'r bathodyn glas yn gorffen 3391.", "cy", "3391"),
    ],
)
def test_a_reference_ending_in_two_figures_and_a_pass_by_its_last_figures(text: str, lang: str, words: str) -> None:
    assert any(words in each for each in words_of("other-id", text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("her ref. was in the file, for the 16-17 year olds", "en"),
        ("The pass ends at 1600 on Friday.", "en"),
    ],
)
def test_an_age_band_or_a_time_is_no_reference(text: str, lang: str) -> None:
    assert "other-id" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("When Sweet Caroline came on, he stood up and took the mic.", "en"),
        ("He sang the whole thing, louder than Neil Diamond.", "en"),
        ('"Minibus picked up the group at ten," the log says.', "en"),
        ("Ffrâm Zimmer i ddechra, wedyn ffon.", "cy"),
    ],
)
def test_a_song_a_singer_a_walking_frame_and_a_log_word_are_no_names(text: str, lang: str) -> None:
    assert "person-name" not in categories_in(text, lang)


def test_a_village_after_a_street_is_no_second_address() -> None:
    assert words_of("address", "Mae'n byw gyda'i fam yn 3 Rhes y Ffowndri, Cefn Mawr.", "cy") == ["3 Rhes y Ffowndri"]


def test_a_locker_late_in_a_long_sentence_after_a_meeting_word_far_back() -> None:
    # the clause before a number is read back 80 characters at most: a "meeting" at the text's start is another's
    text = (
        "We had a meeting with the school in May. Siaradodd yr ysgol â Mr Huws, a chafodd Osian gadw'i gerdyn "
        "gofalwr ifanc a'i fag a'i lyfrau a'i ffôn a'i wefrydd yn ei locer 212 rhag ofn bod rhywun yn holi."
    )
    assert "locer 212" in words_of("other-id", text, "cy")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mi oedden ni wedi agor y lolfa fawr (cod 5-8-1-9 ar y drws, i bawb gael dod a mynd).", "cy", "cod 5-8-1-9"),
        ("Pass it on: code 4471 for the key safe, and ring first.", "en", "code 4471"),
    ],
)
def test_a_door_code_with_what_it_opens_after_it(text: str, lang: str, words: str) -> None:
    assert words in words_of("other-id", text, lang)


def test_a_dress_code_and_a_year_is_no_door_code() -> None:
    assert "other-id" not in categories_in("The dress code 2024 at the ball was black tie.", "en")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "She had a fortnight in emergency respite at the bungalow behind the Spar in Benllech before this move.",
            "the bungalow behind the Spar in Benllech",
        ),
        (
            "Dropped Sandra at her sister's, the white bungalow opposite the Co-op, at 4.10.",
            "the white bungalow opposite the Co-op",
        ),
        (
            "Mr Gruffydd found a one-bed in the ground-floor flat at the back of the old Plough, near the garden.",
            "the ground-floor flat at the back of the old Plough",
        ),
    ],
)
def test_a_home_by_a_landmark_stayed_at_someones_or_hyphenated_ends_before_a_time(text: str, words: str) -> None:
    assert words in words_of("address", text, "en")


def test_a_venue_by_a_landmark_where_a_group_met_is_left() -> None:
    assert "address" not in categories_in("The group met in the hall behind the chapel every Tuesday.", "en")
