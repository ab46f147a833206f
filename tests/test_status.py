"""`storysite status`: per story, languages, consent, review dates, what each audience would publish, totals."""

from __future__ import annotations

import datetime as dt
import json
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import story_text

from storysite.cli import main

TODAY = dt.date.today()  # the command uses the real date, so review dates are written relative to it


class _Today(dt.date):
    """The date the module was collected on, so that a suite running past midnight still agrees with itself."""

    @classmethod
    def today(cls) -> _Today:
        return cls(TODAY.year, TODAY.month, TODAY.day)


@pytest.fixture(autouse=True)
def _same_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """`status` reads the real date when it runs; the review dates above were written against TODAY."""
    import storysite.authoring.status as status

    monkeypatch.setattr(status, "dt", types.SimpleNamespace(date=_Today))


def consent(status: str, scope: str, review: dt.date | None = None) -> str:
    text = f"consent:\n  status: {status}\n  date: 2026-01-10\n  scope: {scope}\n"
    return text + (f"  review: {review.isoformat()}\n" if review else "")


@pytest.fixture
def library(make_library: Callable[..., Path]) -> Path:
    due, overdue, later = (TODAY + dt.timedelta(days=days) for days in (10, -5, 90))
    return make_library(
        {
            "stories/a.cy.md": story_text(
                "mm-2026-001", lang="cy", consent=consent("given", "[intranet, public]", due)
            ),
            "stories/a.en.md": story_text("mm-2026-001", lang="en", consent=""),
            "stories/b.en.md": story_text("mm-2026-002", consent=consent("pending", "[]")),
            "stories/c.cy.md": story_text("mm-2026-003", lang="cy", consent=consent("given", "[intranet]", overdue)),
            "stories/d.en.md": story_text(
                "mm-2026-004",
                consent=consent("given", "[intranet]", later),
                body="Write to her at dai.jones@example.com any time.",
            ),
        }
    )


def run(*args: str) -> object:
    return CliRunner().invoke(main, ["status", *args], catch_exceptions=False)


def test_status_reports_each_story(library: Path) -> None:
    result = run(str(library))
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith(f"4 stories in {library} (today {TODAY.isoformat()}).")
    assert "mm-2026-001  magic-moment  cy+en  Back in the garden" in out
    assert "mm-2026-002  magic-moment  en only (no Welsh version)" in out
    assert "mm-2026-003  magic-moment  cy only (no English version)" in out
    assert f"review by {(TODAY + dt.timedelta(days=10)).isoformat()}: REVIEW DUE in 10 days" in out
    assert "REVIEW OVERDUE by 5 days (not published)" in out
    assert "  intranet: published; public: published" in out
    assert "  intranet: left out (consent is pending); public: left out (consent is pending)" in out
    assert "  intranet: left out (the consent review date has passed)" in out
    assert "Totals: intranet: 1 published, 3 left out; public: 1 published, 3 left out." in out
    assert "Consent reviews due within 30 days: 1; overdue: 1." in out


def test_status_counts_identifying_details(library: Path) -> None:
    data = json.loads(run(str(library), "--format", "json").output)
    stories = {s["id"]: s for s in data["stories"]}
    assert stories["mm-2026-004"]["identifying_findings"] >= 1
    assert stories["mm-2026-004"]["audiences"]["intranet"] == {
        "published": False,
        "reason": "error",
        "why": "it has errors",
    }
    assert stories["mm-2026-001"]["identifying_findings"] == 0
    text = run(str(library)).output
    assert "identifying details: 0 findings" in text and "run `storysite check`" in text


def test_status_json_shape(library: Path) -> None:
    result = run(str(library), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert set(data) >= {"today", "audiences", "stories", "totals", "reviews_due", "reviews_overdue"}
    assert data["audiences"] == ["intranet", "public"]
    assert data["totals"] == {"intranet": {"published": 1, "left_out": 3}, "public": {"published": 1, "left_out": 3}}
    first = data["stories"][0]
    assert first["id"] == "mm-2026-001" and first["languages"] == ["cy", "en"]
    assert first["consent"] == {
        "status": "given",
        "date": "2026-01-10",
        "scope": ["intranet", "public"],
        "review": (TODAY + dt.timedelta(days=10)).isoformat(),
    }
    assert first["review_due"] is True and first["review_in_days"] == 10 and first["review_overdue"] is False
    assert first["audiences"]["public"] == {"published": True, "reason": None, "why": None}


def test_status_with_a_broken_site_yaml_exits_1(make_library: Callable[..., Path]) -> None:
    content = make_library({"stories/a.en.md": story_text()}, site="title: [unclosed\n")
    result = run(str(content))
    assert result.exit_code == 1
    assert "site.yaml:2:1: error: The YAML could not be read" in result.output


def test_status_without_a_content_folder_is_a_usage_error(tmp_path: Path) -> None:
    assert run(str(tmp_path / "missing")).exit_code == 2
