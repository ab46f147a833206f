"""`storysite build`: facts about the output — languages, links, consent, atomic and reproducible writes."""

from __future__ import annotations

import gzip
import json
import os
import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TODAY, story_text

from storysite.build import build_site, project_dir
from storysite.cli import main
from storysite.errors import StorysiteError
from storysite.incremental.spare import spare_path
from storysite.incremental.state import BuildState

CASE_STUDY_EN = """\
## Background information

Mair lives alone.

## Reasons for contact

Her daughter asked for help.

## Support provided and other agencies involved

A support worker visited weekly.

## Feedback from stakeholders

Mair said it helped.

## Impact

She goes out again.

## Lessons learned

Ask early.
"""
IMPACT = """\
outcome: positive
impact:
  - outcome: Feels less lonely
    area: relationships
    target: Weekly contact within three months
    measure: Outcomes conversation at review
    actual: Goes to lunch club twice a week after six weeks
    comments: ""
"""


def library(make_library) -> Path:
    return make_library(
        {
            "stories/a.en.md": story_text("mm-2026-001"),
            "stories/a.cy.md": story_text("mm-2026-001", lang="cy"),
            "stories/b.en.md": story_text("mm-2026-002", title="English only story", date="2026-01-01"),
            "stories/c.en.md": story_text(
                "mm-2026-003", title="Withdrawn story", status="withdrawn", body="The heron kite flew over the marsh."
            ),
            "stories/d.en.md": story_text(
                "mm-2026-004", title="Pending story", status="pending", body="The lighthouse jigsaw was finished."
            ),
            "stories/e.en.md": story_text("mm-2026-005", title="Public story", scope="[intranet, public]"),
            "stories/f.en.md": story_text(
                "cs-2026-001",
                title="Lunch club",
                story_type="case-study",
                body=CASE_STUDY_EN,
                extra=IMPACT,
                date="2025-06-01",
            ).replace("[Dai]", "[Mair]"),
        }
    )


def build(content: Path, out: Path, **kwargs: object):
    return build_site(content, "content", out, today=TODAY, **kwargs)  # type: ignore[arg-type]


def read(out: Path, path: str) -> str:
    return (out / path).read_text(encoding="utf-8")


def all_text(out: Path) -> str:
    """Every file of the site as text, Pagefind's compressed files decompressed."""
    parts = []
    for path in sorted(out.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        parts.append(data.decode("utf-8", "replace"))
    return "\n".join(parts)


@pytest.fixture
def site(make_library, tmp_path: Path) -> Path:
    out = tmp_path / "out" / "_site"
    result = build(library(make_library), out)
    assert result.out == out, result.library.findings
    return out


def test_pages_exist_for_both_languages(site: Path) -> None:
    for path in [
        "index.html",
        "sitemap.xml",
        "cy/index.html",
        "en/index.html",
        "cy/search/index.html",
        "en/accessibility/index.html",
        "cy/feed.xml",
        "en/feed.xml",
        "cy/stories/mm-2026-001/index.html",
        "en/stories/mm-2026-001/index.html",
        "en/wellbeing/health/index.html",
        "cy/themes/kindness/index.html",
        "en/types/case-study/index.html",
        "en/services/index.html",
        "pagefind/pagefind-ui.js",
        "static/style.css",
    ]:
        assert (site / path).is_file(), path


def test_html_lang_and_hreflang(site: Path) -> None:
    for lang, other in (("cy", "en"), ("en", "cy")):
        html = read(site, f"{lang}/stories/mm-2026-001/index.html")
        assert f'<html lang="{lang}">' in html
        assert f'<link rel="alternate" hreflang="{lang}" href="./">' in html
        assert f'<link rel="alternate" hreflang="{other}" href="../../../{other}/stories/mm-2026-001/">' in html


def test_language_switch_lands_on_the_equivalent_page(site: Path) -> None:
    html = read(site, "cy/wellbeing/health/index.html")
    switch = re.search(r'<nav class="language-switch".*?</nav>', html, re.S).group(0)
    assert 'aria-current="true" lang="cy">Cymraeg' in switch
    assert 'href="../../../en/wellbeing/health/" hreflang="en" lang="en"' in switch
    target = site / "cy/wellbeing/health" / "../../../en/wellbeing/health/index.html"
    assert target.resolve().is_file()


def test_every_link_is_relative_and_resolves(site: Path) -> None:
    for page in site.rglob("*.html"):
        if page.name == "404.html":
            continue
        for href in re.findall(r'(?:href|src)="([^"]*)"', page.read_text(encoding="utf-8")):
            assert not href.startswith(("/", "http:", "https:", "//")), (page, href)
            if href.startswith("#"):
                continue
            target = (page.parent / href.split("#")[0].split("?")[0]).resolve()
            if href.endswith("/") or href == "./":
                target = target / "index.html"
            assert target.is_file(), (page.relative_to(site), href)


def test_one_language_story_has_notice_and_equivalent_page(site: Path) -> None:
    english = read(site, "en/stories/mm-2026-002/index.html")
    assert "This story is only available in English." in english
    assert '<a href="../../../cy/stories/mm-2026-002/" hreflang="cy" lang="cy"' in english
    welsh_page = read(site, "cy/stories/mm-2026-002/index.html")
    assert "Mae’r stori hon ar gael yn Saesneg yn unig." in welsh_page
    assert 'href="../../../en/stories/mm-2026-002/" hreflang="en"' in welsh_page
    assert "data-pagefind-body" not in welsh_page


def test_case_study_impact_table_is_a_real_table(site: Path) -> None:
    html = read(site, "en/stories/cs-2026-001/index.html")
    table = re.search(r"<table.*?</table>", html, re.S).group(0)
    assert "<caption" in table and table.count('<th scope="col">') == 6
    assert '<th scope="row">Feels less lonely</th>' in table
    assert "Domestic, family and personal relationships" in table


def test_withdrawn_and_pending_stories_appear_nowhere(site: Path) -> None:
    text = all_text(site)
    for needle in ["heron kite", "Withdrawn story", "mm-2026-003", "lighthouse jigsaw", "Pending story", "mm-2026-004"]:
        assert needle not in text, needle


def test_audience_public_leaves_out_intranet_only_stories(make_library, tmp_path: Path) -> None:
    out = tmp_path / "public"
    result = build(library(make_library), out, audience="public")
    assert result.published == ["mm-2026-005"]
    text = all_text(out)
    assert "Public story" in text
    assert "Lunch club" not in text and "mm-2026-001" not in text


def test_search_index_has_one_index_per_language_and_story_pages_only(site: Path) -> None:
    metas = sorted(p.name.split("_")[0] for p in (site / "pagefind").glob("pagefind.*.pf_meta"))
    assert metas == ["pagefind.cy", "pagefind.en"]
    urls = set()
    for fragment in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        urls.update(re.findall(r'"url":"([^"]+)"', gzip.decompress(fragment.read_bytes()).decode()))
    assert urls == {
        f"/{lang}/stories/{i}/"
        for lang, i in [
            ("cy", "mm-2026-001"),
            ("en", "mm-2026-001"),
            ("en", "mm-2026-002"),
            ("en", "mm-2026-005"),
            ("en", "cs-2026-001"),
        ]
    }


def fragment_urls(bundle: Path) -> set[str]:
    urls = set()
    for fragment in (bundle / "fragment").glob("*.pf_fragment"):
        urls.update(re.findall(r'"url":"([^"]+)"', gzip.decompress(fragment.read_bytes()).decode()))
    return urls


def test_a_big_librarys_index_is_built_in_parts_that_hold_every_story_once(
    make_library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("storysite.search.SHARD_PAGES", 2)
    out = tmp_path / "site"
    build(library(make_library), out)
    pagefind = out / "pagefind"
    parts = json.loads((pagefind / "parts.json").read_text(encoding="utf-8"))
    assert list(parts) == ["en"] and len(parts["en"]) >= 1  # Welsh: one story, one part; English: four, in parts
    english = sorted(pagefind.glob("en-*"))
    assert set(parts["en"]) < {f"{p.name}/" for p in english}
    assert len(english) == len(parts["en"]) + 1  # the first part is also merged into pagefind/ itself
    urls = [url for part in english for url in fragment_urls(part)]
    assert sorted(urls) == sorted(
        ["/en/stories/cs-2026-001/", "/en/stories/mm-2026-001/", "/en/stories/mm-2026-002/", "/en/stories/mm-2026-005/"]
    )
    assert fragment_urls(pagefind) >= {"/cy/stories/mm-2026-001/"}
    for part in english:
        assert [p.name.split("_")[0] for p in part.glob("*.pf_meta")] == ["pagefind.en"]
        assert (part / "pagefind.js").is_file()  # a whole bundle, for the search page to merge


def test_a_pagefind_that_fails_after_much_output_is_reported_not_waited_on_forever(
    make_library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    noisy = tmp_path / "pagefind"
    noisy.write_text("#!/bin/sh\nhead -c 300000 /dev/zero | tr '\\0' x\necho 'Error: the disk is full'\nexit 3\n")
    noisy.chmod(0o755)
    monkeypatch.setattr("storysite.search.pagefind_executable", lambda: str(noisy))
    out = tmp_path / "site"
    with pytest.raises(StorysiteError, match="the disk is full"):
        build(library(make_library), out)
    assert not out.exists()


def test_search_filters_are_indexed(site: Path) -> None:
    filters = ""
    for fragment in (site / "pagefind" / "fragment").glob("en_*.pf_fragment"):
        filters += gzip.decompress(fragment.read_bytes()).decode()
    for name in ["Type", "Wellbeing", "Theme", "Year", "Outcome"]:
        assert f'"{name}":' in filters
    assert '"Outcome":["Went well"]' in filters


def test_build_is_reproducible(make_library, tmp_path: Path) -> None:
    content = library(make_library)
    first, second = tmp_path / "one", tmp_path / "two"
    build(content, first)
    build(content, second)

    def files(root: Path) -> dict[str, bytes]:
        return {
            p.relative_to(root).as_posix(): p.read_bytes()
            for p in root.rglob("*")
            if p.is_file() and "pagefind" not in p.parts
        }

    assert files(first) == files(second)


def test_failed_build_writes_nothing_and_keeps_the_old_site(make_library, tmp_path: Path) -> None:
    content = library(make_library)
    out = tmp_path / "site"
    build(content, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    spare = {p: p.read_bytes() for p in spare_path(out).rglob("*") if p.is_file()}  # the clean build's copy
    (content / "stories" / "a.en.md").write_text(story_text("mm-2026-001", extra="oops: 1\n"), encoding="utf-8")
    result = build(content, out)
    assert result.out is None
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert {p: p.read_bytes() for p in spare_path(out).rglob("*") if p.is_file()} == spare
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.spare", "content", "site"]


def test_nothing_is_written_outside_out(make_library, tmp_path: Path) -> None:
    content = library(make_library)
    out = tmp_path / "deep" / "site"
    before = {p for p in tmp_path.rglob("*")}
    build(content, out)
    after = {p for p in tmp_path.rglob("*")}
    spare = spare_path(out)  # beside it, the copy a rebuild writes into: the site's own files, linked
    assert all(p == tmp_path / "deep" or p.is_relative_to(out) or p.is_relative_to(spare) for p in after - before)
    assert {p.relative_to(spare) for p in spare.rglob("*")} == {
        p.relative_to(out) for p in out.rglob("*") if not p.is_relative_to(out / "pagefind")
    }
    assert all((spare / p).stat().st_ino == (out / p).stat().st_ino for p in os.listdir(spare) if (out / p).is_file())


@pytest.mark.parametrize("cache", [False, True])
def test_a_big_old_site_is_deleted_in_the_background_and_nothing_is_left(
    make_library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: bool
) -> None:
    monkeypatch.setattr("storysite.output.write.BACKGROUND_PAGES", 0)  # every site counts as big
    content = library(make_library)
    out = tmp_path / "site"
    build(content, out, cache=cache)
    (content / "stories" / "a.en.md").unlink()
    (content / "stories" / "a.cy.md").unlink()
    build(content, out, cache=cache)
    assert not (out / "en" / "stories" / "mm-2026-001").exists()  # the new site is in place at once
    left = [] if not cache else [".site.spare"]  # with a cache, the old site pruned to what the new one shares
    deadline = time.monotonic() + 30
    while [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")] != left and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")] == left  # the rest is gone
    for path in (tmp_path / ".site.spare").rglob("*"):
        assert path.is_dir() or path.read_bytes() == (out / path.relative_to(tmp_path / ".site.spare")).read_bytes()
    assert not (tmp_path / ".site.spare" / "en" / "stories" / "mm-2026-001").exists()


def test_withdrawing_consent_removes_the_story_from_the_next_build(make_library, tmp_path: Path) -> None:
    content = library(make_library)
    out = tmp_path / "site"
    build(content, out)
    assert (out / "en/stories/mm-2026-005/index.html").exists()
    path = content / "stories" / "e.en.md"
    path.write_text(path.read_text(encoding="utf-8").replace("status: given", "status: withdrawn"), encoding="utf-8")
    build(content, out)
    assert not (out / "en/stories/mm-2026-005").exists()
    assert "Public story" not in all_text(out)


def test_a_rebuild_after_a_withdrawal_leaves_nothing_of_the_story_in_the_cache(
    make_library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(tmp_path / "cache"))
    content = library(make_library)
    out = tmp_path / "site"
    path = content / "stories" / "e.en.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Public story", "Public zebracrossing story"), "utf-8")
    build(content, out)
    build(content, out)  # a rebuild: the cache is saved by a process of its own
    cached = b"".join(p.read_bytes() for p in (tmp_path / "cache").rglob("*") if p.is_file())
    assert b"zebracrossing" in cached
    path.write_text(path.read_text(encoding="utf-8").replace("status: given", "status: withdrawn"), encoding="utf-8")
    build(content, out)
    cached = b"".join(p.read_bytes() for p in (tmp_path / "cache").rglob("*") if p.is_file())
    assert b"zebracrossing" not in cached


def test_job_keys_are_saved_with_the_cache_and_name_no_withdrawn_story(
    make_library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(tmp_path / "cache"))
    content = library(make_library)
    out = tmp_path / "site"
    build(content, out)

    def saved() -> tuple[dict, dict]:
        cache = BuildState(out, content, project_dir(content), "intranet", "", enabled=True).cache
        return cache.job_keys, cache.keyed_digests

    keys, digests = saved()
    assert keys and "mm-2026-005" in digests and any("mm-2026-005" in ids for _, ids in keys)
    path = content / "stories" / "e.en.md"
    path.write_text(path.read_text(encoding="utf-8").replace("status: given", "status: withdrawn"), encoding="utf-8")
    first = build(content, out)
    keys, digests = saved()
    assert keys and "mm-2026-005" not in digests and not any("mm-2026-005" in ids for _, ids in keys)
    again = build(content, out)  # every job's key taken from the saved ones: the same site
    assert again.published == first.published and again.written == 0


def test_refuses_to_replace_a_folder_it_did_not_make(make_library, tmp_path: Path) -> None:
    out = tmp_path / "precious"
    out.mkdir()
    (out / "thesis.docx").write_text("years of work")
    runner = CliRunner()
    content = library(make_library)
    result = runner.invoke(main, ["build", str(content), "--out", str(out)])
    assert result.exit_code == 1
    assert "not made by storysite" in result.output
    assert (out / "thesis.docx").read_text() == "years of work"


def test_build_cli_exit_codes(make_library, tmp_path: Path) -> None:
    content = library(make_library)
    runner = CliRunner()
    ok = runner.invoke(main, ["build", str(content), "--out", str(tmp_path / "s")])
    assert ok.exit_code == 0, ok.output
    bad = runner.invoke(main, ["build", str(content), "--out", str(tmp_path / "t"), "--audience", "everyone"])
    assert bad.exit_code == 2 and not (tmp_path / "t").exists()  # an audience site.yaml lacks: a usage error


def test_feeds_have_absolute_ids_without_a_base_url(make_library, tmp_path: Path) -> None:
    content = make_library({"stories/a.en.md": story_text(), "stories/a.cy.md": story_text(lang="cy")})
    out = tmp_path / "site"
    assert build(content, out).out == out
    for lang in ("cy", "en"):
        feed = read(out, f"{lang}/feed.xml")
        ids = re.findall(r"<id>([^<]*)</id>", feed)
        assert ids and all(re.match(r"(https?|urn):", i) for i in ids), ids  # RFC 4287: an IRI
        assert 'rel="self"' not in feed  # no address to point at without --base-url


def test_base_url_makes_sitemap_and_feed_absolute(make_library, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(library(make_library), out, base_url="https://intranet.example/stories")
    sitemap = read(out, "sitemap.xml")
    assert "<loc>https://intranet.example/stories/en/stories/mm-2026-001/</loc>" in sitemap
    assert "mm-2026-003" not in sitemap
    feed = read(out, "cy/feed.xml")
    assert 'href="https://intranet.example/stories/cy/stories/mm-2026-001/"' in feed
    assert os.path.exists(out / "en" / "feed.xml")
    assert '<link rel="self" type="application/atom+xml" href="https://intranet.example/stories/cy/feed.xml"/>' in feed


def test_welsh_dates_come_from_babel(site: Path) -> None:
    assert "14 Mawrth 2026" in read(site, "cy/stories/mm-2026-001/index.html")
    assert "14 March 2026" in read(site, "en/stories/mm-2026-001/index.html")


def test_no_script_from_content(make_library, tmp_path: Path) -> None:
    content = make_library(
        {"stories/a.en.md": story_text(body="Hi <script>alert(1)</script> [x](javascript:alert(1))")}
    )
    out = tmp_path / "site"
    assert build(content, out).out is None
    assert not out.exists()


def test_heading_ids_never_clash_with_the_page_or_each_other(make_library, tmp_path: Path) -> None:
    body = "Dai went out.\n\n## Related\n\nOne.\n\n## Related\n\nTwo.\n\n## Main\n\nThree.\n"
    content = make_library({"stories/a.en.md": story_text(body=body), "stories/b.en.md": story_text("b")})
    out = tmp_path / "site"
    assert build(content, out).out == out
    page = read(out, "en/stories/mm-2026-001/index.html")
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), sorted(ids)
    assert {"s-related", "s-related-2", "s-main", "main"} <= set(ids)


def test_the_not_found_page_links_home_from_any_depth(make_library, tmp_path: Path) -> None:
    """Served at whatever address was missing: its links and style never depend on the page's own folder."""
    content = library(make_library)
    build(content, tmp_path / "plain")
    page = read(tmp_path / "plain", "404.html")
    for lang in ("cy", "en"):  # without --base-url: the host's root, where `serve` and most hosts put the site
        assert f'href="/{lang}/"' in page
    assert 'href="/static/style.css"' in page
    build(content, tmp_path / "based", base_url="https://intranet.example/stories")
    page = read(tmp_path / "based", "404.html")
    for lang in ("cy", "en"):
        assert f'href="https://intranet.example/stories/{lang}/"' in page
    assert 'href="https://intranet.example/stories/static/style.css"' in page
    hrefs = re.findall(r'(?:href|src)="([^"]*)"', page)
    assert all(h.startswith("https://intranet.example/stories/") or h == "data:," for h in hrefs), hrefs


def test_withdrawing_the_last_story_still_builds_and_takes_it_down(make_library, tmp_path: Path) -> None:
    story = story_text(body="Dai grew sweet peas by the greenhouse door.")
    content = make_library({"stories/a.en.md": story})
    out = tmp_path / "site"
    assert build(content, out).out == out and (out / "pagefind").is_dir()
    (content / "stories" / "a.en.md").write_text(story.replace("status: given", "status: withdrawn"), encoding="utf-8")
    assert build(content, out).out == out  # Pagefind refuses an empty index; the build must not fail over it
    assert not (out / "pagefind").exists()
    for path in out.rglob("*"):
        if path.is_file():
            assert b"sweet peas" not in path.read_bytes(), path
    for lang in ("cy", "en"):
        assert "pagefind" not in read(out, f"{lang}/search/index.html")  # no script left to load a missing index


@pytest.mark.parametrize("name", ["partials/language_switch.html", "story.html"])
def test_a_template_edited_between_two_builds_in_one_process_is_used(make_library, tmp_path: Path, name: str) -> None:
    """As serve rebuilds: the theme's templates, included ones too, are looked at again by each build."""
    content = library(make_library)
    template = content.parent / "themes" / "default" / "templates" / name
    template.parent.mkdir(parents=True, exist_ok=True)
    original = (Path(__file__).resolve().parents[1] / "themes" / "default" / "templates" / name).read_text("utf-8")
    template.write_text(original, encoding="utf-8")
    build(content, tmp_path / "one", index=False)
    assert "heron-lamp" not in read(tmp_path / "one", "en/stories/mm-2026-001/index.html")
    template.write_text("<p>heron-lamp</p>\n" + original, encoding="utf-8")
    os.utime(template, ns=(time.time_ns() + 10**9,) * 2)  # a later time, whatever the file system's resolution
    build(content, tmp_path / "two", index=False)
    assert "heron-lamp" in read(tmp_path / "two", "en/stories/mm-2026-001/index.html")
