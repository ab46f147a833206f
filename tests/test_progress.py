"""`build` and `check` end with a summary; a progress bar shows on a terminal only; --quiet leaves both out."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import story_text

from storysite import cli, progress
from storysite.cli import main

STAGES = ("Checking stories", "Rendering pages", "Indexing for search")
SUMMARY = re.compile(r"^Took \d+\.\d s\.$", re.MULTILINE)
CHECKED = re.compile(r"^3 story files checked: 0 errors, \d+ warnings?\.$")


@pytest.fixture
def library(make_library: Callable[..., Path]) -> Path:
    """Three stories: one for the intranet only, one pending, one withdrawn."""
    return make_library(
        {
            "stories/mm-2026-001.en.md": story_text("mm-2026-001"),
            "stories/mm-2026-002.en.md": story_text("mm-2026-002", status="pending"),
            "stories/mm-2026-003.en.md": story_text("mm-2026-003", status="withdrawn"),
        }
    )


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def no_progress(result: Result) -> None:
    """Nothing of a progress bar: no stage labels, no carriage returns, no counts like `1/3`."""
    for stage in STAGES:
        assert stage not in result.output
    assert "\r" not in result.output
    assert not re.search(r"\b\d+/\d+\b", result.stderr)


def test_check_without_a_terminal_prints_the_summary_but_no_bar(library: Path) -> None:
    result = run("check", str(library))
    assert result.exit_code == 0, result.output
    no_progress(result)
    lines = result.stdout.splitlines()
    assert any(CHECKED.match(line) for line in lines)
    assert "Stories that would be published: 1 to `intranet`, 0 to `public`." in lines
    assert "  Left out of `intranet` because consent is pending (1): mm-2026-002." in lines
    assert "  Left out of `intranet` because consent was withdrawn (1): mm-2026-003." in lines
    assert "  Left out of `public` because the person did not agree to this audience (1): mm-2026-001." in lines
    assert SUMMARY.search(result.stdout)


def test_build_without_a_terminal_prints_the_summary_but_no_bar(library: Path, tmp_path: Path) -> None:
    result = run("build", str(library), "--out", str(tmp_path / "_site"))
    assert result.exit_code == 0, result.output
    no_progress(result)
    lines = result.stdout.splitlines()
    assert any(line.startswith("Built 1 story for `intranet` into ") for line in lines)
    assert "Stories that would be published: 1 to `intranet`, 0 to `public`." in lines
    assert "  Left out of `intranet` because consent is pending (1): mm-2026-002." in lines
    assert "  Left out of `intranet` because consent was withdrawn (1): mm-2026-003." in lines
    assert not any("Left out of `public`" in line for line in lines)  # only the audience being built is explained
    assert SUMMARY.search(result.stdout)


@pytest.mark.parametrize("command", ["check", "build"])
def test_quiet_leaves_out_progress_and_summary(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.setattr(cli, "wanted", lambda quiet: not quiet)  # even as if standard error were a terminal
    extra = ["--out", str(tmp_path / "_site")] if command == "build" else []
    result = run(command, str(library), *extra, "--quiet")
    assert result.exit_code == 0, result.output
    no_progress(result)
    assert "Stories that would be published" not in result.output
    assert "Left out of" not in result.output
    assert not SUMMARY.search(result.output)
    if command == "check":
        assert CHECKED.match(result.stdout.splitlines()[-1])
    else:
        assert result.stdout.startswith("Built 1 story for `intranet` into ")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_is_wanted_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress.sys, "stderr", _Terminal())
    assert progress.wanted(quiet=False)
    assert not progress.wanted(quiet=True)
    monkeypatch.setattr(progress.sys, "stderr", io.StringIO())
    assert not progress.wanted(quiet=False)


def test_on_a_terminal_build_shows_its_stages_on_standard_error(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "wanted", lambda quiet: not quiet)  # as if standard error were a terminal
    result = run("build", str(library), "--out", str(tmp_path / "_site"))
    assert result.exit_code == 0, result.output
    assert "Checking stories" in result.stderr and "Rendering pages…" in result.stderr
    assert "Checking stories" not in result.stdout  # standard output stays clean for pipes
    assert SUMMARY.search(result.stdout)
