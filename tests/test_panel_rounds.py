"""Running an MSC panel: `panel new` writes the file to fill in, later rounds take earlier panels' choices
(`from_panels`), story pages show their selection history, and the pack closes with a decision sheet."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TODAY, story_text

from storysite.build import build_site
from storysite.check.library import check_library
from storysite.cli import main

LIVES = "msc:\n  domain: changes-in-lives\n  why_significant: {why}\n"
PRACTICE = "msc:\n  domain: changes-in-practice\n  why_significant: {why}\n"
SITE_EXTRA = "  changes-in-practice: {cy: Newidiadau yn ein hymarfer, en: Changes in our practice}\n"


def msc(
    story_id: str,
    title: tuple[str, str],
    date: str,
    *,
    extra: str = LIVES,
    scope: str = "[intranet, public]",
    **kw: str,
):
    """Both language versions of an MSC story: {relative path: text}."""
    files = {}
    for lang, words in zip(("cy", "en"), title, strict=True):
        why = "Am fod y newid yn amlwg." if lang == "cy" else "Because the change is plain to see."
        files[f"stories/{story_id}.{lang}.md"] = story_text(
            story_id,
            lang=lang,
            title=words,
            story_type="msc-story",
            date=date,
            scope=scope,
            extra=extra.format(why=why),
            **kw,
        )
    return files


def renamed(files: dict[str, str], pseudonyms: str) -> dict[str, str]:
    return {path: text.replace("pseudonyms: [Dai]", f"pseudonyms: {pseudonyms}") for path, text in files.items()}


STORIES = {
    **renamed(msc("msc-2026-001", ("Y rhandir", "The allotment"), "2026-02-10"), "[Dai, Gwenllian]"),
    **msc("msc-2026-002", ("Paned gyda chymydog", "Tea with a neighbour"), "2026-01-05", scope="[intranet]"),
    **msc(
        "msc-2026-003",
        ("Y bws cyntaf", "The first bus"),
        "2026-03-01",
        extra="service: reablement\n" + LIVES,
    ),
    **msc("msc-2025-004", ("Y llynedd", "Last year"), "2025-06-01"),  # before the period
    **msc("msc-2026-005", ("Y tîm", "The team"), "2026-02-20", extra=PRACTICE),  # another domain
    **{  # published to nobody; its person is Huw
        path: text.replace("Dai", "Huw")
        for path, text in msc("msc-2026-006", ("Y crëyr", "The heron"), "2026-02-22", status="pending").items()
    },
}


@pytest.fixture
def library(make_library) -> Path:
    from conftest import SITE_YAML

    site = SITE_YAML.replace("msc_domains:\n", "msc_domains:\n" + SITE_EXTRA)
    return make_library(STORIES, site=site)


def run(cwd: Path, *args: str):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


NEW = (
    "panel",
    "new",
    "panel-2026-spring",
    "--domain",
    "changes-in-lives",
    "--from",
    "2026-01-01",
    "--to",
    "2026-04-30",
)
MARKERS = {"cy": "I'W LENWI:", "en": "TODO:"}


def fill_in(text: str, choice: str, keys: tuple[str, ...] = ("title", "date", "selected", "reasons", "themes")) -> str:
    """The panel file as a panel would leave it: the placeholders of `keys` replaced by what they ask for."""
    values = {
        "title": "title:\n  cy: Panel y gwanwyn\n  en: Spring panel",
        "date": "date: 2026-05-12",
        "selected": f"selected: [{choice}]",
        "reasons": "reasons:\n  cy: Dangosodd y stori newid clir.\n  en: The story showed a plain change.",
        "themes": "themes: [kindness, small]",
    }
    for key, value in ((k, v) for k, v in values.items() if k in keys):
        # a field and its indented lines, up to the next note or field
        text = re.sub(rf"^{key}:.*(?:\n  .*)*", value, text, count=1, flags=re.M)
    return text


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_panel_new_lists_the_domain_period_and_audience_stories_and_fails_check_until_filled(
    library: Path, lang: str
) -> None:
    result = run(library.parent, "--iaith", lang, *NEW)
    assert result.exit_code == 0, result.output
    assert ("Ysgrifennwyd" if lang == "cy" else "Wrote") in result.output
    path = library / "panels" / "panel-2026-spring.yaml"
    text = path.read_text(encoding="utf-8")
    listed = re.findall(r"^  - ([a-z0-9-]+)  # (.*)$", text, re.M)
    titles = {
        "cy": ("Paned gyda chymydog", "Y rhandir", "Y bws cyntaf"),
        "en": ("Tea with a neighbour", "The allotment", "The first bus"),
    }
    # reading order: oldest first; not the 2025 story, the other domain's, or the one published to nobody
    assert listed == list(zip(("msc-2026-002", "msc-2026-001", "msc-2026-003"), titles[lang], strict=True))
    marker, other = MARKERS[lang], MARKERS["en" if lang == "cy" else "cy"]
    assert text.count(marker) >= 7 and other not in text.replace(f"{marker}", "")  # the command's language only
    findings = check_library(library, "content", today=TODAY).findings
    unfilled = [(f.line, f.severity) for f in findings if f.rule == "panel.placeholder"]
    lines = text.split("\n")
    marked = [n for n, line in enumerate(lines, 1) if marker in line and not line.startswith("#")]
    choice = next(n for n, line in enumerate(lines, 1) if line.startswith("selected:"))
    # what is printed (title, date) is an error; the choice, still to be made, is one warning
    assert unfilled == [(n, "error") for n in marked if n < choice]
    assert len(unfilled) == 3  # title (cy, en), date
    assert len([n for n in marked if n >= choice]) == 4  # selected, reasons (cy, en), themes
    [pending] = [f for f in findings if f.rule == "panel.choice-pending"]
    assert (pending.line, pending.severity) == (choice, "warning") and "`panel-2026-spring`" in pending.message
    assert {f.rule for f in findings if f.is_error and f.path.endswith("panel-2026-spring.yaml")} == {
        "panel.placeholder"
    }  # said once, by the placeholder, not again as a bad date or an unknown story
    check = run(library.parent, "--iaith", lang, "check", "-q")
    assert check.exit_code == 1 and "panel.placeholder" in check.output
    assert ("dalfan `storysite panel new`" if lang == "cy" else "placeholder `storysite panel new`") in check.output

    path.write_text(fill_in(text, "msc-2026-001"), encoding="utf-8")
    library_now = check_library(library, "content", today=TODAY)
    assert [f for f in library_now.findings if f.is_error] == []
    assert not [f for f in library_now.findings if f.rule == "panel.choice-pending"]  # chosen: no warning
    [panel] = library_now.panels
    assert panel.considered == ("msc-2026-002", "msc-2026-001", "msc-2026-003") and panel.selected == ("msc-2026-001",)
    assert not panel.waiting and panel.themes == ("kindness", "small") and panel.reasons["en"]
    check = run(library.parent, "--iaith", lang, "check")
    assert check.exit_code == 0 and "panel.choice-pending" not in check.output


PENDING = {  # the warning, as check, build and status say it
    "en": "The panel `panel-2026-spring` has not recorded its choice yet",
    "cy": "Nid yw’r panel `panel-2026-spring` wedi cofnodi ei ddewis eto",
}
TO_COME = {
    "en": "The panel’s choice is still to come",
    "cy": "Mae dewis y panel eto i ddod",
}


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_panel_that_has_not_chosen_yet_builds_its_pack_with_a_warning(library: Path, lang: str) -> None:
    """Before the meeting: title and date filled, the choice left as `panel new` wrote it."""
    assert run(library.parent, "--iaith", lang, *NEW).exit_code == 0
    path = library / "panels" / "panel-2026-spring.yaml"
    path.write_text(fill_in(path.read_text(encoding="utf-8"), "", keys=("title", "date")), encoding="utf-8")
    checked = check_library(library, "content", today=TODAY)
    assert [f for f in checked.findings if f.is_error] == []
    [pending] = [f for f in checked.findings if f.rule == "panel.choice-pending"]
    assert pending.severity == "warning" and pending.path == "content/panels/panel-2026-spring.yaml"
    assert "`selected`, `reasons`, `themes`" in pending.message
    [panel] = checked.panels
    assert panel.waiting and (panel.selected, panel.reasons, panel.themes) == ((), {}, ())  # nothing counts as chosen
    for command in (("check",), ("build", "--out", "site"), ("status",)):
        result = run(library.parent, "--iaith", lang, *command, "content")
        assert result.exit_code == 0, result.output
        assert PENDING[lang] in " ".join(result.output.split()), (command, result.output)  # the panel named

    site = build(library)
    for shown in ("cy", "en"):
        folder = site / shown / "panels" / "panel-2026-spring"
        pack = (folder / "pack" / "index.html").read_text(encoding="utf-8").split('<main id="main">', 1)[1]
        order = re.findall(r'<(?:section|article) class="(pack-cover|pack-story|decision-sheet)"', pack)
        assert order == ["pack-cover", "pack-story", "pack-story", "pack-story", "decision-sheet"]
        titles = ("Paned gyda chymydog", "Y rhandir", "Y bws cyntaf")
        if shown == "en":
            titles = ("Tea with a neighbour", "The allotment", "The first bus")
        decision = pack.split('class="decision-sheet"', 1)[1]
        assert all(f"{n}. <span>{t}</span>" in decision for n, t in enumerate(titles, 1))
        page = words((folder / "index.html").read_text(encoding="utf-8"))
        assert TO_COME[shown] in page
        assert ("Ni ddewisodd y panel stori" if shown == "cy" else "did not select") not in page
        listing = words((site / shown / "panels" / "index.html").read_text(encoding="utf-8"))
        assert ("dewis eto i ddod" if shown == "cy" else "choice still to come") in listing
        for story in ("msc-2026-001", "msc-2026-002", "msc-2026-003"):
            assert history(site, shown, story) == ""  # no story shows a choice from it

    # After the meeting: the choice filled in, the warning goes and the choice shows
    path.write_text(fill_in(path.read_text(encoding="utf-8"), "msc-2026-001"), encoding="utf-8")
    checked = check_library(library, "content", today=TODAY)
    assert [f for f in checked.findings if f.is_error or f.rule == "panel.choice-pending"] == []
    site = build(library)
    assert "Spring panel" in history(site, "en", "msc-2026-001") and "Panel y gwanwyn" in history(
        site, "cy", "msc-2026-001"
    )
    page = words((site / lang / "panels" / "panel-2026-spring" / "index.html").read_text(encoding="utf-8"))
    assert TO_COME[lang] not in page
    result = run(library.parent, "--iaith", lang, "status", "content")
    assert PENDING[lang] not in " ".join(result.output.split())


def test_a_choice_half_filled_in_is_still_not_a_choice(library: Path) -> None:
    """The story named but the reasons or themes still to write: the panel has still chosen nothing."""
    assert run(library.parent, *NEW).exit_code == 0
    path = library / "panels" / "panel-2026-spring.yaml"
    text = fill_in(path.read_text(encoding="utf-8"), "msc-2026-001", keys=("title", "date", "selected", "reasons"))
    path.write_text(text, encoding="utf-8")
    checked = check_library(library, "content", today=TODAY)
    assert [f for f in checked.findings if f.is_error] == []
    [pending] = [f for f in checked.findings if f.rule == "panel.choice-pending"]
    themes = next(n for n, line in enumerate(text.split("\n"), 1) if line.startswith("themes:"))
    assert pending.line == themes and "`themes`" in pending.message and "`selected`" not in pending.message
    [panel] = checked.panels
    assert panel.waiting and panel.selected == () and panel.reasons == {}
    assert history(build(library), "en", "msc-2026-001") == ""


@pytest.mark.parametrize("field", ["title", "date"])
def test_a_placeholder_left_in_the_title_or_date_is_an_error_at_its_line(library: Path, field: str) -> None:
    assert run(library.parent, *NEW).exit_code == 0
    path = library / "panels" / "panel-2026-spring.yaml"
    text = path.read_text(encoding="utf-8")
    if field == "title":  # the English name filled in, the Welsh one left
        text = fill_in(text, "", keys=("date",)).replace(
            '  en: "TODO: the panel\'s name in English"', "  en: Spring panel"
        )
        where = "  cy:"
    else:
        text = fill_in(text, "", keys=("title",))
        where = "date:"
    path.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.split("\n"), 1) if row.startswith(where) and "TODO:" in row)
    checked = check_library(library, "content", today=TODAY)
    errors = [(f.path, f.line, f.rule) for f in checked.findings if f.is_error]
    assert errors == [("content/panels/panel-2026-spring.yaml", line, "panel.placeholder")]
    assert checked.panels == []  # it would be printed: never with a placeholder
    result = run(library.parent, "check", "content")
    assert result.exit_code == 1 and f"content/panels/panel-2026-spring.yaml:{line}:" in result.output
    assert build_site(library, "content", library.parent / "out", audience="intranet", today=TODAY).out is None


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_a_later_round_may_not_take_the_choice_of_a_panel_that_has_not_chosen(library: Path, lang: str) -> None:
    assert run(library.parent, *NEW).exit_code == 0
    path = library / "panels" / "panel-2026-spring.yaml"
    # everything but the themes: the panel has still not recorded its choice
    text = fill_in(path.read_text(encoding="utf-8"), "msc-2026-001", keys=("title", "date", "selected", "reasons"))
    path.write_text(text, encoding="utf-8")
    later = second(earlier="panel-2026-spring", selected="msc-2026-003", name="Dai")
    (library / "panels" / "county.yaml").write_text(later, encoding="utf-8")
    findings = check_library(library, "content", today=TODAY).findings
    errors = [f for f in findings if f.is_error]
    assert [f.rule for f in errors] == ["panel.from-not-chosen"]  # not `considered` missing, nor anything else
    [error] = errors
    line = next(n for n, row in enumerate(later.split("\n"), 1) if row.startswith("from_panels"))
    column = later.split("\n")[line - 1].index("panel-2026-spring") + 1
    assert (error.path, error.line, error.column) == ("content/panels/county.yaml", line, column)
    result = run(library.parent, "--iaith", lang, "check", "content")
    said = " ".join(result.output.split())
    assert result.exit_code == 1 and f"content/panels/county.yaml:{line}:{column}" in said
    assert (
        "Nid yw’r panel `panel-2026-spring` wedi cofnodi ei ddewis eto"
        if lang == "cy"
        else "has not recorded its choice yet"
    ) in said
    assert "from_panels" in said
    # once the earlier panel has chosen, the later round takes its choice
    path.write_text(fill_in(text, "msc-2026-001"), encoding="utf-8")
    checked = check_library(library, "content", today=TODAY)
    assert [f for f in checked.findings if f.is_error] == []
    county = next(p for p in checked.panels if p.id == "panel-2026-county")
    assert county.considered == ("msc-2026-003", "msc-2026-001")


def test_panel_new_takes_service_and_audience(library: Path) -> None:
    result = run(library.parent, *NEW, "--service", "reablement")
    assert result.exit_code == 0, result.output
    text = (library / "panels" / "panel-2026-spring.yaml").read_text(encoding="utf-8")
    assert re.findall(r"^  - ([a-z0-9-]+)", text, re.M) == ["msc-2026-003"]
    result = run(library.parent, "panel", "new", "panel-public", *NEW[3:], "--audience", "public")
    assert result.exit_code == 0, result.output
    text = (library / "panels" / "panel-public.yaml").read_text(encoding="utf-8")
    assert re.findall(r"^  - ([a-z0-9-]+)", text, re.M) == ["msc-2026-001", "msc-2026-003"]  # not intranet-only


def test_panel_new_never_overwrites_a_panel(library: Path) -> None:
    assert run(library.parent, *NEW).exit_code == 0
    path = library / "panels" / "panel-2026-spring.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# the organiser's own note\n", encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    for lang, words in (("en", "will not overwrite"), ("cy", "ni fydd storysite yn ysgrifennu drosto")):
        result = run(library.parent, "--iaith", lang, *NEW)
        assert result.exit_code == 1 and words in result.output
    (library / "panels" / "renamed.yaml").write_text(before.replace("panel-2026-spring", "panel-b"), encoding="utf-8")
    result = run(library.parent, "panel", "new", "panel-b", *NEW[3:])  # the id is taken by a file of another name
    assert result.exit_code == 1 and "panel-b" in result.output
    assert path.read_text(encoding="utf-8") == before
    assert not (library / "panels" / "panel-b.yaml").exists()


BAD_OPTIONS = [  # the option, a hint both languages give, the English words, the Welsh words
    (("--domain", "changes-in-life"), "`changes-in-lives`", "There is no MSC domain", "Does dim maes NMA"),
    (("--service", "reablment"), "`reablement`", "There is no service", "Does dim gwasanaeth"),
    (("--audience", "intranett"), "`intranet`", "There is no audience", "Does dim cynulleidfa"),
    (("--from", "2026-13-01"), "`2026-13-01`", "must be a date written YYYY-MM-DD", "ddyddiad ar ffurf BBBB-MM-DD"),
    (("--from", "2026-06-01"), "`--to`", "is after", "ar ôl"),
]


@pytest.mark.parametrize(("options", "hint", "english", "welsh"), BAD_OPTIONS, ids=[c[0][0] for c in BAD_OPTIONS])
def test_a_bad_option_is_a_usage_error_with_a_hint_in_both_languages(
    library: Path, options: tuple[str, str], hint: str, english: str, welsh: str
) -> None:
    args = list(NEW)
    if options[0] in args:
        args[args.index(options[0]) + 1] = options[1]
    else:
        args += options
    for lang, words in (("en", english), ("cy", welsh)):
        result = run(library.parent, "--iaith", lang, *args)
        assert result.exit_code == 2, result.output
        assert words in result.output and hint in result.output, result.output
        assert "Traceback" not in result.output
    assert not (library / "panels").exists()


def test_panel_new_with_no_story_in_the_period_writes_nothing(library: Path) -> None:
    result = run(
        library.parent,
        "panel",
        "new",
        "panel-empty",
        "--domain",
        "changes-in-lives",
        "--from",
        "2020-01-01",
        "--to",
        "2020-12-31",
    )
    assert result.exit_code == 1 and "nothing for a panel to read" in result.output
    assert not (library / "panels" / "panel-empty.yaml").exists()


FIRST = """\
id: panel-2026-first
title: {cy: Y rownd gyntaf, en: First round}
date: 2026-05-12
domain: changes-in-lives
considered: [msc-2026-001, msc-2026-002]
selected: [msc-2026-001]
reasons: {cy: Newid clir ym mywyd Dai., en: A plain change in Dai's life.}
"""
SECOND = """\
id: panel-2026-county
title: {{cy: Panel y sir, en: County panel}}
date: {date}
from_panels: [{earlier}]
considered: [msc-2026-003]
selected: [{selected}]
reasons: {{cy: Dewisodd y sir stori {name}., en: The county chose {name}'s story.}}
"""


def second(
    earlier: str = "panel-2026-first", date: str = "2026-10-01", selected: str = "msc-2026-001", name="Gwenllian"
):
    return SECOND.format(earlier=earlier, date=date, selected=selected, name=name)


def test_a_later_round_considers_the_earlier_panels_choice(library: Path) -> None:
    (library / "panels").mkdir()
    (library / "panels" / "first.yaml").write_text(FIRST, encoding="utf-8")
    # Gwenllian is a pseudonym of the story the first panel chose (only): the county panel may name her too
    (library / "panels" / "county.yaml").write_text(second(), encoding="utf-8")
    checked = check_library(library, "content", today=TODAY)
    assert [f for f in checked.findings if f.is_error] == []
    county = next(p for p in checked.panels if p.id == "panel-2026-county")
    assert county.considered == ("msc-2026-003", "msc-2026-001") and county.from_panels == ("panel-2026-first",)
    assert county.selected == ("msc-2026-001",)  # chosen from the stories the earlier round passed on


@pytest.mark.parametrize(
    ("panel", "item", "rule", "words"),
    [
        (
            second(earlier="panel-2026-frist"),
            "panel-2026-frist",
            "panel.from-unknown",
            "Did you mean `panel-2026-first`?",
        ),
        (second(earlier="panel-2026-county"), "panel-2026-county", "panel.from-unknown", "no other panel"),
        (second(date="2026-05-12"), "panel-2026-first", "panel.from-not-older", "not before this panel"),
        (second(date="2026-01-01"), "panel-2026-first", "panel.from-not-older", "met on 2026-05-12"),
        (second(earlier="x, panel-2026-first"), "x", "panel.from-unknown", "`x`"),
    ],
    ids=["misspelt", "itself", "same-day", "later", "second-in-list"],
)
def test_from_panels_must_name_an_older_panel(library: Path, panel: str, item: str, rule: str, words: str) -> None:
    (library / "panels").mkdir()
    (library / "panels" / "first.yaml").write_text(FIRST, encoding="utf-8")
    (library / "panels" / "county.yaml").write_text(panel, encoding="utf-8")
    findings = [f for f in check_library(library, "content", today=TODAY).findings if f.rule == rule]
    assert len(findings) == 1, findings
    [finding] = findings
    line = next(n for n, text in enumerate(panel.split("\n"), 1) if text.startswith("from_panels"))
    column = panel.split("\n")[line - 1].index(item) + 1
    assert (finding.path, finding.line, finding.column, finding.severity) == (
        "content/panels/county.yaml",
        line,
        column,
        "error",
    )
    assert words in finding.message
    welsh = finding.message.localise(_welsh())  # type: ignore[attr-defined]
    assert welsh != str(finding.message) and item in welsh


def _welsh():
    from storysite.i18n.catalogs import translations

    return translations("cy", None)


def build(content: Path, audience: str = "intranet") -> Path:
    out = content.parent / f"site-{audience}"
    result = build_site(content, "content", out, audience=audience, today=TODAY)
    assert result.out is not None, [f for f in result.library.findings if f.is_error]
    return out


def history(site: Path, lang: str, story_id: str) -> str:
    html = (site / lang / "stories" / story_id / "index.html").read_text(encoding="utf-8")
    found = re.search(r'<section class="why selection-history".*?</section>', html, re.S)
    return found.group(0) if found else ""


def words(html: str) -> str:
    """The text of some HTML, as a reader sees it."""
    return re.sub(r"<[^>]+>", "", html)


@pytest.mark.parametrize(
    ("lang", "chosen", "reasons"),
    [
        ("en", "Chosen on 12 May 2026 by", "A plain change in Dai&#39;s life."),
        ("cy", "Dewiswyd ar 12 Mai 2026 gan", "Newid clir ym mywyd Dai."),
    ],
)
def test_a_story_page_shows_its_selection_history(library: Path, lang: str, chosen: str, reasons: str) -> None:
    (library / "panels").mkdir()
    (library / "panels" / "first.yaml").write_text(FIRST, encoding="utf-8")
    (library / "panels" / "county.yaml").write_text(second(), encoding="utf-8")
    site = build(library)
    shown = history(site, lang, "msc-2026-001")
    assert chosen in words(shown) and reasons in shown
    assert 'href="../../panels/panel-2026-first/"' in shown and 'href="../../panels/panel-2026-county/"' in shown
    assert shown.index("panel-2026-first") < shown.index("panel-2026-county")  # earliest round first
    assert ("Panel y sir" if lang == "cy" else "County panel") in shown
    assert history(site, lang, "msc-2026-002") == ""  # considered, not chosen
    pack = (site / lang / "panels" / "panel-2026-county" / "pack" / "index.html").read_text(encoding="utf-8")
    cover = pack.split('class="pack-cover"', 1)[1].split("</section>", 1)[0]
    assert 'href="../../panel-2026-first/"' in cover  # a later round names the earlier one on its cover


def test_no_history_for_a_panel_or_story_the_audience_may_not_see(library: Path) -> None:
    (library / "panels").mkdir()
    (library / "panels" / "first.yaml").write_text(FIRST, encoding="utf-8")
    # The county panel's title names the heron story, published to nobody: the panel is not shown, nor its choice
    hidden = second().replace("County panel", "County panel after The heron")
    (library / "panels" / "county.yaml").write_text(hidden, encoding="utf-8")
    site = build(library)
    for lang in ("cy", "en"):
        shown = history(site, lang, "msc-2026-001")
        assert "panel-2026-first" in shown and "panel-2026-county" not in shown and "sir" not in shown
        assert not (site / lang / "panels" / "panel-2026-county").exists()
    # A story published to the intranet only: its choice shows there, and nowhere on the public site
    (library / "panels" / "county.yaml").unlink()
    (library / "panels" / "first.yaml").write_text(
        FIRST.replace("selected: [msc-2026-001]", "selected: [msc-2026-002]")
    )
    assert "panel-2026-first" in history(build(library), "en", "msc-2026-002")
    public = build(library, "public")
    assert not (public / "en" / "stories" / "msc-2026-002").exists()
    pages = [p.read_text(encoding="utf-8") for p in public.glob("*/stories/*/index.html")]
    assert pages and not any("selection-history" in page for page in pages)


def test_reasons_that_mention_an_unseen_story_are_left_out_of_the_history(library: Path) -> None:
    (library / "panels").mkdir()
    text = FIRST.replace("considered: [msc-2026-001, msc-2026-002]", "considered: [msc-2026-001, msc-2026-006]")
    text = text.replace("en: A plain change in Dai's life.", "en: Clearer than The heron.")
    (library / "panels" / "first.yaml").write_text(text, encoding="utf-8")
    site = build(library)
    shown = history(site, "en", "msc-2026-001")
    assert "Chosen on 12 May 2026 by First round." in words(shown) and "panel-2026-first" in shown
    assert "heron" not in shown.lower() and "Why the panel chose it" not in shown


def test_an_edited_panel_updates_the_story_page_on_the_next_build(library: Path) -> None:
    (library / "panels").mkdir()
    (library / "panels" / "first.yaml").write_text(FIRST, encoding="utf-8")
    site = build(library)
    assert "A plain change" in history(site, "en", "msc-2026-001")
    (library / "panels" / "first.yaml").write_text(FIRST.replace("A plain change", "A clear change"), encoding="utf-8")
    site = build(library)
    assert "A clear change" in history(site, "en", "msc-2026-001")
    (library / "panels" / "first.yaml").unlink()
    site = build(library)
    assert history(site, "en", "msc-2026-001") == ""


@pytest.mark.parametrize(
    ("lang", "sheet", "parts"),
    [
        (
            "en",
            "Decision sheet",
            (
                "The story the panel chose",
                "Why the panel chose it",
                "Learning themes the panel saw",
                "What to feed back to the storytellers and teams",
            ),
        ),
        (
            "cy",
            "Taflen benderfynu",
            (
                "Y stori a ddewisodd y panel",
                "Pam y dewisodd y panel hi",
                "Y themâu dysgu a welodd y panel",
                "Yr adborth i’r rhai a adroddodd y straeon ac i’r timau",
            ),
        ),
    ],
)
def test_the_pack_has_a_cover_first_and_a_decision_sheet_last(
    library: Path, lang: str, sheet: str, parts: tuple
) -> None:
    (library / "panels").mkdir()
    (library / "panels" / "first.yaml").write_text(FIRST, encoding="utf-8")
    site = build(library)
    html = (site / lang / "panels" / "panel-2026-first" / "pack" / "index.html").read_text(encoding="utf-8")
    main = html.split('<main id="main">', 1)[1]
    order = re.findall(r'<(?:section|article) class="(pack-cover|pack-story|discussion-sheet|decision-sheet)"', main)
    assert order == ["pack-cover", "pack-story", "discussion-sheet", "pack-story", "discussion-sheet", "decision-sheet"]
    decision = main.split('class="decision-sheet"', 1)[1]
    assert sheet in decision and all(part in decision for part in parts)
    titles = ("Y rhandir", "Paned gyda chymydog") if lang == "cy" else ("The allotment", "Tea with a neighbour")
    assert all(f"{n}. <span>{t}</span>" in decision for n, t in enumerate(titles, 1))  # to tick, in reading order
    assert decision.count('class="box"') == 2 + 2  # two stories, and the test library's two learning themes


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["cy", "en"])
def test_the_pack_prints_with_its_cover_first_the_decision_sheet_last_and_page_numbers(
    library: Path, page, lang: str
) -> None:
    import io
    import unicodedata

    import pypdf  # in the test extras; a missing install fails the test rather than skipping it
    from conftest import serve_folder

    (library / "panels").mkdir()
    (library / "panels" / "first.yaml").write_text(FIRST, encoding="utf-8")
    site = build(library)
    server, url = serve_folder(site)
    try:
        page.goto(f"{url}{lang}/panels/panel-2026-first/pack/")
        pdf = page.pdf(format="A4")
    finally:
        server.shutdown()
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages  # ligatures such as "ﬂ" spelt out
    texts = [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p.extract_text())) for p in pages]
    cover, sheet = ("Stori 1 o 2", "Taflen benderfynu") if lang == "cy" else ("Story 1 of 2", "Decision sheet")
    stories = (
        ("Stori 2 o 2", "Y rhandir", "Paned gyda chymydog")
        if lang == "cy"
        else ("Story 2 of 2", "The allotment", "Tea with a neighbour")
    )
    kicker = "Pecyn y panel" if lang == "cy" else "Panel pack"
    assert kicker in texts[0] and all(title in texts[0] for title in stories[1:])  # the cover lists them in order
    assert texts[0].index(stories[1]) < texts[0].index(stories[2])
    assert cover not in texts[0] and cover in texts[1]  # the first story starts on the next sheet
    assert sheet in texts[-1] and not any(sheet in text for text in texts[:-1])  # the decision sheet is the last
    feedback = "Yr adborth i’r rhai a adroddodd y straeon" if lang == "cy" else "What to feed back to the storytellers"
    assert feedback in texts[-1]  # the whole sheet is on one page
    total = len(texts)
    assert total >= 6  # cover, two stories with a discussion sheet each, the decision sheet
    for number, text in enumerate(texts, start=1):  # every page numbered, "3 / 6"
        assert f"{number} / {total}" in text, (number, text[:80])
