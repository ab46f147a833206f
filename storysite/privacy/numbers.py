"""Find numbers and codes: phone, email, postcode, NHS and NI numbers, and other IDs."""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

Hit = tuple[int, int, str, str]  # start, end, category, rule

EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")

# BS 7666 shapes: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA, with the letter
# rules for each position; plus GIR 0AA and BFPO numbers.
POSTCODE = re.compile(
    r"(?<![\w-])(?:"
    r"(?:[A-PR-UWYZ](?:[A-HK-Y]\d[ABEHMNPRV-Y\d]?|\d[A-HJKPSTUW\d]?)[ \t]?\d[ABD-HJLNP-UW-Z]{2}"
    r"|GIR[ \t]?0AA|BFPO[ \t]?\d{1,4})"
    r")(?![\w-])",
    re.IGNORECASE,
)

# Where a UK phone number may start: +44, 0044, (0..., or 0.
PHONE_CANDIDATE = re.compile(r"(?<![\w+£$€/])(?:\+|00|\(0|0)[\d \t()\-\u00a0]{8,22}\d(?![\d/:.,]\d)")

NHS = re.compile(r"(?<![\w/.,-])(\d{3})([ \t-]?)(\d{3})\2(\d{4})(?![\w/-]|[.,]\d)")
NHS_CUE = re.compile(r"(?i:\b(?:NHS|N\.H\.S\.?|GIG|health\s+service|iechyd)\b)[^\n]{0,40}\Z")

NI = re.compile(
    r"(?<![\w-])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ \t]?(\d{2})[ \t]?(\d{2})[ \t]?(\d{2})[ \t]?([A-D])(?![\w-])",
    re.IGNORECASE,
)
NI_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})

UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
UPN = re.compile(r"(?<![\w-])([A-HJ-NP-RT-Z])(\d{11}[\dA-HJ-NP-RT-Z])(?![\w-])")

ULN = re.compile(
    r"(?i:\b(?:ULN|unique\s+learner\s+number|rhif\s+dysgwr\s+unigryw|learner\s+number))\b[^\d\n]{0,40}?(?<!\d)(\d{10})(?!\d)"
)
PASSPORT = re.compile(r"(?i:\b(?:passport|pasbort|basbort|mhasbort|phasbort))[^\d\n]{0,40}?(?<!\d)(\d{9})(?!\d)")
LICENCE = re.compile(
    r"(?<![\w-])([A-Z][A-Z9]{4})[ \t]?(\d)([0156]\d)([0-3]\d)(\d)[ \t]?([A-Z9]{2})(\d)([A-Z]{2})(?:[ \t]?\d{2})?(?![\w-])"
)
CASE_REF = re.compile(
    r"(?i:\b(?:our\s+ref(?:erence)?|your\s+ref(?:erence)?|ref(?:erence)?(?:\s+(?:no|number|num))?|"
    r"case\s+(?:no|number|num|ref(?:erence)?|id)|client\s+(?:id|no|number|ref)|file\s+(?:no|number|ref)|"
    r"[cg]yfeirnod|nghyfeirnod|rhif\s+(?:achos|cyfeirnod|gyfeirnod|cleient|ffeil)|wccis(?:\s+(?:no|number|id))?)"
    r"\b\.?)[ \t]*(?:[:#]|is\b|yw\b|oedd\b|was\b)?[ \t]*(?=[A-Z0-9/-]*\d)([A-Z0-9][A-Z0-9/-]{2,24})(?![\w/-])"
)


def find_numbers(text: str) -> Iterator[Hit]:
    """Yield every number-like identifying detail in TEXT."""
    if "@" in text:
        for m in EMAIL.finditer(text):
            yield m.start(), m.end(), "email", "privacy.email"
    for m in POSTCODE.finditer(text):
        code = m.group()
        if code.isupper() or code.islower():
            yield m.start(), m.end(), "postcode", "privacy.postcode"
    for m in NI.finditer(text):
        code = m.group()
        if (code.isupper() or code.islower()) and m.group(1).upper() not in NI_BAD_PREFIXES:
            yield m.start(), m.end(), "ni-number", "privacy.ni-number"
    yield from _phones(text)
    for m in NHS.finditer(text):
        digits = m.group(1) + m.group(3) + m.group(4)
        if nhs_check(digits) and (m.group(2) or NHS_CUE.search(text, max(0, m.start() - 60), m.start())):
            yield m.start(), m.end(), "nhs-number", "privacy.nhs-number"
    for m in UPN.finditer(text):
        if upn_check_letter(m.group(2)) == m.group(1):
            yield m.start(), m.end(), "other-id", "privacy.other-id.upn"
    for m in ULN.finditer(text):
        yield m.start(), m.end(), "other-id", "privacy.other-id.uln"
    for m in PASSPORT.finditer(text):
        yield m.start(), m.end(), "other-id", "privacy.other-id.passport"
    for m in LICENCE.finditer(text):
        if _licence_ok(m):
            yield m.start(), m.end(), "other-id", "privacy.other-id.driving-licence"
    for m in CASE_REF.finditer(text):
        yield m.start(), m.end(), "other-id", "privacy.other-id.case-reference"


def _phones(text: str) -> Iterator[Hit]:
    for cand in PHONE_CANDIDATE.finditer(text):
        chunk = cand.group()
        if sum(c.isdigit() for c in chunk) < 9:
            continue
        for match in phonenumbers.PhoneNumberMatcher(chunk, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
            yield cand.start() + match.start, cand.start() + match.end, "phone", "privacy.phone"


def nhs_check(digits: str) -> bool:
    """True when a 10-digit string passes the NHS number modulus-11 check."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def upn_check_letter(body: str) -> str:
    """DfE Unique Pupil Number check letter for the 12 characters that follow it.

    Characters 2-13 are weighted 2 to 13; a letter in position 13 (a temporary UPN) counts
    as its index in the check-letter alphabet. The sum modulo 23 indexes the alphabet
    A B C D E F G H J K L M N P Q R T U V W X Y Z.
    """
    total = 0
    for weight, ch in enumerate(body, start=2):
        total += weight * (int(ch) if ch.isdigit() else UPN_LETTERS.index(ch))
    return UPN_LETTERS[total % 23]


def _licence_ok(m: re.Match[str]) -> bool:
    month = int(m.group(3))
    month = month - 50 if month > 50 else month
    return 1 <= month <= 12 and 1 <= int(m.group(4)) <= 31
