"""Social-media page and user names written as words (issue 15, round eight): "Carys-Ann's page name is Carys Ann
Knits Too", "her username was NainLlanrug", "Enw ei thudalen yw Gweu gyda Gwen". A handle with "@" or digits is
found elsewhere; these are the names a page or an account is known by. Read only after a literal "name is",
"username" or the Welsh words for a page's or a user's name.
"""

from __future__ import annotations

import re

from storysite.privacy.places import UPPER

Span = tuple[int, int]

_PAGE_NAME = re.compile(
    r"(?i:\b(?:page|account|channel|profile)[ \t]+name|user[ \t]?name|handle"
    r"|enw[ \t]+(?:defnyddiwr|(?:ei|eu|y)[ \t]+(?:th|d)?udalen|['’]r[ \t]+dudalen|(?:ei|eu)[ \t]+(?:chyfrif|gyfrif)))"
    r"(?:[ \t]+(?:is|was|yw|ydy|ydi|oedd)|[ \t]*:)[ \t]+[\"“‘']?"
    rf"([{UPPER}0-9][\w'’-]*(?:[ \t]+(?:[{UPPER}0-9][\w'’-]*|y|a|o|gyda|and|the|of|&)){{0,5}})"
)
_NEEDLES = ("name", "Name", "andle", "defnyddiwr", "udalen", "yfrif")


def page_names(text: str) -> list[Span]:
    """The name after "page name is", "username", "enw defnyddiwr" and the like."""
    out: list[Span] = []
    done = -1
    for needle in _NEEDLES:
        at = text.find(needle)
        while at >= 0:
            m = _PAGE_NAME.search(text, max(0, at - 16), at + 90) if at >= done else None
            if m and m.start() <= at + len(needle):
                words = m.group(1).split()
                while words and not words[-1][:1].isupper() and not words[-1][:1].isdigit():
                    words.pop()  # a joining word is no part of the name's end
                if words:
                    out.append((m.start(1), m.start(1) + len(" ".join(words))))
                    done = m.end()
            at = text.find(needle, at + len(needle))
    return out
