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
from storysite.check.library import check_library
from storysite.content.load import shown_path
from storysite.findings import Finding, format_json, format_text, summarise
from storysite.i18n.command_line import Group, chosen_language, remember_language, translate_click
from storysite.i18n.messages import in_language, language_from_environment, msg, nmsg
from storysite.progress import Progress, summary_lines, wanted
from storysite.vocabulary import STORY_TYPES

translate_click()
CONTENT = click.argument("content", default="content", type=click.Path(file_okay=False, path_type=str))
F = TypeVar("F", bound=Callable[..., Any])


def output_format(help_text: str) -> Callable[[F], F]:
    """The --format option: text for people, json for tools."""
    return click.option(
        "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help=help_text
    )


QUIET = click.option(
    "--quiet", "-q", is_flag=True, help=msg("No progress bar and no summary: problems and the result only.")
)
# `--type` takes the English names of the contract or these Welsh ones (docs/practitioners.md, docs/ymarferwyr.md).
WELSH_TYPES = {
    "moment-hud": "magic-moment",
    "eiliad-hudol": "magic-moment",
    "astudiaeth-achos": "case-study",
    "stori-nsb": "msc-story",
}


def _content_dir(content: str) -> Path:
    path = Path(content)
    if not path.is_dir():
        raise click.UsageError(
            _say(
                msg(
                    "There is no content folder at {content}. Run `storysite init DIR` to make a library.",
                    content=repr(content),
                )
            )
        )
    return path


def _lang() -> str:
    """The language chosen for findings and summaries: --iaith, else the locale, else English."""
    return chosen_language()


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


# `new` and `panel new` write into a content folder given by name (CONTENT is their title or id)
CONTENT_OPTION = click.option(
    "--content",
    default="content",
    show_default=True,
    type=click.Path(file_okay=False, path_type=str),
    help=msg("The library's content folder."),
)


@click.group(
    cls=Group,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=msg("Build a bilingual (Welsh/English) story library site, fail-closed on consent and privacy."),
)
@click.version_option(__version__, prog_name="storysite", help="Show the version and exit.")
@click.option(
    "--iaith",
    "--messages-lang",
    "messages_lang",
    type=click.Choice(LANGUAGES),
    default=None,
    is_eager=True,  # read before --help, so that the help is in the language chosen
    callback=remember_language,
    help=msg(
        "Iaith y negeseuon / the language of messages and help: cy (Cymraeg) or en "
        "(default: Welsh when the locale, LC_ALL, LC_MESSAGES or LANG, is cy_..., else English)."
    ),
)
@click.pass_context
def main(ctx: click.Context, messages_lang: str | None) -> None:
    """The `storysite` command group."""
    ctx.obj = messages_lang or language_from_environment()


def run() -> None:
    """The `storysite` command: `main`, then the process ends without taking its objects apart one by one.

    A big build leaves millions of objects, all garbage once its work is written and its output printed,
    and freeing them one by one is a large part of a rebuild (docs/performance.md). Everything the command
    writes is closed by then, and the output is flushed here. A command that leaves threads running
    (serve) exits as usual. The collector is tuned here, for this process only, not in a command's callback
    (where it would tune the process of any program that calls `main`, as the tests do).
    """
    collect_less()
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
    """Tune the garbage collector for a command process that makes millions of objects that live to its end.

    Collecting young objects less often, and never scanning what the imports made, speeds up a big check
    (docs/performance.md). Process-wide, so only a process's entry point calls it: `run`, and the
    benchmark's in-process rebuild, as the command does. (Each worker process freezes what it inherits:
    parallel._work.)
    """
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)


@main.command(help=msg("Run every check: consent, identifying details, front matter, Markdown."))
@CONTENT
@click.option("--audience", default=None, help=msg("Check what this audience would see (default: every audience)."))
@output_format(msg("Plain lines for people, or one JSON object for tools."))
@QUIET
def check(content: str, audience: str | None, fmt: str, quiet: bool) -> None:
    """Check the library."""
    started, today = time.perf_counter(), dt.date.today()
    folder = _content_dir(content)
    with Progress(msg("Checking stories"), enabled=fmt == "text" and wanted(quiet)) as progress:
        from storysite.build import check_only  # through the build: it keeps the cache a build keeps

        library = check_only(folder, content, audience=audience, today=today, progress=progress.files)
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


@main.command(help=msg("Check, then build the site; on any error nothing is written."))
@CONTENT
@click.option(
    "--out", default="_site", show_default=True, type=click.Path(path_type=Path), help=msg("Where to write the site.")
)
@click.option(
    "--audience", default="intranet", show_default=True, help=msg("Who the site is for: an audience in site.yaml.")
)
@click.option(
    "--base-url", default="", help=msg("The site's full address, for the sitemap and feeds (links stay relative).")
)
@QUIET
def build(content: str, out: Path, audience: str, base_url: str, quiet: bool) -> None:
    """Build the site."""
    today = dt.date.today()
    folder = _content_dir(content)
    with Progress(msg("Checking stories"), enabled=wanted(quiet)) as progress:
        from storysite.build import build_site  # not imported by `check`: the renderer and Jinja are slow to import

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


@main.command(
    help=msg("Preview: build into _preview, serve on 127.0.0.1, rebuild and reload the open page on every change.")
)
@CONTENT
@click.option("--port", default=8000, show_default=True, help=msg("Port on 127.0.0.1 (0 picks a free one)."))
@click.option(
    "--out",
    default="_preview",
    show_default=True,
    type=click.Path(path_type=Path),
    help=msg("Where to write the preview (updated in place: never publish it; publish what `build` writes)."),
)
@click.option("--audience", default="intranet", show_default=True, help=msg("Who the preview is for."))
def serve(content: str, port: int, out: Path, audience: str) -> None:
    """Serve a live preview."""
    from storysite.serve.watch import serve_site

    serve_site(_content_dir(content), content, out, port=port, audience=audience, lang=_lang())


@main.command(help=msg("Make a new library in FOLDER: site.yaml and an example story in Welsh and English."))
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def init(folder: Path) -> None:
    """Make a new library."""
    from storysite.authoring.scaffold import how_to_run, init_library

    content = init_library(folder)
    click.echo(_say(msg("Made a new story library in {content}.", content=content)))
    click.echo(
        _say(
            msg(
                "Next: cd {folder} && storysite serve   (preview in your browser; or `storysite build {content}`)",
                folder=folder,
                content=content,
            )
        )
    )
    hint = how_to_run()
    if hint is not None:
        click.echo(_say(hint))


@main.command(help=msg("Start a new story from a template with every field: fill it in, then run `storysite check`."))
@click.option(
    "--type",
    "story_type",
    type=click.Choice([*STORY_TYPES, *WELSH_TYPES], case_sensitive=False),
    required=True,
    help=msg(
        "The kind of story: magic-moment, case-study or msc-story (in Welsh: moment-hud or eiliad-hudol, "
        "astudiaeth-achos, stori-nsb)."
    ),
)
@click.option(
    "--lang", type=click.Choice(LANGUAGES), default=None, help=msg("Write only this language (default: both).")
)
@click.option(
    "--title-lang",
    type=click.Choice(LANGUAGES),
    default=None,
    help=msg("The language TITLE is written in (default: --lang, or guessed from the title)."),
)
@CONTENT_OPTION
@click.argument("title", nargs=-1, required=True)
def new(story_type: str, lang: str | None, title_lang: str | None, content: str, title: tuple[str, ...]) -> None:
    """Start a new story."""
    from storysite.authoring.scaffold import new_story

    story_type = WELSH_TYPES.get(story_type.lower(), story_type.lower())
    folder = _content_dir(content)
    made = new_story(folder, story_type, " ".join(title), langs=(lang,) if lang else LANGUAGES, title_lang=title_lang)
    for path in made.files:
        click.echo(_say(msg("Wrote {path}", path=shown_path(content, path.relative_to(folder).as_posix()))))
    if not lang:
        if made.title_lang == "en":
            taken = msg(
                "The title was taken as English: write the Welsh title in the Welsh file "
                "(or run again with --title-lang cy)."
            )
        else:
            taken = msg(
                "The title was taken as Welsh: write the English title in the English file "
                "(or run again with --title-lang en)."
            )
        click.echo(_say(taken))
    click.echo(_say(msg("Fill in everything marked TODO: (I'W LENWI: in Welsh files), then run `storysite check`.")))
    click.echo(_say(msg("Consent is `pending`: nothing is published until a reviewer records the person's consent.")))


@main.command(help=msg("Per story: languages, consent and review dates, and what each audience would publish."))
@CONTENT
@output_format(msg("A report for people, or one JSON object for tools."))
def status(content: str, fmt: str) -> None:
    """Report each story's status."""
    from storysite.authoring.status import format_status, library_status

    report = library_status(_content_dir(content), content)
    if report is None:
        library = check_library(_content_dir(content), content)
        _print_findings(library.findings, content, err=True)
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for line, colour in format_status(report):
            click.secho(_say(line, content), fg=colour)


@main.group(cls=Group, help=msg("MSC story-selection panels: start one from the stories of a domain and period."))
def panel() -> None:
    """The `storysite panel` commands."""


@panel.command(
    "new",
    help=msg(
        "Write content/panels/ID.yaml listing every story published to the audience in the MSC domain, "
        "period and service, for the panel to fill in."
    ),
)
@click.argument("panel_id", metavar="ID")
@click.option("--domain", required=True, help=msg("The MSC domain of change: a key of msc_domains in site.yaml."))
@click.option(
    "--from", "start", required=True, metavar="YYYY-MM-DD", help=msg("The first day of the period (stories gathered).")
)
@click.option("--to", "end", required=True, metavar="YYYY-MM-DD", help=msg("The last day of the period."))
@click.option("--service", default=None, help=msg("Only the stories of this service (a key of services in site.yaml)."))
@click.option(
    "--audience",
    default="intranet",
    show_default=True,
    help=msg("List the stories published to this audience: the one whose site prints the pack."),
)
@CONTENT_OPTION
def panel_new(
    panel_id: str, domain: str, start: str, end: str, service: str | None, audience: str, content: str
) -> None:
    """Start a new panel."""
    from storysite.authoring.panel_file import new_panel, parse_day

    first, last = parse_day(start, "--from"), parse_day(end, "--to")
    folder = _content_dir(content)
    made = new_panel(
        folder,
        content,
        panel_id,
        domain=domain,
        start=first,
        end=last,
        service=service,
        audience=audience,
        lang=_lang(),
    )
    written = nmsg(
        "Wrote {path} with {n} story for the panel to read.",
        "Wrote {path} with {n} stories for the panel to read.",
        len(made.stories),
        path=shown_path(content, made.path.relative_to(folder).as_posix()),
    )
    click.echo(_say(written, content))
    click.echo(
        _say(
            msg(
                "Before the meeting, fill in the title and the date (marked TODO:, or I'W LENWI: when written in "
                "Welsh), run `storysite build` and print the pack from the panel's page. After the meeting, fill in "
                "the panel's choice (`selected`, `reasons`, `themes`) and run `storysite build` again."
            ),
            content,
        )
    )


def _content_and_id(words: tuple[str, ...]) -> tuple[str, str]:
    """`[CONTENT] ID`: the content folder (default `content`) and a story's id."""
    if len(words) == 1:
        return "content", words[0]
    if len(words) == 2:
        return words[0], words[1]
    raise click.UsageError(_say(msg("Give the story's id, after the content folder if it is not `content`.")))


@main.command(
    help=msg(
        "Show a story, every language version, for a reviewer: identifying details found, possible ones to "
        "check, and the motivated-intruder checklist."
    )
)
@click.argument("words", nargs=-1, metavar="[CONTENT] ID")
def review(words: tuple[str, ...]) -> None:
    """Print a story for a human reviewer."""
    from storysite.authoring.review import format_review
    from storysite.check.review import review_story

    content, story_id = _content_and_id(words)
    found = review_story(_content_dir(content), content, story_id)
    if found is None:
        raise click.ClickException(
            _say(
                msg("There is no story with the id `{id}` (or it cannot be read): run `storysite check`.", id=story_id)
            )
        )
    for line, style in format_review(found, _lang()):
        click.secho(_say(line, content), **style)


@main.command(
    "sign-off",
    help=msg(
        "Record that ID was read and approved: writes `sign_off` (by, date and a digest of every version's "
        "text) into its front matter. Refused while the story has any error."
    ),
)
@click.argument("words", nargs=-1, metavar="[CONTENT] ID")
@click.option("--by", "by", required=True, help=msg("Who signs it off: a name or a role."))
@click.option("--note", default="", help=msg("A short note kept with the sign-off."))
def sign_off(words: tuple[str, ...], by: str, note: str) -> None:
    """Sign a story off."""
    from storysite.authoring.sign_off import sign_off_story

    content, story_id = _content_and_id(words)
    result = sign_off_story(_content_dir(content), content, story_id, by, note)
    if result.refused is not None:
        _print_findings(result.errors, content, err=True)
        click.secho(_say(result.refused, content), fg="red", err=True)
        sys.exit(1)
    said = msg(
        "Signed off `{id}` in {path} ({digest}). Any change to either language version now lapses it.",
        id=story_id,
        path=result.path,
        digest=result.digest,
    )
    click.secho(_say(said, content), fg="green")
