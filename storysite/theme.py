"""The Jinja2 environment: an ordered list of template folders, Babel translations, date filters."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from storysite.i18n import long_date, month_year, translations
from storysite.resources import builtin


def theme_dirs(theme: str, project: Path | None) -> list[Path]:
    """Template folders, first match wins: the project's theme, then the built-in theme, then the default."""
    dirs = []
    if project is not None:
        dirs.append(project / "themes" / theme)
    dirs += [builtin("themes") / theme, builtin("themes") / "default"]
    seen: list[Path] = []
    for folder in dirs:
        if folder.is_dir() and folder not in seen:
            seen.append(folder)
    return seen


def environment(lang: str, theme: str, project: Path | None) -> jinja2.Environment:
    """One environment per language, with that language's catalog installed."""
    # Keyed on the compiled catalog too, so that an edited .po file is used by the next build in this process.
    return _environment(lang, theme, project, translations(lang, project))


@cache
def _environment(lang: str, theme: str, project: Path | None, catalog: object) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d / "templates") for d in theme_dirs(theme, project)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.install_gettext_translations(catalog, newstyle=True)  # type: ignore[attr-defined]
    env.filters["long_date"] = lambda d, lang=lang: long_date(d, lang)
    env.filters["month_year"] = lambda d, lang=lang: month_year(d, lang)
    return env


def static_files(theme: str, project: Path | None) -> dict[str, Path]:
    """Static assets by their path under static/, the first theme folder that has one winning."""
    files: dict[str, Path] = {}
    for folder in reversed(theme_dirs(theme, project)):
        static = folder / "static"
        if static.is_dir():
            for path in sorted(static.rglob("*")):
                if path.is_file() and not path.is_symlink():
                    files[path.relative_to(static).as_posix()] = path
    return dict(sorted(files.items()))
