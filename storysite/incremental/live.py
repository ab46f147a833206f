"""What serve keeps between rebuilds, so that saving one story checks that story again and not the library.

A long-running preview holds the last build's state (the build cache, unpickled) and its check of every
story on its own (check.library.CheckedFiles). When the watcher names only story files that the last
build read, and that build had no error, only the stories those files belong to are read and checked
again; what depends on the whole library (consent dates, sign-off, exclusions, panels) is worked out
again over every story (check.library.assemble), and the renderer re-renders only the pages whose
stories changed (its job cache). Anything else (site.yaml, themes, locales, panels, photos, a new file,
one deleted or renamed, a changed id, which could clash with another story's, a story with photos, an
error) is a full build.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Iterable
from pathlib import Path

from storysite.check.library import CheckedFiles, Library, PageText, assemble, check_files, check_sources
from storysite.content.load import FileTexts, KnownFile, SourceFile, _now_ns, load_file
from storysite.findings import Finding
from storysite.incremental.cache import BuildCache
from storysite.incremental.state import BuildState, publishable
from storysite.model import Story, exclusion


def publishable_ids(library: Library, stories: list[Story], today: dt.date) -> set[str]:
    """Which of `stories` some audience of the library may see (state.publishable, for a few)."""
    audiences = tuple(library.config.audiences) if library.config is not None else ()
    return {s.id for s in stories if any(exclusion(s, audience, today) is None for audience in audiences)}


class LiveBuild:
    """Serve's memory of the last build: call `note` with each batch of watcher events, then build."""

    def __init__(self) -> None:
        self.state: BuildState | None = None
        self.checked: CheckedFiles | None = None
        self.index: Index | None = None  # where each file and story of `checked` is (a quick check keeps it)
        self.key: tuple[str, ...] = ()
        self.changed: list[str] | None = None  # story files (paths inside CONTENT) to check again; None: all
        self.plan: tuple[set[str], set[str]] | None = None  # the stories to check again and their files
        self.settled = True  # whether what the last full build made is frozen (settle)
        self.full = 0  # builds that checked every story (for tests and the benchmark)
        self.quick = 0  # builds that checked only the stories named by the watcher
        self.saves = 0  # times the cache was saved (for tests)
        self.pending: tuple[Library, dt.date] | None = None  # the last build, when its cache is not saved yet
        self.saved: frozenset[str] | None = None  # the stories whose check results the saved cache may hold
        self.saved_on: dt.date | None = None  # the day it was saved

    def note(self, changes: Iterable[tuple[object, str]] | None, content: Path) -> None:
        """The watcher's (change, path) pairs since the last build; None when they are not known (check all)."""
        self.changed = None if changes is None else story_files(changes, content)

    def forget(self) -> None:
        """The next build checks everything (after a failure, which saves the cache itself, or anything this
        cannot follow); a cache not saved yet is dropped: it is older than what the failure saves."""
        self.state, self.checked, self.index, self.pending, self.saved = None, None, None, None, None

    def flush(self) -> None:
        """Save the cache of the last build, if it is not saved yet (serve calls it when it stops)."""
        if self.pending is None or self.state is None:
            return
        library, today = self.pending
        stories = publishable(library, today)
        self.state.cache.keep_only(stories)
        self.state.photos.keep_only_used()
        self.state.cache.save()
        self.pending, self.saved, self.saved_on = None, frozenset(stories), today
        self.saves += 1

    def state_for(
        self, out: Path, content: Path, project: Path, audience: str, base_url: str, *, enabled: bool
    ) -> BuildState:
        """The last build's state when only story files changed, else one read afresh (and its fingerprint)."""
        key = (str(out), str(content), str(project), audience, base_url, str(enabled))
        same = self.state is not None and key == self.key
        self.plan = plan(self.checked, self.index, self.changed) if same else None
        if self.plan is None or self.state is None or not enabled:
            self.flush()  # the state read afresh starts from the newest cache
            self.forget()
            self.state, self.key = BuildState(out, content, project, audience, base_url, enabled=enabled), key
        else:
            self.state.again(*self.plan)
        return self.state

    def check(self, content: Path, content_arg: str, *, audience: str, today: dt.date, page_text: PageText) -> Library:
        """check_library, checking again only the stories of the changed files when it can."""
        assert self.state is not None  # state_for comes first
        cache = self.state.cache
        checked = None
        if self.checked is not None and self.index is not None and self.plan is not None:
            checked = again(self.checked, self.index, *self.plan, content, content_arg, cache, page_text)
        if checked is None:
            self.plan = None
            self.full += 1
            self.settled = False
            gc.unfreeze()  # what the last full build left may be garbage now (settle froze it)
            checked = check_files(content, content_arg, audience=audience, cache=cache, page_text=page_text)
            self.index = Index(checked)
        else:
            self.quick += 1
        library = assemble(checked, content, content_arg, audience=audience, today=today)
        self.checked = checked if library.ok else None
        return library

    def settle(self) -> None:
        """After a full build: collect once, then freeze what is left (the library, the cache), so that the
        garbage collector does not walk it again at every quick build (it is most of the process's objects)."""
        if not self.settled:
            gc.collect()
            gc.freeze()
            self.settled = True

    def save(self, library: Library, today: dt.date) -> None:
        """Save the cache after a full build, or once a story whose check results it may hold is not published
        any more (withdrawn, out of scope): then the cache never outlives a withdrawal, as a build's does.

        After a quick build that publishes every story the saved cache may hold, the save waits for the next
        one that must, or for serve to stop: pickling every story's check results again is most of the time
        a quick build would take (and no thread may fork a process to do it, as the build does).
        """
        self.pending = (library, today)
        if self.plan is None or self.saved is None or self.saved_on != today or self.index is None:
            self.flush()
            return
        # The same day, and only the stories checked again changed: only they can have left.
        again = [library.stories[self.index.stories[story_id]] for story_id in self.plan[0]]
        if not self.saved & self.plan[0] <= publishable_ids(library, again, today):
            self.flush()


def story_files(changes: Iterable[tuple[object, str]], content: Path) -> list[str] | None:
    """The story files (paths inside CONTENT) the events name, or None if any is another kind of event.

    Only a file written again qualifies, or one put in place of a file (an editor's safe save: `plan` then
    asks that the last build read it); anything deleted, outside content/stories, or reached through a
    link is for a full build.
    """
    from watchfiles import Change

    root = os.path.realpath(content)
    found: set[str] = set()
    for change, path in changes:
        if change not in (Change.modified, Change.added):
            return None
        real = os.path.realpath(path)
        rel = os.path.relpath(real, root).replace(os.sep, "/")
        if rel.startswith("../") or not rel.startswith("stories/") or not rel.endswith(".md"):
            return None
        if os.path.islink(path) or os.path.normpath(os.path.abspath(path)) != real or not os.path.isfile(real):
            return None
        found.add(rel)
    return sorted(found)


class Index:
    """Where each story file (by path inside CONTENT) and each story (by id) is in a CheckedFiles' lists."""

    def __init__(self, checked: CheckedFiles) -> None:
        self.sources = {source.rel: at for at, source in enumerate(checked.sources)}
        self.shown = {source.shown: at for at, source in enumerate(checked.sources)}
        self.stories = {story.id: at for at, story in enumerate(checked.stories)}
        self.owner = {shown: story.id for story in checked.stories for shown in story.files}


def plan(
    checked: CheckedFiles | None, index: Index | None, changed: list[str] | None
) -> tuple[set[str], set[str]] | None:
    """The stories the `changed` files belong to, and all their files (shown paths); None for a full check."""
    if checked is None or index is None or checked.config is None or not changed:
        return None
    stories: set[str] = set()
    files: set[str] = set()
    for rel in changed:
        at = index.sources.get(rel)
        story_id = index.owner.get(checked.sources[at].shown) if at is not None else None
        story = checked.stories[index.stories[story_id]] if story_id is not None else None
        if story is None or story.photos or any(v.photo_files for v in story.versions.values()):
            return None  # a file the last build did not read, or in no story; photos are checked in full
        stories.add(story.id)
        files.update(story.files)
    return stories, files


def again(
    checked: CheckedFiles,
    index: Index,
    stories: set[str],
    files: set[str],
    content: Path,
    content_arg: str,
    cache: BuildCache,
    page_text: PageText,
) -> CheckedFiles | None:
    """`checked` with `stories` (made of `files`) checked again, or None when a full check is needed.

    The result has the same files and stories in the same places, so `index` still holds for it.
    """
    assert checked.config is not None
    started, findings = _now_ns(), list[Finding]()
    places = sorted(index.shown[shown] for shown in files)
    subset: list[SourceFile | KnownFile] = []
    for at in places:
        source = checked.sources[at]
        loaded = load_file(
            source.rel, os.path.join(str(content), source.rel), content_arg, cache.memo, started, findings
        )
        if loaded is None:
            return None
        subset.append(loaded)
    if any(finding.is_error for finding in findings):
        return None
    made, story_findings = check_sources(
        subset, checked.config, None, cache, page_text=page_text, texts=FileTexts(subset), content=content
    )
    if sorted(s.id for s in made) != sorted(stories) or any(s.photos for s in made):
        return None  # an id changed, a story split in two or gained photos: the library-wide linking is redone
    if any(set(story.files) != {f for f in files if index.owner.get(f) == story.id} for story in made):
        return None  # a story made of other files than before
    sources = list(checked.sources)
    for at, source in zip(places, subset, strict=True):
        sources[at] = source
    checked_stories = list(checked.stories)
    for story in made:
        checked_stories[index.stories[story.id]] = story
    kept: list[Finding] = [f for f in checked.file_findings if f.path not in files]
    return CheckedFiles(checked.config, checked.findings, sources, [*kept, *findings, *story_findings], checked_stories)
