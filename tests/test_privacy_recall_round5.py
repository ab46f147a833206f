"""Identifying details, round five (issue 15): nicknames from a trade or a place word, tracked names
that are English words or places, dates of birth written loosely in Welsh and English, rooms and
cubicles, logins, a pet's microchip, Welsh word-order references, learning centres and sixth forms,
and a school's own name when it comes back bare; with the look-alikes that must stay unflagged.
Every sentence here is new and fictional."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TODAY, story_text
from privacy_cases import assert_flagged

from storysite.check.library import check_library
from storysite.privacy import scan_text

FINDS = [
    # names: a nickname from a trade, a place word before a surname, a first name kept for a local form
    ("cy", "Daeth hen ffrind o'r côr, Glyn Bas, draw i'r caffi ddoe.", "person-name", "Glyn Bas"),
    ("en", "On market day he still sees Bob Ocsiwnïar by the pens.", "person-name", "Bob Ocsiwnïar"),
    ("en", "Fridays were for dominoes with Pete, Colin, Taff Morgan and the rest.", "person-name", "Taff Morgan"),
    ("cy", "Bob nos Wener roedd Taff Morgan yn galw heibio am sgwrs.", "person-name", "Taff Morgan"),
    ("en", "Meic y Fan brings the bread up the valley twice a week.", "person-name", "Meic y Fan"),
    ("cy", "Mae Meic y Fan yn gadael y papur ar stepen y drws.", "person-name", "Meic y Fan"),
    # dates of birth
    ("cy", "Cofnod: Idwal Pugh, g 7/8/39, yn byw ar ei ben ei hun.", "date-of-birth", "7/8/39"),
    ("en", "Referral for Enid Howells (b 22/1/44) from the district nurse.", "date-of-birth", "22/1/44"),
    ("cy", "Ei dyddiad geni? 4 Tachwedd 1952, yn ôl y llythyr.", "date-of-birth", "4 Tachwedd 1952"),
    ("en", "His date of birth? 19 August 1961, the GP said.", "date-of-birth", "19 August 1961"),
    ("cy", "Daeth Gwenno i'r byd ar 11 Ionawr 1947 mewn bwthyn ger yr afon.", "date-of-birth", "11 Ionawr 1947"),
    ("en", "She came into the world on 2 March 1940, in the farmhouse kitchen.", "date-of-birth", "2 March 1940"),
    ("en", "Alun Price, b.\n03.05.1950, lives with his brother.", "date-of-birth", "03.05.1950"),
    ("cy", "Ar yr ail o Orffennaf 1946 y ganwyd Tudur, yn y llofft fach.", "date-of-birth", "Orffennaf 1946"),
    ("cy", "Ar 9 Hydref 1951 y ganed hi, meddai ei chwaer.", "date-of-birth", "9 Hydref 1951"),
    ("cy", "14 Mawrth 1949 yw ei ddyddiad geni ar y ffurflen.", "date-of-birth", "14 Mawrth 1949"),
    ("en", "It was on 8 June 1943 that he was born, in the middle of a raid.", "date-of-birth", "8 June 1943"),
    ("en", "Entry: 21/09/1958 (date of birth) confirmed by his sister.", "date-of-birth", "21/09/1958"),
    ("cy", "Trodd Gwyneth yn 90 ar 3 Mawrth, a daeth y côr i ganu.", "date-of-birth", "3 Mawrth"),
    ("en", "Gwyneth turned 90 on 3 March and the choir came to sing.", "date-of-birth", "3 March"),
    # rooms, cubicles, logins, a pet's microchip, references in Welsh word order
    ("en", "Singing in room 14", "other-id", "room 14"),
    ("en", "Most evenings Mr Lusk from room 3 joins the quiz.", "other-id", "room 3"),
    ("cy", "Mae hi wedi setlo yn ystafell 11 ar y llawr cyntaf.", "other-id", "ystafell 11"),
    ("en", "Cubicle 6 in A&E had a curtain that would not close.", "other-id", "Cubicle 6"),
    ("cy", "Bu'n aros mewn ciwbicl 2 yn yr adran achosion brys am oriau.", "other-id", "ciwbicl 2"),
    ("en", "Her login for the library computer is nerys.bowen1951.", "other-id", "nerys.bowen1951"),
    ("en", "His username on the tablet is tomos_evans88 now.", "other-id", "tomos_evans88"),
    ("cy", "Ei enw defnyddiwr ar y dabled yw gwenda.rees47, meddai hi.", "other-id", "gwenda.rees47"),
    ("en", "Her login is ceinwen61, written on the fridge.", "other-id", "ceinwen61"),
    ("cy", "Roedd sglodyn y gath, 941000012345678, yn dal yn ei henw hi.", "other-id", "941000012345678"),
    ("en", "The dog's microchip, 941000012345678, was still in her name.", "other-id", "941000012345678"),
    ("cy", "Rhif ei hachos yw 31-7702 ar bob llythyr.", "other-id", "31-7702"),
    # a hyphenated house name as a home, the whole of it
    ("cy", "Gadawodd o gartre ei nain yn Nhan-y-Fedw pan oedd yn bymtheg.", "address", "Nhan-y-Fedw"),
    ("cy", "Symudodd Nel yn ôl adre i Ben-y-Waun at ei thad.", "address", "Ben-y-Waun"),
    ("en", "They visited her at Cae-yr-Onnen every Thursday.", "address", "Cae-yr-Onnen"),
    ("en", "After the stroke he went back to Glan-yr-Onnen to be near his sister.", "address", "Glan-yr-Onnen"),
    ("en", "They rented a cottage called Hafod Wen for forty years.", "address", "Hafod Wen"),
    ("cy", "Roedd hi'n byw mewn bwthyn o'r enw Tŷ'n Llwyn tan y llifogydd.", "address", "Tŷ'n Llwyn"),
    ("cy", "Mae ganddo fferm o’r enw Gelli Deg uwchben y pentref.", "address", "Gelli Deg"),
    # learning centres, sixth forms and units named in Welsh
    ("cy", "Mae Osian yn mynd i Ganolfan Ddysgu Cwm Rhos bob bore.", "school", "Ganolfan Ddysgu Cwm Rhos"),
    ("en", "Kai now goes to Canolfan Addysg Tal-y-bont most days.", "school", "Canolfan Addysg Tal-y-bont"),
    ("cy", "Ar ôl TGAU aeth hi i Chweched Dosbarth Tregwyn.", "school", "Chweched Dosbarth Tregwyn"),
    ("en", "She is doing A levels at Chweched Cwm Tawe.", "school", "Chweched Cwm Tawe"),
    ("cy", "Roedd yr uned gyfeirio disgyblion, Uned Bryn Teg, yn ffonio bob wythnos.", "school", "Uned Bryn Teg"),
    ("en", "He moved to Canolfan Dysgu Glanrafon, the PRU behind the leisure centre.", "school", "Glanrafon"),
    ("en", "He now attends Cwmbach Learning Centre three mornings a week.", "school", "Cwmbach Learning Centre"),
    ("en", "She is on a part-time timetable at Glan Rhyd Education Centre.", "school", "Glan Rhyd Education Centre"),
    ("cy", "Mae o'n mynd i Uned Addysg Heol Las dair gwaith yr wythnos.", "school", "Uned Addysg Heol Las"),
]


@pytest.mark.parametrize(("lang", "text", "category", "words"), FINDS, ids=[f"{f[0]}:{f[3]}" for f in FINDS])
def test_flags(lang: str, text: str, category: str, words: str) -> None:
    assert_flagged(lang, text, category, words)


PASSES = [
    # everyday words that look like the patterns above
    ("cy", "Bob dydd Llun mae hi'n mynd i'r mart gyda'i brawd."),
    ("en", "They moved to Rhondda Cynon Taff when the mine closed."),
    ("en", "We drove through Port Talbot on the way home."),
    ("cy", "Y chweched tro iddo ffonio, atebodd hi."),
    ("cy", "Aeth y criw i Ganolfan Hamdden Llanfair i nofio."),
    ("cy", "Mae'r gân orau yn y byd ar 3 Mai yn y neuadd."),
    ("en", "The scores were 3, b 4/9 and c 5/6 on the sheet."),
    ("en", "The panel met in room 3 at the council offices."),
    ("cy", "Cyfarfu'r grŵp yn ystafell 4 yn y llyfrgell."),
    ("en", "There were four rooms, and room 2 was full of boxes."),
    ("en", "We updated the tablets to version v2.10 last week."),
    ("cy", "Roedd y ci yn 12 oed ac yn dal i redeg."),
    ("en", "There was little hope of a bed that week."),
    ("en", "Joy spread across his face when the band started."),
    ("en", "Saying grace before tea mattered to her."),
    ("cy", "Mae ei brawd yn byw ym Mhen-y-bont ar Ogwr ers blynyddoedd."),
    ("cy", "Yn 1968 y ganwyd y syniad o gael côr i'r pentref."),
    ("en", "She went back to Llan-y-Bri for the summer show."),
    ("en", "The Learning Centre at the library runs computer classes on Mondays."),
    ("en", "She signed up at the Lifelong Learning Centre for a computing course."),
    ("cy", "Mae'r Uned Addysg yn y cyngor wedi cysylltu â'r teulu."),
    ("cy", "Trodd y capel yn 150 ar 3 Mehefin, ac roedd te yn y festri."),
    ("en", "The chapel turned 150 on 3 June, with tea in the vestry."),
    ("en", "They grew up in a place called Aberystwyth, by the sea."),
    ("cy", "Ar 3 Mai 2019 y dechreuodd y grŵp, ac fe anwyd ei hŵyr yr un wythnos."),
    ("en", "On 3 May 2019, born of frustration, the residents' group met for the first time."),
    ("cy", "Aethon ni i Dal-y-bont am dro ddydd Sul."),
]


@pytest.mark.parametrize(("lang", "text"), PASSES, ids=[p[1][:40] for p in PASSES])
def test_passes(lang: str, text: str) -> None:
    found = [(d.category, d.text) for d in scan_text(text, lang)]
    assert found == [], found


def test_an_email_is_one_email_not_a_login() -> None:
    text = "Email her at nerys.bowen1951@example.org if the form is late."
    assert [(d.category, d.text) for d in scan_text(text, "en")] == [("email", "nerys.bowen1951@example.org")]


def test_a_record_field_in_capitals_after_pru_is_not_a_school() -> None:
    text = "EDUCATION: THE BRIDGE CENTRE PRU, PART-TIME TIMETABLE. REVIEW IN MAY."
    assert all("TIMETABLE" not in d.text for d in scan_text(text, "en"))


def test_a_school_named_again_bare_is_the_school() -> None:
    text = "Iestyn goes to Ysgol Arbennig Bryn Celyn. His aunt was a cook at Bryn Celyn for years."
    found = [(d.category, d.text) for d in scan_text(text, "en")]
    assert ("school", "Bryn Celyn") in found and ("address", "Bryn Celyn") not in found, found
    cy = "Mae Deio yn Ysgol Gynradd Pant Glas. Roedd ei fam yn gweithio ym Mhant Glas hefyd."
    assert ("school", "Mhant Glas") in [(d.category, d.text) for d in scan_text(cy, "cy")]


def test_a_school_named_after_a_place_does_not_make_the_place_a_school() -> None:
    text = "She went to Ysgol Bro Morgannwg. Her gran still lives in Bro Morgannwg."
    assert [(d.category, d.text) for d in scan_text(text, "en")] == [("school", "Ysgol Bro Morgannwg")]


# Story level: names tracked through a story.


def _words(content: Path) -> list[str]:
    report = check_library(content, "content", today=TODAY)
    out = []
    for f in report.findings:
        if f.category != "person-name":
            continue
        line = (content / "stories" / Path(f.path).name).read_text(encoding="utf-8").split("\n")[f.line - 1]
        out.append(line[f.column - 1 : f.column - 1 + f.length])
    return out


def test_a_tracked_name_that_is_an_english_word_is_tracked_in_welsh(make_library) -> None:
    body = (
        "Daeth Hope Llywelyn i'r cyfarfod cyntaf gyda'i mam.\n\n"
        "Hope sy'n gwneud y siopa erbyn hyn.\n"
        "Roedd gobaith mawr gan bawb.\n"
    )
    content = make_library({"stories/a.cy.md": story_text(lang="cy", body=body)})
    words = _words(content)
    assert words.count("Hope") == 1 and "Hope Llywelyn" in words, words


def test_a_person_named_like_a_place_is_tracked_when_mutated_after_a_person_word(make_library) -> None:
    body = (
        "Cyfarfu Dyfed Rhydderch o'r prosiect â'r teulu yn yr ysgol.\n\n"
        "Mae'r teulu'n dal i gael galwad gan Ddyfed bob mis.\n"
        "Symudodd ei chwaer i Ddyfed y llynedd.\n"
    )
    content = make_library({"stories/a.cy.md": story_text(lang="cy", body=body)})
    words = _words(content)
    assert words.count("Ddyfed") == 1, words  # "gan Ddyfed" the man; "i Ddyfed" the county


def test_a_house_name_with_hyphens_is_found_whole() -> None:
    text = "After the fire she moved to Pen-y-Fron Cottages with her son."
    found = [(d.category, d.text) for d in scan_text(text, "en")]
    assert found == [("address", "Pen-y-Fron Cottages")], found


def test_a_person_named_like_a_county_is_tracked_after_an_opening_verb(make_library) -> None:
    body = (
        "Mae Dyfed Rhydderch yn gweithio gyda'r teulu ers y gwanwyn.\n\n"
        "Aeth Dyfed adre'n gynnar ddydd Gwener.\n"
        "Mae Cyngor Dyfed yn hen enw ar y sir.\n"
    )
    content = make_library({"stories/a.cy.md": story_text(lang="cy", body=body)})
    words = _words(content)
    assert words == ["Dyfed Rhydderch", "Dyfed"], words  # not the Dyfed of "Cyngor Dyfed"


def test_a_tracked_name_comes_back_soft_mutated(make_library) -> None:
    body = (
        "Daeth Gwen Parri i'r cyfarfod cyntaf gyda'i merch.\n\n"
        "Rhoddodd y nyrs y ffurflen i Wen wedyn.\n"
        "Roedd y gath wen yn cysgu ar y sil.\n"
    )
    content = make_library({"stories/a.cy.md": story_text(lang="cy", body=body)})
    words = _words(content)
    assert words == ["Gwen Parri", "Wen"], words
