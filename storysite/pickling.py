"""Pickling for the small frozen dataclasses that cross between processes and fill the build cache.

Every class pickled by a one-byte code is listed once, in CODES; a module marks its class `@compact`
(or `coded` for a class with its own `__reduce__`) and carries no code. Registering at class definition,
not from the build, keeps `storysite check` compact too: it never imports the build, yet its workers
send findings and checked versions back.
"""

from __future__ import annotations

import copyreg
from collections.abc import Callable, Mapping
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T", bound=type)

CODES: dict[str, int] = {
    "storysite.findings.Finding": 240,
    "storysite.content.load.SourceFile": 241,
    "storysite.content.load.KnownFile": 242,
    "storysite.model.Story": 243,
    "storysite.render.page.Page": 244,
    "storysite.model.Consent": 245,
    "storysite.model.ImpactRow": 246,
    "storysite.model.TextField": 247,
    "storysite.model.StoryVersion": 248,
    "storysite.content.yamlsafe.Pos": 249,
    "storysite.content.yamlsafe.Problem": 250,
    "storysite.i18n.messages.Message": 251,
    "storysite.output.write.WrittenFile": 252,
    "storysite.incremental.cache.CacheEntry": 253,
    "storysite.check.library.BuiltStory": 254,
    "storysite.content.load.FileRecord": 255,
}
"""Each class's code, by its module and qualified name: from the range copyreg keeps for private use
(240-255, all taken; a next one, 256 up, takes two bytes). A code is quicker to unpickle than a class
looked up by its module and name. A code never changes within one cache VERSION
(storysite.incremental.cache): change one, and change that too."""


def by_fields(self: Any) -> tuple[type, tuple[Any, ...]]:
    """`__reduce__` for a frozen slots dataclass: pickled as a call of its class with its fields, in order.

    The dataclass default (__getstate__ and __setstate__, which loop over fields() for every object) was
    half of saving the cache, and as much again sending checked stories back from the workers.
    """
    cls = type(self)
    return (cls, tuple(getattr(self, name) for name in cls.__slots__))


def coded(cls: T) -> T:
    """Register `cls` under its code in CODES (a KeyError names a class missing from the table)."""
    name = f"{cls.__module__}.{cls.__qualname__}"
    if name not in CODES:
        raise KeyError(f"{name} has no pickle code: add it to storysite.pickling.CODES")
    copyreg.add_extension(cls.__module__, cls.__qualname__, CODES[name])
    return cls


def compact(cls: T) -> T:
    """Decorate a frozen slots dataclass to pickle it by_fields, its class named by its code in CODES."""
    setattr(cls, "__reduce__", by_fields)  # noqa: B010 - mypy will not let a method be assigned
    return coded(cls)


K = TypeVar("K")
R = TypeVar("R")


def as_rows(records: Mapping[K, Any]) -> dict[K, tuple[Any, ...]]:
    """Records of one compact class as tuples of their fields, for a file that holds tens of thousands.

    A tuple pickles in C; a record through by_fields, a Python call per record (docs/performance.md).
    """
    if not records:
        return {}
    fields = attrgetter(*type(next(iter(records.values()))).__slots__)
    return {key: fields(record) for key, record in records.items()}


def from_rows(cls: Callable[..., R], rows: Mapping[K, tuple[Any, ...]]) -> dict[K, R]:
    """The records as_rows saved (a TypeError or ValueError when the rows are not `cls`'s)."""
    return {key: cls(*row) for key, row in rows.items()}
