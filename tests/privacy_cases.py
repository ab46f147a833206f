"""What the identifying-details tests of each round ask of scan_text: a detail found where it is, and a text
that holds none."""

from __future__ import annotations

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
