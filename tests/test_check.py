"""`storysite check`: every rule gives a located finding, exit codes and the JSON shape are as DESIGN.md says."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, SITE_YAML, TODAY, record_worker_pids, story_text

from storysite.check.library import check_library
from storysite.cli import main

# A Welsh version that leaves the fields both versions share (type, date, consent...) to the English one.
WELSH_WITHOUT_SHARED_FIELDS = (
    "---\nid: mm-2026-001\ntitle: Yn ôl yn yr ardd\nsummary: Crynodeb byr.\npseudonyms: [Dai]\n---\n"
    "Aeth Dai i’r ardd.\n"
)

FINDING_KEYS = {"path", "line", "column", "length", "category", "severity", "rule", "message", "text"}


def findings_for(content: Path, **kwargs: object) -> list:
    return check_library(content, "content", today=TODAY, **kwargs).findings  # type: ignore[arg-type]


def rules(content: Path) -> set[tuple[str, int]]:
    return {(f.rule, f.line) for f in findings_for(content)}


def test_valid_story_has_no_findings(make_library) -> None:
    content = make_library({"stories/a.en.md": story_text(), "stories/a.cy.md": story_text(lang="cy")})
    assert findings_for(content) == []


CASES = [
    # (name, file text, expected rule, expected line)
    ("unknown field", story_text(extra="titel: x\n"), "schema.unknown-field", 14),
    ("bad type", story_text(story_type="magic"), "schema.unknown-key", 3),
    ("bad wellbeing key", story_text().replace("[health]", "[helth]"), "schema.unknown-key", 7),
    ("bad date", story_text(date="14/03/2026"), "schema.date", 6),
    ("impossible date", story_text(date="2026-02-30"), "yaml.date", 6),
    ("bad id", story_text(story_id="Mm_2026"), "schema.id", 2),
    ("id escaping output", story_text(story_id="../../etc"), "schema.id", 2),
    ("missing title", story_text().replace("title: Back in the garden\n", ""), "schema.required", 2),
    ("no consent block", story_text(consent=""), "consent.required", 2),
    ("consent not a mapping", story_text(consent="consent: yes\n"), "consent.malformed", 9),
    (
        "consent given without scope",
        story_text(consent="consent:\n  status: given\n  date: 2026-03-01\n"),
        "consent.scope",
        10,
    ),
    (
        "consent given without date",
        story_text(consent="consent:\n  status: given\n  scope: [intranet]\n"),
        "consent.date",
        10,
    ),
    ("consent bad status", story_text(status="yes"), "schema.unknown-key", 10),
    ("consent unknown audience", story_text(scope="[internet]"), "schema.unknown-key", 12),
    ("malformed yaml", "---\nid: a\ntitle: [unclosed\n---\nbody\n", "yaml.syntax", 4),
    ("missing front matter", "Just a story with no fields.\n", "frontmatter.missing", 1),
    ("unclosed front matter", "---\nid: a\ntitle: x\n", "frontmatter.unclosed", 1),
    ("front matter is a list", "---\n- a\n- b\n---\nbody\n", "frontmatter.not-mapping", 2),
    ("python tag", story_text(extra="allow: !!python/object/apply:os.system [ls]\n"), "yaml.tag", 14),
    ("alias bomb", story_text(extra='allow: &a ["x","x"]\npseudo: &b [*a,*a]\n'), "yaml.alias", 14),
    ("deep nesting", story_text(extra="allow: " + "[" * 300 + "]" * 300 + "\n"), "yaml.depth", 2),
    ("duplicate key", story_text(extra="title: Again\n"), "yaml.duplicate-key", 14),
    ("raw html", story_text(body="Hello <script>alert(1)</script> there"), "markdown.raw-html", 15),
    ("html block", story_text(body="<iframe src=x></iframe>"), "markdown.raw-html", 15),
    ("javascript link", story_text(body="Go [here](javascript:alert(1)) now"), "markdown.unsafe-link", 15),
    ("data link", story_text(body="Go [here](data:text/html,hi) now"), "markdown.unsafe-link", 15),
    ("image", story_text(body="A photo:\n\n![Dai in the garden](dai.jpg)"), "markdown.image", 17),
    ("empty body", story_text(body=""), "story.empty-body", 14),
    ("wrong file name", None, "file.name", 1),
]


@pytest.mark.parametrize(("name", "text", "rule", "line"), CASES, ids=[c[0] for c in CASES])
def test_rule_is_reported_with_its_line(make_library, name: str, text: str | None, rule: str, line: int) -> None:
    files = {"stories/a.en.md": text} if text is not None else {"stories/a.md": story_text()}
    found = findings_for(make_library(files))
    assert (rule, line) in {(f.rule, f.line) for f in found}, found
    assert all(f.path.startswith("content/") for f in found)


def test_not_utf8_names_line_and_column(make_library) -> None:
    content = make_library({"stories/a.en.md": story_text().encode() + b"caf\xe9 au lait\n"})
    [finding] = [f for f in findings_for(content) if f.rule == "file.encoding"]
    assert (finding.line, finding.column) == (16, 4)


@pytest.mark.parametrize(
    "data", [b"", b"   \n\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"], ids=["empty", "blank", "binary"]
)
def test_empty_and_binary_files(make_library, data: bytes) -> None:
    found = findings_for(make_library({"stories/a.en.md": data}))
    assert {f.rule for f in found} & {"file.empty", "file.binary"}


def test_bom_and_crlf_are_valid(make_library) -> None:
    text = "\ufeff" + story_text().replace("\n", "\r\n")
    content = make_library({"stories/a.en.md": text.encode("utf-8")})
    assert findings_for(content) == []


def test_symlink_out_of_content_is_refused(make_library, tmp_path: Path) -> None:
    outside = tmp_path / "secret.en.md"
    outside.write_text(story_text(story_id="secret"), encoding="utf-8")
    content = make_library({"stories/a.en.md": story_text()})
    (content / "stories" / "b.en.md").symlink_to(outside)
    found = findings_for(content)
    assert [f.rule for f in found] == ["file.symlink-outside"]
    assert not any(s.id == "secret" for s in check_library(content, "content", today=TODAY).stories)


def test_duplicate_ids_name_both_files(make_library) -> None:
    content = make_library({"stories/a.en.md": story_text(), "stories/b.en.md": story_text()})
    dupes = [f for f in findings_for(content) if f.rule == "story.duplicate-id"]
    assert {f.path for f in dupes} == {"content/stories/a.en.md", "content/stories/b.en.md"}
    assert all(f.line == 2 for f in dupes)


@pytest.mark.parametrize("min_items", [400, 1], ids=["serial", "forked"])
def test_versions_with_different_file_names_are_one_story(
    make_library, monkeypatch, min_items: int, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Versions are linked by id, not by name: the Welsh file (read last) holds none of the shared fields."""
    if min_items == 1:
        request.getfixturevalue("forking")
        monkeypatch.setenv("STORYSITE_WORKERS", "2")
    monkeypatch.setattr("storysite.parallel.MIN_ITEMS", min_items)
    worker_pids = record_worker_pids(monkeypatch, tmp_path / "worker-pids")
    content = make_library({"stories/garden.en.md": story_text(), "stories/yr-ardd.cy.md": WELSH_WITHOUT_SHARED_FIELDS})
    library = check_library(content, "content", today=TODAY)
    assert bool(worker_pids() - {os.getpid()}) == (min_items == 1)  # forked, the check ran in a worker
    assert library.findings == []
    [story] = library.stories
    assert set(story.versions) == {"cy", "en"}
    assert story.consent is not None and not story.has_errors


def test_language_versions_must_agree(make_library) -> None:
    content = make_library(
        {"stories/a.en.md": story_text(), "stories/a.cy.md": story_text(lang="cy", date="2026-04-01")}
    )
    [finding] = [f for f in findings_for(content) if f.rule == "story.disagree"]
    assert (finding.path, finding.line, finding.category) == ("content/stories/a.en.md", 6, "translation")


def test_shared_fields_may_be_written_once(make_library) -> None:
    content = make_library({"stories/a.en.md": story_text(), "stories/a.cy.md": WELSH_WITHOUT_SHARED_FIELDS})
    library = check_library(content, "content", today=TODAY)
    assert library.findings == []
    assert library.stories[0].languages == ("cy", "en")


def test_unknown_field_suggests_the_right_one(make_library) -> None:
    found = findings_for(make_library({"stories/a.en.md": story_text(extra="sumary: x\n")}))
    assert any("Did you mean `summary`?" in f.message for f in found)


def test_case_study_sections_and_outcome(make_library) -> None:
    text = story_text(story_type="case-study", body="## Background information\n\nSome text.")
    found = findings_for(make_library({"stories/a.en.md": text}))
    missing = [f for f in found if f.rule == "case-study.section"]
    assert len(missing) == 5 and all(f.severity == "warning" for f in missing)
    assert any(f.rule == "schema.required" and "outcome" in f.message for f in found)


def test_welsh_case_study_sections_are_recognised(make_library) -> None:
    from storysite.content.markdown import CASE_STUDY_SECTIONS

    body = "\n\n".join(f"## {s}\n\nTestun." for s in CASE_STUDY_SECTIONS["cy"])
    text = story_text(lang="cy", story_type="case-study", body=body, extra="outcome: mixed\n")
    found = findings_for(make_library({"stories/a.cy.md": text}))
    assert not [f for f in found if f.rule == "case-study.section"]


def test_site_yaml_problems_are_located(make_library) -> None:
    content = make_library({}, site=SITE_YAML + "colour: red\n")
    [finding] = findings_for(content)
    assert (finding.path, finding.line, finding.rule) == ("content/site.yaml", 17, "schema.unknown-field")


def test_pending_withdrawn_and_overdue_are_warnings_not_errors(make_library) -> None:
    overdue = story_text(
        "c", consent="consent:\n  status: given\n  date: 2024-01-01\n  scope: [intranet]\n  review: 2025-01-01\n"
    )
    content = make_library(
        {
            "stories/a.en.md": story_text("a", status="pending"),
            "stories/b.en.md": story_text("b", status="withdrawn"),
            "stories/c.en.md": overdue,
        }
    )
    found = findings_for(content)
    assert {f.rule for f in found} == {"consent.pending", "consent.withdrawn", "consent.review-overdue"}
    assert all(f.severity == "warning" and f.category == "consent" for f in found)


# -- the command line ---------------------------------------------------------------------------


def run(args: list[str], cwd: Path) -> object:
    runner = CliRunner()
    import os

    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(main, args, catch_exceptions=False)
    finally:
        os.chdir(old)


def test_check_exit_codes(make_library) -> None:
    content = make_library({"stories/a.en.md": story_text()})
    assert run(["check"], content.parent).exit_code == 0
    (content / "stories" / "b.en.md").write_text(story_text("b", extra="oops: 1\n"), encoding="utf-8")
    result = run(["check", "content"], content.parent)
    assert result.exit_code == 1
    assert "content/stories/b.en.md:14:1: error: Unknown field `oops`" in result.output
    assert run(["check", "--format", "xml"], content.parent).exit_code == 2
    assert run(["check", "no-such-folder"], content.parent).exit_code == 2


@pytest.mark.parametrize("command", ["check", "build"])
def test_an_audience_site_yaml_does_not_list_is_a_usage_error(make_library, command: str) -> None:
    content = make_library({"stories/a.en.md": story_text()})
    result = run([command, "content", "--audience", "internet"], content.parent)
    assert result.exit_code == 2
    assert "There is no audience `internet` in site.yaml" in result.output
    assert not (content.parent / "_site").exists()


@pytest.mark.parametrize("field", ["wellbeing: [health, relationships]", "themes: [kindness, small]"])
def test_shared_lists_may_differ_in_order(make_library, field: str) -> None:
    name, values = field.split(": ")
    swapped = f"{name}: [{', '.join(reversed(values.strip('[]').split(', ')))}]"
    english = story_text().replace(f"{name}: [{'health' if name == 'wellbeing' else 'kindness'}]", field)
    welsh = story_text(lang="cy").replace(f"{name}: [{'health' if name == 'wellbeing' else 'kindness'}]", swapped)
    content = make_library({"stories/a.en.md": english, "stories/a.cy.md": welsh})
    assert findings_for(content) == []
    scope_en = story_text(scope="[intranet, public]")
    scope_cy = story_text(lang="cy", scope="[public, intranet]")
    assert findings_for(make_library({"stories/a.en.md": scope_en, "stories/a.cy.md": scope_cy})) == []


def test_an_unreadable_version_does_not_give_its_sibling_false_errors(make_library) -> None:
    welsh = "---\nid: mm-2026-001\ntitle: Yn ôl yn yr ardd\nsummary: Crynodeb byr.\npseudonyms: [Dai]\n---\nAeth Dai.\n"
    content = make_library(
        {"stories/a.en.md": story_text().encode("latin-1", "replace") + b"caf\xe9\n", "stories/a.cy.md": welsh}
    )
    found = findings_for(content)
    assert [(f.path, f.rule) for f in found if f.is_error] == [("content/stories/a.en.md", "file.encoding")]
    library = check_library(content, "content", today=TODAY)
    assert not library.ok and all(s.has_errors for s in library.stories)


def test_check_json_shape(make_library) -> None:
    content = make_library({"stories/a.en.md": story_text(extra="oops: 1\n")})
    result = run(["check", "content", "--format", "json"], content.parent)
    data = json.loads(result.output)
    assert set(data) == {"findings", "summary"}
    [finding] = data["findings"]
    assert set(finding) == FINDING_KEYS
    assert finding == {
        "path": "content/stories/a.en.md",
        "line": 14,
        "column": 1,
        "length": 4,
        "category": "schema",
        "severity": "error",
        "rule": "schema.unknown-field",
        "message": finding["message"],
        "text": "",
    }
    assert data["summary"]["errors"] == 1


def test_every_command_has_help() -> None:
    for name, command in main.commands.items():
        assert command.help, name
        assert CliRunner().invoke(main, [name, "--help"]).exit_code == 0


@pytest.mark.parametrize(
    "text",
    [
        story_text("mm-2026-001"),
        "no front matter at all\nsecond line\n",
        "---\nid: mm-2026-001\ntitle: never closed\n",
        "---\n---\n",
        "",
    ],
)
def test_a_version_sent_back_without_its_text_is_rebuilt_exactly(text: str) -> None:
    from dataclasses import replace

    from storysite.check.config import read_config
    from storysite.check.library import with_text
    from storysite.check.schema import read_version
    from storysite.content.load import SourceFile

    config, _ = read_config(REPO / "content", "content/site.yaml")
    assert config is not None
    version, _ = read_version(SourceFile("stories/a.en.md", "content/stories/a.en.md", "en", text), config)
    assert with_text(replace(version, lines=(), body=""), text) == version


def test_check_without_pages_finds_the_same_as_a_build_would(tmp_path: Path) -> None:
    from storysite.render.story_body import story_body

    content = REPO / "content"
    with_pages = check_library(content, "content", today=TODAY, page_text=story_body)
    without = check_library(content, "content", today=TODAY)
    assert without.findings == with_pages.findings
    assert [s.id for s in without.stories] == [s.id for s in with_pages.stories]
    assert all(s.html == {} and s.search_words == {} for s in without.stories)
    assert all(s.html for s in with_pages.stories)


@pytest.mark.parametrize(
    ("yaml_text", "read", "expect"),
    [
        ("consent:\n  scope:\n", "list", ("schema.required", 2, "`consent.scope` is empty: list one or more of")),
        ("consent:\n  status:\n", "choice", ("schema.required", 2, "`consent.status` is empty: use")),
        ('consent:\n  scope: ["TODO: a"]\n', "list", ("schema.placeholder", 2, "`consent.scope` is not filled")),
        ('consent:\n  status: "TODO: a"\n', "choice", ("schema.placeholder", 2, "`consent.status` is not filled")),
        ("consent:\n  scope: [web, intranet]\n", "list", ("schema.unknown-key", 2, "`web` is not a")),
        ("consent:\n  status: yes\n", "choice", ("schema.unknown-key", 2, "`yes` is not a")),
    ],
)
def test_a_list_and_a_single_choice_say_a_field_the_same_way(yaml_text: str, read: str, expect: tuple) -> None:
    """Both readers name a nested field by its dotted path, and find the same problems at the same places."""
    from storysite.check.fields import FieldChecker
    from storysite.content.yamlsafe import parse_yaml

    doc = parse_yaml(yaml_text)
    fields = FieldChecker("story.en.md", doc)
    block = doc.data["consent"]
    if read == "list":
        fields.keys_list(block, ("consent",), "scope", ["intranet", "public"], required=True, what="audience")
    else:
        fields.choice(block, ("consent",), "status", ["given", "pending"], required=True, what="status")
    [finding] = fields.findings
    assert (finding.rule, finding.line) == expect[:2]
    assert str(finding.message).startswith(expect[2]), finding.message


@pytest.mark.parametrize("marker", ["TODO:", "I'W LENWI:", "I’W LENWI:"])
@pytest.mark.parametrize("where", ["front", "body"])
def test_every_placeholder_marker_is_found_in_front_matter_and_body(marker: str, where: str) -> None:
    """placeholders() looks for the markers' endings before it runs the pattern: each marker must still be found."""
    from storysite.check.placeholders import placeholders
    from storysite.vocabulary import PLACEHOLDER_RE

    assert PLACEHOLDER_RE.search(marker)
    lines = ["---", f'title: "{marker} a title"' if where == "front" else "title: A title", "---"]
    lines.append(f"Some text. {marker} the story" if where == "body" else "Some text.")
    found = placeholders(lines, front=(2, 2))
    expected = [(2 if where == "front" else 4, marker)]
    assert [(line, marker_found) for line, _, _, _, _, marker_found in found] == expected
