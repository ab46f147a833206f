"""MSC selection panels: validation findings, the panel page and the printable pack, in both languages."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from conftest import TODAY, serve_folder, story_text

from storysite.build import build_site
from storysite.check.library import check_library

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
    assert "Decision sheet" in texts[-1]  # the last sheet lists every story, for the panel to tick its choice
    story_pages = [[t for t in titles if t in text] for text in texts[1:-1]]
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


# -- identifying details in a panel's own text ------------------------------------------------

IDENTIFYING = "Mrs Margaret Pritchard of 14 Heol y Bont, Gaerwen CF10 1AA (07700 900123)"
IDENTIFYING_CASES = [
    (
        "English reasons",
        PANEL.replace(
            "  en: The story showed what a steady relationship means.",
            f"  en: The story showed what {IDENTIFYING} gained.",
        ),
        [
            ("Mrs Margaret Pritchard", 12, 29, "person-name", "privacy.person-name.title"),
            ("14 Heol y Bont", 12, 55, "address", "privacy.address"),
            ("CF10 1AA", 12, 79, "postcode", "privacy.postcode"),
            ("(07700 900123", 12, 88, "phone", "privacy.phone"),
        ],
    ),
    (
        "English title in a flow mapping",
        PANEL.replace("en: Spring 2026 panel}", "en: 'Dr Gwilym Roberts, Ysgol Gynradd Gaerwen'}"),
        [
            ("Dr Gwilym Roberts", 2, 40, "person-name", "privacy.person-name.title"),
            ("Ysgol Gynradd Gaerwen", 2, 59, "school", "privacy.school"),
        ],
    ),
    (
        "Welsh reasons folded over two lines",
        PANEL.replace(
            "  cy: Dangosodd y stori faint mae perthynas gyson yn ei olygu.",
            "  cy: >-\n    Dangosodd y stori faint oedd Mrs Margaret\n    Pritchard yn ei olygu.",
        ),
        [("Mrs Margaret Pritchard", 12, 34, "person-name", "privacy.person-name.title")],
    ),
    (
        "Welsh title in a double-quoted string",
        PANEL.replace("{cy: Panel y gwanwyn 2026,", '{cy: "Panel \\"Ysgol Gynradd Gaerwen\\"",'),
        [("Ysgol Gynradd Gaerwen", 2, 22, "school", "privacy.school")],
    ),
    (
        "a field that is not a panel field",
        PANEL + "notes: Ring Dr Gwilym Roberts first.\n",
        [("Dr Gwilym Roberts", 14, 13, "person-name", "privacy.person-name.title")],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), IDENTIFYING_CASES, ids=[case[0] for case in IDENTIFYING_CASES])
def test_identifying_details_in_panel_text_are_located_errors(
    make_library, name: str, text: str, expected: list[tuple[str, int, int, str, str]]
) -> None:
    from storysite.privacy import MESSAGES

    content = make_library({**STORIES, "panels/spring.yaml": text})
    findings = check_library(content, "content", today=TODAY).findings
    privacy = [f for f in findings if f.category in MESSAGES]
    got = [(f.path, f.line, f.column, f.length, f.category, f.rule, f.severity) for f in privacy]
    want = [
        ("content/panels/spring.yaml", line, column, len(words), category, rule, "error")
        for words, line, column, category, rule in expected
    ]
    assert got == want
    assert [f.text for f in privacy] == [words for words, *_ in expected]
    assert all(f.message == MESSAGES[f.category](f.text) for f in privacy)


@pytest.mark.parametrize(("name", "text", "expected"), IDENTIFYING_CASES[:2], ids=[c[0] for c in IDENTIFYING_CASES[:2]])
def test_identifying_panel_text_blocks_the_build_and_is_never_written(
    make_library, name: str, text: str, expected: list
) -> None:
    content = make_library({**STORIES, "panels/spring.yaml": text})
    out = content.parent / "site"
    result = run_cli(["build", "content", "--out", "site"], content.parent)
    assert result.exit_code == 1, result.output
    assert "content/panels/spring.yaml:" in result.output
    assert not out.exists()
    # and a build with the panel fixed still never contains the words
    fixed = make_library({**STORIES, "panels/spring.yaml": PANEL})
    assert build_site(fixed, "content", out, today=TODAY).out is not None
    words = [w for w, *_ in expected] + ["Pritchard", "Gwilym", "Gaerwen"]
    for path in out.rglob("*"):
        if path.is_file():
            data = path.read_bytes().decode("utf-8", "replace")
            assert not any(w in data for w in words), path


def run_cli(args: list[str], cwd: Path):
    import os

    from click.testing import CliRunner

    from storysite.cli import main

    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        os.chdir(old)


ALLOWED = [
    (
        "a pseudonym of a considered story",
        "  en: The story showed what Gwenllian gained from a steady relationship.",
        {
            "stories/one.cy.md": STORIES["stories/one.cy.md"].replace(
                "pseudonyms: [Dai]", "pseudonyms: [Dai, Gwenllian]"
            )
        },
    ),
    (
        "a phrase a considered story allows",
        "  en: The story showed what Ysgol Gynradd Gaerwen gained.",
        {
            "stories/one.en.md": STORIES["stories/one.en.md"].replace(
                "pseudonyms: [Dai]", "pseudonyms: [Dai]\nallow: [Ysgol Gynradd Gaerwen]"
            )
        },
    ),
]


@pytest.mark.parametrize(("name", "reasons", "files"), ALLOWED, ids=[case[0] for case in ALLOWED])
def test_panel_text_may_use_what_its_stories_declared_safe(make_library, name: str, reasons: str, files: dict) -> None:
    text = PANEL.replace("  en: The story showed what a steady relationship means.", reasons)
    content = make_library({**STORIES, **files, "panels/spring.yaml": text})
    assert not [f for f in check_library(content, "content", today=TODAY).findings if f.is_error]


def test_site_allow_list_applies_to_panel_text_but_an_unconsidered_storys_pseudonyms_do_not(make_library) -> None:
    from conftest import SITE_YAML

    text = PANEL.replace(
        "  en: The story showed what a steady relationship means.", "  en: Gwenllian met Ysgol Gynradd Gaerwen."
    )
    files = {**STORIES, "panels/spring.yaml": text.replace("  - msc-2026-003\n", "")}
    files["stories/three.en.md"] = files["stories/three.en.md"].replace(
        "pseudonyms: [Dai]", "pseudonyms: [Dai, Gwenllian]"
    )
    site = SITE_YAML + 'allow: ["Ysgol Gynradd Gaerwen"]\n'
    found = by_rule(make_library(files, site=site))
    assert "privacy.school" not in found
    [name] = found["privacy.person-name.known-name"]
    assert (name.path, name.line, name.column) == ("content/panels/spring.yaml", 11, 7)


# -- reasons that talk about a story the audience will not see --------------------------------

HERON = STORIES["stories/three.en.md"].replace("pseudonyms: [Dai]", "pseudonyms: [Dai, Gwenllian Hughes]")
EN_REASONS = "  en: The story showed what a steady relationship means."
CY_REASONS = "  cy: Dangosodd y stori faint mae perthynas gyson yn ei olygu."
MENTIONS = [
    (
        "its English title, in another case",
        EN_REASONS,
        "  en: Unlike the pending HERON story, it showed a steady relationship.",
    ),
    ("its pseudonym", EN_REASONS, "  en: Like Gwenllian's story, it showed what a steady relationship means."),
    (
        "its pseudonym, mutated in Welsh",
        CY_REASONS,
        "  cy: Fel stori Wenllian, dangosodd faint mae perthynas gyson yn ei olygu.",
    ),
    ("its id", EN_REASONS, "  en: Unlike msc-2026-003, it showed what a steady relationship means."),
]


@pytest.mark.parametrize(("name", "old", "new"), MENTIONS, ids=[case[0] for case in MENTIONS])
def test_reasons_that_mention_an_unpublished_story_are_left_out_with_a_warning(
    make_library, name: str, old: str, new: str
) -> None:
    content = make_library({**STORIES, "stories/three.en.md": HERON, "panels/spring.yaml": PANEL.replace(old, new)})
    for audience in (None, "intranet"):
        [warning] = by_rule(content, audience=audience)["panel.reasons-unpublished-story"]
        assert (warning.path, warning.line, warning.severity) == ("content/panels/spring.yaml", 10, "warning")
        assert "msc-2026-003" in warning.message and "left out" in warning.message and "reword" in warning.message
        assert ("`intranet`" if audience else "any audience") in warning.message
    out = content.parent / "site"
    assert build_site(content, "content", out, today=TODAY).out is not None
    reasons_words = ("steady relationship", "perthynas gyson", new.split(": ", 1)[1][:20])
    for path in out.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert not any(words in html for words in reasons_words), path
    page = read(out, "en/panels/panel-2026-spring/index.html")
    assert "reasons are not shown because they mention a story that is not published" in page
    assert "gan eu bod yn sôn am stori sydd heb ei chyhoeddi" in read(out, "cy/panels/panel-2026-spring/index.html")


def test_reasons_mentioning_a_story_out_of_scope_are_hidden_only_from_that_audience(make_library) -> None:
    files = {
        **STORIES,
        "panels/spring.yaml": PANEL.replace(EN_REASONS, "  en: Like the allotment, it showed a steady relationship."),
    }
    for name in ("stories/two.en.md", "stories/two.cy.md"):  # the selected story; the allotment is intranet only
        files[name] = files[name].replace("scope: [intranet]", "scope: [intranet, public]")
    content = make_library(files)
    assert "panel.reasons-unpublished-story" not in by_rule(content)
    assert "panel.reasons-unpublished-story" not in by_rule(content, audience="intranet")
    [warning] = by_rule(content, audience="public")["panel.reasons-unpublished-story"]
    assert "msc-2026-001" in warning.message and "`public`" in warning.message
    for audience, shown in (("intranet", True), ("public", False)):
        out = content.parent / audience
        assert build_site(content, "content", out, audience=audience, today=TODAY).out is not None
        for lang, words in (("en", "steady relationship"), ("cy", "perthynas gyson")):
            assert (words in read(out, f"{lang}/panels/panel-2026-spring/index.html")) is shown, (audience, lang)
    result = run_cli(["check", "content", "--audience", "public"], content.parent)
    assert result.exit_code == 0 and "content/panels/spring.yaml:10:" in result.output


def test_reasons_that_name_only_published_stories_are_shown(built: Path) -> None:
    assert "steady relationship" in read(built, "en/panels/panel-2026-spring/index.html")


# -- every problem in one run; a duplicate id at the id ----------------------------------------

ONE_RUN = [
    ("refused tag", "date: 2026-05-12", "date: !!python/object:os.system x", "yaml.tag"),
    ("impossible date", "date: 2026-05-12", "date: 2026-02-30", "yaml.date"),
    (
        "repeated field",
        "domain: changes-in-lives",
        "domain: changes-in-lives\ndomain: changes-in-lives",
        "yaml.duplicate-key",
    ),
    ("refused tag in the reasons", EN_REASONS, "  en: !!python/name:os.system x", "yaml.tag"),
]


@pytest.mark.parametrize(("name", "old", "new", "rule"), ONE_RUN, ids=[case[0] for case in ONE_RUN])
def test_a_yaml_problem_does_not_hide_the_field_problems(
    make_library, name: str, old: str, new: str, rule: str
) -> None:
    text = PANEL.replace(old, new).replace("themes:", "themse:").replace("  - msc-2026-002\n", "  - msc-2026-02\n")
    found = by_rule(make_library({**STORIES, "panels/spring.yaml": text}))
    assert rule in found
    [unknown_field] = found["schema.unknown-field"]
    assert unknown_field.line == text.split("\n").index("themse: [kindness, small]") + 1
    [unknown_story] = found["panel.unknown-story"]
    assert unknown_story.line == text.split("\n").index("  - msc-2026-02") + 1
    assert "Did you mean `msc-2026-002`?" in unknown_story.message
    # what the YAML problem already says is not said again as "missing"
    assert "schema.required" not in found and "translation.missing" not in found


def test_a_duplicate_panel_id_is_reported_at_the_id(make_library) -> None:
    second = "# Repeated by mistake\n\n" + PANEL
    content = make_library({**STORIES, "panels/a.yaml": PANEL, "panels/b.yaml": second})
    [finding] = by_rule(content)["panel.duplicate-id"]
    assert (finding.path, finding.line, finding.column, finding.length) == ("content/panels/b.yaml", 3, 5, 17)
