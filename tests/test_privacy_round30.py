"""Identifying details, round thirty: tuned on the older dev files and dev batch 27 (cy/en-4201…4212).

Schools by their parts and their everyday names: a college's campus or site by its name ("ar gampws Ffordd yr
Efail", "the Duffryn Road site of Valleys Tertiary College"); a school's own base beside what it is ("yr Hafan,
uned les yr ysgol", "the Nyth, their nurture base", "the STF at Bryn Sidan"); a nickname quoted before the words
that say people call it so ('"y Maes" fel mae pawb yn ei galw hi', '"the Tŷ C", he still calls it') or named
before the word for it in brackets ("o'r Cabin (dyna be' ma'r plant yn galw'r ganolfan)"). A school found by its
one-word name comes back on its own later in the story. Identifiers: handles in brackets after their platform, a
profile's quoted name, words joined by "_", a quoted password, and the number of a fob, a lanyard, a certificate
or a contract (a leisure centre's locker is still no one's: rounds six and seventeen). Each with the
look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest
from privacy_cases import categories_in, words_of


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mi es i efo hi i noson agored ar gampws Ffordd yr Efail yn Llangefni.", "cy", "gampws Ffordd yr Efail"),
        ("Roedd o'n cael blas ar amaeth ar gampws Plas Rhuddallt dros yr haf.", "cy", "gampws Plas Rhuddallt"),
        ("Mae hi ar gwrs celf yng Ngholeg Eryri, campws Ffordd Las, bob dydd Gwener.", "cy", "campws Ffordd Las"),
        ("He went to an open evening at the Maes-y-Crychydd campus last week.", "en", "Maes-y-Crychydd"),
        ("She did the Skills course at the Duffryn Road site of Valleys Tertiary College.", "en", "Duffryn Road"),
    ],
)
def test_a_college_campus_or_site_by_its_name_is_a_school(text: str, lang: str, words: str) -> None:
    assert words in words_of("school", text, lang)
    assert "address" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Roedd hi'n cysgu ar y soffa yn yr Hafan, uned les yr ysgol, amser cinio.", "cy", "Hafan"),
        ("Roedd lle iddo fo'n barod yn y Nyth, y ganolfan ADY yn yr ysgol leol.", "cy", "Nyth"),
        ("Gyda chymorth y Gorlan, canolfan les fach yr ysgol, mae hi'n dod i ben.", "cy", "Gorlan"),
        ("He starts and ends each day in the Nyth, their nurture base.", "en", "Nyth"),
        ("She uses the Hwb, the school's wellbeing base, at lunchtimes.", "en", "Hwb"),
        ("He went to the STF at Bryn Sidan until he was fourteen.", "en", "STF at Bryn Sidan"),
        ("Two years of Skills for Life in the Pathways base at Maelor Vale College.", "en", "the Pathways base"),
        ("She went to the Tegfan Unit at Ysgol Uwchradd y Borth Wen after the respite stay.", "en", "the Tegfan Unit"),
    ],
)
def test_a_school_base_or_unit_by_its_name(text: str, lang: str, words: str) -> None:
    assert words in words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mae'r uned les yn yr ysgol yn cau am dri.", "cy"),
        ("The nurture base was closed for the holidays.", "en"),
        ("She was on the stroke unit at the hospital for a week.", "en"),
        ("The Tenovus base at the hospital gave him a lift.", "en"),
    ],
)
def test_a_base_or_unit_with_no_name_or_a_hospital_s_is_left(text: str, lang: str) -> None:
    assert "school" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ('Mae hi\'n dal y bws i Ysgol Uwchradd Maes Glowyr, neu "y Maes" fel mae pawb yn ei galw hi.', "cy", "y Maes"),
        ('Uned Cefn Rhos, yr uned cyfeirio disgyblion. "Y Cwt" mae\'r plant yn ei galw hi.', "cy", "Y Cwt"),
        ("Roedd Mr Gwatkin o'r Cabin (dyna be' ma'r plant yn galw'r ganolfan) yn wych.", "cy", "Cabin"),
        ('He went to Ysgol Tŷ Cerrig ("the Tŷ C", he still calls it) from the age of five.', "en", "the Tŷ C"),
        ("He spent a year at the Hut (that's what the kids call the unit) in Year 9.", "en", "the Hut"),
    ],
)
def test_a_school_s_nickname_before_the_words_that_say_it_is_called_so(text: str, lang: str, words: str) -> None:
    assert words in words_of("school", text, lang)
    assert "address" not in categories_in(text, lang)


def test_a_home_s_nickname_named_before_the_word_for_it_is_an_address() -> None:
    text = "Mae hi'n byw yn y Nyth Bach (dyna be' ma pawb yn galw'r tŷ) ers deg mlynedd."
    assert any("Nyth Bach" in each for each in words_of("address", text, "cy"))


@pytest.mark.parametrize(
    ("body", "lang", "words"),
    [
        (
            "Cafodd Cadi le tawel yn yr Hafan, uned les yr ysgol. Rŵan mae hi'n bwyta'i chinio yn Hafan bob dydd.",
            "cy",
            "Hafan",
        ),
        (
            'Uned Cefn Rhos, yr uned cyfeirio disgyblion. "Y Cwt" mae\'r plant yn ei galw hi. Mi fuodd o yn y Cwt '
            "am dymor.",
            "cy",
            "Cwt",
        ),
    ],
)
def test_a_school_found_by_its_one_word_name_is_found_again_on_its_own(make_library, body, lang, words) -> None:
    from conftest import TODAY, story_text

    from storysite.build import build_site

    content = make_library({f"stories/a.{lang}.md": story_text("mm-2026-001", body=body, lang=lang)})
    result = build_site(content, "content", content.parent / "site", today=TODAY)
    schools = [f.text for f in result.library.findings if f.is_error and f.category == "school"]
    assert sum(words in each for each in schools) == 2, schools  # the name found first, then the name alone


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Roedd hi isio i mi ei dilyn hi ar Snapchat (cadi.crwydro) er mwyn gyrru negeseuon.", "cy", "cadi.crwydro"),
        ("Mae o ar yr Xbox tan hanner nos dan yr enw SlashMôn_09, bob nos.", "cy", "SlashMôn_09"),
        ("He posted a photo of the register on tractorboi_amlwch with eleven hearts.", "en", "tractorboi_amlwch"),
        ('His mother has been posting on Facebook under "Shaz Rwst Mum2Three" again.', "en", "Shaz Rwst Mum2Three"),
    ],
)
def test_a_handle_in_brackets_quoted_or_joined_by_an_underscore(text: str, lang: str, words: str) -> None:
    assert words in words_of("other-id", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She likes Snapchat (mostly the filters) and TikTok.", "en"),
        ('He watched a film on Facebook called "Calon Lân" about the choir.', "en"),
        ("Sut mae.Dwi'n iawn.", "cy"),
    ],
)
def test_a_platform_with_no_handle_is_left(text: str, lang: str) -> None:
    assert "other-id" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ('We put the list with the family\'s collection password, "barcud coch", on the fridge.', "en", "barcud coch"),
        ("Y cyfrinair ydi “Mot y ci”, medda hi.", "cy", "Mot y ci"),
    ],
)
def test_a_quoted_password(text: str, lang: str, words: str) -> None:
    assert words in words_of("other-id", text, lang)


def test_a_plain_apostrophe_after_the_word_for_wifi_is_no_password() -> None:
    assert "other-id" not in categories_in("\"Dwi ddim yn gwybod be ydi'r Wi-Fi 'ma.\" Mi ffoniais i ei mab.", "cy")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("The tenancy starts Monday, door fob 17. Staff office is downstairs.", "en", "17"),
        ("He got a green lanyard, V-22, which he wears on the bus.", "en", "V-22"),
        ("DBS back in March (cert 0017 8451 9360), so he can start.", "en", "0017 8451 9360"),
        ("Taxi (contract TX-PRU/118) reports no incidents.", "en", "TX-PRU/118"),
        ("Cafodd o ffob rhif 17 i'r drws cefn.", "cy", "17"),
    ],
)
def test_the_number_of_a_fob_a_lanyard_a_certificate_or_a_contract(text: str, lang: str, words: str) -> None:
    assert words in words_of("other-id", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He had the door fob for 3 weeks before it broke.", "en"),
        ("The contract ended in 2019 and was not renewed.", "en"),
        ("Roedd y locer yn llawn o hen sgidiau.", "cy"),
        ("She got her DBS certificate in the post.", "en"),
    ],
)
def test_a_count_a_year_or_no_number_after_those_words_is_left(text: str, lang: str) -> None:
    assert "other-id" not in categories_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Mae hi rŵan ym Mlwyddyn 10 yn y Graig Wen, ac yn casáu mathemateg.", "cy", "Graig Wen"),
        ("She is now in Year 10 at the Graig Wen and hates maths.", "en", "Graig Wen"),
    ],
)
def test_a_school_after_a_year_group_and_its_article(text: str, lang: str, words: str) -> None:
    assert words in words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Roedd hi ym Mlwyddyn 6 yn y Felinheli.", "cy"), ("He was in Year 9 at the time.", "en")],
)
def test_a_year_group_in_a_village_or_at_a_time_is_no_school(text: str, lang: str) -> None:
    assert "school" not in categories_in(text, lang)


def test_a_home_s_two_word_name_before_its_postcode_in_brackets() -> None:
    text = "Mae Pentre Isaf (LL14 5HN) ar ben lôn gul, dwy filltir o'r pentre."
    assert words_of("address", text, "cy") == ["Pentre Isaf"]


@pytest.mark.parametrize(
    "text",
    ["Mae'r stad uwchben Merthyr (CF47 9QT) yn newydd.", "Mae hi'n byw yn Llangefni (LL77 7RW) efo'i mam."],
)
def test_a_town_before_a_postcode_in_brackets_is_left(text: str) -> None:
    assert "address" not in categories_in(text, "cy")


@pytest.mark.parametrize(
    ("text", "words"),
    [("It is the house she and Emlyn bought when they married.", "Emlyn"), ("Me and Dewi went to the match.", "Dewi")],
)
def test_a_name_after_a_person_s_pronoun_and_and(text: str, words: str) -> None:
    assert words in words_of("person-name", text, "en")


@pytest.mark.parametrize("text", ["She and Aberaeron have a long history.", "He went to Cardiff and Swansea."])
def test_a_place_after_a_pronoun_and_and_is_left(text: str) -> None:
    assert "person-name" not in categories_in(text, "en")
