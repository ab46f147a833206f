"""The build, top to bottom: check → model → render → write → index → swap in."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import jinja2

from storysite.check import Library, check_library
from storysite.errors import StorysiteError
from storysite.model import exclusion, published
from storysite.render import Page, SiteModel, render_site
from storysite.search import index_site
from storysite.theme import static_files
from storysite.write import copy_static, discard, staging_folder, swap_in, write_pages

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
) -> BuildResult:
    """Check, then build the whole site into `out`; with any error nothing is written."""
    started = time.perf_counter()
    today = today or dt.date.today()
    library = check_library(content, content_arg, audience=audience, today=today)
    result = BuildResult(library)
    if not library.ok or library.config is None:
        return result
    stories = published(library.stories, audience, today)
    result.published = [s.id for s in stories]
    result.excluded = {s.id: reason for s in library.stories if (reason := exclusion(s, audience, today))}
    project = project_dir(content)
    model = SiteModel(library.config, stories, audience, base_url.rstrip("/") + "/" if base_url else "", project,
                      panels=tuple(library.panels))
    try:
        pages = render_site(model)
    except jinja2.TemplateSyntaxError as exc:
        raise StorysiteError(f"{exc.filename}:{exc.lineno}: the theme has a template error: {exc.message}") from exc
    except jinja2.TemplateError as exc:
        raise StorysiteError(f"The theme could not render a page: {exc}") from exc
    pages.append(sitemap(pages, model.base_url))
    pages.append(Page(MARKER, b"This folder is built by storysite; the next build replaces it whole.\n"))
    staging = staging_folder(out)
    try:
        write_pages(staging, pages)
        copy_static(staging, static_files(library.config.theme, project))
        index_site(staging)
        swap_in(staging, out)
    except OSError as exc:
        discard(staging)
        raise StorysiteError(f"Could not write the site to {out}: {exc.strerror or exc}.") from exc
    except BaseException:
        discard(staging)
        raise
    result.out = out
    result.pages = len(pages)
    result.seconds = time.perf_counter() - started
    return result


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

