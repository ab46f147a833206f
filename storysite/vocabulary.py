"""The words storysite's parts share, each said once: story types, outcomes, taxonomies, markers."""

from __future__ import annotations

import re


def N_(message: str) -> str:  # noqa: N802 - the gettext convention, so pybabel extracts these
    """Mark a string for translation without translating it here."""
    return message


STORY_TYPES = ("magic-moment", "case-study", "msc-story")
TYPE_LABELS = {  # each type's name, one and many
    "magic-moment": (N_("Magic Moment"), N_("Magic Moments")),
    "case-study": (N_("Case study"), N_("Case studies")),
    "msc-story": (N_("Most Significant Change story"), N_("Most Significant Change stories")),
}
TYPE_PREFIXES = {"magic-moment": "mm", "case-study": "cs", "msc-story": "msc"}  # a new story's id starts so
TYPE_FOLDERS = {"magic-moment": "magic-moments", "case-study": "case-studies", "msc-story": "msc-stories"}

OUTCOMES = ("positive", "mixed", "not-as-intended")
OUTCOME_LABELS = {
    "positive": N_("Went well"),
    "mixed": N_("Mixed"),
    "not-as-intended": N_("Not as intended"),
}

TAXONOMIES = ("wellbeing", "themes", "services", "client_groups", "msc_domains", "audiences")  # in site.yaml

PLACEHOLDER_MARKERS = {"en": "TODO:", "cy": "I'W LENWI:"}
"""What `storysite new` writes before each thing a practitioner must fill in, by the file's language."""
PLACEHOLDER_RE = re.compile(r"(?:TODO|I[’']W LENWI):")
"""Either marker, with the Welsh one's apostrophe typed straight or curly."""

SITE_MARKER = ".storysite"
"""The file that marks a folder as a site storysite built: only such a folder is ever replaced or emptied."""
SITE_MARKER_TEXT = b"This folder is built by storysite; the next build replaces it whole.\n"
