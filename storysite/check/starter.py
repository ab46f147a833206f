"""The check that a library made by `storysite init` no longer shows the starter's placeholders."""

from __future__ import annotations

from pathlib import Path

from storysite import LANGUAGES
from storysite.check.config import SiteConfig
from storysite.findings import Finding, Span, warning
from storysite.i18n.messages import msg

STARTER_ORGANISATION = {"cy": "Enw eich sefydliad", "en": "Your organisation's name"}
"""The organisation's name `storysite init` writes in site.yaml, for the practitioner to replace."""


def starter_leftovers(config: SiteConfig, site_yaml: Path, shown: str) -> list[Finding]:
    """A warning while site.yaml still names the organisation as `init` wrote it (it is in every page's footer)."""
    left = [lang for lang in LANGUAGES if config.organisation.get(lang) == STARTER_ORGANISATION[lang]]
    if not left:
        return []
    line, column = 1, 1
    try:
        for number, text in enumerate(site_yaml.read_text(encoding="utf-8").split("\n"), start=1):
            if text.startswith("organisation:"):
                line = number
                break
    except (OSError, UnicodeDecodeError):  # read once already; where it is only helps
        pass
    return [
        warning(
            Span(shown, line, column, len("organisation")),
            "site.placeholder",
            msg(
                "The organisation's name is still the example's ({name}), and it is shown in every page's "
                "footer: write your organisation's name in `organisation` in site.yaml, in Welsh and English.",
                name=" / ".join(f"`{config.organisation[lang]}`" for lang in left),
            ),
        )
    ]
