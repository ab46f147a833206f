"""The overview page: counts of published stories only, each SVG chart with a text alternative and a data table."""

from __future__ import annotations

import html as htmllib
import re
from pathlib import Path

import pytest
from conftest import TODAY, story_text

from storysite.build import build_site

SECTIONS = "\n\n".join(
    f"## {s}\n\nText."
    for s in (
        "Background information",
        "Reasons for contact",
        "Support provided and other agencies involved",
        "Feedback from stakeholders",
        "Impact",
        "Lessons learned",
    )
)


def case_study(story_id: str, outcome: str, areas: list[str], **kwargs: str) -> str:
    rows = "".join(f"  - outcome: Row {i}\n    area: {area}\n" for i, area in enumerate(areas))
    return story_text(
        story_id,
        story_type="case-study",
        body=SECTIONS,
        extra=f"service: reablement\noutcome: {outcome}\nimpact:\n{rows}",
        **kwargs,
    )


@pytest.fixture
def site(make_library) -> Path:
    content = make_library(
        {
            "stories/a.en.md": case_study("cs-2026-001", "positive", ["relationships", "health", "relationships"]),
            "stories/b.en.md": case_study("cs-2026-002", "not-as-intended", ["relationships"], date="2025-06-01"),
            "stories/c.en.md": story_text("mm-2025-001", date="2025-02-01"),
            "stories/c.cy.md": story_text("mm-2025-001", lang="cy", date="2025-02-01"),
            "stories/d.en.md": case_study("cs-2026-003", "mixed", ["accommodation"], status="withdrawn"),
            "stories/e.en.md": case_study("cs-2026-004", "mixed", ["rights"], scope="[public]"),
        }
    )
    out = content.parent / "site"
    result = build_site(content, "content", out, today=TODAY)
    assert result.out is not None, [f for f in result.library.findings if f.is_error]
    return out


def chart(page: str, key: str) -> tuple[list[tuple[str, int]], str, list[float]]:
    """The table rows, the SVG's <desc> and the bar widths of one chart."""
    section = re.search(rf'<section class="overview-chart" aria-labelledby="h-{key}">(.*?)</section>', page, re.S)
    assert section, key
    body = section.group(1)
    rows = [
        (htmllib.unescape(name), int(n))
        for name, n in re.findall(r'<tr><th scope="row">(.*?)</th><td class="num">(\d+)</td></tr>', body)
    ]
    desc = re.search(rf'<desc id="chart-{key}-desc">(.*?)</desc>', body)
    widths = [float(w) for w in re.findall(r'<rect class="chart-bar" [^>]*width="([\d.]+)"', body)]
    return rows, htmllib.unescape(desc.group(1)) if desc else "", widths


def test_counts_only_published_stories(site: Path) -> None:
    page = (site / "en/overview/index.html").read_text(encoding="utf-8")
    assert dict(chart(page, "types")[0]) == {"Magic Moment": 1, "Case study": 2, "Most Significant Change story": 0}
    assert dict(chart(page, "outcomes")[0]) == {"Went well": 1, "Mixed": 0, "Not as intended": 1}
    assert dict(chart(page, "services")[0]) == {"Reablement": 2}
    assert chart(page, "years")[0] == [("2025", 2), ("2026", 1)]
    wellbeing = dict(chart(page, "wellbeing")[0])
    assert wellbeing["Physical and mental health and emotional wellbeing"] == 3
    assert sum(wellbeing.values()) == 3 and len(wellbeing) == 8
    assert "Counts of the 3 stories published" in page


def test_impact_areas_are_ranked_by_how_many_case_studies_report_them(site: Path) -> None:
    page = (site / "en/overview/index.html").read_text(encoding="utf-8")
    rows, _, _ = chart(page, "impact-areas")
    assert rows == [
        ("Domestic, family and personal relationships", 2),
        ("Physical and mental health and emotional wellbeing", 1),
    ]


@pytest.mark.parametrize("key", ["wellbeing", "types", "outcomes", "services", "years", "impact-areas"])
def test_each_chart_has_a_text_alternative_and_the_same_figures_as_its_table(site: Path, key: str) -> None:
    page = (site / "en/overview/index.html").read_text(encoding="utf-8")
    rows, desc, widths = chart(page, key)
    assert rows
    assert desc == "; ".join(f"{name}: {n}" for name, n in rows)
    assert 'role="img" viewBox' in page and f'aria-labelledby="chart-{key}-title chart-{key}-desc"' in page
    biggest = max(n for _, n in rows)
    assert widths == [pytest.approx(420 * n / biggest, abs=0.1) for _, n in rows]
    # The charts are plain SVG: the only script is the theme's menu and print enhancement, on every page.
    assert re.findall(r"<script[^>]*>", page) == ['<script src="../../static/site.js" defer>']


def test_welsh_overview_has_welsh_labels_and_a_switch_to_english(site: Path) -> None:
    page = (site / "cy/overview/index.html").read_text(encoding="utf-8")
    assert '<html lang="cy">' in page
    assert "Straeon fesul maes llesiant" in page and "Astudiaethau achos fesul canlyniad" in page
    assert dict(chart(page, "outcomes")[0]) == {"Aeth yn dda": 1, "Cymysg": 0, "Nid fel y bwriadwyd": 1}
    assert 'hreflang="en" href="../../en/overview/"' in page


def test_nav_links_to_overview_and_panels(site: Path) -> None:
    for lang, words in (("cy", ("Trosolwg", "Paneli")), ("en", ("Overview", "Panels"))):
        page = (site / f"{lang}/index.html").read_text(encoding="utf-8")
        assert f'href="overview/">{words[0]}</a>' in page and f'href="panels/">{words[1]}</a>' in page
