"""What a practitioner runs into (issue 18, items 1, 2, 4, 5 and 7): empty fields, YAML mistakes, headings, messages."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SITE_YAML, TODAY
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from storysite.check.library import check_library
from storysite.cli import main
from storysite.findings import Finding

# A valid front matter, one field a line, so that each key's line is known (the file's line 1 is `---`).
FIELDS: dict[str, list[tuple[str, str]]] = {
    "magic-moment": [
        ("id", "mm-2026-001"),
        ("type", "magic-moment"),
        ("title", "Back in the garden"),
        ("summary", "A short summary."),
        ("date", "2026-03-14"),
        ("wellbeing", "[health]"),
        ("consent", ""),
        ("  status", "given"),
        ("  date", "2026-03-20"),
        ("  scope", "[intranet]"),
        ("pseudonyms", "[Dai]"),
    ],
    "case-study": [
        ("id", "cs-2026-001"),
        ("type", "case-study"),
        ("title", "Back in the garden"),
        ("summary", "A short summary."),
        ("date", "2026-03-14"),
        ("wellbeing", "[health]"),
        ("outcome", "positive"),
        ("impact", ""),
        ("  - outcome", "Feels less alone"),
        ("    target", "Weekly contact"),
        ("consent", ""),
        ("  status", "given"),
        ("  date", "2026-03-20"),
        ("  scope", "[intranet]"),
        ("pseudonyms", "[Dai]"),
    ],
    "msc-story": [
        ("id", "msc-2026-001"),
        ("type", "msc-story"),
        ("title", "Back in the garden"),
        ("summary", "A short summary."),
        ("date", "2026-03-14"),
        ("wellbeing", "[health]"),
        ("msc", ""),
        ("  domain", "changes-in-lives"),
        ("  why_significant", "It changed how we work."),
        ("consent", ""),
        ("  status", "given"),
        ("  date", "2026-03-20"),
        ("  scope", "[intranet]"),
        ("pseudonyms", "[Dai]"),
    ],
}
SECTIONS_EN = (
    "Background information",
    "Reasons for contact",
    "Support provided and other agencies involved",
    "Feedback from stakeholders",
    "Impact",
    "Lessons learned",
)
BODY = "Dai went out to the garden for the first time in a year."
CASE_BODY = "\n\n".join(f"## {s}\n\n{BODY}" for s in SECTIONS_EN)
# Every required field, by the name its line starts with, in each type's front matter.
REQUIRED = {
    "magic-moment": ["id", "type", "title", "summary", "date", "wellbeing", "  status", "  date", "  scope"],
    "case-study": ["id", "type", "title", "summary", "date", "wellbeing", "outcome", "  - outcome"],
    "msc-story": ["id", "type", "title", "summary", "date", "wellbeing", "  domain", "  why_significant"],
}
BLANKS = ["", '""', "''", "   ", "~", "null", "[]", '" "']


def front(story_type: str, changes: dict[str, str | None] | None = None) -> tuple[str, dict[str, int]]:
    """A story file of `story_type` with some fields' values replaced (None: the line left out), and each key's line."""
    changes = changes or {}
    lines, where = ["---"], {}
    for key, value in FIELDS[story_type]:
        value = changes.get(key, value)
        if value is None:
            continue
        where.setdefault(key, len(lines) + 1)
        lines.append(f"{key}: {value}".rstrip() if value else f"{key}:")
    body = CASE_BODY if story_type == "case-study" else BODY
    return "\n".join([*lines, "---", body, ""]), where


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]


def check_one(make_library: Callable[..., Path], text: str, name: str = "stories/a.en.md") -> list[Finding]:
    content = make_library({name: text})
    return check_library(content, "content", today=TODAY).findings


# --- 1. An empty required value is the same error as a missing one -----------------------------------------


@pytest.mark.parametrize(
    ("story_type", "key"), [(t, k) for t, keys in REQUIRED.items() for k in keys], ids=lambda v: str(v).strip()
)
@pytest.mark.parametrize("blank", BLANKS, ids=repr)
def test_an_empty_required_value_is_an_error_at_its_line(
    make_library: Callable[..., Path], story_type: str, key: str, blank: str
) -> None:
    text, where = front(story_type, {key: blank})
    found = errors(check_one(make_library, text))
    at_line = [f for f in found if f.line == where[key]]
    assert at_line, f"no error at line {where[key]} for `{key.strip()}: {blank}`: {found}"
    assert at_line[0].rule in {"schema.required", "consent.date", "consent.scope", "consent.required"}, at_line
    missing_text, _ = front(story_type, {key: None})
    missing = errors(check_one(make_library, missing_text))
    # The same error as when the line is left out: the same rule, category and severity.
    assert {(f.rule, f.category) for f in at_line} <= {(f.rule, f.category) for f in missing} | {
        ("schema.required", "schema")
    }, (at_line, missing)


@pytest.mark.parametrize("blank", BLANKS, ids=repr)
def test_consent_given_with_an_empty_date_fails_check_build_status_and_serve(
    make_library: Callable[..., Path], tmp_path: Path, blank: str
) -> None:
    text, where = front("magic-moment", {"  date": blank})
    content = make_library({"stories/a.en.md": text})
    runner = CliRunner()
    result = runner.invoke(main, ["check", str(content), "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    found = [f for f in report["findings"] if f["severity"] == "error"]
    assert [(f["rule"], f["line"], f["column"]) for f in found] == [("consent.date", where["  date"], 3)]
    assert report["summary"]["errors"] == 1
    text_result = runner.invoke(main, ["check", str(content)])
    assert text_result.exit_code == 1
    assert "1 story file checked: 1 error, 0 warnings." in text_result.output
    assert f"a.en.md:{where['  date']}:3: error: Consent is given: record when" in text_result.output
    out = tmp_path / "site"
    built = runner.invoke(main, ["build", str(content), "--out", str(out), "-q"])
    assert built.exit_code == 1 and not out.exists(), built.output
    status = runner.invoke(main, ["status", str(content)])
    assert f"a.en.md:{where['  date']}:3: Consent is given: record when" in status.output
    assert "1 error in all" in status.output
    page = served_error_page(content, tmp_path)
    assert page is not None and f"a.en.md:{where['  date']}:3" in page and "Consent is given" in page


def served_error_page(content: Path, tmp_path: Path) -> str | None:
    """What `serve` shows after its first build of `content`: the error page, or None when the build succeeded."""
    from storysite.output.in_place import InPlaceWriter
    from storysite.serve.watch import rebuild

    class Shown:  # stands in for the HTTP side: keeps the page serve would show
        token, generation, page = "t", 0, None

        def publish(self, page: bytes | None) -> None:
            self.page = page

    class NoIndex:
        def request(self) -> None:
            pass

    preview = Shown()
    rebuild(content, str(content), "intranet", preview, NoIndex(), InPlaceWriter(tmp_path / "preview"))  # type: ignore[arg-type]
    page = preview.page
    return page.decode() if isinstance(page, bytes) else page


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [
        ("date", "", "schema.required"),
        ("type", '""', "schema.required"),
        ("wellbeing", "[]", "schema.required"),
        ("consent", "", "consent.required"),
        ("consent", "{}", "consent.required"),
    ],
)
def test_a_shared_field_empty_in_one_version_is_taken_from_the_other(
    make_library: Callable[..., Path], field: str, value: str, rule: str
) -> None:
    """As when the field is left out of one version: the story takes it from the other (DESIGN: shared fields)."""
    english, where = front("magic-moment")
    welsh_lines = english.replace("Back in the garden", "Yn ôl yn yr ardd").split("\n")
    drop = {"consent": range(where["consent"], where["  scope"] + 1)}.get(field, [where[field]])
    empty = [line for number, line in enumerate(welsh_lines, 1) if number not in drop]
    empty.insert(min(drop) - 1, f"{field}: {value}".rstrip())
    content = make_library({"stories/a.en.md": english, "stories/a.cy.md": "\n".join(empty)})
    assert errors(check_library(content, "content", today=TODAY).findings) == []
    # ...and empty in both versions is one error, at the Welsh version's empty key.
    english_empty = "\n".join(empty).replace("Yn ôl yn yr ardd", "Back in the garden")
    content = make_library({"stories/a.en.md": english_empty, "stories/a.cy.md": "\n".join(empty)})
    found = errors(check_library(content, "content", today=TODAY).findings)
    assert [(f.rule, f.path.endswith("a.cy.md"), f.line) for f in found] == [(rule, True, min(drop))]


# Hypothesis: libraries of a few stories, each with some required fields emptied, left out or mistyped.
MUTATIONS = st.sampled_from([None, *BLANKS, "[x]", "yes", "12", "{a: b}"])


@st.composite
def broken_library(draw: st.DrawFn) -> dict[str, str]:
    files: dict[str, str] = {}
    for number in range(draw(st.integers(1, 3))):
        story_type = draw(st.sampled_from(sorted(FIELDS)))
        keys = [k for k, _ in FIELDS[story_type]]
        changed = draw(st.dictionaries(st.sampled_from(keys), MUTATIONS, max_size=3))
        text, _ = front(story_type, changed)
        text = text.replace(FIELDS[story_type][0][1], f"{story_type[:2]}-2026-{number:03d}", 1)
        langs = draw(st.sampled_from([("en",), ("cy",), ("en", "cy")]))
        for lang in langs:
            files[f"stories/s{number}.{lang}.md"] = text
    return files


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=broken_library())
@example(files={"stories/s0.en.md": front("magic-moment", {"  date": ""})[0]})  # the defect as reported
@example(files={"stories/s0.cy.md": front("case-study", {"outcome": "~", "  - outcome": '""'})[0]})
# two versions of one story under different names, both without a type: each file is told (found by Hypothesis)
@example(
    files={
        "stories/s0.en.md": front("case-study", {"type": None})[0],
        "stories/s1.cy.md": front("case-study", {"type": None})[0],
    }
)
def test_no_story_is_left_out_for_errors_without_an_error_finding(
    make_library: Callable[..., Path], tmp_path: Path, files: dict[str, str]
) -> None:
    for old in (tmp_path / "content" / "stories").glob("*.md"):
        old.unlink()
    content = make_library(files)
    library = check_library(content, "content", today=TODAY)
    found = library.findings
    bad_files = {f.path for f in found if f.is_error}
    stems = {path.rsplit(".", 2)[0] for path in bad_files}
    for story in library.stories:
        if story.has_errors:  # "left out because it has errors": one of its files must say which
            assert any(path.rsplit(".", 2)[0] in stems for path in story.files), (story.id, found)
    built = {path for story in library.stories for path in story.files}
    # Versions pair by id, not by file name: a story-wide error ("`type` is required, in at least one language
    # version") is one finding, at one of its files, and it speaks for the others of the same id too.
    ids = {f"content/{name}": _id_of(text) for name, text in files.items()}
    bad_ids = {ids[path] for path in bad_files if ids.get(path)}
    for name in files:
        path = f"content/{name}"
        told = path in bad_files or path.rsplit(".", 2)[0] in stems or (ids[path] and ids[path] in bad_ids)
        assert path in built or told, (path, found)

    # Exit code and both summaries agree with the findings.
    result = CliRunner().invoke(main, ["check", str(content), "--format", "json"])
    report = json.loads(result.output)
    severities = Counter(f["severity"] for f in report["findings"])
    categories = Counter(f["category"] for f in report["findings"])
    assert report["summary"]["errors"] == severities["error"]
    assert report["summary"]["warnings"] == severities["warning"]
    assert report["summary"]["by_category"] == dict(categories)
    assert result.exit_code == (1 if severities["error"] else 0)
    assert severities["error"] == sum(f.is_error for f in found)


def _id_of(text: str) -> str | None:
    """The story id a file's front matter gives, as written (None if it gives none)."""
    m = re.search(r"^id:[ \t]*(\S.*?)[ \t]*$", text.split("\n---", 1)[0], re.MULTILINE)
    return m.group(1) if m else None


def test_the_text_summary_counts_what_it_lists(make_library: Callable[..., Path]) -> None:
    text, _ = front("magic-moment", {"  date": "", "title": ""})
    content = make_library({"stories/a.en.md": text, "site.yaml": SITE_YAML})
    result = CliRunner().invoke(main, ["check", str(content)])
    listed = [line for line in result.output.split("\n") if ": error: " in line]
    assert len(listed) == 2
    assert "1 story file checked: 2 errors, 0 warnings." in result.output
    assert "Left out of `intranet` because it has errors (1): mm-2026-001." in result.output


# --- 4. A misspelt case-study heading: at the heading, with the nearest section ------------------------------

SECTIONS_CY = (
    "Gwybodaeth gefndir",
    "Rhesymau dros gysylltu",
    "Y cymorth a roddwyd a'r asiantaethau eraill a fu'n rhan o'r gwaith",
    "Adborth gan randdeiliaid",
    "Effaith",
    "Gwersi a ddysgwyd",
)
MISSPELT = [
    ("en", 5, "Lesons learnt"),
    ("en", 0, "Background informaton"),
    ("en", 1, "Reason for contact"),
    ("en", 3, "Feedback from stakeholder"),
    ("en", 2, "Support provided and other agencys involved"),
    ("cy", 5, "Gwersi a ddysgwyed"),
    ("cy", 0, "Gwybodaeth cefndir"),
    ("cy", 3, "Adborth gan rhanddeiliaid"),
    ("cy", 4, "Efaith"),
    ("cy", 2, "Y cymorth a roddwyd ar asiantaethau eraill"),
]


@pytest.mark.parametrize(("lang", "index", "heading"), MISSPELT)
def test_a_misspelt_heading_is_pointed_at_with_the_nearest_section(
    make_library: Callable[..., Path], lang: str, index: int, heading: str
) -> None:
    sections = SECTIONS_EN if lang == "en" else SECTIONS_CY
    text, _ = front("case-study")
    head, body = text.split("---\n## ", 1)
    written = [heading if i == index else s for i, s in enumerate(sections)]
    text = head + "---\n" + "\n\n".join(f"## {s}\n\n{BODY}" for s in written) + "\n"
    found = check_one(make_library, text, f"stories/a.{lang}.md")
    sections_found = [f for f in found if f.rule == "case-study.section"]
    line = text.split("\n").index(f"## {heading}") + 1
    assert [(f.line, f.severity) for f in sections_found] == [(line, "warning")], sections_found
    assert f"`## {sections[index]}`" in sections_found[0].message
    assert f"`## {heading}`" in sections_found[0].message


def test_a_missing_heading_with_nothing_like_it_is_still_reported(make_library: Callable[..., Path]) -> None:
    text, _ = front("case-study")
    text = text.replace("## Lessons learned", "## Something else entirely")
    found = [f for f in check_one(make_library, text) if f.rule == "case-study.section"]
    assert [f.message for f in found] == ["The case-study section `## Lessons learned` is missing."]


# --- 5. Messages: what was written, one finding per missing outcome, plurals, the starter's organisation -----


@pytest.mark.parametrize("written", ["yes", "Yes", "no", "on", "off", "true", "12", "1.5", "2026-03-20"])
def test_a_consent_status_is_quoted_as_written(make_library: Callable[..., Path], written: str) -> None:
    text, where = front("magic-moment", {"  status": written})
    found = [f for f in check_one(make_library, text) if f.rule == "schema.unknown-key"]
    assert [f.line for f in found] == [where["  status"]]
    assert found[0].message.startswith(f"`{written}` is not a consent status"), found[0].message


@pytest.mark.parametrize("written", ["yes", "No", "12"])
def test_other_choices_are_quoted_as_written_too(make_library: Callable[..., Path], written: str) -> None:
    text, _ = front("case-study", {"outcome": written})
    found = [f for f in check_one(make_library, text) if f.rule == "schema.unknown-key"]
    assert found and found[0].message.startswith(f"`{written}` is not a case-study outcome"), found


@pytest.mark.parametrize("langs", [("en",), ("cy",), ("en", "cy")])
@pytest.mark.parametrize("how", ["left out", "empty"])
def test_one_missing_outcome_is_one_finding_at_a_real_line(
    make_library: Callable[..., Path], langs: tuple[str, ...], how: str
) -> None:
    text, where = front("case-study", {"outcome": None if how == "left out" else ""})
    text = text.replace("---\n", "---\n# A note for the writer, never published.\n", 1)
    content = make_library({f"stories/a.{lang}.md": text for lang in langs})
    found = [f for f in check_library(content, "content", today=TODAY).findings if "outcome" in f.message]
    assert len(found) == 1, found
    line = text.split("\n")[found[0].line - 1]
    assert not line.startswith("#"), line
    expected = "outcome:" if how == "empty" else "id:"
    assert line.startswith(expected), line


def test_the_template_outcome_placeholder_is_one_finding_per_file(make_library: Callable[..., Path]) -> None:
    text, _ = front("case-study", {"outcome": '"TODO: positive, mixed or not-as-intended"'})
    found = [f for f in check_one(make_library, text) if "outcome" in f.message]
    assert len(found) == 1 and found[0].rule == "story.placeholder", found


@pytest.mark.parametrize("story_type", ["msc-story"])
def test_a_missing_msc_domain_is_one_finding_at_a_real_line(make_library: Callable[..., Path], story_type: str) -> None:
    text, where = front(story_type, {"  domain": None})
    content = make_library({"stories/a.en.md": text, "stories/a.cy.md": text})
    found = [f for f in errors(check_library(content, "content", today=TODAY).findings)]
    assert [(f.rule, f.line) for f in found] == [("schema.required", where["id"])], found


def test_plurals_are_right_in_english(make_library: Callable[..., Path], tmp_path: Path) -> None:
    text, _ = front("magic-moment")
    content = make_library({"stories/a.en.md": text})
    runner = CliRunner()
    checked = runner.invoke(main, ["check", str(content)]).output
    assert "1 story file checked: 0 errors, 0 warnings." in checked
    built = runner.invoke(main, ["build", str(content), "--out", str(tmp_path / "out"), "-q"]).output
    assert built.startswith("Built 1 story for `intranet` into "), built
    assert "files, 0 stories left out) in " in built
    two = make_library({"stories/b.en.md": text.replace("mm-2026-001", "mm-2026-002")})
    checked = runner.invoke(main, ["check", str(two)]).output
    assert "2 story files checked: 0 errors, 0 warnings." in checked


@pytest.mark.parametrize(
    ("n", "welsh"),
    [(0, "Ni wiriwyd yr un ffeil stori"), (1, "Gwiriwyd 1 ffeil stori"), (2, "Gwiriwyd 2 ffeil stori")],
)
def test_plurals_are_right_in_welsh(make_library: Callable[..., Path], n: int, welsh: str) -> None:
    text, _ = front("magic-moment")
    content = make_library({f"stories/s{i}.en.md": text.replace("mm-2026-001", f"mm-2026-00{i}") for i in range(n)})
    content.joinpath("stories").mkdir(exist_ok=True)
    out = CliRunner().invoke(main, ["--iaith", "cy", "check", str(content)]).output
    assert welsh in out, out


def test_welsh_plural_forms_are_all_six() -> None:
    from storysite.i18n.catalogs import translations
    from storysite.i18n.messages import nmsg

    welsh = translations("cy")
    said = {n: nmsg("{n} story left out", "{n} stories left out", n).localise(welsh) for n in (0, 1, 2, 3, 6, 7)}
    assert said[0] == "dim straeon wedi’u gadael allan"
    assert said[1] == "1 stori wedi’i gadael allan"
    assert said[2] == "2 stori wedi’u gadael allan" and said[7] == "7 stori wedi’u gadael allan"


def test_init_warns_until_the_organisation_is_named(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path / "lib")]).exit_code == 0
    content = tmp_path / "lib" / "content"
    for lang, words in (("en", "Your organisation's name"), ("cy", "Enw eich sefydliad")):
        result = runner.invoke(main, ["--iaith", lang, "check", str(content), "--format", "json"])
        found = [f for f in json.loads(result.output)["findings"] if f["rule"] == "site.placeholder"]
        assert [(f["severity"], f["line"], f["path"].endswith("site.yaml")) for f in found] == [("warning", 4, True)]
        assert words in found[0]["message"] and "organisation" in found[0]["message"]
    assert (
        "ysgrifennwch enw eich sefydliad yn `organisation`"
        in runner.invoke(main, ["--iaith", "cy", "check", str(content)]).output
    )
    site = content / "site.yaml"
    site.write_text(site.read_text().replace("Your organisation's name", "Cyngor Sir Enghraifft"), "utf-8")
    result = runner.invoke(main, ["check", str(content), "--format", "json"])
    found = [f for f in json.loads(result.output)["findings"] if f["rule"] == "site.placeholder"]
    assert len(found) == 1 and "Enw eich sefydliad" in found[0]["message"]  # the Welsh name is still the example's
    site.write_text(site.read_text().replace("Enw eich sefydliad", "Cyngor Sir Enghraifft"), "utf-8")
    result = runner.invoke(main, ["check", str(content), "--format", "json"])
    assert not [f for f in json.loads(result.output)["findings"] if f["rule"] == "site.placeholder"]


# --- 2. YAML mistakes in plain words, in both languages, where the parser stopped -----------------------------

JARGON = ("cannot start any token", "mapping values", "expected key", "expected ','", "end of stream", "scanning")
YAML_MISTAKES = [
    # (name, (key, value) replaced in the front matter, English words, Welsh words)
    ("tab indent", ("  status", None), "tab character", "nod tab"),
    ("tab before a field", ("  scope", None), "tab character", "nod tab"),
    ("deeper indent", ("  scope", None), "indented more than the field above", "wedi’i mewnoli’n fwy"),
    ("apostrophe", ("title", "'Mair's garden'"), "the apostrophe in `Mair's`", "mae’r collnod yn `Mair's`"),
    ("no space after colon", ("summary", None), "no space after its colon", "does dim bwlch ar ôl y colon"),
    ("colon in value", ("title", "Note: a story"), "this value holds `: `", "mae `: ` yn y gwerth hwn"),
    ("unclosed double quote", ("summary", '"A short summary.'), "never closed", "byth yn cael ei gau"),
    (
        "unclosed list",
        ("wellbeing", "[health, relationships"),
        "is not closed: end it with `]`",
        "nid yw’r rhestr a agorwyd â `[`",
    ),
    ("double quote inside", ("title", '"She said "hi" today"'), "a double quote inside", "dyfynnod dwbl"),
    ("value starting with @", ("title", "@home again"), "cannot start with the character @", "â’r nod @"),
]
SPECIAL_LINES = {  # mistakes made by rewriting whole lines
    "tab indent": ("  status: given", "\tstatus: given"),
    "tab before a field": ("date: 2026-03-14", "\tdate: 2026-03-14"),
    "deeper indent": ("  scope: [intranet]", "     scope: [intranet]"),
    "no space after colon": ("summary: A short summary.", "summary:A short summary."),
}


def parser_mark(front_matter: str) -> tuple[int, int]:
    """Where PyYAML itself stops (1-based, in the file: the front matter starts on line 2)."""
    import yaml

    try:
        yaml.compose(front_matter, Loader=yaml.CSafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return mark.line + 2, mark.column + 1
    raise AssertionError("the YAML was read")


@pytest.mark.parametrize(("name", "change", "english", "welsh"), YAML_MISTAKES, ids=[m[0] for m in YAML_MISTAKES])
def test_a_yaml_mistake_is_said_in_plain_words_in_both_languages(
    make_library: Callable[..., Path], name: str, change: tuple[str, str | None], english: str, welsh: str
) -> None:
    key, value = change
    text, _ = front("magic-moment", {key: value} if value is not None else {})
    if name in SPECIAL_LINES:
        old, new = SPECIAL_LINES[name]
        text = text.replace(old, new)
    content = make_library({"stories/a.en.md": text})
    line, column = parser_mark(text.split("---\n")[1].rstrip("\n"))
    for lang, words in (("en", english), ("cy", welsh)):
        result = CliRunner().invoke(main, ["--iaith", lang, "check", str(content), "--format", "json"])
        assert result.exit_code == 1
        found = [f for f in json.loads(result.output)["findings"] if f["rule"] == "yaml.syntax"]
        assert [(f["line"], f["column"]) for f in found] == [(line, column)], found
        assert words in found[0]["message"], found[0]["message"]
        assert not any(j in found[0]["message"] for j in JARGON), found[0]["message"]
    assert "Nid oedd modd darllen y YAML" in CliRunner().invoke(main, ["--iaith", "cy", "check", str(content)]).output


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["tab", "apostrophe", "nospace", "unclosed", "colon"]),
    field=st.sampled_from(["title", "summary"]),
    before=WORDS,
    after=WORDS,
)
def test_generated_yaml_mistakes_are_named(
    make_library: Callable[..., Path], kind: str, field: str, before: str, after: str
) -> None:
    """The same mistakes anywhere in a title or summary, with any words around them."""
    value = {
        "tab": f"{before} {after}",
        "apostrophe": f"'{before}'s {after}'",
        "nospace": f"{before} {after}",
        "unclosed": f'"{before} {after}',
        "colon": f"{before}: {after}",
    }[kind]
    text, where = front("magic-moment", {field: value})
    lines = text.split("\n")
    if kind == "tab":
        lines[where[field] - 1] = "\t" + lines[where[field] - 1]
    if kind == "nospace":
        lines[where[field] - 1] = lines[where[field] - 1].replace(": ", ":", 1)
        lines.insert(where[field], "  extra: x")  # a field below, so that the value is read as a key
    text = "\n".join(lines)
    content = make_library({"stories/a.en.md": text})
    found = [f for f in check_library(content, "content", today=TODAY).findings if f.rule == "yaml.syntax"]
    words = {
        "tab": "tab character",
        "apostrophe": f"the apostrophe in `{before}'s`",
        "nospace": "no space after its colon",
        "unclosed": "never closed",
        "colon": "this value holds `: `",
    }[kind]
    assert len(found) == 1 and words in found[0].message, (text, found)
    assert (found[0].line, found[0].column) == parser_mark(text.split("---\n")[1].rstrip("\n"))


# --- 7. After the first command, `storysite` is not on PATH: say how to run it -------------------------------


def test_init_says_how_to_run_storysite_when_the_shell_cannot_find_it(tmp_path: Path) -> None:
    import sys

    runner = CliRunner()
    lost = runner.invoke(main, ["init", str(tmp_path / "a")], env={"PATH": str(tmp_path / "nowhere")})
    assert lost.exit_code == 0
    if sys.prefix != sys.base_prefix:  # in a virtual environment, as the README installs it
        assert f"run `. {sys.prefix}/bin/activate`" in lost.output and "pipx install " in lost.output
    else:
        assert "python3 -m storysite" in lost.output
    welsh = runner.invoke(main, ["--iaith", "cy", "init", str(tmp_path / "b")], env={"PATH": str(tmp_path / "x")})
    assert "ym mhob terfynell newydd" in welsh.output
    found = runner.invoke(main, ["init", str(tmp_path / "c")], env={"PATH": f"{Path(sys.executable).parent}"})
    assert "activate" not in found.output and "pipx" not in found.output


@pytest.mark.parametrize("doc", ["README.md", "docs/practitioners.md", "docs/ymarferwyr.md"])
def test_the_docs_say_how_to_run_storysite(doc: str) -> None:
    from conftest import REPO

    text = (REPO / doc).read_text(encoding="utf-8")
    assert "/bin/activate" in text and "pipx install" in text, doc


def test_the_first_command_prints_how_to_run_storysite(tmp_path: Path) -> None:
    """scripts/serve-example.sh, run with its installing and serving stood in for, prints the advice first."""
    import subprocess

    from conftest import REPO

    script = (REPO / "scripts" / "serve-example.sh").read_text(encoding="utf-8")
    fake = tmp_path / "repo"
    (fake / "scripts").mkdir(parents=True)
    (fake / "scripts" / "serve-example.sh").write_text(script, encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    python3 = bin_dir / "python3"  # stands in for Python: makes .venv/bin/storysite, installs nothing
    python3.write_text(
        '#!/bin/sh\nif [ "$1" = "-m" ] && [ "$2" = "venv" ]; then mkdir -p "$3/bin"; '
        "printf '#!/bin/sh\\nexit 0\\n' > \"$3/bin/python\"; printf '#!/bin/sh\\necho served \"$@\"\\n' "
        '> "$3/bin/storysite"; chmod +x "$3/bin/python" "$3/bin/storysite"; fi\nexit 0\n'
    )
    python3.chmod(0o755)
    result = subprocess.run(
        ["bash", str(fake / "scripts" / "serve-example.sh")],
        capture_output=True,
        text=True,
        env={"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path)},
        check=True,
    )
    out = result.stdout
    assert f'. "{fake}/.venv/bin/activate"' in out and f'pipx install "{fake}"' in out, out
    assert "ym mhob terfynell newydd" in out
    assert out.rstrip().endswith("served serve content"), out  # the advice comes before serving starts
