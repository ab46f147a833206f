"""Render the bulk of the pages (stories and listing pages) on every core, reusing cached pages.

The renderer defers each story page and each listing page as a job: the ids of the stories
it shows, and a thunk that renders it. A job whose stories (and everything else, through the
cache's fingerprint) are unchanged since the last build takes its pages from the cache: their paths
and digests, and their bytes from disk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storysite.incremental.cache import BuildCache
from storysite.parallel import parallel_map
from storysite.render.jobs import Job, PageMaker

if TYPE_CHECKING:
    from storysite.incremental.spare import PageSource
    from storysite.output.write import PageSink, WrittenFile
    from storysite.render.page import Page


def job_key(job: Job, cache: BuildCache | None) -> str | None:
    """The job's cache key, or None when there is no cache or a story has no known digest."""
    if cache is None:
        return None
    digests = [cache.story_digests.get(story_id) for story_id in job.story_ids]
    if any(d is None for d in digests):
        return None
    return cache.key(*job.label, "|", *digests)  # type: ignore[arg-type]


def job_keys(jobs: list[Job], cache: BuildCache | None) -> list[str | None]:
    """Every job's `job_key`, taking it from the last build's keys when none of the job's stories changed its
    digest since (serve keeps them in memory between builds, a build saves them with the cache)."""
    if cache is None:
        return [None] * len(jobs)
    digests, seen = cache.story_digests, cache.keyed_digests
    changed = set() if digests == seen else {i for i in digests.keys() | seen.keys() if digests.get(i) != seen.get(i)}
    memo, kept = cache.job_keys, dict[tuple[tuple[str, ...], tuple[str, ...]], str]()
    keys: list[str | None] = []
    for job in jobs:
        at = (job.label, job.story_ids)
        key = memo.get(at)
        if key is None or not changed.isdisjoint(job.story_ids):
            key = job_key(job, cache)
        if key is not None:
            kept[at] = key
        keys.append(key)
    cache.job_keys, cache.keyed_digests = kept, dict(digests)
    return keys


def run_jobs(
    renderer: PageMaker,
    jobs: list[Job],
    cache: BuildCache | None,
    source: PageSource | None = None,
    sink: PageSink | None = None,
) -> list[Page]:
    """Every job's pages: cached ones from `source` (on disk, checked by digest), the others rendered in parallel.

    The cache holds a job's pages as their paths and digests, not their bytes: a cached job whose pages
    `source` cannot give, every one with the digest recorded, is simply rendered again. With a `sink`,
    the pages rendered are written where they were rendered, and come back without their bytes.
    """
    pages: list[Page] = []
    keys = job_keys(jobs, cache)
    todo: list[int] = []
    for index, key in enumerate(keys):
        hit = cache.get(key) if cache is not None and key is not None else None
        found = source.pages(hit) if hit is not None and source is not None else None
        if found is None:
            todo.append(index)
        else:
            pages.extend(found)

    def render(index: int) -> tuple[list[Page], dict[str, WrittenFile]]:
        kept, renderer.pages = renderer.pages, []
        try:
            jobs[index].run()
            return sink.write(renderer.pages) if sink is not None else (renderer.pages, {})
        finally:
            renderer.pages = kept

    for index, (made, written) in zip(todo, parallel_map(render, todo), strict=True):
        pages.extend(made)
        if sink is not None:
            sink.add(written)
        key = keys[index]
        if cache is not None and key is not None:
            cache.put(key, [(page.path, page.digest) for page in made])
    return pages
