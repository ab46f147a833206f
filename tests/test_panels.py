"""MSC selection panels: validation findings, the panel page and the printable pack, in both languages."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from conftest import TODAY, serve_folder, story_text

from storysite.build import build_site
from storysite.check import check_library

MSC = "msc:\n  domain: changes-in-lives\n  why_significant: {why}\n"
PANEL = """\
id: panel-2026-spring
title: {cy: Panel y gwanwyn 2026, en: Spring 2026 panel}
date: 2026-05-12
domain: changes-in-lives
considered:
  - msc-2026-001
  - msc-2026-002
  - msc-2026-003
selected: [msc-2026-002]
reasons:
  cy: Dangosodd y stori faint mae perthynas gyson yn ei olygu.
  en: The story showed what a steady relationship means.
themes: [kindness, small]
"""


def msc_story(story_id: str, lang: str, title: str, body: str, **kwargs: str) -> str:
    why = "Achos iddo newid ei wythnos." if lang == "cy" else "Because it changed his week."
    return story_text(
        story_id, lang=lang, title=title, body=body, story_type="msc-story", extra=MSC.format(why=why), **kwargs
    )


STORIES = {
    "stories/one.en.md": msc_story("msc-2026-001", "en", "The allotment", "Dai grew leeks on the allotment."),
    "stories/one.cy.md": msc_story("msc-2026-001", "cy", "Y rhandir", "Tyfodd Dai gennin ar y rhandir."),
    "stories/two.en.md": msc_story("msc-2026-002", "en", "Tea with a neighbour", "Dai asked his neighbour in for tea."),
    "stories/two.cy.md": msc_story("msc-2026-002", "cy", "Paned gyda chymydog", "Gwahoddodd Dai ei gymydog am baned."),
    "stories/three.en.md": msc_story(
        "msc-2026-003", "en", "Pending heron story", "The heron stood still.", status="pending"
    ),
}


@pytest.fixture
def panel_library(make_library):
    return make_library({**STORIES, "panels/spring.yaml": PANEL})


def by_rule(content: Path, **kwargs: object) -> dict[str, list]:
    found: dict[str, list] = {}
    for finding in check_library(content, "content", today=TODAY, **kwargs).findings:  # type: ignore[arg-type]
        found.setdefault(finding.rule, []).append(finding)
    return found


def test_unpublished_story_in_a_panel_is_a_warning_naming_file_and_line(panel_library) -> None:
    found = by_rule(panel_library)
    assert not [f for fs in found.values() for f in fs if f.is_error]
    [warning] = found["panel.unpublished-story"]
    assert (warning.path, warning.line, warning.severity) == ("content/panels/spring.yaml", 8, "warning")
    assert "msc-2026-003" in warning.message and "pending" in warning.message


def test_out_of_scope_story_warns_only_for_that_audience(panel_library) -> None:
    assert len(by_rule(panel_library, audience="intranet")["panel.unpublished-story"]) == 1
    public = by_rule(panel_library, audience="public")["panel.unpublished-story"]
    assert {f.line for f in public} == {6, 7, 8}
    assert all("public" in f.message for f in public)


BAD = [
    ("unknown key", PANEL.replace("themes:", "themse:"), "schema.unknown-field", 13, "Did you mean `themes`?"),
    (
        "unknown story",
        PANEL.replace("  - msc-2026-002\n", "  - msc-2026-02\n"),
        "panel.unknown-story",
        7,
        "Did you mean `msc-2026-002`?",
    ),
    ("bad date", PANEL.replace("2026-05-12", "12/05/2026"), "schema.date", 3, "YYYY-MM-DD"),
    ("impossible date", PANEL.replace("2026-05-12", "2026-02-30"), "yaml.date", 3, "not a real date"),
    ("missing date", PANEL.replace("date: 2026-05-12\n", ""), "schema.required", 1, "`date`"),
    (
        "selected not considered",
        PANEL.replace("selected: [msc-2026-002]", "selected: [msc-2026-004]")
        .replace("  - msc-2026-003\n", "  - msc-2026-003\n  - msc-2026-004\n")
        .replace("  - msc-2026-004\n", "", 1),
        "panel.unknown-story",
        9,
        "msc-2026-004",
    ),
    (
        "no Welsh title",
        PANEL.replace("title: {cy: Panel y gwanwyn 2026, ", "title: {"),
        "translation.missing",
        2,
        "Welsh",
    ),
    (
        "bad domain",
        PANEL.replace("domain: changes-in-lives", "domain: changes"),
        "schema.unknown-key",
        4,
        "Did you mean `changes-in-lives`?",
    ),
    ("bad theme", PANEL.replace("[kindness, small]", "[kindnes, small]"), "schema.unknown-key", 13, "kindness"),
    ("bad id", PANEL.replace("id: panel-2026-spring", "id: ../spring"), "schema.id", 1, "hyphens"),
    ("malformed yaml", PANEL.replace("considered:", "considered: [\n"), "yaml.syntax", 7, "could not be read"),
    (
        "python tag",
        PANEL.replace("date: 2026-05-12", "date: !!python/object:os.system x"),
        "yaml.tag",
        3,
        "not allowed",
    ),
]


@pytest.mark.parametrize(("name", "text", "rule", "line", "hint"), BAD, ids=[case[0] for case in BAD])
def test_bad_panel_file_gives_a_located_error(
    make_library, name: str, text: str, rule: str, line: int, hint: str
) -> None:
    content = make_library({**STORIES, "panels/spring.yaml": text})
    found = by_rule(content)
    assert rule in found, found
    finding = found[rule][0]
    assert (finding.path, finding.line, finding.severity) == ("content/panels/spring.yaml", line, "error")
    assert hint in finding.message


def test_selected_story_must_be_among_those_considered(make_library) -> None:
    text = PANEL.replace("selected: [msc-2026-002]", "selected: [msc-2026-002, msc-2026-001]").replace(
        "  - msc-2026-001\n", ""
    )
    [finding] = by_rule(make_library({**STORIES, "panels/spring.yaml": text}))["panel.selected-not-considered"]
    assert finding.line == 8


def test_two_panels_with_one_id_is_an_error(make_library) -> None:
    content = make_library({**STORIES, "panels/a.yaml": PANEL, "panels/b.yaml": PANEL})
    [finding] = by_rule(content)["panel.duplicate-id"]
    assert finding.path == "content/panels/b.yaml" and "content/panels/a.yaml" in finding.message


@pytest.fixture
def built(panel_library) -> Path:
    out = panel_library.parent / "site"
    result = build_site(panel_library, "content", out, today=TODAY)
    assert result.out is not None, [f for f in result.library.findings if f.is_error]
    return out


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("lang", "titles", "reasons"),
    [
        ("cy", ("Y rhandir", "Paned gyda chymydog"), "perthynas gyson"),
        ("en", ("The allotment", "Tea with a neighbour"), "steady relationship"),
    ],
)
def test_panel_page_shows_published_considered_stories_the_selection_and_why(
    built: Path, lang: str, titles: tuple[str, str], reasons: str
) -> None:
    html = read(built, f"{lang}/panels/panel-2026-spring/index.html")
    assert f'<html lang="{lang}">' in html
    for title in titles:
        assert title in html
    assert "A short summary." in html
    assert 'href="../../stories/msc-2026-002/"' in html
    assert reasons in html
    assert "heron" not in html.lower() and "msc-2026-003" not in html
    assert 'href="../../themes/kindness/"' in html
    other = "en" if lang == "cy" else "cy"
    assert f'hreflang="{other}" href="../../../{other}/panels/panel-2026-spring/"' in html
    assert 'href="pack/"' in html
    listing = read(built, f"{lang}/panels/index.html")
    assert 'href="panel-2026-spring/"' in listing


def test_pack_has_full_text_and_a_discussion_sheet_per_story_and_no_navigation(built: Path) -> None:
    html = read(built, "en/panels/panel-2026-spring/pack/index.html")
    assert "Dai grew leeks on the allotment." in html and "Dai asked his neighbour in for tea." in html
    assert "heron" not in html.lower()
    assert html.count('class="pack-story"') == 2 and html.count('class="discussion-sheet"') == 2
    for question in ("What changed?", "Why does it matter?", "Which wellbeing area?", "Notes"):
        assert html.count(question) == 2
    assert 'class="site-nav"' not in html and "static/style.css" not in html
    assert 'href="../../../../static/pack.css"' in html
    welsh = read(built, "cy/panels/panel-2026-spring/pack/index.html")
    assert "Tyfodd Dai gennin ar y rhandir." in welsh and "Beth newidiodd?" in welsh


def test_reasons_are_hidden_when_the_selected_story_is_not_published(make_library) -> None:
    content = make_library(
        {**STORIES, "panels/spring.yaml": PANEL.replace("selected: [msc-2026-002]", "selected: [msc-2026-003]")}
    )
    out = content.parent / "site"
    assert build_site(content, "content", out, today=TODAY).out is not None
    html = read(out, "en/panels/panel-2026-spring/index.html")
    assert "steady relationship" not in html and "not published on this site" in html


def test_withdrawn_story_leaves_the_panel_on_the_next_build(make_library) -> None:
    files = {**STORIES, "panels/spring.yaml": PANEL}
    files["stories/one.en.md"] = files["stories/one.en.md"].replace("status: given", "status: withdrawn")
    files["stories/one.cy.md"] = files["stories/one.cy.md"].replace("status: given", "status: withdrawn")
    content = make_library(files)
    out = content.parent / "site"
    assert build_site(content, "content", out, today=TODAY).out is not None
    for path in ("en/panels/panel-2026-spring/index.html", "en/panels/panel-2026-spring/pack/index.html"):
        assert "allotment" not in read(out, path)


@pytest.mark.browser
def test_pack_prints_to_a4_with_each_story_on_its_own_pages(built: Path, page) -> None:
    import pypdf  # in the test extras; a missing install fails the test rather than skipping it

    server, url = serve_folder(built)
    try:
        page.goto(url + "en/panels/panel-2026-spring/pack/")
        pdf = page.pdf(format="A4")
    finally:
        server.shutdown()
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    texts = [re.sub(r"\s+", " ", p.extract_text()) for p in reader.pages]
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2  # A4 (210 × 297 mm) in points
    titles = ("The allotment", "Tea with a neighbour")
    story_pages = [[t for t in titles if t in text] for text in texts[1:]]
    assert all(len(found) == 1 for found in story_pages), texts  # never two stories on one sheet
    starts = [i for i, text in enumerate(texts) if re.search(r"Story \d of 2", text)]
    sheets = [i for i, text in enumerate(texts) if "Discussion sheet" in text]
    assert len(starts) == 2 and len(sheets) == 2, texts
    assert starts[0] < sheets[0] < starts[1] < sheets[1]
    assert "Which wellbeing area?" in texts[sheets[0]] and "Notes" in texts[sheets[0]]
    assert not any("Home" in text or "Search" in text for text in texts)


def test_example_library_panels_are_built_in_both_languages(example_site: Path) -> None:
    from conftest import EXAMPLE

    from storysite.model import published

    library = check_library(EXAMPLE, "content", audience="intranet", today=TODAY)
    assert library.panels, "the example library has at least one MSC panel in content/panels/"
    shown = {s.id for s in published(library.stories, "intranet", TODAY)}
    for panel in library.panels:
        for lang in ("cy", "en"):
            page = read(example_site, f"{lang}/panels/{panel.id}/index.html")
            pack = read(example_site, f"{lang}/panels/{panel.id}/pack/index.html")
            assert panel.title[lang] in page.replace("&#39;", "'")
            assert pack.count('class="pack-story"') == len([i for i in panel.considered if i in shown])
            for story_id in panel.considered:
                other = "en" if lang == "cy" else "cy"  # a story in one language only is linked in that language
                linked = (
                    f'href="../../stories/{story_id}/"' in page
                    or f'href="../../../{other}/stories/{story_id}/" lang="{other}"' in page
                )
                assert linked == (story_id in shown), (panel.id, story_id)
