"""`storysite review`: a story as a reviewer reads it in the terminal, every language version in full.

Identifying-detail findings are marked in red, possible identifiers (which the check does not block on)
in yellow, each listed under its version with why; the motivated-intruder checklist ends it.
"""

from __future__ import annotations

from typing import Any

import click

from storysite.check.review import FINDING, Mark, StoryReview, VersionReview
from storysite.i18n.messages import joined, msg
from storysite.model import EXCLUSION_TEXT

Line = tuple[str, dict[str, Any]]  # a line (a Message where it translates) and click.style's options
LANGUAGE_WORDS = {"cy": msg("Welsh version"), "en": msg("English version")}


def format_review(review: StoryReview, lang: str = "en") -> list[Line]:
    """The review as terminal lines, the title in `lang`; colours (dropped off a terminal) mark what to look at."""
    title = review.titles.get(lang) or review.title
    lines: list[Line] = [
        (msg("Review of `{id}`: {title}", id=review.story_id, title=title), {"bold": True}),
        (review.sign_off, {"fg": "green" if review.signed else "yellow"}),
    ]
    where = [
        msg("{audience}: published", audience=audience)
        if reason is None
        else msg("{audience}: left out ({why})", audience=audience, why=EXCLUSION_TEXT.get(reason, reason))
        for audience, reason in review.audiences.items()
    ]
    lines.append((joined("; ", where), {}))
    for version in review.versions:
        lines.extend(_version_lines(version))
    if review.other_findings:
        lines.append(("", {}))
        lines.append((msg("Other findings (run `storysite check` for all):"), {"bold": True}))
        for finding in review.other_findings:
            colour = "red" if finding.is_error else "yellow"
            place = f"  {finding.path}:{finding.line}:{finding.column}: "
            lines.append((joined("", [place, finding.message]), {"fg": colour}))
    lines.append(("", {}))
    lines.append((review.checklist_title, {"bold": True}))
    lines.extend((joined("", ["  [ ] ", item]), {}) for item in review.checklist)
    lines.append(("", {}))
    lines.append(
        (
            msg(
                "When you are satisfied: `storysite sign-off {id} --by NAME`. Any later change to either "
                "version lapses the sign-off.",
                id=review.story_id,
            ),
            {},
        )
    )
    return lines


def _version_lines(version: VersionReview) -> list[Line]:
    lines: list[Line] = [
        ("", {}),
        (joined("", ["== ", version.path, " (", LANGUAGE_WORDS[version.lang], ") =="]), {"bold": True}),
    ]
    width = len(str(len(version.lines)))
    for number, text in enumerate(version.lines, start=1):
        lines.append((f"{number:>{width}} | {_highlighted(text, version.on_line(number))}", {}))
    found = [m for m in version.marks if m.kind == FINDING]
    possible = [m for m in version.marks if m.kind != FINDING]
    lines.append(("", {}))
    lines.append(
        (
            msg(
                "{found} identifying-detail findings (red, must go), "
                "{possible} possible identifiers (yellow, check them):",
                found=len(found),
                possible=len(possible),
            ),
            {"bold": True},
        )
    )
    for mark in version.marks:
        sign = "!" if mark.kind == FINDING else "?"
        colour = "red" if mark.kind == FINDING else "yellow"
        lines.append((joined("", [f"  {sign} {mark.line}:{mark.column}  “{mark.text}”  ", mark.why]), {"fg": colour}))
    return lines


def _highlighted(text: str, marks: list[Mark]) -> str:
    """The line with each mark styled (red reverse: a finding; yellow underline: a possible identifier)."""
    out = []
    at = 0
    for mark in sorted(marks, key=lambda m: m.column):
        start = max(mark.column - 1, at)
        end = min(mark.column - 1 + mark.length, len(text))
        if start >= end:
            continue
        out.append(text[at:start])
        if mark.kind == FINDING:
            out.append(click.style(text[start:end], fg="red", bold=True, reverse=True))
        else:
            out.append(click.style(text[start:end], fg="yellow", underline=True))
        at = end
    out.append(text[at:])
    return "".join(out)
