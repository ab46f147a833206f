"""Translators' catalogs: every string is in both catalogs, Welsh is never empty, plurals and dates are right."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from storysite.i18n import long_date, translations

REPO = Path(__file__).resolve().parent.parent
LOCALES = REPO / "locales"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Run Babel's extractor exactly as translators do (README: "Translating the interface")."""
    pot = tmp_path_factory.mktemp("pot") / "messages.pot"
    here = Path.cwd()
    try:
        os.chdir(REPO)
        CommandLineInterface().run(
            [
                "pybabel",
                "-q",
                "extract",
                "-F",
                "pyproject.toml",
                "-k",
                "N_",
                "--no-location",
                "--sort-output",
                "--omit-header",
                "-o",
                str(pot),
                ".",
            ]
        )
    finally:
        os.chdir(here)
    with pot.open("rb") as handle:
        catalog = read_po(handle)
    assert len(catalog) > 50, "the extractor found almost nothing: is [tool.babel] in pyproject.toml intact?"
    return catalog


def po(lang: str) -> Catalog:
    with (LOCALES / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def test_the_extractor_sees_templates_and_python(extracted: Catalog) -> None:
    assert "Skip to main content" in extracted  # base.html
    assert "Magic Moment" in extracted  # N_() in render.py
    assert "The site could not be built" in extracted  # N_() in serve_page.py


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_every_interface_string_is_in_the_catalog(extracted: Catalog, lang: str) -> None:
    catalog = po(lang)
    missing = [m.id for m in extracted if m.id and m.id not in catalog]
    assert not missing, (
        f"locales/{lang}/LC_MESSAGES/messages.po lacks {len(missing)} string(s): {missing[:10]}. "
        "Run `pybabel update -i locales/messages.pot -d locales` after extracting, then translate them."
    )


def test_every_welsh_translation_is_written(extracted: Catalog) -> None:
    catalog = po("cy")
    empty = []
    for message in extracted:
        if not message.id or message.id not in catalog:
            continue
        entry = catalog[message.id]
        forms = entry.string if isinstance(entry.string, (list, tuple)) else [entry.string]
        short = isinstance(message.id, tuple) and len(forms) != 6
        if entry.fuzzy or short or not all(form and form.strip() for form in forms):
            empty.append(message.id)
    assert not empty, f"Welsh translations missing, fuzzy or short of the six plural forms: {empty[:10]}"


def test_welsh_catalog_declares_six_plural_forms() -> None:
    catalog = po("cy")
    assert catalog.num_plurals == 6
    header = (LOCALES / "cy" / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
    assert "nplurals=6;" in header


# n → CLDR form for Welsh: zero (0), one (1), two (2), few (3), many (6), other.
WELSH_FORMS = {0: 0, 1: 1, 2: 2, 3: 3, 4: 5, 6: 4, 7: 5}


@pytest.mark.parametrize(("n", "form"), sorted(WELSH_FORMS.items()))
def test_ngettext_picks_the_right_welsh_form(n: int, form: int) -> None:
    catalog = po("cy")
    plural = next(m for m in catalog if isinstance(m.id, tuple) and m.id[0] == "%(num)d story")
    welsh = translations("cy")
    assert welsh.plural(n) == form  # type: ignore[attr-defined]
    assert welsh.ngettext(*plural.id, n) == plural.string[form]


def test_dates_come_from_babel_in_both_languages() -> None:
    assert long_date(dt.date(2026, 3, 14), "cy") == "14 Mawrth 2026"
    assert long_date(dt.date(2026, 3, 14), "en") == "14 March 2026"
    assert long_date(dt.date(2026, 7, 1), "cy") == "1 Gorffennaf 2026"
