"""Keyboard only (Tab, Enter, Space): every link, the language switch, the search and its filters can be reached and
used, and focus can always be seen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from site_pages import (
    LANGS,
    common_query,
    open_every_filter,
    page_types,
    result_count,
    title_of,
    unique_query,
    wait_for_results,
)

pytestmark = pytest.mark.browser

MARK_FOCUSABLE = """() => {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea,'
    + ' summary, [tabindex]:not([tabindex="-1"])';
  const shown = [...document.querySelectorAll(selector)].filter(e => e.checkVisibility({visibilityProperty: true})
    && e.getClientRects().length > 0 && !e.closest('[inert]'));
  shown.forEach((e, i) => e.setAttribute('data-kb', String(i)));
  return shown.map(e => e.outerHTML.slice(0, 120));
}"""
FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) { return null; }
  const style = getComputedStyle(e);
  const seen = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 || style.boxShadow !== 'none';
  return {kb: e.getAttribute('data-kb'), visible: seen, html: e.outerHTML.slice(0, 120)};
}"""


def tab_through(page, limit: int) -> list[dict]:
    """Focus the first control, then press Tab until focus leaves the page (or `limit` presses): what was focused."""
    page.evaluate("document.querySelector('[data-kb=\"0\"]').focus()")
    focused = [page.evaluate(FOCUSED)]
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUSED)
        if state is None or (focused and state["kb"] == focused[0]["kb"]):
            break
        focused.append(state)
    return focused


def assert_every_control_reached(page) -> None:
    controls = page.evaluate(MARK_FOCUSABLE)
    focused = tab_through(page, len(controls) + 10)
    reached = {f["kb"] for f in focused}
    missed = [html for i, html in enumerate(controls) if str(i) not in reached]
    assert missed == [], "not reachable with Tab"
    unseen = [f["html"] for f in focused if not f["visible"]]
    assert unseen == [], "focus not visible"


@pytest.mark.parametrize("lang", LANGS)
def test_tab_reaches_every_control_with_visible_focus(page, site_url: str, example_site: Path, lang: str) -> None:
    names = (
        "home",
        "story",
        "case study",
        "msc story",
        "browse index",
        "listing",
        "listing, page 2",
        "accessibility",
        "panels",
        "panel",
        "panel pack",
        "overview",
    )
    for name in names:
        page.goto(site_url + page_types(example_site, lang)[name])
        assert_every_control_reached(page)
    page.goto(site_url)
    assert_every_control_reached(page)


@pytest.mark.parametrize("lang", LANGS)
def test_tab_reaches_the_search_results_and_filters(page, site_url: str, example_site: Path, lang: str) -> None:
    word, _ = common_query(example_site, lang)
    page.goto(f"{site_url}{lang}/search/?q={word}")
    wait_for_results(page, 2)
    open_every_filter(page)
    assert_every_control_reached(page)


def test_skip_link_is_first_and_moves_focus_to_the_content(page, site_url: str) -> None:
    page.goto(site_url + "cy/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def press_tab_until(page, selector: str, limit: int = 80) -> None:
    """Press Tab until the focused element matches `selector`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_language_switch_by_keyboard(page, site_url: str, example_site: Path) -> None:
    story = page_types(example_site, "cy")["story"]
    page.goto(site_url + story)
    press_tab_until(page, ".language-switch a")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == site_url + "en" + story.removeprefix("cy")
    assert page.locator("html").get_attribute("lang") == "en"


@pytest.mark.parametrize("lang", LANGS)
def test_search_by_keyboard_from_the_home_page(page, site_url: str, example_site: Path, lang: str) -> None:
    word, title = unique_query(example_site, lang)
    page.goto(f"{site_url}{lang}/")
    press_tab_until(page, "#home-q")
    page.keyboard.type(word)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    wait_for_results(page)
    press_tab_until(page, ".result-link")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert re.search(rf"/{lang}/stories/[a-z0-9-]+/$", page.url)
    assert page.locator("h1").inner_text().strip() == title_of(page.content())
    assert page.locator("h1").inner_text().strip() == title
    assert page.console_errors == []


def test_filter_by_keyboard(page, site_url: str, example_site: Path) -> None:
    word, _ = common_query(example_site, "en")
    page.goto(f"{site_url}en/search/?q={word}")
    wait_for_results(page, 2)
    before = result_count(page)
    press_tab_until(page, ".filter-name")
    page.keyboard.press("Enter")  # open the first group of filters
    press_tab_until(page, ".filter-checkbox")
    page.keyboard.press("Space")
    page.wait_for_function(
        "n => !document.querySelector('.search-message').textContent.includes(String(n))", arg=before
    )
    assert result_count(page) < before
