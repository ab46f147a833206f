"""Browsing: term pages labelled in both languages and linked to their equivalents, related stories, search filters."""

from __future__ import annotations

import datetime as dt
import html as htmllib
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SITE_YAML, TODAY, serve_folder, story_text

from storysite.build import build_site
from storysite.check.config import DEFAULT_WELLBEING
from storysite.model import Story
from storysite.render.site import BROWSE, related_inputs, related_stories

MSC = "msc:\n  domain: changes-in-lives\n  why_significant: {why}\n"
EXTRA = "service: reablement\nclient_group: older-people\n"


def stories() -> dict[str, str]:
    def both(story_id: str, en: str, cy: str, **kwargs: str) -> dict[str, str]:
        return {
            f"stories/{story_id}.en.md": story_text(story_id, title=en, **kwargs),
            f"stories/{story_id}.cy.md": story_text(story_id, lang="cy", title=cy, **kwargs),
        }

    files = {
        **both("msc-2026-001", "The allotment", "Y rhandir", story_type="msc-story", date="2026-03-01"),
        **both("mm-2026-002", "Tea with a neighbour", "Paned gyda chymydog", date="2026-02-01"),
        "stories/mm-2026-003.en.md": story_text("mm-2026-003", title="Choir again", date="2026-01-01"),
        "stories/mm-2026-004.en.md": story_text("mm-2026-004", title="Walk by the river", date="2025-12-01").replace(
            "wellbeing: [health]", "wellbeing: [relationships]"
        ),
    }
    files["stories/msc-2026-001.en.md"] = files["stories/msc-2026-001.en.md"].replace(
        "pseudonyms:", EXTRA + MSC.format(why="It changed his week.") + "pseudonyms:"
    )
    files["stories/msc-2026-001.cy.md"] = files["stories/msc-2026-001.cy.md"].replace(
        "pseudonyms:", "msc:\n  why_significant: Newidiodd ei wythnos.\n" + "pseudonyms:"
    )
    for name in ("stories/mm-2026-002.en.md", "stories/mm-2026-002.cy.md"):
        files[name] = (
            files[name]
            .replace("wellbeing: [health]", "wellbeing: [relationships]")
            .replace("themes: [kindness]", "themes: [small]")
        )
    files["stories/mm-2026-003.en.md"] = (
        files["stories/mm-2026-003.en.md"]
        .replace("wellbeing: [health]", "wellbeing: [health, relationships]")
        .replace("themes: [kindness]", "themes: [kindness, small]")
    )
    return files


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browse")
    content = root / "content"
    for name, text in {"site.yaml": SITE_YAML, **stories()}.items():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_text(text, encoding="utf-8")
    result = build_site(content, "content", root / "site", today=TODAY)
    assert result.out is not None, [f for f in result.library.findings if f.is_error]
    return result.out


LABELS = {  # segment → key → (Welsh, English), as site.yaml (and the catalogs for types) give them
    "wellbeing": {k: (v["cy"], v["en"]) for k, v in DEFAULT_WELLBEING.items()},
    "themes": {"kindness": ("Caredigrwydd", "Kindness"), "small": ("Mae pethau bach yn bwysig", "Small things matter")},
    "services": {"reablement": ("Ailalluogi", "Reablement")},
    "client-groups": {"older-people": ("Pobl hŷn", "Older people")},
    "domains": {"changes-in-lives": ("Newidiadau ym mywydau pobl", "Changes in people's lives")},
    "types": {"magic-moment": ("Eiliadau Hudol", "Magic Moments")},
}
TERMS = [(segment, key) for segment, keys in LABELS.items() for key in keys]


def h1(path: Path) -> str:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", path.read_text(encoding="utf-8"), re.S)
    assert match, path
    return htmllib.unescape(match.group(1).strip())


def test_every_browse_dimension_is_tested() -> None:
    assert set(LABELS) == set(BROWSE)


@pytest.mark.parametrize(("segment", "key"), TERMS)
def test_term_page_is_labelled_in_each_language_and_switches_to_the_same_term(
    site: Path, segment: str, key: str
) -> None:
    for index, lang in enumerate(("cy", "en")):
        other = "en" if lang == "cy" else "cy"
        page = site / lang / segment / key / "index.html"
        assert h1(page) == LABELS[segment][key][index]
        text = page.read_text(encoding="utf-8")
        switch = re.search(r'<nav class="language-switch".*?</nav>', text, re.S).group(0)
        href = re.search(rf'href="([^"]+)" hreflang="{other}"', switch).group(1)
        target = (page.parent / href / "index.html").resolve()
        assert target == (site / other / segment / key / "index.html").resolve()
        assert h1(target) == LABELS[segment][key][1 - index]
        index_page = (site / lang / segment / "index.html").read_text(encoding="utf-8")
        assert htmllib.escape(LABELS[segment][key][index], quote=False) in index_page.replace("&#39;", "'")


def test_term_pages_list_the_right_stories(site: Path) -> None:
    page = (site / "en/client-groups/older-people/index.html").read_text(encoding="utf-8")
    assert "The allotment" in page and "Tea with a neighbour" not in page
    page = (site / "cy/themes/small/index.html").read_text(encoding="utf-8")
    assert "Paned gyda chymydog" in page and "Choir again" in page and "Y rhandir" not in page


def test_paged_listing_switches_to_the_same_page(site: Path) -> None:
    # page_size is 2 and there are three Magic Moments, one a month: a page for each month
    page = (site / "cy/types/magic-moment/2026-01/index.html").read_text(encoding="utf-8")
    assert 'hreflang="en" href="../../../../en/types/magic-moment/2026-01/"' in page
    switch = re.search(r'<nav class="language-switch".*?</nav>', page, re.S).group(0)
    assert 'href="../../../../en/types/magic-moment/2026-01/"' in switch
    assert h1(site / "en/types/magic-moment/2026-01/index.html") == "Magic Moments"


def test_search_filters_cover_every_dimension(site: Path) -> None:
    text = (site / "en/stories/msc-2026-001/index.html").read_text(encoding="utf-8")
    filters = dict(re.findall(r'<span data-pagefind-filter="([^"]+)">([^<]+)</span>', text))
    assert filters["Who the story is about"] == "Older people"
    assert filters["Domain of change"] == "Changes in people's lives"  # escaped for Pagefind's UI, not as an attribute
    assert {"Type", "Wellbeing", "Theme", "Service", "Year"} <= set(filters)
    welsh = (site / "cy/stories/msc-2026-001/index.html").read_text(encoding="utf-8")
    assert "Pobl hŷn</span>" in welsh and "Newidiadau ym mywydau pobl</span>" in welsh


def make_story(story_id: str, date: dt.date, wellbeing: tuple[str, ...], themes: tuple[str, ...]) -> Story:
    return Story(story_id, "magic-moment", date, wellbeing, None, {}, themes=themes)


def brute_force(library: list[Story], count: int = 3) -> dict[str, tuple[str, ...]]:
    keys = {s.id: {f"w:{k}" for k in s.wellbeing} | {f"t:{k}" for k in s.themes} for s in library}
    result = {}
    for story in library:
        shared = [(len(keys[story.id] & keys[o.id]), o.id) for o in library if o.id != story.id]
        ranked = sorted((s for s in shared if s[0] > 0), key=lambda s: (-s[0], s[1]))
        result[story.id] = tuple(i for _, i in ranked[:count])
    return result


@pytest.mark.parametrize("seed", range(5))
def test_related_stories_match_brute_force_on_small_libraries(seed: int) -> None:
    rng = random.Random(seed)
    wellbeing, themes = ["health", "rights", "education"], ["kindness", "small", "agency"]
    library = [
        make_story(
            f"s-{i:02d}",
            dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300)),
            tuple(rng.sample(wellbeing, rng.randint(1, 2))),
            tuple(rng.sample(themes, rng.randint(0, 2))),
        )
        for i in range(8)
    ]  # no key has more stories than the window, so nothing is cut off
    assert related_stories(library) == brute_force(library)


def test_related_stories_come_from_nearby_dates_in_a_large_library() -> None:
    base = dt.date(2020, 1, 1)
    library = [make_story(f"s-{i:05d}", base + dt.timedelta(days=i), ("health",), ()) for i in range(3000)]
    related = related_stories(library)
    assert len(related) == 3000
    for i in (0, 1500, 2999):
        for other in related[f"s-{i:05d}"]:
            assert abs(int(other[2:]) - i) <= 8  # candidates come from the window, not the whole library


def test_story_page_links_its_related_stories(site: Path) -> None:
    page = (site / "en/stories/mm-2026-003/index.html").read_text(encoding="utf-8")
    aside = re.search(r'<aside class="related".*?</aside>', page, re.S).group(0)
    assert 'href="../msc-2026-001/"' in aside and 'href="../mm-2026-002/"' in aside


@pytest.fixture(scope="module")
def site_url(site: Path) -> Iterator[str]:
    server, url = serve_folder(site)
    yield url
    server.shutdown()


@pytest.mark.browser
@pytest.mark.parametrize(
    ("lang", "group", "area", "expected"),
    [
        (
            "en",
            "Wellbeing",
            "Domestic, family and personal relationships",
            ["Choir again", "Tea with a neighbour", "Walk by the river"],
        ),
        ("en", "Wellbeing", "Physical and mental health and emotional wellbeing", ["Choir again", "The allotment"]),
        ("cy", "Llesiant", "Perthnasoedd domestig, teuluol a phersonol", ["Paned gyda chymydog"]),
    ],
)
def test_search_results_filter_by_wellbeing_area(
    page, site_url: str, lang: str, group: str, area: str, expected: list[str]
) -> None:
    page.goto(site_url + f"{lang}/search/")
    page.fill("#search-q", "Dai")
    page.wait_for_selector(".result-link", timeout=10_000)
    page.locator("summary.filter-name", has_text=group).click()
    page.locator(".filter-label", has_text=area).click()
    page.wait_for_function(
        "n => document.querySelectorAll('.result-link').length === n", arg=len(expected), timeout=10_000
    )
    page.wait_for_timeout(300)
    assert sorted(page.locator(".result-link").all_inner_texts()) == expected
    names = {name.strip() for name in page.locator("summary.filter-name").all_inner_texts()}
    if lang == "en":  # no story here records an outcome, so that filter has nothing to offer
        assert names == {"Type", "Wellbeing", "Theme", "Service", "Who the story is about", "Domain of change", "Year"}
    assert page.console_errors == []


@pytest.mark.parametrize("seed", range(3))
def test_related_stories_ranked_again_near_changes_only_match_a_whole_ranking(seed: int) -> None:
    rng = random.Random(seed)
    wellbeing, themes = ["health", "rights", "education", "safety"], ["kindness", "small", "agency"]

    def story(i: int) -> Story:
        date = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(60))  # crowded dates: windows overlap
        return make_story(
            f"s-{i:04d}",
            date,
            tuple(rng.sample(wellbeing, rng.randint(1, 2))),
            tuple(rng.sample(themes, rng.randint(0, 2))),
        )

    library = {f"s-{i:04d}": story(i) for i in range(400)}
    earlier = (related_inputs(list(library.values())), related_stories(list(library.values())))
    for step in range(40):  # one story added, withdrawn or changed (date, areas, themes) at a time, or a few
        for _ in range(rng.choice((1, 1, 1, 3))):
            kind = rng.choice(("add", "withdraw", "change"))
            if kind == "add":
                new = story(1000 + 10 * step + len(library) % 10)
                library[new.id] = new
            elif kind == "withdraw":
                del library[rng.choice(sorted(library))]
            else:
                old = rng.choice(sorted(library))
                library[old] = story(int(old[2:]))
        stories = list(library.values())
        again = related_stories(stories, earlier=earlier)
        assert again == related_stories(stories)
        earlier = (related_inputs(stories), again)
