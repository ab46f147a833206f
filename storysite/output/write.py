"""Write the site atomically: build in a staging folder beside --out, swap it in only when whole."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from storysite.errors import StorysiteError
from storysite.i18n.messages import msg
from storysite.pickling import compact
from storysite.render.page import Page
from storysite.vocabulary import SITE_MARKER

try:
    import fcntl
except ImportError:  # Windows: no flock, so no locking there
    fcntl = None  # type: ignore[assignment]

LOCK_TIMEOUT = 600.0  # seconds to wait for another build into the same folder before giving up
BACKGROUND_PAGES = 5000  # an old site of more pages than this is deleted by a process of its own


def lock_path(out: Path) -> Path:
    """The lock file beside `out` that a build holds while it writes, indexes and swaps in."""
    out = out.resolve()
    return out.parent / f".{out.name}.lock"


@contextlib.contextmanager
def output_lock(out: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the exclusive lock on `out`: another build (or serve) into the same folder waits for it.

    The lock file is removed on release, while still held; so a waiter that then gets the lock on the
    removed file notices (its inode is no longer the one at the path) and tries again with the new one.
    """
    if fcntl is None:
        yield
        return
    path = lock_path(out)
    make_parent(out)
    deadline = time.monotonic() + (LOCK_TIMEOUT if timeout is None else timeout)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    while True:
        try:
            fd = os.open(path, flags, 0o600)
        except OSError as exc:
            raise StorysiteError(
                msg("Could not make the lock file {path}: {reason}.", path=str(path), reason=exc.strerror or str(exc))
            ) from exc
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:  # held by another build: wait for it
                    if time.monotonic() >= deadline:
                        raise StorysiteError(
                            msg(
                                "Another storysite build is still writing {out} (it holds {lock}): "
                                "wait for it to finish, then build again.",
                                out=str(out.resolve()),
                                lock=str(path),
                            )
                        ) from None
                    time.sleep(0.05)
                except OSError as exc:
                    raise StorysiteError(
                        msg("Could not lock {path}: {reason}.", path=str(path), reason=exc.strerror or str(exc))
                    ) from exc
            held = os.fstat(fd)
            try:
                now = os.stat(path, follow_symlinks=False)
            except FileNotFoundError:
                now = None
        except BaseException:
            os.close(fd)
            raise
        if now is not None and (now.st_ino, now.st_dev) == (held.st_ino, held.st_dev):
            break
        os.close(fd)  # the build before us removed this file as it finished: lock the current one
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)


def make_parent(out: Path) -> None:
    """Make the folder `out` goes in; a path through a file, or a folder that cannot be written, is one clear error."""
    parent = out.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        if not parent.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(parent))
    except OSError as exc:
        raise StorysiteError(
            msg(
                "Could not make the folder {folder} to hold --out {out}: {reason}. "
                "Choose an --out in a folder you can write to.",
                folder=str(parent),
                out=str(out),
                reason=exc.strerror or str(exc),
            )
        ) from exc


def staging_folder(out: Path) -> Path:
    """A new empty folder beside `out`, on the same file system so that the swap is a rename."""
    out = out.resolve()
    make_parent(out)
    recover(out)
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))


def recover(out: Path) -> None:
    """Tidy up after a build that was killed: put back a site caught mid-swap, drop stale folders.

    Only ever called holding output_lock(out), so no folder of a build still running is touched.
    """
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
        raise StorysiteError(msg("Refusing to write {path}: it is outside the output folder.", path=repr(path)))
    return root.joinpath(*pure.parts)


def safe_target(root: Path, path: str) -> Path:
    """Where `path` goes under `root`; refuses anything that would land outside it, links included."""
    target = _inside(root, path)
    if not target.resolve().is_relative_to(root.resolve()):
        raise StorysiteError(msg("Refusing to write {path}: it is outside the output folder.", path=repr(path)))
    return target


@compact
@dataclass(frozen=True, slots=True)
class WrittenFile:
    """What is known of a file written: its digest, its size and its modification time."""

    digest: bytes
    size: int
    mtime_ns: int


def write_pages(
    root: Path,
    pages: Iterable[Page],
    present: Mapping[str, WrittenFile] | None = None,
    already: Mapping[str, WrittenFile] | None = None,
) -> dict[str, WrittenFile]:
    """Write every page under `root`, a staging folder; returns what it then holds, by path.

    `present` is what the folder already holds (a spare: see storysite.incremental.spare): a page there with the
    same digest is left as it is, and every file there that is not a page is deleted. `already` is
    what a PageSink wrote of `pages` as they were rendered (those pages come without their bytes).
    """
    present = present or {}
    already = already or {}
    written: dict[str, WrittenFile] = {}
    made: set[Path] = set()
    for page in pages:
        entry = already.get(page.path) or present.get(page.path)
        if entry is not None and entry.digest == page.digest:
            written[page.path] = entry
            continue
        written[page.path] = _write(root, page, made)
    for path in sorted(present.keys() - written.keys()):  # a page gone from the site: its folder too, once empty
        target = _inside(root, path)
        target.unlink(missing_ok=True)
        remove_empty_folders(root, target)
    return written


def _write(root: Path, page: Page, made: set[Path]) -> WrittenFile:
    """Write one page under `root`, a staging folder, making its folder unless it is in `made`."""
    # The staging folder is private and holds only folders made by storysite, so no link can lead out
    # of it: checking each path's parts is enough, and saves resolving 20,000 paths on a large library.
    if page.data is None:
        raise StorysiteError(msg("storysite lost the text of {path} while building; build again.", path=page.path))
    target = _inside(root, page.path)
    if target.parent not in made:
        target.parent.mkdir(parents=True, exist_ok=True)
        made.add(target.parent)
    with os.fdopen(_create(target), "wb") as handle:
        handle.write(page.data)
        handle.flush()
        info = os.fstat(handle.fileno())
    return WrittenFile(page.digest, info.st_size, info.st_mtime_ns)


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def _create(target: Path) -> int:
    """A new file at `target`, open for writing: a file already there is unlinked first, never written into.

    A staging folder's files may be hard links to the live site's (spare.link_live): writing into one
    would change the live page before the swap. O_EXCL makes that impossible, not just unlikely.
    """
    try:
        return os.open(target, _CREATE, 0o666)
    except FileExistsError:
        os.unlink(target)
        return os.open(target, _CREATE, 0o666)


class PageSink:
    """Writes pages into the staging folder `root` where they are rendered, in a worker process or this one.

    Writing every page in this process, after the workers had rendered them and sent their bytes back,
    was a large part of a clean build. The worker writes them, and sends back only
    their digests; write_pages then takes them as written (`entries`). A page the folder already holds
    with the same digest (`present`, the spare) is not written again.
    """

    def __init__(self, root: Path, present: Mapping[str, WrittenFile]) -> None:
        self.root = root
        self.present = present
        self.entries: dict[str, WrittenFile] = {}  # what was written, gathered in this process (add)
        self._made: set[Path] = set()

    def write(self, pages: list[Page]) -> tuple[list[Page], dict[str, WrittenFile]]:
        """Write `pages` (but those present); returns them without their bytes, and what was written."""
        written: dict[str, WrittenFile] = {}
        for page in pages:
            entry = self.present.get(page.path)
            if entry is None or entry.digest != page.digest:
                written[page.path] = _write(self.root, page, self._made)
        return [Page(page.path, None, page.digest) for page in pages], written

    def add(self, written: Mapping[str, WrittenFile]) -> None:
        """Record what `write` wrote, wherever it ran."""
        self.entries.update(written)


def remove_empty_folders(root: Path, removed: Path) -> None:
    """After `removed` was deleted, delete the folders above it that are left empty, up to `root` (kept).

    A withdrawn story's folder is named by its id: it goes with its last page.
    """
    for folder in removed.parents:
        if folder == root or not folder.is_relative_to(root):
            break
        try:
            folder.rmdir()
        except OSError:  # not empty, or gone already
            break


def static_pages(files: dict[str, Path]) -> list[Page]:
    """The theme's static files as pages under static/, so that they are written (or kept) as pages are."""
    pages = []
    for name, source in sorted(files.items()):
        _inside(Path("."), f"static/{name}")  # refuses a name that would land outside the folder
        pages.append(Page(f"static/{name}", source.read_bytes()))
    return pages


def swap_in(staging: Path, out: Path, *, pages: int = 0, keep: Callable[[Path], bool] | None = None) -> None:
    """Replace `out` with `staging`: one atomic exchange where the kernel has it, else two renames.

    The old site is then handed to `keep` (which may keep it as the spare, and says whether it did),
    else deleted: with more than BACKGROUND_PAGES `pages`, by a process of its own, so that the build
    need not wait (deleting a big site takes seconds).
    """
    out = out.resolve()
    if out.exists() and not out.is_dir():
        raise StorysiteError(msg("{out} is a file, not a folder: choose another --out.", out=str(out)))
    if not out.exists():
        os.rename(staging, out)
        os.chmod(out, 0o755)
        return
    if any(out.iterdir()) and not _looks_like_site(out):
        raise StorysiteError(
            msg(
                "{out} is not empty and was not made by storysite: choose another --out, or empty it first.",
                out=str(out),
            )
        )
    background = pages > BACKGROUND_PAGES
    if _exchange(staging, out):
        os.chmod(out, 0o755)
        if keep is None or not keep(staging):  # staging now holds the old site
            retire(staging, background=background)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.rename(out, old / "site")  # a kill between these renames is undone by recover()
    os.rename(staging, out)
    os.chmod(out, 0o755)
    if keep is not None and keep(old / "site"):
        old.rmdir()
    else:
        retire(old, background=background)


_REMOVE = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"


def retire(folder: Path, *, background: bool = False) -> None:
    """Delete a folder the site no longer uses; in `background`, by a process that outlives this one.

    A folder a killed deleter leaves behind is a stale one to recover(): the next build removes it.
    """
    if background:
        try:
            subprocess.Popen(
                [sys.executable, "-c", _REMOVE, str(folder)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            return
        except OSError:
            pass  # no process to spare: delete it here
    shutil.rmtree(folder, ignore_errors=True)


def replace_folder(new: Path, target: Path) -> None:
    """Put the folder `new` where `target` is, and delete the old one: one exchange where the kernel has it.

    `new` must be on the same file system as `target`, in a folder of its own (the old one lands beside it).
    """
    if not target.exists():
        os.rename(new, target)
    elif _exchange(new, target):
        shutil.rmtree(new, ignore_errors=True)  # now holds the old folder
    else:
        old = new.with_name(f"{new.name}.old")
        os.rename(target, old)
        os.rename(new, target)
        shutil.rmtree(old, ignore_errors=True)


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
    return (folder / SITE_MARKER).is_file()


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
