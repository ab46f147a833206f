"""Run the identifying-details detector over a story version and locate what it finds."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from storysite.findings import Finding, error
from storysite.privacy import Detection, scan_text
from storysite.schema import StoryVersion, TextField


def scan_version(version: StoryVersion, pseudonyms: Sequence[str], allow: Sequence[str]) -> list[Finding]:
    """Findings for identifying details in the body and every free-text field of one version."""
    findings = [
        _body_finding(version, d, starts)
        for starts in [_line_starts(version.body)]
        for d in scan_text(version.body, version.lang, pseudonyms=pseudonyms, allow=allow)
    ]
    for text_field in version.text_fields:
        for detection in scan_text(text_field.value, version.lang, pseudonyms=pseudonyms, allow=allow):
            findings.append(_field_finding(version, text_field, detection))
    return findings


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def _finding(shown: str, line: int, column: int, detection: Detection) -> Finding:
    """An identifying detail found at LINE:COLUMN of the file shown as SHOWN, with the words it flagged."""
    return error(
        shown,
        line,
        column,
        detection.end - detection.start,
        detection.category,
        detection.rule,
        detection.message,
        detection.text,
    )


def _body_finding(version: StoryVersion, detection: Detection, starts: list[int]) -> Finding:
    row = bisect_right(starts, detection.start) - 1
    return _finding(version.shown, version.body_line + row, detection.start - starts[row] + 1, detection)


def _field_finding(version: StoryVersion, text_field: TextField, detection: Detection) -> Finding:
    """Find the detected words in the file, from where the field's value starts."""
    needle = text_field.value[detection.start : detection.end]
    line, column = text_field.pos.line, text_field.pos.column
    for number in range(line, min(line + 40, len(version.lines) + 1)):
        text = version.lines[number - 1]
        found = text.find(needle, column - 1 if number == line else 0)
        if found >= 0:
            return _finding(version.shown, number, found + 1, detection)
    return _finding(version.shown, line, column, detection)


def scan_fields(
    shown: str,
    lines: Sequence[str],
    fields: Sequence[tuple[str, TextField]],
    pseudonyms: Sequence[str],
    allow: Sequence[str],
) -> list[Finding]:
    """Findings for identifying details in free-text YAML values, such as a panel's title and reasons.

    `fields` pairs each value with its language; each find is located in `lines` (the file), from
    where the value starts, so the finding names the real line and column of the words.
    """
    findings = []
    for lang, text_field in fields:
        cursor = (text_field.pos.line, text_field.pos.column)
        for detection in scan_text(text_field.value, lang, pseudonyms=pseudonyms, allow=allow):
            needle = text_field.value[detection.start : detection.end]
            found = _locate(lines, cursor, needle)
            line, column = found or (text_field.pos.line, text_field.pos.column)
            if found is not None:
                cursor = (line, column + 1)
            findings.append(_finding(shown, line, column, detection))
    return findings


def _locate(lines: Sequence[str], start: tuple[int, int], needle: str) -> tuple[int, int] | None:
    """Where `needle` first stands in the file at or after `start` (line and column, 1-based).

    YAML may fold a value over lines, escape a quote as '' or \\" and continue a line with \\,
    so the words are matched with any run of spaces, line breaks or backslashes between them.
    """
    first, column = start
    if not 1 <= first <= len(lines):
        return None
    rows = list(lines[first - 1 : first + 39])
    offset = column - 1
    text = "\n".join(rows)
    parts = [re.escape(part).replace("'", "'{1,2}").replace('"', r'\\?"') for part in needle.split()]
    if not parts:
        return None
    match = re.compile(r"[\s\\]+".join(parts)).search(text, offset)
    if match is None:
        return None
    row = text.count("\n", 0, match.start())
    row_start = text.rfind("\n", 0, match.start()) + 1
    return first + row, match.start() - row_start + 1
