"""Serve's fast write: update the folder being served in place, writing only the files that changed."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from storysite.errors import StorysiteError
from storysite.render import Page
from storysite.write import remove_empty_folders, safe_target

MARKER = ".storysite"
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
            raise StorysiteError(f"{self.out} is a file, not a folder: choose another --out.")
        if self.out.is_dir() and any(self.out.iterdir()) and not (self.out / MARKER).is_file():
            raise StorysiteError(f"{self.out} is not empty and was not made by storysite: choose another --out.")
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
