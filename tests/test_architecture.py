"""The pipeline's layers hold: the import-linter contracts in pyproject.toml (docs/architecture.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def test_import_contracts_are_kept() -> None:
    run = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(REPO / "pyproject.toml")],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},  # this checkout's storysite, whatever is installed
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Contracts: 3 kept, 0 broken." in run.stdout, run.stdout


def test_every_module_imports() -> None:
    """A module moved without its importers is caught here (mypy ignores imports it cannot find)."""
    import importlib
    import pkgutil

    import storysite

    names = [m.name for m in pkgutil.walk_packages(storysite.__path__, "storysite.") if m.name != "storysite.__main__"]
    assert "storysite.render.site" in names and "storysite.check.library" in names
    for name in names:
        importlib.import_module(name)


def test_no_import_circle_is_excused() -> None:
    """The acyclic contract ignores no import: the model owns StoryVersion, so nothing goes round."""
    import tomllib

    contracts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    [acyclic] = [c for c in contracts["contracts"] if c["id"] == "acyclic"]
    assert not acyclic.get("ignore_imports"), acyclic["ignore_imports"]
    assert not any(c.get("ignore_imports") for c in contracts["contracts"])
