"""axe-core (WCAG 2.2 A and AA) on what issue 19 added to the example site: the search page listing stories
without words, filtered, sorted and narrowed by date; the overviews of one year and of one service; and a story
page with its citation, copy-link button and previous and next stories. In Welsh and in English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from site_pages import LANGS, run_axe, wait_for_results

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", LANGS)
def test_a_filter_only_view(page, site_url: str, lang: str) -> None:
    page.goto(f"{site_url}{lang}/search/?type=magic-moment&wellbeing=health&sort=title&from=2024-01")
    wait_for_results(page)
    assert page.locator("details.filter-block[open]").count() == 2  # the groups with a tick are open
    assert run_axe(page) == []
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_overviews_of_a_year_and_of_a_service(page, example_site: Path, site_url: str, lang: str) -> None:
    year = sorted((example_site / lang / "overview" / "years").iterdir())[0].name
    service = sorted((example_site / lang / "overview" / "services").iterdir())[0].name
    for path in (f"years/{year}/", f"services/{service}/"):
        page.goto(f"{site_url}{lang}/overview/{path}")
        assert page.locator("a[download]").count() >= 3
        assert run_axe(page) == [], path
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_story_page_with_its_citation_and_neighbours(page, example_site: Path, site_url: str, lang: str) -> None:
    for story in sorted((example_site / lang / "stories").iterdir()):
        html = (story / "index.html").read_text(encoding="utf-8")
        if 'rel="prev"' in html and 'rel="next"' in html and "data-pagefind-body" in html:
            break
    else:
        pytest.fail("no story page has both a previous and a next story")
    page.goto(f"{site_url}{lang}/stories/{story.name}/")
    assert page.locator(".copy-link").is_visible()
    assert re.search(r"\d{4}\.", page.locator(".citation").inner_text())
    assert run_axe(page) == []
    assert page.console_errors == []
