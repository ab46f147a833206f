"""Write the site atomically: build in a staging folder beside --out, swap it in only when whole."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from storysite.errors import StorysiteError
from storysite.render import Page


def staging_folder(out: Path) -> Path:
    """A new empty folder beside `out`, on the same file system so that the swap is a rename."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))


def safe_target(root: Path, path: str) -> Path:
    """Where `path` goes under `root`; refuses anything that would land outside it."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise StorysiteError(f"Refusing to write {path!r}: it is outside the output folder.")
    target = root.joinpath(*pure.parts)
    if not target.resolve().is_relative_to(root.resolve()):
        raise StorysiteError(f"Refusing to write {path!r}: it is outside the output folder.")
    return target


def write_pages(root: Path, pages: Iterable[Page]) -> int:
    """Write every page under `root`; returns how many were written."""
    count = 0
    made: set[Path] = set()
    for page in pages:
        target = safe_target(root, page.path)
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(page.data)
        count += 1
    return count


def copy_static(root: Path, files: dict[str, Path]) -> None:
    """Copy the theme's static files into root/static/."""
    for name, source in files.items():
        target = safe_target(root, f"static/{name}")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def swap_in(staging: Path, out: Path) -> None:
    """Replace `out` with `staging` in two renames; the old site stays whole until the last moment."""
    out = out.resolve()
    if out.exists() and not out.is_dir():
        raise StorysiteError(f"{out} is a file, not a folder: choose another --out.")
    if out.exists():
        if any(out.iterdir()) and not _looks_like_site(out):
            raise StorysiteError(
                f"{out} is not empty and was not made by storysite: choose another --out, or empty it first."
            )
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.rename(out, old / "site")
        try:
            os.rename(staging, out)
        except OSError:
            os.rename(old / "site", out)
            raise
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(staging, out)
    os.chmod(out, 0o755)


def _looks_like_site(folder: Path) -> bool:
    return (folder / ".storysite").is_file()


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
