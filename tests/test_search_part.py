"""Pagefind is given only what it reads of a story page (search.searched_part), and indexes it the same."""

from __future__ import annotations

import errno
import gzip
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import storysite.search as search
from storysite.search import pagefind_executable, searched_part


def index(site: Path, out: Path) -> dict[str, bytes]:
    """Pagefind's fragments and word index over `site`, by file name, decompressed (filters are named at random)."""
    subprocess.run(
        [pagefind_executable(), "--site", str(site), "--output-path", str(out)], check=True, capture_output=True
    )
    return {
        f"{folder}/{path.name}": gzip.decompress(path.read_bytes())
        for folder in ("fragment", "index")
        for path in sorted((out / folder).iterdir())
    }


def test_the_searched_part_of_every_story_page_gives_the_same_index(example_site: Path, tmp_path: Path) -> None:
    whole, part = tmp_path / "whole", tmp_path / "part"
    pages = sorted(example_site.glob("*/stories/*/index.html"))
    assert len(pages) > 10
    for page in pages:
        path = page.relative_to(example_site)
        (whole / path).parent.mkdir(parents=True)
        (part / path).parent.mkdir(parents=True)
        shutil.copyfile(page, whole / path)
        data = page.read_bytes()
        cut = searched_part(data)
        if b"data-pagefind-body" in data:
            assert len(cut) < len(data) * 0.8, path  # the header, navigation and footer are left out
        (part / path).write_bytes(cut)
    made = index(whole, tmp_path / "from-whole")
    assert len([name for name in made if name.startswith("fragment/")]) > 10
    assert index(part, tmp_path / "from-part") == made


PAGE = (
    b'<!DOCTYPE html>\n<html lang="cy" dir="ltr">\n<head><title>T</title></head>\n<body><nav>menu</nav>\n'
    b'<article class="story" data-pagefind-body><h1>Gardd</h1><p>Geiriau</p></article>\n'
    b"<footer>Cyngor</footer></body></html>\n"
)


def test_the_searched_part_is_the_html_tag_and_the_body_element() -> None:
    assert searched_part(PAGE) == (
        b'<!DOCTYPE html>\n<html lang="cy" dir="ltr"><body><article class="story" data-pagefind-body>'
        b"<h1>Gardd</h1><p>Geiriau</p></article></body></html>\n"
    )


def test_a_page_pagefind_may_read_more_of_is_sent_whole() -> None:
    filter_outside = PAGE.replace(b"<nav>", b'<nav data-pagefind-filter="Type">')
    meta_in_head = PAGE.replace(b"<title>", b'<meta data-pagefind-meta="image:x.png"><title>')
    two_articles = PAGE.replace(b"<footer>", b"<article>Related</article><footer>")
    closed_in_a_comment = PAGE.replace(b"<footer>", b"<!-- </article> --><footer>")
    two_bodies = PAGE.replace(b"<nav>", b"<nav data-pagefind-body>")
    no_body = PAGE.replace(b" data-pagefind-body", b"")
    unclosed = PAGE.replace(b"</article>", b"")
    no_html = PAGE.replace(b'<html lang="cy" dir="ltr">', b"")
    for page in (
        filter_outside,
        meta_in_head,
        two_articles,
        closed_in_a_comment,
        two_bodies,
        no_body,
        unclosed,
        no_html,
    ):
        assert searched_part(page) == page


def test_the_pages_copied_for_pagefind_are_gone_after_indexing(
    example_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory = tmp_path / "memory"
    memory.mkdir()
    monkeypatch.setattr(search, "SHARED_MEMORY", memory)
    killed = subprocess.Popen(["true"])
    killed.wait()
    stale = memory / f"{search.INPUTS}{killed.pid}-x"  # left by a storysite killed while it indexed
    (stale / "en").mkdir(parents=True)
    live = memory / f"{search.INPUTS}{os.getpid()}-y"  # another build's, still running
    live.mkdir()
    assert search.index_site(example_site, tmp_path / "pagefind")
    assert sorted(memory.iterdir()) == [live]
    assert list((tmp_path / "pagefind").glob("*-*/pagefind-entry.json"))


def test_without_memory_to_copy_into_the_pages_go_beside_the_index(
    example_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "SHARED_MEMORY", tmp_path / "none")
    assert search.index_site(example_site, tmp_path / "pagefind")
    assert len(list((tmp_path / "pagefind").glob("fragment/*"))) > 10
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".pagefind-")]


def test_a_full_memory_sends_a_parts_pages_to_the_disk(
    example_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory = tmp_path / "memory"
    memory.mkdir()
    monkeypatch.setattr(search, "SHARED_MEMORY", memory)
    made = search.part_site
    places: list[Path] = []

    def full(root: Path, part: search.Part, folder: Path) -> Path:
        places.append(folder.parent)
        if folder.is_relative_to(memory):
            (folder / "half").mkdir(parents=True)  # what it wrote before the memory ran out
            raise OSError(errno.ENOSPC, "No space left on device")
        return made(root, part, folder)

    monkeypatch.setattr(search, "part_site", full)
    assert search.index_site(example_site, tmp_path / "pagefind")
    assert len(list((tmp_path / "pagefind").glob("fragment/*"))) > 10
    assert any(place.is_relative_to(memory) for place in places)
    assert any(not place.is_relative_to(memory) for place in places)
    assert list(memory.iterdir()) == []
