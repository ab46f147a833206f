"""Phone numbers written out in words, digit by digit, to dodge a pattern or copied down as someone said them.

Found by trying hostile input on the check (2026-12-05): "oh seven seven double oh, nine double oh, one two
three" and "dim saith saith dim dim…" passed, while the same number in figures was caught in every
disguise. Each is found in both languages, in any case, with "double" and "treble" and with dashes or
commas between; counting, scores and ordinary "oh" and "dim" are left alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TODAY, story_text
from privacy_cases import found_in

from storysite.build import build_site


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        (
            "Ring his daughter on oh seven seven double oh, nine double oh, one two three.",
            "oh seven seven double oh, nine double oh, one two three",
            "en",
        ),
        (
            "Her number is zero one two four eight, six two one three four five.",
            "zero one two four eight, six two one three four five",
            "en",
        ),
        (
            "He wrote it down as OH SEVEN NINE FOUR SIX, TREBLE TWO, EIGHT ONE FIVE.",
            "OH SEVEN NINE FOUR SIX, TREBLE TWO, EIGHT ONE FIVE",
            "en",
        ),
        (
            "Text her on plus four four seven seven double oh nine double oh one two three.",
            "plus four four seven seven double oh nine double oh one two three",
            "en",
        ),
        (
            "Call oh-one-two-four-eight six-two-one-three-four-five.",
            "oh-one-two-four-eight six-two-one-three-four-five",
            "en",
        ),
        (
            "Ffoniwch ei merch ar dim saith saith dim dim, naw dim dim, un dau tri.",
            "dim saith saith dim dim, naw dim dim, un dau tri",
            "cy",
        ),
        (
            "Rhif y tŷ ydi dim un dau pedwar wyth, chwech dau un tri pedwar pump.",
            "dim un dau pedwar wyth, chwech dau un tri pedwar pump",
            "cy",
        ),
        (
            "Mae ei rhif hi ar y wal: dim saith wyth dwbl tri, pedwar pump chwech naw dau un.",
            "dim saith wyth dwbl tri, pedwar pump chwech naw dau un",
            "cy",
        ),
    ],
)
def test_a_phone_number_in_words_is_found(text: str, words: str, lang: str) -> None:
    assert ("phone", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We counted one, two, three, four, five, six, seven, eight, nine, ten together.", "en"),
        ("Oh, two of them came, and then double the number the week after.", "en"),
        ("The score was nil nil at half time and two one at the end.", "en"),
        ("Oh seven people came, oh eight the week after: more every time.", "en"),
        ("Roedd dim un o nhw yno, dim dau, dim tri: neb.", "cy"),
        ("Canodd y plant ‘Un, dau, tri, Mam yn dal y pry’ bob bore.", "cy"),
        ("Dim ond saith o’r naw oedd yn gallu dod.", "cy"),
    ],
)
def test_counting_scores_and_everyday_words_are_not_phone_numbers(text: str, lang: str) -> None:
    assert not [c for c, _ in found_in(text, lang) if c == "phone"]


def test_a_number_in_words_fails_the_build_and_nothing_is_written(make_library, tmp_path: Path) -> None:
    body = "Dai's daughter left her number for the team: oh seven seven double oh, nine double oh, one two three."
    content = make_library({"stories/a.en.md": story_text("mm-2026-001", body=body)})
    out = tmp_path / "site"
    result = build_site(content, "content", out, today=TODAY)
    assert result.out is None
    found = {(f.category, f.text) for f in result.library.findings if f.is_error}
    assert ("phone", "oh seven seven double oh, nine double oh, one two three") in found
    assert not out.exists()
