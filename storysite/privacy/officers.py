"""Find a police officer named by rank and a surname that is also a place: "PC Gwynedd", "Sarjant Powys"."""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx

# A rank only a person holds, before a capitalised word. The title rule reads most of these ("PC
# Hughes"); it leaves a place alone ("Dr Conwy" is rare, a place after "the" common), but a place after a
# police rank is the officer's surname: nobody writes "PC Gwynedd" for the county's force (Heddlu Gwynedd).
_RANKED = re.compile(
    r"(?<![\w-])(?:PCSO|W?PC|Sgt\.?|Sergeant|Sarjant|Rhingyll|Cwnstabl|Constable|Insp\.?|Inspector|Arolygydd"
    r"|Ditectif)[ \t]+([A-ZÀ-ÖØ-ÞŴŶ][a-zà-öø-ÿŵŷ]+(?:-[A-Za-zà-öø-ÿŵŷ]+)*)(?![\w'’-])"
)
_NEEDLES = ("PC", "Sgt", "Serg", "Sarjant", "Rhingyll", "Cwnstabl", "Constable", "Insp", "Arolygydd", "Ditectif")


def officers_by_place_names(text: str) -> list[tuple[int, int]]:
    """Every police rank with a place's name after it, rank and name together."""
    spans = []
    for needle in _NEEDLES:  # str.find, then the pattern at each find: cheaper than one pass of it
        i = text.find(needle)
        while i >= 0:
            m = _RANKED.match(text, i - (needle == "PC" and i > 0 and text[i - 1] == "W"))
            if m and m.group(1) in lx.PLACES:
                spans.append(m.span())
            i = text.find(needle, i + 1)
    return spans
