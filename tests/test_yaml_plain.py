"""Front matter read without libyaml's nodes gives what libyaml and the builder give: data, positions, problems."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storysite.content import yamlsafe
from storysite.content.yamlsafe import Document, parse_yaml

ROOT = Path(__file__).resolve().parents[1]


def _full(text: str, line_offset: int) -> Document:
    """parse_yaml through libyaml's composer and the builder only."""
    plain = yamlsafe._plain_front_matter
    yamlsafe._plain_front_matter = lambda text, line_offset: None  # type: ignore[assignment]
    try:
        return parse_yaml(text, line_offset=line_offset)
    finally:
        yamlsafe._plain_front_matter = plain


def _shape(doc: Document) -> tuple:
    return (
        repr(doc.data),
        list(doc.values.items()),
        list(doc.keys.items()),
        list(doc.raw.items()),
        [(p.pos, p.rule, str(p.message)) for p in doc.problems],
    )


def _same(text: str, line_offset: int = 1) -> bool:
    """Both paths agree on TEXT; True when the plain reader read it (rather than leaving it to libyaml)."""
    assert _shape(parse_yaml(text, line_offset=line_offset)) == _shape(_full(text, line_offset)), text
    return yamlsafe._plain_front_matter(text, line_offset) is not None


STORY = """id: mm-000001
title: "Paned yn yr haul (1)"
summary: Newid bach yn yr wythnos a wnaeth wahaniaeth go iawn.
type: magic-moment
date: 2022-12-29
service: day-services
wellbeing: [health, 'rights', "agency"]
themes: []
consent:
  status: given
  date: 2023-01-05
  scope: [intranet]

impact:
  - outcome: Yn teimlo'n llai unig
    area: accommodation
    comments: ""
  - plain item
photos:
  - file: a.jpg
    shows_people: no
pseudonyms: [Owain, Mair Jones]"""


@pytest.mark.parametrize(
    "text",
    [
        "# top\nid: x # c\nt: a#b # c\nl: [a, b] # c\nm: {a: b} # c\n# end",
        "a:  # their own consent\n  b: 1\n  # between\n  c: [x]\n# less indented\n  d: y",
        'f:\n  cy: {body: "954ee2b4", id: f2f19cdc, n: 1, d: 2024-01-01}\n  en: {}',
    ],
)
def test_comments_and_flow_mappings_are_read_plainly(text: str) -> None:
    assert _same(text)


def test_a_story_is_read_plainly_and_the_same() -> None:
    assert _same(STORY)
    doc = parse_yaml(STORY, line_offset=1)
    assert doc.data["photos"][0]["shows_people"] is False
    assert doc.raw[("photos", 0, "shows_people")] == "no"
    assert doc.pos(("wellbeing", 2)).column == 31  # the opening quote of "agency"


@pytest.mark.parametrize(
    "text",
    [
        "title: Note: this",  # `: ` in a plain value is an error
        "title: a #comment",
        "# a comment\nid: x",
        "title: a\n  runs on",
        "title: |\n  block",
        "title: >\n  folded",
        "title: &a x\nsummary: *a",
        "title: !!python/object x",
        'title: "esc\\x01"',
        "title: 'it''s'",
        "title: x\ntitle: y",
        "title:\nsummary: x",
        "date: 2022-13-45",
        "date: 2022-02-30",
        "n: 0o17\nm: 0x1F\nf: 1_000.5\ng: .inf\nh: ~\ni: null\nj: Yes\nk: =\nl: <<",
        "yes: 1",
        "  id: indented",
        "id: x\n- y",
        "list:\n- same column",
        "list:\n  - a\n   - b",
        "map:\n  a: 1\n   b: 2",
        "tab:\tx",
        "title: trailing ",
        "t: [a , b]",
        "t: [a,b]",
        "t: [a, [b]]",
        "t: [a, b,]",
        "t: [a: b]",
        "t: {a: b}",
        "t: x\u2028y",
        "t: \ufeffx",
        "t: x\x85y",
        "t: x\x7fy",
        "t: -1",
        "t: ?x",
        "t: @x",
        "t: `x`",
        "t: %x",
        "t: x:",
        "t: [x]\n",
        "\n\nid: x\n\n",
        "id: x\n\n\n",
        "a:\n  b:\n    c:\n      d: e",
        "a:\n  - - x",
        "a:\n  - b:\n      c: d\n    e: f",
        "",
        "x",
        "- a",
        "id:\n - id: [\u2028]\n\n - id: '\n\n",  # libyaml's lines are not text.split("\\n")'s
        "k" * 1025 + ": v",  # libyaml refuses a key longer than 1024 characters
        'f:\n  cy: {body: "954ee2b4", id: f2f19cdc, n: 1, d: 2024-01-01}\n  en: {}',  # as sign-off writes
        "f: {a: x, a: y}",
        "f: {a:x}",
        "f: {a: x,b: y}",
        "f: { a: x}",
        "f: {a: x }",
        "f: {a: [x]}",
        "f: {yes: x}",
        "f: {a: x}y",
        "f: {a: 'x, y', b: \"}\"}",
        "f: {a: x, }",
        "f: {a: {b: c}}",
        "f: {a: x: y}",
        "f: {a: 2023-02-30}",
        "# top\nid: x # c\nt: a#b # c\nl: [a, b] # c\nm: {a: b} # c\n# end",
        "a:  # their own consent\n  b: 1\n  # between\n  c: [x]\n# less indented\n  d: y",
        "t: 'a' # c",
        't: "x #y"',
        "t: it's # c",
        "t: a #",
        "t: a # c: d",
        "l:\n  - a # c\n  # c\n  - b",
        "t: a\n  # an indented comment\nu: b",
        "t: #c",
        "t: a\n#c\n  b",
        "#",
        "# only a comment",
        "k" * 128 + ": v\n" + "k" * 129 + ": v",
        "t: a :b\nu: 1:20\nv: 2001-12-14t21:59:43.10-05:00\nw: a\xa0\nx: \xa0a\ny: =\nz: a !b &c *d",
        "a: [yes, No, ~, 1.5, .5, 1e3, 0b101, 012, '', \"\", 1:20]",
    ],
)
def test_both_paths_agree(text: str) -> None:
    _same(text)
    _same(text, line_offset=0)


_WORDS = st.sampled_from(
    [
        "x", "Mair", "a b", "yes", "No", "on", "null", "~", "12", "0o7", "1.5", "2024-02-29", "2023-02-29",
        "2024-01-01 10:00:00", "Tŷ Newydd", "i'r", "a:b", "a: b", "a #b", "a#b", "-x", "- x", "[x]", "x]", "{x}",
        "x,y", "x, y", "'q'", '"q"', "'", '"', "\\", "!x", "&x", "*x", "|", ">", "?", ":", "%", "@", "`",
        "", " ", "\t", "\x01", "\u2028", "=", "<<", ".nan", "+1", "0x1G", "1e3", "é", "𝔘",
    ]
)  # fmt: skip
_KEYS = st.sampled_from(["id", "title", "t", "yes", "on", "a_b", "x1", "N", "<<", "1", "a-b"])
# Values and keys the plain reader takes, most of them: its own path is then the one compared.
_PLAIN_WORDS = st.sampled_from(
    [
        "x", "Mair Jones", "Tŷ Newydd", "i'r ardd", "yes", "No", "off", "null", "~", "12", "-", "0x1F", "1.5", "1e3",
        "2024-02-29", "2023-02-29", "2024-01-01 10:00:00", "1:20", "a:b", "a,b", "a#b", "a !b", "x%", "é", "𝔘", "=",
        "<<", ".inf", "(1681)", "Cân i'r grŵp (1681)", "a  b",
    ]
)  # fmt: skip
_PLAIN_KEYS = st.sampled_from(["id", "title", "t", "a_b", "x1", "consent", "status", "yes", "Null"])


@st.composite
def _value(
    draw: st.DrawFn, indent: int, depth: int, words: st.SearchStrategy[str], keys: st.SearchStrategy[str]
) -> str:
    kind = draw(st.integers(0, 5 if depth < 3 else 2))
    word = draw(words)
    if kind == 0:
        return " " + word
    if kind == 1:
        return ' "' + word + '"' if draw(st.booleans()) else " '" + word + "'"
    if kind == 2:
        items = draw(st.lists(st.one_of(words, words.map(lambda w: f'"{w}"')), max_size=3))
        if draw(st.booleans()):
            items = [draw(keys) + draw(st.sampled_from([": ", ":", " : "])) + item for item in items]
            return " {" + draw(st.sampled_from([", ", ",", " , "])).join(items) + "}"
        return " [" + draw(st.sampled_from([", ", ",", " , "])).join(items) + "]"
    inner = indent + draw(st.sampled_from([1, 2, 4]))
    if kind == 3:
        return "\n" + draw(_mapping(inner, depth + 1, words, keys))
    items = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            items.append(" " * inner + "-" + draw(_value(inner, depth + 1, words, keys)))
        else:
            body = draw(_mapping(inner + 2, depth + 1, words, keys))
            items.append(" " * inner + "- " + body[inner + 2 :])
    return "\n" + "\n".join(items)


@st.composite
def _mapping(
    draw: st.DrawFn,
    indent: int,
    depth: int = 0,
    words: st.SearchStrategy[str] = _WORDS,
    keys: st.SearchStrategy[str] = _KEYS,
) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        lines.append(" " * indent + draw(keys) + ":" + draw(_value(indent, depth, words, keys)))
        if draw(st.integers(0, 5)) == 0:
            lines.append("")
        if draw(st.integers(0, 5)) == 0:
            lines[-1] += draw(st.sampled_from([" # c", "  # c: d", " #", "#c"]))
        if draw(st.integers(0, 7)) == 0:
            lines.append(" " * draw(st.sampled_from([0, indent, indent + 2])) + "# c")
    return "\n".join(lines)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mapping(0))
def test_both_paths_agree_on_generated_front_matter(text: str) -> None:
    _same(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mapping(0, words=_PLAIN_WORDS, keys=_PLAIN_KEYS))
def test_both_paths_agree_on_generated_plain_front_matter(text: str) -> None:
    _same(text)


def test_the_example_library_agrees() -> None:
    read = 0
    for path in sorted((ROOT / "content").rglob("*.md")):
        lines = path.read_text(encoding="utf-8").split("\n")
        if lines[0] == "---" and "---" in lines[1:]:
            read += _same("\n".join(lines[1 : lines.index("---", 1)]))
    assert read > 10
