"""The program's own failures (not content problems: those are findings)."""

from __future__ import annotations

import click


class StorysiteError(click.ClickException):
    """A failure the user can act on; Click prints it and exits 1 without a traceback.

    Its message may be a Message (storysite.i18n.messages): it is then printed in the language chosen
    for the command (--iaith, else the locale).
    """

    def format_message(self) -> str:
        from storysite.i18n.command_line import say  # the command line's language, known only while a command runs

        return say(self.message)
