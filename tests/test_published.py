"""What is new: "Latest stories" and the feeds follow the date a story became publishable (`published`, else
the consent date), not the date it was gathered; `published` must be a date, and the versions must agree on it."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import TODAY, story_text

from storysite.build import build_site
from storysite.check.library import check_library


def story(
    story_id: str, title: str, gathered: str, consented: str, published: str | None = None, lang: str = "en"
) -> str:
    consent = f"consent:\n  status: given\n  date: {consented}\n  scope: [intranet]\n"
    extra = f"published: {published}\n" if published else ""
    return story_text(story_id, lang=lang, title=title, date=gathered, consent=consent, extra=extra)


LIBRARY = {
    # gathered long ago, published last: it is the newest story
    "stories/old.en.md": story("mm-2024-001", "Gathered in 2024", "2024-02-01", "2024-03-01", published="2026-06-01"),
    # gathered last, consent given before the first was published
    "stories/new.en.md": story("mm-2026-001", "Gathered in 2026", "2026-04-01", "2026-04-10"),
    # no published date: its consent date counts
    "stories/mid.en.md": story("mm-2025-001", "Gathered in 2025", "2025-01-01", "2026-05-01"),
}
NEWEST_FIRST = ["Gathered in 2024", "Gathered in 2025", "Gathered in 2026"]


def built(make_library) -> Path:
    content = make_library(LIBRARY)
    out = content.parent / "site"
    result = build_site(content, "content", out, today=TODAY)
    assert result.out is not None, [f for f in result.library.findings if f.is_error]
    return out


def test_latest_stories_on_the_home_page_by_date_published(make_library) -> None:
    home = (built(make_library) / "en" / "index.html").read_text(encoding="utf-8")
    latest = home[home.index('id="latest"') :]
    titles = re.findall(r'<h3 class="card-title"><a [^>]*>([^<]+)</a>', latest)
    assert titles == NEWEST_FIRST


def test_the_feed_by_date_published(make_library) -> None:
    feed = (built(make_library) / "en" / "feed.xml").read_text(encoding="utf-8")
    assert re.findall(r"<title>([^<]+)</title>", feed)[1:] == NEWEST_FIRST
    updated = re.findall(r"<updated>([^<]+)</updated>", feed)
    assert updated[0] == "2026-06-01T00:00:00Z"  # the feed: its newest entry's date published
    assert updated[1:] == ["2026-06-01T00:00:00Z", "2026-05-01T00:00:00Z", "2026-04-10T00:00:00Z"]
    assert "<published>2026-06-01T00:00:00Z</published>" in feed


def test_a_published_date_that_is_not_a_date_is_an_error_at_its_line(make_library) -> None:
    text = story("mm-2024-001", "Bad date", "2024-02-01", "2024-03-01", published="next week")
    content = make_library({"stories/a.en.md": text})
    findings = [f for f in check_library(content, "content", today=TODAY).findings if f.is_error]
    line = text.split("\n").index("published: next week") + 1
    assert [(f.rule, f.line) for f in findings] == [("schema.date", line)]
    assert "published" in str(findings[0].message) and "YYYY-MM-DD" in str(findings[0].message)
    assert build_site(content, "content", content.parent / "site", today=TODAY).out is None


def test_the_versions_must_agree_on_published(make_library) -> None:
    content = make_library(
        {
            "stories/a.en.md": story("mm-2024-001", "Title", "2024-02-01", "2024-03-01", published="2026-06-01"),
            "stories/a.cy.md": story("mm-2024-001", "Teitl", "2024-02-01", "2024-03-01", "2026-06-02", lang="cy"),
        }
    )
    rules = {f.rule for f in check_library(content, "content", today=TODAY).findings if f.is_error}
    assert rules == {"story.disagree"}


def test_published_in_one_version_counts_for_both(make_library) -> None:
    content = make_library(
        {
            "stories/a.en.md": story("mm-2024-001", "Title", "2024-02-01", "2024-03-01", published="2026-06-01"),
            "stories/a.cy.md": story("mm-2024-001", "Teitl", "2024-02-01", "2024-03-01", lang="cy"),
        }
    )
    [story_] = check_library(content, "content", today=TODAY).stories
    assert story_.publishable.isoformat() == "2026-06-01"
