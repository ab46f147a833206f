"""Issue 22, item 13: a consent date in the future is an error (consent is recorded once given).

One day is allowed for time zones: tomorrow passes, the day after is an error at the `date:` line,
the story is published nowhere, and the answer follows the day even where the build cache holds
the story (it is not decided with the cached file).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import TODAY, story_text
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from storysite.authoring.status import library_status
from storysite.build import build_site
from storysite.check.library import check_library


def consent(date: dt.date, status: str = "given", flow: bool = False) -> str:
    if flow:
        return f"consent: {{status: {status}, date: {date.isoformat()}, scope: [intranet]}}\n"
    return f"consent:\n  status: {status}\n  date: {date.isoformat()}\n  scope: [intranet]\n"


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(-800, 800), st.sampled_from(["given", "withdrawn", "pending"]), st.booleans())
@example(days=1, status="given", flow=False)  # the edges, every run: tomorrow passes, the day after does not
@example(days=2, status="given", flow=False)
@example(days=2, status="withdrawn", flow=True)
def test_a_consent_date_after_tomorrow_is_an_error_at_its_line(
    make_library, days: int, status: str, flow: bool
) -> None:
    date = TODAY + dt.timedelta(days=days)
    text = story_text("mm-2026-001", consent=consent(date, status, flow))
    content = make_library({"stories/a.en.md": text})
    findings = check_library(content, "content", today=TODAY).findings
    future = [f for f in findings if f.rule == "consent.future-date"]
    if days <= 1:
        assert future == []
        return
    [found] = future
    line = next(n for n, row in enumerate(text.split("\n"), start=1) if date.isoformat() in row)
    row = text.split("\n")[line - 1]
    assert (found.line, found.column, found.severity) == (line, row.index(date.isoformat()) + 1, "error")
    assert date.isoformat() in found.message and found.message_in("cy") != str(found.message)


def test_a_future_consent_publishes_nothing_and_follows_the_day(make_library, tmp_path: Path) -> None:
    future = TODAY + dt.timedelta(days=5)
    content = make_library(
        {
            "stories/a.en.md": story_text("mm-2026-001"),
            "stories/b.en.md": story_text("mm-2026-002", consent=consent(future)),
        }
    )
    out = tmp_path / "_site"
    result = build_site(content, "content", out, today=TODAY)  # with the build cache
    assert result.out is None and any(f.rule == "consent.future-date" for f in result.library.findings)
    report = library_status(content, "content", today=TODAY)
    assert report is not None
    [story] = [s for s in report["stories"] if s["id"] == "mm-2026-002"]
    assert not story["audiences"]["intranet"]["published"] and story["errors"] >= 1
    later = build_site(content, "content", out, today=future)  # the same cache, five days on: consent is given now
    assert later.out is not None and "mm-2026-002" in later.published
