"""`storysite sign-off`: record who approved a story, bound to the digest of exactly what they read.

Only the `sign_off:` block of one file changes: the rest of its bytes (comments, key order, quoting,
CRLF line ends, a BOM) are kept, by editing the text's lines rather than writing the YAML out again.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from storysite.check.library import check_library
from storysite.check.sign_off import FIELD, field_prints, holder, published_fields, story_digest
from storysite.content.frontmatter import split_front_matter
from storysite.content.load import read_text
from storysite.errors import StorysiteError
from storysite.findings import Finding
from storysite.i18n.messages import Message, msg

_TOP_KEY = re.compile(r"^sign_off[ \t]*:")
_FENCE = ("---",)
_CLOSERS = ("---", "...")


@dataclass
class SignOffResult:
    """What `sign-off` did: the file it wrote and the digest, or why it refused (the story's errors)."""

    story_id: str
    path: str = ""
    digest: str = ""
    refused: Message | None = None
    errors: list[Finding] = field(default_factory=list)


def sign_off_story(
    content: Path, content_arg: str, story_id: str, by: str, note: str = "", *, today: dt.date | None = None
) -> SignOffResult:
    """Sign off story `story_id`, or refuse while it (any of its files) has an error."""
    today = today or dt.date.today()
    if not by.strip():
        return SignOffResult(story_id, refused=msg("Say who signs the story off, with --by NAME."))
    library = check_library(content, content_arg, today=today)
    if library.config is None:
        return SignOffResult(
            story_id,
            refused=msg("site.yaml has errors: run `storysite check` and fix them first."),
            errors=[f for f in library.findings if f.is_error],
        )
    story = next((s for s in library.stories if s.id == story_id), None)
    if story is None:
        return SignOffResult(
            story_id,
            refused=msg(
                "There is no story with the id `{id}` (or it cannot be read): run `storysite check`.", id=story_id
            ),
            errors=[f for f in library.findings if f.is_error and story_id in f.path],
        )
    errors = [f for f in library.findings if f.is_error and f.path in story.files]
    if errors or story.has_errors:
        return SignOffResult(
            story_id,
            refused=msg(
                "`{id}` has errors: it cannot be signed off until they are fixed (run `storysite check`).", id=story_id
            ),
            errors=errors,
        )
    target = holder(list(story.versions.values()))
    texts = {}
    for version in story.versions.values():
        text, problems = read_text(content / version.rel, version.shown)
        if text is None:
            return SignOffResult(
                story_id, refused=msg("{path} could not be read.", path=version.shown), errors=problems
            )
        texts[version.lang] = text
    digest = story_digest(texts)
    if digest is None:  # the check found no error, so the front matter reads: a file changed meanwhile
        return SignOffResult(story_id, refused=msg("The story changed while it was being signed off: run it again."))
    block = sign_off_block(by.strip(), today, digest, field_prints(texts), note.strip())
    path = content / target.rel
    raw = path.read_bytes()
    new = replace_block(raw, block)
    _verify(raw, new, target.shown)
    _write_atomically(path, new)
    return SignOffResult(story_id, path=target.shown, digest=digest)


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is YAML's)."""
    return json.dumps(" ".join(text.split()), ensure_ascii=False)


def sign_off_block(by: str, date: dt.date, digest: str, prints: dict[str, dict[str, str]], note: str) -> list[str]:
    """The `sign_off:` lines, without line ends."""
    lines = [f"{FIELD}:", f"  by: {_quoted(by)}", f"  date: {date.isoformat()}", f"  digest: {digest}"]
    if note:
        lines.append(f"  note: {_quoted(note)}")
    lines.append("  fields:")
    for lang, fingerprints in prints.items():
        pairs = ", ".join(f'{name}: "{value}"' for name, value in fingerprints.items())
        lines.append(f"    {lang}: {{{pairs}}}")
    return lines


def replace_block(raw: bytes, block: list[str]) -> bytes:
    """The file's bytes with its `sign_off:` block replaced by `block` (or added before the closing `---`).

    The file's BOM and its line ends (CRLF, CR or LF, the first one found) are kept, and no other line changes.
    """
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8") if bom else raw.decode("utf-8")
    newline = "\r\n" if "\r\n" in text else "\r" if "\r" in text else "\n"
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n").rstrip() not in _FENCE:
        raise StorysiteError(msg("The file does not start with front matter (`---`)."))
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip("\r\n").rstrip() in _CLOSERS), None)
    if close is None:
        raise StorysiteError(msg("The file's front matter is not closed with `---`."))
    start = next((i for i in range(1, close) if _TOP_KEY.match(lines[i])), None)
    new_lines = [line + newline for line in block]
    if start is None:
        before = lines[close - 1] if close > 1 else "\n"
        if not before.endswith(("\n", "\r")):
            lines[close - 1] = before + newline
        lines[close:close] = new_lines
    else:
        end = start + 1
        while end < close and lines[end][:1] in (" ", "\t"):
            end += 1  # the block's own indented lines (a blank line or the next key ends it)
        lines[start:end] = new_lines
    out = "".join(lines)
    return (b"\xef\xbb\xbf" if bom else b"") + out.encode("utf-8")


def _verify(old: bytes, new: bytes, shown: str) -> None:
    """Refuse to write unless the new file reads as the old one with only `sign_off` changed."""
    before, after = (published_fields(b.decode("utf-8-sig")) for b in (old, new))
    split = split_front_matter(new.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n"))
    record = split.meta.data.get(FIELD) if isinstance(split.meta.data, dict) else None
    if before is None or after is None or before != after or not isinstance(record, dict):
        raise StorysiteError(
            msg(
                "{path}: storysite could not add `sign_off` without changing something else; nothing was written.",
                path=shown,
            )
        )


def _write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file beside it, keeping the file's permissions."""
    mode = path.stat().st_mode & 0o7777
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
