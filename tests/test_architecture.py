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


def _rebound_names(source: str) -> list[tuple[str, int]]:
    """Module-level names bound a second time by a value that does not read them (not `X = X | more`)."""
    import ast

    seen: set[str] = set()
    rebound = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names, value = [t.id for t in node.targets if isinstance(t, ast.Name)], node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names, value = [node.target.id], node.value
        else:
            continue
        read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
        rebound += [(name, node.lineno) for name in names if name in seen and name not in read]
        seen.update(names)
    return rebound


def test_no_module_level_name_is_bound_twice() -> None:
    """A second `_VENUE_AFTER = re.compile(...)` far down a module silently replaced the first for every finder
    that read it (round twenty-six); ruff flags a redefined function or import, not a rebound name."""
    assert _rebound_names("A = 1\nB = 2\nA = 3\nC = A\nC = C | 4\n") == [("A", 3)]
    found = [
        f"{path.relative_to(REPO)}:{line} {name}"
        for path in sorted((REPO / "storysite").rglob("*.py"))
        for name, line in _rebound_names(path.read_text(encoding="utf-8"))
    ]
    assert not found, found
