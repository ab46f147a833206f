"""Findings: content problems as data, and the reporters that print them."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from storysite.i18n.messages import DEFAULT_LANG, in_language, msg
from storysite.pickling import compact

ERROR = "error"
WARNING = "warning"

IDENTIFYING_CATEGORIES = (
    "person-name",
    "address",
    "postcode",
    "phone",
    "email",
    "nhs-number",
    "ni-number",
    "date-of-birth",
    "school",
    "other-id",
)
OTHER_CATEGORIES = ("schema", "consent", "translation", "link", "content")


@compact(240)
@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one file, located by 1-based line and column (counted in characters)."""

    path: str
    line: int
    column: int
    length: int
    category: str
    severity: str
    rule: str
    message: str  # a Message (English text that can be translated: storysite.i18n.messages)
    text: str = ""  # the words flagged, as written in the file (identifying details); "" for other findings

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule)

    def message_in(self, lang: str, project: Path | None = None) -> str:
        """The message in `lang` ("cy" or "en"), from the library's own catalog if it has one."""
        return in_language(self.message, lang, project)


def error(
    path: str, line: int, column: int, length: int, category: str, rule: str, message: str, text: str = ""
) -> Finding:
    """Make an error finding (TEXT: the words flagged, for an identifying detail)."""
    return Finding(path, line, column, length, category, ERROR, rule, message, text)


def warning(path: str, line: int, column: int, length: int, category: str, rule: str, message: str) -> Finding:
    """Make a warning finding."""
    return Finding(path, line, column, length, category, WARNING, rule, message)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Order findings by file, line and column, dropping exact repeats."""
    return sorted(set(findings), key=Finding.sort_key)


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.is_error for f in findings)


def summarise(findings: Sequence[Finding], extra: dict[str, object] | None = None) -> dict[str, object]:
    """Count findings by severity and category."""
    summary: dict[str, object] = {
        "errors": sum(f.is_error for f in findings),
        "warnings": sum(not f.is_error for f in findings),
        "by_category": dict(sorted(Counter(f.category for f in findings).items())),
    }
    if extra:
        summary.update(extra)
    return summary


QUOTE_LIMIT = 80  # characters of the flagged words quoted in a message


def shown(words: str) -> str:
    """Flagged words as quoted in a message: on one line, invisible characters named, long ones cut short."""
    if words.isprintable() and len(words) <= QUOTE_LIMIT:
        return words  # the usual case: plain words on one line
    out = []
    for c in " ".join(words.split()):
        out.append(c if c.isprintable() or c == " " else f"[U+{ord(c):04X}]")
    quoted = "".join(out)
    return quoted if len(quoted) <= QUOTE_LIMIT else quoted[: QUOTE_LIMIT - 1] + "…"


SEVERITY_NAMES = {ERROR: msg("error"), WARNING: msg("warning")}
"""How a severity is printed in text output (translated); JSON keeps `error` and `warning` (contract)."""


def format_text(finding: Finding, lang: str = DEFAULT_LANG, project: Path | None = None) -> str:
    """One finding as `file:line:col: severity: message [rule]`, the message in `lang`."""
    severity = in_language(SEVERITY_NAMES.get(finding.severity, finding.severity), lang, project)
    message = finding.message_in(lang, project)
    return f"{finding.path}:{finding.line}:{finding.column}: {severity}: {message} [{finding.rule}]"


def format_json(
    findings: Sequence[Finding], summary: dict[str, object], lang: str = DEFAULT_LANG, project: Path | None = None
) -> str:
    """The JSON report: {"findings": [...], "summary": {...}}, each `message` in `lang`."""
    return json.dumps(
        {"findings": [asdict(f) | {"message": f.message_in(lang, project)} for f in findings], "summary": summary},
        ensure_ascii=False,
        indent=2,
    )
