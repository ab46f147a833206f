"""Findings: content problems as data, and the reporters that print them."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

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

RULES: dict[str, tuple[str, ...]] = {
    "schema": (
        "frontmatter.empty",
        "frontmatter.missing",
        "frontmatter.not-mapping",
        "frontmatter.unclosed",
        "panel.duplicate-id",
        "panel.from-not-chosen",
        "panel.from-not-older",
        "panel.from-unknown",
        "panel.not-mapping",
        "panel.selected-not-considered",
        "panel.unknown-story",
        "photo.duplicate",
        "schema.date",
        "schema.id",
        "schema.impact-not-case-study",
        "schema.placeholder",
        "schema.repeated",
        "schema.required",
        "schema.type",
        "schema.unknown-field",
        "schema.unknown-key",
        "site.audience",
        "site.audiences",
        "site.key",
        "site.label",
        "site.markup",
        "site.missing",
        "site.not-mapping",
        "site.wellbeing",
        "story.duplicate-id",
        "yaml.alias",
        "yaml.date",
        "yaml.depth",
        "yaml.duplicate-key",
        "yaml.key",
        "yaml.syntax",
        "yaml.tag",
    ),
    "consent": (
        "consent.date",
        "consent.error",
        "consent.future-date",
        "consent.malformed",
        "consent.no-consent",
        "consent.out-of-scope",
        "consent.pending",
        "consent.required",
        "consent.review",
        "consent.review-overdue",
        "consent.scope",
        "consent.sign-off-lapsed",
        "consent.unsigned",
        "consent.withdrawn",
        "panel.reasons-unpublished-story",
        "panel.title-unpublished-story",
        "panel.unpublished-story",
        "photo.consent",
        "photo.consent-unused",
        "photo.future-date",
        "photo.no-consent",
        "photo.out-of-scope",
        "photo.pending",
        "photo.review-overdue",
        "photo.shows-people",
        "photo.withdrawn",
        "sign-off.invalid",
        "sign-off.lapsed",
        "sign-off.missing",
    ),
    "translation": ("photo.not-placed", "story.disagree", "translation.missing"),
    "link": ("markdown.unsafe-link",),
    "content": (
        "case-study.impact",
        "case-study.section",
        "file.binary",
        "file.empty",
        "file.encoding",
        "file.name",
        "file.symlink-folder",
        "file.symlink-outside",
        "file.too-large",
        "file.unreadable",
        "markdown.code-block",
        "markdown.image",
        "markdown.raw-html",
        "panel.choice-pending",
        "panel.placeholder",
        "photo.alt-empty",
        "photo.animated",
        "photo.bomb",
        "photo.damaged",
        "photo.file",
        "photo.format",
        "photo.missing",
        "photo.outside",
        "photo.svg",
        "photo.too-large",
        "photo.unreadable",
        "site.placeholder",
        "story.empty-body",
        "story.placeholder",
        "text.control-character",
    ),
}
"""Every rule but the identifying details', by the category it reports under: a rule names its category."""
RULE_CATEGORY = {rule: category for category, rules in RULES.items() for rule in rules}
IDENTIFYING_RULES = "privacy."
"""An identifying detail's rule is `privacy.<category>` or `privacy.<category>.<how it was found>`."""


def category_of(rule: str) -> str:
    """The category a rule reports under; an unknown rule is storysite's own mistake, and fails loudly."""
    category = RULE_CATEGORY.get(rule)
    if category is not None:
        return category
    if rule.startswith(IDENTIFYING_RULES):
        named = rule.split(".")[1]
        if named in IDENTIFYING_CATEGORIES:
            return named
    raise KeyError(f"the finding rule {rule!r} has no category: add it to storysite.findings.RULES")


class Located(Protocol):
    """Anything with a 1-based line and column and a length in characters (such as yamlsafe.Pos)."""

    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def length(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Span:
    """Where a finding points: a file as shown to the user, a 1-based line and column (in characters), a length.

    `Span(path)` is the file's first character, for a problem with the file as a whole (unreadable, a link).
    """

    path: str
    line: int = 1
    column: int = 1
    length: int = 1

    @classmethod
    def at(cls, path: str, pos: Located) -> Span:
        """The span of `pos` (a place in the file, such as a YAML value's) in the file shown as `path`."""
        return cls(path, pos.line, pos.column, pos.length)


@compact
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


def error(span: Span, rule: str, message: str, text: str = "") -> Finding:
    """An error at `span`, under the category its `rule` names (TEXT: the words flagged, for an identifying detail)."""
    return Finding(span.path, span.line, span.column, span.length, category_of(rule), ERROR, rule, message, text)


def warning(span: Span, rule: str, message: str) -> Finding:
    """A warning at `span`, under the category its `rule` names."""
    return Finding(span.path, span.line, span.column, span.length, category_of(rule), WARNING, rule, message)


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
