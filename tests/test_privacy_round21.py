"""Identifying details, round twenty-one: tuned on the dev corpus (cy/en-001…2212) and dev batch 15 (cy/en-2401…2412).

A house or farm name mutated after "i", "o", "ym", "yng" or "yn", in Welsh or in Welsh quoted in English, is a home
when a second word or a compound says which one ("i Fryn Crychan", "Dere lan i Lwyngwenith"); a town or a
village on the lists, a name starting as a settlement does and a man ("i Fryn Jones") are left alone.
"""

from __future__ import annotations

import pytest
from privacy_cases import found_in


def _of(category: str, text: str, lang: str) -> list[str]:
    return [w for c, w in found_in(text, lang) if c == category]


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mae o isio gwbod pryd mae o'n cael dod nôl i Fryn Crychan.", "cy", "Fryn Crychan"),
        ("Noson gynta Deio ym Mryn Crychan", "cy", "Mryn Crychan"),
        ("ac yn byw ar ei ben ei hun ym Mhentwyn Helyg ers colli ei wraig", "cy", "Mhentwyn Helyg"),
        ("mi gerddodd Ifan yr holl ffordd o Ben y Ffridd i'r capel", "cy", "Ben y Ffridd"),
        ("ddaeth e aton ni i Benlan-fach pan o'dd e'n ddeuddeg", "cy", "Benlan-fach"),
        ('He said, "Dw i isio mynd adre i Benlanwen i ddweud wrth y gwartheg."', "en", "Benlanwen"),
        ('"Wy\'n mynd gatre i Flaen-cwm os bydd rhaid i fi gerdded."', "en", "Flaen-cwm"),
        ('He said, "Dere lan i Lwyngwenith if you want me."', "en", "Lwyngwenith"),
        ('"Croeso nôl i Flaen-cwm-isaf unrhyw bryd, cariad."', "en", "Flaen-cwm-isaf"),
    ],
)
def test_a_home_named_in_a_mutation(text: str, lang: str, words: str) -> None:
    assert ("address", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mi enillodd ast ddu a gwyn o Bentrefoelas a'r £50.", "cy"),  # a village, one word, no going home
        ("Mae e'n dod o Frynaman yn wreiddiol.", "cy"),
        ("ar y ffordd i Gefnddwysarn — mae o'n dal y bws ei hun", "cy"),
        ("Aeth hi i Benygroes ddydd Sadwrn.", "cy"),  # a village on the lists
        ("Aethon ni i Lanfihangel-ar-Arth am de.", "cy"),  # a settlement's head
        ("Mae ein hasesiad Amddifadu o Ryddid wedi'i ailsgwennu.", "cy"),
        ("Rhoddodd y llyfr i Fryn.", "cy"),  # Bryn, a man
    ],
)
def test_a_village_a_word_or_a_man_after_a_mutating_word_is_no_home(text: str, lang: str) -> None:
    assert not _of("address", text, lang)


def test_a_man_named_after_a_mutating_word_is_still_a_man() -> None:
    found = found_in("Rhoddodd y llyfr i Fryn Jones ddoe.", "cy")
    assert not [w for c, w in found if c == "address"]
    assert any(c == "person-name" and "Jones" in w for c, w in found)
