"""Listings paged by the month (or year) of their stories: one story added, withdrawn or edited changes the pages
of its own period and the listing's first page, and a rebuild gives the bytes of a clean build."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from storysite.build import build_site
from storysite.content import load
from storysite.render import site as render_site
from storysite.render.site import ListingPage, listing_periods, period_of
from tests.conftest import TODAY, story_text

LISTINGS = ("types", "wellbeing", "themes", "services", "client-groups", "domains")
# Thirty stories over four months of 2025, most in March: a listing by month whose March needs several pages.
DATES = ["2025-01-05", "2025-01-20", "2025-02-11", "2025-02-11"] + [f"2025-03-{day:02d}" for day in range(1, 21)]
DATES += ["2025-04-02", "2025-04-02", "2025-04-09", "2025-04-15", "2025-04-20", "2025-04-28"]


def story(story_id: str, date: str, lang: str, wellbeing: str = "health", title: str = "") -> str:
    text = story_text(
        story_id, lang=lang, date=date, title=title or f"{'Stori' if lang == 'cy' else 'Story'} {story_id}"
    )
    return text.replace("wellbeing: [health]", f"wellbeing: [{wellbeing}]")


def library() -> dict[str, str]:
    files = {}
    for number, date in enumerate(DATES):
        story_id = f"mm-{number:03d}"
        for lang in ("cy", "en"):
            files[f"stories/{story_id}.{lang}.md"] = story(
                story_id, date, lang, ("health", "relationships")[number % 2]
            )
    return files


@pytest.fixture
def build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., tuple[dict[str, bytes], set[str]]]:
    """Build `content` into `out` (with the cache and the site left there, unless `cache` is False): its files,
    and the listing pages rendered (not taken from the cache)."""
    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STORYSITE_WORKERS", "1")  # rendered here, so that the pages rendered are seen
    monkeypatch.setattr(load, "_now_ns", lambda: time.time_ns() + 10_000_000_000)
    rendered: set[str] = set()
    listing = render_site.Renderer._listing

    def counted(self, lang, segment, key, chunk, page):  # type: ignore[no-untyped-def]
        rendered.add(page.path(f"{lang}/{segment}/{key}/") + "index.html")
        listing(self, lang, segment, key, chunk, page)

    monkeypatch.setattr(render_site.Renderer, "_listing", counted)

    def run(content: Path, out: str, cache: bool = True) -> tuple[dict[str, bytes], set[str]]:
        rendered.clear()
        result = build_site(content, "content", tmp_path / out, today=TODAY, index=False, cache=cache)
        assert result.out is not None, [f for f in result.library.findings if f.is_error]
        files = {
            p.relative_to(tmp_path / out).as_posix(): p.read_bytes()
            for p in sorted((tmp_path / out).rglob("*"))
            if p.is_file() and p.relative_to(tmp_path / out).parts[0] != "pagefind"
        }
        return files, set(rendered)

    return run


def listing_pages(files: dict[str, bytes], segment: str, key: str) -> set[str]:
    return {p for p in files if re.fullmatch(rf"(cy|en)/{segment}/{key}/(.+/)?index\.html", p)}


def add(content: Path, date: str) -> None:
    for lang in ("cy", "en"):
        (content / f"stories/new.{lang}.md").write_text(story("mm-new", date, lang), encoding="utf-8")


def withdraw(content: Path, story_id: str) -> None:
    for lang in ("cy", "en"):
        path = content / f"stories/{story_id}.{lang}.md"
        path.write_text(
            path.read_text(encoding="utf-8").replace("status: given", "status: withdrawn"), encoding="utf-8"
        )


def retitle(content: Path, story_id: str) -> None:
    path = content / f"stories/{story_id}.en.md"
    path.write_text(path.read_text(encoding="utf-8").replace(f"Story {story_id}", "A new title"), encoding="utf-8")


# How a web team publishes one story, the month it is of, and whether that month is new to its listings.
PUBLISH = {
    "added to a month with pages": (lambda content: add(content, "2025-03-10"), "2025-03", False),
    "withdrawn from a month with pages": (lambda content: withdraw(content, "mm-010"), "2025-03", False),
    "edited (its title)": (lambda content: retitle(content, "mm-012"), "2025-03", False),
    "added to an older month": (lambda content: add(content, "2025-01-25"), "2025-01", False),
    "added to a month of its own": (lambda content: add(content, "2024-11-01"), "2024-11", True),
}


@pytest.mark.parametrize("how", PUBLISH)
def test_one_story_published_changes_only_its_periods_pages_and_the_first(
    make_library: Callable[..., Path], build: Callable[..., tuple[dict[str, bytes], set[str]]], how: str
) -> None:
    change, period, new_period = PUBLISH[how]
    content = make_library(library())
    before, _ = build(content, "site")
    # Its listings: the type's, health's (every story added is about health; mm-010 and mm-012 are too) and kindness's.
    theirs = [("types", "magic-moment"), ("wellbeing", "health"), ("themes", "kindness")]
    others = [("wellbeing", "relationships")]
    assert len(listing_pages(before, "types", "magic-moment")) >= 2 * 10  # paged as the old paging would have moved
    change(content)
    after, rendered = build(content, "site")
    assert after == build(content, "clean", cache=False)[0]  # the rebuild is the clean build, byte for byte

    changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    allowed: set[str] = set()
    for segment, key in theirs:
        pages = listing_pages(before, segment, key) | listing_pages(after, segment, key)
        if new_period:  # the pager gains a month: every page of the story's listings says so
            allowed |= pages
        else:
            allowed |= {p for p in pages if p.endswith(f"{segment}/{key}/index.html") or f"/{key}/{period}/" in p}
        assert any(f"/{key}/{period}/" in p for p in changed), (segment, key)  # the story's own month did change
    in_listings = {
        p for p in changed | rendered if any(p in listing_pages(after | before, *x) for x in theirs + others)
    }
    assert in_listings <= allowed, sorted(in_listings - allowed)
    assert not any(listing_pages(after, *x) & (changed | rendered) for x in others)  # listings without the story
    if not new_period:  # older months' pages, which paging by count from the newest would have moved, stay put
        older = {p for p in listing_pages(after, "types", "magic-moment") if p.split("/")[3] < period}
        assert older and not older & (changed | rendered) if period != "2025-01" else not older


def test_the_pages_say_what_they_hold_and_lead_to_each_other(
    make_library: Callable[..., Path], build: Callable[..., tuple[dict[str, bytes], set[str]]]
) -> None:
    files, _ = build(make_library(library()), "site")
    text = {p: b.decode("utf-8") for p, b in files.items() if p.endswith(".html")}
    first, march, later = (f"en/types/magic-moment/{x}index.html" for x in ("", "2025-03/", "2025-03/3/"))
    assert (
        "30 stories" in text[first]
        and "Here are the newest 2; every story is on the pages by month below." in text[first]
    )
    assert (
        "20 stories from March 2025" in text[march] and "30 stories" not in text[march]
    )  # no total but the first page's
    assert "Page 3 of 10" in text[later] and "20 stories from March 2025" in text[later]
    assert "20 stori ym mis Mawrth 2025" in text["cy/types/magic-moment/2025-03/3/index.html"]
    assert "Tudalen 3 o 10" in text["cy/types/magic-moment/2025-03/3/index.html"]
    assert "Dyma’r 2 stori ddiweddaraf" in text["cy/types/magic-moment/index.html"]
    # Newer and older: within the month, then into the next month; newest first, the same date by id.
    nav = re.search(r'<nav class="pager" aria-label="Pages">(.*?)</nav>', text[later], re.S).group(1)
    assert re.search(r'href="\.\./2/" rel="prev">Previous page<', nav) and re.search(
        r'href="\.\./4/" rel="next">Next page<', nav
    )
    assert '<a href="./" aria-current="page">3</a>' in nav
    last = text["en/types/magic-moment/2025-03/10/index.html"]
    assert re.search(r'href="\.\./\.\./2025-02/" rel="next">Older stories<', last)
    assert re.search(r'href="\.\./2025-04/" rel="prev">Newer stories<', text[march])
    february = re.findall(
        r'class="card-title"><a href="[./]*stories/([a-z0-9-]+)/"', text["en/types/magic-moment/2025-02/index.html"]
    )
    assert february == ["mm-002", "mm-003"]  # both of 11 February: by id
    # The months, every one on every page, this one current; links relative, in the page's language.
    months = re.search(r'<nav class="pager periods-month" aria-label="Stories by month">(.*?)</nav>', text[later], re.S)
    assert months is not None
    hrefs = re.findall(r'href="([^"]+)"', months.group(1))
    assert hrefs == ["../../", "../../2025-04/", "../../2025-03/", "../../2025-02/", "../../2025-01/"]
    assert re.search(
        r'<a aria-current="true" href="\.\./\.\./2025-03/">March<span class="visually-hidden"> 2025</span>',
        months.group(1),
    )
    welsh = text["cy/types/magic-moment/2025-03/index.html"]
    assert 'aria-label="Straeon fesul mis"' in welsh
    assert '<a aria-current="page" href="../2025-03/">Mawrth<span class="visually-hidden"> 2025</span></a>' in welsh
    # The language switch and the alternates land on the same page in the other language; the sitemap has it.
    assert (
        'hreflang="en" href="../../../../../en/types/magic-moment/2025-03/3/"'
        in text["cy/types/magic-moment/2025-03/3/index.html"]
    )
    assert "en/types/magic-moment/2025-03/3/" in files["sitemap.xml"].decode("utf-8")
    assert not any("/page/" in p for p in files)


def stories_at(dates: list[str]) -> list:
    """Stand-ins with the only field paging reads, newest first as a listing has them."""
    from types import SimpleNamespace

    return sorted((SimpleNamespace(date=dt.date.fromisoformat(d)) for d in dates), key=lambda s: s.date, reverse=True)


def test_a_listing_is_paged_by_month_or_year_as_its_size_asks() -> None:
    assert listing_periods(stories_at(["2025-01-01", "2025-02-01"]), 2) == ("", ())  # fits its first page
    dense = stories_at(["2025-01-01"] * 3 + ["2025-03-01"] * 2)
    assert listing_periods(dense, 2) == ("month", ("2025-03", "2025-01"))
    sparse = stories_at([f"20{year}-0{month}-01" for year in (20, 21, 22) for month in (1, 3, 5)])  # one a month
    assert listing_periods(sparse, 4) == ("year", ("2022", "2021", "2020"))
    assert period_of(sparse[0], "year") == "2022" and period_of(sparse[0], "month") == "2022-05"


def test_newer_and_older_lead_through_every_page_once() -> None:
    periods = ("2025-03", "2025-01", "2024-12")
    pages = {"2025-03": 3, "2025-01": 1, "2024-12": 2}
    page: ListingPage | None = ListingPage("month", periods, "", 1, 1, 30)
    seen = []
    while page is not None:
        seen.append(page.path("en/types/x/"))
        older = page.older()
        page = older._replace(pages=pages[older.period]) if older is not None else None
    assert seen == [
        "en/types/x/",
        "en/types/x/2025-03/",
        "en/types/x/2025-03/2/",
        "en/types/x/2025-03/3/",
        "en/types/x/2025-01/",
        "en/types/x/2024-12/",
        "en/types/x/2024-12/2/",
    ]
    # Newer: the page before in the period, else the newer period's first page, else the listing's first page.
    at = ListingPage("month", periods, "2025-01", 1, 1, 4)
    assert at.newer() == at._replace(period="2025-03")
    assert at._replace(period="2025-03", number=2, pages=3).newer() == at._replace(period="2025-03", pages=3)
    assert at._replace(period="2025-03").newer() == at._replace(period="")
    assert at._replace(period="").newer() is None
