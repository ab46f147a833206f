"""Serve's quick rebuild (incremental.live): a save checks only its story again, and the pages stay right.

After each save, addition or withdrawal made through serve's rebuild entry point, the folder served
holds byte for byte what a clean build of the same content gives.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from conftest import REPO
from watchfiles import Change

from storysite.build import build_site
from storysite.incremental.live import LiveBuild, story_files
from storysite.output.in_place import InPlaceWriter
from storysite.serve.server import Preview
from storysite.serve.watch import rebuild

sys.path.insert(0, str(REPO / "benchmarks" / "perf"))

import generate  # noqa: E402


class NoIndex:
    def request(self) -> None:
        pass


def site_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


class Session:
    """A serve session's rebuilds, each followed by a clean build of the same content to compare with."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.content = tmp_path / "lib" / "content"
        generate.generate(self.content, 40)
        self.out = tmp_path / "lib" / "_site"
        self.preview, self.writer, self.live = Preview(self.out), InPlaceWriter(self.out), LiveBuild()
        self.builds = 0
        assert rebuild(self.content, "content", "intranet", self.preview, NoIndex(), self.writer, "en", self.live)  # type: ignore[arg-type]

    def file(self, number: int, lang: str) -> Path:
        return self.content / "stories" / "000" / f"story-{number:06d}.{lang}.md"

    def save(self, changes: list[tuple[Change, Path]], edit: dict[Path, tuple[str, str]]) -> bool:
        for path, (pattern, new) in edit.items():
            text = path.read_text(encoding="utf-8")
            changed = re.sub(pattern, new, text, count=1, flags=re.MULTILINE)
            assert changed != text, (path, pattern)
            path.write_text(changed, encoding="utf-8")
        named = [(change, str(path)) for change, path in changes]
        return rebuild(
            self.content, "content", "intranet", self.preview, NoIndex(), self.writer, "en", self.live, named
        )  # type: ignore[arg-type]

    def clean(self) -> dict[str, bytes]:
        self.builds += 1
        out = self.tmp / f"clean-{self.builds}"
        result = build_site(self.content, "content", out, index=False, cache=False)
        assert result.out is not None
        return site_files(out)

    def assert_as_clean(self) -> None:
        served, clean = site_files(self.out), self.clean()
        assert served.keys() == clean.keys(), served.keys() ^ clean.keys()
        assert [path for path in clean if served[path] != clean[path]] == []


def cache_file(s: Session) -> Path:
    from storysite.incremental.cache import cache_path

    return cache_path(s.out, s.content)


@pytest.fixture
def session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Session:
    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(tmp_path / "cache"))
    return Session(tmp_path)


def test_saves_additions_and_withdrawals_through_serve_give_the_pages_of_a_clean_build(session: Session) -> None:
    s = session
    en, cy = s.file(3, "en"), s.file(3, "cy")
    steps: list[tuple[list[tuple[Change, Path]], dict[Path, tuple[str, str]], bool]] = [
        ([(Change.modified, en)], {en: (r"^title:.*$", "title: A new title")}, True),
        (
            [(Change.modified, s.file(5, "cy"))],
            {s.file(5, "cy"): (r"\A(---\n(?:.*\n)*?---\n)", r"\1Gair newydd. ")},
            True,
        ),
        ([(Change.modified, s.file(7, "cy"))], {s.file(7, "cy"): (r"^date: .*$", "date: 2021-01-02")}, True),
        ([(Change.modified, s.file(9, "cy"))], {s.file(9, "cy"): (r"^themes: .*$", "themes: [kindness]")}, True),
        ([(Change.modified, cy)], {cy: (r"status: given", "status: withdrawn")}, True),
        (
            [(Change.modified, en), (Change.modified, cy)],
            {en: (r"^title:.*$", "title: Back again"), cy: (r"status: withdrawn", "status: given")},
            True,
        ),
    ]
    for number, (changes, edit, quick) in enumerate(steps):
        before = s.live.quick
        assert s.save(changes, edit), number
        assert s.live.quick == before + quick, number
        s.assert_as_clean()
    # A file saved by putting a new one in its place is followed.
    quick = s.live.quick
    assert s.save([(Change.added, s.file(12, "en"))], {s.file(12, "en"): (r"^title:.*$", "title: Saved safely")})
    assert s.live.quick == quick + 1
    s.assert_as_clean()
    # An addition is not followed, but built in full; the next save is quick again.
    added = s.content / "stories" / "000" / "story-000041.cy.md"
    added.write_text(s.file(11, "cy").read_text(encoding="utf-8").replace("id: ", "id: new-", 1), encoding="utf-8")
    full = s.live.full
    assert s.save([(Change.added, added)], {})
    assert s.live.full == full + 1
    s.assert_as_clean()
    assert s.save([(Change.modified, added)], {added: (r"^title:.*$", "title: Added and edited")})
    assert s.live.full == full + 1
    s.assert_as_clean()


def test_a_withdrawal_takes_the_story_out_at_that_save(session: Session) -> None:
    s = session
    en, cy = s.file(4, "en"), s.file(4, "cy")
    story_id = re.search(r"^id: (.*)$", en.read_text(encoding="utf-8"), re.MULTILINE).group(1)  # type: ignore[union-attr]
    title = re.search(r"^title: (.*)$", en.read_text(encoding="utf-8"), re.MULTILINE).group(1).strip('"')  # type: ignore[union-attr]
    assert (s.out / "en" / "stories" / story_id / "index.html").is_file()
    saved = cache_file(s)
    assert title.encode() in saved.read_bytes()
    index = s.out / "pagefind" / "fragment"
    index.mkdir(parents=True)
    (index / "en_1.pf_fragment").write_text(title, encoding="utf-8")  # as the background indexer left it
    saves = s.live.saves
    assert s.save([(Change.modified, s.file(8, "en"))], {s.file(8, "en"): (r"^title:.*$", "title: Edited")})
    assert s.live.saves == saves  # nothing left the site: the cache is saved later
    assert (index / "en_1.pf_fragment").is_file()  # nor the search index, re-made in the background
    assert s.save([(Change.modified, cy)], {cy: (r"status: given", "status: withdrawn")})
    assert s.live.quick == 2 and s.live.saves == saves + 1
    assert title.encode() not in saved.read_bytes()  # the cache does not outlive the withdrawal
    assert not (s.out / "pagefind").exists()  # nor does the search index
    assert not (s.out / "en" / "stories" / story_id).exists()
    assert not any(title.encode() in data for data in site_files(s.out).values())
    s.assert_as_clean()


def test_an_identifying_detail_takes_the_story_out_and_shows_the_error_page(session: Session) -> None:
    s = session
    en = s.file(6, "en")
    story_id = re.search(r"^id: (.*)$", en.read_text(encoding="utf-8"), re.MULTILINE).group(1)  # type: ignore[union-attr]
    assert (s.out / "en" / "stories" / story_id / "index.html").is_file()
    detail = r"\1Call her on 07700 900123 or write to 12 Heol y Bryn, Abertawe SA1 1AA. "
    assert not s.save([(Change.modified, en)], {en: (r"\A(---\n(?:.*\n)*?---\n)", detail)})
    assert s.preview.error_page is not None and b"07700" not in site_files(s.out).get(
        f"en/stories/{story_id}/index.html", b""
    )
    assert not (s.out / "en" / "stories" / story_id).exists()
    assert not any(b"07700 900123" in data for data in site_files(s.out).values())
    # Fixed: the next save builds in full (the failed one is not followed) and the story is back.
    full = s.live.full
    assert s.save([(Change.modified, en)], {en: (r"Call her on .*?SA1 1AA\. ", "")})
    assert s.live.full == full + 1 and s.preview.error_page is None
    assert (s.out / "en" / "stories" / story_id / "index.html").is_file()
    s.assert_as_clean()


def test_only_story_files_written_again_are_followed(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "stories" / "a").mkdir(parents=True)
    story = content / "stories" / "a" / "one.en.md"
    story.write_text("x", encoding="utf-8")
    (content / "site.yaml").write_text("x", encoding="utf-8")
    (content / "panels").mkdir()
    (content / "panels" / "p.yaml").write_text("x", encoding="utf-8")
    assert story_files([(Change.modified, str(story))], content) == ["stories/a/one.en.md"]
    assert story_files([(Change.added, str(story))], content) == ["stories/a/one.en.md"]  # a safe save
    assert story_files([(Change.added, str(story)), (Change.deleted, str(story))], content) is None
    assert story_files([(Change.deleted, str(story))], content) is None
    assert story_files([(Change.modified, str(content / "site.yaml"))], content) is None
    assert story_files([(Change.modified, str(content / "panels" / "p.yaml"))], content) is None
    assert story_files([(Change.modified, str(content / "stories" / "a" / "gone.en.md"))], content) is None
    (content / "stories" / "a" / "photo.jpg").write_bytes(b"x")
    assert story_files([(Change.modified, str(content / "stories" / "a" / "photo.jpg"))], content) is None
    link = content / "stories" / "a" / "two.en.md"
    link.symlink_to(story)
    assert story_files([(Change.modified, str(link))], content) is None


def test_job_keys_kept_between_builds_are_the_keys_made_afresh() -> None:
    """The keys serve's cache remembers from the last build are what job_key gives for the digests now."""
    from storysite.incremental.cache import BuildCache
    from storysite.incremental.jobs import job_key, job_keys
    from storysite.render.jobs import Job

    cache = BuildCache(None, "print")
    jobs = [
        Job(("story", "-", "-"), ("a",), lambda: None),
        Job(("story", "previous", "-"), ("b", "a"), lambda: None),
        Job(("listing", "en", "themes", "care"), ("a", "b", "c"), lambda: None),
        Job(("listing", "en", "themes", "home"), ("c",), lambda: None),
    ]
    cache.story_digests = {"a": "1", "b": "2"}  # c has no digest yet: its jobs have no key
    assert job_keys(jobs, cache) == [job_key(job, cache) for job in jobs]
    assert job_keys(jobs, cache)[3] is None
    for digests in ({"a": "1", "b": "2", "c": "3"}, {"a": "9", "b": "2", "c": "3"}, {"b": "2", "c": "3"}):
        cache.story_digests = dict(digests)
        assert job_keys(jobs, cache) == [job_key(job, cache) for job in jobs]
        assert job_keys(jobs, cache) == [job_key(job, cache) for job in jobs]  # from memory this time
    cache.story_digests["c"] = "4"  # changed in place, as the check does
    assert job_keys(jobs, cache) == [job_key(job, cache) for job in jobs]


def test_a_save_that_changes_what_the_overview_and_search_page_count_gives_the_pages_of_a_clean_build(
    session: Session,
) -> None:
    """The counts kept from the last build (incremental.recall) are made again when a saved story's
    service, wellbeing areas or outcome change, and kept when only its title does."""
    s = session
    cy = s.file(7, "cy")
    steps = [
        {cy: (r"^service: .*$", "service: reablement")},
        {cy: (r"^wellbeing: .*$", "wellbeing: [rights, health]")},
        {s.file(7, "en"): (r"^title:.*$", "title: Counted the same")},
        {cy: (r"^client_group: .*$", "client_group: older-people")},
    ]
    for number, edit in enumerate(steps):
        before = s.live.quick
        assert s.save([(Change.modified, path) for path in edit], edit), number
        assert s.live.quick == before + 1, number
        s.assert_as_clean()
