"""Issue 22, item 12: a control character in any text that reaches a page or feed is a located error.

C0 controls but tab and newline, DEL, C1 controls and U+FFFE/U+FFFF, written raw or as a YAML escape
(`\\x0b`, `\\v`, `\\u0001`), in a story's title, summary or body, a site.yaml label or a panel's text:
each gives `text.control-character` at its line and column, and both Atom feeds stay valid XML.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import SITE_YAML, TODAY, story_text
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from test_serve import everything_under

from storysite.build import build_site
from storysite.check.config import parse_config
from storysite.check.panels import parse_panel
from storysite.check.schema import read_version
from storysite.content.load import SourceFile
from storysite.content.yamlsafe import CONTROL, parse_yaml

CONFIG = parse_config(parse_yaml(SITE_YAML), "site.yaml", SITE_YAML)[0]
CONTROLS = [chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0xFFFE, 0xFFFF]]
SHORT = {0: "\\0", 7: "\\a", 8: "\\b", 0x0B: "\\v", 0x0C: "\\f", 0x0D: "\\r", 0x1B: "\\e", 0x85: "\\N"}


def escapes(char: str) -> list[str]:
    """Every way a double-quoted YAML string can write `char`."""
    code = ord(char)
    forms = [f"\\u{code:04x}", f"\\U{code:08X}"] + ([f"\\x{code:02x}"] if code < 0x100 else [])
    return forms + ([SHORT[code]] if code in SHORT else [])


@st.composite
def written(draw: st.DrawFn) -> tuple[str, str]:
    """A control character and how it is written in a double-quoted YAML string."""
    char = draw(st.sampled_from(CONTROLS))
    return char, draw(st.sampled_from(escapes(char)))


STORY_FIELDS = {"title": 4, "summary": 5}


@settings(max_examples=300, deadline=None)
@given(written(), st.sampled_from(sorted(STORY_FIELDS)), st.sampled_from(["", "Back ", "Yn ôl "]))
def test_an_escaped_control_character_in_a_story_field_is_an_error_at_the_escape(
    control: tuple[str, str], name: str, lead: str
) -> None:
    _, escape = control
    value = f'"{lead}{escape} in the garden"'
    text = story_text("mm-2026-001", title=value) if name == "title" else story_text("mm-2026-001")
    if name == "summary":
        text = text.replace("summary: A short summary.", f"summary: {value}")
    assert CONFIG is not None
    _, findings = read_version(SourceFile("a.en.md", "content/stories/a.en.md", "en", text), CONFIG)
    [found] = [f for f in findings if f.rule == "text.control-character"]
    line = STORY_FIELDS[name]
    column = text.split("\n")[line - 1].index(escape) + 1
    assert (found.line, found.column, found.length, found.severity) == (line, column, len(escape), "error")
    assert found.message_in("cy") != str(found.message)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(CONTROLS), st.integers(0, 3), st.sampled_from(["story", "site", "panel"]))
def test_a_raw_control_character_anywhere_is_an_error_at_its_place(char: str, at: int, where: str) -> None:
    assert CONFIG is not None
    assume(where == "story" or char not in "\r\x85")  # YAML reads these raw as line breaks: no character is left
    if where == "story":  # in the body (the front matter is YAML: the site and panel cases cover it)
        text = story_text("mm-2026-001", body=f"Dai went{char * (at > 0)} out.\nThe {char}garden.")
        _, findings = read_version(SourceFile("a.en.md", "content/stories/a.en.md", "en", text), CONFIG)
        from storysite.check.library import build_story

        version = read_version(SourceFile("a.en.md", "content/stories/a.en.md", "en", text), CONFIG)[0]
        findings += build_story("mm-2026-001", [version], CONFIG)[1]
        body = text.split("\n").index("---", 1) + 2
        expected = [(body, 9)] if at else []
        expected.append((body + 1, 5))
    elif where == "site":
        text = SITE_YAML.replace("en: Kindness", f"en: Kind{char}ness")
        findings = parse_config(parse_yaml(text), "content/site.yaml", text)[1]
        expected = [(6, text.split("\n")[5].index(char) + 1)]
    else:
        text = f"id: p1\ntitle: {{cy: Panel, en: Spring{char} panel}}\ndate: 2026-05-01\nconsidered: [mm-2026-001]\n"
        findings = parse_panel(text, "content/panels/p.yaml", CONFIG, ["mm-2026-001"], {})[1]
        expected = [(2, text.split("\n")[1].index(char) + 1)]
    controls = [f for f in findings if f.rule == "text.control-character"]
    if where == "story":
        assert sorted((f.line, f.column) for f in controls) == sorted(expected), findings
    else:  # the YAML reader stops at the first
        assert [(f.line, f.column) for f in controls] == expected, findings
    assert all(f.is_error for f in controls)


@pytest.mark.parametrize("line", [0, 1, 2])
def test_a_control_character_on_one_line_of_the_body_alone_is_found(line: int) -> None:
    """The body is searched as a whole before line by line: its first and last lines count too."""
    from storysite.check.exposed import control_findings

    body = ["Dai went out.", "The garden.", "Tea was ready."]
    body[line] = body[line].replace(" ", "\x07 ", 1)
    text = story_text("mm-2026-001", body="\n".join(body))
    assert CONFIG is not None
    version = read_version(SourceFile("a.en.md", "content/stories/a.en.md", "en", text), CONFIG)[0]
    found = control_findings(version.shown, version.lines, version.body_line)
    assert [(f.line, f.column) for f in found] == [(version.body_line + line, body[line].index("\x07") + 1)]


@pytest.mark.parametrize("value", ['"A\\ttab"', '"Non-breaking\\_space"', '"Line\\Lseparator"', "A\ttab"])
def test_tab_and_other_spaces_pass(value: str) -> None:
    assert CONFIG is not None
    text = story_text("mm-2026-001", title=value)
    _, findings = read_version(SourceFile("a.en.md", "content/stories/a.en.md", "en", text), CONFIG)
    assert not [f for f in findings if f.is_error], findings


def feeds_parse(out: Path) -> None:
    for lang in ("cy", "en"):
        ET.parse(out / lang / "feed.xml")  # raises on a control character


def test_both_feeds_stay_valid_xml(make_library, tmp_path: Path) -> None:
    content = make_library({"stories/a.en.md": story_text("mm-2026-001")})
    out = tmp_path / "_site"
    assert build_site(content, "content", out, today=TODAY, cache=False).out is not None
    feeds_parse(out)
    before = everything_under(out)
    for number, char in enumerate(["\x0b", "\x01", "\x1b", "\x7f", "\x85", "\x9b", "\ufffe"]):
        escape = escapes(char)[0]
        (content / "stories" / f"b{number}.en.md").write_text(
            story_text(f"mm-2026-1{number:02d}", title=f'"Bad{escape}title"'), encoding="utf-8"
        )
        result = build_site(content, "content", out, today=TODAY, cache=False)
        assert result.out is None
        assert [f.line for f in result.library.findings if f.rule == "text.control-character"] == [4]
        feeds_parse(out)
        assert everything_under(out) == before
        pages = [path.read_text(encoding="utf-8") for pattern in ("*.html", "*.xml") for path in out.rglob(pattern)]
        assert pages and not [page for page in pages if CONTROL.search(page)]
        (content / "stories" / f"b{number}.en.md").unlink()


def test_every_control_character_is_unprintable() -> None:
    """control_findings passes over a printable line without its pattern: that holds only while every character
    the pattern finds is one str.isprintable calls unprintable."""
    import sys

    assert not [hex(c) for c in range(sys.maxunicode + 1) if CONTROL.match(chr(c)) and chr(c).isprintable()]
