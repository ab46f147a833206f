"""People's names, round two (issue 15): the structure around a name that no list knows, in
English written by Welsh council staff and in Welsh; nicknames; pets; and the decoys of every
kind that must stay unflagged. Every example is invented for this file."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TODAY, story_text

from storysite.check.library import check_library
from storysite.privacy import scan_text


def names(text: str, lang: str, pseudonyms: tuple[str, ...] = ()) -> list[str]:
    return [text[d.start : d.end] for d in scan_text(text, lang, pseudonyms=pseudonyms) if d.category == "person-name"]


FOUND = [
    # (text, lang, words that must be flagged), one or more per rule
    # Welsh-only everyday-word names are names in English text, with no cue
    ("After lunch Haf took the residents out to the garden.", "en", "Haf"),
    ("We rang the farm, but Llwyd was already out with the ewes.", "en", "Llwyd"),
    # nicknames: by size or age, by farm, in quotation marks
    ("Everybody in the band waited for Little Dai to count them in.", "en", "Little Dai"),
    ("He still buys his tobacco the way Young Gwyn does.", "en", "Young Gwyn"),
    ("On Thursdays Elwyn Cae Uchaf brings the eggs down.", "en", "Elwyn Cae Uchaf"),
    ("Mae Elwyn Cae Uchaf yn dod â'r wyau bob dydd Iau.", "cy", "Elwyn Cae Uchaf"),
    ('The club secretary, Gwyn "Tarw" Hopcyn, ran the raffle.', "en", 'Gwyn "Tarw" Hopcyn'),
    ("Mae pawb yn nabod Meirion 'Bwtch' Harries yn y pentre.", "cy", "Meirion 'Bwtch' Harries"),
    # police titles
    ("PC Vaughan-Rees drove her home after the fall.", "en", "Vaughan-Rees"),
    ("A PCSO, PCSO Mathias, called round on the Friday.", "en", "Mathias"),
    # Irish and Scottish particles inside a full name
    ("Her friend Orla Ní Dhomhnaill came over from Wexford.", "en", "Orla Ní Dhomhnaill"),
    # cues before: pal, interpreter, group words with a comma, "knows X as", "said to X"
    ("He plays darts on Fridays with his pal Tadek Wrona.", "en", "Tadek Wrona"),
    ("The assessment was done with an interpreter, Ngozi Eze.", "en", "Ngozi Eze"),
    ("Roedd y cyfieithydd, Farida Noori, yno drwy'r bore.", "cy", "Farida Noori"),
    ("Two of her grandchildren, Kwabena and Esi, stayed for tea.", "en", "Kwabena"),
    ("Roedd ei chwiorydd, Nasrin a Shirin, wedi dod hefyd.", "cy", "Nasrin"),
    ("At the hostel they all know Ruth as Birdie.", "en", "Birdie"),
    ("Then he said to Teodor that he wanted to go home.", "en", "Teodor"),
    ("Mi ddywedodd hi wrth Zuzana am aros.", "cy", "Zuzana"),
    # cues after: "and her husband", "is the mother of", "from the group", a list going on
    ("At the back of the hall Ffion and her husband were already dancing.", "en", "Ffion"),
    ("Roedd Bethany a'i gŵr wedi trefnu'r bws.", "cy", "Bethany"),
    ("Kehinde is the grandmother of two of the children in the class.", "en", "Kehinde"),
    ("In the end Moira from the lunch club drove him there.", "en", "Moira"),
    ("In the kitchen Tegan, Rhodri and Sioned washed up.", "en", "Tegan"),
    # verbs of coming and going, but not where the word opens a sentence
    ("By six o'clock Oksana came back with the keys.", "en", "Oksana"),
    # a tracked name in lower case in a text message, after "tell" or "diolch"
    # (story level below); Polish and Romanian short forms from the name lists
    ("Gosia helps with the breakfasts on Mondays.", "en", "Gosia"),
    ("Mae cefnder Andrei, Ionuț Dumitru, yn gweithio yn y ffatri.", "cy", "Ionuț Dumitru"),
    # a surname that also ends a ward's name, after a known first name
    ("His sister, Maureen Ward, signed the form.", "en", "Maureen Ward"),
    # a county that is also a name, with a strong cue only
    ("Gwynedd, her eldest son, drove down from Bangor.", "en", "Gwynedd"),
    ("Roedd gweld Gwynedd yn chwerthin eto yn werth y byd.", "cy", "Gwynedd"),
    # an everyday-word name doing something in Welsh
    ("Hope sy'n coginio i'r criw bob nos Wener.", "cy", "Hope"),
]


@pytest.mark.parametrize(("text", "lang", "words"), FOUND, ids=[f[2] + "-" + f[1] for f in FOUND])
def test_name_is_found(text: str, lang: str, words: str) -> None:
    found = names(text, lang)
    assert any(words in f or f in words for f in found), f"{words!r} not flagged in {text!r}: {found}"


def test_nickname_in_quotes_covers_the_whole_name() -> None:
    assert names('The club secretary, Gwyn "Tarw" Hopcyn, ran the raffle.', "en") == ['Gwyn "Tarw" Hopcyn']


def test_a_title_before_a_name_is_not_a_list() -> None:
    # "the Archdruid, Myrddin ap Dafydd": the title word is not listed with the name after it.
    found = names("Cafodd y llyfr ei roi i'r Archdderwydd, Myrddin ap Dafydd, yn y seremoni.", "cy")
    assert not any("Archdderwydd" in f for f in found), found


def test_cell_word_is_cut_from_the_name() -> None:
    # A word opening a table cell or a line before a known first name is not part of the name.
    assert names("| Cofnod Gethin | wedi'i lenwi |", "cy") == ["Gethin"]
    assert names("Llyfr Lowri oedd yr un gorau.", "cy") == ["Lowri"]


LEFT_ALONE = [
    # (text, lang): decoys of every kind
    # public figures, with and without a cue word
    ("He wants to be Lionel Messi when he grows up.", "en"),
    ("Mae hi'n meddwl ei bod hi'n bowlio fel Virat Kohli.", "cy"),
    ("Every Saturday he loves Tom Jones and then he sings along to the whole album.", "en"),
    # fictional characters
    ("The grandchildren brought him an Ivor the Engine mug.", "en"),
    # songs and books: a title that is also a name, quoted on its own
    ('The choir sang "Calon Lân" and then "Myfanwy".', "en"),
    ('Canodd y côr "Myfanwy" ar y diwedd.', "cy"),
    ("Roedd hi'n gallu adrodd Pan Tadeusz ar ei chof.", "cy"),
    # brands
    ("The chef loaded the Hobart before the lunch rush.", "en"),
    # schemes
    ("The police filled in the Herbert Protocol form with his daughter.", "en"),
    # organisations
    ("Helpodd Contact gyda'r ffurflen.", "cy"),
    # towns and places after a relative: "o" is "from", not "he"
    ("Roedd ei nain o Funchal wedi marw cyn iddo gael ei eni.", "cy"),
    ("Roedd hi'n byw ym Mloc B, Tŵr Glyndŵr, ar y stad.", "cy"),
    # sentence-initial words and everyday-word names opening a sentence
    ("Hope came from the parents' group, and with it the offer of a lift.", "en"),
    ("Sandy paths run all along the front.", "en"),
    # a word listed in a table after a group word
    ("Looked after children\tLikely to be low", "en"),
    # everyday words that are also surnames, after "said"
    ("Her nan always said Welsh cakes taste better cold.", "en"),
    ("He calls them his Welsh family now.", "en"),
    # counties and towns that are also names, without a strong cue
    ("He moved to Gwynedd in 1990, her brother said.", "en"),
    ("She lives in Chester, her son told us.", "en"),
    ("Mae swyddfa'r cyngor yng Ngwynedd yn cau.", "cy"),
    # a ward named after a saint
    ("She was on Dewi Ward for a fortnight.", "en"),
    # a Welsh sentence opening with a verb before "yn"
    ("Byddaf yn gofyn am yr atebion wedyn.", "cy"),
    # a role opening a form field
    ("Carer's assessment booked for May.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), LEFT_ALONE, ids=[t[0][:40] for t in LEFT_ALONE])
def test_not_a_person(text: str, lang: str) -> None:
    assert names(text, lang) == []


# Story level: pets, lower-case names in messages, everyday-word names opening a sentence.


def person_words(content: Path) -> list[str]:
    report = check_library(content, "content", today=TODAY)
    out = []
    for f in report.findings:
        if f.category != "person-name":
            continue
        line = (content / "stories" / Path(f.path).name).read_text(encoding="utf-8").split("\n")[f.line - 1]
        out.append(line[f.column - 1 : f.column - 1 + f.length])
    return out


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Her lurcher, Betsan, sleeps on the bed.\n\nThe vet said Betsan's teeth were fine. Betsan came too.\n"),
        ("en", "He keeps two collies, Nel and Morgan, on the hill.\n\nNel goes everywhere with him.\n"),
        ("cy", "Daeth Taid â'r ceffyl, Seren, i'r iard.\n\nRoedd pawb eisiau mwytho Seren.\n"),
        ("en", "We talked about the pit pony called Major and the long strike.\n"),
    ],
    ids=["lurcher-en", "collies-en", "ceffyl-cy", "called-en"],
)
def test_pets_are_not_people_and_do_not_spread(make_library, lang: str, body: str) -> None:
    content = make_library({f"stories/a.{lang}.md": story_text(lang=lang, body=body)})
    assert person_words(content) == []


def test_a_person_beside_a_pet_is_still_found(make_library) -> None:
    body = "Her spaniel, Pip, goes to Gwenllian Prosser next door when she is in hospital.\n"
    content = make_library({"stories/a.en.md": story_text(lang="en", body=body)})
    assert person_words(content) == ["Gwenllian Prosser"]


def test_lower_case_tracked_name_after_a_cue(make_library) -> None:
    body = 'His aunt, Dilwen, drove him in.\n\nHis text said: "home now. tell dilwen thanks x".\n'
    content = make_library({"stories/a.en.md": story_text(lang="en", body=body)})
    assert sorted(person_words(content)) == ["Dilwen", "dilwen"]


def test_lower_case_word_is_not_tracked_without_a_cue(make_library) -> None:
    # Joy is found by its cue; "joy" as a word elsewhere is left alone.
    body = "His sister, Joy, came every week.\n\nIt was a joy to see them together.\n"
    content = make_library({"stories/a.en.md": story_text(lang="en", body=body)})
    assert person_words(content) == ["Joy"]


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("en", "Her daughter, Will, rang.\n\nWill we ever know? Will said no.\n", ["Will", "Will"]),
        ("en", "Her mother, May, lives with them.\n\nMay was when the garden came alive.\n", ["May"]),
        ("en", "Her cousin, Holly, visits.\n\nHolly bushes are what grows by the gate.\n", ["Holly"]),
        ("cy", "Mae ei chwaer, Gwawr, yn byw gerllaw.\n\nGwawr oer oedd hi pan adawon ni.\n", ["Gwawr"]),
        ("cy", "Mae ei chwaer, Gwawr, yn byw gerllaw.\n\nGwawr sylwodd gyntaf.\n", ["Gwawr", "Gwawr"]),
    ],
    ids=["will-we", "may-was-when", "holly-bushes", "gwawr-oer", "gwawr-sylwodd"],
)
def test_everyday_word_name_opening_a_sentence(make_library, lang: str, body: str, expected: list[str]) -> None:
    content = make_library({f"stories/a.{lang}.md": story_text(lang=lang, body=body)})
    assert person_words(content) == expected


def test_a_cell_word_does_not_spread(make_library) -> None:
    body = "| Cofnod | Manylion |\n| --- | --- |\n| Syniad Elin | plannu bylbiau |\n\nRoedd y syniad yn un da.\n"
    content = make_library({"stories/a.cy.md": story_text(lang="cy", body=body)})
    assert person_words(content) == ["Elin"]
