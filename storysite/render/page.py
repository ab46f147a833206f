"""A page: what the renderer makes and the writers write."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from storysite.pickling import compact


def page_digest(data: bytes) -> bytes:
    """The digest pages are compared by, between builds and on disk."""
    return hashlib.blake2b(data, digest_size=16).digest()


@compact
@dataclass(frozen=True, slots=True)
class Page:
    """One output file: its path under the site root, its bytes and their digest.

    A page taken from the cache that is already in the folder being written, with that digest, has
    no bytes (`data` is None): the writer leaves it as it is.
    """

    path: str
    data: bytes | None
    digest: bytes = b""

    def __post_init__(self) -> None:
        if not self.digest:
            if self.data is None:
                raise ValueError(f"A page with no bytes needs their digest: {self.path}")
            object.__setattr__(self, "digest", page_digest(self.data))
