"""Group language versions into stories, resolve shared fields, and decide what each audience sees."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from storysite import LANGUAGES
from storysite.check.schema import NEUTRAL_FIELDS, Consent, StoryVersion, id_line
from storysite.content.yamlsafe import Pos
from storysite.findings import Finding, error, warning
from storysite.i18n.messages import Message, msg
from storysite.pickling import compact

LANGUAGE_NAMES = {"cy": "Welsh", "en": "English"}


@compact(243)
@dataclass(frozen=True, slots=True)
class Story:
    """A story with all its language versions and the fields they share."""

    id: str
    type: str
    date: dt.date
    wellbeing: tuple[str, ...]
    consent: Consent | None
    versions: dict[str, StoryVersion]
    html: dict[str, str] = field(default_factory=dict)
    search_words: dict[str, str] = field(default_factory=dict)  # per language: radical forms, for Welsh search
    themes: tuple[str, ...] = ()
    service: str | None = None
    client_group: str | None = None
    outcome: str | None = None
    msc_domain: str | None = None
    has_errors: bool = False
    published: dt.date | None = None  # when it first went on the site, if the front matter says

    @property
    def publishable(self) -> dt.date:
        """The date the story became publishable: `published`, else the consent date, else the date gathered."""
        if self.published is not None:
            return self.published
        if self.consent is not None and self.consent.date is not None:
            return self.consent.date
        return self.date

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGUAGES if lang in self.versions)

    @property
    def files(self) -> tuple[str, ...]:
        return tuple(v.shown for v in self.versions.values())

    def version(self, lang: str) -> StoryVersion:
        """The version in `lang`, or the one that exists."""
        return self.versions.get(lang) or next(iter(self.versions.values()))


def group_versions(versions: list[StoryVersion]) -> tuple[dict[str, list[StoryVersion]], list[Finding]]:
    """Link language versions by id; two files with one id in one language is an error."""
    groups: dict[str, list[StoryVersion]] = defaultdict(list)
    findings: list[Finding] = []
    for version in versions:
        if version.id is None:
            continue
        twin = next((v for v in groups[version.id] if v.lang == version.lang), None)
        if twin is not None:
            pos = id_position(version)
            findings.append(
                error(
                    version.shown,
                    pos.line,
                    pos.column,
                    pos.length,
                    "schema",
                    "story.duplicate-id",
                    msg(
                        "The id `{id}` is already used by {path} in the same language. Give this story its own id.",
                        id=version.id,
                        path=twin.shown,
                    ),
                )
            )
            pos = id_position(twin)
            findings.append(
                error(
                    twin.shown,
                    pos.line,
                    pos.column,
                    pos.length,
                    "schema",
                    "story.duplicate-id",
                    msg(
                        "The id `{id}` is also used by {path} in the same language.", id=version.id, path=version.shown
                    ),
                )
            )
            continue
        groups[version.id].append(version)
    return groups, findings


def id_position(version: StoryVersion) -> Pos:
    """Where the version's `id` value is (the story as a whole is pointed at there)."""
    return version.id_pos or id_line(version.lines, version.body_line)


def merge_story(story_id: str, versions: list[StoryVersion]) -> tuple[dict[str, Any], list[Finding]]:
    """Resolve the language-neutral fields across versions; disagreements are errors."""
    merged: dict[str, Any] = {}
    source: dict[str, StoryVersion] = {}
    findings: list[Finding] = []
    for version in sorted(versions, key=lambda v: LANGUAGES.index(v.lang)):
        for name in NEUTRAL_FIELDS:
            if name not in version.neutral:
                continue
            value = version.neutral[name]
            if name not in merged:
                merged[name] = value
                source[name] = version
            elif _comparable(merged[name]) != _comparable(value):
                pos = version.neutral_pos.get(name, Pos(1, 1))
                findings.append(
                    error(
                        version.shown,
                        pos.line,
                        pos.column,
                        pos.length,
                        "translation",
                        "story.disagree",
                        msg(
                            "`{name}` differs from {path}: the language versions of a story "
                            "must agree on `{name}` (or give it in one version only).",
                            name=name,
                            path=source[name].shown,
                        ),
                    )
                )
    return merged, findings


def _comparable(value: Any) -> Any:
    """A shared field's value as the versions must agree on it: lists (and a consent scope) in any order."""
    if isinstance(value, list | tuple):
        return frozenset(value)
    if isinstance(value, Consent):
        return (value.status, value.date, frozenset(value.scope), value.review)
    return value


def exclusion(story: Story, audience: str, today: dt.date) -> str | None:
    """Why `story` is not published to `audience`, or None when it is. Fail closed."""
    if story.has_errors:
        return "error"
    consent = story.consent
    if consent is None:
        return "no-consent"
    if consent.status != "given":
        return consent.status  # pending | withdrawn
    if consent.review is not None and consent.review < today:
        return "review-overdue"
    if audience not in consent.scope:
        return "out-of-scope"
    return None


EXCLUSION_TEXT: dict[str, Message] = {
    "error": msg("it has errors"),
    "no-consent": msg("it has no valid consent record"),
    "pending": msg("consent is pending"),
    "withdrawn": msg("consent was withdrawn"),
    "out-of-scope": msg("the person did not agree to this audience"),
    "review-overdue": msg("the consent review date has passed"),
}


def published(stories: list[Story], audience: str, today: dt.date) -> list[Story]:
    """The stories `audience` may see, newest first, then by id."""
    chosen = [s for s in stories if exclusion(s, audience, today) is None]
    return sorted(chosen, key=lambda s: (-s.date.toordinal(), s.id))


def newly_published(stories: list[Story]) -> list[Story]:
    """`stories` by the date each became publishable, newest first, then by id ("Latest stories", the feeds)."""
    return sorted(stories, key=lambda s: (-s.publishable.toordinal(), s.id))


def exclusion_findings(stories: list[Story], audience: str | None, today: dt.date) -> list[Finding]:
    """A warning for each story left out for a reason other than an error.

    With no audience, only reasons that hold for every audience are reported (not scope).
    """
    findings = []
    for story in stories:
        reason = exclusion(story, audience or "", today)
        if reason in (None, "error") or (audience is None and reason == "out-of-scope"):
            continue
        where = next((v for v in story.versions.values() if "consent" in v.neutral_pos), story.version("cy"))
        pos = where.neutral_pos.get("consent", Pos(1, 1))
        to = msg("to `{audience}`", audience=audience) if audience else msg("to any audience")
        findings.append(
            warning(
                where.shown,
                pos.line,
                pos.column,
                pos.length,
                "consent",
                f"consent.{reason}",
                msg(
                    "Not published {to}: {reason}. It is left out of every page, listing, feed and the search index.",
                    to=to,
                    reason=EXCLUSION_TEXT[reason],
                ),
            )
        )
    return findings


CONSENT_DATE_SLACK = dt.timedelta(days=1)  # a date written where it is already tomorrow is not in the future


def future_consent(stories: list[Story], today: dt.date, texts: Mapping[str, str]) -> tuple[list[Story], list[Finding]]:
    """An error for a consent date after tomorrow (consent cannot be recorded before it is given).

    Checked here, not with the file, because the answer changes with the day while a file's checked
    version is cached; the story is marked as having errors, so it is published nowhere. `texts`
    holds each file's text by its shown path, to point at the `date:` line.
    """
    findings: list[Finding] = []
    kept: list[Story] = []
    for story in stories:
        consent = story.consent
        if consent is None or consent.date is None or consent.date <= today + CONSENT_DATE_SLACK:
            kept.append(story)
            continue
        for version in story.versions.values():
            if "consent" not in version.neutral_pos:
                continue
            line, column, length = _consent_date_pos(version.neutral_pos["consent"], texts.get(version.shown, ""))
            findings.append(
                error(
                    version.shown,
                    line,
                    column,
                    length,
                    "consent",
                    "consent.future-date",
                    msg(
                        "The consent date {date} is in the future: consent is recorded once the person has given "
                        "it. Write the date they gave it (today at the latest), and publish the story after that.",
                        date=consent.date.isoformat(),
                    ),
                )
            )
        kept.append(replace(story, has_errors=True))
    return kept, findings


def _consent_date_pos(consent: Pos, text: str) -> tuple[int, int, int]:
    """Where `date:` under `consent` is, from where the block starts (the block itself when it is not found)."""
    lines = text.split("\n")
    for number in range(max(consent.line - 1, 1), min(consent.line + 8, len(lines) + 1)):
        found = _DATE_LINE.match(lines[number - 1])
        if found is not None and (number > consent.line - 1 or "{" in lines[number - 1]):
            return number, found.start(1) + 1, len(found.group(1))
    return consent.line, consent.column, consent.length


_DATE_LINE = re.compile(r"^(?:consent:\s*\{.*?|\s+)date:\s*[\"']?(\d{4}-\d{2}-\d{2})")


def language_name(lang: str) -> str:
    return LANGUAGE_NAMES[lang]
