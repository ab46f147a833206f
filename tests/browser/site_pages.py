"""What the browser tests need to know about a built site: one page of each type, and how to search it.

Named site_pages (not conftest) so that it never shadows tests/conftest.py, which test modules import by name.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

ASSETS = Path(__file__).resolve().parent.parent / "assets"
AXE = ASSETS / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]  # WCAG 2.2 A and AA
LANGS = ("cy", "en")
LISTINGS = ("types", "wellbeing", "themes", "services", "client-groups", "domains")  # render.site.BROWSE
STORY_LINK = re.compile(r'href="[^"]*?stories/([a-z0-9-]+)/"')
WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*")


def html_of(site: Path, path: str) -> str:
    """The HTML of the page at site-root path `path` (a folder ending with / or a file)."""
    file = site / path / "index.html" if path == "" or path.endswith("/") else site / path
    return file.read_text(encoding="utf-8")


def first_story(site: Path, lang: str, story_type: str) -> str | None:
    """The id of the first story of `story_type` listed in `lang` that is written in `lang`, if any."""
    listing = site / lang / "types" / story_type / "index.html"
    if not listing.exists():
        return None
    for story_id in STORY_LINK.findall(listing.read_text(encoding="utf-8").split('id="main"', 1)[1]):
        if "data-pagefind-body" in html_of(site, f"{lang}/stories/{story_id}/"):  # written in `lang`
            return story_id
    return None


def story_pages(site: Path, lang: str) -> dict[str, str]:
    """Every story page in `lang` written in that language: id → HTML (notice-only pages left out)."""
    pages = {}
    for file in sorted((site / lang / "stories").glob("*/index.html")):
        html = file.read_text(encoding="utf-8")
        if "data-pagefind-body" in html:
            pages[file.parent.name] = html
    return pages


def one_language_story(site: Path, lang: str) -> str | None:
    """A story that has no version in `lang` (its page there is a notice), if any."""
    for file in sorted((site / lang / "stories").glob("*/index.html")):
        if "data-pagefind-body" not in file.read_text(encoding="utf-8"):
            return file.parent.name
    return None


def page_types(site: Path, lang: str) -> dict[str, str]:
    """One site-root path for every type of page in `lang` (types the site does not have are left out)."""
    paths: dict[str, str] = {
        "home": f"{lang}/",
        "search": f"{lang}/search/",
        "accessibility": f"{lang}/accessibility/",
    }
    for story_type, name in (("magic-moment", "story"), ("case-study", "case study"), ("msc-story", "msc story")):
        if story_id := first_story(site, lang, story_type):
            paths[name] = f"{lang}/stories/{story_id}/"
    if story_id := one_language_story(site, lang):
        paths["story in the other language only"] = f"{lang}/stories/{story_id}/"
    paths["browse index"] = f"{lang}/wellbeing/"
    # a listing's later page: its period's second page (2024-05/2/ or 2024/2/), else a period's first
    later = [
        p
        for pattern in (f"{lang}/*/*/[12][0-9][0-9][0-9]*/2/index.html", f"{lang}/*/*/[12][0-9][0-9][0-9]*/index.html")
        for p in sorted(site.glob(pattern))
        if p.relative_to(site / lang).parts[0] in LISTINGS
    ]
    listings = later or sorted(site.glob(f"{lang}/wellbeing/*/index.html"))
    if listings:
        first = listings[0].relative_to(site).as_posix().removesuffix("index.html")
        paths["listing"] = "/".join(first.split("/")[:3]) + "/"
        if later:
            paths["listing, page 2"] = first
    if (site / lang / "panels" / "index.html").exists():
        paths["panels"] = f"{lang}/panels/"
        packs = sorted(site.glob(f"{lang}/panels/*/pack/index.html"))
        if packs:
            panel = packs[0].parent.parent.relative_to(site).as_posix()
            paths["panel"] = f"{panel}/"
            paths["panel pack"] = f"{panel}/pack/"
    if (site / lang / "overview" / "index.html").exists():
        paths["overview"] = f"{lang}/overview/"
    return paths


class _IndexedText(HTMLParser):
    """The text Pagefind indexes: inside data-pagefind-body, outside data-pagefind-ignore and hidden."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []  # "body", "skip" or "" per open element
        self.words: list[str] = []
        self.meta: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        if "data-pagefind-meta" in names and (names["data-pagefind-meta"] or "").startswith("radicals:"):
            self.meta.append((names["data-pagefind-meta"] or "").removeprefix("radicals:"))
        if tag in {"br", "hr", "img", "input", "meta", "link", "wbr"}:
            return
        if "data-pagefind-ignore" in names or "hidden" in names:
            self.stack.append("skip")
        elif "data-pagefind-body" in names:
            self.stack.append("body")
        else:
            self.stack.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "body" in self.stack and "skip" not in self.stack:
            self.words.append(data)


def indexed_text(html: str, *, meta: bool = True) -> str:
    """The words Pagefind would index for this page (with the radicals metadata unless `meta` is false), lower-cased."""
    parser = _IndexedText()
    parser.feed(html)
    return " ".join(parser.words + (parser.meta if meta else [])).lower()


def title_of(html: str) -> str:
    """The story's title: its h1."""
    match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    assert match, "a story page without an h1"
    return re.sub(r"<[^>]+>", "", match.group(1)).strip()


def unique_query(site: Path, lang: str) -> tuple[str, str]:
    """A word from one story's title that no other story in `lang` shares, even as a prefix: (word, title)."""
    pages = story_pages(site, lang)
    texts = {story_id: indexed_text(html) for story_id, html in pages.items()}
    for story_id, html in pages.items():
        title = title_of(html)
        for word in sorted(WORD.findall(title), key=len, reverse=True):
            stem = word.lower()[:4]
            if len(word) >= 5 and not any(stem in text for other, text in texts.items() if other != story_id):
                return word, title
    raise AssertionError(f"no story title in {lang} has a word of its own to search for")


def common_query(site: Path, lang: str) -> tuple[str, Counter[str]]:
    """The word found in the most stories in `lang`, and how many of those stories are of each type."""
    pages = story_pages(site, lang)
    holders: dict[str, set[str]] = {}
    for story_id, html in pages.items():
        for word in set(WORD.findall(indexed_text(html, meta=False))):  # words a reader can see
            if len(word) >= 4:
                holders.setdefault(word, set()).add(story_id)

    def types(word: str) -> Counter[str]:
        return Counter(story_type(pages[story_id]) for story_id in holders[word])

    mixed = [w for w in sorted(holders) if len(types(w)) >= 2]  # so that a filter by type narrows the results
    assert mixed, f"no word in {lang} is shared by stories of two types"
    word = max(mixed, key=lambda w: len(holders[w]))
    return word, types(word)


def filter_names(html: str) -> list[str]:
    """The names of the Pagefind filters on a story page, in order (the first is the story's type)."""
    return re.findall(r'data-pagefind-filter="([^"]+)"', html)


def story_type(html: str) -> str:
    """The type key of a story page, read from its breadcrumb link to types/<key>/."""
    match = re.search(r'href="[^"]*types/([a-z-]+)/"', html)
    assert match, "a story page without a link to its type"
    return match.group(1)


def run_axe(page: Any) -> list[str]:
    """Run axe-core with the WCAG 2.2 A and AA rules on the page: one line per violating element."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: the pages' Content-Security-Policy refuses an injected <script>.
        page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", WCAG_TAGS
    )
    return [
        f"{violation['id']} {node['target']}: {node.get('failureSummary', '')}"
        for violation in result["violations"]
        for node in violation["nodes"]
    ]


def wait_for_results(page: Any, at_least: int = 1) -> None:
    """Wait until Pagefind has shown at least `at_least` results and finished rendering them."""
    page.wait_for_function(
        "n => document.querySelectorAll('.result-link').length >= n && !document.querySelector('.result .loading')",
        arg=at_least,
        timeout=15_000,
    )
    page.wait_for_timeout(300)


def open_every_filter(page: Any) -> None:
    """Open every group of Pagefind's filters."""
    page.wait_for_selector(".filter-block", timeout=15_000)
    for block in page.locator("details.filter-block").all():
        if block.get_attribute("open") is None:
            block.locator("summary").click()


def result_titles(page: Any) -> list[str]:
    """The titles of the results Pagefind shows."""
    return [t.strip() for t in page.locator(".result-link").all_inner_texts()]


def result_count(page: Any) -> int:
    """How many results Pagefind's message says there are."""
    message = page.locator(".search-message").inner_text()
    match = re.search(r"\d+", message)
    assert match, message
    return int(match.group())
