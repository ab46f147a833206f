"""Interface strings from Babel catalogs (compiled at build time), and Welsh and English dates."""

from __future__ import annotations

import datetime as dt
import gettext
from functools import cache, lru_cache
from io import BytesIO
from pathlib import Path

from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from storysite.resources import builtin

BABEL_LOCALES = {"cy": "cy_GB", "en": "en_GB"}


def catalog_path(lang: str, project: Path | None = None) -> Path:
    """The project's own catalog if it has one, else the built-in one."""
    if project is not None:
        own = project / "locales" / lang / "LC_MESSAGES" / "messages.po"
        if own.is_file():
            return own
    return builtin("locales") / lang / "LC_MESSAGES" / "messages.po"


@cache
def _compile(path: Path, mtime_ns: int) -> gettext.GNUTranslations:
    with path.open("rb") as handle:
        catalog = read_po(handle)
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def translations(lang: str, project: Path | None = None) -> gettext.GNUTranslations:
    """Compile the `.po` catalog for `lang` into translations (cached until the file changes)."""
    path = catalog_path(lang, project)
    return _compile(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=1 << 14)  # Babel's formatting is slow (docs/performance.md), and stories share dates
def long_date(value: dt.date, lang: str) -> str:
    """14 Mawrth 2026 / 14 March 2026."""
    return format_date(value, format="long", locale=BABEL_LOCALES[lang])


@lru_cache(maxsize=1 << 12)
def month_year(value: dt.date, lang: str) -> str:
    """Mawrth 2026 / March 2026."""
    return format_date(value, format="LLLL y", locale=BABEL_LOCALES[lang])


@lru_cache(maxsize=64)
def month_name(month: int, lang: str) -> str:
    """Mawrth / March: a month on its own, as a listing's pager names it under its year."""
    return format_date(dt.date(2000, month, 1), format="LLLL", locale=BABEL_LOCALES[lang])
