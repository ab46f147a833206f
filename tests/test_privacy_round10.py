"""Identifying details, round ten (issue 15): patterns missed in dev batch 5, written by two new writers.

Each pattern is found in both languages, on the words as written; each look-alike that is not a detail
is left alone. The examples are new ones, not the corpus's.
"""

from __future__ import annotations

import pytest
from privacy_cases import categories_in, found_in, story_findings

from storysite.check.identifying import short_forms


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("She waits at the gate of the little school in Cwmgarw every afternoon.", "school in Cwmgarw", "en"),
        ("He was happier at the Welsh-medium primary in Penparc than anywhere.", "primary in Penparc", "en"),
        ("Everyone calls Ysgol Bro Hafod the Comp on the Hill.", "Comp on the Hill", "en"),
        ("Mason went to the nursery class at Brynteg until Easter.", "nursery class at Brynteg", "en"),
        ("He was in her year at the Penrhos primary.", "Penrhos primary", "en"),
        ("Roedd hi'n mynd i'r ysgol fach yn Llangwyryfon bob bore.", "ysgol fach yn Llangwyryfon", "cy"),
        ("Aeth Cai i'r ysgol leol ym Mhentrefoelas am flwyddyn.", "ysgol leol ym Mhentrefoelas", "cy"),
    ],
)
def test_a_school_named_only_by_its_place_is_found(text: str, words: str, lang: str) -> None:
    assert any(c == "school" and words in w for c, w in found_in(text, lang))


@pytest.mark.parametrize(
    "text",
    [
        "He went back to school in September after the operation.",
        "She hated school in Wales and left at fifteen.",
        "We met at school in Cardiff, years ago.",
        "The school in the village closed in 1998.",
    ],
)
def test_school_in_a_month_a_country_or_without_the_article_is_not_a_school(text: str) -> None:
    assert "school" not in categories_in(text, "en")


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Mr Elfed Owen from Room 14 came down for the quiz.", "Room 14", "en"),
        ("Jac's locker is number 23, by the fire door.", "locker is number 23", "en"),
        ("Mae Gwenda yn ystafell 17 ers y gaeaf.", "ystafell 17", "cy"),
        ("Mae ei locer yw rhif 8 wrth y drws.", "locer yw rhif 8", "cy"),
    ],
)
def test_a_numbered_room_or_locker_where_someone_is_is_found(text: str, words: str, lang: str) -> None:
    assert ("other-id", words) in found_in(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "The carers' group meets in room 3 at the library on Tuesdays.",
        "Roedd y cyfarfod yn ystafell 2 yn y llyfrgell.",
        "He stayed in bed 3 days with the flu.",
    ],
)
def test_a_meeting_room_of_a_public_building_is_not_an_identifier(text: str) -> None:
    assert "other-id" not in categories_in(text, "cy" if "yn y" in text else "en")


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("The key safe is by the back door, code 3-8-1-5, and the code is in the folder.", "code 3-8-1-5", "en"),
        ("Mae'r bocs goriad wrth y drws, cod 5-0-2-2.", "cod 5-0-2-2", "cy"),
        ("Key safe fitted by the porch, code K4410.", "code K4410", "en"),
        ("Cod y bocs goriad ydi 7-7-0-1 (ar y cynllun gofal yn unig).", "Cod y bocs goriad ydi 7-7-0-1", "cy"),
        ("the code for the key safe is 6120, she said", "code for the key safe is 6120", "en"),
        ("roedd cod y Wi-Fi (SKY-4410-TRWQ) ar y wal", "cod y Wi-Fi (SKY-4410-TRWQ", "cy"),
    ],
)
def test_access_and_wi_fi_codes_are_found(text: str, words: str, lang: str) -> None:
    assert ("other-id", words) in found_in(text, lang)


@pytest.mark.parametrize(
    "text",
    ["The code of conduct was signed in 2019.", "She scored 2-1-0-0 in the quiz code round.", "Cod post y swyddfa."],
)
def test_codes_of_conduct_and_scores_are_not_access_codes(text: str) -> None:
    assert "other-id" not in categories_in(text, "en")


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Ffoniodd PC Hughes, collar number GP 3381, on the Monday.", "collar number GP 3381", "en"),
        ("Daeth PC Rhys Parri, rhif coler NW 1290, i'r tŷ.", "rhif coler NW 1290", "cy"),
    ],
)
def test_a_collar_number_with_the_forces_letters_is_found(text: str, words: str, lang: str) -> None:
    assert ("other-id", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ('From the referral: "DAVIES, Myfanwy. DOB 14/ix/38. Lives alone."', "DOB 14/ix/38", "en"),
        ("Support plan: OWEN, Jac, DOB 02-Mar-2009, Year 11.", "DOB 02-Mar-2009", "en"),
        ("Mae Cai yn 14 (DOB 4/vii/2012) ac ym mlwyddyn naw.", "DOB 4/vii/2012", "cy"),
        ("Mae Nel (d.o.b. 21-xii-40) yn byw ar ei phen ei hun.", "d.o.b. 21-xii-40", "cy"),
    ],
)
def test_a_recorded_date_of_birth_with_a_roman_or_named_month_is_found(text: str, words: str, lang: str) -> None:
    assert ("date-of-birth", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Idris, 88, was born in the Whitsun of 1937, his son says.", "born in the Whitsun of 1937", "en"),
        ("Glyn was born the week of the '63 freeze, he tells everyone.", "born the week of the '63", "en"),
        ("Ganwyd hi yn ystod y rhew mawr yn 1947, medd ei merch.", "Ganwyd hi yn ystod y rhew mawr yn 1947", "cy"),
    ],
)
def test_a_birth_in_a_named_time_with_its_year_is_found(text: str, words: str, lang: str) -> None:
    assert ("date-of-birth", words) in found_in(text, lang)


@pytest.mark.parametrize(
    "text",
    ["The summer fair was held in the week of the '63 freeze.", "She was born in the sixties, she says."],
)
def test_a_time_with_no_birth_or_no_year_is_not_a_date_of_birth(text: str) -> None:
    assert "date-of-birth" not in categories_in(text, "en")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He met Lily-Mae at the school gate.", "Lily-Mae"),
        ("Her daughters, Poppy-Rose and Tia, were there.", "Poppy-Rose"),
        ("Daeth Lili-Mai draw efo'i nain.", "Lili-Mai"),
    ],
)
def test_hyphenated_first_names_are_found(text: str, words: str) -> None:
    assert ("person-name", words) in found_in(text, "cy" if "Daeth" in text else "en")


@pytest.mark.parametrize(
    "text", ["They drove out to Bryn-Celyn farm.", "The Coca-Cola lorry came.", "An Anglo-Welsh poet."]
)
def test_hyphenated_house_names_and_brands_are_not_first_names(text: str) -> None:
    assert "person-name" not in categories_in(text, "en")


def test_short_forms_of_a_first_name_leave_out_words_and_titles() -> None:
    assert {"Dil"} <= short_forms("Dilwyn")
    assert "Ger" in short_forms("Geraint")
    assert "Step" not in short_forms("Stephen")  # an everyday word
    assert not {"An", "A"} & short_forms("Ann")  # too short to cut; its pet forms (Nansi) only


@pytest.mark.parametrize(
    ("body", "short"),
    [
        ("Our cook, Dilwyn Prosser, made the chips. Everyone says Dil makes the best chips in the valley.", "Dil"),
        ("Geraint Bowen drove. On the way back Kai said he wanted to build bridges like Ger.", "Ger"),
    ],
)
def test_a_found_first_name_cut_short_later_in_the_story_is_found(make_library, body: str, short: str) -> None:
    assert ("person-name", short) in story_findings(make_library, body)


def test_a_short_form_the_story_uses_as_a_word_is_not_a_name(make_library) -> None:
    body = "Bronwen Pugh came to the club. Bron oedd yn gwybod y ffordd, a bron i ni golli'r bws."
    assert ("person-name", "Bron") not in story_findings(make_library, body, "cy")
