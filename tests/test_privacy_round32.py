"""Identifying details, round thirty-two: tuned on the older dev files and dev batch 29 (cy/en-4601…4612).

Where someone lives or stays, in the shapes batch 29 planted: a refuge, a hostel or a foyer placed by a landmark
("the refuge up Malpas", "y lloches ar bwys y parc sglefrio"); a caravan, a bungalow or a flat placed by one ("the
bungalow next to the old mart", "y garafán statig ar y clos"); a house known by whose it was ("hen dŷ'r
ysgolfeistr", "Nain's bungalow opposite Capel Seion"); a boat someone lives on, named beside the word for it
("aboard his boat, Morwennol", "ar y Seren Hwyr, hen gwch pysgota"); a house number with a name and no street word
("at 23 Glasfryn", "Nerys Pant, 9 Ashgrove, Cowbridge"). Each with the look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import categories_in, words_of


def _placed(words: str, text: str, lang: str) -> bool:
    return any(words in each for each in words_of("address", text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mum and the children were moved that night to the refuge up Malpas, room 3.", "en", "the refuge up Malpas"),
        ("Mum went into the refuge on the Dolgellau road that night.", "en", "the refuge on the Dolgellau"),
        ("His sister lives in the foyer on the prom in Aber, room 5.", "en", "the foyer on the prom"),
        ("Roedd y teulu newydd symud mas o'r lloches ar bwys y parc sglefrio ar ôl pum mis.", "cy", "lloches ar bwys"),
        ("Buon nhw'n aros am bedwar mis yn y lloches wrth ymyl yr orsaf yn Llandudno.", "cy", "y lloches wrth ymyl"),
    ],
)
def test_a_refuge_a_hostel_or_a_foyer_placed_by_a_landmark(text: str, lang: str, words: str) -> None:
    assert _placed(words, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The family went to a refuge in Newport, forty minutes from school.", "en"),
        ("Roedd y naw wythnos yn yr hostel yn anodd iddo fe.", "cy"),
        ("He stayed at the youth hostel by the lake on the school trip.", "en"),
        ("He was placed in Room 14 at Tŷ Gobaith, the hostel by the river.", "en"),
    ],
)
def test_a_refuge_in_a_town_a_youth_hostel_or_a_named_hostel_s_description_is_left(text: str, lang: str) -> None:
    assert not any("hostel" in each or "refuge" in each for each in words_of("address", text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("On the way she pointed out the bungalow next to the old mart, where our Megan lives.", "en", "the bungalow"),
        ("Nan has the static at the back of the Porthmyn and rings every night.", "en", "the static at the back"),
        (
            "Mae ei fab, Dai, yn byw yn y garafán statig ar y clos ers iddo fe wahanu.",
            "cy",
            "y garafán statig ar y clos",
        ),
        ("Erbyn hyn maen nhw yn y fflat llawr gwaelod tu ôl i'r Co-op yng Nglyn-nedd.", "cy", "y fflat llawr gwaelod"),
    ],
)
def test_a_caravan_a_bungalow_or_a_flat_placed_by_a_landmark(text: str, lang: str, words: str) -> None:
    assert _placed(words, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Aeth hi i aros efo ffrind yn hen dŷ'r ysgolfeistr yn Llanegryn am bythefnos.", "cy", "hen dŷ'r ysgolfeistr"),
        ("Maen nhw'n byw yn hen dŷ'r gweinidog ar bwys y capel.", "cy", "hen dŷ'r gweinidog"),
        ("Aeth e â hi heibio tŷ Bopa Mali ar bwys y tollborth, lle cawson nhw de.", "cy", "tŷ Bopa Mali ar bwys"),
        ("She spent the rest of her time at Nain's bungalow opposite Capel Seion.", "en", "Nain's bungalow opposite"),
    ],
)
def test_a_house_known_by_whose_it_was(text: str, lang: str, words: str) -> None:
    assert _placed(words, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She told me she likes Nain's house because there's a dog.", "en"),
        ("Sundays at his Taid's farm are the best part of his week.", "en"),
        ("Ma'r tîm yn dechre pob asesiad yn nhŷ'r person, yn yr iaith ma' nhw'n ei dewis.", "cy"),
        ("Dim ond ar fore Sadwrn yn nhŷ Anti Glen roedd y ddau'n cael gweld ei gilydd.", "cy"),
    ],
)
def test_a_relative_s_house_not_placed_or_the_person_s_house_is_left(text: str, lang: str) -> None:
    assert "address" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Before that he wintered aboard his boat, Morwennol, off Abermaw.", "en", "Morwennol"),
        (
            "He spent the summer on his mate's narrowboat, the Kingfisher Lass, tied up below the bridge.",
            "en",
            "the Kingfisher Lass",
        ),
        ("Mae o'n byw ar ei gwch, y Wennol Las, ym mhen draw'r pontŵn.", "cy", "y Wennol Las"),
        (
            "Mae hi'n cysgu ar y penwythnos gyda'i thad, sy'n byw ar y Seren Hwyr, hen gwch pysgota.",
            "cy",
            "y Seren Hwyr",
        ),
    ],
)
def test_a_boat_someone_lives_on_named_beside_the_word_for_it(text: str, lang: str, words: str) -> None:
    assert words in words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They went out on a boat, the weather was perfect.", "en"),
        ("Aeth e ar y cwch, a'r môr yn llonydd.", "cy"),
    ],
)
def test_a_boat_with_no_name_is_left(text: str, lang: str) -> None:
    assert "address" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Until September he lived with Mum at 23 Glasfryn in Lampeter.", "en", "23 Glasfryn"),
        ("NOK sister, 9 Ashgrove, Cowbridge, mob on file.", "en", "9 Ashgrove"),
        ("She came to us after a bad winter on her own at 9 Gwel Eryri.", "en", "9 Gwel Eryri"),
        ("Roedd hi'n byw ar ei phen ei hun yn 14 Brynawel tan y llynedd.", "cy", "14 Brynawel"),
    ],
)
def test_a_house_number_with_a_name_and_no_street_word(text: str, lang: str, words: str) -> None:
    assert words in words_of("address", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We met at 10 Monday morning.", "en"),
        ("She was in 3 Weeks of respite.", "en"),
        ("Mae'r bws yn gadael o 9 Mawrth ymlaen.", "cy"),
        ("He moved to 2 Cardiff flats, then home.", "en"),
    ],
)
def test_a_number_before_a_day_a_count_a_month_or_a_town_is_no_house(text: str, lang: str) -> None:
    assert "address" not in categories_in(text, lang)
