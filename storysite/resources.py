"""Where the built-in theme and catalogs live: inside the wheel, or beside the package in a checkout."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def builtin(name: str) -> Path:
    """The built-in `themes` or `locales` folder."""
    packaged = _HERE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _HERE.parent / name
