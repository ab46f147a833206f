"""The pet-name rule finds its animal words with str.find: the same names as the plain pattern, faster."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storysite.check import identifying as pc
from storysite.privacy import lexicon as lx

PIECES = [
    "her Staffie, ", "two sheepdogs, ", "y gaseg, ", "the pit pony called ", "Her DOG named ", "a catalogue, ",
    "pupil ", "gyda chi, ", "ei chi ", "ci o'r enw ", "education ", "Bonnie", "Fly", "Meg", "Molly", "Captain",
    "Rhys", " and ", " a ", ", ", ". ", "\n", "Ŵyn", "İstanbul ", "a lamb called ", "the calves, ", "his ferret, ",
]  # fmt: skip


def reference(text: str) -> frozenset[str]:
    """The rule as the plain pattern reads it, at every word."""
    out = set()
    for match in pc.PETS.finditer(text):
        for word in pc.TOKEN.findall(match.group(1)):
            out.add(word[:-2] if word.endswith(pc._CLITICS) else word)
    return frozenset(out - lx.COMMON)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_the_fast_pet_finder_gives_the_names_the_pattern_gives(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert pc._pets_in(text) == reference(text)


def test_pets_are_found() -> None:
    assert pc._pets_in("two sheepdogs, Fly and Meg") == {"Fly", "Meg"}
    assert pc._pets_in("roedd y gaseg, Molly, yn y cae") == {"Molly"}
    assert pc._pets_in("A lamb called Dot: a fourth placement that held") == {"Dot"}
