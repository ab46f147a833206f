"""`storysite check` with the build's cache: it reads again only what changed, and says exactly what a check
without a cache says, whatever changed (files, site.yaml, panels, the privacy lists, the day)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from storysite import cli
from storysite.build import build_site, check_only
from storysite.check import library
from storysite.content import load
from storysite.incremental import cache as build_cache
from tests.conftest import EXAMPLE, TODAY, OpenedFiles, story_text

LATER = 10_000_000_000  # 10 s: files written by a test are old enough to be recorded "10 s later"


def _files(count: int = 4) -> dict[str, str]:
    files = {}
    for number in range(count):
        story_id = f"mm-{number:03d}"
        for lang in ("cy", "en"):
            files[f"stories/{story_id}.{lang}.md"] = story_text(story_id, lang=lang, title=f"Story {number}")
    return files


class Checker:
    """Runs `storysite check` as a user would, in `folder` (where `_site` would be built), on a chosen day."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path, opened: OpenedFiles) -> None:
        self.monkeypatch, self.folder, self.opened = monkeypatch, folder, opened
        self.cache = folder / "cache"  # the shared one, kept between runs
        self.fresh = 0
        self.reads: list[str] = []
        self.checked: list[str] = []  # the stories checked as a whole (library.build_story), in this process
        monkeypatch.chdir(folder)
        build_story = library.build_story

        def counted(story_id: str, *args: Any, **kwargs: Any) -> Any:
            self.checked.append(story_id)
            return build_story(story_id, *args, **kwargs)

        monkeypatch.setattr(library, "build_story", counted)
        monkeypatch.setenv("STORYSITE_WORKERS", "1")  # files opened in this process, where the test watches

    def day(self, today: dt.date) -> None:
        """Make `today` the day the command sees."""

        class Day(dt.date):
            @classmethod
            def today(cls) -> Day:
                return cls(today.year, today.month, today.day)

        self.monkeypatch.setattr(cli, "dt", types.SimpleNamespace(date=Day))

    def run(self, content: Path, *args: str, cache: Path | None = None, before: list[str] = []) -> tuple[int, str]:  # noqa: B006
        """Exit code and output (its time taken blanked) of `check`; story files opened are in self.reads."""
        self.monkeypatch.setenv("STORYSITE_CACHE_DIR", str(cache or self.cache))
        self.checked.clear()
        with self.opened.watching() as opened:
            result = CliRunner().invoke(cli.main, [*before, "check", str(content), *args])
        stories = (content / "stories").resolve()
        self.reads = sorted(Path(p).name for p in opened if Path(p).resolve().parent == stories)
        return result.exit_code, re.sub(r"\d+[.,]\d+ (?=s\b|eiliad)", "# ", result.output)

    def uncached(self, content: Path, *args: str) -> tuple[int, str]:
        """The same check with an empty cache folder of its own (left empty: it is never reused)."""
        self.fresh += 1
        try:
            return self.run(content, *args, cache=self.folder / f"fresh-{self.fresh}")
        finally:
            self.monkeypatch.setenv("STORYSITE_CACHE_DIR", str(self.cache))  # for a build that follows

    def same(self, content: Path, *args: str) -> tuple[int, str]:
        """The check with the shared cache, asserted equal to an uncached one (JSON and text)."""
        cached = self.run(content, *args, "--format", "text")
        reads, checked = self.reads, sorted(self.checked)
        assert cached == self.uncached(content, *args, "--format", "text")
        cached = self.run(content, *args, "--format", "json")
        assert cached == self.uncached(content, *args, "--format", "json")
        self.reads, self.checked = reads, checked  # of the first check with the shared cache
        return cached


@pytest.fixture
def checker(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, opened_files: OpenedFiles) -> Iterator[Checker]:
    monkeypatch.setattr(load, "_now_ns", lambda: time.time_ns() + LATER)
    checker = Checker(monkeypatch, tmp_path, opened_files)
    checker.day(TODAY)
    yield checker


def _json(output: tuple[int, str]) -> dict:
    return json.loads(output[1])


def _rules(output: tuple[int, str]) -> set[tuple[str, str]]:
    return {(Path(f["path"]).name, f["rule"]) for f in _json(output)["findings"]}


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_second_check_reads_nothing_and_an_edited_file_is_read_and_checked_again(
    make_library: Callable[..., Path], checker: Checker
) -> None:
    content = make_library(_files())
    first = checker.run(content, "--format", "json")
    assert first[0] == 0 and len(checker.reads) == 8
    assert checker.run(content, "--format", "json") == first
    assert checker.reads == []  # nothing changed: no story file opened
    _edit(content / "stories" / "mm-002.en.md", "for the first time", "(phone 07700 900123) for the first time")
    edited = checker.same(content, "--format", "json")
    assert edited[0] == 1
    assert any(name == "mm-002.en.md" and rule.startswith("privacy.") for name, rule in _rules(edited))
    assert checker.checked == ["mm-002"]
    # Only the edited story's files (its other language is read again to check the story as a whole)
    assert "mm-002.en.md" in checker.reads and set(checker.reads) <= {"mm-002.en.md", "mm-002.cy.md"}
    # It has an error, so nothing of it is kept (as a build keeps nothing of a story it leaves out): only it is read
    assert checker.same(content, "--format", "json") == edited and checker.checked == ["mm-002"]
    _edit(content / "stories" / "mm-002.en.md", "(phone 07700 900123) for", "for")
    assert checker.same(content, "--format", "json") == first and checker.checked == ["mm-002"]
    assert checker.run(content, "--format", "json") == first and checker.reads == checker.checked == []


@pytest.mark.parametrize("change", ["added", "removed", "renamed", "id changed", "emptied", "unreadable", "withdrawn"])
def test_files_added_removed_renamed_or_broken_give_what_an_uncached_check_gives(
    make_library: Callable[..., Path], checker: Checker, change: str
) -> None:
    content = make_library(_files())
    stories = content / "stories"
    for form in ("json", "text"):
        checker.run(content, "--format", form)
    if change == "added":
        (stories / "mm-009.en.md").write_text(story_text("mm-009", title="Story 9"), encoding="utf-8")
    elif change == "removed":
        (stories / "mm-001.cy.md").unlink()
    elif change == "renamed":
        os.rename(stories / "mm-001.en.md", stories / "mm-007.en.md")
    elif change == "id changed":
        _edit(stories / "mm-001.en.md", "id: mm-001", "id: mm-003")
    elif change == "emptied":
        (stories / "mm-001.en.md").write_text("", encoding="utf-8")
    elif change == "unreadable":
        (stories / "mm-001.en.md").write_bytes(b"---\nid: mm-001\ntitle: \xff\xfe\n---\n")
    else:
        for lang in ("cy", "en"):
            _edit(stories / f"mm-001.{lang}.md", "status: given", "status: withdrawn")
    changed = checker.same(content, "--format", "json")
    assert changed[0] == (1 if change in ("id changed", "emptied", "unreadable") else 0), changed
    # Only the stories whose files changed are read and checked again
    assert set(checker.reads) <= {f"mm-{n}.{lang}.md" for n in ("001", "003", "007", "009") for lang in ("cy", "en")}
    assert set(checker.checked) <= {"mm-001", "mm-003", "mm-007", "mm-009"}


def test_site_yaml_changed_is_seen(make_library: Callable[..., Path], checker: Checker) -> None:
    content = make_library(_files())
    assert checker.same(content)[0] == 0
    _edit(content / "site.yaml", "  kindness: {cy: Caredigrwydd, en: Kindness}\n", "")  # every story's theme is unknown
    changed = checker.same(content, "--format", "json")
    assert changed[0] == 1 and len(_rules(changed)) >= 4
    _edit(content / "site.yaml", "  small:", "  kindness: {cy: Caredigrwydd, en: Kindness}\n  small:")
    assert checker.same(content, "--format", "json")[0] == 0


def test_an_allow_list_in_site_yaml_is_seen(make_library: Callable[..., Path], checker: Checker) -> None:
    content = make_library(_files())
    _edit(content / "stories" / "mm-001.en.md", "for the first time", "with Gwenllian Prydderch for the first time")
    flagged = checker.same(content, "--format", "json")
    assert any(rule.startswith("privacy.") for _, rule in _rules(flagged))
    with (content / "site.yaml").open("a", encoding="utf-8") as site:
        site.write('allow: ["Gwenllian Prydderch"]\n')
    allowed = checker.same(content, "--format", "json")
    assert not any(rule.startswith("privacy.") for _, rule in _rules(allowed))


def test_panels_changed_are_seen(tmp_path: Path, checker: Checker) -> None:
    content = tmp_path / "library" / "content"
    shutil.copytree(EXAMPLE, content)
    first = checker.same(content, "--format", "json")
    panel = content / "panels" / "panel-2026-spring.yaml"
    _edit(panel, "selected: [msc-2026-002]", "selected: [msc-2026-999]")
    changed = checker.same(content, "--format", "json")
    assert changed != first and changed[0] == 1
    assert checker.reads == []  # no story changed: none is read again, yet the panel is checked afresh
    panel.unlink()
    assert checker.same(content, "--format", "json") != changed


def test_the_privacy_lists_are_in_the_fingerprint(
    make_library: Callable[..., Path], checker: Checker, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A changed word list (here a copy standing for storysite's own code) leaves nothing of the cache used."""
    package = tmp_path / "package"
    shutil.copytree(Path(build_cache.__file__).parents[1] / "privacy" / "data", package / "privacy" / "data")
    monkeypatch.setattr(build_cache, "_PACKAGE", package)
    content = make_library(_files())
    first = checker.same(content, "--format", "json")
    assert checker.run(content, "--format", "json") == first and checker.reads == []
    with (package / "privacy" / "data" / "fictional.txt").open("a", encoding="utf-8") as words:
        words.write("Prydderch\n")
    assert checker.run(content, "--format", "json") == first
    assert len(checker.reads) == 8  # every story file read and checked again


@pytest.mark.parametrize("audience", [None, "intranet", "public", "nowhere"])
def test_the_day_moving_on_is_never_served_stale(
    make_library: Callable[..., Path], checker: Checker, audience: str | None
) -> None:
    """A consent date in the future (an error until the day comes) and a consent review date that passes."""
    files = _files()
    files["stories/mm-001.en.md"] = story_text(
        "mm-001", consent="consent:\n  status: given\n  date: 2026-11-30\n  scope: [intranet, public]\n"
    )
    files["stories/mm-001.cy.md"] = story_text(
        "mm-001", lang="cy", consent="consent:\n  status: given\n  date: 2026-11-30\n  scope: [intranet, public]\n"
    )
    files["stories/mm-002.en.md"] = story_text(
        "mm-002", consent="consent:\n  status: given\n  date: 2024-01-01\n  scope: [intranet]\n  review: 2026-12-01\n"
    )
    content = make_library(files)
    args = ["--audience", audience] if audience else []
    seen = []
    for today in (TODAY, dt.date(2026, 12, 5), TODAY, dt.date(2027, 1, 1)):
        checker.day(today)
        seen.append(checker.same(content, *args, "--format", "json"))
        # Only the two stories not published that day are read again (nothing of theirs is kept)
        assert len(seen) == 1 or set(checker.checked) <= {"mm-001", "mm-002"}
    assert seen[0] == seen[2] and (seen[0] != seen[1] or audience == "nowhere")


def test_a_cache_folder_others_may_write_to_or_a_damaged_cache_is_not_trusted(
    make_library: Callable[..., Path], checker: Checker
) -> None:
    content = make_library(_files())
    first = checker.same(content, "--format", "json")
    assert checker.run(content, "--format", "json") == first and checker.reads == []
    folders = [p for p in checker.cache.iterdir() if p.is_dir()]
    assert len(folders) == 1
    folder = folders[0]
    folder.chmod(0o777)  # anyone may write there: nothing in it is read
    assert checker.run(content, "--format", "json") == first and len(checker.reads) == 8
    folder.chmod(0o700)
    checker.run(content, "--format", "json")
    pickle_file = folder / "build.pickle"
    pickle_file.write_bytes(pickle_file.read_bytes()[:100])  # cut short
    assert checker.run(content, "--format", "json") == first and len(checker.reads) == 8
    pickle_file.write_bytes(b"not a pickle")
    assert checker.run(content, "--format", "json") == first and len(checker.reads) == 8
    assert checker.run(content, "--format", "json") == first and checker.reads == []  # saved afresh


def test_without_the_cache_check_only_finds_the_same(make_library: Callable[..., Path], checker: Checker) -> None:
    content = make_library(_files())
    _edit(content / "stories" / "mm-001.en.md", "for the first time", "(07700 900123) for the first time")
    with_cache = check_only(content, "content", today=TODAY)
    again = check_only(content, "content", today=TODAY)
    without = check_only(content, "content", today=TODAY, cache=False)
    assert with_cache.findings == again.findings == without.findings and without.findings
    assert [s.id for s in with_cache.stories] == [s.id for s in again.stories] == [s.id for s in without.stories]


def test_check_then_build_and_build_then_check_share_the_cache(
    make_library: Callable[..., Path], checker: Checker
) -> None:
    content = make_library(_files())

    def build() -> tuple[list[str], list[str]]:
        checker.checked.clear()
        # CONTENT as the check was given it: the findings (and so the cache keys) name files by it
        result = build_site(content, str(content), Path("_site"), today=TODAY, index=False)
        assert result.out is not None
        return result.published, sorted(checker.checked)

    first = checker.same(content, "--format", "json")
    assert len(checker.checked) == 4
    published, checked = build()
    assert checked == [] and len(published) == 4  # the check's results, shared
    _edit(content / "stories" / "mm-003.en.md", "for the first time", "for the very first time")
    assert checker.same(content, "--format", "json") == first and checker.checked == ["mm-003"]
    assert build() == (published, [])  # checked by the check already
    _edit(content / "stories" / "mm-000.en.md", "for the first time", "for the second time")
    assert build() == (published, ["mm-000"])
    assert checker.same(content, "--format", "json") == first
    assert checker.reads == checker.checked == []  # the build's results
    # A check for another audience shares them too (what is cached does not depend on the audience)
    for audience in ("public", "intranet"):
        checker.same(content, "--audience", audience)
        assert checker.reads == checker.checked == []
    assert build() == (published, [])


def test_the_findings_cached_in_one_language_are_told_in_the_other(
    make_library: Callable[..., Path], checker: Checker
) -> None:
    files = _files()
    for lang in ("cy", "en"):  # a case study with no sections: warnings only, so the story is kept
        files[f"stories/mm-001.{lang}.md"] = story_text(
            "mm-001", lang=lang, story_type="case-study", extra="outcome: positive\n"
        )
    content = make_library(files)
    checker.same(content)
    english = checker.run(content, "--format", "text")
    assert english[0] == 0 and "warning:" in english[1] and checker.checked == []
    checker.monkeypatch.setattr(checker, "run", _in_welsh(checker.run))
    welsh = checker.run(content, "--format", "text")
    assert checker.checked == [] and "rhybudd:" in welsh[1] and "warning:" not in welsh[1]
    assert welsh == checker.uncached(content, "--format", "text")
    assert checker.same(content, "--format", "json")[0] == 0


def _in_welsh(run: Callable[..., tuple[int, str]]) -> Callable[..., tuple[int, str]]:
    def welsh(content: Path, *args: str, cache: Path | None = None) -> tuple[int, str]:
        return run(content, *args, cache=cache, before=["--iaith", "cy"])

    return welsh
