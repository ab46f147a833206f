"""The spare tree a rebuild writes into: it never holds what the live site does not, and never outlives
a withdrawal; what it is built from is checked, and anything storysite cannot vouch for is thrown away."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import TODAY, record_worker_pids, story_text

from storysite.build import build_site
from storysite.incremental.spare import spare_path

TITLES = {n: f"Story about the {word}" for n, word in enumerate(["heron", "choir", "kiln", "orchard", "ferry"])}


def library(make_library: Callable[..., Path]) -> Path:
    files = {}
    for n, title in TITLES.items():
        for lang in ("cy", "en"):
            files[f"stories/s{n}.{lang}.md"] = story_text(
                f"mm-2026-{n:03d}", lang=lang, title=title, body=f"The {title.split()[-1]} mattered to Dai. " * 5
            )
    return make_library(files)


def build(content: Path, out: Path, **kwargs: object) -> None:
    result = build_site(content, "content", out, today=TODAY, index=False, **kwargs)  # type: ignore[arg-type]
    assert result.out is not None, [f for f in result.library.findings if f.is_error]


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def settle(out: Path) -> None:
    """Wait for the background deletion of what a build threw away."""
    deadline = time.monotonic() + 30
    while any(out.parent.glob(f".{out.name}.old-*")) or any(out.parent.glob(f".{out.name}.building-*")):
        assert time.monotonic() < deadline, "the old search index and the untrusted folders were never deleted"
        time.sleep(0.05)


def assert_spare_is_part_of_the_site(out: Path) -> dict[str, bytes]:
    spare = files(spare_path(out))
    live = files(out)
    assert spare, "a rebuild should have kept the old site as the spare"
    assert {path: data for path, data in spare.items() if live.get(path) != data} == {}
    return spare


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_after_a_withdrawal_no_copy_of_the_story_is_left_beside_the_site(
    make_library: Callable[..., Path], tmp_path: Path
) -> None:
    content, out = library(make_library), tmp_path / "site"
    build(content, out)
    build(content, out)  # the first site becomes the spare
    for lang in ("cy", "en"):
        edit(content / "stories" / f"s2.{lang}.md", "status: given", "status: withdrawn")
    build(content, out)  # written into the spare, which held the story's pages and listings showing it
    settle(out)
    assert "kiln" not in "".join(data.decode("utf-8", "replace") for data in files(out).values())
    spare = assert_spare_is_part_of_the_site(out)
    assert not [path for path in spare if "mm-2026-002" in path]
    beside = [p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(out)]
    assert not [p for p in beside if b"kiln" in p.read_bytes() and not p.is_relative_to(content)]


def test_a_rebuild_through_the_spare_gives_the_clean_build(make_library: Callable[..., Path], tmp_path: Path) -> None:
    content, out = library(make_library), tmp_path / "site"
    for _ in range(3):
        build(content, out)
    edit(content / "stories" / "s1.en.md", "Story about the choir", "Story about the choir, again")
    build(content, out)
    edit(content / "stories" / "s3.cy.md", "Story about the orchard", "Stori'r berllan")
    (content / "stories" / "s4.en.md").unlink()
    (content / "stories" / "s4.cy.md").unlink()
    build(content, out)
    build(content, tmp_path / "clean", cache=False)
    assert files(out) == files(tmp_path / "clean")
    assert_spare_is_part_of_the_site(out)


def test_what_was_changed_or_added_by_hand_in_the_live_site_is_not_kept(
    make_library: Callable[..., Path], tmp_path: Path
) -> None:
    content, out = library(make_library), tmp_path / "site"
    build(content, out)
    build(content, out)
    page = out / "en" / "stories" / "mm-2026-001" / "index.html"
    page.write_bytes(page.read_bytes().replace(b"choir", b"CHOIR"))  # the same size: only its time differs
    (out / "en" / "notes.html").write_text("a page the web team added by hand")
    (out / "en" / "link").symlink_to(content)
    (out / "en" / "stories" / "mm-2026-002" / "draft.html").write_text("a draft, deep in a story's folder")
    (out / "en" / "stories" / "extra").mkdir()
    (out / "en" / "stories" / "extra" / "index.html").write_text("a story storysite never checked")
    sitemap = out / "sitemap.xml"
    sitemap.unlink()
    sitemap.mkdir()  # a page replaced by a folder
    build(content, out)
    spare = files(spare_path(out))
    assert "en/stories/mm-2026-001/index.html" not in spare and "en/notes.html" not in spare
    assert not os.path.lexists(spare_path(out) / "en" / "link")
    assert not [path for path in spare if "draft" in path or "extra" in path or path.startswith("sitemap")]
    assert not (spare_path(out) / "en" / "stories" / "extra").exists()
    assert not (spare_path(out) / "sitemap.xml").exists()
    assert_spare_is_part_of_the_site(out)
    build(content, out)
    build(content, tmp_path / "clean", cache=False)
    assert files(out) == files(tmp_path / "clean")


def test_a_spare_the_state_does_not_describe_is_not_used(make_library: Callable[..., Path], tmp_path: Path) -> None:
    content, out = library(make_library), tmp_path / "site"
    build(content, out)
    build(content, out)
    stranger = spare_path(out) / "en" / "stranger.html"
    stranger.write_text("not written by storysite")
    shutil.rmtree(os.environ["STORYSITE_CACHE_DIR"])  # the cache was cleared: nothing says what the spare holds
    build(content, out)
    settle(out)
    assert not (out / "en" / "stranger.html").exists()
    assert not (spare_path(out) / "en" / "stranger.html").exists()


@pytest.mark.parametrize("how", ["without a cache", "into another folder"])
def test_a_build_that_does_not_use_the_spare_deletes_it(
    make_library: Callable[..., Path], tmp_path: Path, how: str
) -> None:
    content, out = library(make_library), tmp_path / "site"
    build(content, out)
    build(content, out)
    assert spare_path(out).is_dir()
    for lang in ("cy", "en"):
        edit(content / "stories" / f"s0.{lang}.md", "status: given", "status: withdrawn")
    if how == "without a cache":
        build(content, out, cache=False)
        settle(out)
        assert not spare_path(out).exists()  # it held the withdrawn story's pages
    else:
        build(content, tmp_path / "other")
        build(content, out)
        settle(out)
        assert not [path for path in files(spare_path(out)) if "mm-2026-000" in path]


def test_the_spare_is_private(make_library: Callable[..., Path], tmp_path: Path) -> None:
    content, out = library(make_library), tmp_path / "site"
    build(content, out)
    build(content, out)
    assert spare_path(out).stat().st_mode & 0o077 == 0
    assert out.stat().st_mode & 0o777 == 0o755


@pytest.mark.parametrize("min_items", [400, 1], ids=["serial", "forked"])
def test_a_rebuild_writes_only_the_pages_that_changed(
    make_library: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    min_items: int,
) -> None:
    """Forked, the worker processes write the pages they render (write.PageSink): what they record of
    each must be what the next build finds, or it would write them all again."""
    if min_items == 1:
        request.getfixturevalue("forking")
        monkeypatch.setenv("STORYSITE_WORKERS", "2")
    monkeypatch.setattr("storysite.parallel.MIN_ITEMS", min_items)
    worker_pids = record_worker_pids(monkeypatch, tmp_path / "worker-pids")
    content, out = library(make_library), tmp_path / "site"
    build(content, out)
    assert bool(worker_pids() - {os.getpid()}) == (min_items == 1)  # forked, pages were made in workers
    first = {path: (out / path).stat().st_mtime_ns for path in files(out)}
    build(content, out)
    assert files(spare_path(out)) == files(out)  # nothing changed: the old site is kept whole (but its index)
    edit(content / "stories" / "s1.en.md", "mattered to Dai.", "mattered to Dai a great deal.")
    build(content, out)  # into the first site, kept as the spare
    now = {path: (out / path).stat().st_mtime_ns for path in files(out)}
    rewritten = sorted(path for path in now if now[path] != first.get(path))
    assert "en/stories/mm-2026-001/index.html" in rewritten and "sitemap.xml" not in rewritten
    assert "cy/stories/mm-2026-001/index.html" not in rewritten  # the Welsh version did not change
    assert len(rewritten) < len(now) // 2, rewritten


def test_a_file_added_by_hand_to_any_folder_never_reaches_a_later_site(
    make_library: Callable[..., Path], tmp_path: Path
) -> None:
    """A rebuild through the spare looks inside only the folders whose times are not the ones it recorded as the
    site was swapped in: those times must be the live site's, whatever the builds before added or removed."""
    content, out = library(make_library), tmp_path / "site"

    def stray_in_every_folder() -> set[str]:
        folders = [p for p in out.rglob("*") if p.is_dir() and "pagefind" not in p.relative_to(out).parts]
        for folder in folders:
            (folder / "stray.html").write_text("not written by storysite", encoding="utf-8")
        return {(folder / "stray.html").relative_to(out).as_posix() for folder in folders}

    def site_is_clean() -> None:
        settle(out)
        clean = tmp_path / "clean"
        build(content, clean, cache=False)
        live = {path: data for path, data in files(out).items() if not path.startswith("pagefind/")}
        assert live == files(clean), sorted(set(live) ^ set(files(clean)))
        assert_spare_is_part_of_the_site(out)

    build(content, out)
    build(content, out)
    edit(content / "stories" / "s1.en.md", "Story about the choir", "Story about the choir, again")
    (content / "stories" / "s4.en.md").unlink()
    (content / "stories" / "s4.cy.md").unlink()
    build(content, out)  # a withdrawn story's folders go; listings are written over
    strays = stray_in_every_folder()
    assert "en/stories/mm-2026-001/stray.html" in strays
    build(content, out)  # through the spare this build's pruning made, without its story's folders
    build(content, out)  # the live site with the strays is now the spare
    site_is_clean()
    (content / "stories" / "s5.en.md").write_text(story_text("mm-2026-005", title="Story about the bridge"), "utf-8")
    build(content, out)  # a new story's folders are made
    assert (out / "en" / "stories" / "mm-2026-005").is_dir()
    stray_in_every_folder()
    build(content, out)
    build(content, out)
    site_is_clean()
