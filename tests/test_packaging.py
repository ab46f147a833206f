"""The default theme and the catalogs ship inside the wheel: a build works outside the repository."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import REPO, story_text


def test_wheel_carries_theme_and_catalogs_and_builds_outside_the_repo(tmp_path: Path, make_library) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
        check=True,
        capture_output=True,
    )
    [wheel] = wheels.glob("storysite-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "storysite/_data/themes/default/templates/base.html" in names
    assert "storysite/_data/locales/cy/LC_MESSAGES/messages.po" in names
    target = tmp_path / "installed"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    content = make_library({"stories/a.en.md": story_text(), "stories/a.cy.md": story_text(lang="cy")})
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-m", "storysite", "build", "content", "--out", "site"],
        cwd=content.parent,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    welsh = (content.parent / "site/cy/stories/mm-2026-001/index.html").read_text(encoding="utf-8")
    assert "Neidio i’r prif gynnwys" in welsh
    probe = subprocess.run(
        [sys.executable, "-c", "import storysite; print(storysite.__file__)"],
        cwd=content.parent,
        env=env,
        capture_output=True,
        text=True,
    )
    assert probe.stdout.startswith(str(target))
