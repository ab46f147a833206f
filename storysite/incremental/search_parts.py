"""The last search index's parts, offered again to the next one once their files are checked.

A record beside the build cache (private, never published) says, for each part folder of the index
now in a site, the key of the pages it was made from and the identity of every file in it. A part whose
pages are unchanged is reused only if its folder holds exactly those files, each still the very file
recorded: a part missing, altered or added to by hand is indexed again, never trusted.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Mapping, Sequence
from pathlib import Path

from storysite.incremental.cache import load_private, save_private
from storysite.search import Part, link_tree, pagefind_identity

RECORD_VERSION = b"storysite-search-5"  # 5: pickled (digests as bytes, identities as tuples); 4 was JSON


def record_path(cache_file: Path) -> Path:
    """The record lives beside the build cache."""
    return cache_file.with_name("search.pickle")


def bundle_files(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every file under `folder` and its identity (inode, size, modification time); a link makes it untrusted.

    A file of a bundle is never written again once Pagefind made it (a new index makes new files, and
    reused ones are hard links to the same inode), so any change to one, or one put in its place,
    shows in its identity; reading every file back would cost a rebuild a second at 10,000 stories.
    """
    files: dict[str, tuple[int, int, int]] = {}
    base = len(str(folder)) + 1
    for top, folders, names in os.walk(folder):
        for name in folders:
            if os.path.islink(os.path.join(top, name)):
                raise OSError(f"{top}/{name} is a link")
        for name in names:
            info = os.lstat(os.path.join(top, name))
            if not stat.S_ISREG(info.st_mode):
                raise OSError(f"{top}/{name} is not a file")
            files[os.path.join(top, name)[base:]] = (info.st_ino, info.st_size, info.st_mtime_ns)
    return files


class SearchParts:
    """search.PartStore over the index published in `live` (a site's pagefind/ folder)."""

    def __init__(self, record: Path | None, live: Path, spare: Path | None = None) -> None:
        self.record = record
        self.live = live
        self.spare = spare  # where the last build kept the parts before last that `live` shares (spare.keep_search)
        self.parts: dict[str, dict[str, object]] = {}
        self.pages: dict[bytes, object] = {}  # page digest → (searchable, indexed digest)
        self.counts: dict[str, int] = {}  # language → how many parts its pages were in
        self.reused: dict[str, dict[str, tuple[int, int, int]]] = {}  # folders linked from the last index, as checked
        self.pagefind = pagefind_identity() if record is not None else ""
        if record is None:
            return
        try:
            # It decides what a build publishes unindexed again: only a record no one else could have written
            data = load_private(record)
            if isinstance(data, dict) and data.get("version") == RECORD_VERSION and data["pagefind"] == self.pagefind:
                self.parts, self.pages = dict(data["parts"]), dict(data["pages"])
                self.counts = {lang: n for lang, n in dict(data["buckets"]).items() if isinstance(n, int)}
        except (ValueError, KeyError, TypeError, AttributeError):
            pass  # no record, or one not understood: every part is indexed again

    def buckets(self, lang: str) -> int | None:
        return self.counts.get(lang)

    def indexed(self, digest: bytes) -> tuple[bool, bytes] | None:
        known = self.pages.get(digest)
        if isinstance(known, tuple) and len(known) == 2 and isinstance(known[0], bool) and isinstance(known[1], bytes):
            return known
        return None

    def recorded(self, part: Part) -> bool:
        recorded = self.parts.get(part.folder)
        return isinstance(recorded, dict) and recorded.get("key") == part.key

    def place(self, part: Part, dest: Path) -> bool:
        recorded = self.parts.get(part.folder)
        if not isinstance(recorded, dict) or recorded.get("key") != part.key:
            return False
        if self.spare is not None and self._move(part, dest, recorded.get("files")):
            return True
        folder = self.live / part.folder
        try:
            if folder.is_symlink() or not folder.is_dir():
                return False
            checked = bundle_files(folder)
        except OSError:
            return False
        if checked != recorded.get("files"):
            return False
        link_tree(folder, dest)
        self.reused[part.folder] = checked
        return True

    def _move(self, part: Part, dest: Path, files: object) -> bool:
        """Move the part's folder kept in the spare to `dest` if it holds the very files recorded (checked once
        moved, so that what is checked is what is used)."""
        assert self.spare is not None
        folder = self.spare / part.folder
        try:
            if folder.is_symlink() or not folder.is_dir():
                return False
            os.rename(folder, dest)
        except OSError:
            return False
        try:
            checked = bundle_files(dest)
        except OSError:
            checked = None
        if checked is None or checked != files:
            shutil.rmtree(dest, ignore_errors=True)
            return False
        self.reused[part.folder] = checked
        return True

    def remember(self, parts: Sequence[Part], indexed: Mapping[bytes, tuple[bool, bytes]], target: Path) -> None:
        if self.record is None:
            return
        recorded = {}
        for part in parts:
            # A reused part's files are links to the files just checked: the same identities
            files = self.reused.get(part.folder) or bundle_files(target / part.folder)
            recorded[part.folder] = {"key": part.key, "files": files}
        data = {
            "version": RECORD_VERSION,
            "pagefind": self.pagefind,
            "parts": recorded,
            "buckets": {part.lang: part.buckets for part in parts},
            "pages": {digest: (known[0], known[1]) for digest, known in indexed.items()},
        }
        save_private(self.record, data)
