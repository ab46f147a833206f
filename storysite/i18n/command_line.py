"""The command line in the chosen language: our help texts, and Click's own words (Usage, Options, errors).

The language is `--iaith` (or `--messages-lang`), else the locale, else English. `--iaith` is read
before `--help`, so `storysite --iaith cy check --help` is all Welsh. Click looks its own words up
with `gettext` at the moment it prints them; those lookups are sent to storysite's catalog here.
"""

from __future__ import annotations

import contextvars
from typing import Any

import click

from storysite.i18n.messages import in_language, language_from_environment, nmsg
from storysite.vocabulary import N_

# Set and reset around each run (Group.main): Click prints its errors after its context has ended.
_CHOSEN: contextvars.ContextVar[str | None] = contextvars.ContextVar("storysite_language", default=None)


# Click's own words that a user of storysite meets, so that the extractor puts them in the catalogs.
CLICK_WORDS = (
    N_("Usage:"),
    N_("Options"),
    N_("Commands"),
    N_("Show the version and exit."),
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Invalid value: {message}"),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    N_("Missing command."),
    N_("default: {default}"),
    N_("required"),
    N_("Aborted!"),
)
# Click's one plural pair a user meets (a value that is not one of the choices, such as `--type`), made
# here only so that the extractor puts it in the catalogs; Click asks for it through ngettext.
CLICK_PLURALS = (
    nmsg("{value!r} is not {choice}.", "{value!r} is not one of {choices}.", 2, value="", choice="", choices=""),
)


def chosen_language() -> str:
    """The language chosen for this command: --iaith, else the locale (LC_ALL, LC_MESSAGES, LANG), else English."""
    context = click.get_current_context(silent=True)
    chosen = context.find_root().obj if context is not None else None
    if isinstance(chosen, str):
        return chosen
    return _CHOSEN.get() or language_from_environment()


def remember_language(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """The --iaith callback: eager, so that --help and Click's errors after it are in that language."""
    if value is not None:
        _CHOSEN.set(value)
        ctx.obj = value
    return value


def say(text: str) -> str:
    """Text in the chosen language: a Message, or a plain English string that is in the catalog."""
    lang = chosen_language()
    if lang == "en" or not text:
        return str(text)
    from storysite.i18n.catalogs import translations  # loaded only when Welsh is wanted

    if hasattr(text, "localise"):
        return in_language(text, lang)
    return translations(lang).gettext(str(text))


def _say_plural(singular: str, plural: str, count: int) -> str:
    lang = chosen_language()
    if lang == "en":
        return singular if count == 1 else plural
    from storysite.i18n.catalogs import translations

    return translations(lang).ngettext(singular, plural, count)


def translate_click() -> None:
    """Send Click's own `gettext` lookups to storysite's catalog in the chosen language (once per process)."""
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.types

    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types):
        if hasattr(module, "_"):
            module._ = say  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = _say_plural  # type: ignore[attr-defined]


class Localised(click.Command):
    """A command whose help, and its options' help, is said in the chosen language."""

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        english = self.help
        self.help = say(english) if english else english
        try:
            super().format_help_text(ctx, formatter)
        finally:
            self.help = english

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        params = self.get_params(ctx)
        english = [param.help if isinstance(param, click.Option) else None for param in params]
        for param, text in zip(params, english, strict=True):
            if isinstance(param, click.Option) and text:
                param.help = say(text)
        try:
            super().format_options(ctx, formatter)
        finally:
            for param, text in zip(params, english, strict=True):
                if isinstance(param, click.Option):
                    param.help = text

    def get_short_help_str(self, limit: int = 45) -> str:
        english = self.help
        self.help = say(english) if english else english
        try:
            return super().get_short_help_str(limit)
        finally:
            self.help = english

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        fresh = getattr(self, "_help_option", None) is None
        found = super().get_help_option(ctx)
        if fresh and found is not None:  # made once, in the language chosen then: keep it English, say it when shown
            found.help = HELP
        return found


HELP = N_("Show this message and exit.")


class Command(Localised):
    """A `storysite` command."""


class Group(Localised, click.Group):
    """The `storysite` group: its commands said in the chosen language, the language chosen afresh each run."""

    command_class = Command

    def main(self, *args: Any, **kwargs: Any) -> Any:
        token = _CHOSEN.set(None)
        try:
            return super().main(*args, **kwargs)
        finally:
            _CHOSEN.reset(token)
