"""Small helpers shared by the validators of site.yaml, stories and panels."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from typing import Any

from storysite.findings import Finding, error
from storysite.yamlsafe import Document, Path

KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ' Did you mean `x`?' hint, or ''."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" Did you mean `{close[0]}`?" if close else ""


def one_of(choices: Iterable[str]) -> str:
    """Say the allowed values in prose."""
    items = [f"`{c}`" for c in choices]
    return ", ".join(items[:-1]) + f" or {items[-1]}" if len(items) > 1 else "".join(items)


class Reporter:
    """Collects findings for one file, locating them through the parsed YAML."""

    def __init__(self, path: str, doc: Document, category: str = "schema") -> None:
        self.path = path
        self.doc = doc
        self.category = category
        self.findings: list[Finding] = []

    def at(self, where: Path, rule: str, message: str, *, key: bool = False, category: str | None = None) -> None:
        pos = self.doc.pos(where, key=key)
        self.findings.append(
            error(self.path, pos.line, pos.column, pos.length, category or self.category, rule, message)
        )

    def warn(self, where: Path, rule: str, message: str, *, key: bool = False, category: str | None = None) -> None:
        pos = self.doc.pos(where, key=key)
        self.findings.append(
            Finding(self.path, pos.line, pos.column, pos.length, category or self.category, "warning", rule, message)
        )

    def unknown_keys(self, mapping: dict[str, Any], where: Path, allowed: Iterable[str], what: str) -> None:
        allowed = list(allowed)
        for key in mapping:
            if key not in allowed:
                self.at(
                    (*where, key),
                    "schema.unknown-field",
                    f"Unknown field `{key}` in {what}.{did_you_mean(key, allowed)}",
                    key=True,
                )

    def text(self, mapping: dict[str, Any], where: Path, name: str, *, required: bool) -> str | None:
        """A non-empty single string field."""
        value = mapping.get(name)
        if value is None:
            if required:
                self.at(where, "schema.required", f"`{name}` is required: add `{name}: ...`.")
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if value == "" and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            self.at((*where, name), "schema.type", f"`{name}` must be some text.")
            return None
        return value.strip()

    def keys_list(
        self,
        mapping: dict[str, Any],
        where: Path,
        name: str,
        choices: Iterable[str],
        *,
        required: bool,
        what: str,
    ) -> list[str] | None:
        """A list of taxonomy keys (a single key is accepted as a one-item list)."""
        value = mapping.get(name)
        choices = list(choices)
        if value is None:
            if required:
                self.at(where, "schema.required", f"`{name}` is required: list one or more of {one_of(choices)}.")
            return None
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or (required and not value):
            self.at(
                (*where, name),
                "schema.type",
                f"`{name}` must be a list such as `[{choices[0] if choices else 'key'}]`.",
            )
            return None
        result: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or item not in choices:
                self.at(
                    (*where, name, index),
                    "schema.unknown-key",
                    f"`{item}` is not a {what}: use {one_of(choices)}.{did_you_mean(str(item), choices)}",
                )
            elif item in result:
                self.warn((*where, name, index), "schema.repeated", f"`{item}` is listed twice in `{name}`.")
            else:
                result.append(item)
        return result

    def choice(
        self,
        mapping: dict[str, Any],
        where: Path,
        name: str,
        choices: Iterable[str],
        *,
        required: bool,
        what: str,
    ) -> str | None:
        value = mapping.get(name)
        choices = list(choices)
        if value is None:
            if required:
                self.at(where, "schema.required", f"`{name}` is required: use {one_of(choices)}.")
            return None
        if not isinstance(value, str) or value not in choices:
            self.at(
                (*where, name),
                "schema.unknown-key",
                f"`{value}` is not a {what}: use {one_of(choices)}.{did_you_mean(str(value), choices)}",
            )
            return None
        return value

    def mapping(self, mapping: dict[str, Any], where: Path, name: str, *, required: bool) -> dict[str, Any] | None:
        value = mapping.get(name)
        if value is None:
            if required:
                self.at(where, "schema.required", f"`{name}` is required.")
            return None
        if not isinstance(value, dict):
            self.at(
                (*where, name), "schema.type", f"`{name}` must be a group of fields, each on its own indented line."
            )
            return None
        return value

    def check(self, ok: bool, where: Path, rule: str, message: str) -> bool:
        if not ok:
            self.at(where, rule, message)
        return ok


Validator = Callable[[Reporter], None]
