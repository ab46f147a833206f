"""Short hashes: of a story file's text, and of the parts of a cache key."""

from __future__ import annotations

import hashlib


def text_digest(text: str) -> str:
    """A short hash of a text: a story file's, or the joined parts of a cache key (digest)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def digest(*parts: str | bytes) -> str:
    """A short hash of `parts`, encoded so that no two lists of parts collide.

    Text parts without NUL (nearly all: paths, ids, hashes, story text) are joined with NUL, which
    C code can check; others are length-prefixed: one hash call, where a rebuild makes very many.
    """
    try:
        joined = "\0".join(parts)  # type: ignore[arg-type]
    except TypeError:  # a part is bytes
        pass
    else:
        if joined.count("\0") == len(parts) - 1:  # no part holds a NUL: the parts are the pieces between them
            return text_digest("\1" + joined)
        return text_digest("".join(f"{len(part)}:{part}" for part in parts))  # type: ignore[str-bytes-safe]
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(b"b%d:" % len(data))
        h.update(data)
    return h.hexdigest()
