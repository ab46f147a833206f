"""Run the identifying-details detector over a story version and locate what it finds."""

from __future__ import annotations

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


def _finding(version: StoryVersion, line: int, column: int, detection: Detection) -> Finding:
    return error(
        version.shown,
        line,
        column,
        detection.end - detection.start,
        detection.category,
        detection.rule,
        detection.message,
    )


def _body_finding(version: StoryVersion, detection: Detection, starts: list[int]) -> Finding:
    row = bisect_right(starts, detection.start) - 1
    return _finding(version, version.body_line + row, detection.start - starts[row] + 1, detection)


def _field_finding(version: StoryVersion, text_field: TextField, detection: Detection) -> Finding:
    """Find the detected words in the file, from where the field's value starts."""
    needle = text_field.value[detection.start : detection.end]
    line, column = text_field.pos.line, text_field.pos.column
    for number in range(line, min(line + 40, len(version.lines) + 1)):
        text = version.lines[number - 1]
        found = text.find(needle, column - 1 if number == line else 0)
        if found >= 0:
            return _finding(version, number, found + 1, detection)
    return _finding(version, line, column, detection)
