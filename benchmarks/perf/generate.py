"""Generate a large, valid bilingual story library for the performance benchmark.

    python benchmarks/perf/generate.py --stories 10000 --out /tmp/lib/content

Writes CONTENT/site.yaml and CONTENT/stories/NNNN/<id>.{cy,en}.md: about 60 % Magic
Moments (~300 words), 30 % case studies (~700 words, the six sections, an impact table)
and 10 % MSC stories. Every story has consent given for the intranet and names no one but
its declared pseudonym, so `storysite check` finds no errors. The output is the same for the
same --seed and --stories.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from storysite.check.config import WELLBEING_KEYS  # noqa: E402
from storysite.content.markdown import CASE_STUDY_SECTIONS  # noqa: E402

# Names that Welsh does not mutate, so the pseudonym is written the same in both languages.
PSEUDONYMS = ("Elin", "Aled", "Owain", "Iolo", "Nia", "Sioned", "Huw", "Alun", "Eirlys", "Anwen", "Osian", "Non")
THEMES = {
    "culture": ("Diwylliant", "Culture"),
    "planning": ("Cynllunio trwy drosiadau", "Metaphorical approaches to planning"),
    "kindness": ("Caredigrwydd", "Kindness"),
    "relationships": ("Perthnasoedd", "Relationships"),
    "small": ("Mae pethau bach yn bwysig", "Small things matter"),
    "emergence": ("Newid sy'n dod i'r amlwg", "Emergence"),
    "agency": ("Llais a rheolaeth", "Agency"),
    "story": ("Grym stori", "The power of story"),
    "dialogue": ("Deialog", "Dialogue"),
}
SERVICES = {
    "reablement": ("Ailalluogi", "Reablement"),
    "community-connectors": ("Cysylltwyr cymunedol", "Community connectors"),
    "day-services": ("Gwasanaethau dydd", "Day services"),
    "care-homes": ("Cartrefi gofal", "Care homes"),
}
CLIENT_GROUPS = {
    "older-people": ("Pobl hŷn", "Older people"),
    "carers": ("Gofalwyr", "Carers"),
    "young-people": ("Pobl ifanc", "Young people"),
}
SENTENCES = {
    "en": (
        "{name} had not been out to the garden for a long time and missed the smell of the roses.",
        "One afternoon a support worker asked what would make the week feel better.",
        "The answer was simple: a cup of tea outside, in the sun, with someone to talk to.",
        "We moved a chair to the back door and carried the tea out together.",
        "It took a while, but nobody was in a hurry, and that mattered more than anything.",
        "{name} talked about the vegetables grown years ago and the neighbours who shared them.",
        "Staff noticed a smile that the team had not seen for weeks.",
        "Afterwards the family said it was the first good news they had heard in a long while.",
        "The care plan did not mention the garden, yet it turned out to be the thing that counted.",
        "Small things like this build trust, and trust makes the harder conversations easier.",
        "The team now asks every person what a good day looks like before planning anything else.",
        "{name} chose the music for the lunch club and taught the group a song from childhood.",
        "A volunteer helped with the bus timetable so that the trip could happen every week.",
        "Nobody had asked about the old hobby before; once asked, the answer came at once.",
        "The worker listened more than she spoke, and the plan changed because of what she heard.",
        "Later that month the group went to the library and borrowed books about birds.",
        "It was not a big event, but it made a real difference to how the days felt.",
        "Confidence grew slowly, one short walk at a time, until the walks were no longer short.",
        "The manager shared the story at the team meeting to show what person-centred care means.",
        "Everyone agreed that kindness and patience had done more than any new service could.",
    ),
    "cy": (
        "Doedd {name} ddim wedi bod allan i'r ardd ers amser hir ac roedd yn colli arogl y rhosod.",
        "Un prynhawn gofynnodd gweithiwr cymorth beth fyddai'n gwneud yr wythnos yn well.",
        "Roedd yr ateb yn syml: paned y tu allan, yn yr haul, gyda rhywun i siarad ag ef.",
        "Symudon ni gadair at y drws cefn a chario'r te allan gyda'n gilydd.",
        "Cymerodd dipyn o amser, ond doedd neb ar frys, ac roedd hynny'n bwysicach na dim.",
        "Siaradodd {name} am y llysiau a dyfwyd flynyddoedd yn ôl a'r cymdogion a'u rhannodd.",
        "Sylwodd y staff ar wên nad oedd y tîm wedi'i gweld ers wythnosau.",
        "Wedyn dywedodd y teulu mai dyna'r newyddion da cyntaf iddyn nhw ei glywed ers tro.",
        "Doedd y cynllun gofal ddim yn sôn am yr ardd, ond dyna'r peth a oedd yn cyfrif.",
        "Mae pethau bach fel hyn yn meithrin ymddiriedaeth, ac mae ymddiriedaeth yn gwneud sgyrsiau anodd yn haws.",
        "Mae'r tîm nawr yn gofyn i bob person sut beth yw diwrnod da cyn cynllunio dim arall.",
        "Dewisodd {name} y gerddoriaeth ar gyfer y clwb cinio a dysgu cân o'i blentyndod i'r grŵp.",
        "Helpodd gwirfoddolwr gydag amserlen y bws fel y gallai'r daith ddigwydd bob wythnos.",
        "Doedd neb wedi holi am yr hen ddiddordeb o'r blaen; ar ôl gofyn, daeth yr ateb ar unwaith.",
        "Gwrandawodd y gweithiwr fwy nag y siaradodd, a newidiodd y cynllun oherwydd yr hyn a glywodd.",
        "Yn nes ymlaen yn y mis aeth y grŵp i'r llyfrgell a benthyg llyfrau am adar.",
        "Nid oedd yn ddigwyddiad mawr, ond gwnaeth wahaniaeth go iawn i sut roedd y dyddiau'n teimlo.",
        "Tyfodd yr hyder yn araf, un daith gerdded fer ar y tro, nes nad oedd y teithiau'n fyr mwyach.",
        "Rhannodd y rheolwr y stori yng nghyfarfod y tîm i ddangos beth yw gofal sy'n canolbwyntio ar yr unigolyn.",
        "Cytunodd pawb fod caredigrwydd ac amynedd wedi gwneud mwy nag unrhyw wasanaeth newydd.",
    ),
}
TITLES = {
    "en": ("Back in the garden", "Tea in the sun", "A song for the group", "The bus on a Tuesday", "Books about birds"),
    "cy": ("Yn ôl yn yr ardd", "Paned yn yr haul", "Cân i'r grŵp", "Y bws ar ddydd Mawrth", "Llyfrau am adar"),
}
SUMMARY = {
    "en": "A small change in the week that made a real difference.",
    "cy": "Newid bach yn yr wythnos a wnaeth wahaniaeth go iawn.",
}
IMPACT = {
    "en": (
        "Feels less lonely",
        "Weekly contact within three months",
        "Outcomes conversation at review",
        "Goes to lunch club twice a week after six weeks",
    ),
    "cy": (
        "Yn teimlo'n llai unig",
        "Cyswllt bob wythnos o fewn tri mis",
        "Sgwrs canlyniadau yn yr adolygiad",
        "Yn mynd i'r clwb cinio ddwywaith yr wythnos ar ôl chwe wythnos",
    ),
}
WHY = {
    "en": "It showed how listening changed the plan.",
    "cy": "Dangosodd sut y newidiodd gwrando y cynllun.",
}


def site_yaml() -> str:
    """site.yaml with the nine learning themes, services, client groups and audiences."""

    def block(name: str, items: dict[str, tuple[str, str]]) -> str:
        rows = "".join(f'  {key}: {{cy: "{cy}", en: "{en}"}}\n' for key, (cy, en) in items.items())
        return f"{name}:\n{rows}"

    return (
        'title: {cy: "Llyfrgell straeon meincnod", en: "Benchmark story library"}\n'
        'organisation: {cy: "Cyngor Meincnod", en: "Benchmark Council"}\n'
        'description: {cy: "Straeon a gynhyrchwyd ar gyfer meincnod.", en: "Stories generated for a benchmark."}\n'
        "page_size: 12\n"
        + block("themes", THEMES)
        + block("services", SERVICES)
        + block("client_groups", CLIENT_GROUPS)
        + block("msc_domains", {"changes-in-lives": ("Newidiadau ym mywydau pobl", "Changes in people's lives")})
        + block("audiences", {"intranet": ("Mewnrwyd", "Intranet"), "public": ("Cyhoeddus", "Public")})
    )


def paragraphs(rng: random.Random, lang: str, name: str, words: int) -> str:
    """Paragraphs of about `words` words, in `lang`, naming only `name`."""
    out: list[str] = []
    para: list[str] = []
    count = 0
    while count < words:
        sentence = rng.choice(SENTENCES[lang]).format(name=name)
        para.append(sentence)
        count += len(sentence.split())
        if len(para) >= 4:
            out.append(" ".join(para))
            para = []
    if para:
        out.append(" ".join(para))
    return "\n\n".join(out)


def story_files(number: int, seed: int) -> dict[str, str]:
    """Both language versions of story `number`: {lang: file text}."""
    rng = random.Random(seed * 1_000_003 + number)
    roll = rng.random()
    story_type = "magic-moment" if roll < 0.6 else "case-study" if roll < 0.9 else "msc-story"
    prefix = {"magic-moment": "mm", "case-study": "cs", "msc-story": "msc"}[story_type]
    story_id = f"{prefix}-{number:06d}"
    name = rng.choice(PSEUDONYMS)
    date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2500))
    wellbeing = rng.sample(WELLBEING_KEYS, rng.randint(1, 3))
    themes = rng.sample(list(THEMES), rng.randint(0, 3))
    service = rng.choice(list(SERVICES))
    client_group = rng.choice(list(CLIENT_GROUPS))
    title_index = rng.randrange(len(TITLES["en"]))
    files = {}
    for lang in ("cy", "en"):
        neutral = ""
        if lang == "cy":  # language-neutral fields written once, in the Welsh version
            neutral = (
                f"type: {story_type}\ndate: {date.isoformat()}\nservice: {service}\nclient_group: {client_group}\n"
                f"wellbeing: [{', '.join(wellbeing)}]\nthemes: [{', '.join(themes)}]\n"
                f"consent:\n  status: given\n  date: {(date + dt.timedelta(days=7)).isoformat()}\n  scope: [intranet]\n"
            )
            if story_type == "case-study":
                neutral += f"outcome: {rng.choice(('positive', 'mixed', 'not-as-intended'))}\n"
        extra = ""
        if story_type == "case-study":
            outcome, target, measure, actual = IMPACT[lang]
            extra = (
                f"impact:\n  - outcome: {outcome}\n    area: {wellbeing[0]}\n    target: {target}\n"
                f'    measure: {measure}\n    actual: {actual}\n    comments: ""\n'
            )
            body = "\n\n".join(
                f"## {heading}\n\n{paragraphs(rng, lang, name, 115)}" for heading in CASE_STUDY_SECTIONS[lang]
            )
        else:
            body = paragraphs(rng, lang, name, 300)
        if story_type == "msc-story":
            extra = (
                "msc:\n"
                + ("  domain: changes-in-lives\n" if lang == "cy" else "")
                + f"  why_significant: {WHY[lang]}\n"
            )
        title = f"{TITLES[lang][title_index]} ({number})"
        files[lang] = (
            f'---\nid: {story_id}\ntitle: "{title}"\nsummary: {SUMMARY[lang]}\n{neutral}{extra}'
            f"pseudonyms: [{name}]\n---\n{body}\n"
        )
    return files


def generate(content: Path, stories: int, seed: int = 1) -> int:
    """Write a library of `stories` bilingual stories into `content`; returns bytes written."""
    content.mkdir(parents=True, exist_ok=True)
    (content / "site.yaml").write_text(site_yaml(), encoding="utf-8")
    total = 0
    for number in range(1, stories + 1):
        folder = content / "stories" / f"{number // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        for lang, text in story_files(number, seed).items():
            data = text.encode("utf-8")
            (folder / f"story-{number:06d}.{lang}.md").write_bytes(data)
            total += len(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="the content folder to write")
    args = parser.parse_args()
    total = generate(args.out, args.stories, args.seed)
    print(f"{args.stories} stories, {2 * args.stories} files, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
