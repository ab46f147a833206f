"""Fail-closed safety: links out of CONTENT, what the build cache keeps, and two builds into one folder at once."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SITE_YAML, TODAY, OpenedFiles, story_text

from storysite.authoring.scaffold import init_library
from storysite.build import build_site
from storysite.cli import main
from storysite.content import load
from storysite.errors import StorysiteError
from storysite.output import write
from storysite.output.write import lock_path, output_lock

SECRET = "The otter crossed the weir at dawn."


def build(content: Path, out: Path, **kwargs: object):
    return build_site(content, "content", out, today=TODAY, **kwargs)  # type: ignore[arg-type]


def errors(result) -> list:
    return [f for f in result.library.findings if f.is_error]


# 1. Links out of CONTENT


@pytest.mark.parametrize("folder", ["stories", "panels"])
def test_a_linked_stories_or_panels_folder_is_an_error_and_is_not_read(
    make_library, tmp_path: Path, folder: str
) -> None:
    content = make_library({"stories/a.en.md": story_text()} if folder == "panels" else {})
    elsewhere = tmp_path / "elsewhere" / folder
    elsewhere.mkdir(parents=True)
    if folder == "stories":
        (elsewhere / "x.en.md").write_text(story_text("mm-2026-009", body=SECRET), encoding="utf-8")
    else:
        (elsewhere / "p.yaml").write_text("id: p\n", encoding="utf-8")
    (content / folder).symlink_to(elsewhere, target_is_directory=True)
    out = tmp_path / "site"
    result = build(content, out)
    assert result.out is None and not out.exists()
    [finding] = [f for f in errors(result) if f.path == f"content/{folder}"]
    assert (finding.line, finding.column, finding.category) == (1, 1, "content")
    assert "is a link" in finding.message and f"real `{folder}` folder" in finding.message
    assert all("x.en.md" not in f.path and "p.yaml" not in f.path for f in result.library.findings)  # not read
    cli = CliRunner().invoke(main, ["build", str(content), "--out", str(out)])
    assert cli.exit_code == 1 and "Traceback" not in cli.output and not out.exists()


def test_a_linked_site_yaml_is_an_error(make_library, tmp_path: Path) -> None:
    content = make_library({"stories/a.en.md": story_text()}, site=None)
    outside = tmp_path / "shared" / "site.yaml"
    outside.parent.mkdir()
    outside.write_text(SITE_YAML, encoding="utf-8")
    (content / "site.yaml").symlink_to(outside)
    out = tmp_path / "site"
    result = build(content, out)
    assert result.out is None and not out.exists()
    [finding] = errors(result)
    assert (finding.path, finding.line, finding.rule) == ("content/site.yaml", 1, "file.symlink-outside")
    assert "is a link" in finding.message


def test_a_site_yaml_that_cannot_be_read_is_a_finding(make_library, tmp_path: Path) -> None:
    content = make_library({"stories/a.en.md": story_text()}, site=None)
    (content / "site.yaml").mkdir()
    result = build(content, tmp_path / "site")
    [finding] = errors(result)
    assert (finding.path, finding.line, finding.rule) == ("content/site.yaml", 1, "file.unreadable")
    assert "folder, not a file" in finding.message
    cli = CliRunner().invoke(main, ["check", str(content)])
    assert cli.exit_code == 1 and "Traceback" not in cli.output and "site.yaml:1:1" in cli.output


def test_an_unreadable_site_yaml_is_a_finding(make_library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = make_library({"stories/a.en.md": story_text()})

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)  # chmod 000 means nothing to root, who runs these tests
    result = build(content, tmp_path / "site")
    [finding] = errors(result)
    assert (finding.path, finding.line, finding.rule) == ("content/site.yaml", 1, "file.unreadable")
    assert "Permission denied" in finding.message


def test_a_story_over_the_size_limit_is_a_finding_and_one_over_a_read_chunk_is_read_whole(
    make_library, tmp_path: Path
) -> None:
    # the reader takes a file in 64 KB parts: a long story is read to its end, a huge one is stopped at the limit
    long_body = "She walked down to the harbour every morning. " * 1600  # about 74 KB
    content = make_library(
        {
            "stories/long.en.md": story_text("mm-2026-001", body=long_body + "The end of the long story."),
            "stories/huge.en.md": story_text("mm-2026-002", body="x" * (load.MAX_FILE_BYTES + 10)),
        }
    )
    result = build(content, tmp_path / "site")
    [finding] = errors(result)
    assert (finding.path, finding.rule) == ("content/stories/huge.en.md", "file.too-large")
    text, problems = load.read_text(content / "stories" / "long.en.md", "long.en.md")
    assert not problems and text is not None and text.rstrip().endswith("The end of the long story.")


# 2. The build cache keeps nothing of a story that is not published


def cache_bytes(cache: Path) -> bytes:
    """Everything the builds left in the cache folder ($STORYSITE_CACHE_DIR), as one run of bytes."""
    return b"".join(p.read_bytes() for p in sorted(cache.rglob("*")) if p.is_file())


def test_the_cache_never_holds_an_unpublished_story(
    make_library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(tmp_path / "cache"))
    content = make_library(
        {
            "stories/a.en.md": story_text("mm-2026-001", title=SECRET, body=SECRET),
            "stories/b.en.md": story_text(
                "mm-2026-002", status="pending", title="lighthouse jigsaw", body="The lighthouse jigsaw was finished."
            ),
            "stories/c.en.md": story_text(
                "mm-2026-003", status="withdrawn", title="heron kite", body="The heron kite flew over the marsh."
            ),
            "stories/d.en.md": story_text(
                "mm-2026-004",
                consent="consent:\n  status: given\n  date: 2020-03-20\n  scope: [intranet]\n  review: 2021-03-20\n",
                title="blue tractor",
                body="The blue tractor ran all winter.",
            ),
            "stories/e.en.md": story_text("mm-2026-005", extra="oops: 1\n", body="The red kettle boiled twice."),
            "stories/f.en.md": story_text(
                "mm-2026-006", scope="[public]", title="The kettle sang for public.", body="The kettle sang."
            ),
        }
    )
    out = tmp_path / "site"
    assert build(content, out).out is None  # e.en.md has an error
    # A failed build saves its cache too (so a withdrawal reaches it, issue 22), pruned to what is publishable.
    failed = cache_bytes(tmp_path / "cache")
    for phrase in [b"lighthouse jigsaw", b"heron kite", b"blue tractor", b"red kettle"]:
        assert phrase not in failed, phrase
    broken = content / "stories" / "e.en.md"
    broken.write_text(broken.read_text(encoding="utf-8").replace("oops: 1\n", ""), encoding="utf-8")
    result = build(content, out)
    assert result.out == out, errors(result)
    assert sorted(result.excluded) == ["mm-2026-002", "mm-2026-003", "mm-2026-004", "mm-2026-006"]
    saved = cache_bytes(tmp_path / "cache")
    # Published stories are cached (checked, without their text: this test sees a story's title there).
    assert SECRET.encode() in saved
    assert b"The kettle sang for public." in saved  # published to another audience: kept
    for phrase in [b"lighthouse jigsaw", b"heron kite", b"blue tractor"]:
        assert phrase not in saved, phrase

    story = content / "stories" / "a.en.md"
    story.write_text(story.read_text(encoding="utf-8").replace("status: given", "status: withdrawn"), encoding="utf-8")
    assert build(content, out).out == out
    assert SECRET.encode() not in cache_bytes(tmp_path / "cache")
    assert build(content, out).out == out  # and re-checked, not taken from the cache, next time too
    assert SECRET.encode() not in cache_bytes(tmp_path / "cache")


def test_a_cache_others_could_have_written_is_not_loaded(
    make_library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened_files: OpenedFiles
) -> None:
    """A cache that is not this user's own and private is not trusted: the build reads every story again."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(cache))
    monkeypatch.setenv("STORYSITE_WORKERS", "1")  # files opened in this process, where the test watches
    monkeypatch.setattr(load, "_now_ns", lambda: time.time_ns() + 10_000_000_000)  # old enough to be recorded
    content = make_library({"stories/a.en.md": story_text()})
    out = tmp_path / "site"

    def story_read() -> bool:
        with opened_files.watching() as opened:
            assert build(content, out, index=False).out == out
        return any(path.endswith("a.en.md") for path in opened)

    def cache_files() -> list[Path]:
        return [p for p in cache.rglob("*") if p.is_file() and not p.is_symlink()]

    assert story_read()  # the first build
    assert not story_read()  # this user's own, private cache is used: the unchanged story is not read
    for file in cache_files():
        file.chmod(0o620)
    assert story_read()
    assert not story_read()  # the cache that build saved is private again
    folders = {file.parent for file in cache_files()}
    for folder in folders:
        folder.chmod(0o777)
    assert story_read()
    for folder in folders:
        folder.chmod(0o700)
    assert not story_read()
    if os.getuid() == 0:  # only root may give a file away
        for file in cache_files():
            os.chown(file, 1, -1)
        assert story_read()
        assert not story_read()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for file in cache_files():
        copy = elsewhere / file.name
        copy.write_bytes(file.read_bytes())
        copy.chmod(0o600)
        file.unlink()
        file.symlink_to(copy)
    assert story_read()


# 4. Two builds into the same folder at once


def test_a_second_build_waits_for_the_first_instead_of_deleting_its_staging_folder(
    make_library, tmp_path: Path
) -> None:
    content = make_library({"stories/a.en.md": story_text()})
    out = tmp_path / "site"
    outcome: dict[str, object] = {}
    with output_lock(out):  # a build that is still writing
        running = tmp_path / ".site.building-running"
        running.mkdir()
        (running / "index.html").write_text("half written")
        waiter = threading.Thread(target=lambda: outcome.update(result=build(content, out)))
        waiter.start()
        time.sleep(1.0)
        assert waiter.is_alive(), "the second build did not wait"
        assert (running / "index.html").is_file(), "the second build deleted a running build's staging folder"
        assert not out.exists()
        running.rename(tmp_path / ".site.building-killed")  # say the first build is killed here...
    waiter.join(60)
    assert outcome["result"].out == out  # type: ignore[attr-defined]
    assert not (tmp_path / ".site.building-killed").exists()  # ...then its folder is stale, and tidied away
    # No lock file left behind; beside the site, only its spare (the site's own files, linked for the next build)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.spare", "content", "site"]
    for path in (tmp_path / ".site.spare").rglob("*"):
        assert path.is_dir() or path.read_bytes() == (out / path.relative_to(tmp_path / ".site.spare")).read_bytes()


def test_a_build_that_cannot_get_the_lock_fails_plainly(
    make_library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_library({"stories/a.en.md": story_text()})
    out = tmp_path / "site"
    monkeypatch.setattr(write, "LOCK_TIMEOUT", 0.3)
    with output_lock(out), pytest.raises(StorysiteError, match="Another storysite build is still writing"):
        build(content, out)
    assert not out.exists()


def test_the_lock_admits_one_holder_at_a_time(tmp_path: Path) -> None:
    out = tmp_path / "site"
    holders: list[int] = []
    overlaps: list[int] = []

    def hold() -> None:
        with output_lock(out):
            holders.append(1)
            if len(holders) > 1:
                overlaps.append(len(holders))
            time.sleep(0.05)
            holders.pop()

    threads = [threading.Thread(target=hold) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert overlaps == []
    assert not lock_path(out).exists()


# 3. What `storysite init` tells git to ignore


def test_init_gitignore_covers_the_preview_and_the_staging_folders(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    init_library(folder)
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    paths = ["_site/index.html", "_preview/index.html", "._site.building-x1/a", "._site.old-x2/a", "._preview.lock"]
    for path in paths:
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text("x")
    ignored = subprocess.run(
        ["git", "-C", str(folder), "check-ignore", *paths], capture_output=True, text=True, check=False
    ).stdout.split()
    assert sorted(ignored) == sorted(paths)
    kept = subprocess.run(["git", "-C", str(folder), "check-ignore", "-q", "content/site.yaml"], check=False)
    assert kept.returncode == 1  # the library itself is not ignored
