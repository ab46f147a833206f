"""Build the Pagefind search index over the written site: one Pagefind CLI run per language, side by side.

Pagefind keeps one index per language anyway, and a single run uses about one core: indexing the
Welsh and the English story pages in two processes at once uses both cores and holds each
language's index in its own, smaller process. The two outputs are then merged into one bundle
(their shared files are the same bytes; only pagefind-entry.json, which lists the languages, is
combined).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from storysite import LANGUAGES
from storysite.errors import StorysiteError

ENTRY = "pagefind-entry.json"
BODY = b"data-pagefind-body"


def pagefind_executable() -> str:
    """The Pagefind binary shipped by the pagefind[bin] wheel."""
    try:
        from pagefind_bin import get_executable
    except ImportError as exc:  # pragma: no cover - a broken install
        raise StorysiteError("Pagefind is not installed: run `pip install 'pagefind[bin]'`.") from exc
    return str(get_executable().resolve())


def story_pages(lang: str) -> str:
    """The glob of one language's story pages: only they are searchable, so Pagefind reads nothing else."""
    return f"{lang}/stories/*/index.html"


def _has_searchable_page(root: Path, lang: str) -> bool:
    """Whether any story page in `lang` is marked for search (a story written in that language)."""
    for page in (root / lang / "stories").glob("*/index.html"):
        with page.open("rb") as handle:
            if BODY in handle.read():
                return True
    return False


def index_site(root: Path, output: Path | None = None) -> bool:
    """Index the story pages under `root`, one index per language, into root/pagefind or `output`.

    `output` is a folder Pagefind makes: Pagefind never deletes old files from its output folder, so
    re-indexing a folder in place would keep what it held. Returns False, writing nothing, when no
    story is published: Pagefind refuses to make an empty index, and a site whose last story was
    withdrawn must still build (or the old site, story and all, would stay up).
    """
    target = (output or root / "pagefind").resolve()
    if target.exists() and any(target.iterdir()):
        raise StorysiteError(f"{target} already holds files: the search index is only ever written to a new folder.")
    langs = [lang for lang in LANGUAGES if _has_searchable_page(root, lang)]
    if not langs:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=target.parent))
    try:
        runs = {
            lang: subprocess.Popen(
                [
                    pagefind_executable(),
                    "--site",
                    str(root),
                    "--glob",
                    story_pages(lang),
                    "--output-path",
                    str(work / lang),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            for lang in langs
        }
        logs = {lang: run.communicate()[0] for lang, run in runs.items()}
        failed = [lang for lang, run in runs.items() if run.returncode != 0]
        if failed:
            raise StorysiteError("Pagefind could not build the search index:\n" + "\n".join(logs[x] for x in failed))
        merge_bundles([work / lang for lang in langs], target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return True


def merge_bundles(bundles: list[Path], target: Path) -> None:
    """Merge one-language Pagefind bundles into `target`: files shared by all must be identical."""
    target.mkdir(parents=True, exist_ok=True)
    languages: dict[str, Any] = {}
    entry: dict[str, Any] = {}
    for bundle in bundles:
        entry = json.loads((bundle / ENTRY).read_text(encoding="utf-8"))
        languages.update(entry["languages"])
        for path in sorted(bundle.rglob("*")):
            if path.is_dir() or path.name == ENTRY:
                continue
            dest = target / path.relative_to(bundle)
            if dest.exists():
                if dest.read_bytes() != path.read_bytes():
                    raise StorysiteError(f"Pagefind wrote two different versions of {dest.name}; cannot merge.")
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, dest)
    entry["languages"] = dict(sorted(languages.items()))  # sorted, so the same site gives the same file
    (target / ENTRY).write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
