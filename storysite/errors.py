"""The program's own failures (not content problems: those are findings)."""

from __future__ import annotations

import click


class StorysiteError(click.ClickException):
    """A failure the user can act on; Click prints it and exits 1 without a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        context = click.get_current_context(silent=True)  # gone by the time Click prints the error
        chosen = context.find_root().obj if context is not None else None
        self.lang: str | None = chosen if isinstance(chosen, str) else None

    def format_message(self) -> str:
        """The message in the language chosen for the command (--iaith or the locale), when it is a Message."""
        from storysite.messages import in_language, language_from_environment

        return in_language(self.message, self.lang or language_from_environment())
