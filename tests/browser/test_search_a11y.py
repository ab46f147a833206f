"""Search for screen-reader and phone users: the number of results is announced in a live region (WCAG 4.1.3),
a search sent from the home page lands on the results rather than the top of the page, and on a narrow screen
the results come before the filters, which wait behind one button."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from site_pages import LANGS, common_query, unique_query, wait_for_results

pytestmark = pytest.mark.browser


def wait_for_status(page, pattern: str) -> str:
    page.wait_for_function(
        "p => new RegExp(p).test(document.getElementById('search-status').textContent)", arg=pattern, timeout=15_000
    )
    return page.locator("#search-status").inner_text()


@pytest.mark.parametrize("lang", LANGS)
def test_the_number_of_results_is_announced(page, example_site: Path, site_url: str, lang: str) -> None:
    page.goto(f"{site_url}{lang}/search/")
    status = page.locator("#search-status")
    assert status.get_attribute("role") == "status"  # a live region, in the page before any search
    assert status.inner_text() == ""
    word, _ = common_query(example_site, lang)
    page.locator("#search-q").fill(word)
    wait_for_results(page, 2)
    message = page.locator(".search-message").inner_text().strip()
    assert re.search(r"\d+", message)
    assert wait_for_status(page, re.escape(message)) == message
    unique, _ = unique_query(example_site, lang)
    page.locator("#search-q").fill(unique)
    wait_for_results(page)
    one = page.locator(".search-message").inner_text().strip()
    assert one != message
    assert wait_for_status(page, re.escape(one)) == one  # a new search is announced too


@pytest.mark.parametrize("lang", LANGS)
def test_the_home_search_box_lands_on_the_results(page, example_site: Path, site_url: str, lang: str) -> None:
    word, _ = unique_query(example_site, lang)
    page.goto(f"{site_url}{lang}/")
    page.locator("#home-q").fill(word)
    with page.expect_navigation():
        page.locator("#home-q").press("Enter")
    wait_for_results(page)
    page.wait_for_function("() => document.activeElement.classList.contains('search-message')", timeout=5_000)
    focused = page.evaluate("document.activeElement.textContent")
    assert word.lower() in focused.lower() and re.search(r"\d", focused)
    page.keyboard.press("Tab")  # the next stop is the first result, not the top of the page
    assert page.evaluate("document.activeElement.className").startswith("result-link")
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGS)
def test_results_before_filters_on_a_phone(browser, example_site: Path, site_url: str, lang: str) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    word, _ = common_query(example_site, lang)
    page.goto(f"{site_url}{lang}/search/?q={word}")
    wait_for_results(page, 2)
    toggle = page.locator(".filters-toggle")
    page.wait_for_function("() => document.querySelector('.filters-toggle:not([hidden])')", timeout=5_000)
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert not page.locator(".filter-panel").is_visible()
    # Pagefind draws the results in steps (message, then excerpts): measure once two reads 0.3 s apart agree.
    before = None
    for _ in range(20):
        first = page.locator(".result-link").first.bounding_box()
        button = toggle.bounding_box()
        if (first, button) == before:
            break
        before = (first, button)
        page.wait_for_timeout(300)
    assert first is not None and button is not None
    # Only the number of results lies between the filters' button and the first result (about 150 px, as
    # its words wrap); the eight filter groups that stood there took about 500.
    assert first["y"] - (button["y"] + button["height"]) < 250, (button, first)
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.locator(".filter-panel").is_visible()
    assert toggle.get_attribute("aria-controls") == page.locator(".filter-panel").get_attribute("id")
    context.close()


def test_filters_are_shown_on_a_wide_screen(page, example_site: Path, site_url: str) -> None:
    word, _ = common_query(example_site, "en")
    page.goto(f"{site_url}en/search/?q={word}")
    wait_for_results(page, 2)
    assert page.locator(".filter-panel").is_visible()
    assert not page.locator(".filters-toggle").is_visible()
