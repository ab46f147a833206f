"""Full disks, Pagefind output cut short, and an --out that cannot be made: one clear message, the old site intact.

The full disk is real: a small tmpfs (mounted as root; skipped, saying why, where mounting is not
allowed), filled with a file so that the build runs out of room at many different points. Pagefind
reports no error when it cannot write (it leaves empty or partial files and exits 0), so a wrapper
around it also cuts its output short, file by file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO, SITE_YAML, TODAY, story_text

import storysite.search as search_module
from storysite.build import build_site
from storysite.errors import StorysiteError

STORIES = 12


def generate(content: Path, edition: str) -> None:
    (content / "stories").mkdir(parents=True, exist_ok=True)
    (content / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    for n in range(STORIES):
        for lang in ("cy", "en"):
            text = story_text(
                f"mm-2026-{n:03d}", lang=lang, title=f"Garden {n} {edition}", body=f"Dai went out on day {n}. " * 40
            )
            (content / "stories" / f"s{n:03d}.{lang}.md").write_text(text, encoding="utf-8")


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@contextlib.contextmanager
def mounted(folder: Path, options: str) -> Iterator[Path]:
    """A tmpfs mounted at `folder` with `options`; skips when this process may not mount one."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs (a real full disk) needs root; these tests run as root in CI")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (a container without CAP_SYS_ADMIN?): {done.stderr.decode()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def cli(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STORYSITE_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "storysite", *args]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False, timeout=300)


def assert_one_clear_error(done: subprocess.CompletedProcess[str], *phrases: str) -> str:
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stdout, done.stderr
    # Click's own word starts the line, in Welsh too.
    errors = [line for line in done.stderr.splitlines() if line.startswith(("Error:", "Gwall:"))]
    assert len(errors) == 1, done.stderr
    assert any(phrase in errors[0] for phrase in phrases), errors[0]
    return errors[0]


FULL = ("No space left on device", "is full", "cut short")


def test_a_disk_that_fills_up_at_any_point_of_a_rebuild_leaves_the_old_site(tmp_path: Path) -> None:
    content, cache = tmp_path / "content", tmp_path / "cache"
    generate(content, "first")
    with mounted(tmp_path / "disk", "size=16m") as disk:
        out = disk / "_site"
        assert cli("build", str(content), "--out", str(out), "--quiet", cache=cache).returncode == 0
        before = snapshot(out)
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        site_bytes = sum(len(data) for data in before.values())
        generate(content, "second")  # every page changes, so the rebuild writes the whole site again
        seen: set[str] = set()
        # Leave less room than a whole site at many points: the build fails writing pages, in Pagefind,
        # merging its bundles or on the room check after it.
        for room in range(site_bytes // 10, int(site_bytes * 1.3), site_bytes // 10):
            filler = disk / "filler"
            with filler.open("wb") as handle, contextlib.suppress(OSError):
                handle.write(bytes(max(0, free - room)))
            done = cli("build", str(content), "--out", str(out), "--quiet", cache=cache)
            filler.unlink()
            if done.returncode == 0:  # enough room after all: the new site is whole
                assert "Garden 0 second" in (out / "en/stories/mm-2026-000/index.html").read_text()
                break
            seen.add(assert_one_clear_error(done, *FULL).split(":")[1])
            assert snapshot(out) == before, f"the old site changed with {room} bytes free"
            assert not list(disk.glob(".*building*")) and not list(disk.glob(".pagefind-*"))
        assert len(seen) >= 2, f"the disk filled at only one point: {seen}"
        assert cli("build", str(content), "--out", str(out), "--quiet", cache=cache).returncode == 0


def test_the_full_disk_message_is_in_welsh_too(tmp_path: Path) -> None:
    content, cache = tmp_path / "content", tmp_path / "cache"
    generate(content, "first")
    with mounted(tmp_path / "disk", "size=1m") as disk:
        done = cli("--iaith", "cy", "build", str(content), "--out", str(disk / "_site"), "--quiet", cache=cache)
        line = assert_one_clear_error(done, "No space left on device", "llawn")
        assert "Methu" in line or "llawn" in line


WRAPPER = """\
#!{python}
import glob, os, subprocess, sys
code = subprocess.call([{real!r}, *sys.argv[1:]])
out = sys.argv[sys.argv.index("--output-path") + 1]
target, how = os.environ["CUT"], os.environ["HOW"]
if target.endswith(".js") and not os.path.basename(out).startswith("cy-"):  # checked against other bundles': cut one
    sys.exit(code)
for path in sorted(glob.glob(os.path.join(out, target)))[:1]:
    size = os.path.getsize(path)
    with open(path, "r+b") as handle:
        handle.truncate(0 if how == "empty" else size // 2 if how == "half" else max(0, size - 1))
sys.exit(code)
"""

# A script Pagefind cut short the same way in every bundle can only be caught by the room check (the
# full-disk test above): its end holds no checksum. Cut in one bundle, it differs from the others'.
CUTS = ["pagefind-entry.json", "fragment/*", "index/*", "filter/*", "*.pf_meta", "wasm.*.pagefind", "pagefind-ui.js"]


@pytest.fixture
def cut_pagefind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pagefind, then one of its files cut short (as on a full disk), as CUT and HOW say."""
    wrapper = tmp_path / "pagefind-cut"
    real = search_module.pagefind_executable()
    wrapper.write_text(WRAPPER.format(python=sys.executable, real=real), encoding="utf-8")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(search_module, "pagefind_executable", lambda: str(wrapper))


@pytest.mark.parametrize("how", ["empty", "half", "last-byte"])
@pytest.mark.parametrize("cut", CUTS)
def test_pagefind_output_cut_short_is_one_clear_error_and_the_old_site_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cut: str, how: str, cut_pagefind: None
) -> None:
    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(tmp_path / "cache"))
    content, out = tmp_path / "content", tmp_path / "_site"
    generate(content, "first")
    monkeypatch.setenv("CUT", "no-such-file")
    monkeypatch.setenv("HOW", how)
    assert build_site(content, "content", out, today=TODAY).out == out
    before = snapshot(out)
    generate(content, "second")
    monkeypatch.setenv("CUT", cut)
    with pytest.raises(StorysiteError) as raised:
        build_site(content, "content", out, today=TODAY)
    message = raised.value.format_message()
    assert "cut short" in message and "pagefind/" in message, message
    assert snapshot(out) == before
    assert not list(tmp_path.glob(".*building*")) and not list(tmp_path.glob(".pagefind-*"))


@pytest.mark.parametrize("command", ["build", "serve"])
@pytest.mark.parametrize("where", ["below a file", "a file's folder", "read-only parent", "read-only, deeper"])
def test_an_out_that_cannot_be_made_is_one_clear_error(tmp_path: Path, where: str, command: str) -> None:
    content, cache = tmp_path / "content", tmp_path / "cache"
    generate(content, "first")
    (tmp_path / "a-file").write_text("not a folder\n", encoding="utf-8")
    with contextlib.ExitStack() as stack:
        if where == "below a file":
            out = tmp_path / "a-file" / "_site"
        elif where == "a file's folder":
            out = tmp_path / "a-file" / "deeper" / "_site"
        else:
            readonly = stack.enter_context(mounted(tmp_path / "ro", "ro,size=64k"))
            out = readonly / "new" / "_site" if where == "read-only parent" else readonly / "a" / "b" / "_site"
        extra = ["--port", "0"] if command == "serve" else ["--quiet"]
        done = cli(command, str(content), "--out", str(out), *extra, cache=cache)
        line = assert_one_clear_error(done, "Could not make the folder")
        assert "Choose an --out" in line
        assert not out.exists()
