"""Small helpers shared by the validators of site.yaml, stories and panels."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from storysite.content.yamlsafe import Document, KeyPath
from storysite.findings import Finding, Span, error, warning
from storysite.i18n.messages import Message, msg
from storysite.vocabulary import PLACEHOLDER_RE

KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_placeholder(value: object) -> bool:
    """True for a value still holding the template's placeholder, such as `"TODO: positive, mixed or ..."`."""
    return isinstance(value, str) and PLACEHOLDER_RE.search(value) is not None


def is_blank(value: object) -> bool:
    """True for a value left empty: nothing after the colon (null), `""`, spaces only, `[]` or `{}`."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, (list, dict)) and not value


def did_you_mean(word: str, choices: Iterable[str], labels: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """A ' Did you mean `x`?' hint, or '': by the key's spelling, or by its label in either language (`iechyd`)."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if close:
        return msg(" Did you mean `{choice}`?", choice=close[0])
    found = by_label(word, labels or {})
    if found is None:
        return ""
    key, label = found
    return msg(" Did you mean `{choice}` ({label})? Write the key, not the label.", choice=key, label=label)


_LABEL_WORD = re.compile(r"[\w’']+")
_SMALL_WORDS = frozenset(
    ["a", "ac", "and", "ar", "at", "by", "for", "from", "gan", "i", "in", "o", "of", "or", "the", "to", "y", "yn", "yr"]
)


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("-", " ").replace("_", " ").casefold().split())


def by_label(word: str, labels: Mapping[str, Mapping[str, str]]) -> tuple[str, str] | None:
    """The key whose label (Welsh or English) is `word`, starts with it or holds it alone; else the nearest spelling.

    A word found in more than one label names none of them. Returns the key and the label it matched.
    """
    wanted = _fold(word)
    if not wanted:
        return None
    tables: list[dict[str, set[tuple[str, str]]]] = [{}, {}, {}]  # whole label, first word, any word
    for key, label in labels.items():
        for text in label.values():
            folded = _fold(text)
            words = [w for w in _LABEL_WORD.findall(folded) if w not in _SMALL_WORDS]
            tables[0].setdefault(folded, set()).add((key, text))
            if words:
                tables[1].setdefault(words[0], set()).add((key, text))
            for w in words:
                tables[2].setdefault(w, set()).add((key, text))
    for exact in (True, False):
        for table in tables:
            single = {name: found for name, found in table.items() if len({k for k, _ in found}) == 1}
            if exact:
                hit = single.get(wanted)
            else:
                close = difflib.get_close_matches(wanted, list(single), n=1, cutoff=0.8)
                hit = single[close[0]] if close else None
            if hit:
                return sorted(hit)[0]
    return None


def one_of(choices: Iterable[str]) -> str:
    """Say the allowed values in prose."""
    items = [f"`{c}`" for c in choices]
    return msg("{items} or {last}", items=", ".join(items[:-1]), last=items[-1]) if len(items) > 1 else "".join(items)


def _dotted(where: KeyPath, name: str) -> str:
    """`msc.domain`, `impact[1].area`: a field's name as a writer sees it (rows counted from 1)."""
    text = ""
    for part in (*where, name):
        text += f"[{part + 1}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


class FieldChecker:
    """Reads one file's fields (text, a choice, a list of keys, a group) and collects the findings about them,
    each located through the parsed YAML."""

    def __init__(self, path: str, doc: Document) -> None:
        self.path = path
        self.doc = doc
        self.findings: list[Finding] = []

    def at(self, where: KeyPath, rule: str, message: Message, *, key: bool = False) -> None:
        """An error at a value (or its `key`) of the YAML, under the category its rule names."""
        pos = self.doc.pos(where, key=key)
        self.findings.append(error(Span.at(self.path, pos), rule, message))

    def warn(self, where: KeyPath, rule: str, message: Message, *, key: bool = False) -> None:
        self.findings.append(warning(Span.at(self.path, self.doc.pos(where, key=key)), rule, message))

    def blank(self, mapping: dict[str, Any], where: KeyPath, name: str) -> bool:
        """True when `name` is written but left empty (a value the YAML reader refused was reported: not blank)."""
        if name not in mapping or not is_blank(mapping[name]):
            return False
        at = self.doc.values.get((*where, name))
        return at is None or not any(
            problem.pos.line == at.line and problem.pos.column == at.column for problem in self.doc.problems
        )

    def required(self, mapping: dict[str, Any], where: KeyPath, name: str, missing: Message, empty: Message) -> None:
        """A required field missing or left empty: one rule, at its key when it is written (`empty`), else its group."""
        if name in mapping:
            self.at((*where, name), "schema.required", empty, key=True)
        else:
            self.at(where, "schema.required", missing)

    def said(self, where: KeyPath, value: Any) -> str:
        """A value as the writer wrote it (`yes`, not `True`): YAML reads some words as booleans or numbers."""
        raw = self.doc.raw.get(where)
        return raw if raw is not None else str(value)

    def unknown_keys(self, mapping: dict[str, Any], where: KeyPath, allowed: Iterable[str], what: str) -> None:
        """An error for every key of `mapping` not in `allowed`; `what` names the mapping (a Message if English)."""
        allowed = list(allowed)
        for key in mapping:
            if key not in allowed:
                self.at(
                    (*where, key),
                    "schema.unknown-field",
                    msg("Unknown field `{key}` in {what}.{hint}", key=key, what=what, hint=did_you_mean(key, allowed)),
                    key=True,
                )

    def text(self, mapping: dict[str, Any], where: KeyPath, name: str, *, required: bool) -> str | None:
        """A non-empty single string field."""
        value = mapping.get(name)
        if is_blank(value):
            if required and (name not in mapping or self.blank(mapping, where, name)):
                self.required(
                    mapping,
                    where,
                    name,
                    msg("`{name}` is required: add `{name}: ...`.", name=name),
                    msg("`{name}` is empty: write it after `{name}:` on the same line.", name=_dotted(where, name)),
                )
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = self.said((*where, name), value)
        if not isinstance(value, str):
            self.at((*where, name), "schema.type", msg("`{name}` must be some text.", name=name))
            return None
        return value.strip()

    def keys_list(
        self,
        mapping: dict[str, Any],
        where: KeyPath,
        name: str,
        choices: Iterable[str],
        *,
        required: bool,
        what: str,
    ) -> list[str] | None:
        """A list of taxonomy keys (a single key is accepted as a one-item list)."""
        value = mapping.get(name)
        labels = choices if isinstance(choices, Mapping) else None
        choices = list(choices)
        items = [value] if isinstance(value, str) else value
        unfilled = isinstance(items, list) and any(is_placeholder(item) for item in items)

        def missing() -> Message:
            return msg("`{name}` is required: list one or more of {choices}.", name=name, choices=one_of(choices))

        def empty() -> Message:
            return msg(
                "`{name}` is empty: list one or more of {choices}.", name=_dotted(where, name), choices=one_of(choices)
            )

        def placeholder() -> Message:
            return msg(
                "`{name}` is not filled in yet: list one or more of {choices}.",
                name=_dotted(where, name),
                choices=one_of(choices),
            )

        if self._not_given(
            mapping,
            where,
            name,
            required=required,
            unfilled=unfilled,
            missing=missing,
            empty=empty,
            placeholder=placeholder,
        ):
            return None
        if not isinstance(items, list):
            self.at(
                (*where, name),
                "schema.type",
                msg(
                    "`{name}` must be a list such as `[{example}]`.",
                    name=name,
                    example=choices[0] if choices else "key",
                ),
            )
            return None
        result: list[str] = []
        for index, item in enumerate(items):
            if not self._chosen((*where, name, index), item, choices, what, labels):
                continue
            if item in result:
                self.warn(
                    (*where, name, index),
                    "schema.repeated",
                    msg("`{item}` is listed twice in `{name}`.", item=item, name=name),
                )
            else:
                result.append(item)
        return result

    def _not_given(
        self,
        mapping: dict[str, Any],
        where: KeyPath,
        name: str,
        *,
        required: bool,
        unfilled: bool,
        missing: Callable[[], Message],
        empty: Callable[[], Message],
        placeholder: Callable[[], Message],
    ) -> bool:
        """Whether field `name` is left out, empty or not filled in yet (a placeholder): each found when it must be.

        The messages are made only for a finding: most fields are filled in, and every file has several.
        """
        if is_blank(mapping.get(name)):
            if required and (name not in mapping or self.blank(mapping, where, name)):
                self.required(mapping, where, name, missing(), empty())
            return True
        if unfilled:
            self.at((*where, name), "schema.placeholder", placeholder())
            return True
        return False

    def _chosen(
        self, where: KeyPath, value: Any, choices: list[str], what: str, labels: Mapping[str, Mapping[str, str]] | None
    ) -> bool:
        """Whether `value` is one of `choices`; if not, a finding that says so."""
        if isinstance(value, str) and value in choices:
            return True
        self.unknown_key(where, self.said(where, value), choices, what, labels)
        return False

    def unknown_key(
        self,
        where: KeyPath,
        value: Any,
        choices: list[str],
        what: str,
        labels: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        """`value` is not one of `choices` (keys of site.yaml or the contract): say which, and the nearest."""
        self.at(
            where,
            "schema.unknown-key",
            msg(
                "`{value}` is not a {what}: use {choices}.{hint}",
                value=value,
                what=what,
                choices=one_of(choices),
                hint=did_you_mean(str(value), choices, labels),
            ),
        )

    def choice(
        self,
        mapping: dict[str, Any],
        where: KeyPath,
        name: str,
        choices: Iterable[str],
        *,
        required: bool,
        what: str,
    ) -> str | None:
        """One taxonomy key (`type`, a consent status)."""
        value = mapping.get(name)
        labels = choices if isinstance(choices, Mapping) else None
        choices = list(choices)

        def missing() -> Message:
            return msg("`{name}` is required: use {choices}.", name=name, choices=one_of(choices))

        def empty() -> Message:
            return msg("`{name}` is empty: use {choices}.", name=_dotted(where, name), choices=one_of(choices))

        def placeholder() -> Message:
            return msg(
                "`{name}` is not filled in yet: use {choices}.", name=_dotted(where, name), choices=one_of(choices)
            )

        if self._not_given(
            mapping,
            where,
            name,
            required=required,
            unfilled=is_placeholder(value),
            missing=missing,
            empty=empty,
            placeholder=placeholder,
        ):
            return None
        return value if self._chosen((*where, name), value, choices, what, labels) else None

    def mapping(self, mapping: dict[str, Any], where: KeyPath, name: str, *, required: bool) -> dict[str, Any] | None:
        value = mapping.get(name)
        if is_blank(value):
            if required and (name not in mapping or self.blank(mapping, where, name)):
                self.required(
                    mapping,
                    where,
                    name,
                    msg("`{name}` is required.", name=name),
                    msg("`{name}` is empty: write its fields below it, each on its own indented line.", name=name),
                )
            return None
        if not isinstance(value, dict):
            self.at(
                (*where, name),
                "schema.type",
                msg("`{name}` must be a group of fields, each on its own indented line.", name=name),
            )
            return None
        return value

    def check(self, ok: bool, where: KeyPath, rule: str, message: Message) -> bool:
        if not ok:
            self.at(where, rule, message)
        return ok


Validator = Callable[[FieldChecker], None]
