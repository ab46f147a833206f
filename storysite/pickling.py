"""Pickling for the small frozen dataclasses that cross between processes and fill the build cache."""

from __future__ import annotations

import copyreg
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T", bound=type)


def by_fields(self: Any) -> tuple[type, tuple[Any, ...]]:
    """`__reduce__` for a frozen slots dataclass: pickled as a call of its class with its fields, in order.

    The dataclass default (__getstate__ and __setstate__, which loop over fields() for every object) was
    half of saving the cache, and as much again sending checked stories back from the workers.
    """
    cls = type(self)
    return (cls, tuple(getattr(self, name) for name in cls.__slots__))


def compact(code: int) -> Callable[[T], T]:
    """Decorate a frozen slots dataclass to pickle it by_fields, its class named by a one-byte code.

    Codes are from the range copyreg keeps for private use (240-255) and never change within one
    cache VERSION: a code is quicker to unpickle than a class looked up by its module and name.
    """

    def register(cls: T) -> T:
        setattr(cls, "__reduce__", by_fields)  # noqa: B010 - mypy will not let a method be assigned
        copyreg.add_extension(cls.__module__, cls.__qualname__, code)
        return cls

    return register
