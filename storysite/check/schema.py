"""Validate one story file's front matter into a StoryVersion; every problem is a finding."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from storysite.check.config import WELLBEING_KEYS, SiteConfig
from storysite.check.fields import Reporter, is_blank, one_of
from storysite.content.frontmatter import split_front_matter
from storysite.content.load import SourceFile
from storysite.content.yamlsafe import Pos
from storysite.findings import Finding, error
from storysite.i18n.messages import msg
from storysite.pickling import compact
from storysite.vocabulary import OUTCOMES, STORY_TYPES

ID_RE = re.compile(r"^[a-z0-9-]{1,80}$")
CONSENT_STATUSES = ("given", "pending", "withdrawn")
STORY_FIELDS = (
    "id",
    "type",
    "title",
    "summary",
    "date",
    "published",
    "service",
    "client_group",
    "wellbeing",
    "themes",
    "outcome",
    "impact",
    "msc",
    "consent",
    "pseudonyms",
    "allow",
)
IMPACT_FIELDS = ("outcome", "area", "target", "measure", "actual", "comments")
MSC_FIELDS = ("domain", "why_significant")
CONSENT_FIELDS = ("status", "date", "scope", "review")
NEUTRAL_FIELDS = (
    "type",
    "date",
    "published",
    "service",
    "client_group",
    "wellbeing",
    "themes",
    "outcome",
    "consent",
    "msc.domain",
)


@compact(245)
@dataclass(frozen=True, slots=True)
class Consent:
    """What the person agreed to, and until when."""

    status: str
    date: dt.date | None
    scope: tuple[str, ...]
    review: dt.date | None


@compact(246)
@dataclass(frozen=True, slots=True)
class ImpactRow:
    """One row of a case study's impact table, in one language."""

    outcome: str
    area: str | None
    target: str
    measure: str
    actual: str
    comments: str


@compact(247)
@dataclass(frozen=True, slots=True)
class TextField:
    """A free-text front-matter value and where it starts, for the identifying-details check."""

    name: str
    value: str
    pos: Pos


@compact(248)
@dataclass(frozen=True, slots=True)
class StoryVersion:
    """One language version of a story, as written in one file."""

    rel: str
    shown: str
    lang: str
    id: str | None
    title: str | None
    summary: str | None
    body: str
    body_line: int
    lines: tuple[str, ...]
    neutral: dict[str, Any] = field(default_factory=dict)
    neutral_pos: dict[str, Pos] = field(default_factory=dict)
    impact: tuple[ImpactRow, ...] = ()
    why_significant: str | None = None
    pseudonyms: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    text_fields: tuple[TextField, ...] = ()
    valid: bool = True  # False when the front matter could not be read at all
    id_pos: Pos | None = None  # where the `id` value is (the story as a whole is pointed at there)
    blank: dict[str, Pos] = field(default_factory=dict)  # shared fields written but left empty, at their keys


def read_version(source: SourceFile, config: SiteConfig) -> tuple[StoryVersion, list[Finding]]:
    """Split, parse and validate one story file."""
    split = split_front_matter(source.text)
    doc = split.meta
    report = Reporter(source.shown, doc)
    lines = tuple(source.text.split("\n"))
    for problem in doc.problems:
        report.findings.append(
            error(
                source.shown,
                problem.pos.line,
                problem.pos.column,
                problem.pos.length,
                "schema",
                problem.rule,
                problem.message,
            )
        )
    data = doc.data
    if not isinstance(data, dict):
        if not report.findings:
            report.at(
                (),
                "frontmatter.empty",
                msg("The front matter is empty: add the story's fields (id, type, title, ...)."),
            )
        return StoryVersion(
            source.rel,
            source.shown,
            source.lang,
            None,
            None,
            None,
            split.body,
            split.body_line,
            lines,
            valid=False,
            id_pos=id_line(lines, split.body_line),
        ), report.findings
    report.unknown_keys(data, (), STORY_FIELDS, msg("a story's front matter"))
    story_id = report.text(data, (), "id", required=True)
    if story_id is not None and not ID_RE.match(story_id):
        report.at(
            ("id",),
            "schema.id",
            msg(
                "The id `{id}` may use only lower-case letters, digits and hyphens (like `mm-2026-014`); "
                "it becomes the page's address.",
                id=story_id,
            ),
        )
        story_id = None
    texts: list[TextField] = []

    def free_text(mapping: dict[str, Any], where: tuple, name: str, required: bool) -> str | None:
        value = report.text(mapping, where, name, required=required)
        if value:
            texts.append(TextField(".".join(map(str, (*where, name))), value, doc.pos((*where, name))))
        return value

    title = free_text(data, (), "title", True)
    summary = free_text(data, (), "summary", True)
    neutral, neutral_pos, blank = _neutral_fields(report, data, config)
    impact = _impact(report, data, free_text, _wellbeing(config))
    why = None
    msc = report.mapping(data, (), "msc", required=False)
    if report.blank(data, (), "msc"):
        blank["msc.domain"] = doc.pos(("msc",), key=True)
    if msc is not None:
        report.unknown_keys(msc, ("msc",), MSC_FIELDS, "`msc`")
        if report.blank(msc, ("msc",), "domain"):
            blank["msc.domain"] = doc.pos(("msc", "domain"), key=True)
        elif "domain" in msc:
            domain = report.choice(
                msc, ("msc",), "domain", config.msc_domains, required=False, what=msg("MSC domain in site.yaml")
            )
            if domain:
                neutral["msc.domain"] = domain
            neutral_pos["msc.domain"] = doc.pos(("msc", "domain"))
        if report.blank(msc, ("msc",), "why_significant"):
            blank["msc.why_significant"] = doc.pos(("msc", "why_significant"), key=True)
        elif "why_significant" in msc:
            neutral_pos["msc.why_significant"] = doc.pos(("msc", "why_significant"))  # written: its problems said
        why = free_text(msc, ("msc",), "why_significant", False)
    pseudonyms = _phrases(report, data, "pseudonyms")
    allow = _phrases(report, data, "allow")
    version = StoryVersion(
        rel=source.rel,
        shown=source.shown,
        lang=source.lang,
        id=story_id,
        title=title,
        summary=summary,
        body=split.body,
        body_line=split.body_line,
        lines=lines,
        neutral=neutral,
        neutral_pos=neutral_pos,
        impact=impact,
        why_significant=why,
        pseudonyms=pseudonyms,
        allow=allow,
        text_fields=tuple(texts),
        id_pos=id_line(lines, split.body_line),
        blank=blank,
    )
    return version, report.findings


def id_line(lines: tuple[str, ...], body_line: int) -> Pos:
    """Where a file's `id` value is: the line that starts `id:` in the front matter, else the file's start."""
    for number, line in enumerate(lines[:body_line], start=1):
        if line.startswith("id:"):
            return Pos(number, 5, max(len(line) - 4, 1))
    return Pos(1, 1)


def _neutral_fields(
    report: Reporter, data: dict[str, Any], config: SiteConfig
) -> tuple[dict[str, Any], dict[str, Pos], dict[str, Pos]]:
    """Validate the language-neutral fields this file gives (they may be given in one version only).

    A field written but left empty counts as not given (the story as a whole then says what is
    missing, at that key): its place is returned apart, with the fields' values and places.
    """
    doc = report.doc
    checks: dict[str, Any] = {
        "type": lambda: report.choice(data, (), "type", STORY_TYPES, required=True, what=msg("story type")),
        "date": lambda: _date(report, data, (), "date"),
        "published": lambda: _date(report, data, (), "published"),
        "service": lambda: report.choice(
            data, (), "service", config.services, required=False, what=msg("service in site.yaml")
        ),
        "client_group": lambda: report.choice(
            data, (), "client_group", config.client_groups, required=False, what=msg("client group in site.yaml")
        ),
        "wellbeing": lambda: _keys(
            report.keys_list(data, (), "wellbeing", _wellbeing(config), required=True, what=msg("wellbeing area"))
        ),
        "themes": lambda: _keys(
            report.keys_list(data, (), "themes", config.themes, required=False, what=msg("learning theme in site.yaml"))
        ),
        "outcome": lambda: report.choice(data, (), "outcome", OUTCOMES, required=False, what=msg("case-study outcome")),
        "consent": lambda: _consent(report, data, config),
    }
    values: dict[str, Any] = {}
    positions: dict[str, Pos] = {}
    blank: dict[str, Pos] = {}
    for name, check in checks.items():
        if name not in data:
            continue
        if report.blank(data, (), name):
            blank[name] = doc.pos((name,), key=True)
            continue
        before = len(report.findings)
        value = check()
        positions[name] = doc.pos((name,))
        if value is not None:
            values[name] = value
        elif len(report.findings) == before and not _reported(report, name):
            # Fail closed and say so: a value that could not be used must never make the story vanish unexplained.
            report.at(
                (name,),
                "schema.type",
                msg("`{name}` could not be read: check what is written after `{name}:`.", name=name),
            )
    return values, positions, blank


def _wellbeing(config: SiteConfig) -> dict[str, dict[str, str]]:
    """The eight areas of wellbeing (contract keys), with site.yaml's labels for suggestions."""
    return {key: config.wellbeing.get(key, {}) for key in WELLBEING_KEYS}


def _keys(found: list[str] | None) -> tuple[str, ...] | None:
    return tuple(found) if found else None


def _reported(report: Reporter, name: str) -> bool:
    """True when the YAML reader already reported a problem with this field's value."""
    at = report.doc.values.get((name,))
    return at is not None and any(p.pos.line == at.line and p.pos.column == at.column for p in report.doc.problems)


def _date(report: Reporter, mapping: dict[str, Any], where: tuple, name: str) -> dt.date | None:
    value = mapping.get(name)
    if isinstance(value, dt.date):
        return value
    if not is_blank(value):
        report.at(
            (*where, name),
            "schema.date",
            msg(
                "`{name}` must be a date written YYYY-MM-DD, such as 2026-03-14 (found `{value}`).",
                name=name,
                value=report.said((*where, name), value),
            ),
        )
    return None


def _consent(report: Reporter, data: dict[str, Any], config: SiteConfig) -> Consent | None:
    block = data.get("consent")
    where = ("consent",)
    if not isinstance(block, dict):
        report.at(
            where,
            "consent.malformed",
            msg("`consent` must be a group of fields: status, date, scope and (optionally) review."),
            category="consent",
        )
        return None
    report.unknown_keys(block, where, CONSENT_FIELDS, "`consent`")
    status = report.choice(block, where, "status", CONSENT_STATUSES, required=True, what=msg("consent status"))
    date = _date(report, block, where, "date")
    review = _date(report, block, where, "review")
    scope: list[str] | None = []
    if not is_blank(block.get("scope")):
        scope = report.keys_list(
            block, where, "scope", config.audiences, required=False, what=msg("audience in site.yaml")
        )
    if status is None or scope is None:
        return None
    if (
        status in ("given", "withdrawn")
        and date is None
        and ("date" not in block or report.blank(block, where, "date"))
    ):
        report.at(
            (*where, "date") if "date" in block else where,
            "consent.date",
            msg("Consent is given: record when, with `date: YYYY-MM-DD` under `consent`.")
            if status == "given"
            else msg("Consent is withdrawn: record when, with `date: YYYY-MM-DD` under `consent`."),
            key="date" in block,
            category="consent",
        )
        return None
    if status == "given" and not scope:
        report.at(
            (*where, "scope") if "scope" in block else where,
            "consent.scope",
            msg(
                "Consent is given: list the audiences the person agreed to, such as `scope: [intranet]` "
                "(audiences: {audiences}).",
                audiences=one_of(config.audiences),
            ),
            key="scope" in block,
            category="consent",
        )
        return None
    if date and review and review < date:
        report.at(
            (*where, "review"),
            "consent.review",
            msg("The review date is before the date consent was given."),
            category="consent",
        )
        return None
    if status in ("given", "withdrawn") and date is None:
        return None
    return Consent(status, date, tuple(scope or ()), review)


def _impact(
    report: Reporter, data: dict[str, Any], free_text: Any, wellbeing: dict[str, dict[str, str]]
) -> tuple[ImpactRow, ...]:
    rows = data.get("impact")
    if rows is None:
        return ()
    if not isinstance(rows, list):
        report.at(
            ("impact",), "schema.type", msg("`impact` must be a list of rows, each starting with `- outcome: ...`.")
        )
        return ()
    result = []
    for index, row in enumerate(rows):
        where = ("impact", index)
        if not isinstance(row, dict):
            report.at(
                where,
                "schema.type",
                msg("Each impact row is a group of fields: outcome, area, target, measure, actual, comments."),
            )
            continue
        report.unknown_keys(row, where, IMPACT_FIELDS, msg("an impact row"))
        area = report.choice(row, where, "area", wellbeing, required=False, what=msg("wellbeing area"))
        cells = {name: free_text(row, where, name, name == "outcome") or "" for name in IMPACT_FIELDS if name != "area"}
        result.append(ImpactRow(area=area, **cells))
    return tuple(result)


def _phrases(report: Reporter, data: dict[str, Any], name: str) -> tuple[str, ...]:
    value = data.get(name)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        report.at(
            (name,), "schema.type", msg("`{name}` must be a list of words or phrases, such as `[Mair]`.", name=name)
        )
        return ()
    return tuple(v.strip() for v in value)
