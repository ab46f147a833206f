"""A story's body as HTML and its search words: made here and only here."""

from __future__ import annotations

from typing import Any

from storysite.content import markdown
from storysite.model import StoryVersion
from storysite.render.search_words import search_words


def story_body(version: StoryVersion, tokens: list[Any]) -> tuple[str, str]:
    """A version's body as HTML, and its search words, from its parsed Markdown (the check parsed it already)."""
    words = search_words(markdown.plain_text(tokens) + " " + (version.title or ""), version.lang)
    return markdown.render(tokens), words


def page_text(version: StoryVersion) -> tuple[str, str]:
    """story_body from the version's text (a cached story is kept without its HTML and search words)."""
    return story_body(version, markdown.parse(version.body))
