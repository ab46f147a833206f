"""Findings: content problems as data, and the reporters that print them."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

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
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule)


def error(path: str, line: int, column: int, length: int, category: str, rule: str, message: str) -> Finding:
    """Make an error finding."""
    return Finding(path, line, column, length, category, ERROR, rule, message)


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


def format_text(finding: Finding) -> str:
    """One finding as `file:line:col: severity: message [rule]`."""
    return f"{finding.path}:{finding.line}:{finding.column}: {finding.severity}: {finding.message} [{finding.rule}]"


def format_json(findings: Sequence[Finding], summary: dict[str, object]) -> str:
    """The JSON report: {"findings": [...], "summary": {...}}."""
    return json.dumps(
        {"findings": [asdict(f) for f in findings], "summary": summary},
        ensure_ascii=False,
        indent=2,
    )
