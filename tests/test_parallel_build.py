"""A parallel build and a cached rebuild give the same bytes as a clean sequential build."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from storysite import parallel
from storysite.build import build_site
from storysite.content import load
from storysite.resources import builtin
from tests.conftest import SITE_YAML, TODAY, record_worker_pids, story_text

WELLBEING = ("health", "relationships", "education", "rights")


def library_files(count: int = 24) -> dict[str, str]:
    """`count` stories over several years, themes and areas; some in one language only."""
    files = {}
    for number in range(count):
        story_id = f"mm-{number:03d}"
        wellbeing = f"{WELLBEING[number % 4]}, {WELLBEING[(number + 1) % 4]}"
        for lang in ("cy", "en") if number % 5 else ("en",):
            text = story_text(
                story_id,
                lang=lang,
                date=f"202{number % 6}-0{1 + number % 9}-1{number % 10}",
                title=f"{'Stori' if lang == 'cy' else 'Story'} {number}",
            )
            text = text.replace("wellbeing: [health]", f"wellbeing: [{wellbeing}]")
            text = text.replace("themes: [kindness]", "themes: [kindness, small]" if number % 3 else "themes: [small]")
            files[f"stories/{story_id}.{lang}.md"] = text
    return files


def site_files(out: Path) -> dict[str, bytes]:
    """Every file of a built site except the search index (Pagefind's output is not reproducible)."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.relative_to(out).parts[0] != "pagefind"
    }


@pytest.fixture
def build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, request: pytest.FixtureRequest
) -> Callable[..., dict[str, bytes]]:
    """Build CONTENT with N workers (1 = sequential), with or without the cache; returns the files.

    The builds run "10 s later" than the files were written, so the file memo records and reuses them.
    A build with several workers fails if any of its work ran in this process, or if a clean one ran none elsewhere.
    """
    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(load, "_now_ns", lambda: time.time_ns() + 10_000_000_000)
    record = tmp_path / "worker-pids"
    worker_pids = record_worker_pids(monkeypatch, record)

    def run(content: Path, out: str, *, workers: int, cache: bool) -> dict[str, bytes]:
        monkeypatch.setenv("STORYSITE_WORKERS", str(workers))
        monkeypatch.setattr(parallel, "MIN_ITEMS", 1)  # parallel even for a small library
        if workers > 1:
            request.getfixturevalue("forking")
        record.unlink(missing_ok=True)
        result = build_site(content, "content", tmp_path / out, today=TODAY, index=False, cache=cache)
        assert result.out is not None, [f for f in result.library.findings if f.is_error]
        pids = worker_pids()
        if workers == 1:
            assert pids <= {os.getpid()}
        else:  # a clean build has work to spread; a cached one may have none
            assert os.getpid() not in pids and (pids or cache), "storysite did not run its work in worker processes"
        return site_files(tmp_path / out)

    return run


def test_parallel_build_is_byte_identical_to_sequential(
    make_library: Callable[..., Path], build: Callable[..., dict[str, bytes]]
) -> None:
    content = make_library(library_files())
    sequential = build(content, "seq", workers=1, cache=False)
    assert len([p for p in sequential if p.endswith("index.html")]) > 60  # stories, listings with paging
    assert build(content, "par", workers=2, cache=False) == sequential


def test_cached_rebuild_after_one_story_changed_is_byte_identical(
    make_library: Callable[..., Path], build: Callable[..., dict[str, bytes]], tmp_path: Path
) -> None:
    content = make_library(library_files())
    first = build(content, "site", workers=2, cache=True)
    assert any(p.is_file() for p in (tmp_path / "cache").rglob("*"))  # kept in $STORYSITE_CACHE_DIR
    assert build(content, "site", workers=2, cache=True) == first  # everything from the cache
    story = content / "stories" / "mm-007.en.md"
    story.write_text(story.read_text(encoding="utf-8").replace("Story 7", "Story seven"), encoding="utf-8")
    rebuilt = build(content, "site", workers=2, cache=True)
    clean = build(content, "clean", workers=1, cache=False)
    assert rebuilt == clean
    changed = {path for path in clean if clean[path] != first.get(path)}
    assert "en/stories/mm-007/index.html" in changed
    assert any(path.startswith("en/wellbeing/") for path in changed)  # the listing that shows it


def _copy_theme_and_catalogs(project: Path) -> None:
    shutil.copytree(builtin("themes") / "default" / "templates", project / "themes" / "default" / "templates")
    for lang in ("cy", "en"):
        folder = project / "locales" / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        shutil.copyfile(builtin("locales") / lang / "LC_MESSAGES" / "messages.po", folder / "messages.po")


@pytest.mark.parametrize(
    ("changed_file", "old", "new", "expect_page", "expect"),
    [
        (
            "themes/default/templates/story.html",
            "{% block title %}",
            "{% block title %}Edited template: ",
            "en/stories/mm-003/index.html",
            b"Edited template: ",
        ),
        (
            "locales/cy/LC_MESSAGES/messages.po",
            'msgstr "Straeon cysylltiedig"',
            'msgstr "Straeon eraill tebyg"',
            "cy/stories/mm-003/index.html",
            b"Straeon eraill tebyg",
        ),
        (
            "content/site.yaml",
            "Test story library",
            "Renamed story library",
            "en/stories/mm-003/index.html",
            b"Renamed story library",
        ),
    ],
)
def test_cache_is_invalidated_by_template_catalog_and_site_yaml(
    make_library: Callable[..., Path],
    build: Callable[..., dict[str, bytes]],
    tmp_path: Path,
    changed_file: str,
    old: str,
    new: str,
    expect_page: str,
    expect: bytes,
) -> None:
    content = make_library(library_files(12), site=SITE_YAML)
    _copy_theme_and_catalogs(tmp_path)
    first = build(content, "site", workers=2, cache=True)
    assert expect not in first[expect_page]
    path = tmp_path / changed_file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    rebuilt = build(content, "site", workers=2, cache=True)
    assert expect in rebuilt[expect_page]
    assert rebuilt == build(content, "clean", workers=1, cache=False)


def test_a_rebuild_of_the_example_library_with_panels_is_byte_identical(
    build: Callable[..., dict[str, bytes]], tmp_path: Path
) -> None:
    """The example library's panels show whole stories (their packs): made again from cached stories' text."""
    content = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parents[1] / "content", content)
    first = build(content, "site", workers=2, cache=True)
    assert any(path.startswith("en/panels/") for path in first)
    build(content, "site", workers=2, cache=True)  # the first site becomes the spare
    story = sorted((content / "stories").rglob("*.en.md"))[0]
    story.write_text(story.read_text(encoding="utf-8").rstrip("\n") + " A sentence added later.\n", encoding="utf-8")
    rebuilt = build(content, "site", workers=2, cache=True)
    assert rebuilt != first
    assert rebuilt == build(content, "clean", workers=1, cache=False)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("a", "b"), ("a\0b",)),
        (("a\0", "b"), ("a", "\0b")),
        (("ab", "c"), ("a", "bc")),
        (("1:a",), ("a",)),
        ((), ("",)),
        (("a", "b"), (b"a", "b")),
        (("story", "x", "y"), ("story", "x\0y")),
    ],
)
def test_cache_keys_of_different_parts_differ(one: tuple, other: tuple) -> None:
    from storysite.digests import digest

    assert digest(*one) != digest(*other)
    assert digest(*one) == digest(*one)


_COUNT_COMPILED = """
import json, sys
from pathlib import Path
import jinja2
from storysite.build import build_site
from tests.conftest import TODAY
compiled = []
real = jinja2.Environment.compile
def counting(self, source, name=None, *args, **kw):
    compiled.append(name or "")
    return real(self, source, name, *args, **kw)
jinja2.Environment.compile = counting
result = build_site(Path(sys.argv[1]), "content", Path(sys.argv[2]), today=TODAY, index=False)
print(json.dumps({"built": result.out is not None, "compiled": compiled}))
"""


def test_a_rebuild_compiles_no_template(
    make_library: Callable[..., Path],
    build: Callable[..., dict[str, bytes]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Compiled templates are kept in the build cache: a new process builds again without compiling one.

    (An edited template is compiled again: the test above.)
    """
    import jinja2

    content = make_library(library_files(6), site=SITE_YAML)
    _copy_theme_and_catalogs(tmp_path)  # templates this process has not compiled yet
    compiled: list[str] = []
    real = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: str, name: str | None = None, *args: object, **kw: object) -> object:
        compiled.append(name or "")
        return real(self, source, name, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    first = build(content, "site", workers=1, cache=True)
    assert "story.html" in compiled
    # A new process, so nothing compiled is left in memory; the same cache folder (set by the fixture).
    env = {**os.environ, "STORYSITE_WORKERS": "1", "PYTHONPATH": str(Path(__file__).parent.parent)}
    again = subprocess.run(
        [sys.executable, "-c", _COUNT_COMPILED, str(content), str(tmp_path / "site")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(again.stdout.strip().splitlines()[-1])
    assert report == {"built": True, "compiled": []}
    assert site_files(tmp_path / "site") == first


def test_a_story_checked_again_checks_its_unchanged_version_too(
    make_library: Callable[..., Path], build: Callable[..., dict[str, bytes]], tmp_path: Path
) -> None:
    """Its Welsh file is unchanged (its version cached, in part): the two must still agree on the date."""
    content = make_library(library_files(12))
    build(content, "site", workers=1, cache=True)
    story = content / "stories" / "mm-007.en.md"
    text = story.read_text(encoding="utf-8")
    date = next(line for line in text.split("\n") if line.startswith("date: "))
    story.write_text(text.replace(date, "date: 2019-01-01"), encoding="utf-8")
    rebuilt = build_site(content, "content", tmp_path / "site", today=TODAY, index=False)
    clean = build_site(content, "content", tmp_path / "clean", today=TODAY, index=False, cache=False)
    assert rebuilt.out is None and clean.out is None
    assert [f.rule for f in rebuilt.library.findings if f.is_error] == [
        f.rule for f in clean.library.findings if f.is_error
    ]
    assert any("mm-007" in f.path for f in rebuilt.library.findings if f.is_error)


def _wait_for(path: Path) -> None:
    deadline = time.monotonic() + 10
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_work_in_the_background_runs_in_another_process_and_is_waited_for(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, forking: None
) -> None:
    """As a rebuild saves its cache: the task runs while this process goes on, and wait() is its end."""
    monkeypatch.setenv("STORYSITE_WORKERS", "2")
    go, done = tmp_path / "go", tmp_path / "done"

    def task() -> None:
        _wait_for(go)  # runs on only once this process has seen it has not finished
        time.sleep(0.2)
        done.write_text(str(os.getpid()), encoding="utf-8")

    wait = parallel.in_background(task)
    assert not done.exists()
    go.touch()
    wait()
    assert done.exists(), "wait() returned before the task had ended"
    assert int(done.read_text(encoding="utf-8")) != os.getpid()


def test_a_failing_background_task_says_nothing_and_stops_nothing(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str], forking: None
) -> None:
    monkeypatch.setenv("STORYSITE_WORKERS", "2")

    def task() -> None:
        raise OSError("the disk is full")

    parallel.in_background(task)()
    assert capfd.readouterr() == ("", "")


@pytest.mark.parametrize("where", ["one core", "another thread running"])
def test_work_in_the_background_runs_at_once_where_forking_is_not_safe(
    monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    monkeypatch.setenv("STORYSITE_WORKERS", "1" if where == "one core" else "2")
    pids: list[int] = []
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    if where == "another thread running":
        thread.start()
    try:
        wait = parallel.in_background(lambda: pids.append(os.getpid()))
        assert pids == [os.getpid()]  # done before in_background returned, here
        wait()
    finally:
        stop.set()
        if thread.is_alive():
            thread.join()


def test_parallel_map_runs_in_worker_processes_and_keeps_the_order(
    monkeypatch: pytest.MonkeyPatch, forking: None
) -> None:
    monkeypatch.setenv("STORYSITE_WORKERS", "2")

    def slow(item: int) -> tuple[int, int]:
        time.sleep(0.002)  # long enough that both workers take chunks
        return item * 2, os.getpid()

    results = parallel.parallel_map(slow, range(200), min_items=1)
    assert [doubled for doubled, _ in results] == [item * 2 for item in range(200)]
    pids = {pid for _, pid in results}
    assert os.getpid() not in pids and len(pids) == 2


@pytest.mark.parametrize("count", [2, 3, 8])
@pytest.mark.parametrize("total", [0, 1, 5, 99, 2000, 31000])
def test_chunks_cover_the_items_in_order_and_end_small(count: int, total: int) -> None:
    """Every item once, in order, in chunks that shrink, the last ones a single item: the workers end together."""
    items = list(range(total))
    chunks = parallel.shrinking_chunks(items, count)
    assert [item for chunk in chunks for item in chunk] == items
    sizes = [len(chunk) for chunk in chunks]
    assert all(size >= 1 for size in sizes) and sizes == sorted(sizes, reverse=True)
    assert not sizes or (sizes[-1] == 1 and sizes[0] <= max(1, total // (count * 4)))
    assert len(chunks) <= count * 4 * (1 + max(total, 1).bit_length())  # a few dozen messages, not one an item


def test_parallel_map_raises_the_tasks_own_exception(monkeypatch: pytest.MonkeyPatch, forking: None) -> None:
    monkeypatch.setenv("STORYSITE_WORKERS", "2")

    def task(item: int) -> int:
        if item == 37:
            raise ValueError("item 37 is bad")
        return item

    with pytest.raises(ValueError, match="item 37 is bad"):
        parallel.parallel_map(task, range(100), min_items=1)


def test_a_worker_that_dies_loses_no_item(monkeypatch: pytest.MonkeyPatch, forking: None) -> None:
    """Its chunks are made again in this process."""
    monkeypatch.setenv("STORYSITE_WORKERS", "2")
    parent = os.getpid()

    def task(item: int) -> int:
        if item == 11 and os.getpid() != parent:
            os._exit(3)  # as a worker killed by the system
        return item + 1

    assert parallel.parallel_map(task, range(100), min_items=1) == list(range(1, 101))
