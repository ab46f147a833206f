"""A listing paged by month in a browser on a 360 px phone: axe finds nothing, nothing scrolls sideways, and
the pager, the older and newer links and the language switch lead where they say (tests/test_listing_pages.py
builds the same library and checks the pages' words)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from site_pages import run_axe
from test_reflow import OVERFLOW_JS

from storysite.build import build_site
from tests.conftest import TODAY, serve_folder
from tests.test_listing_pages import library

pytestmark = pytest.mark.browser


@pytest.fixture
def listing_url(make_library: Callable[..., Path], tmp_path: Path) -> Iterator[str]:
    out = tmp_path / "site"
    result = build_site(make_library(library()), "content", out, today=TODAY, index=False, cache=False)
    assert result.out is not None
    server, url = serve_folder(out)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture
def phone(browser) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 360, "height": 640})
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang", ["cy", "en"])
@pytest.mark.parametrize("where", ["", "2025-03/", "2025-03/3/"], ids=["first page", "a month", "a month's page 3"])
def test_listing_pages_pass_axe_and_fit_a_phone(phone, listing_url: str, lang: str, where: str) -> None:
    phone.goto(f"{listing_url}{lang}/types/magic-moment/{where}")
    assert run_axe(phone) == []
    assert phone.evaluate(OVERFLOW_JS) == []
    months = phone.get_by_role("navigation", name="Straeon fesul mis" if lang == "cy" else "Stories by month")
    assert months.get_by_role("link").count() == 5  # the newest stories, and the four months
    if where:
        assert months.locator("[aria-current]").inner_text().startswith("Mawrth" if lang == "cy" else "March")


def test_older_newer_and_the_language_switch_lead_to_the_right_pages(phone, listing_url: str) -> None:
    phone.goto(f"{listing_url}en/types/magic-moment/")
    phone.get_by_role("link", name="Older stories").click()
    assert phone.url == f"{listing_url}en/types/magic-moment/2025-04/"
    phone.get_by_role("navigation", name="Stories by month").get_by_role("link", name="March 2025").click()
    assert phone.url == f"{listing_url}en/types/magic-moment/2025-03/"
    phone.get_by_role("navigation", name="Pages").get_by_role("link", name="3", exact=True).click()
    assert phone.url == f"{listing_url}en/types/magic-moment/2025-03/3/"
    assert phone.get_by_role("link", name="3", exact=True).get_attribute("aria-current") == "page"
    phone.get_by_role("link", name="Previous page").click()
    assert phone.url == f"{listing_url}en/types/magic-moment/2025-03/2/"
    phone.locator(".language-switch a").first.click()  # the menu folds away on a phone; the switch stays
    assert phone.url == f"{listing_url}cy/types/magic-moment/2025-03/2/"
    assert phone.locator("h1").inner_text() == "Eiliadau Hudol"
