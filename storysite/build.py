"""The build, top to bottom: check → model → render → write → index → swap in."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import jinja2

from storysite.cache import BuildCache, cache_path, fingerprint
from storysite.check import Library, check_library
from storysite.errors import StorysiteError
from storysite.model import exclusion, published
from storysite.progress import Reporter
from storysite.render import Page, SiteModel, render_site
from storysite.search import index_site
from storysite.theme import static_files
from storysite.write import copy_static, discard, output_lock, staging_folder, swap_in, write_pages

MARKER = ".storysite"


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
    writer: Callable[[list[Page], dict[str, Path]], None] | None = None,
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
    )
    result = BuildResult(library, timings={"check": time.perf_counter() - started})
    if not library.ok or library.config is None:
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
    )
    if progress:
        progress.stage("Rendering pages")
    try:
        lap = time.perf_counter()
        pages = render_site(model, build_cache)
        result.timings["render"] = time.perf_counter() - lap
    except jinja2.TemplateSyntaxError as exc:
        raise StorysiteError(f"{exc.filename}:{exc.lineno}: the theme has a template error: {exc.message}") from exc
    except jinja2.TemplateError as exc:
        raise StorysiteError(f"The theme could not render a page: {exc}") from exc
    pages.append(sitemap(pages, model.base_url))
    pages.append(Page(MARKER, b"This folder is built by storysite; the next build replaces it whole.\n"))
    build_cache.keep_only(publishable(library, today))
    if writer is not None:
        with output_lock(out):
            writer(pages, static_files(library.config.theme, project))
        build_cache.save()
        result.out, result.pages, result.seconds = out, len(pages), time.perf_counter() - started
        return result
    with output_lock(out):  # another build into `out` waits: its staging folder is never mistaken for a stale one
        staging = staging_folder(out)
        try:
            lap = time.perf_counter()
            write_pages(staging, pages)
            copy_static(staging, static_files(library.config.theme, project))
            result.timings["write"] = time.perf_counter() - lap
            if index:
                if progress:
                    progress.stage("Indexing for search")
                lap = time.perf_counter()
                index_site(staging)
                result.timings["index"] = time.perf_counter() - lap
            swap_in(staging, out, pages=len(pages))
        except OSError as exc:
            discard(staging)
            raise StorysiteError(f"Could not write the site to {out}: {exc.strerror or exc}.") from exc
        except BaseException:
            discard(staging)
            raise
    lap = time.perf_counter()
    build_cache.save()
    result.timings["save cache"] = time.perf_counter() - lap
    result.out = out
    result.pages = len(pages)
    result.seconds = time.perf_counter() - started
    return result


def publishable(library: Library, today: dt.date) -> dict[str, tuple[str, ...]]:
    """The stories published to at least one audience (id → their files): the only ones the cache may keep."""
    audiences = tuple(library.config.audiences) if library.config is not None else ()
    return {
        story.id: story.files
        for story in library.stories
        if any(exclusion(story, audience, today) is None for audience in audiences)
    }


def sitemap(pages: list[Page], base_url: str) -> Page:
    """sitemap.xml listing every HTML page (absolute when --base-url is given)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for page in pages:
        if not page.path.endswith(".html") or page.path == "404.html":
            continue
        loc = page.path.removesuffix("index.html")
        lines.append(f"  <url><loc>{escape(base_url + loc)}</loc></url>")
    lines.append("</urlset>\n")
    return Page("sitemap.xml", "\n".join(lines).encode("utf-8"))
