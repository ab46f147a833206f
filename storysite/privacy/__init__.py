"""Identifying-details detector: find names, addresses, numbers and dates in story text.

`scan_text` is the whole public interface. It runs each finder over the text, drops what
the story declared safe (pseudonyms, reviewer-allowed phrases) and returns sorted,
non-overlapping detections with a plain-English message each.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from storysite.findings import IDENTIFYING_CATEGORIES, shown
from storysite.i18n.messages import Message, msg
from storysite.privacy.names import CONNECTORS, KIN_TITLES, SKIP, TITLES
from storysite.privacy.normalise import normalise_phrase, normalised
from storysite.privacy.scanner import Hit, scan
from storysite.privacy.spelled import spelled_emails
from storysite.privacy.welsh import mutations, phrase_mutations

__all__ = ["CATEGORIES", "Detection", "detection", "scan_text"]

CATEGORIES = IDENTIFYING_CATEGORIES  # one home: findings.py

# The rule of a text a finder failed on: held back whole (fail closed), never a traceback.
UNCHECKED = "privacy.other-id.unchecked"
# Each message is one whole sentence for translators (a shared tail would not translate on its own);
# {text} is the words flagged, quoted as written in the file.
MESSAGES: dict[str, Callable[[str], Message]] = {
    "person-name": lambda text: msg(
        "“{text}” looks like a real person's name. Rewrite it with a made-up name, or if it is one already, "
        "add it to `pseudonyms`; if a reviewer has checked it is safe to publish, add it to `allow`.",
        text=text,
    ),
    "address": lambda text: msg(
        '“{text}” looks like a street address or flat number. Rewrite it to be vague ("a flat in the town") '
        "or remove it, or if a reviewer has checked it is safe to publish, add it to `allow`.",
        text=text,
    ),
    "postcode": lambda text: msg(
        "“{text}” looks like a postcode. Remove it, or if a reviewer has checked it is safe to publish, "
        "add it to `allow`.",
        text=text,
    ),
    "phone": lambda text: msg(
        "“{text}” looks like a phone number. Remove it, or if a reviewer has checked it is safe to publish "
        "(a public helpline), add it to `allow`.",
        text=text,
    ),
    "email": lambda text: msg(
        "“{text}” looks like an email address. Remove it, or if a reviewer has checked it is safe to publish, "
        "add it to `allow`.",
        text=text,
    ),
    "nhs-number": lambda text: msg(
        "“{text}” looks like an NHS number. Remove it: a health record number must never be published.", text=text
    ),
    "ni-number": lambda text: msg(
        "“{text}” looks like a National Insurance number. Remove it: it must never be published.", text=text
    ),
    "date-of-birth": lambda text: msg(
        '“{text}” looks like a date of birth. Rewrite it as an age range ("in her eighties") or remove it, '
        "or if a reviewer has checked it is safe to publish, add it to `allow`.",
        text=text,
    ),
    "school": lambda text: msg(
        '“{text}” names a school, which can identify a child. Rewrite it as "a local primary school", '
        "or if a reviewer has checked it is safe to publish, add it to `allow`.",
        text=text,
    ),
}
OTHER_ID_MESSAGES: dict[str, Callable[[str], Message]] = {
    "privacy.other-id.upn": lambda text: msg(
        "“{text}” looks like a Unique Pupil Number. Remove it: it must never be published.", text=text
    ),
    "privacy.other-id.uln": lambda text: msg(
        "“{text}” looks like a Unique Learner Number. Remove it: it must never be published.", text=text
    ),
    "privacy.other-id.passport": lambda text: msg(
        "“{text}” looks like a passport number. Remove it: it must never be published.", text=text
    ),
    "privacy.other-id.driving-licence": lambda text: msg(
        "“{text}” looks like a driving licence number. Remove it: it must never be published.", text=text
    ),
    "privacy.other-id.case-reference": lambda text: msg(
        "“{text}” looks like a case or file reference. Remove it, or if a reviewer has checked it is safe "
        "to publish, add it to `allow`.",
        text=text,
    ),
    UNCHECKED: lambda text: msg(
        "storysite could not finish looking for identifying details in the text that starts “{text}”: a fault "
        "in storysite, not in your writing. The story is held back until it is fixed; please report it, with "
        "this file, to whoever looks after storysite.",
        text=text,
    ),
}


def OTHER_ID_MESSAGE(text: str) -> Message:  # noqa: N802 - named like the tables above
    return msg(
        "“{text}” looks like a personal reference number. Remove it, or if a reviewer has checked it is safe "
        "to publish, add it to `allow`.",
        text=text,
    )


# When two finds overlap, the more specific one wins (a school named after a saint is a
# school, not a name; a number inside an address is the address); a school and an address tie, and
# the longer wins: "Pen-y-Fai Juniors" is a school, not the address "Pen-y-Fai".
PRIORITY = {
    "email": 9,
    "nhs-number": 8,
    "ni-number": 9,  # an NI number inside a longer reference is the NI number: "(YG JP 339127 C)" (round thirty-five)
    "other-id": 8,
    "date-of-birth": 7,
    "postcode": 6,
    "phone": 6,
    "address": 5,
    "school": 5,
    "person-name": 1,
}


@dataclass(frozen=True, slots=True)
class Detection:
    """One identifying detail found in a piece of text."""

    start: int  # character offset into the text as written, 0-based
    end: int  # exclusive
    category: str  # one of CATEGORIES
    rule: str  # stable rule id, e.g. "privacy.phone"
    message: str  # what was found and how to fix it, in plain English (a Message: it translates)
    text: str = ""  # the words flagged, as written: text[start:end]


def scan_text(text: str, lang: str, *, pseudonyms: Sequence[str] = (), allow: Sequence[str] = ()) -> list[Detection]:
    """Find identifying details in one piece of story text (lang is 'cy' or 'en', a hint).

    The text is scanned as a reader sees it (`normalise`: invisible characters, look-alike letters,
    entities and markup inside words undone), and each detection is put back on the characters as
    written. An allowed phrase cancels its own words only: what is left of a find is still flagged
    if it still identifies someone.
    """
    norm = normalised(text)
    seen = norm.text
    forms = pseudonym_forms(tuple(pseudonyms)) if pseudonyms else _NO_FORMS
    try:
        hits = scan(seen, lang, forms)
        hits.extend(spelled_emails(seen, norm.domain_dots))
    except Exception:  # noqa: BLE001 - a finder's fault must hold the text back, not stop the check with a traceback
        if os.environ.get("STORYSITE_FINDER_ERRORS") == "raise":
            raise  # the test suite sets this, so that a finder's fault fails the test that met it
        opening = " ".join(text.split()[:6])
        return [Detection(0, len(text), "other-id", UNCHECKED, _message("other-id", UNCHECKED, opening), text)]
    if not hits:
        return []
    kept = _resolve(hits)
    if allow:
        allowed = _allowed_spans(seen, allow)
        if allowed:
            kept = _outside(kept, allowed, seen)
    found = []
    for s, e, category, rule in kept:
        if norm.stages:
            s, e = norm.raw_span(s, e)
        words = text[s:e]
        found.append(Detection(s, e, category, rule, _message(category, rule, words), words))
    return found


_NO_FORMS: frozenset[str] = frozenset()


@lru_cache(maxsize=512)
def pseudonym_forms(pseudonyms: tuple[str, ...]) -> frozenset[str]:
    """Every word of every pseudonym, with its Welsh mutated forms (whole words: the scanner looks up tokens)."""
    forms: set[str] = set()
    for name in pseudonyms:
        for word in normalise_phrase(str(name)).split():
            word = word.strip(".,;:'’\"")
            if not word:
                continue
            word = word[:1].upper() + word[1:]
            forms.add(word)
            forms |= mutations(word)
            forms |= {word + "'s", word + "’s"}
            # Forms seen in practice even where grammar books disagree (Mhegan, Nhegan).
            forms |= {prefix + word[1:] for prefix in ("Mh", "Nh", "Ngh") if word[:1] in "MNPTCBDG"}
    return frozenset(forms)


def _resolve(hits: list[Hit]) -> list[Hit]:
    """Keep the most specific of overlapping finds; return them sorted by start.

    Finds are taken most specific first (priority, then longest, then earliest) and each is kept
    unless it overlaps one already kept. Kept finds never overlap each other, so a new find
    [s, e) overlaps one of them exactly when a kept find starts in [s, e) or the last kept find
    starting before s ends after s: two Fenwick trees over the start positions answer both in
    O(log n), where comparing with every kept find was quadratic when finds overlap by the thousand.
    """
    hits.sort()
    if all(a[1] <= b[0] for a, b in zip(hits, hits[1:], strict=False)):
        return hits  # the usual case: nothing overlaps
    if len(hits) <= _FEW:
        return _resolve_few(hits)
    unique = sorted(set(hits))
    starts = sorted({h[0] for h in unique})
    rank = {s: i for i, s in enumerate(starts)}
    size = len(starts)
    count = [0] * (size + 1)  # how many kept finds start at or before each position
    reach = [0] * (size + 1)  # the furthest end of the kept finds starting at or before each position
    order = sorted(unique, key=_specific_first)
    kept: list[Hit] = []
    for hit in order:
        s, e = hit[0], hit[1]
        i = rank[s]  # 0-based rank of s
        # kept finds starting in [s, e): those ranked in [i, j) where j ranks the first start >= e
        j = bisect_left(starts, e, i)
        if _prefix_count(count, j) - _prefix_count(count, i):
            continue
        if i and _prefix_max(reach, i) > s:
            continue  # a kept find starting before s runs into it
        kept.append(hit)
        k = i + 1
        while k <= size:
            count[k] += 1
            if reach[k] < e:
                reach[k] = e
            k += k & -k
    kept.sort()
    return kept


def _specific_first(hit: Hit) -> tuple[int, int, int, bool, str, str]:
    """Most specific first: priority, then the longest, then the earliest; exact ties by category and rule, a name
    said to be a school's before any other reading of the same words ("Seren Fach, the nursery class"), where a
    school in a home's directions is the address's ("turn left past Ysgol Bethel", round eight).

    The last three make the choice between two equally specific finds of the same words (an NHS and an
    NI number) the same on every run, where it used to follow the order of a set.
    """
    priority = _RULE_PRIORITY.get(hit[3], PRIORITY[hit[2]])
    return (-priority, hit[0] - hit[1], hit[0], hit[3] not in _WINS_TIES, hit[2], hit[3])


# Finds whose own words say they are a school's part or nickname win over an address read in the same words
# ("ar gampws Ffordd yr Efail yn Llangefni", "the Maes-y-Crychydd campus"); a school found inside a home's
# directions still loses to the directions ("turn left past Ysgol Bethel, then the third house").
_RULE_PRIORITY = {"privacy.school.campus": 6, "privacy.school.nickname": 6, "privacy.school.unit": 6}
_WINS_TIES = frozenset({"privacy.school.named-kind"})

_FEW = 48  # up to this many finds, comparing each with the kept ones is quicker than the trees


def _resolve_few(hits: list[Hit]) -> list[Hit]:
    """_resolve for a few finds: each compared with every find kept before it."""
    order = sorted(set(hits), key=_specific_first)
    kept: list[Hit] = []
    for hit in order:
        if all(hit[1] <= k[0] or k[1] <= hit[0] for k in kept):
            kept.append(hit)
    kept.sort()
    return kept


def _prefix_count(tree: list[int], n: int) -> int:
    """How many kept finds start at one of the first N positions."""
    total = 0
    while n:
        total += tree[n]
        n -= n & -n
    return total


def _prefix_max(tree: list[int], n: int) -> int:
    """The furthest end of the kept finds that start at one of the first N positions."""
    best = 0
    while n:
        if tree[n] > best:
            best = tree[n]
        n -= n & -n
    return best


def _allowed_spans(text: str, allow: Sequence[str]) -> list[tuple[int, int]]:
    """Where the reviewer-allowed phrases stand as whole words: any case, in Welsh mutated forms too."""
    lowered = text.lower()
    exact = len(lowered) == len(text)  # lower() can change length for a few characters
    spans = []
    for phrase, needles in _allow_needles(tuple(allow)):
        found = False
        for needle in needles if exact else ():
            at = lowered.find(needle)
            while at >= 0:
                if _whole_words(text, at, at + len(needle)):
                    found = True
                    spans.append((at, at + len(needle)))
                at = lowered.find(needle, at + 1)
        if not found and (" " in phrase or not exact):
            # The phrase may be wrapped over two lines or spaced differently.
            pattern = r"\s+".join(re.escape(part) for part in phrase.split(" "))
            spans.extend(m.span() for m in re.finditer(pattern, text, re.IGNORECASE) if _whole_words(text, *m.span()))
    return sorted(spans)


_JOINS = " -./\u00a0"  # what joins the groups of one number ("07700 900123", "AB-12")


def _whole_words(text: str, s: int, e: int) -> bool:
    """Is text[s:e] whole words, and if it starts or ends with digits, a whole number?"""
    n = len(text)
    if (s and text[s - 1].isalnum()) or (e < n and text[e].isalnum()):
        return False
    if text[s].isdigit() and s >= 2 and text[s - 1] in _JOINS and text[s - 2].isdigit():
        return False  # the later groups of a longer number: '900' in "07700 900 123"
    return not (text[e - 1].isdigit() and e + 1 < n and text[e] in _JOINS and text[e + 1].isdigit())


def _outside(kept: list[Hit], allowed: list[tuple[int, int]], text: str) -> list[Hit]:
    """Each find less the allowed words inside it: what is left of it is still flagged."""
    out: list[Hit] = []
    for s, e, category, rule in kept:
        inside = [(a, b) for a, b in allowed if a < e and s < b]
        if not inside:
            out.append((s, e, category, rule))
            continue
        if category in _WHOLE_ONLY:
            # An allowed body's name inside an address, number or reference ("jo.bloggs@gaerwen.gov.uk"
            # when Gaerwen is allowed) leaves the person's own details: only allowing the whole passes it.
            if not any(a <= s and e <= b for a, b in inside):
                out.append((s, e, category, rule))
            continue
        cursor = s
        for a, b in [*inside, (e, e)]:
            piece_s, piece_e = cursor, min(a, e)
            while piece_s < piece_e and not text[piece_s].isalnum():
                piece_s += 1
            while piece_e > piece_s and not text[piece_e - 1].isalnum():
                piece_e -= 1
            if piece_s < piece_e and _identifying(text[piece_s:piece_e]):
                out.append((piece_s, piece_e, category, rule))
            cursor = max(cursor, b)
    return out


_WHOLE_ONLY = frozenset({"email", "phone", "nhs-number", "ni-number", "postcode", "date-of-birth", "other-id"})


def _identifying(rest: str) -> bool:
    """Does what is left of a find once the allowed words are taken out still point at someone?

    A number of four digits or more, an address, or a capitalised word that is not an everyday
    word, a title or a connector ("Protheroe" is left of "Mair Protheroe" when Mair is allowed;
    "Dr" of "Dr Gwilym Roberts" when Gwilym Roberts is allowed is not).
    """
    if "@" in rest or sum(c.isdigit() for c in rest) >= 4:
        return True
    for word in re.findall(r"[^\W\d_][\w'’-]*", rest):
        word = word.rstrip("'’-")
        everyday = word in SKIP or word in KIN_TITLES or word in CONNECTORS or word.rstrip(".") in TITLES
        if word[:1].isupper() and not everyday:
            return True
    return False


@lru_cache(maxsize=512)
def _allow_needles(allow: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each allowed phrase with the lower-case forms to look for (its Welsh mutations too)."""
    out = []
    for raw in allow:
        phrase = " ".join(normalise_phrase(str(raw)).split())
        if phrase:
            forms = {phrase.lower()} | {m.lower() for m in phrase_mutations(phrase[:1].upper() + phrase[1:])}
            out.append((phrase, tuple(sorted(forms))))
    return tuple(out)


def detection(text: str, start: int, end: int, category: str, rule: str) -> Detection:
    """A Detection of text[start:end], with its message quoting the words (for finders outside scan_text)."""
    words = text[start:end]
    return Detection(start, end, category, rule, _message(category, rule, words), words)


def _message(category: str, rule: str, words: str) -> Message:
    if category == "other-id":
        return OTHER_ID_MESSAGES.get(rule, OTHER_ID_MESSAGE)(shown(words))
    return MESSAGES[category](shown(words))
