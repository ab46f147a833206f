"""Parse YAML into plain data with the line and column of every key and value.

Only plain data is accepted: mappings, sequences, strings, numbers, booleans, null and dates.
Tags such as `!!python/object`, anchors reused as aliases (the "billion laughs" bomb) and
absurdly deep nesting are refused with a located problem instead of being constructed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml

from storysite.i18n.messages import Message, msg
from storysite.pickling import compact

try:  # the C parser is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 16
_TAG = "tag:yaml.org,2002:"
MAX_FLOW_DEPTH = 200  # libyaml's composer recurses in C and crashes far below memory limits
_BRACKETS = re.compile(r"[\[\]{}]")
_NO_SPACE = re.compile(r"^\s*(?:- )?[\w-]+:[^\s:/]")  # `title:Back`, not `http://` or `a::b`
_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_STR = _TAG + "str"
# Characters no page or Atom feed may hold: C0 controls but tab and newline, DEL, C1 controls, and
# U+FFFE/U+FFFF (XML 1.0 refuses them all, so one in a title made both feeds unreadable).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
# A double-quoted YAML escape, or an escaped backslash (consumed first, so `\\x01` is not an escape).
_ESCAPE = re.compile(r"\\(?:\\|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0abtvnfreN\"/ _LP])")
_SHORT_ESCAPES = {"0": 0, "a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, "e": 27, "N": 0x85}

KeyPath = tuple[str | int, ...]  # a value's place in a document: its keys and list indices from the top


@compact
@dataclass(frozen=True, slots=True)
class Pos:
    """A 1-based line and column with a length in characters."""

    line: int
    column: int
    length: int = 1


@compact
@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with the YAML itself."""

    pos: Pos
    rule: str
    message: str


@dataclass
class Document:
    """Parsed YAML data with where each value and key stands in the file."""

    data: Any
    values: dict[KeyPath, Pos] = field(default_factory=dict)
    keys: dict[KeyPath, Pos] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    raw: dict[KeyPath, str] = field(default_factory=dict)  # as written, for values YAML reads as not text (`yes`)

    def pos(self, path: KeyPath, *, key: bool = False) -> Pos:
        """Where a value (or its key) stands; falls back to the nearest enclosing value."""
        table = self.keys if key else self.values
        probe = path
        while probe:
            if probe in table:
                return table[probe]
            if not key and probe in self.keys:
                return self.keys[probe]
            probe = probe[:-1]
        return self.values.get((), Pos(1, 1))


def _mark_pos(node: yaml.Node, line_offset: int) -> Pos:
    start, end = node.start_mark, node.end_mark
    length = end.column - start.column if end.line == start.line else 1
    return Pos(start.line + 1 + line_offset, start.column + 1, max(length, 1))


def parse_yaml(text: str, *, line_offset: int = 0) -> Document:
    """Parse one YAML document; every problem is returned, nothing is raised."""
    doc = Document(data=None)
    # no deeper than the brackets it opens: most texts open too few to be counted
    if text.count("[") + text.count("{") > MAX_FLOW_DEPTH and _flow_depth(text) > MAX_FLOW_DEPTH:
        doc.problems.append(Problem(Pos(1 + line_offset, 1), "yaml.depth", _too_deep()))
        return doc
    fast = _plain_front_matter(text, line_offset)
    if fast is not None:
        return fast
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.reader.ReaderError as exc:
        doc.problems.append(_reader_problem(text, exc, line_offset))
        return doc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 + line_offset) if mark else 1 + line_offset
        column = (mark.column + 1) if mark else 1
        why = plain_words(text, exc, line_offset)
        reason = exc.problem or exc.context or "the YAML could not be read"
        message = (
            msg("The YAML could not be read: {why}", why=why)
            if why is not None
            else msg("The YAML could not be read: {reason}.", reason=reason)
        )
        doc.problems.append(Problem(Pos(line, column), "yaml.syntax", message))
        return doc
    except yaml.YAMLError as exc:
        doc.problems.append(
            Problem(Pos(1 + line_offset, 1), "yaml.syntax", msg("The YAML could not be read: {reason}.", reason=exc))
        )
        return doc
    except RecursionError:
        doc.problems.append(Problem(Pos(1 + line_offset, 1), "yaml.depth", _too_deep()))
        return doc
    if root is None:
        return doc
    builder = _Builder(doc, line_offset, text)
    doc.data = builder.build(root, (), 0)
    return doc


def plain_words(text: str, exc: yaml.MarkedYAMLError, line_offset: int = 0) -> Message | None:
    """What a writer did wrong, and how to put it right, for the YAML mistakes people make; None for the rest."""
    problem, context = exc.problem or "", exc.context or ""
    mark, opened = exc.problem_mark, exc.context_mark
    lines = text.split("\n")
    here = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    column = mark.column if mark is not None else 0
    if "tab" in problem or (problem.startswith("found character") and "\t" in here[: column + 1]):
        return msg(
            "there is a tab character at the start of this line or just before this point. "
            "YAML lines up fields with spaces only: replace the tab with spaces."
        )
    if problem.startswith("found character that cannot start any token") and column < len(here):
        return msg(
            "a value cannot start with the character {char} : put the whole value in double quotes, "
            'such as `title: "{char}..."`.',
            char=here[column],
        )
    if "end of stream" in problem and "quoted scalar" in context and opened is not None:
        # libyaml also breaks lines at U+2028 and U+2029, so its line may be shorter than ours
        there = lines[opened.line] if opened.line < len(lines) else ""
        quote = there[opened.column] if opened.column < len(there) else '"'
        return msg(
            "the text opened with {quote} on line {line} is never closed: end it with a matching {quote} "
            "on the same line.",
            quote=quote,
            line=opened.line + 1 + line_offset,
        )
    if problem.startswith("did not find expected ',' or") and opened is not None:
        bracket = "[" if "]" in problem else "{"
        closing = "]" if bracket == "[" else "}"
        return msg(
            "the list opened with `{bracket}` on line {line} is not closed: end it with `{closing}` on the same "
            "line, with a comma between items.",
            bracket=bracket,
            closing=closing,
            line=opened.line + 1 + line_offset,
        )
    if problem.startswith("did not find expected key") and 0 < column <= len(here):
        before = here[column - 1]
        start = here.find(": ") + 2 if ": " in here else -1
        if before in "'\"" and 0 < start < column - 1 and here[start] == before:
            word = re.findall(r"[\w’]+" + re.escape(before) + r"[\w’]*", here[start + 1 :])
            if before == "'":
                return msg(
                    "the apostrophe in `{word}` ends the text that the quote ' opened. Write the apostrophe "
                    "twice (`''`), or put the whole value in double quotes instead.",
                    word=word[0] if word else here[start:].strip(),
                )
            return msg(
                'a double quote inside the text ends the text that the quote " opened. Put the whole value '
                'in single quotes instead, or write the inner quote as `\\"`.',
            )
    if problem.startswith(("mapping values are not allowed", "could not find expected ':'")) and mark is not None:
        if problem.startswith("mapping") and (": " in here[:column] or here[:column].rstrip().endswith(":")):
            return msg(
                "this value holds `: `, which YAML reads as the start of another field: put the whole value in "
                'double quotes, such as `title: "Note: ..."`.'
            )
        first = opened.line if opened is not None else max(mark.line - 1, 0)
        for number in range(mark.line, max(first - 1, -1), -1):
            squeezed = _NO_SPACE.match(lines[number]) if number < len(lines) else None
            if squeezed is not None:
                return msg(
                    "line {line} has no space after its colon (`{field}`): write a space after the colon, "
                    "such as `{fixed}`.",
                    line=number + 1 + line_offset,
                    field=lines[number].strip(),
                    fixed=lines[number].strip().replace(":", ": ", 1),
                )
        if problem.startswith("could not find expected ':'"):
            return msg(
                "a line here has no colon: write each field as `name: value` and each list item as `- value`, "
                "or put a value that runs over several lines in quotes."
            )
        return msg(
            "this line is indented more than the field above it. Fields of one group start in the same "
            "column: indent it with the same number of spaces as the line above (or none at all)."
        )
    if problem.startswith("did not find expected key") or problem.startswith("did not find expected <document"):
        return msg(
            "YAML expected a new field here (`name: value`): check the indentation, colons and quotes on "
            "this line and the line above."
        )
    return None


def control_message(char: str) -> Message:
    """What to do about a control character (named by its code point, since it cannot be seen)."""
    return msg(
        "This text holds an invisible control character (U+{code}), which would break the site's pages and "
        "feeds: delete it (in YAML it may be written as an escape such as `\\x0b` or `\\v`).",
        code=f"{ord(char):04X}",
    )


def _reader_problem(text: str, exc: yaml.reader.ReaderError, line_offset: int) -> Problem:
    """The character PyYAML's reader refused, located by looking for it (libyaml counts bytes, not characters)."""
    char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)[:1]
    index = text.find(char) if char else -1
    if index < 0:
        return Problem(Pos(1 + line_offset, 1), "yaml.syntax", msg("The YAML could not be read: {reason}.", reason=exc))
    line = text.count("\n", 0, index)
    column = index - (text.rfind("\n", 0, index) + 1)
    return Problem(Pos(line + 1 + line_offset, column + 1), "text.control-character", control_message(char))


def _too_deep() -> Message:
    return msg("The YAML is nested too deeply (more than {depth} levels).", depth=MAX_DEPTH)


def _flow_depth(text: str) -> int:
    """The deepest nesting of [ ] and { } (over-counts brackets inside strings, which is safe)."""
    depth = deepest = 0
    for match in _BRACKETS.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


class _Builder:
    """Turn composed nodes into plain values, recording positions and refusing anything unsafe."""

    def __init__(self, doc: Document, line_offset: int, text: str = "") -> None:
        self.doc = doc
        self.offset = line_offset
        self.text = text
        self.seen: set[int] = set()
        self.alias_reported = False
        self._constructor: yaml.constructor.SafeConstructor | None = None

    @property
    def constructor(self) -> yaml.constructor.SafeConstructor:
        """PyYAML's own constructor, for numbers, booleans and dates (made when first needed: most values are text).

        The constructor alone: a whole SafeLoader would also set up a reader, scanner and parser for every file.
        """
        if self._constructor is None:
            self._constructor = yaml.constructor.SafeConstructor()
        return self._constructor

    def problem(self, node: yaml.Node, rule: str, message: str) -> None:
        self.doc.problems.append(Problem(_mark_pos(node, self.offset), rule, message))

    def build(self, node: yaml.Node, path: KeyPath, depth: int) -> Any:
        start, end = node.start_mark, node.end_mark  # _mark_pos written out: this runs for every node
        length = end.column - start.column if end.line == start.line else 1
        self.doc.values[path] = Pos(start.line + 1 + self.offset, start.column + 1, length if length > 1 else 1)
        if id(node) in self.seen:
            if not self.alias_reported:  # one is enough: an alias bomb repeats them by the thousand
                self.alias_reported = True
                self.problem(
                    node, "yaml.alias", msg("YAML aliases (*name) are not allowed: write the value out in full.")
                )
            return None
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self.problem(node, "yaml.depth", _too_deep())
            return None
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _TAG + "seq":
                return self.bad_tag(node)
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        if node.tag != _STR:
            self.doc.raw[path] = node.value
        return self.scalar(node)

    def bad_tag(self, node: yaml.Node) -> None:
        self.problem(
            node,
            "yaml.tag",
            msg(
                "The YAML tag '{tag}' is not allowed: use plain text, numbers, dates and lists.",
                tag=node.tag.replace(_TAG, "!!"),
            ),
        )

    def mapping(self, node: yaml.MappingNode, path: KeyPath, depth: int) -> dict[str, Any] | None:
        if node.tag != _TAG + "map":
            self.bad_tag(node)
            return None
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _TAG + "merge":
                self.problem(key_node, "yaml.alias", msg("YAML merge keys (<<) are not allowed: write the fields out."))
                continue
            key = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.problem(key_node, "yaml.key", msg("Field names must be plain words, such as `title`."))
                continue
            child = (*path, key)
            if key in result:
                self.problem(
                    key_node, "yaml.duplicate-key", msg("The field `{key}` is given twice: keep one.", key=key)
                )
                continue
            self.doc.keys[child] = _mark_pos(key_node, self.offset)
            result[key] = self.build(value_node, child, depth + 1)
        return result

    def control(self, node: yaml.Node, char: str) -> None:
        """A control character in a value: pointed at the escape that wrote it, when one did."""
        start, end = node.start_mark.index, node.end_mark.index
        pos = _mark_pos(node, self.offset)
        for match in _ESCAPE.finditer(self.text, start, end):
            code = match.group()[1:]
            value = _SHORT_ESCAPES.get(code) if len(code) == 1 else int(code[1:], 16)
            if value == ord(char):
                line = self.text.count("\n", 0, match.start())
                column = match.start() - (self.text.rfind("\n", 0, match.start()) + 1)
                pos = Pos(line + 1 + self.offset, column + 1, len(match.group()))
                break
        self.doc.problems.append(Problem(pos, "text.control-character", control_message(char)))

    def scalar(self, node: yaml.Node) -> Any:
        tag = node.tag
        if tag == _STR:
            found = CONTROL.search(node.value)
            if found is not None:
                self.control(node, found.group())
            return node.value
        if tag not in _SCALAR_TAGS:
            return self.bad_tag(node)
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (ValueError, yaml.YAMLError, OverflowError):
            if node.tag == _TAG + "timestamp":
                self.problem(
                    node, "yaml.date", msg("'{value}' is not a real date: write it as YYYY-MM-DD.", value=node.value)
                )
                return None
            return node.value
        if isinstance(value, dt.datetime):
            return value.date()
        return value


# --- The common case without libyaml's nodes ----------------------------------------------------------
#
# Nearly every front matter is block mappings and lists of plain or simply quoted one-line values, and
# one-line flow lists and mappings of them (as `storysite sign-off` writes), with or without comments.
# For those, the data and every position are read here straight from the lines: each value, key and
# position is the one libyaml's composer and the builder above would give (tests/test_yaml_plain.py
# compares the two). Anything outside that subset (a comment after a quote, escapes, block scalars,
# anchors, tags, tabs, a value running over lines, trailing spaces, duplicate keys, a character libyaml
# refuses or reads as a line break) is left to the full path, which also says what is wrong.

# Characters the full path must see: controls (tab and carriage return among them), what YAML reads as a
# line break (U+0085, U+2028, U+2029), a BOM, surrogates and the non-characters U+FFFE and U+FFFF.
_NOT_PLAIN_TEXT = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
# A key of up to 128 characters (libyaml refuses a key longer than 1024; a field's name is a word).
_KEY_LINE = re.compile(r"( *)([A-Za-z_][A-Za-z0-9_]{0,127}):(?: +(.+))?")
_DASH_LINE = re.compile(r"( *)- (.+)")
# A one-line value: double-quoted without escapes or inner quotes, single-quoted without inner quotes,
# or plain, starting with no indicator and holding no brackets or braces (nor `: `, ` #` or a final `:`;
# a `#` with no space before it is a plain value's own character).
_BLOCK_VALUE = re.compile(r"\"[^\"\\]*\"|'[^']*'|[^-?:,\[\]{}#&*!|>'\"%@`\s][^\[\]{}]*")
_FLOW_ITEM = re.compile(r"\"[^\"\\]*\"|'[^']*'|[^-?:,\[\]{}#&*!|>'\"%@`\s][^,\[\]{}#:]*")
_FLOW_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]{0,127}): ")
_RESOLVER = yaml.resolver.Resolver()
_IMPLICIT = _RESOLVER.yaml_implicit_resolvers  # by first character: a plain value starting otherwise is text


class _NotPlain(Exception):
    """The text is outside what _plain_front_matter reads: the full path reads it."""


@lru_cache(maxsize=8192)
def _pos(line: int, column: int, length: int) -> Pos:
    """One shared Pos for each place (a Pos is immutable, and the same places recur from file to file)."""
    return Pos(line, column, length)


def _plain_front_matter(text: str, line_offset: int) -> Document | None:
    """The Document parse_yaml would return, read without libyaml; None outside the common subset."""
    if not text or _NOT_PLAIN_TEXT.search(text) is not None or " \n" in text or text[-1] == " ":
        return None
    lines = text.split("\n")
    if "#" in text:
        for number, line in enumerate(lines):
            if "#" not in line:
                continue
            if line.lstrip(" ")[:1] == "#":
                lines[number] = ""  # a comment on a line of its own is a blank line here
            elif " #" in line:
                at = line.index(" #")
                if "'" in line[:at] or '"' in line[:at]:
                    return None  # the `#` may be inside quotes: the full path reads it
                lines[number] = line[:at].rstrip(" ")  # a plain value or a line of flow ends where its comment starts
    first = 0
    while first < len(lines) and not lines[first]:
        first += 1
    if first == len(lines) or lines[first][0] == " ":
        return None
    doc = Document(data=None)
    try:
        data, end = _PlainReader(doc, lines, line_offset, text).mapping(first, 0, (), 0)
    except _NotPlain:
        return None
    if end != len(lines):
        return None
    doc.data = data
    return doc


@lru_cache(maxsize=4096)
def _resolve(plain: str) -> str:
    """The tag YAML gives a plain scalar (the same few words and dates recur from file to file)."""
    return _RESOLVER.resolve(yaml.ScalarNode, plain, (True, False))


@lru_cache(maxsize=4096)
def _constructed(tag: str, plain: str) -> Any:
    """A number, date, boolean or null as the builder makes it (immutable, so shared); raises what PyYAML raises."""
    value = yaml.constructor.SafeConstructor().construct_object(yaml.ScalarNode(tag, plain), deep=True)
    return value.date() if isinstance(value, dt.datetime) else value


class _PlainReader:
    """Block mappings and lists of one-line values, read line by line (see _plain_front_matter)."""

    def __init__(self, doc: Document, lines: list[str], line_offset: int, text: str) -> None:
        self.doc = doc
        self.lines = lines
        self.offset = line_offset + 1
        self.text = text
        self.builder: _Builder | None = None

    def next_line(self, index: int) -> tuple[int, int]:
        """The first line at or after INDEX that is not blank, and its indent (-1 at the end)."""
        lines = self.lines
        while index < len(lines):
            line = lines[index]
            if line:
                return index, len(line) - len(line.lstrip(" ")) if line[0] == " " else 0
            index += 1
        return index, -1

    def mapping(self, index: int, indent: int, path: KeyPath, depth: int) -> tuple[dict[str, Any], int]:
        """The block mapping whose keys start at column INDENT from line INDEX, and the line after it."""
        if depth > 8:
            raise _NotPlain
        lines, values, keys, offset = self.lines, self.doc.values, self.doc.keys, self.offset
        values[path] = _pos(index + offset, indent + 1, 1)  # a block ends on a later line than it starts
        result: dict[str, Any] = {}
        while index < len(lines):
            m = self.entry(_KEY_LINE, index, indent)
            if m is None:
                break
            key = m.group(2)
            if key in result or (key[0] in _IMPLICIT and self.resolve(key) != _STR):
                raise _NotPlain
            child = (*path, key)
            keys[child] = _pos(index + offset, indent + 1, len(key))
            written = m.group(3)
            if written is not None:
                result[key] = self.value(written, index, m.start(3), child)
                index, inner = self.next_line(index + 1)
                if inner > indent:
                    raise _NotPlain  # a value running on over lines
                continue
            index, inner = self.next_line(index + 1)
            if inner <= indent:
                raise _NotPlain  # an empty value
            if lines[index].startswith("- ", inner):
                result[key], index = self.sequence(index, inner, child, depth + 1)
            else:
                result[key], index = self.mapping(index, inner, child, depth + 1)
        return result, index

    def entry(self, pattern: re.Pattern[str], index: int, indent: int) -> re.Match[str] | None:
        """Line INDEX as an entry of the block at column INDENT (PATTERN's group 1 is its indent); None
        where the block has ended (the line is indented less); outside the subset otherwise."""
        line = self.lines[index]
        m = pattern.fullmatch(line)
        at = m.end(1) if m is not None else len(line) - len(line.lstrip(" "))
        if at < indent:
            return None
        if m is None or at != indent:
            raise _NotPlain
        return m

    def sequence(self, index: int, indent: int, path: KeyPath, depth: int) -> tuple[list[Any], int]:
        """The block list whose dashes stand in column INDENT from line INDEX, and the line after it."""
        lines = self.lines
        self.doc.values[path] = _pos(index + self.offset, indent + 1, 1)
        result: list[Any] = []
        while index < len(lines):
            m = self.entry(_DASH_LINE, index, indent)
            if m is None:
                break
            child = (*path, len(result))
            rest = m.group(2)
            if _KEY_LINE.fullmatch(rest) is not None:
                lines[index] = " " * (indent + 2) + rest  # a mapping in the list: its keys line up after the dash
                item, index = self.mapping(index, indent + 2, child, depth + 1)
                result.append(item)
                continue
            result.append(self.value(rest, index, indent + 2, child))
            index, inner = self.next_line(index + 1)
            if inner > indent:
                raise _NotPlain
        return result, index

    def value(self, written: str, index: int, column: int, path: KeyPath) -> Any:
        """A one-line value written at COLUMN of line INDEX: a scalar or a flow list."""
        first = written[0]
        if first == "[":
            return self.flow(written, index, column, path)
        if first == "{":
            return self.flow_mapping(written, index, column, path)
        if _BLOCK_VALUE.fullmatch(written) is None:
            raise _NotPlain
        if first == '"' or first == "'":
            self.doc.values[path] = _pos(index + self.offset, column + 1, len(written))
            return written[1:-1]
        if ": " in written or written[-1] == ":" or " #" in written:
            raise _NotPlain
        return self.scalar(written, index, column, path)

    def flow(self, written: str, index: int, column: int, path: KeyPath) -> list[Any]:
        """`[a, "b", c]` on one line, items separated by a comma and one space."""
        self.doc.values[path] = _pos(index + self.offset, column + 1, len(written))
        if written == "[]":
            return []
        result: list[Any] = []
        at, end = 1, len(written) - 1
        while True:
            m = _FLOW_ITEM.match(written, at)
            if m is None:
                raise _NotPlain
            item = m.group()
            if item[-1] == " ":
                raise _NotPlain
            result.append(self.scalar(item, index, column + at, (*path, len(result))))
            at = m.end()
            if at == end and written[end] == "]":
                return result
            if not written.startswith(", ", at):
                raise _NotPlain
            at += 2

    def flow_mapping(self, written: str, index: int, column: int, path: KeyPath) -> dict[str, Any]:
        """`{a: "x", b: y}` on one line (as `storysite sign-off` writes its fields), pairs separated by a
        comma and one space, each key followed by a colon and one space."""
        self.doc.values[path] = _pos(index + self.offset, column + 1, len(written))
        if written == "{}":
            return {}
        if written[-1] != "}":
            raise _NotPlain
        result: dict[str, Any] = {}
        at, end = 1, len(written) - 1
        while True:
            key_match = _FLOW_KEY.match(written, at)
            if key_match is None:
                raise _NotPlain
            key = key_match.group(1)
            if key in result or (key[0] in _IMPLICIT and self.resolve(key) != _STR):
                raise _NotPlain
            child = (*path, key)
            self.doc.keys[child] = _pos(index + self.offset, column + at + 1, len(key))
            at = key_match.end()
            m = _FLOW_ITEM.match(written, at)
            if m is None or m.group()[-1] == " ":
                raise _NotPlain
            result[key] = self.scalar(m.group(), index, column + at, child)
            at = m.end()
            if at == end:
                return result
            if not written.startswith(", ", at):
                raise _NotPlain
            at += 2

    resolve = staticmethod(_resolve)

    def scalar(self, written: str, index: int, column: int, path: KeyPath) -> Any:
        """A quoted or plain scalar as the builder would make it, its position recorded."""
        line = index + self.offset
        self.doc.values[path] = _pos(line, column + 1, len(written))
        first = written[0]
        if first == '"' or first == "'":
            return written[1:-1]
        if first not in _IMPLICIT:
            return written
        tag = self.resolve(written)
        if tag == _STR:
            return written
        self.doc.raw[path] = written
        if tag in _SCALAR_TAGS:
            try:
                return _constructed(tag, written)
            except (ValueError, yaml.YAMLError, OverflowError):
                pass
        # A tag not allowed, or a value PyYAML refuses: the builder says what is wrong, on a node like libyaml's.
        if self.builder is None:
            self.builder = _Builder(self.doc, self.offset - 1, self.text)
        start = yaml.Mark("<unicode string>", 0, line - self.offset, column, None, 0)
        end = yaml.Mark("<unicode string>", 0, line - self.offset, column + len(written), None, 0)
        return self.builder.scalar(yaml.ScalarNode(tag, written, start, end))
