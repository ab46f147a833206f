"""Render the MSC panel pages: the list, each panel's page and its printable pack."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

from storysite import LANGUAGES
from storysite.check.panels import Panel
from storysite.digests import digest

# A story whose own text already has a section on why the change matters prints it once, not again from
# msc.why_significant (a heading that starts "Why" or, in Welsh, "Pam").
WHY_HEADING = re.compile(r"<h[2-6][^>]*>\s*(?:why|pam)\b", re.IGNORECASE)


class Choice(NamedTuple):
    """A panel that chose a story, and whether its reasons may be shown with the choice."""

    panel: Panel
    reasons: bool


PACK_SIZES = "(min-width: 48rem) 46rem, calc(100vw - 2rem)"


def pack_item(renderer: Any, story: Any, lang: str, url: Callable[[str], str] | None = None) -> dict[str, Any]:
    """A story as the printable pack shows it: its card, its body and whether to print why_significant.

    With `url` (the pack page's links), the body shows the photos the audience may see; without, none.
    """
    content_lang = story.version(lang).lang
    if url is None:
        body = renderer.body(story, content_lang)
    else:
        body = renderer.photo_body(story, content_lang, url, PACK_SIZES)
    return {**renderer.card(story, lang), "body": body, "why_in_body": WHY_HEADING.search(body) is not None}


def panel_stories(panel: Panel, by_id: Mapping[str, Any]) -> tuple[list[Any], list[Any]]:
    """The considered and selected items that are published (present in `by_id`), in the panel's order."""
    considered = [by_id[i] for i in panel.considered if i in by_id]
    selected = [by_id[i] for i in panel.selected if i in by_id]
    return considered, selected


def reasons_shown(panel: Panel, by_id: Mapping[str, Any]) -> bool:
    """Whether the panel's reasons may be shown: every story it chose is published, and every one they mention."""
    chosen = bool(panel.selected) and all(story_id in by_id for story_id in panel.selected)
    return chosen and not any(story_id not in by_id for story_id in panel.mentions)


def selection_history(panels: Sequence[Panel], by_id: Mapping[str, Any]) -> dict[str, list[Choice]]:
    """Each published story's choices by the panels the audience sees (their pages exist), earliest first.

    `panels` are those the site shows (visible_panels); a story not in `by_id` gets no history, and a
    panel's reasons go with a choice only where its own page shows them (reasons_shown).
    """
    history: dict[str, list[Choice]] = {}
    for panel in sorted(panels, key=lambda p: (p.date, p.id)):
        shown = reasons_shown(panel, by_id)
        for story_id in panel.selected:
            if story_id in by_id:
                history.setdefault(story_id, []).append(Choice(panel, shown))
    return history


def history_key(choices: Sequence[Choice]) -> tuple[str, ...]:
    """What a story page shows of its choices, for its cache key: a panel edited makes the page again."""
    return tuple(
        digest(
            c.panel.id,
            c.panel.date.isoformat(),
            *c.panel.title.values(),
            *(c.panel.reasons.values() if c.reasons else ()),
        )
        for c in choices
    )


def render_panels(renderer: Any, lang: str) -> None:
    """Render the list of panels, each panel's page and its printable pack, in one language.

    Only stories in `renderer.by_id` (those published to the audience) appear. The panel's
    reasons are shown only when every selected story is published, since they discuss it, and
    every considered story they mention too (fail closed: `panel.mentions` errs towards finding one).
    """
    entries = []
    for panel in renderer.model.panels:
        considered, selected = panel_stories(panel, renderer.by_id)
        selected_shown = bool(selected) and len(selected) == len(panel.selected)
        mentions_hidden = any(story_id not in renderer.by_id for story_id in panel.mentions)
        entries.append(
            {
                "panel": panel,
                "considered": [renderer.card(s, lang) for s in considered],
                "selected": [renderer.card(s, lang) for s in selected],
                "show_reasons": reasons_shown(panel, renderer.by_id),
                "reasons_mention_unpublished": selected_shown and mentions_hidden,
                "pack": [
                    pack_item(renderer, s, lang, renderer.links(f"{lang}/panels/{panel.id}/pack/index.html"))
                    for s in considered
                ],
                "earlier": [p for p in renderer.model.panels if p.id in panel.from_panels],
            }
        )
    renderer.render(
        "panels.html", f"{lang}/panels/index.html", lang, {x: f"{x}/panels/" for x in LANGUAGES}, entries=entries
    )
    for entry in entries:
        base = f"panels/{entry['panel'].id}/"
        renderer.render("panel.html", f"{lang}/{base}index.html", lang, {x: f"{x}/{base}" for x in LANGUAGES}, **entry)
        renderer.render(
            "pack.html", f"{lang}/{base}pack/index.html", lang, {x: f"{x}/{base}pack/" for x in LANGUAGES}, **entry
        )
