"""Kill a build with SIGKILL midway (no chance to clean up): the previous site is intact, and the next build is clean.

The library is big enough (150 bilingual stories) that a build spends a while writing pages and indexing,
so the kill lands inside the build rather than before or after it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPO, SITE_YAML, story_text

STORIES = 150
WORDS = ["garden", "choir", "allotment", "kitchen", "river", "chapel", "market", "library", "harbour"]


def generate(content: Path, edition: str) -> None:
    """Write a library of STORIES bilingual stories; `edition` goes into every title, so editions differ."""
    folder = content / "stories"
    folder.mkdir(parents=True, exist_ok=True)
    (content / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    for n in range(STORIES):
        word = WORDS[n % len(WORDS)]
        body = f"Dai went to the {word} on day {n}. " * 20
        for lang in ("cy", "en"):
            text = story_text(
                f"mm-2026-{n:04d}",
                lang=lang,
                title=f"{word.title()} {n} {edition}",
                body=body,
                date=f"2026-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
            )
            (folder / f"s{n:04d}.{lang}.md").write_text(text, encoding="utf-8")


def build_env(content: Path) -> dict[str, str]:
    """The environment for a build: its cache in a folder of the test's own (the kill may leave it half-written)."""
    return {**os.environ, "STORYSITE_CACHE_DIR": str(content.parent / "cache")}


def build_command(content: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "storysite", "build", str(content), "--out", str(out), "--quiet"]


def run_build(content: Path, out: Path) -> None:
    done = subprocess.run(
        build_command(content, out), cwd=REPO, env=build_env(content), capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root` with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def staging(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.building-*"))


def pagefind_running(pid: int) -> bool:
    """Whether the build `pid` has started Pagefind (a child process) yet."""
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and "pagefind" in (status.parent / "cmdline").read_text():
                return True
        except (OSError, IndexError, ValueError):
            continue
    return False


def indexing(out: Path, pid: int) -> bool:
    """Whether the build `pid` is in its index stage: Pagefind running, or its pages being made ready for it
    (a small library's Pagefind runs can be over before /proc is read through)."""
    return pagefind_running(pid) or any(any(folder.glob(".pagefind-*")) for folder in staging(out))


def kill_midway(content: Path, out: Path, moment: str) -> None:
    """Start a build and SIGKILL it, and Pagefind under it, at `moment`: "writing" or "indexing"."""
    process = subprocess.Popen(
        build_command(content, out),
        cwd=REPO,
        env=build_env(content),
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while process.poll() is None and time.monotonic() < deadline:
        if staging(out) if moment == "writing" else indexing(out, process.pid):
            break
        time.sleep(0.002)
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, f"the build ended before it could be killed while {moment}"


def search_index(site: dict[str, bytes]) -> dict[str, int]:
    """Pagefind's languages and page counts (its file names hold hashes that vary from build to build)."""
    entry = json.loads(site["pagefind/pagefind-entry.json"])
    return {lang: value["page_count"] for lang, value in entry["languages"].items()}


def test_killed_builds_leave_the_previous_site_and_the_next_build_is_clean(tmp_path: Path) -> None:
    content, out = tmp_path / "content", tmp_path / "site"
    generate(content, "first")
    run_build(content, out)
    before = snapshot(out)
    assert "Garden 0 first" in before["en/stories/mm-2026-0000/index.html"].decode()

    generate(content, "second")
    for moment in ("writing", "indexing"):
        kill_midway(content, out, moment)
        assert staging(out), f"killed while {moment}, the build should have left its staging folder behind"
        assert snapshot(out) == before, f"the previous site changed when a build was killed while {moment}"

    run_build(content, out)
    after = snapshot(out)
    assert "Garden 0 second" in after["en/stories/mm-2026-0000/index.html"].decode()
    assert not any(".building-" in path or ".old-" in path for path in after)
    fresh = tmp_path / "fresh"
    run_build(content, fresh)
    expected = snapshot(fresh)
    assert {k: v for k, v in after.items() if not k.startswith("pagefind/")} == {
        k: v for k, v in expected.items() if not k.startswith("pagefind/")
    }, "differs from a build from scratch"
    assert search_index(after) == search_index(expected) == {"cy": STORIES, "en": STORIES}
