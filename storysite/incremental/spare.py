"""The spare tree: the site before this one, pruned to what the live site shares with it, so a rebuild
writes only the pages that changed.

A build still writes into a folder beside --out and swaps it in whole; but instead of deleting the
site it replaced, it keeps it as `.{out}.spare`, after deleting from it every file that differs from
the new site, every file the build did not write, and the old search index. What is left is a copy of
part of the live site, and nothing else: a withdrawn story's pages, or a listing that still shows it,
are gone from the spare at the moment they are gone from the site. The next build takes the spare as
its staging folder and writes only what is not already there.

What the spare holds is recorded in the site state, a file in the build cache's private folder:
each file's digest, size and modification time. A file whose size or time differs from the record
(someone edited the live site by hand), a file the record does not know, or a link, is deleted
rather than kept. A spare that was being written when its build was killed is a staging folder,
which the next build deletes; so is a spare the state does not describe.

A clean build leaves a spare too (copy_for_spare): a second tree of folders whose files are hard links to
those it wrote, made by a process of its own while it indexes. The profile chose this: linking a file is
cheap, but making the folders of a second tree (one a page) costs most of what writing the pages did, so a first
rebuild that made them itself could not be as fast as a later one (docs/performance.md). Where there is no
spare all the same (deleted, or links refused when it was made), or the spare lacks a file the live site
has, the staging folder gets it as a hard link to the live file (link_live), checked against the record.
A linked file is also the live file, so nothing may write into it: write.py only ever makes new files
(O_EXCL, after unlinking what was there), and the spare's files, which are the live site's too, are
checked against the record each time a build takes them. Where links are refused (another file system,
a file system without them), the pages are written.

The search index's parts are kept the same way, beside the spare (search_spare_path): of the old index,
only the parts the new one reused (the very files it now publishes), which the next build moves into its
index once checked against the search record, instead of linking each of their files from the live index.
The next build takes them whether it uses them or not, and deletes what it leaves.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from storysite.incremental.cache import load_private, save_private
from storysite.output import write
from storysite.output.write import WrittenFile, remove_empty_folders, retire
from storysite.parallel import in_background_result
from storysite.pickling import as_rows, from_rows
from storysite.render.page import Page, page_digest

STATE_VERSION = b"storysite-site-4"  # 4: the state's fields in a tuple, its files as rows of write.WrittenFile


@dataclass
class SiteState:
    """What is on disk in --out and in its spare, as the last build left them."""

    live: dict[str, WrittenFile] = field(default_factory=dict)
    live_id: tuple[int, int] | None = None  # (device, inode) of --out when it was swapped in
    spare: dict[str, WrittenFile] = field(default_factory=dict)
    spare_id: tuple[int, int] | None = None
    folders: dict[str, int] = field(default_factory=dict)  # each folder of --out (but the index): its mtime (ns)
    spare_folders: dict[str, int] = field(default_factory=dict)  # the same for the spare, once pruned


def state_path(cache_file: Path) -> Path:
    """The site state lives beside the build cache: private, and never published."""
    return cache_file.with_name("site.pickle")


def load_state(path: Path | None) -> SiteState:
    """The state saved by the last build, or an empty one (then nothing on disk is trusted)."""
    if path is None:
        return SiteState()
    loaded = load_private(path)
    if not (isinstance(loaded, tuple) and len(loaded) == 7 and loaded[0] == STATE_VERSION):
        return SiteState()
    live, live_id, spare, spare_id, folders, spare_folders = loaded[1:]
    try:
        state = SiteState(from_rows(WrittenFile, live), live_id, from_rows(WrittenFile, spare), spare_id)
    except (TypeError, ValueError, AttributeError):
        return SiteState()
    if not (isinstance(folders, dict) and isinstance(spare_folders, dict)):
        return SiteState()
    state.folders, state.spare_folders = folders, spare_folders
    return state


def save_state(path: Path | None, state: SiteState) -> None:
    """Save `state`, its files as rows (pickling.as_rows): the site state holds one per file of the site."""
    if path is not None:
        live, spare = as_rows(state.live), as_rows(state.spare)
        save_private(
            path, (STATE_VERSION, live, state.live_id, spare, state.spare_id, state.folders, state.spare_folders)
        )


def settled(out: Path, site: dict[str, WrittenFile], kept: Spare | None, folders: dict[str, int]) -> SiteState:
    """The state after a build swapped `site` (in `folders`) into `out` and kept the old site as the spare
    (unless `kept` is None)."""
    out = out.resolve()
    spare = identity(spare_path(out)) if kept is not None else None
    files, spare_folders = kept or ({}, {})
    return SiteState(site, identity(out), files, spare, folders, spare_folders)


def spare_path(out: Path) -> Path:
    return out.parent / f".{out.name}.spare"


def search_spare_path(out: Path) -> Path:
    """Beside the spare: the parts of the search index before this one that the live index shares unchanged
    (second names for the same files), for the next index to move into place instead of linking file by file."""
    return out.parent / f".{out.name}.spare-search"


def identity(folder: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(folder, follow_symlinks=False)
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISDIR(info.st_mode) else None


Spare = tuple[dict[str, WrittenFile], dict[str, int]]
"""What a spare holds: its files (as write.WrittenFile) and its folders' modification times, by path."""


def take_spare(out: Path, state: SiteState) -> tuple[Path, Spare] | None:
    """The spare, renamed to a staging folder, and what it holds; None when there is no spare to trust.

    A spare the state does not describe is deleted. Called holding output_lock(out), after recover().
    """
    spare = spare_path(out)
    if not os.path.lexists(spare):
        return None
    trusted = state.spare_id is not None and identity(spare) == state.spare_id and _private_folder(spare)
    staging = out.parent / f".{out.name}.building-{secrets.token_hex(6)}"
    os.rename(spare, staging)  # from here a kill leaves a staging folder, which recover() deletes
    if not trusted:
        retire(staging, background=True)
        return None
    # Its files may be links to the live site's, edited in place since (by hand, or by serve): each is
    # checked against the record, as keep_spare checked it.
    files: dict[str, WrittenFile] = {}
    gone: list[str] = []
    base = str(staging)
    with _at(staging) as (prefix, fd):
        for path, entry in state.spare.items():
            if _unchanged(prefix + path, fd, entry):
                files[path] = entry
            else:
                _remove(f"{base}/{path}")
                gone.append(path)
    stale = _folders(gone)
    return staging, (files, {folder: mtime for folder, mtime in state.spare_folders.items() if folder not in stale})


# Errors after which no other link would do better (links refused here, or no room): the rest is written
STOP_LINKING = frozenset(
    {errno.EXDEV, errno.EPERM, errno.EACCES, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS}
    | {errno.ENOSPC, errno.EDQUOT, errno.EROFS}
)


def link_live(out: Path, staging: Path, state: SiteState, held: Spare) -> tuple[Spare, int, bool]:
    """Give `staging`, which holds `held` (a spare, or nothing), each file of the live site it lacks, as a hard link.

    Only a live site the state describes (the very folder swapped in) is linked from, and a linked file
    is kept only if it is a regular file of this user, of the size and modification time recorded when
    a build wrote it; it is checked after linking, so what is checked is what was linked. Links refused
    (another file system, no links there) end the linking: the pages not linked are written. Returns what
    `staging` then holds, with its folders' times (but those it changed), how many files were linked, and
    whether links were refused (then a copy for the next spare would be refused too).
    """
    out = out.resolve()
    files, known = held
    wanted = [path for path in state.live if path not in files]
    if not wanted or state.live_id is None or identity(out) != state.live_id or not _links_at():
        return held, 0, False
    with _open_folder(out) as live_fd, _open_folder(staging) as staging_fd:
        files, linked, refused = _link_from(live_fd, staging_fd, wanted, state.live, dict(files))
    stale = _folders(wanted)
    return (files, {folder: mtime for folder, mtime in known.items() if folder not in stale}), linked, refused


def copy_for_spare(out: Path, staging: Path, site: dict[str, WrittenFile]) -> Callable[[], tuple[Path, Spare] | None]:
    """Start making, beside `out`, a copy of the site a clean build just wrote in `staging`, its files hard links
    to those written (and checked against `site`, the record of them), to become the spare once it is swapped in.

    It is made by a process of its own while the search index is made. The call returned waits for it
    and gives the folder and what it holds, or None (links refused: the first rebuild writes every page).
    """
    out = out.resolve()
    if not _links_at():
        return lambda: None
    # Named as a staging folder: if the build is killed, or fails, it is deleted with the rest
    folder = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))
    # Both opened here, before the swap renames `staging`: the copy is made of the tree written, wherever it is
    with contextlib.ExitStack() as opened:
        source_fd = opened.enter_context(_open_folder(staging))
        dest_fd = opened.enter_context(_open_folder(folder))

        def make() -> tuple[list[str], dict[str, int]] | None:
            try:
                files, _, _ = _link_from(source_fd, dest_fd, list(site), site, {})
                return sorted(site.keys() - files.keys()), folder_times(folder, files)
            except OSError:  # no spare, then: the first rebuild links or writes what it needs
                return None

        waiting = in_background_result(make)
        fds = opened.pop_all()

    def made() -> tuple[Path, Spare] | None:
        try:
            result = waiting()
        finally:
            fds.close()
        if result is None or len(result[0]) == len(site):
            retire(folder)
            return None
        left = set(result[0])
        return folder, ({path: entry for path, entry in site.items() if path not in left}, result[1])

    return made


@contextlib.contextmanager
def _open_folder(folder: Path) -> Iterator[int]:
    """A descriptor of `folder` (not through a link) while the block runs."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(folder, flags)
    try:
        yield fd
    finally:
        os.close(fd)


def _link_from(
    source_fd: int,
    dest_fd: int,
    wanted: Iterable[str],
    records: Mapping[str, WrittenFile],
    files: dict[str, WrittenFile],
) -> tuple[dict[str, WrittenFile], int, bool]:
    """Link each of `wanted` from the folder open as `source_fd` into the one open as `dest_fd`, keeping (in `files`)
    those that are regular files of this user as `records` has them; returns `files`, how many were linked, and
    whether the file system refused links (which ends the linking)."""
    getuid = getattr(os, "getuid", None)
    me = getuid() if getuid is not None else None
    made = {""} | _folders(files)
    linked = 0
    for path in wanted:
        try:
            _make_folders(path.rpartition("/")[0], dest_fd, made)
            _link(path, source_fd, dest_fd)
        except OSError as exc:
            if exc.errno in STOP_LINKING:
                return files, linked, True
            continue  # gone from the source, or in the way: written instead
        entry = records[path]
        info = os.stat(path, dir_fd=dest_fd, follow_symlinks=False)
        if (
            stat.S_ISREG(info.st_mode)
            and (me is None or info.st_uid == me)
            and info.st_size == entry.size
            and info.st_mtime_ns == entry.mtime_ns
        ):
            files[path] = entry
            linked += 1
        else:
            os.unlink(path, dir_fd=dest_fd)
    return files, linked, False


def _link(path: str, source_fd: int, dest_fd: int) -> None:
    """Link `path` under the folder open as `dest_fd` to the file at `path` under `source_fd` (a link, not followed)."""
    os.link(path, path, src_dir_fd=source_fd, dst_dir_fd=dest_fd, follow_symlinks=False)


def _links_at() -> bool:
    """Whether this system links, makes folders and looks at files relative to open folders (as Linux does)."""
    return (
        {os.link, os.mkdir, os.stat, os.unlink} <= os.supports_dir_fd
        and os.link in os.supports_follow_symlinks
        and os.stat in os.supports_follow_symlinks
    )


def _make_folders(folder: str, fd: int, made: set[str]) -> None:
    """Make `folder` (and those above it) under the folder open as `fd`, unless in `made`."""
    if folder in made:
        return
    _make_folders(folder.rpartition("/")[0], fd, made)
    with contextlib.suppress(FileExistsError):
        os.mkdir(folder, dir_fd=fd)
    made.add(folder)


def _private_folder(folder: Path) -> bool:
    info = os.stat(folder, follow_symlinks=False)
    getuid = getattr(os, "getuid", None)
    return stat.S_ISDIR(info.st_mode) and (getuid is None or info.st_uid == getuid()) and info.st_mode & 0o077 == 0


class PageSource:
    """Where a cached page's bytes come from, checked against the digest the cache recorded.

    A page already in the folder being written (`present`, with that digest) needs no bytes at all.
    Else its bytes are read from `root` (the live site) and used only if their digest is the cached one.
    With `in_place` (serve), `root` is the folder being written: a page found there is present.
    """

    def __init__(self, present: Mapping[str, bytes], root: Path | None, *, in_place: bool = False) -> None:
        self.present = present
        self.root = root
        self.in_place = in_place

    def page(self, path: str, digest: bytes) -> Page | None:
        if self.present.get(path) == digest:
            return Page(path, None, digest)
        if self.root is None:
            return None
        data = _read(self.root, path)
        if data is None or page_digest(data) != digest:
            return None
        return Page(path, None if self.in_place else data, digest)

    def pages(self, refs: Iterable[tuple[str, bytes]]) -> list[Page] | None:
        """Every page of a cached job, or None if any of them is not to be had (the job is rendered again)."""
        found = []
        for path, digest in refs:
            page = self.page(path, digest)
            if page is None:
                return None
            found.append(page)
        return found


def _read(root: Path, path: str) -> bytes | None:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(root.joinpath(*path.split("/")), flags)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        try:
            return handle.read() if stat.S_ISREG(os.fstat(handle.fileno()).st_mode) else None
        except OSError:
            return None


def folder_times(
    root: Path, site: dict[str, WrittenFile], known: Mapping[str, int] | None = None, changed: Iterable[str] = ()
) -> dict[str, int]:
    """The modification time of every folder the `site` files are in (under `root`, the root itself left out).

    A folder's time changes when an entry is added to it, removed or renamed: keep_spare looks inside
    only the folders whose time is not the one recorded here, as the site was swapped in. `known` gives
    the times of the spare's folders (`root` was the spare): only the folders holding a file that was
    added or removed (`changed`, by path) are looked at again, not every folder of the site.
    """
    known = known or {}
    folders = _folders(site)
    stale = _folders(changed) if known else folders
    base = str(root)
    return {
        folder: known[folder]
        if folder in known and folder not in stale
        else os.stat(f"{base}/{folder}", follow_symlinks=False).st_mtime_ns
        for folder in folders
    }


def _folders(paths: Iterable[str]) -> set[str]:
    """Every folder the files at `paths` are in, up to (and without) the root."""
    folders = {path.rpartition("/")[0] for path in paths}
    for folder in list(folders):
        while "/" in folder:
            folder = folder.rpartition("/")[0]
            folders.add(folder)
    folders.discard("")
    return folders


def keep_spare(
    old: Path, out: Path, state: SiteState, site: dict[str, WrittenFile], search_parts: Collection[str] = ()
) -> Spare | None:
    """Prune `old` (the site just replaced) to the files the new `site` has unchanged, and keep it as the spare.

    A file is kept only if the new site has it with the same digest and it is a regular file of the size
    and modification time recorded when it was written; everything else goes, and so does anything in a
    folder whose modification time is not the one recorded (a file added by hand, a link). Checking the
    recorded times is quicker than walking the tree.

    The old search index's part folders named in `search_parts` (those the new index reused: the same
    files) are kept beside the spare (search_spare_path); the rest of it is deleted.

    Returns what the spare holds (its folders' times as recorded, but for those it changed), or None
    when `old` cannot be trusted (the state does not describe it), and so is to be deleted instead.
    """
    if state.live_id is None or identity(old) != state.live_id:
        return None
    kept: dict[str, WrittenFile] = {}
    trash: Path | None = None
    base = str(old)
    try:
        index = old / "pagefind"
        if index.is_dir() and not index.is_symlink():  # the old search index: deleted in the background
            trash = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.rename(index, trash / "pagefind")
            keep_search(trash / "pagefind", search_spare_path(out), search_parts)
        with _at(old) as (prefix, fd):
            touched = {""} | {f for f, mtime in state.folders.items() if _mtime(prefix + f, fd) != mtime}
            removed: list[str] = []
            for path, entry in state.live.items():
                now = site.get(path)
                if now is not None and now.digest == entry.digest and _unchanged(prefix + path, fd, entry):
                    kept[path] = entry
                else:
                    _remove(f"{base}/{path}")
                    removed.append(path)
        for folder in sorted(touched, key=len, reverse=True):  # what the record does not know, in these folders
            _tidy(base, folder, kept, state.folders)
        for path in removed:
            remove_empty_folders(old, old.joinpath(*path.split("/")))
        changed = touched | _folders(removed)
        folders = {folder: mtime for folder, mtime in state.folders.items() if folder not in changed}
        for folder in changed - {""}:
            mtime = _mtime(f"{base}/{folder}")
            if mtime is not None:
                folders[folder] = mtime
        os.chmod(old, 0o700)  # only this user may change what a later build publishes unread
        os.rename(old, spare_path(out))
    except OSError:
        return None
    finally:
        if trash is not None and any(trash.iterdir()):
            retire(trash, background=len(site) > write.BACKGROUND_PAGES)
        elif trash is not None:
            trash.rmdir()
    return kept, folders


def take_search(out: Path) -> Path | None:
    """Move the search parts kept beside the spare into a folder of their own that recover() would delete (a
    build takes them, uses them or not, and deletes the rest: none outlives the build after the one that kept
    them); None when there are none."""
    kept = search_spare_path(out)
    if not os.path.lexists(kept):
        return None
    taken = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    try:
        os.rename(kept, taken / "parts")
    except OSError:
        retire(taken)
        return None
    return taken


def keep_search(index: Path, spare: Path, parts: Collection[str]) -> None:
    """Move the part folders `parts` (names like `en-3/`) of a search index into a new private folder `spare`.

    Only a part the new index reused is kept: one re-indexed held a page that changed or left (a
    withdrawn story's words among them), and the merged bundle at the top holds every language's first part.
    """
    if not parts or os.path.lexists(spare):  # one left by a build that was killed: recover() deletes it
        return
    os.mkdir(spare, 0o700)
    for name in parts:
        folder = index / name.rstrip("/")
        if "/" not in name.rstrip("/") and folder.is_dir() and not folder.is_symlink():
            os.rename(folder, spare / name.rstrip("/"))


@contextlib.contextmanager
def _at(folder: Path) -> Iterator[tuple[str, int | None]]:
    """How to name a path under `folder` for os.stat: (prefix, dir_fd). Relative to the folder's
    descriptor where the system has them (quicker than looking each path up in full), else in full."""
    if os.stat not in os.supports_dir_fd:
        yield f"{folder}/", None
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        yield "", fd
    finally:
        os.close(fd)


def _mtime(path: str, fd: int | None = None) -> int | None:
    try:
        info = os.stat(path, dir_fd=fd, follow_symlinks=False)
    except OSError:
        return None
    return info.st_mtime_ns if stat.S_ISDIR(info.st_mode) else None


def _unchanged(path: str, fd: int | None, entry: WrittenFile) -> bool:
    try:
        info = os.stat(path, dir_fd=fd, follow_symlinks=False)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size == entry.size and info.st_mtime_ns == entry.mtime_ns


def _remove(path: str) -> None:
    """Delete a file, a link or a folder (a page replaced by hand with anything at all); nothing if gone."""
    try:
        info = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return
    if stat.S_ISDIR(info.st_mode):
        shutil.rmtree(path)
    else:
        os.unlink(path)


def _tidy(base: str, folder: str, kept: dict[str, WrittenFile], folders: dict[str, int]) -> None:
    """Delete from one folder every entry that is neither a kept file nor a recorded folder."""
    prefix = f"{folder}/" if folder else ""
    try:
        items = list(os.scandir(f"{base}/{folder}" if folder else base))
    except (FileNotFoundError, NotADirectoryError):
        return
    for item in items:
        path = prefix + item.name
        if item.is_dir(follow_symlinks=False) and path in folders:
            continue
        if item.is_file(follow_symlinks=False) and path in kept:
            continue
        _remove(item.path)
