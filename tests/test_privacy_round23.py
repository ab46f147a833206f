"""Identifying details, round twenty-three: tuned on the older dev files and dev batch 17 (cy/en-2601…2612).

Names from the families care work in Wales meets from abroad, sourced from Faker's tables; one name or a person's
initials heading a note before a date of birth; a farm told apart by a word before it, and as notes shorten it;
plots on a park-home site; key-safe codes as notes write them; a house by the name on its gate; a college named
with everyday words. Each with the look-alikes that must stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from privacy_cases import found_in, words_of


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("By the second week he had written KUBA WRÓBEL on the rota in capitals.", "en", "KUBA WRÓBEL"),
        ("Mam married Nuno and they moved down to the coast.", "en", "Nuno"),
        ("Wedyn daeth Tiago i'r clwb ieuenctid efo'i frawd.", "cy", "Tiago"),
        ("Her friend Halima made the tea.", "en", "Halima"),
    ],
)
def test_a_name_from_the_families_met_from_abroad(text: str, lang: str, words: str) -> None:
    assert words in words_of("person-name", text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Nasra, dob 3.xi.21, who has started at school, came too.", "en", "Nasra"),
        ("*HW, Sudanese, DOB 01.01.88 (UNHCR est.)", "en", "HW"),
        ("*LJ, F, DOB:01 NOV 1991, CMHT ref CMHT/22/0918*", "en", "LJ"),
        ("Nodyn: Eirwen, g. 03/04/1939, yn byw ar ei phen ei hun.", "cy", "Eirwen"),
    ],
)
def test_one_name_or_initials_heading_a_record_before_its_date_of_birth(text: str, lang: str, words: str) -> None:
    assert ("person-name", words) in found_in(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese, DOB 3/4/55, arrived in March.",
        "Somali, F, DOB 3/4/55.",
        "Mam, DOB 3/4/55, lives alone.",
        "NHS, DOB 3/4/55.",
    ],
)
def test_what_a_person_is_before_a_date_of_birth_is_no_name(text: str) -> None:
    assert not words_of("person-name", text, "en")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Elwyn wanted to die in his own bed at East Wragston Farm, within sound of the yard.", "East Wragston Farm"),
        ("Address: East Wragston Fm, nr Thurstanton.", "East Wragston Fm"),
        ("Addr: Lower Hook, nr Thurstanton.", "Lower Hook"),
    ],
)
def test_a_farm_told_apart_by_a_word_before_it_or_as_notes_shorten_it(text: str, words: str) -> None:
    assert ("address", words) in found_in(text, "en")


def test_a_plot_on_a_park_home_site_is_an_address_anywhere_in_the_story() -> None:
    text = "Ivor lives in a park home at the top of the holiday park. " + "He bakes. " * 40
    text += "The widower in plot 26 smelt the cakes."
    assert ("address", "plot 26") in found_in(text, "en")


def test_a_plot_in_a_story_with_allotments_is_no_home() -> None:
    text = "Ivor has a caravan in Tenby for the summer. " + "He bakes. " * 40
    text += "He grows leeks at the allotments; the man in plot 26 waved."
    assert not words_of("address", text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Ivor - KS 1970 - pkg DC-SP/44817", "en", "KS 1970"),
        ("Cafodd bocs goriad ei osod wrth y drws (cod 7 3 8 1) a larwm.", "cy", "cod 7 3 8 1"),
        (
            "Rhoiodd e'r cod i glo cwtsh y cit iddo fe, 4-1-9-7, a gweud wrtho fe.",
            "cy",
            "cod i glo cwtsh y cit iddo fe, 4-1-9-7",
        ),
        (
            "The grandson moved the router and wrote the code, WRAGSTON-ewe-1947, on the fridge.",
            "en",
            "code, WRAGSTON-ewe-1947",
        ),
        ("He was on the hot strip mill, clock no. 4471, for thirty years.", "en", "clock no. 4471"),
        ("Moved from rm 11 at the hostel to a flat of her own.", "en", "rm 11"),
    ],
)
def test_codes_and_numbers_as_notes_write_them(text: str, lang: str, words: str) -> None:
    assert ("other-id", words) in found_in(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "She is in KS2 now and moves up to KS 3 next year.",
        "The code of conduct, 2019, says so.",
        "Referred to early help 20 February 2026. Given Meic card, 080880 23456.",
    ],
)
def test_key_stages_a_dated_code_and_a_helplines_card_are_left_alone(text: str) -> None:
    assert not words_of("other-id", text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "Dai's mother lives on the other side at Rhosyn, the name painted on the slate by the door.",
            "en",
            "Rhosyn",
        ),
        ("Glan Morfa sy ar y giât, er bod y llythyrau yn dod i rywle arall.", "cy", "Glan Morfa"),
    ],
)
def test_a_house_by_the_name_on_its_gate(text: str, lang: str, words: str) -> None:
    assert ("address", words) in found_in(text, lang)


def test_a_note_on_the_door_is_no_house() -> None:
    assert not words_of("address", "There was a note on the door. Mrs Evans put a sign on the gate.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Cafodd le ar gwrs CSCS yng Ngholeg Traeth Mawr.", "cy", "Ngholeg Traeth Mawr"),
        ("Her second year of Health and Social Care at the Gororau college.", "en", "Gororau"),
        ("She went to the Busy Bees nursery on Mondays.", "en", "Busy Bees nursery"),
    ],
)
def test_a_college_or_nursery_named_with_everyday_words(text: str, lang: str, words: str) -> None:
    assert ("school", words) in found_in(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Aeth hi i'r Coleg Ddydd Llun. Aeth o i Goleg Nos Fercher.", "cy"),
        ("He went to the Cardiff college, the Welsh school and the Sunday school.", "en"),
        ("She loved the Harry Potter school books.", "en"),
    ],
)
def test_a_college_on_a_day_a_town_or_a_type_of_school_is_left_alone(text: str, lang: str) -> None:
    assert not words_of("school", text, lang)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"Interpreter: Portuguese (Mam), not needed for children."', "Portuguese"),
        ("He moved to a park home on the edge of Llandrysor Wells last spring.", "Llandrysor Wells"),
        ("She loved the Andrews Sisters on the wireless.", "Andrews"),
    ],
)
def test_a_language_a_spa_town_and_a_band_are_no_people(text: str, words: str) -> None:
    assert not [w for w in words_of("person-name", text, "en") if words in w or w in words]


def test_a_portuguese_uncle_is_named_by_his_title() -> None:
    assert ("person-name", "Tio Zé") in found_in("Tio Zé, Mam's brother-in-law, lives in Rhos.", "en")


def test_a_name_in_capitals_heading_a_line_does_not_break_the_check() -> None:
    # The run's words are folded from capitals ("RAHMA" -> "Rahma"); finding the second in the text once raised.
    text = "> Mother + 4. Eldest RAHMA AL-SAQQAF, D.O.B 30/8/09, interpreting at all appts."
    assert "person-name" in {c for c, _ in found_in(text, "en")}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Wedyn rhedeg i ddal y bws i'r Comp y Cei, a'i golli fo.", "Comp y Cei"),
        ("Mae hi yn y Comp Glan Taf ers mis Medi.", "Comp Glan Taf"),
    ],
)
def test_a_comp_named_in_welsh_word_order(text: str, words: str) -> None:
    assert ("school", words) in found_in(text, "cy")


def test_a_comp_on_a_day_or_in_a_language_is_no_name() -> None:
    assert not words_of("school", "Aeth hi i'r Comp Ddydd Llun, a ddim i'r Comp Cymraeg.", "cy")


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Cafodd e dreial yng nghegin Rhos Helyg, un o neuaddau Prifysgol Trefaenor.", "cy", "Rhos Helyg"),
        ("She moved into Pantycelyn, one of the halls, in September.", "en", "Pantycelyn"),
    ],
)
def test_a_hall_said_to_be_one_of_the_halls(text: str, lang: str, words: str) -> None:
    assert ("school", words) in found_in(text, lang)


def test_a_home_named_after_the_words_for_it() -> None:
    text = "Their son farms it now and lives in the converted granary, Lower Hook, across the yard."
    assert ("address", "Lower Hook") in found_in(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "He loved the farm, Tesco, and the sea.",
        "She went back to her house, Mrs Jones said, and slept.",
        "They sold the farm, Cardiff was calling.",
    ],
)
def test_a_brand_a_person_or_a_city_after_the_words_for_a_home_is_no_home(text: str) -> None:
    assert not words_of("address", text, "en")


def test_a_home_inside_a_codes_label_is_found_apart_from_the_code() -> None:
    found = found_in("Does dim lifft; cod y bocs allwedd yn Llys Tegid yw 4471.", "cy")
    assert ("address", "Llys Tegid") in found
    assert ("other-id", "4471") in found


def test_a_name_before_a_capitalised_word_for_mam_is_a_person() -> None:
    text = "After Mam went I didn't go out for months. Carol, my Mam, was the one who took me out."
    assert "Carol" in words_of("person-name", text, "en")


def test_a_finders_fault_holds_the_story_back_and_says_so(
    make_library: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fail closed: a finder that raises leaves a finding naming the text, never a traceback or a published story."""
    from conftest import TODAY, story_text

    import storysite.privacy
    from storysite.build import build_site

    scan = storysite.privacy.scan

    def broken(text: str, lang: str, pseudonyms: frozenset[str]) -> list[tuple[int, int, str, str]]:
        if "briallu" in text:
            raise ValueError("a finder's fault, met in this story's body only")
        return scan(text, lang, pseudonyms)

    monkeypatch.delenv("STORYSITE_FINDER_ERRORS", raising=False)
    monkeypatch.setattr(storysite.privacy, "scan", broken)
    body = "Daeth hi'n ôl o'r ysbyty ar y trydydd dydd, a'r ardd yn llawn cennin Pedr a briallu.\n"
    content = make_library({"stories/a.cy.md": story_text("mm-2026-423", body=body, lang="cy")})
    result = build_site(content, "content", content.parent / "site", today=TODAY, cache=False)
    unchecked = [f for f in result.library.findings if f.rule == "privacy.other-id.unchecked"]
    assert unchecked and all(f.is_error for f in unchecked)
    assert any("Daeth hi'n ôl o'r ysbyty" in str(f.message) for f in unchecked)  # the body, by its opening words
    assert "mm-2026-423" not in result.published
    assert not (content.parent / "site").exists()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nath o ddim deud dim byd wrth neb.", []),
        ("Nath Dafydd ddim dod i'r capel.", ["Dafydd"]),
        ("Wedd Mam-gu ddim yn hapus.", []),
    ],
)
def test_a_verb_as_welsh_is_spoken_is_no_part_of_a_name(text: str, names: list[str]) -> None:
    # "Nath" is also a surname in the tables from abroad; in Welsh speech it is "gwnaeth".
    assert words_of("person-name", text, "cy") == names


def test_a_declared_pseudonym_heading_a_record_is_left_alone() -> None:
    from storysite.privacy import scan_text

    found = scan_text("Lowri, DOB 3/4/10, started at college.", "en", pseudonyms=["Lowri"])
    assert [d.category for d in found] == ["date-of-birth"]
