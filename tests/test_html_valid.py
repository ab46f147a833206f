"""Every page of the built example library, and the theme's CSS and SVG, pass the Nu Html Checker with no errors.

The checker is vnu.jar from the `vnu-jar` npm package, at a pinned version whose npm integrity hash is checked. It is
fetched once with `npm pack` into a cache folder (~/.cache/storysite-tests, or $STORYSITE_TEST_CACHE); set $VNU_JAR to
use a copy you already have. It runs on the machine's Java.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

import pytest

VNU_VERSION = "26.9.27"
VNU_INTEGRITY = "sha512-TkQd5DFfOaWC9ebtvozTsrH2Vaod3jYg+vrOeREzIXxBexLz9+rS2DNtjn7+RPUiZhgli0SghgBX6RJRNea0KA=="


def cache_folder() -> Path:
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "storysite-tests"
    return Path(os.environ.get("STORYSITE_TEST_CACHE", default))


def fetch_vnu(target: Path) -> None:
    """Download the pinned vnu-jar package with npm, check its integrity, and keep only vnu.jar."""
    if shutil.which("npm") is None:
        pytest.fail("npm is needed once to fetch the Nu Html Checker (or set VNU_JAR to a vnu.jar).")
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            ["npm", "pack", f"vnu-jar@{VNU_VERSION}", "--silent"], cwd=tmp, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            pytest.fail(f"npm could not fetch vnu-jar@{VNU_VERSION}:\n{done.stderr}")
        tgz = Path(tmp) / f"vnu-jar-{VNU_VERSION}.tgz"
        digest = "sha512-" + base64.b64encode(hashlib.sha512(tgz.read_bytes()).digest()).decode()
        assert digest == VNU_INTEGRITY, f"vnu-jar@{VNU_VERSION} does not match its pinned integrity hash"
        with tarfile.open(tgz) as archive:
            member = archive.extractfile("package/build/dist/vnu.jar")
            assert member is not None
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".part")
            partial.write_bytes(member.read())
            partial.replace(target)


@pytest.fixture(scope="session")
def vnu_jar() -> Path:
    """The Nu Html Checker's jar, fetched and cached on first use."""
    if shutil.which("java") is None:
        pytest.fail("Java is needed to run the Nu Html Checker: `apt-get install default-jre-headless`.")
    if os.environ.get("VNU_JAR"):
        return Path(os.environ["VNU_JAR"])
    jar = cache_folder() / f"vnu-jar-{VNU_VERSION}" / "vnu.jar"
    if not jar.exists():
        fetch_vnu(jar)
    return jar


def validate(jar: Path, files: list[Path], *extra: str) -> list[str]:
    """Run the checker over `files`: one line per error, naming the file and line."""
    done = subprocess.run(
        ["java", "-jar", str(jar), "--errors-only", "--format", "json", *extra, *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(done.stderr or done.stdout)["messages"]
    return [
        f"{m.get('url', '').rsplit('/_site/', 1)[-1]}:{m.get('lastLine', '?')}: {m['message']}"
        for m in messages
        # "non-document-error": the checker could not read the file at all, which must not pass as valid.
        if m["type"] in ("error", "non-document-error") or m.get("subType") == "fatal"
    ]


def test_every_page_is_valid_html(vnu_jar: Path, example_site: Path) -> None:
    pages = sorted(example_site.rglob("*.html"))
    assert any("stories" in p.parts for p in pages) and (example_site / "index.html") in pages
    assert validate(vnu_jar, pages) == []


def test_theme_css_and_svg_are_valid(vnu_jar: Path, example_site: Path) -> None:
    files = sorted((example_site / "static").glob("*.css")) + sorted((example_site / "static").glob("*.svg"))
    assert files
    assert validate(vnu_jar, files, "--also-check-css", "--also-check-svg") == []


def test_the_checker_reports_invalid_html(vnu_jar: Path, tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text("<!DOCTYPE html><html lang=en><title>x</title><h1>x</h3><p><div>x</p></html>", encoding="utf-8")
    assert len(validate(vnu_jar, [page])) >= 2
