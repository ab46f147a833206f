"""`storysite init` and `storysite new`: a library that builds at once, and story files that check once filled in."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TODAY

from storysite.authoring.scaffold import ascii_slug, guess_language
from storysite.build import build_site
from storysite.check.config import WELLBEING_KEYS, read_config
from storysite.cli import main
from storysite.content.markdown import CASE_STUDY_SECTIONS

THEMES = ["culture", "planning", "kindness", "relationships", "small", "emergence", "agency", "story", "dialogue"]
YEAR = dt.date.today().year


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A library made by `storysite init`; returns its content folder."""
    result = run("init", str(tmp_path / "lib"))
    assert result.exit_code == 0, result.output
    return tmp_path / "lib" / "content"


def test_init_makes_a_library_that_builds_at_once(library: Path, tmp_path: Path) -> None:
    config, findings = read_config(library, "site.yaml")
    assert config is not None, findings
    assert list(config.themes) == THEMES
    assert list(config.wellbeing) == list(WELLBEING_KEYS)
    assert list(config.audiences) == ["intranet", "public"]
    assert config.services and config.client_groups and config.msc_domains
    for labels in (config.title, *config.themes.values(), *config.services.values(), *config.audiences.values()):
        assert labels["cy"] and labels["en"] and labels["cy"] != labels["en"] or labels["cy"] == "Ailalluogi"
    assert sorted(p.name for p in (library / "stories").rglob("*.md")) == ["mm-2026-001.cy.md", "mm-2026-001.en.md"]
    check = run("check", str(library))
    assert check.exit_code == 0, check.output
    result = build_site(library, str(library), tmp_path / "_site", today=TODAY)
    assert result.out is not None, [f for f in result.library.findings if f.is_error]
    assert result.published == ["mm-2026-001"]
    assert (tmp_path / "_site" / "cy" / "stories" / "mm-2026-001" / "index.html").is_file()


def test_init_says_what_to_do_next(tmp_path: Path) -> None:
    result = run("init", str(tmp_path / "lib"))
    assert result.exit_code == 0
    assert f"Made a new story library in {tmp_path / 'lib' / 'content'}." in result.output
    assert "storysite serve" in result.output


def test_init_refuses_to_overwrite_a_library(library: Path) -> None:
    story = library / "stories" / "magic-moments" / "mm-2026-001.en.md"
    story.write_text("my own words", encoding="utf-8")
    result = run("init", str(library.parent))
    assert result.exit_code == 1
    assert "There is already a library" in result.output and "will not overwrite it" in result.output
    assert story.read_text(encoding="utf-8") == "my own words"


def test_new_writes_both_languages_with_an_id_from_the_title(library: Path) -> None:
    result = run("new", "--type", "magic-moment", "--content", str(library), "Yn", "ôl", "i’r", "ŵyl", "â", "Mair")
    assert result.exit_code == 0, result.output
    story_id = f"mm-{YEAR}-yn-ol-ir-wyl-a-mair"
    folder = library / "stories" / "magic-moments"
    cy, en = (folder / f"{story_id}.{lang}.md" for lang in ("cy", "en"))
    assert f"Wrote {cy}" in result.output and f"Wrote {en}" in result.output
    assert "The title was taken as Welsh" in result.output
    welsh, english = cy.read_text(encoding="utf-8"), en.read_text(encoding="utf-8")
    assert f"id: {story_id}\n" in welsh and f"id: {story_id}\n" in english
    assert 'title: "Yn ôl i’r ŵyl â Mair"' in welsh
    assert 'title: "TODO: the title in English (Yn ôl i’r ŵyl â Mair)"' in english
    for text in (welsh, english):
        assert "consent:\n" in text and "  status: pending\n" in text
        assert text.index("consent:") < text.index("wellbeing:")  # consent comes first, not buried
    assert "# CANIATÂD." in welsh and "cod post" in welsh and "# CONSENT." not in welsh
    assert "# CONSENT." in english and "postcode" in english and "CANIATÂD" not in english


def test_new_makes_ids_unique_in_the_library(library: Path) -> None:
    for expected in ("", "-2", "-3"):
        result = run("new", "--type", "case-study", "--lang", "en", "--content", str(library), "Back in the garden")
        assert result.exit_code == 0, result.output
        assert f"cs-{YEAR}-back-in-the-garden{expected}.en.md" in result.output


def test_new_with_one_language_writes_one_file(library: Path) -> None:
    result = run("new", "--type", "msc-story", "--lang", "cy", "--content", str(library), "Dysgu nofio")
    assert result.exit_code == 0, result.output
    assert [p.name for p in (library / "stories" / "msc-stories").iterdir()] == [f"msc-{YEAR}-dysgu-nofio.cy.md"]


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_case_study_sections_are_headed_in_the_files_language(library: Path, lang: str) -> None:
    run("new", "--type", "case-study", "--content", str(library), "Back home")
    text = (library / "stories" / "case-studies" / f"cs-{YEAR}-back-home.{lang}.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    assert headings == list(CASE_STUDY_SECTIONS[lang])
    assert "impact:\n  - outcome:" in text
    assert re.search(r"^outcome: \"(?:TODO|I'W LENWI): positive, mixed (?:or|neu) not-as-intended\"$", text, re.M)


def test_check_says_where_the_placeholders_are(library: Path) -> None:
    run("new", "--type", "magic-moment", "--lang", "en", "--content", str(library), "Back in the garden")
    result = run("check", str(library), "--format", "json")
    assert result.exit_code == 1
    findings = [f for f in json.loads(result.output)["findings"] if f["rule"] == "story.placeholder"]
    path = library / "stories" / "magic-moments" / f"mm-{YEAR}-back-in-the-garden.en.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    summary_line = next(n for n, line in enumerate(lines, 1) if line.startswith("summary:"))
    assert [(f["line"], f["category"], f["severity"]) for f in findings][0] == (summary_line, "content", "error")
    assert findings[0]["column"] == len('summary: "') + 1
    assert "fill in one or two sentences" in findings[0]["message"]
    assert any(f["line"] == len(lines) - 1 and "the story's text" in f["message"] for f in findings)


FILLED = {
    "en": ("An afternoon outside", "She went out to sit in the sun and said it was the best day in a long while."),
    "cy": ("Prynhawn y tu allan", "Aeth allan i eistedd yn yr haul a dywedodd mai hwn oedd y diwrnod gorau ers tro."),
}
CHOSEN = {"wellbeing": "health", "outcome": "positive", "msc.domain": "changes-in-lives"}
"""What a practitioner picks where the placeholder asks for keys rather than words."""
MARKED = re.compile(r"\"(?:TODO|I'W LENWI):[^\"]*\"")
REQUIRED_KEYS = {
    "magic-moment": ["wellbeing"],
    "case-study": ["wellbeing", "outcome"],
    "msc-story": ["wellbeing", "msc.domain"],
}


def field_of(line: str, top: str) -> str:
    """`wellbeing`, `msc.domain`, `impact.outcome`: the field a front-matter line gives."""
    key = line.strip().removeprefix("- ").split(":", 1)[0]
    return key if not line.startswith(" ") else f"{top}.{key}"


def fill_in(path: Path, lang: str) -> None:
    """Do what a practitioner does: replace each marked placeholder, and touch nothing else."""
    short, sentence = FILLED[lang]
    lines, top = [], ""
    for line in path.read_text(encoding="utf-8").split("\n"):
        if re.match(r"[a-z_]+:", line):
            top = line.split(":", 1)[0]
        if re.match(r"(?:TODO|I'W LENWI):", line):
            line = sentence
        elif MARKED.search(line):
            chosen = CHOSEN.get(field_of(line, top))
            line = MARKED.sub(chosen or f'"{short}"', line)
        lines.append(line)
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.parametrize("lang", ["cy", "en", None])
@pytest.mark.parametrize("story_type", ["magic-moment", "case-study", "msc-story"])
def test_a_new_story_passes_check_once_filled_in(library: Path, story_type: str, lang: str | None) -> None:
    result = run(
        "new", "--type", story_type, *(["--lang", lang] if lang else []), "--content", str(library), "Back home"
    )
    assert result.exit_code == 0
    paths = sorted((library / "stories").rglob(f"*-{YEAR}-back-home.*.md"))
    assert [p.name.split(".")[-2] for p in paths] == ([lang] if lang else ["cy", "en"])
    result = run("check", str(library), "--format", "json")
    assert result.exit_code == 1
    placeholders = [f for f in json.loads(result.output)["findings"] if f["rule"] == "story.placeholder"]
    for path in paths:
        lines = path.read_text(encoding="utf-8").split("\n")
        for name in REQUIRED_KEYS[story_type]:
            key = name.split(".")[-1]
            line = next(n for n, text in enumerate(lines, 1) if text.strip().startswith(f"{key}:"))
            assert any(
                f["path"].endswith(path.name) and f["line"] == line and f"`{name}` still has" in f["message"]
                for f in placeholders
            ), f"no placeholder finding for `{name}` at {path.name}:{line}"
    for path in paths:
        fill_in(path, path.name.split(".")[-2])
    result = run("check", str(library))
    assert result.exit_code == 0, result.output
    assert "Not published to any audience: consent is pending" in result.output  # nothing published until consent


def test_impact_row_placeholders_are_named_by_row(library: Path) -> None:
    run("new", "--type", "case-study", "--lang", "en", "--content", str(library), "Back home")
    result = run("check", str(library), "--format", "json")
    messages = [f["message"] for f in json.loads(result.output)["findings"] if f["rule"] == "story.placeholder"]
    for cell in ("outcome", "target", "measure", "actual"):
        assert any(m.startswith(f"`impact[1].{cell}` still has") for m in messages), cell
    assert any(m.startswith("`outcome` still has") for m in messages)  # the case study's own outcome
    assert not any(m.startswith("`impact`") for m in messages)


def test_an_empty_wellbeing_list_says_so(library: Path) -> None:
    run("new", "--type", "magic-moment", "--lang", "en", "--content", str(library), "Back home")
    path = library / "stories" / "magic-moments" / f"mm-{YEAR}-back-home.en.md"
    fill_in(path, "en")
    path.write_text(path.read_text(encoding="utf-8").replace("wellbeing: [health]", "wellbeing: []"), "utf-8")
    result = run("check", str(library))
    assert result.exit_code == 1
    assert "`wellbeing` is empty: list one or more of `health`, `protection`" in result.output
    assert "must be a list such as" not in result.output


def test_new_needs_a_content_folder(tmp_path: Path) -> None:
    result = run("new", "--type", "magic-moment", "--content", str(tmp_path / "nowhere"), "A title")
    assert result.exit_code == 2
    assert "There is no content folder" in result.output


def test_new_refuses_an_unknown_type(library: Path) -> None:
    result = run("new", "--type", "poem", "--content", str(library), "A title")
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Ŵyn bach â’r ŷd", "wyn-bach-ar-yd"),
        ("Café for carers: week 3!", "cafe-for-carers-week-3"),
        ("Llwybr i’r gwaith a’r coleg", "llwybr-ir-gwaith-ar-coleg"),
        ("!!!", "story"),
    ],
)
def test_ids_are_ascii_folded(title: str, slug: str) -> None:
    assert ascii_slug(title) == slug


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("Back in the garden", "en"),
        ("Yn ôl yn yr ardd", "cy"),
        ("Dysgu nofio gyda’r teulu", "cy"),
        ("Swimming again", "en"),
    ],
)
def test_the_titles_language_is_guessed(title: str, lang: str) -> None:
    assert guess_language(title) == lang


NEW_HEADING = "Y cymorth a roddwyd a'r asiantaethau eraill a fu'n rhan o'r gwaith"


def section_warnings(library: Path) -> list[str]:
    result = run("check", str(library), "--format", "json")
    return [f["message"] for f in json.loads(result.output)["findings"] if f["rule"] == "case-study.section"]


@pytest.mark.parametrize(
    "heading",
    [
        NEW_HEADING,
        "Y cymorth a roddwyd a’r asiantaethau eraill a fu’n rhan o’r gwaith",  # typed in Word
        "y cymorth a roddwyd  a'r asiantaethau eraill a fu'n rhan o'r gwaith.",
        "Y cymorth a roddwyd ac asiantaethau eraill a fu'n rhan",  # the earlier wording, in existing stories
    ],
)
def test_case_study_headings_are_compared_as_a_writer_means_them(library: Path, heading: str) -> None:
    assert NEW_HEADING in CASE_STUDY_SECTIONS["cy"]
    run("new", "--type", "case-study", "--lang", "cy", "--content", str(library), "Adref")
    path = library / "stories" / "case-studies" / f"cs-{YEAR}-adref.cy.md"
    fill_in(path, "cy")
    assert section_warnings(library) == []
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f"## {NEW_HEADING}\n", f"## {heading}\n"), encoding="utf-8")
    assert section_warnings(library) == []
    path.write_text(text.replace(f"## {NEW_HEADING}\n", "## Rhywbeth arall\n"), encoding="utf-8")
    assert section_warnings(library) == [f"The case-study section `## {NEW_HEADING}` is missing."]
