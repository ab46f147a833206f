"""Markdown a practitioner writes by accident: text indented into a code block is warned of at its line (issue 18.3)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TODAY, story_text
from hypothesis import given, settings
from hypothesis import strategies as st

from storysite.check.library import check_library
from storysite.cli import main
from storysite.content.markdown import check_body, parse, parse_for_check

CODE = "markdown.code-block"


def code_warnings(body: str) -> list[tuple[int, int]]:
    """Line and column (line 1 is the body's first) of each code-block warning, as a build finds them."""
    found = check_body(parse(body), body.split("\n"), 1, "s.en.md")
    assert all(f.severity == "warning" for f in found if f.rule == CODE)
    return [(f.line, f.column) for f in found if f.rule == CODE]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Dai went out.\n\n    He sat in the garden.\n    It was warm.\n", [(3, 5)]),
        ("\tA paragraph indented by a tab.\n", [(1, 2)]),
        ("First.\n\n        Eight spaces.\n\nLast.\n", [(3, 9)]),
        ("- a list item\n\n      indented past the item's text\n", [(3, 7)]),
        (">     a quote with four spaces more\n", [(1, 7)]),
        ("1.     an item whose text starts four spaces in\n", [(1, 8)]),
        ("    one\n\nmiddle\n\n    two\n", [(1, 5), (5, 5)]),
        ("## Background information\n\n    Indented.\n", [(3, 5)]),
    ],
)
def test_indented_text_is_warned_of_at_its_line(body: str, expected: list[tuple[int, int]]) -> None:
    assert code_warnings(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Dai went out.\n    A continuation line stays in its paragraph.\n",
        "   Three spaces are not enough.\n",
        "- item\n\n  its second paragraph\n",
        "> a quote\n>  with two spaces\n",
        "Plain text.\n\nMore text.\n",
        "```\nfenced\n```\n",
    ],
)
def test_text_that_is_no_indented_code_block_is_not_warned_of(body: str) -> None:
    assert code_warnings(body) == []


LINES = st.lists(
    st.tuples(
        st.sampled_from(["", " ", "  ", "   ", "    ", "     ", "\t", " \t", "> ", ">     ", "- ", "-     ", "1. "]),
        st.sampled_from(["", "Dai", "went out", "## Heading", "- item", "x"]),
    ).map("".join),
    max_size=8,
)


@settings(max_examples=500, deadline=None)
@given(lines=LINES)
def test_check_warns_of_the_same_code_blocks_as_a_build(lines: list[str]) -> None:
    """`storysite check` parses a body without markup less than a build does: it must still see every code block."""
    body = "\n".join(lines)
    as_built = check_body(parse(body), lines, 1, "s.en.md")
    assert check_body(parse_for_check(body, headings=True)[0], lines, 1, "s.en.md") == as_built
    assert check_body(parse_for_check(body, headings=False)[0], lines, 1, "s.en.md") == as_built
    expected = [t.map[0] + 1 for t in parse(body) if t.type == "code_block" and t.map]
    assert [f.line for f in as_built if f.rule == CODE] == expected


def test_the_story_is_still_published_with_a_warning(make_library: Callable[..., Path]) -> None:
    body = "Dai went out to the garden.\n\n    He sat in the sun."
    content = make_library({"stories/a.en.md": story_text(body=body)})
    library = check_library(content, "content", today=TODAY)
    code = [f for f in library.findings if f.rule == CODE]
    line = story_text(body=body).split("\n").index("    He sat in the sun.") + 1
    assert [(f.path, f.line, f.column, f.severity) for f in code] == [("content/stories/a.en.md", line, 5, "warning")]
    assert [s.id for s in library.stories if not s.has_errors] == ["mm-2026-001"]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "starts with a tab or four spaces, so it is shown as a block of computer code"),
        ("cy", "yn dechrau â thab neu bedwar bwlch, felly caiff ei ddangos fel bloc o god cyfrifiadur"),
    ],
)
def test_check_says_it_in_both_languages(make_library: Callable[..., Path], lang: str, words: str) -> None:
    text = story_text(lang="cy", body="Aeth Dai allan.\n\n\tEisteddodd yn yr haul.")
    content = make_library({"stories/a.cy.md": text})
    number = text.split("\n").index("\tEisteddodd yn yr haul.") + 1
    result = CliRunner().invoke(
        main,
        ["--iaith", lang, "check", str(content)],
        env={"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""},
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "[markdown.code-block]" in x)
    assert line.startswith(f"{content}/stories/a.cy.md:{number}:2: ") and words in line
