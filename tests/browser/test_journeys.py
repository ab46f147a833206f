"""What readers do, in a real browser: arrive, choose a language, read, switch language, search, filter.

Also: the site works under a sub-path (as on an intranet) and with a strict Content-Security-Policy.
"""

from __future__ import annotations

import functools
import http.server
import re
import socketserver
import threading
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import REPO, serve_folder
from site_pages import (
    LANGS,
    common_query,
    filter_names,
    html_of,
    indexed_text,
    open_every_filter,
    page_types,
    result_count,
    result_titles,
    story_type,
    title_of,
    unique_query,
    wait_for_results,
)

pytestmark = pytest.mark.browser
SUB_PATH = "/intranet/stories/"


def lang_of(page) -> str:
    return page.locator("html").get_attribute("lang")


def test_landing_welsh_home_story_then_switch_to_english(page, site_url: str, example_site: Path) -> None:
    page.goto(site_url)
    assert lang_of(page) == "cy"
    page.get_by_role("link", name="Mynd i’r wefan yn Gymraeg").click()
    assert page.url == site_url + "cy/" and lang_of(page) == "cy"
    card = page.locator(".card-title a:not([lang])").first  # a story written in Welsh
    welsh_title = card.inner_text().strip()
    card.click()
    match = re.fullmatch(re.escape(site_url) + r"cy/stories/([a-z0-9-]+)/", page.url)
    assert match, page.url
    assert page.locator("h1").inner_text().strip() == welsh_title
    page.locator(".language-switch a[hreflang=en]").click()
    assert page.url == f"{site_url}en/stories/{match.group(1)}/"
    assert lang_of(page) == "en"
    assert page.locator("h1").inner_text().strip() == title_of(html_of(example_site, f"en/stories/{match.group(1)}/"))
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGS)
def test_language_switch_lands_on_the_equivalent_of_every_page_type(
    page, site_url: str, example_site: Path, lang: str
) -> None:
    other = "en" if lang == "cy" else "cy"
    for name, path in page_types(example_site, lang).items():
        page.goto(site_url + path)
        page.locator(f".language-switch a[hreflang={other}]").click()
        assert page.url == site_url + other + path.removeprefix(lang), name
        assert lang_of(page) == other, name
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGS)
def test_search_typed_in_each_language_finds_the_right_story(
    page, site_url: str, example_site: Path, lang: str
) -> None:
    word, title = unique_query(example_site, lang)
    page.goto(f"{site_url}{lang}/search/")
    page.locator("#search-q").press_sequentially(word, delay=20)
    wait_for_results(page)
    assert result_titles(page) == [title]
    page.locator(".result-link").first.click()
    assert re.fullmatch(re.escape(site_url) + lang + r"/stories/[a-z0-9-]+/", page.url)
    assert page.locator("h1").inner_text().strip() == title
    assert page.console_errors == []


def test_welsh_words_are_not_found_on_the_english_search(page, site_url: str, example_site: Path) -> None:
    word, welsh_title = unique_query(example_site, "cy")
    if word.lower() in " ".join(html_of(example_site, "en/").lower().split()):
        pytest.skip(f"{word!r} is also an English word here")
    page.goto(f"{site_url}en/search/?q={word}")
    page.wait_for_selector(".search-message", timeout=15_000)
    # Pagefind falls back to the longest prefix it knows ("gormod" → "go"), so English pages may come back;
    # what must never come back is a Welsh page, or any page that holds the Welsh word.
    hrefs = page.locator(".result-link").evaluate_all("links => links.map(a => a.href)")
    for href in hrefs:
        path = urlsplit(href).path.lstrip("/")
        assert path.startswith("en/stories/"), href
        assert word.lower() not in indexed_text(html_of(example_site, path)), href
    assert welsh_title not in result_titles(page)


def test_the_language_switch_on_the_search_page_keeps_the_words(page, site_url: str, example_site: Path) -> None:
    word, _ = common_query(example_site, "en")
    page.goto(f"{site_url}cy/search/")
    page.locator("#search-q").press_sequentially(word, delay=20)  # an English word: no Welsh results
    page.locator(".language-switch a[hreflang=en]").click()
    assert urlsplit(page.url).path.endswith("/en/search/") and f"q={word}" in page.url
    wait_for_results(page)
    assert page.locator("#search-q").input_value() == word
    assert result_count(page) >= 1
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_filter_narrows_the_results(page, site_url: str, example_site: Path, lang: str) -> None:
    word, types = common_query(example_site, lang)
    page.goto(f"{site_url}{lang}/search/?q={word}")
    wait_for_results(page, 2)
    before = result_count(page)
    assert before >= sum(types.values())
    type_filter = filter_names(html_of(example_site, page_types(example_site, lang)["story"]))[0]
    open_every_filter(page)
    group = page.locator("details.filter-block").filter(has_text=type_filter).first
    labels = group.locator(".filter-label")
    labels.first.wait_for(timeout=15_000)  # Pagefind draws a group's block before its values
    counts = settled_counts(page, labels)
    fewest = min(range(len(counts)), key=lambda i: counts[i] or before)
    labels.nth(fewest).click()
    page.wait_for_function(
        f"() => /\\b{counts[fewest]}\\b/.test(document.querySelector('.search-message').textContent)",
        timeout=15_000,
    )
    wait_for_results(page)
    assert result_count(page) == counts[fewest] < before
    kinds = set()
    for href in page.locator(".result-link").evaluate_all("links => links.map(a => a.href)"):
        kinds.add(story_type(html_of(example_site, urlsplit(href).path.lstrip("/"))))
    assert len(kinds) == 1, kinds
    assert page.console_errors == []


def settled_counts(page, labels) -> list[int]:
    """The counts beside a filter group's values once two reads 0.3 s apart agree.

    Pagefind draws a group's block, then its values, while the search runs: a value read or clicked
    while it is still drawing them may not be the one the results are then filtered by.
    """
    last: list[int] = []
    for _ in range(50):
        counts = [int(re.search(r"\((\d+)\)", text).group(1)) for text in labels.all_inner_texts()]
        if counts and counts == last:
            return counts
        last = counts
        page.wait_for_timeout(300)
    raise AssertionError(f"The filter counts never settled: {last}")


class _Links(HTMLParser):
    """Every href and src on a page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"href", "src"} and value:
                self.links.append(value)


@pytest.fixture(scope="module")
def sub_path_url(example_site: Path) -> Iterator[str]:
    server, url = serve_folder(example_site, SUB_PATH)
    yield url
    server.shutdown()


def test_every_link_works_under_a_sub_path(sub_path_url: str) -> None:
    """Crawl from the landing page: every link and asset is found, and none leaves the sub-path."""
    seen, queue, broken = {sub_path_url}, [sub_path_url], []
    while queue:
        url = queue.pop()
        with urllib.request.urlopen(url) as response:  # raises on 404
            if "html" not in response.headers.get("Content-Type", ""):
                continue
            parser = _Links()
            parser.feed(response.read().decode("utf-8"))
        for link in parser.links:
            target = urljoin(url, link).split("#")[0]
            if not urlsplit(target).path.startswith(SUB_PATH) or urlsplit(target).netloc != urlsplit(url).netloc:
                broken.append(f"{url} → {link}")
            elif target not in seen:
                seen.add(target)
                queue.append(target)
    assert broken == []
    assert len(seen) > 20


def test_search_and_its_result_links_work_under_a_sub_path(page, sub_path_url: str, example_site: Path) -> None:
    failed: list[str] = []
    page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {r.url}"))
    page.goto(sub_path_url)
    page.get_by_role("link", name="Go to the site in English").click()
    page.locator(".site-nav a", has_text="Search").click()
    word, title = unique_query(example_site, "en")
    page.locator("#search-q").fill(word)
    wait_for_results(page)
    assert result_titles(page) == [title]
    page.locator(".result-link").first.click()
    assert re.fullmatch(re.escape(sub_path_url) + r"en/stories/[a-z0-9-]+/", page.url), page.url
    assert page.locator("h1").inner_text().strip() == title
    assert failed == [] and page.console_errors == []


def test_no_console_errors_or_failed_requests_on_any_page(page, site_url: str, example_site: Path) -> None:
    failed: list[str] = []
    page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {r.url}"))
    pages = sorted(p.relative_to(example_site).as_posix() for p in example_site.rglob("*.html"))
    for path in pages:
        page.goto(site_url + path.removesuffix("index.html"), wait_until="load")
    assert failed == [] and page.console_errors == []


def sample_policies() -> dict[str, str]:
    """The Content-Security-Policies the docs recommend, read from the documents themselves."""
    policies = {}
    for name in ("accessibility.md", "web-team.md"):
        path = REPO / "docs" / name
        if path.exists():
            match = re.search(r"(default-src [^\"\n]+)", path.read_text(encoding="utf-8"))
            assert match, f"docs/{name} has no sample Content-Security-Policy"
            policies[name] = match.group(1).strip()
    assert "accessibility.md" in policies
    return policies


@pytest.fixture(scope="module", params=sorted(sample_policies()))
def csp_url(request, example_site: Path) -> Iterator[str]:
    policy = sample_policies()[request.param]

    class Handler(http.server.SimpleHTTPRequestHandler):
        def end_headers(self) -> None:
            self.send_header("Content-Security-Policy", policy)
            super().end_headers()

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(Handler, directory=example_site))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_search_works_under_the_sample_content_security_policy(page, csp_url: str, example_site: Path) -> None:
    for lang in LANGS:
        word, title = unique_query(example_site, lang)
        for path in ["", f"{lang}/", page_types(example_site, lang)["story"], "404.html"]:
            page.goto(csp_url + path)
        page.goto(f"{csp_url}{lang}/search/")
        page.locator("#search-q").fill(word)
        wait_for_results(page)
        assert result_titles(page) == [title]
        open_every_filter(page)
    assert page.console_errors == []  # a blocked script, style, worker or WebAssembly would be logged here
