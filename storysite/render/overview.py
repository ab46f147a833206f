"""The overview for managers: counts of published stories, as inline SVG bar charts with data tables."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from html import escape
from typing import Any

from markupsafe import Markup

from storysite import LANGUAGES
from storysite.check.config import WELLBEING_KEYS, SiteConfig
from storysite.i18n.catalogs import translations
from storysite.model import Story
from storysite.render.jobs import recalled
from storysite.render.page import Page
from storysite.vocabulary import N_, OUTCOME_LABELS, OUTCOMES, STORY_TYPES, TYPE_LABELS

ROW = 46  # height of one bar's row in SVG units (one unit is one CSS pixel at full size)
WIDTH = 480
BAR_SPACE = 420  # the longest bar; the rest of the width holds its count


# chart key → heading, heading of the table's first column, heading of its count column
CHARTS = {
    "wellbeing": (N_("Stories by area of wellbeing"), N_("Area of wellbeing"), N_("Stories")),
    "types": (N_("Stories by type"), N_("Type of story"), N_("Stories")),
    "outcomes": (N_("Case studies by outcome"), N_("Outcome"), N_("Case studies")),
    "services": (N_("Stories by service"), N_("Service"), N_("Stories")),
    "years": (N_("Stories by year gathered"), N_("Year"), N_("Stories")),
    "impact-areas": (
        N_("Areas of wellbeing most often reported in impact tables"),
        N_("Area of wellbeing"),
        N_("Case studies"),
    ),
}


@dataclass(frozen=True)
class Chart:
    """One count: headings, labelled rows, and the SVG drawn from them."""

    key: str
    heading: str
    column: str
    unit: str
    rows: tuple[tuple[str, int], ...]

    @property
    def svg(self) -> Markup:
        return bar_chart(self)


def impact_areas(story: Story) -> set[str]:
    """Wellbeing areas named in a case study's impact table, in any language version."""
    return {row.area for version in story.versions.values() for row in version.impact if row.area}


def counted(story: Story) -> tuple[object, ...]:
    """All that overview_counts reads of a story."""
    return (story.wellbeing, story.type, story.outcome, story.service, story.date.year, impact_areas(story))


def overview_counts(stories: list[Story]) -> tuple[Counter[str], ...]:
    """The counts the overview's charts show, which are the same in both languages.

    One pass over the stories (each key counted once a story), not one a count: the whole library's, each
    year's and each service's counts are made on every build.
    """
    wellbeing: list[str] = []
    types: list[str] = []
    outcomes: list[str] = []
    services: list[str] = []
    years: list[str] = []
    areas: list[str] = []
    for story in stories:
        wellbeing.extend(set(story.wellbeing))
        types.append(story.type)
        years.append(str(story.date.year))
        if story.service:
            services.append(story.service)
        if story.type == "case-study":
            if story.outcome:
                outcomes.append(story.outcome)
            areas.extend(impact_areas(story))
    return Counter(wellbeing), Counter(types), Counter(outcomes), Counter(services), Counter(years), Counter(areas)


def overview_charts(
    stories: list[Story],
    config: SiteConfig,
    label: Callable[[str, str], str],
    gettext: Callable[[str], str],
    counts: tuple[Counter[str], ...] | None = None,
) -> list[Chart]:
    """Every chart of the overview page; `stories` must be those published to the audience.

    `label(dimension, key)` names a key: dimensions are wellbeing, types, outcomes and services.
    """
    wellbeing, types, outcomes, services, years, areas = counts or overview_counts(stories)
    rows = {
        "wellbeing": [(label("wellbeing", k), wellbeing[k]) for k in config.wellbeing],
        "types": [(label("types", k), types[k]) for k in STORY_TYPES],
        "outcomes": [(label("outcomes", k), outcomes[k]) for k in OUTCOMES],
        "services": [(label("services", k), services[k]) for k in config.services],
        "years": [(year, years[year]) for year in sorted(years)],
        "impact-areas": [
            (label("wellbeing", k), n)
            for k, n in sorted(areas.items(), key=lambda item: (-item[1], WELLBEING_KEYS.index(item[0])))
        ],
    }
    charts = []
    for key, (heading, column, unit) in CHARTS.items():
        charts.append(Chart(key, gettext(heading), gettext(column), gettext(unit), tuple(rows[key])))
    return charts


@dataclass(frozen=True)
class Scope:
    """Which stories one overview counts: the whole library, one year gathered or one service."""

    folder: str  # below {lang}/overview/: "" for the whole library, "years/2025/", "services/reablement/"
    kind: str  # "all" | "year" | "service"
    key: str  # the year or the service's key ("" for the whole library)
    stories: tuple[Story, ...]


def overview_scopes(stories: list[Story], config: SiteConfig) -> list[Scope]:
    """The whole library's overview, then one per year gathered (oldest first), then one per service with stories."""
    scopes = [Scope("", "all", "", tuple(stories))]
    for year in sorted({s.date.year for s in stories}):
        scopes.append(Scope(f"years/{year}/", "year", str(year), tuple(s for s in stories if s.date.year == year)))
    for service in config.services:
        chosen = tuple(s for s in stories if s.service == service)
        if chosen:
            scopes.append(Scope(f"services/{service}/", "service", service, chosen))
    return scopes


# A chart that would have one row on an overview of one year or one service is left out of it.
LEFT_OUT = {"all": (), "year": ("years",), "service": ("services",)}


def csv_table(chart: Chart) -> bytes:
    """One chart's table as CSV: UTF-8 with a byte order mark (so that Excel reads Welsh letters), headers first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([chart.column, chart.unit])
    writer.writerows(chart.rows)
    return out.getvalue().encode("utf-8-sig")


def render_overview(renderer: Any, lang: str) -> None:
    """Render /{lang}/overview/ for the renderer's published stories, an overview per year and per service,
    and every table of each as a CSV file beside its page."""

    gettext = translations(lang, renderer.model.project).gettext

    def label(dimension: str, key: str) -> str:
        if dimension == "types":
            return gettext(TYPE_LABELS[key][0])
        if dimension == "outcomes":
            return gettext(OUTCOME_LABELS[key])
        return renderer.label(dimension, key, lang)  # type: ignore[no-any-return]

    scopes = renderer.once("overview scopes", lambda: overview_scopes(renderer.stories, renderer.config))
    for scope in scopes:
        stories = list(scope.stories)
        counts = renderer.once(
            ("overview counts", scope.folder),
            lambda s=stories, at=scope.folder: recalled(
                renderer.memo,
                ("overview counts", at),
                s,
                partial(overview_counts, s),
                lambda a, b: counted(a) == counted(b),
            ),
        )
        charts = [
            chart
            for chart in overview_charts(stories, renderer.config, label, gettext, counts)
            if chart.key not in LEFT_OUT[scope.kind]
        ]
        here = f"{lang}/overview/{scope.folder}"
        renderer.render(
            "overview.html",
            f"{here}index.html",
            lang,
            {x: f"{x}/overview/{scope.folder}" for x in LANGUAGES},
            charts=charts,
            total=len(stories),
            scope=scope,
            scopes=scopes,
            scope_name=str(scope.key) if scope.kind != "service" else label("services", scope.key),
        )
        for chart in charts:
            if chart.rows:
                renderer.pages.append(Page(f"{here}{chart.key}.csv", csv_table(chart)))


def bar_chart(chart: Chart) -> Markup:
    """A horizontal bar chart as inline SVG, with a <title> and a <desc> that say every figure."""
    biggest = max((count for _, count in chart.rows), default=0) or 1
    height = max(len(chart.rows), 1) * ROW + 8
    title_id, desc_id = f"chart-{chart.key}-title", f"chart-{chart.key}-desc"
    desc = "; ".join(f"{name}: {count}" for name, count in chart.rows)
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'preserveAspectRatio="xMinYMin meet" aria-labelledby="{title_id} {desc_id}" font-size="16" '
        'font-family="system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif">',
        f'<title id="{title_id}">{escape(chart.heading)}</title>',
        f'<desc id="{desc_id}">{escape(desc)}</desc>',
    ]
    for index, (name, count) in enumerate(chart.rows):
        top = index * ROW
        width = round(BAR_SPACE * count / biggest, 1)
        parts.append(
            f'<g class="chart-row" aria-hidden="true">'
            f'<text class="chart-label" x="0" y="{top + 15}" fill="#1b1b1f">{escape(name)}</text>'
            f'<rect class="chart-bar" x="0" y="{top + 21}" width="{width}" height="16" fill="#00594f"></rect>'
            f'<text class="chart-count" x="{width + 6}" y="{top + 34}" fill="#1b1b1f">{count}</text></g>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
