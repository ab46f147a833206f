"""Details written out to dodge a pattern: email addresses ("jo dot bloggs at example dot com", "jo [at]
example [dot] com") and phone numbers in words ("oh seven seven double oh…", "dim saith saith dim dim…").

Welsh writers say and write "at" and "dot" for @ and "." too, so the same words serve both languages.
The address must end in a known top-level domain, and at least the @ must be there in some form, so
that "looked at the dot com boom" is not read as an address ("the" is not a domain).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from storysite.privacy.needles import Needles
from storysite.privacy.normalise import TLD as _TLD

Hit = tuple[int, int, str, str]

_PART = r"[A-Za-z0-9](?:[A-Za-z0-9_%+'-]*[A-Za-z0-9])?"
_AT = r"(?:[ \t]*@[ \t]*|[ \t]+at[ \t]+|[ \t]*[\[({<][ \t]*(?:at|@)[ \t]*[\])}>][ \t]*)"
_DOT = r"(?:\.|[ \t]+dot[ \t]+|[ \t]*[\[({<][ \t]*(?:dot|\.)[ \t]*[\])}>][ \t]*)"
SPELLED = (
    rf"(?<![\w.@-])({_PART}(?:{_DOT}{_PART})*)({_AT})({_PART})((?:{_DOT}{_PART})*{_DOT}{_TLD})(?![\w@]|\.[A-Za-z0-9])"
)
# Words that start a sentence fragment, not a domain ("at the dot com boom", "at y dot com").
_NOT_DOMAINS = frozenset({"the", "a", "an", "this", "that", "his", "her", "my", "our", "their", "y", "yr", "ei", "fy"})


# Where an address can end: a dot before a top-level domain (found by normalise.DOTS), or the word
# "dot". Only around these is the whole pattern tried.
_DOT_WORD = re.compile(r"dot", re.IGNORECASE)
_DOT_LOWER = re.compile("dot")  # a literal pattern: found faster than by `in`
_DOT_UPPER = re.compile("DOT")
_AT_FORM = re.compile(r"@|\bat\b", re.IGNORECASE)
# An @ in some form just before the domain ("jo (at) example.com", "jo at example.com").
_AT_BEFORE = re.compile(r"(?:@|\bat|[\[({<][ \t]*(?:at|@)[ \t]*[\])}>])[ \t]*\Z", re.IGNORECASE)
_BEFORE = 160  # characters before the anchor where the address can start
_AFTER = 60


# An address given by its mail provider alone, as people say it: "huw.jones@gmail", "huwjones at
# hotmail"; the provider's name stands for its domain.
_PROVIDERS = (
    "gmail",
    "googlemail",
    "hotmail",
    "yahoo",
    "outlook",
    "btinternet",
    "icloud",
    "aol",
    "talktalk",
    "ntlworld",
)
_PROVIDER_FORMS = _PROVIDERS + tuple(p.capitalize() for p in _PROVIDERS)
_PROVIDED = re.compile(
    rf"(?<![\w.@-])({_PART}(?:{_DOT}{_PART})*){_AT}(?:{'|'.join(_PROVIDERS)})(?![\w@.-]|\.[A-Za-z0-9])",
    re.IGNORECASE,
)


def provider_emails(text: str) -> list[Hit]:
    """Addresses written with the provider's name and no domain ending ("mair.jones@gmail")."""
    found: list[Hit] = []
    if "mail" not in text and "bost" not in text and "@" not in text:
        return found  # an address is called one, or written with its @
    for provider in _PROVIDER_FORMS:
        at = text.find(provider)
        while at >= 0:
            end = at + len(provider)
            if text[end : end + 1] != "." or not text[end + 1 : end + 2].isalnum():
                found.extend(_provided_before(text, at, end))  # "gmail.com" is an ordinary address
            at = text.find(provider, end)
    return found


def _provided_before(text: str, at: int, end: int) -> list[Hit]:
    found: list[Hit] = []
    for m in _PROVIDED.finditer(text, max(0, at - 80), min(len(text), end + 2)):
        if m.end() != end:
            continue
        local = m.group(1)
        # with "at" for the @, only a handle-like first part or a word for an email before it will do
        handle = any(c.isdigit() or c in "._" for c in local) or _MAIL_WORD.search(
            text, max(0, m.start() - 20), m.start()
        )
        if "@" in m.group() or (handle and local.lower() not in _NOT_LOCAL):
            found.append((m.start(), m.end(), "email", "privacy.email"))
    return found


_MAIL_WORD = re.compile(r"(?i:\b(?:e-?mail|e-?bost|cyfeiriad|address)\b)[^\n.!?]{0,10}\Z")
# Words before "at gmail" that are not an address's first part: "her email is at Gmail".
_NOT_LOCAL = frozenset({"is", "was", "yw", "oedd", "it", "one", "account", "address", "cyfeiriad"})


def spelled_emails(text: str, domain_dots: list[int]) -> list[Hit]:
    """Every email address in TEXT with its @ or a dot spaced, bracketed or written as a word.

    DOMAIN_DOTS are where a "." stands before a top-level domain ("example.com").
    """
    provided = provider_emails(text)
    if provided:
        return provided + _spelled_emails(text, domain_dots)
    return _spelled_emails(text, domain_dots)


def _spelled_emails(text: str, domain_dots: list[int]) -> list[Hit]:
    anchors = []
    for p in domain_dots:
        word = max(text.rfind(" ", 0, p), text.rfind("\n", 0, p)) + 1
        domain = text[word:p]
        tld_end = p + 1
        while tld_end < len(text) and text[tld_end].isalpha():
            tld_end += 1
        if text[tld_end : tld_end + 1] == "/":
            continue  # a web address with a path ("her at twitter.com/sarahj"): profile_links reads it
        bracketed = "(at)" in domain or "[at]" in domain or "{at}" in domain or "<at>" in domain
        if not bracketed and ("@" in domain or "/" in domain or not _AT_BEFORE.search(text[max(0, word - 12) : word])):
            continue  # an ordinary address (find_emails reports it), a web address, or no @ before it
        anchors.append(p)
    if _DOT_LOWER.search(text) or _DOT_UPPER.search(text):
        anchors += [
            m.start() for m in _DOT_WORD.finditer(text) if _AT_FORM.search(text, max(0, m.start() - _BEFORE), m.start())
        ]
    found: set[Hit] = set()
    if not anchors:
        return []
    spelled = _spelled_pattern()
    for p in anchors:
        for m in spelled.finditer(text, max(0, p - _BEFORE), p + _AFTER):
            if m.start() <= p < m.end() and _spelled(m):
                found.add((m.start(), m.end(), "email", "privacy.email"))
    return sorted(found)


@lru_cache(maxsize=1)
def _spelled_pattern() -> re.Pattern[str]:
    """SPELLED, compiled the first time a text may hold such an address rather than at every start."""
    return re.compile(SPELLED, re.IGNORECASE)


def _spelled(m: re.Match[str]) -> bool:
    """Not an ordinary address (find_emails reports those), and not words around "at"."""
    if "@" in m.group(2) and not any(c in m.group() for c in " \t[](){}<>") and "dot" not in m.group().lower():
        return False
    return m.group(3).lower() not in _NOT_DOMAINS


# A phone number read out as words, digit by digit, in either language, as someone copies down a number
# said aloud: "oh seven seven double oh, nine double oh, one two three", "dim saith saith dim dim naw...".
_DIGIT_WORDS = {
    **dict.fromkeys(("zero", "oh", "o", "nought", "nil", "dim", "ddim"), "0"),
    **dict.fromkeys(("one", "un"), "1"),
    **dict.fromkeys(("two", "dau", "dwy", "ddau", "ddwy"), "2"),
    **dict.fromkeys(("three", "tri", "tair", "dri", "dair"), "3"),
    **dict.fromkeys(("four", "pedwar", "pedair", "bedwar", "bedair"), "4"),
    **dict.fromkeys(("five", "pump", "pum", "bump", "bum"), "5"),
    **dict.fromkeys(("six", "chwech", "chwe"), "6"),
    **dict.fromkeys(("seven", "saith"), "7"),
    **dict.fromkeys(("eight", "wyth"), "8"),
    **dict.fromkeys(("nine", "naw"), "9"),
    "hundred": "00",  # "nine-hundred" as a block of three is said
}
_TIMES = {"double": 2, "dwbl": 2, "treble": 3, "triple": 3, "trebl": 3}
_ALTERNATIVES = "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
# One digit or group: a word (after "double" or "treble", maybe) or figures; a run is such groups apart by
# spaces, commas or dashes. Figures count only beside words: a number in figures alone is numbers' to find.
_GROUP = re.compile(
    rf"(?:({'|'.join(_TIMES)})[ \t-]+)?(?:({_ALTERNATIVES})|([0-9]{{1,6}}))\b(?:[ \t]*[,–—-]?[ \t]*(?=\w))?"
)
# Where such a number can start: its leading 0 as a word (or "plus" for 44), in any case, found by the scanner's
# one pass (NEEDLES); then read in lower case, a window at a time.
_START_WORDS = ("zero", "oh", "nought", "nil", "dim", "plus")
NEEDLES = tuple(form for word in _START_WORDS for form in (word, word.capitalize(), word.upper()))
_SPELLED_START = re.compile(rf"(?:zero|oh|nought|nil|dim|plus)[ \t,–—-]+(?:{_ALTERNATIVES}|{'|'.join(_TIMES)})\b")
_PLUS = re.compile(r"plus[ \t,–—-]*")
_WINDOW = 200  # characters: more than the longest number in words ("plus four four seven seven double oh ...")


def spelled_phones(text: str, found: Needles) -> list[Hit]:
    """Phone numbers written digit by digit in words (three words at least), with "double" and "treble"."""
    out: list[Hit] = []
    end = 0
    for at in found.positions(NEEDLES):
        if at < end or text[at - 1 : at].isalpha():
            continue  # inside the run found last, or the end of a longer word ("Caerdydd im")
        window = text[at : at + _WINDOW]
        lower = window.lower()
        if len(lower) != len(window):  # a letter whose lower case is longer ("İ"): keep the text's positions
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in window)
        if not _SPELLED_START.match(lower):
            continue
        plus = _PLUS.match(lower)
        pos = last = plus.end() if plus else 0
        digits, words = "", 0
        while (m := _GROUP.match(lower, pos)) is not None and len(digits) <= 13:
            times = _TIMES[m.group(1)] if m.group(1) else 1
            digits += (_DIGIT_WORDS[m.group(2)] if m.group(2) else m.group(3)) * times
            words += m.group(2) is not None
            last, pos = m.end(2) if m.group(2) else m.end(3), m.end()
        if words >= 3 and _phone_digits(digits, plus is not None):
            out.append((at, at + last, "phone", "privacy.phone"))
            end = at + last
    return out


def _phone_digits(digits: str, plus: bool) -> bool:
    """A UK number's length: 0 and ten figures (or nine), or 44 and ten (or nine) after "plus"."""
    if plus:
        return digits.startswith("44") and 11 <= len(digits) <= 12
    return digits.startswith("0") and 10 <= len(digits) <= 11


# A door, key-safe or alarm code read out in words after the word for it: "cod y bocs goriada, pedwar-dim-saith-dau",
# "the key safe code is four, one, nine, two". Four digit words at least, apart by spaces, commas or dashes.
_SINGLE_DIGITS = "|".join(
    sorted((w for w, d in _DIGIT_WORDS.items() if len(d) == 1 and w != "o"), key=len, reverse=True)
)
_CODE_IN_WORDS = re.compile(rf"\b(?:{_SINGLE_DIGITS})(?:(?:[ \t]*[,–—-][ \t]*|[ \t]+)(?:{_SINGLE_DIGITS})){{3,7}}\b")
CODE_NEEDLES: tuple[str, ...] = ("cod ", "cod,", "code", "Code", "Cod ", "côd", "Côd", "PIN", "pin ")
# ... or after the box or the pad it opens, with no word for the code (round thirty-nine): "agor y bocs goriad,
# pedwar-un-un-wyth", "the key safe, four one nine two"
CODE_NEEDLES += ("goriad", "allweddi", "key safe", "keysafe", "key-safe", "Key safe", "keypad", "Keypad")
_CODE_WINDOW = 70  # characters after the word for the code where its figures are read


_ANY_DIGIT_WORD = "|".join(sorted((*_DIGIT_WORDS, "double", "treble", "triple", "dwbl"), key=len, reverse=True))
_MORE_AFTER = re.compile(rf"(?i:(?:[ \t]*[,–—-][ \t]*|[ \t]+)(?:{_ANY_DIGIT_WORD})\b)")
_MORE_BEFORE = re.compile(rf"(?i:\b(?:{_ANY_DIGIT_WORD})(?:[ \t]*[,–—-][ \t]*|[ \t]+)\Z)")


def _part_of_a_longer_number(window: str, start: int, end: int) -> bool:
    """Do more digit words run on either side of the code read at START..END (a phone number said aloud)?"""
    return (
        _MORE_AFTER.match(window, end) is not None or _MORE_BEFORE.search(window, max(0, start - 16), start) is not None
    )


def spelled_codes(text: str, found: Needles) -> list[Hit]:
    """Codes written out digit by digit in words, a few words after "code", "cod" or "PIN"."""
    out: list[Hit] = []
    end = 0
    for at in found.positions(CODE_NEEDLES):
        if at < end:
            continue
        window = text[at : at + _CODE_WINDOW]
        m = _CODE_IN_WORDS.search(window.lower()) if len(window.lower()) == len(window) else None
        if m and _part_of_a_longer_number(window.lower(), m.start(), m.end()):
            continue  # "the key safe's by the door; ring oh seven seven double oh …": a phone, read as one
        if m:
            out.append((at + m.start(), at + m.end(), "other-id", "privacy.other-id.access-code"))
            end = at + m.end()
    return out


# A number read out digit by digit with a dash or a comma between every digit, four digits or more, is a code, a
# card or a reference whatever the words around it (round forty-one): "Côd drws y fflat ydi un-un-tri-chwech",
# "rhif dim-tri-naw-dau", "the padlock on the shed: one-nine-six-four", '"chwech, tri, pedwar, naw, un, un."'. In
# the dev stories each such run was an identifier or a phone number. A count is no number ("one, two, three, four"),
# nor a phone number said aloud, which spelled_phones reads.
_JOINED_DIGITS = re.compile(rf"(?i:\b(?:{_SINGLE_DIGITS})(?:(?:-|,[ \t]*)(?:{_SINGLE_DIGITS})){{3,11}}\b)")
JOINED_NEEDLES: tuple[str, ...] = tuple(
    f"{form}{sep}"
    for word, digit in _DIGIT_WORDS.items()
    if len(digit) == 1 and word != "o"
    for form in (word, word.capitalize())
    for sep in ("-", ", ")
)


def joined_digit_words(text: str, found: Needles) -> list[Hit]:
    """Numbers read out digit by digit, a dash or a comma between each: "un-un-tri-chwech"."""
    out: list[Hit] = []
    end = 0
    for at in found.positions(JOINED_NEEDLES):
        if at < end or (at and text[at - 1].isalnum()):
            continue  # inside the run found last, or a longer word's end ("run-down")
        m = _JOINED_DIGITS.match(text, at)
        if not m:
            continue
        end = m.end()
        digits = [_DIGIT_WORDS[w.lower()] for w in re.split(r"[ \t]*[-,][ \t]*", m.group())]
        steps = {int(b) - int(a) for a, b in itertools.pairwise(digits)}
        if steps in ({1}, {-1}) or (len(digits) >= 10 and digits[0] == "0"):
            continue  # counting up or down, or a phone number in words
        if _part_of_a_longer_number(text, m.start(), m.end()):
            continue  # the end of a phone number with "double" in it: "nine-double-oh, three-one-seven"
        out.append((m.start(), m.end(), "other-id", "privacy.other-id.in-words"))
    return out


# A reference or case number read out in words (round thirty-nine): "ref ending four-four-seven-one", "case no.
# nine-oh-four-four-one", "his lamp check, four-one-seven", "cyfeirnod naw-dau-un-un". Three digit words at least,
# right after the word for it.
REF_NEEDLES: tuple[str, ...] = ("ref ", "ref.", "Ref ", "reference", "case no", "case number", "lamp check")
REF_NEEDLES += ("yfeirnod", "rhif achos", "rhif cyfeirnod")
_REF_IN_WORDS = re.compile(
    r"(?i:(?:ref\.?|reference|case[ \t]+(?:no\.?|number)|lamp[ \t]+check|[cg]yfeirnod|rhif[ \t]+achos)"
    r"(?:[ \t]+(?:ending|ends|is|was|yn[ \t]+gorffen|yw|oedd|number|no\.?|rhif|from[ \t]+the[ \t]+pit))*"
    r"[ \t]*[:,(]?[ \t]*)"
    rf"((?:{_SINGLE_DIGITS})(?:(?:[ \t]*[,–—-][ \t]*|[ \t]+)(?:{_SINGLE_DIGITS})){{2,9}})\b"
)


def spelled_references(text: str, found: Needles) -> list[Hit]:
    """References and case numbers read out in words right after their word: "case no. nine-oh-four-four-one"."""
    out: list[Hit] = []
    for at in found.positions(REF_NEEDLES):
        start = at - 1 if text.startswith("yfeirnod", at) else at  # "cyfeirnod", "gyfeirnod"
        m = _REF_IN_WORDS.match(text, max(0, start))
        if m and not _part_of_a_longer_number(text, m.start(1), m.end(1)):
            out.append((m.start(1), m.end(1), "other-id", "privacy.other-id.case-reference"))
    return out
