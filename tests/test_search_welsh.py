"""Welsh search that understands initial mutations: the radical form finds soft, nasal and aspirate forms."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SITE_YAML, TODAY, serve_folder, story_text

from storysite.build import build_site
from storysite.render.search_words import radicals, search_words

STORIES = {  # id → (Welsh title, Welsh body)
    "mm-2026-001": ("Blodau’r haf", "Plannodd Dai flodau yn yr ardd."),
    "mm-2026-002": ("Taith ar y trên", "Aeth Dai i Gaerdydd ar y trên."),
    "mm-2026-003": ("Byw yn y ddinas", "Mae Dai yn byw yng Nghaerdydd ers blwyddyn."),
    "mm-2026-004": ("Daeth hi adref", "Daeth y gath adref ar ôl tri diwrnod."),
    "mm-2026-005": ("Hen gyfaill", "Mae ei chath yn hen erbyn hyn."),
    "mm-2026-006": ("Ffrind blewog", "Dyma fy nghath i, meddai Dai."),
    "mm-2026-007": ("Cur", "Roedd gen i gur yn fy mhen drwy’r dydd."),
    "mm-2026-008": ("Codi llaw", "Cododd Dai ei phen a gwenu."),
    "mm-2026-009": ("Canu eto", "Ymunodd Dai â’r côr yn y capel."),
}
QUERIES = [
    ("gardd", ["Blodau’r haf"]),
    ("Caerdydd", ["Byw yn y ddinas", "Taith ar y trên"]),
    ("cath", ["Daeth hi adref", "Ffrind blewog", "Hen gyfaill"]),
    ("pen", ["Codi llaw", "Cur"]),
]


@pytest.mark.parametrize(
    ("mutated", "radical"),
    [
        ("ardd", "gardd"),
        ("Gaerdydd", "caerdydd"),
        ("Nghaerdydd", "caerdydd"),
        ("gath", "cath"),
        ("chath", "cath"),
        ("nghath", "cath"),
        ("mhen", "pen"),
        ("phen", "pen"),
        ("fam", "mam"),
        ("fara", "bara"),
        ("dad", "tad"),
        ("ddinas", "dinas"),
        ("lyfr", "llyfr"),
        ("rhan", None),
        ("henw", "enw"),
        ("nhad", "tad"),
        ("ngwely", "gwely"),
    ],
)
def test_radical_forms_of_mutated_words(mutated: str, radical: str | None) -> None:
    if radical is None:
        assert not {"rhan"[1:], "rran"} & radicals(mutated)
    else:
        assert radical in radicals(mutated)


def test_search_words_only_for_welsh_and_split_at_apostrophes() -> None:
    assert search_words("yn yr ardd", "en") == ""
    words = search_words("Aeth gyda’i gath i’r ardd a’i phen", "cy").split()
    assert {"cath", "gardd", "pen"} <= set(words)
    assert "ardd" not in words and not any("’" in w or "'" in w for w in words)


@pytest.fixture(scope="module")
def welsh_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("welsh-search")
    content = root / "content"
    (content / "stories").mkdir(parents=True)
    (content / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    for story_id, (title, body) in STORIES.items():
        (content / "stories" / f"{story_id}.cy.md").write_text(
            story_text(story_id, lang="cy", title=title, body=body), encoding="utf-8"
        )
        (content / "stories" / f"{story_id}.en.md").write_text(
            story_text(story_id, title=f"English {story_id}", body="Dai had a good day."), encoding="utf-8"
        )
    out = root / "site"
    assert build_site(content, "content", out, today=TODAY).out is not None
    server, url = serve_folder(out)
    yield url, out
    server.shutdown()


def search(page, url: str, query: str, expected: int) -> list[str]:
    page.goto(url)
    page.fill("#search-q", query)
    page.wait_for_selector(".search-message", timeout=10_000)
    page.wait_for_function("n => document.querySelectorAll('.result-link').length >= n", arg=expected, timeout=10_000)
    page.wait_for_timeout(500)  # let Pagefind finish rendering every result
    return sorted(page.locator(".result-link").all_inner_texts())


@pytest.mark.browser
@pytest.mark.parametrize(("query", "titles"), QUERIES, ids=[q for q, _ in QUERIES])
def test_radical_query_finds_mutated_forms_on_the_welsh_search_page(
    page, welsh_site, query: str, titles: list[str]
) -> None:
    url, _ = welsh_site
    assert search(page, url + "cy/search/", query, len(titles)) == titles
    results = page.locator(".search-results").inner_text()
    # the radical forms are searched but never shown: excerpts hold only the story's own words
    assert query.lower() not in results.lower().replace("’", "'")
    assert "radicals" not in results.lower()
    assert page.console_errors == []


@pytest.mark.browser
def test_mutated_query_still_finds_the_same_word(page, welsh_site) -> None:
    url, _ = welsh_site
    assert search(page, url + "cy/search/", "nghath", 1) == ["Ffrind blewog"]


def test_radical_forms_are_metadata_not_visible_text(welsh_site) -> None:
    _, out = welsh_site
    html = (out / "cy/stories/mm-2026-003/index.html").read_text(encoding="utf-8")
    assert 'data-pagefind-meta="radicals:' in html and "caerdydd" in html
    before, after = html.split('data-pagefind-meta="radicals:')
    assert "caerdydd" not in before + after.split('"', 1)[1]  # only in the attribute, never in the text
    english = (out / "en/stories/mm-2026-003/index.html").read_text(encoding="utf-8")
    assert 'data-pagefind-meta="radicals:' not in english
