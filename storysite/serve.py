"""Preview: build, serve on 127.0.0.1, rebuild on every change (watchfiles)."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import click

from storysite.build import build_site, project_dir
from storysite.findings import format_text


def rebuild(content: Path, content_arg: str, out: Path, audience: str) -> bool:
    result = build_site(content, content_arg, out, audience=audience)
    for finding in result.library.findings:
        click.secho(format_text(finding), fg="red" if finding.is_error else "yellow", err=True)
    if result.out is None:
        click.secho("Build failed: the last good site is still being served.", fg="red", err=True)
        return False
    click.echo(f"Built {len(result.published)} stories in {result.seconds:.2f} s.")
    return True


def serve_site(content: Path, content_arg: str, out: Path, *, port: int, audience: str) -> None:
    """Serve `out` and rebuild it whenever content, themes or locales change."""
    rebuild(content, content_arg, out, audience)
    out.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(_Handler, directory=str(out.resolve()))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    click.echo(f"Serving on http://127.0.0.1:{port}/ — press Ctrl+C to stop.")
    try:
        from watchfiles import watch

        project = project_dir(content)
        paths = [p for p in (content, project / "themes", project / "locales") if p.exists()]
        for _changes in watch(*paths):
            rebuild(content, content_arg, out, audience)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serve the built folder; the site's folder can be swapped whole between requests."""

    def translate_path(self, path: str) -> str:
        self.directory = str(Path(self.directory).resolve())  # follow the swapped-in folder
        return super().translate_path(path)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass
