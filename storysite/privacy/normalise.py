"""The text as a reader sees it, for the detector, with a way back to the characters in the file.

A name can be hidden from a pattern and still be read on the page: an invisible character inside
it ("J\u200bohn"), look-alike letters from another alphabet (Cyrillic "Јоhn"), full-width digits,
HTML entities ("&#71;areth"), Markdown emphasis inside a word ("Gar**eth**"), a non-breaking
space or an en dash inside a number, dots in an NHS number. `normalise` undoes each of these and
records every change as an edit, so a span found in the normalised text maps back to the
characters as written (`Normalised.raw_span`).

Most texts need none of this, and checking a library must stay fast: `normalise` returns None
when the text is plain (no entity, no markup inside a word, no character outside the everyday
Latin letters and punctuation, no dotted or hyphenated ID shape).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

__all__ = ["Normalised", "normalise_phrase", "normalised"]

# Characters that never need normalising: printable ASCII, the Latin-1 and Latin Extended-A letters
# that NFKC leaves alone (Welsh ŵ ŷ â among them; not ĳ, ŀ, ŉ, ſ, nor dotless ı, a look-alike of i),
# the Welsh grave and diaeresis letters on w and y, and everyday typographic punctuation.
_SAFE = "\t\n\r -~À-ÖØ-öø-ÿĀ-İĴ-ľŁ-ňŊ-žẀ-ẅỲỳ‘’“”…«»·°£€©"
# Combining marks compose with the letter before them ("e" + U+0301 is "é"), so they are read with it.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# One character to normalise (with any marks after it), or a letter and the marks that follow it.
UNSAFE_CHAR = re.compile(f"[^{_SAFE}]")
UNSAFE = re.compile(f"[^\\n{_MARKS}]?[{_MARKS}]+|[^{_SAFE}][{_MARKS}]*")
# Text after a right-to-left override is shown reversed, up to the pop (or the end of the line):
# "\u202edrahctirP\u202c" reads "Pritchard".
OVERRIDDEN = re.compile("\u202e([^\u202a-\u202e\u2066-\u2069\n]*)(?:\u202c|(?=\n)|\\Z)")
# A named or numeric character reference, as CommonMark decodes them (the semicolon is required).
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Emphasis, strikethrough and escape characters; only a run that hides words is dropped (_markup).
MARKUP = re.compile(r"[*_~\\]+")
# Where a dotted NHS number, or a hyphenated NI number or postcode, can be: each pattern starts with
# a literal character, which the regular-expression engine finds quickly.
TLD = r"(?:com|org|net|uk|cymru|wales|gov|nhs|ac|co|edu|info|biz|me|io|eu|ie|online|email)"
# A dot before the digits of an NHS number (943.476.5919), or before the top-level domain of an email
# address, which storysite.privacy.spelled looks around: one pass finds both.
DOTS = re.compile(rf"\.(?=[0-9]{{3}}\.[0-9]|{TLD}(?![A-Za-z0-9]))")
HYPHENED = re.compile(r"-(?=[0-9])")  # AB-12-34-56-C, AB-123456-C, CF10-1AA
NHS_DOTTED = re.compile(r"(?<![\w.])[0-9]{3}\.[0-9]{3}\.[0-9]{4}(?![\w]|[.,][0-9])")
NI_SEPARATED = re.compile(
    r"(?<![\w-])[A-Za-z]{2}[ .-]?[0-9]{2}[ .-]?[0-9]{2}[ .-]?[0-9]{2}[ .-]?[A-Da-d](?![\w-])", re.ASCII
)
POSTCODE_HYPHEN = re.compile(r"(?<![\w-])[A-Za-z]{1,2}[0-9][A-Za-z0-9]?-[0-9][A-Za-z]{2}(?![\w-])", re.ASCII)
# Dash punctuation that stands for a hyphen inside a number or postcode ("07700–900123").
DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
# Default-ignorable characters that are not format characters (category Cf is dropped by category).
_IGNORABLE = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u3164\uffa0"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10))
    + "".join(chr(c) for c in range(0xE0100, 0xE01F0))
)
_DROP_CATEGORIES = frozenset({"Cf", "Cc", "Mn", "Me", "Cs", "Co", "Cn"})
_KEEP_CONTROLS = frozenset("\t\n\r")

Edit = tuple[int, int, int, int]  # normalised start, normalised end, raw start, raw end


class Stage:
    """One rewrite of a text: its edits, sorted, each a replaced stretch of the input."""

    __slots__ = ("edits", "starts")

    def __init__(self, edits: list[Edit]) -> None:
        self.edits = edits
        self.starts = [e[0] for e in edits]

    def back(self, start: int, end: int) -> tuple[int, int]:
        """The stretch of this stage's input that the output's [start, end) was made from."""
        edits, starts = self.edits, self.starts
        i = bisect_right(starts, start) - 1
        if i < 0:
            raw_start = start
        else:
            n0, n1, r0, r1 = edits[i]
            raw_start = r0 if start < n1 else r1 + start - n1
        j = bisect_left(starts, end) - 1  # the last edit that starts before END
        if j < 0:
            raw_end = end
        else:
            n0, n1, r0, r1 = edits[j]
            raw_end = r1 if end <= n1 else r1 + end - n1
        return raw_start, max(raw_start, raw_end)


class Normalised:
    """A normalised text, the stages that lead back to the text as written, and where its domain dots are."""

    __slots__ = ("domain_dots", "stages", "text")

    def __init__(self, text: str, stages: list[Stage], domain_dots: list[int]) -> None:
        self.text = text
        self.stages = stages  # empty when every character stands where it stood in the text as written
        self.domain_dots = domain_dots  # each "." before a top-level domain ("example.com")

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Where the normalised text's [start, end) stands in the text as written."""
        for stage in reversed(self.stages):
            start, end = stage.back(start, end)
        return start, end


def normalised(text: str) -> Normalised:
    """The text as a reader sees it: unchanged, and with no stages, when it already is (the usual case).

    Each kind of change is looked for by the cheapest test that finds it (a substring test where one
    will do, else a pattern that starts with a literal or a character class), and made only where it
    is needed.
    """
    stages: list[Stage] = []
    if "&" in text and ENTITY.search(text):
        text = _apply(text, ENTITY, _entity, stages)
    if not text.isascii() and UNSAFE_CHAR.search(text):
        if "\u202e" in text:
            text = _apply(text, OVERRIDDEN, _reverse, stages)
        text = _apply(text, UNSAFE, _characters, stages)
    if _has_markup(text):
        text = _apply(text, MARKUP, _markup, stages)
    dots = [m.start() for m in DOTS.finditer(text)] if "." in text else []
    gates = [p for p in dots if text[p + 1].isdigit()]
    if "-" in text:
        gates += [m.start() for m in HYPHENED.finditer(text)]
    if gates:
        text = _shapes(text, sorted(gates))  # same length: every offset stays
    if "\n" in text:
        text = soft_breaks(text)  # same length too
    return Normalised(text, stages, [p for p in dots if not text[p + 1].isdigit()])


def _has_markup(text: str) -> bool:
    """Is there emphasis, strikethrough or a backslash that hides words (see _hides_words)?"""
    n = len(text)
    for mark in "*~\\_":
        at = text.find(mark)
        while at >= 0:
            if _hides_words(text, at):
                return True
            while at < n and text[at] in "*_~\\":
                at += 1  # the rest of the run
            at = text.find(mark, at)
    return False


def normalise_phrase(phrase: str) -> str:
    """A declared pseudonym or allowed phrase, normalised as the text it is looked for in."""
    return normalised(phrase).text


def _apply(
    text: str, pattern: re.Pattern[str], rewrite: Callable[[str, re.Match[str]], str | None], stages: list[Stage]
) -> str:
    """Rewrite each match of PATTERN (REWRITE returns None to keep it), recording the edits."""
    pieces: list[str] = []
    edits: list[Edit] = []
    done = 0
    out = 0  # length of the output so far
    for m in pattern.finditer(text):
        new = rewrite(text, m)
        if new is None:
            continue
        s, e = m.span()
        pieces.append(text[done:s])
        out += s - done
        pieces.append(new)
        edits.append((out, out + len(new), s, e))
        out += len(new)
        done = e
    if not edits:
        return text
    pieces.append(text[done:])
    stages.append(Stage(edits))
    return "".join(pieces)


def _reverse(text: str, m: re.Match[str]) -> str | None:
    return m.group(1)[::-1]


def _entity(text: str, m: re.Match[str]) -> str | None:
    decoded = html.unescape(m.group())
    return None if decoded == m.group() else decoded


def _markup(text: str, m: re.Match[str]) -> str | None:
    """Drop emphasis, strikethrough or a backslash that splits words: "Gar**eth** Pritch*ard*", "Gareth *Pritchard*"."""
    return "" if _hides_words(text, m.start()) else None


def _hides_words(text: str, s: int) -> bool:
    """Does the markup run at S sit where a reader does not see it and it splits a detail?

    Inside a word or token ("Gar**eth", "07**700", "example**.com"), or between two words that run on for
    the finders: capitalised words, codes and numbers ("Gareth** Pritchard", "Gareth *Pritchard",
    "07700** 900123", "**AB** 12 34 56 C").
    An underscore inside a word is shown as it is (CommonMark), so only *, ~ and \\ count there.
    """
    e = s + 1
    n = len(text)
    while e < n and text[e] in "*_~\\":
        e += 1
    before = text[s - 1] if s else " "
    after = text[e] if e < n else " "
    if before.isalnum() and after.isalnum():
        return text[s:e].strip("_") != ""  # "Gar**eth", not "eleri_jenkins"
    if (before.isalnum() or after.isalnum()) and not (before.isspace() or after.isspace()):
        return True  # inside a token: "jo.bloggs@example**.com", "**029**–2087"
    if before.isalnum() and after in " \t":
        j = e
        while j < n and text[j] in " \t*_~":
            j += 1
        return j < n and _run_on(text, s, text[j])
    if after.isalnum() and before in " \t":
        j = s - 1
        while j >= 0 and text[j] in " \t*_~":
            j -= 1
        return j >= 0 and text[j].isalnum() and _run_on(text, j + 1, after)
    return False


def _run_on(text: str, end: int, nxt: str) -> bool:
    """Would the word ending at END run on into a word starting with NXT, but for the markup?"""
    if not (nxt.isupper() or nxt.isdigit()):
        return False
    last = text[end - 1]
    return last.isdigit() or last.isupper() or _capitalised_before(text, end)


def _capitalised_before(text: str, end: int) -> bool:
    """Does the word ending at END start with a capital ("Gareth** Pritchard")?"""
    j = end
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "*~\\"):
        j -= 1
    while j < end and not text[j].isalnum():
        j += 1
    return j < end and text[j].isupper()


def _characters(text: str, m: re.Match[str]) -> str | None:
    """A run of characters outside the everyday set, as a reader reads them."""
    run = m.group()
    s = m.start()
    out = "".join(_character(text, s + i, c) for i, c in enumerate(unicodedata.normalize("NFKC", run)))
    return None if out == run else out


def _character(text: str, at: int, c: str) -> str:
    """One character after NFKC: dropped if invisible, folded if a look-alike or a foreign digit."""
    if c.isascii():
        return c if " " <= c <= "~" or c in _KEEP_CONTROLS else ""
    if c in _safe_set():
        return c
    category = unicodedata.category(c)
    if (category in _DROP_CATEGORIES and c not in _KEEP_CONTROLS) or c in _IGNORABLE:
        return ""
    if category == "Nd":
        return str(unicodedata.decimal(c))
    if category == "Zs":
        return " "
    if category in ("Zl", "Zp"):
        return "\n"
    if c in DASHES:
        return "-" if _between_digits(text, at) else c
    return _fold_table().get(c, c)


@lru_cache(maxsize=1)
def _safe_set() -> frozenset[str]:
    """The everyday characters beyond ASCII, as a set."""
    return frozenset(UNSAFE_CHAR.sub("", "".join(map(chr, range(0x80, 0x2200)))))


def _between_digits(text: str, at: int) -> bool:
    """Is the dash at AT inside a number or postcode (a digit on one side, a letter or digit on the other)?"""
    before = _neighbour(text, at, -1)
    after = _neighbour(text, at, 1)
    if not (before.isalnum() and after.isalnum()):
        return False
    return before.isdigit() or after.isdigit()


def _neighbour(text: str, at: int, step: int) -> str:
    """The nearest character to AT in direction STEP that a reader sees, past one space and any markup (or "")."""
    spaces = 0
    i = at + step
    while 0 <= i < len(text) and i - at < 12 and at - i < 12:
        c = text[i]
        if c.isspace():
            spaces += 1
            if spaces > 1:
                return ""
        elif c not in "*_~" and not (unicodedata.category(c) in _DROP_CATEGORIES or c in _IGNORABLE):
            return unicodedata.normalize("NFKC", c)[:1]
        i += step
    return ""


def _shapes(text: str, gates: list[int]) -> str:
    """Spaces for the dots of an NHS number, the hyphens of an NI number or postcode (same length).

    GATES are the dots and hyphens before a digit, in order; each shape is tried where one can stand.
    """
    chars: list[str] | None = None
    last = -1
    for p in gates:
        if p <= last:
            continue
        for pattern, starts in ((NHS_DOTTED, (3,)), (NI_SEPARATED, range(2, 8)), (POSTCODE_HYPHEN, (2, 3, 4))):
            found = next((f for f in (pattern.match(text, p - k) for k in starts if p >= k) if f and f.end() > p), None)
            if found:
                if chars is None:
                    chars = list(text)
                for i in range(found.start(), found.end()):
                    if chars[i] in ".-":
                        chars[i] = " "
                last = found.end()
                break
    return text if chars is None else "".join(chars)


# A line that starts a block of its own after any indent (heading, quote, table, list item, fence, HTML,
# rule) or is blank: the line break before it is not inside a paragraph.
_BLOCK_START = re.compile(
    r"[ \t]*(?:[#>|<]|[-*+](?:[ \t]|\r?$)|[0-9]{1,9}[.)](?:[ \t]|\r?$)|```|~~~|===|---|___|\r?$)", re.M
)
# A line after which nothing runs on: a heading, a table row, a fence, HTML or a rule.
_WHOLE_LINE = re.compile(r"[ \t]*(?:#|\||<|```|~~~|===|---|___|\*\*\*)")


def soft_breaks(text: str) -> str:
    """Spaces for the line breaks inside a paragraph, which a browser shows as spaces (same length).

    A number, address or name wrapped onto the next line ("07700\n900123") is read on the page as one.
    """
    chars: list[str] | None = None
    line_start = 0
    at = text.find("\n")
    while at >= 0:
        nxt = at + 1
        # the cheap tests first: a blank line on either side (a paragraph's end) needs no pattern
        if (
            nxt < len(text)
            and text[nxt] != "\n"
            and text[line_start:at].strip()
            and _BLOCK_START.match(text, nxt) is None
            and _WHOLE_LINE.match(text, line_start) is None
        ):
            if chars is None:
                chars = list(text)
            chars[at] = " "
            if text[at - 1] == "\r":
                chars[at - 1] = " "
        line_start = nxt
        at = text.find("\n", nxt)
    return text if chars is None else "".join(chars)


@lru_cache(maxsize=1)
def _fold_table() -> dict[str, str]:
    """Letters from other alphabets that look like a Latin letter, mapped to it (Unicode confusables data).

    Only letter-for-letter folds, in the case of the original ("І" → "I", not the table's "l"), and
    never a Latin letter with a diacritic: Welsh ŵ, ŷ and â are letters in their own right.
    """
    from importlib.resources import files  # only when a text has letters from another alphabet

    data = json.loads(files("confusable_homoglyphs").joinpath("confusables.json").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for char, homoglyphs in data.items():
        if len(char) != 1 or char.isascii() or not char.isalpha() or unicodedata.decomposition(char):
            continue
        targets = [h["c"] for h in homoglyphs if len(h["c"]) == 1 and h["c"].isascii() and h["c"].isalpha()]
        if not targets:
            continue
        target = targets[0]
        if char.isupper():
            target = "I" if target == "l" else target.upper()
        elif char.islower() and target.isupper():
            target = "l" if target == "I" else target.lower()
        table[char] = target
    return table
