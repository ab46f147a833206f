"""Pagefind search in a real browser: a Welsh query on the Welsh page, an English one on the English page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import TODAY, serve_folder, story_text

import storysite.search as search_module
from storysite.build import build_site

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture(scope="module", params=["one-part", "a-part-per-story"])
def search_site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, monkeypatch_module: pytest.MonkeyPatch
) -> Iterator[str]:
    """The site, with each language's index in one part, then in a part per story (as a big library's is)."""
    if request.param == "a-part-per-story":
        monkeypatch_module.setattr(search_module, "SHARD_PAGES", 1)
    root = tmp_path_factory.mktemp("search")
    content = root / "content"
    (content / "stories").mkdir(parents=True)
    from conftest import SITE_YAML

    (content / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    files = {
        "garden.en.md": story_text("mm-2026-001", title="Back in the garden", body="Dai planted runner beans."),
        "garden.cy.md": story_text(
            "mm-2026-001", lang="cy", title="Yn ôl yn yr ardd", body="Plannodd Dai ffa dringo yn yr ardd."
        ),
        "choir.en.md": story_text(
            "mm-2026-002", title="Singing again", body="Dai joined the choir at the chapel.", date="2025-05-01"
        ),
        "choir.cy.md": story_text(
            "mm-2026-002", lang="cy", title="Canu eto", body="Ymunodd Dai â’r côr yn y capel.", date="2025-05-01"
        ),
        "gone.en.md": story_text(
            "mm-2026-003", title="Withdrawn", status="withdrawn", body="Dai sang in the choir too."
        ),
    }
    for name, text in files.items():
        (content / "stories" / name).write_text(text, encoding="utf-8")
    out = root / "site"
    assert build_site(content, "content", out, today=TODAY).out is not None
    server, url = serve_folder(out)
    yield url
    server.shutdown()


def search(page, url: str, query: str) -> list[str]:
    page.goto(url)
    page.fill("#search-q", query)
    page.wait_for_selector(".result-link", timeout=10_000)
    page.wait_for_timeout(300)  # let Pagefind finish rendering every result
    return page.locator(".result-link").all_inner_texts()


def test_welsh_query_on_welsh_search_page(page, search_site: str) -> None:
    titles = search(page, search_site + "cy/search/", "côr")
    assert titles == ["Canu eto"]
    assert page.locator("html").get_attribute("lang") == "cy"
    assert "stori" in page.locator(".search-message").inner_text()
    href = page.locator(".result-link").first.get_attribute("href")
    page.locator(".result-link").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/cy/stories/mm-2026-002/"), href
    assert page.console_errors == []


def test_english_query_on_english_search_page(page, search_site: str) -> None:
    assert search(page, search_site + "en/search/", "choir") == ["Singing again"]
    assert page.console_errors == []


def test_search_from_the_home_page_form(page, search_site: str) -> None:
    page.goto(search_site + "en/")
    page.fill("#home-q", "beans")
    page.keyboard.press("Enter")
    page.wait_for_selector(".result-link", timeout=10_000)
    assert page.locator(".result-link").all_inner_texts() == ["Back in the garden"]


def test_a_search_finds_stories_in_every_part(page, search_site: str) -> None:
    titles = search(page, search_site + "en/search/", "Dai")
    assert sorted(titles) == ["Back in the garden", "Singing again"]
    assert page.console_errors == []


@pytest.mark.parametrize(("lang", "group"), [("en", "Year"), ("cy", "Blwyddyn")])
def test_a_filter_narrows_results_from_every_part(page, search_site: str, lang: str, group: str) -> None:
    page.goto(search_site + f"{lang}/search/")
    page.fill("#search-q", "Dai")
    page.wait_for_function("() => document.querySelectorAll('.result-link').length === 2", timeout=10_000)
    page.locator("summary.filter-name", has_text=group).click()
    page.locator(".filter-label", has_text="2025").click()
    page.wait_for_function("() => document.querySelectorAll('.result-link').length === 1", timeout=10_000)
    page.wait_for_timeout(300)
    assert page.locator(".result-link").all_inner_texts() == ["Singing again" if lang == "en" else "Canu eto"]
    assert page.console_errors == []
