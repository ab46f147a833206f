"""Look-alikes in real prose that the identifying-details check must not flag (issue 15).

Each decoy kind fixed for the clean-prose false-alarm rate has a case in Welsh and in English
(Welsh names are written in English prose too), and a look-alike beside it that is still an
identifying detail, so the fix cannot pass by flagging nothing. Every name is invented.
"""

from __future__ import annotations

import pytest

from storysite.privacy import scan_text

CLEAN = [
    # A path or trail (Llwybr) is no address: nobody lives on a footpath.
    ("path", "cy", "Llwybr Eithinog yw'r hiraf o'r chwe llwybr i'r copa."),
    ("path", "cy", "Gyda Llwybr Tawelan mor gyfleus, bydd pawb yn cerdded i'r maes."),
    ("path", "en", "Llwybr Eithinog is the longest of the six paths to the summit."),
    # A landed estate (Stad, Ystad) gives and owns things; it is not a home's address.
    ("estate", "cy", "Cyfrannodd Stad Plas Eithin gyrn i'r band ym 1895."),
    ("estate", "en", "Stad Plas Eithin gave the band its first horns in 1895."),
    # A mountain, pass or beach named after a person.
    ("landscape", "cy", "Aethon ni i gerdded i gopa Cadair Elystan ar ddiwrnod clir."),
    ("landscape", "cy", "Mae Carnedd Iorwerth a Moel Elystan i'w gweld o'r pentref."),
    ("landscape", "en", "On a clear day we walked up Cadair Elystan and back down by Bwlch Iorwerth."),
    # "called" after a word for a thing names the thing.
    ("thing-called", "cy", "Rydw i'n ymarfer ar gyfer sioe gerdd newydd o'r enw Cyfrinach yn y theatr."),
    ("thing-called", "cy", "Maen nhw'n cystadlu ar draws y byd mewn adnodd o'r enw Rhifoli."),
    ("thing-called", "en", "She practised every night for a new musical called Cyfrinach."),
    ("thing-called", "en", "The children use an app called Rhifoli to learn their tables."),
    # A Welsh title of office after a name, and the portfolio after a capitalised title.
    ("office", "cy", '"Croeso," meddai Nia Wyn Jones, Prif Weithredwr y Ganolfan.'),
    # (the mutated title became an everyday word with this fix: it must not make a cue instead)
    ("office", "cy", "Pan oedd yn Weinidog Amddiffyn, soniodd am longau rhyfel."),
    ("office", "en", '"Welcome," said Nia Wyn Jones, Prif Weithredwr of the centre.'),
    ("office", "en", "While he was Gweinidog Amddiffyn he spoke about warships."),
    # A brand of two names joined by "&" or "and".
    ("joined-brand", "en", "She brought a cake from Marks & Spencer and ate none of it."),
    ("joined-brand", "en", "They shared a tub of Ben & Jerry's in the lounge."),
    ("joined-brand", "cy", "Daeth hi â chacen o Marks and Spencer, ond fwytodd hi ddim."),
    # A role word in capitals opening a table cell, with a possessive.
    ("role-cell", "en", "| Housing | Landlord's letter on file, ref held by team |"),
    ("role-cell", "cy", "| Tai | Landlord's letter ar y ffeil |"),
]


# The speaker named before a title of office is a person: only her name is flagged.
SPEAKER = "Nia Wyn Jones"


@pytest.mark.parametrize(
    ("kind", "lang", "text"), CLEAN, ids=[f"{k}-{lang}-{i}" for i, (k, lang, _) in enumerate(CLEAN)]
)
def test_decoy_is_not_flagged(kind: str, lang: str, text: str) -> None:
    expected = [("person-name", SPEAKER)] if SPEAKER in text else []
    assert [(d.category, d.text) for d in scan_text(text, lang)] == expected


STILL_FOUND = [
    # A street whose head is a path or estate word is still an address when someone lives there.
    ("path", "cy", "Mae hi'n byw ar Lwybr y Gwenyn ers deng mlynedd.", "address", "Lwybr y Gwenyn"),
    ("path", "en", "She has lived on Llwybr y Gwenyn for ten years.", "address", "Llwybr y Gwenyn"),
    ("estate", "cy", "Mae Gwion yn byw gyda'i fam ar Stad Bryn Eithin.", "address", "Stad Bryn Eithin"),
    ("estate", "en", "Gwion lives with his mam on Stad Bryn Eithin.", "address", "Stad Bryn Eithin"),
    # A person named beside a mountain is still a person.
    ("landscape", "cy", "Cerddodd Ffion Prydderch i gopa Cadair Elystan.", "person-name", "Ffion Prydderch"),
    ("landscape", "en", "Ffion Prydderch walked up Cadair Elystan.", "person-name", "Ffion Prydderch"),
    # "called" after a person's word is still a cue for a name no list knows.
    ("thing-called", "cy", "Daeth dyn o'r enw Tresfin i'r drws.", "person-name", "Tresfin"),
    ("thing-called", "en", "A man called Tresfin knocked on the door.", "person-name", "Tresfin"),
    # A person with a title of office is still a person.
    ("office", "cy", "Siaradodd y Rheolwr Tîm, Siwan Beynon, am y cynllun.", "person-name", "Siwan Beynon"),
    ("office", "en", "The Prif Weithredwr, Siwan Beynon, opened the day.", "person-name", "Siwan Beynon"),
    # Two people joined by "and" are two people.
    ("joined-brand", "en", "Ben and Spencer Pughe came round for tea.", "person-name", "Ben"),
    ("joined-brand", "cy", "Daeth Ben a Spencer Pughe draw am de.", "person-name", "Spencer Pughe"),
    # A landlord named is still a person.
    ("role-cell", "en", "Her landlord, Pryderi, came round.", "person-name", "Pryderi"),
    ("role-cell", "cy", "Daeth ei landlord, Pryderi, draw.", "person-name", "Pryderi"),
]


@pytest.mark.parametrize(
    ("kind", "lang", "text", "category", "words"),
    STILL_FOUND,
    ids=[f"{k}-{lang}-{i}" for i, (k, lang, *_) in enumerate(STILL_FOUND)],
)
def test_look_alike_beside_the_decoy_is_still_found(kind: str, lang: str, text: str, category: str, words: str) -> None:
    assert (category, words) in [(d.category, d.text) for d in scan_text(text, lang)]
