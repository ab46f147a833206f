"""Build the Pagefind search index over the written site: Pagefind CLI runs, two at a time.

Pagefind keeps one index per language and holds a whole index in memory while it builds it, and it
cannot add to or take from an index it made. So each language's story pages are indexed in parts,
one Pagefind run per part and as many runs at once as there are cores. A story's part follows from
its id alone (a hash, into a power of two of parts with about SHARD_PAGES pages each), so adding,
editing or withdrawing one story changes one part and moves no other story: a rebuild indexes only
the parts whose pages changed and links the others from the last index (incremental.search_parts
checks them first).

Each part is a bundle of its own in pagefind/{lang}-{bucket}/. The first part of every language is
also merged into one bundle in pagefind/ (the files the runs share are the same bytes; only
pagefind-entry.json, which lists the languages, is combined); pagefind/parts.json lists the others,
and the search page merges them into one search (Pagefind's mergeIndex), so a reader sees one list
of results whichever part a story is in.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import gzip
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import IO, Any, Protocol

from storysite import LANGUAGES
from storysite.errors import StorysiteError
from storysite.i18n.messages import msg
from storysite.parallel import workers
from storysite.render.page import page_digest

ENTRY = "pagefind-entry.json"
PARTS = "parts.json"
BODY = b"data-pagefind-body"
# Templates mark what changes with other stories and Pagefind does not read (related stories, neighbours).
UNINDEXED = (b"<!--not-indexed-->", b"<!--/not-indexed-->")
SHARD_PAGES = 500  # small parts keep re-indexing after one edit short; big ones keep the search page's merge short


def pagefind_executable() -> str:
    """The Pagefind binary shipped by the pagefind[bin] wheel."""
    try:
        from pagefind_bin import get_executable
    except ImportError as exc:  # pragma: no cover - a broken install
        raise StorysiteError(msg("Pagefind is not installed: run `pip install 'pagefind[bin]'`.")) from exc
    return str(get_executable().resolve())


def pagefind_identity() -> str:
    """Which Pagefind makes the bundles: another version's scripts and index format are not to be mixed in."""
    info = os.stat(pagefind_executable())
    return f"{info.st_size}:{info.st_mtime_ns}"


def story_pages(lang: str, ids: Sequence[str] = ()) -> str:
    """The glob of one language's story pages (only they are searchable), or of the pages of `ids`."""
    if not ids:
        return f"{lang}/stories/*/index.html"
    return f"{lang}/stories/{{{','.join(ids)}}}/index.html"


def bucket_of(story_id: str, buckets: int) -> int:
    """The part a story's page is indexed in: from its id alone, so no other story ever moves it."""
    return int.from_bytes(hashlib.blake2b(story_id.encode("utf-8"), digest_size=8).digest(), "big") % buckets


def bucket_count(pages: int, earlier: int | None = None) -> int:
    """How many parts a language's `pages` go in: a power of two, so that about SHARD_PAGES share a part.

    The `earlier` count stays while its parts hold between a quarter and twice SHARD_PAGES on average, so
    that a library hovering at a power of two does not move every story to another part each build.
    """
    if earlier and earlier & (earlier - 1) == 0 and SHARD_PAGES / 4 <= pages / earlier <= 2 * SHARD_PAGES:
        return earlier
    wanted = -(-pages // max(1, SHARD_PAGES))
    count = 1
    while count < wanted:
        count *= 2
    return count


@dataclass(frozen=True)
class Part:
    """One Pagefind run: some of one language's story pages (id and page digest), and its bundle's folder."""

    lang: str
    bucket: int
    buckets: int
    pages: tuple[tuple[str, bytes], ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(story_id for story_id, _ in self.pages)

    @property
    def folder(self) -> str:
        """Where this part's bundle goes, inside pagefind/."""
        return f"{self.lang}-{self.bucket}/"

    @cached_property  # asked several times for each part of a rebuild, and it hashes every page digest of the part
    def key(self) -> str:
        """What the bundle was made from: the same key, the same pages, so the same index."""
        hasher = hashlib.sha256(f"{self.lang}\0{self.buckets}\0{self.bucket}".encode())
        for story_id, digest in self.pages:
            hasher.update(b"\0" + story_id.encode("utf-8") + b"\0" + digest)
        return hasher.hexdigest()


def indexed_digest(data: bytes) -> bytes:
    """The digest of what Pagefind reads of a page: all of it but the regions marked not indexed.

    A marked region that holds anything for Pagefind (a data-pagefind attribute) counts after all.
    """
    kept, at = [], 0
    while (start := data.find(UNINDEXED[0], at)) != -1 and (end := data.find(UNINDEXED[1], start)) != -1:
        if b"data-pagefind" in data[start:end]:
            kept.append(data[at:end])
        else:
            kept.append(data[at:start])
        at = end + len(UNINDEXED[1])
    kept.append(data[at:])
    return page_digest(b"".join(kept))


class PartStore(Protocol):
    """What an earlier index offers (incremental.search_parts): the bundles it can vouch for, checked."""

    def indexed(self, digest: bytes) -> tuple[bool, bytes] | None:
        """For the page with this digest: whether it is marked for search and its indexed_digest, if known."""
        ...

    def recorded(self, part: Part) -> bool:
        """Whether the earlier index made a bundle from this part's very pages (its files not yet checked)."""
        ...

    def place(self, part: Part, dest: Path) -> bool:
        """Put this part's bundle at `dest` (a new folder) exactly as it was made, its files checked; False (and
        nothing at `dest`) to index it again."""
        ...

    def buckets(self, lang: str) -> int | None:
        """How many parts the earlier index had for `lang`, if it is known."""
        ...

    def remember(self, parts: Sequence[Part], indexed: Mapping[bytes, tuple[bool, bytes]], target: Path) -> None:
        """Record the parts now in `target`, for the next index."""
        ...


def read_story_pages(root: Path) -> tuple[dict[str, bytes], dict[bytes, tuple[bool, bytes]]]:
    """Every story page's digest, and whether it is searchable and its indexed_digest, each page read once
    (when the build did not say what it wrote)."""
    pages, indexed = {}, {}
    for lang in LANGUAGES:
        for page in (root / lang / "stories").glob("*/index.html"):
            data = page.read_bytes()
            digest = pages[f"{lang}/stories/{page.parent.name}/index.html"] = page_digest(data)
            indexed[digest] = (BODY in data, indexed_digest(data))
    return pages, indexed


def plan(
    root: Path, pages: Mapping[str, bytes] | None = None, store: PartStore | None = None
) -> tuple[list[Part], dict[bytes, tuple[bool, bytes]]]:
    """Every language's searchable pages in parts by their ids' hash; and for each page digest, whether
    it is searchable and its indexed_digest.

    `pages` maps the site's paths to their digests (all of root's story pages when None). A story whose
    page is not marked for search (written in the other language only) is in no part.
    """
    indexed: dict[bytes, tuple[bool, bytes]] = {}
    if pages is None:
        pages, indexed = read_story_pages(root)
    parts = []
    for lang in LANGUAGES:
        found = []
        for path, digest in pages.items():
            head, _, rest = path.partition("/stories/")
            if head != lang or not rest.endswith("/index.html") or rest.count("/") != 1:
                continue
            known = indexed.get(digest) or (store.indexed(digest) if store is not None else None)
            if known is None:
                data = (root / path).read_bytes()
                known = (BODY in data, indexed_digest(data))
            indexed[digest] = known
            if known[0]:
                found.append((rest.partition("/")[0], known[1]))
        buckets = bucket_count(len(found), store.buckets(lang) if store is not None else None)
        grouped: dict[int, list[tuple[str, bytes]]] = {}
        for story_id, digest in sorted(found):
            grouped.setdefault(bucket_of(story_id, buckets), []).append((story_id, digest))
        parts += [Part(lang, bucket, buckets, tuple(grouped[bucket])) for bucket in sorted(grouped)]
    return parts, indexed


def index_site(
    root: Path,
    output: Path | None = None,
    *,
    pages: Mapping[str, bytes] | None = None,
    store: PartStore | None = None,
) -> bool:
    """Index the story pages under `root`, one index per language, into root/pagefind or `output`.

    `output` is a folder Pagefind makes: Pagefind never deletes old files from its output folder, so
    re-indexing a folder in place would keep what it held. Returns False, writing nothing, when no
    story is published: Pagefind refuses to make an empty index, and a site whose last story was
    withdrawn must still build (or the old site, story and all, would stay up).

    With a `store`, a part whose pages are all unchanged is taken from the earlier index it vouches
    for instead of indexed again. Each part is a bundle of its own in pagefind/{lang}-{bucket}/; the
    first part of every language is also merged into pagefind/ itself (the bundle the search page
    loads), and pagefind/parts.json lists the others, which the search page merges in.
    """
    target = (output or root / "pagefind").resolve()
    if target.exists() and any(target.iterdir()):
        raise StorysiteError(
            msg(
                "{folder} already holds files: the search index is only ever written to a new folder.",
                folder=str(target),
            )
        )
    parts, indexed = plan(root, pages, store)
    if not parts:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=target.parent))
    try:
        # Pagefind starts on the parts that changed while the reused ones are checked and linked beside it.
        known = [part for part in parts if store is not None and store.recorded(part)]
        fresh = [part for part in parts if store is None or not store.recorded(part)]
        with PartRuns(root, work, target.parent) as runs:
            runs.add(fresh)
            for part in known:
                if store is None or not store.place(part, work / part.folder):
                    fresh.append(part)
                    runs.add([part])
                runs.poll()
        # Reused parts were alike when made and are unchanged since (checked): one stands for them all.
        reused = [part for part in parts if part not in fresh][:1]
        check_alike([work / part.folder for part in [*fresh, *reused]], target.parent)
        check_room(work)
        target.mkdir(parents=True, exist_ok=True)
        for part in parts:
            os.replace(work / part.folder, target / part.folder)
        first = {part.lang: part for part in reversed(parts)}  # each language's lowest bucket
        merge_bundles([target / part.folder for part in first.values()], target)
        extra: dict[str, list[str]] = {}
        for part in parts:
            if first[part.lang] is not part:
                extra.setdefault(part.lang, []).append(part.folder)
        (target / PARTS).write_text(json.dumps(extra, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if store is not None:
        store.remember(parts, indexed, target)
    return True


def link_tree(source: Path, dest: Path) -> None:
    """`dest` made to hold what `source` holds, its files hard links (never written to: each is new, then swapped)."""
    base = len(str(source)) + 1
    for top, _, names in os.walk(source):
        made = os.path.join(dest, top[base:]) if len(top) >= base else str(dest)
        os.makedirs(made, exist_ok=True)
        for name in names:
            try:
                os.link(os.path.join(top, name), os.path.join(made, name))
            except OSError:  # another file system, or links not allowed: a copy holds the same bytes
                shutil.copyfile(os.path.join(top, name), os.path.join(made, name))


_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when the thread that started it ends
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform == "linux" else None


def _die_with(parent: int) -> None:
    """In Pagefind's process before it starts: be killed when storysite ends, even by SIGKILL."""
    if _LIBC is not None:
        _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # storysite died before prctl took effect: nothing would kill this run
        os.kill(os.getpid(), signal.SIGKILL)


def start(command: list[str], log: IO[bytes]) -> subprocess.Popen[bytes]:
    """Start Pagefind in a process group of its own, which dies with storysite (see stop()).

    A Pagefind left running after storysite was killed went on writing into a staging folder the
    next build had deleted, and so made it again. On Linux the kernel kills it when storysite ends
    (PR_SET_PDEATHSIG); everywhere, storysite kills its group on any failure or interrupt.
    """
    parent = os.getpid()
    return subprocess.Popen(
        command,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        process_group=0,
        preexec_fn=(lambda: _die_with(parent)) if _LIBC is not None else None,  # noqa: PLW1509 - only prctl
    )


def stop(run: subprocess.Popen[bytes]) -> None:
    """Kill a Pagefind run and anything it started, and wait for it."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(run.pid, signal.SIGKILL)
    run.kill()
    run.wait()


def searched_part(data: bytes) -> bytes:
    """What Pagefind needs of a page: its <html> tag and its data-pagefind-body element, or the whole page.

    Pagefind reads nothing else of a page with such an element, so the index is the same (its fragments'
    and index files' names are hashes of their content, and come out the same); parsing the header, the
    navigation and the footer of every page was a quarter of its time. The page is sent whole unless its
    body element is the only element of its name and nothing outside it says anything to Pagefind.
    """
    body = data.find(BODY)
    start = data.rfind(b"<", 0, body)
    html = data.find(b"<html")
    if body == -1 or start == -1 or html == -1 or data.find(BODY, body + 1) != -1:
        return data
    name = data[start + 1 : body].split(maxsplit=1)[0] if data[start + 1 : body].strip() else b""
    close = b"</" + name + b">"
    end = data.find(close, body)
    if not name.isalnum() or end == -1 or data.count(b"<" + name) != 1 or data.count(close) != 1:
        return data
    end += len(close)
    html_end = data.find(b">", html) + 1
    if b"data-pagefind" in data[:start] or b"data-pagefind" in data[end:] or not 0 < html_end <= start:
        return data
    return b"<!DOCTYPE html>\n" + data[html:html_end] + b"<body>" + data[start:end] + b"</body></html>\n"


def part_site(root: Path, part: Part, folder: Path) -> Path:
    """`folder` made to hold only `part`'s pages, at their paths in `root`, as Pagefind needs them (searched_part).

    Pagefind walks the whole folder it is given before matching its glob: each run over the site walked
    every page of it, once per part.
    """
    for story_id in part.ids:
        path = f"{part.lang}/stories/{story_id}/index.html"
        (folder / path).parent.mkdir(parents=True)
        (folder / path).write_bytes(searched_part((root / path).read_bytes()))
    return folder


SHARED_MEMORY = Path("/dev/shm")  # noqa: S108 - Linux's tmpfs: a folder there costs no disk journal
INPUTS = "storysite-pagefind-"


def inputs_folder(work: Path) -> Path:
    """Where the parts' pages are copied for Pagefind: in memory where Linux offers it, else `work`.

    Making 20,000 folders and files on a disk cost as much as Pagefind saved by reading less. Folders
    left there by a storysite that was killed (its process gone) are deleted first.
    """
    if not SHARED_MEMORY.is_dir() or not os.access(SHARED_MEMORY, os.W_OK | os.X_OK):
        return work
    with contextlib.suppress(OSError):
        for left in SHARED_MEMORY.glob(f"{INPUTS}*"):
            pid = left.name[len(INPUTS) :].partition("-")[0]
            if pid.isdigit() and not left.is_symlink() and left.lstat().st_uid == os.getuid() and not _alive(int(pid)):
                shutil.rmtree(left, ignore_errors=True)
    try:
        return Path(tempfile.mkdtemp(prefix=f"{INPUTS}{os.getpid()}-", dir=SHARED_MEMORY))
    except OSError:
        return work


def _alive(pid: int) -> bool:
    """Whether a process `pid` runs (one of another user's counts: it may not be signalled)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


class PartRuns:
    """Pagefind runs, one per part into work/{its folder}, as many at once as there are cores, each given a
    folder of its own part's pages only (part_site); each bundle is checked as its run ends (check_bundle;
    `folder` is the one a full disk is reported for), while the others run. Leaving the `with` waits for
    them all, and a failure or an interrupt stops any still running.

    Each run's output goes to a file, not a pipe: Pagefind echoes its glob (a part's ids), and a full
    pipe no one reads would stop it.
    """

    def __init__(self, root: Path, work: Path, folder: Path) -> None:
        self.root, self.work, self.folder = root, work, folder
        self.inputs: Path | None = None  # made when the first run starts (inputs_folder)
        self.waiting: list[tuple[int, Part]] = []
        self.running: dict[int, tuple[subprocess.Popen[bytes], Part]] = {}
        self.failed: list[int] = []
        self.count = 0

    def __enter__(self) -> PartRuns:
        return self

    def add(self, parts: Sequence[Part]) -> None:
        """Queue these parts, and start as many runs as there are free cores."""
        for part in parts:
            self.waiting.append((self.count, part))
            self.count += 1
        self.poll()

    def poll(self) -> None:
        """Note the runs that ended (checking their bundles), and start the next ones in their place."""
        for i, (run, part) in list(self.running.items()):
            if run.poll() is not None:
                del self.running[i]
                shutil.rmtree(self.site(i), ignore_errors=True)
                shutil.rmtree(self.work / f"{i}.site", ignore_errors=True)
                if run.returncode != 0:
                    self.failed.append(i)
                elif not self.failed:
                    check_bundle(self.work / part.folder, self.folder)
        while self.waiting and len(self.running) < workers():
            i, part = self.waiting.pop(0)
            if self.inputs is None:
                self.inputs = inputs_folder(self.work)
            try:
                site = part_site(self.root, part, self.site(i))
            except OSError:
                if self.inputs == self.work:
                    raise
                shutil.rmtree(self.site(i), ignore_errors=True)  # memory full: the disk, then
                site = part_site(self.root, part, self.work / f"{i}.site")
            command = [
                pagefind_executable(),
                "--site",
                str(site),
                "--glob",
                story_pages(part.lang, part.ids),
                "--output-path",
                str(self.work / part.folder),
            ]
            with (self.work / f"{i}.log").open("wb") as log:
                self.running[i] = (start(command, log), part)

    def site(self, i: int) -> Path:
        """Where run `i`'s pages are copied (in memory where Linux offers it)."""
        return (self.inputs or self.work) / f"{i}.site"

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        try:
            while error is None and (self.waiting or self.running):
                time.sleep(0.02)
                self.poll()
        finally:
            for run, _ in self.running.values():  # interrupted: leave no Pagefind running on
                stop(run)
            if self.inputs is not None and self.inputs != self.work:
                shutil.rmtree(self.inputs, ignore_errors=True)
        if error is None and self.failed:
            logs = [(self.work / f"{i}.log").read_text(encoding="utf-8", errors="replace")[-4000:] for i in self.failed]
            raise StorysiteError(msg("Pagefind could not build the search index:\n{log}", log="\n".join(logs)))


GZIPPED = (".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter", ".pagefind")
ROOM = 1 << 20  # bytes a disk must still have after indexing: less, and a file Pagefind wrote may be cut short


def check_bundle(bundle: Path, folder: Path) -> None:
    """Refuse a bundle with a file Pagefind left empty or cut short: it reports no error when the disk is full.

    Every file must have bytes; its entry must be whole JSON; its index, filter, fragment and WebAssembly
    files are gzip, which ends with a checksum and the length, so decompressing one shows it is whole.
    """
    for path in sorted(bundle.rglob("*")):
        if path.is_dir():
            continue
        data = path.read_bytes()
        whole = bool(data)
        if whole and path.name == ENTRY:
            try:
                whole = isinstance(json.loads(data).get("languages"), dict)
            except (ValueError, AttributeError):
                whole = False
        elif whole and path.name.endswith(GZIPPED):
            try:
                gzip.decompress(data)
            except (OSError, EOFError, zlib.error):
                whole = False
        if not whole:
            raise cut_short(path.relative_to(bundle), folder)


def check_alike(bundles: list[Path], folder: Path) -> None:
    """Refuse bundles whose files of one name differ: Pagefind's scripts, styles and metadata names are the same
    bytes in every bundle it makes, and scripts end with no checksum, so a copy cut short shows only here."""
    seen: dict[str, bytes] = {}
    for bundle in bundles:
        for path in sorted(bundle.iterdir()):
            if not path.is_file() or path.name in (ENTRY, PARTS):
                continue
            data = path.read_bytes()
            other = seen.setdefault(path.name, data)
            if other != data:
                if other.startswith(data) or data.startswith(other):  # one of them cut short: a full disk
                    raise cut_short(Path(bundle.name) / path.name, folder)
                raise StorysiteError(
                    msg("Pagefind wrote two different versions of {file}; cannot merge.", file=path.name)
                )


def cut_short(file: Path, folder: Path) -> StorysiteError:
    """The error for an index file Pagefind left empty or cut short (it reports no error when the disk is full)."""
    return StorysiteError(
        msg(
            "The search index could not be written in full: Pagefind left {file} empty or cut short, "
            "most likely because the disk holding {folder} is full. Free some space on it, then build "
            "again; the site already there is unchanged.",
            file=f"pagefind/{file.as_posix()}",
            folder=str(folder),
        )
    )


def check_room(folder: Path) -> None:
    """Refuse an index written on a disk left (nearly) full: a file Pagefind wrote there may be cut short.

    Files whose ends cannot be checked (Pagefind's scripts and styles) are whole only if there was room
    for them: a disk that cannot take ROOM bytes more after indexing may not have had it.
    """
    probe = folder / ".room"
    try:
        with probe.open("wb") as handle:
            handle.write(bytes(ROOM))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        raise StorysiteError(
            msg(
                "The disk holding {folder} is full ({reason}), so the search index may be incomplete. "
                "Free some space on it, then build again; the site already there is unchanged.",
                folder=str(folder.parent),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    finally:
        probe.unlink(missing_ok=True)


def merge_bundles(bundles: list[Path], target: Path) -> None:
    """Merge one-language Pagefind bundles into `target` as hard links: files shared by all must be identical."""
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
                mine, theirs = path.read_bytes(), dest.read_bytes()
                if mine != theirs:
                    if mine.startswith(theirs) or theirs.startswith(mine):  # one of them cut short: a full disk
                        raise cut_short(dest.relative_to(target), target.parent)
                    raise StorysiteError(
                        msg("Pagefind wrote two different versions of {file}; cannot merge.", file=dest.name)
                    )
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(path, dest)
            except OSError:  # links not allowed here: a copy holds the same bytes
                shutil.copyfile(path, dest)
    entry["languages"] = dict(sorted(languages.items()))  # sorted, so the same site gives the same file
    (target / ENTRY).write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
