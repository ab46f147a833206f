"""What the identifying-details tests of each round ask of scan_text: a detail found where it is, and a text
that holds none."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from storysite.privacy import scan_text


def assert_flagged(lang: str, text: str, category: str, words: str) -> None:
    """scan_text finds a `category` detail over `words` (the first place they occur in `text`)."""
    found = scan_text(text, lang)
    at = text.index(words)
    hits = [d for d in found if d.category == category and d.start < at + len(words) and at < d.end]
    assert hits, f"expected {category} over {words!r}; got {[(d.category, d.text) for d in found]}"


def assert_nothing_but_names(lang: str, text: str) -> None:
    """scan_text finds nothing in `text` but, perhaps, people's names (other tests judge those)."""
    found = [d for d in scan_text(text, lang) if d.category != "person-name"]
    assert not found, [(d.category, d.text) for d in found]


def found_in(text: str, lang: str) -> set[tuple[str, str]]:
    """(category, words as written) of every detail scan_text finds in `text`."""
    return {(d.category, d.text) for d in scan_text(text, lang)}


def words_of(category: str, text: str, lang: str) -> list[str]:
    """The words of each `category` detail scan_text finds in `text`."""
    return [d.text for d in scan_text(text, lang) if d.category == category]


def has_words(category: str, text: str, lang: str, words: str) -> None:
    """Assert that scan_text finds a `category` detail holding `words`, showing what it found if not."""
    found = words_of(category, text, lang)
    assert any(words in w for w in found), found


def lacks_words(category: str, text: str, lang: str, words: str) -> None:
    """Assert that no `category` detail scan_text finds holds `words`, showing what it found if one does."""
    found = words_of(category, text, lang)
    assert not any(words in w for w in found), found


def found_over(category: str, text: str, lang: str, words: str) -> bool:
    """Does scan_text find a `category` detail whose words hold `words`?"""
    return any(words in found for found in words_of(category, text, lang))


def categories_in(text: str, lang: str) -> set[str]:
    """The categories of the details scan_text finds in `text`."""
    return {d.category for d in scan_text(text, lang)}


def story_findings(make_library: Callable[..., Path], body: str, lang: str = "en") -> set[tuple[str, str]]:
    """(category, words) of the build's errors for a one-story library with `body`: names tracked across it too."""
    from conftest import TODAY, story_text

    from storysite.build import build_site

    content = make_library({f"stories/a.{lang}.md": story_text("mm-2026-001", body=body, lang=lang)})
    result = build_site(content, "content", content.parent / "site", today=TODAY)
    return {(f.category, f.text) for f in result.library.findings if f.is_error}
