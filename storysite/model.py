"""A story's language versions as checked, grouped into stories with their shared fields resolved, and what each
audience sees."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from storysite import LANGUAGES
from storysite.content.photos import Photo
from storysite.content.yamlsafe import Pos
from storysite.findings import Finding, Span, error, warning
from storysite.i18n.messages import Message, joined, msg
from storysite.pickling import compact

LANGUAGE_NAMES = {"cy": "Welsh", "en": "English"}
# The fields a story's language versions share: any one version may give each, and they must agree.
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
    "photos",
)


@compact
@dataclass(frozen=True, slots=True)
class Consent:
    """What the person agreed to, and until when."""

    status: str
    date: dt.date | None
    scope: tuple[str, ...]
    review: dt.date | None


@compact
@dataclass(frozen=True, slots=True)
class ImpactRow:
    """One row of a case study's impact table, in one language."""

    outcome: str
    area: str | None
    target: str
    measure: str
    actual: str
    comments: str


@compact
@dataclass(frozen=True, slots=True)
class TextField:
    """A free-text front-matter value and where it starts, for the identifying-details check."""

    name: str
    value: str
    pos: Pos


@compact
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
    photo_files: tuple[str, ...] = ()  # the files listed under `photos:`, for the build cache's story keys


def id_line(lines: tuple[str, ...], body_line: int) -> Pos:
    """Where a file's `id` value is: the line that starts `id:` in the front matter, else the file's start."""
    for number, line in enumerate(lines[:body_line], start=1):
        if line.startswith("id:"):
            return Pos(number, 5, max(len(line) - 4, 1))
    return Pos(1, 1)


@dataclass(frozen=True, slots=True)
class SignOff:
    """A story's `sign_off` record as read (check.sign_off), and whether it still matches the story."""

    path: str  # the file that holds it, as shown
    line: int
    by: str
    date: str
    note: str
    digest: str  # as recorded
    valid: bool  # the recorded digest is the story's digest now
    changed: tuple[str, ...] = ()  # `lang:field` of each field whose fingerprint differs (when fingerprints exist)
    problem: str = ""  # "" | "mismatch" | "malformed" | "twice"


@dataclass(frozen=True, slots=True)
class StoryPhoto:
    """A photo a story shows, as listed and decoded: to whom it is published is `photo_exclusion`'s say."""

    file: str  # as the story names it
    shows_people: bool
    consent: Consent | None  # the people's own consent to the photo (None when it shows no people)
    image: Photo
    shown: str  # the story file that lists it, and where: warnings point there
    pos: Pos


@compact
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
    sign_off: SignOff | None = None  # its `sign_off` record, read with its files (check.sign_off)
    sign_off_required: tuple[
        str, ...
    ] = ()  # the audiences that publish it only signed off (site.yaml, by require_sign_off)
    photos: tuple[StoryPhoto, ...] = ()  # every photo the story shows that passed the check
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
                    Span.at(version.shown, pos),
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
                    Span.at(twin.shown, pos),
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
                pos = version.neutral_pos.get(name) or id_position(version)
                findings.append(
                    error(
                        Span.at(version.shown, pos),
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
    if audience in story.sign_off_required and (story.sign_off is None or not story.sign_off.valid):
        return "unsigned" if story.sign_off is None else "sign-off-lapsed"
    return None


EXCLUSION_TEXT: dict[str, Message] = {
    "error": msg("it has errors"),
    "no-consent": msg("it has no valid consent record"),
    "pending": msg("consent is pending"),
    "withdrawn": msg("consent was withdrawn"),
    "out-of-scope": msg("the person did not agree to this audience"),
    "review-overdue": msg("the consent review date has passed"),
    "unsigned": msg("it is waiting for sign-off"),
    "sign-off-lapsed": msg("it changed since it was signed off"),
}
SIGN_OFF_REASONS = frozenset({"unsigned", "sign-off-lapsed"})


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
        if reason in (None, "error") or (audience is None and reason == "out-of-scope") or reason in SIGN_OFF_REASONS:
            continue  # sign-off has its own warning (sign_off_findings), which says what changed
        where = next((v for v in story.versions.values() if "consent" in v.neutral_pos), story.version("cy"))
        pos = where.neutral_pos.get("consent") or id_position(where)
        to = msg("to `{audience}`", audience=audience) if audience else msg("to any audience")
        findings.append(
            warning(
                Span.at(where.shown, pos),
                f"consent.{reason}",
                msg(
                    "Not published {to}: {reason}. It is left out of every page, listing, feed and the search index.",
                    to=to,
                    reason=EXCLUSION_TEXT[reason],
                ),
            )
        )
    return findings


def require_sign_off(stories: list[Story], audiences: tuple[str, ...]) -> list[Story]:
    """The stories with site.yaml's `sign_off_required` audiences, which exclusion then asks about."""
    if not audiences:
        return stories
    return [replace(story, sign_off_required=audiences) for story in stories]


def sign_off_findings(stories: list[Story], audience: str | None, today: dt.date) -> list[Finding]:
    """A warning for each story left out for want of a valid sign-off: where, and what changed since.

    With no audience, every audience that requires sign-off and would otherwise publish the story.
    """
    findings = []
    for story in stories:
        wanted = [audience] if audience is not None else list(story.sign_off_required)
        held = [a for a in wanted if exclusion(story, a, today) in SIGN_OFF_REASONS]
        if not held:
            continue
        to = joined(", ", [f"`{a}`" for a in held])
        record = story.sign_off
        if record is None:
            where = next((v for v in story.versions.values() if "consent" in v.neutral_pos), story.version("cy"))
            pos = where.neutral_pos.get("consent") or id_position(where)
            findings.append(
                warning(
                    Span.at(where.shown, pos),
                    "sign-off.missing",
                    msg(
                        "Not published to {to}: it is waiting for sign-off. Someone who did not write it reads it "
                        "with `storysite review {id}`, then `storysite sign-off {id} --by NAME`. Until then it is "
                        "left out of every page, listing, feed and the search index there.",
                        to=to,
                        id=story.id,
                    ),
                )
            )
            continue
        findings.append(
            warning(
                Span(record.path, record.line, 1, len("sign_off")),
                "sign-off.lapsed" if record.problem == "mismatch" else "sign-off.invalid",
                msg(
                    "Not published to {to}: {why} Read it again with `storysite review {id}` and sign it off "
                    "again with `storysite sign-off {id} --by NAME`; until then it is left out of every page, "
                    "listing, feed and the search index there.",
                    to=to,
                    why=sign_off_problem(record, story),
                    id=story.id,
                ),
            )
        )
    return findings


def sign_off_problem(record: SignOff, story: Story) -> Message:
    """What is wrong with a sign-off that does not hold, naming what changed where that can be told."""
    if record.problem == "twice":
        return msg("`sign_off` is written in more than one language version (keep the one `sign-off` wrote).")
    if record.problem == "malformed":
        return msg("`sign_off` is not the record `storysite sign-off` writes (by, date and digest).")
    if not record.changed:
        return msg(
            "its `sign_off` digest does not match the story's text: it was written by hand, or the story "
            "changed since {by} signed it off on {date}.",
            by=record.by,
            date=record.date,
        )
    return msg(
        "it changed since {by} signed it off on {date}: {changes}.",
        by=record.by,
        date=record.date,
        changes=joined("; ", [_change(item, story) for item in record.changed]),
    )


def _change(item: str, story: Story) -> Message:
    """One changed field, `lang:field`, in words: its version, its file and its field."""
    lang, name = item.split(":", 1)
    version = VERSION_WORDS[lang]
    shown = story.versions[lang].shown if lang in story.versions else ""
    if name == "*" or not shown:
        return msg("{version} was added or removed", version=version)
    if name == "body":
        return msg("{version} ({file}): its text", version=version, file=shown)
    return msg("{version} ({file}): `{field}`", version=version, file=shown, field=name)


VERSION_WORDS: dict[str, Message] = {"cy": msg("the Welsh version"), "en": msg("the English version")}


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
            at = _consent_date_pos(version.neutral_pos["consent"], texts.get(version.shown, ""))
            findings.append(
                error(
                    Span.at(version.shown, at),
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


def _consent_date_pos(consent: Pos, text: str) -> Pos:
    """Where `date:` under `consent` is, from where the block starts (the block itself when it is not found)."""
    lines = text.split("\n")
    for number in range(max(consent.line - 1, 1), min(consent.line + 8, len(lines) + 1)):
        found = _DATE_LINE.match(lines[number - 1])
        if found is not None and (number > consent.line - 1 or "{" in lines[number - 1]):
            return Pos(number, found.start(1) + 1, len(found.group(1)))
    return consent


_DATE_LINE = re.compile(r"^(?:consent:\s*\{.*?|\s+)date:\s*[\"']?(\d{4}-\d{2}-\d{2})")


def photo_exclusion(photo: StoryPhoto, audience: str, today: dt.date) -> str | None:
    """Why a photo of a published story is not shown to `audience`, or None when it is. Fail closed.

    A photo without people goes wherever its story goes; one with people only where their own consent
    to the photo reaches, as a story's does.
    """
    if not photo.shows_people:
        return None
    consent = photo.consent
    if consent is None:
        return "no-consent"
    if consent.status != "given":
        return consent.status  # pending | withdrawn
    if consent.date is not None and consent.date > today + CONSENT_DATE_SLACK:
        return "future-date"
    if consent.review is not None and consent.review < today:
        return "review-overdue"
    if audience not in consent.scope:
        return "out-of-scope"
    return None


PHOTO_EXCLUSION_TEXT: dict[str, Message] = {
    **EXCLUSION_TEXT,
    "future-date": msg("its consent date is in the future"),
}


def published_photos(stories: list[Story], audience: str, today: dt.date) -> dict[str, tuple[StoryPhoto, ...]]:
    """For each story in `stories` (those published to `audience`), the photos `audience` may see."""
    return {s.id: tuple(p for p in s.photos if photo_exclusion(p, audience, today) is None) for s in stories}


def photo_exclusion_findings(stories: list[Story], audience: str | None, today: dt.date) -> list[Finding]:
    """A warning for each photo left out of a story that is published (with no audience: out for every one)."""
    findings = []
    for story in stories:
        left_out = exclusion(story, audience or "", today)
        if left_out is not None and not (audience is None and left_out == "out-of-scope"):
            continue  # the story itself is left out, and says so
        for photo in story.photos:
            reason = photo_exclusion(photo, audience or "", today)
            if reason is None or (audience is None and reason == "out-of-scope"):
                continue
            to = msg("to `{audience}`", audience=audience) if audience else msg("to any audience")
            findings.append(
                warning(
                    Span.at(photo.shown, photo.pos),
                    f"photo.{reason}",
                    msg(
                        "The photo `{file}` is not published {to}: {reason}. The story is published without it.",
                        file=photo.file,
                        to=to,
                        reason=PHOTO_EXCLUSION_TEXT[reason],
                    ),
                )
            )
    return findings


def language_name(lang: str) -> str:
    return LANGUAGE_NAMES[lang]
