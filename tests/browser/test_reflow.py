"""Reflow (WCAG 2.2 1.4.10): every type of page fits 320 CSS pixels (a phone, or a desktop at 400 % zoom) and 375.

Nothing may make the page scroll sideways, and no element or line of text may reach past the screen's right edge
unless it is inside its own scroll container (the impact table), whose caption must still be seen whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from site_pages import LANGS, common_query, open_every_filter, page_types, wait_for_results

pytestmark = pytest.mark.browser

# Elements and lines of text past either edge of the screen, outside any scroll container or clipped box.
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const contained = (node) => {
    for (let a = node.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX !== "visible" || style.clipPath !== "none" || style.clip !== "auto") return true;
    }
    return false;
  };
  const describe = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === "string"
    ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  const found = [];
  if (document.documentElement.scrollWidth > width) {
    found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  }
  for (const el of document.body.querySelectorAll("*")) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || (rect.right <= width + 0.5 && rect.left >= -0.5)) continue;
    if (rect.right < 0 && getComputedStyle(el).position === "absolute") continue;  // the skip link, off screen
    if (!contained(el)) found.push(`${describe(el)} ${Math.round(rect.left)}–${Math.round(rect.right)}`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent.trim() || contained(node)) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width > 0 && rect.right > width + 0.5) {
        const text = node.textContent.trim().slice(0, 40);
        found.push(`text in ${describe(node.parentElement)} to ${Math.round(rect.right)}: ${text}`);
        break;
      }
    }
  }
  return found;
}"""


def every_page(site: Path, lang: str) -> dict[str, str]:
    """Every page type in `lang`, with the landing page and the page-not-found page."""
    return {"landing": "", "page not found": "404.html", **page_types(site, lang)}


def overflow(page) -> list[str]:
    return page.evaluate(OVERFLOW_JS)  # type: ignore[no-any-return]


@pytest.fixture(params=[320, 375], ids=lambda w: f"{w}px")
def narrow_page(request, browser):
    context = browser.new_context(viewport={"width": request.param, "height": 640})
    page = context.new_page()
    yield page
    context.close()


def test_every_page_type_is_checked(example_site: Path) -> None:
    from test_accessibility import REQUIRED

    for lang in LANGS:
        assert set(every_page(example_site, lang)) >= REQUIRED | {"landing", "page not found"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_type_fits_without_sideways_scrolling(
    narrow_page, example_site: Path, site_url: str, lang: str
) -> None:
    problems = {}
    for name, path in every_page(example_site, lang).items():
        narrow_page.goto(site_url + path)
        if found := overflow(narrow_page):
            problems[f"{name} ({path})"] = found
    assert problems == {}


@pytest.mark.parametrize("lang", LANGS)
def test_search_with_results_and_filters_open_fits(narrow_page, example_site: Path, site_url: str, lang: str) -> None:
    word, _ = common_query(example_site, lang)
    narrow_page.goto(f"{site_url}{lang}/search/?q={word}")
    wait_for_results(narrow_page, 2)
    # narrow screens keep the filters behind one button
    narrow_page.wait_for_selector(".filters-toggle:not([hidden])", timeout=5_000)
    narrow_page.locator(".filters-toggle").click()
    open_every_filter(narrow_page)
    assert overflow(narrow_page) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_story_facts_are_never_cut(narrow_page, example_site: Path, site_url: str, lang: str) -> None:
    """Every value in the details box is shown whole: nothing clipped, nothing squeezed past its box."""
    for name in ("story", "case study", "msc story"):
        narrow_page.goto(site_url + page_types(example_site, lang)[name])
        cut = narrow_page.evaluate(
            """() => [...document.querySelectorAll('.story-facts dd, .story-facts dt')]
                .filter(el => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right
                    > el.closest('.story-facts').getBoundingClientRect().right + 0.5)
                .map(el => el.textContent.trim())"""
        )
        assert cut == [], name


@pytest.mark.parametrize("lang", LANGS)
def test_the_impact_table_scrolls_in_its_own_box_with_a_cue_and_its_whole_caption(
    browser, example_site: Path, site_url: str, lang: str
) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(site_url + page_types(example_site, lang)["case study"])
    box = page.locator(".table-scroll")
    assert box.evaluate("el => el.scrollWidth > el.clientWidth"), "the table should scroll inside its box"
    assert box.evaluate("el => getComputedStyle(el).overflowX") == "auto"
    hint = page.locator(".scroll-hint")
    assert hint.is_visible() and box.get_attribute("aria-describedby") == hint.get_attribute("id")
    caption = page.locator(".table-scroll caption .caption-text")
    for scrolled in (0, 10_000):  # at the start and scrolled to the end, the whole caption is on screen
        box.evaluate("(el, x) => { el.scrollLeft = x; }", scrolled)
        rect = caption.evaluate("el => { const r = el.getBoundingClientRect(); return [r.left, r.right]; }")
        assert rect[0] >= -0.5 and rect[1] <= 320.5, (scrolled, rect)
    context.close()
