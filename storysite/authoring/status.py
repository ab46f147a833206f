"""`storysite status`: per story, its languages, consent and review date, and what each audience would publish."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

from storysite import LANGUAGES
from storysite.check.library import check_library
from storysite.findings import IDENTIFYING_CATEGORIES, Finding
from storysite.i18n.messages import joined, msg, nmsg
from storysite.model import EXCLUSION_TEXT, SIGN_OFF_REASONS, Story, exclusion

REVIEW_WARNING_DAYS = 30
SHOWN_PROBLEMS = 3  # the first errors of each story, with where they are; `check` lists them all


def library_status(content: Path, content_arg: str, *, today: dt.date | None = None) -> dict[str, Any] | None:
    """The status report as plain data; None when site.yaml cannot be read."""
    today = today or dt.date.today()
    library = check_library(content, content_arg, today=today)
    if library.config is None:
        return None
    audiences = list(library.config.audiences)
    identifying = Counter(f.path for f in library.findings if f.category in IDENTIFYING_CATEGORIES)
    errors = Counter(f.path for f in library.findings if f.is_error)
    problems: dict[str, list[Finding]] = {}
    for finding in library.findings:
        if finding.is_error:
            problems.setdefault(finding.path, []).append(finding)
    stories = [_story_status(s, audiences, today, identifying, errors, problems) for s in library.stories]
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
        "sign_off_required": list(library.config.sign_off_required),
        "waiting_for_sign_off": [s["id"] for s in stories if s["sign_off"]["waiting_for"]],
        "unreadable_files": sorted(path for path in errors if path not in in_stories and path.endswith(".md")),
        # panels printed for their meeting whose choice is still to be recorded (check's panel.choice-pending)
        "panels_waiting": [_problem(f) for f in library.findings if f.rule == "panel.choice-pending"],
        "file_problems": {
            path: [_problem(f) for f in found]
            for path, found in sorted(problems.items())
            if path not in in_stories and path.endswith(".md")
        },
    }


def _problem(finding: Finding) -> dict[str, Any]:
    return {
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "rule": finding.rule,
        "message": finding.message,
    }


def _story_status(
    story: Story,
    audiences: list[str],
    today: dt.date,
    identifying: Counter[str],
    errors: Counter[str],
    problems: dict[str, list[Finding]],
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
        "sign_off": _sign_off_status(story, today),
        "identifying_findings": sum(identifying[path] for path in story.files),
        "errors": sum(errors[path] for path in story.files),
        "problems": [_problem(f) for path in sorted(story.files) for f in problems.get(path, [])],
    }


def _sign_off_status(story: Story, today: dt.date) -> dict[str, Any]:
    """Whether the story is signed off, by whom and when, and which audiences wait for it (would publish it else)."""
    record = story.sign_off
    signed = record is not None and record.valid
    waiting_for = [a for a in story.sign_off_required if exclusion(story, a, today) in SIGN_OFF_REASONS]
    if signed:
        state = "signed-off"
    elif record is not None:
        state = "lapsed"
    else:
        state = "waiting" if waiting_for else "not-signed-off"
    return {
        "state": state,
        "signed_off": signed,
        "by": record.by if record is not None else None,
        "date": record.date if record is not None else None,
        "note": record.note if record is not None and record.note else None,
        "required_by": list(story.sign_off_required),
        "waiting_for": waiting_for,
        "changed": list(record.changed) if record is not None else [],
    }


def _sign_off_line(story: dict[str, Any]) -> tuple[str, str | None]:
    sign_off = story["sign_off"]
    state, by, date = sign_off["state"], sign_off["by"], sign_off["date"]
    if state == "signed-off":
        return (msg("  sign-off: signed off by {by} on {date}", by=by, date=date), None)
    if state == "lapsed":
        return (msg("  sign-off: LAPSED (signed off by {by} on {date}; changed since)", by=by, date=date), "yellow")
    if state == "waiting":
        return (msg("  sign-off: waiting for sign-off"), "yellow")
    return (msg("  sign-off: not signed off (no audience that would publish it requires it)"), None)


def format_status(report: dict[str, Any]) -> list[tuple[str, str | None]]:
    """The report as lines for a terminal, each with a colour (or None); each line a Message, so it translates."""
    stories = report["stories"]
    count = nmsg("{n} story", "{n} stories", len(stories))
    lines: list[tuple[str, str | None]] = [
        (
            msg("{count} in {content} (today {today}).", count=count, content=report["content"], today=report["today"]),
            None,
        )
    ]
    for story in stories:
        lines.append(("", None))
        title = f"  {story['title']}" if story["title"] else ""
        heading = joined("", [f"{story['id']}  {story['type']}  ", _languages(story["languages"]), title])
        lines.append((heading, "red" if story["errors"] else None))
        lines.append(_consent_line(story))
        published = [
            msg("{audience}: published", audience=audience)
            if d["published"]
            else msg("{audience}: left out ({why})", audience=audience, why=d["why"])
            for audience, d in story["audiences"].items()
        ]
        lines.append((joined("", ["  ", joined("; ", published)]), None))
        lines.append(_sign_off_line(story))
        count = story["identifying_findings"]
        parts = [nmsg("  identifying details: {n} finding", "  identifying details: {n} findings", count)]
        if story["errors"]:
            parts.append(
                nmsg(
                    "; {n} error in all (run `storysite check`)",
                    "; {n} errors in all (run `storysite check`)",
                    story["errors"],
                )
            )
        lines.append((joined("", parts), "red" if count or story["errors"] else None))
        lines.extend(_problem_lines(story["problems"]))
    lines.append(("", None))
    totals = [
        msg(
            "{audience}: {published} published, {left_out} left out",
            audience=name,
            published=n["published"],
            left_out=n["left_out"],
        )
        for name, n in report["totals"].items()
    ]
    lines.append((msg("Totals: {totals}.", totals=joined("; ", totals)), None))
    due, overdue = report["reviews_due"], report["reviews_overdue"]
    lines.append(
        (
            msg(
                "Consent reviews due within {days} days: {due}; overdue: {overdue}.",
                days=REVIEW_WARNING_DAYS,
                due=due,
                overdue=overdue,
            ),
            "red" if overdue else "yellow" if due else None,
        )
    )
    waiting = report["waiting_for_sign_off"]
    if report["sign_off_required"] and not waiting:
        lines.append((msg("Waiting for sign-off: none."), None))
    elif report["sign_off_required"]:
        lines.append(
            (
                nmsg(
                    "Waiting for sign-off: {n} story ({ids}).",
                    "Waiting for sign-off: {n} stories ({ids}).",
                    len(waiting),
                    ids=", ".join(waiting),
                ),
                "yellow" if waiting else None,
            )
        )
    for waiting in report["panels_waiting"]:
        where = f"{waiting['path']}:{waiting['line']}:{waiting['column']}: "
        lines.append((joined("", [where, waiting["message"]]), "yellow"))
    for path in report["unreadable_files"]:
        lines.append(
            (msg("{path}: not a complete story yet (it has errors): run `storysite check`.", path=path), "red")
        )
        lines.extend(_problem_lines(report["file_problems"].get(path, [])))
    return lines


def _problem_lines(problems: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """The first errors, each with where it is, so that `status` says what is wrong and not only that it is."""
    lines: list[tuple[str, str | None]] = []
    for problem in problems[:SHOWN_PROBLEMS]:
        where = f"    {problem['path']}:{problem['line']}:{problem['column']}: "
        lines.append((joined("", [where, problem["message"]]), "red"))
    if len(problems) > SHOWN_PROBLEMS:
        more = len(problems) - SHOWN_PROBLEMS
        lines.append((nmsg("    and {n} more error", "    and {n} more errors", more), "red"))
    return lines


def _languages(languages: list[str]) -> str:
    if len(languages) == len(LANGUAGES):
        return "cy+en"
    shown = "+".join(languages)
    if "cy" not in languages:
        return msg("{languages} only (no Welsh version)", languages=shown)
    return msg("{languages} only (no English version)", languages=shown)


def _consent_line(story: dict[str, Any]) -> tuple[str, str | None]:
    consent = story["consent"]
    if consent["status"] is None:
        return (msg("  consent: no valid consent record: never published"), "red")
    parts: list[str] = [msg("  consent: {status}", status=consent["status"])]
    if consent["date"]:
        parts.append(msg(" on {date}", date=consent["date"]))
    scope = ", ".join(consent["scope"])
    parts.append(msg("; scope: {scope}", scope=scope) if scope else msg("; scope: none"))
    colour = None
    if consent["review"]:
        days, review = story["review_in_days"], consent["review"]
        if story["review_overdue"]:
            parts.append(
                nmsg(
                    "; review by {review}: REVIEW OVERDUE by {n} day (not published)",
                    "; review by {review}: REVIEW OVERDUE by {n} days (not published)",
                    -days,
                    review=review,
                )
            )
            colour = "red"
        elif story["review_due"]:
            parts.append(
                nmsg(
                    "; review by {review}: REVIEW DUE in {n} day",
                    "; review by {review}: REVIEW DUE in {n} days",
                    days,
                    review=review,
                )
            )
            colour = "yellow"
        else:
            parts.append(msg("; review by {review}", review=review))
    return (joined("", parts), colour)
