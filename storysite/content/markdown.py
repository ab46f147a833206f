"""Markdown: one markdown-it-py parser that both checks a story body and renders it safely.

Raw HTML is parsed (so that it can be reported) but always rendered as escaped text; an image
becomes a placeholder (PHOTO_MARKER) that the renderer replaces with the published photo, or with
nothing where the photo is not published; links are kept only for safe schemes. A story with any
of these problems is not published, and the renderer is safe even if one slips through.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator
from html import escape
from typing import Any
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline, autolink, html_inline, image, link
from markdown_it.token import Token

from storysite.content.photos import reference_problem
from storysite.findings import Finding, Span, error, warning
from storysite.i18n.messages import msg

SAFE_SCHEMES = ("http", "https")
_SCHEME_RE = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.\-]*):")
CASE_STUDY_SECTIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "Background information",
        "Reasons for contact",
        "Support provided and other agencies involved",
        "Feedback from stakeholders",
        "Impact",
        "Lessons learned",
    ),
    "cy": (
        "Gwybodaeth gefndir",
        "Rhesymau dros gysylltu",
        "Y cymorth a roddwyd a'r asiantaethau eraill a fu'n rhan o'r gwaith",
        "Adborth gan randdeiliaid",
        "Effaith",
        "Gwersi a ddysgwyd",
    ),
}
"""The six case-study sections, as `storysite new` writes them."""
EARLIER_SECTION_WORDING: dict[str, tuple[str, ...]] = {
    "Y cymorth a roddwyd a'r asiantaethau eraill a fu'n rhan o'r gwaith": (
        "Y cymorth a roddwyd ac asiantaethau eraill a fu'n rhan",
    ),
}
"""Headings earlier versions of the template wrote: stories written with them still have every section."""
_HEADING_PUNCTUATION = ".:;,!?…"


def _make_parser() -> MarkdownIt:
    md = (
        MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False})
        .enable("table")
        .enable("strikethrough")
    )
    md.validateLink = lambda url: True  # type: ignore[method-assign]  # links are checked by check_body
    for name, rule, first in (("link", link, "["), ("image", image, "!"), ("autolink", autolink, "<")):
        md.inline.ruler.at(name, _note_span(rule, first))
    md.inline.ruler.at("html_inline", _note_span(html_inline, "<"))
    md.add_render_rule("html_block", _render_raw_html)
    md.add_render_rule("html_inline", _render_raw_html)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("paragraph_open", _render_paragraph(True))
    md.add_render_rule("paragraph_close", _render_paragraph(False))
    md.add_render_rule("link_open", _render_link_open)
    md.add_render_rule("heading_open", _render_heading(True))
    md.add_render_rule("heading_close", _render_heading(False))
    return md


_SPANNED = frozenset({"html_inline", "image", "link_open"})
"""The inline tokens check_body reports, which carry their span in their block's text (see _note_span)."""


def _note_span(rule: Callable[[StateInline, bool], bool], first: str) -> Callable[[StateInline, bool], bool]:
    """`rule`, noting in the token it makes where it starts and ends in the block's text (`meta["span"]`).

    check_body reads a token's line and column from its span, not by searching the block for its text:
    a search from the block's start for every token was quadratic in a paragraph of many tags or links.
    """

    def noted(state: StateInline, silent: bool) -> bool:
        if state.src[state.pos] != first:  # as the rule's own first test: text pays no more than before
            return False
        start, count = state.pos, len(state.tokens)
        if not rule(state, silent):
            return False
        if not silent:
            for token in state.tokens[count : count + 2]:  # pending text may be pushed first
                if token.type in _SPANNED:
                    token.meta["span"] = (start, state.pos)
                    break
        return True

    return noted


def _render_raw_html(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
    return escape(tokens[idx].content)


PHOTO_MARKER = re.compile(
    r'<storysite-photo data-file="([^"]*)" data-alt="([^"]*)" data-caption="([^"]*)"( data-block)?></storysite-photo>'
)
"""Where a photo goes in a body's HTML: Markdown text cannot make this element (raw HTML is escaped)."""


def image_file(token: Token) -> str:
    """The file an image token names, as written (markdown-it percent-encodes what it normalises)."""
    return unquote(str(token.attrs.get("src", "")))


def _render_image(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
    # A placeholder, not an <img>: which photo is published depends on the audience (render.photos decides).
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    caption = str(token.attrs.get("title", "") or "")
    block = " data-block" if token.meta.get("block") else ""
    return (
        f'<storysite-photo data-file="{escape(image_file(token))}" data-alt="{escape(alt)}" '
        f'data-caption="{escape(caption)}"{block}></storysite-photo>'
    )


def _only_images(inline: Token) -> bool:
    """Whether a paragraph holds images and nothing else (but spaces and line breaks): it becomes figures."""
    children = inline.children or []
    return any(c.type == "image" for c in children) and all(
        c.type in ("image", "softbreak") or (c.type == "text" and not c.content.strip()) for c in children
    )


def _render_paragraph(opening: bool) -> Any:
    def rule(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        inline = tokens[idx + 1] if opening else tokens[idx - 1]
        if not token.hidden and inline.type == "inline" and _only_images(inline):
            for child in inline.children or []:
                child.meta["block"] = True  # a <figure> may not stand inside a <p>
            return "" if opening else "\n"
        return self.renderToken(tokens, idx, options, env)  # type: ignore[no-any-return]

    return rule


def _render_link_open(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
    href = str(tokens[idx].attrs.get("href", ""))
    if is_safe_href(href):
        return self.renderToken(tokens, idx, options, env)  # type: ignore[no-any-return]
    return "<a>"  # an unsafe link keeps its words but loses its target


def _render_heading(opening: bool) -> Any:
    def rule(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
        # The page's <h1> is the story title; the body's headings start at <h2>.
        level = min(int(tokens[idx].tag[1]) + (1 if tokens[idx].tag == "h1" else 0), 6)
        if opening:
            section = _slug(tokens[idx + 1].content) if idx + 1 < len(tokens) else ""
            if not section:
                return f"<h{level}>"
            # "s-" keeps a heading's id apart from the page's own (a story's "## Related" is not the
            # related-stories box); a repeated heading gets -2, -3 so that every id stays unique.
            used = env.setdefault("heading_ids", set())
            tried = env.setdefault("heading_tried", {})  # the last number tried per slug: no recount from 2
            anchor, n = f"s-{section}", tried.get(section, 1)
            if n > 1:
                anchor = f"s-{section}-{n}"
            while anchor in used:
                n += 1
                anchor = f"s-{section}-{n}"
            used.add(anchor)
            tried[section] = n
            return f'<h{level} id="{escape(anchor)}">'
        return f"</h{level}>\n"

    return rule


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-")[:60]


def is_safe_href(href: str) -> bool:
    """Relative links and http(s) only: no javascript:, data:, vbscript:, file: or mailto:."""
    match = _SCHEME_RE.match(href)
    cleaned = re.sub(r"[\x00-\x20]", "", href)
    if re.match(r"(?i)^(javascript|vbscript|data|file):", cleaned):
        return False
    return match is None or match.group(1).lower() in SAFE_SCHEMES


MD = _make_parser()
BLOCKS = _make_parser().disable("inline")  # headings and paragraphs, their words left unparsed
MARKUP = ("<", "![", "](", "]:")
"""What raw HTML (and autolinks), images, inline links and link definitions all start or hold, in CommonMark."""
_MAY_BE_CODE = re.compile(r"^[ >*+\-0-9.)]*(?: {4}|\t)", re.MULTILINE)
"""A line indented by four spaces or a tab, after any quote or list marks: what an indented code block needs."""


def parse(body: str) -> list[Token]:
    """Parse a body once; the tokens serve both checking and rendering."""
    return MD.parse(body)


def parse_for_check(body: str, *, headings: bool) -> tuple[list[Token], list[str]]:
    """Tokens enough for check_body, and with `headings` the body's section_headings: for `storysite check`.

    A body with none of MARKUP can hold no raw HTML, image or link, so check_body has only indented code
    to find in it: it is parsed into blocks when a line is indented enough for that, else not at all, and
    its headings are read by plain_headings where its lines allow, else from a parse into blocks (whose
    heading tokens hold the heading's words, as the full parse's do): parsing is most of what `check` does.
    """
    if any(mark in body for mark in MARKUP):
        tokens = MD.parse(body)
        return tokens, section_headings(tokens) if headings else []
    if ("\t" in body or "    " in body) and _MAY_BE_CODE.search(body):  # a code block, which check_body warns of
        tokens = BLOCKS.parse(body)
        return tokens, section_headings(tokens) if headings else []
    if not headings:
        return [], []
    found = plain_headings(body)
    return [], section_headings(BLOCKS.parse(body)) if found is None else found


_PLAIN_START = frozenset("\"'(“‘«")
"""Characters other than letters that a paragraph line may start with here: none of them can start a block."""


def plain_headings(body: str) -> list[str] | None:
    """The `##` headings of a body made only of headings and paragraphs, as section_headings reads them; else None.

    Every line must be blank or start with #, a letter or one of _PLAIN_START. No such line can open a
    list, quote, fence, code block, HTML block, link definition, table (its delimiter row starts with |,
    - or :) or setext underline, so each one is an ATX heading or a paragraph line, exactly as CommonMark
    parses it, and the `##` headings are the lines starting `## ` (or `##` alone). Any other body gets
    None, and is parsed. tests/test_fuzz.py checks this against the parser over every kind of line start.
    """
    if "\r" in body or "\0" in body:  # markdown-it rewrites these first
        return None
    found: list[str] = []
    for line in body.split("\n"):
        if not line.strip(" \t"):
            continue
        first = line[0]
        if first != "#":
            if first.isalpha() or first in _PLAIN_START:
                continue
            return None
        if not line.startswith("##") or (len(line) > 2 and line[2] not in " \t"):
            continue  # another heading, or a paragraph line starting with #: neither is a `##` heading
        # As markdown-it's heading rule: trailing spaces, then a closing run of # after a space, are cut.
        end = len(line.rstrip(" \t"))
        closing = len(line[:end].rstrip("#"))
        if 2 < closing < end and line[closing - 1] in " \t":
            end = closing
        text = line[2:end].strip(" \t")
        if text and (text[0].isspace() or text[-1].isspace()):
            return None  # other white space at an end, which markdown-it versions trim differently
        found.append(text)
    return found


def render(tokens: list[Token]) -> str:
    """Render parsed tokens to safe HTML."""
    return MD.renderer.render(tokens, MD.options, {})


def _walk(tokens: list[Token]) -> Iterator[tuple[Token, Token]]:
    """Every token with the block token that holds it (for its line numbers)."""
    for token in tokens:
        yield token, token
        for child in token.children or ():
            yield child, token


class _Locator:
    """Lines and columns in the body of what check_body reports, each found in time linear in the body."""

    def __init__(self, body_lines: list[str], body_line: int) -> None:
        self.lines = body_lines
        self.body_line = body_line
        self.cursor: dict[int, int] = {}  # per body line, where the last table cell on it was found
        self.blocks: dict[int, _Block] = {}

    def search(self, block: Token, needle: str) -> tuple[int, int]:
        """The first line of `block` that holds `needle`: for block tokens, whose text starts on their first line."""
        start, end = block.map or (0, 1)
        for offset in range(start, min(end, len(self.lines))):
            column = self.lines[offset].find(needle)
            if column >= 0:
                return self.body_line + offset, column + 1
        return self.body_line + start, 1

    def locate(self, token: Token, block: Token, needle: str, in_span: str | None, in_cell: bool) -> tuple[int, int]:
        """Where `token` stands: `in_span` (or its start, if None) within its span; else the first `needle`."""
        span = token.meta.get("span") if token is not block else None
        if span is None or block.map is None:  # a block token, or an inline token no rule of ours made
            return self.search(block, needle)
        if id(block) not in self.blocks:
            self.blocks[id(block)] = _Block(self, block.content, block.map[0], block.map[1], in_cell)
        return self.blocks[id(block)].locate(span, in_span)


class _Block:
    """One inline token's text laid over the body lines it came from: each of its lines ends one of theirs."""

    def __init__(self, locator: _Locator, content: str, first: int, end: int, in_cell: bool) -> None:
        self.locator = locator
        self.content = content
        self.starts = [0]
        self.starts.extend(m.end() for m in re.finditer("\n", content))
        self.in_cell = in_cell
        self.first = first
        lines = locator.lines
        spare = (end - first) - len(self.starts)  # body lines not in the text: a setext underline, white space
        if spare > 0:  # a paragraph's text is stripped, so a first line of only (Unicode) white space is gone
            head = self._text_line(0).strip()
            for lead in range(spare + 1):
                if first + lead < len(lines) and head in lines[first + lead]:
                    self.first = first + lead
                    break
        self.shifts: dict[int, tuple[int, list[int]] | None] = {}

    def _text_line(self, index: int) -> str:
        stop = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.content)
        return self.content[self.starts[index] : stop]

    def _line(self, index: int) -> str:
        number = self.first + index
        return self.locator.lines[number] if number < len(self.locator.lines) else ""

    def _shift(self, index: int) -> tuple[int, list[int]] | None:
        """Where the text's line `index` starts in its body line, and its `|` a table cell had written `\\|`."""
        if index not in self.shifts:
            self.shifts[index] = self._find(index)
        return self.shifts[index]

    def _find(self, index: int) -> tuple[int, list[int]] | None:
        text, line = self._text_line(index), self._line(index)
        core = text.lstrip()  # indentation and container marks are cut from the text, or become spaces
        if not core:
            return None
        lead = len(text) - len(core)
        if self.in_cell:  # a row's cells come in order, and two of them may hold the same words
            number = self.first + index
            pipes = [i + lead for i, char in enumerate(core) if char == "|"] if "|" in core else []
            written = core.replace("|", "\\|")  # the table rule drops the \\ of an escaped pipe
            at = line.find(written, self.locator.cursor.get(number, 0))
            if at < 0:
                return None
            self.locator.cursor[number] = at + len(written)
            return at - lead, pipes
        end = len(line.rstrip())
        if line.endswith(core, 0, end):
            return end - len(core) - lead, []
        at = line.find(core)  # a heading's closing #s are cut from its text
        return None if at < 0 else (at - lead, [])

    def _column(self, index: int, column: int) -> int | None:
        """The body line's column of the text line `index`'s `column` (0-based), if known."""
        shift = self._shift(index)
        if shift is None:
            return None
        at, pipes = shift
        return at + column + (bisect_right(pipes, column - 1) if pipes else 0)

    def locate(self, span: tuple[int, int], needle: str | None) -> tuple[int, int]:
        """The line and column of `needle` within the span of the text, else of the span's start."""
        start, end = span
        first = bisect_right(self.starts, start) - 1
        if needle:
            last = bisect_right(self.starts, max(end - 1, start)) - 1
            for index in range(first, last + 1):
                begin = self._column(index, max(start - self.starts[index], 0))
                stop = self._column(
                    index, min(end, self.starts[index + 1] if index < last else end) - self.starts[index]
                )
                if begin is None or stop is None:
                    continue
                found = self._line(index).find(needle, max(begin, 0), stop)
                if found >= 0:
                    return self.locator.body_line + self.first + index, found + 1
        column = start - self.starts[first]
        at = self._column(first, column)
        if at is None:  # the text's line could not be found in its body line (not seen): count from its end
            at = max(len(self._line(first)) - len(self._text_line(first)), 0) + column
        return self.locator.body_line + self.first + first, at + 1


def check_body(
    tokens: list[Token],
    body_lines: list[str],
    body_line: int,
    shown: str,
    *,
    photos: Collection[str] | None = None,
) -> list[Finding]:
    """Report raw HTML, images and unsafe links, located at their line and column; warn of indented code.

    An image is reported unless it names one of `photos` (the files the story lists under `photos:`) and
    has alt text; an image on the web or outside the content folder is reported as such.
    """
    findings: list[Finding] = []
    locator = _Locator(body_lines, body_line)
    cells = {id(tokens[i]) for i in range(1, len(tokens)) if tokens[i - 1].type in ("th_open", "td_open")}
    for token, block in _walk(tokens):
        if token.type == "code_block":
            start = (token.map or (0, 1))[0]
            text = body_lines[start] if start < len(body_lines) else ""
            indent = len(text) - len(text.lstrip(" \t>*+-0123456789.)"))
            findings.append(
                warning(
                    Span(shown, body_line + start, indent + 1, max(len(text) - indent, 1)),
                    "markdown.code-block",
                    msg(
                        "This text starts with a tab or four spaces, so it is shown as a block of computer code, in a "
                        "typewriter font: remove the spaces or the tab at the start of its lines."
                    ),
                )
            )
        elif token.type in ("html_block", "html_inline"):
            snippet = token.content.strip().split("\n")[0]
            line, column = locator.locate(token, block, snippet[:40], None, id(block) in cells)
            findings.append(
                error(
                    Span(shown, line, column, len(snippet)),
                    "markdown.raw-html",
                    msg("Raw HTML is not allowed in a story: write it as plain Markdown text."),
                )
            )
        elif token.type == "image":
            src = str(token.attrs.get("src", ""))
            line, column = locator.locate(token, block, "![", None, id(block) in cells)
            found = _image_finding(token, photos, Span(shown, line, column, len(src) + 4))
            if found is not None:
                findings.append(found)
        elif token.type == "link_open":
            href = str(token.attrs.get("href", ""))
            if not is_safe_href(href):
                needle = href[:40] or "]("
                line, column = locator.locate(token, block, needle, needle, id(block) in cells)
                findings.append(
                    error(
                        Span(shown, line, column, max(len(href), 1)),
                        "markdown.unsafe-link",
                        msg(
                            "The link `{href}` is not allowed: only web addresses starting https:// "
                            "or http:// can be linked.",
                            href=href[:60],
                        ),
                    )
                )
    return findings


def _image_finding(token: Token, photos: Collection[str] | None, span: Span) -> Finding | None:
    """The error at `span` for an image that cannot be published as it is written, or None."""
    file = image_file(token)
    problem = reference_problem(file)
    if problem is not None and problem.rule in ("photo.outside", "photo.svg"):
        return error(span, problem.rule, problem.message)
    if photos is None or file not in photos:
        return error(
            span,
            "markdown.image",
            msg(
                "The image `{file}` is not listed under `photos:` in the front matter: a photo can identify a "
                "person, so list it there with `shows_people: true` or `false` (and, when it shows people, "
                "their consent), or remove the image.",
                file=file[:60],
            ),
        )
    if not token.content.strip():
        return error(
            span,
            "photo.alt-empty",
            msg(
                "The photo `{file}` has no alt text: describe it in this story's language between the square "
                "brackets of `![]({file})`, for example “Raised bed of leeks and marigolds”.",
                file=file[:60],
            ),
        )
    return None


def placed_images(tokens: list[Token]) -> list[tuple[str, str, str]]:
    """Every image a body places, in order: its file, alt text and caption."""
    return [
        (image_file(token), token.content, str(token.attrs.get("title", "") or ""))
        for token, _ in _walk(tokens)
        if token.type == "image"
    ]


def section_headings(tokens: list[Token]) -> list[str]:
    """The text of every `##` heading, in order."""
    return [tokens[i + 1].content.strip() for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]


def heading_key(text: str) -> str:
    """A heading as compared with a section name: case, curly apostrophes, spaces and end punctuation ignored."""
    text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    return " ".join(text.split()).rstrip(_HEADING_PUNCTUATION).rstrip().casefold()


def has_section(headings: list[str], section: str) -> bool:
    """True when one of `headings` is the case-study `section` (or an earlier wording of it)."""
    wanted = {heading_key(name) for name in (section, *EARLIER_SECTION_WORDING.get(section, ()))}
    return any(heading_key(heading) in wanted for heading in headings)


def plain_text(tokens: list[Token]) -> str:
    """The words of a body, for summaries and search metadata."""
    parts: list[str] = []
    for token, _ in _walk(tokens):
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak", "paragraph_close", "heading_close"):
            parts.append(" ")
    return " ".join("".join(parts).split())  # str.split splits at what the regex `\s+` matched, faster
