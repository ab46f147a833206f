"""Identifying-details detector: check digits, Welsh mutations and the shape of what it returns."""

from __future__ import annotations

import pytest

from storysite.privacy import CATEGORIES, Detection, scan_text
from storysite.privacy.numbers import nhs_check, upn_check_letter
from storysite.privacy.welsh import mutations

STORY = """## Background information

Her son **Tobias Price** rang us on 029 2087 1234. She lives at 12 Heol y Parc, CF10 3AT,
and was born on 3 March 1941. NHS number 943 476 5919; NI number AB 12 34 56 C.

- Email: tobias.price@example.org
- Her granddaughter goes to Ysgol Gynradd Pen-y-bryn.
- Case ref CS/2024/0113
"""


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("9434765919", True),  # the NHS's own published test number
        ("9434765918", False),
        ("4010232137", True),
        ("4010232138", False),
        ("1111111111", False),  # passes the sum but is not a real number
        ("943476591", False),
    ],
)
def test_nhs_check_digit(digits: str, valid: bool) -> None:
    assert nhs_check(digits) is valid


@pytest.mark.parametrize(
    ("body", "letter"),
    [
        ("801200005001", "B"),  # DfE worked example: B801200005001
        # From the worked example by hand: the last character has weight 13, so one more
        # adds 13 (B=1 -> 14 = Q) and the letter A (0) instead of 1 takes 13 away (-> 11 = M).
        ("801200005002", "Q"),
        ("80120000500A", "M"),  # a temporary UPN ends in a letter
    ],
)
def test_upn_check_letter(body: str, letter: str) -> None:
    assert upn_check_letter(body) == letter


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("Megan", {"Fegan"}),
        ("Catrin", {"Gatrin", "Chatrin", "Nghatrin"}),
        ("Gwen", {"Wen", "Ngwen"}),
        ("Caerdydd", {"Gaerdydd", "Nghaerdydd", "Chaerdydd"}),
        ("Bangor", {"Fangor", "Mangor"}),
        ("Tomos", {"Domos", "Nhomos", "Thomos"}),
        ("Llinos", {"Linos"}),
        ("Rhys", {"Rys"}),
        ("Dafydd", {"Ddafydd", "Nafydd"}),
        ("Pontypridd", {"Bontypridd", "Mhontypridd", "Phontypridd"}),
    ],
)
def test_welsh_mutations(word: str, forms: set[str]) -> None:
    assert forms <= mutations(word)


def test_stable_consonants_do_not_mutate() -> None:
    assert mutations("Ffion") == set()
    assert mutations("Siân") == set()


def test_detections_are_sorted_non_overlapping_and_well_formed() -> None:
    found = scan_text(STORY, "en")
    assert found, "the story is full of identifying details"
    assert all(isinstance(d, Detection) for d in found)
    assert [d.start for d in found] == sorted(d.start for d in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    for d in found:
        assert 0 <= d.start < d.end <= len(STORY)
        assert d.category in CATEGORIES
        assert d.rule.startswith("privacy.")
        assert d.message.endswith(".") and len(d.message) > 20


def test_every_kind_in_the_story_is_found_where_it_is() -> None:
    found = {(d.category, STORY[d.start : d.end]) for d in scan_text(STORY, "en")}
    kinds = {category for category, _ in found}
    assert {
        "person-name",
        "phone",
        "address",
        "postcode",
        "date-of-birth",
        "nhs-number",
        "ni-number",
        "email",
        "school",
        "other-id",
    } <= kinds
    assert ("phone", "029 2087 1234") in found
    assert ("email", "tobias.price@example.org") in found
    assert ("postcode", "CF10 3AT") in found


def test_messages_say_how_to_fix() -> None:
    for d in scan_text(STORY, "en"):
        assert "Remove" in d.message or "made-up name" in d.message or "instead" in d.message


def test_detection_is_frozen() -> None:
    d = scan_text("Call 029 2087 1234.", "en")[0]
    with pytest.raises(AttributeError):
        d.start = 0  # type: ignore[misc]


def test_lang_is_a_hint_welsh_quoted_in_english() -> None:
    text = 'Her mum said "rhowch e i Fegan" and laughed.'
    assert [text[d.start : d.end] for d in scan_text(text, "en")] == ["Fegan"]


def test_empty_and_plain_text() -> None:
    assert scan_text("", "en") == []
    assert scan_text("A quiet afternoon in the garden, with tea and cake.", "en") == []
    assert scan_text("Prynhawn tawel yn yr ardd, gyda phaned a chacen.", "cy") == []


def test_results_do_not_depend_on_what_was_scanned_before() -> None:
    text = "Her son Tobias rang 029 2087 1234 about the garden at 12 Heol y Parc."
    first = scan_text(text, "en")
    for _ in range(3):
        scan_text(STORY, "en")
        scan_text("Mae Rhys yn byw yng Nghaerdydd.", "cy", pseudonyms=["Rhys"])
    assert scan_text(text, "en") == first
