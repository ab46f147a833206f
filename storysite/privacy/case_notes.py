"""Details as case notes, forms and systems write them, in either language (issue 15, rounds thirteen and fourteen).

Each finder starts from a literal found in the scanner's one pass over the text (NEEDLES) and reads only
around it: a whole-text regular expression costs about 0.2 s per 10 MB, and this module has fifteen. They are
the pass's gate words, not its finders' literals: they are everyday words (" home", "call"), and a text holding
none of the finders' literals skips most of the scanner.
- a shortened birth cue before a month, festival or two-figure year (`b. Gorff. 1940`, `g. Calan Mai '42`,
  `G: 9/7/16`), and an age with the date of birth in brackets after it (`Tia is 13 (7th Aug. 2012 …)`);
- a card, badge, pendant or certificate number (`number YC 0773`, `rhif GIM 2231`, `her card says C2451187`,
  `rhif tystysgrif 0019 4455 8821`), a visiting order (`VO 3381 027`), an access code after what it opens
  (`Key safe 1-9-7-3`), an officer's number (`PC 2931`);
- a livestock herd or flock mark (`UK 0704218`, `herd no. 37 006 1184`) and a holding number (`23/447/0091`);
- a reference of capitals and figures with a slash or hyphens (`CLL/0932-B`, `MARAC 25/118`, `7HKQ-29MW-PX`);
- a number in a care-record system (`RiO 7741092`), and a bare run of nine figures or more (long_figures_at,
  handed each run of figures by the scanner), and capitals then figures with no cue (`CL 55 0193`,
  lettered_code_at, handed each run the same way);
- a farm someone farms or was born at (`They farm Upper Bryngwyn`, `born at Cwm-yr-Hendre`), and a home named
  with whose it is (`Lower Trewern, his parents' farm`);
- a school as a short form (`YGG Tan-yr-Allt`), named and then called what it is (`Bryn Hedd, the PRU`), or
  by its campus (`the Trelái campus`);
- a name someone is called by (`everyone calls him Macca`, `Gary 'Sparky' Thomas`, `Gerwyn Bach`);
- a phone number in words (storysite.privacy.spelled).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from storysite.privacy import lexicon as lx
from storysite.privacy.dates import DATE, MONTH_WORDS, day_and_month
from storysite.privacy.names import KIN_TITLES, NICK_WORDS
from storysite.privacy.needles import Needles
from storysite.privacy.spelled import (
    CODE_NEEDLES,
    JOINED_NEEDLES,
    REF_NEEDLES,
    joined_digit_words,
    spelled_codes,
    spelled_phones,
    spelled_references,
)
from storysite.privacy.spelled import NEEDLES as SPELLED_NEEDLES
from storysite.privacy.welsh import radicals

Hit = tuple[int, int, str, str]

# --- dates of birth ---------------------------------------------------------------------------------

# "b.", "g.", "G:", "d/g", "d.g." and "d.o.b." before a date with its year: "b. Gorff. 1940", "(g. Calan Mai '42)",
# "d/g 11eg Hyd. 2005", "G: 9/7/16".
_SHORT_CUES = ("b.", "g.", "B.", "G.", "b:", "g:", "B:", "G:", "d/g", "D/G", "d.g", "D.G", "d.o.b", "D.O.B", "D.o.B")
_SHORT_CUE = re.compile(r"(?<![\w.])(?:[bBgG][.:]|[dD][/.][gG]\.?:?|[Dd]\.?[Oo]\.?[Bb]\.?:?)[ \t]*")
_YEAR_END = re.compile(r"(?:[0-9]{4}|['’][0-9]{2}|[/.·-][0-9]{2})\Z")
# An age and then, in brackets, the date it counts from: "Tia is 13 (7th Aug. 2012", "Mae Rhys yn 20 (".
_AGE_BEFORE = re.compile(r"\b(?:is|was|aged|age|yn|oed)[ \t]+[0-9]{1,3}(?:[ \t]+oed)?[ \t]*\Z")


def births(text: str, found: Needles) -> list[Hit]:
    """Dates of birth after a shortened cue with the month in words, or in brackets after an age."""
    out: list[Hit] = []
    for at in found.positions(_SHORT_CUES):
        cue = _SHORT_CUE.match(text, at)
        date = DATE.match(text, cue.end()) if cue else None
        if cue and date and _YEAR_END.search(date.group()):
            out.append((cue.start(), date.end(), "date-of-birth", "privacy.date-of-birth"))
    for at in _finds(text, "("):
        if _AGE_BEFORE.search(text, max(0, at - 24), at):
            start = at + 1 + len(text[at + 1 : at + 4]) - len(text[at + 1 : at + 4].lstrip(" \t"))
            date = DATE.match(text, start)
            if date and _YEAR_END.search(date.group()):
                out.append((date.start(), date.end(), "date-of-birth", "privacy.date-of-birth"))
    return out


# --- identifiers --------------------------------------------------------------------------------------

# Letters then figures after a word for a number: a card, badge, pendant or pass. Not an NHS or NI number, or
# its label ("rhif GIG 943 476 5919"): their finders judge them (a specimen NI number is no one's).
_NUMBER_WORDS = ("number", "Number", "NUMBER", "no.", "No.", "NO.", "num.", "rhif", "Rhif", "RHIF")
_LETTERED_NUMBER = re.compile(
    r"(?<!\w)(?i:number|no\.?|num\.?|rhif)(?:['’]s|[ \t]+(?:is|was|yw|oedd))?[ \t]*[:(]?[ \t]*"
    r"(?!(?:NHS|GIG|NI|YG)\b|[A-Z]{2}[ \t]?[0-9]{2}[ \t]?[0-9]{2}[ \t]?[0-9]{2}[ \t]?[A-D]\b)"  # an NI number's shape
    r"([A-Z]{1,4}[ \t-]?[0-9]{2,}(?:[ \t-][0-9]+){0,3}(?:[ \t]?[A-Z])?(?:[/-](?:[A-Z]|[A-Z0-9]{2,4}))*)(?![\w/-])"
)
_HERD = re.compile(r"UK(?:[ \t]?[0-9]){5,7}(?:[ \t][0-9]{5,6})?\b")  # a herd or flock mark, a cow's tag: "UK 0 721644"
# A visiting order's number ("VO 3381 027"), a card's number after what the card says ("her card says C2451187"),
# and a herd's, flock's or holding's number in figures after its word ("herd no. 37 006 1184").
_VISIT = re.compile(r"VO[ \t]?[0-9]{3,}(?:[ \t][0-9]{2,}){0,3}\b")
_CARD_SAYS = re.compile(r"(?i:card)[ \t]+(?:says|reads|shows|has)[ \t:]*['‘\"“]?([A-Z]{0,3}[0-9]{5,}[A-Z]?)\b")
_STOCK_NUMBER = re.compile(
    r"(?i:herd|flock|holding|CPH|diadell|buches|daliad)[ \t]+(?:(?i:no\.?|number|rhif)[ \t]*[:.]?[ \t]*"
    r"([0-9]{2,}(?:[ \t/][0-9]{2,}){1,3})|([0-9]{5,}(?:[ \t/][0-9]{2,}){0,3}))\b"  # bare: "flock 661208"
)
# Around a slash: a County Parish Holding number ("23/447/0091"); capitals and figures ("CLL/0932-B",
# "FYC/26/0612"); a body's capitals and a reference ("MARAC 25/118").
_SLASHED = re.compile(
    r"(?<![\w/-])(?:[0-9]{2}/[0-9]{3}/[0-9]{4}|[A-Z][A-Za-zÂÔŴŶ]{1,5}(?:/[A-ZÂÔŴŶ]{1,5})*/[0-9]{2,6}(?:[/-][A-Z0-9]{1,6})*"
    r"|[A-Z]{2,6}[ \t][0-9]{1,6}/(?:[A-Z]|[A-Z0-9]{2,6}))(?![\w/])"  # "MARAC 25/118", "JES 4418/K"; not "DAN 24/7"
)
# Figures first, then a slash: "10931/ASC/22", "0317/26", "20/4471"; a date, a year ("2019/20", "3/2021") and
# "24/7" are left out by _not_a_date_or_year.
_FIGURES_SLASHED = re.compile(
    r"(?<![\w/.-])(?P<a>[0-9]{1,6})/(?P<b>[A-Z]{2,6}|[0-9]{2,6})(?:/[A-Z0-9]{1,6})*(?![\w/]|[.,-][0-9])"
)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}\Z")


def _not_a_date_or_year(m: re.Match[str]) -> bool:
    a, b = m.group("a"), m.group("b")
    if b.isalpha():
        return len(a) >= 2  # "10931/ASC/22"; not "1/HR" or a fraction
    three_parts = m.group().count("/") > 1 and not any(c.isalpha() for c in m.group())  # not "7/4402/TH"
    if three_parts or (a.startswith("0") and len(a) + len(b) in (10, 11)):
        return False  # three parts of figures: a date, or a holding number (found apart); a phone: "07700/900123"
    if len(a) >= 3:
        return not _YEAR.match(a)  # "0317/26"; not "2019/20"
    return len(b) >= 4 and not _YEAR.match(b)  # "20/4471"; not "3/2021"


# Groups of capitals and figures joined by hyphens, some of each: "7HKQ-29MW-PX".
_ROMAN_DATE = re.compile(r"[0-3]?[0-9]-(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})-(?:[0-9]{4}|[0-9]{2})")
# ... or its month's short name in capitals, as records print it: "04-JUN-1931", "11-GORFF-1984" (round thirty-six)
_CAPITAL_MONTH_DATE = re.compile(
    r"[0-3]?[0-9]-(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|ION|CHWEF|MAW|EBR|MAI|MEH|GORFF|AWST|MEDI"
    r"|HYD|TACH|RHAG)-(?:[0-9]{4}|[0-9]{2})"
)
_HYPHENED = re.compile(
    r"(?<![\w-])(?=[A-Z0-9-]*[0-9])(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,6}(?:-[A-Z0-9]{2,6})+-[A-Z0-9]{1,6}(?![\w-])"
)  # "7HKQ-29MW-PX", "TX-0388-B"
# A care-record or hospital system and its number (the systems Welsh councils and health boards use).
_SYSTEMS = (
    "RiO", "RIO", "WCCIS", "PARIS", "Paris", "Mosaic", "MOSAIC", "SystmOne", "EMIS", "CareDirector", "Eclipse",
    "Liquidlogic", "WPAS", "Myrddin",
)  # fmt: skip
_CARD_WORDS = ("card ", "Card ")
# An access code after what it opens, spaced or hyphened: "Key safe 1-9-7-3", "Cod y bocs goriad ydi 3 3 8 0".
_SAFE_WORDS = (
    "ey safe",
    "ey-safe",  # round forty-four: "Key-safe by the porch is 5190"
    "eysafe",
    "ocs goriad",
    "ocs allwedd",
    "locs allwedd",
    "lwch allweddi",
    "oor code",
    "od y drws",
)
_ACCESS = re.compile(
    r"(?i:key[ \t-]?safe|keysafe|bocs[ \t]+goriad|bocs[ \t]+allwedd|blwch[ \t]+allweddi|door[ \t]+code"
    r"|cod[ \t]+y[ \t]+drws)"
    # a clause may come between: "the key safe by the back door was changed to 4 0 5 8" (round twenty-five),
    # but not a year something happened in: "the key safe went in in 2019"
    r"[^\n.!?]{0,48}?(?:(?<!\bin )(?<!\bsince )(?<!\bers )(?<!\byn )(?<!\bym )(?<!\bfrom )(?<!\buntil )"
    # ... but "yn" before the code is "is" in Welsh when the figures are no year (round forty-four): "Mae'r cod i'r
    # bocs goriad wrth ddrws y cefn yn 7314"
    r"|(?<=\byn )(?!(?:19|20)[0-9]{2}(?![0-9])))"
    r"((?<![0-9])[0-9](?:[ \t-]?[0-9]){3,7})(?![0-9])"
)
# A police officer's number after the rank: "PC 2931 oedd y swyddog", "PCSO 4471".
_OFFICER_WORDS = ("PC ", "PCSO ", "DC ", "DS ", "Sgt ", "Sarjant ")
_OFFICER = re.compile(
    r"(?:PC|PCSO|DC|DS|Sgt|Sarjant)\.?[ \t]+(?!(?:19|20)[0-9]{2}\b)([0-9]{3,5})\b(?![ \t]*(?:/|%|GB|MB|oed\b|years))"
)  # not a year: "PC 2000" is a computer
_OFFICER_NAME = re.compile(r"[ \t]+([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)\b")
# A certificate's or a badge's number: "rhif tystysgrif 0019 4455 8821", "bathodyn gyrrwr hacni, HD 0771".
_PAPER_WORDS = ("tystysgrif", "certificate", "Certificate", "athodyn", "badge", "Badge", "licence", "trwydded")
_PAPER = re.compile(
    r"(?i:tystysgrif|certificate|(?<=b|f|m|h)athodyn|badge|licence|trwydded)"
    r"(?:[^\n.!?;]{0,30}?[,:(]|[ \t]+(?i:rhif|number|no\.?))?[ \t]*"
)
# ... its figures in groups, the first of two only when more follow: "Ei bathodyn glas, BB 71 0093 4417"
_PAPER_NUMBER = re.compile(r"([A-Z]{0,3}[ \t]?(?:[0-9]{3,}|[0-9]{2}(?=[ \t][0-9]{2,}))(?:[ \t][0-9]{2,}){0,3})\b")
_STOCK_WORDS = ("herd", "Herd", "flock", "Flock", "holding", "CPH", "diadell", "buches", "daliad")
_SYSTEM = re.compile(
    rf"(?:{'|'.join(_SYSTEMS)})\b[ \t]*(?:(?:no\.?|number|rhif|ID|id)[ \t]*)?[:#]?[ \t]*([0-9]{{5,12}})\b"
)


def identifiers(text: str, found: Needles) -> list[Hit]:
    """Numbers that point to one person's record, card or animals."""
    out: list[Hit] = []
    out.extend(
        _other(m.start(1), m.end(1), "card") for m in _at(_LETTERED_NUMBER, text, found.positions(_NUMBER_WORDS))
    )
    out.extend(_other(m.start(), m.end(), "card") for m in _at(_HERD, text, found.starts("UK")))
    out.extend(_other(m.start(), m.end(), "card") for m in _at(_VISIT, text, found.starts("VO")))
    out.extend(_other(m.start(1), m.end(1), "card") for m in _at(_CARD_SAYS, text, found.positions(_CARD_WORDS)))
    stock = _at(_STOCK_NUMBER, text, found.positions(_STOCK_WORDS))
    out.extend(_other(*(m.span(1) if m.group(1) else m.span(2)), "card") for m in stock)
    # the code words' literals leave off their first letter, either case: "Key safe", "key safe"
    for m in _at(_ACCESS, text, [max(0, at - 1) for at in found.positions(_SAFE_WORDS)]):
        out.append(_other(m.start(1), m.end(1), "card"))
    for m in _at(_OFFICER, text, found.positions(_OFFICER_WORDS)):
        out.append(_other(m.start(1), m.end(1), "collar-number"))
        officer = _OFFICER_NAME.match(text, m.end())  # "PC 2290 Pritchard": the officer's surname after the number
        if officer and officer.group(1) not in lx.COMMON and officer.group(1) not in lx.NOT_PERSON:
            out.append((officer.start(1), officer.end(1), "person-name", "privacy.person-name.title"))
    for at in found.positions(_PAPER_WORDS):
        label = _PAPER.match(text, at)
        number = _PAPER_NUMBER.match(text, label.end()) if label else None
        if number and any(c.isdigit() for c in number.group(1)):
            out.append(_other(number.start(1), number.end(1), "card"))
    slashes = [at for at in _finds(text, "/") if _in_a_code(text, at)]
    out.extend(
        _other(m.start(), m.end(), "reference")
        for m in _around(_SLASHED, text, slashes, 12, 16)
        if not _status_on_a_day(m.group())
    )
    for m in _around(_FIGURES_SLASHED, text, slashes, 7, 16):
        if _not_a_date_or_year(m):
            out.append(_other(m.start(), m.end(), "reference"))
    hyphens = [at for at in _finds(text, "-") if _in_a_code(text, at)]
    out.extend(
        _other(m.start(), m.end(), "reference")
        for m in _around(_HYPHENED, text, hyphens, 7, 24)
        # "03-IX-1967", "04-JUN-1931": a date, its month in Roman figures or by name; the dates module reads it
        if not _ROMAN_DATE.fullmatch(m.group()) and not _CAPITAL_MONTH_DATE.fullmatch(m.group())
    )
    out.extend(_other(m.start(), m.end(), "reference") for m in _at(_SYSTEM, text, found.positions(_SYSTEMS)))
    return out


# A password or a network's name after its word, as carers' notes pass them on: "The Wi-Fi at the caravan is
# Dyfrgi4471", "cyfrinair y Wi-Fi (gwyrdd-llwynog-48)", "(FelinWlan_5G, cyfrinair defaid2019)". Only a word
# shaped like a secret is taken (figures, an underscore, a sign or a capital inside it), never a plain word.
_SECRET_WORDS = ("assword", "asscode", "yfrinair", "i-Fi", "iFi", "ifi", "i-fi", "SSID", "etwork", "hwydwaith")
_SECRET_CUE = re.compile(
    r"(?i:pass(?:word|code|phrase)|(?:ch|ng|g|c)?[Yy]frinair|wi-?fi|SSID|network(?:[ \t]+name)?|rhwydwaith)"
)  # "network BT-7QX4KF": a router's name
_SECRET_TOKEN = re.compile(r"[^\s,;()\[\]\"'“”‘’]{5,40}")
_SECRET_SHAPE = re.compile(r"[0-9_#!*$%&]|[a-z][A-Z]")
# ... or anything quoted just after it (in double or curly quotes: Welsh elides with a plain "'").
_QUOTED_SECRET = re.compile(
    r"(?:[ \t]+(?:is|was|yw|ydy|oedd|ydi))?[ \t]*[,:]?[ \t]*(?:(?:set[ \t]+)?to[ \t]+)?[\"“‘]([^\"”’\n]{3,40})[\"”’]"
)


def secrets(text: str, found: Needles) -> list[Hit]:
    """A password, Wi-Fi key or network name a few words after the word for it."""
    out: list[Hit] = []
    for at in found.positions(_SECRET_WORDS):
        cue = _SECRET_CUE.search(text, max(0, at - 3), at + 14)
        if cue is None:
            continue
        quoted = _QUOTED_SECRET.match(text, cue.end())
        if quoted:  # 'the collection password, "barcud coch"': whatever is quoted, however plain
            out.append(_other(quoted.start(1), quoted.end(1), "access-code"))
            continue
        for m in _SECRET_TOKEN.finditer(text, cue.end(), min(len(text), cue.end() + 48)):
            token = m.group().rstrip(".,:;)!?")
            between = text[cue.end() : m.start()]
            if "\n" in between or "." in between:
                break  # not past the sentence
            if "@" in token or "/" in token or token.lower().startswith("www"):
                continue  # an email or a web address: their own finders
            if _SECRET_SHAPE.search(token) and any(c.isalpha() for c in token) and token[0] not in "£$€":
                out.append(_other(m.start(), m.start() + len(token), "access-code"))
                break
    return out


# A handle or a user name written without its @: words joined by dots or underscores, as no prose writes them
# ("jacyboi.x12", "cor.festri.seion", "tegs_preloved_bach"). A web address, a file and an abbreviation are not.
_JOINED = re.compile(r"[^\W_]+(?:[._][^\W_]+)+")
_POSTING = re.compile(
    r"(?i:\b(?:post(?:s|ed|ing)?|postio|follow(?:s|ed|ers)?|dilyn|profile|proffil|account|cyfrif|handle|page|tudalen"
    r"|snapchat|instagram|tiktok|facebook|xbox|playstation|twitter|youtube|discord|twitch)\b)"
)
_NOT_HANDLE_ENDS = frozenset(
    {
        "com",
        "org",
        "net",
        "uk",
        "cymru",
        "wales",
        "gov",
        "io",
        "co",
        "info",
        "edu",
        "ac",
        "nhs",
        "eu",
        "ie",
        "biz",
        "me",
        "tv",
        "app",
        "pdf",
        "doc",
        "docx",
        "jpg",
        "jpeg",
        "png",
        "md",
        "txt",
        "xls",
        "xlsx",
        "csv",
        "html",
        "htm",
        "zip",
        "mp3",
        "mp4",
        "m4a",
    }
)


def joined_handles(text: str) -> list[Hit]:
    """Words joined by dots or underscores with no space: a handle, a user name or a network's name."""
    out: list[Hit] = []
    starts = set(_every(text, "_"))
    starts.update(at for at in _every(text, ".") if text[at + 1 : at + 2].islower() and text[at - 1 : at].isalnum())
    done = -1
    for at in sorted(starts):
        if at < done:
            continue
        a = at
        while a > 0 and (text[a - 1].isalnum() or text[a - 1] in "._"):
            a -= 1
        if a and text[a - 1] in "@/:-'’":
            continue  # an email, a web address or part of a longer code: their own finders
        m = _JOINED.match(text, a)
        if not m or m.end() <= at:
            continue
        done = m.end()
        word = m.group()
        parts = re.split(r"[._]", word)
        if m.end() < len(text) and (text[m.end()] in "@/-" or text[m.end()].isalnum()):
            continue
        if parts[-1].lower() in _NOT_HANDLE_ENDS or (a >= 4 and text[a - 4 : a].lower() == "www."):
            continue
        if "_" not in word and (not word.islower() or any(len(p) < 2 for p in parts[:1]) or len(parts) < 2):
            continue  # dotted words only in lower case, and not "e.g", "a.m"
        # "sut.mae" (a typo at a sentence's end), "file_name": two plain words joined, unless the words before
        # say it is an account ("posted a photo on tractorboi_amlwch", round thirty)
        plain = len(parts) == 2 and word.islower() and not any(c.isdigit() for c in word)
        if plain and ("_" not in word or not _POSTING.search(text, max(0, a - 60), a)):
            continue
        # not a date ("18.viii.2008"); a name and its figures joined by "_" is a handle ("valleybuses_1962", round 43)
        if sum(any(c.isalpha() for c in p) for p in parts) >= 2 or (
            "_" in word and parts[0].islower() and len(parts[0]) > 2
        ):
            out.append(_other(m.start(), m.end(), "handle"))
    return out


def long_figures_at(text: str, s: int, e: int) -> Hit | None:
    """The run of figures at S..E (the scanner hands each over) as a reference, when it is nine figures or more
    on its own and no phone or NHS number: a certificate, student, case or account number."""
    before, after = text[s - 1 : s], text[e : e + 2]
    if e - s < 9 or (before and (before.isalnum() or before in "./,:+-")):
        return None  # part of a longer code, an amount or a phone number written with its +
    if after[:1].isalnum() or after[:1] in "/:-" or (after[:1] in ".," and after[1:2].isdigit()):
        return None
    return None if _phone_or_nhs(text[s:e]) else _other(s, e, "reference")


# Capitals, then figures, on their own with no cue: a card's, badge's, alarm's, boat's or record's number
# (`CL 55 0193`, `SFW 4471 90213 K`, `YG K 0733192`, `NW 3190`, `A823411206019`). Hand-written stories carry
# such numbers for one person far more often than for anything public; the public ones are left out by shape
# (roads, years, an NI number's, found apart) and by their letters (_PUBLIC_LETTERS).
_LETTERED_CODE = re.compile(
    r"(?P<letters>[A-Z]{1,5}(?:[ \t-][A-Z]{1,2})?)[ \t-]?(?P<figures>[0-9]{2,}(?:[ \t-][0-9]+)*)"
    r"(?:[ \t-]?[A-Z](?![a-z]))?(?![\w/-]|[.:,][0-9])"
)
# an NI number's shape, valid or not: the NI finder judges it
_NI_SHAPE = re.compile(r"\b[A-Z]{2}(?:[0-9]{6}|[ \t][0-9]{2}[ \t][0-9]{2}[ \t][0-9]{2})(?:[ \t]?[A-Z])?\Z")
# Letters whose figures are public or found by another finder: broadcasters, standards, services, model
# names, dates of birth ("DOB"), officers ("PC"), herd marks ("UK"), NHS and NI numbers.
_PUBLIC_LETTERS = frozenset(
    {"NHS", "GIG", "NI", "BBC", "ITV", "S", "ISO", "BS", "EN", "SI", "EU", "UN", "COVID", "WW", "PS", "MP"}
    | {"CO", "DOB", "DG", "YOB", "DD", "GAN", "PC", "UK", "KS", "MF", "JCB", "IH", "DB", "BMW", "VW", "RAF", "HMS"}
    | {"RNLI", "TV", "FM", "AM", "PM", "CD", "DVD", "LP", "EP", "GCSE", "NVQ", "QCF", "BTEC", "VO", "UPN", "ULN"}
    | {"WCCIS", "RIO", "CAD", "NO", "REF", "TEL", "FFÔN", "RHIF", "CYF", "X", "Y", "T", "J", "V", "U", "Q", "DVLA"}
    | {"BFPO"}
)
_ROAD_LETTERS = frozenset({"A", "B", "M"})


def lettered_code_at(text: str, a: int) -> Hit | None:
    """The code of capitals and figures whose first figure is at A (the scanner hands each run of figures
    over), when it stands on its own as one person's number."""
    j = a - 1 if a and text[a - 1] in " \t-" else a
    i = _capitals_before(text, j, 5)
    if i == j:
        return None
    starts = [i]
    if i > 1 and text[i - 1] in " \t-" and "A" <= text[i - 2] <= "Z":  # "YG K 0733192": two groups of capitals
        starts.insert(0, _capitals_before(text, i - 1, 4))
    for start in starts:  # the longer first; "UPN A823411206019" falls back to the code after the label
        if start and (text[start - 1].isalnum() or text[start - 1] in "/.-'’&"):
            continue  # the end of a word, or part of a longer code found by its own finder
        m = _LETTERED_CODE.match(text, start)
        if m and m.start("figures") == a and _a_persons_code(m):
            return _other(m.start(), m.end(), "reference")
    return None


# Figures in groups of three to five, twelve or more in all, as a card, meter key or account prints them
# ("9826 1100 4471 2209"); a phone's and an NHS number's are fewer.
_GROUPED = re.compile(r"[0-9]{3,5}(?:[ \t][0-9]{2,5}){2,5}(?![\w/-]|[.,][0-9])")
# A card number printed with its middle hidden: "4751 •••• •••• 2209", "**** **** **** 2209".
_MASKED_AFTER = re.compile(r"[0-9]{4}(?:[ \t-]?(?:[•*xX#]{4})){1,3}[ \t-]?[0-9]{3,4}(?![\w])")
_MASKED_BEFORE = re.compile(r"(?<![\w•*#])(?:[•*xX#]{4}[ \t-]?){2,3}\Z")
# Figures, then capitals: an old plate ("4471 EY") or a reference copied the other way round ("0917 ADU GC").
_FIGURES_THEN_CAPITALS = re.compile(r"[0-9]{3,4}[ \t][A-Z]{2,3}(?:[ \t][A-Z]{1,3})?(?![\w'’-])")
_UNITS = frozenset({"MB", "GB", "KB", "KG", "ML", "MPH", "KM", "AM", "PM", "BST", "GMT", "UK", "BC", "AD", "CE", "BCE"})


def figures_first_at(text: str, a: int, e: int) -> Hit | None:
    """A card's long grouped number, or figures then capitals, whose first figure is at A (the run ends at E)."""
    if a and (text[a - 1].isalnum() or text[a - 1] in "+(£$€.,/-"):
        return None
    m = _MASKED_AFTER.match(text, a)
    if m:
        return _other(m.start(), m.end(), "card")
    if e - a == 4 and a >= 10:
        hidden = _MASKED_BEFORE.search(text, max(0, a - 16), a)
        if hidden:
            return _other(hidden.start(), e, "card")
    m = _GROUPED.match(text, a)
    # not a phone with its country ("44 7700 ..."), nor a year before a phone or NHS number (an id's "2026 488 ...")
    if (
        m
        and sum(c.isdigit() for c in m.group()) >= 12
        and not text.startswith(("44", "00"), a)  # "001 604 555 0192": a phone abroad
        and not _YEAR.match(text[a:e])
    ):
        return _other(m.start(), m.end(), "card")
    m = _FIGURES_THEN_CAPITALS.match(text, a)
    if m and not _YEAR.match(text[a:e]):
        letters = m.group()[e - a :].split()
        if letters[0] not in _UNITS and letters[0] not in _PUBLIC_LETTERS:
            return _other(m.start(), m.end(), "reference")
    return None


def _capitals_before(text: str, j: int, most: int) -> int:
    i = j
    while i > 0 and j - i < most and "A" <= text[i - 1] <= "Z":
        i -= 1
    return i


def _a_persons_code(m: re.Match[str]) -> bool:
    letters, figures = m.group("letters"), m.group("figures")
    digits = sum(c.isdigit() for c in figures)
    if digits < 3 or letters.split()[0].split("-")[0] in _PUBLIC_LETTERS or _NI_SHAPE.search(m.group()):
        return False
    if digits == 10 or (letters in _ROAD_LETTERS and figures.isdigit() and len(figures) <= 4):
        return False  # an NHS number's length (its finder judges it); the A470, the M4, the B4459
    glued = m.start("figures") == m.end("letters")
    if glued and ((len(letters) == 2 and digits <= 4) or letters in ("O", "I", "L")):
        return False  # a flight or a model ("BA2490", "PS5"); a figure written as a letter ("O1248 l23456")
    if glued and len(letters) == 1 and digits == 12:
        return False  # a pupil number's shape: its own finder checks the check letter
    # an act's or an event's year: "RISCA 2016", "COP 2021"
    return not (figures.isdigit() and _YEAR.match(figures) and m.end() == m.end("figures"))


# A case note's status and the day it was given, as wards write them: "MFFD 02/04", "TTO 12/3".
_STATUS_DAY = re.compile(r"[A-Z]{2,6}[ \t]([0-3]?[0-9])/([01]?[0-9])")


def _status_on_a_day(code: str) -> bool:
    m = _STATUS_DAY.fullmatch(code)
    return m is not None and day_and_month(m.group(1), m.group(2))


def _in_a_code(text: str, at: int) -> bool:
    """Is the slash or hyphen at AT between a capital or figure and a capital or figure, as in a code?"""
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    return (before.isdigit() or before.isupper()) and (after.isdigit() or after.isupper())


def _phone_or_nhs(figures: str) -> bool:
    """Ten figures (an NHS number's length), or a phone number's: the finders for those judge them."""
    return len(figures) == 10 or (figures.startswith("0") and len(figures) == 11) or figures.startswith("44")


def _every(text: str, char: str) -> Iterator[int]:
    """Every position of CHAR in TEXT (joined_handles, which runs before the finders' gate, asks it directly)."""
    at = text.find(char)
    while at >= 0:
        yield at
        at = text.find(char, at + 1)


def _finds(text: str, char: str) -> Iterator[int]:
    """_every for a gated finder: a character this common costs the scanner's pass more than str.find."""
    if char not in _CHARACTERS:
        raise KeyError(f"{char!r} is not among case_notes' _CHARACTERS: a text without it would skip its finder")
    return _every(text, char)


def _other(start: int, end: int, kind: str) -> Hit:
    return start, end, "other-id", f"privacy.other-id.{kind}"


def _at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """PATTERN's matches starting at each of STARTS (the positions of its first literal)."""
    return [m for at in starts if (m := pattern.match(text, at))]


def _around(pattern: re.Pattern[str], text: str, starts: Iterable[int], before: int, after: int) -> list[re.Match[str]]:
    """PATTERN's matches that hold one of STARTS (a literal inside them), each once."""
    out: list[re.Match[str]] = []
    end = -1
    for at in starts:
        if at < end:
            continue
        for m in pattern.finditer(text, max(0, at - before), min(len(text), at + after)):
            if m.start() <= at < m.end() and m.start() >= end:
                out.append(m)
                end = m.end()
    return out


# --- homes ------------------------------------------------------------------------------------------------

_WORD = r"[A-ZŴŶ][^\W\d_]+(?:['’-][^\W\d_]+)*"
_NAME = rf"{_WORD}(?:[ \t]+(?:(?:y|yr|'r|’r)[ \t]+)?{_WORD}){{0,2}}"
# A farm someone farms: "They farm Upper Bryngwyn", "he farmed Penlanwen until 1990".
_FARM_VERBS = ("farm ", "farms ", "farmed ", "farming ")
_FARMS = re.compile(rf"farm(?:s|ed|ing)?[ \t]+(?:at[ \t]+)?({_NAME})")
# A name, then what the home is to someone: "Lower Trewern, his parents' farm", "Glan Rhyd, their home".
_HOME_WORDS = (" farm", " farmhouse", " home", " house", " cottage", " bungalow", " smallholding", " granary", " barn")
# ... and the other way round, the home first: "lives in the converted granary, Lower Hook, across the yard".
_HOME_THEN_NAME = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,2}?"
    r"(?:farm|farmhouse|house|cottage|bungalow|smallholding|granary|barn)[ \t]*,[ \t]+"
    rf"({_NAME})(?=[ \t]*[,;.)]|[ \t]+[–—-])"
)
_HOME_BEFORE = re.compile(
    rf"(?<![\w'’-])({_NAME}),[ \t]+(?:his|her|their|my|the)[ \t]+(?:(?:parents['’]|family['’]s?|mam['’]s"
    r"|mum['’]s|dad['’]s|nain['’]s|taid['’]s|own|old|new)[ \t]+)?\Z"
)


# Where someone was born, when it is a farm or a house: "Elwyn was born at Cwm-yr-Hendre" (not a hospital or a town).
_BORN_AT = re.compile(rf"born[ \t]+(?:at|in|yn|ym|yng)[ \t]+({_NAME})(?![ \t]+(?:Hospital|Maternity|Infirmary|Ysbyty))")


def homes(text: str, found: Needles) -> list[Hit]:
    """Farms and homes named with the word that makes them someone's."""
    out: list[Hit] = []
    for m in _at(_FARMS, text, found.positions(_FARM_VERBS)):
        if (m.start() == 0 or not text[m.start() - 1].isalpha()) and _a_home_name(m.group(1)):
            out.append((m.start(1), m.end(1), "address", "privacy.address"))
    for m in _at(_FARMS_CY, text, found.positions(_FARM_VERBS_CY)):
        if _a_home_name(m.group(1)):
            out.append((m.start(1), m.end(1), "address", "privacy.address"))
    for m in _at(_BORN_AT, text, found.starts("born")):
        name = m.group(1)
        if _a_home_name(name) and ("-" in name or name.split()[0] in lx.HOUSE_ELEMENTS):
            out.append((m.start(1), m.end(1), "address", "privacy.address"))
    for at in found.positions(_HOME_WORDS):
        home = _HOME_BEFORE.search(text, max(0, at - 90), at + 1)  # the needle starts with the space before the word
        if home and _a_home_name(home.group(1)):
            out.append((home.start(1), home.end(1), "address", "privacy.address"))
        home = _HOME_THEN_NAME.search(text, max(0, at - 40), at + 80)
        if (
            home
            and home.start(1) > at
            and _a_home_name(home.group(1))
            and home.group(1) not in lx.NOT_PERSON
            and home.group(1).split()[0] not in lx.FIRST
        ):
            out.append((home.start(1), home.end(1), "address", "privacy.address"))
        home = _HOME_ON.match(text, at)
        if home and _a_home_name(home.group(1)) and home.group(1) not in lx.NOT_PERSON and _named_twice(home.group(1)):
            out.append((home.start(1), home.end(1), "address", "privacy.address"))
    return out


# A home and the street it stands on, the street named with no street word: "the corner house on Pentwyn Morfa".
_HOME_ON = re.compile(rf"[ \t](?:house|cottage|bungalow)[ \t]+on[ \t]+({_NAME})")


def _named_twice(name: str) -> bool:
    """Two words or a hyphened one: a street's or a home's own name, not a town's one word ("on Anglesey")."""
    return " " in name or "-" in name


# The line before a postcode, when it is a home's own name: "the only son at Penrhiw-fawr, SA44 6HY".
# a line of its own, "Penrhiw-fawr, SA44 6HY", or the postcode in brackets: "Mae Pentre Isaf (LL14 5HN) ar ben lôn"
_NAME_BEFORE_POSTCODE = re.compile(rf"(?<![\w'’-])({_NAME})(?:,[ \t]+|[ \t]+\()\Z")


_STREET_FIRST = frozenset("Lôn Ffordd Heol Stryd Stryt Rhodfa Teras Maes Cilgant Llys Clos Ael".split())  # noqa: SIM905


def _postcode_home(name: str) -> bool:
    """A street's or a home's name before a postcode, not a town's."""
    return name.split()[0] in _STREET_FIRST or (_a_home_name(name) and name.split()[-1] not in lx.PLACES)


def homes_before_postcodes(text: str, starts: list[int]) -> list[Hit]:
    """A farm's, house's or street's name written right before a postcode (each of STARTS), and the lines before
    it up to three: an address ("Tŷ Capel, Lôn Glanclwyd, LL15 2QX"). A town's line is passed over."""
    out: list[Hit] = []
    for at in starts:
        for _ in range(3):
            m = _NAME_BEFORE_POSTCODE.search(text, max(0, at - 48), at)
            if m is None:
                break
            name, start = m.group(1), m.start(1)
            first, _, rest = name.partition(" ")
            if _named_twice(rest) and first in lx.COMMON and not _postcode_home(name) and _postcode_home(rest):
                name, start = rest, start + len(first) + 1  # "Mae Pentre Isaf (LL14 5HN)": the verb is no part of it
            words = name.split()
            if len(words) > 1 and (words[0] in lx.FIRST or words[0] in lx.AMBIGUOUS) and words[-1] in lx.SURNAMES:
                break  # "Carers: Alun and Gwen Lewis, Pant-yr-eithin, SY23 4RW": who lives there (round forty-three)
            # in brackets, a home's name of two words or a hyphened one: one word is more often the village's
            if _postcode_home(name) and (not m.group().endswith("(") or _named_twice(name)):
                out.append((start, m.end(1), "address", "privacy.address"))
            elif name not in lx.PLACES:
                break
            at = m.start(1)
    return out


# A person and the home they are from, as Welsh speakers name neighbours: "Mrs Beti Jenkins o Benlan", "Twm o
# Fryn Hyfryd", "Mrs Ackerley from the Old Forge". A town or village on the lists is where they live, not a home.
_FROM_HOME = re.compile(
    r"[ \t]+(?:(?:came|comes|come|popped[ \t]+(?:up|down|over|round)|ddaeth|ddoth|ddath|ddo)[ \t]+)?"  # "came from"
    rf"(?:o|from)[ \t]+((?:the[ \t]+)?{_NAME})"
)
# ... or after a comma, when it ends as a farm's name does and the label or sentence ends with it.
_COMMA_HOME = re.compile(rf",[ \t]+({_NAME})(?=[ \t]*(?:[\"”’'.;)]|\Z|,[ \t]+[a-z]))")
# ... a neighbour's home, told by where it stands from the story's: "from Penlan, next door but one", "from
# Awelfryn, two doors down". That makes it a home even when a district has the name too.
_NEXT_DOOR = re.compile(
    r"[ \t]*,[ \t]+(?:next[ \t]+door(?:[ \t]+but[ \t]+one)?|(?:two|three|four|a[ \t]+few|2|3|4)[ \t]+doors[ \t]+"
    r"(?:down|up|along|away)|drws[ \t]+nesa['’]?(?:[ \t]+ond[ \t]+un)?"
    r"|(?:dau|tri|pedwar)[ \t]+ddrws[ \t]+(?:lawr|lan|i[ \t]+fyny))"
    # not "next door to the hospital": the words end there
    r"(?=[ \t]*(?:[,.;:)!?—–]|\Z|[ \t](?:had|was|is|came|and|with|efo|gyda|a|ac|oedd|sy)\b))"
)
_ORGANISATION_HEADS = frozenset(
    "Cyngor Cymdeithas Canolfan Cwmni Clwb Ysgol Coleg Prifysgol Ysbyty Meddygfa Eglwys Capel Tîm Adran".split()  # noqa: SIM905
)


_FARM_ENDS = ("Isaf", "Uchaf", "Fawr", "Fach", "Ganol", "Bach", "Mawr", "Newydd", "Wen", "Goch", "Ddu")
_VILLAGE_HEADS = ("Llan", "Aber", "Tre", "Pont", "Porth", "Capel", "Betws", "Caer", "Rhyd", "Pentre")


_HOUSE_STARTS = tuple(sorted(lx.HOUSE_ELEMENTS))  # one-word homes start with one: "Pantygwiail"


def _home_shaped(name: str, forms: set[str]) -> bool:
    """Is NAME built as a farm's or house's is: a house element first (Pen, Bryn, Tŷ, Tyddyn …, mutated or not),
    a farm's ending (Isaf, Uchaf, Fawr …), or its words joined by hyphens (Pen-y-bryn)?"""
    return (
        any(form in lx.HOUSE_ELEMENTS for form in forms)
        or any(form.startswith(_HOUSE_STARTS) and form[:1].isupper() for form in forms if len(form) > 5)
        or name.split()[-1] in _FARM_ENDS
        or "-" in name
    )


def homes_after_people(text: str, ends: list[int]) -> list[Hit]:
    """The home named after a person found (each of ENDS) with "o" or "from": a farm's or house's name."""
    out: list[Hit] = []
    for at in ends:
        m = _FROM_HOME.match(text, at)
        if m is None:
            home = _COMMA_HOME.match(text, at)  # "E. W. Gruffydd, Penrhiw Isaf": a man and his farm, as labelled
            if (
                home
                and _a_home_name(home.group(1))
                and home.group(1).split()[-1] in _FARM_ENDS
                and not home.group(1).startswith(_VILLAGE_HEADS)  # "Siân Jones, Llanfair Uchaf": her village
            ):
                out.append((home.start(1), home.end(1), "address", "privacy.address"))
            continue
        name = m.group(1)
        words = name.split()
        if words[0] == "the":  # English: a house named as one ("the Old Forge", "the Mill House"), not "the Council"
            bare = " ".join(words[1:])
            if words[-1] in lx.HOUSE_TAILS_EN and bare not in lx.PLACES and bare not in lx.NOT_PERSON:
                out.append((m.start(1), m.end(1), "address", "privacy.address"))
            continue
        forms = radicals(words[0])
        rest = name[len(words[0]) :]
        if _NEXT_DOOR.match(text, m.end()) and words[0] not in lx.FIRST and name not in lx.DECOYS:
            out.append((m.start(1), m.end(1), "address", "privacy.address"))
            continue
        if any(form in lx.PLACES or form + rest in lx.PLACES or form + rest in lx.NOT_PERSON for form in forms):
            continue  # "o Gaerdydd", "o Gyngor Gwynedd": a town, an organisation
        if any(form in lx.COMMON or form in _ORGANISATION_HEADS for form in forms):
            continue
        if not (_a_home_name(name) and _home_shaped(name, forms)):
            continue  # "o Westminster", "o Gyfoeth Naturiol Cymru": only a name built as a home's is one
        if words[0] in lx.FIRST or name in lx.NOT_PERSON:
            continue  # "Mair o Gwen" is a list of people; an organisation's name is public
        out.append((m.start(1), m.end(1), "address", "privacy.address"))
    return out


# A farm farmed, in Welsh: "Ffarmiodd Emyr ym Mhantygwiail", "sy'n ffarmo yng Nghwm-bach".
_FARM_VERBS_CY = ("ffarmio", "ffarmo", "ffarmiodd", "ffermio", "ffermiodd", "Ffarmiodd", "Ffermiodd")
_FARMS_CY = re.compile(
    rf"[Ff]f[ae]rm(?:io|o|iodd|iai|ian)\b(?:[ \t]+[^\W\d_]+){{0,2}}?[ \t]+(?:yn|ym|yng)[ \t]+({_NAME})"
)


def _a_home_name(name: str) -> bool:
    """A farm's or house's own name: not a town, a person, a month or an everyday word."""
    first = name.split()[0]
    return (
        name not in lx.PLACES
        and first not in lx.COMMON
        and first not in lx.FIRST
        and first not in ("The", "A", "An", "Y", "Yr", "In", "At", "On", "This", "That", "Cardiff", "Wales")
        and first.rstrip(".") not in MONTH_WORDS
        and not lx.whose(name)
    )


# --- names ----------------------------------------------------------------------------------------------

# A name someone is called by: "everyone calls him Macca", "known to all as Dai Bananas", "Gary 'Sparky' Thomas".
_CALL_WORDS = ("call", "known as", "knows ", "know ", "known to ", "known locally", "known round")
_CALLED = re.compile(
    r"(?:(?:calls?|called|calling)[ \t]+(?:him|her|them|me|us)(?:[ \t]+as)?"
    # "known to everyone as Smithy", "known locally as Dai Bananas" (round thirty-five)
    r"|known(?:[ \t]+(?:to[ \t]+(?:everyone|everybody|all|most|the[ \t]+\w+"
    # ... "known to every child in the building as Sprocket" (round forty-four)
    r"|every[ \t]+\w+(?:[ \t]+(?:in|at|on)[ \t]+the[ \t]+\w+)?)|locally|round[ \t]+here))?[ \t]+as"
    r"|knows?[ \t]+(?:him|her|them|me|us)[ \t]+as)[ \t]+['‘\"“]?"
    r"([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)['’\"”]?(?![\w'’-])"
)
_OPENING_QUOTES = (" '", " ‘", ' "', " “")
# A nickname in quotation marks, then who calls him so (round forty-three): '"Now Cloc", as everyone in Dinas calls
# him'.
_AS_EVERYONE_CALLS = re.compile(
    r"[\"“‘]([A-ZŴŶ][\w'’-]+(?:[ \t]+[A-ZŴŶ][\w'’-]+)?)[\"”’],?[ \t]+as[ \t]+"
    r"(?:everyone|everybody|all|the[ \t]+\w+)(?:[ \t]+(?:in|at|on|round)[ \t]+[\w' ]{1,24}?)?[ \t]+"
    r"(?:calls|called|call|knows|knew|know)[ \t]+(?:him|her|them)\b"
)
_AS_EVERYONE_NEEDLES = ("as everyone", "as everybody", "as all ", "as the ")
_QUOTED_MIDDLE = re.compile(r"([A-Z][a-z]+[ \t]+['‘\"“]([A-Z][a-z]+)['’\"”][ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# Words after "called" that are no one's name: "called Monday", "known as Social Services".
_NOT_CALLED = frozenset(
    "The A An It This That Social Services Council Team Office Home Mam Mum Dad Nan Nain Taid Gran".split()  # noqa: SIM905
)


# A first name and "bach" or "fach", as Welsh speakers call someone small or dear: "Gerwyn Bach", "Emlyn bach".
_LITTLE_WORDS = (" Bach", " bach", " Fach", " fach")
_LITTLE = re.compile(
    r"([A-ZŴŶ][a-zâêîôûŵŷ]+)[ \t]+[BbFf]ach\b"
    # ... but "Gwen fach ar ei hwyneb" is a little smile, "gwên" typed without its accent
    r"(?![ \t]+ar[ \t]+(?:(?:ei|eu|ein|fy|dy)[ \t]+)?(?:h?wyneb|h?wynebau|wep|gwep)\b)"
)


def little_names(text: str, found: Needles, pseudonyms: frozenset[str]) -> list[Hit]:
    """A known first name with "bach" after it, unless it is a made-up name."""
    out: list[Hit] = []
    for at in found.positions(_LITTLE_WORDS):
        m = _LITTLE.search(text, max(0, at - 16), at + 40)  # room for what follows: "Gwen fach ar ei hwyneb"
        if m and m.end() == at + 5 and _a_first_name(m.group(1)) and m.group(1) not in pseudonyms:
            out.append((m.start(), m.end(), "person-name", "privacy.person-name.nickname"))
    return out


def _a_first_name(word: str) -> bool:
    """A known first name ("Gerwyn", "Emlyn"): a place or a venture with "bach" is a thing ("Cwm Bach",
    "Menter Fach")."""
    return (word in lx.FIRST or word in lx.AMBIGUOUS) and word not in lx.PLACES and word not in _NOT_LITTLE


# Words "bach" follows that are not people: "Tŷ Bach" (a toilet), "Cwm Bach", "Capel Bach", "Sosban Fach".
_NOT_LITTLE = frozenset("Tŷ Ty Cwm Nant Pant Capel Sosban Ysgol Ffarm Fferm Llan Pentre Mab Merch Plentyn".split())  # noqa: SIM905


# ... and in Welsh (round thirty-five), which had none of these: "mae pawb yn ei alw fo'n Smithy", "yn ei nabod fel Dai
# Bananas", "Gwen Ffwrnes yw hi i bawb".
_CY_NAME = r"([A-ZŴŶ][a-zâêîôûŵŷ]+(?:[ \t]+[A-ZŴŶ][a-zâêîôûŵŷ]+)?)"
_CALLED_CY = re.compile(
    # ... "me" and "us" too (round forty-three): "Mae'r plant i gyd yn fy ngalw fi'n Bob Sgŵl"
    r"\b(?:n?galw|alw|nabod|adnabod)[ \t]+"
    # ... the name in quotation marks too: 'Mae pawb yno'n ei alw fe'n "Gari Beic"'
    r"(?:(?:hi|o|fo|fe|e|nhw|fi|i|ni)['’]n|(?:(?:hi|o|fo|fe|e|nhw)[ \t]+)?fel)[ \t]+[\"“‘]?" + _CY_NAME + r"(?![\w'’-])"
)
_CY_KIN = r"(?:Mam-gu|Mamgu|Nain|Taid|Dad-cu|Tad-cu|Bopa|Anti|Wncwl|Yncl)"
_CALLED_CY_BEFORE = re.compile(
    # ... a kinship name of three words too (round forty-four): "Mam-gu Cae Pistyll fel maen nhw'n ei galw hi"
    rf"((?:{_CY_KIN}(?:[ \t]+[A-ZŴŶ][a-zâêîôûŵŷ]+){{1,2}}(?=[ \t]+(?:fel|yw|ydi|ydy|oedd)[ \t]))|"
    + _CY_NAME[1:]
    # ... to everyone, to the village or to his friends (round forty-four): "Cer yw hi i bawb ar y stryd", "Mam-gu
    # Cefn yw hi i'r pentre i gyd", "Ems yw e i'w ffrindie"
    # ... the name in quotation marks too (round forty-six): 'Lan y cwm, "Dai Cwm" yw e i bawb'
    + r"(?:[\"”’]?[ \t]+(?:yw|ydi|ydy|oedd)[ \t]+(?:hi|o|e|fe|fo)[ \t]+i[ \t]*(?:bawb\b|['’](?:r|w)[ \t]+[^\W\d_]+)"
    # "Dai Bananas fel mae pawb yn ei alw fo": a name, then how everyone or the family calls him so
    + r"|(?P<fel>,?[ \t]+fel[ \t]+(?:maen|mae|ma['’]|roedden|roedd|oedden|oedd|o['’]dd|wedd)(?:['’]r)?[ \t]+\w+"
    + r"(?:['’]n|[ \t]+yn)[ \t]+ei[ \t]+(?:galw|alw|nabod))"
    # ... or the name first, then everyone calls her so (round forty-four): "Del ma' pawb arall yn ei galw hi", "Shaz
    # mae pawb yn galw Mam", "Ffi (dyna beth mae pawb yn ei galw hi)"
    + r"|[ \t]+(?:\((?:dyna|dyna[ \t]+beth)[ \t]+)?(?:mae|ma['’])[ \t]+pawb(?:[ \t]+arall)?[ \t]+yn[ \t]+"
    + r"(?:ei[ \t]+(?:galw|alw)[ \t]+(?:hi|e|fe|o|fo)|galw[ \t]+(?:Mam|Dad|hi|e|fe|o|fo)|ei[ \t]+nabod))"
)
_CALLED_CY_NEEDLES = (
    *("alw hi", "alw o", "alw fo", "alw fe", "alw e", "alw nhw", "alw fi", "alw i'n", "alw i’n", "alw ni"),
    *("nabod fel", "nabod hi", "nabod o", "nabod fo", "nabod e", "i bawb", "fel mae", "fel ma'", "fel roedd"),
    *("fel maen", "fel oedd", "pawb yn galw", "hi i'r", "e i'r", "o i'r", "hi i'w", "e i'w", "o i'w"),
)

# A short form in quotes straight after the name it is short for, in brackets or after "or"/"neu": 'Osian ("Os" i
# bawb)', 'Bethan, or "Beth" to her mates' (round thirty-five). The story's name tracker finds it again later, unless
# it is also an everyday word ("Os" is Welsh for "if").
_SHORT_AFTER_NEEDLES = (' ("', " (“", " ('", " (‘", ', neu "', ", neu “", ', or "', ", or “")
_SHORT_AFTER = re.compile(
    r"([A-ZŴŶ][a-zâêîôûŵŷ]+)(?:[ \t]+\(|,[ \t]+(?:neu|or)[ \t]+)['‘\"“]([A-ZŴŶ][a-zâêîôûŵŷ]+)['’\"”](?=[ \t)])"
)


# ... or set against another name with "but", then who calls her so (round thirty-seven): "Seren-Mai on paper but
# Bug to everyone", "Gwenllian ar bapur ond Gwen i bawb".
_BUT_TO_ALL = re.compile(
    r"\b(?:but|ond)[ \t]+([A-ZŴŶ][\w'’-]+)[ \t]+(?:to[ \t]+(?:everyone|everybody|all|us|the[ \t]+family)|i[ \t]+bawb)\b"
)
_BUT_TO_ALL_NEEDLES = ("but ", "ond ")
_A_DAY = re.compile(r"(?:Christmas|Easter|Nadolig|Dolig|Pasg|Calan|Diolchgarwch|Sunday|Sul)\b")  # "ond Nadolig i bawb"


def called_names(text: str, found: Needles, pseudonyms: frozenset[str]) -> list[Hit]:
    """Names and nicknames someone is called by, in English and in Welsh (not the story's made-up names)."""
    out: list[Hit] = []
    for m in _at(_CALLED, text, found.positions(_CALL_WORDS)):
        name = m.group(1)
        first = name.split()[0]
        if first in lx.COMMON or first in _NOT_CALLED or name in lx.PLACES:
            continue
        if first in lx.NOT_PERSON and (" " not in name or first not in lx.PLACES):
            continue  # a place alone; with a trade after it, a man: "knows him as Dyfed Fish" (round forty-four)
        if name in lx.NOT_PERSON:
            continue  # "the children called him Farmer Pickles": a character he is likened to
        if not all(word in pseudonyms for word in name.split()):
            out.append((m.start(1), m.end(1), "person-name", "privacy.person-name.nickname"))
    for m in _around(_QUOTED_MIDDLE, text, [at + 1 for at in found.positions(_OPENING_QUOTES)], 16, 40):
        if m.group(2) not in pseudonyms:
            out.append((m.start(1), m.end(1), "person-name", "privacy.person-name.nickname"))
    for at in found.positions(_CALLED_CY_NEEDLES):
        cy = _CALLED_CY.search(text, max(0, at - 12), at + 60) or _CALLED_CY_BEFORE.search(
            text, max(0, at - 50), at + 40
        )
        if cy is None:
            continue
        name = cy.group(1)
        first = name.split()[0]
        # "Nain", "Cymro"; but a first name that is also a word, with a second name after it, is a name: "Bob Sgŵl"
        kin = " " in name and re.fullmatch(_CY_KIN, first) is not None  # "Mam-gu Cefn": a grandmother by her farm
        known = (first in lx.COMMON and not (" " in name and (lx.a_name_word(first) or kin))) or name in lx.NOT_PERSON
        known = known or name in lx.PLACES
        if cy.re is _CALLED_CY_BEFORE and cy.group("fel"):
            # '"y Maes" fel mae pawb yn ei galw hi' is a school's: only a first name is a person's here
            known = known or not (name.split()[0] in lx.FIRST or name.split()[0] in lx.AMBIGUOUS or kin)
        if not known and not all(word in pseudonyms for word in name.split()):
            out.append((cy.start(1), cy.end(1), "person-name", "privacy.person-name.nickname"))
    for at in found.positions(_SHORT_AFTER_NEEDLES):
        short = _SHORT_AFTER.search(text, max(0, at - 24), at + 24)
        if short is None:
            continue
        # the quoted word is short for the name before it: "Osian ("Os")", not "Cymru ("Wales")"
        name, form = short.group(1), short.group(2)
        if short.end(1) == at and form != name and name.startswith(form[:2]) and name not in pseudonyms:
            out.append((short.start(2), short.end(2), "person-name", "privacy.person-name.nickname"))
    for at in found.positions(_AS_EVERYONE_NEEDLES):
        every = _AS_EVERYONE_CALLS.search(text, max(0, at - 40), at + 60)
        if every and every.group(1) not in pseudonyms and every.group(1).split()[0] not in _NOT_CALLED:
            out.append((every.start(1), every.end(1), "person-name", "privacy.person-name.nickname"))
    for at in found.positions(_BUT_TO_ALL_NEEDLES):
        but = _BUT_TO_ALL.match(text, at)
        if but and but.group(1) not in pseudonyms and but.group(1) not in lx.PLACES and not _A_DAY.match(but.group(1)):
            out.append((but.start(1), but.end(1), "person-name", "privacy.person-name.nickname"))
    return out


# --- what a school or a home is called ------------------------------------------------------------------

# A place's everyday name: "Everyone calls it the Graig", "which everybody round here calls the Uwch", "which
# everyone calls YGCC", "mae pawb yn ei galw'n y Bont", 'neu "y Bont" i bawb'. What it is (a school or a home)
# is read from the words before it.
_CALL_IT_WORDS: tuple[str, ...] = (
    "calls it",
    "call it",
    "called it",
    "calls ",
    "n ei alw",
    "n ei galw",
    " i bawb",
    " to the kids",
)
_CALL_IT_WORDS += (" to the children", " to the pupils", " to everyone", " to everybody")
_CALL_IT_WORDS += ("n ei alw", "yn galw'r", "yn galw’r", " call the ")
_NICK = r"(?:(?:the|The|y|Y|yr|Yr)[ \t]+)?(?:[A-ZÂÊÎÔÛŴŶ][\w'’-]*)(?:[ \t]+[A-ZÂÊÎÔÛŴŶ][\w'’-]*){0,2}"
_CALLED_IT = re.compile(
    rf"(?:call(?:s|ed)?[ \t]+it(?:[ \t]+as)?|(?<=[ \t])(?:which|that)[ \t]+(?:\w+[ \t]+){{1,4}}?calls?"
    # "the annex everyone calls the Bungalow", "what everyone in town still calls the Unit"
    # (a place's nickname takes "the": "everyone calls Dai Fflats" is a man's)
    rf"|(?<=[ \t])(?:what[ \t]+)?(?:everyone|everybody)[ \t]+(?:\w+[ \t]+){{0,3}}?calls?"
    rf"(?=[ \t]+['‘\"“]?(?:the|The|y|Y|yr|Yr)[ \t])"
    rf"|yn[ \t]+ei[ \t]+(?:alw|galw)(?:[ \t]+(?:hi|e|fe|o))?['’]?n?)"
    rf"[ \t]+['‘\"“]?({_NICK})"
)
_QUOTED_FOR_ALL = re.compile(rf"['‘\"“]({_NICK})['’\"”][ \t]+i[ \t]+bawb")
# ... or the name quoted first, then who calls it so: '"y Fach" fel roedden nhw'n ei galw hi', '"the Frow" to the kids'
_QUOTED_THEN_CALLED = re.compile(
    rf"['‘\"“]({_NICK})['’\"”],?[ \t]+(?:(?:fel[ \t]+)?[^.\n\"“”]{{0,30}}?(?:['’]|\by)n[ \t]+ei[ \t]+(?:galw|alw)"
    r"|as[ \t]+[^.\n\"“”]{0,30}?call(?:s|ed)?[ \t]+it|to[ \t]+(?:the[ \t]+)?(?:kids|children|pupils|locals|staff)"
    # '"y Maes" fel mae pawb yn ei galw hi', '"Y Cwt" mae'r plant yn ei galw hi', '("the Tŷ C", he still calls it'
    r"|(?:he|she|they|we|everyone|everybody|the[ \t]+kids)[ \t]+(?:still[ \t]+)?calls?[ \t]+it"
    r"|to[ \t]+(?:everyone|everybody|all))\b"
)
_SCHOOL_WORDS = re.compile(
    r"(?i:\b(?:school|ysgol|unit|uned|PRU|college|coleg|nursery|meithrin|meithrinfa|academy|comprehensive|cyfun"
    r"|uwchradd|cynradd|sixth[ \t]+form|chweched|playgroup|halls?|neuadd|campus|pupils?|disgyblion|annexe?|post-16"
    r"|tech|comp|grammar)\b)"
)
_HOME_WORDS_NEAR = re.compile(
    r"(?i:\b(?:farm|fferm|ffarm|house|tŷ|cottage|bwthyn|home|cartref|flat|fflat|estate|stad|bungalow|byngalo"
    r"|smallholding|tyddyn|holding|lle|place)\b)"
)
# A school's own name counts as one school word, not as the home words in it ("Ysgol Tŷ Cerrig").
_SCHOOL_NAMED = re.compile(r"\b(?:Ysgol|School|Coleg|College)(?:[ \t]+(?:y|yr|[A-ZÂÊÎÔÛŴŶ][\w'’-]*))+")
# ... or the name first, then in brackets what it is the name of: "o'r Cabin (dyna be' ma'r plant yn galw'r
# ganolfan)", "the Hut (that's what the kids call the unit)" (round thirty).
_NAMED_THEN_WHAT = re.compile(
    rf"(?<![\w'’-])({_NICK})[ \t]*\((?:dyna|that['’]s|that[ \t]+is)[ \t]+(?:be['’]?|beth|what)[ \t]+"
    r"[^()\n]{0,30}?(?:galw['’]r|calls?[ \t]+the|call[ \t]+the)[ \t]+([\w-]+)"
)
_INITIALS_ONLY = re.compile(r"[A-Z]\.?[A-Z]\.?")  # '"KJ" to everyone': a lad's initials, not a place's name
_PERSON_TITLES = frozenset("Anti Auntie Aunty Yncl Uncle Wncwl Nain Taid Mrs Mr Miss Ms Dr Parch Capten".split())  # noqa: SIM905
_NOT_NICKS = frozenset("The Y Yr It Mam Mum Dad Nan Nain Taid Gran Home Adre Mondays Sunday".split())  # noqa: SIM905


def called_places(text: str, found: Needles) -> list[Hit]:
    """A school's or a home's everyday name, after the words that say it is what people call it."""
    out: list[Hit] = []
    for at in found.positions(_CALL_IT_WORDS):
        m = _CALLED_IT.search(text, max(0, at - 60), at + 40)
        if m is None or m.end() < at:
            m = _QUOTED_FOR_ALL.search(text, max(0, at - 40), at + 8)
        if m is None:
            m = _QUOTED_THEN_CALLED.search(text, max(0, at - 70), at + 24)
        if m is None:
            m = _NAMED_THEN_WHAT.search(text, max(0, at - 90), at + 40)
            if m and m.group(1) not in _NOT_NICKS:
                if _SCHOOL_WORDS.search(m.group(2)) or m.group(2) in ("ganolfan", "centre"):
                    out.append((m.start(1), m.end(1), "school", "privacy.school.nickname"))
                elif _HOME_WORDS_NEAR.search(m.group(2)):
                    out.append((m.start(1), m.end(1), "address", "privacy.address"))
                continue
        if m is None or m.group(1) in _NOT_NICKS or m.group(1).split()[-1] in lx.PLACES:
            continue
        first = m.group(1).split()[0]
        if (
            first in lx.FIRST or first in _PERSON_TITLES or _INITIALS_ONLY.fullmatch(m.group(1))
        ):  # 'yn ei galw hi'n Anti Ceinwen', '"Glyn Bysus" i bawb'
            out.append((m.start(1), m.end(1), "person-name", "privacy.person-name.nickname"))
            continue
        before = _SCHOOL_NAMED.sub("ysgol", text[max(0, m.start() - 160) : m.start()])
        if _SCHOOL_WORDS.search(m.group(1)):  # "the Tech", "the Unit": the name itself says it is a school
            before += " " + m.group(1)
        school = max((w.end() for w in _SCHOOL_WORDS.finditer(before)), default=-1)
        home = max((w.end() for w in _HOME_WORDS_NEAR.finditer(before)), default=-1)
        if school > home:
            out.append((m.start(1), m.end(1), "school", "privacy.school.nickname"))
        elif home > school:
            out.append((m.start(1), m.end(1), "address", "privacy.address"))
    return out


# --- schools ------------------------------------------------------------------------------------------------

# "YGG Tan-yr-Allt": Ysgol Gymraeg Gynradd, as south Wales shortens it.
_YGG = re.compile(rf"YGG[ \t]+({_NAME})")
# A name, then what kind of school it is: "Ganolfan Tŷ'r Efail, yr uned cyfeirio disgyblion", "Bryn Hedd, the PRU".
_KINDS = (
    "uned cyfeirio", "uned gyfeirio", "referral unit", "PRU", "nurture", "language centre", "language unit",
    "ganolfan iaith", "special school", "ysgol arbennig", "nursery", "feithrinfa", "cylch meithrin", "sixth form",
    "chweched dosbarth", "ysgol gynradd", "ysgol uwchradd", "ysgol gyfun",
    # a school's own room or base for some of its pupils (round thirty-seven): "Hafan, yr uned les", "the Nest, the
    # school's nurture room", "the ALN base, the Cwtsh"
    "uned les", "ALN base", "ALN unit", "resource base", "ystafell les", "canolfan les",
    # ... its other spellings, mutations and kinds in Welsh (round thirty-eight): "Y Nyth, y ganolfan les fach", "y
    # Dderwen, y stafell lles", "y Cwtsh, y ganolfan anogaeth", "Seren Fach, yr uned fach yn YCF"
    "ganolfan les", "stafell les", "stafell lles", "uned lles", "ganolfan lles", "canolfan anogaeth",
    "ganolfan anogaeth", "uned anogaeth", "stafell anogaeth", "uned fach yn", "uned fach ym", "uned fach yng",
    # ... and a playgroup by the word English text borrows for it: "Gwenyn Bach, the Cylch in the vestry"
    "Cylch in", "cylch in",
)  # fmt: skip
_NAMED_BEFORE_KIND = re.compile(
    rf"(?<![\w'’-])({_NAME}),[ \t]+(?:sef[ \t]+)?(?:(?:y|yr|the|a|an|our|the[ \t]+school['’]s)[ \t]+)?"
    r"(?:(?:local|new|old|leol|newydd)[ \t]+)?\Z"
)
# ... or the kind first and its name after it: "the pupil referral unit, the Bridge", "uned les Bro Cerwyn"
_KIND_THEN_NAME = re.compile(
    "(?:" + "|".join(re.escape(k) for k in sorted(_KINDS, key=len, reverse=True) if not k.endswith(" in")) + ")"
    r"[^\W\d_]*(?:[ \t]+(?:room|unit|base|centre|group))?(?:,[ \t]+(?:(?:the|y|yr)[ \t]+)?|[ \t]+)"
    rf"((?>{_NAME}))(?![\w'’-])"  # the whole name or none: no shorter part of it before "and"
    # ... a name set beside it, not the next of a list: "the nursery, the Co-op and the shop"
    r"(?![ \t]+(?:and|or|a|ac|neu)\b|,[ \t]+(?:and|or|a|ac|neu)\b)"
)


# A college's campus by its name: "the Trelái campus", "the Ebbw Bridge campus"; or its site, with the college
# after it: "the Duffryn Road site of Valleys Tertiary College" (round thirty).
_CAMPUS = re.compile(rf"(?<![\w'’-])({_NAME})[ \t]+campus\b")
_COLLEGE_SITE = re.compile(
    rf"(?<![\w'’-])({_NAME})[ \t]+site[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?(?:{_WORD}[ \t]+){{0,3}}(?:College|Coleg)\b"
)


# What Welsh speakers called the county and grammar schools: "yn y Cownti", "cap ysgol o'r Gram".
_OLD_SCHOOL_WORDS = ("Cownti", "Gram ", "Gram,", "Gram.")
_OLD_SCHOOL = re.compile(r"(?:(?<=\bthe )|(?<=\by )|(?<=['’]r ))(?:Cownti|Gram)\b")


def schools(text: str, found: Needles) -> list[Hit]:
    """Schools written as a short form, or named and then called what they are."""
    out: list[Hit] = [(m.start(), m.end(), "school", "privacy.school") for m in _at(_YGG, text, found.starts("YGG"))]
    out += [
        (m.start(), m.end(), "school", "privacy.school")
        for m in _at(_OLD_SCHOOL, text, found.positions(_OLD_SCHOOL_WORDS))
    ]
    for at in found.starts(" campus"):
        m = _CAMPUS.search(text, max(0, at - 40), at + 7)
        if m and m.group(1).split()[0] not in ("The", "A", "Our", "University", "College"):
            out.append((m.start(1), m.end(1), "school", "privacy.school.campus"))
    for at in found.starts(" site "):
        m = _COLLEGE_SITE.search(text, max(0, at - 40), at + 70)
        if m and m.group(1).split()[0] not in ("The", "A", "Our", "University", "College"):
            out.append((m.start(1), m.end(1), "school", "privacy.school.campus"))
    for at in found.positions(_KINDS):
        m = _NAMED_BEFORE_KIND.search(text, max(0, at - 90), at)
        if m and m.group(1) not in lx.PLACES:
            first, _, rest = m.group(1).partition(" ")
            if first not in ("The", "A", "Y", "Yr"):
                out.append((m.start(1), m.end(1), "school", "privacy.school.named-kind"))
            elif rest and first != "A" and rest not in lx.PLACES and rest.split()[0] not in lx.COMMON:
                # "Y Nyth, y ganolfan les": the name after its article (round thirty-eight)
                out.append((m.end(1) - len(rest), m.end(1), "school", "privacy.school.named-kind"))
        after = _KIND_THEN_NAME.match(text, at)
        if after and _a_schools_name(after.group(1), "," in text[at : after.start(1)]):
            out.append((after.start(1), after.end(1), "school", "privacy.school.named-kind"))
    return out


def _a_schools_name(name: str, apposed: bool) -> bool:
    """A name after a school's kind that is the school's or the unit's own: not a town, a month or a weekday; an
    everyday word only when set beside the kind with a comma ("the ALN base, the Cwtsh")."""
    first = name.split()[0]
    if name in lx.PLACES or name in lx.NOT_PERSON or first in MONTH_WORDS or first in _NOT_KIND_NAMES:
        return False
    if name.isupper() and (len(name) > 5 or " " in name):
        return False  # a case note in capitals runs on after the kind: "THE BRIDGE CENTRE PRU, PART-TIME TIMETABLE"
    if first in lx.FIRST:
        return False  # "Ffrind iddo o'r ysgol gynradd, Deio Tŷ Capel, ddeudodd": a friend from it (round forty-three)
    return apposed or first not in lx.COMMON


_NOT_KIND_NAMES = frozenset(
    """
    The A Y Yr Year Blwyddyn Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Llun Mawrth Mercher Iau Gwener Sadwrn Sul Mr Mrs Miss Ms Dr Nurse Nyrs
    Library Co-op Hall Centre Church Chapel Shop Park Pool Surgery Clinic Hospital Office
    """.split()  # noqa: SIM905
)


# Initials someone goes by, ending in J as Welsh families shorten a double first name ("Un o'r lleill ydi DJ",
# "who would do TJ's dinner?", "Wedodd D.J. bod nhw'n moyn", "I.J. agitated 22:00"): a name when a verb, a
# possessive or a pause follows, not after an article ("the DJ played") and not in a code ("YJ/22/3318").
_J_INITIALS = re.compile(
    r"(?<![\w/.'’-])([A-Z]\.?J\.?)"
    r"(?=['’]s\b|[ \t]*[,;:!?)\"”]|[ \t]+[a-z(]|[ \t]*\Z|(?<!\.)\.(?=[ \t]*(?:\n|\Z|[A-Z\"“])))"
)
# Any two initials where the words say they are someone's: "Everyone calls him TL", '"JG" to the staff', "medda
# TL", "DT, who has the shop now, came up" is left (a service's letters look the same).
_INITIALS_CALLED = re.compile(
    r"(?:\b(?:calls?[ \t]+(?:him|her|them)|called[ \t]+(?:him|her)|known[ \t]+as|knows[ \t]+(?:him|her)[ \t]+as"
    r"|medda|meddai|medde|said|says|asked|gofynnodd|wedodd|dywedodd|ei[ \t]+alw['’]n|ei[ \t]+galw['’]n)"
    r"[ \t]+[\"“‘']?)([A-Z]\.?[A-Z]\.?)(?![\w'’.-]*[A-Za-z0-9])"
    r"|[\"“‘']([A-Z]\.?[A-Z]\.?)[\"”’'][ \t]+(?:to[ \t]+(?:everyone|everybody|the[ \t]+\w+|all)|i[ \t]+bawb)\b"
)
_CALLED_INITIALS_NEEDLES: tuple[str, ...] = ("calls ", "called ", "known as", "knows him", "knows her", "medda")
_CALLED_INITIALS_NEEDLES += (
    "said ",
    "says ",
    "asked ",
    "gofynnodd",
    "wedodd",
    "dywedodd",
    "i'w alw",
    " alw'n",
    "galw'n",
    " to ",
    " i bawb",
)
# Letters of a service, a benefit or a body, which are no one's initials
_SERVICE_LETTERS = frozenset(
    "GP OT SW UC NI MS TV CD DJ PE RE IT YJ PJ VJ UK EU AA BT UN MP AM OK ID PC DC DS CV PA TA IQ".split()  # noqa: SIM905
)
_J_NEEDLES = ("J ", "J'", "J’", "J,", "J.", 'J"', "J”", "J?", "J!", "J;", "J:", "J)")
_NOT_J_NAMES = frozenset({"YJ", "PJ", "VJ", "Y.J.", "P.J."})  # youth justice, pyjamas, VJ Day
_ARTICLES_BEFORE = frozenset({"the", "The", "a", "A", "an", "y", "Y", "yr", "Yr", "our", "ein", "their", "eu"})


def initials_names(text: str, found: Needles, pseudonyms: frozenset[str]) -> list[Hit]:
    """Two initials ending in J used as someone's name."""
    out: list[Hit] = []
    for at in found.positions(_J_NEEDLES):
        start = _initials_start(text, at)
        if start < 0:
            continue
        m = _J_INITIALS.match(text, start)
        if not m or m.group(1) in _NOT_J_NAMES or m.group(1).rstrip(".") in pseudonyms:
            continue
        before = text[max(0, start - 8) : start].split()
        if before and (before[-1] in _ARTICLES_BEFORE or before[-1].endswith(("'r", "’r"))):
            continue  # "the DJ had the song ready", "i'r DJ"
        out.append(
            (
                m.start(1),
                m.start(1) + len(_without_full_stop(m.group(1))),
                "person-name",
                "privacy.person-name.initials",
            )
        )
    for at in found.positions(_CALLED_INITIALS_NEEDLES):
        m = _INITIALS_CALLED.search(text, max(0, at - 4), at + 24)
        if not m:
            continue
        group = 1 if m.group(1) else 2
        letters = m.group(group)
        if letters.replace(".", "") in _SERVICE_LETTERS or letters.rstrip(".") in pseudonyms:
            continue
        out.append(
            (
                m.start(group),
                m.start(group) + len(_without_full_stop(letters)),
                "person-name",
                "privacy.person-name.initials",
            )
        )
    return out


# Initials as the person a case note is about, a verb or a date of birth after them (round thirty-nine): "SP DNA
# contact x3. KP waited at the window", "EP wedi cerdded at y bocs ffôn", "K.L.O. DOB 17/04/2010". A service's or a
# body's letters are left ("OT visited", "GP said"), and so is any that is on the list of abbreviations.
# The words after them, only the rarer ones: "is", "was" and "has" would be looked up in every sentence.
_SUBJECT_AFTER = (
    " DNA", " DOB", " d.o.b", " waited", " refused", " seemed", " tearful", " attended", " arrived", " agreed",
    " wedi ", " heb ", " ddim ",
)  # fmt: skip
_INITIALS_BEFORE = re.compile(r"(?<![\w/.'’&-])([A-Z]\.?[A-Z]\.?(?:[A-Z]\.?)?)\Z")
# A note's own line or sentence: the initials open it or follow a date, a colon or a quote ("12/01 KP waited")
_NOTE_OPENS = re.compile(r"(?:\A|[\n.;:\"“>]|[0-9][ \t]|\([ \t]*)[ \t]*\Z")


def initials_as_subjects(text: str, found: Needles, pseudonyms: frozenset[str]) -> list[Hit]:
    """Initials that open a case note's sentence, a verb or a date of birth after them: "KP waited at the window"."""
    out: list[Hit] = []
    for at in found.positions(_SUBJECT_AFTER):
        m = _INITIALS_BEFORE.search(text, max(0, at - 7), at)
        if not m:
            continue
        letters = m.group(1).replace(".", "")
        if letters in _SERVICE_LETTERS or letters in lx.ACRONYMS or letters in lx.COMMON or m.group(1) in pseudonyms:
            continue
        if not _NOTE_OPENS.search(text, max(0, m.start(1) - 12), m.start(1)):
            continue  # "the form said the SW had been": mid-sentence capitals are often a body's
        out.append(
            (
                m.start(1),
                m.start(1) + len(_without_full_stop(m.group(1))),
                "person-name",
                "privacy.person-name.initials",
            )
        )
    return out


# Initials with a trade or a farm after them, as a village knows a man: "DJ Lorri", "D.J. Pen-waun".
_INITIALS_AND_WORD = re.compile(r"(?<![\w/.'’-])([A-Z]\.?[A-Z]\.?[ \t]+([A-ZÂÊÎÔÛŴŶ][\w'’]*(?:-[\w'’]+)*))(?![\w'’-])")


def initials_with_a_nickname(text: str, found: Needles, pseudonyms: frozenset[str]) -> list[Hit]:
    """Initials, then a trade's word or a hyphened farm's name: one man, as his village names him."""
    out: list[Hit] = []
    for at in found.positions(_J_NEEDLES):
        start = _initials_start(text, at)
        m = _INITIALS_AND_WORD.match(text, start) if start >= 0 else None
        if not m:
            continue
        word = m.group(2)
        if word in NICK_WORDS or ("-" in word and word not in lx.PLACES):
            out.append((m.start(1), m.end(1), "person-name", "privacy.person-name.nickname"))
    return out


def _initials_start(text: str, at: int) -> int:
    """Where the initials whose J is at AT start: one letter back ("DJ"), or two with a dot between ("D.J.")."""
    return at - 1 if at and text[at - 1] != "." else at - 2


def _without_full_stop(letters: str) -> str:
    """ "TJ." ends a sentence; "T.J." keeps its own dots."""
    return letters[:-1] if letters.endswith(".") and letters.count(".") == 1 else letters


# A form's name field, as a case note pastes it (round forty): "Enw: RICHARDS, E. M.", "Claf: Mr D. G. PROTHEROE",
# "Client: G. R. PUGH. DOB 3-2-89". The field says the words are a person's, however the name is written.
_NAME_FIELDS = ("Name", "Enw", "Client", "Cleient", "Child", "Plentyn", "Claf", "Patient")
_NAME_FIELD_NEEDLES = tuple(f"{field}:" for field in _NAME_FIELDS) + tuple(f"{field}**:" for field in _NAME_FIELDS)
_NAMED_IN_A_FIELD = re.compile(
    r"(?:\A|(?<=\n)|(?<=[>•*·|-] )|(?<=\. ))(?:\*\*)?(?:" + "|".join(_NAME_FIELDS) + r")(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*"
    r"((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?[A-ZÀ-ÖØ-ÞŴŶ](?:\.|[\w'’-]+)"
    r"(?:,?[ \t]+[A-ZÀ-ÖØ-ÞŴŶ](?:\.(?![ \t]+[A-Z][a-z])|[\w'’-]+)){0,4})"
)
_TITLE_WORDS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"})
_TOKEN = re.compile(r"[^ \t]+")


def names_in_fields(text: str, found: Needles, pseudonyms: frozenset[str]) -> list[Hit]:
    """A name written in a form's name field, unless it is only the story's made-up name or a lone initial."""
    out: list[Hit] = []
    for at in found.positions(_NAME_FIELD_NEEDLES):
        m = _NAMED_IN_A_FIELD.match(text, max(0, at - 4)) or _NAMED_IN_A_FIELD.match(text, at)
        if not m:
            continue
        end, words = m.start(1), list[str]()
        for token in _TOKEN.finditer(text, m.start(1), m.end(1)):
            word = token.group().strip(",.")
            if word in lx.ACRONYMS or (words and text[end - 1] == "," and not (len(words) == 1 and words[0].isupper())):
                break  # "Child: Kai, LAC ref …", "Claf: Mr D. G. PROTHEROE, Pant …": the name ends at its comma
            words.append(word)
            end = token.end()
        own = [w for w in words if w not in _TITLE_WORDS]
        titled = [w[:1] + w[1:].lower() for w in own]
        if not own or all(w in pseudonyms or len(w) == 1 for w in titled) or (len(own) == 1 and own[0] in lx.COMMON):
            continue  # "Name: Lewys" (the story's own), "Plentyn: T." (an initial alone), "Child: Unknown"
        end -= text[end - 1] == ","
        out.append((m.start(1), end, "person-name", "privacy.person-name.record"))
    return out


# A family a child lives or is placed with, by its surname in the plural (round forty-six): "lived, and still lives,
# with the Whitcombes", "placed with the Prossers", "yn byw gyda'r Whitcombes". The surname need not be on the lists:
# living with them is the cue. Not a team, a choir or an order ("with the Scarlets", "with the Sisters").
_FAMILY_NEEDLES = (" with the ", ", with the ", "gyda'r ", "gyda’r ", "efo'r ", "efo’r ")
_LIVES_WITH_A_FAMILY = re.compile(
    r"(?:\b(?i:lives?|lived|living|stays?|stayed|staying|placed|settled|fostered|moved[ \t]+in)"
    r"(?:[ \t]+(?i:now|still|happily|long-term|full-time|permanently))?[ \t]*,?[ \t]+(?i:with)[ \t]+the"
    r"|\b(?i:byw|fyw|aros|lleoli|maethu)(?:[ \t]+(?i:nawr|rŵan|rwan))?[ \t]+(?i:gyda|efo|hefo)['’]r)"
    r"[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:es|s))\b(?!['’]s)"
)


def families_lived_with(text: str, found: Needles, pseudonyms: frozenset[str]) -> list[Hit]:
    """A family someone lives or is placed with, by its surname in the plural (not the story's made-up name)."""
    out: list[Hit] = []
    for at in found.positions(_FAMILY_NEEDLES):
        m = _LIVES_WITH_A_FAMILY.search(text, max(0, at - 40), at + 60)
        if m is None or m.end() < at:
            continue
        family = m.group(1)
        bases = {family[:-1], family[:-2]} if family.endswith("es") else {family[:-1]}
        if (
            family in lx.COMMON
            or family in lx.NOT_PERSON
            or family in lx.PLACES
            or any(b in lx.COMMON or b in lx.NOT_PERSON or b in lx.PLACES or b in KIN_TITLES for b in bases)
            or any(b in pseudonyms for b in bases)
        ):
            continue
        out.append((m.start(1), m.end(1), "person-name", "privacy.person-name.family"))
    return out


# A next of kin's line, as a case note pastes it (round forty): "PPA: Mrs M. Bowen (merch), Awel y Grug, Abercraf",
# "NOK daughter Mrs E. PRITCHARD, Bryn Llus, 07700 900644", "Cyswllt arall: Taid, Penbryn (dim ffôn symudol)". After
# the person, the first name that is no town is where they live.
_KIN_LINE_NEEDLES: tuple[str, ...] = ("NOK", "Next of kin", "next of kin", "PPA", "Perthynas agosaf", "Cyswllt brys")
_KIN_LINE_NEEDLES += ("Cyswllt arall", "Emergency contact")
_KIN_LINE = re.compile(
    r"(?:NOK|[Nn]ext[ \t]+of[ \t]+kin|PPA|Perthynas[ \t]+agosaf|Cyswllt[ \t]+(?:brys|arall)|Emergency[ \t]+contact)"
    r"\b[^\n]{0,200}"
)
_KIN_SEGMENT = re.compile(r"[^,()\n]+")
_HOME_SEGMENT = re.compile(
    r"[ \t]*((?:(?:y|yr)[ \t]+)?[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]+(?:[ \t]+(?:(?:y|yr|a|ar|o)[ \t]+)?[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]+){0,3})"
    r"[ \t]*(?:\.[ \t]*)?\Z"
)
_RELATIVES = frozenset(
    """
    son daughter dau sister brother niece nephew mother father mum dad wife husband partner cousin grandson
    granddaughter merch mab chwaer brawd nith nai mam tad gwraig gŵr cefnder cyfnither ŵyr wyres
    """.split()  # noqa: SIM905
)
_SENTENCE_STOP = re.compile(r"(?<![ \t][A-Z])(?<!^[A-Z])\.[ \t]")  # a full stop, not an initial's
_TITLE_START = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]|[A-Z]\.[ \t]*[A-Z]")


def homes_of_next_of_kin(text: str, found: Needles) -> list[Hit]:
    """Where a next of kin lives, named after them on the note's line."""
    out: list[Hit] = []
    for at in found.positions(_KIN_LINE_NEEDLES):
        line = _KIN_LINE.match(text, at)
        if not line:
            continue
        person = ""  # "named" once the person's name is read, "kin" after a grandparent's word alone
        for segment in _KIN_SEGMENT.finditer(text, line.start(), line.end()):
            part = segment.group()
            stop = _SENTENCE_STOP.search(part)  # "Nain, y Gors. Bowen (pennaeth) …": the line's next sentence
            part = part[: stop.start()] if stop else part
            words = [w.rstrip(".:") for w in part.split() if w.rstrip(".:") not in _KIN_LINE_WORDS]
            if not words:
                continue
            if all(w.lower() in _RELATIVES for w in words):
                continue  # "merch", "son", "(merch)": who the person is, the name before or after
            if person != "named" and _named_person(part, words):
                person = "named"  # "Mrs M. Bowen", "mam-gu, E. Lloyd", "DH"; after it, a name is the home's
                continue
            if not person and len(words) == 1 and (words[0] in KIN_TITLES or words[0].capitalize() in KIN_TITLES):
                person = "kin"  # "Taid, Penbryn": the grandfather is the person
                continue
            home = _HOME_SEGMENT.match(part)
            after_comma = text[segment.start() - 1 : segment.start()] == ","
            if person and home and after_comma and _a_kin_home(home.group(1)):
                out.append(
                    (segment.start() + home.start(1), segment.start() + home.end(1), "address", "privacy.address")
                )
            if person and segment.start() > line.start():
                break  # the first thing after the person, a home or not, ends the reading
    return out


_NOT_A_KIN_HOME = frozenset({"Ysbyty", "Hospital", "Centre", "Surgery", "Practice", "Canolfan", "Meddygfa", "Health"})


def _named_person(part: str, words: list[str]) -> bool:
    """Is PART (its WORDS) a person named: a title or initials first, a first name, or a surname in capitals?"""
    own = [w for w in words if w.lower() not in _RELATIVES]
    if not own:
        return False
    first = own[0]
    return bool(
        _TITLE_START.search(part)
        or first in lx.FIRST
        or (len(own) > 1 and (first in lx.AMBIGUOUS or own[-1] in lx.SURNAMES))
        or (first.isupper() and first.isalpha() and first not in lx.ACRONYMS)
    )


_KIN_LINE_WORDS = frozenset({"NOK", "Next", "next", "of", "kin", "PPA", "Perthynas", "agosaf", "Cyswllt", "brys"})
_KIN_LINE_WORDS |= {"arall", "Emergency", "contact"}


def _a_kin_home(name: str) -> bool:
    """Is NAME, after a next of kin, a home's name: not a town, a person, a hospital or a common word?"""
    words = name.split()
    if name in lx.PLACES or any(w in _NOT_A_KIN_HOME for w in words) or _TITLE_START.match(name):
        return False
    if words[0] in ("y", "yr"):
        return len(words) > 1  # "Nain, y Gors": a common word with its article and a capital is a name
    return words[0] not in lx.FIRST and not (len(words) == 1 and words[0] in lx.COMMON)


# Every literal the finders start from (and the phone number in words' first word), found in one pass.
NEEDLES = (
    *_KIN_LINE_NEEDLES,
    *_NAME_FIELD_NEEDLES,
    *_SHORT_CUES, *_NUMBER_WORDS, "UK", *_SYSTEMS, *_FARM_VERBS, *_HOME_WORDS, *_CALL_WORDS,
    *_OPENING_QUOTES, "YGG", *_KINDS, *SPELLED_NEEDLES, "VO", *_CARD_WORDS, *_STOCK_WORDS, "born", " campus", " site ",
    *_SAFE_WORDS, *_OFFICER_WORDS, *_PAPER_WORDS, *_LITTLE_WORDS, *_CALL_IT_WORDS, *_SECRET_WORDS,
    *_FARM_VERBS_CY, *_OLD_SCHOOL_WORDS, *CODE_NEEDLES, *_J_NEEDLES, *_CALLED_INITIALS_NEEDLES,
    *_SHORT_AFTER_NEEDLES, *_CALLED_CY_NEEDLES, *_BUT_TO_ALL_NEEDLES, *REF_NEEDLES, *_SUBJECT_AFTER, *JOINED_NEEDLES,
    *_AS_EVERYONE_NEEDLES, *_FAMILY_NEEDLES,
)  # fmt: skip
_ANY_NEEDLE = frozenset(NEEDLES)
# The characters the finders start from with _finds, not from the pass (most texts have none of them).
_CHARACTERS = ("(", "/", "-")

# Each finder, in order, with every literal it asks the pass for and every character it gives _finds: a text
# with none of them is passed over (a test reads each finder's code for what it asks).
_FINDERS: tuple[tuple[Callable[[str, Needles], list[Hit]], frozenset[str], str], ...] = (
    (births, frozenset(_SHORT_CUES), "("),
    (
        identifiers,
        frozenset(
            (*_NUMBER_WORDS, "UK", "VO", *_CARD_WORDS, *_STOCK_WORDS, *_SAFE_WORDS, *_OFFICER_WORDS, *_PAPER_WORDS)
            + _SYSTEMS
        ),
        "/-",
    ),
    (secrets, frozenset(_SECRET_WORDS), ""),
    (homes, frozenset((*_FARM_VERBS, "born", *_HOME_WORDS, *_FARM_VERBS_CY)), ""),
    (schools, frozenset(("YGG", " campus", " site ", *_KINDS, *_OLD_SCHOOL_WORDS)), ""),
    (called_places, frozenset(_CALL_IT_WORDS), ""),
    (spelled_phones, frozenset(SPELLED_NEEDLES), ""),
    (spelled_codes, frozenset(CODE_NEEDLES), ""),
    (spelled_references, frozenset(REF_NEEDLES), ""),
    (joined_digit_words, frozenset(JOINED_NEEDLES), ""),
    (homes_of_next_of_kin, frozenset(_KIN_LINE_NEEDLES), ""),
)
_NAMED_FINDERS: tuple[tuple[Callable[[str, Needles, frozenset[str]], list[Hit]], frozenset[str], str], ...] = (
    (
        called_names,
        frozenset(
            (
                *_CALL_WORDS,
                *_OPENING_QUOTES,
                *_SHORT_AFTER_NEEDLES,
                *_CALLED_CY_NEEDLES,
                *_BUT_TO_ALL_NEEDLES,
                *_AS_EVERYONE_NEEDLES,
            )
        ),
        "",
    ),
    (little_names, frozenset(_LITTLE_WORDS), ""),
    (initials_names, frozenset((*_J_NEEDLES, *_CALLED_INITIALS_NEEDLES)), ""),
    (initials_with_a_nickname, frozenset(_J_NEEDLES), ""),
    (initials_as_subjects, frozenset(_SUBJECT_AFTER), ""),
    (names_in_fields, frozenset(_NAME_FIELD_NEEDLES), ""),
    (families_lived_with, frozenset(_FAMILY_NEEDLES), ""),
)


def case_notes(text: str, found: Needles, pseudonyms: frozenset[str]) -> list[Hit]:
    """Every finder of this module over TEXT, given where NEEDLES are; PSEUDONYMS are the made-up names' forms."""
    # a handle is no literal's: read wherever a dot or an underscore is, before the finders' gate
    out: list[Hit] = joined_handles(text) if ("_" in text or "." in text) else []
    if not found.any(_ANY_NEEDLE) and not any(char in text for char in _CHARACTERS):
        return out  # every other finder starts from a literal or a character (the module's rule)
    for finder, literals, characters in _FINDERS:
        if found.any(literals) or any(char in text for char in characters):
            out += finder(text, found)
    for named, literals, characters in _NAMED_FINDERS:
        if found.any(literals) or any(char in text for char in characters):
            out += named(text, found, pseudonyms)
    return out
