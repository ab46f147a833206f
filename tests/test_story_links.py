"""Citing a story and moving between stories: a citation line (title, organisation, year published, the web
address with --base-url), a copy-link button for site.js, previous and next of the same type; and the search
box in every page's header, a plain GET form to the search page in the page's language."""

from __future__ import annotations

import html as htmllib
import re
from pathlib import Path

import pytest
from conftest import TODAY, story_text

from storysite.build import build_site

BASE = "https://straeon.example.org/llyfrgell/"


def both(story_id: str, en: str, cy: str, **kwargs: str) -> dict[str, str]:
    return {
        f"stories/{story_id}.en.md": story_text(story_id, title=en, **kwargs),
        f"stories/{story_id}.cy.md": story_text(story_id, lang="cy", title=cy, **kwargs),
    }


def library() -> dict[str, str]:
    files: dict[str, str] = {}
    files |= both("mm-a", "Magic A", "Hud A", date="2026-03-01")
    files |= both("mm-b", "Magic B", "Hud B", date="2025-03-01")
    files |= both("mm-c", "Magic C", "Hud C", date="2024-03-01", extra="published: 2026-07-01\n")
    msc = "msc:\n  domain: changes-in-lives\n  why_significant: It mattered.\n"
    files |= both("msc-a", "Change A", "Newid A", date="2025-06-01", story_type="msc-story", extra=msc)
    return files


@pytest.fixture(params=["with-base-url", "without"])
def site(request: pytest.FixtureRequest, make_library) -> tuple[Path, str]:
    content = make_library(library())
    out = content.parent / "site"
    base = BASE if request.param == "with-base-url" else ""
    result = build_site(content, "content", out, today=TODAY, base_url=base)
    assert result.out is not None, [f for f in result.library.findings if f.is_error]
    return out, base


def page(out: Path, path: str) -> str:
    return (out / path).read_text(encoding="utf-8")


def text_of(fragment: str) -> str:
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


@pytest.mark.parametrize(
    ("lang", "title", "organisation"), [("en", "Magic C", "Test Council"), ("cy", "Hud C", "Cyngor Prawf")]
)
def test_the_citation_line(site: tuple[Path, str], lang: str, title: str, organisation: str) -> None:
    out, base = site
    html = page(out, f"{lang}/stories/mm-c/index.html")
    [line] = re.findall(r'<p class="citation">(.*?)</p>', html, re.S)
    address = f"{BASE}{lang}/stories/mm-c/"
    # the year it was published (2026), not the year it was gathered (2024)
    expected = f"{title}. {organisation}, 2026." + (f" {address}" if base else "")
    assert text_of(line) == expected
    heading = "Cite this story" if lang == "en" else "Cyfeirio at y stori hon"
    assert f'<h2 id="cite-heading">{heading}</h2>' in html


def test_the_copy_link_button_waits_for_javascript_and_knows_the_address(site: tuple[Path, str]) -> None:
    out, base = site
    html = page(out, "en/stories/mm-a/index.html")
    [button] = re.findall(r"<button[^>]*class=\"copy-link\"[^>]*>", html)
    assert " hidden" in button  # site.js shows it: without JavaScript it could not copy
    assert f'data-link="{BASE}en/stories/mm-a/"' in button if base else 'data-link=""' in button
    assert 'data-copied="Link copied"' in button
    assert '<span class="copy-status" role="status"></span>' in html
    welsh = page(out, "cy/stories/mm-a/index.html")
    assert ">Copïo’r ddolen</button>" in welsh and 'data-copied="Wedi copïo’r ddolen"' in welsh


def neighbours(html: str) -> dict[str, str]:
    """rel → the story id linked, from the page's previous/next navigation."""
    nav = re.search(r'<nav class="story-neighbours"[^>]*>(.*?)</nav>', html, re.S)
    if nav is None:
        return {}
    return {
        rel: target
        for target, rel in re.findall(
            r'href="(?:\.\./)+(?:(?:[a-z]{2}/)?stories/)?([a-z0-9-]+)/" rel="(prev|next)"', nav.group(1)
        )
    }


def listing(out: Path, lang: str) -> str:
    """The Magic Moments listing's pages by period, newest to oldest, as its "older" links lead (not its first page)."""
    folder = out / lang / "types/magic-moment"
    pages = []
    older = re.search(r'href="([^"]+)" rel="next"', page(out, f"{lang}/types/magic-moment/index.html"))
    while older is not None:
        folder = (folder / older.group(1)).resolve()
        pages.append((folder / "index.html").read_text(encoding="utf-8"))
        older = re.search(r'href="([^"]+)" rel="next"', pages[-1])
    assert len(pages) == 3  # page_size is 2, and each of the three is of a month of its own
    return "".join(pages)


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_previous_and_next_within_the_same_type_in_listing_order(site: tuple[Path, str], lang: str) -> None:
    out, _ = site
    order = re.findall(r'<h[23] class="card-title"><a href="[./]*stories/([a-z0-9-]+)/"', listing(out, lang))
    assert order == ["mm-a", "mm-b", "mm-c"]  # the listing: newest gathered first
    assert neighbours(page(out, f"{lang}/stories/mm-a/index.html")) == {"next": "mm-b"}
    assert neighbours(page(out, f"{lang}/stories/mm-b/index.html")) == {"prev": "mm-a", "next": "mm-c"}
    assert neighbours(page(out, f"{lang}/stories/mm-c/index.html")) == {"prev": "mm-b"}
    assert neighbours(page(out, f"{lang}/stories/msc-a/index.html")) == {}  # the only story of its type
    words = ("Previous story", "Next story") if lang == "en" else ("Y stori flaenorol", "Y stori nesaf")
    b = page(out, f"{lang}/stories/mm-b/index.html")
    assert all(word in b for word in words)
    assert re.search(
        r'rel="prev">[^<]*<span class="visually-hidden">:</span> <span class="neighbour-title">(Magic|Hud) A</span>', b
    )


@pytest.mark.parametrize(
    "path", ["en/index.html", "cy/stories/mm-a/index.html", "en/overview/index.html", "cy/types/index.html"]
)
def test_every_page_has_a_search_box_in_its_header(site: tuple[Path, str], path: str) -> None:
    out, _ = site
    html = page(out, path)
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    form = re.search(
        r'<form class="header-search" role="search" action="([^"]+)" method="get">(.*?)</form>', header, re.S
    )
    assert form, path
    lang = path[:2]
    target = (out / path).parent / form.group(1)
    assert target.resolve() == (out / lang / "search").resolve()  # the search page in the same language
    assert '<input id="header-q" name="q" type="search"' in form.group(2)
    label = "Search the stories" if lang == "en" else "Chwilio’r straeon"
    assert f'<label for="header-q" class="visually-hidden">{label}</label>' in form.group(2)
