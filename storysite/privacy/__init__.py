"""Identifying-details detector (work in progress: the full detector replaces this stub)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Detection:
    """One identifying detail found in a piece of text."""

    start: int
    end: int
    category: str
    rule: str
    message: str


def scan_text(text: str, lang: str, *, pseudonyms: Sequence[str] = (), allow: Sequence[str] = ()) -> list[Detection]:
    """Find identifying details in one piece of story text."""
    return []
