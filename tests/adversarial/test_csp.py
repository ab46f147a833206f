"""Script through a page: filter values are escaped for Pagefind's search UI, and every page carries a CSP.

Pagefind's search UI puts a filter value's text into the page as HTML, so a site.yaml label such as
`<img src=x onerror=…>` ran script on the search page. config.py now refuses markup in labels; these
tests put the label straight into the renderer, to check the escaping on its own, and check that the
Content-Security-Policy each page carries stops an inline script that slips into a page.
"""

from __future__ import annotations

import gzip
import html
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import REPO, TODAY, serve_folder
from hypothesis import given
from hypothesis import strategies as st

from storysite.authoring.scaffold import init_library
from storysite.build import build_site
from storysite.render.site import CSP, CSP_META, Renderer, filter_value, with_policy

HOSTILE = '<img src=x onerror="window.__pwned=1">'
DOCS = ("README.md", "docs/web-team.md", "docs/accessibility.md")


class Spans(HTMLParser):
    """The text of each data-pagefind-filter element, and the CSP metas, of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.filters: list[str] = []
        self.metas: list[str] = []
        self.first_tag_in_head: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "meta" and found.get("http-equiv") == "Content-Security-Policy":
            self.metas.append(found.get("content") or "")
        if tag in ("script", "link", "style", "meta") and "charset" not in found:
            self.first_tag_in_head.append("csp" if found.get("http-equiv") else tag)
        if "data-pagefind-filter" in found:
            self._in = ""
            self.filters.append("")

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            self.filters[-1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self._in = None


def parse(page: bytes) -> Spans:
    spans = Spans()
    spans.feed(page.decode("utf-8"))
    return spans


@given(st.text(max_size=60))
def test_a_filter_value_reaches_pagefind_escaped_once_whatever_the_label(label: str) -> None:
    source = str(filter_value(label))
    assert "<" not in source and ">" not in source
    # The page's text (what Pagefind reads), decoded once more as Pagefind does: the value stored in the index.
    text = html.unescape(source)
    stored = html.unescape(text)
    assert "<" not in stored and ">" not in stored
    assert html.unescape(stored) == label  # what the search UI shows, putting the stored value in as HTML


def test_with_policy_puts_the_meta_first_and_only_once() -> None:
    page = '<!DOCTYPE html>\n<html><head>\n<meta charset="utf-8">\n<script src="x.js"></script></head></html>'
    done = with_policy(page)
    assert done.count("Content-Security-Policy") == 1 and with_policy(done) == done
    assert done.index("Content-Security-Policy") < done.index("<script")
    assert "<head>" in with_policy("<html><head><title>t</title></head></html>")
    assert with_policy("<html><head><title>t</title></head></html>").index("Content-Security") > 0


def test_every_page_carries_the_policy_before_anything_it_loads(example_site: Path) -> None:
    pages = sorted(example_site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        spans = parse(page.read_bytes())
        assert spans.metas == [CSP_META], page
        assert spans.first_tag_in_head[:1] == ["csp"], page


def test_the_meta_is_the_recommended_policy_without_what_a_meta_cannot_carry() -> None:
    assert CSP_META + "; frame-ancestors 'self'" == CSP
    assert "frame-ancestors" not in CSP_META and "report-uri" not in CSP_META and "sandbox" not in CSP_META


def test_one_recommended_policy_in_every_document() -> None:
    for name in DOCS:
        text = (REPO / name).read_text(encoding="utf-8")
        policies = set(re.findall(r"default-src [^\"`\n]+", text))
        assert CSP in policies, f"{name} does not give the recommended policy"
        assert policies <= {CSP, CSP_META}, f"{name} gives another policy: {policies - {CSP, CSP_META}}"
        assert "frame-ancestors" in text and "meta" in text, f"{name} does not say what the meta leaves out"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A site whose every theme label is markup, put into the renderer past config's refusal."""
    root = tmp_path_factory.mktemp("hostile-label")
    content = init_library(root / "lib")
    patch = pytest.MonkeyPatch()
    real = Renderer.label
    patch.setattr(Renderer, "label", lambda self, t, k, lang: HOSTILE if t == "themes" else real(self, t, k, lang))
    try:
        result = build_site(content, str(content), root / "_site", today=TODAY, cache=False)
    finally:
        patch.undo()
    assert result.out is not None
    yield result.out


def fragments(site: Path) -> list[dict]:
    found = []
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        found.append(json.loads(data[data.index(b"{") :]))
    return found


def test_pagefind_indexes_the_label_as_escaped_text(hostile_site: Path) -> None:
    story = next((hostile_site / "en" / "stories").glob("*/index.html")).read_bytes()
    assert html.escape(html.escape(HOSTILE, quote=False), quote=False) in parse(story).filters
    values = [value for fragment in fragments(hostile_site) for value in fragment["filters"].get("Theme", [])]
    assert values, "no story has a theme: the test would prove nothing"
    for value in values:
        assert "<" not in value and html.unescape(value) == HOSTILE


@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    """The hostile site served with no policy at all (the metas removed): only the escaping protects it."""
    bare = hostile_site.parent / "bare"
    bare.mkdir()
    for path in sorted(hostile_site.rglob("*")):
        target = bare / path.relative_to(hostile_site)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        elif path.suffix == ".html":
            target.write_bytes(re.sub(rb'<meta http-equiv="Content-Security-Policy"[^>]*>', b"", path.read_bytes()))
        else:
            target.write_bytes(path.read_bytes())
    server, url = serve_folder(bare)
    yield url
    server.shutdown()


@pytest.mark.browser
def test_the_search_ui_shows_a_markup_label_as_text(page, hostile_url: str) -> None:
    page.goto(hostile_url + "en/search/")
    page.locator("#search-q").fill("garden")
    page.wait_for_selector(".result-link", timeout=15_000)
    page.wait_for_selector(".filter-block", timeout=15_000)
    for block in page.locator("details.filter-block").all():
        if block.get_attribute("open") is None:
            block.locator("summary").click()
    labels = page.locator(".filter-label").all_inner_texts()
    assert any(HOSTILE in label for label in labels), labels
    assert page.locator(".filter-label img").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None


INJECTED = b'<script>window.__ran = 1;</script><img src="data:," onerror="window.__ran = 2">'


@pytest.mark.browser
def test_an_inline_script_slipped_into_a_page_does_not_run_under_the_meta(page, hostile_site: Path) -> None:
    home = (hostile_site / "en" / "index.html").read_bytes()
    at = home.rindex(b"</body>")
    (hostile_site / "en" / "injected.html").write_bytes(home[:at] + INJECTED + home[at:])
    without = re.sub(rb'<meta http-equiv="Content-Security-Policy"[^>]*>', b"", home)
    at = without.rindex(b"</body>")
    (hostile_site / "en" / "control.html").write_bytes(without[:at] + INJECTED + without[at:])
    server, url = serve_folder(hostile_site)  # a server that sends no policy of its own
    try:
        page.goto(url + "en/control.html")
        assert page.evaluate("window.__ran") in (1, 2), "the control page should run the script: the test is broken"
        page.goto(url + "en/injected.html")
        page.wait_for_timeout(200)
        assert page.evaluate("window.__ran") is None
        assert any("Content Security Policy" in error for error in page.console_errors)
    finally:
        server.shutdown()
