"""`storysite status`: per story, its languages, consent and review date, and what each audience would publish."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

from storysite import LANGUAGES
from storysite.check import check_library
from storysite.findings import IDENTIFYING_CATEGORIES
from storysite.model import EXCLUSION_TEXT, Story, exclusion

REVIEW_WARNING_DAYS = 30
LANGUAGE_NAMES = {"cy": "Welsh", "en": "English"}


def library_status(content: Path, content_arg: str, *, today: dt.date | None = None) -> dict[str, Any] | None:
    """The status report as plain data; None when site.yaml cannot be read."""
    today = today or dt.date.today()
    library = check_library(content, content_arg, today=today)
    if library.config is None:
        return None
    audiences = list(library.config.audiences)
    identifying = Counter(f.path for f in library.findings if f.category in IDENTIFYING_CATEGORIES)
    errors = Counter(f.path for f in library.findings if f.is_error)
    stories = [_story_status(s, audiences, today, identifying, errors) for s in library.stories]
    in_stories = {path for s in library.stories for path in s.files}
    totals = {
        audience: {
            "published": sum(s["audiences"][audience]["published"] for s in stories),
            "left_out": sum(not s["audiences"][audience]["published"] for s in stories),
        }
        for audience in audiences
    }
    return {
        "content": content_arg,
        "today": today.isoformat(),
        "audiences": audiences,
        "stories": stories,
        "totals": totals,
        "reviews_due": sum(s["review_due"] for s in stories),
        "reviews_overdue": sum(s["review_overdue"] for s in stories),
        "unreadable_files": sorted(path for path in errors if path not in in_stories and path.endswith(".md")),
    }


def _story_status(
    story: Story, audiences: list[str], today: dt.date, identifying: Counter[str], errors: Counter[str]
) -> dict[str, Any]:
    consent = story.consent
    days = (consent.review - today).days if consent and consent.review else None
    decisions = {}
    for audience in audiences:
        reason = exclusion(story, audience, today)
        decisions[audience] = {"published": reason is None, "reason": reason, "why": EXCLUSION_TEXT.get(reason or "")}
    return {
        "id": story.id,
        "type": story.type,
        "title": story.version("en" if "en" in story.versions else "cy").title,
        "languages": list(story.languages),
        "files": sorted(story.files),
        "consent": {
            "status": consent.status if consent else None,
            "date": consent.date.isoformat() if consent and consent.date else None,
            "scope": list(consent.scope) if consent else [],
            "review": consent.review.isoformat() if consent and consent.review else None,
        },
        "review_in_days": days,
        "review_due": days is not None and 0 <= days <= REVIEW_WARNING_DAYS,
        "review_overdue": days is not None and days < 0,
        "audiences": decisions,
        "identifying_findings": sum(identifying[path] for path in story.files),
        "errors": sum(errors[path] for path in story.files),
    }


def format_status(report: dict[str, Any]) -> list[tuple[str, str | None]]:
    """The report as lines for a terminal, each with a colour (or None)."""
    stories = report["stories"]
    count = f"{len(stories)} {'story' if len(stories) == 1 else 'stories'}"
    lines: list[tuple[str, str | None]] = [(f"{count} in {report['content']} (today {report['today']}).", None)]
    for story in stories:
        lines.append(("", None))
        heading = f"{story['id']}  {story['type']}  {_languages(story['languages'])}  {story['title'] or ''}"
        lines.append((heading.rstrip(), "red" if story["errors"] else None))
        lines.append(_consent_line(story))
        published = [
            f"{audience}: " + ("published" if d["published"] else f"left out ({d['why']})")
            for audience, d in story["audiences"].items()
        ]
        lines.append(("  " + "; ".join(published), None))
        count = story["identifying_findings"]
        detail = f"  identifying details: {count} finding{'s' * (count != 1)}"
        if story["errors"]:
            detail += f"; {story['errors']} error{'s' * (story['errors'] != 1)} in all (run `storysite check`)"
        lines.append((detail, "red" if count or story["errors"] else None))
    lines.append(("", None))
    totals = "; ".join(
        f"{name}: {n['published']} published, {n['left_out']} left out" for name, n in report["totals"].items()
    )
    lines.append((f"Totals: {totals}.", None))
    due, overdue = report["reviews_due"], report["reviews_overdue"]
    lines.append(
        (
            f"Consent reviews due within {REVIEW_WARNING_DAYS} days: {due}; overdue: {overdue}.",
            "red" if overdue else "yellow" if due else None,
        )
    )
    for path in report["unreadable_files"]:
        lines.append((f"{path}: not a complete story yet (it has errors): run `storysite check`.", "red"))
    return lines


def _languages(languages: list[str]) -> str:
    if len(languages) == len(LANGUAGES):
        return "cy+en"
    missing = next(lang for lang in LANGUAGES if lang not in languages)
    return f"{'+'.join(languages)} only (no {LANGUAGE_NAMES[missing]} version)"


def _consent_line(story: dict[str, Any]) -> tuple[str, str | None]:
    consent = story["consent"]
    if consent["status"] is None:
        return ("  consent: no valid consent record: never published", "red")
    text = f"  consent: {consent['status']}"
    if consent["date"]:
        text += f" on {consent['date']}"
    text += f"; scope: {', '.join(consent['scope']) or 'none'}"
    if consent["review"]:
        days = story["review_in_days"]
        if story["review_overdue"]:
            return (f"{text}; review by {consent['review']}: REVIEW OVERDUE by {-days} days (not published)", "red")
        if story["review_due"]:
            return (f"{text}; review by {consent['review']}: REVIEW DUE in {days} days", "yellow")
        text += f"; review by {consent['review']}"
    return (text, None)
