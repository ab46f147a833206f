"""Where am I: the current section marked in the main menu, breadcrumbs below home, a menu that folds away
on narrow screens (and stays open without JavaScript), and a page-not-found page that leads home from any address."""

from __future__ import annotations

import functools
import http.server
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from site_pages import LANGS, page_types

pytestmark = pytest.mark.browser

# page type → (the main menu's link marked current, its aria-current value); None: no link is current.
CURRENT = {
    "home": ("", "page"),
    "search": ("search/", "page"),
    "browse index": ("wellbeing/", "page"),
    "listing": ("wellbeing/", "true"),
    "listing, page 2": ("wellbeing/", "true"),
    "story": ("types/", "true"),
    "case study": ("types/", "true"),
    "msc story": ("types/", "true"),
    "story in the other language only": ("types/", "true"),
    "panels": ("panels/", "page"),
    "panel": ("panels/", "true"),
    "overview": ("overview/", "page"),
    "accessibility": None,
}


def menu_current(page) -> list[tuple[str, str]]:
    """The main menu's links marked aria-current: (site-root path from the language folder, value)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.site-nav a[aria-current]')].map(a => {
            const path = new URL(a.href).pathname.split('/').filter(Boolean).slice(1).join('/');
            return [path ? path + '/' : '', a.getAttribute('aria-current')];
        })"""
    )


@pytest.mark.parametrize("lang", LANGS)
def test_the_menu_marks_the_current_section(page, example_site: Path, site_url: str, lang: str) -> None:
    paths = page_types(example_site, lang)
    assert set(CURRENT) <= set(paths)
    wrong = {}
    for name, expected in CURRENT.items():
        page.goto(site_url + paths[name])
        found = menu_current(page)
        if found != ([list(expected)] if expected else []):
            wrong[name] = found
    assert wrong == {}


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_below_home_has_breadcrumbs_that_lead_home(
    page, example_site: Path, site_url: str, lang: str
) -> None:
    missing = []
    for name, path in page_types(example_site, lang).items():
        if name == "home":
            continue
        page.goto(site_url + path)
        crumbs = page.locator("nav.breadcrumbs a")
        if crumbs.count() == 0:
            missing.append(name)
            continue
        first = crumbs.first.evaluate("a => a.href")
        assert first == f"{site_url}{lang}/", (name, first)
    assert missing == []
    page.goto(site_url + page_types(example_site, lang)["story"])
    crumbs = page.locator("nav.breadcrumbs a")
    assert crumbs.count() == 3  # home › types of story › this story's type
    crumbs.nth(2).click()
    assert "/types/" in page.url and page.locator("h1").count() == 1


@pytest.fixture(params=[True, False], ids=["with JavaScript", "without JavaScript"])
def phone(request, browser) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=request.param)
    page = context.new_page()
    page.javascript = request.param
    yield page
    context.close()


def test_the_menu_folds_away_on_a_phone_and_opens_with_its_button(phone, site_url: str) -> None:
    phone.goto(site_url + "cy/")
    toggle = phone.locator(".menu-toggle")
    links = phone.locator(".site-nav ul a")
    if not phone.javascript:  # the whole menu, no button that could not work
        assert not toggle.is_visible() and all(link.is_visible() for link in links.all())
        return
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert not any(link.is_visible() for link in links.all())
    main_top = phone.evaluate("document.getElementById('main').getBoundingClientRect().top")
    assert main_top < 200, f"the header takes {main_top}px before the content"
    toggle.focus()
    phone.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert all(link.is_visible() for link in links.all())
    phone.keyboard.press("Tab")
    phone.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert phone.evaluate("document.activeElement.className") == "menu-toggle"


def test_the_menu_is_open_on_a_wide_screen(page, site_url: str) -> None:
    page.goto(site_url + "en/")
    assert not page.locator(".menu-toggle").is_visible()
    assert all(link.is_visible() for link in page.locator(".site-nav ul a").all())


class _NotFoundHandler(http.server.SimpleHTTPRequestHandler):
    """Like the web servers in docs/web-team.md: 404.html's content at whatever address was missing."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404:
            super().send_error(code, message, explain)
            return
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def not_found_url(example_site: Path) -> Iterator[str]:
    server = socketserver.ThreadingTCPServer(
        ("127.0.0.1", 0), functools.partial(_NotFoundHandler, directory=str(example_site))
    )
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.parametrize("missing", ["nothing-here", "cy/stories/mm-1999-001/", "en/themes/kindness/1999-01/"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_page_not_found_leads_home_from_any_depth(page, not_found_url: str, missing: str, lang: str) -> None:
    response = page.goto(not_found_url + missing)
    assert response is not None and response.status == 404
    heading = "Heb ddod o hyd i’r dudalen" if lang == "cy" else "Page not found"
    section = page.locator(f"section.landing-half:has(h1:text-is('{heading}'))")
    assert section.count() == 1
    # styled by the theme: its band of colour above each half, not the browser's defaults
    assert section.evaluate("el => getComputedStyle(el).borderTopWidth") == "6px"
    section.locator("a").first.click()
    assert page.url == f"{not_found_url}{lang}/"
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator(".site-nav").count() == 1  # the library's home page, not another 404
