"""Identifying-details detector: find names, addresses, numbers and dates in story text.

`scan_text` is the whole public interface. It runs each finder over the text, drops what
the story declared safe (pseudonyms, reviewer-allowed phrases) and returns sorted,
non-overlapping detections with a plain-English message each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from storysite.messages import Message, msg
from storysite.privacy.scanner import scan
from storysite.privacy.welsh import mutations, phrase_mutations

__all__ = ["CATEGORIES", "Detection", "scan_text"]

CATEGORIES = (
    "person-name",
    "address",
    "postcode",
    "phone",
    "email",
    "nhs-number",
    "ni-number",
    "date-of-birth",
    "school",
    "other-id",
)

# Each message is one whole sentence for translators (a shared tail would not translate on its own).
MESSAGES: dict[str, Message] = {
    "person-name": msg(
        "Looks like a real person's name. Use a made-up name and list it under `pseudonyms`, "
        "or if a reviewer has checked it is safe, add it to `allow`."
    ),
    "address": msg(
        'Looks like a street address or flat number. Remove it or make it vague ("a flat in the town"), '
        "or if a reviewer has checked it is safe, add it to `allow`."
    ),
    "postcode": msg("Looks like a postcode. Remove it, or if a reviewer has checked it is safe, add it to `allow`."),
    "phone": msg("Looks like a phone number. Remove it, or if a reviewer has checked it is safe, add it to `allow`."),
    "email": msg("Looks like an email address. Remove it, or if a reviewer has checked it is safe, add it to `allow`."),
    "nhs-number": msg("Looks like an NHS number. Remove it: a health record number must never be published."),
    "ni-number": msg("Looks like a National Insurance number. Remove it: it must never be published."),
    "date-of-birth": msg(
        'Looks like a date of birth. Remove it or give an age range instead ("in her eighties"), '
        "or if a reviewer has checked it is safe, add it to `allow`."
    ),
    "school": msg(
        'Names a school, which can identify a child. Say "a local primary school" instead, '
        "or if a reviewer has checked it is safe, add it to `allow`."
    ),
}
OTHER_ID_MESSAGES: dict[str, Message] = {
    "privacy.other-id.upn": msg("Looks like a Unique Pupil Number. Remove it: it must never be published."),
    "privacy.other-id.uln": msg("Looks like a Unique Learner Number. Remove it: it must never be published."),
    "privacy.other-id.passport": msg("Looks like a passport number. Remove it: it must never be published."),
    "privacy.other-id.driving-licence": msg(
        "Looks like a driving licence number. Remove it: it must never be published."
    ),
    "privacy.other-id.case-reference": msg(
        "Looks like a case or file reference. Remove it, or if a reviewer has checked it is safe, add it to `allow`."
    ),
}
OTHER_ID_MESSAGE = msg(
    "Looks like a personal reference number. Remove it, or if a reviewer has checked it is safe, add it to `allow`."
)

# When two finds overlap, the more specific one wins (a school named after a saint is a
# school, not a name; a number inside an address is the address).
PRIORITY = {
    "email": 9,
    "nhs-number": 8,
    "ni-number": 8,
    "other-id": 8,
    "date-of-birth": 7,
    "postcode": 6,
    "phone": 6,
    "address": 5,
    "school": 4,
    "person-name": 1,
}


@dataclass(frozen=True, slots=True)
class Detection:
    """One identifying detail found in a piece of text."""

    start: int  # character offset into the text, 0-based
    end: int  # exclusive
    category: str  # one of CATEGORIES
    rule: str  # stable rule id, e.g. "privacy.phone"
    message: str  # what was found and how to fix it, in plain English (a Message: it translates)


def scan_text(text: str, lang: str, *, pseudonyms: Sequence[str] = (), allow: Sequence[str] = ()) -> list[Detection]:
    """Find identifying details in one piece of story text (lang is 'cy' or 'en', a hint)."""
    forms = pseudonym_forms(tuple(pseudonyms)) if pseudonyms else _NO_FORMS
    hits = scan(text, lang, forms)
    if not hits:
        return []
    kept = _resolve(hits)
    if allow:
        allowed = list(_allowed_spans(text, allow))
        kept = [h for h in kept if not any(s < h[1] and h[0] < e for s, e in allowed)]
    return [Detection(s, e, c, r, _message(c, r)) for s, e, c, r in kept]


_NO_FORMS: frozenset[str] = frozenset()


@lru_cache(maxsize=512)
def pseudonym_forms(pseudonyms: tuple[str, ...]) -> frozenset[str]:
    """Every word of every pseudonym, with its Welsh mutated forms."""
    forms: set[str] = set()
    for name in pseudonyms:
        for word in str(name).split():
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


def _resolve(hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Keep the most specific of overlapping finds; return them sorted by start."""
    hits.sort()
    if all(a[1] <= b[0] for a, b in zip(hits, hits[1:], strict=False)):
        return hits  # the usual case: nothing overlaps
    order = sorted(set(hits), key=lambda h: (-PRIORITY[h[2]], h[0] - h[1], h[0]))
    kept: list[tuple[int, int, str, str]] = []
    for hit in order:
        if all(hit[1] <= k[0] or k[1] <= hit[0] for k in kept):
            kept.append(hit)
    kept.sort()
    return kept


def _allowed_spans(text: str, allow: Sequence[str]) -> Iterable[tuple[int, int]]:
    """Where the reviewer-allowed phrases occur: any case, and in Welsh mutated forms too."""
    lowered = text.lower()
    exact = len(lowered) == len(text)  # lower() can change length for a few characters
    for phrase, needles in _allow_needles(tuple(allow)):
        found = False
        for needle in needles if exact else ():
            at = lowered.find(needle)
            while at >= 0:
                found = True
                yield at, at + len(needle)
                at = lowered.find(needle, at + 1)
        if not found and (" " in phrase or not exact):
            # The phrase may be wrapped over two lines or spaced differently.
            pattern = r"\s+".join(re.escape(part) for part in phrase.split(" "))
            for m in re.finditer(pattern, text, re.IGNORECASE):
                yield m.span()


@lru_cache(maxsize=512)
def _allow_needles(allow: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each allowed phrase with the lower-case forms to look for (its Welsh mutations too)."""
    out = []
    for raw in allow:
        phrase = " ".join(str(raw).split())
        if phrase:
            forms = {phrase.lower()} | {m.lower() for m in phrase_mutations(phrase[:1].upper() + phrase[1:])}
            out.append((phrase, tuple(sorted(forms))))
    return tuple(out)


@lru_cache(maxsize=64)
def _message(category: str, rule: str) -> str:
    if category == "other-id":
        return OTHER_ID_MESSAGES.get(rule, OTHER_ID_MESSAGE)
    return MESSAGES[category]
