"""`allow` and `pseudonyms` cancel only the whole words they cover (issue 22, item 5).

An allowed phrase used to match inside other words and cancel any overlapping find: `allow: [Bryn]`
hid "Brynmor Pritchard" and `allow: ['900']` hid the phone number 07700 900123.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storysite.privacy import scan_text

NAMES = [("Brynmor Pritchard", "en"), ("Gareth Protheroe", "en"), ("Rhiannon Vaughan", "cy"), ("Eluned Pryce", "cy")]
NUMBERS = [
    ("phone", "07700 900123", "Her mobile is {} if you need her."),
    ("phone", "029 2087 1234", "Ring the office on {} today."),
    ("nhs-number", "943 476 5919", "Her NHS number is {} on the form."),
    ("postcode", "CF10 1AA", "She lives near {} now."),
]


def _sentence(name: str, lang: str) -> str:
    return (
        f"We went to the shop with {name} on Tuesday."
        if lang == "en"
        else f"Aethon ni i’r siop gyda {name} ddydd Mawrth."
    )


def _flagged(text: str, lang: str, **declared: list[str]) -> list[str]:
    return [d.text for d in scan_text(text, lang, **declared)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "allow", "still"),
    [
        ("We met Brynmor Pritchard at the hall.", ["Bryn"], ["Brynmor Pritchard"]),
        ("Her mobile is 07700 900123 if you need her.", ["900"], ["07700 900123"]),
        ("Her mobile is 07700 900 123 if you need her.", ["900"], ["07700 900 123"]),
        ("Her mobile is 07700 900123 if you need her.", ["07700"], ["07700 900123"]),
        ("We met Mair Protheroe at the hall.", ["Mair"], ["Protheroe"]),
        ("We met Brynmor Pritchard at the hall.", ["Pritch"], ["Brynmor Pritchard"]),
        ("We met Brynmor Pritchard at the hall.", ["mor Pritchard"], ["Brynmor Pritchard"]),
    ],
)
def test_an_allowed_phrase_does_not_hide_what_it_does_not_cover(text: str, allow: list[str], still: list[str]) -> None:
    assert _flagged(text, "en", allow=allow) == still


@pytest.mark.parametrize(
    ("text", "lang", "allow"),
    [
        ("Ring Dr Gwilym Roberts first.", "en", ["Gwilym Roberts"]),
        ("The helpline on 0300 123 4567 is open late.", "en", ["0300 123 4567"]),  # 0800: never flagged
        ("Roedd hi’n byw yn 12 Heol y Parc.", "cy", ["Heol y Parc"]),
        ("Mae hi’n gweld Dr Gwenllian Morgan.", "cy", ["Gwenllian Morgan"]),
        ("Aeth hi i Ysgol Gynradd Bryn Teg.", "cy", ["Ysgol Gynradd Bryn Teg"]),
        ("We met Brynmor Pritchard at the hall.", "en", ["brynmor pritchard"]),
        ("We met Brynmor\nPritchard at the hall.", "en", ["Brynmor Pritchard"]),
        ("We met J\u200bohn Pritchard at the hall.", "en", ["John Pritchard"]),
    ],
)
def test_an_allowed_phrase_cancels_the_words_it_covers(text: str, lang: str, allow: list[str]) -> None:
    assert _flagged(text, lang) != []
    assert _flagged(text, lang, allow=allow) == []


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_part_of_a_word_never_cancels_a_name(data: st.DataObject) -> None:
    """Any stretch of a flagged name that is not whole words leaves the name flagged, in full."""
    name, lang = data.draw(st.sampled_from(NAMES))
    text = _sentence(name, lang)
    assert _flagged(text, lang) == [name]
    i = data.draw(st.integers(0, len(name) - 1))
    j = data.draw(st.integers(i + 1, len(name)))
    while i < j and name[i] == " ":
        i += 1
    while j > i and name[j - 1] == " ":
        j -= 1
    part = name[i:j]
    whole = (i == 0 or name[i - 1] == " ") and (j == len(name) or name[j] == " ")
    if not part or whole:
        return
    assert _flagged(text, lang, allow=[part]) == [name], part


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_part_of_a_number_never_cancels_it(data: st.DataObject) -> None:
    """Any digits of a number short of all of them, even a whole group, leave the number flagged in full."""
    category, number, sentence = data.draw(st.sampled_from(NUMBERS))
    text = sentence.format(number)
    i = data.draw(st.integers(0, len(number) - 1))
    j = data.draw(st.integers(i + 1, len(number)))
    part = number[i:j].strip()
    if not part or part == number:
        return
    found = [(d.category, d.text) for d in scan_text(text, "en", allow=[part])]
    assert (category, number) in found, part


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_an_allowed_first_name_leaves_the_surname_flagged(data: st.DataObject) -> None:
    name, lang = data.draw(st.sampled_from(NAMES))
    first, surname = name.split()
    allowed = data.draw(st.sampled_from([first, first.lower(), first.upper()]))
    assert _flagged(_sentence(name, lang), lang, allow=[allowed]) == [surname]


@pytest.mark.parametrize(
    ("text", "pseudonyms", "still"),
    [
        ("We met Brynmor Pritchard at the hall.", ["Bryn"], ["Brynmor Pritchard"]),
        ("Megan went swimming with Tobias.", ["Meg"], ["Megan", "Tobias"]),
        ("We met Daisy Pritchard at the hall.", ["Dai"], ["Daisy Pritchard"]),
        ("Aeth hi gyda Rhiannon Vaughan i’r siop.", ["Rhian"], ["Rhiannon Vaughan"]),
    ],
)
def test_a_pseudonym_hides_only_whole_words(text: str, pseudonyms: list[str], still: list[str]) -> None:
    lang = "cy" if "Aeth" in text else "en"
    assert _flagged(text, lang, pseudonyms=pseudonyms) == still


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_a_pseudonym_that_is_part_of_a_word_hides_nothing(data: st.DataObject) -> None:
    name, lang = data.draw(st.sampled_from(NAMES))
    word = data.draw(st.sampled_from(name.split()))
    cut = data.draw(st.integers(2, len(word) - 1))
    prefix = word[:cut]
    assert _flagged(_sentence(name, lang), lang, pseudonyms=[prefix]) == [name], prefix


def test_a_pseudonym_written_with_look_alike_letters_still_matches() -> None:
    """A pseudonym declared in plain letters covers the same name written with an invisible character."""
    assert _flagged("We met Dai\u200b at the hall.", "en", pseudonyms=["Dai"]) == []
    assert _flagged("We met Megan at the hall.", "en", pseudonyms=["M\u200began"]) == []
