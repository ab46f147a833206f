"""Find the placeholders `storysite new` writes, so a story is never published half filled in."""

from __future__ import annotations

import re
from collections.abc import Sequence

from storysite.findings import Finding, Span, error
from storysite.i18n.messages import msg
from storysite.model import StoryVersion
from storysite.vocabulary import PLACEHOLDER_RE

_FIELD_RE = re.compile(r"^( *)(- +)?([A-Za-z_]+):")


def placeholder_findings(version: StoryVersion) -> list[Finding]:
    """An error for every placeholder still in the front matter or the body of one version."""
    found = placeholders(version.lines, front=(2, version.body_line - 2))  # the closing `---` is at body_line - 2
    return [
        error(
            Span(version.shown, number, column, length),
            "story.placeholder",
            msg(
                "{where} still has the template's placeholder: fill in {what}, then delete `{marker}`. "
                "A story is not published while a placeholder is left.",
                where=f"`{field}`" if field else msg("the story's text"),
                what=what,
                marker=marker,
            ),
        )
        for number, column, length, field, what, marker in found
    ]


Placeholder = tuple[int, int, int, str, str, str]  # line, column, length, field name (or ""), what to write, marker


def placeholders(lines: Sequence[str], front: tuple[int, int]) -> list[Placeholder]:
    """Every placeholder in `lines`: the ones in YAML lines (`front`, first and last, 1-based) outside its comments."""
    text = "\n".join(lines)
    # Every marker ends "TODO:" or "LENWI:": looking for those is quicker than the pattern, in every file.
    if ("TODO:" not in text and "LENWI:" not in text) or PLACEHOLDER_RE.search(text) is None:
        return []  # none anywhere: no line to look at
    found: list[Placeholder] = []
    field = _FieldPath()
    for number, line in enumerate(lines, start=1):
        in_front = front[0] <= number <= front[1]
        text = _without_comment(line) if in_front else line
        if in_front and (match := _FIELD_RE.match(text)):
            field.see(len(match.group(1)), bool(match.group(2)), match.group(3))
        hit = PLACEHOLDER_RE.search(text)
        if hit is None:
            continue
        what = text[hit.end() :].strip().strip("\"'").rstrip("\"',]}").strip().rstrip(".") or msg("the text")
        name = field.name if in_front else ""
        found.append((number, hit.start() + 1, len(text.rstrip()) - hit.start(), name, what, hit.group()))
    return found


class _FieldPath:
    """The name of the front-matter field a line belongs to: `summary`, `msc.domain`, `impact[1].outcome`."""

    def __init__(self) -> None:
        self.name = ""
        self._top = ""
        self._row = 0
        self._row_indent = -1

    def see(self, indent: int, dash: bool, key: str) -> None:
        """Note a `key:` line, indented `indent` spaces, starting a list item when `dash`."""
        if indent == 0 and not dash:
            self._top, self._row, self._row_indent, self.name = key, 0, -1, key
        elif dash:
            self._row, self._row_indent = self._row + 1, indent
            self.name = f"{self._top}[{self._row}].{key}"
        elif self._row and indent > self._row_indent:
            self.name = f"{self._top}[{self._row}].{key}"
        else:
            self.name = f"{self._top}.{key}" if self._top else key


def _without_comment(line: str) -> str:
    """A YAML line without its `# comment` (a `#` inside quotes is text)."""
    quote = None
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'" and (index == 0 or line[index - 1] in " [{:,-"):
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return line[:index]
    return line
