"""Details a reader still reads: wrapped onto the next line, in a web address, dotted, or with letters for figures.

Found by trying hostile and careless input on the check (2026-12-05): a phone number, NHS number,
email address, postcode, address or name split by a line break inside a paragraph (a browser shows
the break as a space); a phone number grouped with dots or slashes; someone's page on a social,
messaging or fundraising site given as a web address (in the text, a link or a link definition);
and the letters O, o, l and I standing for figures ("O77OO 9OO123"). Each is found, in both
languages, on the words as written; the look-alikes that are not details are left alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TODAY, story_text
from privacy_cases import found_in

from storysite.build import build_site
from storysite.privacy.normalise import soft_breaks

# (category, words as written, text, language): each detail wrapped at a different place
WRAPPED = [
    ("phone", "07700\n900123", "Ring her on 07700\n900123 after six.", "en"),
    ("phone", "07700 900\n123", "Ring her on 07700 900\n123 after six.", "en"),
    ("phone", "01248\n123456", "Ffoniwch hi ar 01248\n123456 ar ôl chwech.", "cy"),
    ("nhs-number", "943 476\n5919", "Her NHS number is 943 476\n5919 on the letter.", "en"),
    ("nhs-number", "943\n476 5919", "Mae ei rhif GIG, 943\n476 5919, ar y llythyr.", "cy"),
    ("email", "jane.pritchard77@\ngmail.com", "Write to jane.pritchard77@\ngmail.com any time.", "en"),
    ("postcode", "LL57\n2PW", "She lives at LL57\n2PW now.", "en"),
    ("postcode", "SA31\n3EP", "Mae hi'n byw yn SA31\n3EP erbyn hyn.", "cy"),
    ("address", "14 Heol\ny Glyn", "She lives at 14 Heol\ny Glyn now.", "en"),
    ("person-name", "Sarah\nJones", "We went to see Sarah\nJones at the door and she smiled.", "en"),
]


@pytest.mark.parametrize(("category", "words", "text", "lang"), WRAPPED)
def test_a_detail_wrapped_onto_the_next_line_is_found(category: str, words: str, text: str, lang: str) -> None:
    assert (category, words) in found_in(text, lang)


def test_wrapped_lines_inside_a_list_item_and_with_windows_line_ends_are_joined() -> None:
    assert ("phone", "07700\n  900123") in found_in("- Ring her on 07700\n  900123 after six.", "en")
    assert ("phone", "07700\r\n900123") in found_in("Ring her on 07700\r\n900123 after six.", "en")


def test_line_breaks_between_blocks_are_kept() -> None:
    text = "## Ffôn 07700\nParagraph\n\n- one\n- two\n| a |\n| b |\n1. first\n> quoted\n```\ncode\n```"
    assert soft_breaks(text) == text  # no line here runs on inside a paragraph
    assert soft_breaks("a line\nits next line\n\nnew paragraph") == "a line its next line\n\nnew paragraph"


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("Ring her on 07700.900.123 after six.", "07700.900.123", "en"),
        ("Ring her on 01248.123456 after six.", "01248.123456", "en"),
        ("Ffoniwch hi ar 07700/900123 ar ôl chwech.", "07700/900123", "cy"),
        ("Ffoniwch y tŷ ar 029.2087.1234 gyda'r nos.", "029.2087.1234", "cy"),
    ],
)
def test_a_phone_number_grouped_with_dots_or_slashes_is_found(text: str, words: str, lang: str) -> None:
    assert ("phone", words) in found_in(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "She was born on 01.06.1948 in the old hospital.",  # a date, eight figures
        "The meeting moved from 09.30 to 10.45 on 12/03/2026.",
        "Version 0.12.4 of the app fixed it.",
        "Fe'i ganwyd ar 01/06/1948 yn yr hen ysbyty.",
    ],
)
def test_dates_times_and_versions_with_dots_are_not_phone_numbers(text: str) -> None:
    assert not [c for c, _ in found_in(text, "en") if c == "phone"]


@pytest.mark.parametrize(
    ("text", "category", "words", "lang"),
    [
        (
            "Her page is https://www.facebook.com/sarah.jones.1948 now.",
            "other-id",
            "https://www.facebook.com/sarah.jones.1948",
            "en",
        ),
        ("Mae ei lluniau ar instagram.com/nainbakes48 bob dydd.", "other-id", "instagram.com/nainbakes48", "cy"),
        ("His videos are on tiktok.com/@gaz_jones99 now.", "other-id", "tiktok.com/@gaz_jones99", "en"),
        (
            "She has [a page](https://facebook.com/sarah.jones.1948) now.",
            "other-id",
            "https://facebook.com/sarah.jones.1948",
            "en",
        ),
        (
            "See [her page][fb].\n\n[fb]: https://www.linkedin.com/in/gwen-pritchard",
            "other-id",
            "https://www.linkedin.com/in/gwen-pritchard",
            "en",
        ),
        (
            "Mae'r apêl ar www.justgiving.com/fundraising/taith-taid-2026 hefyd.",
            "other-id",
            "www.justgiving.com/fundraising/taith-taid-2026",
            "cy",
        ),
        ("Follow her at twitter.com/sarahj_1948 for photos.", "other-id", "twitter.com/sarahj_1948", "en"),
        ("Message her at https://wa.me/447700900123 any time.", "phone", "https://wa.me/447700900123", "en"),
    ],
)
def test_someones_page_as_a_web_address_is_found(text: str, category: str, words: str, lang: str) -> None:
    assert (category, words) in found_in(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "We shared the video from youtube.com/watch?v=dQw4w9WgXcQ at the club.",
        "Details are on facebook.com/AgeCymru and on the council's pages.",
        "Find the group at https://www.facebook.com/help for help with settings.",
        "The guidance is at https://www.gov.wales/social-care and on example.org/plan.",
    ],
)
def test_a_sites_own_pages_and_public_bodies_are_not_flagged(text: str) -> None:
    assert not [c for c, _ in found_in(text, "en") if c in ("other-id", "email", "phone")]


@pytest.mark.parametrize(
    ("text", "category", "words", "lang"),
    [
        ("Ring her on O77OO 9OO123 after six.", "phone", "O77OO 9OO123", "en"),
        ("Ring her on 07700 900l23 after six.", "phone", "07700 900l23", "en"),
        ("Ffoniwch hi ar O1248 l23456 ar ôl chwech.", "phone", "O1248 l23456", "cy"),
        ("Her number is o77oo 9oo123.", "phone", "o77oo 9oo123", "en"),
        ("Her NHS number is 943 476 59l9 on the form.", "nhs-number", "943 476 59l9", "en"),
        ("Rhif GIG: 943 476 59I9.", "nhs-number", "943 476 59I9", "cy"),
    ],
)
def test_letters_standing_for_figures_are_read_as_figures(text: str, category: str, words: str, lang: str) -> None:
    assert (category, words) in found_in(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "In 2O24 she turned 8O, and room lOl is hers.",  # figures with letters, but no number of anyone's
        "The CF1O bus and the A4O7O road run past.",
        "Mae hi'n 9O oed ac yn hoffi'r rhaglen am 7 o'r gloch.",
    ],
)
def test_look_alike_letters_in_ordinary_figures_are_not_flagged(text: str) -> None:
    assert not [c for c, _ in found_in(text, "en") if c in ("phone", "nhs-number", "ni-number", "postcode")]


def test_a_wrapped_number_and_a_profile_address_fail_the_build_and_nothing_is_written(
    make_library, tmp_path: Path
) -> None:
    body = (
        "Dai rang his daughter on 07700\n900123 every night, and she posted\n"
        "the photos on https://www.facebook.com/dai.pugh.1941 for the family."
    )
    content = make_library({"stories/a.en.md": story_text("mm-2026-001", body=body)})
    out = tmp_path / "site"
    result = build_site(content, "content", out, today=TODAY)
    assert result.out is None
    found = {(f.category, f.text) for f in result.library.findings if f.is_error}
    assert ("phone", "07700\n900123") in found
    assert ("other-id", "https://www.facebook.com/dai.pugh.1941") in found
    assert not out.exists()
