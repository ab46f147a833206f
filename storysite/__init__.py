"""storysite: bilingual static sites for social-care story libraries, fail-closed on consent."""

__version__ = "0.1.0"

LANGUAGES: tuple[str, ...] = ("cy", "en")
"""Site languages, Welsh first: Welsh is never second."""
