"""Findings are made from a span and a rule, the rule naming the category (issue 16, item 4).

Every rule storysite reports has a category in one table (storysite.findings.RULES), and a finding about
a story as a whole points at a real line of its file: the key it is about when it is written, else the
story's id, else the front matter's opening `---`.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from conftest import TODAY, story_text

from storysite.check.library import check_library
from storysite.findings import (
    IDENTIFYING_CATEGORIES,
    OTHER_CATEGORIES,
    RULE_CATEGORY,
    RULES,
    Finding,
    Span,
    category_of,
    error,
    warning,
)
from storysite.model import EXCLUSION_TEXT, PHOTO_EXCLUSION_TEXT, SIGN_OFF_REASONS
from storysite.privacy import scan_text

# What photo_exclusion may give: a photo is never left out for its story's errors or sign-off (the story is).
PHOTO_REASONS = set(PHOTO_EXCLUSION_TEXT) - {"error"} - SIGN_OFF_REASONS
PACKAGE = Path(__file__).resolve().parent.parent / "storysite"
RULE_SHAPE = re.compile(r"^[a-z-]+\.[a-z-]+(\.[a-z-]+)?$")
MAKERS = {"error", "warning", "at", "warn", "Problem", "problem"}  # what takes a rule as its second argument
FIRST_MAKERS = {"PhotoProblem"}  # what takes a rule as its first


def _rules_in_source() -> tuple[set[str], set[str]]:
    """The rules the code passes to a finding's makers (or names `rule`), and the prefixes of rules it builds."""
    rules: set[str] = set()
    prefixes: set[str] = set()

    def take(node: ast.expr) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and RULE_SHAPE.match(node.value):
            rules.add(node.value)
        elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
            prefixes.add(str(node.values[0].value))
        elif isinstance(node, ast.IfExp):
            take(node.body)
            take(node.orelse)

    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name in MAKERS and len(node.args) >= 2:
                    take(node.args[1])
                elif name in FIRST_MAKERS:
                    take(node.args[0])
            elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "rule" for t in node.targets):
                take(node.value)
    return rules, prefixes


def test_every_rule_the_code_reports_has_a_category() -> None:
    rules, prefixes = _rules_in_source()
    assert len(rules) > 50, sorted(rules)  # the scan found the rules, so an empty table could not pass
    for rule in sorted(rules):
        assert category_of(rule) in IDENTIFYING_CATEGORIES + OTHER_CATEGORIES, rule
    assert prefixes == {"consent.", "photo."}, prefixes  # f"consent.{reason}", f"photo.{reason}": exclusion warnings
    for reason in EXCLUSION_TEXT:
        assert category_of(f"consent.{reason}") == "consent"
    for reason in PHOTO_REASONS:
        assert category_of(f"photo.{reason}") == "consent"


def test_the_table_names_no_rule_the_code_never_reports() -> None:
    rules, _ = _rules_in_source()
    exclusions = {f"consent.{reason}" for reason in EXCLUSION_TEXT} | {f"photo.{reason}" for reason in PHOTO_REASONS}
    assert set(RULE_CATEGORY) - rules - exclusions == set()
    assert set(RULES) <= set(OTHER_CATEGORIES)
    assert sum(len(r) for r in RULES.values()) == len(RULE_CATEGORY)  # no rule under two categories


def test_an_identifying_rule_names_its_category() -> None:
    privacy_rules = set()
    for path in (PACKAGE / "privacy").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("privacy."):
                privacy_rules.add(node.value)
    assert len(privacy_rules) > 20
    for rule in privacy_rules:
        assert category_of(rule + ("x" if rule.endswith(".") else "")) in IDENTIFYING_CATEGORIES, rule
    text = (
        "Dai met Gareth Pritchard at 12 High Street, Cardiff CF10 1AA. Ring 07700 900123 or gareth@example.com. "
        "NHS number 943 476 5919, NI number QQ 12 34 56 C, born 3 March 1948, a pupil at Ysgol Gymraeg Bro Taf."
    )
    found = scan_text(text, "en", pseudonyms=["Dai"])
    assert len({d.category for d in found}) >= 6, found
    for d in found:
        assert category_of(d.rule) == d.category, d


def test_an_unknown_rule_fails_loudly() -> None:
    with pytest.raises(KeyError, match="no category"):
        error(Span("a.md"), "schema.no-such-rule", "Bad.")
    with pytest.raises(KeyError):
        warning(Span("a.md"), "privacy.not-a-category", "Bad.")


def test_a_finding_takes_its_place_from_the_span_and_its_category_from_the_rule() -> None:
    assert error(Span("a.md", 3, 5, 7), "consent.scope", "m") == Finding(
        "a.md", 3, 5, 7, "consent", "error", "consent.scope", "m"
    )
    assert warning(Span("a.md"), "markdown.code-block", "m") == Finding(
        "a.md", 1, 1, 1, "content", "warning", "markdown.code-block", "m"
    )
    assert error(Span("a.md", 2, 1, 6), "privacy.person-name.full-name", "m", "Gareth").category == "person-name"


def _findings(make_library, text: str, other: str | None = None) -> tuple[list[Finding], list[str]]:
    files = {"stories/a.en.md": text}
    if other is not None:
        files["stories/a.cy.md"] = other
    content = make_library(files)
    found = check_library(content, "content", today=TODAY).findings
    return [f for f in found if f.path.endswith("a.en.md")], text.split("\n")


def _line(lines: list[str], finding: Finding) -> str:
    assert 1 <= finding.line <= len(lines), finding
    return lines[finding.line - 1]


def test_a_missing_outcome_points_at_the_story_id(make_library) -> None:
    text = story_text("cs-2026-001", story_type="case-study", body="## Background\n\nIt went well.\n")
    found, lines = _findings(make_library, text)
    [missing] = [f for f in found if f.rule == "schema.required" and "outcome" in f.message]
    assert _line(lines, missing) == "id: cs-2026-001"
    assert lines[missing.line - 1][missing.column - 1 :][: missing.length] == "cs-2026-001"


def test_a_missing_id_points_at_the_front_matters_first_field(make_library) -> None:
    text = story_text().replace("---\nid: mm-2026-001\n", "---\n# written by hand\n\n")
    found, lines = _findings(make_library, text)
    [missing] = [f for f in found if f.rule == "schema.required"]
    assert "`id`" in missing.message and _line(lines, missing) == "type: magic-moment"


def test_an_empty_required_field_points_at_its_key(make_library) -> None:
    text = story_text(story_type="case-study").replace("type: case-study\n", "type: case-study\noutcome:\n")
    found, lines = _findings(make_library, text)
    [empty] = [f for f in found if f.rule == "schema.required" and "outcome" in f.message]
    assert _line(lines, empty).startswith("outcome:")


def test_front_matter_that_is_not_fields_points_at_what_is_written(make_library) -> None:
    text = "---\n# a note\n- one\n- two\n---\nSome text.\n"
    found, lines = _findings(make_library, text)
    [problem] = [f for f in found if f.rule == "frontmatter.not-mapping"]
    assert _line(lines, problem) == "- one"


def test_an_exclusion_points_at_the_consent_record(make_library) -> None:
    consent = "consent:\n  status: pending\n  date: 2026-03-20\n  scope: [intranet]\n"
    text = story_text(consent=consent)
    content = make_library({"stories/a.en.md": text})
    found = check_library(content, "content", audience="public", today=TODAY).findings
    [left_out] = [f for f in found if f.rule == "consent.pending"]
    assert _line(text.split("\n"), left_out) == "  status: pending"


def test_languages_that_disagree_point_at_the_field(make_library) -> None:
    found, lines = _findings(make_library, story_text(), story_text(lang="cy", date="2026-03-15"))
    disagree = [f for f in found if f.rule == "story.disagree"]
    assert disagree and all(_line(lines, f).startswith("date:") for f in disagree)
