"""The program's own failures (not content problems: those are findings)."""

from __future__ import annotations

import click


class StorysiteError(click.ClickException):
    """A failure the user can act on; Click prints it and exits 1 without a traceback.

    Its message may be a Message (storysite.messages): it is then printed in the language chosen
    for the command (--iaith, else the locale).
    """

    def format_message(self) -> str:
        from storysite.cli_lang import say  # the command line's language, known only while a command runs

        return say(self.message)
