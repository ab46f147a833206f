"""Translatable messages: findings stay data, with English text that can be put into Welsh later.

A `Message` is a `str` whose value is the English text, so every reporter, test and JSON key
that reads a finding's message keeps working. It also keeps the English template and its named
arguments, so a reporter can look the template up in a Babel catalog and fill it in again in
another language. Templates use `str.format` fields (`{name}`); a literal brace is `{{` or `}}`.
`pybabel extract` finds the templates through the `msg` and `nmsg:1,2` keywords (pyproject.toml).
"""

from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from storysite import LANGUAGES
from storysite.pickling import coded

DEFAULT_LANG = "en"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX order: the first one set wins


class Message(str):
    """English text that remembers its template and arguments, so it can be translated."""

    template: str
    args: dict[str, Any]
    plural: str | None
    number: int | None

    def __new__(
        cls, template: str, args: Mapping[str, Any] | None = None, plural: str | None = None, count: int | None = None
    ) -> Message:
        args = dict(args or {})
        chosen = plural if plural is not None and count != 1 else template
        self = super().__new__(cls, chosen.format(**_values(args, count, None)))
        self.template, self.args, self.plural, self.number = template, args, plural, count
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own pickling would rebuild from the English text alone and lose the template.
        return (Message, (self.template, self.args, self.plural, self.number))

    def __deepcopy__(self, memo: dict[int, Any]) -> Message:
        return self  # immutable, like str (dataclasses.asdict deep-copies every field)

    def localise(self, translations: _gettext.NullTranslations | None) -> str:
        """The text in the catalog's language (English when `translations` is None or lacks it)."""
        if translations is None:
            return str(self)
        if self.plural is not None and self.number is not None:
            template = translations.ngettext(self.template, self.plural, self.number)
        else:
            template = translations.gettext(self.template)
        try:
            return template.format(**_values(self.args, self.number, translations))
        except (KeyError, IndexError, ValueError):  # a translator's slip must never hide the finding
            return str(self)


def _values(args: Mapping[str, Any], count: int | None, translations: _gettext.NullTranslations | None) -> dict:
    """The arguments to fill in, each Message among them put into the same language."""
    values = {k: v.localise(translations) if isinstance(v, Message) else v for k, v in args.items()}
    if count is not None:
        values.setdefault("n", count)
    return values


coded(Message)  # one byte in a pickle (storysite.pickling.CODES)


def msg(template: str, /, **args: Any) -> Message:
    """A translatable message: `msg("`{name}` is required.", name=name)` (English phrases as args are Messages)."""
    return Message(template, args)


def nmsg(singular: str, plural: str, count: int, /, **args: Any) -> Message:
    """A translatable message with a count, available to the template as `{n}` (Welsh has six forms)."""
    return Message(singular, args, plural, count)


def localise(text: str, translations: _gettext.NullTranslations | None) -> str:
    """Any message in the catalog's language; text that is not a Message is returned as it is."""
    return text.localise(translations) if isinstance(text, Message) else str(text)


def in_language(text: str, lang: str, project: Path | None = None) -> str:
    """`text` in `lang` ("cy" or "en"), from the built-in catalog or the library's own."""
    if lang == DEFAULT_LANG or not isinstance(text, Message):
        return str(text)  # the English value is the message itself: never altered by a catalog
    from storysite.i18n.catalogs import translations  # i18n loads Babel: only when a translation is asked for

    return text.localise(translations(lang, project))


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """ "cy" when the locale (LC_ALL, LC_MESSAGES or LANG) is Welsh, such as cy_GB.UTF-8; otherwise "en"."""
    environ = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = environ.get(name, "")
        if value:
            lang = value.split("_")[0].split(".")[0].split("@")[0].lower()
            return lang if lang in LANGUAGES else DEFAULT_LANG
    return DEFAULT_LANG


def joined(separator: str, parts: Sequence[str]) -> Message:
    """Parts (Messages or text) joined by a separator that needs no translation, such as ", "."""
    # The template is not in any catalog, so gettext returns it as it is and only the parts translate.
    template = separator.replace("{", "{{").replace("}", "}}").join(f"{{p{i}}}" for i in range(len(parts)))
    return Message(template, {f"p{i}": part for i, part in enumerate(parts)})
