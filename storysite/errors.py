"""The program's own failures (not content problems: those are findings)."""

from __future__ import annotations

import click


class StorysiteError(click.ClickException):
    """A failure the user can act on; Click prints it and exits 1 without a traceback."""
