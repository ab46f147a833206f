"""The storysite command line: a thin layer over the library functions."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from storysite import LANGUAGES, __version__
from storysite.check import check_library
from storysite.findings import Finding, format_json, format_text, summarise
from storysite.load import shown_path
from storysite.messages import in_language, language_from_environment, msg, nmsg
from storysite.progress import Progress, summary_lines, wanted
from storysite.schema import STORY_TYPES

CONTENT = click.argument("content", default="content", type=click.Path(file_okay=False, path_type=str))
F = TypeVar("F", bound=Callable[..., Any])


def output_format(help_text: str) -> Callable[[F], F]:
    """The --format option: text for people, json for tools."""
    return click.option(
        "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help=help_text
    )


QUIET = click.option(
    "--quiet", "-q", is_flag=True, help="No progress bar and no summary: problems and the result only."
)


def _content_dir(content: str) -> Path:
    path = Path(content)
    if not path.is_dir():
        raise click.UsageError(
            f"There is no content folder at {content!r}. Run `storysite init DIR` to make a library."
        )
    return path


def _lang() -> str:
    """The language chosen for findings and summaries: --iaith, else the locale, else English."""
    context = click.get_current_context(silent=True)
    chosen = context.find_root().obj if context is not None else None
    return chosen if isinstance(chosen, str) else language_from_environment()


def _say(text: str, content: str | None = None) -> str:
    """A message in the chosen language, from the library's own catalog when it has one."""
    project = Path(content).resolve().parent if content is not None else None
    return in_language(text, _lang(), project)


def _refuse_unknown_audience(findings: list[Finding], content: str) -> None:
    """An --audience that site.yaml does not list is a usage error (exit 2), not a content problem."""
    for finding in findings:
        if finding.rule == "site.audience":
            raise click.BadParameter(_say(finding.message, content), param_hint="'--audience'")


def _print_findings(findings: list[Finding], content: str, *, err: bool = False) -> None:
    project = Path(content).resolve().parent
    for finding in findings:
        colour = "red" if finding.is_error else "yellow"
        click.secho(format_text(finding, _lang(), project), fg=colour, err=err)


def _summary_line(findings: list[Finding], files: int) -> str:
    errors = sum(f.is_error for f in findings)
    warnings = len(findings) - errors
    return nmsg(
        "{n} story file checked: {errors}, {warnings}.",
        "{n} story files checked: {errors}, {warnings}.",
        files,
        errors=nmsg("{n} error", "{n} errors", errors),
        warnings=nmsg("{n} warning", "{n} warnings", warnings),
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storysite")
@click.option(
    "--iaith",
    "--messages-lang",
    "messages_lang",
    type=click.Choice(LANGUAGES),
    default=None,
    help="Iaith y negeseuon / the language of findings and summaries: cy (Cymraeg) or en "
    "(default: Welsh when the locale, LC_ALL, LC_MESSAGES or LANG, is cy_..., else English).",
)
@click.pass_context
def main(ctx: click.Context, messages_lang: str | None) -> None:
    """Build a bilingual (Welsh/English) story library site, fail-closed on consent and privacy."""
    ctx.obj = messages_lang or language_from_environment()
    collect_less()


def run() -> None:
    """The `storysite` command: `main`, then the process ends without taking its objects apart one by one.

    A build of 10,000 stories leaves millions of objects, all garbage once its work is written and its
    output printed; freeing them one by one as the interpreter shuts down took 0.8 s after a 1.8 s rebuild
    (measured). Everything the command writes is closed by then, and the output is flushed here. A
    command that leaves threads running (serve) exits as usual.
    """
    try:
        main()  # Click's standalone mode ends every command by raising SystemExit
    except SystemExit as done:
        code = done.code
    else:  # pragma: no cover - main always raises
        code = 0
    if threading.active_count() > 1:  # serve's threads end as the interpreter's shutdown has them end
        sys.exit(code)
    if isinstance(code, str):  # sys.exit("message"), as the interpreter would print it
        print(code, file=sys.stderr)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can reach it
            code = code or 1
    os._exit(code if isinstance(code, int) else 0)


def collect_less() -> None:
    """Tune the garbage collector for a command that makes millions of objects that live to its end.

    Collecting young objects less often, and never scanning what the imports made, took 6 % off
    checking 10,000 stories. (The benchmark's in-process rebuild calls this too, as the command does.)
    """
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)


@main.command()
@CONTENT
@click.option("--audience", default=None, help="Check what this audience would see (default: every audience).")
@output_format("Plain lines for people, or one JSON object for tools.")
@QUIET
def check(content: str, audience: str | None, fmt: str, quiet: bool) -> None:
    """Run every check: consent, identifying details, front matter, Markdown."""
    started, today = time.perf_counter(), dt.date.today()
    folder = _content_dir(content)
    with Progress("Checking stories", enabled=fmt == "text" and wanted(quiet)) as progress:
        library = check_library(folder, content, audience=audience, today=today, progress=progress.files, pages=False)
    findings = library.findings
    _refuse_unknown_audience(findings, content)
    if fmt == "json":
        summary = summarise(findings, {"files": library.files, "stories": len(library.stories)})
        click.echo(format_json(findings, summary, _lang(), folder.resolve().parent))
    else:
        _print_findings(findings, content)
        click.echo(_say(_summary_line(findings, library.files), content))
        if not quiet and library.config is not None:
            audiences = [audience] if audience in library.config.audiences else list(library.config.audiences)
            for line in summary_lines(library.stories, audiences, today, time.perf_counter() - started):
                click.echo(_say(line, content))
    sys.exit(1 if not library.ok else 0)


@main.command()
@CONTENT
@click.option(
    "--out", default="_site", show_default=True, type=click.Path(path_type=Path), help="Where to write the site."
)
@click.option(
    "--audience", default="intranet", show_default=True, help="Who the site is for: an audience in site.yaml."
)
@click.option(
    "--base-url", default="", help="The site's full address, for the sitemap and feeds (links stay relative)."
)
@QUIET
def build(content: str, out: Path, audience: str, base_url: str, quiet: bool) -> None:
    """Check, then build the site; on any error nothing is written."""
    today = dt.date.today()
    folder = _content_dir(content)
    with Progress("Checking stories", enabled=wanted(quiet)) as progress:
        from storysite.build import build_site  # not imported by `check`: the renderer and Jinja take 0.1 s

        result = build_site(folder, content, out, audience=audience, base_url=base_url, today=today, progress=progress)
    findings = result.library.findings
    _refuse_unknown_audience(findings, content)
    _print_findings(findings, content, err=True)
    if result.out is None:
        checked = _say(_summary_line(findings, result.library.files), content)
        nothing = _say(msg("Nothing was written: fix the errors above and build again."), content)
        click.secho(f"{checked} {nothing}", fg="red", err=True)
        sys.exit(1)
    built = nmsg(
        "Built {n} story for `{audience}` into {out} ({files}, {left_out}) in {seconds} s.",
        "Built {n} stories for `{audience}` into {out} ({files}, {left_out}) in {seconds} s.",
        len(result.published),
        audience=audience,
        out=out,
        files=nmsg("{n} file", "{n} files", result.pages),
        left_out=nmsg("{n} story left out", "{n} stories left out", len(result.excluded)),
        seconds=format(result.seconds, ".1f"),
    )
    click.echo(_say(built, content))
    if not quiet and result.library.config is not None:
        audiences = list(result.library.config.audiences)
        for line in summary_lines(result.library.stories, audiences, today, result.seconds, explain=[audience]):
            click.echo(_say(line, content))


@main.command()
@CONTENT
@click.option("--port", default=8000, show_default=True, help="Port on 127.0.0.1 (0 picks a free one).")
@click.option(
    "--out",
    default="_preview",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Where to write the preview (updated in place: never publish it; publish what `build` writes).",
)
@click.option("--audience", default="intranet", show_default=True, help="Who the preview is for.")
def serve(content: str, port: int, out: Path, audience: str) -> None:
    """Preview: build into _preview, serve on 127.0.0.1, rebuild and reload the open page on every change."""
    from storysite.serve import serve_site

    serve_site(_content_dir(content), content, out, port=port, audience=audience, lang=_lang())


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def init(folder: Path) -> None:
    """Make a new library in FOLDER: site.yaml and an example story in Welsh and English."""
    from storysite.scaffold import init_library

    content = init_library(folder)
    click.echo(f"Made a new story library in {content}.")
    click.echo(f"Next: cd {folder} && storysite serve   (preview in your browser; or `storysite build {content}`)")


@main.command()
@click.option("--type", "story_type", type=click.Choice(STORY_TYPES), required=True, help="The kind of story.")
@click.option("--lang", type=click.Choice(LANGUAGES), default=None, help="Write only this language (default: both).")
@click.option(
    "--title-lang",
    type=click.Choice(LANGUAGES),
    default=None,
    help="The language TITLE is written in (default: --lang, or guessed from the title).",
)
@click.option(
    "--content",
    default="content",
    show_default=True,
    type=click.Path(file_okay=False, path_type=str),
    help="The library's content folder.",
)
@click.argument("title", nargs=-1, required=True)
def new(story_type: str, lang: str | None, title_lang: str | None, content: str, title: tuple[str, ...]) -> None:
    """Start a new story from a template with every field: fill it in, then run `storysite check`."""
    from storysite.scaffold import new_story

    folder = _content_dir(content)
    made = new_story(folder, story_type, " ".join(title), langs=(lang,) if lang else LANGUAGES, title_lang=title_lang)
    for path in made.files:
        click.echo(f"Wrote {shown_path(content, path.relative_to(folder).as_posix())}")
    if not lang:
        taken, other, flip = ("English", "Welsh", "cy") if made.title_lang == "en" else ("Welsh", "English", "en")
        click.echo(
            f"The title was taken as {taken}: write the {other} title in the {other} file "
            f"(or run again with --title-lang {flip})."
        )
    click.echo("Fill in everything marked TODO: (I'W LENWI: in Welsh files), then run `storysite check`.")
    click.echo("Consent is `pending`: nothing is published until a reviewer records the person's consent.")


@main.command()
@CONTENT
@output_format("A report for people, or one JSON object for tools.")
def status(content: str, fmt: str) -> None:
    """Per story: languages, consent and review dates, and what each audience would publish."""
    from storysite.status import format_status, library_status

    report = library_status(_content_dir(content), content)
    if report is None:
        library = check_library(_content_dir(content), content, pages=False)
        _print_findings(library.findings, content, err=True)
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for line, colour in format_status(report):
            click.secho(_say(line, content), fg=colour)
