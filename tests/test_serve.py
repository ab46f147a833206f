"""`storysite serve`: edits show in the served page, a build error shows in the browser and clears when fixed."""

from __future__ import annotations

import gzip
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from storysite.authoring.scaffold import init_library

REPO = Path(__file__).resolve().parent.parent
DEADLINE = 60.0  # seconds to wait for something that normally takes well under one (never asserted on)


@dataclass
class Served:
    url: str
    content: Path
    out: Path
    story: Path
    lines: list[str]

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=10) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8")

    def edit(self, old: str, new: str) -> None:
        self.story.write_text(self.story.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def wait_until(condition: Callable[[], bool], what: str, nudge: Callable[[], None] | None = None) -> None:
    """Poll until `condition` holds; `nudge` re-saves the file in case the watcher started after the first save."""
    end = time.monotonic() + DEADLINE
    last_nudge = time.monotonic()
    while time.monotonic() < end:
        if condition():
            return
        if nudge and time.monotonic() - last_nudge > 3:
            nudge()
            last_nudge = time.monotonic()
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    """`storysite serve` on a free port, in its own process, over a library made by `storysite init`."""
    content = init_library(tmp_path / "lib")
    out = tmp_path / "lib" / "_site"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "storysite", "serve", str(content), "--port", "0", "--out", str(out)],
        cwd=tmp_path / "lib",
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    ready: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if line.startswith("Serving on "):
                ready.put(line.split()[2])

    threading.Thread(target=read, daemon=True).start()
    try:
        url = ready.get(timeout=DEADLINE)
    except queue.Empty:
        process.kill()
        pytest.fail("serve did not start: " + "".join(lines))
    story = content / "stories" / "magic-moments" / "mm-2026-001.en.md"
    yield Served(url, content, out, story, lines)
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def test_serve_shows_an_edit_in_the_served_page(served: Served) -> None:
    status, page = served.get("en/stories/mm-2026-001/")
    assert status == 200
    assert '<h1 data-pagefind-meta="title">Back in the garden</h1>' in page
    assert '<script src="/__storysite/reload.js" data-version="' in page
    served.edit("title: Back in the garden", "title: Out among the roses")
    wait_until(
        lambda: "Out among the roses</h1>" in served.get("en/stories/mm-2026-001/")[1],
        "the edited page",
        nudge=lambda: served.story.touch(),
    )
    assert "Back in the garden" not in served.get("en/stories/mm-2026-001/")[1]
    assert any(line.startswith("Built 1 story in") for line in served.lines)


def test_serve_never_puts_the_reload_script_in_the_built_site(served: Served) -> None:
    page = (served.out / "en" / "stories" / "mm-2026-001" / "index.html").read_text(encoding="utf-8")
    assert "__storysite" not in page
    status, script = served.get("__storysite/reload.js")
    assert status == 200 and "EventSource" in script


def test_serve_indexes_search_in_the_background(served: Served) -> None:
    wait_until(lambda: (served.out / "pagefind" / "pagefind-entry.json").is_file(), "the search index")
    served.edit("title: Back in the garden", "title: Among the roses")
    wait_until(
        lambda: "Among the roses" in served.get("en/stories/mm-2026-001/")[1],
        "the edited page",
        nudge=lambda: served.story.touch(),
    )
    wait_until(lambda: served.get("pagefind/pagefind-entry.json")[0] == 200, "the search index after a rebuild")


def test_a_build_error_is_served_as_a_page_with_file_and_line(served: Served) -> None:
    served.edit("type: magic-moment", "type: [magic-moment")
    wait_until(
        lambda: served.get("en/stories/mm-2026-001/")[0] == 500, "the error page", nudge=lambda: served.story.touch()
    )
    status, page = served.get("en/")
    assert status == 500
    assert '<html lang="cy">' in page
    assert "Nid oedd modd adeiladu’r wefan" in page and "The site could not be built" in page
    assert f"{served.content}/stories/magic-moments/mm-2026-001.en.md:5:" in page
    assert "mm-2026-001.cy.md" not in page  # the Welsh file is not blamed for what the broken English file holds
    assert any("mm-2026-001.en.md:5:" in line for line in served.lines)  # and in the terminal
    served.edit("type: [magic-moment", "type: magic-moment")
    wait_until(
        lambda: served.get("en/stories/mm-2026-001/")[0] == 200,
        "the page after the fix",
        nudge=lambda: served.story.touch(),
    )


@pytest.mark.browser
def test_the_error_page_appears_and_clears_in_the_browser(served: Served, page: object) -> None:
    page.goto(served.url + "en/stories/mm-2026-001/")  # type: ignore[attr-defined]
    page.wait_for_selector("h1:has-text('Back in the garden')")  # type: ignore[attr-defined]
    page.wait_for_function("() => document.querySelector('script[data-version]') !== null")  # type: ignore[attr-defined]
    time.sleep(0.3)  # let the page's event stream connect (not a timing assertion)
    served.edit("type: magic-moment", "type: [magic-moment")
    error = page.wait_for_selector("#storysite-build-error", timeout=DEADLINE * 1000)  # type: ignore[attr-defined]
    text = error.inner_text()
    assert "Nid oedd modd adeiladu’r wefan" in text and "The site could not be built" in text
    assert "mm-2026-001.en.md:5:" in text
    served.edit("type: [magic-moment", "type: magic-moment")
    page.wait_for_selector("h1:has-text('Back in the garden')", timeout=DEADLINE * 1000)  # type: ignore[attr-defined]
    assert page.url == served.url + "en/stories/mm-2026-001/"  # type: ignore[attr-defined]
    errors = [e for e in page.console_errors if "status of 500" not in e]  # type: ignore[attr-defined]
    assert errors == []


def test_the_fast_write_writes_only_what_changed_and_removes_what_is_gone(tmp_path: Path) -> None:
    from storysite.errors import StorysiteError
    from storysite.output.in_place import InPlaceWriter
    from storysite.render.page import Page

    out = tmp_path / "_site"
    writer = InPlaceWriter(out)
    writer([Page(".storysite", b""), Page("a/index.html", b"A"), Page("b/index.html", b"B")], {})
    assert writer.written == 3 and (out / "a" / "index.html").read_bytes() == b"A"
    (out / "pagefind").mkdir()
    (out / "pagefind" / "pagefind-entry.json").write_text("{}")
    writer([Page(".storysite", b""), Page("a/index.html", b"A2")], {})
    assert (writer.written, writer.removed) == (1, 1)  # the withdrawn story's page is gone at once
    assert (out / "a" / "index.html").read_bytes() == b"A2" and not (out / "b" / "index.html").exists()
    assert (out / "pagefind" / "pagefind-entry.json").is_file()  # search keeps working until re-indexed
    foreign = tmp_path / "documents"
    foreign.mkdir()
    (foreign / "report.docx").write_bytes(b"x")
    with pytest.raises(StorysiteError, match="was not made by storysite"):
        InPlaceWriter(foreign)([Page("index.html", b"")], {})
    assert (foreign / "report.docx").exists()


SECRET = "The otter crossed the weir at dawn."


def everything_under(root: Path) -> str | None:
    """Every file under `root` as text, Pagefind's gzip'd files decompressed; None if files moved while reading."""
    parts = []
    try:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                data = path.read_bytes()
                parts.append((gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).decode("utf-8", "replace"))
    except (OSError, EOFError, gzip.BadGzipFile):
        return None
    return "\n".join(parts)


def english_pages_indexed(out: Path) -> int | None:
    try:
        entry = json.loads((out / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
        return int(entry["languages"]["en"]["page_count"])
    except (OSError, ValueError, KeyError):
        return None


def test_a_story_withdrawn_while_serving_leaves_nothing_in_the_search_index(served: Served) -> None:
    second = served.story.with_name("mm-2026-002.en.md")
    text = served.story.read_text(encoding="utf-8").replace("id: mm-2026-001", "id: mm-2026-002")
    text = text.replace("title: Back in the garden", "title: By the weir").split("---\n", 2)
    second.write_text(f"---\n{text[1]}---\n{SECRET}\n", encoding="utf-8")
    wait_until(
        lambda: english_pages_indexed(served.out) == 2 and SECRET in (everything_under(served.out / "pagefind") or ""),
        "the new story in the search index",
        nudge=lambda: second.touch(),
    )
    second.write_text(second.read_text(encoding="utf-8").replace("status: given", "status: withdrawn"), "utf-8")

    def gone() -> bool:
        text = everything_under(served.out)
        return english_pages_indexed(served.out) == 1 and text is not None and SECRET not in text

    wait_until(gone, "the withdrawn story to leave the search index", nudge=lambda: second.touch())
    assert not (served.out / "en" / "stories" / "mm-2026-002").exists()
    # No index folder left beside it, once the indexer is idle (a nudge above may have started one more run,
    # whose working folder exists until it ends).
    wait_until(lambda: not list(served.out.parent.glob(f".{served.out.name}.index-*")), "the indexer to tidy up")
    assert english_pages_indexed(served.out) == 1 and SECRET not in (everything_under(served.out) or "")


def test_the_indexer_swaps_in_a_fresh_index_and_removes_a_stale_one_it_cannot_replace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storysite.build import build_site
    from storysite.errors import StorysiteError
    from storysite.serve import watch as serve
    from storysite.serve.watch import Indexer

    content = init_library(tmp_path / "lib")
    out = tmp_path / "_preview"
    assert build_site(content, "content", out).out == out
    stale = out / "pagefind" / "fragment" / "en_0ld.pf_fragment"
    stale.write_bytes(gzip.compress(SECRET.encode()))
    indexer = Indexer(out)
    assert indexer.index() is True
    assert not stale.exists() and (out / "pagefind" / "pagefind-entry.json").is_file()

    def broken(*args: object, **kwargs: object) -> bool:
        raise StorysiteError("Pagefind could not build the search index: (simulated)")

    monkeypatch.setattr(serve, "index_site", broken)
    stale.write_bytes(gzip.compress(SECRET.encode()))
    indexer.request()
    wait_until(lambda: indexer.failures == 1, "the indexer to give up")
    assert not (out / "pagefind").exists()  # fail closed: no index rather than one that may hold a withdrawn story
    monkeypatch.undo()

    (out / "pagefind").mkdir()
    stale.parent.mkdir(parents=True)
    stale.write_bytes(gzip.compress(SECRET.encode()))
    shutil.rmtree(out / "en" / "stories")  # the last story withdrawn: nothing left to index
    shutil.rmtree(out / "cy" / "stories")
    runs = indexer.runs
    indexer.request()
    wait_until(lambda: indexer.runs == runs + 1, "the indexer to notice there is nothing to index")
    assert not (out / "pagefind").exists() and indexer.failures == 1  # no index, and no failure either
    indexer.stop()


def test_serve_writes_to_preview_by_default() -> None:
    from click.testing import CliRunner

    from storysite.cli import main

    help_text = CliRunner().invoke(main, ["serve", "--help"]).output
    assert "_preview" in help_text and "_site" not in help_text
