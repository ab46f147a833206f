"""Read and validate MSC selection panels (content/panels/*.yaml); every problem is a finding."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storysite import LANGUAGES
from storysite.config import Label, SiteConfig
from storysite.fields import Reporter, did_you_mean
from storysite.findings import Finding, error, warning
from storysite.load import decode, find_files, shown_path
from storysite.model import EXCLUSION_TEXT, Story, exclusion
from storysite.schema import ID_RE
from storysite.yamlsafe import Pos, parse_yaml

PANEL_FIELDS = ("id", "title", "date", "domain", "considered", "selected", "reasons", "themes")


@dataclass(frozen=True)
class Panel:
    """One MSC selection panel: the stories it read, the ones it chose, and why."""

    id: str
    shown: str
    title: Label
    date: dt.date
    considered: tuple[str, ...]
    selected: tuple[str, ...] = ()
    reasons: Label = field(default_factory=dict)
    domain: str | None = None
    themes: tuple[str, ...] = ()
    where: dict[str, Pos] = field(default_factory=dict)  # story id → where the file names it first


def read_panels(
    content: Path, content_arg: str, config: SiteConfig, story_ids: Collection[str]
) -> tuple[list[Panel], list[Finding]]:
    """Read every panel file under content/panels, sorted by path."""
    files, findings = find_files(content, content_arg, "panels", (".yaml", ".yml"))
    panels: list[Panel] = []
    seen: dict[str, str] = {}
    for rel, path in files:
        shown = shown_path(content_arg, rel)
        try:
            text, problems = decode(path.read_bytes(), shown)
        except OSError as exc:
            findings.append(
                error(shown, 1, 1, 1, "content", "file.unreadable", f"The file could not be read: {exc.strerror}.")
            )
            continue
        findings.extend(problems)
        if text is None:
            continue
        panel, problems = parse_panel(text, shown, config, story_ids)
        findings.extend(problems)
        if panel is None:
            continue
        if panel.id in seen:
            findings.append(
                error(
                    shown,
                    1,
                    1,
                    1,
                    "schema",
                    "panel.duplicate-id",
                    f"The panel id `{panel.id}` is already used by {seen[panel.id]}. Give this panel its own id.",
                )
            )
            continue
        seen[panel.id] = shown
        panels.append(panel)
    return sorted(panels, key=lambda p: (-p.date.toordinal(), p.id)), findings


def parse_panel(
    text: str, shown: str, config: SiteConfig, story_ids: Collection[str]
) -> tuple[Panel | None, list[Finding]]:
    """Validate one panel file's text."""
    doc = parse_yaml(text)
    report = Reporter(shown, doc)
    for problem in doc.problems:
        report.findings.append(
            error(
                shown, problem.pos.line, problem.pos.column, problem.pos.length, "schema", problem.rule, problem.message
            )
        )
    data: Any = doc.data
    if report.findings:
        return None, report.findings
    if not isinstance(data, dict):
        report.at(
            (), "panel.not-mapping", "A panel file is a list of fields: id, title, date, considered, selected, reasons."
        )
        return None, report.findings
    report.unknown_keys(data, (), PANEL_FIELDS, "a panel file")
    panel_id = report.text(data, (), "id", required=True)
    if panel_id is not None and not ID_RE.match(panel_id):
        report.at(
            ("id",),
            "schema.id",
            f"The id `{panel_id}` may use only lower-case letters, digits and hyphens; it becomes the page's address.",
        )
        panel_id = None
    title = _label(report, data, "title", required=True)
    reasons = _label(report, data, "reasons", required=bool(data.get("selected")))
    date = data.get("date")
    if not isinstance(date, dt.date):
        if date is None:
            report.at((), "schema.required", "`date` is required: when the panel met, as YYYY-MM-DD.")
        else:
            report.at(
                ("date",),
                "schema.date",
                f"`date` must be a date written YYYY-MM-DD, such as 2026-05-12 (found `{date}`).",
            )
    domain = report.choice(data, (), "domain", config.msc_domains, required=False, what="MSC domain in site.yaml")
    themes = (
        report.keys_list(data, (), "themes", config.themes, required=False, what="learning theme in site.yaml") or []
    )
    where: dict[str, Pos] = {}
    considered = _story_list(report, data, "considered", story_ids, where, required=True)
    selected = _story_list(report, data, "selected", story_ids, where, required=False)
    for index, story_id in enumerate(data.get("selected") or []):
        if story_id in selected and story_id not in considered:
            report.at(
                ("selected", index),
                "panel.selected-not-considered",
                f"`{story_id}` is selected but not in `considered`: add it to the stories the panel considered.",
            )
    if report.findings and any(f.is_error for f in report.findings):
        return None, report.findings
    assert panel_id is not None and title is not None and isinstance(date, dt.date)
    panel = Panel(
        panel_id, shown, title, date, tuple(considered), tuple(selected), reasons or {}, domain, tuple(themes), where
    )
    return panel, report.findings


def _label(report: Reporter, data: dict[str, Any], name: str, *, required: bool) -> Label | None:
    value = data.get(name)
    if value is None:
        if required:
            report.at(
                (), "schema.required", f"`{name}` is required, in Welsh and English: `{name}: {{cy: ..., en: ...}}`."
            )
        return None
    if not isinstance(value, dict):
        report.at((name,), "schema.type", f"`{name}` needs text in each language: `{name}: {{cy: ..., en: ...}}`.")
        return None
    report.unknown_keys(value, (name,), LANGUAGES, f"`{name}` (languages are `cy` and `en`)")
    label: Label = {}
    for lang in LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            report.at(
                (name,),
                "translation.missing",
                f"`{name}` has no {'Welsh' if lang == 'cy' else 'English'} text (`{lang}`).",
                category="translation",
            )
        else:
            label[lang] = text.strip()
    return label


def _story_list(
    report: Reporter,
    data: dict[str, Any],
    name: str,
    story_ids: Collection[str],
    where: dict[str, Pos],
    *,
    required: bool,
) -> list[str]:
    value = data.get(name)
    if value is None:
        if required:
            report.at(
                (), "schema.required", f"`{name}` is required: list the ids of the stories, such as `[msc-2026-001]`."
            )
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        report.at((name,), "schema.type", f"`{name}` must be a list of story ids, such as `[msc-2026-001]`.")
        return []
    result: list[str] = []
    for index, item in enumerate(value):
        if not isinstance(item, str) or item not in story_ids:
            report.at(
                (name, index),
                "panel.unknown-story",
                f"There is no story with the id `{item}`.{did_you_mean(str(item), story_ids)}",
            )
        elif item in result:
            report.warn((name, index), "schema.repeated", f"`{item}` is listed twice in `{name}`.")
        else:
            result.append(item)
            where.setdefault(item, report.doc.pos((name, index)))
    return result


def unpublished_findings(
    panels: list[Panel], stories: Mapping[str, Story], audience: str | None, today: dt.date
) -> list[Finding]:
    """A warning where a panel names a story its audience will not see: it is left out of the page and pack.

    With no audience, only reasons that hold for every audience are reported (not scope).
    """
    findings = []
    for panel in panels:
        for story_id in panel.considered:
            story = stories.get(story_id)
            reason = exclusion(story, audience or "", today) if story else "error"
            if reason is None or (audience is None and reason == "out-of-scope"):
                continue
            pos = panel.where.get(story_id, Pos(1, 1))
            to = f"to `{audience}`" if audience else "to any audience"
            findings.append(
                warning(
                    panel.shown,
                    pos.line,
                    pos.column,
                    pos.length,
                    "consent",
                    "panel.unpublished-story",
                    f"The story `{story_id}` is not published {to} ({EXCLUSION_TEXT[reason]}): "
                    "it is left out of this panel's page and printable pack.",
                )
            )
    return findings
