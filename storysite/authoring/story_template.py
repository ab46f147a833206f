"""The text of a new story file: every field, with notes in the file's own language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from storysite.check.config import WELLBEING_KEYS, SiteConfig
from storysite.content.markdown import CASE_STUDY_SECTIONS
from storysite.vocabulary import PLACEHOLDER_MARKERS

TYPE_NAMES = {
    "en": {"magic-moment": "Magic Moment", "case-study": "case study", "msc-story": "Most Significant Change story"},
    "cy": {
        "magic-moment": "Eiliad Hudol",
        "case-study": "astudiaeth achos",
        "msc-story": "stori'r Newid Mwyaf Arwyddocaol",
    },
}

NOTES = {
    "en": {
        "header": """\
A new {kind}, made by `storysite new`. Lines starting with # are notes for you: they are
never published. Fill in everything marked {marker} and delete the marker, then run
`storysite check` and `storysite serve` to see the page.

What counts as identifying (never write these): a real name (use a made-up name and list
it under `pseudonyms`), an address or street, a postcode, a phone number, an email address,
an NHS or National Insurance number, a date of birth, the name of a school, or any other
reference number. A mix of small details (a rare condition, a job, a named place, an event
in the local news) can identify someone too: leave them out or make them general.""",
        "id": (
            "The story's address on the site: lower-case letters, digits and hyphens. The same in every "
            "language version."
        ),
        "type": "magic-moment, case-study or msc-story.",
        "title": "The headline, in this file's language.",
        "summary": "One or two sentences for listings and search results.",
        "date": "When the story was gathered (YYYY-MM-DD).",
        "consent": "CONSENT. Nothing is published until a reviewer records the person's consent here.",
        "status": "pending until the person agrees; then given. If they change their mind: withdrawn.",
        "consent_date": "The date consent was given or withdrawn (YYYY-MM-DD).",
        "scope": "Where the person agreed the story may appear: {choices}.",
        "review": "Optional: the date by which consent must be confirmed again (YYYY-MM-DD).",
        "service": "Optional: the service, one of: {choices}.",
        "client_group": "Optional: who the story is about, one of: {choices}.",
        "wellbeing": "One or more areas of wellbeing, such as [health, relationships]: {choices}.",
        "themes": "Optional learning themes: {choices}.",
        "outcome": "How it went: positive, mixed or not-as-intended (we learn from both).",
        "impact": "The impact table: one row for each outcome.",
        "area": "The area of wellbeing of this outcome (one of the areas above).",
        "comments": "Optional.",
        "msc": "The domain of change ({choices}), and why the storyteller chose this change.",
        "pseudonyms": "Made-up names used in this story, such as [Mair]: they are never flagged.",
        "allow": "Phrases a reviewer checked and allowed, such as the name of a public place.",
        "shared": "Shared fields: the same in every language version of this story (or give them in one version only).",
        "photos": """\
PHOTOS (optional). A photo can identify a person by their face, by what is in the
background (a house number, a school badge, a car) or by its hidden details, so each one
is listed here. Save it beside this file (JPEG, PNG or WebP; never SVG), then take the
first # off each line from `photos:` to `scope:` and fill them in. shows_people is required:
true if anyone can be seen, and then the people's own consent to the photo goes under it,
like the story's (leave `consent` out when it is false).
photos:
  - file: garden.jpg
    shows_people: false
    consent:
      status: given
      date: YYYY-MM-DD
      scope: [intranet]
Then place it in the text of every language version, with alt text in that language
(what the photo shows) and an optional caption in quotes:
![A raised bed of leeks and marigolds](garden.jpg "The bed in May")""",
        "none": "(none listed in site.yaml)",
    },
    "cy": {
        "header": """\
{kind_cap} newydd, wedi'i gwneud gan `storysite new`. Nodiadau i chi yw'r llinellau sy'n
dechrau gyda #: ni chânt byth eu cyhoeddi. Llenwch bopeth sydd wedi'i nodi {marker} a
dilëwch y nod, yna rhedwch `storysite check` a `storysite serve` i weld y dudalen.

Beth sy'n adnabod rhywun (peidiwch byth ag ysgrifennu'r rhain): enw go iawn (defnyddiwch
enw ffug a'i restru o dan `pseudonyms`), cyfeiriad neu stryd, cod post, rhif ffôn,
cyfeiriad e-bost, rhif GIG neu rif Yswiriant Gwladol, dyddiad geni, enw ysgol, neu unrhyw
gyfeirnod arall. Gall cyfuniad o fanylion bach (cyflwr prin, swydd, lle wedi'i enwi,
digwyddiad yn y newyddion lleol) adnabod rhywun hefyd: gadewch nhw allan neu eu cyffredinoli.""",
        "id": (
            "Cyfeiriad y stori ar y wefan: llythrennau bach, digidau a chysylltnodau. Yr un fath ym mhob fersiwn iaith."
        ),
        "type": (
            "magic-moment (Eiliad Hudol), case-study (astudiaeth achos) neu msc-story (stori Newid Mwyaf Arwyddocaol)."
        ),
        "title": "Y pennawd, yn iaith y ffeil hon.",
        "summary": "Un neu ddwy frawddeg ar gyfer rhestrau a chanlyniadau chwilio.",
        "date": "Pryd y casglwyd y stori (BBBB-MM-DD).",
        "consent": "CANIATÂD. Ni chyhoeddir dim nes bod adolygydd yn cofnodi caniatâd yr unigolyn yma.",
        "status": (
            "pending (yn aros) nes bod yr unigolyn yn cytuno; yna given (wedi'i roi). Os yw'n newid ei "
            "feddwl: withdrawn (wedi'i dynnu'n ôl)."
        ),
        "consent_date": "Y dyddiad y rhoddwyd y caniatâd neu y'i tynnwyd yn ôl (BBBB-MM-DD).",
        "scope": "Ble y cytunodd yr unigolyn y caiff y stori ymddangos: {choices}.",
        "review": "Dewisol: y dyddiad erbyn pryd y mae'n rhaid cadarnhau'r caniatâd eto (BBBB-MM-DD).",
        "service": "Dewisol: y gwasanaeth, un o: {choices}.",
        "client_group": "Dewisol: am bwy y mae'r stori, un o: {choices}.",
        "wellbeing": "Un maes llesiant neu ragor, fel [health, relationships]: {choices}.",
        "themes": "Themâu dysgu dewisol: {choices}.",
        "outcome": "Sut yr aeth hi: positive (yn dda), mixed (cymysg) neu not-as-intended (nid fel y bwriadwyd).",
        "impact": "Y tabl effaith: un rhes ar gyfer pob canlyniad.",
        "area": "Maes llesiant y canlyniad hwn (un o'r meysydd uchod).",
        "comments": "Dewisol.",
        "msc": "Y maes newid ({choices}), a pham y dewisodd y storïwr y newid hwn.",
        "pseudonyms": "Enwau ffug a ddefnyddir yn y stori hon, fel [Mair]: ni chânt byth eu nodi'n broblem.",
        "allow": "Ymadroddion y mae adolygydd wedi'u gwirio a'u caniatáu, fel enw lle cyhoeddus.",
        "shared": (
            "Meysydd a rennir: yr un fath ym mhob fersiwn iaith o'r stori hon (neu rhowch nhw mewn un fersiwn yn unig)."
        ),
        "photos": """\
LLUNIAU (dewisol). Gall llun adnabod rhywun o'i wyneb, o'r hyn sydd yn y cefndir (rhif
tŷ, bathodyn ysgol, car) neu o'i fanylion cudd, felly caiff pob un ei restru yma. Cadwch y
llun wrth ymyl y ffeil hon (JPEG, PNG neu WebP; byth SVG), yna tynnwch y # cyntaf oddi ar
bob llinell o `photos:` i `scope:` a'u llenwi. Mae angen shows_people: true os oes unrhyw un
i'w weld, ac yna daw cydsyniad y bobl eu hunain i'r llun oddi tano, fel un y stori (gadewch
`consent` allan pan fo'n false).
photos:
  - file: gardd.jpg
    shows_people: false
    consent:
      status: given
      date: BBBB-MM-DD
      scope: [intranet]
Yna rhowch y llun yn nhestun pob fersiwn iaith, gyda thestun amgen yn yr iaith honno (beth
mae'r llun yn ei ddangos) a phennawd dewisol mewn dyfynodau:
![Gwely uchel o gennin a melyn Mair](gardd.jpg "Y gwely ym mis Mai")""",
        "none": "(dim wedi'u rhestru yn site.yaml)",
    },
}

FILL = {
    "en": {
        "title": "the title in English",
        "summary": "one or two sentences saying what changed for the person",
        "impact_outcome": "the outcome the person wanted",
        "target": "the target and timescale",
        "measure": "how it was measured",
        "actual": "the actual impact, and when",
        "why": "why the storyteller chose this change, in their words",
        "wellbeing": "one or more of the areas of wellbeing listed above",
        "outcome": "positive, mixed or not-as-intended",
        "domain": "one of the domains of change listed above",
        "magic-moment": (
            "tell the moment: what happened, what the person did that mattered to them, and how you helped."
        ),
        "msc-story": (
            "the story of the change as the storyteller told it: life before, what changed, and why it matters."
        ),
        "sections": (
            "who the person is (no real names) and their life before.",
            "why the person came into contact with us.",
            "the support given, and which other agencies were involved.",
            "what the person, their family and other workers said.",
            "what changed; the impact table above gives the detail.",
            "what we learned, including what did not work.",
        ),
    },
    "cy": {
        "title": "y teitl yn Gymraeg",
        "summary": "un neu ddwy frawddeg yn dweud beth a newidiodd i'r unigolyn",
        "impact_outcome": "y canlyniad yr oedd yr unigolyn am ei gael",
        "target": "y targed a'r amserlen",
        "measure": "sut y cafodd ei fesur",
        "actual": "yr effaith go iawn, a phryd",
        "why": "pam y dewisodd y storïwr y newid hwn, yn ei eiriau ei hun",
        "wellbeing": "un neu ragor o'r meysydd llesiant a restrir uchod",
        "outcome": "positive, mixed neu not-as-intended",
        "domain": "un o'r meysydd newid a restrir uchod",
        "magic-moment": (
            "adroddwch yr eiliad: beth ddigwyddodd, beth wnaeth yr unigolyn oedd yn bwysig iddo, a sut y "
            "gwnaethoch chi helpu."
        ),
        "msc-story": (
            "stori'r newid fel y'i hadroddwyd gan y storïwr: bywyd cyn hyn, beth a newidiodd, a pham mae'n bwysig."
        ),
        "sections": (
            "pwy yw'r unigolyn (dim enwau go iawn) a'i fywyd cyn hyn.",
            "pam y daeth yr unigolyn i gysylltiad â ni.",
            "y cymorth a roddwyd, a pha asiantaethau eraill a fu'n rhan o'r gwaith.",
            "beth ddywedodd yr unigolyn, ei deulu a gweithwyr eraill.",
            "beth a newidiodd; mae'r tabl effaith uchod yn rhoi'r manylion.",
            "beth a ddysgwyd, gan gynnwys yr hyn na weithiodd.",
        ),
    },
}


def story_file(
    story_type: str, lang: str, *, story_id: str, title: str, title_lang: str, date: dt.date, config: SiteConfig | None
) -> str:
    """A story file of `story_type` in `lang`: front matter with notes, then the body to write."""
    notes, fill, marker = NOTES[lang], FILL[lang], PLACEHOLDER_MARKERS[lang]

    def todo(key: str) -> str:
        return _quote(f"{marker} {fill[key]}")

    def choices(keys: Iterable[str]) -> str:
        return ", ".join(keys) or notes["none"]

    def note(key: str, indent: str = "", **values: str) -> list[str]:
        return [f"{indent}# {line}".rstrip() for line in notes[key].format(**values).split("\n")]

    kind = TYPE_NAMES[lang][story_type]
    heading = _quote(title) if lang == title_lang else _quote(f"{marker} {fill['title']} ({title})")
    lines = ["---", *note("header", kind=kind, kind_cap=kind[0].upper() + kind[1:], marker=marker), ""]
    lines += [
        *note("id"),
        f"id: {story_id}",
        *note("type"),
        f"type: {story_type}",
        *note("title"),
        f"title: {heading}",
        *note("summary"),
        f"summary: {todo('summary')}",
        *note("shared"),
        *note("date"),
        f"date: {date.isoformat()}",
        "",
    ]
    audiences = config.audiences if config else {}
    lines += [
        *note("consent"),
        "consent:",
        *note("status", "  "),
        "  status: pending",
        *note("consent_date", "  "),
        "  date:",
        *note("scope", "  ", choices=choices(audiences)),
        "  scope: []",
        *note("review", "  "),
        "  review:",
        "",
    ]
    lines += [
        *note("service", choices=choices(config.services if config else {})),
        "service:",
        *note("client_group", choices=choices(config.client_groups if config else {})),
        "client_group:",
        *note("wellbeing", choices=choices(WELLBEING_KEYS)),
        f"wellbeing: [{todo('wellbeing')}]",
        *note("themes", choices=choices(config.themes if config else {})),
        "themes: []",
    ]
    if story_type == "case-study":
        lines += [
            *note("outcome"),
            f"outcome: {todo('outcome')}",
            *note("impact"),
            "impact:",
            f"  - outcome: {todo('impact_outcome')}",
            *note("area", "    "),
            "    area:",
            f"    target: {todo('target')}",
            f"    measure: {todo('measure')}",
            f"    actual: {todo('actual')}",
            *note("comments", "    "),
            '    comments: ""',
        ]
    if story_type == "msc-story":
        lines += [
            *note("msc", choices=choices(config.msc_domains if config else {})),
            "msc:",
            f"  domain: {todo('domain')}",
            f"  why_significant: {todo('why')}",
        ]
    lines += ["", *note("pseudonyms"), "pseudonyms: []", *note("allow"), "allow: []", "", *note("photos"), "---"]
    if story_type == "case-study":
        for section, text in zip(CASE_STUDY_SECTIONS[lang], fill["sections"], strict=True):
            lines += [f"## {section}", "", f"{marker} {text}", ""]
    else:
        lines += [f"{marker} {fill[story_type]}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _quote(text: str) -> str:
    """A YAML double-quoted string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
