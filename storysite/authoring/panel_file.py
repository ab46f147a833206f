"""`storysite panel new`: a panel file listing the stories of a domain and period, for the panel to fill in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from storysite.check.fields import did_you_mean
from storysite.check.library import check_library
from storysite.check.panels import earlier_panels
from storysite.check.schema import ID_RE
from storysite.content.load import shown_path
from storysite.errors import StorysiteError
from storysite.i18n.messages import Message, msg
from storysite.model import Story, published
from storysite.vocabulary import PLACEHOLDER_MARKERS

NOTES = {
    "en": {
        "header": """\
A new Most Significant Change story-selection panel, made by `storysite panel new` on {today}.
Lines starting with # are notes for you: they are never published.
1. Before the meeting: fill in the title (cy and en) and the date where they say {marker}
   and delete the marker, then run `storysite build`, open the panel's page and print its pack.
   Leave {marker} in `selected`, `reasons` and `themes` until the panel has chosen: the build
   warns that the choice is still to be recorded, and the panel's page says it is still to come.
2. After the meeting: fill in the story the panel chose, why, and the learning themes it saw,
   delete each {marker} left, then run `storysite build` again.""",
        "id": "The panel's address on the site: lower-case letters, digits and hyphens.",
        "title": "The panel's name, in Welsh (cy) and English (en), such as: Spring 2026 panel.",
        "date": "The day the panel meets (YYYY-MM-DD): an earlier round must have met before it.",
        "domain": "The domain of change the panel reads stories from.",
        "considered": """\
The stories the panel reads, in reading order (the pack prints them so): every story published
to `{audience}` in this domain gathered from {start} to {end}{service} ({count}).
Each story's title is a note after its id. Take out any the panel will not read.""",
        "service": ", service {service}",
        "selected": "After the meeting: the id of the story the panel chose (one of those above).",
        "reasons": "Why the panel chose it, in Welsh (cy) and English (en): shown on the panel's and the story's page.",
        "themes": "The learning themes the panel saw in the stories: {choices}.",
        "fill_title_cy": "the panel's name in Welsh",
        "fill_title_en": "the panel's name in English",
        "fill_date": "the day the panel meets, as YYYY-MM-DD",
        "fill_selected": "the id of the story the panel chose",
        "fill_reasons_cy": "why the panel chose it, in Welsh",
        "fill_reasons_en": "why the panel chose it, in English",
        "fill_themes": "the learning themes the panel saw, keys such as kindness and small",
    },
    "cy": {
        "header": """\
Panel dewis straeon y Newid Mwyaf Arwyddocaol newydd, wedi'i wneud gan `storysite panel new` ar {today}.
Nodiadau i chi yw'r llinellau sy'n dechrau gyda #: ni chânt byth eu cyhoeddi.
1. Cyn y cyfarfod: llenwch y teitl (cy ac en) a'r dyddiad lle maen nhw'n dweud {marker}
   a dilëwch y marciwr, yna rhedwch `storysite build`, agorwch dudalen y panel ac argraffwch ei becyn.
   Gadewch {marker} yn `selected`, `reasons` a `themes` nes bod y panel wedi dewis: bydd `storysite build`
   yn rhybuddio nad yw'r dewis wedi'i gofnodi eto, a bydd tudalen y panel yn dweud bod y dewis i ddod.
2. Ar ôl y cyfarfod: llenwch y stori a ddewisodd y panel, pam, a'r themâu dysgu a welodd,
   dilëwch bob {marker} sydd ar ôl, yna rhedwch `storysite build` eto.""",
        "id": "Cyfeiriad y panel ar y wefan: llythrennau bach, digidau a chysylltnodau.",
        "title": "Enw'r panel, yn Gymraeg (cy) ac yn Saesneg (en), er enghraifft: Panel gwanwyn 2026.",
        "date": "Y diwrnod y bydd y panel yn cwrdd (BBBB-MM-DD): rhaid bod rownd gynharach wedi cwrdd cyn hynny.",
        "domain": "Y maes newid y mae'r panel yn darllen straeon ohono.",
        "considered": """\
Y straeon y bydd y panel yn eu darllen, yn eu trefn ddarllen (felly y cânt eu hargraffu yn y pecyn):
pob stori a gyhoeddir i `{audience}` yn y maes hwn a gasglwyd rhwng {start} a {end}{service} ({count}).
Mae teitl pob stori yn nodyn ar ôl ei id. Tynnwch allan unrhyw un na fydd y panel yn ei darllen.""",
        "service": ", gwasanaeth {service}",
        "selected": "Ar ôl y cyfarfod: id y stori a ddewisodd y panel (un o'r rhai uchod).",
        "reasons": (
            "Pam y dewisodd y panel hi, yn Gymraeg (cy) ac yn Saesneg (en): i'w gweld ar dudalen y panel a'r stori."
        ),
        "themes": "Y themâu dysgu a welodd y panel yn y straeon: {choices}.",
        "fill_title_cy": "enw'r panel yn Gymraeg",
        "fill_title_en": "enw'r panel yn Saesneg",
        "fill_date": "y diwrnod y bydd y panel yn cwrdd, ar ffurf BBBB-MM-DD",
        "fill_selected": "id y stori a ddewisodd y panel",
        "fill_reasons_cy": "pam y dewisodd y panel hi, yn Gymraeg",
        "fill_reasons_en": "pam y dewisodd y panel hi, yn Saesneg",
        "fill_themes": "y themâu dysgu a welodd y panel, allweddi fel kindness a small",
    },
}


@dataclass(frozen=True)
class NewPanel:
    """What `panel new` wrote: the file and the stories it lists."""

    path: Path
    stories: tuple[str, ...]


class PanelRefused(StorysiteError):
    """An option `panel new` cannot use (a usage error: exit 2), said with what to write instead."""

    exit_code = 2


def parse_day(value: str, option: str) -> dt.date:
    """A YYYY-MM-DD option's date, or a refusal that shows how to write it."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise PanelRefused(
            msg(
                "`{option}` must be a date written YYYY-MM-DD, such as 2026-05-12 (found `{value}`).",
                option=option,
                value=value,
            )
        ) from None


def new_panel(
    content: Path,
    content_arg: str,
    panel_id: str,
    *,
    domain: str,
    start: dt.date,
    end: dt.date,
    service: str | None = None,
    audience: str = "intranet",
    lang: str = "en",
    today: dt.date | None = None,
) -> NewPanel:
    """Write content/panels/ID.yaml with the stories published to `audience` in the domain, period and service."""
    today = today or dt.date.today()
    if not ID_RE.match(panel_id):
        raise PanelRefused(
            msg(
                "The id `{id}` may use only lower-case letters, digits and hyphens; it becomes the page's address.",
                id=panel_id,
            )
        )
    if start > end:
        raise PanelRefused(
            msg("`--from` ({start}) is after `--to` ({end}): give the period's first day first.", start=start, end=end)
        )
    library = check_library(content, content_arg, today=today)
    config = library.config
    if config is None:
        raise StorysiteError(msg("site.yaml has errors: run `storysite check` and fix them first."))
    _refuse_unknown(
        domain, config.msc_domains, "--domain", msg("There is no MSC domain `{key}` in site.yaml.", key=domain)
    )
    if service is not None:
        _refuse_unknown(
            service, config.services, "--service", msg("There is no service `{key}` in site.yaml.", key=service)
        )
    _refuse_unknown(
        audience, config.audiences, "--audience", msg("There is no audience `{key}` in site.yaml.", key=audience)
    )
    folder = content / "panels"
    path = folder / f"{panel_id}.yaml"
    taken = [p for p in (path, path.with_suffix(".yml")) if p.exists()]
    if taken or panel_id in _panel_ids(folder):
        raise StorysiteError(
            msg(
                "There is already a panel `{id}` in {folder}: storysite will not overwrite it. "
                "Choose another id, or edit that panel's file.",
                id=panel_id,
                folder=shown_path(content_arg, "panels"),
            )
        )
    stories = [
        s
        for s in published(library.stories, audience, today)
        if s.msc_domain == domain and start <= s.date <= end and (service is None or s.service == service)
    ]
    stories.sort(key=lambda s: (s.date, s.id))  # reading order: oldest first
    if not stories:
        raise StorysiteError(
            msg(
                "No story published to `{audience}` is in the domain `{domain}` and was gathered from {start} to "
                "{end}{service}: there is nothing for a panel to read. Widen the period, or check the stories' "
                "`msc.domain` and `date` (`storysite status` shows what each audience publishes).",
                audience=audience,
                domain=domain,
                start=start,
                end=end,
                service=msg(" (service `{service}`)", service=service) if service else "",
            )
        )
    text = panel_text(panel_id, domain, start, end, service, audience, stories, list(config.themes), lang, today)
    folder.mkdir(exist_ok=True)
    with open(path, "x", encoding="utf-8") as out:  # "x": never overwrite, even a file made since the check above
        out.write(text)
    return NewPanel(path, tuple(s.id for s in stories))


def _refuse_unknown(value: str, keys: Mapping[str, Mapping[str, str]], option: str, problem: Message) -> None:
    """A refusal naming the option, with the nearest key (by spelling or label) and every key there is."""
    if value in keys:
        return
    raise PanelRefused(
        msg(
            "{problem}{hint} Use one of: {keys} ({option}).",
            problem=problem,
            hint=did_you_mean(value, keys, keys),
            keys=", ".join(keys) or "-",
            option=option,
        )
    )


def _panel_ids(folder: Path) -> set[str]:
    """The ids the panel files in `folder` give (a panel file may be named apart from its id)."""
    if not folder.is_dir():
        return set()
    files = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    texts = []
    for file in files:
        try:
            texts.append(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):  # the check reports an unreadable panel file; it gives no id
            continue
    return set(earlier_panels(texts))


def panel_text(
    panel_id: str,
    domain: str,
    start: dt.date,
    end: dt.date,
    service: str | None,
    audience: str,
    stories: list[Story],
    themes: list[str],
    lang: str,
    today: dt.date,
) -> str:
    """The panel file, with notes and placeholders in `lang`."""
    notes, marker = NOTES[lang], PLACEHOLDER_MARKERS[lang]

    def note(key: str, **values: object) -> list[str]:
        return [f"# {line}".rstrip() for line in notes[key].format(**values).split("\n")]

    def todo(key: str) -> str:
        return _quote(f"{marker} {notes['fill_' + key]}")

    lines = [*note("header", today=today.isoformat(), marker=marker), ""]
    lines += [*note("id"), f"id: {panel_id}"]
    lines += [*note("title"), "title:", f"  cy: {todo('title_cy')}", f"  en: {todo('title_en')}"]
    lines += [*note("date"), f"date: {todo('date')}"]
    lines += [*note("domain"), f"domain: {domain}", ""]
    where = notes["service"].format(service=service) if service else ""
    lines += [
        *note("considered", audience=audience, start=start, end=end, service=where, count=len(stories)),
        "considered:",
    ]
    for story in stories:
        title = " ".join((story.version(lang).title or "").split())
        lines.append(f"  - {story.id}  # {title}")
    lines += ["", *note("selected"), f"selected: [{todo('selected')}]"]
    lines += [*note("reasons"), "reasons:", f"  cy: {todo('reasons_cy')}", f"  en: {todo('reasons_en')}"]
    lines += [*note("themes", choices=", ".join(themes) or "-"), f"themes: [{todo('themes')}]", ""]
    return "\n".join(lines)


def _quote(text: str) -> str:
    """A YAML double-quoted string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
