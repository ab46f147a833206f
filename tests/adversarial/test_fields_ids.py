"""Issue 22, item 4: a story's id becomes its address and shows in listings and feeds, so it is scanned as words.

Every identifying detail put into an id (a phone number split by hyphens, a full or titled name, a
postcode, an NI or NHS number, a numbered street address) gives an error at the id's line and column,
in every language file; `storysite new` refuses a title that would make such an id; and nothing of it
reaches the output.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SITE_YAML, TODAY, story_text
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_serve import everything_under

from storysite.build import build_site
from storysite.check.config import parse_config
from storysite.check.library import build_story
from storysite.check.schema import read_version
from storysite.cli import main
from storysite.content.load import SourceFile
from storysite.content.yamlsafe import parse_yaml

CONFIG = parse_config(parse_yaml(SITE_YAML), "site.yaml", SITE_YAML)[0]
# Fictional people and numbers only (07700 900xxx is Ofcom's drama range).
FIRST = ["gareth", "eirlys", "bethan", "dafydd", "sioned", "rhodri", "margaret", "trevor"]
SURNAMES = ["pritchard", "jones", "evans", "llewellyn", "roberts", "price", "morgan"]
PREFIXES = ["mm-2026", "cs-2025", "msc-2024", "mm-2026-visit-to", "cs-2026-support-for", "mm-2026-a-day-with"]
SUFFIXES = ["", "-2", "-at-home", "-in-the-garden", "-story"]


@st.composite
def details(draw: st.DrawFn) -> tuple[str, str]:
    """An identifying detail as an id spells it, and the category the finding must have."""
    kind = draw(st.sampled_from(["phone", "name", "titled", "postcode", "ni", "nhs", "address"]))
    if kind == "phone":
        digits = "07700900" + "".join(str(draw(st.integers(0, 9))) for _ in range(3))
        cut = draw(st.sampled_from([(5,), (5, 8), (4, 7), (7,), (3, 6, 9)]))
        parts, start = [], 0
        for at in (*cut, 11):
            parts.append(digits[start:at])
            start = at
        return "-".join(parts), "phone"
    if kind == "name":
        return f"{draw(st.sampled_from(FIRST))}-{draw(st.sampled_from(SURNAMES))}", "person-name"
    if kind == "titled":
        return f"{draw(st.sampled_from(['mr', 'mrs', 'dr', 'nain', 'auntie']))}-{draw(st.sampled_from(SURNAMES))}", (
            "person-name"
        )
    if kind == "postcode":
        return draw(st.sampled_from(["cf10-1aa", "sa1-1aa", "ll55-4ub", "np20-2ab", "cf24-3nz"])), "postcode"
    if kind == "ni":
        pair = draw(st.sampled_from(["ab", "ce", "jk", "tz"]))
        return f"{pair}-{draw(st.integers(10, 99))}-{draw(st.integers(10, 99))}-{draw(st.integers(10, 99))}-c", (
            "ni-number"
        )
    if kind == "nhs":
        first = draw(st.integers(4, 9))  # issued NHS numbers start 4 to 9 (a leading 0 reads as a phone number)
        number = draw(st.lists(st.integers(0, 9), min_size=8, max_size=8).map(lambda d: [first, *d]))
        assume(_nhs_check(number) < 10)
        digits = "".join(map(str, number)) + str(_nhs_check(number))
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}", "nhs-number"
    street = draw(st.sampled_from(["heol-y-parc", "station-road", "ffordd-y-mor", "church-street"]))
    return f"{draw(st.integers(1, 120))}-{street}", "address"


def _nhs_check(digits: list[int]) -> int:
    """The NHS number's check digit (modulus 11); 10 means no valid number has these nine digits."""
    check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
    return 0 if check == 11 else check


def check_story(text: str, shown: str = "content/stories/a.en.md", lang: str = "en") -> list:
    """The findings of one story file checked on its own, as the check does (read, then as a whole story)."""
    assert CONFIG is not None
    version, findings = read_version(SourceFile(shown.split("content/")[-1], shown, lang, text), CONFIG)
    if version.id is None:
        return findings
    return findings + build_story(version.id, [version], CONFIG)[1]


@settings(max_examples=150, deadline=None)
@given(details(), st.sampled_from(PREFIXES), st.sampled_from(SUFFIXES), st.sampled_from(["", '"', "'"]))
def test_an_identifying_detail_in_an_id_is_an_error_at_its_line_and_column(
    detail: tuple[str, str], prefix: str, suffix: str, quote: str
) -> None:
    words, category = detail
    story_id = f"{prefix}-{words}{suffix}"
    text = story_text(story_id).replace(f"id: {story_id}", f"id: {quote}{story_id}{quote}")
    found = [f for f in check_story(text) if f.category == category and f.line == 2]
    assert found, (story_id, check_story(text))
    column = len("id: ") + len(quote) + story_id.index(words) + 1
    assert any(f.column == column and f.is_error for f in found), (story_id, found)
    assert all(story_id in f.message for f in found)


@pytest.mark.parametrize(
    ("story_id", "words"),
    [
        ("mm-2026-488-118-0002-2", "488-118-0002"),  # hypothesis found this: a year before, a count after
        ("cs-2025-943-476-5919-12", "943-476-5919"),
        ("msc-2024-07700-900123-3", "07700-900123"),
    ],
)
def test_a_detail_between_a_year_and_a_count_is_flagged_where_it_is(story_id: str, words: str) -> None:
    """Groups a hyphen joins to a year or a count are read on their own too: the finding points at the detail
    itself, not at a guess that joins the year's digits to it."""
    found = [f for f in check_story(story_text(story_id)) if f.line == 2 and f.is_error]
    assert [f.column for f in found] == [len("id: ") + story_id.index(words) + 1], found


@pytest.mark.parametrize(
    "story_id",
    [
        "mm-2026-001",
        "msc-2025-009",
        "cs-2026-back-in-the-garden",
        "mm-2026-back-to-school",
        "cs-2026-support-for-a-young-carer-at-school",
        "mm-2026-yn-ol-yn-yr-ardd",
        "mm-2026-pan-ddaeth-y-bws-i-ben",
        "mm-2026-gareth-goes-swimming",  # a first name alone may be a pseudonym; "goes" is in the text below
        "mm-2026-the-train-to-cardiff",
        "cs-2024-002-2",
    ],
)
def test_ordinary_ids_pass(story_id: str) -> None:
    text = story_text(story_id, body="Gareth goes swimming on Tuesdays; the bus came to an end (i ben).")
    assert not [f for f in check_story(text) if f.line == 2], check_story(text)


def test_the_id_is_flagged_in_every_language_file(make_library) -> None:
    from storysite.check.library import check_library

    story_id = "mm-2026-gareth-pritchard-07700-900123"
    content = make_library(
        {"stories/a.en.md": story_text(story_id), "stories/a.cy.md": story_text(story_id, lang="cy")}
    )
    findings = check_library(content, "content", today=TODAY).findings
    for path in ("content/stories/a.en.md", "content/stories/a.cy.md"):
        rules = {f.rule for f in findings if f.path == path and f.line == 2}
        assert {"privacy.phone", "privacy.person-name.full-name"} <= rules, findings


def test_a_pseudonym_in_the_id_passes() -> None:
    text = story_text("mm-2026-visiting-dilys-price").replace("pseudonyms: [Dai]", "pseudonyms: [Dai, Dilys Price]")
    assert not [f for f in check_story(text) if f.is_error]


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("new") / "lib"
    assert run("init", str(folder)).exit_code == 0  # type: ignore[attr-defined]
    return folder / "content"


def _story_files(content: Path) -> set[Path]:
    return set((content / "stories").rglob("*.md"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(details(), st.sampled_from(["", "Visit to ", "A day with ", "Ymweliad â "]), st.booleans())
def test_new_refuses_a_title_that_would_put_a_detail_in_the_id(
    library: Path, detail: tuple[str, str], lead: str, capitals: bool
) -> None:
    words, _ = detail
    # Names as a title writes them, or a title all in lower case (where lower case says nothing).
    spoken = words.replace("-", " ")
    title = lead + spoken.title() if capitals else (lead + spoken).lower()
    before = _story_files(library)
    result = run("new", "--type", "magic-moment", "--content", str(library), title)
    assert result.exit_code == 1, result.output  # type: ignore[attr-defined]
    assert "storysite new makes the story's id" in result.output  # type: ignore[attr-defined]
    assert _story_files(library) == before
    welsh = run("--iaith", "cy", "new", "--type", "magic-moment", "--content", str(library), title)
    assert welsh.exit_code == 1 and "Mae storysite new yn gwneud id y stori" in welsh.output  # type: ignore[attr-defined]
    assert _story_files(library) == before


@pytest.mark.parametrize(
    "title", ["Back in the garden", "A day out with Gareth", "Yn ôl i’r ŵyl â Mair", "Back to school"]
)
def test_new_still_makes_ordinary_titles(library: Path, title: str) -> None:
    result = run("new", "--type", "case-study", "--content", str(library), title)
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]


def test_nothing_of_an_identifying_id_reaches_the_output(make_library, tmp_path: Path) -> None:
    content = make_library({"stories/a.en.md": story_text("mm-2026-001")})
    out = tmp_path / "_site"
    assert build_site(content, "content", out, today=TODAY, cache=False).out is not None
    before = everything_under(out)
    for number, story_id in enumerate(
        ["mm-2026-gareth-pritchard-07700-900123", "mm-2026-0770090-0456", "cs-2026-mr-llewellyn", "mm-2026-cf10-1aa"]
    ):
        (content / "stories" / f"b{number}.en.md").write_text(story_text(story_id), encoding="utf-8")
        result = build_site(content, "content", out, today=TODAY, cache=False)
        assert result.out is None
        assert any(f.path.endswith(f"b{number}.en.md") and f.line == 2 for f in result.library.findings)
        text = everything_under(out)
        assert text == before and story_id not in (text or "") and "07700" not in (text or "")
        (content / "stories" / f"b{number}.en.md").unlink()


def test_the_example_library_ids_pass() -> None:
    from storysite.check.library import check_library

    findings = check_library(Path(__file__).parents[2] / "content", "content", today=dt.date(2026, 11, 22))
    assert not [f for f in findings.findings if f.is_error]
