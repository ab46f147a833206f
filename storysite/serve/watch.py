"""Preview: build, serve on 127.0.0.1, rebuild on every change (watchfiles) and reload the open pages."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from pathlib import Path

import click

from storysite.build import BuildResult, LiveBuild, build_site, project_dir, search_store
from storysite.check.library import Library
from storysite.errors import StorysiteError
from storysite.findings import Finding, format_text
from storysite.i18n.messages import DEFAULT_LANG, in_language, msg, nmsg
from storysite.model import exclusion
from storysite.output.in_place import InPlaceWriter, purge
from storysite.output.write import output_lock, replace_folder
from storysite.search import PartStore, index_site
from storysite.serve.error_page import error_page
from storysite.serve.review_page import review_page
from storysite.serve.server import Preview, start_server


class Indexer:
    """Re-index search in the background after each page update, so a rebuild never waits for Pagefind.

    Each run indexes into a fresh folder beside `out` and swaps it in for out/pagefind, so the index holds
    only what the latest run found: a withdrawn story's text never lingers in it (Pagefind itself never
    deletes old files from the folder it writes to). `generation` tells whether the pages changed while
    Pagefind read them; if so the run is thrown away, and the next one (already asked for) indexes them.
    """

    def __init__(
        self,
        out: Path,
        generation: Callable[[], int] = lambda: 0,
        lang: str = DEFAULT_LANG,
        stores: Callable[[], PartStore | None] = lambda: None,
        pages: Callable[[], Mapping[str, bytes] | None] = lambda: None,
    ) -> None:
        self.out = out.resolve()
        self.pages = pages  # the digest of every page served now (the writer's), so that none is read to learn it
        self.stores = stores  # each run's view of the index served now: the parts it may reuse
        self.lang = lang
        self.generation = generation
        self._wanted = threading.Event()
        self._stop = threading.Event()
        self.runs = 0
        self.failures = 0
        with output_lock(self.out):  # a serve that was killed may have left a half-made index behind
            for stale in self.out.parent.glob(f".{self.out.name}.index-*"):
                shutil.rmtree(stale, ignore_errors=True)
        threading.Thread(target=self._run, name="storysite-index", daemon=True).start()

    def request(self) -> None:
        self._wanted.set()

    def stop(self) -> None:
        self._stop.set()
        self._wanted.set()

    def _run(self) -> None:
        lower_priority()  # the rebuild and the page the browser reloads come first; Pagefind inherits it
        while self._wanted.wait() and not self._stop.is_set():
            self._wanted.clear()
            try:
                if self.index():
                    self.runs += 1
            except (StorysiteError, OSError) as exc:
                if not self._wanted.is_set():  # a newer build replaced the folder mid-index: index that one instead
                    self._drop()
                    self.failures += 1  # counted once the index is gone: whoever waits for it sees it gone
                    reason = getattr(exc, "message", None) or str(exc)
                    stale = msg("Search index not updated, and the old one removed: {reason}", reason=reason)
                    click.secho(in_language(stale, self.lang), fg="yellow", err=True)

    def index(self) -> bool:
        """Index the served pages into a fresh folder and swap it in; False when the pages changed meanwhile."""
        started = self.generation()
        fresh = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.index-", dir=self.out.parent))
        try:
            indexed = index_site(self.out, fresh / "pagefind", pages=self.pages(), store=self.stores())
            with output_lock(self.out):
                if self.generation() != started:
                    return False
                if indexed:
                    replace_folder(fresh / "pagefind", self.out / "pagefind")
                else:  # no story is published any more: no index, and nothing of the old one
                    shutil.rmtree(self.out / "pagefind", ignore_errors=True)
            return True
        finally:
            shutil.rmtree(fresh, ignore_errors=True)

    def _drop(self) -> None:
        drop_index(self.out)


def drop_index(out: Path) -> None:
    """Fail closed: with no up-to-date index, serve none (the old one may hold a withdrawn story)."""
    try:
        with output_lock(out):
            shutil.rmtree(out / "pagefind", ignore_errors=True)
    except StorysiteError:
        shutil.rmtree(out / "pagefind", ignore_errors=True)


def lower_priority() -> None:
    """Give this thread (on Linux, a task of its own) and the processes it starts the lowest CPU priority."""
    with contextlib.suppress(AttributeError, OSError):  # not Linux, or not allowed: it only makes way less
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


def rebuild(
    content: Path,
    content_arg: str,
    audience: str,
    preview: Preview,
    indexer: Indexer,
    writer: InPlaceWriter,
    lang: str = DEFAULT_LANG,
    live: LiveBuild | None = None,
    changes: Iterable[tuple[object, str]] | None = None,
) -> bool:
    """Build, writing only what changed, show the result (or the error page), then re-index in the background.

    With `live` (what serve keeps of the last build) and the watcher's `changes`, a save of story files
    checks only their stories again (incremental.live); without `changes`, everything is checked.
    """
    started = time.perf_counter()
    messages: list[str] = []
    findings: list[Finding] = []
    result: BuildResult | None = None
    if live is not None:
        live.note(changes, content)
    before = writer.known  # the writer replaces it, never changes it
    try:
        result = build_site(content, content_arg, writer.out, audience=audience, index=False, writer=writer, live=live)
        # A file whose YAML cannot be read causes other errors: show the cause first.
        findings = sorted(
            (f for f in result.library.findings if f.is_error),
            key=lambda f: (not f.rule.startswith(("yaml", "frontmatter")), f.sort_key()),
        )
        ok = result.out is not None
    except StorysiteError as exc:
        messages, ok = [exc.message], False
    except Exception as exc:  # a bug: keep serving and say so plainly, never a traceback
        unexpected = msg(
            "storysite hit an unexpected problem ({kind}: {problem}).", kind=type(exc).__name__, problem=exc
        )
        messages, ok = [unexpected], False
    if not ok:
        if live is not None:
            live.forget()  # the next build checks everything again
        if not findings and not messages:
            messages = [msg("site.yaml could not be read: run `storysite check` to see why.")]
        project = project_dir(content)
        for finding in findings:
            click.secho(format_text(finding, lang, project), fg="red", err=True)
        for message in messages:
            click.secho(in_language(message, lang, project), fg="red", err=True)
        withdraw(result.library if result is not None else None, audience, writer, indexer, lang)
        failed = msg("The build failed: the browser shows these problems until they are fixed.")
        click.secho(in_language(failed, lang, project), fg="red", err=True)
        next_version = f"{preview.token}-{preview.generation + 1}"
        preview.publish(error_page(findings, messages, project_dir(content), next_version))
        return False
    assert result is not None  # the build succeeded
    if any(path not in writer.known for path in before if _story_page(path)):
        drop_index(writer.out)  # a story left: its words must not stay searchable while the index is made again
    preview.publish(None)
    built = nmsg(
        "Built {n} story in {seconds} s ({written}, {removed} removed); open pages reload, "
        "and search is re-indexed in the background.",
        "Built {n} stories in {seconds} s ({written}, {removed} removed); open pages reload, "
        "and search is re-indexed in the background.",
        len(result.published),
        seconds=format(time.perf_counter() - started, ".2f"),
        written=nmsg("{n} file written", "{n} files written", writer.written),
        removed=writer.removed,
    )
    click.echo(in_language(built, lang, project_dir(content)))
    indexer.request()
    if live is not None:
        live.settle()
    return True


def withdraw(
    library: Library | None, audience: str, writer: InPlaceWriter, indexer: Indexer, lang: str = DEFAULT_LANG
) -> None:
    """After a failed build, delete from the preview every page, feed entry and search part of a story not
    published now (withdrawn, broken, gone), as the build would have: a failure must not keep it served.

    With no library (the build stopped on an unexpected problem), nothing is known to be publishable, and
    the preview is emptied. A page deleted is written again by the next build that succeeds.
    """
    today = dt.date.today()
    if library is None or library.config is None:
        shown, texts = None, {}
    else:
        shown = {s.id for s in library.stories if exclusion(s, audience, today) is None}
        texts = {s.id: {v.title for v in s.versions.values() if v.title} for s in library.stories}
    try:
        with output_lock(writer.out):
            writer.generation += 1  # an index being made of the old pages is thrown away
            removed = purge(writer.out, shown, texts)
    except (StorysiteError, OSError) as exc:
        problem = msg(
            "Could not take the stories not published now out of the preview: {reason}",
            reason=getattr(exc, "message", None) or str(exc),
        )
        click.secho(in_language(problem, lang), fg="red", err=True)
        return
    gone = set(removed)  # a new dict: the indexer may be reading the old one
    writer.known = {path: digest for path, digest in writer.known.items() if path not in gone}
    if removed:
        indexer.request()  # the index of what is left: holds no story that was taken out
        done = nmsg(
            "Took {n} file of stories not published now out of the preview.",
            "Took {n} files of stories not published now out of the preview.",
            len(removed),
        )
        click.secho(in_language(done, lang), fg="yellow", err=True)


def _story_page(path: str) -> bool:
    parts = path.split("/")
    return len(parts) == 4 and parts[1] == "stories" and parts[3] == "index.html"


def watched_paths(content: Path) -> list[Path]:
    """The content folder (site.yaml, stories, panels) and the project's themes and locales."""
    project = project_dir(content)
    return [p for p in (content, project / "themes", project / "locales") if p.exists()]


def serve_site(
    content: Path,
    content_arg: str,
    out: Path,
    *,
    port: int,
    audience: str,
    stop: threading.Event | None = None,
    on_ready: Callable[[str], None] | None = None,
    lang: str = DEFAULT_LANG,
) -> None:
    """Serve `out` on 127.0.0.1 and rebuild it whenever content, themes or locales change."""
    from watchfiles import Change, DefaultFilter, watch

    out = out.resolve()
    preview = Preview(out)
    preview.review = partial(review_page, content, content_arg)
    writer = InPlaceWriter(out)
    indexer = Indexer(
        out,
        generation=lambda: writer.generation,
        lang=lang,
        stores=lambda: search_store(out, content),
        pages=lambda: writer.known,
    )
    live = LiveBuild()
    rebuild(content, content_arg, audience, preview, indexer, writer, lang, live)
    try:
        server = start_server(preview, port)
    except OSError as exc:
        indexer.stop()
        raise StorysiteError(
            msg("Could not serve on 127.0.0.1:{port} ({reason}): try another --port.", port=port, reason=exc.strerror)
        ) from exc
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    serving = msg(
        "Serving on {url} (press Ctrl+C to stop). Watching: {paths}",
        url=url,
        paths=", ".join(map(str, watched_paths(content))),
    )
    click.echo(in_language(serving, lang, project_dir(content)))
    if on_ready:
        on_ready(url)
    ignore = DefaultFilter()

    def wanted(change: Change, path: str) -> bool:
        return ignore(change, path) and not Path(path).resolve().is_relative_to(out) and f"/.{out.name}." not in path

    try:
        for changes in watch(
            *watched_paths(content), watch_filter=wanted, step=30, stop_event=stop, raise_interrupt=False
        ):
            rebuild(content, content_arg, audience, preview, indexer, writer, lang, live, changes)
    finally:
        live.flush()
        preview.stop()
        indexer.stop()
        server.shutdown()
        server.server_close()
