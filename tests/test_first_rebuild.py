"""The first rebuild after a clean build writes only what changed: the clean build leaves a spare whose files
are links to those it wrote (spare.copy_for_spare), and where there is no spare the staging folder gets the
live site's files as hard links (spare.link_live). The live site is never written through a link."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import TODAY
from test_spare import edit, files, library, settle

from storysite import build as build_module
from storysite.build import BuildResult, build_site
from storysite.errors import StorysiteError
from storysite.incremental import spare
from storysite.incremental.spare import spare_path
from storysite.output.write import write_pages
from storysite.render.page import Page

EDITED = "en/stories/mm-2026-001/index.html"
UNCHANGED = "cy/stories/mm-2026-001/index.html"


def build(content: Path, out: Path, **kwargs: object) -> BuildResult:
    result = build_site(content, "content", out, today=TODAY, index=False, **kwargs)  # type: ignore[arg-type]
    assert result.out is not None, [f for f in result.library.findings if f.is_error]
    return result


def on_disk(root: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under `root`: its bytes, inode and modification time."""
    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            info = path.stat()
            found[path.relative_to(root).as_posix()] = (path.read_bytes(), info.st_ino, info.st_mtime_ns)
    return found


def edit_one_story(content: Path) -> None:
    edit(content / "stories" / "s1.en.md", "mattered to Dai.", "mattered to Dai a great deal.")


def without_spare(out: Path) -> None:
    """No spare beside the site (deleted by hand, or left by none): the next build links the live site's files."""
    settle(out)
    shutil.rmtree(spare_path(out))


def assert_clean(content: Path, out: Path, tmp_path: Path) -> None:
    settle(out)
    build(content, tmp_path / "clean", cache=False)
    assert files(out) == files(tmp_path / "clean")


@pytest.mark.parametrize("spare", ["made by the clean build", "none"])
@pytest.mark.parametrize("min_items", [400, 1], ids=["serial", "forked"])
def test_the_first_rebuild_after_a_clean_build_writes_only_what_changed(
    make_library: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    min_items: int,
    spare: str,
) -> None:
    if min_items == 1:
        request.getfixturevalue("forking")
        monkeypatch.setenv("STORYSITE_WORKERS", "2")
    monkeypatch.setattr("storysite.parallel.MIN_ITEMS", min_items)
    content, out = library(make_library), tmp_path / "site"
    clean = build(content, out)
    assert (clean.linked, clean.kept) == (0, 0) and clean.written == len(files(out))
    assert files(spare_path(out)) == files(out)
    assert (spare_path(out) / UNCHANGED).stat().st_ino == (out / UNCHANGED).stat().st_ino  # links, not copies
    if spare == "none":
        without_spare(out)
    edit_one_story(content)
    first = build(content, out)
    assert first.linked == (len(files(out)) if spare == "none" else 0)  # every file of the live site, linked
    assert 1 <= first.written <= 3, first.written  # the edited page (and what lists its words)
    assert first.kept == len(files(out)) - first.written
    again = build(content, out)  # through the spare the first rebuild left, lacking what it wrote: linked
    assert (again.written, again.linked) == (0, first.written), (again.written, again.linked, first.written)
    assert again.kept == len(files(out))
    assert_clean(content, out, tmp_path)


@pytest.mark.parametrize("spare", ["made by the clean build", "none"])
def test_a_build_writes_through_the_links_without_touching_the_live_site_until_the_swap(
    make_library: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spare: str
) -> None:
    content, out = library(make_library), tmp_path / "site"
    build(content, out)
    if spare == "none":
        without_spare(out)
    before = on_disk(out)
    edit_one_story(content)
    seen: dict[str, dict[str, tuple[bytes, int, int]]] = {}
    swap_in = build_module.swap_in

    def look_then_swap(staging: Path, target: Path, **kwargs: object) -> None:
        seen["live"], seen["staging"] = on_disk(target), on_disk(staging)
        swap_in(staging, target, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(build_module, "swap_in", look_then_swap)
    build(content, out)
    assert seen["live"] == before  # bytes, inodes and times: the pages written did not go through a link
    assert seen["staging"][UNCHANGED][1] == before[UNCHANGED][1]  # linked: the very live file
    assert seen["staging"][EDITED][1] != before[EDITED][1]  # written: a new file
    assert seen["staging"][EDITED][0] != before[EDITED][0]
    assert on_disk(out)[UNCHANGED][1] == before[UNCHANGED][1]
    assert_clean(content, out, tmp_path)


@pytest.mark.parametrize("spare", ["none", "made by the clean build", "kept by a rebuild"])
def test_a_build_that_fails_after_linking_and_writing_leaves_the_live_site_untouched(
    make_library: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spare: str
) -> None:
    content, out = library(make_library), tmp_path / "site"
    build(content, out)
    if spare == "none":
        without_spare(out)
    elif spare == "kept by a rebuild":
        build(content, out)  # a spare whose files are the live site's too
        assert spare_path(out).is_dir()
    before = on_disk(out)
    edit_one_story(content)
    real_write = build_module.write_pages
    written: list[int] = []

    def write_then_fail(root: Path, pages: list[Page], *args: object) -> object:
        site = real_write(root, pages, *args)  # type: ignore[arg-type]
        written.append(len(site))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(build_module, "write_pages", write_then_fail)
    with pytest.raises(StorysiteError, match="No space left"):
        build(content, out)
    assert written, "the build should have failed after writing its pages"
    assert on_disk(out) == before
    assert not list(tmp_path.glob(".site.building-*"))  # the staging folder, links and all, is gone
    monkeypatch.undo()
    build(content, out)
    assert_clean(content, out, tmp_path)


@pytest.mark.parametrize("refusal", [errno.EXDEV, errno.EPERM], ids=["another file system", "links not allowed"])
@pytest.mark.parametrize("linked_first", [0, 5], ids=["at once", "after a few"])
def test_where_links_are_refused_the_pages_are_written(
    make_library: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refusal: int, linked_first: int
) -> None:
    content, out = library(make_library), tmp_path / "site"
    build(content, out)
    without_spare(out)
    before = on_disk(out)
    edit_one_story(content)
    link = spare._link
    tries: list[str] = []

    def refuse(path: str, source_fd: int, dest_fd: int) -> None:
        tries.append(path)
        if len(tries) > linked_first:
            raise OSError(refusal, os.strerror(refusal))
        link(path, source_fd, dest_fd)

    monkeypatch.setattr(spare, "_link", refuse)
    result = build(content, out)
    assert len(tries) == linked_first + 1  # refused once, it does not try every file
    assert result.linked == linked_first
    assert result.written + result.kept == len(files(out)) == len(before)
    assert linked_first - 1 <= result.kept <= linked_first  # what was linked (but the edited page) is kept
    assert_clean(content, out, tmp_path)


def test_a_linked_file_edited_in_place_in_the_live_site_is_not_published_again(
    make_library: Callable[..., Path], tmp_path: Path
) -> None:
    """The spare's files are the live site's too: one changed by hand (in place, the same size) is written anew."""
    content, out = library(make_library), tmp_path / "site"
    build(content, out)
    build(content, out)  # the first rebuild: its spare is linked to the live site
    page = out / UNCHANGED
    assert page.stat().st_ino == (spare_path(out) / UNCHANGED).stat().st_ino
    with open(page, "r+b") as handle:  # in place: the spare's file changes with it
        data = handle.read()
        handle.seek(0)
        handle.write(data.replace(b"Dai", b"DAI"))
    result = build(content, out)
    assert result.written == 1
    assert_clean(content, out, tmp_path)


def test_writing_a_page_over_a_linked_file_makes_a_new_file(tmp_path: Path) -> None:
    live, staging = tmp_path / "live", tmp_path / "staging"
    (live / "en").mkdir(parents=True)
    (staging / "en").mkdir(parents=True)
    (live / "en" / "index.html").write_bytes(b"<p>live</p>")
    os.link(live / "en" / "index.html", staging / "en" / "index.html")
    inode = (live / "en" / "index.html").stat().st_ino
    write_pages(staging, [Page("en/index.html", b"<p>new</p>")])
    assert (live / "en" / "index.html").read_bytes() == b"<p>live</p>"
    assert (live / "en" / "index.html").stat().st_ino == inode
    assert (staging / "en" / "index.html").read_bytes() == b"<p>new</p>"
    assert (staging / "en" / "index.html").stat().st_ino != inode


@pytest.mark.parametrize("refusal", [errno.EXDEV, errno.EPERM], ids=["another file system", "links not allowed"])
def test_a_clean_build_where_links_are_refused_leaves_no_spare_and_the_rebuild_writes_every_page(
    make_library: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refusal: int
) -> None:
    def refuse(path: str, source_fd: int, dest_fd: int) -> None:
        raise OSError(refusal, os.strerror(refusal))

    monkeypatch.setattr(spare, "_link", refuse)
    content, out = library(make_library), tmp_path / "site"
    build(content, out)
    settle(out)
    assert not spare_path(out).exists()
    assert not list(tmp_path.glob(".site.building-*"))
    edit_one_story(content)
    result = build(content, out)
    assert (result.linked, result.kept) == (0, 0) and result.written == len(files(out))
    assert_clean(content, out, tmp_path)


def test_a_clean_build_that_fails_before_the_swap_leaves_no_copy_behind(
    make_library: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content, out = library(make_library), tmp_path / "site"
    build(content, out)
    before = on_disk(out)
    shutil.rmtree(os.environ["STORYSITE_CACHE_DIR"])  # a clean build over the old site: it makes a copy
    edit_one_story(content)
    started: list[int] = []
    copy_for_spare = spare.copy_for_spare

    def copy_then_count(*args: object) -> object:
        started.append(1)
        return copy_for_spare(*args)  # type: ignore[arg-type]

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(spare, "copy_for_spare", copy_then_count)
    monkeypatch.setattr(build_module, "swap_in", fail)
    with pytest.raises(StorysiteError, match="No space left"):
        build(content, out)
    assert started, "the clean build should have started its copy before it failed"
    settle(out)
    assert on_disk(out) == before
    assert not spare_path(out).exists()  # the old spare was not described by the (cleared) state: deleted
    assert not list(tmp_path.glob(".site.building-*"))


@pytest.mark.parametrize("before", ["no site", "a site the state does not describe"])
def test_the_clean_builds_copy_is_of_the_site_it_wrote_even_when_made_after_the_swap(
    make_library: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, before: str
) -> None:
    """The copy is made by a process that may start late, when the staging folder is already --out (or holds
    the old site, exchanged): it links from the folder as it was opened, before the swap."""
    content, out = library(make_library), tmp_path / "site"
    if before != "no site":
        build(content, out)
        settle(out)
        shutil.rmtree(spare_path(out))
        shutil.rmtree(os.environ["STORYSITE_CACHE_DIR"])
    monkeypatch.setattr(spare, "in_background_result", lambda task: task)  # made only when waited for
    build(content, out)
    settle(out)
    assert files(spare_path(out)) == files(out)
    assert (spare_path(out) / UNCHANGED).stat().st_ino == (out / UNCHANGED).stat().st_ino
    edit_one_story(content)
    assert build(content, out).written <= 3
    assert_clean(content, out, tmp_path)
