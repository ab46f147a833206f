"""A labelled reference whose letters stand apart from its figures (issue 15, round eight): "case no. CC 4471",
"Rhif achos: CC 4471", "client ref XY 2291". The label says it is a person's number, so letters and figures
with a space between are one reference. Read only after a literal label word.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_LABELLED = re.compile(
    r"(?i:\b(?:case|client|file|patient|tenancy|account|housing|ref|reference|achos|cleient|ffeil|claf|tenantiaeth"
    r"|cyfeirnod|cyf)\.?(?:[ \t]+(?:no\.?|number|num|rhif|ref\.?|reference))?[ \t]*(?:is[ \t]+|yw[ \t]+|:[ \t]*)?)"
    r"((?-i:[A-Z]{1,4})[ \t][0-9]{3,8}(?:[/-][0-9A-Z]+)*)\b"
)
_NEEDLES = (
    "ase n",
    "ase r",
    "lient n",
    "lient r",
    "ile n",
    "ile r",
    "atient n",
    "enancy n",
    "enancy r",
    "ccount n",
    "ousing r",
    "ref",
    "Ref",
    "achos",
    "leient",
    "ffeil",
    "claf",
    "enantiaeth",
    "yfeirnod",
    "yf.",
)


def spaced_references(text: str) -> list[Span]:
    """Letters, a space and figures right after a label for a person's number."""
    out: list[Span] = []
    for needle in _NEEDLES:
        at = text.find(needle)
        while at >= 0:
            m = _LABELLED.search(text, max(0, at - 4), at + 40)
            if m and m.start() <= at + len(needle):
                out.append(m.span(1))
            at = text.find(needle, at + len(needle))
    return out
