"""Round 3 of dates of birth, identifiers and addresses, in English and Welsh.

Every example is invented for this file. Each rule is checked in both languages where the
language has it, and each has decoys that must not be flagged: events on a date written in words,
a club's or a chapel's anniversary, meeting rooms, codes with no label, shops and chapels named by
their street, regions after "lives on the".
"""

from __future__ import annotations

import pytest
from privacy_cases import assert_flagged, assert_nothing_but_names

from storysite.privacy import scan_text

FINDS = [
    # A date of birth with its day (and year) in words, in both languages and with mutations.
    ("en", "She was born on the second of March, nineteen forty-four.", "date-of-birth", "second of March"),
    ("en", "Gwilym was born in Rhyl on the twenty-third of June 1948.", "date-of-birth", "June 1948"),
    ("cy", "Fe'i ganwyd ar yr ail o Fawrth, mil naw pedwar deg pedwar.", "date-of-birth", "ail o Fawrth"),
    ("cy", "Cafodd ei eni ar y trydydd ar ddeg o Orffennaf.", "date-of-birth", "trydydd ar ddeg o Orffennaf"),
    ("cy", 'Ei ddyddiad geni: "unfed ar hugain o Fedi, mil naw tri deg."', "date-of-birth", "unfed ar hugain o Fedi"),
    ("cy", "Ganed hi ar y bumed o Fai, un naw pump dau.", "date-of-birth", "bumed o Fai"),
    # ... after "wedi'i geni", "o'i eni" (the possessive shortened after a vowel).
    ("cy", "Mae Olwen wedi'i geni ar 5 Ionawr 1944, medd y ffurflen.", "date-of-birth", "5 Ionawr 1944"),
    ("cy", "Mi gafodd o'i eni ar 3 Mai 1950 yn y Bala.", "date-of-birth", "3 Mai 1950"),
    # A month in Roman figures, as some case notes write it.
    ("en", "Her date of birth on the plan is written 18.viii.2008.", "date-of-birth", "18.viii.2008"),
    ("cy", "Dyddiad geni ar y ffurflen: 3.xi.1999.", "date-of-birth", "3.xi.1999"),
    # The day someone turns an age gives their date of birth.
    ("en", "Idwal turns 90 on 3 March and has told nobody.", "date-of-birth", "3 March"),
    ("en", "She'll be 85 on the 12th of June.", "date-of-birth", "12th of June"),
    ("cy", "Bydd hi'n 90 oed ar 3 Mawrth, medd ei merch.", "date-of-birth", "3 Mawrth"),
    ("cy", "Mae'n troi'n 80 ar 12 Mehefin.", "date-of-birth", "12 Mehefin"),
    ("cy", "Mae Deiniol'n 80 ar y cyntaf o Ragfyr.", "date-of-birth", "cyntaf o Ragfyr"),
    ("cy", '"Dwi\'n naw deg ar yr ail o Fawrth," meddai hi.', "date-of-birth", "ail o Fawrth"),
    ("cy", "Mae pen-blwydd Llinos yn 95 ar yr ugeinfed o Ebrill.", "date-of-birth", "ugeinfed o Ebrill"),
    ("cy", "Mae pen-blwydd Steffan yn bedair ar 14eg Rhagfyr.", "date-of-birth", "14eg Rhagfyr"),
    # Identifiers after a label with a name or a system between, in Welsh word order and mutated.
    ("cy", "Mae rhif cleient Gwenno ar WCCIS, 3310457, wedi ei nodi.", "other-id", "3310457"),
    ("cy", "Ei rif gofalwr ifanc yn ein system yw GH-0952.", "other-id", "GH-0952"),
    ("cy", "Rhif disgybl Alys yn yr uned yw UD/2231.", "other-id", "UD/2231"),
    # ... after "as", a shortened qualifier, or a label in capitals ending "NO.".
    ("en", "The referral gave his hospital number as H0998123 and no more.", "other-id", "H0998123"),
    ("en", "Frail, hosp no K 551 3090, lives alone.", "other-id", "K 551 3090"),
    ("en", "DOB 14.03.2011. LAC NO. CLA/5521/K.", "other-id", "CLA/5521/K"),
    # A room in a home, given after the home, or on a floor.
    ("en", "We found Elwyn in the care home on the Llan road, room 14.", "other-id", "room 14"),
    ("cy", "Mae Nerys efo ni mewn cartref gofal, yn ystafell 8 ar y llawr cyntaf.", "other-id", "ystafell 8"),
    # A home after "lives on the", "lives out at", "lives with ... down".
    ("en", "Emyr lives on the Gurnos with his daughter.", "address", "Gurnos"),
    ("en", "Sian, who lives out at Ffrwd Goch-uchaf, rarely gets to town.", "address", "Ffrwd Goch-uchaf"),
    ("en", "His nan, who he lives with down Penrhiw Isaf, drives.", "address", "Penrhiw Isaf"),
    # A tower block, often named after a person; a farm named after "fferm", a first name in it too.
    ("en", "Jac lives with his mam on the fourth floor of Tŵr Idris, by the station.", "address", "Tŵr Idris"),
    ("cy", "Roedd o'n mynd i'w fflat hi yn Nhŵr Glyndŵr bob nos.", "address", "Nhŵr Glyndŵr"),
    ("cy", "Mae wedi byw ar hyd ei oes ar fferm Cefn Ithel, ar y lôn gefn.", "address", "Cefn Ithel"),
    # A farm named once as a home is flagged at every later mention; "Fferm" keeps the first name in it.
    ("cy", "Mae Aled yn byw ar fferm Cefn Idwal. Mae angen rheilen yn Cefn Idwal.", "address", "yn Cefn Idwal"),
    ("cy", "Dod adre i Fferm Cefn Idwal", "address", "Cefn Idwal"),
    ("en", "He has farmed at Tyddyn Gwilym all his life. The nurse calls at Tyddyn Gwilym.", "address", "s at Tyddyn"),
    # A record's surname in capitals with initials, before its date of birth.
    ("en", 'The ward notes read "PRICHARD, T. E." (b. 3/4/41), poor intake.', "person-name", "PRICHARD, T. E."),
    ("cy", 'Mae\'r nodyn yn dweud "LEWIS, M. A." (g. 5/6/39), dim archwaeth.', "person-name", "LEWIS, M. A."),
    # Welsh short and old first names, with a farm as a nickname or alone after a preposition.
    ("cy", "Roedd o'n holi am y defaid, am Dic Penrhiw oedd yn y chwarel.", "person-name", "Dic Penrhiw"),
    ("cy", "Ond mi ofynnon ni i Morus am ei gludo adre.", "person-name", "Morus"),
    ("en", "He asked after Siencyn, who used to drive the milk lorry.", "person-name", "Siencyn"),
    # A surname before "sisters" or "brothers".
    ("en", "Lovely people came: the two Pritchard sisters, and so on.", "person-name", "Pritchard"),
    ("en", "The Beynon brothers farm up the valley.", "person-name", "Beynon"),
    # A street still places a home when someone lives at the chapel on it.
    ("en", "She lives above the café on Heol y Wig.", "address", "Heol y Wig"),
    ("cy", "Mae hi'n byw uwchben y siop ar Heol y Wig.", "address", "Heol y Wig"),
]

PASSES = [
    # Dates in words that are events, and anniversaries of things, not people.
    ("en", "We met on the second of March, nineteen forty-four."),
    ("cy", "Enillodd hi'r wobr ar yr ail o Fawrth."),
    ("cy", "Bydd y ffair ar y cyntaf o Fai."),
    ("en", "The club will be 50 on 3 June this year."),
    ("en", "It turns 40 on 3 May."),
    ("cy", "Mae'r côr yn 80 oed ar y cyntaf o Ragfyr."),
    ("cy", "Mae pen-blwydd y capel yn 100 ar yr ugeinfed o Ebrill."),
    # Meeting rooms on a floor of a public building.
    ("en", "The meeting was in room 12 on the first floor of the library."),
    ("cy", "Mae'r cyfarfod yn ystafell 9 ar y llawr cyntaf yn y llyfrgell."),
    # Chapels, libraries and other public places named by their street, and a retail park.
    ("en", "The chapel on Stryd y Castell holds a memory café on Fridays."),
    ("en", "We borrowed the film from the library on Heol y Wig."),
    ("en", "He was charged with damage to two cars at Parc Tawe retail park."),
    ("cy", "Mae'r capel ar Stryd y Castell yn hen."),
    ("cy", "Mae'r llyfrgell ar Heol y Wig ar gau ar ddydd Llun."),
    # The way to a place, a brand named like a person.
    ("en", "Cled is in the care home on the Penrhos road these days."),
    # A region after "lives on the"; water, not a tower block.
    ("en", "Her son lives on the Continent now."),
    ("cy", "Roedd bil Dŵr Cymru ar y bwrdd yn y tŷ."),
]


@pytest.mark.parametrize(("lang", "text", "category", "words"), FINDS, ids=[f"{f[0]}:{f[3]}" for f in FINDS])
def test_flags(lang: str, text: str, category: str, words: str) -> None:
    assert_flagged(lang, text, category, words)


def test_a_tracked_home_inside_a_school_name_stays_a_school() -> None:
    text = "Her family lived at Maes Derw for years. She now teaches at Ysgol Gynradd Maes Derw."
    found = [(d.category, d.text) for d in scan_text(text, "en")]
    assert found == [("address", "Maes Derw"), ("school", "Ysgol Gynradd Maes Derw")]


def test_a_group_named_in_capitals_is_not_a_family() -> None:
    assert not scan_text("She loved the Andrews Sisters on the wireless.", "en")


def test_brand_with_a_title_is_not_a_name() -> None:
    # Beti, a Welsh first name since round fourteen, is flagged; the van's brand never is.
    found = scan_text("Beti made them stop at the Mr Whippy van first.", "en")
    assert [d.text for d in found] == ["Beti"]


def test_a_quote_without_a_name_before_a_date_of_birth_is_not_a_record_name() -> None:
    found = scan_text('Notes: "Seen today" (b. 3/4/41) fine.', "en")
    assert [d.category for d in found] == ["date-of-birth"]


@pytest.mark.parametrize(("lang", "text"), PASSES, ids=[f"{p[0]}:{p[1][:30]}" for p in PASSES])
def test_passes(lang: str, text: str) -> None:
    assert_nothing_but_names(lang, text)
