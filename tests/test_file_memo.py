"""A rebuild reads again only the story files whose status changed, and never misses a change."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from storysite.build import build_site
from storysite.content import load
from storysite.content.load import FileTexts, KnownFile, SourceFile
from storysite.digests import text_digest
from storysite.errors import StorysiteError
from tests.conftest import TODAY, OpenedFiles, story_text

LATER = 10_000_000_000  # 10 s: files written by a test are old enough to be recorded by a build "10 s later"


def _files(count: int = 6) -> dict[str, str]:
    files = {}
    for number in range(count):
        story_id = f"mm-{number:03d}"
        for lang in ("cy", "en"):
            title = f"{'Stori' if lang == 'cy' else 'Story'} {number}"
            # "given    " is as long as "withdrawn": consent can be withdrawn without the file changing size
            text = story_text(story_id, lang=lang, title=title).replace("status: given\n", "status: given    \n")
            files[f"stories/{story_id}.{lang}.md"] = text
    return files


@pytest.fixture
def build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, opened_files: OpenedFiles
) -> Callable[[Path], tuple[set[str], list[str]]]:
    """Build CONTENT into one --out with the cache; returns the story pages built and the story files opened."""
    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STORYSITE_WORKERS", "1")  # files opened in this process, where the test watches

    def run(content: Path) -> tuple[set[str], list[str]]:
        with opened_files.watching() as opened:
            result = build_site(content, "content", tmp_path / "site", today=TODAY, index=False)
        assert result.out is not None, [f for f in result.library.findings if f.is_error]
        pages = {p.parent.name for p in (tmp_path / "site" / "en" / "stories").glob("*/index.html")}
        stories = (content / "stories").resolve()
        return pages, sorted(Path(path).name for path in opened if Path(path).resolve().parent == stories)

    return run


def test_an_unchanged_file_is_not_read_again_and_an_edited_one_is(
    make_library: Callable[..., Path], build: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load, "_now_ns", lambda: time.time_ns() + LATER)
    content = make_library(_files())
    pages, reads = build(content)
    assert len(pages) == 6 and len(reads) == 12
    assert build(content) == (pages, [])  # nothing changed: no story file read
    story = content / "stories" / "mm-002.en.md"
    story.write_text(story.read_text(encoding="utf-8").replace("Story 2", "Story two"), encoding="utf-8")
    pages, reads = build(content)
    # It, and the files whose pages show it, made again from their text (here every story is related to it)
    assert "mm-002.en.md" in reads
    assert "Story two" in (content.parent / "site" / "en" / "stories" / "mm-002" / "index.html").read_text("utf-8")


@pytest.mark.parametrize("how", ["in place", "replaced"])
def test_consent_withdrawn_without_changing_size_or_modification_time_is_seen(
    make_library: Callable[..., Path], build: Callable, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """As `cp -p` or a backup restore would leave it: the change time (or the inode) still tells."""
    monkeypatch.setattr(load, "_now_ns", lambda: time.time_ns() + LATER)
    content = make_library(_files())
    pages, _ = build(content)
    assert "mm-004" in pages
    build(content)  # recorded, and reused
    stories = content.parent / "site" / "en" / "stories"
    showing = {page.parent.name for page in stories.glob("*/index.html") if "/mm-004/" in page.read_text("utf-8")}
    for lang in ("cy", "en"):
        story = content / "stories" / f"mm-004.{lang}.md"
        before = story.stat()
        text = story.read_text(encoding="utf-8").replace("status: given    \n", "status: withdrawn\n")
        assert len(text.encode()) == before.st_size
        if how == "in place":
            story.write_text(text, encoding="utf-8")
        else:
            other = story.with_suffix(".tmp")
            other.write_text(text, encoding="utf-8")
            os.replace(other, story)
        os.utime(story, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert story.stat().st_size == before.st_size and story.stat().st_mtime_ns == before.st_mtime_ns
    pages, reads = build(content)
    assert "mm-004" not in pages
    assert {"mm-004.cy.md", "mm-004.en.md"} <= set(reads)
    # Besides it, only the stories whose pages showed it (its neighbours) are made again from their text
    assert set(reads) <= {f"{i}.{lang}.md" for i in {*showing, "mm-004"} for lang in ("cy", "en")}


def test_a_file_changed_in_the_last_moments_before_the_build_is_read_every_time(
    make_library: Callable[..., Path], build: Callable
) -> None:
    """Written within RACY_NS of the load: its times might not change with the next write, so it is not recorded."""
    content = make_library(_files(2))
    _, reads = build(content)
    assert len(reads) == 4
    _, reads = build(content)
    assert len(reads) == 4


def test_a_file_changed_while_the_build_runs_stops_it(tmp_path: Path) -> None:
    path = tmp_path / "a.en.md"
    path.write_text("Before\n", encoding="utf-8")
    known = KnownFile("stories/a.en.md", "content/stories/a.en.md", "en", str(path), text_digest("Before\n"), 7)
    read = SourceFile("stories/b.en.md", "content/stories/b.en.md", "en", "B\n", text_digest("B\n"))
    assert dict(FileTexts([known, read])) == {"content/stories/a.en.md": "Before\n", "content/stories/b.en.md": "B\n"}
    path.write_text("After!\n", encoding="utf-8")
    with pytest.raises(StorysiteError, match=r"content/stories/a\.en\.md changed while the site was being built"):
        FileTexts([known])["content/stories/a.en.md"]
