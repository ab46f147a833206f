"""Translators' catalogs: every string is in both catalogs, Welsh is never empty, plurals and dates are right."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from storysite.authoring.story_template import NOTES
from storysite.check.config import DEFAULT_WELLBEING, read_config
from storysite.i18n.catalogs import long_date, translations

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
# What the Welsh home page says for n stories: a numeral takes the singular noun ("6 stori").
WELSH_STORIES = {0: "Dim straeon", 1: "1 stori", 2: "2 stori", 3: "3 stori", 4: "4 stori", 6: "6 stori", 7: "7 stori"}


@pytest.mark.parametrize(("n", "form"), sorted(WELSH_FORMS.items()))
def test_ngettext_picks_the_right_welsh_form(n: int, form: int) -> None:
    welsh = translations("cy")
    assert welsh.plural(n) == form  # type: ignore[attr-defined]
    assert welsh.ngettext("%(num)d story", "%(num)d stories", n) % {"num": n} == WELSH_STORIES[n]
    in_library = welsh.ngettext("%(num)d story in the library", "%(num)d stories in the library", n) % {"num": n}
    assert in_library == ("Does dim straeon yn y llyfrgell" if n == 0 else f"{n} stori yn y llyfrgell")


def test_welsh_plurals_use_one_numeric_form() -> None:
    """Digits take the singular noun with no mutation, so every numbered form but `one` reads the same."""
    numbered = [m for m in po("cy") if isinstance(m.id, tuple) and "%(num)d" in m.id[0]]
    assert len(numbered) >= 3
    for message in numbered:
        zero, one, *rest = message.string
        assert "%(num)d" not in zero and zero.strip(), message.id  # "Dim straeon ...", not "0 stori"
        assert all("%(num)d" in form for form in (one, *rest)), message.id
        assert len(set(rest)) == 1, f"{message.id}: the forms for 2, 3, 6 and 4, 5, 7 ... differ: {rest}"
        assert "o straeon" not in " ".join((one, *rest)), message.id


def test_the_committed_template_is_up_to_date(extracted: Catalog) -> None:
    """locales/messages.pot has exactly the strings a fresh extraction finds (docs/translating.md, step 1)."""
    with (LOCALES / "messages.pot").open("rb") as handle:
        committed = read_po(handle)
    fresh = {m.id for m in extracted if m.id}
    kept = {m.id for m in committed if m.id}
    assert kept == fresh, (
        f"locales/messages.pot is out of date: missing {sorted(map(str, fresh - kept))[:5]}, "
        f"no longer used {sorted(map(str, kept - fresh))[:5]}. Regenerate it with step 1 of docs/translating.md."
    )


def test_mo_files_are_not_committed() -> None:
    """`pybabel compile` writes .mo files into locales/; storysite compiles the .po files itself."""
    ignored = (REPO / ".gitignore").read_text(encoding="utf-8").split("\n")
    assert "*.mo" in ignored


def test_default_wellbeing_labels_are_the_acts_wording() -> None:
    """The built-in labels (used when site.yaml has none) are those of the example library's site.yaml."""
    config, findings = read_config(REPO / "content", "site.yaml")
    assert config is not None, findings
    assert config.wellbeing == DEFAULT_WELLBEING
    assert DEFAULT_WELLBEING["rights"]["cy"] == "Sicrhau hawliau a hawlogaethau"


def test_the_outcome_label_matches_the_new_story_template() -> None:
    """A practitioner reads the same Welsh for `not-as-intended` in `storysite new` as on the site."""
    label = po("cy")["Not as intended"].string
    assert label == "Nid fel y bwriadwyd"
    assert f"not-as-intended ({label.lower()})" in NOTES["cy"]["outcome"]


def test_dates_come_from_babel_in_both_languages() -> None:
    assert long_date(dt.date(2026, 3, 14), "cy") == "14 Mawrth 2026"
    assert long_date(dt.date(2026, 3, 14), "en") == "14 March 2026"
    assert long_date(dt.date(2026, 7, 1), "cy") == "1 Gorffennaf 2026"


@pytest.mark.parametrize("lang", ["cy", "en"])
def test_constant_translations_are_folded_into_templates_as_the_call_would_give_them(lang: str) -> None:
    import jinja2

    from storysite.render.theme import environment

    source = (
        '<a title="{{ _("Search") }}">{{ _("Search the stories") }}</a>{{ _("Search")|upper }}'
        "{{ _('[COUNT] stories') }}{{ _(\"100%% <sure>\") }}{{ _('%(num)d stori', num=2) }}{{ x._('Search') }}"
    )
    folded = environment(lang, "default", None)
    called = jinja2.Environment(autoescape=True, extensions=["jinja2.ext.i18n"])
    called.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    x = {"_": lambda s: f"<{s}>"}
    assert folded.from_string(source).render(x=x) == called.from_string(source).render(x=x)
    if lang == "cy":
        assert "Chwilio" in folded.from_string(source).render(x=x)
    # Only the call with a value is still a call at render time.
    assert folded.compile(source, raw=True).count("undefined(name='_')") == 1
