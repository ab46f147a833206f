"""Incremental search: a rebuild indexes only the parts whose story pages changed, and reuses the rest once checked."""

from __future__ import annotations

import gzip
import json
import random
import re
import shutil
import time
from pathlib import Path

import pytest
from conftest import TODAY, serve_folder, story_text

import storysite.incremental.search_parts as search_parts_module
import storysite.incremental.spare as spare_module
import storysite.search as search
from storysite.build import build_site


def build(content: Path, out: Path, **kwargs: object):
    return build_site(content, "content", out, today=TODAY, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def counted_pagefind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pagefind itself, behind a script that logs each run's glob: the log says which parts were indexed."""
    log = tmp_path / "pagefind-runs.log"
    wrapper = tmp_path / "pagefind-wrapper"
    wrapper.write_text(f'#!/bin/sh\necho "$4" >> "{log}"\nexec "{search.pagefind_executable()}" "$@"\n')
    wrapper.chmod(0o755)
    monkeypatch.setattr(search, "pagefind_executable", lambda: str(wrapper))
    monkeypatch.setattr(search, "SHARD_PAGES", 2)  # a part per two stories or so: many parts from few stories
    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(tmp_path / "cache"))
    return log


def runs(log: Path) -> list[str]:
    """The globs Pagefind was run with since the log was last emptied, and empty it."""
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    log.unlink(missing_ok=True)
    return sorted(lines)


WORDS = ["garden", "choir", "beans", "kitchen", "seaside", "painting", "bakery", "allotment", "chess", "library"]


def english_library(make_library, count: int = 12) -> Path:
    return make_library(
        {
            f"stories/s{i:02}.en.md": story_text(
                f"mm-2026-{i:03}", title=f"Story {i}", body=f"Dai found the {WORDS[i % len(WORDS)]} again, day {i}."
            )
            for i in range(1, count + 1)
        }
    )


def part_of(story_id: str, pagefind: Path) -> str:
    """The part folder whose fragments hold the story's English page."""
    for folder in sorted(pagefind.glob("en-*")):
        if f"/en/stories/{story_id}/" in fragment_text(folder):
            return folder.name
    raise AssertionError(f"{story_id} is in no part")


def fragment_text(folder: Path) -> str:
    return "".join(gzip.decompress(f.read_bytes()).decode() for f in sorted((folder / "fragment").glob("*")))


def test_a_story_added_moves_no_other_story_to_another_part(tmp_path: Path) -> None:
    root = tmp_path / "site"
    for i in range(1, 8):
        page = root / "en" / "stories" / f"mm-2026-{i:03}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_bytes(b"<main data-pagefind-body>story</main>")
    search.SHARD_PAGES, before = 2, search.SHARD_PAGES
    try:
        parts, _ = search.plan(root)
        (root / "en" / "stories" / "mm-2026-008").mkdir()
        (root / "en" / "stories" / "mm-2026-008" / "index.html").write_bytes(b"<main data-pagefind-body>new</main>")
        after, _ = search.plan(root)
    finally:
        search.SHARD_PAGES = before
    where = {story_id: part.folder for part in parts for story_id in part.ids}
    now = {story_id: part.folder for part in after for story_id in part.ids}
    assert len({part.folder for part in parts}) > 1
    assert {story_id: now[story_id] for story_id in where} == where
    changed = [part.folder for part in after if part not in parts]
    assert changed == [now["mm-2026-008"]]  # only the new story's part has other pages


def test_a_rebuild_indexes_only_the_part_of_the_story_that_changed(
    make_library, tmp_path: Path, counted_pagefind: Path
) -> None:
    content = english_library(make_library)
    out = tmp_path / "site"
    build(content, out)
    first = runs(counted_pagefind)
    assert len(first) > 2  # every part indexed on the first build
    edited = content / "stories" / "s05.en.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("again", "once more"), encoding="utf-8")
    build(content, out)
    again = runs(counted_pagefind)
    assert len(again) == 1 and "mm-2026-005" in again[0], again
    assert "once more" in fragment_text(out / "pagefind" / part_of("mm-2026-005", out / "pagefind"))
    build(content, out)
    assert runs(counted_pagefind) == []  # nothing changed: nothing indexed


def test_a_library_crossing_a_power_of_two_keeps_its_parts(
    make_library, tmp_path: Path, counted_pagefind: Path
) -> None:
    content = english_library(make_library, count=8)  # eight stories, about two a part: four parts
    out = tmp_path / "site"
    build(content, out)
    assert len(runs(counted_pagefind)) == 4
    (content / "stories" / "s09.en.md").write_text(
        story_text("mm-2026-009", title="Story 9", body="Dai found the chess again, day 9."), encoding="utf-8"
    )
    build(content, out)  # nine want eight parts from scratch; the four there still hold them
    again = runs(counted_pagefind)
    assert len(again) == 1 and "mm-2026-009" in again[0], again
    assert len(list((out / "pagefind").glob("en-*"))) == 4


def test_a_withdrawn_storys_words_leave_every_part(make_library, tmp_path: Path, counted_pagefind: Path) -> None:
    content = english_library(make_library)
    story = content / "stories" / "s07.en.md"
    story.write_text(story.read_text(encoding="utf-8").replace("day 7", "day 7 zebracrossing"), encoding="utf-8")
    out = tmp_path / "site"
    build(content, out)
    assert "zebracrossing" in fragment_text(out / "pagefind" / part_of("mm-2026-007", out / "pagefind"))
    runs(counted_pagefind)
    story.write_text(story.read_text(encoding="utf-8").replace("status: given", "status: withdrawn"), encoding="utf-8")
    build(content, out)
    assert len(runs(counted_pagefind)) == 1
    everything = "".join(fragment_text(folder) for folder in [out / "pagefind", *out.joinpath("pagefind").glob("*-*")])
    assert "zebracrossing" not in everything
    assert "mm-2026-007" not in everything


def test_a_part_altered_in_the_published_site_is_indexed_again(
    make_library, tmp_path: Path, counted_pagefind: Path
) -> None:
    content = english_library(make_library)
    out = tmp_path / "site"
    build(content, out)
    runs(counted_pagefind)
    victim = part_of("mm-2026-003", out / "pagefind")
    fragment = sorted((out / "pagefind" / victim / "fragment").glob("*"))[0]
    fragment.write_bytes(gzip.compress(b'{"url":"/en/stories/forged/","content":"forged words"}'))
    gone = part_of("mm-2026-009", out / "pagefind")
    if gone != victim:  # a second part lost outright
        shutil.rmtree(out / "pagefind" / gone)
    build(content, out)
    indexed = runs(counted_pagefind)
    assert any("mm-2026-003" in glob for glob in indexed)
    assert any("mm-2026-009" in glob for glob in indexed)
    everything = "".join(fragment_text(folder) for folder in [out / "pagefind", *out.joinpath("pagefind").glob("*-*")])
    assert "forged" not in everything
    assert "/en/stories/mm-2026-003/" in everything and "/en/stories/mm-2026-009/" in everything


def settle(out: Path) -> None:
    """Wait for the background deletion of what a build threw away."""
    deadline = time.monotonic() + 30
    while any(out.parent.glob(f".{out.name}.old-*")):
        assert time.monotonic() < deadline, "what the build threw away was never deleted"
        time.sleep(0.05)


def test_parts_kept_beside_the_spare_are_moved_into_place_and_checked_first(
    make_library, tmp_path: Path, counted_pagefind: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = english_library(make_library)
    out = tmp_path / "site"
    build(content, out)
    build(content, out)  # the clean build's site becomes the spare; its index's parts are kept beside it
    runs(counted_pagefind)
    kept = spare_module.search_spare_path(out)
    assert sorted(p.name for p in kept.iterdir()) == sorted(p.name for p in (out / "pagefind").glob("en-*"))
    linked: list[Path] = []
    real_link = search_parts_module.link_tree
    monkeypatch.setattr(search_parts_module, "link_tree", lambda a, b: linked.append(a) or real_link(a, b))
    settle(out)
    build(content, out)
    assert runs(counted_pagefind) == [] and linked == []  # every part moved from beside the spare, none indexed

    # A file replaced in a kept part: that part is taken from the live index instead, never from there.
    victim = part_of("mm-2026-003", out / "pagefind")
    fragment = sorted((kept / victim / "fragment").glob("*"))[0]
    fragment.unlink()
    fragment.write_bytes(gzip.compress(b'{"url":"/en/stories/forged/","content":"forged words"}'))
    build(content, out)
    assert runs(counted_pagefind) == [] and [p.name for p in linked] == [victim]
    everything = "".join(fragment_text(folder) for folder in [out / "pagefind", *out.joinpath("pagefind").glob("*-*")])
    assert "forged" not in everything and "/en/stories/mm-2026-003/" in everything

    # Altered in both places (the same file): indexed again.
    victim = part_of("mm-2026-005", out / "pagefind")
    fragment = sorted((out / "pagefind" / victim / "fragment").glob("*"))[0]
    assert (kept / victim / "fragment" / fragment.name).stat().st_ino == fragment.stat().st_ino
    fragment.write_bytes(gzip.compress(b'{"url":"/en/stories/forged/","content":"forged words"}'))
    build(content, out)
    assert any("mm-2026-005" in glob for glob in runs(counted_pagefind))
    everything = "".join(fragment_text(folder) for folder in [out / "pagefind", *out.joinpath("pagefind").glob("*-*")])
    assert "forged" not in everything and "/en/stories/mm-2026-005/" in everything


def test_no_part_kept_beside_the_spare_holds_a_withdrawn_story(
    make_library, tmp_path: Path, counted_pagefind: Path
) -> None:
    content = english_library(make_library)
    story = content / "stories" / "s07.en.md"
    story.write_text(story.read_text(encoding="utf-8").replace("day 7", "day 7 zebracrossing"), encoding="utf-8")
    out = tmp_path / "site"
    build(content, out)
    build(content, out)
    build(content, out)  # parts kept beside the spare, and moved back into place
    assert "zebracrossing" in fragment_text(
        spare_module.search_spare_path(out) / part_of("mm-2026-007", out / "pagefind")
    )
    story.write_text(story.read_text(encoding="utf-8").replace("status: given", "status: withdrawn"), encoding="utf-8")
    build(content, out)
    settle(out)
    beside = [p for p in tmp_path.glob(f".{out.name}.*") if p.is_dir()]
    assert spare_module.search_spare_path(out) in beside
    words = "".join(
        fragment_text(part) for folder in beside for part in folder.rglob("*") if (part / "fragment").is_dir()
    )
    assert words and "zebracrossing" not in words and "mm-2026-007" not in words


def test_a_record_others_could_write_is_not_trusted(make_library, tmp_path: Path, counted_pagefind: Path) -> None:
    content = english_library(make_library)
    out = tmp_path / "site"
    build(content, out)
    every = runs(counted_pagefind)
    (record,) = (tmp_path / "cache").rglob("search.pickle")
    record.chmod(0o666)  # anyone may now say which parts are up to date
    build(content, out)
    assert runs(counted_pagefind) == every  # nothing taken on its word: every part indexed again
    build(content, out)
    assert runs(counted_pagefind) == []  # the record written afresh, private again, is used


def test_parts_json_lists_every_part_but_the_first_of_each_language(
    make_library, tmp_path: Path, counted_pagefind: Path
) -> None:
    content = english_library(make_library)
    out = tmp_path / "site"
    build(content, out)
    pagefind = out / "pagefind"
    listed = json.loads((pagefind / "parts.json").read_text(encoding="utf-8"))["en"]
    folders = sorted(f"{p.name}/" for p in pagefind.glob("en-*"))
    assert len(folders) == len(listed) + 1 and set(listed) < set(folders)
    (first,) = set(folders) - set(listed)
    urls = re.findall(r'"url":"([^"]+)"', "".join(fragment_text(pagefind / f) for f in folders))
    assert sorted(urls) == sorted(f"/en/stories/mm-2026-{i:03}/" for i in range(1, 13))  # each story once
    assert fragment_text(pagefind) == fragment_text(pagefind / first)  # the first part is the root bundle


# A chain of random edits, additions and withdrawals, each built incrementally, against one clean build.

CY_WORDS = ["gardd", "côr", "ffa", "cegin", "glan-y-môr", "paentio", "popty", "rhandir", "gwyddbwyll", "llyfrgell"]
QUERIES = {
    "en": ["garden", "choir", "seaside", "Dai", "zebra", "lantern"],
    "cy": ["gardd", "côr", "Dai", "sebra", "llusern"],
}


def story_files(i: int, rng: random.Random, extra: str = "") -> dict[str, str]:
    en = f"Dai found the {WORDS[i % 10]} and the {rng.choice(WORDS)} again {extra}."
    cy = f"Daeth Dai o hyd i’r {CY_WORDS[i % 10]} a’r {rng.choice(CY_WORDS)} eto {extra}."
    files = {f"stories/s{i:02}.en.md": story_text(f"mm-2026-{i:03}", title=f"Story {i}", body=en)}
    if i % 3:  # some stories are in English only
        files[f"stories/s{i:02}.cy.md"] = story_text(f"mm-2026-{i:03}", lang="cy", title=f"Stori {i}", body=cy)
    return files


def tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and "pagefind" not in path.relative_to(root).parts
    }


def query(page, url: str, lang: str, words: list[str]) -> dict[str, list[str]]:
    """Each word's results from the site's Pagefind index in `lang`, every part merged, as sorted page URLs."""
    page.goto(f"{url}{lang}/")  # Pagefind's primary index takes the page's language
    return page.evaluate(
        """async ([root, lang, words]) => {
            const parts = await (await fetch(root + "pagefind/parts.json")).json();
            const pagefind = await import(root + "pagefind/pagefind.js");
            await pagefind.options({ basePath: root + "pagefind/" });
            for (const part of parts[lang] || []) {
                await pagefind.mergeIndex(root + "pagefind/" + part, { language: lang });
            }
            const found = {};
            for (const word of words) {
                const search = await pagefind.search(word);
                const data = await Promise.all(search.results.map((r) => r.data()));
                found[word] = data.map((d) => new URL(d.url, location.href).pathname).sort();
            }
            return found;
        }""",
        [url, lang, words],
    )


@pytest.mark.browser
def test_twenty_incremental_builds_give_the_pages_and_search_results_of_a_clean_build(
    make_library, tmp_path: Path, counted_pagefind: Path, page
) -> None:
    rng = random.Random(20)
    files: dict[str, str] = {}
    for i in range(1, 13):
        files.update(story_files(i, rng))
    content = make_library(files)
    out = tmp_path / "site"
    build(content, out)
    next_id = 13
    for step in range(20):
        action = rng.choice(["edit", "edit", "add", "withdraw"])
        stories = sorted(content.glob("stories/*.en.md"))
        if action == "add":
            new = story_files(next_id, rng, extra=rng.choice(["zebra", "lantern", ""]))
            for name, text in new.items():
                (content / name).write_text(text, encoding="utf-8")
            next_id += 1
        else:
            target = rng.choice(stories)
            versions = [target, target.with_name(target.name.replace(".en.", ".cy."))]
            for version in [v for v in versions if v.exists()]:
                text = version.read_text(encoding="utf-8")
                if action == "withdraw":
                    text = text.replace("status: given", "status: withdrawn")
                else:
                    word = rng.choice(["zebra lantern", "sebra llusern", f"step {step}"])
                    text = text.rstrip("\n") + f" {word}\n"
                version.write_text(text, encoding="utf-8")
        build(content, out)
    clean = tmp_path / "clean"
    build(content, clean, cache=False)
    assert tree(out) == tree(clean)
    served, url = serve_folder(out)
    reference, clean_url = serve_folder(clean)
    try:
        for lang, words in QUERIES.items():
            incremental = query(page, url, lang, words)
            assert incremental == query(page, clean_url, lang, words)
            assert any(incremental.values())  # the queries do find stories
    finally:
        served.shutdown()
        reference.shutdown()
