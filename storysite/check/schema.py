"""Validate one story file's front matter into a StoryVersion; every problem is a finding."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from storysite.check.config import WELLBEING_KEYS, SiteConfig
from storysite.check.fields import FieldChecker, is_blank, one_of
from storysite.content.frontmatter import split_front_matter
from storysite.content.load import SourceFile
from storysite.content.yamlsafe import Pos
from storysite.findings import Finding, Span, error
from storysite.i18n.messages import msg
from storysite.model import Consent, ImpactRow, StoryVersion, TextField, id_line
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
    "sign_off",  # written by `storysite sign-off` (check.sign_off)
    "photos",
)
IMPACT_FIELDS = ("outcome", "area", "target", "measure", "actual", "comments")
MSC_FIELDS = ("domain", "why_significant")
CONSENT_FIELDS = ("status", "date", "scope", "review")
PHOTO_FIELDS = ("file", "shows_people", "consent")
# What each choice is called in its findings: made once, not for every file (a Message is immutable).
_STORY_TYPE = msg("story type")
_SERVICE = msg("service in site.yaml")
_CLIENT_GROUP = msg("client group in site.yaml")
_WELLBEING_AREA = msg("wellbeing area")
_THEME = msg("learning theme in site.yaml")
_OUTCOME = msg("case-study outcome")
_CONSENT_STATUS = msg("consent status")
_AUDIENCE = msg("audience in site.yaml")
_MSC_DOMAIN = msg("MSC domain in site.yaml")
_FRONT_MATTER = msg("a story's front matter")
_IMPACT_ROW = msg("an impact row")


@dataclass(frozen=True, slots=True)
class PhotoEntry:
    """One photo listed under `photos:`: its file, whether it shows people, and then their consent to it."""

    file: str
    shows_people: bool
    consent: Consent | None
    pos: Pos = field(compare=False)  # where its `file` value is (its problems are pointed at there)


def read_version(source: SourceFile, config: SiteConfig) -> tuple[StoryVersion, list[Finding]]:
    """Split, parse and validate one story file."""
    split = split_front_matter(source.text)
    doc = split.meta
    report = FieldChecker(source.shown, doc)
    lines = tuple(source.text.split("\n"))
    for problem in doc.problems:
        report.findings.append(error(Span.at(source.shown, problem.pos), problem.rule, problem.message))
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
    report.unknown_keys(data, (), STORY_FIELDS, _FRONT_MATTER)
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
            domain = report.choice(msc, ("msc",), "domain", config.msc_domains, required=False, what=_MSC_DOMAIN)
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
        photo_files=_listed_files(data),
    )
    return version, report.findings


def _neutral_fields(
    report: FieldChecker, data: dict[str, Any], config: SiteConfig
) -> tuple[dict[str, Any], dict[str, Pos], dict[str, Pos]]:
    """Validate the language-neutral fields this file gives (they may be given in one version only).

    A field written but left empty counts as not given (the story as a whole then says what is
    missing, at that key): its place is returned apart, with the fields' values and places.
    """
    doc = report.doc
    checks: dict[str, Any] = {
        "type": lambda: report.choice(data, (), "type", STORY_TYPES, required=True, what=_STORY_TYPE),
        "date": lambda: _date(report, data, (), "date"),
        "published": lambda: _date(report, data, (), "published"),
        "service": lambda: report.choice(data, (), "service", config.services, required=False, what=_SERVICE),
        "client_group": lambda: report.choice(
            data, (), "client_group", config.client_groups, required=False, what=_CLIENT_GROUP
        ),
        "wellbeing": lambda: _keys(
            report.keys_list(data, (), "wellbeing", _wellbeing(config), required=True, what=_WELLBEING_AREA)
        ),
        "themes": lambda: _keys(report.keys_list(data, (), "themes", config.themes, required=False, what=_THEME)),
        "outcome": lambda: report.choice(data, (), "outcome", OUTCOMES, required=False, what=_OUTCOME),
        "consent": lambda: _consent(report, data, config),
        "photos": lambda: _photos(report, data, config),
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


def _reported(report: FieldChecker, name: str) -> bool:
    """True when the YAML reader already reported a problem with this field's value."""
    at = report.doc.values.get((name,))
    return at is not None and any(p.pos.line == at.line and p.pos.column == at.column for p in report.doc.problems)


def _date(report: FieldChecker, mapping: dict[str, Any], where: tuple, name: str) -> dt.date | None:
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


def _consent(
    report: FieldChecker, data: dict[str, Any], config: SiteConfig, where: tuple = ("consent",)
) -> Consent | None:
    block = data.get("consent")
    if not isinstance(block, dict):
        report.at(
            where,
            "consent.malformed",
            msg("`consent` must be a group of fields: status, date, scope and (optionally) review."),
        )
        return None
    report.unknown_keys(block, where, CONSENT_FIELDS, "`consent`")
    status = report.choice(block, where, "status", CONSENT_STATUSES, required=True, what=_CONSENT_STATUS)
    date = _date(report, block, where, "date")
    review = _date(report, block, where, "review")
    scope: list[str] | None = []
    if not is_blank(block.get("scope")):
        scope = report.keys_list(block, where, "scope", config.audiences, required=False, what=_AUDIENCE)
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
        )
        return None
    if date and review and review < date:
        report.at(
            (*where, "review"),
            "consent.review",
            msg("The review date is before the date consent was given."),
        )
        return None
    if status in ("given", "withdrawn") and date is None:
        return None
    return Consent(status, date, tuple(scope or ()), review)


def _impact(
    report: FieldChecker, data: dict[str, Any], free_text: Any, wellbeing: dict[str, dict[str, str]]
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
        report.unknown_keys(row, where, IMPACT_FIELDS, _IMPACT_ROW)
        area = report.choice(row, where, "area", wellbeing, required=False, what=_WELLBEING_AREA)
        cells = {name: free_text(row, where, name, name == "outcome") or "" for name in IMPACT_FIELDS if name != "area"}
        result.append(ImpactRow(area=area, **cells))
    return tuple(result)


def _phrases(report: FieldChecker, data: dict[str, Any], name: str) -> tuple[str, ...]:
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


def _photos(report: FieldChecker, data: dict[str, Any], config: SiteConfig) -> tuple[PhotoEntry, ...] | None:
    """The `photos:` list: each photo's file, `shows_people` (required, no default) and, with people, its consent.

    Fail closed: a photo whose entry has any problem is left out of the list (so it can be published nowhere),
    and its problem is an error, which keeps the story from being published until it is put right.
    """
    rows = data.get("photos")
    if not isinstance(rows, list):
        report.at(
            ("photos",),
            "schema.type",
            msg("`photos` must be a list, each photo starting with `- file: garden.jpg` and `shows_people:`."),
        )
        return None
    entries: list[PhotoEntry] = []
    seen: set[str] = set()
    for index, row in enumerate(rows):
        where = ("photos", index)
        if not isinstance(row, dict):
            report.at(
                where,
                "schema.type",
                msg("Each photo is a group of fields: `file`, `shows_people` and, when it shows people, `consent`."),
            )
            continue
        report.unknown_keys(row, where, PHOTO_FIELDS, msg("a photo"))
        file = report.text(row, where, "file", required=True)
        people = row.get("shows_people")
        if "shows_people" not in row or is_blank(people):
            report.at(
                (*where, "shows_people") if "shows_people" in row else where,
                "photo.shows-people",
                msg(
                    "Say whether the photo shows people: `shows_people: true` or `shows_people: false` "
                    "(there is no default: a photo of people needs their own consent)."
                ),
                key="shows_people" in row,
            )
            continue
        if not isinstance(people, bool):
            report.at(
                (*where, "shows_people"),
                "schema.type",
                msg(
                    "`shows_people` must be `true` or `false` (found `{value}`).",
                    value=report.said((*where, "shows_people"), people),
                ),
            )
            continue
        consent = None
        if people:
            if "consent" not in row or is_blank(row.get("consent")):
                report.at(
                    where if "consent" not in row else (*where, "consent"),
                    "photo.consent",
                    msg(
                        "This photo shows people: record their consent to it under the photo "
                        "(`consent:` with status, date and scope), as for the story."
                    ),
                    key="consent" in row,
                )
                continue
            consent = _consent(report, row, config, (*where, "consent"))
            if consent is None:
                continue
        elif "consent" in row:
            report.warn(
                (*where, "consent"),
                "photo.consent-unused",
                msg("This photo shows no people, so its `consent` is not used: the story's consent covers it."),
                key=True,
            )
        if file is None:
            continue
        if file in seen:
            report.at((*where, "file"), "photo.duplicate", msg("`{file}` is listed twice under `photos`.", file=file))
            continue
        seen.add(file)
        entries.append(PhotoEntry(file, people, consent, report.doc.pos((*where, "file"))))
    return tuple(entries)


def _listed_files(data: dict[str, Any]) -> tuple[str, ...]:
    """Every `file` written under `photos:`, valid or not (an image placed in the body is then not "unlisted")."""
    rows = data.get("photos")
    if not isinstance(rows, list):
        return ()
    return tuple(row["file"] for row in rows if isinstance(row, dict) and isinstance(row.get("file"), str))
