"""Social-media page and user names written as words (issue 15, round eight): "Carys-Ann's page name is Carys Ann
Knits Too", "her username was NainLlanrug", "Enw ei thudalen yw Gweu gyda Gwen". A handle with "@" or digits is
found elsewhere; these are the names a page or an account is known by. Read only after a literal "name is",
"username" or the Welsh words for a page's or a user's name; and (round nine) a handle in lower case with nothing
to mark it where those words, or a platform's name, say it is one: "Her TikTok name is nainbakes", "Ei henw ar
TikTok yw nainbakes".
"""

from __future__ import annotations

import re

from storysite.privacy.needles import Needles
from storysite.privacy.places import UPPER

Span = tuple[int, int]

_PAGE_NAME = re.compile(
    r"(?i:\b(?:page|account|channel|profile)[ \t]+name|user[ \t]?name|handle"
    r"|enw[ \t]+(?:defnyddiwr|(?:ei|eu|y)[ \t]+(?:th|d)?udalen|['’]r[ \t]+dudalen|(?:ei|eu)[ \t]+(?:chyfrif|gyfrif)))"
    r"(?:[ \t]+(?:is|was|yw|ydy|ydi|oedd)|[ \t]*:)[ \t]+[\"“‘']?"
    rf"([{UPPER}0-9][\w'’-]*(?:[ \t]+(?:[{UPPER}0-9][\w'’-]*|y|a|o|gyda|and|the|of|&)){{0,5}})"
)
NEEDLES = ("name", "Name", "andle", "defnyddiwr", "udalen", "yfrif")

# A handle in lower case with no figure or "_" to mark it, where the words say it is one: "Her TikTok name is
# nainbakes", "his Instagram handle is crochetqueen", "Ei henw ar TikTok yw nainbakes", "enw defnyddiwr: gwenllan".
_PLATFORM = r"(?:Snapchat|Instagram|TikTok|Twitter|Facebook|Threads|Xbox|PlayStation|YouTube|Discord|Twitch)"
_LOWER_HANDLE = re.compile(
    rf"(?:{_PLATFORM}[ \t]+(?:name|handle|username|user[ \t]name|gamertag|tag)"
    r"|\b(?:[Hh]andle|[Uu]sername|[Uu]ser[ \t]name|enw[ \t]+defnyddiwr)"
    rf"|\b(?:[Ee]nw|[Hh]enw)[ \t]+(?:(?:hi|o|e|fo)[ \t]+)?ar[ \t]+{_PLATFORM})"
    r"(?:[ \t]+(?:is|was|yw|ydy|ydi|oedd)|[ \t]*:)[ \t]+[\"“‘']?([a-z][a-z0-9_.]{2,29})(?![\w@-])"
    r"(?![\"”’']?[ \t]+(?:and|but|or|a|ac|ond|neu)\b)"
)
# ... not a word that says what the name is like.
_SAYS_WHAT_IT_IS_LIKE = frozenset(
    """
    private public secret hidden long short silly funny rude odd weird new old different same gone blocked deleted
    preifat cyhoeddus cudd cyfrinachol hir byr doniol rhyfedd newydd hen wahanol
    """.split()  # noqa: SIM905
)


# ... or someone's page or channel on a platform, its name set after it with a comma (round forty-three; a group is
# anyone's): "He's started a Facebook page too, Dyfan Trenau Ardudwy, and puts up a train", "tudalen Facebook, Gweu
# gyda Gwen,".
_PAGE_THEN_NAME = re.compile(
    rf"(?:{_PLATFORM}[ \t]+(?:page|channel|account)|(?:th|d)?udalen[ \t]+{_PLATFORM})"
    r"(?:[ \t]+(?:too|as[ \t]+well|hefyd))?[ \t]*,[ \t]+[\"“‘']?"
    rf"([{UPPER}0-9][\w'’-]*(?:[ \t]+(?:[{UPPER}0-9][\w'’-]*|y|a|o|gyda|and|the|of|&)){{1,5}})"
)
PAGE_NEEDLES = ("page", "channel", "account", "udalen")


def page_names(text: str, found: Needles) -> list[Span]:
    """The name after "page name is", "username", "enw defnyddiwr" and the like."""
    out: list[Span] = []
    for at in found.positions(PAGE_NEEDLES):
        m = _PAGE_THEN_NAME.search(text, max(0, at - 14), at + 80)
        if m and m.start() <= at:
            words = m.group(1).split()
            while words and not words[-1][:1].isupper() and not words[-1][:1].isdigit():
                words.pop()  # a joining word is no part of the name's end
            if len(words) > 1:
                out.append((m.start(1), m.start(1) + len(" ".join(words))))
    done = -1
    for needle in NEEDLES:
        for at in found.starts(needle):  # none of the needles overlaps itself: each start is one find's
            lower = lower_handle_near(text, at)  # "her username is bethanbakes", "enw defnyddiwr: gwenllan"
            if lower and lower not in out:
                out.append(lower)
            m = _PAGE_NAME.search(text, max(0, at - 16), at + 90) if at >= done else None
            if m and m.start() <= at + len(needle):
                words = m.group(1).split()
                while words and not words[-1][:1].isupper() and not words[-1][:1].isdigit():
                    words.pop()  # a joining word is no part of the name's end
                if words:
                    out.append((m.start(1), m.start(1) + len(" ".join(words))))
                    done = m.end()
    return out


def lower_handle_near(text: str, at: int) -> Span | None:
    """A lower-case handle named by the words at or just before AT (see _LOWER_HANDLE)."""
    m = _LOWER_HANDLE.search(text, max(0, at - 16), at + 60)
    if not m or m.start() > at + 12 or m.group(1).rstrip(".") in _SAYS_WHAT_IT_IS_LIKE:
        return None
    return m.start(1), m.start(1) + len(m.group(1).rstrip("."))
