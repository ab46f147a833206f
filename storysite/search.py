"""Build the Pagefind search index over the written site, in one call of its CLI."""

from __future__ import annotations

import subprocess
from pathlib import Path

from storysite.errors import StorysiteError


def pagefind_executable() -> str:
    """The Pagefind binary shipped by the pagefind[bin] wheel."""
    try:
        from pagefind_bin import get_executable
    except ImportError as exc:  # pragma: no cover - a broken install
        raise StorysiteError("Pagefind is not installed: run `pip install 'pagefind[bin]'`.") from exc
    return str(get_executable().resolve())


# Only story pages are searchable; telling Pagefind so spares it reading every listing page.
STORY_PAGES = "*/stories/*/index.html"


def index_site(root: Path) -> str:
    """Index the story pages under `root` (one index per <html lang>), in one call of Pagefind's CLI."""
    result = subprocess.run(
        [pagefind_executable(), "--site", str(root), "--glob", STORY_PAGES, "--output-subdir", "pagefind"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise StorysiteError(f"Pagefind could not build the search index:\n{result.stderr or result.stdout}")
    return result.stdout
