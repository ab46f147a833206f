"""axe-core with the WCAG 2.2 A and AA rules on every type of page, in Welsh and in English: zero violations."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_pages import LANGS, common_query, open_every_filter, page_types, run_axe, wait_for_results

pytestmark = pytest.mark.browser

# The page types the example library must give: if one stopped being built, this test fails rather than
# the page quietly going untested.
REQUIRED = {
    "home",
    "story",
    "case study",
    "msc story",
    "story in the other language only",
    "browse index",
    "listing",
    "listing, page 2",
    "search",
    "accessibility",
    "panels",
    "panel",
    "panel pack",
    "overview",
}


def test_every_required_page_type_is_found(example_site: Path) -> None:
    for lang in LANGS:
        assert set(page_types(example_site, lang)) >= REQUIRED, lang


def test_landing_page(page, site_url: str) -> None:
    page.goto(site_url)
    assert run_axe(page) == []
    assert page.console_errors == []


def test_page_not_found(page, site_url: str) -> None:
    page.goto(site_url + "404.html")
    assert run_axe(page) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_type(page, example_site: Path, site_url: str, lang: str) -> None:
    problems = {}
    for name, path in page_types(example_site, lang).items():
        page.goto(site_url + path)
        if violations := run_axe(page):
            problems[f"{name} ({path})"] = violations
    assert problems == {}
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGS)
def test_search_with_results_and_filters_open(page, example_site: Path, site_url: str, lang: str) -> None:
    word, _ = common_query(example_site, lang)
    page.goto(f"{site_url}{lang}/search/?q={word}")
    wait_for_results(page, 2)
    open_every_filter(page)  # so that their labels and counts are checked too
    page.locator(".filter-label").first.click()
    wait_for_results(page)
    assert run_axe(page) == []
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGS)
def test_search_results_at_320_css_pixels(browser, example_site: Path, site_url: str, lang: str) -> None:
    """Reflow (WCAG 1.4.10): Pagefind's UI at the width of a phone, or of a desktop zoomed to 400%."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    word, _ = common_query(example_site, lang)
    page.goto(f"{site_url}{lang}/search/?q={word}")
    wait_for_results(page, 2)
    assert run_axe(page) == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), "sideways scrolling"
    context.close()


def test_axe_reports_a_real_violation(page, site_url: str) -> None:
    """The check can fail: faint text added to a page is reported."""
    page.goto(site_url + "en/")
    # Styled through the CSSOM: the page's Content-Security-Policy ignores a style="" attribute.
    page.evaluate(
        "const p = document.createElement('p'); p.textContent = 'faint'; p.style.color = '#aaa';"
        "document.querySelector('main').append(p)"
    )
    assert any(line.startswith("color-contrast") for line in run_axe(page))
