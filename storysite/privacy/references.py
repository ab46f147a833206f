"""A labelled reference whose letters stand apart from its figures (issue 15, round eight): "case no. CC 4471",
"Rhif achos: CC 4471", "client ref XY 2291". The label says it is a person's number, so letters and figures
with a space between are one reference. Read only after a literal label word.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_LABELLED = re.compile(
    # "case no.", "client ref", "rhif achos": a label and its number word, then perhaps "is" or ":"
    r"(?i:\b(?:(?:case|client|file|patient|tenancy|account|housing|achos|cleient|ffeil|claf|tenantiaeth)\.?"
    r"[ \t]+(?:no\.?|number|num|rhif|ref\.?|reference)[ \t]*(?:is[ \t]+|yw[ \t]+|:[ \t]*)?"
    # ... or a bare "ref", "cyfeirnod", "achos" that says so with "is" or ":" ("Rhif achos: CC 4471")
    r"|(?:ref|reference|cyfeirnod|cyf|achos)\.?[ \t]*(?:is[ \t]+|yw[ \t]+|ydy[ \t]+|oedd[ \t]+|:[ \t]*)))"
    r"((?-i:[A-Z]{1,4})[ \t][0-9]{3,8}(?:[/-][0-9A-Z]+)*)\b"
)
# Where a capital stands before figures with a space between: one quick pass.
_SPACE_DIGIT = re.compile(r"[A-Z][ \t][0-9]")


def spaced_references(text: str) -> list[Span]:
    """Letters, a space and figures right after a label for a person's number."""
    out: list[Span] = []
    for found in _SPACE_DIGIT.finditer(text):
        at = found.start() + 1
        m = _LABELLED.search(text, max(0, at - 40), at + 12)
        if m and m.start(1) < at < m.end(1):
            out.append(m.span(1))
    return out
