"""Identifying details, round twenty-one: tuned on the dev corpus (cy/en-001…2212) and dev batch 15 (cy/en-2401…2412).

A house or farm name mutated after "i", "o", "ym", "yng" or "yn", in Welsh or in Welsh quoted in English, is a home
when a second word or a compound says which one ("i Fryn Crychan", "Dere lan i Lwyngwenith"); a town or a
village on the lists, a name starting as a settlement does and a man ("i Fryn Jones") are left alone.
"""

from __future__ import annotations

import pytest
from privacy_cases import found_in, words_of


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
    assert not words_of("address", text, lang)


def test_a_man_named_after_a_mutating_word_is_still_a_man() -> None:
    found = found_in("Rhoddodd y llyfr i Fryn Jones ddoe.", "cy")
    assert not [w for c, w in found if c == "address"]
    assert any(c == "person-name" and "Jones" in w for c, w in found)


@pytest.mark.parametrize(
    ("text", "lang", "category", "words"),
    [
        ("O'n i'n arfer chwarae cornet yn 'Sgol Tan-y-Mynydd, 'de.", "cy", "school", "Sgol Tan-y-Mynydd"),
        ('"Child: Cai, Yr 4, Penbanc CP. Kinship assessment ref KC/0417/25"', "en", "school", "Penbanc CP"),
        (
            "the little one went into Year 1 at the infants' by the old gun tower, and his sister",
            "en",
            "school",
            "infants' by the old gun tower",
        ),
        ("and before that, the primary up by the water tower.", "en", "school", "primary up by the water tower"),
        ("Gadawodd y Secondary Mod yn Nhre-Gwilym yn bymtheg oed", "cy", "school", "Secondary Mod yn Nhre-Gwilym"),
        ("> YP (DOB 09NOV05) in supported lodgings", "en", "date-of-birth", "DOB 09NOV05"),
        (
            "wedi rhoi cod y bocs goriada i ni, pedwar-dim-saith-dau, ond aethon ni ddim i mewn",
            "cy",
            "other-id",
            "pedwar-dim-saith-dau",
        ),
        ("the key safe code is four, one, nine, two and the door sticks", "en", "other-id", "four, one, nine, two"),
        ("sy'n cael ei reoli gan ei chwaer (yn gorffen 4471), ac mae", "cy", "other-id", "gorffen 4471"),
        ("The neighbour on Pitch 29, known to everyone on the park as Big Al", "en", "address", "Pitch 29"),
        ("mewn carafán statig ar bitsh 31 ym Mharc Gwyliau Dôl Helyg", "cy", "address", "bitsh 31"),
        ('the log said: "Mrs P-O settled, diet and fluids fair"', "en", "person-name", "Mrs P-O"),
        ("Beti Llewelyn, ond Bet Penlan i bawb yn y pentre.", "cy", "person-name", "Bet Penlan"),
    ],
)
def test_round_twenty_one_details(text: str, lang: str, category: str, words: str) -> None:
    assert (category, words) in found_in(text, lang), found_in(text, lang)


def test_a_date_printed_as_a_record_prints_it_is_no_code() -> None:
    assert not words_of("other-id", "> YP (DOB 09NOV05) in supported lodgings", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The CP meeting was held. The Leeds CP clinic. The Swansea CP team.", "en"),  # child protection, palsy
        ("the postcode has one or two letters", "en"),
        ("the farm on the back road out of Tre-Hywel, where he stayed", "en"),  # a village named after a man
        ("Mae Penlan yn fferm fawr.", "cy"),  # a farm, with no one before it
        ("I was the captain, like Captain Pugwash, and Taid was the crew.", "en"),
        ("he tells her about Lord Nelson and the old dockyard", "en"),
        ("He'd sung Myfanwy to her and she'd filmed it.", "en"),
        ("a woman from Deganwy who always put the milk out, on the hill above Old Colwyn.", "en"),
        ("He goes to the bowls at Eirias Park and took the Welsh Black bull to the mart.", "en"),
        ("She takes him down to the Legion on Fridays.", "en"),
    ],
)
def test_round_twenty_one_look_alikes_are_left_alone(text: str, lang: str) -> None:
    assert not found_in(text, lang), found_in(text, lang)
