"""Find and read story files: sorted, decoded, refusing links out of the content folder."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from storysite import LANGUAGES
from storysite.digests import text_digest
from storysite.errors import StorysiteError
from storysite.findings import Finding, Span, error, warning
from storysite.i18n.messages import msg
from storysite.pickling import compact

MAX_FILE_BYTES = 2_000_000
_READ_CHUNK = 1 << 16


@compact
@dataclass(frozen=True, slots=True)
class SourceFile:
    """One story file's text, with where it lives and how to name it to the user."""

    rel: str  # path inside CONTENT, with forward slashes
    shown: str  # path as the user gave CONTENT, joined with rel
    lang: str
    text: str
    digest: str = ""  # text_digest(text), for the build cache's keys (load_stories sets it when it has a memo)


@compact
@dataclass(frozen=True, slots=True)
class KnownFile:
    """A story file that is as the last build read it (see FileMemo), and so was not read again."""

    rel: str
    shown: str
    lang: str
    path: str  # where to read it
    digest: str  # text_digest of its text, as the last build read it
    size: int


@dataclass(frozen=True, slots=True)
class FileStatus:
    """What a file's status says of it: any write to the file changes one of these."""

    device: int
    inode: int
    size: int
    modified_ns: int
    changed_ns: int


@compact
@dataclass(frozen=True, slots=True)
class FileRecord:
    """A story file's status when a build read it, with its text's digest (one flat record: many are cached)."""

    device: int
    inode: int
    size: int
    modified_ns: int
    changed_ns: int
    digest: str  # text_digest of its text, as that build read it

    @property
    def status(self) -> FileStatus:
        return FileStatus(self.device, self.inode, self.size, self.modified_ns, self.changed_ns)

    @classmethod
    def of(cls, status: FileStatus, digest: str) -> FileRecord:
        return cls(status.device, status.inode, status.size, status.modified_ns, status.changed_ns, digest)


RACY_NS = 2_000_000_000


class FileMemo:
    """Each story file's status when the last build read it, with its text's digest (as git's index keeps them).

    A file whose device, inode, size, modification time and change time are all as recorded holds the
    text it held then: any write sets the change time to the clock's time, and no program can set it back
    (tools that keep a file's modification time, like `cp -p` and `rsync -a`, still change it). Such a
    file is not read or hashed again (load_stories gives it as a KnownFile, FileTexts reads it if asked):
    comparing statuses is quicker than reading and hashing every file (docs/performance.md).

    A file written again within one tick of the clock that stamps it could keep its times, so a file
    is recorded only when both times are RACY_NS older than the start of the load that read it, and it
    is read every time until then. Windows' st_ctime is the creation time, so there nothing is recorded.
    """

    def __init__(self, old: Mapping[str, FileRecord]) -> None:
        self.old = old
        self.new: dict[str, FileRecord] = {}  # by shown path


def _now_ns() -> int:
    return time.time_ns()


def _status(path: str) -> FileStatus | None:
    if os.name == "nt":
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    return FileStatus(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


class FileTexts(Mapping[str, str]):
    """Each story file's text by shown path: a KnownFile's is read when first asked for (few are).

    Its text must be the one the last build read, which the cached check results were made from; if
    it is not, the file changed while this build ran, and the build stops rather than mix the two.
    """

    def __init__(self, sources: list[SourceFile | KnownFile]) -> None:
        self._texts = {s.shown: s.text for s in sources if isinstance(s, SourceFile)}
        self._known = {s.shown: s for s in sources if isinstance(s, KnownFile)}

    def __getitem__(self, shown: str) -> str:
        text = self._texts.get(shown)
        if text is None:
            known = self._known[shown]
            text, _ = read_text(known.path, shown)
            if text is None or text_digest(text) != known.digest:
                raise StorysiteError(msg("{file} changed while the site was being built: build it again.", file=shown))
            self._texts[shown] = text
        return text

    def __iter__(self) -> Iterator[str]:
        yield from self._texts
        yield from (shown for shown in self._known if shown not in self._texts)

    def __len__(self) -> int:
        return len(self._texts.keys() | self._known.keys())


def shown_path(content_arg: str, rel: str) -> str:
    """The path to print: CONTENT as given on the command line joined with the file's path."""
    return os.path.join(content_arg, rel) if content_arg not in ("", ".") else rel


def story_language(name: str) -> str | None:
    """`x.cy.md` → 'cy'; None for any other name."""
    parts = name.rsplit(".", 2)
    if len(parts) == 3 and parts[2] == "md" and parts[1] in LANGUAGES:
        return parts[1]
    return None


def find_files(
    content: Path, content_arg: str, folder: str, suffixes: tuple[str, ...]
) -> tuple[list[tuple[str, str]], list[Finding]]:
    """Files under content/folder ending in one of suffixes, sorted, with findings for unsafe links."""
    root = content.resolve()
    base = content / folder
    found: list[tuple[str, str]] = []
    findings: list[Finding] = []
    if base.is_symlink():  # os.walk would follow a linked top folder, wherever it leads
        findings.append(
            error(
                Span(shown_path(content_arg, folder)),
                "file.symlink-folder",
                msg(
                    "The `{folder}` folder is a link; storysite reads only files inside the content folder. "
                    "Replace the link with a real `{folder}` folder holding the files.",
                    folder=folder,
                ),
            )
        )
        return found, findings
    if not base.is_dir():
        return found, findings
    for dirpath, dirnames, filenames, links in _walk(str(base)):
        here = Path(dirpath)
        inside = here.resolve().is_relative_to(root)  # once per folder: a link higher up would lead out of CONTENT
        for name in dirnames:
            if name in links:
                rel = (here / name).relative_to(content).as_posix()
                findings.append(
                    warning(
                        Span(shown_path(content_arg, rel)),
                        "file.symlink-folder",
                        msg(
                            "This folder is a link; storysite does not follow linked folders. "
                            "Move the stories here instead."
                        ),
                    )
                )
        # Plain strings per file: a pathlib object for each costs more than the walk (docs/performance.md).
        rel_dir = here.relative_to(content).as_posix()
        for name in filenames:
            if name.startswith(".") or not name.endswith(suffixes):
                continue
            full = os.path.join(dirpath, name)
            rel = name if rel_dir == "." else f"{rel_dir}/{name}"
            if name in links:
                target = Path(full).resolve()
                if not target.is_relative_to(root) or not target.is_file():
                    findings.append(
                        error(
                            Span(shown_path(content_arg, rel)),
                            "file.symlink-outside",
                            msg(
                                "This file is a link to somewhere outside the content folder; "
                                "storysite will not read it. Copy the story into the content folder instead."
                            ),
                        )
                    )
                    continue
            elif not inside:
                findings.append(outside_finding(shown_path(content_arg, rel)))
                continue
            found.append((rel, full))
    return found, findings


def _walk(top: str) -> Iterator[tuple[str, list[str], list[str], set[str]]]:
    """os.walk(top) without following links, in the same order (folders and files sorted, dot-folders left
    out), also naming the entries that are links: scandir knows, where os.path.islink would stat each file."""
    stack = [top]
    while stack:
        folder = stack.pop()
        dirnames: list[str] = []
        filenames: list[str] = []
        links: set[str] = set()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        is_dir = entry.is_dir()  # a link to a folder is a folder here, as in os.walk
                    except OSError:
                        is_dir = False
                    if is_dir:
                        if not entry.name.startswith("."):
                            dirnames.append(entry.name)
                    else:
                        filenames.append(entry.name)
                    if entry.is_symlink():
                        links.add(entry.name)
        except OSError:
            continue
        dirnames.sort()
        filenames.sort()
        yield folder, dirnames, filenames, links
        stack.extend(os.path.join(folder, name) for name in reversed(dirnames) if name not in links)


def outside_finding(shown: str) -> Finding:
    """The error for a file that is, or lies under, a link to somewhere outside the content folder."""
    return error(
        Span(shown),
        "file.symlink-outside",
        msg(
            "This file is reached through a link to somewhere outside the content folder; "
            "storysite will not read it. Copy the file into the content folder instead."
        ),
    )


def read_text(path: str | Path, shown: str) -> tuple[str | None, list[Finding]]:
    """A content file's text (see `decode`), or a located finding when it cannot be read or decoded."""
    try:
        data = _read(path)
    except OSError as exc:
        reason = msg("The file could not be read: {reason}.", reason=exc.strerror)
        return None, [error(Span(shown), "file.unreadable", reason)]
    return decode(data, shown)


def _read(path: str | Path) -> bytes:
    """The file's bytes, up to one more than MAX_FILE_BYTES (enough to say it is too large).

    With os.open and os.read, not a file object for each story (docs/performance.md).
    Never waiting on a named pipe (O_NONBLOCK), which reads as empty.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        chunks = []
        size = 0
        while size <= MAX_FILE_BYTES:
            # in parts: asking for the whole limit at once allocated a buffer of the limit's size for every story
            chunk = os.read(fd, min(_READ_CHUNK, MAX_FILE_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except BlockingIOError:  # a pipe with nothing in it
        pass
    finally:
        os.close(fd)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def decode(data: bytes, shown: str) -> tuple[str | None, list[Finding]]:
    """Bytes → text with newlines normalised; a located finding when the bytes are not UTF-8 text."""
    if len(data) > MAX_FILE_BYTES:
        return None, [
            error(
                Span(shown),
                "file.too-large",
                msg("The file is larger than {mb} MB; a story should be far shorter.", mb=MAX_FILE_BYTES // 1_000_000),
            )
        ]
    if b"\x00" in data:
        return None, [
            error(
                Span(shown),
                "file.binary",
                msg("This is not a text file (it contains NUL bytes). Save the story as plain UTF-8 text."),
            )
        ]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        return None, [
            error(
                Span(shown, line, column, 1),
                "file.encoding",
                msg("The file is not UTF-8 text. Save it as UTF-8 (in Word or Notepad: Save As → Encoding → UTF-8)."),
            )
        ]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text or text.isspace():
        return None, [
            error(
                Span(shown),
                "file.empty",
                msg("The file is empty: write the story's front matter and text, or delete the file."),
            )
        ]
    return text, []


def load_stories(
    content: Path, content_arg: str, memo: FileMemo | None = None
) -> tuple[list[SourceFile | KnownFile], list[Finding]]:
    """Read every story file under content/stories, sorted by path (with a memo, only those that changed)."""
    started = _now_ns()
    files, findings = find_files(content, content_arg, "stories", (".md", ".markdown"))
    sources: list[SourceFile | KnownFile] = []
    for rel, path in files:
        source = load_file(rel, path, content_arg, memo, started, findings)
        if source is not None:
            sources.append(source)
    return sources, findings


def load_file(
    rel: str, path: str, content_arg: str, memo: FileMemo | None, started: int, findings: list[Finding]
) -> SourceFile | KnownFile | None:
    """One story file as load_stories reads it (its problems added to `findings`); `started` is when the load began."""
    shown = shown_path(content_arg, rel)
    lang = story_language(os.path.basename(path))
    if lang is None:
        findings.append(
            error(
                Span(shown),
                "file.name",
                msg("A story's file name must end in `.cy.md` (Welsh) or `.en.md` (English)."),
            )
        )
        return None
    status = _status(path) if memo is not None else None
    if memo is not None and status is not None:
        known = memo.old.get(shown)
        if isinstance(known, FileRecord) and known.status == status:
            memo.new[shown] = known
            return KnownFile(rel, shown, lang, path, known.digest, status.size)
    text, problems = read_text(path, shown)
    findings.extend(problems)
    if text is None:
        return None
    source = SourceFile(rel, shown, lang, text, text_digest(text) if memo is not None else "")
    if memo is not None and status is not None and max(status.modified_ns, status.changed_ns) < started - RACY_NS:
        memo.new[shown] = FileRecord.of(status, source.digest)
    return source
