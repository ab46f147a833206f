"""site.yaml → SiteConfig, every problem collected as a finding."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storysite import LANGUAGES
from storysite.check.exposed import site_findings
from storysite.check.fields import KEY_RE, FieldChecker
from storysite.content.yamlsafe import Document, parse_yaml
from storysite.findings import Finding, Span, error
from storysite.i18n.messages import msg
from storysite.vocabulary import TAXONOMIES

Label = dict[str, str]  # language code → text

WELLBEING_KEYS = (
    "health",
    "protection",
    "education",
    "relationships",
    "contribution",
    "rights",
    "social-economic",
    "accommodation",
)
"""The eight areas of wellbeing, Social Services and Well-being (Wales) Act 2014, s.2."""

DEFAULT_WELLBEING: dict[str, Label] = {
    "health": {
        "cy": "Iechyd corfforol, iechyd meddwl a llesiant emosiynol",
        "en": "Physical and mental health and emotional wellbeing",
    },
    "protection": {"cy": "Amddiffyn rhag camdriniaeth ac esgeulustod", "en": "Protection from abuse and neglect"},
    "education": {"cy": "Addysg, hyfforddiant a gweithgareddau hamdden", "en": "Education, training and recreation"},
    "relationships": {
        "cy": "Perthnasoedd domestig, teuluol a phersonol",
        "en": "Domestic, family and personal relationships",
    },
    "contribution": {"cy": "Cyfraniad a wneir at y gymdeithas", "en": "Contribution made to society"},
    "rights": {"cy": "Sicrhau hawliau a hawlogaethau", "en": "Securing rights and entitlements"},
    "social-economic": {"cy": "Llesiant cymdeithasol ac economaidd", "en": "Social and economic wellbeing"},
    "accommodation": {"cy": "Addasrwydd llety preswyl", "en": "Suitability of living accommodation"},
}

SITE_FIELDS = (
    "title",
    "organisation",
    "description",
    "page_size",
    "allow",
    "theme",
    "accessibility",
    "sign_off_required",
    "photos_on_cards",
    *TAXONOMIES,
)
ACCESSIBILITY_FIELDS = ("compliance", "email", "phone", "prepared", "reviewed")
COMPLIANCE = ("full", "partial", "not")  # WCAG 2.2 AA: fully, partially or not compliant (the 2018 regulations)


@dataclass(frozen=True)
class Accessibility:
    """What the accessibility statement says about the site's owner; each optional in site.yaml."""

    compliance: str = ""
    email: str = ""
    phone: str = ""
    prepared: dt.date | None = None
    reviewed: dt.date | None = None


@dataclass(frozen=True)
class SiteConfig:
    """Site settings and taxonomies; every label in both languages."""

    title: Label
    organisation: Label
    description: Label
    page_size: int = 12
    theme: str = "default"
    wellbeing: dict[str, Label] = field(default_factory=lambda: dict(DEFAULT_WELLBEING))
    themes: dict[str, Label] = field(default_factory=dict)
    services: dict[str, Label] = field(default_factory=dict)
    client_groups: dict[str, Label] = field(default_factory=dict)
    msc_domains: dict[str, Label] = field(default_factory=dict)
    audiences: dict[str, Label] = field(default_factory=dict)
    allow: tuple[str, ...] = ()
    accessibility: Accessibility = field(default_factory=Accessibility)
    sign_off_required: tuple[str, ...] = ()  # audiences that publish only signed-off stories
    photos_on_cards: bool = False  # show a story's first published photo on its cards in listings

    def taxonomy(self, name: str) -> dict[str, Label]:
        return getattr(self, name)  # type: ignore[no-any-return]


def read_config(content: Path, shown: str) -> tuple[SiteConfig | None, list[Finding]]:
    """Read `content/site.yaml`; `shown` is the path to print for it."""
    path = content / "site.yaml"
    if path.is_symlink():  # it may lead anywhere: settings come only from inside CONTENT
        return None, [
            error(
                Span(shown),
                "file.symlink-outside",
                msg(
                    "site.yaml is a link; storysite reads settings only from a real file in the content folder. "
                    "Replace the link with a copy of the file."
                ),
            )
        ]
    if path.is_dir():
        return None, [
            error(
                Span(shown),
                "file.unreadable",
                msg("site.yaml is a folder, not a file: remove it and run `storysite init` to make a site.yaml."),
            )
        ]
    if not path.exists():
        return None, [
            error(Span(shown), "site.missing", msg("There is no site.yaml: run `storysite init` to make one."))
        ]
    try:
        text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        return None, [
            error(Span(shown), "file.encoding", msg("site.yaml is not UTF-8 text ({reason}).", reason=exc.reason))
        ]
    except OSError as exc:
        return None, [
            error(
                Span(shown),
                "file.unreadable",
                msg(
                    "site.yaml could not be read ({reason}): check that it is a file you may read.",
                    reason=exc.strerror or exc,
                ),
            )
        ]
    return parse_config(parse_yaml(text), shown, text)


def parse_config(doc: Document, shown: str, text: str = "") -> tuple[SiteConfig | None, list[Finding]]:
    """Validate parsed site.yaml (`text` is the file's, to locate what its labels hold)."""
    report = FieldChecker(shown, doc)
    for problem in doc.problems:
        report.findings.append(error(Span.at(shown, problem.pos), problem.rule, problem.message))
    data: Any = doc.data
    if report.findings:
        return None, report.findings
    if not isinstance(data, dict):
        report.at((), "site.not-mapping", msg("site.yaml must be a list of settings such as `title: ...`."))
        return None, report.findings
    report.unknown_keys(data, (), SITE_FIELDS, "site.yaml")
    labels = {
        name: _label(report, data, name, required=name == "title") for name in ("title", "organisation", "description")
    }
    taxonomies = {name: _taxonomy(report, data, name) for name in TAXONOMIES}
    wellbeing = taxonomies["wellbeing"] or dict(DEFAULT_WELLBEING)
    if "wellbeing" in data:
        for key in WELLBEING_KEYS:
            if key not in wellbeing:
                report.at(
                    ("wellbeing",),
                    "site.wellbeing",
                    msg("The wellbeing area `{key}` is missing from `wellbeing`.", key=key),
                )
        for key in wellbeing:
            if key not in WELLBEING_KEYS:
                report.at(
                    ("wellbeing", key),
                    "site.wellbeing",
                    msg("`{key}` is not one of the eight areas of wellbeing in the 2014 Act.", key=key),
                    key=True,
                )
    if not taxonomies["audiences"]:
        report.at((), "site.audiences", msg("site.yaml must list `audiences`, for example `intranet`."))
    page_size = data.get("page_size", 12)
    if not isinstance(page_size, int) or isinstance(page_size, bool) or not 1 <= page_size <= 500:
        report.at(("page_size",), "schema.type", msg("`page_size` must be a whole number from 1 to 500."))
        page_size = 12
    allow = data.get("allow") or []
    if not isinstance(allow, list) or not all(isinstance(a, str) and a.strip() for a in allow):
        report.at(
            ("allow",), "schema.type", msg('`allow` must be a list of phrases, such as `["Canolfan y Dderwen"]`.')
        )
        allow = []
    report.findings.extend(site_findings(shown, text, doc, data, [a.strip() for a in allow]))
    theme = data.get("theme", "default")
    if not isinstance(theme, str) or not KEY_RE.match(theme):
        report.at(("theme",), "schema.type", msg("`theme` must be the name of a folder in themes/."))
        theme = "default"
    accessibility = _accessibility(report, data)
    sign_off_required = _sign_off_required(report, data, taxonomies["audiences"] or {})
    photos_on_cards = data.get("photos_on_cards", False)
    if not isinstance(photos_on_cards, bool):
        report.at(("photos_on_cards",), "schema.type", msg("`photos_on_cards` must be `true` or `false`."))
        photos_on_cards = False
    if report.findings:
        return None, report.findings
    title = labels["title"] or {}
    config = SiteConfig(
        title=title,
        organisation=labels["organisation"] or title,
        description=labels["description"] or {lang: "" for lang in LANGUAGES},
        page_size=page_size,
        theme=theme,
        wellbeing={key: wellbeing[key] for key in WELLBEING_KEYS if key in wellbeing},
        themes=taxonomies["themes"] or {},
        services=taxonomies["services"] or {},
        client_groups=taxonomies["client_groups"] or {},
        msc_domains=taxonomies["msc_domains"] or {},
        audiences=taxonomies["audiences"] or {},
        allow=tuple(a.strip() for a in allow),
        accessibility=accessibility,
        sign_off_required=sign_off_required,
        photos_on_cards=photos_on_cards,
    )
    return config, []


def _sign_off_required(report: FieldChecker, data: dict[str, Any], audiences: dict[str, Label]) -> tuple[str, ...]:
    """`sign_off_required`: the audiences that publish only signed-off stories (none when it is not given)."""
    if data.get("sign_off_required") is None:
        return ()
    found = report.keys_list(
        data, (), "sign_off_required", audiences, required=False, what=msg("audience in site.yaml")
    )
    return tuple(found or ())


def _accessibility(report: FieldChecker, data: dict[str, Any]) -> Accessibility:
    """The optional `accessibility:` block: contact details and dates for the accessibility statement."""
    block = report.mapping(data, (), "accessibility", required=False)
    if not block:
        return Accessibility()
    where = ("accessibility",)
    report.unknown_keys(block, where, ACCESSIBILITY_FIELDS, "`accessibility`")
    dates: dict[str, dt.date | None] = {}
    for name in ("prepared", "reviewed"):
        value = block.get(name)
        dates[name] = value if isinstance(value, dt.date) else None
        if value is not None and not isinstance(value, dt.date):
            report.at(
                (*where, name),
                "schema.date",
                msg(
                    "`{name}` must be a date written YYYY-MM-DD, such as 2026-03-14 (found `{value}`).",
                    name=name,
                    value=value,
                ),
            )
    return Accessibility(
        compliance=report.choice(block, where, "compliance", COMPLIANCE, required=False, what="`compliance`") or "",
        email=report.text(block, where, "email", required=False) or "",
        phone=report.text(block, where, "phone", required=False) or "",
        prepared=dates["prepared"],
        reviewed=dates["reviewed"],
    )


def _label(report: FieldChecker, data: dict[str, Any], name: str, *, required: bool, where: tuple = ()) -> Label | None:
    value = data.get(name)
    path = (*where, name)
    if value is None:
        if required:
            report.at(
                where,
                "schema.required",
                msg("`{name}` is required, in Welsh and English: `{name}: {{cy: ..., en: ...}}`.", name=name),
            )
        return None
    if not isinstance(value, dict):
        report.at(
            path, "site.label", msg("`{name}` needs a label in each language: `{{cy: ..., en: ...}}`.", name=name)
        )
        return None
    report.unknown_keys(value, path, LANGUAGES, msg("`{name}` (languages are `cy` and `en`)", name=name))
    label: Label = {}
    for lang in LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            report.at(
                path,
                "site.label",
                msg("`{name}` has no Welsh label (`cy`).", name=name)
                if lang == "cy"
                else msg("`{name}` has no English label (`en`).", name=name),
            )
        else:
            label[lang] = text.strip()
    return label


def _taxonomy(report: FieldChecker, data: dict[str, Any], name: str) -> dict[str, Label] | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, dict):
        report.at(
            (name,), "schema.type", msg("`{name}` must list keys, each with `{{cy: ..., en: ...}}` labels.", name=name)
        )
        return None
    result: dict[str, Label] = {}
    for key in value:
        if not KEY_RE.match(key):
            report.at(
                (name, key),
                "site.key",
                msg("`{key}` is not a valid key: use lower-case letters, digits and hyphens.", key=key),
                key=True,
            )
            continue
        label = _label(report, value, key, required=True, where=(name,))
        if label is not None:
            result[key] = label
    return result
