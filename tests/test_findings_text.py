"""Findings say what was found (issue 15, item 4): the `text` field, the quoted words, JSON and serve's page."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

from click.testing import CliRunner
from conftest import TODAY, story_text

from storysite.check.library import check_library
from storysite.cli import main
from storysite.findings import Finding, Span, error, format_json, format_text, shown, summarise
from storysite.privacy import MESSAGES
from storysite.serve.error_page import error_page

BODY = "Dai went out.\n\nShe visited J\u200bohn Pritchard and rang 07700\u200b900123 twice.\n"


def _identifying(content: Path) -> list[Finding]:
    return [f for f in check_library(content, "content", today=TODAY).findings if f.category in MESSAGES]


def test_a_finding_carries_the_words_as_written_at_their_place_in_the_file(make_library) -> None:
    content = make_library({"stories/a.en.md": story_text(body=BODY)})
    found = _identifying(content)
    assert [(f.category, f.text) for f in found] == [
        ("person-name", "J\u200bohn Pritchard"),
        ("phone", "07700\u200b900123"),
    ]
    lines = (content / "stories" / "a.en.md").read_text(encoding="utf-8").split("\n")
    for f in found:
        assert lines[f.line - 1][f.column - 1 : f.column - 1 + f.length] == f.text


def test_a_finding_in_a_front_matter_field_carries_its_words(make_library) -> None:
    content = make_library({"stories/a.en.md": story_text(title="A visit to G&#97;reth Pritchard")})
    [f] = _identifying(content)
    assert f.text == "G&#97;reth Pritchard"
    line = (content / "stories" / "a.en.md").read_text(encoding="utf-8").split("\n")[f.line - 1]
    assert line[f.column - 1 : f.column - 1 + f.length] == f.text


def test_other_findings_have_no_text() -> None:
    plain = error(Span("a.md", 1, 1, 3), "schema.type", "Bad.")
    assert plain.text == "" and Finding("a.md", 1, 1, 3, "schema", "error", "schema.type", "Bad.").text == ""
    assert plain == Finding("a.md", 1, 1, 3, "schema", "error", "schema.type", "Bad.")


def test_a_finding_pickles_with_its_text() -> None:
    finding = error(Span("a.md", 2, 3, 16), "privacy.person-name", "msg", "J\u200bohn Pritchard")
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(finding, protocol))
        assert again == finding and again.text == "J\u200bohn Pritchard"


def test_text_output_quotes_the_words_in_both_languages(make_library) -> None:
    content = make_library({"stories/a.en.md": story_text(body="Dai met Gareth Pritchard.\n")})
    [f] = _identifying(content)
    english = format_text(f, "en")
    welsh = format_text(f, "cy")
    assert ": error: “Gareth Pritchard” looks like a real person's name." in english
    assert "`pseudonyms`" in english and "`allow`" in english and "Rewrite it" in english
    assert "gwall: Mae “Gareth Pritchard” yn edrych fel enw person go iawn." in welsh
    assert "`pseudonyms`" in welsh and "`allow`" in welsh


def test_invisible_characters_are_named_in_the_message() -> None:
    assert shown("J\u200bohn") == "J[U+200B]ohn"
    assert shown("Gareth\nPritchard") == "Gareth Pritchard"
    assert shown("x" * 200).endswith("…") and len(shown("x" * 200)) == 80


def test_check_json_has_the_text_and_keeps_every_field(make_library) -> None:
    content = make_library({"stories/a.en.md": story_text(body=BODY)})
    runner = CliRunner()
    result = runner.invoke(main, ["check", str(content), "--format", "json"], env={"LANG": "C.UTF-8", "LC_ALL": ""})
    data = json.loads(result.output)
    found = [f for f in data["findings"] if f["category"] in MESSAGES]
    assert [f["text"] for f in found] == ["J\u200bohn Pritchard", "07700\u200b900123"]
    for f in found:
        assert set(f) == {"path", "line", "column", "length", "category", "severity", "rule", "message", "text"}
        assert f["message"].startswith("“" + shown(f["text"]) + "”")
        assert f["length"] == len(f["text"])


def test_json_reporter_keeps_text_for_a_finding_made_by_hand() -> None:
    finding = error(Span("a.md", 1, 1, 6), "privacy.person-name", "m", "Gareth")
    [row] = json.loads(format_json([finding], summarise([finding])))["findings"]
    assert row["text"] == "Gareth"


def test_serve_error_page_shows_the_words(make_library) -> None:
    content = make_library({"stories/a.en.md": story_text(body=BODY + "\nCall <b>Gareth</b> Pritchard.\n")})
    page = error_page(_identifying(content), [], None, "v1").decode("utf-8")
    assert '<q class="found">J[U+200B]ohn Pritchard</q>' in page
    assert '<q class="found">07700[U+200B]900123</q>' in page
    assert "“J[U+200B]ohn Pritchard” looks like a real person&#x27;s name." in page
    assert "Mae “J[U+200B]ohn Pritchard” yn edrych fel enw person go iawn." in page
    assert "<b>Gareth" not in page
