"""The build, top to bottom: check → model → render → write → index → swap in.

Each stage is one call; what makes a rebuild fast (incremental.state.BuildState) is handed to the stages
as plain values and callables, and the timing and progress wrap the stages (Stages).
"""

from __future__ import annotations

import datetime as dt
import resource
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import jinja2

from storysite.check.library import Library, check_library
from storysite.errors import StorysiteError
from storysite.i18n.messages import msg
from storysite.incremental.cache import cache_path
from storysite.incremental.live import LiveBuild  # serve keeps one between rebuilds: it gets it here
from storysite.incremental.search_parts import SearchParts, record_path
from storysite.incremental.state import BuildState
from storysite.model import exclusion, published, published_photos
from storysite.output.write import PageSink, discard, output_lock, staging_folder, static_pages, swap_in, write_pages
from storysite.progress import ProgressListener
from storysite.render.jobs import JobRunner, Memo
from storysite.render.page import Page
from storysite.render.photos import PhotoStore
from storysite.render.site import SiteModel, render_site
from storysite.render.sitemap import sitemap
from storysite.render.story_body import story_body
from storysite.render.theme import static_files
from storysite.search import PartStore, index_site
from storysite.vocabulary import SITE_MARKER, SITE_MARKER_TEXT

MARKER_PAGE = Page(SITE_MARKER, SITE_MARKER_TEXT)
DEFAULT_OUT = Path("_site")  # `storysite build`'s --out and --audience: `check` shares that build's cache
DEFAULT_AUDIENCE = "intranet"


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
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage, and of its child processes
    photos_encoded: int = 0  # photo files encoded by this build
    photos_reused: int = 0  # photo files taken as the last build encoded them
    written: int = 0  # files of the site (but the search index) this build wrote
    kept: int = 0  # files it took unwritten from the spare or, linked, from the live site
    linked: int = 0  # files of the live site it linked into its staging folder (some then written over)


@dataclass
class Stages:
    """Around each stage: its time (for the benchmark) and, where it has one, its label for the progress bar."""

    progress: ProgressListener | None
    timings: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)

    @contextmanager
    def stage(self, name: str, label: str = "") -> Iterator[None]:
        if label and self.progress:
            self.progress.stage(label)
        lap, own, children = time.perf_counter(), time.process_time(), _children_cpu()
        yield
        self.timings[name] = time.perf_counter() - lap
        self.cpu[f"{name}_children"] = _children_cpu() - children  # workers and Pagefind, once they ended
        self.cpu[name] = time.process_time() - own + self.cpu[f"{name}_children"]

    def elapsed(self) -> float:
        return time.perf_counter() - self.started


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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
    progress: ProgressListener | None = None,
    cache: bool = True,
    writer: Writer | None = None,
    live: LiveBuild | None = None,
) -> BuildResult:
    """Check, then build the whole site into `out`; with any error nothing is written.

    `index=False` leaves the search index out (serve indexes in the background after the page update).
    `writer` replaces the atomic write (serve updates the folder it serves in place, writing only what changed).
    `live` is what serve keeps of the last build, with the files the watcher saw change (incremental.live).
    """
    stages = Stages(progress)
    today = today or dt.date.today()
    project = project_dir(content)
    with stages.stage("check"):
        if live is not None:  # serve: the last build's state, and only the stories of the files saved checked again
            state = live.state_for(out, content, project, audience, base_url, enabled=cache)
            library = live.check(content, content_arg, audience=audience, today=today, page_text=story_body)
        else:
            state = BuildState(out, content, project, audience, base_url, enabled=cache)
            files = progress.files if progress else None
            library = check_library(
                content,
                content_arg,
                audience=audience,
                today=today,
                progress=files,
                cache=state.cache,
                page_text=story_body,
            )
    result = BuildResult(library, timings=stages.timings, cpu=stages.cpu)
    if not library.ok or library.config is None:
        if live is not None:
            live.forget()  # the next build starts afresh from the cache saved now
        state.after_failure(library, today)
        return result
    model = site_model(library, audience, today, base_url, project)
    result.published = [s.id for s in model.stories]
    result.excluded = {s.id: reason for s in library.stories if (reason := exclusion(s, audience, today))}
    static = static_files(library.config.theme, project)
    if writer is not None:  # serve: pages go into the folder it serves, where unchanged ones already are
        pages = render_pages(model, state.cache, state.in_place_runner(writer.known), stages, state.photos)
        with output_lock(out):
            writer(pages, static)
        if live is not None:
            live.save(library, today)
        else:
            state.save_for(library, today)
    else:
        pages = build_atomically(out, model, static, state, stages, library, today, index=index, result=result)
    result.out, result.pages, result.seconds = out, len(pages), stages.elapsed()
    result.photos_encoded, result.photos_reused = state.photos.encoded, state.photos.reused
    return result


def check_only(
    content: Path,
    content_arg: str,
    *,
    audience: str | None = None,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cache: bool = True,
    out: Path = DEFAULT_OUT,
) -> Library:
    """`storysite check`: the check alone, with the cache `storysite build` into `out` keeps (shared both ways).

    Under that build's fingerprint whatever `audience` is checked: what is cached does not depend on the
    audience, and a check for another one must not take the place of the build's pages.

    Only the files that changed since the last check or build are read and checked again; what depends
    on the day, the audience and the whole library (consent dates, exclusions, panels) is worked out
    afresh every time (check.library.assemble), so the findings are those of a check without a cache.
    """
    today = today or dt.date.today()
    state = BuildState(out, content, project_dir(content), DEFAULT_AUDIENCE, "", enabled=cache)
    library = check_library(content, content_arg, audience=audience, today=today, progress=progress, cache=state.cache)
    state.after_check(library, today)
    return library


def search_store(out: Path, content: Path) -> PartStore:
    """What a preview's background index of `out` may reuse of the index it serves (checked, as a build's)."""
    return SearchParts(record_path(cache_path(out, content)), out / "pagefind")


def site_model(library: Library, audience: str, today: dt.date, base_url: str, project: Path) -> SiteModel:
    """The model stage: what `audience` is shown today, with everything its pages need."""
    assert library.config is not None
    stories = published(library.stories, audience, today)
    return SiteModel(
        library.config,
        stories,
        audience,
        base_url.rstrip("/") + "/" if base_url else "",
        project,
        panels=tuple(library.panels),
        texts=library.texts,
        photos=published_photos(stories, audience, today),
    )


def build_atomically(
    out: Path,
    model: SiteModel,
    static: dict[str, Path],
    state: BuildState,
    stages: Stages,
    library: Library,
    today: dt.date,
    *,
    index: bool,
    result: BuildResult | None = None,
) -> list[Page]:
    """Render, write, index and swap in a whole site; until the swap the old site is untouched.

    What it wrote and what it kept of the files before are counted in `result`.
    """
    state.load_site()
    with output_lock(out):  # another build into `out` waits: its staging folder is never mistaken for a stale one
        staging = staging_folder(out)
        cache_saved: Callable[[], None] = lambda: None  # noqa: E731 - until the save is started
        try:
            with stages.stage("take spare"):
                staging, present, known = state.take_spare(staging)
            sink = PageSink(staging, present)  # the workers write the pages they render straight into staging
            pages = render_pages(model, state.cache, state.staged_runner(present, sink), stages, state.photos)
            with stages.stage("write"):
                site = write_pages(staging, [*pages, *static_pages(static)], present, sink.entries)
            if result is not None:
                result.kept = sum(1 for path, entry in site.items() if present.get(path) is entry)
                result.written, result.linked = len(site) - result.kept, state.linked
            state.copy_for_spare(staging, site, present)  # a clean build: its spare is made while it indexes
            if index:
                with stages.stage("index", msg("Indexing for search…")):
                    digests = {path: entry.digest for path, entry in site.items()}
                    index_site(staging, pages=digests, store=state.search_store())
            with stages.stage("keep spare"):
                # Saved while the old site is kept as the spare: the cache holds nothing of the site but
                # digests it checks again, so a swap that then fails leaves it right.
                cache_saved = state.save_in_background(library, today)
                swap_in(staging, out, pages=len(pages), keep=state.spare_keeper(staging, site, present, known))
                state.keep_copy()
        except OSError as exc:
            state.drop_copy()
            discard(staging)
            cache_saved()
            raise StorysiteError(
                msg("Could not write the site to {out}: {reason}.", out=str(out), reason=exc.strerror or str(exc))
            ) from exc
        except BaseException:
            state.drop_copy()
            discard(staging)
            cache_saved()
            raise
        with stages.stage("save cache"):
            state.settle(site)
            cache_saved()
    return pages


def render_pages(
    model: SiteModel, memo: Memo, run_jobs: JobRunner, stages: Stages, photo_store: PhotoStore | None = None
) -> list[Page]:
    """The render stage: every page, the sitemap and the marker; a template that fails is a StorysiteError."""
    try:
        with stages.stage("render", msg("Rendering pages…")):
            pages = render_site(model, memo, run_jobs, photo_store)
    except jinja2.TemplateSyntaxError as exc:
        raise StorysiteError(
            msg(
                "{file}:{line}: the theme has a template error: {error}",
                file=exc.filename,
                line=exc.lineno,
                error=exc.message,
            )
        ) from exc
    except jinja2.TemplateError as exc:
        raise StorysiteError(msg("The theme could not render a page: {error}", error=str(exc))) from exc
    return [*pages, sitemap(pages, model.base_url), MARKER_PAGE]
