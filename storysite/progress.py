"""Progress for long work: a bar on a terminal only, and the summary `build` and `check` end with."""

from __future__ import annotations

import datetime as dt
import sys
from collections import defaultdict
from typing import Any, Protocol

import click

from storysite.i18n.command_line import say
from storysite.i18n.messages import Message, joined, msg
from storysite.model import EXCLUSION_TEXT, Story, exclusion


class ProgressListener(Protocol):
    """What the pipeline tells about its progress."""

    def files(self, done: int, total: int) -> None: ...

    def stage(self, label: str) -> None: ...


def wanted(quiet: bool) -> bool:
    """A bar only on a terminal, and never with --quiet (so pipes and JSON stay clean)."""
    return not quiet and sys.stderr.isatty()


class Progress:
    """A progress bar on standard error; does nothing when not enabled."""

    def __init__(self, label: str, *, enabled: bool) -> None:
        self.label = label
        self.enabled = enabled
        self._bar: Any = None
        self._done = 0

    def files(self, done: int, total: int) -> None:
        """Move the bar to `done` of `total` story files."""
        if not self.enabled or total == 0:
            return
        if self._bar is None:
            label = say(self.label)  # in the command's language
            self._bar = click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True, width=30)
            self._bar.__enter__()
        self._bar.update(done - self._done)
        self._done = done

    def stage(self, label: str) -> None:
        """Say which stage of the build is running (`label` is a whole message, such as "Rendering pages…")."""
        if self.enabled:
            self._finish_bar()
            click.echo(say(label), err=True)

    def _finish_bar(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self._finish_bar()


def audience_report(stories: list[Story], audiences: list[str], today: dt.date) -> dict[str, dict[str, list[str]]]:
    """For each audience: the ids published (under `published`) and left out, by reason."""
    report: dict[str, dict[str, list[str]]] = {}
    for audience in audiences:
        groups: dict[str, list[str]] = defaultdict(list)
        for story in stories:
            groups[exclusion(story, audience, today) or "published"].append(story.id)
        report[audience] = {"published": groups.pop("published", [])} | dict(sorted(groups.items()))
    return report


def summary_lines(
    stories: list[Story], audiences: list[str], today: dt.date, seconds: float, *, explain: list[str] | None = None
) -> list[Message]:
    """Stories published per audience, those left out of `explain` (default: all) and why, and the time taken."""
    report = audience_report(stories, audiences, today)
    counts = [msg("{n} to `{audience}`", n=len(r["published"]), audience=a) for a, r in report.items()]
    lines = [
        msg("Stories that would be published: {counts}.", counts=joined(", ", counts))
        if counts
        else msg("There are no audiences in site.yaml.")
    ]
    for audience, groups in report.items():
        if explain is not None and audience not in explain:
            continue
        for reason, ids in groups.items():
            if reason != "published":
                shown = ", ".join(ids[:8])
                if len(ids) > 8:
                    shown = msg("{ids} and {n} more", ids=shown, n=len(ids) - 8)
                lines.append(
                    msg(
                        "  Left out of `{audience}` because {reason} ({n}): {ids}.",
                        audience=audience,
                        reason=EXCLUSION_TEXT[reason],
                        n=len(ids),
                        ids=shown,
                    )
                )
    lines.append(msg("Took {seconds} s.", seconds=format(seconds, ".1f")))
    return lines
