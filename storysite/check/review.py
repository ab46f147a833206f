"""A story gathered for a human reviewer: each version's lines, what the check found, and what it may have missed.

Plain data for the two views of it (`storysite review` in the terminal, and serve's review page).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from storysite import LANGUAGES
from storysite.check.library import check_library
from storysite.check.possible import KINDS, possible_identifiers
from storysite.content.frontmatter import split_front_matter
from storysite.findings import IDENTIFYING_CATEGORIES, Finding
from storysite.i18n.messages import Message, msg
from storysite.model import Story, exclusion, sign_off_problem

FINDING = "finding"  # a mark's kind for an identifying-details finding (the others are possible.KINDS)
FREE_TEXT_KEYS = ("title", "summary", "impact", "msc")  # front-matter fields whose words are published as written
_TOP_KEY = re.compile(r"^([A-Za-z_][\w.-]*)[ \t]*:")

CHECKLIST: tuple[Message, ...] = (
    msg(
        "Could someone who knows the area, the service or the person recognise them from the details together "
        "(a rare condition, a small place, an age, a job, who is in the family, a date)?"
    ),
    msg(
        "Could the story be matched with what is public already: local news, social media, council reports, "
        "another story on this site?"
    ),
    msg("Would a relative, neighbour or colleague learn something new and private about the person from it?"),
    msg(
        "Is every name changed, and is every detail needed for the point of the story? Leave out or blur "
        "(an age range, 'a village in the north') what is not."
    ),
    msg("Do both language versions say the same, with nothing more in one of them?"),
)
CHECKLIST_TITLE = msg(
    "The motivated intruder test (ICO): could a person with no special skills, who wants to, identify "
    "someone from this story together with what they can find out?"
)


@dataclass(frozen=True, slots=True)
class Mark:
    """Something for the reviewer to look at: where on a line (1-based), what kind, and why."""

    line: int
    column: int
    length: int
    kind: str  # FINDING, or a key of possible.KINDS
    why: str  # a Message
    text: str


@dataclass
class VersionReview:
    lang: str
    path: str
    lines: list[str]
    marks: list[Mark] = field(default_factory=list)

    def on_line(self, number: int) -> list[Mark]:
        return [m for m in self.marks if m.line == number]


@dataclass
class StoryReview:
    story_id: str
    title: str
    versions: list[VersionReview]
    sign_off: Message  # whether it is signed off, by whom and when, and whether that still holds
    signed: bool
    audiences: dict[str, str | None]  # each audience → why it is left out there (None: published)
    titles: dict[str, str] = field(default_factory=dict)  # each version's title, by language
    other_findings: list[Finding] = field(default_factory=list)  # the story's other findings, for the reviewer
    checklist: tuple[Message, ...] = CHECKLIST
    checklist_title: Message = CHECKLIST_TITLE


def review_story(content: Path, content_arg: str, story_id: str, *, today: dt.date | None = None) -> StoryReview | None:
    """The story `story_id` for review; None when there is no such story."""
    today = today or dt.date.today()
    library = check_library(content, content_arg, today=today)
    story = next((s for s in library.stories if s.id == story_id), None)
    if story is None or library.config is None:
        return None
    versions = []
    for lang in LANGUAGES:
        version = story.versions.get(lang)
        if version is None:
            continue
        text = library.texts[version.shown]
        found = [f for f in library.findings if f.path == version.shown and f.category in IDENTIFYING_CATEGORIES]
        versions.append(VersionReview(lang, version.shown, text.split("\n"), _marks(text, found)))
    other = [f for f in library.findings if f.path in story.files and f.category not in IDENTIFYING_CATEGORIES]
    audiences = {a: exclusion(story, a, today) for a in library.config.audiences}
    return StoryReview(
        story.id,
        story.version("en").title or story.version("cy").title or "",
        versions,
        _sign_off_line(story),
        story.sign_off is not None and story.sign_off.valid,
        audiences,
        {lang: v.title or "" for lang, v in story.versions.items()},
        other,
    )


def _sign_off_line(story: Story) -> Message:
    record = story.sign_off
    if record is None:
        return msg("Not signed off yet.")
    if record.valid:
        return msg("Signed off by {by} on {date}; nothing has changed since.", by=record.by, date=record.date)
    return msg("The sign-off no longer holds: {why}", why=sign_off_problem(record, story))


def _marks(text: str, findings: list[Finding]) -> list[Mark]:
    """The findings' marks and the possible identifiers on the lines whose words are published."""
    lines = text.split("\n")
    marks = [Mark(f.line, f.column, max(f.length, 1), FINDING, f.message, f.text) for f in findings]
    for number in _published_lines(text):
        line = lines[number - 1]
        for found in possible_identifiers(line):
            overlaps = any(
                m.line == number and found.start < m.column - 1 + m.length and m.column - 1 < found.end for m in marks
            )
            if not overlaps:
                marks.append(
                    Mark(
                        number,
                        found.start + 1,
                        found.end - found.start,
                        found.kind,
                        KINDS[found.kind],
                        line[found.start : found.end],
                    )
                )
    return sorted(marks, key=lambda m: (m.line, m.column))


def _published_lines(text: str) -> list[int]:
    """The 1-based numbers of the lines whose words a page shows: free-text fields and the body."""
    split = split_front_matter(text)
    lines = text.split("\n")
    numbers = []
    key = None
    for number in range(2, min(split.body_line - 1, len(lines) + 1)):
        found = _TOP_KEY.match(lines[number - 1])
        if found is not None:
            key = found.group(1)
        if key in FREE_TEXT_KEYS:
            numbers.append(number)
    numbers.extend(range(split.body_line, len(lines) + 1))
    return numbers
