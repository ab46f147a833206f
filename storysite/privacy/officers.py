"""Find a police officer named by rank and a surname that is also a place: "PC Gwynedd", "Sarjant Powys".

Called by the scanner at each rank it meets (RANKS), so it costs nothing on a text with none.
"""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx

# A rank only a person holds, before a capitalised word. The title rule reads most of these ("PC
# Hughes"); it leaves a place alone ("Dr Conwy" is rare, a place after "the" common), but a place after a
# police rank is the officer's surname: nobody writes "PC Gwynedd" for the county's force (Heddlu Gwynedd).
_RANKED = re.compile(
    r"(?<![\w-])(?:PCSO|W?PC|Sgt\.?|Sergeant|Sarjant|Rhingyll|Cwnstabl|Constable|Insp\.?|Inspector"
    r"|Ditectif)[ \t]+([A-ZÀ-ÖØ-ÞŴŶ][a-zà-öø-ÿŵŷ]+(?:-[A-Za-zà-öø-ÿŵŷ]+)*)(?![\w'’-])"
)
# The ranks as the scanner meets them, one capitalised word each ("Sgt." is read as "Sgt").
RANKS = frozenset(
    "PCSO WPC PC Sgt Sergeant Sarjant Rhingyll Cwnstabl Constable Insp Inspector Ditectif".split()  # noqa: SIM905
)


def officer_at(text: str, s: int) -> tuple[int, int] | None:
    """A police rank at S with a place's name after it, rank and name together."""
    m = _RANKED.match(text, s)
    return m.span() if m and m.group(1) in lx.PLACES else None
