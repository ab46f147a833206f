"""Write the site atomically: build in a staging folder beside --out, swap it in only when whole."""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from storysite.errors import StorysiteError
from storysite.render import Page


def staging_folder(out: Path) -> Path:
    """A new empty folder beside `out`, on the same file system so that the swap is a rename."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    recover(out)
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))


def recover(out: Path) -> None:
    """Tidy up after a build that was killed: put back a site caught mid-swap, drop stale folders."""
    for old in sorted(out.parent.glob(f".{out.name}.old-*")):
        if not out.exists() and (old / "site").is_dir():
            os.rename(old / "site", out)
        shutil.rmtree(old, ignore_errors=True)
    for stale in out.parent.glob(f".{out.name}.building-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _inside(root: Path, path: str) -> Path:
    """`root` joined with the relative POSIX `path`; refuses absolute paths and `..`."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts or "\\" in path:
        raise StorysiteError(f"Refusing to write {path!r}: it is outside the output folder.")
    return root.joinpath(*pure.parts)


def safe_target(root: Path, path: str) -> Path:
    """Where `path` goes under `root`; refuses anything that would land outside it, links included."""
    target = _inside(root, path)
    if not target.resolve().is_relative_to(root.resolve()):
        raise StorysiteError(f"Refusing to write {path!r}: it is outside the output folder.")
    return target


def write_pages(root: Path, pages: Iterable[Page]) -> int:
    """Write every page under `root` (a fresh staging folder); returns how many were written."""
    # The staging folder is new and holds only folders made here, so no link can lead out of it:
    # checking each path's parts is enough, and saves resolving 20,000 paths on a large library.
    count = 0
    made: set[Path] = set()
    for page in pages:
        target = _inside(root, page.path)
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
    """Replace `out` with `staging`: one atomic exchange where the kernel has it, else two renames."""
    out = out.resolve()
    if out.exists() and not out.is_dir():
        raise StorysiteError(f"{out} is a file, not a folder: choose another --out.")
    if not out.exists():
        os.rename(staging, out)
    else:
        if any(out.iterdir()) and not _looks_like_site(out):
            raise StorysiteError(
                f"{out} is not empty and was not made by storysite: choose another --out, or empty it first."
            )
        if _exchange(staging, out):
            shutil.rmtree(staging, ignore_errors=True)  # now holds the old site
        else:
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.rename(out, old / "site")  # a kill between these renames is undone by recover()
            os.rename(staging, out)
            shutil.rmtree(old, ignore_errors=True)
    os.chmod(out, 0o755)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step with Linux's renameat2(RENAME_EXCHANGE); False where unsupported."""
    if sys.platform != "linux":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


def _looks_like_site(folder: Path) -> bool:
    return (folder / ".storysite").is_file()


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
