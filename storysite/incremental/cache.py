"""The build cache: checked stories and rendered pages from the last build, keyed by content hash.

The cache is saved with a fingerprint of everything else a result depends on: storysite's own
code, the themes (templates and assets), the catalogs, site.yaml, the audience and the base URL.
A cache saved under another fingerprint is not loaded, so changing any of them leaves nothing old
to match and the cache can never serve a stale page; an edited story changes its own hash, and the
pages that show it (its page, its related stories' pages, the listing pages it is on) are the only
ones rendered again.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import stat
import tempfile
from collections.abc import Callable, Collection, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from storysite.content.load import FileMemo, FileRecord
from storysite.digests import digest
from storysite.incremental.recall import Recalled
from storysite.model import Story, StoryVersion
from storysite.parallel import in_background
from storysite.pickling import as_rows, compact, from_rows
from storysite.resources import builtin

VERSION = b"storysite-cache-8"  # 8: job keys kept; 7: Story.published; 6: entries as CacheEntry, statuses as FileRecord
T = TypeVar("T")
V = TypeVar("V")
_PACKAGE = Path(__file__).resolve().parents[1]  # all of storysite: its code is part of the fingerprint


def _tree_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def fingerprint(content: Path, project: Path, audience: str, base_url: str) -> str:
    """The hash of everything but the stories that the output depends on."""
    h = hashlib.blake2b(VERSION, digest_size=16)
    h.update(f"{audience}\0{base_url}\0".encode())
    folders = [_PACKAGE, builtin("themes"), builtin("locales"), project / "themes", project / "locales"]
    files = [content / "site.yaml"] + [p for folder in folders for p in _tree_files(folder)]
    for path in files:
        h.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"\1missing")
    return h.hexdigest()


@compact
@dataclass(frozen=True, slots=True)
class CacheEntry:
    """One cached value, with what it is and whose it is.

    A checked version or story is pickled once, when it is made: a rebuild then saves the cache by copying
    the bytes of every unchanged entry instead of pickling them all again; and keep_only reads who an entry
    belongs to without unpickling it. A job's pages, the related stories and compiled templates are plain
    lists, dicts and bytes, which pickle fast: they are kept as they are.
    """

    kind: str  # "version", "story", "none", or one of PLAIN
    story_id: str | None  # the story it belongs to
    files: tuple[str, ...]  # that story's files (shown paths)
    value: Any  # the pickled bytes, or the value itself when kind is in PLAIN


PLAIN = frozenset({"pages", "related", "template"})


class BuildCache:
    """Results of the last build, loaded from a file and saved with only what this build used."""

    def __init__(self, path: Path | None, fingerprint: str) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self.old: dict[str, CacheEntry] = {}
        self.new: dict[str, CacheEntry] = {}
        self._values: dict[str, Any] = {}  # what get and put gave or took this build, unpickled
        self.story_digests: dict[str, str] = {}  # story id → hash of its files, for page keys
        self.job_keys: dict[tuple[tuple[str, ...], tuple[str, ...]], str] = {}  # (label, story ids) → key
        self.keyed_digests: dict[str, str] = {}  # story_digests when job_keys were made
        self.memo = FileMemo({})  # the story files' statuses, as the last build recorded them and as this one does
        self.recalled = Recalled()  # whole-library counts, kept in memory for serve's next build
        if path is not None:
            loaded = load_private(path)
            if isinstance(loaded, tuple) and len(loaded) == 5 and loaded[0] == VERSION:
                with contextlib.suppress(TypeError, ValueError, AttributeError):  # damaged: start afresh
                    if loaded[1] == fingerprint:
                        self.old = from_rows(CacheEntry, loaded[2])
                        # Made under this fingerprint: hashing every job's key again was most of planning a render.
                        keys, digests = loaded[4]
                        if isinstance(keys, dict) and isinstance(digests, dict):
                            self.job_keys, self.keyed_digests = keys, digests
                    # A file's status and digest do not depend on the fingerprint.
                    self.memo = FileMemo(from_rows(FileRecord, loaded[3]))

    def key(self, *parts: str) -> str:
        """A cache key for `parts` under this build's fingerprint."""
        return digest(self.fingerprint, *parts)

    def get(self, key: str) -> Any:
        """The cached value for `key` (kept for the next build), or None."""
        value = self._values.get(key)
        if value is None:
            entry = self.new.get(key) or self.old.get(key)
            if entry is not None and entry.kind in PLAIN:
                value = entry.value
            elif entry is not None:
                try:
                    value = pickle.loads(entry.value)
                except Exception:  # noqa: BLE001 - a damaged entry is simply not used
                    value = None
            if value is not None:
                self.new[key] = entry  # type: ignore[assignment]
                self._values[key] = value
        return value

    def recall(
        self, name: Hashable, inputs: Sequence[T], make: Callable[[], V], same: Callable[[T, T], bool] | None = None
    ) -> V:
        """`make()`, or the value made from the same `inputs` by an earlier build with this cache (Recalled)."""
        return self.recalled.recall(name, inputs, make, same)

    def put(self, key: str, value: Any, pickled: bytes | None = None) -> None:
        """Keep `value` under `key`; `pickled` is the value already pickled (in a worker), if it is."""
        self._values[key] = value
        kind, story_id, files = _owner(value)
        if kind in PLAIN:
            data = value
        else:
            data = pickled if pickled is not None else pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self.new[key] = CacheEntry(kind, story_id, files, data)

    def next_build(self, stories: Collection[str], files: Collection[str]) -> None:
        """Serve's next build in this process: it may reuse what the last one used, and keeps as they are the
        check results of every story but `stories`, which are checked again (with their `files`)."""
        self.old = self.new
        self.new = {
            key: entry
            for key, entry in self.old.items()
            if entry.kind in ("version", "story") and entry.story_id not in stories
        }
        # get() gives a value it holds without recording its entry: only those of entries recorded.
        self._values = {key: value for key, value in self._values.items() if key in self.new}
        self.memo.old = self.memo.new
        self.memo.new = {path: known for path, known in self.memo.new.items() if path not in files}

    def keep_only(self, stories: Mapping[str, Collection[str]]) -> None:
        """Forget the check results of every story but `stories` (id → the shown paths of its files).

        The build passes the stories it publishes to some audience, so nothing of a withdrawn, pending,
        out-of-scope, overdue or broken story is ever saved: the cache never outlives a withdrawal of
        consent, and those few stories are simply checked again next time. Rendered pages only ever
        show published stories, and are kept.
        """
        self.new = {key: entry for key, entry in self.new.items() if _kept(entry, stories)}
        files = {path for paths in stories.values() for path in paths}
        self.memo.new = {path: known for path, known in self.memo.new.items() if path in files}
        # Every story a job key names has its digest in keyed_digests: the few there and not in `stories` go.
        gone = self.keyed_digests.keys() - stories.keys()
        self.job_keys = {at: key for at, key in self.job_keys.items() if gone.isdisjoint(at[1])}
        self.keyed_digests = {i: d for i, d in self.keyed_digests.items() if i not in gone}

    def keep_after_failure(self, stories: Mapping[str, Collection[str]], owner: Callable[[str], str | None]) -> None:
        """After a failed check: keep the last build's pages and this check's results, of `stories` only.

        A build that fails saves no site, but must still save the cache: else one withdrawn since the
        last build that succeeded keeps its text there for as long as another story has an error. Kept:
        this check's results of `stories` (the publishable ones), the compiled templates, the related
        stories if they name no other story, and the last build's rendered pages (paths and digests, no
        text) unless one of them is the page of a story not in `stories` (`owner` gives a page's story).
        """
        merged = {**self.old, **self.new}
        self.new = {
            key: entry
            for key, entry in merged.items()
            if (
                _kept_plain(entry, stories, owner) if entry.kind in PLAIN else key in self.new and _kept(entry, stories)
            )
        }
        files = {path for paths in stories.values() for path in paths}
        self.memo.new = {path: known for path, known in self.memo.new.items() if path in files}
        self.job_keys, self.keyed_digests = {}, {}  # the next build makes them again

    def unchanged(self) -> bool:
        """Whether what would be saved is exactly what was loaded (every entry and every file's status)."""
        old, new = self.old, self.new
        return new.keys() == old.keys() and all(new[key] is old[key] for key in new) and self.memo.new == self.memo.old

    def save(self) -> None:
        """Write what this build used; a failure to save only costs the next build time."""
        if self.path is not None:
            keys = (self.job_keys, self.keyed_digests)
            save_private(self.path, (VERSION, self.fingerprint, as_rows(self.new), as_rows(self.memo.new), keys))

    def save_in_background(self, kept: Callable[[], Mapping[str, Collection[str]]]) -> Callable[[], None]:
        """keep_only(kept()), then save(), in a forked process (parallel.in_background); returns the call that
        waits for it.

        Sorting out and pickling the cache is most of the end of a single-story rebuild, and the one
        core that rebuild uses is busy then keeping the old site as the spare.
        """

        def task() -> None:
            self.keep_only(kept())
            self.save()

        return in_background(task)


def _owner(value: Any) -> tuple[str, str | None, tuple[str, ...]]:
    """What kind of value this is, and the story and files it belongs to (for keep_only)."""
    if isinstance(value, list):  # a job's rendered pages (their paths and digests)
        return "pages", None, ()
    if isinstance(value, bytes):  # a compiled template (theme.TemplateCache)
        return "template", None, ()
    if isinstance(value, tuple) and len(value) == 2:
        subject = value[0]
        if subject == "related":  # every published story's related stories, and their dates and keys: no text
            return "related", None, ()
        if isinstance(subject, StoryVersion):  # one file's checked version
            return "version", subject.id, (subject.shown,)
        if isinstance(subject, Story):  # a story's merged versions (cached without them: its id says whose it is)
            return "story", subject.id, subject.files
        if subject is None:  # a story that could not be merged: never kept
            return "none", None, ()
    raise TypeError(f"The build cache cannot hold {type(value).__name__}")


def _kept(entry: CacheEntry, stories: Mapping[str, Collection[str]]) -> bool:
    """Whether an entry may be saved: pages, or the check result of a story in `stories` (fail closed)."""
    if entry.kind in PLAIN:
        return True
    if entry.kind in ("version", "story"):
        story_id = entry.story_id
        return story_id is not None and story_id in stories and all(path in stories[story_id] for path in entry.files)
    return False


def _kept_plain(entry: CacheEntry, stories: Mapping[str, Collection[str]], owner: Callable[[str], str | None]) -> bool:
    """Whether a page, related-stories or template entry names no story but those in `stories`."""
    kind, value = entry.kind, entry.value
    if kind == "template":
        return True
    if kind == "pages":
        return all((story := owner(path)) is None or story in stories for path, _ in value)
    if kind == "related":  # ("related", (what each story's were ranked from, each story's))
        inputs, related = value[1]
        return all(key in stories for key in inputs) and all(
            key in stories and all(other in stories for other in ids) for key, ids in related.items()
        )
    return False


def save_private(path: Path, value: Any) -> None:
    """Pickle `value` to `path` in a folder only this user can read; a failure only costs the next build time."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # it holds story text
        handle, temp = tempfile.mkstemp(prefix=".cache-", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out, _no_collection():
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except OSError:
        pass


def load_private(path: Path) -> Any:
    """What save_private wrote to `path`, or None when it is missing, damaged, or anyone else could have written it."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)  # never through a link, never waiting on a pipe
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            # Unpickling runs code: read only a file that no one but this user could have written.
            file = os.fstat(handle.fileno())
            if not stat.S_ISREG(file.st_mode) or not _private(file) or not _private(os.stat(path.parent)):
                return None
            with _no_collection():
                return pickle.load(handle)
    except Exception:  # noqa: BLE001 - a missing, old or damaged cache is simply not used
        return None


def read_private(path: Path) -> bytes | None:
    """The bytes of `path`, or None when it is missing, a link, or anyone else could have written it."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        file = os.fstat(handle.fileno())
        if not stat.S_ISREG(file.st_mode) or not _private(file) or not _private(os.stat(path.parent)):
            return None
        return handle.read()


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """No garbage collection while (un)pickling the cache: it makes very many objects, none of them
    garbage, and the collector would scan them again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _private(info: os.stat_result) -> bool:
    """Whether a file or folder is this user's and no one else may write to it (Windows has no such modes)."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True
    return info.st_uid == getuid() and info.st_mode & 0o022 == 0


def cache_path(out: Path, content: Path) -> Path:
    """Where the cache for building `content` into `out` lives: in the user's cache folder, as Hugo's does.

    Never beside or inside the output (that is published), nor in the project (it may be shared):
    $STORYSITE_CACHE_DIR, else $XDG_CACHE_HOME/storysite, else ~/.cache/storysite.
    """
    base = os.environ.get("STORYSITE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "storysite"
    )
    # Its own hash, not digest(): a change to how cache keys are made must not move the cache folder.
    pair = f"{content.resolve()}\0{out.resolve()}".encode("utf-8", "surrogateescape")
    name = hashlib.blake2b(pair, digest_size=16).hexdigest()
    return Path(base) / f"{out.resolve().name}-{name}" / "build.pickle"
