"""What serve keeps between rebuilds, so that saving one story checks that story again and not the library.

A long-running preview holds the last build's state (the build cache, unpickled) and its check of every
story on its own (check.library.CheckedFiles). When the watcher names only story files that the last
build read, and that build had no error, only the stories those files belong to are read and checked
again; what depends on the whole library (duplicate ids, consent dates, sign-off, exclusions, panels)
is worked out again over every story (check.library.assemble), and the renderer re-renders only the
pages whose stories changed (its job cache). Anything else (site.yaml, themes, locales, panels, photos,
a new file, one deleted or renamed, an id changed, a story with photos, an error) is a full build.
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


class LiveBuild:
    """Serve's memory of the last build: call `note` with each batch of watcher events, then build."""

    def __init__(self) -> None:
        self.state: BuildState | None = None
        self.checked: CheckedFiles | None = None
        self.key: tuple[str, ...] = ()
        self.changed: list[str] | None = None  # story files (paths inside CONTENT) to check again; None: all
        self.plan: tuple[set[str], set[str]] | None = None  # the stories to check again and their files
        self.settled = True  # whether what the last full build made is frozen (settle)
        self.full = 0  # builds that checked every story (for tests and the benchmark)
        self.quick = 0  # builds that checked only the stories named by the watcher
        self.saves = 0  # times the cache was saved (for tests)
        self.pending: tuple[Library, dt.date] | None = None  # the last build, when its cache is not saved yet
        self.saved: frozenset[str] | None = None  # the stories whose check results the saved cache may hold

    def note(self, changes: Iterable[tuple[object, str]] | None, content: Path) -> None:
        """The watcher's (change, path) pairs since the last build; None when they are not known (check all)."""
        self.changed = None if changes is None else story_files(changes, content)

    def forget(self) -> None:
        """The next build checks everything (after a failure, which saves the cache itself, or anything this
        cannot follow); a cache not saved yet is dropped: it is older than what the failure saves."""
        self.state, self.checked, self.pending, self.saved = None, None, None, None

    def flush(self) -> None:
        """Save the cache of the last build, if it is not saved yet (serve calls it when it stops)."""
        if self.pending is None or self.state is None:
            return
        library, today = self.pending
        stories = publishable(library, today)
        self.state.cache.keep_only(stories)
        self.state.photos.keep_only_used()
        self.state.cache.save()
        self.pending, self.saved = None, frozenset(stories)
        self.saves += 1

    def state_for(
        self, out: Path, content: Path, project: Path, audience: str, base_url: str, *, enabled: bool
    ) -> BuildState:
        """The last build's state when only story files changed, else one read afresh (and its fingerprint)."""
        key = (str(out), str(content), str(project), audience, base_url, str(enabled))
        self.plan = plan(self.checked, self.changed) if self.state is not None and key == self.key else None
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
        if self.checked is not None and self.plan is not None:
            checked = again(self.checked, *self.plan, content, content_arg, cache, page_text)
        if checked is None:
            self.plan = None
            self.full += 1
            self.settled = False
            gc.unfreeze()  # what the last full build left may be garbage now (settle froze it)
            checked = check_files(content, content_arg, audience=audience, cache=cache, page_text=page_text)
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
        if self.plan is None or self.saved is None or not self.saved <= publishable(library, today).keys():
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


def plan(checked: CheckedFiles | None, changed: list[str] | None) -> tuple[set[str], set[str]] | None:
    """The stories the `changed` files belong to, and all their files (shown paths); None for a full check."""
    if checked is None or checked.config is None or not changed:
        return None
    by_rel = {source.rel: source for source in checked.sources}
    owner = {shown: story for story in checked.stories for shown in story.files}
    stories = set()
    for rel in changed:
        source = by_rel.get(rel)
        story = owner.get(source.shown) if source is not None else None
        if story is None or story.photos or any(v.photo_files for v in story.versions.values()):
            return None  # a file the last build did not read, or in no story; photos are checked in full
        stories.add(story.id)
    return stories, {shown for story in checked.stories if story.id in stories for shown in story.files}


def again(
    checked: CheckedFiles,
    stories: set[str],
    files: set[str],
    content: Path,
    content_arg: str,
    cache: BuildCache,
    page_text: PageText,
) -> CheckedFiles | None:
    """`checked` with `stories` (made of `files`) checked again, or None when a full check is needed."""
    assert checked.config is not None
    started, findings = _now_ns(), list[Finding]()
    subset: list[SourceFile | KnownFile] = []
    for source in checked.sources:
        if source.shown in files:
            path = os.path.join(str(content), source.rel)
            loaded = load_file(source.rel, path, content_arg, cache.memo, started, findings)
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
    by_id = {s.id: s for s in made}
    fresh = {s.shown: s for s in subset}
    kept: list[Finding] = [f for f in checked.file_findings if f.path not in files]
    return CheckedFiles(
        checked.config,
        checked.findings,
        [fresh.get(s.shown, s) for s in checked.sources],
        [*kept, *findings, *story_findings],
        [by_id.get(s.id, s) for s in checked.stories],
    )
