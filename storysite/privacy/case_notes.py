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
  handed each run of figures by the scanner);
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
from storysite.privacy.dates import DATE, MONTH_WORDS
from storysite.privacy.needles import Needles
from storysite.privacy.spelled import NEEDLES as SPELLED_NEEDLES
from storysite.privacy.spelled import spelled_phones

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
    r"(?i:herd|flock|holding|CPH|diadell|buches|daliad)[ \t]+(?i:no\.?|number|rhif)[ \t]*[:.]?[ \t]*"
    r"([0-9]{2,}(?:[ \t/][0-9]{2,}){1,3})\b"
)
# Around a slash: a County Parish Holding number ("23/447/0091"); capitals and figures ("CLL/0932-B",
# "FYC/26/0612"); a body's capitals and a reference ("MARAC 25/118").
_SLASHED = re.compile(
    r"(?<![\w/-])(?:[0-9]{2}/[0-9]{3}/[0-9]{4}|[A-Z][A-Za-zÂÔŴŶ]{1,5}(?:/[A-ZÂÔŴŶ]{1,5})*/[0-9]{2,6}(?:[/-][A-Z0-9]{1,6})*"
    r"|[A-Z]{2,6}[ \t][0-9]{1,6}/(?:[A-Z]|[A-Z0-9]{2,6}))(?![\w/])"  # "MARAC 25/118", "JES 4418/K"; not "DAN 24/7"
)
# Groups of capitals and figures joined by hyphens, some of each: "7HKQ-29MW-PX".
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
    "eysafe",
    "ocs goriad",
    "ocs allwedd",
    "locs allwedd",
    "lwch allweddi",
    "oor code",
    "od y drws",
)
_ACCESS = re.compile(
    r"(?i:key[ \t]?safe|keysafe|bocs[ \t]+goriad|bocs[ \t]+allwedd|blwch[ \t]+allweddi|door[ \t]+code"
    r"|cod[ \t]+y[ \t]+drws)"
    r"[^\n.!?]{0,24}?((?<![0-9])[0-9](?:[ \t-]?[0-9]){3,7})(?![0-9])"
)
# A police officer's number after the rank: "PC 2931 oedd y swyddog", "PCSO 4471".
_OFFICER_WORDS = ("PC ", "PCSO ", "DC ", "DS ", "Sgt ", "Sarjant ")
_OFFICER = re.compile(
    r"(?:PC|PCSO|DC|DS|Sgt|Sarjant)\.?[ \t]+(?!(?:19|20)[0-9]{2}\b)([0-9]{3,5})\b(?![ \t]*(?:/|%|GB|MB|oed\b|years))"
)  # not a year: "PC 2000" is a computer
# A certificate's or a badge's number: "rhif tystysgrif 0019 4455 8821", "bathodyn gyrrwr hacni, HD 0771".
_PAPER_WORDS = ("tystysgrif", "certificate", "Certificate", "athodyn", "badge", "Badge", "licence", "trwydded")
_PAPER = re.compile(
    r"(?i:tystysgrif|certificate|(?<=b|f|m|h)athodyn|badge|licence|trwydded)"
    r"(?:[^\n.!?;]{0,30}?[,:(]|[ \t]+(?i:rhif|number|no\.?))?[ \t]*"
)
_PAPER_NUMBER = re.compile(r"([A-Z]{0,3}[ \t]?[0-9]{3,}(?:[ \t][0-9]{2,}){0,3})\b")
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
    out.extend(_other(m.start(1), m.end(1), "card") for m in stock)
    # the code words' literals leave off their first letter, either case: "Key safe", "key safe"
    for m in _at(_ACCESS, text, [max(0, at - 1) for at in found.positions(_SAFE_WORDS)]):
        out.append(_other(m.start(1), m.end(1), "card"))
    out.extend(
        _other(m.start(1), m.end(1), "collar-number") for m in _at(_OFFICER, text, found.positions(_OFFICER_WORDS))
    )
    for at in found.positions(_PAPER_WORDS):
        label = _PAPER.match(text, at)
        number = _PAPER_NUMBER.match(text, label.end()) if label else None
        if number and any(c.isdigit() for c in number.group(1)):
            out.append(_other(number.start(1), number.end(1), "card"))
    slashes = [at for at in _finds(text, "/") if _in_a_code(text, at)]
    out.extend(_other(m.start(), m.end(), "reference") for m in _around(_SLASHED, text, slashes, 12, 16))
    hyphens = [at for at in _finds(text, "-") if _in_a_code(text, at)]
    out.extend(_other(m.start(), m.end(), "reference") for m in _around(_HYPHENED, text, hyphens, 7, 24))
    out.extend(_other(m.start(), m.end(), "reference") for m in _at(_SYSTEM, text, found.positions(_SYSTEMS)))
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


def _in_a_code(text: str, at: int) -> bool:
    """Is the slash or hyphen at AT between a capital or figure and a capital or figure, as in a code?"""
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    return (before.isdigit() or before.isupper()) and (after.isdigit() or after.isupper())


def _phone_or_nhs(figures: str) -> bool:
    """Ten figures (an NHS number's length), or a phone number's: the finders for those judge them."""
    return len(figures) == 10 or (figures.startswith("0") and len(figures) == 11) or figures.startswith("44")


def _finds(text: str, char: str) -> Iterator[int]:
    """Every position of CHAR in TEXT: a character this common costs the scanner's pass more than str.find."""
    if char not in _CHARACTERS:
        raise KeyError(f"{char!r} is not among case_notes' _CHARACTERS: a text without it would skip its finder")
    at = text.find(char)
    while at >= 0:
        yield at
        at = text.find(char, at + 1)


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
_HOME_WORDS = (" farm", " farmhouse", " home", " house", " cottage", " bungalow", " smallholding")
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
    for m in _at(_BORN_AT, text, found.starts("born")):
        name = m.group(1)
        if _a_home_name(name) and ("-" in name or name.split()[0] in lx.HOUSE_ELEMENTS):
            out.append((m.start(1), m.end(1), "address", "privacy.address"))
    for at in found.positions(_HOME_WORDS):
        home = _HOME_BEFORE.search(text, max(0, at - 90), at + 1)  # the needle starts with the space before the word
        if home and _a_home_name(home.group(1)):
            out.append((home.start(1), home.end(1), "address", "privacy.address"))
    return out


def _a_home_name(name: str) -> bool:
    """A farm's or house's own name: not a town, a person, a month or an everyday word."""
    first = name.split()[0]
    return (
        name not in lx.PLACES
        and first not in lx.COMMON
        and first not in lx.FIRST
        and first not in ("The", "A", "An", "Y", "Yr", "In", "At", "On", "This", "That", "Cardiff", "Wales")
        and first.rstrip(".") not in MONTH_WORDS
    )


# --- names ----------------------------------------------------------------------------------------------

# A name someone is called by: "everyone calls him Macca", "known to all as Dai Bananas", "Gary 'Sparky' Thomas".
_CALL_WORDS = ("call", "known as", "knows ", "know ")
_CALLED = re.compile(
    r"(?:(?:calls?|called|calling)[ \t]+(?:him|her|them|me|us)(?:[ \t]+as)?|known[ \t]+as"
    r"|knows?[ \t]+(?:him|her|them|me|us)[ \t]+as)[ \t]+['‘\"“]?"
    r"([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)['’\"”]?(?![\w'’-])"
)
_OPENING_QUOTES = (" '", " ‘", ' "', " “")
_QUOTED_MIDDLE = re.compile(r"([A-Z][a-z]+[ \t]+['‘\"“]([A-Z][a-z]+)['’\"”][ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# Words after "called" that are no one's name: "called Monday", "known as Social Services".
_NOT_CALLED = frozenset(
    "The A An It This That Social Services Council Team Office Home Mam Mum Dad Nan Nain Taid Gran".split()  # noqa: SIM905
)


# A first name and "bach" or "fach", as Welsh speakers call someone small or dear: "Gerwyn Bach", "Emlyn bach".
_LITTLE_WORDS = (" Bach", " bach", " Fach", " fach")
_LITTLE = re.compile(r"([A-ZŴŶ][a-zâêîôûŵŷ]+)[ \t]+[BbFf]ach\b")


def little_names(text: str, found: Needles, pseudonyms: frozenset[str]) -> list[Hit]:
    """A known first name with "bach" after it, unless it is a made-up name."""
    out: list[Hit] = []
    for at in found.positions(_LITTLE_WORDS):
        m = _LITTLE.search(text, max(0, at - 16), at + 5)
        if m and m.end() >= at + 5 and _a_first_name(m.group(1)) and m.group(1) not in pseudonyms:
            out.append((m.start(), m.end(), "person-name", "privacy.person-name.nickname"))
    return out


def _a_first_name(word: str) -> bool:
    """A known first name ("Gerwyn", "Emlyn"): a place or a venture with "bach" is a thing ("Cwm Bach",
    "Menter Fach")."""
    return (word in lx.FIRST or word in lx.AMBIGUOUS) and word not in lx.PLACES and word not in _NOT_LITTLE


# Words "bach" follows that are not people: "Tŷ Bach" (a toilet), "Cwm Bach", "Capel Bach", "Sosban Fach".
_NOT_LITTLE = frozenset("Tŷ Ty Cwm Nant Pant Capel Sosban Ysgol Ffarm Fferm Llan Pentre Mab Merch Plentyn".split())  # noqa: SIM905


def called_names(text: str, found: Needles, pseudonyms: frozenset[str]) -> list[Hit]:
    """Names and nicknames someone is called by, in English (not the story's made-up names)."""
    out: list[Hit] = []
    for m in _at(_CALLED, text, found.positions(_CALL_WORDS)):
        name = m.group(1)
        first = name.split()[0]
        if first in lx.COMMON or first in lx.PLACES or first in lx.NOT_PERSON or first in _NOT_CALLED:
            continue
        if not all(word in pseudonyms for word in name.split()):
            out.append((m.start(1), m.end(1), "person-name", "privacy.person-name.nickname"))
    for m in _around(_QUOTED_MIDDLE, text, [at + 1 for at in found.positions(_OPENING_QUOTES)], 16, 40):
        if m.group(2) not in pseudonyms:
            out.append((m.start(1), m.end(1), "person-name", "privacy.person-name.nickname"))
    return out


# --- schools ------------------------------------------------------------------------------------------------

# "YGG Tan-yr-Allt": Ysgol Gymraeg Gynradd, as south Wales shortens it.
_YGG = re.compile(rf"YGG[ \t]+({_NAME})")
# A name, then what kind of school it is: "Ganolfan Tŷ'r Efail, yr uned cyfeirio disgyblion", "Bryn Hedd, the PRU".
_KINDS = (
    "uned cyfeirio", "uned gyfeirio", "referral unit", "PRU", "nurture", "language centre", "language unit",
    "ganolfan iaith", "special school", "ysgol arbennig", "nursery", "feithrinfa", "cylch meithrin", "sixth form",
    "chweched dosbarth", "ysgol gynradd", "ysgol uwchradd", "ysgol gyfun",
)  # fmt: skip
_NAMED_BEFORE_KIND = re.compile(
    rf"(?<![\w'’-])({_NAME}),[ \t]+(?:y|yr|the|a|an|our)[ \t]+(?:(?:local|new|old|leol|newydd)[ \t]+)?\Z"
)


# A college's campus by its name: "the Trelái campus", "the Ebbw Bridge campus".
_CAMPUS = re.compile(rf"(?<![\w'’-])({_NAME})[ \t]+campus\b")


def schools(text: str, found: Needles) -> list[Hit]:
    """Schools written as a short form, or named and then called what they are."""
    out: list[Hit] = [(m.start(), m.end(), "school", "privacy.school") for m in _at(_YGG, text, found.starts("YGG"))]
    for at in found.starts(" campus"):
        m = _CAMPUS.search(text, max(0, at - 40), at + 7)
        if m and m.group(1).split()[0] not in ("The", "A", "Our", "University", "College"):
            out.append((m.start(1), m.end(1), "school", "privacy.school"))
    for at in found.positions(_KINDS):
        m = _NAMED_BEFORE_KIND.search(text, max(0, at - 90), at)
        if m and m.group(1) not in lx.PLACES and m.group(1).split()[0] not in ("The", "A", "Y", "Yr"):
            out.append((m.start(1), m.end(1), "school", "privacy.school"))
    return out


# Every literal the finders start from (and the phone number in words' first word), found in one pass.
NEEDLES = (
    *_SHORT_CUES, *_NUMBER_WORDS, "UK", *_SYSTEMS, *_FARM_VERBS, *_HOME_WORDS, *_CALL_WORDS,
    *_OPENING_QUOTES, "YGG", *_KINDS, *SPELLED_NEEDLES, "VO", *_CARD_WORDS, *_STOCK_WORDS, "born", " campus",
    *_SAFE_WORDS, *_OFFICER_WORDS, *_PAPER_WORDS, *_LITTLE_WORDS,
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
    (homes, frozenset((*_FARM_VERBS, "born", *_HOME_WORDS)), ""),
    (schools, frozenset(("YGG", " campus", *_KINDS)), ""),
    (spelled_phones, frozenset(SPELLED_NEEDLES), ""),
)
_NAMED_FINDERS: tuple[tuple[Callable[[str, Needles, frozenset[str]], list[Hit]], frozenset[str], str], ...] = (
    (called_names, frozenset((*_CALL_WORDS, *_OPENING_QUOTES)), ""),
    (little_names, frozenset(_LITTLE_WORDS), ""),
)


def case_notes(text: str, found: Needles, pseudonyms: frozenset[str]) -> list[Hit]:
    """Every finder of this module over TEXT, given where NEEDLES are; PSEUDONYMS are the made-up names' forms."""
    if not found.any(_ANY_NEEDLE) and not any(char in text for char in _CHARACTERS):
        return []  # every finder starts from a literal or a character (the module's rule): none, nothing to find
    out: list[Hit] = []
    for finder, literals, characters in _FINDERS:
        if found.any(literals) or any(char in text for char in characters):
            out += finder(text, found)
    for named, literals, characters in _NAMED_FINDERS:
        if found.any(literals) or any(char in text for char in characters):
            out += named(text, found, pseudonyms)
    return out
