"""Rules that generalise the identifying-details check past the words of its own benchmark.

Every example here is invented for this file (names, streets, numbers), unlike the hand-written
benchmark's: each rule is checked in English and Welsh, and each has decoys that must pass.
"""

from __future__ import annotations

import pytest

from storysite.check.identifying import _names_in, _tracker
from storysite.privacy import lexicon as lx
from storysite.privacy import scan_text

FINDS = [
    # Names from the published tables, in full or after a cue.
    ("en", "Her support worker, Leandra Okafor, came on Monday.", "person-name", "Leandra"),
    ("cy", "Daeth Leandra Okafor draw ddydd Llun.", "person-name", "Leandra"),
    ("en", "We sat with Brantley by the window.", "person-name", "Brantley"),
    ("cy", "Eisteddodd Brantley wrth y ffenest.", "person-name", "Brantley"),
    # An everyday-word name after a Welsh preposition; a mutated published-table name after one.
    ("cy", "Aeth y gofalwr i'r siop gyda Joy bob bore.", "person-name", "Joy"),
    ("cy", "Rhoddodd hi'r allwedd i Hope cyn gadael.", "person-name", "Hope"),
    ("cy", "Dywedodd o wrth Fartina am aros.", "person-name", "Fartina"),
    # A first name with a Welsh size adjective is a man, not a farm.
    ("en", '"Ithel Bach lost his in \'72," he said.', "person-name", "Ithel"),
    ("cy", "Roedd Ithel Fawr yn y dafarn bob nos.", "person-name", "Ithel"),
    ("cy", "Maen nhw'n ffermio yn Nhyddyn Bach ers hanner can mlynedd.", "address", "Nhyddyn Bach"),
    # A name heading a case-note record before its date of birth.
    ("en", "The note read: 'OYELARAN, TOBI, DOB 04/07/1989, no fixed abode'.", "person-name", "OYELARAN, TOBI"),
    ("cy", "Ar y ffurflen: 'PRZYBYLSKA, ILONA, ur. 03.05.1941, Pwyleg yn unig'.", "person-name", "PRZYBYLSKA"),
    ("cy", "Ar y ffurflen: 'PRZYBYLSKA, ILONA, ur. 03.05.1941, Pwyleg yn unig'.", "date-of-birth", "03.05.1941"),
    # A birthday with its year; a named day and its year after a birth cue.
    ("en", "Her birthday is 17 October 1947, and she still bakes.", "date-of-birth", "17 October 1947"),
    ("cy", "Mae pen-blwydd Nedw ar 6 Tachwedd 2021.", "date-of-birth", "6 Tachwedd 2021"),
    ("en", "He was born on the night of the big flood, 1951.", "date-of-birth", "1951"),
    ("cy", "Cafodd ei geni ar noson Calan Gaeaf 1939.", "date-of-birth", "1939"),
    # A date of birth with a name between cue and date leaves the name to be found.
    ("cy", "Ganwyd Yncl Tudwal ar 9 Awst 1938.", "person-name", "Tudwal"),
    # Any code after a label of a personal number, in either word order.
    ("en", "Her hospital number is K5502917.", "other-id", "K5502917"),
    ("cy", "Ei rif ysbyty yw K5502917.", "other-id", "K5502917"),
    ("en", "His day centre ID card, DC-4418, hangs by the door.", "other-id", "DC-4418"),
    ("cy", "Mae ei chyfeirnod tai yw TH-30927 ar y llythyr.", "other-id", "TH-30927"),
    ("en", "His service number, 23987154, is on the medal.", "other-id", "23987154"),
    ("cy", "Roedd rhif gwasanaeth 23987154 ar y fedal.", "other-id", "23987154"),
    ("en", "(key safe code 1962, on the rota)", "other-id", "1962"),
    ("cy", "(cod y drws 1962, ar y rota)", "other-id", "1962"),
    ("en", "the holding (CPH 61/302/0148) was at risk", "other-id", "61/302/0148"),
    # Homes without a street word: after a word for living there, with a number, or by number.
    ("en", "Arwel has lived on Mount Pleasant since he married.", "address", "Mount Pleasant"),
    ("cy", "Mae Arwel wedi byw ar Glanrhyd ers iddo briodi.", "address", "Glanrhyd"),
    ("en", "She rents a room at 7 Pen y Bryn, above the harbour.", "address", "7 Pen y Bryn"),
    ("cy", "Mae hi'n byw yn 14 Bryn-yr-efail ers 1990.", "address", "14 Bryn-yr-efail"),
    ("en", "Mrs Rees at number 31 brings the paper.", "address", "number 31"),
    ("cy", "Mae Mrs Rees o rif 31 yn dod â'r papur.", "address", "rif 31"),
    ("en", "She still lives on Heronsgate Way with her dog.", "address", "Heronsgate Way"),
    ("en", "He rents a bedsit on Marlowe Parade.", "address", "Marlowe Parade"),
    ("en", "They live on Stryd Glyndŵr, above the chip shop.", "address", "Stryd Glyndŵr"),
    ("cy", "Maen nhw'n byw ar Stryd Glyndŵr uwchben y siop.", "address", "Stryd Glyndŵr"),
]


@pytest.mark.parametrize(("lang", "text", "category", "words"), FINDS, ids=[f"{f[0]}:{f[3]}" for f in FINDS])
def test_finds(lang: str, text: str, category: str, words: str) -> None:
    start = text.index(words)
    end = start + len(words)
    found = scan_text(text, lang)
    assert any(d.category == category and d.start < end and start < d.end for d in found), (
        f"expected {category} over {words!r}; got {[(d.category, text[d.start : d.end]) for d in found]}"
    )


PASSES = [
    # Everyday numbers near label words.
    ("en", "She caught the number 42 bus into town in 2019."),
    ("en", "The charity has number 1142 on its list of 2,000 volunteers."),
    ("en", "The number 1958 was the year they married."),
    ("cy", "Roedd rhif 42 y bws yn hwyr yn 2019."),
    ("cy", "Mae gan y cyngor 1,200 o staff a 300 o wirfoddolwyr."),
    ("en", "The referral came through on 12/03/2024 from the GP."),
    ("en", "The A470 was closed and COVID-19 cases rose."),
    ("en", "From number 3 to number 8 on the list, all were done."),
    ("cy", "Mae'r poster yn rhoi rhif DAN 24/7 i bawb."),
    ("en", "The poster gives the Samaritans number, open 24/7."),
    # Birthdays and parties that are events, not records.
    ("en", "We had a party for her 90th birthday on 3 May 2024."),
    ("cy", "Cawson ni barti pen-blwydd ar 3 Mai 2024."),
    # "His birthday is 9 June" is a day and month of birth since round nine (test_privacy_round9.py).
    # Living words before what is not a home.
    ("en", "She lives on Mondays for her bingo."),
    ("en", "He was home at Christmas."),
    ("en", "She stayed at Premier Inn for a week."),
    ("en", "We walked past Meadow View on the way to the beach."),
    ("en", "On 4 May the Mayor opened the hall."),
    # Countries and communities are not people.
    ("cy", "Daeth ei gofalwr o Bortiwgal a'i ffrind o Nepal."),
    ("en", "Young carers from Gypsy and Traveller families came."),
    ("en", "He talked about Shared Lives and what it meant."),
]


@pytest.mark.parametrize(("lang", "text"), PASSES, ids=[f"{p[0]}:{p[1][:30]}" for p in PASSES])
def test_passes(lang: str, text: str) -> None:
    found = scan_text(text, lang)
    assert not found, [(d.category, text[d.start : d.end]) for d in found]


def test_published_names_that_are_words_need_a_cue() -> None:
    # A name in the published tables that is also an English or Welsh word is a name only with a cue.
    for word in ("Brandy", "Allan", "Chase"):
        assert word in lx.AMBIGUOUS and word not in lx.FIRST
    assert "Mae" not in lx.AMBIGUOUS and "Mae" not in lx.FIRST  # Welsh "is": never a name
    assert not scan_text("Brandy yw ei hoff ddiod hi.", "cy")
    assert scan_text("Her daughter Brandy rang.", "en")


def test_a_known_name_is_tracked_as_itself() -> None:
    text = "Mae Dai Weldar yn y sied."
    found = scan_text(text, "cy")
    assert _names_in(text, found) >= {"Dai"}


def test_only_known_names_are_tracked_in_lower_case() -> None:
    tracker = _tracker(frozenset({"Gethin", "Lives"}), (), ())
    text = "gethin came. He lives with us."
    hits = [text[d.start : d.end] for d in tracker.find(text, "en", [])]
    assert hits == ["gethin"]


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("cy", "Eira mawr gawson ni. Roedd eira ym mhobman, a daeth Eira i'r cylch.", ["Eira"]),
        ("en", "Rose bushes grow there. She cut a rose for Rose.", ["Rose"]),
        ("en", "Grace came in. Later Grace sang.", ["Grace", "Grace"]),
    ],
)
def test_tracked_everyday_word_names_at_a_sentence_start(lang: str, text: str, flagged: list[str]) -> None:
    # A story that writes the word in lower case too uses it as a word: at a sentence's start it is left.
    tracker = _tracker(frozenset({flagged[0]}), (), ())
    assert [text[d.start : d.end] for d in tracker.find(text, lang, [])] == flagged
