"""Read the hand-written privacy benchmark: marked story files -> clean text and labelled spans.

The file format is described in README.md next to this file. In short, an identifying detail
is written `[[category:visible words]]` and a decoy `[[~kind:visible words]]`; the clean file is
the marked file with every marker replaced by its visible words. Spans are (line, column, length)
in the clean file, 1-based line and column counted in characters, as `storysite check` reports them.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from storysite.findings import IDENTIFYING_CATEGORIES

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SPLITS = (
    "dev",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
    "heldout29",
    "heldout30",
    "heldout31",
    "heldout32",
    "heldout33",
    "heldout34",
    "heldout35",
    "heldout36",
    "heldout37",
    "heldout38",
    "heldout39",
    "heldout40",
    "heldout41",
    "heldout42",
    "heldout43",
    "heldout44",
    "heldout45",
    "heldout46",
    "heldout47",
    "heldout48",
    "heldout49",
    "heldout50",
)
LANGS = ("cy", "en")

CATEGORIES = IDENTIFYING_CATEGORIES  # the check's own ten categories
DECOY_KINDS = (
    "public-figure",
    "fictional",
    "song-book-title",
    "brand",
    "place",
    "organisation",
    "scheme-benefit",
    "pseudonym",
    "pseudonym-clitic",
    "sentence-initial",
    "event-date",
    "age",
    "money",
    "helpline",
    "public-venue",
    "other",
)

# A marker's label: an optional "~" (decoy), then lower-case words joined by hyphens, then ":".
_MARKER = re.compile(r"\[\[(~?)([a-z]+(?:-[a-z]+)*):")
_FILE_NAME = re.compile(r"^(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<lang>cy|en)\.md$")


class MarkerError(ValueError):
    """A marker that breaks the format; line and column are 1-based, in the marked file."""

    def __init__(self, where: str, line: int, column: int, problem: str) -> None:
        super().__init__(f"{where}:{line}:{column}: {problem}")
        self.line = line
        self.column = column


@dataclass(frozen=True)
class Span:
    """One marked stretch of the clean file: label is a category (identifying) or a decoy kind."""

    line: int
    column: int
    length: int
    label: str
    words: str


@dataclass
class Marked:
    clean: str
    identifying: list[Span] = field(default_factory=list)
    decoys: list[Span] = field(default_factory=list)

    def offset(self, line: int, column: int) -> int:
        """Absolute character offset in the clean text of a 1-based (line, column)."""
        return line_starts(self.clean)[line - 1] + column - 1

    def absolute(self, span: Span) -> tuple[int, int]:
        start = self.offset(span.line, span.column)
        return start, start + span.length


def line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def parse(text: str, where: str = "<text>") -> Marked:
    """Strip the markers from a marked text; raise MarkerError on the first broken one."""
    out = Marked(clean="")
    clean_lines = []
    for line_no, line in enumerate(text.split("\n"), start=1):
        clean_lines.append(_parse_line(line, line_no, where, out))
    out.clean = "\n".join(clean_lines)
    return out


def _parse_line(line: str, line_no: int, where: str, out: Marked) -> str:
    pieces: list[str] = []
    col = 1  # 1-based column of the next character appended to the clean line
    pos = 0
    while True:
        opening = line.find("[[", pos)
        closing = line.find("]]", pos)
        if closing != -1 and (opening == -1 or closing < opening):
            raise MarkerError(where, line_no, closing + 1, "`]]` with no `[[` before it")
        if opening == -1:
            pieces.append(line[pos:])
            return "".join(pieces)
        before = line[pos:opening]
        pieces.append(before)
        col += len(before)
        head = _MARKER.match(line, opening)
        if head is None:
            raise MarkerError(where, line_no, opening + 1, "`[[` not followed by `category:` or `~kind:`")
        decoy, label = head.group(1) == "~", head.group(2)
        if decoy and label not in DECOY_KINDS:
            raise MarkerError(where, line_no, opening + 1, f"unknown decoy kind {label!r}")
        if not decoy and label not in CATEGORIES:
            raise MarkerError(where, line_no, opening + 1, f"unknown category {label!r}")
        end = line.find("]]", head.end())
        if end == -1:
            raise MarkerError(where, line_no, opening + 1, "marker not closed on its line (markers never span lines)")
        words = line[head.end() : end]
        if "[[" in words:
            raise MarkerError(where, line_no, opening + 1, "markers never nest")
        if not words or words != words.strip():
            raise MarkerError(where, line_no, opening + 1, "visible words empty or with spaces at either end")
        span = Span(line_no, col, len(words), label, words)
        (out.decoys if decoy else out.identifying).append(span)
        pieces.append(words)
        col += len(words)
        pos = end + 2


def parse_file(path: Path) -> Marked:
    return parse(path.read_text(encoding="utf-8"), str(path))


def file_lang(path: Path) -> str:
    m = _FILE_NAME.match(path.name)
    if m is None:
        raise ValueError(f"{path}: corpus files are named <id>.<cy|en>.md")
    return m.group("lang")


def corpus_files(split: str | None = None, lang: str | None = None) -> list[Path]:
    """The corpus files of a split (both when None) and language (both when None), sorted."""
    files: list[Path] = []
    for s in SPLITS if split is None else (split,):
        for path in sorted((HERE / s).glob("*.md")):
            if lang is None or file_lang(path) == lang:
                files.append(path)
    return files


def write_library(files: list[Path], dest: Path) -> dict[Path, Path]:
    """Write the clean versions of files as a storysite library in dest (which must be empty or absent).

    Returns {path of the clean file in the library: its marked source}.
    """
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "content" / "site.yaml", dest / "site.yaml")
    written: dict[Path, Path] = {}
    for path in files:
        split = path.parent.name
        target = dest / "stories" / split / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(parse_file(path).clean, encoding="utf-8")
        written[target.resolve()] = path
    return written
