"""Printing: the example panel packs print to A4 without near-blank pages, each story followed by its discussion
sheet and its "why" printed once; a story page prints with who published it, its web address and the date,
without the site's navigation, and has a Print button when JavaScript can run it."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from pathlib import Path

import pytest
from site_pages import LANGS, page_types

pytestmark = pytest.mark.browser

MIN_LINES = 5  # fewer lines of text than this on a printed page is a sheet of paper wasted
WHY = re.compile(r"<h[2-6][^>]*>\s*(?:why|pam)\b", re.IGNORECASE)


def pdf_pages(page, url: str) -> list[str]:
    """The text of each A4 page Chromium prints for `url` (ligatures such as "ﬁ" spelt out)."""
    import pypdf  # in the test extras; a missing install fails the test rather than skipping it

    page.goto(url)
    reader = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4")))
    return [unicodedata.normalize("NFKC", p.extract_text()) for p in reader.pages]


def lines(text: str) -> int:
    return len([line for line in text.splitlines() if line.strip()])


def packs(site: Path, lang: str) -> list[str]:
    found = sorted(p.parent.relative_to(site).as_posix() + "/" for p in site.glob(f"{lang}/panels/*/pack/index.html"))
    assert found, f"the example library has no panel pack in {lang}"
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_the_example_packs_print_without_near_blank_pages(page, example_site: Path, site_url: str, lang: str) -> None:
    sheet = "Taflen drafod" if lang == "cy" else "Discussion sheet"
    start = re.compile(r"Stori (\d+) o (\d+)" if lang == "cy" else r"Story (\d+) of (\d+)")
    counts = {}
    for pack in packs(example_site, lang):
        texts = pdf_pages(page, site_url + pack)
        counts[pack] = len(texts)
        sparse = {i + 1: lines(t) for i, t in enumerate(texts) if lines(t) < MIN_LINES}
        assert sparse == {}, f"{pack}: pages with under {MIN_LINES} lines of text: {sparse}"
        order = []
        for text in texts:
            for match in re.finditer(rf"{start.pattern}|{sheet}", text):
                order.append("story" if match.group(0) != sheet else "sheet")
        stories = int(start.search("\n".join(texts)).group(2))  # type: ignore[union-attr]
        assert order == ["story", "sheet"] * stories, f"{pack}: each story, then its discussion sheet: {order}"
        for text in texts:  # a discussion sheet is never split across pages
            if sheet in text:
                assert ("Nodiadau" if lang == "cy" else "Notes") in text, pack
    print(f"printed A4 pages ({lang}): {counts}")  # noqa: T201 - the figures the report quotes


@pytest.mark.parametrize("lang", LANGS)
def test_why_the_change_is_significant_prints_once(example_site: Path, lang: str) -> None:
    twice = []
    for pack in packs(example_site, lang):
        html = (example_site / pack / "index.html").read_text(encoding="utf-8")
        for article in re.findall(r'<article class="pack-story".*?</article>', html, re.S):
            if len(WHY.findall(article)) > 1:
                twice.append((pack, re.search(r"<h2[^>]*>(.*?)</h2>", article).group(1)))  # type: ignore[union-attr]
    assert twice == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_story_prints_with_its_publisher_address_and_date(page, example_site: Path, site_url: str, lang: str) -> None:
    path = page_types(example_site, lang)["case study"]
    page.goto(site_url + path)
    page.emulate_media(media="print")
    details = page.locator(".print-details")
    assert details.is_visible()
    text = details.inner_text()
    organisation = "Cyngor Sir Gaerwen" if lang == "cy" else "Gaerwen County Council"
    assert organisation in text
    assert site_url + path in text  # the page's full web address, though the site was built without --base-url
    assert str(dt.date.today().year) in text  # the day it was printed
    for hidden in (".site-header", ".site-nav", ".site-footer", ".breadcrumbs", ".print-tools", ".related"):
        assert not any(el.is_visible() for el in page.locator(hidden).all()), hidden
    printed = "\n".join(pdf_pages(page, site_url + path))
    assert organisation in printed and "Skip to main content" not in printed
    menu = "Meysydd llesiant" if lang == "cy" else "Areas of wellbeing"
    assert "Types of story" not in printed and "Mathau o stori" not in printed and menu in printed  # facts, not menu


def test_the_print_button_prints_and_needs_javascript(browser, example_site: Path, site_url: str) -> None:
    path = page_types(example_site, "en")["story"]
    for javascript in (True, False):
        context = browser.new_context(java_script_enabled=javascript)
        page = context.new_page()
        page.goto(site_url + path)
        button = page.locator(".print-button")
        assert button.is_visible() == javascript
        if javascript:
            page.evaluate("window.print = () => { window.printed = true; }")
            button.click()
            assert page.evaluate("window.printed") is True
        context.close()
