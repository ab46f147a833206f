"""The `storysite` command as a process: its exit codes and all of its output, though it skips tearing down."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from conftest import REPO, story_text


def storysite(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "storysite", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},  # conftest's private cache folder, too
    )


def test_every_finding_is_printed_and_the_exit_code_kept(make_library: Callable[..., Path]) -> None:
    files = {}
    for n in range(300):  # more output than a pipe's buffer: none of it may be lost at exit
        files[f"stories/s{n}.en.md"] = story_text(f"mm-2026-{n:03d}", status="pending")
    files["stories/bad.en.md"] = story_text("mm-2026-999").replace("status: given", "status: maybe")
    content = make_library(files)
    result = storysite("check", "content", "--format", "json", cwd=content.parent)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert len([f for f in report["findings"] if f["rule"] == "consent.pending"]) == 300
    assert any(f["path"].endswith("bad.en.md") and f["severity"] == "error" for f in report["findings"])


def test_a_build_ends_with_its_summary_and_code_zero(make_library: Callable[..., Path]) -> None:
    content = make_library({"stories/a.en.md": story_text(), "stories/a.cy.md": story_text(lang="cy")})
    result = storysite("--messages-lang", "en", "build", "content", "--out", "site", cwd=content.parent)
    assert result.returncode == 0, result.stderr
    assert (content.parent / "site" / "en" / "stories" / "mm-2026-001" / "index.html").is_file()
    assert result.stdout.rstrip().splitlines()[-1].startswith("Took ")  # the summary's last line was not lost


def test_a_usage_error_keeps_its_message_and_code(tmp_path: Path) -> None:
    result = storysite("check", str(tmp_path / "missing"), cwd=tmp_path)
    assert result.returncode == 2
    assert "There is no content folder" in result.stderr
