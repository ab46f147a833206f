"""Pagefind dies with storysite: killed (even by SIGKILL) or interrupted while indexing, no Pagefind runs on.

A Pagefind left running after its build was killed went on writing into the staging folder, and so
made it again after the next build had deleted it. Only the storysite process is signalled here,
never its group: Pagefind must go because storysite went.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REPO, SITE_YAML, story_text
from test_atomic_kill import build_command, build_env, staging

STORIES = 200
SENTENCES = 150  # each with words of its own: Pagefind then takes a second or more over each language


def pagefinds(under: Path) -> list[int]:
    """The ids of the Pagefind processes working on anything under `under` (not a process forked to start one)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if args and args[0].endswith(b"pagefind") and str(under).encode() in b" ".join(args):
            found.append(int(cmdline.parent.name))
    return found


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A library built once (so each build below reaches indexing soon), and its output folder."""
    root = tmp_path_factory.mktemp("pagefind-group")
    content, out = root / "content", root / "site"
    (content / "stories").mkdir(parents=True)
    (content / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    words = ["garden", "choir", "allotment", "kitchen", "river", "chapel", "market", "library", "harbour"]
    for n in range(STORIES):
        body = " ".join(f"Dai went to the {words[(n + i) % 9]} q{n}x{i} on day {i}." for i in range(SENTENCES))
        for lang in ("cy", "en"):
            text = story_text(f"mm-2026-{n:04d}", lang=lang, title=f"Garden {n}", body=body)
            (content / "stories" / f"s{n:04d}.{lang}.md").write_text(text, encoding="utf-8")
    done = subprocess.run(build_command(content, out), cwd=REPO, env=build_env(content), check=False)
    assert done.returncode == 0
    return content, out


@pytest.mark.parametrize(
    ("sig", "delay"),
    [(signal.SIGKILL, 0.0), (signal.SIGKILL, 0.3), (signal.SIGTERM, 0.0), (signal.SIGINT, 0.0), (signal.SIGHUP, 0.1)],
    ids=["kill-at-once", "kill-later", "term", "interrupt", "hangup"],
)
def test_no_pagefind_outlives_a_build_stopped_while_indexing(
    library: tuple[Path, Path], sig: signal.Signals, delay: float
) -> None:
    content, out = library
    where = out.parent
    for record in (content.parent / "cache").rglob("search.pickle"):  # no part to reuse: Pagefind indexes them all
        record.unlink()
    process = subprocess.Popen(
        build_command(content, out),
        cwd=REPO,
        env=build_env(content),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_for(lambda: bool(pagefinds(where)) or process.poll() is not None, 300)
        assert process.poll() is None, "the build ended before Pagefind could be seen: the test proves nothing"
        time.sleep(delay)
        assert pagefinds(where), "Pagefind ended before the build was signalled: make the library bigger"
        os.kill(process.pid, sig)  # storysite only, not its group
        process.wait(timeout=60)
        # What the next build's recovery does: delete what the killed one left. Nothing may make it again.
        for folder in staging(out):
            shutil.rmtree(folder, ignore_errors=True)
        assert wait_for(lambda: not pagefinds(where), 0.5), f"Pagefind outlived storysite: {pagefinds(where)}"
        time.sleep(2)  # longer than what was left of Pagefind's run
        assert staging(out) == [], "a staging folder was made again after it was deleted"
        assert (out / "pagefind" / "pagefind-entry.json").is_file()  # the old site, whole
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for pid in pagefinds(where):  # tidy up after a failure, so no stray Pagefind runs on
            os.kill(pid, signal.SIGKILL)
