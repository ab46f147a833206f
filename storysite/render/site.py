"""Render the site model into pages: pure, no disk writes (templates are read through Jinja2)."""

from __future__ import annotations

import datetime as dt
import posixpath
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from html import escape
from pathlib import Path
from typing import Any, NamedTuple

import jinja2
from markupsafe import Markup
from markupsafe import escape as html_escape

from storysite import LANGUAGES
from storysite.check.config import SiteConfig
from storysite.check.library import with_text
from storysite.check.panels import Panel
from storysite.i18n.catalogs import month_name, month_year, translations
from storysite.model import Story, StoryPhoto, newly_published
from storysite.render.browse import browse_counts, browse_groups, months, title_key
from storysite.render.chrome import Fragments
from storysite.render.jobs import Job, JobRunner, Memo, run_here
from storysite.render.links import Shared, linker
from storysite.render.overview import render_overview
from storysite.render.page import Page
from storysite.render.panel_pages import history_key, render_panels, selection_history
from storysite.render.photos import (
    STORY_SIZES,
    NoStore,
    PhotoStore,
    card_photo_html,
    first_alt,
    photo_pages,
    place_photos,
    strip_markers,
)
from storysite.render.story_body import page_text
from storysite.render.theme import TemplateCache, environment, load_templates, look_again
from storysite.vocabulary import N_, OUTCOME_LABELS, TYPE_LABELS

# URL segment, site.yaml taxonomy (or None for types), heading of its index page
BROWSE = {
    "types": (None, N_("Types of story")),
    "wellbeing": ("wellbeing", N_("Areas of wellbeing")),
    "themes": ("themes", N_("Learning themes")),
    "services": ("services", N_("Services")),
    "client-groups": ("client_groups", N_("Who the story is about")),
    "domains": ("msc_domains", N_("Domains of change")),
}


# The one recommended Content-Security-Policy (README, docs/web-team.md, docs/accessibility.md): Pagefind
# compiles WebAssembly ('wasm-unsafe-eval') and starts a worker; nothing else runs but the site's own scripts.
CSP = (
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; worker-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
)
# In a page's <meta http-equiv>, browsers ignore frame-ancestors (and warn): the same policy without it.
CSP_META = "; ".join(part for part in CSP.split("; ") if not part.startswith("frame-ancestors"))
_CSP_TAG = f'<meta http-equiv="Content-Security-Policy" content="{CSP_META}">'


def with_policy(html: str) -> str:
    """`html` with the Content-Security-Policy meta first in its head, so that no theme can leave it out."""
    if 'http-equiv="Content-Security-Policy"' in html:
        return html
    at = html.find('<meta charset="utf-8">')
    if at >= 0:
        at += len('<meta charset="utf-8">')
    else:
        head = html.find("<head>")
        at = head + len("<head>") if head >= 0 else 0
    return f"{html[:at]}\n{_CSP_TAG}{html[at:]}"


def filter_value(text: object) -> Markup:
    """A Pagefind filter value as page source, escaped three times, so that the search UI shows it as text.

    Pagefind decodes a filter's text twice (the page's entities, then once more: `&amp;lt;` is stored as
    `<`), and its search UI puts the stored value into the page as HTML. Escaped three times, the value
    is stored escaped once, and shown as itself: a `<` never becomes markup.
    """
    once = escape(str(text), quote=False)
    return Markup(escape(escape(once, quote=False), quote=False))


@dataclass(frozen=True)
class SiteModel:
    """Everything one audience's site shows."""

    config: SiteConfig
    stories: list[Story]  # published to this audience only, newest first
    audience: str
    base_url: str = ""
    project: Path | None = None
    panels: tuple[Panel, ...] = ()  # every valid panel; the renderer shows only published stories in them
    texts: Mapping[str, str] = field(default_factory=dict)  # story files' texts by shown path (Renderer.body)
    photos: Mapping[str, tuple[StoryPhoto, ...]] = field(default_factory=dict)  # story id → photos shown here


class ListingPage(NamedTuple):
    """One page of a listing: its first page (`period` "") or a page of one period's stories.

    A listing longer than a page is paged by the month (or year) of its stories' dates, so that one
    story more, fewer or edited changes the pages of its own period and the first page, not every page
    after it; the pager changes only when a period is added or emptied (docs/architecture.md, "Listings").
    """

    unit: str  # "month", "year", or "" when the listing fits on its first page
    periods: tuple[str, ...]  # the listing's periods, newest first: "2024-05" (month) or "2024" (year)
    period: str
    number: int  # the page within its period, from 1
    pages: int  # the period's pages
    held: int  # stories in the period (in the whole listing on its first page)

    def path(self, base: str) -> str:
        """The page's folder, below the listing's folder `base`."""
        if not self.period:
            return base
        return f"{base}{self.period}/" + ("" if self.number == 1 else f"{self.number}/")

    def at(self, number: int) -> ListingPage:
        return self._replace(number=number)

    def newer(self) -> ListingPage | None:
        """The page of the stories just newer: the page before in this period, else the newer period's first."""
        if not self.period:
            return None
        if self.number > 1:
            return self.at(self.number - 1)
        at = self.periods.index(self.period)
        return self._replace(period=self.periods[at - 1] if at else "", number=1)

    def older(self) -> ListingPage | None:
        """The page of the stories just older: the next page in this period, else the older period's first."""
        if self.number < self.pages:
            return self.at(self.number + 1)
        at = self.periods.index(self.period) + 1 if self.period else 0
        return self._replace(period=self.periods[at], number=1) if at < len(self.periods) else None


class Sheet(NamedTuple):
    """The stories of one page of a listing, the same in both languages: its period ("" on the first page),
    its number in the period, the period's pages and stories (the whole listing's on the first page)."""

    period: str
    number: int
    pages: int
    held: int
    stories: list[Story]
    ids: tuple[str, ...]


def period_of(story: Story, unit: str) -> str:
    """The period of `story`'s date that a listing paged by `unit` files it under."""
    if unit == "month":
        return f"{story.date.year:04d}-{story.date.month:02d}"
    return f"{story.date.year:04d}" if unit == "year" else ""


def listing_periods(stories: list[Story], page_size: int) -> tuple[str, tuple[str, ...]]:
    """How a listing is paged: by month, by year, or not at all ("" and no periods) when it fits on one page.

    By month when its months would hold half a page or more on average, else by year, so that a small
    listing is not a pager of one-story months. The choice is the library's alone (a clean build and a
    rebuild make the same), and changes only as the listing's size crosses it.
    """
    if len(stories) <= page_size:
        return "", ()
    months = {(d.year, d.month) for d in {s.date for s in stories}}  # each date once: a listing shares many
    if 2 * len(stories) >= page_size * len(months):
        return "month", tuple(f"{year:04d}-{month:02d}" for year, month in sorted(months, reverse=True))
    return "year", tuple(f"{year:04d}" for year in sorted({year for year, _ in months}, reverse=True))


def _period_links(
    base: str, depth: int, unit: str, periods: tuple[str, ...], lang: str, newest: str
) -> tuple[list[str], dict[str, int]]:
    """The pager's items from a page `depth` folders below the listing's `base`, and where each period's is."""
    url = linker(base + "x/" * depth)
    items = [f'<li><a href="{html_escape(url(base))}">{html_escape(newest)}</a></li>']
    at = {"": 0}
    year = ""
    for period in periods:
        href = html_escape(url(f"{base}{period}/"))
        if unit == "year":
            at[period] = len(items)
            items.append(f'<li><a href="{href}">{period}</a></li>')
            continue
        if period[:4] != year:  # the months of each year in a list of their own, under the year
            if year:
                items.append("</ul></li>")
            year = period[:4]
            items.append(f'<li><span class="pager-year">{year}</span><ul>')
        at[period] = len(items)
        name = html_escape(month_name(int(period[5:]), lang))
        items.append(f'<li><a href="{href}">{name}<span class="visually-hidden"> {year}</span></a></li>')
    if year:
        items.append("</ul></li>")
    return items, at


def story_url(lang: str, story_id: str) -> str:
    return f"{lang}/stories/{story_id}/"


class Renderer:
    """Render every page of one site model."""

    def __init__(
        self,
        model: SiteModel,
        memo: Memo | None = None,
        run_jobs: JobRunner = run_here,
        photo_store: PhotoStore | None = None,
    ) -> None:
        self.model = model
        self.memo = memo
        self.run_jobs = run_jobs
        self.photo_store = photo_store or NoStore()
        self.jobs: list[Job] = []  # story and listing pages, rendered together on every core
        self.config = model.config
        self.stories = model.stories
        self.by_id = {s.id: s for s in self.stories}
        self.related = cached_related(self.stories, memo)
        self.history = selection_history(model.panels, self.by_id)  # story id → the panels that chose it
        self.pages: list[Page] = []
        self._cards: dict[tuple[str, str, str, int], Markup] = {}
        self._templates: dict[tuple[str, str], jinja2.Template] = {}
        self._page_texts: dict[tuple[str, str], tuple[str, str]] = {}  # a cached story's, made again once
        self._once: dict[Hashable, Any] = {}
        self._chrome = Fragments()  # the header, navigation and footer, made once for the pages that share them
        self._links: Shared = {}  # links worked out once for the pages of a folder
        self._catalogs = {lang: translations(lang, model.project) for lang in LANGUAGES}
        for lang in LANGUAGES:  # the environments live on between builds (serve): this build's cache, or none
            env = environment(lang, self.config.theme, model.project)
            env.bytecode_cache = TemplateCache(memo, lang) if memo is not None else None
            look_again(env)

    # -- helpers -----------------------------------------------------------------------------
    def label(self, taxonomy: str, key: str, lang: str) -> str:
        if taxonomy == "types":
            return self._catalogs[lang].gettext(TYPE_LABELS[key][1])
        return self.config.taxonomy(taxonomy)[key][lang]

    def terms(self, segment: str) -> dict[str, list[Story]]:
        """Stories under each key of a browse dimension, in site.yaml order (the same in both languages)."""
        return self.once(("terms", segment), lambda: self._group(segment))  # type: ignore[no-any-return]

    def once(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """`make()`, made once a build: for what all languages' pages share."""
        if key not in self._once:
            self._once[key] = make()
        return self._once[key]

    def neighbours(self) -> dict[str, tuple[str | None, str | None]]:
        """Each story's previous and next story of the same type, in the order of the type's listing page."""

        def make() -> dict[str, tuple[str | None, str | None]]:
            found: dict[str, tuple[str | None, str | None]] = {}
            for stories in self.terms("types").values():
                ids = [s.id for s in stories]
                for at, story_id in enumerate(ids):
                    found[story_id] = (ids[at - 1] if at else None, ids[at + 1] if at + 1 < len(ids) else None)
            return found

        return self.once("neighbours", make)  # type: ignore[no-any-return]

    def newest(self) -> list[Story]:
        """The stories by the date each became publishable, newest first ("Latest stories", the feeds)."""
        return self.once("newest", lambda: newly_published(self.stories))  # type: ignore[no-any-return]

    def _group(self, segment: str) -> dict[str, list[Story]]:
        taxonomy = BROWSE[segment][0]
        keys: Iterable[str] = TYPE_LABELS if taxonomy is None else self.config.taxonomy(taxonomy)
        groups: dict[str, list[Story]] = {key: [] for key in keys}
        for story in self.stories:
            for key in story_keys(story, segment):
                if key in groups:
                    groups[key].append(story)
        return groups

    def render(self, template: str, path: str, lang: str, alternates: dict[str, str], **context: Any) -> None:
        here = posixpath.dirname(path)
        url = linker(here, self._links)
        html = self.template(lang, template).render(
            lang=lang,
            other=[x for x in LANGUAGES if x != lang][0],
            languages=LANGUAGES,
            site=self.config,
            url=url,
            alternates=alternates,
            canonical=self.absolute(posixpath.dirname(path) + "/" if path.endswith("index.html") else path),
            type_labels=TYPE_LABELS,
            outcome_labels=OUTCOME_LABELS,
            browse=BROWSE,
            label=lambda taxonomy, key: self.label(taxonomy, key, lang),
            card_html=lambda card, heading=3: self.card_html(card, lang, url, heading),
            filter_value=filter_value,
            chrome_store=self._chrome,
            **context,
        )
        html = strip_markers(html)  # a photo placeholder no page placed is not published, nor its alt text
        if path.endswith(".html"):  # a feed is XML: a meta element before its declaration breaks it
            html = with_policy(html)
        self.pages.append(Page(path, html.encode("utf-8")))

    def links(self, path: str) -> Callable[[str], str]:
        """Links from the page at `path` (as render gives its templates)."""
        return linker(posixpath.dirname(path), self._links)

    def template(self, lang: str, name: str) -> jinja2.Template:
        """A theme template in `lang`, looked up once a build: each lookup stats the catalog and the file."""
        key = (lang, name)
        found = self._templates.get(key)
        if found is None:
            found = self._templates[key] = environment(lang, self.config.theme, self.model.project).get_template(name)
        return found

    def absolute(self, path: str) -> str:
        path = "" if path == "/" else path
        return (self.model.base_url.rstrip("/") + "/" + path) if self.model.base_url else path

    def card(self, story: Story, lang: str) -> dict[str, Any]:
        version = story.version(lang)
        shown = self.model.photos.get(story.id, ()) if self.config.photos_on_cards else ()
        return {
            "story": story,
            "version": version,
            "url": story_url(version.lang, story.id),
            "content_lang": version.lang,
            "photo": shown[0] if shown else None,
        }

    def photo_body(self, story: Story, lang: str, url: Callable[[str], str], sizes: str = STORY_SIZES) -> str:
        """The story's body in `lang` with the photos this audience may see in place (and no others)."""
        photos = {photo.file: photo for photo in self.model.photos.get(story.id, ())}
        return place_photos(self.body(story, lang), photos, url, sizes)

    def card_photo(self, card: dict[str, Any], url: Callable[[str], str]) -> Markup:
        """The photo on a story's card (site.yaml's photos_on_cards), with the alt text its body gives it."""
        photo = card.get("photo")
        if photo is None:
            return Markup("")
        alt = first_alt(self.body(card["story"], card["content_lang"]), photo.file)
        return Markup(card_photo_html(photo, alt, url))

    def card_html(self, card: dict[str, Any], lang: str, url: Callable[[str], str], heading: int) -> Markup:
        """A story's card (the theme's partials/card.html), rendered once for each place it links from.

        A story's card is the same on every listing page at one depth, and a large library shows each
        story on a dozen listing pages (what these includes cost: docs/performance.md).
        """
        key = (card["story"].id, lang, url(card["url"]), heading)
        html = self._cards.get(key)
        if html is None:
            html = Markup(
                self.template(lang, "partials/card.html").render(
                    card=card,
                    card_heading=heading,
                    lang=lang,
                    url=url,
                    type_labels=TYPE_LABELS,
                    outcome_labels=OUTCOME_LABELS,
                    label=lambda taxonomy, key: self.label(taxonomy, key, lang),
                    card_photo=lambda card: self.card_photo(card, url),
                )
            )
            self._cards[key] = html
        return html

    def body(self, story: Story, lang: str) -> str:
        """The story's body in `lang` as HTML: made by the check, or again from the text for a cached story."""
        return self._page_text(story, lang)[0]

    def search_words(self, story: Story, lang: str) -> str:
        return self._page_text(story, lang)[1]

    def _page_text(self, story: Story, lang: str) -> tuple[str, str]:
        if lang in story.html:
            return story.html[lang], story.search_words.get(lang, "")
        made = self._page_texts.get((story.id, lang))
        if made is None:
            version = story.versions.get(lang)
            text = self.model.texts.get(version.shown) if version is not None else None
            made = ("", "") if version is None or text is None else page_text(with_text(version, text))
            self._page_texts[story.id, lang] = made
        return made

    # -- pages -------------------------------------------------------------------------------
    def render_all(self) -> list[Page]:
        self.render("landing.html", "index.html", "cy", {lang: f"{lang}/" for lang in LANGUAGES})
        # Served at whatever address was missing, so no relative link works: the site's own address, else
        # the host's root (a script could not find the site either: it would need an address that works).
        self.render(
            "not_found.html",
            "404.html",
            "cy",
            {lang: f"{lang}/" for lang in LANGUAGES},
            root=self.model.base_url or "/",
        )
        for lang in LANGUAGES:
            self.render_language(lang)
        for story in self.stories:  # one job for both languages' pages: half the cache lookups of one each
            before, after = self.neighbours().get(story.id, (None, None))
            # The label says which neighbours there are, so that the ids after it are read in the right places.
            neighbours = ("previous" if before else "-", "next" if after else "-")
            label = ("story", *neighbours, *history_key(self.history.get(story.id, ())))
            shown = (story.id, *(i for i in (before, after) if i), *self.related.get(story.id, ()))
            self.jobs.append(Job(label, shown, partial(self.render_story_pages, story)))
        for lang in LANGUAGES:  # compiled here, once, not again in each worker the jobs may be run in
            load_templates(environment(lang, self.config.theme, self.model.project))
        self.pages.extend(self.run_jobs(self, self.jobs))
        images = [photo.image for photos in self.model.photos.values() for photo in photos]
        self.pages.extend(photo_pages(images, self.photo_store))
        return self.pages

    def render_language(self, lang: str) -> None:
        same = {x: f"{x}/" for x in LANGUAGES}
        groups = {segment: self.terms(segment) for segment in BROWSE}
        latest = [self.card(s, lang) for s in self.newest()[:6]]
        self.render(
            "home.html", f"{lang}/index.html", lang, same, latest=latest, groups=groups, total=len(self.stories)
        )
        self.render(
            "search.html",
            f"{lang}/search/index.html",
            lang,
            {x: f"{x}/search/" for x in LANGUAGES},
            ui_strings=pagefind_strings(translations(lang, self.model.project).gettext),
            searchable=bool(self.stories),
            groups=browse_groups(
                self.once("browse counts", lambda: browse_counts(self.stories, self.memo)),
                self.config,
                self._catalogs[lang].gettext,
                lambda t, k: self.label(t, k, lang),
            ),
            months=self.once("months", lambda: months(self.stories)),
        )
        self.render(
            "accessibility.html",
            f"{lang}/accessibility/index.html",
            lang,
            {x: f"{x}/accessibility/" for x in LANGUAGES},
            built=dt.date.today(),  # the statement's date when site.yaml gives none
        )
        render_panels(self, lang)
        render_overview(self, lang)
        for segment, terms in groups.items():
            self.render(
                "terms.html",
                f"{lang}/{segment}/index.html",
                lang,
                {x: f"{x}/{segment}/" for x in LANGUAGES},
                segment=segment,
                terms=terms,
            )
            for key, stories in terms.items():
                self.render_listing(lang, segment, key, stories)
        self.render_feed(lang)

    def render_story_pages(self, story: Story) -> None:
        for lang in LANGUAGES:
            self.render_story(story, lang)

    def render_story(self, story: Story, lang: str) -> None:
        alternates = {x: story_url(x, story.id) for x in LANGUAGES}
        path = f"{lang}/stories/{story.id}/index.html"
        if lang not in story.versions:
            self.render("story_elsewhere.html", path, lang, alternates, card=self.card(story, lang))
            return
        version = story.versions[lang]
        related = [self.card(self.by_id[i], lang) for i in self.related.get(story.id, ())]
        body = self.photo_body(story, lang, self.links(path))
        before, after = self.neighbours().get(story.id, (None, None))
        self.render(
            "story.html",
            path,
            lang,
            alternates,
            story=story,
            version=version,
            body=body,
            shows_photos="<picture>" in body,
            related=related,
            search_words=self.search_words(story, lang),
            other_missing=[x for x in LANGUAGES if x not in story.versions],
            chosen_by=self.history.get(story.id, []),
            previous_story=self.card(self.by_id[before], lang) if before else None,
            next_story=self.card(self.by_id[after], lang) if after else None,
            citation=self.citation(story, lang),
            sort_title=title_key(version.title or ""),
        )

    def citation(self, story: Story, lang: str) -> dict[str, str]:
        """How to cite the story in `lang`: its title, the organisation, the year it was published, its address."""
        address = self.absolute(story_url(lang, story.id))
        return {
            "title": story.versions[lang].title or "",
            "organisation": self.config.organisation[lang],
            "year": str(story.publishable.year),
            "address": address if address.startswith("http") else "",
        }

    def render_listing(self, lang: str, segment: str, key: str, stories: list[Story]) -> None:
        """A listing's first page (its newest stories) and its pages by period (listing_periods).

        Each job's label holds what its page shows besides its stories: the periods of the pager, and
        the count of its own period (the whole listing's on the first page only).
        """
        size = self.config.page_size
        unit, periods, sheets = self.once(("paging", segment, key), lambda: self._paging(stories, size))
        head = ("listing", lang, segment, key, unit, " ".join(periods))  # the pager: the same for every page
        for sheet in sheets:
            page = ListingPage(unit, periods, sheet.period, sheet.number, sheet.pages, sheet.held)
            label = (
                (sheet.period, str(sheet.number), str(sheet.pages), str(sheet.held))
                if sheet.period
                else ("", str(sheet.held))
            )
            self.jobs.append(
                Job((*head, *label), sheet.ids, partial(self._listing, lang, segment, key, sheet.stories, page))
            )

    def _paging(self, stories: list[Story], size: int) -> tuple[str, tuple[str, ...], list[Sheet]]:
        """listing_periods, and the listing's pages: the first, then each period's (once a build for both
        languages)."""
        unit, periods = listing_periods(stories, size)
        first = stories[:size] if periods else stories
        sheets = [Sheet("", 1, 1, len(stories), first, tuple(s.id for s in first))]
        by_period: dict[str, list[Story]] = defaultdict(list)
        if periods:
            at = 0 if unit == "month" else 1
            table = self.once(
                "periods", lambda: {s.id: (period_of(s, "month"), period_of(s, "year")) for s in self.stories}
            )
            for story in stories:
                by_period[table[story.id][at]].append(story)
        for period in periods:
            held = by_period[period]
            chunks = [held[i : i + size] for i in range(0, len(held), size)]
            for number, chunk in enumerate(chunks, start=1):
                sheets.append(Sheet(period, number, len(chunks), len(held), chunk, tuple(s.id for s in chunk)))
        return unit, periods, sheets

    def _listing(self, lang: str, segment: str, key: str, chunk: list[Story], page: ListingPage) -> None:
        base = f"{lang}/{segment}/{key}/"
        path = page.path(base)
        newer, older = page.newer(), page.older()
        label = ""
        if page.period and page.unit == "month":
            label = month_year(dt.date(int(page.period[:4]), int(page.period[5:]), 1), lang)
        elif page.unit == "year":
            label = page.period
        self.render(
            "listing.html",
            f"{path}index.html",
            lang,
            {x: page.path(f"{x}/{segment}/{key}/") for x in LANGUAGES},
            segment=segment,
            key=key,
            cards=[self.card(s, lang) for s in chunk],
            count=page.held,
            unit=page.unit,
            period=page.period,
            period_label=label,
            page=page.number,
            pages=page.pages,
            page_url=lambda n: page.at(n).path(base),
            newer=newer.path(base) if newer is not None else None,
            older=older.path(base) if older is not None else None,
            periods=self.period_items(base, page, lang) if page.periods else Markup(),
        )

    def period_items(self, base: str, page: ListingPage, lang: str) -> Markup:
        """The pager's list of periods (and the first page), with this page's period marked current.

        Made once a listing and depth (links from its first page, a period's first page, or a later one)
        and joined for each page: a listing by month has a link for each month it holds.
        """
        depth = 0 if not page.period else 1 if page.number == 1 else 2
        items, at = self.once(
            ("periods", base, depth, page.unit, page.periods),
            lambda: _period_links(
                base, depth, page.unit, page.periods, lang, self._catalogs[lang].gettext(N_("Newest stories"))
            ),
        )
        where = at[page.period]
        items = list(items)
        current = 'aria-current="page"' if page.number == 1 else 'aria-current="true"'
        items[where] = items[where].replace("<a ", f"<a {current} ", 1)
        return Markup("\n".join(items))

    def render_feed(self, lang: str) -> None:
        entries = [self.card(s, lang) for s in self.newest()[:50]]
        updated = max((s.publishable for s in self.stories), default=dt.date(2000, 1, 1))
        self.render(
            "feed.xml",
            f"{lang}/feed.xml",
            lang,
            {x: f"{x}/feed.xml" for x in LANGUAGES},
            entries=entries,
            updated=updated,
            absolute=self.absolute,
        )


def pagefind_strings(gettext: Callable[[str], str]) -> dict[str, str]:
    """Pagefind's UI strings in the page's language (Pagefind ships no Welsh)."""
    return {
        "placeholder": gettext(N_("Search the stories")),
        "clear_search": gettext(N_("Clear")),
        "load_more": gettext(N_("Show more results")),
        "search_label": gettext(N_("Search the stories")),
        "filters_label": gettext(N_("Filters")),
        "zero_results": gettext(N_("No stories found for [SEARCH_TERM]")),
        "many_results": gettext(N_("[COUNT] stories found for [SEARCH_TERM]")),
        "one_result": gettext(N_("[COUNT] story found for [SEARCH_TERM]")),
        "total_zero_results": gettext(N_("No stories found")),
        "total_one_result": gettext(N_("[COUNT] story")),
        "total_many_results": gettext(N_("[COUNT] stories")),
        "alt_search": gettext(N_("No stories found for [SEARCH_TERM]. Showing stories for [DIFFERENT_TERM] instead")),
        "search_suggestion": gettext(N_("No stories found for [SEARCH_TERM]. Try one of these searches:")),
        "searching": gettext(N_("Searching for [SEARCH_TERM]…")),
    }


def story_keys(story: Story, segment: str) -> tuple[str, ...]:
    """The keys a story is filed under in one browse dimension."""
    if segment == "wellbeing":
        return story.wellbeing
    if segment == "themes":
        return story.themes
    value = {
        "types": story.type,
        "services": story.service,
        "client-groups": story.client_group,
        "domains": story.msc_domain,
    }[segment]
    return (value,) if value else ()


RELATED, WINDOW = 3, 8  # related stories shown; candidates either side in date within each shared key
RelatedInputs = dict[str, tuple[int, tuple[str, ...], tuple[str, ...]]]  # id → date (ordinal), wellbeing, themes
Related = dict[str, tuple[str, ...]]


def related_inputs(stories: list[Story]) -> RelatedInputs:
    """What related_stories reads of each story."""
    return {s.id: (s.date.toordinal(), s.wellbeing, s.themes) for s in stories}


def _related_keys(entry: tuple[int, tuple[str, ...], tuple[str, ...]]) -> set[str]:
    return {f"w:{k}" for k in entry[1]} | {f"t:{k}" for k in entry[2]}


def related_stories(
    stories: list[Story],
    count: int = RELATED,
    window: int = WINDOW,
    earlier: tuple[RelatedInputs, Related] | None = None,
) -> Related:
    """Up to `count` related stories each, sharing wellbeing areas and themes.

    Candidates come only from the `window` stories nearest in date within each shared key,
    so the cost grows linearly with the library instead of with its square. With `earlier` (the inputs
    and result of another call), only the stories within a window of one whose inputs changed are
    ranked again: the others' candidates, and what is known of them, are the same.
    """
    return _related(related_inputs(stories), count, window, earlier)


def _related(inputs: RelatedInputs, count: int, window: int, earlier: tuple[RelatedInputs, Related] | None) -> Related:
    postings: dict[str, list[tuple[int, str]]] = defaultdict(list)
    keys: dict[str, set[str]] = {}
    for story_id, entry in inputs.items():
        keys[story_id] = _related_keys(entry)
        for key in keys[story_id]:
            postings[key].append((entry[0], story_id))
    for posting in postings.values():
        posting.sort()
    result: Related = {}
    if earlier is not None:
        result = _unaffected(inputs, postings, earlier, window)
    for story_id, entry in inputs.items():
        if story_id in result:
            continue
        mine = keys[story_id]
        candidates: set[str] = set()
        for key in mine:
            posting = postings[key]
            at = bisect_left(posting, (entry[0], story_id))
            for _, other in posting[max(at - window, 0) : at + window + 1]:
                if other != story_id:
                    candidates.add(other)
        ranked = sorted(candidates, key=lambda other: (-len(mine & keys[other]), other))
        result[story_id] = tuple(ranked[:count])
    return {story_id: result[story_id] for story_id in inputs}


def _unaffected(
    inputs: RelatedInputs,
    postings: dict[str, list[tuple[int, str]]],
    earlier: tuple[RelatedInputs, Related],
    window: int,
) -> Related:
    """The earlier result of every story no changed story came within a window of (where it is now or was)."""
    before, known = earlier
    changed = [i for i in before.keys() | inputs.keys() if before.get(i) != inputs.get(i)]
    if len(changed) * 8 * window > len(inputs):  # near everything: rank them all
        return {}
    near = set(changed)
    for story_id in changed:
        for entry in (before.get(story_id), inputs.get(story_id)):
            if entry is None:
                continue
            for key in _related_keys(entry):
                posting = postings.get(key, [])
                # Where it is or was: a window either side, and one more for the gap a removal left.
                at = bisect_left(posting, (entry[0], story_id))
                near.update(other for _, other in posting[max(at - window - 1, 0) : at + window + 1])
    return {i: ids for i, ids in known.items() if i not in near and i in inputs}


def cached_related(stories: list[Story], cache: Memo | None) -> Related:
    """related_stories, ranked again only near the stories whose date, areas or themes changed since the
    last build (all of them when nothing is cached)."""
    if cache is None:
        return related_stories(stories)
    key = cache.key("related")
    hit = cache.get(key)
    inputs = related_inputs(stories)
    earlier = hit[1] if hit is not None else None
    if earlier is not None and earlier[0] == inputs:
        return earlier[1]  # type: ignore[no-any-return]
    related = _related(inputs, RELATED, WINDOW, earlier)
    cache.put(key, ("related", (inputs, related)))
    return related


def render_site(
    model: SiteModel, memo: Memo | None = None, run_jobs: JobRunner = run_here, photo_store: PhotoStore | None = None
) -> list[Page]:
    """Every page of the site for one audience, sorted by path.

    `memo` keeps what a rebuild may reuse (related stories, compiled templates); `run_jobs` renders the
    story and listing pages (the build's runs them on every core, takes unchanged ones from the cache and
    writes them as they are made; here, they are rendered one after another); `photo_store` keeps the
    encoded photos (without it every photo is encoded).
    """
    pages = Renderer(model, memo, run_jobs, photo_store).render_all()
    return sorted(pages, key=lambda p: p.path)
