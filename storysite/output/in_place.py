"""Serve's fast write: update the folder being served in place, writing only the files that changed."""

from __future__ import annotations

import hashlib
import os
import shutil
from html import escape
from pathlib import Path

from storysite import LANGUAGES
from storysite.errors import StorysiteError
from storysite.i18n.messages import msg
from storysite.output.write import remove_empty_folders, safe_target
from storysite.render.page import Page
from storysite.vocabulary import SITE_MARKER

KEEP = ("pagefind/",)  # the search index: re-indexed in the background and swapped in whole (serve.Indexer)


class InPlaceWriter:
    """Write a build's pages into `out`, skipping those unchanged since the last build; remove the ones gone."""

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.known: dict[str, bytes] = {}  # path in the site → digest of what is on disk
        self.first = True
        self.written = 0
        self.removed = 0
        self.generation = 0  # how many times pages were written: the indexer throws away a run that saw older ones

    def __call__(self, pages: list[Page], static: dict[str, Path]) -> None:
        self.generation += 1
        if self.first:
            self._claim()
        wanted: dict[str, bytes] = {}
        self.written = self.removed = 0
        for page in pages:
            wanted[page.path] = page.digest
            if self.known.get(page.path) != page.digest and page.data is not None:  # None: on disk already
                self._write(page.path, page.data)
                self.written += 1
        for name, source in static.items():
            digest = _digest(source)
            wanted[f"static/{name}"] = digest
            if self.known.get(f"static/{name}") != digest:
                self._write(f"static/{name}", source)
                self.written += 1
        gone = (self._on_disk() if self.first else set(self.known)) - set(wanted)
        for path in sorted(gone):
            target = safe_target(self.out, path)
            target.unlink(missing_ok=True)
            self.removed += 1
            remove_empty_folders(self.out, target)
        self.known, self.first = wanted, False

    def _claim(self) -> None:
        """Refuse a folder storysite did not make, as the atomic write does."""
        if self.out.exists() and not self.out.is_dir():
            raise StorysiteError(msg("{out} is a file, not a folder: choose another --out.", out=str(self.out)))
        if self.out.is_dir() and any(self.out.iterdir()) and not (self.out / SITE_MARKER).is_file():
            raise StorysiteError(
                msg("{out} is not empty and was not made by storysite: choose another --out.", out=str(self.out))
            )
        self.out.mkdir(parents=True, exist_ok=True)

    def _write(self, path: str, data: bytes | Path) -> None:
        target = safe_target(self.out, path)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.new")
        if isinstance(data, Path):
            shutil.copyfile(data, temporary)
        else:
            temporary.write_bytes(data)
        os.replace(temporary, target)  # a page being served is never seen half written

    def _on_disk(self) -> set[str]:
        found = set()
        for path in self.out.rglob("*"):
            rel = path.relative_to(self.out).as_posix()
            if path.is_file() and not rel.startswith(KEEP):
                found.add(rel)
        return found


def _digest(path: Path) -> bytes:
    stat = path.stat()
    return hashlib.blake2b(f"{path}|{stat.st_mtime_ns}|{stat.st_size}".encode(), digest_size=16).digest()


def purge(out: Path, shown: set[str] | None, texts: dict[str, set[str]]) -> list[str]:
    """After a failed build: delete from the served folder everything of a story not publishable now.

    `shown` is the ids of the stories published now (None when the build could not tell: then every
    file goes but the marker). Else each page of a story not in `shown`, every file that links to one
    (`stories/{id}/`: listings, feeds, related stories, the sitemap) or holds one of its `texts` (its
    titles, by id), and the search index go. Returns the paths deleted. A folder storysite did not make
    is left alone.
    """
    out = out.resolve()
    if not (out / SITE_MARKER).is_file():
        return []
    files = sorted(p for p in out.rglob("*") if p.is_file() or p.is_symlink())
    if shown is None:
        doomed = [p for p in files if p.name != SITE_MARKER or p.parent != out]
    else:
        present = {
            folder.name
            for lang in LANGUAGES
            if (out / lang / "stories").is_dir()
            for folder in (out / lang / "stories").iterdir()
        }
        gone = present - shown
        if not gone:
            return []
        needles = [f"stories/{story_id}/".encode() for story_id in gone]
        needles += [
            form.encode()
            for story_id in gone
            for text in texts.get(story_id, ())
            for form in {text, escape(text)}
            if len(text) > 3
        ]
        doomed = [p for p in files if _doomed(out, p, gone, needles)]
    removed = []
    for path in doomed:
        rel = path.relative_to(out).as_posix()
        path.unlink(missing_ok=True)
        remove_empty_folders(out, path)
        removed.append(rel)
    return removed


def _doomed(out: Path, path: Path, gone: set[str], needles: list[bytes]) -> bool:
    """Whether a file of the served folder shows a story in `gone`: its page, a link to it or its title."""
    parts = path.relative_to(out).parts
    if path.is_symlink() or parts[0] == "pagefind":
        return True  # the search index holds every story's text; a link was never written by storysite
    if len(parts) > 3 and parts[1] == "stories" and parts[2] in gone:
        return True
    if parts[0] == "static" or path.name == SITE_MARKER:
        return False
    data = path.read_bytes()
    return any(needle in data for needle in needles)
