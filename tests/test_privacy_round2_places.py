"""Round 2 of addresses, dates of birth and other identifiers, in English and Welsh.

Every example is invented for this file, unlike the hand-written benchmark's. Each rule is checked
in both languages where the language has it, and each has decoys that must not be flagged: event
dates, ages, money, times, venues, directions without a home, chapels and villages not named as
a home.
"""

from __future__ import annotations

import pytest
from privacy_cases import assert_flagged, assert_nothing_but_names

FINDS = [
    # A one-word house or farm name after a preposition, near a word for living or calling there.
    ("cy", "Mae Nest a'i gŵr yn byw yn Bodhyfryd ers y rhyfel.", "address", "Bodhyfryd"),
    ("cy", "Daeth Iolo adre i Fronheulog ddydd Gwener.", "address", "Fronheulog"),
    ("cy", "Aeth y nyrs i weld Mrs Prys ym Mhantglas bob bore.", "address", "Mhantglas"),
    ("cy", "Symudodd y teulu i Fronlwyd Isaf yn yr hydref.", "address", "Fronlwyd Isaf"),
    ("en", "After the fall she went home to Brynheulog with a care package.", "address", "Brynheulog"),
    ("en", "He still lives out at Maesglas Fawr with his sheepdog.", "address", "Maesglas Fawr"),
    # Tŷ'n (a smallholding) and Tŷ with its name after a preposition; farm names ending Uchaf, Isaf.
    ("cy", "Cawson nhw de yng nghegin Tŷ'n Coed ar ôl y cneifio.", "address", "Tŷ'n Coed"),
    ("cy", "Roedd hi'n aros yn Nhŷ Glyndwr am fis.", "address", "Nhŷ Glyndwr"),
    ("cy", "Aeth o draw i Bant-y-wern Uchaf gyda'r bara.", "address", "Bant-y-wern Uchaf"),
    ("en", "The lambing at Pant-y-wern Uchaf starts in March.", "address", "Pant-y-wern Uchaf"),
    # A farm or house named as a stop on a nurse's or carer's round.
    ("cy", "Ar y rownd bore 'ma roedd Mr Rowlands yng Nghoed Helyg.", "address", "Nghoed Helyg"),
    # A home placed by a landmark.
    (
        "en",
        "She rents the cottage behind the Red Lion and walks everywhere.",
        "address",
        "the cottage behind the Red Lion",
    ),
    ("en", "They live in the house with the green door opposite the chip shop.", "address", "opposite the chip shop"),
    ("cy", "Mae o'n byw yn y fflat uwchben y siop bapur newydd.", "address", "y fflat uwchben y siop bapur newydd"),
    ("cy", "Maen nhw'n byw yn y byngalo y tu ôl i'r garej.", "address", "y byngalo y tu ôl i'r garej"),
    (
        "cy",
        "Bu'n byw mewn carafán gyferbyn â'r iard goed am ddwy flynedd.",
        "address",
        "carafán gyferbyn â'r iard goed",
    ),
    # Directions to a home, after a word that says they are directions.
    (
        "en",
        "The directions on the file say: take the second track on the left after the old quarry.",
        "address",
        "second track",
    ),
    ("cy", "Mae'r cyfarwyddiadau ar y ffurflen: y drydedd giât ar ôl y bont garreg.", "address", "giât ar ôl y bont"),
    # A town's main street is an address only near a word for living there.
    ("en", "She has lived on the High Street, above the bakery, since 1990.", "address", "High Street"),
    ("cy", "Mae hi'n byw ar Stryd Fawr ers iddi briodi.", "address", "Stryd Fawr"),
    # Welsh dates of birth in every written form.
    ("cy", "Ganwyd Twm ar y nawfed o Fedi 1938 mewn bwthyn ger y môr.", "date-of-birth", "1938"),
    ("cy", "Fe'i ganwyd ar 14eg Gorff 1950.", "date-of-birth", "14eg Gorff 1950"),
    ("cy", "Cafodd hi ei geni ar Fehefin y 3ydd, 1944.", "date-of-birth", "3ydd, 1944"),
    ("cy", "Ar y ffurflen: d.g. 21/02/1949, gweddw.", "date-of-birth", "21/02/1949"),
    ("cy", "Nodyn brysiog: geni 7.9.1952, yn byw ar ei ben ei hun.", "date-of-birth", "7.9.1952"),
    ("cy", "Cafodd o ei eni, yn ôl ei chwaer, ar Noswyl Nadolig 1941.", "date-of-birth", "1941"),
    ("cy", "Bydd pen-blwydd Ceinwen yn 95 oed ar 12 Hydref.", "date-of-birth", "12 Hydref"),
    ("cy", "Mae'n dathlu ei ben-blwydd yn 70 ar 8 Ebrill eleni.", "date-of-birth", "8 Ebrill"),
    ("en", "Her 85th birthday is on 19 June.", "date-of-birth", "19 June"),
    ("en", "He was born, so his sister says, on Boxing Day 1946.", "date-of-birth", "1946"),
    # Welsh identifiers with their mutated labels, in either word order.
    ("cy", "Mae ei chod cleient, KM-7730, ar bob llythyr.", "other-id", "KM-7730"),
    ("cy", "Rhif ei chyfrif banc yw 40917723.", "other-id", "40917723"),
    ("cy", "Mae rhif ei fathodyn glas yn BB 31 7742 5.", "other-id", "BB 31 7742 5"),
    ("cy", "Cod y blwch allweddi yw 5830.", "other-id", "5830"),
    ("cy", "Mae rhif y bathodyn 07 5512 9934 ar y cefn.", "other-id", "07 5512 9934"),
    ("en", "The vet read the chip (chip no. 977 2001 3348 1120) to prove he was hers.", "other-id", "977 2001 3348"),
]

PASSES = [
    # Villages, towns and chapels named without a home, and a one-word name with no home word.
    ("cy", "Aeth y côr i ganu yn Aberaeron nos Sadwrn."),
    ("cy", "Roedd y sioe amaethyddol ym Mhenrhyndeudraeth eleni."),
    ("cy", "Cafodd y cyngerdd ei gynnal yng Nghapel Bethesda."),
    ("en", "The choir sang at Capel Salem in the village."),
    ("en", "Bronwen drove to Glanaman for the match."),
    # Places in a sentence about a building that is not a home, and directions with no home.
    ("en", "The café opposite the station opens at nine."),
    ("cy", "Mae'r caffi gyferbyn â'r orsaf yn cau am bump."),
    ("en", "The toilets are the second door on the left after the lift."),
    ("cy", "Mae'r toiledau wrth y drws cyntaf ar y chwith."),
    ("en", "We met at the bank on the High Street."),
    ("cy", "Mae'r fferyllfa ar Stryd Fawr ar agor tan chwech."),
    # Event dates, birthdays without a year or age, parties, ages, money and times.
    ("en", "We had a party for her 80th birthday on 3 June."),
    ("cy", "Cawson ni barti i'w phen-blwydd ar 3 Mehefin."),
    ("cy", "Roedd y ffair ar 5ed Mai 1990 yn y neuadd."),
    ("cy", "Mae hi'n 84 oed ac yn talu £12 am y bws am 10:30."),
    ("en", "He turned up at 7.45 with £20 for the raffle."),
    ("cy", "Fe ddywedodd e.g. 12/03/2020 yn y cyfarfod."),
    # Numbers that are not identifiers: counts, years and prices after a label-like word.
    ("cy", "Roedd rhif y tîm yn 2019 yn uwch."),
    ("en", "The bus number 42 was late again."),
]


@pytest.mark.parametrize(("lang", "text", "category", "words"), FINDS, ids=[f"{f[0]}:{f[3]}" for f in FINDS])
def test_flags(lang: str, text: str, category: str, words: str) -> None:
    assert_flagged(lang, text, category, words)


@pytest.mark.parametrize(("lang", "text"), PASSES, ids=[f"{p[0]}:{p[1][:30]}" for p in PASSES])
def test_passes(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)
