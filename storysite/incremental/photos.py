"""Encoded photos kept between builds, so that an unchanged photo is not encoded again.

Kept as files named as on the site (by the pixels' digest and width) in a folder beside the build cache,
private to this user like the cache itself. After a build, every file the build did not publish is
deleted: a photo withdrawn, or left out of this audience's site, leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

_NAME_OK = frozenset("0123456789abcdef-.webpjg")


class PhotoStore:
    """The render stage's PhotoStore: encoded files by output name, with counts of what it reused and took in."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self.reused = 0  # files taken from the store this build
        self.encoded = 0  # files encoded this build (and stored)

    def _path(self, name: str) -> Path | None:
        base = name.removeprefix("photos/")
        if self.folder is None or "/" in base or not base or not set(base) <= _NAME_OK:
            return None
        return self.folder / base

    def get(self, name: str) -> bytes | None:
        path = self._path(name)
        if path is None or not _private(path.parent):
            return None
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(path, flags)
        except OSError:
            return None
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or not _private_stat(info):
                return None
            data = handle.read()
        self.used.add(name)
        self.reused += 1
        return data

    def put(self, name: str, data: bytes) -> None:
        self.encoded += 1
        path = self._path(name)
        if path is None:
            return
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=".photo-", dir=path.parent)
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
        except OSError:
            return  # a photo not kept only costs the next build the time to encode it again
        self.used.add(name)

    def keep_only_used(self) -> None:
        """Delete every stored file this build did not publish (a withdrawn photo's go at once)."""
        if self.folder is None or not self.folder.is_dir():
            return
        keep = {name.removeprefix("photos/") for name in self.used}
        for entry in os.scandir(self.folder):
            if entry.name not in keep:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def photo_folder(cache_file: Path | None) -> Path | None:
    """Where the encoded photos are kept: beside the build cache, in its private folder."""
    return cache_file.parent / "photos" if cache_file is not None else None


def _private(folder: Path) -> bool:
    try:
        return _private_stat(os.stat(folder))
    except OSError:
        return False


def _private_stat(info: os.stat_result) -> bool:
    """Only this user's, and no one else may write to it (a file anyone could swap would be published)."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True
    return info.st_uid == getuid() and info.st_mode & 0o022 == 0
