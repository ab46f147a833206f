"""What the search page offers to browse by: filter groups, the months of the date range, each story's sort title.

The page's address names filters by language-neutral keys (`?wellbeing=health&sort=oldest`), so that the
language switch carries a view to the same view in the other language; each story page gives Pagefind the same
keys as filters named `by-<group>` (themes/default/templates/partials/story_browse_data.html).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from storysite.check.config import SiteConfig
from storysite.model import Story
from storysite.render.jobs import Memo, recalled
from storysite.vocabulary import N_, OUTCOME_LABELS, OUTCOMES, STORY_TYPES, TYPE_LABELS


@dataclass(frozen=True)
class Group:
    """One group of filters: its address parameter, its heading in the page's language, and for each value its
    key, label and number of published stories (shown before any search narrows them)."""

    param: str
    name: str
    values: tuple[tuple[str, str, int], ...]


# address parameter → heading (the same words as the story pages' Pagefind filters), what a story has
GROUPS: dict[str, tuple[str, Callable[[Story], Iterable[str]]]] = {
    "type": (N_("Type"), lambda s: (s.type,)),
    "wellbeing": (N_("Wellbeing"), lambda s: s.wellbeing),
    "theme": (N_("Theme"), lambda s: s.themes),
    "service": (N_("Service"), lambda s: (s.service,) if s.service else ()),
    "client-group": (N_("Who the story is about"), lambda s: (s.client_group,) if s.client_group else ()),
    "domain": (N_("Domain of change"), lambda s: (s.msc_domain,) if s.msc_domain else ()),
    "outcome": (N_("Outcome"), lambda s: (s.outcome,) if s.outcome else ()),
    "year": (N_("Year"), lambda s: (str(s.date.year),)),
}


def count_keys(stories: list[Story], keys: Callable[[Story], Iterable[str]]) -> Counter[str]:
    """How many stories have each key (a story counts once per key)."""
    return Counter(key for story in stories for key in set(keys(story)))


def same_keys(keys: Callable[[Story], Iterable[str]], a: Story, b: Story) -> bool:
    """Whether two stories count for the same keys."""
    return set(keys(a)) == set(keys(b))


def browse_counts(stories: list[Story], memo: Memo | None = None) -> dict[str, Counter[str]]:
    """How many published stories have each key of each group: the same in both languages.

    `memo` keeps the counts for the next build in this process (serve), when they are made of the same stories.
    """
    return {
        param: recalled(memo, ("browse", param), stories, partial(count_keys, stories, keys), partial(same_keys, keys))
        for param, (_, keys) in GROUPS.items()
    }


def browse_groups(
    counts: dict[str, Counter[str]],
    config: SiteConfig,
    gettext: Callable[[str], str],
    label: Callable[[str, str], str],
) -> list[Group]:
    """Every group with a value some published story has (browse_counts), its values in site.yaml's order
    (years newest first).

    `label(taxonomy, key)` names a key of a site.yaml taxonomy in the page's language.
    """
    orders: dict[str, Iterable[str]] = {
        "type": STORY_TYPES,
        "wellbeing": config.wellbeing,
        "theme": config.themes,
        "service": config.services,
        "client-group": config.client_groups,
        "domain": config.msc_domains,
        "outcome": OUTCOMES,
    }
    labels: dict[str, Callable[[str], str]] = {
        "type": lambda key: gettext(TYPE_LABELS[key][0]),
        "outcome": lambda key: gettext(OUTCOME_LABELS[key]),
        "year": lambda key: key,
        "wellbeing": lambda key: label("wellbeing", key),
        "theme": lambda key: label("themes", key),
        "service": lambda key: label("services", key),
        "client-group": lambda key: label("client_groups", key),
        "domain": lambda key: label("msc_domains", key),
    }
    groups = []
    for param, (heading, _) in GROUPS.items():
        count = counts[param]
        order = sorted(count, reverse=True) if param == "year" else [k for k in orders[param] if k in count]
        if order:
            values = tuple((key, labels[param](key), count[key]) for key in order)
            groups.append(Group(param, gettext(heading), values))
    return groups


def months(stories: list[Story]) -> list[dt.date]:
    """Every month from the earliest story gathered to the latest (the first of each), for the date range."""
    if not stories:
        return []
    first = min(s.date for s in stories).replace(day=1)
    last = max(s.date for s in stories).replace(day=1)
    found = []
    while first <= last:
        found.append(first)
        first = (first + dt.timedelta(days=32)).replace(day=1)
    return found


def title_key(title: str) -> str:
    """A title as Pagefind sorts it and search.js compares it: without accents or case, so that Ŵ sorts with W."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", title) if not unicodedata.combining(c))
    words = plain.casefold().split()
    return " ".join(words).lstrip("\"'‘’“”«»([¿¡-–— ")
