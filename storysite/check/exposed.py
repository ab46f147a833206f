"""Checks on text that reaches pages beyond a story's body and fields: ids, site.yaml labels, raw characters.

An id or a key becomes an address and shows in listings and feeds, so it is read as words (hyphens as
spaces) for identifying details; site.yaml labels show on every page and in the search filters, so they
are scanned and must hold no markup; and no page or feed may hold a control character.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import replace
from functools import partial
from typing import Any

from storysite import LANGUAGES
from storysite.check.identifying import scan_fields
from storysite.content.yamlsafe import CONTROL, Document, control_message
from storysite.findings import Finding, Span, error
from storysite.i18n.messages import Message, msg
from storysite.model import StoryVersion, TextField
from storysite.privacy import Detection, scan_text
from storysite.vocabulary import TAXONOMIES

# A person-name find that holds even when the id's words were capitalised by us, not by the writer:
# a lone capitalised word ("Ben" in Welsh "i ben") is too often an ordinary word once every word has a capital.
STRONG_NAME_RULES = frozenset(
    {"privacy.person-name.full-name", "privacy.person-name.title", "privacy.person-name.kinship"}
)
# Markup, a script address or an HTML character reference: never needed in a label, and dangerous where a
# label is put into a page without escaping (Pagefind's filters).
MARKUP = re.compile(r"[<>]|&#?[0-9a-zA-Z]+;|(?:java|vb)script\s*:|data\s*:\s*text/html", re.IGNORECASE)
# Words a title keeps in lower case: capitalised, they join a name to the words around it ("Pritchard At Home").
LITTLE_WORDS = frozenset(
    "a an and as at by for from in into of on or the to with y yr yn i o ac ar am gyda mewn gan dros wrth heb".split()  # noqa: SIM905
)
_PLAIN_ID = re.compile(r"[a-z]{0,5}(?:-[0-9]+)*")
_DIGIT_CHAIN = re.compile(r"(?<![0-9a-z])\d+(?:-\d+)+(?![0-9a-z])")
_LOWER_WORD = re.compile(r"(?<![\w])[a-z][a-z0-9]*(?![\w])")


def id_detections(
    text: str, pseudonyms: Sequence[str] = (), allow: Sequence[str] = (), ordinary: Callable[[], Set[str]] | None = None
) -> list[Detection]:
    """Identifying details in an id or key such as `mm-2026-gareth-pritchard-07700-900123`, at offsets into it.

    It is read three ways: hyphens as spaces ("07700 900123"); its words capitalised, for names and
    addresses, where only a full or titled name counts; and digits joined where a hyphen split them.
    Capitals make names of ordinary words ("Gareth Goes"), so where a name is found, the words that
    `ordinary()` gives (those its story writes in lower case) are read again in lower case.
    """
    if _PLAIN_ID.fullmatch(text) and sum(c.isdigit() for c in text) < 9:
        return []  # a short prefix and a few digits ("cs-000004"): most ids, and nothing there can name anyone
    spaced = text.replace("-", " ")
    found = [d for d in scan_text(spaced, "en", pseudonyms=pseudonyms, allow=allow) if _strong(d)]
    titled = _capitalised(spaced, frozenset())
    names = []
    for lang in ("en", "cy"):
        for d in scan_text(titled, lang, pseudonyms=pseudonyms, allow=allow):
            if d.category == "person-name" and _strong(d):
                names.append(d)
            elif d.category == "address" or (
                d.category == "school" and titled.startswith(("Ysgol ", "Coleg "), d.start)
            ):
                found.append(d)  # "Back To School" is a school only once capitalised; an Ysgol is one
    if names and ordinary is not None:
        titled = _capitalised(spaced, ordinary())
        names = [d for lang in ("en", "cy") for d in scan_text(titled, lang, pseudonyms=pseudonyms, allow=allow)]
        names = [d for d in names if d.category == "person-name" and _strong(d)]
    found += names
    windows = list(_split_numbers(text))
    for start, end in windows:
        # A window's groups read on their own, as written: neighbours a hyphen joins to them (a year before,
        # a count after: "mm-2026-488-118-0002-2") make a number look like one group of a longer one.
        for d in scan_text(spaced[start:end], "en", pseudonyms=pseudonyms, allow=allow):
            if d.category != "person-name":
                found.append(Detection(start + d.start, start + d.end, d.category, d.rule, d.message))
    as_written = list(found)
    for start, end in windows:
        joined = spaced[:start] + text[start:end].replace("-", "") + spaced[end:]
        offsets = [*range(start), *(i for i in range(start, end) if text[i] != "-"), *range(end, len(text))]
        for d in scan_text(joined, "en", pseudonyms=pseudonyms, allow=allow):
            moved = Detection(offsets[d.start], offsets[d.end - 1] + 1, d.category, d.rule, d.message)
            # Digits joined across a hyphen are a guess: one found as written ("435-855-0002") is kept instead
            if d.category != "person-name" and all(moved.end <= k.start or k.end <= moved.start for k in as_written):
                found.append(moved)
    return _non_overlapping(found)


def _split_numbers(text: str) -> Iterable[tuple[int, int]]:
    """Where hyphens may split one long number ("0770-090-0123"): spans of neighbouring digit groups that
    hold 9 to 13 digits together (a year and a count, "2026-001", are too few)."""
    for chain in _DIGIT_CHAIN.finditer(text):
        groups = [(m.start() + chain.start(), m.end() + chain.start()) for m in re.finditer(r"\d+", chain.group())]
        for first in range(len(groups)):
            for last in range(first + 1, len(groups)):
                digits = sum(e - s for s, e in groups[first : last + 1])
                if 9 <= digits <= 13:
                    yield groups[first][0], groups[last][1]


def _capitalised(spaced: str, ordinary: Set[str]) -> str:
    """Capitals on every word but `ordinary` ones and little words, which a title leaves in lower case."""
    return " ".join(
        word if word in ordinary or word in LITTLE_WORDS else word[:1].upper() + word[1:] for word in spaced.split(" ")
    )


def lower_case_words(*texts: str) -> set[str]:
    """The words written in lower case in `texts`, as an id spells them (ASCII: `ôl` is `ol`).

    A text with no capital at all ("gareth pritchard") says nothing about which of its words are names.
    """
    written = " ".join(text for text in texts if text != text.lower())
    folded = unicodedata.normalize("NFKD", written).encode("ascii", "ignore").decode("ascii")
    return set(_LOWER_WORD.findall(folded.replace("'", "").replace("’", "")))


def _strong(detection: Detection) -> bool:
    return detection.category != "person-name" or detection.rule in STRONG_NAME_RULES


def _non_overlapping(found: Iterable[Detection]) -> list[Detection]:
    """The widest of overlapping finds, in order."""
    kept: list[Detection] = []
    for d in sorted(found, key=lambda d: (d.start - d.end, d.start)):
        if all(d.end <= k.start or k.end <= d.start for k in kept):
            kept.append(d)
    return sorted(kept, key=lambda d: d.start)


def id_findings(
    shown: str, lines: Sequence[str], line: int, value: str, detections: Sequence[Detection], what: str
) -> list[Finding]:
    """Findings for `detections` (id_detections) in the id or key `value`, given at `line` of the file `shown`.

    `what` says where it shows (a Message): STORY_ID_SHOWN, PANEL_ID_SHOWN or KEY_SHOWN.
    """
    if not detections:
        return []
    text = lines[line - 1] if 1 <= line <= len(lines) else ""
    at = text.find(value)
    findings = []
    for d in detections:
        column = at + d.start + 1 if at >= 0 else 1
        findings.append(
            error(
                Span(shown, line, column, d.end - d.start),
                d.rule,
                msg(
                    "{what}: `{value}`. {found} To take it out, change it in every file that uses it.",
                    value=value,
                    found=d.message,
                    what=what,
                ),
            )
        )
    return findings


STORY_ID_SHOWN = msg("The story's id becomes its address and shows in listings and feeds")
PANEL_ID_SHOWN = msg("The panel's id becomes its address")
KEY_SHOWN = msg("The key becomes the address of a listing page")


def markup_finding(shown: str, line: int, column: int, name: str, text: str) -> Finding | None:
    """An error when a site.yaml label holds markup; `line` and `column` are where the value starts."""
    found = MARKUP.search(text)
    if found is None:
        return None
    return error(
        Span(shown, line, column, max(len(text), 1)),
        "site.markup",
        msg(
            "`{name}` holds markup (`{markup}`): labels are plain text, shown on every page and in the search "
            "filters. Write it in words (such as `under 18` for `<18`, `and` for `&amp;`).",
            name=name,
            markup=found.group(),
        ),
    )


def control_findings(shown: str, lines: Sequence[str], first: int) -> list[Finding]:
    """An error for each line from `first` (1-based) holding a control character, such as a story's body."""
    findings: list[Finding] = []
    # A printable line holds none (every control character is unprintable): the pattern reads only the others.
    if all(line.isprintable() or CONTROL.search(line) is None for line in lines[first - 1 :]):
        return findings
    for number in range(first, len(lines) + 1):
        found = CONTROL.search(lines[number - 1])
        if found is not None:
            findings.append(
                error(
                    Span(shown, number, found.start() + 1, 1), "text.control-character", control_message(found.group())
                )
            )
    return findings


def field_message(name: str, found: str) -> Message:
    """A detector's message for a site.yaml value, which shows on every page."""
    return msg("In `{name}`, shown on every page: {found}", name=name, found=found)


def story_findings(versions: Sequence[StoryVersion], pseudonyms: Sequence[str], allow: Sequence[str]) -> list[Finding]:
    """What a story's files show beyond their scanned fields: identifying details in the id (at each file's
    `id:` line) and control characters in the body."""
    findings: list[Finding] = []
    readable = [v for v in versions if v.valid and v.id]
    if readable:
        story_id = readable[0].id or ""
        texts = [t for v in readable for t in (v.title or "", v.summary or "", v.body)]
        detections = id_detections(story_id, pseudonyms, allow, lambda: lower_case_words(*texts))
        for version in readable:
            line = version.id_pos.line if version.id_pos else 1
            findings += id_findings(version.shown, version.lines, line, story_id, detections, STORY_ID_SHOWN)
    for version in versions:
        findings += control_findings(version.shown, version.lines, version.body_line)
    return findings


def site_findings(shown: str, text: str, doc: Document, data: dict[str, Any], allow: Sequence[str]) -> list[Finding]:
    """site.yaml's texts that reach pages: no markup and no identifying details in a label, none in a key."""

    lines = text.split("\n")
    findings: list[Finding] = []
    for path, value in _site_texts(data, TAXONOMIES):
        name = ".".join(map(str, path))
        pos = doc.pos(path)
        markup = markup_finding(shown, pos.line, pos.column, name, value)
        if markup is not None:
            findings.append(markup)
        for found in scan_fields(shown, lines, [(str(path[-1]), TextField(name, value, pos))], (), allow):
            findings.append(replace(found, message=field_message(name, found.message)))
    for taxonomy in TAXONOMIES:
        entries = data.get(taxonomy)
        for key, label in entries.items() if isinstance(entries, dict) else ():
            if not isinstance(key, str):
                continue
            words = [t for t in label.values() if isinstance(t, str)] if isinstance(label, dict) else []
            detections = id_detections(key, (), allow, partial(lower_case_words, *words))
            line = doc.pos((taxonomy, key), key=True).line
            findings += id_findings(shown, lines, line, key, detections, KEY_SHOWN)
    return findings


def _site_texts(data: dict[str, Any], taxonomies: Sequence[str]) -> Iterable[tuple[tuple[str, ...], str]]:
    """Every label in site.yaml: (its path, such as ("themes", "kindness", "en"), its text)."""
    for name in ("title", "organisation", "description"):
        yield from _label_texts(data.get(name), (name,))
    for taxonomy in taxonomies:
        entries = data.get(taxonomy)
        for key, label in entries.items() if isinstance(entries, dict) else ():
            yield from _label_texts(label, (taxonomy, str(key)))


def _label_texts(label: Any, path: tuple[str, ...]) -> Iterable[tuple[tuple[str, ...], str]]:
    if isinstance(label, dict):
        for lang in LANGUAGES:
            if isinstance(label.get(lang), str) and label[lang].strip():
                yield (*path, lang), label[lang]
