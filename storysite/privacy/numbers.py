"""Find numbers and codes: phone, postcode, NHS and NI numbers, pupil numbers, licences.

Speed matters (a whole library is checked on every build), so the scanner's one pass finds
runs of digits worth a look, and each precise pattern is tried only where such a run starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from storysite.privacy import lexicon as lx
from storysite.privacy.labels import labelled_before
from storysite.privacy.needles import Needles
from storysite.privacy.places import address_at
from storysite.privacy.service_lines import service_line, service_line_in

Hit = tuple[int, int, str, str]  # start, end, category, rule

EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
EMAIL_START = re.compile(r"[A-Za-z0-9._%+'-]+\Z")

# What must follow the first digit of a run worth a look: more digits after a letter (CF5,
# AB123456C), more digits across a separator (029 2087 1234, 12/03/1985), five or more
# digits, or a house number or day before a capitalised word (5 Heol y Parc, 3 March).
GATE_REST = (
    r"(?:(?<=[A-Za-z][0-9])[0-9]*"
    r"|[0-9]*(?=[ \t()/.-]+[0-9]|,?[ \t]+[0-9])"
    r"|[0-9]{4,}"
    r"|[0-9]{0,3}(?=[A-Za-z]?,?[ \t]+[A-ZÀ-ÖØ-ÞŴŶ])"
    r"|(?:(?<=BFPO[ \t][0-9])|(?<=BFPO[0-9])|(?<=GIR[ \t][0-9]))[0-9]*)"
)
DIGITS = re.compile(r"[0-9]+")

# BS 7666 shapes: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA, with the letter
# rules for each position of the outward code; plus GIR 0AA and BFPO numbers. The inward code's two
# letters may be any: a postcode mistyped by one letter ("LL65 3KC") still places a home within a street.
POSTCODE = re.compile(
    r"(?<![\w-])(?:"
    # a doubled space, as some systems print it: "SA48  8BN"
    r"(?:[A-PR-UWYZ](?:[A-HK-Y][0-9][ABEHMNPRV-Y0-9]?|[0-9][A-HJKPSTUW0-9]?)[ \t]{0,2}[0-9][A-Z]{2}"
    r"|GIR[ \t]?0AA|BFPO[ \t]?[0-9]{1,4})"
    r")(?![\w-])",
    re.IGNORECASE,
)
PHONE_CANDIDATE = re.compile(r"(?:\+|00|\(0|0)[0-9 \t()\-\u00a0]{8,22}[0-9](?![0-9/:.,][0-9])")
# ... or its groups split by dots or slashes, as some people write them ("07700.900.123", "01248/123456");
# ten or eleven digits in all, so that a date ("01.06.1948") is never one.
PHONE_SEPARATED = re.compile(r"0[0-9]{2,5}(?:[./][0-9]{3,8}){1,2}(?![0-9]|[./][0-9])")
NHS = re.compile(r"([0-9]{3})([ \t.-]?)([0-9]{3})\2([0-9]{4})(?![\w/-]|[.,][0-9])")
# Ten figures in any grouping ("485 7773 456", "48577 73456"): an NHS number when labelled just before.
NHS_ANY = re.compile(r"[0-9](?:[ \t.-]?[0-9]){9}(?![\w/-]|[.,]?[ \t]?[0-9])")
NHS_CUE = re.compile(r"(?i:\b(?:NHS|N\.H\.S\.?|GIG|health\s+service|iechyd)\b)[^\n]{0,40}\Z")
# 3-7 or 6-4, as numbers are copied by hand: "485 7773456"; only with a word for it near.
NHS_MIXED = re.compile(r"([0-9]{3})()(?:[ \t-][0-9]{3}|[0-9]{3}[ \t-])([0-9]{4})(?![\w/-]|[.,][0-9])")
_NHS_NEAR = re.compile(
    r"(?i:\b(?:NHS|GIG|health|iechyd)(?:[ \t]+(?:service|number|no\.?|num|rhif|gwasanaeth))?"
    r"(?:[ \t]+(?:number|no\.?|num|rhif|is|was|yw|oedd))*)[ \t:#,(-]*\Z"
    # ... or a few words on in the same clause: "Ei rhif GIG hi, er mwyn y nyrsys, yw 611 093 4528"
    r"|\b(?:NHS|GIG)[ \t]+(?:(?i:number|no\.?|rhif)\b)?[^\n.!?;:0-9]{0,40}\b(?i:is|was|yw|oedd|ydy)[ \t:]*\Z"
)
_NHS_AFTER = re.compile(r"(?i:[^\n.!?;]{0,30}?\b(?:NHS|GIG)\b)")
_NHS_LABEL = re.compile(r"(?:\bNHS|\bGIG|N\.H\.S\.?)(?:[ \t]+(?:no\.?|number|num|rhif))?[ \t:#,(]*\Z")
NI = re.compile(
    r"([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ \t]?([0-9]{2})[ \t]?([0-9]{2})[ \t]?([0-9]{2})[ \t]?([A-D])(?![\w-])",
    re.IGNORECASE,
)
NI_SPACED = re.compile(
    r"([A-CEGHJ-PR-TW-Z])[ \t]([A-CEGHJ-NPR-TW-Z])[ \t]([0-9]{2})[ \t]?([0-9]{2})[ \t]?([0-9]{2})[ \t]([A-D])(?![\w-])"
)
NI_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
UPN = re.compile(r"([A-HJ-NP-RT-Z])([0-9]{11}[0-9A-HJ-NP-RT-Z])(?![\w-])")
_UPN_CUE = re.compile(r"(?i:\bUPN|pupil[ \t]+(?:number|no)|rhif[ \t]+(?:disgybl|UPN))[^\n.!?]{0,56}\Z")
LICENCE = re.compile(
    r"([A-Z][A-Z9]{4})[ \t]?([0-9])([0156][0-9])([0-3][0-9])([0-9])[ \t]?"  # surname, decade, month, day, year
    r"([A-Z9]{2})([0-9])([A-Z]{2})(?:[ \t]?[0-9]{2})?(?![\w-])"  # initials, digit, check letters, issue
)


# A social-media handle: "@" after a space, bracket or slash, never inside an email address.
HANDLE = re.compile(r"@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@]|\.[A-Za-z0-9])")
# Handles of public bodies and charities ("@AgeCymru"), read from the organisations list.
_PUBLIC_HANDLES = frozenset("".join(p.split()).lower() for p in lx.NOT_PERSON)


def find_emails(text: str) -> Iterator[Hit]:
    """Yield every email address and social-media handle in TEXT."""
    at = text.find("@")
    while at >= 0:
        head = EMAIL_START.search(text, max(0, at - 64), at) if at else None
        m = EMAIL.match(text, head.start()) if head else None
        if m:
            yield m.start(), m.end(), "email", "privacy.email"
            at = text.find("@", m.end())
            continue
        if at == 0 or not text[at - 1].isalnum():
            h = HANDLE.match(text, at)
            if h and not h.group(1).isdigit() and h.group(1).lower() not in _PUBLIC_HANDLES:
                yield at, h.end(), "other-id", "privacy.other-id.handle"
        at = text.find("@", at + 1)


# A web address of someone's own page on a social or fundraising site: the part after the host names
# the person ("facebook.com/sarah.jones.1948", "instagram.com/nainbakes", "wa.me/447700900123").
_PROFILE_HOST = re.compile(
    r"(?i:(?<![\w.-])(?:https?://)?(?:www\.|m\.|mobile\.|vm\.)?"
    r"(facebook\.com|fb\.com|fb\.me|instagram\.com|twitter\.com|x\.com|tiktok\.com|linkedin\.com|youtube\.com"
    r"|snapchat\.com|threads\.net|pinterest\.com|pinterest\.co\.uk|reddit\.com|twitch\.tv|github\.com|soundcloud\.com"
    r"|strava\.com|bsky\.app|t\.me|wa\.me|gofundme\.com|justgiving\.com|patreon\.com|linktr\.ee|vinted\.co\.uk"
    r"|depop\.com|etsy\.com|flickr\.com|mastodon\.social|discord\.gg|telegram\.me)/"
    r"(?:(?:in|u|user|users|add|profile|people|groups|pages|channel|c|athletes|fundraising|f|shop|photos|page|@)/)*"
    r"(@?[\w%+\-]+(?:\.[\w%+\-]+)*))"
)
# Paths that are the site's own pages, not a person's.
_SITE_PAGES = frozenset(
    {
        "help",
        "about",
        "policies",
        "policy",
        "privacy",
        "legal",
        "terms",
        "login",
        "signup",
        "explore",
        "hashtag",
        "search",
        "watch",
        "events",
        "share",
        "sharer",
        "sharer.php",
        "intent",
        "home",
        "home.php",
        "settings",
        "jobs",
    }
)
# Every such address has one of these just before its path: a cheap test for texts with none.
_PROFILE_ENDS = (".com/", ".me/", ".net/", ".app/", ".tv/", ".uk/", ".ee/", ".social/", ".gg/", ".COM/")


def profile_links(text: str) -> list[Hit]:
    """Web addresses of a person's page on a social, messaging or fundraising site."""
    if not any(end in text for end in _PROFILE_ENDS):
        return []
    hits: list[Hit] = []
    for m in _PROFILE_HOST.finditer(text):
        page = m.group(2).lstrip("@")
        if page.lower() in _SITE_PAGES or page.replace(".", "").replace("_", "").lower() in _PUBLIC_HANDLES:
            continue
        if m.group(1).lower() == "wa.me" and page.isdigit():
            hits.append((m.start(), m.end(), "phone", "privacy.phone"))  # WhatsApp's link is the phone number
        else:
            hits.append((m.start(), m.end(), "other-id", "privacy.other-id.handle"))
    return hits


# A what3words address: three words after three slashes ("///cneifio.llechen.pwced"), or after the name of the
# scheme ("what3words: filled.count.soap"). Three metres square: a home as exactly as a house number.
_W3W = re.compile(
    r"(?<![\w/])///[^\W\d_]+\.[^\W\d_]+\.[^\W\d_]+"
    r"|(?i:what[ \t]?3[ \t]?words)[^\n.]{0,40}?(?<![\w.])([^\W\d_]+\.[^\W\d_]+\.[^\W\d_]+)(?![\w.])"
)


def what3words(text: str) -> list[Hit]:
    """A what3words address, with its slashes or after the scheme's name."""
    return [
        (m.start(1), m.end(1), "address", "privacy.address")
        if m.group(1)
        else (m.start(), m.end(), "address", "privacy.address")
        for m in _W3W.finditer(text)
    ]


# A door or gate code as a keypad takes it, a star or a hash after the figures ("cod drws yr ystafell dawel,
# 1966*", "the gate code had been changed (1974# now)"), where its clause speaks of a code, a door or a keypad.
_KEYPAD = re.compile(r"(?<![\w*#])[*#]?[0-9]{3,8}[*#](?![\w*#])")
_KEYPAD_WORD = re.compile(r"(?i:\b(?:code|codes|cod|gôd|god|keypad|door|drws|gate|giât|gât|fob|entry|mynediad)\b)")


# ... or told as it is keyed, the last press in words: "the back door keypad too, 4719 then the tick", "Door code
# 2-4-7 then #", "cod y drws, 3381 wedyn y botwm gwyrdd" (round twenty-five: three writers wrote codes so).
_THEN_KEY = re.compile(
    r"(?<![\w/.-])([0-9](?:[ -]?[0-9]){2,7})[ \t]+(?:then|and[ \t]+then|wedyn|ac[ \t]+wedyn|a[ \t]+wedyn"
    r"|a['’]r|and[ \t]+the)[ \t]+"  # "3-1-4-8 a'r seren yw cod drws yr uned"
    r"(?:(?:the|a|y|yr)[ \t]+)?(?:tick|bell|hash|#|star|\*|enter|green(?:[ \t]+(?:button|key))?|button|key|lock|tag"
    r"|botwm(?:[ \t]+gwyrdd)?|seren|gloch|cloch|tic)(?![\w])"
)
_THEN_WORDS = (" then ", " wedyn ", " a'r ", " a’r ", " and the ")
_KEYS = ("*", "#")
# The literals keypad_codes starts from, found by the scanner's one pass: everyday words, so they are gates.
KEYPAD_NEEDLES = (*_THEN_WORDS, *_KEYS)
# ... the code's word may come after it, as Welsh fronts the code: "taw 3-1-4-8 a'r seren yw cod drws yr uned".
_CODE_WORD_AFTER = re.compile(r"[^.!?\n]{0,30}?\b(?i:cod|côd|god|gôd|code)\b")


def keypad_codes(text: str, found: Needles) -> list[Hit]:
    """Door and gate codes keyed with a star or a hash, or told with the key pressed last, in a clause about a
    code or a door."""
    out: list[Hit] = []
    for told in _told_then_keyed(text, found):
        if _in_a_code_clause(text, told.start()) or _CODE_WORD_AFTER.match(text, told.end()):
            out.append((told.start(), told.end(), "other-id", "privacy.other-id.card"))
    for key in found.positions(_KEYS):
        if not (key and text[key - 1].isdigit()):
            continue  # most stars and hashes are a list's or a heading's
        m = _KEYPAD.search(text, max(0, key - 9), key + 2)
        if not m or m.end() != key + 1:
            continue  # "B4#", a figure inside a word
        if _in_a_code_clause(text, m.start()):
            out.append((m.start(), m.end(), "other-id", "privacy.other-id.card"))
    return out


def _told_then_keyed(text: str, found: Needles) -> Iterator[re.Match[str]]:
    """Each code told with its last key, tried only where a figure comes right before "then", "a'r" or "and the"
    (a search for figures over the whole text would cost more than the rest of this module)."""
    for at in found.positions(_THEN_WORDS):
        if at and text[at - 1].isdigit():
            told = _THEN_KEY.search(text, max(0, at - 16), at + 24)
            if told and told.end(1) == at:
                yield told


def _in_a_code_clause(text: str, start: int) -> bool:
    """Does the clause before START speak of a code, a door or a keypad?"""
    clause = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    return _KEYPAD_WORD.search(text, max(clause, start - 120), start) is not None


# A number on an old exchange, its town's name first as it was written on the dial or in the book:
# "Pontyberem 870452", "Llanfair 810 247", "gives his number the old way, 'Treorchy 7714'", with a word for a
# number or for ringing in the sentence or the one before ("Swansea 8000 fans" is a crowd).
_EXCHANGE_GROUP = re.compile(r"[ \t][0-9]{3,4}(?![\w/.:-]?[0-9])")
_RING = re.compile(
    r"(?i:\b(?:ring|rang|rung|phone|phoned|dial|dialled|tel|number|landline|ffôn|ffonio|ffoniwch|ffoniodd|rhif|rif"
    r"|llinell)\b)"
)


_AGE_AFTER = re.compile(r"[ \t]+(?:oed|years?|yrs|mlwydd|mlynedd)\b")


# A local number with no area code, after a word for a landline or for someone's number: "Landline 840 927",
# "keeps her number the old way, 73 5042", "rhif y tŷ, 810 247".
_LOCAL_NUMBER = re.compile(r"[0-9]{2,3}[ \t][0-9]{3,4}(?![\w/.:-]?[0-9])(?![ \t]?[0-9])")
_LOCAL_CUE = re.compile(
    r"(?i:\b(?:landline|home[ \t]+phone|phone[ \t]+number|(?:her|his|their|my|your)[ \t]+number"
    r"|rhif[ \t]+(?:ffôn|y[ \t]+tŷ|(?:ei|eu)(?![ \t]+(?:[cg]erdyn|cherdyn|ngherdyn|[dt]ocyn|thocyn|[bp]às|[bp]as"
    r"|[cg]yfrif|chyfrif|h?achos)\b))"  # "rhif ei gerdyn, 300 7715 LLR": a card's number, not a phone's
    r"|ffôn[ \t]+y[ \t]+tŷ|the[ \t]+old[ \t]+way)\b)[^.!?\n]{0,30}\Z"
    # ... or right after a phone's label in a note (round forty): "Ffôn tŷ 730 552", "Tel: 840 927"
    r"|(?i:\b(?:tel|phone|ffôn|ffon)\.?(?:[ \t]+(?:tŷ|ty|home|adref|adra))?[ \t]*:?[ \t]*)\Z"
)


def local_number_at(text: str, a: int) -> Hit | None:
    """A landline's local digits with no area code at A, after a word for someone's number."""
    if a and (text[a - 1].isalnum() or text[a - 1] in "+/-"):
        return None
    if a > 1 and text[a - 2].isupper():
        return None  # "AA 771 204 93": a reference's letters, then its figures
    m = _LOCAL_NUMBER.match(text, a)
    if not m or not _LOCAL_CUE.search(text, max(0, a - 60), a):
        return None
    return a, m.end(), "phone", "privacy.phone"


def _unknown_place(word: str) -> bool:
    """Could WORD be a village no list holds ("Maenclochog")? Not an everyday word, a name, a body or a label."""
    return (
        len(word) >= 5
        and word[1:].islower()
        and word not in lx.COMMON
        and word not in lx.FIRST
        and word not in lx.AMBIGUOUS
        and word not in lx.SURNAMES
        and word not in lx.NOT_PERSON
        and word.lower() not in _NOT_EXCHANGES
    )


# Words a number follows that no exchange is called: labels, rooms, vehicles, months.
_NOT_EXCHANGES = frozenset(
    """
    room ward flat bed bay plot pitch locker house route bus train flight platform page chapter section
    question step stage level year years class group number total ystafell gwely fflat llain rhif
    """.split()  # noqa: SIM905
)


def exchange_at(text: str, a: int, e: int) -> Hit | None:
    """A telephone number given with its exchange's name, its figures at A..E ("Pontyberem 870452")."""
    j = text.rfind(" ", max(0, a - 30), a - 1) + 1
    place = text[j : a - 1].lstrip("'‘\"“(")
    if not place[:1].isupper() or not place.replace("-", "").isalpha():
        return None  # "Nansi'n 100 oed": a name and an age
    if not (place in lx.PLACES or _unknown_place(place)):
        return None
    if (
        text[a] == "0"
        or _RING.fullmatch(place)
        or (e < len(text) and text[e] in "-–/." and text[e + 1 : e + 2].isdigit())
    ):
        return None  # "Ffoniwch 029–2087–1234": a whole number today, the phone finder's
    group = _EXCHANGE_GROUP.match(text, e) if e - a == 3 else None  # "Llanfair 810 247"
    end = group.end() if group else e
    if end - a == 4 and text[a : a + 2] in ("19", "20"):
        return None  # "Wrexham 1977": a year
    if end - a < 3 or _AGE_AFTER.match(text, end) or not _RING.search(text, max(0, a - 160), a):
        return None
    return a - 1 - len(place), end, "phone", "privacy.phone"


# An Ordnance Survey grid reference ("SN 478 127", "SH5632 4417"): a farm's or a house's place to ten metres,
# given so that someone can find a home with no address. The two letters are a square of the National Grid
# (Wales's, and the border's); the two halves have as many figures each.
_GRID_SQUARES = ("SH", "SJ", "SN", "SO", "SM", "SR", "SS", "ST")  # Wales's squares, and the border's
_GRID = re.compile(
    "(?:" + "|".join(_GRID_SQUARES) + r")[ \t]?"
    r"(?:[0-9]{3}[ \t]?[0-9]{3}|[0-9]{4}[ \t]?[0-9]{4}|[0-9]{5}[ \t]?[0-9]{5})(?![\w/-])"
)


# The squares a Welsh council's stories place a farm in, and their neighbours, as the scanner's pass finds them.
GRID_NEEDLES = tuple(f"{square}{after}" for square in _GRID_SQUARES for after in " 0123456789")


def grid_references(text: str) -> list[Hit]:
    """Every National Grid reference in TEXT."""
    return [
        (m.start(), m.end(), "address", "privacy.address.grid")
        for m in _GRID.finditer(text)
        if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_/-")
    ]


# A handle written without its "@" after the platform's name: "his Snapchat is gaz_jones99",
# "ar TikTok fel bryn.ffermio". It must have a digit, "_" or an inner "." to be told from a word.
PLATFORMS = frozenset({"Snapchat", "Instagram", "TikTok", "Twitter", "Facebook", "Threads", "Xbox", "PlayStation"})
_NAMED_HANDLE = re.compile(
    r"(?:[ \t]+(?:name|handle|username|account|page|tag|gamertag|ID))?['’]?s?[ \t]*"
    # "Xbox = DockBoyJ2001", "Snapchat (cadi.crwydro)"
    r"(?::|,|[ \t]?=|[ \t]?\(|[ \t](?:is|was|yw|ydy|oedd|as|fel|under)[ \t])[ \t]*['\"“‘]?"
    r"([^\W](?:[\w.]{1,28}[^\W]))(?![\w@]|\.[^\W_])"
)
# ... or the name a page or a profile shows, quoted after the words for it: 'on Facebook under "Shaz Rwst Mum2Three"',
# 'ar TikTok fel "Nain Pant y Wennol"' (round thirty).
_QUOTED_PROFILE = re.compile(r"[ \t]+(?:under|as|fel|dan[ \t]+yr[ \t]+enw)[ \t]+[\"“]([^\"”\n]{3,40})[\"”]")


# ... or further on in its sentence when "_" joins its words, which no prose word has: "Ar Facebook
# mae hi'n galw ei hun yn Gwen_Bakes_Llanbed".
_JOINED = re.compile(r"[^\n.!?;]{0,60}?(?<![\w@])([^\W_]+(?:_[^\W_]+)+)(?![\w@])")


# ... or a gamertag just before "on" and the platform, its words run together with their capitals (round forty-three):
# "He games now as ValleyBoyTy on Xbox".
_TAG_BEFORE_PLATFORM = re.compile(r"(?<![\w@'’-])([A-Za-z][a-z]+(?:[A-Z][a-z0-9]*){2,}[0-9]*)[ \t]+on[ \t]+\Z")


def handle_before(text: str, start: int) -> Hit | None:
    """A gamertag written just before "on" and the platform's name, which starts at START."""
    m = _TAG_BEFORE_PLATFORM.search(text, max(0, start - 40), start)
    if not m or m.group(1).replace(".", "").replace("_", "").lower() in _PUBLIC_HANDLES:
        return None
    return m.start(1), m.end(1), "other-id", "privacy.other-id.handle"


def named_handle_after(text: str, end: int) -> Hit | None:
    """A handle with no "@" right after the name of its platform, which ends at END."""
    quoted = _QUOTED_PROFILE.match(text, end)
    if quoted:
        return quoted.start(1), quoted.end(1), "other-id", "privacy.other-id.handle"
    m = _NAMED_HANDLE.match(text, end)
    if not m:
        far = _JOINED.match(text, end) if "_" in text[end : end + 80] else None
        return (far.start(1), far.end(1), "other-id", "privacy.other-id.handle") if far else None
    handle = m.group(1)
    marked = "_" in handle or any(c.isdigit() for c in handle) or "." in handle.strip(".")
    # ... or words run together with their capitals, as a gamertag is made: "SevernSideSpeedrun"
    marked = marked or (sum(c.isupper() for c in handle[1:]) >= 2 and not handle.isupper())
    public = handle.replace(".", "").replace("_", "").lower() in _PUBLIC_HANDLES
    if not marked or handle.isdigit() or public:
        return None
    return m.start(1), m.end(1), "other-id", "privacy.other-id.handle"


# A login as people make them, a name and a year or a number joined by a dot or "_" ("mair.jones1944",
# "dai_pugh77"), or any letters with digits after a word that says it is a login.
# ... and capitalised words run together before the figures, as a game or an app shows a player ("IeuanBrynTeg79")
_LOGIN_SHAPE = re.compile(
    r"[A-Za-z]{2,}[._][A-Za-z]{2,}[._]?[0-9]{2,4}\Z|[A-Z][a-z]+(?:[A-Z][a-z]+)+_?[0-9]{2,4}(?<!20[0-2][0-9])\Z"
)
_LOGIN_LABEL = re.compile(
    r"(?i:\b(?:log-?in|logon|username|user[ \t]+name|user[ \t]+id|sign-?in|handle|gamertag|gamer[ \t]+tag"
    r"|enw[ \t]+defnyddiwr|mewngofnodi|fewngofnodi|enw[ \t]+mewngofnodi)\b)[^\n.!?]{0,30}\Z"
)


def login_at(text: str, s: int, e: int) -> Hit | None:
    """A login or username whose digits text[s:e] end it ("mair.jones1944")."""
    n = len(text)
    if e < n and (text[e].isalnum() or text[e] in "@_" or (text[e] == "." and e + 1 < n and text[e + 1].isalnum())):
        return None  # more of the word follows, or an email address
    b = s
    while b > 0 and (text[b - 1].isalnum() or text[b - 1] in "._"):
        b -= 1
    while b < s and not text[b].isalpha():
        b += 1
    if b == s or (b > 0 and text[b - 1] in "@/:#"):
        return None  # "@handle", a web address or a path
    word = text[b:e]
    if _LOGIN_SHAPE.match(word):
        return b, e, "other-id", "privacy.other-id.handle"
    if len(word) >= 5 and _LOGIN_LABEL.search(text, max(0, b - 45), b):
        return b, e, "other-id", "privacy.other-id.handle"  # "her login is bethan52"
    return None


def at_digits(text: str, s: int, e: int) -> list[Hit]:
    """Try every precise pattern that could include the digit run text[s:e]."""
    hits: list[Hit] = []
    run = e - s
    before = text[s - 1] if s else " "
    if before.isalpha():
        # Digits glued to letters: a postcode, pupil number, NI number, licence or reference.
        if run <= 4:
            pos = s - 2 if s >= 2 and text[s - 2].isalpha() else s - 1
            m = POSTCODE.match(text, pos)
            if m and _case_ok(m.group()):
                hits.append((m.start(), m.end(), "postcode", "privacy.postcode"))
        if run >= 11:
            m = UPN.match(text, s - 1)
            if (
                m
                and (s < 2 or not text[s - 2].isalnum())
                and (upn_check_letter(m.group(2)) == m.group(1) or _UPN_CUE.search(text, max(0, s - 64), s))
            ):  # with its label, a pupil number mistyped is still one pupil's
                hits.append((m.start(), m.end(), "other-id", "privacy.other-id.upn"))
        if run == 6:
            _ni(text, s, hits)
        if run >= 5:
            _licence(text, s, hits)
        if run <= 3 and not hits:
            _vehicle(text, s, e, hits)
        if run == 2 and not hits and text[s - 1].islower():
            _vehicle_lower(text, s, hits)  # "reg cv21xkp", "y car, cv21 xkp"
        if run >= 3 and not hits:
            labelled = labelled_before(text, s)
            if labelled:
                hits.append(labelled)
        return hits
    if before == " " and s >= 2 and text[s - 2].isalnum():
        if run == 2 or run == 6:
            _ni(text, s, hits)
        if run == 6:
            _licence(text, s, hits)
        elif text[s - 5 : s - 1] in ("BFPO", "Bfpo", "bfpo") or text[s - 4 : s - 1] in ("GIR", "gir"):
            m = POSTCODE.match(text, s - 5 if text[s - 4 : s - 1] != "GIR" else s - 4)
            if m:
                hits.append((m.start(), m.end(), "postcode", "privacy.postcode"))
        elif run <= 3 and text[s - 2].isupper() and e < len(text) and (text[e].isupper() or text[e] == " "):
            _vehicle(text, s, e, hits)  # "ABC 123D", "TX 51 KHD"
        if hits:
            return hits
    elif before == "-" and run == 2 and s >= 3 and text[s - 2].isalpha():
        _ni(text, s, hits)  # "JT-44-81-27-D"
        if hits:
            return hits
    elif before == "O" and text[s - 4 : s] in ("BFPO",):
        m = POSTCODE.match(text, s - 4)
        if m:
            return [(m.start(), m.end(), "postcode", "privacy.postcode")]
    if before.isdigit():
        return hits
    if (3 <= run <= 5 and text[e : e + 1] in (" ", "\t", ".", "-")) or run == 10:
        anyhow = NHS_ANY.match(text, s)
        named = anyhow is not None and _NHS_LABEL.search(text, max(0, s - 24), s) is not None
        if anyhow and (named or (text[s] != "0" and _NHS_NEAR.search(text, max(0, s - 40), s) is not None)):
            # "NHS No 485 7773 456"; a label right before it even when it starts with 0 ("NHS no. 012 345 6789")
            return [(s, anyhow.end(), "nhs-number", "privacy.nhs-number")]
    nhs = (NHS.match(text, s) or NHS_MIXED.match(text, s)) if (run == 3 or run == 10) and text[s] != "0" else None
    if nhs and _nhs_ok(text, nhs, near=False):
        return [(nhs.start(), nhs.end(), "nhs-number", "privacy.nhs-number")]  # before "no." takes it as a reference
    if run >= 3 or (before in "/-" and text[s - 2].isalnum()):  # "file ref SL/ABD-17", "PEP/KAP/Y9-03": a last part
        labelled = labelled_before(text, s)
        if labelled and not service_line_in(text[labelled[0] : labelled[1]]):
            return [labelled]
    if nhs and _nhs_ok(text, nhs):
        return [(nhs.start(), nhs.end(), "nhs-number", "privacy.nhs-number")]  # "485 777 3456 as her NHS number"
    if text[s] == "0" or before in "+(":
        hits.extend(_phones(text, s, before))
    if run <= 4 and not hits:
        found = address_at(text, s)
        if found:
            hits.append((found[0], found[1], "address", "privacy.address"))
    return hits


# UK number plates (DVLA formats). Current, from 2001: two area letters, the age identifier
# (the year, or the year plus 50 from September) and three letters: "CV21 XKP". Prefix
# (1983-2001) "K123 ABC" and suffix (1963-83) "ABC 123D" shapes need a word such as "car".
VEHICLE_NOW = re.compile(r"([A-HJ-PR-Y][A-HJ-PR-Y])([0-9]{2})[ \t]?([A-HJ-PR-Z]{3})(?![\w-])")
VEHICLE_OLD = re.compile(r"(?:[A-HJ-NP-Y][0-9]{1,3}[ \t]?[A-Z]{3}|[A-Z]{3}[ \t]?[0-9]{1,3}[A-HJ-NP-Y])(?![\w-])")
VEHICLE_CUE = re.compile(
    r"(?i:\b(?:reg|registration|number[ \t]+plates?|plates?|car|cars|van|vehicle|motorbike|scooter|taxi|lorry"
    r"|tractor|Land[ \t]+Rover|Rover|Ford|Vauxhall|Corsa|Fiesta|Transit|Volvo|Toyota|Nissan|Micra|Peugeot|Renault"
    r"|cofrestru|cofrestriad|plât|cerbyd|fan|moto|motobeic|lori|tractor|char|nghar|gar"
    # makes and models an old plate is named with ("his dad's old Morris, ABC 123D", "hen Forris")
    r"|Morris|Forris|Austin|Mini|Fini|Escort|Cortina|Capri|Anglia|Hillman|Triumph|Jaguar|Datsun|Skoda|Astra|Fiat"
    r"|Honda|Kia|Hyundai|Mercedes|BMW|Audi|VW|Volkswagen|Golf|Polo|Citro[eë]n|Berlingo|Yaris|Jazz|Mazda|Subaru"
    r"|Defender|Discovery|campervan|minibus|motor|Hilux|pick-?up|quad)\b)"
)
# ... and a current plate written with a space after its area letters, a word for a vehicle near (round forty-two):
# "His old Land Rover (TX 51 KHD)".
_VEHICLE_NOW_SPACED = re.compile(r"([A-HJ-PR-Y][A-HJ-PR-Y])[ \t]([0-9]{2})[ \t]([A-HJ-PR-Z]{3})(?![\w-])")


def _vehicle(text: str, s: int, e: int, hits: list[Hit]) -> None:
    """A number plate whose digits are text[s:e]."""
    if e >= len(text) or not (text[e] == " " or text[e].isupper()) or not text[s - 1 - (text[s - 1] == " ")].isupper():
        return  # every plate has letters right after its digits, or after one space
    if text[s - 1] == " " and s >= 3 and not (s > 3 and text[s - 4].isalnum()):
        m = _VEHICLE_NOW_SPACED.match(text, s - 3)
        dated = m is not None and (2 <= int(m.group(2)) <= 29 or 51 <= int(m.group(2)) <= 79)
        if m and dated and VEHICLE_CUE.search(text, max(0, s - 53), min(len(text), m.end() + 30)):
            hits.append((m.start(), m.end(), "other-id", "privacy.other-id.vehicle"))
            return
    for pos in (s - 2, s - 1, s - 4):
        if pos < 0 or (pos and text[pos - 1].isalnum()):
            continue
        m = VEHICLE_NOW.match(text, pos) if pos == s - 2 else None
        if m:
            age = int(m.group(2))
            if 2 <= age <= 29 or 51 <= age <= 79:
                hits.append((m.start(), m.end(), "other-id", "privacy.other-id.vehicle"))
                return
        m = VEHICLE_OLD.match(text, pos)
        near = (max(0, pos - 50), min(len(text), m.end() + 30)) if m else (0, 0)
        if m and (_PREFIX_PLATE.fullmatch(m.group()) or VEHICLE_CUE.search(text, *near)):
            hits.append((m.start(), m.end(), "other-id", "privacy.other-id.vehicle"))
            return


# A current plate typed in lower case, with a word for a vehicle or a plate near: in lower case the
# shape is also a login or a code, so the word is needed.
_VEHICLE_NOW_LOWER = re.compile(r"([a-hj-pr-y][a-hj-pr-y])([0-9]{2})[ \t]?([a-hj-pr-z]{3})(?![\w-])")


def _vehicle_lower(text: str, s: int, hits: list[Hit]) -> None:
    pos = s - 2
    if pos < 0 or (pos and text[pos - 1].isalnum()):
        return
    m = _VEHICLE_NOW_LOWER.match(text, pos)
    if not m or not (2 <= int(m.group(2)) <= 29 or 51 <= int(m.group(2)) <= 79):
        return
    if VEHICLE_CUE.search(text, max(0, pos - 50), min(len(text), m.end() + 30)):
        hits.append((m.start(), m.end(), "other-id", "privacy.other-id.vehicle"))


# A dateless plate, one to three letters and up to four figures ("ETH 774", "CX 5"), as old cars,
# tractors and private plates carry: its shape is a road's or a channel's too, so only a word
# for a plate or a registration just before it will do.
_DATELESS = re.compile(r"[A-Z]{1,3}[ \t][0-9]{1,4}(?![\w-])")
_PLATE_WORDS = (
    r"(?i:\b(?:reg|reg\.|registration|number[ \t]+plates?|plates?|plât|cofrestriad|cofrestru|rhif[ \t]+cofrestru)\b)"
)
_PLATE_NUMBERED = r"(?i:[ \t]+(?:no\.|number|num|rhif))"
_PLATE_CUE = re.compile(_PLATE_WORDS + _PLATE_NUMBERED + r"?[^\n.!?;]{0,24}\Z")


# ... or a fishing boat's port letters and number, the boat named just before ("cwch bach pren, BS 217").
_BOAT_CUE = re.compile(
    r"(?i:\b(?:boat|cwch|gwch|nghwch|trawler|vessel|fishing|pysgota|skiff|cobble)\b)[^\n.!?;]{0,40}\Z"
)


# ... or the vehicle itself named just before, a comma or a bracket between (round forty-two): "his old lorry, OBX 94",
# "Dai came down in his Hilux (DAI 5, you can't miss it)".
# A make alone will not do: Morris, Austin and Mini are names too ("Kerry-Ann Morris (DG 3/iii/93)").
_VEHICLE_JUST_BEFORE = re.compile(
    r"(?i:\b(?:car|van|vehicle|motorbike|scooter|taxi|lorry|tractor|Land[ \t]+Rover|Hilux|pick-?up|quad|minibus"
    r"|campervan|cerbyd|fan|lori|char|nghar|gar|motobeic)\b)[ \t]*[,(:][ \t]*\Z"
)


_ON_A_ROAD = re.compile(
    r"(?i:\b(?:up|down|along|on|off|onto|took|take|via|hyd|lawr|fyny|lan|junction|cyffordd|motorway|traffordd)"
    r"[ \t]+(?:(?:the|yr|y)[ \t]+)?\Z)"
)


def dateless_plate_at(text: str, s: int, e: int) -> Hit | None:
    """A dateless number plate whose figures are text[s:e], after a word for a plate."""
    b = s - 1
    while b > 0 and text[b - 1].isupper():
        b -= 1
    if b > 0 and text[b - 1].isalnum():
        return None
    m = _DATELESS.match(text, b)
    if not m or m.end() != e or (text[e : e + 1] in ("/", ".") and text[e + 1 : e + 2].isalnum()):
        return None  # "DG 3/iii/93": a date after its letters
    # a boat's letters, but never a road's ("the A 487"); Milford's boats are "M 206" (round thirty-seven), so "M" is
    # a boat's after a word for one, where "the M 4" has none
    if not _PLATE_CUE.search(text, max(0, b - 40), b) and (
        text[b : s - 1] in ("A", "B")
        or not (_BOAT_CUE.search(text, max(0, b - 60), b) or _VEHICLE_JUST_BEFORE.search(text, max(0, b - 30), b))
    ):
        return None
    if text[b : s - 1] == "M" and _ON_A_ROAD.search(text, max(0, b - 24), b):
        return None  # "the boat trailer up the M 4": a motorway
    return b, e, "other-id", "privacy.other-id.vehicle"


# A private plate, of any mix of letters and figures ("P1G 30N", "HUW 5B"), or a taxi's plate number ("plate no.
# 118"), straight after a word for a plate (round thirty-five): its shape is anything's, so only that word will do.
_PLATE_TOKEN = re.compile(r"[A-Z0-9]{1,4}(?:[ \t][A-Z0-9]{1,4})?(?![\w-])")
# ... the same words as _PLATE_CUE, but straight before the plate, and whether "no." or "rhif" says it is a number
_PLATE_JUST_BEFORE = re.compile(_PLATE_WORDS + r"(?P<numbered>" + _PLATE_NUMBERED + r")?[ \t:,]*\Z")


def private_plate_at(text: str, s: int, e: int) -> Hit | None:
    """A private plate, or a plate's number, holding the figures text[s:e], right after a word for a plate."""
    b = s
    while b > 0 and (text[b - 1].isupper() or text[b - 1].isdigit()):
        b -= 1
    if b > 0 and text[b - 1].isalnum():
        return None
    m = _PLATE_TOKEN.match(text, b)
    if m is None or m.end() < e:
        return None
    cue = _PLATE_JUST_BEFORE.search(text, max(0, b - 40), b)
    if cue is None:
        return None
    if not cue.group("numbered") and not any(c.isalpha() for c in m.group()):
        return None  # figures alone only after "plate no.": "the plate 118" could be a count
    return b, m.end(), "other-id", "privacy.other-id.vehicle"


# A prefix plate with three digits ("M417 KJC") is rare enough to need no cue.
_PREFIX_PLATE = re.compile(r"[A-HJ-NP-Y][0-9]{3}[ \t][A-Z]{3}")


def _ni(text: str, s: int, hits: list[Hit]) -> None:
    for pos in (s - 3, s - 2):
        m = NI.match(text, pos) if pos >= 0 else None
        if m and (pos == 0 or not text[pos - 1].isalnum()) and _ni_ok(m):
            hits.append((m.start(), m.end(), "ni-number", "privacy.ni-number"))
            return
    m = NI_SPACED.match(text, s - 4) if s >= 4 else None  # "S J 901147 D", each letter typed apart
    spaced_ok = m and m.group().isupper() and (m.group(1) + m.group(2)) not in NI_BAD_PREFIXES
    if m and spaced_ok and (s == 4 or not text[s - 5].isalnum()):
        hits.append((m.start(), m.end(), "ni-number", "privacy.ni-number"))
        return
    for pos in (s - 3, s - 2):
        m = NI_LOOSE.match(text, pos) if pos >= 0 else None
        if m and (pos == 0 or not text[pos - 1].isalnum()):
            end = _ni_loose_end(text, m)
            if end:
                hits.append((m.start(), end, "ni-number", "privacy.ni-number"))
            return


# Every other written shape of an NI number: without its final letter ("AB 12 34 56"), or with a
# prefix HMRC never issues, as in its own example "QQ 12 34 56 C", when a word for it is near.
# The groups are split alike ("AB 12 34 56", "AB123456"), and no more figures or a letter an NI number
# never ends with follow ("BB 71 0046 3325", "AB 12 34 56 E").
NI_LOOSE = re.compile(
    r"([A-Z]{2})([ \t-]?)([0-9]{2})\2([0-9]{2})\2([0-9]{2})(?:[ \t-]?([A-D]))?"
    r"(?![\w-]|[ \t]+[0-9]|[ \t](?-i:[E-Z])(?!\w))",
    re.I,
)
_NI_PREFIX = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]", re.I)
_NI_CUE = re.compile(
    r"(?:\bNI\b|\bN\.I\.|\bNINO\b|\bYG\b|(?i:insurance|yswiriant[ \t]+gwladol|nat\.?[ \t]+ins))[^\n]{0,40}\Z"
)


def _ni_loose_end(text: str, m: re.Match[str]) -> int:
    """Where the loosely written NI number M ends, or 0 when it is not one."""
    prefix, letter = m.group(1), m.group(6)
    if not (prefix.isupper() or prefix.islower()):
        return 0
    end = m.end()
    if letter and letter.isupper() != prefix.isupper():
        end = m.end(5)  # "AB 12 34 56 a gafodd": the Welsh "a" is not its letter
        letter = None
    spaced = m.group(2) in (" ", "\t")  # hyphens join codes of every kind: only with a word for it
    cue = _NI_CUE.search(text, max(0, m.start() - 60), m.start()) is not None
    if cue:
        return end
    usual = _NI_PREFIX.fullmatch(prefix) is not None and prefix.upper() not in NI_BAD_PREFIXES
    return end if usual and spaced else 0


def _licence(text: str, s: int, hits: list[Hit]) -> None:
    """A driving licence: five letters of surname (padded with 9s), then date digits."""
    for pos in range(max(0, s - 6), s):
        m = LICENCE.match(text, pos)
        if m and (pos == 0 or not text[pos - 1].isalnum()) and _licence_ok(m):
            hits.append((m.start(), m.end(), "other-id", "privacy.other-id.driving-licence"))
            return


def _case_ok(code: str) -> bool:
    # "Cf47 9tj" as typed in a hurry; a lower-case word can't start one ("mk2 3rd" is not a postcode)
    return code.isupper() or code.islower() or code[0].isupper()


def _phones(text: str, s: int, before: str) -> list[Hit]:
    start = s - 1 if before in "+(" else s
    if start and text[start - 1] in "£$€":
        return []
    cand = PHONE_CANDIDATE.match(text, start)
    chunk = cand.group() if cand else ""
    if sum(c.isdigit() for c in chunk) < 9:
        cand = PHONE_SEPARATED.match(text, start)
        if not cand or not 10 <= sum(c.isdigit() for c in cand.group()) <= 11:
            return []
        chunk = cand.group().replace(".", " ").replace("/", " ")  # same length: offsets stay
    return [
        (start + m.start, start + m.end, "phone", "privacy.phone")
        for m in phonenumbers.PhoneNumberMatcher(chunk, "GB", leniency=phonenumbers.Leniency.POSSIBLE)
        if not service_line(m.number)
    ]


def _nhs_ok(text: str, m: re.Match[str], near: bool = True) -> bool:
    """Is M an NHS number? With NEAR false, only by its shape, its check digit or a label right before it."""
    if m.group(2) and m.re is NHS and not _nhs_lookalike(text, m):
        # Grouped 3-3-4 and not starting with 0 (a UK phone number does) is the NHS number's own
        # shape, check digit right or mistyped, NHS word near or not: "on her record (632 118 4790)".
        return True
    if m.re is NHS_MIXED or not nhs_check(m.group(1) + m.group(3) + m.group(4)):
        # A mistyped NHS number is still one when it is labelled: "rhif GIG 402 881 7359", "NHS#4028817359",
        # and, when no other label claims it, "Her health number, 402 881 7359,", "485 777 3456 as her
        # NHS number", "ar ei cherdyn GIG".
        if _NHS_LABEL.search(text, max(0, m.start() - 24), m.start()) is not None:
            return True
        return near and (
            _NHS_NEAR.search(text, max(0, m.start() - 40), m.start()) is not None
            or _NHS_AFTER.match(text, m.end()) is not None
        )
    if m.group(2):
        # A grouped look-alike (money, an ISBN, a number dialled abroad), unless a right NHS number is the end
        # of a longer code: "mm-2026-435-855-0002" holds one.
        return _IN_LONGER_CODE.search(text, max(0, m.start() - 12), m.start()) is not None and not _nhs_money_or_abroad(
            text, m
        )
    # A bare 10-digit run with a good check digit: with a cue at once, else once no other label
    # claims it and no word says it is an order, a ticket or a barcode.
    if NHS_CUE.search(text, max(0, m.start() - 60), m.start()) is not None:
        return True
    return near and _NOT_NHS_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None


_NOT_NHS_BEFORE = re.compile(
    r"(?i:\b(?:order|invoice|tracking|parcel|serial|barcode|bar[ \t]+code|ticket|booking|transaction|meter|policy"
    r"|archeb|anfoneb|parsel|tocyn|tocynnau|archebu|mesurydd|polisi)\b)[^\n.!?;]*\Z"
)


# What else is written 3-3-4: money ("£485 777 3456"), an ISBN, a number dialled from abroad
# ("+1 800 555 1234"), or one group of a longer run of numbers ("12 485 777 3456", "485 777 3456 78").
_NHS_LOOKALIKE_BEFORE = re.compile(
    r"(?:[£$€]|\bISBN(?:-1[03])?:?[ \t]*|\+[0-9]{1,3}[ \t-]*|[0-9][ \t-]*|[0-9][.,])\Z", re.I
)
# ... or a count of something ("402 881 7359 grains of sand", "pounds", "o bunnoedd").
_NHS_LOOKALIKE_AFTER = re.compile(
    r"[ \t-]*[0-9]|[ \t]*(?:pounds|punt|bunnoedd|million|miliwn)\b|[ \t]+[a-z]+[ \t]+of\b|[ \t]+o[ \t]+[a-z]"
)
# ... or the sentence says it is a phone number ("on the old list of phone numbers").
_NHS_PHONE_WORD = re.compile(r"(?i:\b(?:phone|telephone|mobile|ffôn|ffon|ffonio|rhif[ \t]+symudol)\b)")


def _nhs_lookalike(text: str, m: re.Match[str]) -> bool:
    """Is the grouped 3-3-4 number M something else that is written that way?"""
    s = m.start()
    if _NHS_LOOKALIKE_BEFORE.search(text, max(0, s - 8), s) is not None:
        return True
    if _NHS_LOOKALIKE_AFTER.match(text, m.end()) is not None:
        return True
    if "ISBN" in text[max(0, s - 30) : s]:
        return True
    stop = _SENTENCE_END.search(text, m.end(), min(len(text), m.end() + 60))
    clause = text[max(0, s - 60) : stop.start() if stop else min(len(text), m.end() + 60)]
    return _NHS_PHONE_WORD.search(clause) is not None and _NHS_WORD.search(clause) is None


_IN_LONGER_CODE = re.compile(r"[0-9][ \t-]*\Z")
_MONEY_OR_ABROAD = re.compile(r"(?:[£$€][0-9 \t,.-]*|\+[0-9 \t-]*|ISBN[^\n]{0,20})\Z", re.I)


def _nhs_money_or_abroad(text: str, m: re.Match[str]) -> bool:
    """Is the grouped number M money, an ISBN, a number dialled abroad or a count, whatever it ends with?"""
    before = _MONEY_OR_ABROAD.search(text, max(0, m.start() - 30), m.start()) is not None
    return before or _NHS_LOOKALIKE_AFTER.match(text, m.end()) is not None


_SENTENCE_END = re.compile(r"[.!?\n]")
_NHS_WORD = re.compile(r"(?i:\b(?:NHS|N\.H\.S|GIG|health|iechyd)\b)")


def _ni_ok(m: re.Match[str]) -> bool:
    code = m.group()
    return (code.isupper() or code.islower()) and m.group(1).upper() not in NI_BAD_PREFIXES


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


# A door, key-safe or alarm code given as "code 4471" with the thing it opens said earlier in the
# sentence or the one before ("The key is in the box by the door, code 4471"; "yn y blwch, cod 4471").
_CODE_JUST_BEFORE = re.compile(
    r"(?i:\b(?:code|cod|côd|god|gôd|nghod|chod|pin|PIN|KS|KSC|combination|cyfuniad|gyfuniad)"  # "KS 1970": a key safe's
    # ... with what it opens after it: "cod y bocs goriad, 1966", "the code for the key safe is 4471" (round ten)
    r"(?:[ \t]+(?:y|yr|the|for[ \t]+the|i['’]r|ar[ \t]+y"
    r"|by[ \t]+the|on[ \t]+the|wrth[ \t]+y)"  # "We wrote the key-safe code by the back door (4-0-7-1)"
    r"[ \t]+[^\W\d_]+(?:[- \t][^\W\d_]+){0,2}[ \t]*,?)?"
    r"(?:[ \t]+(?:is|was|yw|ydy|ydi|oedd|yn|to|i)(?:[ \t]+(?:then|now|still|nawr|rŵan|bellach))?)?"  # "was then"
    r"[ \t]*[:#(–—-]?[ \t]*\Z"  # "rhif PIN — 1949", "newid y cod i 7319"
    # ... or a clause between, closed by a comma: "rhoiodd e'r cod i glo'r cwtsh iddo fe, 4-1-9-7", "the code, X"
    r"|\b(?:code|cod|côd|god|gôd)(?:[ \t]+[^\W\d_]+(?:['’][^\W\d_]+)?){0,7}[ \t]*[,:][ \t]*\Z)"  # "y cod ei hun: 2412"
)
_OPENS = re.compile(
    r"(?i:\b(?:key|keys|keysafe|keypad|door|safe|alarm|gate|box|lock|padlock|allwedd|allweddi|goriad|agoriad|blwch|flwch"
    r"|bocs|focs|drws|ddrws|nrws|larwm|giât|gât|clo|glo|wi-?fi|router|broadband|card|cerdyn|gerdyn|cherdyn|bank|banc"
    r"|KS|KSC)\b)"
)
# The code itself: figures, figures split by hyphens ("2-7-0-9", "0-4-1-1"), or a letter and figures ("C1966").
_CODE = re.compile(
    r"[A-Z]?[0-9]{4,6}(?![\w/-])|[0-9](?:-[0-9]){3,5}(?![\w/-])|[0-9](?: [0-9]){3,5}(?![\w/-])"
)  # "7 3 8 1"
# A Wi-Fi key read out: letters and figures joined by hyphens ("BT-7741-KWPX").
_KEY_CODE = re.compile(r"[A-Z0-9]{2,6}(?:-[A-Z0-9]{2,6}){1,3}(?![\w/-])")
# ... or words and figures a family chose, joined by hyphens ("WRAGSTON-ewe-1947"): a figure somewhere in it.
_CHOSEN_KEY = re.compile(r"(?=[\w-]*[0-9])[A-Za-z0-9]{2,12}(?:-[A-Za-z0-9]{2,12}){1,3}(?![\w/-])")


def access_code_at(text: str, a: int, e: int) -> Hit | None:
    """An access code whose figures start at A after "code"/"cod"/"PIN", a door, key or router named near."""
    start = a - 1 if a and text[a - 1].isupper() and (a < 2 or not text[a - 2].isalnum()) else a
    word_start = _code_word_start(text, start)
    code = (
        (_KEY_CODE.match(text, word_start) or _CHOSEN_KEY.match(text, word_start)) if word_start < start else None
    ) or _CODE.match(text, start)
    if not code:
        return None
    cue = _CODE_JUST_BEFORE.search(text, max(0, code.start() - 48), code.start())
    if not cue:
        return None
    if not _OPENS.search(text, max(0, cue.start() - 120), code.start()) and not _WHAT_IT_OPENS_AFTER.match(
        text, code.end()
    ):  # "cod 5-8-1-9 ar y drws": what it opens may come just after
        return None
    return cue.start(), code.end(), "other-id", "privacy.other-id.access-code"


_WHAT_IT_OPENS_AFTER = re.compile(
    r"[ \t]+(?i:ar|on|for|at|by|wrth|to|i['’]r)[ \t]+(?i:(?:the|y|yr|his|her|their|ei|eu)[ \t]+)?(?:[^\W\d_]+[ \t]+)?"
    r"(?i:door|drws|ddrws|gate|giât|gât|key[ \t-]?safe|keysafe|key[ \t]+box|safe|alarm|larwm|lock|padlock|clo|glo"
    r"|blwch|flwch|bocs|focs)(?=[ \t]*(?:[,.;:!?)\n]|\Z|(?:and|a|ac)\b))"  # not "for the key skills module"
)


def _code_word_start(text: str, at: int) -> int:
    """Where the code word holding AT starts ("BT-7741-KWPX" from its figures)."""
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-"):
        at -= 1
    return at
