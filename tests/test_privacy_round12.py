"""Identifying details, round twelve (issue 15): another name in quotation marks, and a birth told by a local event.

Tuned on dev batches 5 and 6 only. The examples are new ones, not the corpus's.
"""

from __future__ import annotations

import pytest
from privacy_cases import categories_in, found_in


@pytest.mark.parametrize(
    ("text", "category", "words", "lang"),
    [
        ("Her teacher, Mr Emlyn Pryce-Davies — 'Pricey' to the whole school — rang.", "person-name", "Pricey", "en"),
        ("He went to Coleg Glan Hafren ('the Hafren', he calls it) for two years.", "school", "the Hafren", "en"),
        ('Buodd hi yn Ysgol Gynradd Bryn Teg, "y Bryn" fel roedd pawb yn ei galw.', "school", "y Bryn", "cy"),
        ('His old mate Iorwerth Price, "Iori the Bus", came too.', "person-name", "Iori the Bus", "en"),
        ('Daeth Gwilym Hughes, a elwir "Gwil Siop", draw hefyd.', "person-name", "Gwil Siop", "cy"),
        ('Mrs Olwen Parry (known as "Nain Tŷ Isaf") came to tea.', "person-name", "Nain Tŷ Isaf", "en"),
    ],
)
def test_another_name_in_quotation_marks_after_a_find_is_found(text: str, category: str, words: str, lang: str) -> None:
    assert (category, words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Gethin Jones, "Yes", he said when we asked.', "en"),
        ('Gethin Jones, "I am fine," he told us.', "en"),
        ('Gwyn Roberts, "Diolch", meddai wrth adael.', "cy"),
        ('Mair Evans — "Lovely" — was all she said.', "en"),
    ],
)
def test_words_said_after_a_name_are_not_another_name(text: str, lang: str) -> None:
    found = found_in(text, lang)
    assert not [w for c, w in found if w in ("Yes", "I am fine,", "Diolch", "Lovely")]


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        (
            "Husband Emrys Price b. the week of the Royal Welsh Show, 1958.",
            "b. the week of the Royal Welsh Show, 1958",
            "en",
        ),
        (
            "Cafodd ei eni'r wythnos ar ôl Sioe Aberteifi yn '61, medd ei fam.",
            "Cafodd ei eni'r wythnos ar ôl Sioe Aberteifi yn '61",
            "cy",
        ),
        ("Ms Ann Hughes, g. y gaeaf mawr, 1947, yn byw ar ei phen ei hun.", "g. y gaeaf mawr, 1947", "cy"),
    ],
)
def test_a_birth_told_by_a_local_event_is_found(text: str, words: str, lang: str) -> None:
    assert ("date-of-birth", words) in found_in(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "See p. 4 and b. the end of the year.",
        "The show was the week of the Royal Welsh, 1958.",
        "We met the week of the '62 floods.",
    ],
)
def test_an_event_with_no_birth_is_not_a_date_of_birth(text: str) -> None:
    assert "date-of-birth" not in categories_in(text, "en")


def test_a_pet_form_after_a_month_is_still_the_name(make_library) -> None:
    from privacy_cases import story_findings

    body = "Big Maureen called the bingo. In March Mo had her cataract done, and Pauline called it."
    assert ("person-name", "Mo") in story_findings(make_library, body)


@pytest.mark.parametrize(
    ("text", "words"),
    [("I was doing his locker with him, locker 14B, and found a wallet.", "locker 14B")],
)
def test_a_locker_named_again_after_a_comma_is_found(text: str, words: str) -> None:
    assert ("other-id", words) in found_in(text, "en")


def test_a_room_a_group_met_in_after_a_comma_is_not_an_identifier() -> None:
    assert "other-id" not in categories_in("We met on Tuesday, room 4, with the group.", "en")
