"""Read and validate MSC selection panels (content/panels/*.yaml); every problem is a finding."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from storysite import LANGUAGES
from storysite.check.config import Label, SiteConfig
from storysite.check.exposed import PANEL_ID_SHOWN, id_detections, id_findings, lower_case_words
from storysite.check.fields import FieldChecker, did_you_mean
from storysite.check.identifying import scan_fields
from storysite.check.placeholders import Placeholder, placeholders
from storysite.check.schema import ID_RE
from storysite.content.load import find_files, read_text, shown_path
from storysite.content.yamlsafe import Document, Pos, parse_yaml
from storysite.findings import Finding, Span, error, warning
from storysite.i18n.messages import msg
from storysite.model import EXCLUSION_TEXT, Story, TextField, exclusion
from storysite.privacy.welsh import mutations, phrase_mutations

PANEL_FIELDS = ("id", "title", "date", "domain", "from_panels", "considered", "selected", "reasons", "themes")
# Filled in after the meeting: a placeholder left in one means the panel has not chosen yet (a warning, not an error).
CHOICE_FIELDS = ("selected", "reasons", "themes")


class EarlierPanel(NamedTuple):
    """What a later round needs of a panel file: its date (as written), the stories it chose, whether it has chosen."""

    date: Any
    chosen: tuple[str, ...]
    waiting: bool  # its choice fields still hold placeholders: the panel has not chosen yet


Earlier = Mapping[str, EarlierPanel]  # panel id → what a later round needs of it


@dataclass(frozen=True)
class Panel:
    """One MSC selection panel: the stories it read, the ones it chose, and why."""

    id: str
    shown: str
    title: Label
    date: dt.date
    considered: tuple[str, ...]
    selected: tuple[str, ...] = ()
    reasons: Label = field(default_factory=dict)
    domain: str | None = None
    themes: tuple[str, ...] = ()
    where: dict[str, Pos] = field(default_factory=dict)  # story id → where the file names it first
    id_pos: Pos = Pos(1, 1)  # where the file gives the id
    reasons_pos: Pos = Pos(1, 1)  # where the file gives `reasons`
    # Stories the reasons talk about (by title, pseudonym or id): story id → the words found. Considered
    # ones, and any other that some audience does not see. The reasons are shown to an audience only
    # when every one of these is published to it.
    mentions: dict[str, str] = field(default_factory=dict)
    # Stories some audience does not see that the title or id names: the panel is shown to an audience
    # only when every one of these is published to it.
    title_mentions: dict[str, str] = field(default_factory=dict)
    title_pos: Pos = Pos(1, 1)  # where the file gives `title`
    from_panels: tuple[str, ...] = ()  # earlier panels whose chosen stories joined `considered`
    waiting: bool = (
        False  # the choice fields still hold placeholders: nothing chosen yet (selected, reasons, themes empty)
    )


def read_panels(
    content: Path,
    content_arg: str,
    config: SiteConfig,
    story_ids: Collection[str],
    stories: Mapping[str, Story] | None = None,
    hidden: Collection[str] = (),
) -> tuple[list[Panel], list[Finding]]:
    """Read every panel file under content/panels, sorted by path.

    With `stories`, the panel's free text is checked for identifying details (allowing the
    pseudonyms and allowed phrases of the stories it considered), its reasons for the stories
    they mention, and its title for the `hidden` stories (those some audience does not see:
    unpublished_somewhere) it names.
    """
    needles = _Needles()
    files, findings = find_files(content, content_arg, "panels", (".yaml", ".yml"))
    panels: list[Panel] = []
    seen: dict[str, str] = {}
    texts: list[tuple[str, str]] = []
    for rel, path in files:
        shown = shown_path(content_arg, rel)
        text, problems = read_text(path, shown)
        findings.extend(problems)
        if text is not None:
            texts.append((shown, text))
    earlier = earlier_panels(text for _, text in texts)
    for shown, text in texts:
        panel, problems = parse_panel(text, shown, config, story_ids, stories, hidden, needles, earlier)
        findings.extend(problems)
        if panel is None:
            continue
        if panel.id in seen:
            findings.append(
                error(
                    Span.at(shown, panel.id_pos),
                    "panel.duplicate-id",
                    msg(
                        "The panel id `{id}` is already used by {path}. Give this panel its own id.",
                        id=panel.id,
                        path=seen[panel.id],
                    ),
                )
            )
            continue
        seen[panel.id] = shown
        panels.append(panel)
    return sorted(panels, key=lambda p: (-p.date.toordinal(), p.id)), findings


def earlier_panels(texts: Iterable[str]) -> dict[str, EarlierPanel]:
    """What `from_panels` may name: every panel file's id, date and chosen stories, as written (first of an id).

    Read from the YAML alone, so that a later round still finds an earlier panel that has an error of its own
    (reported in that panel's file). A panel whose choice still holds placeholders has chosen nothing.
    """
    found: dict[str, EarlierPanel] = {}
    for text in texts:
        data = parse_yaml(text).data
        if not isinstance(data, dict) or not isinstance(data.get("id"), str) or data["id"] in found:
            continue
        lines = text.split("\n")
        waiting = bool(_choice_placeholders(placeholders(lines, (1, len(lines)))))
        chosen = None if waiting else data.get("selected")
        chosen = [chosen] if isinstance(chosen, str) else chosen if isinstance(chosen, list) else []
        found[data["id"]] = EarlierPanel(data.get("date"), tuple(i for i in chosen if isinstance(i, str)), waiting)
    return found


def _choice_placeholders(found: Sequence[Placeholder]) -> list[Placeholder]:
    """The placeholders in the fields filled in after the meeting (CHOICE_FIELDS): `reasons.cy`, `selected`..."""
    return [p for p in found if _top_field(p[3]) in CHOICE_FIELDS]


def _top_field(name: str) -> str:
    """The top-level field of a field path: `reasons` of `reasons.cy`, `themes` of `themes[2]`."""
    return re.split(r"[.\[]", name, maxsplit=1)[0]


def parse_panel(
    text: str,
    shown: str,
    config: SiteConfig,
    story_ids: Collection[str],
    stories: Mapping[str, Story] | None = None,
    hidden: Collection[str] = (),
    needles: _Needles | None = None,
    earlier: Earlier | None = None,
) -> tuple[Panel | None, list[Finding]]:
    """Validate one panel file's text; where the YAML parsed, every field problem is reported at once.

    `earlier` (earlier_panels) holds the panels `from_panels` may name; their chosen stories join `considered`.
    """
    needles = needles or _Needles()
    earlier = earlier if earlier is not None else {}
    doc = parse_yaml(text)
    report = FieldChecker(shown, doc)
    for problem in doc.problems:
        report.findings.append(error(Span.at(shown, problem.pos), problem.rule, problem.message))
    yaml_findings = list(report.findings)
    data: Any = doc.data
    if not isinstance(data, dict):
        if not yaml_findings:
            report.at(
                (),
                "panel.not-mapping",
                msg("A panel file is a list of fields: id, title, date, considered, selected, reasons."),
            )
        return None, report.findings
    # Values the YAML problems already account for (a refused tag, an impossible date): not "missing" too.
    spoiled = {(p.pos.line, p.pos.column) for p in doc.problems}
    broken = {path for path, pos in doc.values.items() if (pos.line, pos.column) in spoiled}
    report.unknown_keys(data, (), PANEL_FIELDS, msg("a panel file"))
    texts: list[tuple[str, TextField]] = []
    for key, value in data.items():
        if key not in PANEL_FIELDS:  # an error already, but its text is checked too: say everything at once
            _strings(report.doc, value, (key,), texts)
    panel_id = report.text(data, (), "id", required=("id",) not in broken)
    if panel_id is not None and not ID_RE.match(panel_id):
        report.at(
            ("id",),
            "schema.id",
            msg(
                "The id `{id}` may use only lower-case letters, digits and hyphens; it becomes the page's address.",
                id=panel_id,
            ),
        )
        panel_id = None
    title = _label(report, data, "title", texts, broken, required=True)
    reasons = _label(report, data, "reasons", texts, broken, required=bool(data.get("selected")))
    date = data.get("date")
    if not isinstance(date, dt.date):
        if date is None:
            if ("date",) not in broken:
                report.at((), "schema.required", msg("`date` is required: when the panel met, as YYYY-MM-DD."))
        else:
            report.at(
                ("date",),
                "schema.date",
                msg("`date` must be a date written YYYY-MM-DD, such as 2026-05-12 (found `{value}`).", value=date),
            )
    domain = report.choice(data, (), "domain", config.msc_domains, required=False, what=msg("MSC domain in site.yaml"))
    themes = (
        report.keys_list(data, (), "themes", config.themes, required=False, what=msg("learning theme in site.yaml"))
        or []
    )
    where: dict[str, Pos] = {}
    from_panels = _from_panels(report, data, date, earlier)
    # A `from_panels` that names no valid panel is an error at its line; `considered` missing would say it twice.
    considered = _story_list(
        report,
        data,
        "considered",
        story_ids,
        where,
        required=("considered",) not in broken and not data.get("from_panels"),
    )
    for index, earlier_id in enumerate(from_panels):
        for story_id in earlier[earlier_id].chosen:
            if story_id in story_ids and story_id not in considered:  # an unknown one is an error in its own file
                considered.append(story_id)
                where.setdefault(story_id, report.doc.pos(("from_panels", index)))
    selected = _story_list(report, data, "selected", story_ids, where, required=False)
    for index, story_id in enumerate(data.get("selected") or []):
        if story_id in selected and story_id not in considered:
            report.at(
                ("selected", index),
                "panel.selected-not-considered",
                msg(
                    "`{id}` is selected but not in `considered`: add it to the stories the panel considered.",
                    id=story_id,
                ),
            )
    # A field problem where the YAML itself is at fault is said once, by the YAML finding; one on a line
    # that still holds a placeholder, by the placeholder's.
    lines = text.split("\n")
    left = placeholders(lines, (1, len(lines)))
    unfilled = {p[0] for p in left}
    report.findings = yaml_findings + [
        f for f in report.findings[len(yaml_findings) :] if (f.line, f.column) not in spoiled and f.line not in unfilled
    ]
    waiting = _choice_placeholders(left)
    report.findings.extend(_placeholder_findings(shown, [p for p in left if p not in waiting]))
    if waiting:  # the meeting is still to come: the pack is printed, and nothing counts as chosen
        report.findings.append(_waiting_finding(shown, panel_id or str(data.get("id") or shown), waiting))
        selected, reasons, themes = [], None, []
    mentions: dict[str, str] = {}
    title_mentions: dict[str, str] = {}
    if stories is not None:
        read = [stories[i] for i in considered if i in stories]
        others = [stories[i] for i in sorted(hidden) if i in stories and i not in considered]
        pseudonyms = tuple(dict.fromkeys(p for s in read for v in s.versions.values() for p in v.pseudonyms))
        allow = tuple(dict.fromkeys(a for s in read for v in s.versions.values() for a in v.allow)) + config.allow
        report.findings.extend(scan_fields(shown, lines, texts, pseudonyms, allow))
        if panel_id is not None:
            words = [t.value for _, t in texts]
            found = id_detections(panel_id, pseudonyms, allow, lambda: lower_case_words(*words))
            report.findings.extend(id_findings(shown, lines, doc.pos(("id",)).line, panel_id, found, PANEL_ID_SHOWN))
        mentions = _mentions(" \n ".join((reasons or {}).values()), read + others, needles)
        named = [*(title or {}).values(), (panel_id or "").replace("-", " ")]
        title_mentions = _mentions(" \n ".join(named), [s for s in read if s.id in hidden] + others, needles)
    if any(f.is_error for f in report.findings):
        return None, report.findings
    assert panel_id is not None and title is not None and isinstance(date, dt.date)
    panel = Panel(
        panel_id,
        shown,
        title,
        date,
        tuple(considered),
        tuple(selected),
        reasons or {},
        domain,
        tuple(themes),
        where,
        id_pos=doc.pos(("id",)),
        reasons_pos=doc.pos(("reasons",), key=True),
        mentions=mentions,
        title_mentions=title_mentions,
        title_pos=doc.pos(("title",), key=True),
        from_panels=tuple(from_panels),
        waiting=bool(waiting),
    )
    return panel, report.findings


def _from_panels(report: FieldChecker, data: dict[str, Any], date: Any, earlier: Earlier) -> list[str]:
    """The valid ids of `from_panels`: each an earlier panel that met before this one (else a located error)."""
    value = data.get("from_panels")
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        report.at(
            ("from_panels",),
            "schema.type",
            msg("`from_panels` must be a list of panel ids, such as `[panel-2026-spring]`."),
        )
        return []
    own = data.get("id")
    found: list[str] = []
    for index, item in enumerate(value):
        where = ("from_panels", index)
        if not isinstance(item, str) or item not in earlier or item == own:
            others = [key for key in earlier if key != own]
            report.at(
                where,
                "panel.from-unknown",
                msg(
                    "There is no other panel with the id `{id}` in content/panels.{hint}",
                    id=item,
                    hint=did_you_mean(str(item), others),
                ),
            )
            continue
        then = earlier[item].date
        if earlier[item].waiting:
            report.at(
                where,
                "panel.from-not-chosen",
                msg(
                    "The panel `{id}` has not recorded its choice yet (its `selected`, `reasons` or `themes` still "
                    "hold a placeholder), so it has no chosen stories to pass on. Fill in its choice after its "
                    "meeting, or take `{id}` out of `from_panels`.",
                    id=item,
                ),
            )
        elif isinstance(date, dt.date) and isinstance(then, dt.date) and then >= date:
            report.at(
                where,
                "panel.from-not-older",
                msg(
                    "The panel `{id}` met on {then}, not before this panel ({date}): a panel considers the "
                    "choices of earlier panels only. Check both panels' dates.",
                    id=item,
                    then=then.isoformat(),
                    date=date.isoformat(),
                ),
            )
        elif item in found:
            report.warn(where, "schema.repeated", msg("`{item}` is listed twice in `from_panels`.", item=item))
        else:
            found.append(item)
    return found


def _placeholder_findings(shown: str, found: Sequence[Placeholder]) -> list[Finding]:
    """An error for each of these placeholders `storysite panel new` wrote: a panel is not published with them."""
    return [
        error(
            Span(shown, line, column, length),
            "panel.placeholder",
            msg(
                "{where} still has the placeholder `storysite panel new` wrote: fill in {what}, then delete "
                "`{marker}`. The panel is not published while a placeholder is left.",
                where=f"`{field}`" if field else msg("The panel file"),
                what=what,
                marker=marker,
            ),
        )
        for line, column, length, field, what, marker in found
    ]


def _waiting_finding(shown: str, panel_id: str, waiting: Sequence[Placeholder]) -> Finding:
    """A warning, at the first choice placeholder, that the panel has not chosen yet."""
    line, column, length, _, _, marker = waiting[0]
    fields = ", ".join(dict.fromkeys(f"`{_top_field(p[3])}`" for p in waiting))
    return warning(
        Span(shown, line, column, length),
        "panel.choice-pending",
        msg(
            "The panel `{id}` has not recorded its choice yet ({fields} still hold the placeholder): its page and "
            "printable pack are built with the stories to consider and the decision sheet, and it counts as having "
            "chosen nothing. After the meeting, fill in the story the panel chose, why and the learning themes it "
            "saw, then delete `{marker}`.",
            id=panel_id,
            fields=fields,
            marker=marker,
        ),
    )


def _label(
    report: FieldChecker,
    data: dict[str, Any],
    name: str,
    texts: list[tuple[str, TextField]],
    broken: Collection[tuple[str | int, ...]],
    *,
    required: bool,
) -> Label | None:
    """Text in each language; each one is added to `texts` (with where it starts) for the privacy scan."""
    value = data.get(name)
    if value is None:
        if required and (name,) not in broken:
            report.at(
                (),
                "schema.required",
                msg("`{name}` is required, in Welsh and English: `{name}: {{cy: ..., en: ...}}`.", name=name),
            )
        return None
    if not isinstance(value, dict):
        report.at(
            (name,),
            "schema.type",
            msg("`{name}` needs text in each language: `{name}: {{cy: ..., en: ...}}`.", name=name),
        )
        return None
    report.unknown_keys(value, (name,), LANGUAGES, msg("`{name}` (languages are `cy` and `en`)", name=name))
    label: Label = {}
    for lang in LANGUAGES:
        text = value.get(lang)
        if (name, lang) in broken:
            continue
        if not isinstance(text, str) or not text.strip():
            report.at(
                (name,),
                "translation.missing",
                msg("`{name}` has no Welsh text (`cy`).", name=name)
                if lang == "cy"
                else msg("`{name}` has no English text (`en`).", name=name),
            )
        else:
            label[lang] = text.strip()
            texts.append((lang, TextField(f"{name}.{lang}", label[lang], report.doc.pos((name, lang)))))
    return label


def _strings(doc: Document, value: Any, path: tuple[str | int, ...], texts: list[tuple[str, TextField]]) -> None:
    """Every piece of text under `value`, in the language its path names (English otherwise)."""
    if isinstance(value, str):
        if value.strip():
            lang = next((str(p) for p in reversed(path) if p in LANGUAGES), "en")
            texts.append((lang, TextField(".".join(map(str, path)), value.strip(), doc.pos(path))))
    elif isinstance(value, dict):
        for key, item in value.items():
            _strings(doc, item, (*path, key), texts)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _strings(doc, item, (*path, index), texts)


def reasons_mentions(reasons: Label, considered: Sequence[Story]) -> dict[str, str]:
    """The considered stories the reasons talk about: story id → the words that name it.

    A story is named by its id, its title in either language or a word of one of its
    pseudonyms, in any case, as a whole word, and in Welsh mutated forms too. This errs on
    the side of finding a mention: a false one only hides the reasons.
    """
    return _mentions(" \n ".join(reasons.values()), considered, _Needles())


class _Needles(dict[str, list[re.Pattern[str]]]):
    """Each story's needles (_story_needles), made once for all of a library's panels."""

    def of(self, story: Story) -> list[re.Pattern[str]]:
        if story.id not in self:
            self[story.id] = _story_needles(story)
        return self[story.id]


def _mentions(text: str, stories: Sequence[Story], needles: _Needles) -> dict[str, str]:
    """The stories `text` names: story id → the words that name it (reasons_mentions)."""
    text = _plain(text)
    found: dict[str, str] = {}
    for story in stories:
        for needle in needles.of(story):
            match = needle.search(text)
            if match is not None:
                found[story.id] = match.group()
                break
    return found


def unpublished_somewhere(stories: Iterable[Story], audiences: Iterable[str], today: dt.date) -> set[str]:
    """The ids of the stories that at least one audience does not see: a panel may not name them."""
    audiences = tuple(audiences)
    return {s.id for s in stories if any(exclusion(s, audience, today) for audience in audiences)}


def visible_panels(panels: Sequence[Panel], stories: Mapping[str, Story], audience: str, today: dt.date) -> list[Panel]:
    """The panels `audience` may see: not one whose title or id names a story it does not see (fail closed)."""
    return [
        panel
        for panel in panels
        if not any(
            story_id not in stories or exclusion(stories[story_id], audience, today)
            for story_id in panel.title_mentions
        )
    ]


def _plain(text: str) -> str:
    """Curly quotes as straight ones (same length), so "Elin’s" and "Elin's" both match."""
    return text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")


def _story_needles(story: Story) -> list[re.Pattern[str]]:
    phrases = [story.id]
    words: list[str] = []
    for version in story.versions.values():
        if version.title:
            phrases.append(_plain(" ".join(version.title.split())))
        for pseudonym in version.pseudonyms:
            words.extend(w.strip(".,;:'\"") for w in _plain(str(pseudonym)).split())
    forms: set[str] = set()
    for phrase in phrases:
        forms.add(phrase)
        forms |= phrase_mutations(phrase[:1].upper() + phrase[1:])
    for word in filter(None, words):
        word = word[:1].upper() + word[1:]
        forms.add(word)
        forms |= mutations(word)
    patterns = []
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        body = r"\s+".join(re.escape(part) for part in form.split())
        if body:
            patterns.append(re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE))
    return patterns


def _story_list(
    report: FieldChecker,
    data: dict[str, Any],
    name: str,
    story_ids: Collection[str],
    where: dict[str, Pos],
    *,
    required: bool,
) -> list[str]:
    value = data.get(name)
    if value is None:
        if required:
            report.at(
                (),
                "schema.required",
                msg("`{name}` is required: list the ids of the stories, such as `[msc-2026-001]`.", name=name),
            )
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        report.at(
            (name,), "schema.type", msg("`{name}` must be a list of story ids, such as `[msc-2026-001]`.", name=name)
        )
        return []
    result: list[str] = []
    for index, item in enumerate(value):
        if not isinstance(item, str) or item not in story_ids:
            report.at(
                (name, index),
                "panel.unknown-story",
                msg("There is no story with the id `{id}`.{hint}", id=item, hint=did_you_mean(str(item), story_ids)),
            )
        elif item in result:
            report.warn(
                (name, index), "schema.repeated", msg("`{item}` is listed twice in `{name}`.", item=item, name=name)
            )
        else:
            result.append(item)
            where.setdefault(item, report.doc.pos((name, index)))
    return result


def unpublished_findings(
    panels: list[Panel], stories: Mapping[str, Story], audience: str | None, today: dt.date
) -> list[Finding]:
    """A warning where a panel names a story its audience will not see: it is left out of the page and pack.

    Where the reasons mention such a story, a warning at `reasons` too: they are left out as well.
    With no audience, only reasons that hold for every audience are reported (not scope).
    """
    findings = []
    to = msg("to `{audience}`", audience=audience) if audience else msg("to any audience")

    def unseen(story_id: str) -> str | None:
        """Why the audience will not see the story, or None when it will (or may, with no audience)."""
        story = stories.get(story_id)
        reason = exclusion(story, audience or "", today) if story else "error"
        return None if reason is None or (audience is None and reason == "out-of-scope") else reason

    for panel in panels:
        for story_id in panel.considered:
            if reason := unseen(story_id):
                pos = panel.where.get(story_id, Pos(1, 1))
                message = msg(
                    "The story `{id}` is not published {to} ({reason}): "
                    "it is left out of this panel's page and printable pack.",
                    id=story_id,
                    to=to,
                    reason=EXCLUSION_TEXT[reason],
                )
                findings.append(warning(Span.at(panel.shown, pos), "panel.unpublished-story", message))
        for story_id, words in panel.title_mentions.items():
            if reason := unseen(story_id):
                message = msg(
                    "The panel's title or id names the story `{id}` (`{words}`), which is not published {to} "
                    "({reason}): the whole panel is left out of the list of panels, with its page and printable "
                    "pack. To show it, reword the title in both languages (and the id) so they do not name that "
                    "story, its title or its people.",
                    id=story_id,
                    words=words,
                    to=to,
                    reason=EXCLUSION_TEXT[reason],
                )
                pos = panel.title_pos
                findings.append(warning(Span.at(panel.shown, pos), "panel.title-unpublished-story", message))
        for story_id, words in panel.mentions.items():
            if reason := unseen(story_id):
                pos = panel.reasons_pos
                message = msg(
                    "The panel's reasons mention the story `{id}` (`{words}`), which is not published {to} "
                    "({reason}): the reasons are left out of this panel's page and printable pack. "
                    "To show them, reword the reasons in both languages so they do not name that story, "
                    "its title or its people.",
                    id=story_id,
                    words=words,
                    to=to,
                    reason=EXCLUSION_TEXT[reason],
                )
                findings.append(warning(Span.at(panel.shown, pos), "panel.reasons-unpublished-story", message))
    return findings
