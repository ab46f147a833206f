"""Nothing changes for users: this checkout builds the same sites, byte for byte, as the commit it started from.

The baseline is $STORYSITE_BASELINE, else where this branch left main (`git merge-base HEAD main`). Each
library is built cold and then again with its cache and spare, by both codes, each in a process of its own
(benchmarks/identical.py; run it with --stories 1000 for the full check).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

import identical  # noqa: E402


def baseline() -> str:
    """The commit to compare with: $STORYSITE_BASELINE, else the merge base of HEAD and main."""
    if os.environ.get("STORYSITE_BASELINE"):
        return os.environ["STORYSITE_BASELINE"]
    try:
        run = subprocess.run(["git", "merge-base", "HEAD", "main"], cwd=REPO, capture_output=True, text=True)
    except FileNotFoundError:
        pytest.skip("git is not installed: there is no old commit to build")
    if run.returncode != 0:
        run = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True)
    if run.returncode != 0:
        pytest.skip("not a git checkout: there is no old commit to build")
    return run.stdout.strip()


def test_sites_are_byte_identical_to_the_baseline(tmp_path: Path) -> None:
    commit, result = identical.run(baseline(), 200, tmp_path)
    assert set(result) == {"example (cold)", "example (rebuild)", "generated-200 (cold)", "generated-200 (rebuild)"}
    assert all(not found for found in result.values()), (commit, {k: v[:20] for k, v in result.items() if v})


def test_a_changed_byte_is_found(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    for root in (old, new):
        (root / "en").mkdir(parents=True)
        (root / "pagefind").mkdir()
        (root / "en" / "index.html").write_bytes(b"<p>same</p>")
        (root / "pagefind" / "pagefind-entry.json").write_text(str(root))  # differs, but is Pagefind's
    assert identical.differences(old, new) == []
    (new / "en" / "index.html").write_bytes(b"<p>samE</p>")
    (new / "sitemap.xml").write_bytes(b"")
    assert identical.differences(old, new) == ["only in the new site: sitemap.xml", "differs: en/index.html"]
