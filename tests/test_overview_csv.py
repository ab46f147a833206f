"""Figures out of the overview: every table as a CSV file beside its page (UTF-8 with a byte order mark, headers
in the page's language, the same figures as the table), and an overview per year gathered and per service."""

from __future__ import annotations

import csv
import html as htmllib
import io
import re
from pathlib import Path

import pytest
from conftest import SITE_YAML, TODAY, story_text

from storysite.build import build_site

SECTIONS = "\n\n".join(
    f"## {s}\n\nText."
    for s in (
        "Background information",
        "Reasons for contact",
        "Support provided and other agencies involved",
        "Feedback from stakeholders",
        "Impact",
        "Lessons learned",
    )
)
# A Welsh letter in a label: the CSV must carry it as itself
SITE = SITE_YAML.replace("reablement: {cy: Ailalluogi,", "reablement: {cy: Ailalluogi â chymorth,").replace(
    "services:\n", "services:\n  day-care: {cy: Gofal dydd, en: Day care}\n"
)


def case_study(story_id: str, outcome: str, service: str, date: str, lang: str = "en") -> str:
    extra = f"service: {service}\noutcome: {outcome}\nimpact:\n  - outcome: Row\n    area: relationships\n"
    return story_text(story_id, lang=lang, story_type="case-study", body=SECTIONS, extra=extra, date=date)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = tmp_path_factory.mktemp("overview-csv") / "content"
    files = {
        "stories/a.en.md": case_study("cs-2026-001", "positive", "reablement", "2026-02-01"),
        "stories/a.cy.md": case_study("cs-2026-001", "positive", "reablement", "2026-02-01", lang="cy"),
        "stories/b.en.md": case_study("cs-2025-001", "mixed", "day-care", "2025-06-01"),
        "stories/c.en.md": story_text("mm-2025-001", date="2025-02-01", extra="service: reablement\n"),
        "stories/d.en.md": story_text("mm-2025-002", date="2025-03-01", status="withdrawn"),
    }
    (content / "stories").mkdir(parents=True)
    (content / "site.yaml").write_text(SITE, encoding="utf-8")
    for name, text in files.items():
        (content / name).write_text(text, encoding="utf-8")
    out = content.parent / "site"
    result = build_site(content, "content", out, today=TODAY)
    assert result.out is not None, [f for f in result.library.findings if f.is_error]
    return out


def text(fragment: str) -> str:
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def tables(page: str) -> dict[str, list[list[str]]]:
    """Each chart's table as rows of cell texts (headers first), by chart key."""
    found = {}
    for key, body in re.findall(
        r'<section class="overview-chart" aria-labelledby="h-([a-z-]+)">(.*?)</section>', page, re.S
    ):
        table = re.search(r"<table.*?</table>", body, re.S)
        if table:
            rows = re.findall(r"<tr>(.*?)</tr>", table.group(0), re.S)
            found[key] = [[text(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)] for row in rows]
    return found


def csv_links(page: str) -> dict[str, str]:
    return dict(
        (href.rsplit("/", 1)[-1].removesuffix(".csv"), href)
        for href in re.findall(r'<a href="([^"]+\.csv)" download', page)
    )


OVERVIEWS = ["", "years/2025/", "years/2026/", "services/reablement/", "services/day-care/"]


@pytest.mark.parametrize("lang", ["en", "cy"])
@pytest.mark.parametrize("folder", OVERVIEWS)
def test_every_table_is_a_csv_with_the_same_figures(site: Path, lang: str, folder: str) -> None:
    here = site / lang / "overview" / folder
    page = (here / "index.html").read_text(encoding="utf-8")
    shown = tables(page)
    links = csv_links(page)
    assert shown and set(links) == set(shown)
    for key, rows in shown.items():
        path = (here / links[key]).resolve()
        assert path.parent == here.resolve(), "the CSV lives beside its page"
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
        with path.open(encoding="utf-8-sig", newline="") as handle:
            assert list(csv.reader(handle)) == rows, (folder, key)


def test_the_headers_are_in_the_page_language_and_welsh_letters_survive(site: Path) -> None:
    def read(lang: str, name: str) -> list[list[str]]:
        data = (site / lang / "overview" / name).read_bytes()
        return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))

    assert read("en", "services.csv")[0] == ["Service", "Stories"]
    welsh = read("cy", "services.csv")
    assert welsh[0] == ["Gwasanaeth", "Straeon"]
    assert ["Ailalluogi â chymorth", "2"] in welsh


def figures(site: Path, folder: str, key: str) -> dict[str, str]:
    page = (site / "en" / "overview" / folder / "index.html").read_text(encoding="utf-8")
    return dict(tables(page)[key][1:])


def test_an_overview_per_year_counts_that_year_only(site: Path) -> None:
    assert figures(site, "years/2025/", "types") == {
        "Magic Moment": "1",
        "Case study": "1",
        "Most Significant Change story": "0",
    }
    assert figures(site, "years/2026/", "types") == {
        "Magic Moment": "0",
        "Case study": "1",
        "Most Significant Change story": "0",
    }
    assert "years" not in tables((site / "en/overview/years/2025/index.html").read_text(encoding="utf-8"))
    assert not (site / "en" / "overview" / "years" / "2024").exists()  # no story was gathered then


def test_an_overview_per_service_counts_that_service_only(site: Path) -> None:
    assert figures(site, "services/reablement/", "years") == {"2025": "1", "2026": "1"}
    assert figures(site, "services/day-care/", "outcomes") == {"Went well": "0", "Mixed": "1", "Not as intended": "0"}
    assert "services" not in tables((site / "en/overview/services/day-care/index.html").read_text(encoding="utf-8"))
    page = (site / "cy" / "overview" / "services" / "reablement" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Trosolwg: Ailalluogi â chymorth</h1>" in page


def test_the_whole_overview_links_every_other(site: Path) -> None:
    page = (site / "en" / "overview" / "index.html").read_text(encoding="utf-8")
    nav = re.search(r'<nav class="overview-scopes"[^>]*>(.*?)</nav>', page, re.S)
    assert nav
    hrefs = re.findall(r'href="([^"]+)"', nav.group(1))
    assert hrefs == ["years/2025/", "years/2026/", "services/day-care/", "services/reablement/"]  # site.yaml order
    assert '<span aria-current="page">The whole library</span>' in nav.group(1)
