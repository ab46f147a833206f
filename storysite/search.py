"""Build the Pagefind search index over the written site: Pagefind CLI runs, two at a time.

Pagefind keeps one index per language and holds a whole index in memory while it builds it:
one run over a big library's Welsh story pages takes several GB (docs/performance.md). So each language's story
pages are indexed in parts of at most SHARD_PAGES pages (under 1 GB a run), one Pagefind run per
part and as many runs at once as there are cores. Parts do not make indexing much faster: most of
a run is Pagefind compressing and writing one fragment file per page, on tmpfs as on disk.

The first part of every language is merged into one bundle in pagefind/ (the files the runs
share are the same bytes; only pagefind-entry.json, which lists the languages, is combined).
Each further part is a bundle of its own in pagefind/{lang}-{n}/, listed in pagefind/parts.json;
the search page merges them into one search (Pagefind's mergeIndex), so a reader sees one list
of results whichever part a story is in.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from storysite import LANGUAGES
from storysite.errors import StorysiteError
from storysite.i18n.messages import msg
from storysite.parallel import workers

ENTRY = "pagefind-entry.json"
PARTS = "parts.json"
BODY = b"data-pagefind-body"
SHARD_PAGES = 2500  # keeps one Pagefind run under 1 GB of memory (docs/performance.md)


def pagefind_executable() -> str:
    """The Pagefind binary shipped by the pagefind[bin] wheel."""
    try:
        from pagefind_bin import get_executable
    except ImportError as exc:  # pragma: no cover - a broken install
        raise StorysiteError(msg("Pagefind is not installed: run `pip install 'pagefind[bin]'`.")) from exc
    return str(get_executable().resolve())


def story_pages(lang: str, ids: Sequence[str] = ()) -> str:
    """The glob of one language's story pages (only they are searchable), or of the pages of `ids`."""
    if not ids:
        return f"{lang}/stories/*/index.html"
    return f"{lang}/stories/{{{','.join(ids)}}}/index.html"


def searchable_ids(root: Path, lang: str) -> list[str]:
    """The ids of the story pages in `lang` marked for search (the stories written in that language), sorted."""
    ids = []
    for page in (root / lang / "stories").glob("*/index.html"):
        with page.open("rb") as handle:
            if BODY in handle.read():
                ids.append(page.parent.name)
    return sorted(ids)


@dataclass(frozen=True)
class Part:
    """One Pagefind run: some of one language's story pages, and the bundle folder they go to."""

    lang: str
    number: int
    ids: tuple[str, ...]

    @property
    def folder(self) -> str:
        """Where this part's bundle goes, inside pagefind/: the first parts share pagefind/ itself."""
        return "" if self.number == 1 else f"{self.lang}-{self.number}/"


def plan(root: Path) -> list[Part]:
    """Every language's searchable pages in parts of at most SHARD_PAGES, in a fixed order."""
    size = max(1, SHARD_PAGES)
    parts = []
    for lang in LANGUAGES:
        ids = searchable_ids(root, lang)
        for start in range(0, len(ids), size):
            parts.append(Part(lang, start // size + 1, tuple(ids[start : start + size])))
    return parts


def index_site(root: Path, output: Path | None = None) -> bool:
    """Index the story pages under `root`, one index per language, into root/pagefind or `output`.

    `output` is a folder Pagefind makes: Pagefind never deletes old files from its output folder, so
    re-indexing a folder in place would keep what it held. Returns False, writing nothing, when no
    story is published: Pagefind refuses to make an empty index, and a site whose last story was
    withdrawn must still build (or the old site, story and all, would stay up).
    """
    target = (output or root / "pagefind").resolve()
    if target.exists() and any(target.iterdir()):
        raise StorysiteError(
            msg(
                "{folder} already holds files: the search index is only ever written to a new folder.",
                folder=str(target),
            )
        )
    parts = plan(root)
    if not parts:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=target.parent))
    try:
        run_parts(root, parts, work)
        for i in range(len(parts)):
            check_bundle(work / str(i), target.parent)
        check_room(work)
        merge_bundles([work / str(i) for i, part in enumerate(parts) if part.number == 1], target)
        extra: dict[str, list[str]] = {}
        for i, part in enumerate(parts):
            if part.number > 1:
                os.replace(work / str(i), target / part.folder)
                extra.setdefault(part.lang, []).append(part.folder)
        (target / PARTS).write_text(json.dumps(extra, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return True


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


def run_parts(root: Path, parts: list[Part], work: Path) -> None:
    """Run Pagefind once per part into work/{its number in `parts`}, as many at once as there are cores.

    Each run's output goes to a file, not a pipe: Pagefind echoes its glob (a part's ids), and a full
    pipe no one reads would stop it.
    """
    waiting = list(enumerate(parts))
    running: dict[int, subprocess.Popen[bytes]] = {}
    failed: list[int] = []
    try:
        while waiting or running:
            while waiting and len(running) < workers():
                i, part = waiting.pop(0)
                command = [
                    pagefind_executable(),
                    "--site",
                    str(root),
                    "--glob",
                    story_pages(part.lang, part.ids),
                    "--output-path",
                    str(work / str(i)),
                ]
                with (work / f"{i}.log").open("wb") as log:
                    running[i] = start(command, log)
            for i, run in list(running.items()):
                if run.poll() is not None:
                    if run.returncode != 0:
                        failed.append(i)
                    del running[i]
            time.sleep(0.02)
    finally:
        for run in running.values():  # interrupted: leave no Pagefind running on
            stop(run)
    if failed:
        logs = [(work / f"{i}.log").read_text(encoding="utf-8", errors="replace")[-4000:] for i in failed]
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
    """Merge one-language Pagefind bundles into `target`: files shared by all must be identical."""
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
            os.replace(path, dest)
    entry["languages"] = dict(sorted(languages.items()))  # sorted, so the same site gives the same file
    (target / ENTRY).write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
