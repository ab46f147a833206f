"""What a build knows of the last one: its cache, and the spare site beside the output folder.

The build asks this one object for what can be reused; the stages never see it (they get a Memo and a job
runner, render.jobs). Lektor keeps its incremental state in one place the same way (BuildState).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Collection, Mapping
from functools import partial
from pathlib import Path

from storysite.check.library import Library
from storysite.incremental import spare
from storysite.incremental.cache import BuildCache, cache_path, fingerprint
from storysite.incremental.jobs import run_jobs
from storysite.incremental.photos import PhotoStore, photo_folder
from storysite.incremental.search_parts import SearchParts, record_path
from storysite.model import exclusion, photo_exclusion
from storysite.output.write import PageSink, WrittenFile, discard, retire
from storysite.render.jobs import JobRunner
from storysite.render.photos import file_names


class BuildState:
    """One build's view of the last: the cache (None on disk without `enabled`) and the spare site's state."""

    def __init__(self, out: Path, content: Path, project: Path, audience: str, base_url: str, *, enabled: bool):
        self.out = out
        self.enabled = enabled
        stamp = fingerprint(content, project, audience, base_url)
        self.cache = BuildCache(cache_path(out, content) if enabled else None, stamp)
        self.state_file = spare.state_path(self.cache.path) if self.cache.path is not None else None
        self.photos = PhotoStore(photo_folder(self.cache.path))  # encoded photos, by their names on the site
        self.site = spare.SiteState()
        self.kept: spare.Spare | None = None
        self.folders: dict[str, int] = {}
        self.linked = 0  # files of the live site linked into the staging folder by take_spare
        self.links_refused = False  # take_spare found links refused here: no copy for the spare is tried
        self.copying: Callable[[], tuple[Path, spare.Spare] | None] | None = None  # copy_for_spare, until waited for
        self.copy: tuple[Path, spare.Spare] | None = None  # what it made
        self.search: SearchParts | None = None  # what the index took from the last one (search_store)
        self.search_taken: Path | None = None  # the search parts the last build kept, taken by this one

    def again(self, stories: Collection[str], files: Collection[str]) -> None:
        """Serve's next build with this state: `stories` (made of `files`) are checked again, the rest kept."""
        self.cache.next_build(stories, files)
        self.photos = PhotoStore(photo_folder(self.cache.path))

    def after_failure(self, library: Library, today: dt.date) -> None:
        """Nothing is built, but a story withdrawn (or broken) since the last build leaves the cache now."""
        self.cache.keep_after_failure(publishable(library, today), story_of)
        self.cache.save()
        self.photos.used |= publishable_photos(library, today)
        self.photos.keep_only_used()

    def after_check(self, library: Library, today: dt.date) -> None:
        """`storysite check`: the next check or build may reuse what it checked; the last build's pages are kept.

        Kept as after a failed build: only what the stories published now may reuse, so a check never
        keeps what a withdrawn story left in the cache either. Saved only if that is not what was loaded.
        """
        self.cache.keep_after_failure(publishable(library, today), story_of)
        if not self.cache.unchanged():
            self.cache.save()
        self.photos.used |= publishable_photos(library, today)
        self.photos.keep_only_used()

    def in_place_runner(self, known: Mapping[str, bytes]) -> JobRunner:
        """The renderer's job runner for a folder updated in place (serve), whose files are `known`."""
        source = spare.PageSource(known, self.out, in_place=True) if self.enabled else None
        return partial(run_jobs, cache=self.cache, source=source)

    def save_for(self, library: Library, today: dt.date) -> None:
        """Keep only what the stories published now may reuse, and save it."""
        self.cache.keep_only(publishable(library, today))
        self.cache.save()
        self.photos.keep_only_used()

    def load_site(self) -> None:
        """Read what the last build recorded of the site it left and of its spare."""
        self.site = spare.load_state(self.state_file)

    def take_spare(self, staging: Path) -> tuple[Path, dict[str, WrittenFile], dict[str, int]]:
        """The folder to write into (the spare, if it can be trusted), what it holds, and its folders' times.

        What the folder lacks of the live site is linked in from it (spare.link_live), each file checked.
        Called holding output_lock(out); without a cache, an old spare is only deleted.
        """
        self.search_taken = spare.take_search(self.out)
        if self.state_file is None:  # no record to check them against
            self.drop_search()
        taken = spare.take_spare(self.out, self.site)
        held: spare.Spare = ({}, {})
        if taken is not None:
            discard(staging)
            staging, held = taken
        if self.state_file is not None:
            held, self.linked, self.links_refused = spare.link_live(self.out, staging, self.site, held)
        present, known = held
        return staging, present, known

    def staged_runner(self, present: Mapping[str, WrittenFile], sink: PageSink) -> JobRunner:
        """The renderer's job runner for a build into a staging folder that holds `present` already."""
        source = (
            spare.PageSource({path: entry.digest for path, entry in present.items()}, self.out)
            if self.enabled
            else None
        )
        return partial(run_jobs, cache=self.cache, source=source, sink=sink)

    def search_store(self) -> SearchParts | None:
        """The parts of the search index now published in `out` (or kept beside the spare) that the next index
        may reuse, checked."""
        if self.cache.path is None:
            return None
        kept = self.search_taken / "parts" if self.search_taken is not None else None
        self.search = SearchParts(record_path(self.cache.path), self.out / "pagefind", kept)
        return self.search

    def save_in_background(self, library: Library, today: dt.date) -> Callable[[], None]:
        """Keep only what the stories published now may reuse, and start saving it; call the result to wait."""
        self.photos.keep_only_used()
        return self.cache.save_in_background(lambda: publishable(library, today))

    def copy_for_spare(self, staging: Path, site: dict[str, WrittenFile], present: Mapping[str, WrittenFile]) -> None:
        """After a clean build's write (nothing taken from a spare or the live site), start making the next spare."""
        if self.state_file is not None and not present and site and not self.links_refused:
            self.copying = spare.copy_for_spare(self.out, staging, site)

    def copied(self) -> tuple[Path, spare.Spare] | None:
        """Wait for copy_for_spare; what it made (None if nothing)."""
        copying, self.copying = self.copying, None  # waited for once, even if the wait is interrupted
        if copying is not None:
            self.copy = copying()
        return self.copy

    def drop_search(self) -> None:
        """Delete what is left of the search parts take_spare took (in the background: they may be many)."""
        taken, self.search_taken = self.search_taken, None
        if taken is not None:
            parts = taken / "parts"
            retire(taken, background=parts.is_dir() and any(parts.iterdir()))  # usually all were taken

    def keep_copy(self) -> None:
        """Once the site is swapped in, the copy made by copy_for_spare becomes the spare (and what is left of
        the search parts taken is deleted)."""
        self.drop_search()
        copy = self.copied()
        if copy is None:
            return
        folder, held = copy
        self.copy = None
        try:
            os.rename(folder, spare.spare_path(self.out.resolve()))
        except OSError:  # the next build links what it can from the live site instead
            discard(folder)
            return
        self.kept = held

    def drop_copy(self) -> None:
        """The build failed: the copy copy_for_spare made is deleted with its staging folder (and the search
        parts taken)."""
        self.drop_search()
        copy = self.copied()
        self.copy = None
        if copy is not None:
            discard(copy[0])

    def spare_keeper(
        self, staging: Path, site: dict[str, WrittenFile], present: Mapping[str, WrittenFile], known: Mapping[str, int]
    ) -> Callable[[Path], bool]:
        """What swap_in calls with the site it replaces: prune it and keep it as the next build's spare."""
        # A page written where none was, or deleted, changed its folder's time; one written over did not.
        changed = [path for path, entry in site.items() if present.get(path) != entry] + [*present.keys() - site]
        self.folders = spare.folder_times(staging, site, known, changed) if self.state_file is not None else {}

        def keep(old: Path) -> bool:
            if self.copied() is not None:  # the old site is not the one recorded, or it would have been linked
                return False
            reused = self.search.reused if self.search is not None else {}
            self.kept = (
                spare.keep_spare(old, self.out, self.site, site, reused) if self.state_file is not None else None
            )
            return self.kept is not None

        return keep

    def settle(self, site: dict[str, WrittenFile]) -> None:
        """Record the site now in `out`, and the spare kept beside it, for the next build."""
        spare.save_state(self.state_file, spare.settled(self.out, site, self.kept, self.folders))


def publishable(library: Library, today: dt.date) -> dict[str, tuple[str, ...]]:
    """The stories published to at least one audience (id → their files): the only ones the cache may keep."""
    audiences = tuple(library.config.audiences) if library.config is not None else ()
    return {
        story.id: story.files
        for story in library.stories
        if any(exclusion(story, audience, today) is None for audience in audiences)
    }


def publishable_photos(library: Library, today: dt.date) -> set[str]:
    """The site names of every photo some audience may see (after a failed build, the only ones kept)."""
    audiences = tuple(library.config.audiences) if library.config is not None else ()
    return {
        name
        for story in library.stories
        if any(exclusion(story, audience, today) is None for audience in audiences)
        for photo in story.photos
        if any(photo_exclusion(photo, audience, today) is None for audience in audiences)
        for name in file_names(photo.image)
    }


def story_of(path: str) -> str | None:
    """The id of the story whose page is at `path` (`{lang}/stories/{id}/...`), or None for any other page."""
    parts = path.split("/")
    return parts[2] if len(parts) > 3 and parts[1] == "stories" else None
