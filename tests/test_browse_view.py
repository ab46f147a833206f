"""Browsing on the search page in a real browser: with no words every story is listed; filters, a sort and a
date range narrow and order them; the whole view lives in the address and the language switch carries it to
the same view in the other language. Run with each language's index in one part, then in a part per story."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import SITE_YAML, TODAY, serve_folder, story_text

import storysite.search as search_module
from storysite.build import build_site
from storysite.check.config import DEFAULT_WELLBEING
from storysite.i18n.catalogs import long_date, translations

pytestmark = pytest.mark.browser

MSC = "msc:\n  domain: changes-in-lives\n  why_significant: It changed things.\n"
# id → English title, Welsh title, type, wellbeing, date gathered, more front matter
STORIES = {
    "mm-2024-001": ("Apple day", "Yr afalau", "magic-moment", "[relationships]", "2024-05-01", "service: reablement\n"),
    "mm-2025-001": ("Bus ride", "Bws i’r dref", "magic-moment", "[relationships, health]", "2025-07-01", ""),
    "mm-2026-001": ("Choir night", "Noson y côr", "magic-moment", "[health]", "2026-02-01", ""),
    "msc-2025-001": ("Dancing", "Dawnsio", "msc-story", "[relationships]", "2025-03-01", MSC),
    "mm-2026-002": ("Early walk", "Cerdded yn gynnar", "magic-moment", "[relationships]", "2026-01-15", ""),
}


def files() -> dict[str, str]:
    made = {}
    for story_id, (en, cy, kind, areas, date, extra) in STORIES.items():
        for lang, title in (("en", en), ("cy", cy)):
            text = story_text(story_id, lang=lang, title=title, story_type=kind, date=date, extra=extra)
            made[f"{story_id}.{lang}.md"] = text.replace("wellbeing: [health]", f"wellbeing: {areas}")
    made["gone.en.md"] = story_text("mm-2025-009", title="Withdrawn walk", status="withdrawn").replace(
        "wellbeing: [health]", "wellbeing: [relationships]"
    )
    return made


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture(scope="module", params=["one-part", "a-part-per-story"])
def site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, monkeypatch_module: pytest.MonkeyPatch
) -> Iterator[str]:
    """A part per story: Pagefind orders a merged index by score, so search.js sorts such views itself."""
    if request.param == "a-part-per-story":
        monkeypatch_module.setattr(search_module, "SHARD_PAGES", 1)
    root = tmp_path_factory.mktemp("browse-view")
    content = root / "content"
    (content / "stories").mkdir(parents=True)
    (content / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    for name, text in files().items():
        (content / "stories" / name).write_text(text, encoding="utf-8")
    out = root / "site"
    result = build_site(content, "content", out, today=TODAY)
    assert result.out is not None, [f for f in result.library.findings if f.is_error]
    monkeypatch_module.undo()
    server, url = serve_folder(out)
    yield url
    server.shutdown()


def titles(ids: list[str], lang: str) -> list[str]:
    return [STORIES[i][0 if lang == "en" else 1] for i in ids]


def shown(page, count: int) -> list[str]:
    """The titles listed once the message gives `count` and that many results are drawn."""
    page.wait_for_function(
        "n => document.querySelectorAll('.result-link').length === n"
        " && /\\d/.test(document.querySelector('.search-message').textContent)",
        arg=count,
        timeout=15_000,
    )
    page.wait_for_timeout(300)  # nothing more may arrive
    return [t.strip() for t in page.locator(".result-link").all_inner_texts()]


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_every_story_is_listed_without_words_newest_first(page, site: str, lang: str) -> None:
    page.goto(f"{site}{lang}/search/")
    expected = ["mm-2026-001", "mm-2026-002", "mm-2025-001", "msc-2025-001", "mm-2024-001"]
    assert shown(page, 5) == titles(expected, lang)  # never the withdrawn story
    assert page.locator(".search-message").inner_text().strip() == ("5 stories" if lang == "en" else "5 stori")
    assert page.console_errors == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["mm-2024-001", "mm-2025-001", "mm-2026-002"]),  # Apple day, Bus ride, Early walk
        ("cy", ["mm-2025-001", "mm-2026-002", "mm-2024-001"]),  # Bws i’r dref, Cerdded yn gynnar, Yr afalau
    ],
)
def test_two_filters_and_a_sort_without_words(page, site: str, lang: str, expected: list[str]) -> None:
    gettext = translations(lang).gettext
    page.goto(f"{site}{lang}/search/")
    shown(page, 5)
    page.locator("summary.filter-name", has_text=gettext("Type")).click()
    page.locator(".filter-label", has_text=gettext("Magic Moment")).click()
    shown(page, 4)
    page.locator("summary.filter-name", has_text=gettext("Wellbeing")).click()
    page.locator(".filter-label", has_text=DEFAULT_WELLBEING["relationships"][lang]).click()
    page.locator("#search-sort").select_option("title")
    page.wait_for_function("() => location.search.includes('sort=title')", timeout=5_000)
    assert shown(page, 3) == titles(expected, lang)
    assert query(page.url) == {"type": ["magic-moment"], "wellbeing": ["relationships"], "sort": ["title"]}
    # each result says its type, its date and its areas of wellbeing, in the page's language
    first = page.locator(".result").first.locator(".result-meta").inner_text()
    assert gettext("Magic Moment") in first and DEFAULT_WELLBEING["relationships"][lang] in first
    assert long_date(dt.date.fromisoformat(STORIES[expected[0]][4]), lang) in first
    assert page.console_errors == []


def test_the_address_round_trips_through_the_language_switch(page, site: str) -> None:
    view = "?type=magic-moment&wellbeing=relationships&sort=oldest&from=2025-01&to=2026-06"
    page.goto(f"{site}en/search/{view}")
    assert shown(page, 2) == ["Bus ride", "Early walk"]
    page.locator(".language-switch a[hreflang=cy]").click()
    page.wait_for_url("**/cy/search/?**")
    assert query(page.url) == query(view)
    assert shown(page, 2) == ["Bws i’r dref", "Cerdded yn gynnar"]
    # the form shows the view it was given
    assert page.locator("#search-sort").input_value() == "oldest"
    assert page.locator("#search-from").input_value() == "2025-01"
    assert page.locator("#search-to").input_value() == "2026-06"
    checked = page.locator(".filter-checkbox:checked").evaluate_all("boxes => boxes.map(b => b.name + '=' + b.value)")
    assert sorted(checked) == ["type=magic-moment", "wellbeing=relationships"]
    page.locator(".language-switch a[hreflang=en]").click()
    page.wait_for_url("**/en/search/?**")
    assert query(page.url) == query(view)
    assert shown(page, 2) == ["Bus ride", "Early walk"]
    assert page.console_errors == []


def test_a_date_range_by_month(page, site: str) -> None:
    page.goto(f"{site}en/search/")
    shown(page, 5)
    page.locator("#search-from").select_option("2025-03")
    page.locator("#search-to").select_option("2025-07")
    assert shown(page, 2) == ["Bus ride", "Dancing"]
    assert query(page.url) == {"from": ["2025-03"], "to": ["2025-07"]}


def test_words_with_filters_keep_the_words_in_the_address(page, site: str) -> None:
    page.goto(f"{site}en/search/?q=Dai&wellbeing=health")
    assert sorted(shown(page, 2)) == ["Bus ride", "Choir night"]
    assert page.locator("#search-q").input_value() == "Dai"
    href = page.locator(".language-switch a[hreflang=cy]").get_attribute("href")
    assert query(href) == {"q": ["Dai"], "wellbeing": ["health"]}


def test_the_header_search_box_works_without_javascript(browser, site: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}cy/stories/mm-2024-001/")
    page.locator("#header-q").fill("côr")
    with page.expect_navigation():
        page.locator("#header-q").press("Enter")
    assert urlsplit(page.url).path.endswith("/cy/search/") and query(page.url) == {"q": ["côr"]}
    context.close()


def test_the_header_search_box_leads_to_results(page, site: str) -> None:
    page.goto(f"{site}en/stories/mm-2024-001/")
    page.locator("#header-q").fill("choir")
    with page.expect_navigation():
        page.locator("#header-q").press("Enter")
    assert shown(page, 1) == ["Choir night"]
    assert page.console_errors == []


def test_copy_link_copies_the_story_address(browser, site: str) -> None:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{site}cy/stories/mm-2025-001/")
    button = page.locator(".copy-link")
    assert button.is_visible() and button.inner_text() == "Copïo’r ddolen"
    button.click()
    page.wait_for_function("() => document.querySelector('.copy-status').textContent !== ''", timeout=5_000)
    assert page.locator(".copy-status").inner_text() == "Wedi copïo’r ddolen"
    assert page.evaluate("navigator.clipboard.readText()") == f"{site}cy/stories/mm-2025-001/"
    context.close()


MARKED = 'Fish & chips <b onmouseover="window.__pwned=1">by</b> the pier'


@pytest.fixture(scope="module")
def marked_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A story whose title looks like markup."""
    root = tmp_path_factory.mktemp("browse-marked")
    content = root / "content"
    (content / "stories").mkdir(parents=True)
    (content / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    title = '"' + MARKED.replace('"', '\\"') + '"'
    (content / "stories" / "a.en.md").write_text(story_text("mm-2026-001", title=title), encoding="utf-8")
    out = root / "site"
    result = build_site(content, "content", out, today=TODAY)
    assert result.out is not None, [f for f in result.library.findings if f.is_error]
    server, url = serve_folder(out)
    yield url
    server.shutdown()


@pytest.mark.parametrize("words", ["", "?q=chips"])
def test_a_title_that_looks_like_markup_is_shown_as_its_text(page, marked_site: str, words: str) -> None:
    page.goto(f"{marked_site}en/search/{words}")
    assert shown(page, 1) == [MARKED]
    assert page.locator(".search-results b").count() == 0
    page.locator(".result-link").hover()
    assert page.evaluate("window.__pwned") is None
