"""Find the placeholders `storysite new` writes, so a story is never published half filled in."""

from __future__ import annotations

import re

from storysite.findings import Finding, error
from storysite.schema import StoryVersion

MARKERS = {"en": "TODO:", "cy": "I'W LENWI:"}
"""What `storysite new` writes before each thing a practitioner must fill in, by the file's language."""

_MARKER_RE = re.compile(r"(?:TODO|I[’']W LENWI):")
_FIELD_RE = re.compile(r"^\s*(?:-\s+)?([A-Za-z_]+):")


def placeholder_findings(version: StoryVersion) -> list[Finding]:
    """An error for every placeholder still in the front matter or the body of one version."""
    findings = []
    front_end = version.body_line - 2  # the closing `---` is on this line (1-based)
    field = None
    for number, line in enumerate(version.lines, start=1):
        in_front = 1 < number <= front_end
        text = _without_comment(line) if in_front else line
        if in_front and (match := _FIELD_RE.match(text)):
            field = match.group(1)
        found = _MARKER_RE.search(text)
        if found is None:
            continue
        what = text[found.end() :].strip().strip("\"'").rstrip("\"',]}").strip().rstrip(".") or "the text"
        where = f"`{field}`" if in_front and field else "the story's text"
        findings.append(
            error(
                version.shown,
                number,
                found.start() + 1,
                len(text.rstrip()) - found.start(),
                "content",
                "story.placeholder",
                f"{where} still has the template's placeholder: fill in {what}, then delete `{found.group()}`. "
                "A story is not published while a placeholder is left.",
            )
        )
    return findings


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
