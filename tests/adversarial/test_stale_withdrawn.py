"""A story withdrawn while another has an error: the failed build still takes it out of the cache and the preview.

The build writes no site while any story has an error (the live site stays as it was: README, Guarantees),
but the build cache and `storysite serve`'s preview are storysite's own copies of story text, and a
failure must not keep a withdrawn story in them.
"""

from __future__ import annotations

import gzip
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SITE_YAML, TODAY, story_text

from storysite.build import build_site

WORDS = ("zorbulent", "quindlemarsh")  # in story A only: its title and body
A_BODY = f"Dai found the {WORDS[0]} teapot by the {WORDS[1]} gate."


def a_story(lang: str, **change: str) -> str:
    return story_text("mm-2026-010", lang=lang, title=f"The {WORDS[0]} teapot", body=A_BODY, **change)


def library_files() -> dict[str, str]:
    files = {}
    for lang in ("cy", "en"):
        files[f"stories/a.{lang}.md"] = a_story(lang)
        files[f"stories/b.{lang}.md"] = story_text("mm-2026-020", lang=lang, title="Bread on Tuesdays")
        files[f"stories/c.{lang}.md"] = story_text("mm-2026-030", lang=lang, title="Pancakes at the harbour")
    return files


# How story A stops being publishable to any audience.
def withdrawn(content: Path) -> None:
    for lang in ("cy", "en"):
        (content / f"stories/a.{lang}.md").write_text(a_story(lang, status="withdrawn"), encoding="utf-8")


def pending(content: Path) -> None:
    for lang in ("cy", "en"):
        (content / f"stories/a.{lang}.md").write_text(a_story(lang, status="pending"), encoding="utf-8")


def deleted(content: Path) -> None:
    for lang in ("cy", "en"):
        (content / f"stories/a.{lang}.md").unlink()


def broken_itself(content: Path) -> None:
    for lang in ("cy", "en"):
        (content / f"stories/a.{lang}.md").write_text(a_story(lang, status="maybe"), encoding="utf-8")


# How another story (or the site settings) makes the whole build fail.
def bad_yaml(content: Path) -> None:
    (content / "stories/b.en.md").write_text("---\nid: [unclosed\n---\nText.\n", encoding="utf-8")


def bad_schema(content: Path) -> None:
    text = story_text("mm-2026-020", lang="en", title="Bread on Tuesdays", story_type="no-such-type")
    (content / "stories/b.en.md").write_text(text, encoding="utf-8")


def bad_site(content: Path) -> None:
    (content / "site.yaml").write_text(SITE_YAML + "page_size: [\n", encoding="utf-8")


UNPUBLISH = [withdrawn, pending, deleted, broken_itself]
FAIL = [bad_yaml, bad_schema, bad_site]


def cache_bytes(cache: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(cache.rglob("*")) if p.is_file())


def holds_a(data: bytes) -> list[str]:
    return [word for word in WORDS if word.encode() in data]


@pytest.mark.parametrize("fail", FAIL, ids=lambda f: f.__name__)
@pytest.mark.parametrize("unpublish", UNPUBLISH, ids=lambda f: f.__name__)
def test_a_failed_build_drops_an_unpublishable_story_from_the_cache(
    make_library: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unpublish: Callable[[Path], None],
    fail: Callable[[Path], None],
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(cache))
    content = make_library(library_files())
    out = tmp_path / "_site"
    assert build_site(content, "content", out, today=TODAY, index=False).out == out
    assert holds_a(cache_bytes(cache)), "the test needs A in the cache to begin with"
    assert b"mm-2026-010" in cache_bytes(cache)

    unpublish(content)
    fail(content)
    result = build_site(content, "content", out, today=TODAY, index=False)
    assert result.out is None, "the build should have failed"
    assert holds_a(cache_bytes(cache)) == [], f"the cache kept story A's text after {unpublish.__name__}"
    assert b"Pancakes at the harbour" in cache_bytes(cache) or fail is bad_site, "the cache lost a publishable story"

    # Once the other error is fixed, the next build publishes without A, and nothing in the cache names it.
    (content / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    for lang in ("cy", "en"):
        (content / f"stories/b.{lang}.md").write_text(
            story_text("mm-2026-020", lang=lang, title="Bread on Tuesdays"), encoding="utf-8"
        )
    if unpublish is broken_itself:
        deleted(content)  # its own error would fail the build too
    assert build_site(content, "content", out, today=TODAY, index=False).out == out
    assert not list(out.rglob("*mm-2026-010*")), "story A's pages are still in the site"
    assert b"mm-2026-010" not in cache_bytes(cache), "the build cache still names story A"


def test_the_cache_saved_after_a_failure_still_serves_the_next_build(
    make_library: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages kept after the failure are used again, and the build after it matches one from scratch."""
    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(tmp_path / "cache"))
    content = make_library(library_files())
    out = tmp_path / "_site"
    assert build_site(content, "content", out, today=TODAY, index=False).out == out
    withdrawn(content)
    bad_schema(content)
    assert build_site(content, "content", out, today=TODAY, index=False).out is None
    (content / "stories/b.en.md").write_text(
        story_text("mm-2026-020", lang="en", title="Bread on Tuesdays"), encoding="utf-8"
    )
    assert build_site(content, "content", out, today=TODAY, index=False).out == out
    fresh = tmp_path / "fresh"
    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(tmp_path / "cache2"))
    assert build_site(content, "content", fresh, today=TODAY, index=False).out == fresh
    pages = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    expected = {p.relative_to(fresh).as_posix(): p.read_bytes() for p in fresh.rglob("*") if p.is_file()}
    assert pages == expected
    assert not holds_a(b"".join(pages.values()))


def preview_text(out: Path) -> bytes:
    """Every file of the preview, Pagefind's gzip'd ones decompressed."""
    parts = []
    for path in sorted(out.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            parts.append(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data)
    return b"\n".join(parts)


def out_of_scope(content: Path) -> None:
    for lang in ("cy", "en"):
        (content / f"stories/a.{lang}.md").write_text(a_story(lang, scope="[public]"), encoding="utf-8")


@pytest.mark.parametrize("fail", [*FAIL, "unexpected"], ids=lambda f: getattr(f, "__name__", f))
@pytest.mark.parametrize("unpublish", [*UNPUBLISH, out_of_scope], ids=lambda f: f.__name__)
def test_serve_restarted_on_an_old_preview_with_an_error_serves_nothing_of_a_withdrawn_story(
    make_library: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unpublish: Callable[[Path], None],
    fail: Callable[[Path], None] | str,
) -> None:
    from storysite.output.in_place import InPlaceWriter
    from storysite.serve import watch as serve
    from storysite.serve.server import Preview
    from storysite.serve.watch import Indexer, rebuild

    monkeypatch.setenv("STORYSITE_CACHE_DIR", str(tmp_path / "cache"))
    content = make_library(library_files())
    out = tmp_path / "_preview"
    assert build_site(content, "content", out, today=TODAY).out == out  # the preview a serve left, index and all
    before = preview_text(out)
    assert holds_a(before) == list(WORDS) and b"stories/mm-2026-010/" in (out / "en/feed.xml").read_bytes()

    unpublish(content)
    if fail == "unexpected":  # the build stops on a bug: nothing is known to be publishable

        def bug(*args: object, **kwargs: object) -> object:
            raise RuntimeError("simulated")

        monkeypatch.setattr(serve, "build_site", bug)
    else:
        fail(content)  # type: ignore[operator]
    writer, indexer = InPlaceWriter(out), Indexer(out)  # a serve started again on that folder
    preview = Preview(out)
    try:
        assert rebuild(content, "content", "intranet", preview, indexer, writer) is False
        assert preview.error_page is not None
        found = holds_a(preview_text(out))
        assert found == [], f"the preview kept story A ({found}) after {unpublish.__name__}"
        assert not (out / "en/stories/mm-2026-010").exists()
        assert b"mm-2026-010" not in preview_text(out)
        if fail != "unexpected" and fail is not bad_site:
            # C's page shows A among its related stories, so it goes; a page that shows no story stays.
            assert (out / "en/accessibility/index.html").is_file(), "a page that shows no story went too"
    finally:
        indexer.stop()
        shutil.rmtree(out, ignore_errors=True)
