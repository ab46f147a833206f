"""The build, top to bottom: check → model → render → write → index → swap in."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from html import escape
from pathlib import Path
from typing import Protocol

import jinja2

from storysite.check.library import Library, check_library
from storysite.errors import StorysiteError
from storysite.incremental import spare
from storysite.incremental.cache import BuildCache, cache_path, fingerprint
from storysite.incremental.jobs import run_jobs
from storysite.model import exclusion, published
from storysite.output.write import (
    Entry,
    PageSink,
    discard,
    output_lock,
    staging_folder,
    static_pages,
    swap_in,
    write_pages,
)
from storysite.progress import Reporter
from storysite.render.page import Page
from storysite.render.site import SiteModel, render_site
from storysite.render.story_body import story_body
from storysite.render.theme import static_files
from storysite.search import index_site
from storysite.vocabulary import SITE_MARKER, SITE_MARKER_TEXT


class Writer(Protocol):
    """Writes a build's pages in place of the atomic write (serve's InPlaceWriter)."""

    @property
    def known(self) -> Mapping[str, bytes]:  # path → digest of each file already in the folder it writes
        ...

    def __call__(self, pages: list[Page], static: dict[str, Path]) -> None: ...


@dataclass
class BuildResult:
    """What a build did: the check's library, and what was published where."""

    library: Library
    out: Path | None = None
    pages: int = 0
    published: list[str] = field(default_factory=list)
    excluded: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, for the benchmark


def project_dir(content: Path) -> Path:
    """The folder holding content/, themes/ and locales/."""
    return content.resolve().parent


def build_site(
    content: Path,
    content_arg: str,
    out: Path,
    *,
    audience: str = "intranet",
    base_url: str = "",
    today: dt.date | None = None,
    index: bool = True,
    progress: Reporter | None = None,
    cache: bool = True,
    writer: Writer | None = None,
) -> BuildResult:
    """Check, then build the whole site into `out`; with any error nothing is written.

    `index=False` leaves the search index out (serve indexes in the background after the page update).
    `writer` replaces the atomic write (serve updates the folder it serves in place, writing only what changed).
    """
    started = time.perf_counter()
    today = today or dt.date.today()
    project = project_dir(content)
    stamp = fingerprint(content, project, audience, base_url)
    build_cache = BuildCache(cache_path(out, content) if cache else None, stamp)
    library = check_library(
        content,
        content_arg,
        audience=audience,
        today=today,
        progress=progress.files if progress else None,
        cache=build_cache,
        page_text=story_body,
    )
    result = BuildResult(library, timings={"check": time.perf_counter() - started})
    if not library.ok or library.config is None:
        # Nothing is built, but a story withdrawn (or broken) since the last build must leave the cache now.
        build_cache.keep_after_failure(publishable(library, today), story_of)
        build_cache.save()
        return result
    stories = published(library.stories, audience, today)
    result.published = [s.id for s in stories]
    result.excluded = {s.id: reason for s in library.stories if (reason := exclusion(s, audience, today))}
    model = SiteModel(
        library.config,
        stories,
        audience,
        base_url.rstrip("/") + "/" if base_url else "",
        project,
        panels=tuple(library.panels),
        texts=library.texts,
    )
    static = static_files(library.config.theme, project)
    if writer is not None:  # serve: pages go into the folder it serves, where unchanged ones already are
        source = spare.PageSource(writer.known, out, in_place=True) if cache else None
        pages = _render(model, build_cache, source, progress, result)
        pages.append(Page(SITE_MARKER, SITE_MARKER_TEXT))
        build_cache.keep_only(publishable(library, today))
        with output_lock(out):
            writer(pages, static)
        build_cache.save()
        result.out, result.pages, result.seconds = out, len(pages), time.perf_counter() - started
        return result
    state_file = spare.state_path(build_cache.path) if build_cache.path is not None else None
    state = spare.load_state(state_file)
    with output_lock(out):  # another build into `out` waits: its staging folder is never mistaken for a stale one
        staging = staging_folder(out)
        cache_saved: Callable[[], None] = lambda: None  # noqa: E731 - until the save is started
        try:
            taken = spare.take_spare(out, state)  # without a cache, an old spare is only deleted
            present: dict[str, Entry] = {}
            known: dict[str, int] = {}  # the times of the spare's folders
            if taken is not None:
                discard(staging)
                staging, (present, known) = taken
            source = spare.PageSource({path: entry[0] for path, entry in present.items()}, out) if cache else None
            sink = PageSink(staging, present)
            pages = _render(model, build_cache, source, progress, result, sink)
            pages.append(Page(SITE_MARKER, SITE_MARKER_TEXT))
            lap = time.perf_counter()
            site = write_pages(staging, [*pages, *static_pages(static)], present, sink.entries)
            result.timings["write"] = time.perf_counter() - lap
            if index:
                if progress:
                    progress.stage("Indexing for search")
                lap = time.perf_counter()
                index_site(staging)
                result.timings["index"] = time.perf_counter() - lap
            # Saved while the old site is kept as the spare (the cache holds nothing of the site but digests
            # it checks again, so a swap that then fails leaves it right): 0.2-0.3 s of a rebuild's 2 s.
            lap = time.perf_counter()
            build_cache.keep_only(publishable(library, today))
            cache_saved = build_cache.save_in_background()
            # A page written where none was, or deleted, changed its folder's time; one written over did not.
            changed = [path for path, entry in site.items() if present.get(path) != entry] + [*present.keys() - site]
            folders = spare.folder_times(staging, site, known, changed) if state_file is not None else {}
            kept: spare.Spare | None = None

            def keep(old: Path) -> bool:
                nonlocal kept
                kept = spare.keep_spare(old, out, state, site) if state_file is not None else None
                return kept is not None

            swap_in(staging, out, pages=len(pages), keep=keep)
            result.timings["keep spare"] = time.perf_counter() - lap
        except OSError as exc:
            discard(staging)
            cache_saved()
            raise StorysiteError(f"Could not write the site to {out}: {exc.strerror or exc}.") from exc
        except BaseException:
            discard(staging)
            cache_saved()
            raise
        lap = time.perf_counter()
        spare.save_state(state_file, spare.settled(out, site, kept, folders))
        cache_saved()
        result.timings["save cache"] = time.perf_counter() - lap
    result.out = out
    result.pages = len(pages)
    result.seconds = time.perf_counter() - started
    return result


def _render(
    model: SiteModel,
    cache: BuildCache,
    source: spare.PageSource | None,
    progress: Reporter | None,
    result: BuildResult,
    sink: PageSink | None = None,
) -> list[Page]:
    """Every page and the sitemap; a template that fails is a StorysiteError naming it."""
    if progress:
        progress.stage("Rendering pages")
    try:
        lap = time.perf_counter()
        pages = render_site(model, cache, partial(run_jobs, cache=cache, source=source, sink=sink))
        result.timings["render"] = time.perf_counter() - lap
    except jinja2.TemplateSyntaxError as exc:
        raise StorysiteError(f"{exc.filename}:{exc.lineno}: the theme has a template error: {exc.message}") from exc
    except jinja2.TemplateError as exc:
        raise StorysiteError(f"The theme could not render a page: {exc}") from exc
    pages.append(sitemap(pages, model.base_url))
    return pages


def publishable(library: Library, today: dt.date) -> dict[str, tuple[str, ...]]:
    """The stories published to at least one audience (id → their files): the only ones the cache may keep."""
    audiences = tuple(library.config.audiences) if library.config is not None else ()
    return {
        story.id: story.files
        for story in library.stories
        if any(exclusion(story, audience, today) is None for audience in audiences)
    }


def story_of(path: str) -> str | None:
    """The id of the story whose page is at `path` (`{lang}/stories/{id}/...`), or None for any other page."""
    parts = path.split("/")
    return parts[2] if len(parts) > 3 and parts[1] == "stories" else None


def sitemap(pages: list[Page], base_url: str) -> Page:
    """sitemap.xml listing every HTML page (absolute when --base-url is given)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for page in pages:
        if not page.path.endswith(".html") or page.path == "404.html":
            continue
        loc = page.path.removesuffix("index.html")
        lines.append(f"  <url><loc>{escape(base_url + loc, quote=False)}</loc></url>")
    lines.append("</urlset>\n")
    return Page("sitemap.xml", "\n".join(lines).encode("utf-8"))
