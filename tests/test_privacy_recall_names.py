"""People's names as practitioners write them (issue 15): tracked through a story, beside a
pseudonym, in capitals or lower case, hyphenated, nicknames; and the public names, titles,
brands and schemes that are not people."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TODAY, story_text

from storysite.check.library import check_library
from storysite.privacy import scan_text


def names(text: str, lang: str, pseudonyms: tuple[str, ...] = ()) -> list[str]:
    return [text[d.start : d.end] for d in scan_text(text, lang, pseudonyms=pseudonyms) if d.category == "person-name"]


FOUND = [
    # (text, lang, pseudonyms, words that must be flagged)
    ("Aeth Mair Protheroe i'r siop ddoe.", "cy", ("Mair",), "Protheroe"),
    ("Then Mair Protheroe came in with the forms.", "en", ("Mair",), "Protheroe"),
    ("Mae Cai Meredydd wedi bod mewn gofal ers blynyddoedd.", "cy", ("Cai",), "Meredydd"),
    ("We met GARETH PRITCHARD at the day centre.", "en", (), "GARETH PRITCHARD"),
    ("We met Gareth PRITCHARD at the day centre.", "en", (), "Gareth PRITCHARD"),
    ("Roedd y ffurflen yn dweud 'GWION HUGHES, ANGEN CLUDIANT'.", "cy", (), "GWION HUGHES"),
    ("Mari-Wyn came to every session.", "en", (), "Mari-Wyn"),
    ("Daeth Mari-Wyn i bob sesiwn.", "cy", (), "Mari-Wyn"),
    ("Anne-Marie brought the photographs.", "en", (), "Anne-Marie"),
    ("who could do the school run for Tyler-James after that.", "en", (), "Tyler-James"),
    ("Ask Wil the Post, he knows everyone.", "en", (), "Wil the Post"),
    ("Everyone on the estate knew Dai the Milk.", "en", (), "Dai the Milk"),
    ("Gofynnwch i Dai Siop am y peth.", "cy", (), "Dai Siop"),
    ("Mae'r gyrrwr, Dai Bysus, yn dweud bore da.", "cy", (), "Dai Bysus"),
    ("Roedd pawb yn nabod Wil y Post.", "cy", (), "Wil y Post"),
    ("Aeth hi draw at Nain Tŷ Cornel bob bore.", "cy", (), "Nain Tŷ Cornel"),
    ("For forty years he was Dai Siop, behind the counter.", "en", (), "Dai Siop"),
    ("Gwelodd Gethin y meddyg ddydd Llun.", "cy", (), "Gethin"),
    ("Ffoniais Eirlys Prosser neithiwr.", "cy", (), "Eirlys Prosser"),
    ("He loved Tom Jones from next door, who fixed his gate.", "en", (), "Tom Jones"),
    ("Gareth's daughter Myfanwy came every Sunday.", "en", (), "Myfanwy"),
]


@pytest.mark.parametrize(("text", "lang", "pseudonyms", "words"), FOUND, ids=[f[3] + "-" + f[1] for f in FOUND])
def test_name_is_found(text: str, lang: str, pseudonyms: tuple[str, ...], words: str) -> None:
    found = names(text, lang, pseudonyms)
    assert any(words in f or f in words for f in found), f"{words!r} not flagged in {text!r}: {found}"


def test_verb_is_not_swallowed_into_the_name() -> None:
    for text in ("Gwelodd Gethin y meddyg.", "Ffoniais Gethin neithiwr.", "Cwrddais â Gethin.", "Clywodd Gethin"):
        assert names(text, "cy") == ["Gethin"], text


LEFT_ALONE = [
    # public figures
    ("He sang Max Boyce songs all the way to the coast.", "en", ()),
    ("Roedd hi'n canu caneuon Max Boyce.", "cy", ()),
    ("She had read Caradog Prichard twice.", "en", ()),
    ("Darllenodd hi Caradog Prichard yn yr ysbyty.", "cy", ()),
    ("He wanted to bake like Paul Hollywood but kind.", "en", ()),
    ("Ask him about Karl Jenkins.", "en", ()),
    ("He loved Tom Jones songs.", "en", ()),
    ("Roedd o'n gwrando ar Dafydd Iwan bob nos.", "cy", ()),
    # fictional characters
    ("Roedd e'n gwylio Sam Tân bob bore.", "cy", ()),
    ("He watched Fireman Sam with his grandson.", "en", ()),
    ('"Mae Superted angen ffrind," meddai.', "cy", ()),
    ("We read Winnie the Pooh together.", "en", ()),
    # songs and books
    ("Canodd Calon Lân yn y gwasanaeth.", "cy", ()),
    ("They all sang Calon Lân at the end.", "en", ()),
    ('Four of the men sang "Myfanwy" and a nurse joined in.', "en", ()),
    ("Roedd hi'n darllen Un Nos Ola Leuad eto.", "cy", ()),
    # brands and named foods
    ("We had a slice of Victoria sponge.", "en", ()),
    ("Roedd cacen Victoria sponge ar y bwrdd.", "cy", ()),
    ("a carrier bag of Werther's Originals", "en", ()),
    ("addurnodd y staff y lolfa â chennin Pedr", "cy", ()),
    ("She met her friend in Greggs.", "en", ()),
    # schemes and benefits
    ("She gets Attendance Allowance now.", "en", ()),
    ("the form for Carer's Allowance, which was late", "en", ()),
    ("Mae hi'n cael Lwfans Byw i'r Anabl.", "cy", ()),
    ("Mae hi'n cael Credyd Cynhwysol bellach.", "cy", ()),
    ("Roedd angen help gyda'r cais am Gredyd Cynhwysol.", "cy", ()),
    ("He applied for Personal Independence Payment.", "en", ()),
    # a pseudonym with a Welsh clitic
    ("Mae Mair'n hoffi canu yn y côr.", "cy", ("Mair",)),
    ("Roedd Mair'r un mor hapus.", "cy", ("Mair",)),
    ("Dywedodd Mair'i bod hi'n barod.", "cy", ("Mair",)),
    # ordinary words opening a Welsh sentence or a table cell, and a verb opening a list item
    ("Eleni, roedd y ffair yn fwy nag erioed.", "cy", ()),
    ("Presenoldeb dros 92% erbyn diwedd y tymor.", "cy", ()),
    ("Mae Cadw ar y llaw arall yn dweud na.", "cy", ()),
    ("Barn Modlen mewn adolygiad.", "cy", ("Modlen",)),
    ("Tad Eleri yn ddiogel yn y nos.", "cy", ("Eleri",)),
    ("- Understands who you are and why you are there.", "en", ()),
    ("yn enwedig mor fuan wedi Storm Dennis.", "cy", ()),
    # acronyms in capitals
    ("We spoke to NHS, CAMHS and MIND about it.", "en", ()),
    ("Cysylltwyd â CAMHS a'r GIG.", "cy", ()),
]


@pytest.mark.parametrize(("text", "lang", "pseudonyms"), LEFT_ALONE, ids=[t[0][:40] for t in LEFT_ALONE])
def test_not_a_person(text: str, lang: str, pseudonyms: tuple[str, ...]) -> None:
    assert names(text, lang, pseudonyms) == []


# Story level: a name found once is found again everywhere in the story.


def _story(lang: str, body: str, *, title: str | None = None, summary: str = "A short summary.") -> str:
    text = story_text(lang=lang, body=body, title=title)
    return text.replace("summary: A short summary.", f"summary: {summary}")


def person_findings(content: Path) -> list[tuple[str, int, int, int, str]]:
    report = check_library(content, "content", today=TODAY)
    return sorted(
        (Path(f.path).name, f.line, f.column, f.length, f.rule) for f in report.findings if f.category == "person-name"
    )


def _words_at(content: Path, found: list[tuple[str, int, int, int, str]]) -> list[str]:
    out = []
    for name, line, column, length, _ in found:
        text = (content / "stories" / name).read_text(encoding="utf-8").split("\n")[line - 1]
        out.append(text[column - 1 : column - 1 + length])
    return out


def test_bare_later_mentions_and_mutations_are_tracked_cy(make_library) -> None:
    body = (
        "Roedd Ceri Vaughan yn byw ar ei phen ei hun.\n\n"
        "Bob wythnos, aeth y gweithiwr i weld Ceri.\n"
        "Cafodd Ceri baned efo Huw, ac wedyn siaradodd â Pheredur.\n"
        "Rhoddodd y llyfr i Geri.\n"
    )
    content = make_library({"stories/a.cy.md": _story("cy", body)})
    found = person_findings(content)
    words = _words_at(content, found)
    assert words.count("Ceri") == 2 and "Geri" in words and "Ceri Vaughan" in words, words
    # positions are the words' own line and column in the file
    assert all(w in ("Ceri Vaughan", "Ceri", "Geri", "Huw", "Pheredur") for w in words), words


def test_tracked_in_title_summary_and_other_language(make_library) -> None:
    en = _story(
        "en",
        "Her son Tysilio Protheroe visits on Sundays.\n\nEvery week Tysilio brings cake.\n",
        title="Tea for Tysilio",
        summary="How Tysilio and his mother share a cake.",
    )
    # Nothing in the Welsh version names him as a person on its own: only the English version does.
    cy = _story("cy", "Roedd y te yn barod i Tysilio am dri, ac i Dysilio roedd y gacen.\n", title="Te i Tysilio")
    content = make_library({"stories/a.en.md": en, "stories/a.cy.md": cy})
    found = person_findings(content)
    by_file: dict[str, list[str]] = {}
    for f, w in zip(found, _words_at(content, found), strict=True):
        by_file.setdefault(f[0], []).append(w)
    assert sorted(by_file["a.en.md"]) == ["Tysilio", "Tysilio", "Tysilio", "Tysilio Protheroe"], by_file
    assert sorted(by_file["a.cy.md"]) == ["Dysilio", "Tysilio", "Tysilio"], by_file
    assert {f[4] for f in found if f[0] == "a.cy.md"} == {"privacy.person-name.tracked"}
    alone = make_library({"stories/a.cy.md": cy, "stories/a.en.md": story_text(lang="en")})
    assert [f for f in person_findings(alone) if f[0] == "a.cy.md"] == []


def test_tracked_name_respects_pseudonyms_and_allow(make_library) -> None:
    body = "Dai met Ceri Vaughan at the club.\n\nLater Dai and Ceri had tea.\n"
    allowed = story_text(lang="en", body=body, extra="allow: [Ceri]\n")
    content = make_library({"stories/a.en.md": allowed})
    # An allowed word cancels only itself (issue 22): the surname stays flagged, the bare "Ceri" later does not.
    assert _words_at(content, person_findings(content)) == ["Vaughan"]


def test_tracking_leaves_a_place_named_like_the_person(make_library) -> None:
    body = "Gethin Pryce lives alone.\n\nGethin goes to Ysgol Gethin Hall twice a week... and Gethin smiles.\n"
    content = make_library({"stories/a.en.md": story_text(lang="en", body=body)})
    words = _words_at(content, person_findings(content))
    assert words.count("Gethin") == 2 and "Gethin Pryce" in words, words


def test_lower_case_full_name_is_found(make_library) -> None:
    body = "On Tuesday we met bethan jones at the centre.\n"
    content = make_library({"stories/a.en.md": story_text(lang="en", body=body)})
    assert _words_at(content, person_findings(content)) == ["bethan jones"]
    cy = "Roedd hi wedi cwrdd â bethan jones ddoe.\n"
    content = make_library({"stories/b.cy.md": story_text("mm-2026-002", lang="cy", body=cy)})
    assert "bethan jones" in _words_at(content, person_findings(content))


def test_lower_case_ordinary_words_are_not_names(make_library) -> None:
    body = "We walked down the green lane and had a price for the new hall.\n"
    content = make_library({"stories/a.en.md": story_text(lang="en", body=body)})
    assert person_findings(content) == []
