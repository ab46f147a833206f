"""The storysite command line: a thin layer over the library functions."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from storysite import __version__
from storysite.build import build_site
from storysite.check import check_library
from storysite.findings import Finding, format_json, format_text, summarise

CONTENT = click.argument("content", default="content", type=click.Path(file_okay=False, path_type=str))


def _content_dir(content: str) -> Path:
    path = Path(content)
    if not path.is_dir():
        raise click.UsageError(f"There is no content folder at {content!r}. Run `storysite init DIR` to make a library.")
    return path


def _print_findings(findings: list[Finding], *, err: bool = False) -> None:
    for finding in findings:
        colour = "red" if finding.is_error else "yellow"
        click.secho(format_text(finding), fg=colour, err=err)


def _summary_line(findings: list[Finding], files: int) -> str:
    errors = sum(f.is_error for f in findings)
    warnings = len(findings) - errors
    return f"{files} story files checked: {errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}."


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storysite")
def main() -> None:
    """Build a bilingual (Welsh/English) story library site, fail-closed on consent and privacy."""


@main.command()
@CONTENT
@click.option("--audience", default=None, help="Check what this audience would see (default: every audience).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Plain lines for people, or one JSON object for tools.")
def check(content: str, audience: str | None, fmt: str) -> None:
    """Run every check: consent, identifying details, front matter, Markdown."""
    library = check_library(_content_dir(content), content, audience=audience)
    findings = library.findings
    if fmt == "json":
        click.echo(format_json(findings, summarise(findings, {"files": library.files, "stories": len(library.stories)})))
    else:
        _print_findings(findings)
        click.echo(_summary_line(findings, library.files))
    sys.exit(1 if not library.ok else 0)


@main.command()
@CONTENT
@click.option("--out", default="_site", show_default=True, type=click.Path(path_type=Path), help="Where to write the site.")
@click.option("--audience", default="intranet", show_default=True, help="Who the site is for: an audience in site.yaml.")
@click.option("--base-url", default="", help="The site's full address, for the sitemap and feeds (links stay relative).")
def build(content: str, out: Path, audience: str, base_url: str) -> None:
    """Check, then build the site; on any error nothing is written."""
    result = build_site(_content_dir(content), content, out, audience=audience, base_url=base_url)
    findings = result.library.findings
    _print_findings(findings, err=True)
    if result.out is None:
        click.secho(
            f"{_summary_line(findings, result.library.files)} Nothing was written: fix the errors above and build again.",
            fg="red", err=True,
        )
        sys.exit(1)
    click.echo(
        f"Built {len(result.published)} stories for `{audience}` into {out} "
        f"({result.pages} files, {len(result.excluded)} stories left out) in {result.seconds:.1f} s."
    )


@main.command()
@CONTENT
@click.option("--port", default=8000, show_default=True, help="Port on 127.0.0.1.")
@click.option("--out", default="_site", show_default=True, type=click.Path(path_type=Path), help="Where to write the site.")
@click.option("--audience", default="intranet", show_default=True, help="Who the preview is for.")
def serve(content: str, port: int, out: Path, audience: str) -> None:
    """Build, then serve the site on 127.0.0.1, rebuilding when files change."""
    from storysite.serve import serve_site

    serve_site(_content_dir(content), content, out, port=port, audience=audience)

