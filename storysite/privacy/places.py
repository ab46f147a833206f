"""Find street addresses and named schools, in English and Welsh word order."""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx
from storysite.privacy.needles import Needles
from storysite.privacy.welsh import mutations, radicals

# Capitals of Welsh, English and the European languages met in care work (Łukasz, Ștefan, Żaneta).
UPPER = "A-ZÀ-ÖØ-ÞŴŶĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŸŹŻŽȘȚ"
WORD = rf"[{UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*"
WORDS = re.compile(WORD)
_en_types = "|".join(sorted(lx.STREET_EN, key=len, reverse=True))
_cy_types = "|".join(sorted(lx.STREET_CY, key=len, reverse=True))
_number = r"[0-9]{1,4}[A-Za-z]?"
_cy_link = r"(?:(?:y|yr|ar|a|o|uchaf|isaf)[ \t]+)"
_en_street = rf"(?:{WORD}[ \t]+){{1,3}}(?:{_en_types})\b(?:(?:(?<=Rd|St|Ct|Dr)|(?<=Ave))\.)?"
_cy_street = rf"(?:{_cy_types})(?:['’]r)?[ \t]+{_cy_link}?{WORD}(?:[ \t-]+{_cy_link}?{WORD}){{0,2}}"

# "12 Heol y Parc", "10 High Street", "5a Oak Tree Close"
NUMBERED = re.compile(rf"{_number},?[ \t]+(?:{_en_street}|{_cy_street})")
# "Flat 3, 10 High Street", "Fflat 2, 7 Stryd Fawr", "Flat 4b, Marine Court", "Fflat 2"
FLAT = re.compile(
    rf"(?:Flat|Fflat|fflat|flat|Apartment|Apt\.?|Uned)[ \t]+{_number}"
    rf"(?:,?[ \t]+(?:(?:Rhif[ \t]+)?{_number},?[ \t]+)?(?:{_en_street}|{_cy_street}))?(?![\w/]|[.,:][0-9])"
)
# Everyday words that do not make "3 Good Road"-like false streets.
_NOT_STREET_NAME = frozenset(lx.COMMON) - {"Park", "Church", "Chapel", "Court", "House", "Hall", "Castle", "Station"}


def address_at(text: str, start: int) -> tuple[int, int] | None:
    """A numbered street address starting at START, if there is one."""
    m = NUMBERED.match(text, start)
    if not m or not _has_street_name(m.group()):
        return None
    # Take in a flat number just before: "Flat 3, 10 High Street".
    head = re.search(
        r"(?:Flat|Fflat|fflat|Apartment|Uned)[ \t]+[0-9]{1,4}[A-Za-z]?,?[ \t]+\Z", text[max(0, start - 20) : start]
    )
    begin = start - (len(head.group()) if head else 0)
    return begin, m.end()


def flat_at(text: str, start: int) -> tuple[int, int] | None:
    """A flat number (with its street, if any) starting at START."""
    m = FLAT.match(text, start)
    if not m:
        return None
    if (
        text[start] == "f"
        and m.end() - start < 12
        and not text[start:].startswith("fflat")
        and text[start - 2 : start] != ", "  # "Glan-yr-Afon Flats, flat 6,"
    ):
        return None  # "a flat 5 minutes away": lower-case "flat" needs a street after it
    return m.start(), m.end()


def _has_street_name(found: str) -> bool:
    words = WORDS.findall(found)
    if any(w in lx.STREET_CY for w in words[:1]):
        return True
    names = [w for w in words if w not in lx.STREET_EN and w not in lx.STREET_CY]
    if names == ["The"] and len(words) == 2 and words[0] == "The":
        return words[1] not in ("Way", "End", "View", "Place")  # "5 The Crescent", "2 The Green"
    if not names:
        return len(words) >= 2  # a street named with a street word: Park Drive, Hill View
    return any(w not in _NOT_STREET_NAME for w in names)


_GENERIC_SCHOOL = frozenset(
    """
        Ysgol Gynradd Gyfun Uwchradd Feithrin Fabanod Babanod Iau Arbennig Ganol Gymraeg Sul Haf
        Gartref Eglwys Leol Newydd Primary Secondary High Junior Juniors Infants Infant Nursery
        Grammar Special Comprehensive Middle Independent State Public Private Free Faith Medium
        Welsh-medium English-medium Mainstream Welsh English Local Village Town City Community
        Catholic Church The A Our Her His Their My New Old Big Little Sunday Saturday Summer
        Forest Holiday Night Driving Boarding Art Music Dance Drama Football Rugby Swimming Day
        Home Hospital Language Cymraeg RC CiW CIW CW VA VC CE School Academy College In Wales
        England Of St Saint Sant Santes Every This That Y Yr Sixth Form Year Pupil Referral Unit
        Service PRU Playgroup Play Group Pre-school Preschool Kindergarten Day Further Education
        Royal National University Open FE Tertiary Adult Coleg Goleg Ngholeg Choleg Cylch Gylch
        Nghylch Chylch Meithrin Chwarae Meithrinfa Feithrinfa Uned Cyfeirio Disgyblion Canolfan
        Ganolfan Addysg Dysgu Chweched Dosbarth Ti Fi Sir Cymraeg Lifelong Digital Learning Tutorial
        Educational Centre Center Base
    """.split()  # noqa: SIM905
)
GENERIC_SCHOOL = _GENERIC_SCHOOL  # the scanner strips them to track a school's own name

# Words that start a sentence rather than a school's name ("At Greenway Primary...").
_STARTERS = frozenset(
    """
        The A An At In To From Our Her His Their My This That When While After Before And But So
        Then Staff Mae Roedd Aeth Yn Ym I O Ar Gyda Pan Also Now Today Yesterday Last Next Both
        Every Each
    """.split()  # noqa: SIM905
)
_en_kinds = (
    r"(?:Primary|Infants?|Juniors?|Nursery|High|Comprehensive|Comp|Secondary|Grammar|Middle|Special|Community|Academy"
    r"|Mixed|Babies)"  # an old board school's departments, as the old say them: "Standard Two, Cwm Du Mixed"
)
_en_faith = (
    r"(?:RC|R\.C\.|Catholic|C\.?[ \t]?of[ \t]?E\.?|CE|C\.I\.W\.?|CiW|CIW|CW|VA|VC|Church[ \t]+in[ \t]+Wales"
    r"|Church[ \t]+of[ \t]+England|Methodist|Baptist|Welsh[- ]medium)"
)
SCHOOL_EN = re.compile(
    rf"((?:(?:St\.?|Saint)[ \t]+)?(?:{WORD}[ \t]+){{0,3}}{WORD})[ \t]+"
    rf"(?:{_en_faith}[ \t]+)*(?:(?:{_en_kinds}[ \t]+)*(?:School|Academy)\b"
    rf"|{_en_kinds}\b(?![ \t]+(?:Street|St|Road|Court|Care|Dependency|Needs|Schools?\b|Risk))"
    rf"|(?:Catholic[ \t]+|Sixth[ \t]+Form[ \t]+|Further[ \t]+Education[ \t]+)?College\b(?![ \t]+of\b)"
    rf"|Sixth[ \t]+Form\b|Pupil[ \t]+Referral[ \t]+(?:Unit|Service)\b|PRU\b"
    # "Penbanc CP": a county primary, as records shorten it; not child protection or cerebral palsy
    rf"|(?:C\.P\.|CP\b)(?:[ \t]+School\b)?(?![ \t]+(?:[Cc]linic|[Tt]eam|[Mm]eeting|[Pp]lan|[Rr]egister|[Cc]onference"
    rf"|[Cc]ase|[Ss]ervice|[Nn]urse|[Ww]orker|[Ss]ociety|[Ss]upport|[Ll]ead|[Pp]rocess|[Ee]nquiry))"
    # a unit children attend instead of school: "Pentwyn Learning Centre", "Heol Las Tutorial Centre"
    rf"|(?:Learning|Education|Educational|Tutorial)[ \t]+(?:Centre|Center|Unit|Base)\b"
    rf"|(?:Day[ \t]+)?(?:Playgroup|Play[ \t]+Group|Pre-?[Ss]chool|Kindergarten|Cr[eè]che)\b)"
)
SCHOOL_CY = re.compile(
    rf"(?:Ysgol|(?<=['’\"“])Rysgol|(?<=['’\"“])Sgol)((?:[ \t]+(?:(?:y|yr|yng|ym|ar|a|o|dan|uwch)[ \t]+)?{WORD}){{1,7}})"
)  # "'Sgol Tan-y-Mynydd": Ysgol as it is said


# A school of a university or a summer or Sunday school, not a school children attend.
_NOT_A_SCHOOL_CY = frozenset(
    """
        Feddygol Feddygaeth Fusnes Gyfraith Nyrsio Gelf Gelfyddydau Gerdd Ddeintyddol Reolaeth
        Ddrama Haf Sul Nos Yrru Beirianneg Wyddorau Iechyd Seicoleg Hanes Addysg
    """.split()  # noqa: SIM905
)
_NOT_A_SCHOOL_EN = re.compile(
    r"(?:Royal|Open|University|Imperial|King's|Kings|Jesus|Trinity)[ \t]+College\b|College[ \t]+of\b"
    r"|(?:Medical|Medicine|Business|Law|Art|Arts|Dental|Nursing|Music|Drama|Management|Graduate|Film"
    r"|Veterinary|Engineering|Healthcare|Health|Psychology|Education)[ \t]+School\b|School[ \t]+of\b"
)


def school_cy_at(text: str, start: int) -> tuple[int, int] | None:
    """A named Welsh school ("Ysgol Gynradd Pen-y-bryn") starting at START."""
    m = SCHOOL_CY.match(text, start)
    if not m:
        return None
    words = WORDS.findall(m.group(1))
    if words and words[0] in _NOT_A_SCHOOL_CY:
        return None
    if any(w not in _GENERIC_SCHOOL for w in words):
        return m.start(), m.end()
    return None


def school_en_around(text: str, anchor: int) -> tuple[int, int] | None:
    """A named English-style school whose kind word ("Primary", "School") is at ANCHOR."""
    for w in WORDS.finditer(text, max(0, anchor - 70), anchor):
        begin = w.start()
        if begin and (text[begin - 1].isalnum() or text[begin - 1] in "'’-"):
            continue
        m = SCHOOL_EN.match(text, begin)
        if not m or m.end() <= anchor:
            continue
        if _NOT_A_SCHOOL_EN.search(text, m.start(), min(len(text), m.end() + 4)):
            return None
        words = WORDS.findall(m.group(1))
        while len(words) > 1 and words[0] in _STARTERS:
            words.pop(0)
        if words and any(w not in _GENERIC_SCHOOL for w in words):
            return m.start(1) + m.group(1).find(words[0]), m.end()
        return None
    return None


_SMALL = frozenset({"Bach", "Fach", "Bychan", "Fechan"})
# "i'r Comp y Cei", "yn y Comp Glan Taf": the English word for it in Welsh word order, its name after it.
_COMP_CY = re.compile(rf"(?:(?<=[Yy] )|(?<=['’]r ))Comp[ \t]+((?:(?:y|yr)[ \t]+)?{WORD}(?:[ \t]+{WORD})?)")


def comp_cy_at(text: str, anchor: int) -> tuple[int, int] | None:
    """A comprehensive named after "Comp" in Welsh word order ("i'r Comp y Cei"), "Comp" at ANCHOR."""
    m = _COMP_CY.match(text, anchor)
    if not m:
        return None
    words = [w for w in WORDS.findall(m.group(1)) if w not in ("y", "yr")]
    if not words or words[0] in _NOT_A_COLEG or all(w in _STOP_NAME or w in _GENERIC_SCHOOL for w in words):
        return None  # "i'r Comp Ddydd Llun", "y Comp Cymraeg"
    return m.start(), m.end()


# --- Addresses without a house number -------------------------------------------------------

_LINK = r"(?:(?:y|yr|ar|a|o|uchaf|isaf|dan|tan|wrth|yn)[ \t]+)"
# A Welsh street, farm or house name after its head word: "Heol y Bryn", "Tyddyn Isaf".
_CY_REST = re.compile(rf"(?:['’][rn])?(?:[ \t]+{_LINK}?{WORD}){{1,3}}")
# "Pen-y-cae", "Ty'n-y-Coed"; the article run into the next word as it is said: "Tan'rallt" (Tan yr Allt)
_CY_HYPHEN = re.compile(r"(?:['’]n)?(?:-[^\W\d_]+)+|['’]r[^\W\d_]{2,}(?:-[^\W\d_]+)*")
_MUTATED_HEADS = {m: w for w in lx.STREET_CY_ALONE | lx.STREET_CY_CUED | lx.HOUSE_ELEMENTS for m in mutations(w)}
# Mutated forms that are everyday words or names (Dy "your", Ben, Lan) are left out.
_UNSAFE = lx.COMMON | lx.FIRST | lx.AMBIGUOUS | lx.SURNAMES
STREET_HEADS_CY = frozenset(
    lx.STREET_CY_ALONE | {m for m, w in _MUTATED_HEADS.items() if w in lx.STREET_CY_ALONE and m not in _UNSAFE}
)
_CUED_HEADS_CY = frozenset(
    lx.STREET_CY_CUED | {m for m, w in _MUTATED_HEADS.items() if w in lx.STREET_CY_CUED and m not in _UNSAFE}
)
STREET_HEADS_CY = STREET_HEADS_CY | _CUED_HEADS_CY
# "Dŵr" is Tŵr (a tower block) mutated, but mostly water: "Dŵr Cymru".
HOUSE_HEADS = frozenset(
    lx.HOUSE_ELEMENTS | {m for m, w in _MUTATED_HEADS.items() if w in lx.HOUSE_ELEMENTS and m not in _UNSAFE}
) - {"Dŵr"}
_DWELLING_HEADS = frozenset(
    lx.HOUSE_DWELLINGS | {m for m, w in _MUTATED_HEADS.items() if w in lx.HOUSE_DWELLINGS and m not in _UNSAFE}
)
# Words that make a street's name the name of a station, surgery or school instead.
VENUE_AFTER = re.compile(
    r"[ \t]+(?:Station|station|Surgery|Practice|Medical|Health|Clinic|Library|School|Primary|Infants|Junior"
    r"|Chapel|Church|Baptist|Methodist|Mosque|Stadium|Post|Bus|Car|Community|Centre|Hall|Market|Shopping"
    r"|Retail|Industrial|Business|Day|Resource|Baths|Pool|Park\b|Cemetery|Hospital|Fire|Police|Ysgol|Gorsaf"
    r"|Learning|Education|Educational|Tutorial|College|Academy|Nursery"
    r"|retail[ \t]+park|shopping[ \t]+(?:centre|park)|industrial[ \t]+estate|business[ \t]+park|leisure[ \t]+centre)\b"
)
_VENUE_WORDS = frozenset(
    """
    School Primary Junior Juniors Infants Infant Nursery College Academy High Comprehensive Surgery Practice
    Medical Health Clinic Library Chapel Church Baptist Methodist Stadium Centre Center Hall Hospital Station
    Community Hotel Inn Arms Care Leisure Club Playgroup PRU Unit
    """.split()  # noqa: SIM905
)
# What a street name is read after ("Heol", "Road") when it starts a sentence or a phrase.
_STREET_STARTERS = _STARTERS | frozenset(
    """
    On Down Up Along Off Near Past Round Around By Onto Into Towards Across Via Behind Opposite
    Dros Heibio Lawr Ger Wrth Tua Am Rownd Hyd
    """.split()  # noqa: SIM905
)
# A word near a house name that says someone lives there.
HOME_CUE = re.compile(
    r"(?i:\b(?:lives?|lived|living|home|homes|house|cottage|farm|farmhouse|bungalow|moved|moving|grew\s+up"
    r"|raised|address|stays?|stayed|staying|back\s+at|back\s+to|back\s+home|flat|fflat|tenancy|farms?|farmed|farming"
    r"|room|bedroom|yn\s+ôl\s+i|housing|sheltered|rent|rents|rented|renting|rhentu|c/o|"
    # a bedroom or a farmyard, and someone's caravan, not a caravan holiday (round thirty-four)
    r"llofft|lofft|buarth|fuarth|caravan(?!\s+holiday)|(?:c|ch|g)arafán(?!\s+(?:ar\s+)?wyliau)|"
    r"housed|rehoused|re-housed|ailgartrefu|hailgartrefu|ailgartrefwyd|ailgartrefodd|"
    r"admitted|placement|placed|respite|seibiant|lleoliad|leoliad|"
    r"slept|sleeps|sleeping|sleep\s+rough|sleeping\s+rough|cysgu|gysgu|cysgodd|gysgodd|"
    r"ystafell|ffermio|ffermwr|ffarmio|ffarmo|ffermo|ffarmwr|ffermwraig|ffarmwraig|cenhedlaeth|genhedlaeth|"
    r"byw|fyw|cartref|gartref|nghartref|cartre|gartre|nghartre|chartre|adref|adre|adra|gartra|cartra|nghartra|tŷ|dŷ|nhŷ|thŷ|fferm|ffarm|bwthyn|fwthyn|symud|symudodd"
    r"|symudon|symudwyd|magwyd|magu|fagu|cyfeiriad|aros|arhosodd|tenantiaeth|nghartref|chartref|gwarchod|warchod"
    # a part of a home: "ar yr oergell yn Maes y Morfa", "o ffenest ei chegin yn Nhan y Garth"
    r"|kitchen|fridge|lounge|parlour|cegin|gegin|chegin|oergell|lolfa|parlwr"
    # a key safe is at someone's door: "cod y bocs allwedd yn Llys Tegid", "the key safe at Hafan Deg"
    r"|key[ \t]*safe|key[ \t]+box|bocs[ \t]+allwedd|blwch[ \t]+allweddi|bocs[ \t]+goriad"
    r"|ar\s+dir|ar\s+y\s+tir|on\s+(?:the|their|his|her)\s+land)\b)"  # a farm's land: "ar dir Ffynnon Wen"
)
# A word for the building right before its name: "the cottage at Pen-y-cae", "fferm Tyddyn Isaf".
_DWELLING_BEFORE = re.compile(
    r"(?i:\b(?:cottage|farm|farmhouse|house|bungalow|home|smallholding|fferm|ffarm|ffermdy|bwthyn|fwthyn|tŷ|dŷ|nhŷ"
    r"|tyddyn|dyddyn|byngalo|fyngalo|cartref|gartref|buarth|fuarth"
    r"|nghartref|chartref)(?:[ \t]+(?:gofal|nyrsio|preswyl))?"
    r"(?:[ \t]+(?:at|in|called|named|known\s+as|o['’]r\s+enw|yn|ym|yng|,))?[ \t,]*\Z)"
)
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")
# Everyday capitalised words that end a street or house name rather than belong to it.
_STOP_NAME = (
    lx.COMMON
    - frozenset(
        """
    Church Chapel Capel Eglwys Ysgol School Park Parc Garden Gardd Gardens Beach Traeth Road Street Lane
    Avenue Heol Stryd Ffordd Lôn Ward Unit Uned Home Cartref House Tŷ Ty Court Llys Hall Neuadd Mill
    Little Big Small Great Good New Old Long Short High Low Green
    Fawr Mawr Bach Fach Newydd Hen Isaf Uchaf Las Wen Goch Ddu
    """.split()  # noqa: SIM905
    )
    - {"Fawr", "Bach", "Fach", "Isaf", "Uchaf", "Newydd", "Hen", "Las", "Wen", "Goch", "Ddu", "Gwyn", "Glas", "Du"}
)
_NOT_NAME_TAIL = lx.COMMON - {"Fawr", "Bach", "Fach", "Isaf", "Uchaf", "Newydd", "Hen", "Las", "Wen", "Goch", "Ddu"}


def cue_window(text: str, s: int, size: int = 60) -> str:
    """The words before S in the same sentence, at most SIZE characters."""
    begin = max(0, s - size)
    window = text[begin:s]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


def sentence_around(text: str, s: int, e: int) -> str:
    """The words of the sentence around S..E, at most 60 characters either side."""
    before = text[max(0, s - 60) : s]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("! "), before.rfind("? "))
    after = text[e : e + 60]
    ends = [i for i in (after.find(". "), after.find("\n"), after.find("! "), after.find("? ")) if i >= 0]
    return before[cut + 1 :] + text[s:e] + (after[: min(ends)] if ends else after)


def _after_head(text: str, s: int, head: str, named_home: bool = False) -> int:
    """Where the name that starts with the head word HEAD at S ends ("Heol y Bryn", "Pen-y-cae")."""
    end = s + len(head)
    hy = _CY_HYPHEN.match(text, end)
    if hy:
        end = hy.end()
    rest = _CY_REST.match(text, end)
    if rest:
        # Stop before an everyday word that starts the next sentence part ("Tyddyn Isaf The ...").
        words = list(WORDS.finditer(rest.group()))
        keep = end
        for w in words:
            word = w.group()
            linked = rest.group()[: w.start()].rstrip().endswith((" y", " yr"))  # "Gwern y Mynydd": inside the name
            joined = rest.group()[: w.start()].rstrip().endswith((" a", " ar"))
            if joined and (word in lx.FIRST or word in lx.AMBIGUOUS or word in lx.NOT_PERSON):
                break  # "Nain Pen Lôn ar FaceTime a Tyler": "on" and "and" go on with the sentence (round 42)
            if (word in _STOP_NAME and not linked) or (
                word in lx.FIRST
                and (head in lx.FIRST or head in lx.AMBIGUOUS)  # "Plas Gwenllian" is a house, "Bryn Gareth" a man
                and head not in STREET_HEADS_CY
                and head not in _TY_HEADS
                and head not in _TOWER
                and not named_home
            ):
                break  # a street is often named after a person (Stryd Mostyn); a farm after "Bryn" is not
            if word in lx.SURNAMES and keep == end and (head in lx.AMBIGUOUS or head in lx.FIRST) and not named_home:
                return s + len(head)  # "Bryn Jones" is a man; "Tyddyn Gwyn" and "Cefn Llwyd" are farms
            if word in _VENUE_WORDS and not linked:
                return s + len(head)  # "Parc Junior School", "Bryn Celyn Surgery": a venue, not a home
            keep = end + w.end()
        end = keep
    return end


# A chapel, library or other public place that everyone uses, named by its street: "the chapel on
# Stryd y Castell", "y llyfrgell ar Heol y Wig". The street places the venue, not anyone's home.
# Shops, cafés, clubs and surgeries are left out: a practitioner names a small one near someone's
# home ("the bakery on Tregarth Square", "the youth club on Heol y Plas"), and the dev half marks those.
_VENUE_ON = re.compile(
    r"(?i:\b(?:chapel|church|vestry|mosque|library|station|market|museum|gallery|cinema|theatre|hotel"
    r"|leisure[ \t]+centre|capel|gapel|eglwys|festri|llyfrgell|lyfrgell|gorsaf|marchnad|farchnad|amgueddfa"
    r"|oriel|sinema|gwesty|westy)"
    r"[ \t]+(?:on|in|at|off|ar|yn|ym|yng|oddi[ \t]+ar)[ \t]+(?:the[ \t]+|y[ \t]+|yr[ \t]+)?\Z)"
)


def _venue_street(text: str, s: int) -> bool:
    """Does the street at S place a public venue, with no word for living there in the sentence?"""
    window = cue_window(text, s)
    return _VENUE_ON.search(window) is not None and not HOME_CUE.search(window)


_VENUE_HEADS_CY = frozenset(
    """
    Meddygfa Feddygfa Canolfan Ganolfan Llyfrgell Lyfrgell Capel Gapel Eglwys Swyddfa Clinig Glinig Fferyllfa
    Neuadd Festri Ysgol Garej Siop Caffi Gaffi Tafarn Dafarn Gwesty Westy Clwb Glwb
    """.split()  # noqa: SIM905
)


_CHAPEL_HEADS = _VENUE_HEADS_CY | {"Chapel", "Church", "Vestry", "Nghapel"}
# ... and a hospital's, named in Welsh in either language (round forty-three): "Admitted to Ysbyty Glan Clwyd"
_CHAPEL_HEADS |= {"Ysbyty", "Hospital"}


def _after_venue_head(window: str) -> bool:
    """Does the word just before end WINDOW name a venue ("yn festri Capel Nant-yr-hebog": a chapel's own name)?"""
    last = window.rsplit(None, 1)[-1:] if window[-1:] in (" ", "\t") else []
    return bool(last) and last[0] in _CHAPEL_HEADS


_COMMUNITY = (" Gymunedol", " Gymuned", " Cymunedol")
_PUBLIC_GROUND = (" Gwledig", " Cenedlaethol", " Chwarae", " Hamdden", " Busnes", " Manwerthu")


def street_cy_at(text: str, s: int, word: str) -> tuple[int, int] | None:
    """A Welsh street named by its head word at S, with or without a number ("i lawr Heol y Bryn")."""
    end = _after_head(text, s, word)
    if end == s + len(word):
        return None
    phrase = " ".join(text[s:end].split())
    if phrase in lx.NOT_PERSON or VENUE_AFTER.match(text, end):
        return None
    if previous_word(text[max(0, s - 20) : s]) in _VENUE_HEADS_CY:
        return None  # "Meddygfa Stryd Wellington", "Canolfan Heol y Bont": a venue named by its street
    if word in _CUED_HEADS_CY and (not _home_cued(text, s) or text.startswith(_PUBLIC_GROUND, s + len(word))):
        return None  # "Parc Bute" is a park; "a bungalow on Parc Glas" is an address; "Parc Gwledig" is a country park
    window = cue_window(text, s)
    if _TITLED_ON.search(window):
        return s, end  # "Mrs Olwen Price on Stryd y Farchnad": where she lives
    if phrase in _MAIN_STREETS and not HOME_CUE.search(window):
        return None  # "the chemist on Stryd Fawr": every town has one; "lives on Stryd Fawr" is an address
    if _venue_street(text, s):
        return None
    return s, end


def known_start(phrase: str) -> bool:
    """Does PHRASE open with a public place on the lists ("Faes yr Eisteddfod Genedlaethol yn Nhregaron")?"""
    words = phrase.split()
    return any(" ".join(words[:k]) in lx.NOT_PERSON for k in range(min(len(words) - 1, lx.MAX_PHRASE), 1, -1))


# A person named with a title, then the street: "Mrs Olwen Price on Stryd y Farchnad", "Mr Ellis o Heol y Bryn".
_TITLED_ON = re.compile(
    r"\b(?:Mrs|Mr|Miss|Ms|Mrs\.|Mr\.|Ms\.)[ \t]+(?:[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]*\.?[ \t]+){0,2}[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_'’-]+"
    r"[ \t]+(?:on|from|of|ar|o)[ \t]+\Z"
)


def street_en_before(text: str, anchor: int, word: str) -> tuple[int, int] | None:
    """An English street ending in the street word WORD at ANCHOR ("on Beaconsfield Road")."""
    end = anchor + len(word)
    if word in ("Rd", "Ave") and text[end : end + 1] == ".":
        end += 1
    names: list[tuple[int, str]] = []
    begin = anchor
    for _ in range(3):
        j = begin - 1
        if j < 1 or text[j] not in " \t":
            break
        k = j
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
            k -= 1
        w = text[k:j]
        if not w or not w[0].isupper() or w in lx.STREET_EN_ALONE or w in lx.STREET_EN_CUED:
            break
        names.insert(0, (k, w))
        begin = k
    while names and (names[0][1] in _STREET_STARTERS or names[0][1].endswith(("'s", "’s"))):
        names.pop(0)
    if not names:
        return None
    start = names[0][0]
    if start and text[start - 1].isdigit():
        return None  # a numbered address, found from its number
    phrase = " ".join(text[start:end].split())
    if phrase in lx.NOT_PERSON or VENUE_AFTER.match(text, end):
        return None
    if _public_with_next_word(text, end, phrase):
        return None  # "Manic Street Preachers"
    if all(w in lx.COMMON and w not in _STREET_NAME_WORDS for _, w in names):
        return None  # "Every Road", "Open Street"
    if (
        phrase in _MAIN_STREETS
        and not HOME_CUE.search(cue_window(text, start))
        and not _TITLED_ON.search(cue_window(text, start))
    ):
        return None  # "the bank on the High Street"
    if word in lx.STREET_EN_CUED and not _home_cued(text, start):
        return None  # "Meadow View" may be a care home or a café; "lives on Meadow View" is a home
    if word == "Park" and (names[-1][1] in _PUBLIC_PARKS or (len(names) == 1 and names[0][1] in lx.PLACES)):
        return None  # "the parkrun at Pembrey Country Park", "fishing at Roath Park": a park anyone goes to
    if _venue_street(text, start):
        return None
    return start, end


# A park named by what it is for, or a town's park by the town's name (round thirty-nine): no one lives there.
_PUBLIC_PARKS = frozenset({"Country", "Heritage", "Retail", "Business", "Industrial", "Science", "Memorial", "Skate"})


def _public_with_next_word(text: str, end: int, phrase: str) -> bool:
    """Is PHRASE, ending at END, with the word after it a public name on the lists ("Manic Street Preachers")?"""
    following = WORDS.match(text, end + 1) if text[end : end + 1] == " " else None
    return following is not None and f"{phrase} {following.group()}" in lx.NOT_PERSON


# The shopping street of every town: an address only near a word for living there.
_MAIN_STREETS = frozenset(
    {"Stryd Fawr", "Y Stryd Fawr", "Heol Fawr", "Stryd y Farchnad", "Sgwâr y Farchnad", "Sgwâr y Dref", "High Street"}
    | {"Main Street", "Market Street", "Market Square", "Town Square"}
)
# Everyday words that often name a street ("Church Road", "Mill Lane").
_STREET_NAME_WORDS = frozenset(
    """
    High Main Church Chapel Station Mill Park Castle Bridge Market New Old Long Green School
    Water Queen King Victoria Albert Commercial North South East West Hill Well Brook Oak
    Elm Ash Beech Pine Cherry Orchard Garden Meadow Farm Manor Hall Court Windsor Edward George
    Fawr Mawr Bach Fach Newydd Hen Isaf Uchaf Las Wen Goch Ddu
    """.split()  # noqa: SIM905
)


# A court of law, not a court of homes: "yn Llys y Goron", "Llys yr Ynadon", "Llys Teulu".
_LAW_COURT = re.compile(r"[ \t]+(?:y[ \t]+Goron|yr[ \t]+Ynadon|Ynadon|Teulu|Apêl|Sirol|Gwarchod|y[ \t]+Sir|Barn)\b")


def house_cy_at(text: str, s: int, word: str) -> tuple[int, int] | None:
    """A farm or house name starting with a Welsh element at S ("ym Mryn Awel", "at Tyddyn Isaf")."""
    if word == "Llys" and _LAW_COURT.match(text, s + len(word)):
        return None
    window = cue_window(text, s)
    if _after_venue_head(window):
        return None
    if text.startswith(_COMMUNITY, s + len(word)):
        return None  # "ar Fferm Gymunedol Greenmeadow": a farm the public visits, no one's home
    if word == "Ben" and previous_word(window) != "ar":
        return None  # Pen after "ar" is "ar Ben Bryniau" (round thirty-seven); anywhere else Ben is a man
    # after "fferm", "farm", "bwthyn": the whole name is the home's, a first name in it too ("fferm Cefn Ithel")
    # ... and on a street or an estate where someone lives: "a housing association place on Bryn Sion" is no man
    on_a_home = previous_word(window) in ("on", "ar") and HOME_CUE.search(window) is not None
    dwelling_named = word in _DWELLING_HEADS or _DWELLING_BEFORE.search(window) is not None
    end = _after_head(text, s, word, dwelling_named or on_a_home)
    if on_a_home and not dwelling_named and _a_persons_surname_after(text[s:end]):
        end = _after_head(text, s, word)  # "sat on Bryn Jones's sofa": a man and his surname, not an estate
    if end == s + len(word):
        return None  # a bare element: "Bryn", "y Pant"
    phrase = " ".join(text[s:end].split())
    words_before = window.split()
    if (previous_word(window) in _NAME_BEFORE and not window.rstrip().endswith(",")) or (
        len(words_before) > 1
        and words_before[-1] in ("Bach", "Fach", "Fawr", "Mawr")
        and words_before[-2] in _NAME_BEFORE
    ):
        return None  # a nickname: "Huw Cefn Isa", "Wil Tŷ Cornel", "Wil Bach Tŷ Isa"
    dwelling = _DWELLING_BEFORE.search(window) is not None or named_beside_dwelling(text, s, end)
    # "Tŷ'n Rhos" (Tyn, a smallholding), "yn Nhŷ Gwenallt", "Gelli-goch Uchaf": a dwelling's name by its shape
    if _TY_HEADS.get(word) and (text[s + len(word) : s + len(word) + 2] in ("'n", "’n") or _after_preposition(window)):
        dwelling = phrase not in lx.NOT_PERSON
    elif _FARM_END.search(text, s, end) and phrase not in lx.NOT_PERSON:
        dwelling = True
    elif _is_postal(text, end) and phrase not in lx.NOT_PERSON:
        dwelling = True  # "Mrs Owen, Glan Rhyd, Llanfair": a house, then its village, as a letter is addressed
    if not dwelling:
        if phrase in lx.NOT_PERSON or VENUE_AFTER.match(text, end):
            return None
        nasal_compound = word[:1] in "MN" and "-" in text[s:end] and " " not in text[s:end]
        visited = _after_preposition(window) and (
            _VISIT_CUE.search(window) is not None or _VISIT_AFTER.match(text, end) is not None
        )
        lived = _after_preposition(window) and (
            _LIVED_AFTER.match(text, end) is not None
            or _LANE_TO.search(window) is not None
            or _NAMED_FROM.search(window) is not None  # "Mrs R. Prydderch o Fryn Siriol": where she is from
        )
        # Welsh "o" as English "from" (above): "daeth ei nai i lawr o Ffynnon-las", a name shaped as a home's
        came_from = previous_word(window) == "o"
        if not (
            word in _DWELLING_HEADS
            or nasal_compound
            or visited
            or lived
            or came_from
            or _home_cued(text, s, window)
            or _in_unmutated(text, s, end, word, window)
        ):
            return None  # "ym Mhant-yr-odyn" is a house; "ym Mhen-y-groes" is a village, on the list
    return s, end


# Not a hall, a wood, a bog or a crag, which the public visit ("yn Neuadd y Pentre", "yn Coed y Brenin"), nor a
# housing body or a charity ("yn Tai Pawb", "i Tir Dewi"), nor a first name ("yn Gwern Hywel" may be a man's); a
# Plas is as often a college or a centre, and a home only in a story of care (round forty-two's rule).
_UNMUTATED_HOMES = lx.HOUSE_ELEMENTS - {"Neuadd", "Coed", "Cors", "Craig", "Tai", "Tir", "Plas"} - lx.FIRST


# Words for going somewhere for a while, not to live: a trip, a holiday, an outing.
_AWAY = re.compile(r"(?i:\b(?:g?wyliau|holiday|trip|drip|daith|taith|wibdaith|outing)\b)")


def _in_unmutated(text: str, s: int, end: int, word: str, window: str) -> bool:
    """A house's name left unmutated after Welsh "yn" (in) or "i" (to), as people write a name they will not change:
    "yn Bryn Eithin", "i Hafan y Gorlan" (round forty-eight). Written Welsh mutates a village's name there ("ym
    Mhant-glas", "i Bant-glas"), so this shape is a home's; a village written so is on the places list."""
    before = previous_word(window)
    if before not in ("yn", "i") or word not in _UNMUTATED_HOMES:
        return False
    if before == "i" and _AWAY.search(window):
        return False  # a trip or a holiday to a place: "mewn carafán ar wyliau i Glan Gwna"
    phrase = " ".join(text[s:end].split())
    return phrase not in lx.PLACES and phrase not in lx.NOT_PERSON and not _a_persons_surname_after(phrase)


def _a_persons_surname_after(phrase: str) -> bool:
    """Is the second word of PHRASE a surname, or the phrase someone's ("Bryn Jones", "Bryn Jones's")?"""
    words = phrase.split()
    if len(words) < 2:
        return False
    return words[1].removesuffix("'s").removesuffix("’s") in lx.SURNAMES or phrase[-2:] in ("'s", "’s")


# Living there said after the name, as Welsh fronts it ("Ym Mryn Awel mae hi'n byw", "yn Plas Glanrafon
# ers blwyddyn, yn ystafell 9"), or a farm's own lane ("y lôn i fyny at Fwlch y Gwynt").
_LIVED_AFTER = re.compile(
    r"[^.!?;\n]{0,30}?\b(?:byw|fyw|lives|lived|living|magwyd|grew[ \t]+up|ystafell|stafell|room|gwely)\b"
)
_NAMED_FROM = re.compile(r"(?<![.!?:] )[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+[ \t]+(?:o|from)[ \t]+\Z")
_LANE_TO = re.compile(
    r"\b(?:lôn|lon|trac|track|lane|drive|driveway|feidr|wtra)[ \t]+"
    r"(?:(?:i[ \t]+fyny|up|down|i[ \t]+lawr|lan)[ \t]+)?(?:at|i|to)[ \t]*\Z"
)
_POSTAL_AFTER = re.compile(r",[ \t]*([A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+(?:[- ][A-ZÀ-ÖØ-ÞŴŶa-z][^\W\d_]+){0,2})")


def _is_postal(text: str, end: int) -> bool:
    """Is the name ending at END followed by a comma and a known town or village?"""
    m = _POSTAL_AFTER.match(text, end)
    if not m:
        return False
    words = m.group(1).split()
    if any(" ".join(words[:n]) in lx.PLACES for n in range(len(words), 0, -1)):
        return True
    return words[0].startswith(_VILLAGE_STARTS) and words[0] not in lx.FIRST  # "Llanfair", "Pontrhydfendigaid"


_VILLAGE_STARTS = ("Llan", "Aber", "Tre", "Pont", "Porth", "Capel", "Betws", "Caer", "Cwm", "Rhyd", "Pen-y", "Pentre")


# ... and kin words, which make a house name a nickname too: "Nain Tŷ Isa", "Yncl Tyddyn Isaf".
_KIN_BEFORE = frozenset(
    "Nain Taid Anti Yncl Nan Nana Gran Granny Auntie Aunty Uncle Mamgu Mam-gu Tadcu Tad-cu Dadcu Bopa Wncwl".split()  # noqa: SIM905
)
_NAME_BEFORE = lx.FIRST | lx.AMBIGUOUS | lx.FIRST_MUTATED | _KIN_BEFORE
# A tower block, often named after a person: "Tŵr Gwynfor", "yn Nhŵr Caradog".
_TOWER = frozenset(mutations("Tŵr") | {"Tŵr"})
_TY_HEADS = {f: True for f in mutations("Tŷ") | mutations("Ty") | {"Tŷ", "Ty"}}
_FARM_END = re.compile(r"[ \t-](?:Uchaf|Ucha|Isaf|Isa|Ganol)\b")
_PREPOSITIONS = frozenset(
    {"yn", "ym", "yng", "i", "o", "at", "in", "to", "from", "ar", "on", "into", "adre", "adref", "adra"}
)


def _after_preposition(window: str) -> bool:
    return previous_word(window).lower() in _PREPOSITIONS


# Prepositions that put a house or street name after them: "at Tyddyn Isaf", "on Maes yr Haf",
# "ar Stad Bryn Seion", "from Cefn Coch".
_AT_A_HOUSE = frozenset({"at", "on", "from", "ar"})


def previous_word(window: str) -> str:
    words = window.split()
    return words[-1].strip(",;:(\"'“‘") if words else ""


def _home_cued(text: str, s: int, window: str | None = None) -> bool:
    """Is the name at S read as a home: after "at"/"on"/"ar", or near "lives", "fferm", "byw"?"""
    if window is None:
        window = cue_window(text, s)
    return previous_word(window).lower() in _AT_A_HOUSE or HOME_CUE.search(window) is not None


# Words that tell two farms or houses of one name apart, written before it.
_HOUSE_QUALIFIERS = frozenset(
    "East West North South Upper Lower Middle Little Great Nether Higher Home Far Near".split()  # noqa: SIM905
)


def house_en_before(text: str, anchor: int, word: str) -> tuple[int, int] | None:
    """An English house or farm name ending in WORD at ANCHOR ("Rose Cottage", "Glebe Farm")."""
    end = anchor + len(word)
    j = anchor - 1
    if j < 1 or text[j] not in " \t":
        return None
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
        k -= 1
    w = text[k:j]
    if not w or not w[0].isupper() or w in _STREET_STARTERS or w in lx.FIRST or w in lx.SURNAMES:
        return None
    phrase = " ".join(text[k:end].split())
    if phrase in lx.NOT_PERSON:
        return None
    if _public_with_next_word(text, end, phrase):
        return None  # "Wiltshire Farm Foods": a firm named after a farm
    q = k - 1
    while q > 0 and text[q - 1].isalpha():
        q -= 1
    if q < k - 1 and text[k - 1] == " " and text[q : k - 1] in _HOUSE_QUALIFIERS:
        k = q  # "East Wragston Farm", "Lower Hendre Farm": the farm's name starts a word earlier
    window = cue_window(text, k)
    if HOME_CUE.search(window) or window.endswith(("at ", "At ")) or re.match(r",?[ \t]+[0-9A-Z]", text[end:]):
        return k, end
    return None


# --- Colleges, nurseries and pupil referral units in Welsh word order --------------------------

_COLEG = frozenset({"Coleg", "Goleg", "Ngholeg", "Choleg"})
_CYLCH = frozenset({"Cylch", "Gylch", "Nghylch", "Chylch"})
_CYLCH_WORDS = tuple(_CYLCH)
_CYLCH_KINDS = ("Meithrin", "Chwarae", "Ti ")
# "Coleg Cymraeg Cenedlaethol" and "Coleg Nyrsio Brenhinol" are national bodies, not colleges
# a person attends; "Cylch yr Iaith" a campaign, "Cylch Darllen" a reading circle and "Eisteddfod Gylch yr
# Urdd" a round of the Urdd's eisteddfod, not playgroups.
_NOT_A_COLEG = frozenset(
    """
    Cymraeg Brenhinol Nyrsio Meddygon Therapyddion Seiciatryddion Bydwragedd Addysgwyr Plismona
    Celf Cerdd Prifysgol Iesu
    Iaith Catholig Llenyddol Darllen Cinio Trafod Merched Gwau Gweddi Ysgrifennu Cyfeillion Chwiorydd Beirdd Urdd
    Dydd Ddydd Nos Bore Fore Prynhawn Llun Mawrth Mercher Fercher Iau Gwener Wener Sadwrn Sul
    """.split()  # noqa: SIM905
)  # and the day after it: "i'r Coleg Ddydd Llun" is going to college on a Monday
SCHOOL_CY_MORE = re.compile(
    rf"(?:(?:Coleg|Goleg|Ngholeg|Choleg)(?:[ \t]+(?:Chweched[ \t]+Dosbarth|Addysg[ \t]+Bellach))?"
    # "Cylch Ti a Fi": a toddler group; and a playgroup by its own name alone (round thirty-eight): "i Gylch Ffernant"
    rf"|(?:Cylch|Gylch|Nghylch|Chylch)(?:[ \t]+(?:Meithrin|Chwarae|Ti[ \t]+a[ \t]+Fi))?"
    rf"|(?:Meithrinfa|Feithrinfa|Meithrinfeydd)|Uned[ \t]+[CG]yfeirio[ \t]+Disgyblion"
    # a learning centre run as a pupil referral unit, and a sixth form college, named in Welsh
    rf"|(?:Canolfan|Ganolfan|Nghanolfan|Chanolfan|Uned)[ \t]+(?:Dysgu|Ddysgu|Addysg|Addysgu)"
    rf"|Chweched(?:[ \t]+Dosbarth)?"
    # "Meithrin Tabor": a Cylch Meithrin called by its second word, not the movement ("Mudiad Meithrin")
    rf"|(?<!Mudiad )(?<!Cylch )(?<!Gylch )(?<!Nghylch )(?<!Chylch )(?<!Ysgol )(?:Meithrin|Feithrin)(?=[ \t]+[A-Z]))"
    rf"((?:[ \t]+(?:(?:y|yr|a|a['’]r|ar|o|yng|ym)[ \t]+)?{WORD}){{1,5}})"
)


def school_cy_more_at(text: str, start: int) -> tuple[int, int] | None:
    """A college, nursery or pupil referral unit in Welsh word order ("i Goleg Menai")."""
    m = SCHOOL_CY_MORE.match(text, start)
    if not m:
        return None
    if (
        text.startswith(_CYLCH_WORDS, m.start())
        and m.group(1).split(None, 1)[0] not in ("y", "yr")
        and not m.group(1)[1:2].isupper()
        and not text.startswith(_CYLCH_KINDS, m.start(1) + 1)
    ):
        return None  # "Eisteddfodau Cylch a Rhanbarthol": the Urdd's rounds, not a playgroup
    words = WORDS.findall(m.group(1))
    # the words of a street or house name are a college's too: "Coleg Traeth Mawr" keeps "Traeth Mawr"
    while words and words[-1] in _STOP_NAME:
        words.pop()
    if not words or words[0] in _NOT_A_COLEG:
        return None
    if not any(w not in _GENERIC_SCHOOL for w in words):
        return None
    phrase = " ".join(text[m.start() : m.end()].split())
    if phrase in lx.NOT_PERSON:
        return None
    # End after the last word kept: "Goleg Menai Roedd..." is read without "Roedd".
    end = m.start(1) + m.group(1).rfind(words[-1]) + len(words[-1])
    return m.start(), end


# A unit named beside the words that say what it is: "Canolfan Tŷ Gwyn, the pupil referral
# unit", "yr uned cyfeirio disgyblion, Canolfan y Dyffryn".
_UNIT_KIND = (
    r"(?:[Tt]he|[Aa]n?|[Yy]r?|[Ee]in|[Hh]is|[Hh]er|[Ee]i|[Tt]heir|[Ii]ts|[Oo]ur|the[ \t]+school['’]s)?[ \t]*"
    r"(?:local[ \t]+|new[ \t]+|leol[ \t]+|little[ \t]+|small[ \t]+)?"
    r"(?:pupil[ \t]+referral[ \t]+unit|PRU|uned[ \t]+[cg]yfeirio[ \t]+disgyblion|[Uu]ned[ \t]+[CcGg]yfeirio[ \t]+"
    r"[Dd]isgyblion|uned[ \t]+adnoddau|resource[ \t]+(?:base|unit)|learning[ \t]+support[ \t]+(?:base|unit)"
    r"|(?:ASD|autism|nurture|wellbeing|well-being|inclusion|ALN|SEN)[ \t]+(?:base|unit|room|hub)"
    r"|post-16[ \t]+(?:unit|base)"  # round forty-two: "its post-16 unit, Y Bwthyn"
    # a school's own base in Welsh, said with the school it is in: "yr Hafan, uned les yr ysgol", "y Nyth, canolfan
    # les fach yr ysgol", "y ganolfan ADY yn yr ysgol leol" (round thirty)
    r"|(?:uned|[cg]anolfan|ystafell|stafell)[ \t]+(?:les|lesiant|ADY|anogaeth|cymorth|gymorth|ddysgu|iaith|gynnal"
    r"|gynhwysiant|cynhwysiant)"  # round forty-four: "yr Hafan, uned gynhwysiant yr ysgol"
    r"(?=(?:[ \t]+fach)?[ \t]+(?:yr|yn[ \t]+yr|i['’]r)[ \t]+ysgol)"
    # ... and what else a school's own base is called in Welsh (round thirty-nine): "yr Enfys, yr uned clyw yn Ysgol
    # Gynradd Morfa", "Y Nyth, y dosbarth meithrin llesiant", "Y Cwtsh (y ganolfan les tu fewn i'r ysgol)", "Dosbarth
    # Derwen, yr uned yn Ysgol y Foel", and the kind first: "uned anogaeth fach, y Nyth"
    r"|uned[ \t]+(?:clyw|anogaeth|les|lesiant)(?=[ \t]+(?:yn|ym|yng)[ \t]+[YyA-ZŴŶ])"
    r"|dosbarth[ \t]+(?:meithrin[ \t]+llesiant|anogaeth|lles|llesiant)"
    r"|[cg]anolfan[ \t]+les[ \t]+(?:tu[ \t]+fewn|yn[ \t]+yr|yn[ \t]+Ysgol)"
    r"|uned(?=[ \t]+yn[ \t]+Ysgol[ \t])"
    r"|(?:uned|[cg]anolfan)[ \t]+(?:les|lesiant|anogaeth)[ \t]+fach(?=[ \t]*,))"
)
_UNIT_NAME = rf"({WORD}(?:[ \t]+{_LINK}?{WORD}){{0,4}})"
# ... or said to be one (round forty-four): "The Nyth is the nurture room at Lôn Goed"
UNIT_BEFORE = re.compile(
    rf"{_UNIT_NAME}[\"”’']?[ \t]*(?:,|\(|–|—|[ \t](?:is|was)(?=[ \t]+(?:the|a|an)[ \t]))[ \t]*{_UNIT_KIND}\b"
)  # '"Y Caban" (yr uned …)'
UNIT_AFTER = re.compile(
    rf"{_UNIT_KIND}(?:[ \t]+there)?[ \t]*(?:,|\(|–|—|:)[ \t]*(?:called[ \t]+|o['’]r[ \t]+enw[ \t]+|(?:y|yr|the)[ \t]+)?"
    rf"{_UNIT_NAME}"  # "the nurture room there, the Cwtch" (round forty-two)
)


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:y|yr|the)[ \t]+\Z")


def named_units(text: str) -> list[tuple[int, int]]:
    """Pupil referral units named beside the words "pupil referral unit" or "uned cyfeirio disgyblion"."""
    out = []
    for pattern in (UNIT_BEFORE, UNIT_AFTER):
        for m in pattern.finditer(text):
            if m.group(1).isupper():
                continue  # a record's next field in capitals: "THE BRIDGE CENTRE PRU, PART-TIME TIMETABLE"
            words = WORDS.findall(m.group(1))
            article = (bool(words) and words[0] in ("Y", "Yr", "The")) or _ARTICLE_BEFORE.search(
                text, max(0, m.start(1) - 4), m.start(1)
            ) is not None
            while words and words[0] in _STARTERS:
                words.pop(0)
            # after its article, an everyday word is the unit's own name: "Y Cwtsh (y ganolfan les …)", "y Nyth"
            if words and (article or any(w not in _GENERIC_SCHOOL and w not in lx.COMMON for w in words)):
                first = m.start(1) + m.group(1).find(words[0])
                out.append((first, m.end(1)))
    return out


# A home a person is known by ("Wil Penlan", "Nain Bryncelyn", "Taid Pant Gwyn"), named again on its own after a word
# for going, coming or being there (round forty-two): "y cymydog o Benlan", "draw i Fryncelyn", "i fyny i Bant Gwyn".
_TO_OR_AT = frozenset("i yn ym yng o at to from in up lan draw fyny ger near".split())  # noqa: SIM905
_NAME_LINKS = frozenset({"y", "yr", "r", "'r", "’r"})


def _home_shaped(words: list[str]) -> bool:
    """Do WORDS name a house or a farm by its shape: an element and more joined ("Penlan", "Glyn-Eithin" no, "Pen-lôn")
    or an element and a capitalised word ("Pant Gwyn", "Cae'r Hebog")?"""
    first = words[0]
    if len(words) == 1:
        head = (
            first.split("-")[0]
            if "-" in first
            else next((h for h in lx.HOUSE_ELEMENTS if first.startswith(h) and first[len(h) :].islower()), "")
        )
        return head in lx.HOUSE_ELEMENTS and len(first) >= len(head) + 3
    return first.split("'")[0].split("’")[0] in lx.HOUSE_ELEMENTS and all(
        w[:1].isupper() or w in _NAME_LINKS for w in words[1:]
    )


def homes_known_by(text: str, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the home in each person's name of PEOPLE comes back alone after "i", "o", "yn", "at", "to", "from"."""
    out: list[tuple[int, int]] = []
    for s, e in people:
        tail = text[s:e].split()[1:]
        while len(tail) > 1 and (tail[0] in lx.FIRST or tail[0] in lx.SURNAMES):
            tail.pop(0)  # "Mrs Morgan Bryn Awel": the home after the surname
        if not tail:
            continue
        name = " ".join(tail)
        if name in lx.PLACES or name in lx.SURNAMES or name in lx.FIRST or name in lx.NOT_PERSON:
            continue  # "Mair Llanrug" is from the village; "Dai Pennant" has a surname
        first, _, rest = name.partition(" ")
        # the nickname may say the home mutated, as speech does: "Dai Bantyrhedydd" of Pantyrhedydd
        heads = [r for r in {first, *radicals(first)} if _home_shaped([r, *tail[1:]])]
        if not heads:
            continue
        for form in {f for r in heads for f in (r, *mutations(r))}:
            whole = f"{form} {rest}" if rest else form
            at = text.find(whole)
            while at >= 0:
                end = at + len(whole)
                alone = (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())
                before = text[max(0, at - 8) : at].split()
                if alone and not (s <= at < e) and before and before[-1].lower() in _TO_OR_AT:
                    out.append((at, end))
                at = text.find(whole, end)
    return out


# A house number with a Welsh house or street name and no street word ("at 4 Tan y Graig",
# "yn 12 Bryn-yr-eglwys"), and a house known by its number ("o rif 23", "at number 9").
_NUMBER_HOME = re.compile(
    rf"[0-9]{{1,3}}[A-Za-z]?,?[ \t]+({WORD}"
    rf"(?:(?:[ \t]+(?:y|yr|ar|a|o|uchaf|isaf|dan|tan|wrth)|['’]r)?[ \t]+{WORD}){{0,3}})"
)
_COMPOUND_HOME = re.compile(
    "(?:"
    + "|".join(sorted(lx.HOUSE_ELEMENTS - {"Ty", "Tai", "Tal", "Tan", "Pen", "Bod"}, key=len, reverse=True))
    + r")(?:y|yr|r)?[a-zâêîôûŵŷ]{4,}\Z"  # not "Tymor", "Tailor", "Penny": heads that start everyday words
)
_WELSH_SHAPE = re.compile(r"[ \t](?:y|yr)[ \t]|['’]r[ \t]|-y-|-yr-|-'r-")
_AT_NUMBER = re.compile(r"(?i:\b(?:at|from|in|o|yn|ym)[ \t]+(?P<word>number|no\.?|rhif|rif)[ \t]*\Z)")
_RANGE_AFTER = re.compile(r"(?i:[ \t]+(?:to|i|and|a|or|neu)[ \t]+(?:number|no|rhif|rif)\b)")
_BEFORE_HOME_NUMBER = frozenset({"at", "in", "yn", "ym", "ar", "o", "from", "to", "i", "into", "rhif", "rif", "number"})


def numbered_home_at(text: str, s: int, e: int) -> tuple[int, int] | None:
    """A home named by its number and a Welsh name, or by "number" and its number, at S..E."""
    n = len(text)
    numbered = text[max(0, s - 4) : s - 1] in ("ber", "no.", "hif", "rif", " no", "No.", "NO.", "umber")
    if not numbered:
        j = e + 1 if e < n and text[e] == " " else e + 2 if text[e : e + 2] == ", " else n
        if j >= n or not text[j].isupper():
            return None  # neither "number 9" nor "4 Tan y Graig"
    at = _AT_NUMBER.search(text, max(0, s - 14), s) if numbered and e - s <= 3 else None
    if at:
        if e < len(text) and text[e].isalpha() and not text[e + 1 : e + 2].isspace():
            return None
        if _RANGE_AFTER.match(text, e):
            return None  # "from number 3 to number 8": items in a list
        return at.start("word"), e
    m = _NUMBER_HOME.match(text, s)
    if not m:
        return None
    name = m.group(1)
    first = name.split(None, 1)[0].split("-", 1)[0]
    compound = " " not in name and _COMPOUND_HOME.match(name) is not None  # "9 Brynhedydd": head and rest as one
    if not (_WELSH_SHAPE.search(name) or first in HOUSE_HEADS or compound) or name in lx.NOT_PERSON:
        return None
    if compound and (name in lx.PLACES or name in lx.FIRST or name in lx.SURNAMES):
        return None  # "at 9 Brynmawr": a town, as a sports result or a bus may give one
    window = cue_window(text, s)
    if previous_word(window).lower() not in _BEFORE_HOME_NUMBER and not HOME_CUE.search(window):
        return None
    return s, m.end()


# A home named right after "lives on", "byw ar", "living at" with no street or house word
# ("he has lived on Mount Pleasant since he married", "yn byw ar Glasfryn").
_LIVES = frozenset(
    """
    lives live lived living stays stay stayed staying home flat bungalow house cottage farm housed rehoused
    byw fyw gartref adre adref adra gartra cartref fflat bwthyn fferm
    """.split()  # noqa: SIM905
)
_GEOGRAPHY = frozenset(
    "Continent Coast Mainland Island Isle Valleys Front Wirral Gower Marsh Moors Common Promenade Prom Cyfandir".split()  # noqa: SIM905
)
_HOME_PREPOSITIONS = frozenset({"at", "on", "ar", "down", "up"})
_HOME_PHRASE = re.compile(rf"{WORD}(?:[ \t]+(?:(?:y|yr|ar|a|o)[ \t]+)?{WORD}){{0,3}}")


def home_phrase_at(text: str, s: int) -> tuple[int, int] | None:
    """A capitalised name at S right after a word for living there and "at", "on" or "ar"."""
    before = text[max(0, s - 40) : s].split()
    if before and before[-1] in ("the", "y"):
        before.pop()  # "lives on the Hendre"
    if not before or before.pop().lower() not in _HOME_PREPOSITIONS:
        return None
    if before and before[-1].lower() in ("out", "up", "down", "over", "back", "with", "allan", "lan", "lawr"):
        before.pop()  # "lives out at Gilfach", "who he lives with down Penybryn Isaf"
    if not before or before[-1].lower().strip(",") not in _LIVES:
        return None
    return _homes_name_at(text, s)


# A street or home named as the way someone walks, or by its end or corner (round thirty-six): "she still walks down
# Maes yr Haf every morning", "they live at the top of Bryn Awel", "the corner of Trem y Môr". The name is read as
# home_phrase_at reads one, so a mountain, a town, a person or a month after these words is left alone.
_WALKED = re.compile(
    r"(?i:\b(?:walks?|walked|walking|goes|went|going|drives?|drove|driving|cycles?|cycled|cycling|runs?|ran|running"
    r"|wanders?|wandered|pushes|pushed|lives|lived|living"
    # ... or driven or cycled up to, or still up at, a farm (round thirty-seven): "drove up to Penrhiwlas", "cycling
    # up to Cwm-dderwen", "Is she still up Brynderw?", "a girl from up on Bryn Gwenllian"
    r"|comes?|came|coming|gets?|got|getting|still|from"
    r"|is|was)[ \t]+(?:right[ \t]+|just[ \t]+|halfway[ \t]+)?"  # "their daughter is up Tan-y-Bryn" (round thirty-eight)
    r"(?:up|down|along)(?:[ \t]+(?:to|on))?[ \t]+\Z"
    r"|\b(?:the|their|her|his|our|my)[ \t]+(?:(?:top|bottom|far|other|lower|upper)(?:[ \t]+end)?|end|corner)[ \t]+of"
    r"[ \t]+\Z"
    # ... in Welsh: "cerdded i lawr Maes yr Haf", "ym mhen uchaf Bryn Awel", "ar waelod Trem y Môr"
    r"|\b(?:[cg]erdded|[cg]erddodd|[mf]ynd|aeth|[gy]yrru|[rh]?redeg|seiclo|beicio)[ \t]+"
    r"(?:i[ \t]+lawr|i[ \t]+fyny|lawr|lan|ar[ \t]+hyd)[ \t]+\Z"
    r"|\b(?:ym[ \t]+mhen|ar[ \t]+ben|ar[ \t]+waelod|yng[ \t]+ngwaelod|ar[ \t]+gornel|ar[ \t]+dop)"
    r"(?:[ \t]+(?:uchaf|isaf|pella|draw))?[ \t]+\Z)"
)
# The last three characters before such a name, for the scanner's gate.
WALKED_BEFORE = tuple(end + " " for end in "up wn ng of wr ny an yd af en od el op aw la to on".split())  # noqa: SIM905


def home_walked_at(text: str, s: int) -> tuple[int, int] | None:
    """A home's or a street's name at S after a way walked along it or an end of it ("walks down Maes yr Haf")."""
    if not _WALKED.search(text, max(0, s - 40), s):
        return None
    home = _homes_name_at(text, s)
    name = text[home[0] : home[1]] if home else ""
    if home is None or name in lx.HILLS or name in _MAIN_STREETS or text.startswith(_HILL_HEADS, s):
        return None  # "walked up Snowdon", "ran up Moel y Gest", "i lawr Stryd y Farchnad": anyone's
    # ... and only a name shaped as a Welsh street's or home's, its first word a street's or a house's element or
    # a compound of one ("Maes yr Haf", "Penygarnddu"): after these words, other names were as often a landmark
    first = name.split()[0]
    if first in lx.STREET_CY or first in lx.HOUSE_ELEMENTS or first.startswith(_COMPOUND_HEAD_STARTS):
        return home
    return None


_HILL_HEADS = ("Mynydd ", "Moel ", "Foel ", "Bannau ", "Crib ")
_SCHOOL_HEADS = frozenset({"Ysgol"}) | _COLEG | _CYLCH
_COMPOUND_HEAD_STARTS = tuple(sorted(lx.HOUSE_COMPOUND_HEADS))


def _homes_name_at(text: str, s: int) -> tuple[int, int] | None:
    """The capitalised name at S, if it can be a home's or a street's: not a person, a month, a region or a venue."""
    m = _HOME_PHRASE.match(text, s)
    if not m:
        return None
    phrase = m.group()
    words = phrase.split()
    if phrase in lx.NOT_PERSON or phrase.endswith(("'s", "’s")) or words[0] in _SCHOOL_HEADS:
        return None  # "stayed at Ysgol Gynradd Pen Sarn": a school, found as one (round forty)
    if (words[0] in lx.FIRST or words[0] in lx.AMBIGUOUS) and not (
        len(words) > 1 and (words[-1] in _HOUSE_ADJECTIVES or words[1] in ("y", "yr"))
    ):
        return None  # "lives with Bryn Jones" is a man; "at Bryn Gwyn", a white hill, and "ar Dan y Foel" are houses
    if all(w in lx.COMMON or w in lx.PLACE_WORDS for w in words if w[:1].isupper()):
        return None  # "lives on Mondays", "at Christmas"
    if text[s - 4 : s] in ("the ", " y ") and (phrase in lx.PLACES or words[0] in _GEOGRAPHY):
        return None  # "lives on the Continent", "on the Gower": a region, not a home
    if re.match(r"[ \t]+(?:road|lane|side|way|direction|end)\b", text[m.end() : m.end() + 12]):
        return None  # "the care home on the Penrhos road": the way to a place, not a home's name
    if words[-1] in _VENUE_WORDS or words[-1] in _STAY_VENUES or VENUE_AFTER.match(text, m.end()):
        return None  # "stayed at Premier Inn", "lives at Bryn Seiont Care Home": a venue, found apart if at all
    return s, m.end()


# A farm or a care home named right after its word (round thirty-nine): "Ganed Menna ar fferm Tir-y-Dderwen",
# "yng Nghartref Bryn Tair Carn". A care home's word is part of its name, a farm's is not.
_FARM_OR_CARE_HOME = re.compile(
    r"(?<![\w'’-])(?:(fferm|ffarm|ffermdy)|[NnCcGg]h?artref|[Nn]ghartref)(?:[ \t]+(?:[Gg]ofal|[Nn]yrsio|[Pp]reswyl))?"
    r"[ \t]+(?=[A-ZŴŶÂ])"
)
FARM_OR_CARE_HOME_NEEDLES = ("fferm ", "ffarm ", "ffermdy ", "artref ")


def homes_after_their_word(text: str, found: Needles) -> list[tuple[int, int]]:
    """A farm or a care home named right after the Welsh word for it ("ar fferm Tir-y-Dderwen")."""
    out = []
    for at in found.positions(FARM_OR_CARE_HOME_NEEDLES):
        start = at  # "Cartref", "Nghartref": from the word's start
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        m = _FARM_OR_CARE_HOME.match(text, max(0, start))
        if not m or text.startswith(_KIN_FIRST, m.end()):
            continue  # "fferm Anti Menna": whose farm, a name found apart
        if m.group(1):
            named = _homes_name_at(text, m.end())
            if named:
                out.append(named)
            continue
        # a care home's name after its word may start with a first name: "Cartref Bryn Tair Carn". Only where someone
        # is in it, to or from it: "awgrymu Cartref Bryn-y-gog" is a suggestion, "Gofal Cartref Tawe" an agency.
        phrase = _HOME_PHRASE.match(text, m.end())
        if (
            phrase
            and _IN_TO_OR_FROM.search(text, max(0, m.start() - 5), m.start())
            and not all(w in lx.COMMON for w in phrase.group().split())
        ):
            out.append(phrase.span())  # the name alone, so that it is followed where it comes back bare
    return out


_IN_TO_OR_FROM = re.compile(r"(?<![\w'’-])(?:yn|yng|ym|i|o)[ \t]+\Z")
_KIN_FIRST = tuple(f"{w} " for w in "Anti Yncl Wncwl Nain Taid Nan Mam Dad Modryb Ewythr Bopa Mamgu Tadcu".split())  # noqa: SIM905


# The adjectives that end a Welsh house's name after a first word that is also a first name ("Bryn Gwyn").
_HOUSE_ADJECTIVES = frozenset(
    "Gwyn Wen Teg Deg Awel Haul Coch Goch Glas Las Mawr Fawr Bach Fach Isaf Uchaf Newydd Hyfryd Siriol Eithin".split()  # noqa: SIM905
)
_STAY_VENUES = frozenset("Inn Hotel Hostel Lodge Home Ward Unit Prison Barracks Camp Park".split())  # noqa: SIM905
# ... and after a one-word house name, in either case: "we stayed at the Gorwel hotel", "yng Nghaffi Awelon".
_STAY_AFTER = re.compile(
    r"[ \t]+(?i:" + "|".join(sorted(_STAY_VENUES)) + r"|guest[ \t]+house|b&b|café|cafe|caffi|gwesty|tafarn|pub|bar"
    r"|restaurant|care[ \t]+home|nursing[ \t]+home)\b"
)


# --- One-word house names and homes placed by a landmark ---------------------------------------

_COMPOUND_HEADS = {f for head in lx.HOUSE_COMPOUND_HEADS for f in mutations(head) | {head}}
_COMPOUND = re.compile(
    "(?:" + "|".join(sorted(_COMPOUND_HEADS, key=len, reverse=True)) + ")(?:y|yr)?"
    "(?:" + "|".join(sorted(lx.HOUSE_COMPOUND_TAILS, key=len, reverse=True)) + ")"
)
_NOT_COMPOUND = lx.PLACES | lx.FIRST | lx.AMBIGUOUS | lx.SURNAMES | lx.FIRST_MUTATED | lx.AMBIGUOUS_MUTATED_NAMES
# ... and the whole-word house names, as written and mutated ("yng Ngorwelion", "i Dawelfan"), read the same way.
_WHOLE_FORMS = frozenset({form for name in lx.HOUSE_WHOLE for form in {name} | mutations(name)} - _NOT_COMPOUND)
# The first two letters of every head and whole name, so most words are passed over with one set lookup.
COMPOUND_STARTS = frozenset(h[:2] for h in _COMPOUND_HEADS) | frozenset(w[:2] for w in _WHOLE_FORMS)
# Visiting someone where they live: "i weld Trefor yn Awelfryn", "on her round at Penrhos".
_VISIT_CUE = re.compile(
    r"(?i:\b(?:g?weld|ymweld|visit\w*|round|rownd|call(?:ed|ing)?\s+(?:on|at)|galw|alw"
    r"|(?:call|pop|drop)(?:s|ed|ped|ing|ping)?\s+(?:in|round|by)\s+(?:at|to))\b)"  # "I called in at Glanrafon"
)
# ... or said after the name in its clause: "i Fron Haul i'w gweld hi", "to Bryn Awel to see her".
_VISIT_AFTER = re.compile(
    r"[^.!?;\n]{0,30}?\b(?:i['’]w[ \t]+(?:gweld|weld|helpu|nôl)|to[ \t]+(?:see|visit|help)[ \t]+(?:her|him|them))\b"
)
# Farm-name adjectives that follow the name ("Penrhiw Fawr", "Gelli-goch Uchaf").
_FARM_TAIL = re.compile(
    r"[ \t]+(?:Uchaf|Ucha|Isaf|Isa|Ganol|Fawr|Fach|Bach|Newydd|Hen|Wen|Goch|Ddu|Las)\b"
    r"|['’]r[ \t]+[A-ZŴŶ][a-zŵŷâêîôû]+"  # "Troedrhiw'r Fedw"
)


_SMALL_FARM_TAIL = re.compile(r"[ \t]+(?:Uchaf|Ucha|Isaf|Isa|Ganol|Fach)\b")


def compound_home_at(text: str, s: int, word: str) -> tuple[int, int] | None:
    """A one-word Welsh house or farm name at S named as somebody's home ("byw yn Glasfryn", "adre i Benrhiw")."""
    end = s + len(word)
    if not (_COMPOUND.fullmatch(word) or word in _WHOLE_FORMS):
        return None
    if VENUE_AFTER.match(text, end) or _STAY_AFTER.match(text, end):
        return None  # "we stayed at the Gorwel hotel", "Glasfryn Hall": a venue, not a home
    if word in _NOT_COMPOUND and not (word not in lx.FIRST and _SMALL_FARM_TAIL.match(text, end)):
        return None  # a place or a name; but "ym Mhenlan Fach", a place's name with a farm's tail, is a farm
    window = cue_window(text, s)
    # "i'w chartref, Brynhyfryd,"; "ar fuarth Hafodty", "the farmhouse at Glasfryn"
    beside = named_beside_dwelling(text, s, end) or _DWELLING_BEFORE.search(window) is not None
    if not (beside or _after_preposition(window)):
        return None
    tail = _FARM_TAIL.match(text, end)
    # "from Hafodty", as "from Cefn Coch"; not Welsh "o", which before one word is as often a village ("o Benycae")
    at_a_house = previous_word(window).lower() in _AT_A_HOUSE
    if not (
        tail
        or beside
        or at_a_house
        or HOME_CUE.search(window)
        or _VISIT_CUE.search(window)
        or _VISIT_AFTER.match(text, end)
    ):
        return None
    return s, tail.end() if tail else end


# A house or farm name mutated after "i", "o", "ym", "yng" or "yn", in Welsh or in Welsh quoted in English: "dod
# nôl i Fryn Crychan", "Dere lan i Lwyngwenith", "mynd adre i Benlanwen", "o Ben y Ffridd". The mutation says it
# is a name in a Welsh sentence; its first word a home's ("Pen", "Bryn", "Llwyn", in any mutation) and a second
# word or a compound says which. A town or village on the lists, or any name starting as a settlement does
# ("Llan", "Aber", "Pont" ...), is a place people go, and is left alone; so is a man ("i Fryn Jones").
HOME_HEAD_FORMS = {
    form: head
    for head in lx.HOUSE_COMPOUND_HEADS - {"Is", "Uwch", "Hen", "Glas", "Gwyn", "Haf", "Dan", "Tan", "Min", "Tir"}
    for form in mutations(head)
    if len(form) >= 3
}
_MUTATING_BEFORE = frozenset({"i", "o", "ym", "yng", "yn"})
_HOME_AFTER_HEAD = re.compile(
    rf"(?:-[\w'’]+)*(?:(?:[ \t]+(?:y|yr)[ \t]+|['’]r[ \t]+|[ \t]+){WORD}(?:-[\w'’]+)*){{0,2}}"
)


# "adre i Benlanwen", "Dere lan i Lwyngwenith", "mae'r post i Benrhiw", "lifft o Frynheulog", "byw ym Mhenrhos".
_GOING_HOME = re.compile(
    r"(?i:\b(?:adre|adref|adra|gatre|gartre|gartref|nôl|'nôl|lan|lawr|post|croeso|lifft|lift|byw|fyw|aros|cartref"
    r"|ffarm|fferm|tŷ|dŷ)[ \t]+(?:i|o|ym|yng|yn)[ \t]+\Z)"
)


# What people go to a place for, for a day: a walk, tea, a ride, the whole day.
_DAY_OUT = re.compile(
    r"[ \t,]*(?:am[ \t]+(?:dro|de|baned|ginio|bicnic|reid|dip|y[ \t]+dydd|dridiau|wythnos)"
    r"|ar[ \t]+(?:y[ \t]+)?(?:beic|beics|feic|wyliau|drip|daith)|drwy['’]r[ \t]+dydd"
    r"|i[ \t]+(?:gerdded|nofio|weld[ \t]+y|siopa|chwarae)|for[ \t]+(?:a|the)[ \t]+day)"
)


def mutated_home_at(text: str, s: int, word: str) -> tuple[int, int] | None:
    """A home's name at S, mutated after a word that mutates it ("i Fryn Crychan", "ym Mhentwyn Helyg")."""
    if previous_word(text[max(0, s - 6) : s]) not in _MUTATING_BEFORE or text[s - 1] != " ":
        return None
    head = next((form for form in HOME_HEAD_FORMS if word.startswith(form)), None)
    if head is None:
        return None
    m = _HOME_AFTER_HEAD.match(text, s + len(word))
    end = m.end() if m else s + len(word)
    phrase = text[s:end]
    words = phrase.replace("-", " ").split()
    if len(words) < 2 and (len(word) == len(head) or word in _NOT_COMPOUND):
        return None  # "i Fryn": Bryn, a man, mutated; "i Fangor": a town
    if len(words) < 2 and not _GOING_HOME.search(text, max(0, s - 24), s):
        return None  # one word alone is as often a village ("o Bentrefoelas"): a home only where one goes home
    if _DAY_OUT.match(text, end) and not HOME_CUE.search(cue_window(text, s)):
        return None  # "i Dal-y-bont am dro", "i Blas Derwen am de", "yng Nghoed y Brenin drwy'r dydd": a day out
    if len(words) > 1 and (words[1] in lx.SURNAMES or words[1] in lx.FIRST or words[1] in lx.AMBIGUOUS):
        return None  # "i Fryn Jones", "at Ben Dafydd": a man
    for radical in radicals(word):
        whole = radical + phrase[len(word) :]
        if _place_key(whole) in _PLACE_KEYS or whole in lx.NOT_PERSON or (len(words) < 2 and radical in lx.PLACES):
            return None  # "i Benygroes", "o Bontypridd": a place on the lists
        if radical.startswith(tuple(_SETTLEMENT_HEADS)):
            return None  # "i Lanfihangel": a village
    return s, len(text[:end].rstrip(" \t'’"))


# A hyphenated Welsh house or farm name with its article inside ("Tan-y-Bryn", "Nhan-y-Graig",
# "Cae'r-Ffynnon" written "Pen-yr-Allt") named as somebody's home.
_HYPHEN_HOME = re.compile(r"[A-ZŴŶ][a-zŵŷâêîôû]+-(?:y|yr|['’]r)-[A-Za-zŵŷâêîôûŴŶ]+(?:-[a-zŵŷâêîôû]+)?(?![\w'’-])")


# Going back home to a house: "went back to Glan-yr-Afon", "yn ôl i Ben-y-Waun".
_BACK_TO = re.compile(r"(?i:\b(?:back|yn[ \t]+ôl|adre|adref|adra|home)[ \t]+(?:to|i)[ \t]*\Z)")


_SETTLEMENT_HEADS = frozenset(
    f for head in ("Llan", "Aber", "Tre", "Betws", "Pont", "Porth", "Capel", "Eglwys") for f in mutations(head) | {head}
)


def _place_key(name: str) -> str:
    return name.lower().replace("-", "").replace("'", "").replace("’", "")


# Known places and the first words of known places, written with or without hyphens ("Penybont").
_PLACE_KEYS = frozenset(k for p in lx.PLACES for k in (_place_key(p), _place_key(p.split()[0])))


def hyphen_home_at(text: str, s: int) -> tuple[int, int] | None:
    """A hyphenated Welsh house or farm name at S after a word that makes it a home ("byw yn Nhan-y-Graig")."""
    m = _HYPHEN_HOME.match(text, s)
    if not m or _place_key(m.group()) in _PLACE_KEYS or m.group() in lx.NOT_PERSON:
        return None  # "Mhen-y-bont ar Ogwr", "Betws-y-Coed": a town
    if m.group().split("-", 1)[0] in _SETTLEMENT_HEADS:
        return None  # "Llan-y-Bri", "Aber-y-Ffrwd": a village, named as one
    window = cue_window(text, s)
    if _after_venue_head(window):
        return None
    beside = named_beside_dwelling(text, s, m.end())  # "ar fferm ei rieni, Penffordd-wen"
    if not beside and (
        not _after_preposition(window)
        or not (HOME_CUE.search(window) or _VISIT_CUE.search(window) or _BACK_TO.search(window))
    ):
        return None
    tail = _FARM_TAIL.match(text, m.end())
    return s, tail.end() if tail else m.end()


# A home placed by a landmark: "the house with the blue shutters opposite the rugby club", "y
# byngalo y tu ôl i'r Spar ar Ffordd yr Orsaf", "the flat over the launderette on Stryd Fawr".
_HOME_NOUN = (
    r"(?:houses|bungalows|cottages|flats|maisonettes|bedsits|caravans|house|bungalow|cottage|flat|farmhouse|caravan"
    r"|maisonette|bedsit|home"
    r"|terrace|tent|teras|pabell|babell"  # "the end terrace at the top of Allt Fawr", "a tent behind Lidl"
    r"|static|statig"  # "the static behind the Hen Efail garage": a static caravan
    r"|loft|llofft|lofft"  # "y llofft uwchben hen fanc y Midland": rooms let over a shop
    r"|(?<=old )(?:forge|smithy|barn)"  # round forty: a building made a home, "home to the old forge past the chapel"
    r"|manse|vicarage|rectory|schoolhouse"  # round forty-four: "the old manse behind Horeb"
    r"|(?<=['’]s )place"  # someone's place (round forty-three): "lives at her mam's place by the Bethel steps"
    r"|tai|fflatiau|tŷ|dŷ|thŷ|nhŷ|ty|byngalo|fyngalo|bynglo|fynglo"  # "bynglo": as the north says it
    r"|bwthyn|fwthyn|fflat|ffermdy|carafán|garafán|charafán|carafan|garafan|cartref|gartref)"
)
# Chapels and churches as a village names them, a landmark with no "the" before it.
CHAPEL_NAMES = (
    "Capel",
    "Chapel",
    "Eglwys",
    "St",
    "Bethel",
    "Bethesda",
    "Bethania",
    "Bethlehem",
    "Ebenezer",
    "Soar",
    "Salem",
    "Seion",
    "Zion",
    "Moriah",
    "Moreia",
    "Horeb",
    "Carmel",
    "Siloh",
    "Tabernacl",
    "Tabernacle",
    "Nebo",
    "Hermon",
    "Jerusalem",
    "Pisgah",
    "Saron",
    "Hebron",
    "Elim",
)
_RELATION = (
    r"(?:opposite|behind|above|over|below|beside|past|beyond|next[ \t]+(?:door[ \t]+)?to|across[ \t]+from|facing"
    r"|under(?=[ \t]+the[ \t])"
    # across the road, or the far side (round forty): "y byngalo dros y ffordd i'r hen ysgoldy", "the white cottage on
    # the far side of the estuary", "the house over the road from the chapel"
    r"|dros[ \t]+y[ \t]+(?:ffordd|lôn|stryd)(?:[ \t]+(?:i|o|â)(?=['’ \t])|(?=['’]r))"
    r"|(?:across|over)[ \t]+the[ \t]+(?:road|lane|street)[ \t]+from|on[ \t]+the[ \t]+(?:far|other)[ \t]+side[ \t]+of"
    r"|at[ \t]+the[ \t]+(?:back|end|top|bottom)[ \t]+of|gyferbyn(?:[ \t]+(?:â|ag|a))?"
    r"|y[ \t]+tu[ \t]+ôl[ \t]+i|tu[ \t]+ôl[ \t]+i"
    r"|(?:y[ \t]+)?tu[ \t]+cefn[ \t]+i|(?:y[ \t]+)?tu[ \t]+cefn(?=['’]r)"  # "y fflat tu cefn i Dafarn y Gwenynydd"
    r"|uwchben|drws[ \t]+nesa(?:f|['’])?[ \t]+(?:i|at)|wrth[ \t]+ymyl|ar[ \t]+bwys|ar[ \t]+ben|ym[ \t]+mhen"
    r"|ar[ \t]+waelod"
    # just short of a landmark or just past it on the road (round forty-three): "the bungalow just before the cattle
    # grid", "y tŷ jyst cyn y bont"
    r"|just[ \t]+(?:before|after)(?=[ \t]+the[ \t])|(?:jyst|jest)[ \t]+(?:cyn|ar[ \t]+ôl)(?=[ \t]+(?:y|yr)[ \t])"
    r"|next[ \t]+door[ \t]+but[ \t]+one[ \t]+to"  # "lives next door but one to the Post Office"
    # counted or walked from a landmark: "three doors down from the Post Office", "round the corner from the
    # chapel", "up the lane from Capel Bethel", "dri drws i lawr o Swyddfa'r Post", "i fyny'r lôn o Gapel Bethel"
    r"|(?:[^\W\d_]+[ \t]+)?doors?[ \t]+(?:down|up|along)[ \t]+from|(?:a)?round[ \t]+the[ \t]+corner[ \t]+from"
    r"|(?:up|down|along)[ \t]+the[ \t]+(?:lane|road|street|hill|track)[ \t]+from"
    r"|(?:[^\W\d_]+[ \t]+)?dr[wy]s[ \t]+(?:i[ \t]+lawr|i[ \t]+fyny|lawr|lan)[ \t]+(?:o|i)"
    r"|rownd[ \t]+y[ \t]+gornel[ \t]+(?:o|i)"
    r"|(?:i[ \t]+fyny|i[ \t]+lawr|lawr|lan)['’]r[ \t]+(?:lôn|ffordd|stryd|allt)[ \t]+(?:o|i)"
    r"|heibio[ \t]+i|heibio(?=['’]r)|hibo(?=['’]r)|ar[ \t]+ôl|by[ \t]+the|near[ \t]+the|down[ \t]+from|up[ \t]+from"
    r"|ger[ \t]+(?:yr|y)\b|wrth[ \t]+(?:yr|y)\b|o[ \t]+dan"  # "yr" first: "wrth yr hen orsaf" (round 44)
    # by a chapel or a church named without "the" (round forty-four): "the end cottage by Bethel", "by Capel Seion"
    rf"|by(?=[ \t]+(?:{'|'.join(CHAPEL_NAMES)})\b)"
    # by a landmark's gate, door or gable, the landmark after it: "y byngalo wrth giât y fynwent"
    r"|wrth(?=[ \t]+(?:giât|gât|gatiau|ddrws|dalcen|gornel|groesffordd)[ \t]+(?:y|yr)[ \t]))"
)
_RELATION_AT = re.compile(_RELATION)
# "ar ôl" places a home only after a landmark, not after a time: "y tŷ cynta ar ôl Capel Bethesda".
_AFTER_A_LANDMARK = re.compile(
    r"[ \t]*(?:(?:y|yr|['’]r)[ \t]+)?(?:[A-ZÂŴŶ]|(?:capel|gapel|bont|eglwys|siop|dafarn|garej|groesffordd|grid"
    r"|efail|orsaf|ciosg|mast|fferm|ffarm|tro|gornel|bocs|blwch|giât|gât|sgwâr|clwb)\b)"
)
# A living verb right before the relation, with no word for the home: "they live above the Spar",
# "mae hi'n byw gyferbyn â'r capel".
_LIVES_RIGHT_BEFORE = re.compile(
    r"(?i:\b(?:lives?|lived|living|stays?|stayed|staying|byw|fyw)[ \t]+(?:(?:right|just|reit|jyst)[ \t]+)?"
    r"(?:(?:one|two|three|four|five|six|a[ \t]+few|ddau|dau|dri|tri|pedwar|bedwar|pum|chwe|[0-9]+)[ \t]+)?\Z)"
)
# Relations that place a home only loosely: with "a" before the home, they name no one house.
_NEAR_ONLY = ("by ", "near the", "down from", "up from", "ger y", "wrth y")
_HOME_BEFORE_RELATION = re.compile(
    # ... "o'i" too, "from her" (round forty-three): "wedi dod draw o'i byngalo gyferbyn â'r garej"
    rf"(?i:(?:(?:\b(?:the|a|her|his|their|y|yr|ei|eu|mewn)|(?<=[oiw])['’]r|(?<=\bo)['’]i)[ \t]+"
    r"(?:[^\W\d_]+(?:-[^\W\d_]+)*(?:['’]s)?[ \t]+)?"  # ... whose, too: "her mam's place by the Bethel steps"
    # a second word before the home, but not a plural: "the old chapel house", not "the little ones home"
    rf"(?:[^\W\d_]*[^\W\d_s][ \t]+)?{_HOME_NOUN}"
    # ... or a numbered one, with no article: "bedsit 2 at the back of Siop Jac", "fflat 3 uwchben y Spar"
    r"|\b(?:flat|fflat|bedsit|maisonette|caravan|carafán|carafan)[ \t]+[0-9]{1,3}[A-Za-z]?"
    # ... or a flat over a shop with no article, as a note or Welsh after "i" says it (round forty): "symud i fflat
    # uwchben y siop sglodion", "flat above the bookies on the square"
    r"|\b(?:flat|fflat)(?=[ \t]*\Z)"  # ... over a shop only: see _BARE_FLAT
    # ... or whose house it is, the house mutated after "yn" (round forty-three): "yn byw yn nhŷ ei dad, gyferbyn â'r
    # clwb rygbi"
    r"|\bnhŷ[ \t]+(?:ei|eu|fy|ein)[ \t]+[^\W\d_]+(?=[ \t,]))"
    r"(?:[ \t]+(?:olaf|ola|ola['’]|last|end|cyntaf|gyntaf|cynta|gynta|cynta['’]|gynta['’]|first|isaf|uchaf|top"
    r"|bottom))?"
    # a Welsh adjective after its noun: "y bwthyn gwyn tu ôl i'r Spar", "y tŷ mawr gyferbyn â'r capel"
    r"(?:[ \t]+(?:gwyn|wen|coch|goch|glas|las|du|ddu|melyn|felen|llwyd|lwyd|mawr|fawr|bach|fach|newydd|hen"
    r"|cerrig|carreg|teras|pen|rhes|cornel|pinc|gwyrdd|werdd|gwarchod|cyngor"  # "y tŷ pen rhes": end of a terrace
    # "y tŷ bach gwyn ar bwys y bont"; a compound's noun: "y tŷ lojin mawr gyferbyn â'r orsaf dân"
    r"|lojin|capel|ysgol|fferm|ffarm|haf"
    r"|gwaelod|top|ucha|uchaf|isa|isaf|cefn|ffrynt"  # "y fflat gwaelod tu ôl i Gapel Bethania" (round forty)
    r"|cynta['’]?|gynta['’]?|cyntaf|gyntaf|ola['’]?|olaf)){0,2}"  # "y tŷ gwyn cynta' ar ôl y grid" (round 41)
    r"(?:[ \t,]+(?:with|â|efo|gyda|a|ac)\b[^.,;:!?\"“”\n]{1,40}?)?"
    r"(?:[ \t]+(?:ar[ \t]+y[ \t]+gornel|on[ \t]+the[ \t]+corner))?"  # "y byngalo ar y gornel gyferbyn â'r Spar"
    r"(?:[ \t]+(?:hi|e|o|nhw))?(?:[ \t]+(?:is|was|sits|stands|saif|sydd|oedd))?(?:[ \t]+(?:just|right|reit|jyst))?"
    r"[ \t,]+\Z)"
)
_LANDMARK_AFTER = re.compile(
    # A relation word is a preposition here only with an object: not "stayed behind and told his friends"
    r"(?:['’]r|[ \t]+(?!(?i:and|but|or|so|then|when|while|because|as|to|for|at|in|on|after|with|again|too|now"
    r"|he|she|they|it|him|them|we|you|us|me|ac|ond|neu|felly|wedyn|pan|gyda|efo|hi|fo|fe|nhw|ni|chi|fi)\b))"
    r"[^.,;:!?\"“”()\n]{2,60}?"
    r"(?=[ \t]*(?:[.,;:!?\"“”()\n]|[ \t]/[ \t]|\Z"  # "/": a case note's next item
    r"|[ \t](?:and|but|where|which|who|is|was|has|had|so|because|since|until|while|ac|ond|lle|sydd|sy['’]n|a|yw"
    r"|ydi|ydy|oedd|er|nes|tan|achos|erbyn|bellach|nawr|rŵan|now|to[ \t]+(?!the\b)[a-z]+"  # "… garage to drop her off"
    r"|before|after|for|during|every|cyn|bob"  # "… behind the Spar in Benllech before this move": a time
    r"|lives|lived|live"  # "In the flat under the Llys Caradog sign lives Mrs …": who lives there is no landmark
    r"|with[ \t]+(?:his|her|their|my|ei|eu)"  # "… opposite the bus station in Blackwood with his little sister" (r. 43)
    r"|in[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|ym[ \t]+mis)\b))"  # "… past the chapel in February", "… ym mis Mawrth"
)
_LIVING = re.compile(
    r"(?i:\b(?:lives?|lived|living|stays?|stayed|staying|moved|rents?|rented|home|byw|fyw|symud\w*|aros|arhosodd"
    # a home offered or let: "the council offered him the flat above the launderette", "a one-bed: …"
    r"|move|moving|offered|allocated|tenancy|tenant|(?:one|two|three|un|dwy|tair)-bed|tenantiaeth|denantiaeth"
    r"|cynigiodd|gynigiodd|cynigiwyd|gynigiwyd|cynnig|gynnig"
    r"|(?:['’]s|her|his|their)[ \t]+(?:place|room)|sleeps?|slept|sleeping|cysgu|rhentu"  # "kept his room at"
    r"|rhentu|adre|adref|adra|ganddi|ganddo|ganddyn|is[ \t]+(?:hers|his|theirs)|neighbours?|cymydog|cymdoges|cymdogion"
    r"|yw[ \t]+(?:ei|eu)[ \t]+(?:cartref|chartref|th[ŷy])|(?:ei|eu)[ \t]+(?:cartref|chartref|gartref|th[ŷy]|dŷ)"
    # round thirty-eight: who is in it ("Beti sydd yn y bynglo gyferbyn â'r hen efail")
    r"|sydd[ \t]+yn(?=[ \t]+y[ \t]))\b)"
    # whose home it is (round forty): "Mam's is the white house by the chapel", "who has the flat over the bank"
    r"|['’]s[ \t]+(?:is|was)[ \t]+\Z"
    r"|\b(?:who|she|he|they)[ \t]+(?:has|had|have)[ \t]+(?:got[ \t]+)?\Z"
    # ... or someone by name (round forty-three): "Her grandson Rhodri has the flat over the launderette"
    r"|\b[A-ZÀ-ÖØ-ÞŴŶ][a-zà-öø-ÿŵŷ]+[ \t]+(?:has|had)[ \t]+(?:got[ \t]+)?\Z"
)


# A home said once, then placed as "the one": "a flat now, the one above the bookies", "o'i byngalo, yr un tu ôl
# i'r Co-op", "teras ar Rhiw'r Efail, yr un â'r drws glas gyferbyn â'r Llew Du".
_THE_ONE = re.compile(
    r"(?i:\b(?:the|yr)[ \t]+(?:one|un)(?:[ \t,]+(?:with|â|ag|efo|gyda)\b[^.,;:!?\"“”\n]{1,30}?)?[ \t,]+\Z)"
)
_HOME_JUST_BEFORE = re.compile(
    r"(?i:\b(?:flat|house|bungalow|cottage|caravan|bedsit|room|terrace|fflat|tŷ|dŷ|thŷ|byngalo|fyngalo|bwthyn|fwthyn"
    r"|carafán|garafán|carafan|garafan|teras|stafell|ystafell)\b[^.!?;\n]{0,40}?,[ \t]*\Z)"
)
_ANY_ONE = re.compile(r"[ \t]*(?i:a|an|some|rhyw)[ \t]")
_ONE_OF = re.compile(r"(?i:\b(?:one[ \t]+of|un[ \t]+o)(?:[ \t]+the[ \t]|['’]r[ \t]))")


def _a_person(landmark: str) -> bool:
    """Is the landmark a person ("drws nesa i Gwenda", "next door to Mrs Evans")?"""
    words = landmark.split()
    first = words[0].lstrip("'’") if words else ""
    return first in lx.FIRST or first in lx.FIRST_MUTATED or first in _TITLES_BEFORE_NAMES


_TITLES_BEFORE_NAMES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Mister", "Anti", "Yncl", "Auntie", "Uncle"})
_OWN_GROUND = re.compile(
    r"(?i:(?:r|the|y|yr)[ \t]+(?:buarth|iard|ardd|gardd|yard|farmyard|garden|garden[ \t]+path"
    r"|gegin|kitchen|lolfa|lounge|parlwr|parlour|sied|shed|stable|stabl|beudy"  # a bedroom over its own kitchen
    r"|roof|to|do))"  # "a static with a tarp over the roof"
)
_OWNED_HOME = re.compile(r"(?i:[ \t]*(?:her|his|their|ei|eu)[ \t]+(?:[^\W\d_]+[ \t]+)?" + _HOME_NOUN + r")\b")
_PERSON_THEN_COMMA = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?:[A-Z]\.[ \t]*)*[A-Z][\w'’-]+,[ \t]*\Z"
    r"|\b[^\W\d_]+['’]s[ \t]*[,(][ \t]*\Z"  # "at her sister's, the white bungalow opposite the Co-op": someone's home
    # a grandmother or an aunt by name: "yn nhŷ ei mamgu, Mamgu Bet, y tŷ pinc gyferbyn â'r hen efail"
    r"|\b(?:Mamgu|Mam-gu|Nain|Taid|Tad-cu|Tadcu|Anti|Auntie|Aunty|Wncwl|Yncl|Uncle|Nan|Nanny|Gran|Grandma|Grandad"
    r"|Bampi|Bamp)[ \t]+[A-Z][\w'’-]+,[ \t]*\Z"
)
_BARE_FLAT = re.compile(r"(?i:f?flat[ \t]*\Z)")
_IN_A_HOME = re.compile(r"(?:^|[ \t,])(?:in|from|at|yn|o)[ \t]+\Z")  # "respite at the bungalow behind the Spar"


# "wrth" before a landmark's gate, door or gable ("wrth giât y fynwent"): a relation start and a gate word both.
_WRTH_A_PART = ("wrth gi", "wrth gâ", "wrth ddrws", "wrth dalcen", "wrth gornel", "wrth groesffordd")
# Where a relation word may start: str.find is much quicker than one pattern over the whole text.
_RELATION_NEEDLES = (
    "just before",
    "just after",
    "jyst cyn",
    "jest cyn",
    "jyst ar ôl",
    "opposite",
    "behind",
    "past ",  # "past the chapel", "past Capel Seion"; not "past midnight"
    "beyond",
    "heibio i",
    "heibio'r",
    "hibo'r",
    "ar ôl",
    "above",
    "over ",  # "over the chip shop", "the flat over Castle Fish Bar": a shop by its name; not "over time"
    "below",
    "beside",
    "next to",
    "next door",
    "across from",
    "facing",
    "at the back",
    "at the end",
    "at the top",
    "gyferbyn",
    "y tu ôl",
    "tu ôl",
    "tu cefn",
    "uwchben",
    "drws nesa",
    "wrth ymyl",
    "ar bwys",
    "ar ben",
    "ym mhen",
    "ar waelod",
    "by the",
    "near the",
    "down from",
    "up from",
    "ger y",
    "wrth y",
    *_WRTH_A_PART,
    "o dan",
    "under the",  # round forty: "the cottage under the old pit wheel"
    "dros y ffordd",
    "dros y lôn",
    "dros y stryd",
    "across the road from",
    "over the road from",
    "across the lane from",
    "over the lane from",
    "on the far side of",
    "on the other side of",
    *(f"by {name}" for name in CHAPEL_NAMES),
)


# ... and the rarer ones, looked for only when a word they all share is in the text: counted or walked from a
# landmark in English ("from") and in Welsh (a door, a corner or a lane with "'r").
_FROM_NEEDLES = (
    "doors down",
    "doors up",
    "door down",
    "door up",
    "round the corner",
    "up the lane",
    "down the lane",
    "along the lane",
    "up the road",
    "down the road",
    "along the road",
    "up the street",
    "down the street",
    "up the hill",
    "down the hill",
    "up the track",
    "down the track",
)
_WELSH_WAY_NEEDLES = (
    "drws i lawr",
    "drws i fyny",
    "drws lawr",
    "drws lan",
    "rownd y gornel",
    "i fyny'r",
    "i lawr'r",
    "lawr'r",
    "lan'r",
)


_WELSH_WAY_GATE = ("drws", "gornel", "yny'r", "r'r", "n'r")


def _relation_needles(found: Needles, welsh: bool) -> tuple[str, ...]:
    if welsh:
        return _RELATION_NEEDLES + _WELSH_WAY_NEEDLES if found.any(_WELSH_WAY_GATE) else _RELATION_NEEDLES
    return _RELATION_NEEDLES + _FROM_NEEDLES if found.has(" from ") else _RELATION_NEEDLES


def match_starting_by(pattern: re.Pattern[str], text: str, start: int, last: int, end: int) -> re.Match[str] | None:
    """PATTERN.search(text, start, end), when only a match starting at LAST or before is wanted."""
    # a search goes on trying every position up to END, most of them past LAST
    match = pattern.match
    for at in range(start, min(last, end) + 1):
        m = match(text, at, end)
        if m:
            return m
    return None


# A home named with the word for it: "a house called Hafod", "the farm, a place called Cefn Coch",
# "tŷ o'r enw Bryn Awel", "fferm o'r enw Tyddyn Du". Found from the rare joining words, then read
# back to the word for the home and on to the name.
_CALLED_WORDS = (" called ", " named ", "r enw ")  # "o'r enw", "o’r enw"
_HOME_WORDS = (
    r"(?:house|farm|farmhouse|cottage|bungalow|smallholding|croft|place|home|tŷ|dŷ|thŷ|nhŷ|fferm|ffarm"
    r"|ffermdy|bwthyn|fwthyn|byngalo|fyngalo|tyddyn|dyddyn|cartref|gartref|lle"
    r"|van|caravan|static|carafán|garafán|carafan|garafan)"  # "the van itself is called Dunroamin"
)
# ... with the verb between too: "the house is called Hafan Deg", "their farm's called Pen Rhos".
_HOME_WORD_BEFORE = re.compile(
    r"(?i:\b"
    + _HOME_WORDS
    + r"(?:[ \t]+(?:itself|now|still))?"
    + r"(?:['’]s|[ \t]+(?:is|was|has[ \t]+always[ \t]+been|had[ \t]+been|used[ \t]+to[ \t]+be))?\Z)"
)
# The Welsh way round: "enw'r tŷ ydy Hafan Deg", "Enw’r fferm oedd Pen Rhos".
_NAME_OF_HOME = re.compile(
    r"(?i:\benw['’]r[ \t]+"
    + _HOME_WORDS
    + r"(?:[ \t]+(?:nhw|hi|o|fo|e))?[ \t]+(?:yw|ydy|ydi|oedd|ydy['’]r|yw['’]r)[ \t]+)"
)
_NAME_OF_HOME_WORDS = ("nw'r ", "nw’r ")
# ... and the name said first (round thirty-four): "Bryn Awel is the name of the farm", "Tyddyn Isaf ydi enw'r fferm",
# "Awelon yw enw ei thŷ".
_NAME_THEN_OF_HOME = re.compile(
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t]+{WORD}){{0,3}})[ \t]+"
    r"(?:(?:is|was|['’]s)[ \t]+the[ \t]+name[ \t]+of[ \t]+(?:the|her|his|their|our|my)[ \t]+"
    r"|(?:ydi|yw|ydy|oedd)[ \t]+enw(?:['’]r[ \t]+|[ \t]+(?:ei|eu|fy|ein)[ \t]+))"
    + _HOME_WORDS
    + r"\b(?!['’]s)"  # not "the name of the farm's owner"
)
_NAME_THEN_OF_HOME_WORDS = (" name of ", "nw'r ", "nw’r ", "nw ei ", "nw eu ")
_NAME_AFTER = re.compile(rf"{WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o|uchaf|isaf)|['’]r)?[ \t]+{WORD}){{0,3}}")
# A name read off a gate, a slate or a door, said to be the house's name: "at Rhosyn, the name painted on the
# slate by the door", "Glan Morfa sy ar y giât" (round twenty-three). An everyday word is a name here too.
# A park-home or caravan site said to be one: "Morfa Gwyn is a holiday park", "Cresswell Lawns is the park-home end".
_SITE_WORDS = ("holiday park", "caravan park", "caravan site", "park home", "park-home")
_NAMED_SITE = re.compile(
    rf"({WORD}(?:[ \t]+{WORD}){{0,2}})[ \t]+(?:is|was|yw|ydy|oedd)[ \t]+(?:a|an|the|y|yr)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,3}?\Z"
)
_ON_THE_GATE = (
    " on the gate",
    " on the slate",
    " on the door",
    " on the sign",
    " ar y giât",
    " ar y gât",
    " ar y llechen",
)
_NAMED_ON_GATE = re.compile(
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t-]+{WORD}){{0,3}})[\"”’']?"
    r"(?:,?[ \t]+(?:the|its|their|is[ \t]+the)[ \t]+(?:house[ \t]+|farm[ \t]+)?name"
    r"(?:[ \t]+(?:painted|carved|written|burnt|burned|cut|lettered))?"
    r"|[ \t]+(?:sy|sydd|oedd)(?:[ \t]+(?:wedi['’]i[ \t]+\w+))?)\Z"
)


def homes_called(text: str, found: Needles) -> list[tuple[int, int]]:
    """Homes named after the word for them and "called" ("a house called Hafod")."""
    out = []
    for needle in _CALLED_WORDS:
        for at in found.starts(needle):
            name = _NAME_AFTER.match(text, at + len(needle))
            before = at - 3 if needle == "r enw " else at  # back over " o'" to the word for the home
            if needle == "r enw " and text[max(0, before) : at + 1] not in (" o'r", " o’r"):
                name = None
            if name and _HOME_WORD_BEFORE.search(text, max(0, before - 34), before):
                words = name.group().split()
                if not (
                    name.group() in lx.PLACES or name.group() in lx.NOT_PERSON or all(w in lx.COMMON for w in words)
                ):
                    out.append(name.span())  # not "a place called Aberystwyth", "a place called Home"
    for needle in _NAME_OF_HOME_WORDS:
        for at in found.starts(needle):
            said = _NAME_OF_HOME.match(text, max(0, at - 2))
            name = _NAME_AFTER.match(text, said.end()) if said else None
            if name and name.group() not in lx.PLACES and name.group() not in lx.NOT_PERSON:
                out.append(name.span())
    for at in found.positions(_NAME_THEN_OF_HOME_WORDS):
        fronted = _NAME_THEN_OF_HOME.search(text, max(0, at - 70), at + 40)
        if fronted and fronted.group(1) not in lx.PLACES and fronted.group(1) not in lx.NOT_PERSON:
            out.append(fronted.span(1))
    for at in found.positions(_SITE_WORDS):
        site = _NAMED_SITE.search(text, max(0, at - 70), at)
        if site and site.group(1) not in lx.PLACES and site.group(1) not in lx.NOT_PERSON:
            out.append(site.span(1))
    for needle in _ON_THE_GATE:
        for at in found.starts(needle):
            gate = _NAMED_ON_GATE.search(text, max(0, at - 90), at)
            if gate and gate.group(1) not in lx.PLACES and gate.group(1) not in lx.NOT_PERSON:
                out.append(gate.span(1))
    return out


# A housing estate named before a lower-case "estate": "on the Gurnos estate", "the Maes-y-Coed
# estate", which places a home to a few streets; not an industrial or trading estate.
_ESTATE_NAME = re.compile(
    rf"(?:\b(?:on|off|at|from|to|in|near|round|around|across|behind|by)[ \t]+the[ \t]+)"
    rf"({WORD}(?:[ \t]+(?:(?:y|yr|ar|a|o)[ \t]+)?{WORD}){{0,3}})[ \t]+estate\b"
)
_NOT_ESTATE = frozenset({"Industrial", "Trading", "Business", "Retail", "Enterprise", "National", "Crown", "Country"})


# ... and in Welsh, the lower-case word first: "ar stad Bro Deg", "i fyngalo ar ystad Pen y Bryn".
_STAD_NAME = re.compile(
    rf"\b(?:ar|ym|yn|o|i|on|at)[ \t]+(?:y[ \t]+|yr[ \t]+|the[ \t]+)?(?:stad|ystad)[ \t]+"
    rf"({WORD}(?:[ \t]+(?:(?:y|yr|ar|a|o)[ \t]+)?{WORD}){{0,3}})"
)


def housing_estates(text: str, found: Needles) -> list[tuple[int, int]]:
    """Housing estates named in lower-case English ("on the Maes Ifan estate") or Welsh ("ar stad Bro Deg")."""
    out = []
    for at in found.starts("stad "):
        for m in _STAD_NAME.finditer(text, max(0, at - 12), at + 80):
            name = m.group(1)
            if m.start(1) == at + 5 and not (name in lx.NOT_PERSON and name not in lx.PLACES):
                out.append(m.span(1))
    for at in found.starts(" estate"):
        for m in _ESTATE_NAME.finditer(text, max(0, at - 60), at + 7):
            name = m.group(1)
            words = name.split()
            if m.end() != at + 7 or words[-1] in _NOT_ESTATE or (name in lx.NOT_PERSON and name not in lx.PLACES):
                continue
            if all(w in lx.COMMON for w in words) or words[0] in lx.FIRST and len(words) == 1:
                continue  # "the Council estate", "the Bute estate" of a family is left to the name finders
            before = text[max(0, m.start() - 30) : m.start()].split()
            if before and before[-1][:1].isupper() and before[-1][-1:].isalpha() and len(before) > 1:
                continue  # "on Clos Tŷ Coch on the Glanffrwd estate": the street before it is the address
            out.append(m.span(1))
    return out


# The commonest relation words, one of which a text must hold before homes_by_landmark reads it.
_LANDMARK_GATE_CY = (
    "yferbyn",
    "ar ôl",
    "heibio'r",
    "hibo'r",
    "tu ôl",
    "tu cefn",
    "wchben",
    "rws nesa",
    "wrth ymyl",
    "heibio i",
    "ger y",
    "wrth y",
    *_WRTH_A_PART,
    "o dan",
    "ar ben",
    "ar waelod",
    "ar bwys",
    "ym mhen",
    "drws",  # "dri drws i lawr o"
    "gornel",
    "yny'r",
    "awr'r",
    "an'r",
    "dros y ffordd",
    "dros y lôn",
    "dros y stryd",
    "jyst cyn",
    "jest cyn",
    "jyst ar ôl",
)
_LANDMARK_GATE_EN = (
    "pposite",
    "ehind",
    "above",
    "next to",
    "beside",
    "past ",  # "past the chapel", "past Capel Seion"; not "past midnight"
    "by the",
    "near the",
    "down from",
    "up from",
    "at the end",
    "at the top",
    "at the bottom",
    "at the back",
    "next door",  # "lives next door to the Co-op"
    "facing",
    "beyond",
    "under the",
    "the road from",
    "the lane from",
    "side of",
    "just before",
    "just after",
    *(f"by {name}" for name in CHAPEL_NAMES),
)
_LANDMARK_GATE_FROM = ("corner from", "lane from", "road from", "across from")
_OVER_THE_HOMES = ("flat", "house", "room", "bungalow", "cottage", "caravan", "bedsit", "maisonette")
# "byw ar ben ei hun": on his own, not on top of anything.
_ON_ONES_OWN = re.compile(r"[ \t]*(?:ei|eu|fy|dy|ein|eich|['’][iuy])[ \t]+(?:hun|hunan|hunain)\b")  # "ar ben 'i hunan"


def homes_by_landmark(text: str, welsh: bool, found: Needles) -> list[tuple[int, int]]:
    """Homes placed by a landmark in a sentence that says someone lives there."""
    if not (
        found.any(_LANDMARK_GATE_CY)
        if welsh
        else (
            found.any(_LANDMARK_GATE_EN)
            or (found.has("over ") and found.any(_OVER_THE_HOMES))
            or (found.has(" from ") and found.any(_LANDMARK_GATE_FROM))  # "doors down from" is "down from", above
        )
    ):
        return []  # one quick look for the commonest relation words before the slower search
    out = []
    for at in found.positions(_relation_needles(found, welsh)):
        if text.startswith(("past ", "over "), at) and not (
            text.startswith("the ", at + 5) or text[at + 5 : at + 6].isupper()
        ):
            continue  # past or over a time or a number, not a landmark
        rel = _RELATION_AT.match(text, at)
        if not rel or (at and text[at - 1].isalpha()) or _ON_ONES_OWN.match(text, rel.end()):
            continue
        home = _HOME_BEFORE_RELATION.search(text, max(0, rel.start() - 90), rel.start())
        one = None if home else _THE_ONE.search(text, max(0, rel.start() - 50), rel.start())
        if one and (
            _HOME_JUST_BEFORE.search(text, max(0, one.start() - 40), one.start()) or _PAINTED.search(one.group())
        ):
            landmark = _LANDMARK_AFTER.match(text, rel.end())
            if landmark and not _a_person(landmark.group()) and not _OWN_GROUND.fullmatch(landmark.group().strip()):
                out.append(
                    (one.start(), before_someone(text, landmark.start(), landmark.end()))
                )  # "fflat un llofft, yr un uwchben siop barbwr ..."
            continue
        if (
            not home
            and rel.group() != "under"
            and _LIVES_RIGHT_BEFORE.search(text, max(0, rel.start() - 30), rel.start())
        ):
            landmark = _LANDMARK_AFTER.match(text, rel.end())
            if landmark and _PASSING.match(landmark.group().strip()):
                continue  # "she stayed past the last bus": a time, not a place
            if landmark and not text.startswith(_NEAR_ONLY, rel.start()) and not _a_person(landmark.group()):
                out.append(
                    (rel.start(), before_someone(text, landmark.start(), landmark.end()))
                )  # "they live above the Spar"
            continue
        landmark = _LANDMARK_AFTER.match(text, rel.end()) if home else None
        if (
            landmark
            and rel.group().startswith("ar ")
            and rel.group().endswith("ôl")
            and not _AFTER_A_LANDMARK.match(landmark.group())
        ):
            continue  # "i'r tŷ ar ôl cinio": after a time, not past a place
        if home and _BARE_FLAT.match(home.group()) and not rel.group().startswith(("above", "over", "uwchben")):
            continue  # "flat behind the house" is the ground, not a home: a bare flat is one over a shop
        if not home or not landmark or _OWN_GROUND.fullmatch(landmark.group().strip(" \t'’")):
            continue  # "y tŷ newydd ar waelod y buarth": placed on the family's own land, not by a landmark
        if _ANY_ONE.match(landmark.group()):
            continue  # "from a flat over a shop to sheltered housing": any shop, so no one home
        if text.startswith(_NEAR_ONLY, rel.start()) and text[home.start() : home.start() + 2] in ("a ", "A "):
            continue  # "a shared house near the station": any of many, not one home
        if _ONE_OF.search(text, max(0, home.start() - 12), home.start() + 3) or _a_person(landmark.group()):
            continue  # "un o'r tai cyngor uwchben y parc": one of a row; "next door to Gwenda": a person
        window = cue_window(text, home.start(), 90)
        # someone "in" or "from" the house: "Kez's mum, in the flats opposite the chapel"
        inside = (
            (
                _IN_A_HOME.search(text, max(0, home.start() - 6), home.start())
                or _PERSON_THEN_COMMA.search(text, max(0, home.start() - 30), home.start())  # "Mrs J. Skyrme, the flat"
            )
            or (
                text[home.start()] in "'’" and text[home.start() - 2 : home.start()] in (" o", " i")  # "o'r tŷ olaf"
            )
        )
        owned = _OWNED_HOME.match(text, home.start()) is not None  # "her cottage is just past the chapel"
        owned = owned or _PAINTED.search(home.group()) is not None  # "the house with the blue door opposite the Legion"
        if (
            inside
            or owned
            or _LIVES_THERE_AFTER.match(text, landmark.end())
            or _SINGLED_OUT.match(home.group())  # "the end house past Soar", "y tŷ gwyn wrth y bont"
            or _LIVING.search(window)
            or _LIVING.search(text, home.start(), landmark.end() + 16)
        ):
            start = home.start() + 2 if text[home.start()] in "'’" else home.start()
            out.append((start + (text[start] == " "), before_someone(text, landmark.start(), landmark.end())))
    return out


# A home told by the colour of its door, gate or windows and placed by a landmark is one home, whoever is said to live
# there (round forty-four): "stopped outside the house with the blue door opposite the Legion", "it's the one with the
# green door across from the chapel", "y tŷ â'r drws glas gyferbyn â'r Llew Du".
_COLOURS = (
    r"red|green|blue|yellow|white|black|pink|purple|orange|grey|gray|brown|navy|coch|goch|gwyrdd|werdd|glas|las|melyn"
    r"|felen|gwyn|wen|du|ddu|pinc|llwyd|lwyd|porffor|oren|brown|frown"
)
_PARTS = (
    r"doors?|front[ \t]+door|gates?|shutters|railings|windows|window[ \t]+frames|fence|porch|roof|decking|drws|ddrws"
    r"|giât|gât|giatiau|gatiau|ffenestri|ffens|to|porth|rheiliau|caeadau"
)
_PAINTED = re.compile(
    r"(?i:\b(?:with|â|ag|efo|gyda)(?:[ \t]+(?:the|a|y|yr)[ \t]+|['’]r[ \t]+)"
    rf"(?:(?:[^\W\d_]+[ \t]+)?(?:{_COLOURS})[ \t]+(?:{_PARTS})|(?:{_PARTS})[ \t]+(?:{_COLOURS}))\b)"
)


# One house of a row or a street singled out by where it stands in it or by its colour, and placed by a landmark, is
# a home whoever is said to live there (round forty-seven): "pointed out the white house past the chapel", "to her
# aunty's, the end house past Soar", "y tŷ pen ar bwys y bocs ffôn", "y byngalo gwyn wrth ymyl y garej". With "a"
# before it, it is any one of many.
_ONE_HOME = (
    r"(?:house|bungalow|cottage|flat|farmhouse|caravan|terrace|static|tŷ|dŷ|thŷ|nhŷ|byngalo|fyngalo|bynglo|fynglo"
    r"|bwthyn|fwthyn|fflat|ffermdy|carafán|garafán)"  # one home, not a row of them ("y tai gwyn uwchben y traeth")
)
_SINGLED_OUT = re.compile(
    r"(?i:(?:the|y|yr|['’]r)[ \t]+(?:[^\W\d_]+[ \t]+)*?"
    r"(?:(?:end|last|first|corner|white|grey|gray|pink)[ \t]+(?:[^\W\d_]+[ \t]+)?" + _ONE_HOME + r"\b"
    r"|" + _ONE_HOME + r"(?:[ \t]+[^\W\d_]+)?[ \t]+(?:pen|ola|olaf|ola['’]|cynta|cyntaf|gynta|gyntaf|cynta['’]"
    r"|gynta['’]|gwyn|wen|llwyd|pinc)\b))"
)


# A bus or a train that has gone, or a time, after "past" or "after" (round forty-three): "stayed past the last bus".
_PASSING = re.compile(
    r"(?i:(?:the|y|yr)[ \t]+(?:last|first|next|ola['’]?|olaf|cynta['’]?|nesa['’]?)[ \t]+"
    r"(?:bus|train|tram|one|time|orders|bws|trên|tro)\b)"
)


# ... or who lives there said just after it (round forty-one): "past the cottage behind Capel Salem where his daughter
# Carys lives", "y tŷ gwyn wrth y bont lle mae Nain yn byw".
_LIVES_THERE_AFTER = re.compile(
    r"(?i:[ \t,]*(?:where|lle|which|who)\b[^.;:!?\n]{0,40}?\b(?:lives?|lived|living|stays?|stayed|byw|fyw)\b)"
)


# A home described just after its name, as practitioners place it for a visitor: "Bodlondeb, y byngalo wrth yr
# hen stesion", "Tŷ Sylfaen — y tŷ mawr llwyd ar bwys yr hen orsaf heddlu", "Gwylan, the van two down with the
# windmill". The description places the same home, so it is as identifying as the name.
_DWELLINGS = (
    r"tŷ|dŷ|nhŷ|thŷ|byngalo|fyngalo|bynglo|fynglo|bwthyn|fwthyn|ffermdy|fferm|ffarm|fflat|lle|un|llofft|garafán"
    r"|tyddyn|dyddyn"  # "Gwastad Grugiar, y tyddyn bach gwyn ar y dde jest ar ôl y grid" (round forty-three)
    r"|carafán|house|bungalow|cottage|farmhouse|farm|flat|place|one|van|caravan|semi|terrace|smallholding|croft"
)
_APPOSED_HOME = re.compile(
    r"[ \t]*(?:,|[–—]|[ \t]-)[ \t]*("
    r"(?:(?:y|yr|the|a|an)[ \t]+(?:[^\W\d_]+['’]?[ \t]+){0,3}?(?:" + _DWELLINGS + r")(?![\w'’])"
    # ... or the way to it, from the turn (round forty-three): "lives at Penrallt, second left after the cattle grid
    # above the chapel", "yn Nhyddyn Gwyn, yr ail ar y chwith ar ôl y grid"
    r"|(?:(?:the|y|yr)[ \t]+)?(?:first|second|third|fourth|last|next|gyntaf|ail|trydydd|drydedd|olaf)[ \t]+"
    r"(?:on[ \t]+the[ \t]+|ar[ \t]+y[ \t]+|i['’]r[ \t]+)?(?:left|right|turning|chwith|whith|dde)(?![\w'’]))"
    r"[^.;:!?\n()\"“”,–—]{0,90}?)"
    r"(?=[ \t]*(?:[.;:!?\n()\"“”,–—]|\Z))"
)
_PLACED_BY = re.compile(
    r"(?i:\b(?:gyferbyn|ar[ \t]+bwys|wrth|tu[ \t]+ôl|tu[ \t]+cefn|ar[ \t]+ôl|uwchben|dan|ger|drws[ \t]+nesa|rhwng"
    r"|cynta['’]?|gynta['’]?|ola['’]?|olaf|chwith|whith|dde|efo['’]r|gyda['’]r|â['’]r|opposite|behind|next[ \t]+to"
    r"|by|near"
    r"|past|above|over|below|beside|first|last|end|with|down|up|across)\b)"
)


_WHO_ELSE = re.compile(r"[ \t]+(?:with|and|gyda|gydag|efo|a|ac)[ \t]+(?:her|his|their|my|ei|eu|fy|ein)\b")
_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+")


def homes_placed_after_name(text: str, homes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each home in HOMES with the description placed right after it, when that says where the home is: one
    detail, name and description, as a reader would take them."""
    out = []
    for start, end in homes:
        m = _APPOSED_HOME.match(text, end)
        if not m:
            continue
        stop = before_someone(text, m.start(1), m.end(1))
        if _PLACED_BY.search(text, m.start(1), stop):
            out.append((start, stop))
    return out


# A house's name just before its numbered street, a comma between (round forty-two): "yn Bryn Cwarel, 9 Ffordd
# Tan-y-Foel", "Mrs Glenys Llwyd, Min y Morfa, 4 Cilgant yr Wylan": one address, its house named first.
_HOUSE_BEFORE_NUMBER = re.compile(
    r"(?<![\w'’-])([A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t]+(?:(?:y|yr|ar|a)[ \t]+)?[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+"
    r"(?:['’-][^\W\d_]+)*){1,2})[ \t]*,[ \t]*\Z"
)


def houses_before_numbers(
    text: str, homes: list[tuple[int, int]], people: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The house named just before each home of HOMES that opens with its number, when no one of PEOPLE is named
    there and the words are not a town's."""
    out = []
    for start, _ in homes:
        if not text[start : start + 1].isdigit():
            continue
        m = _HOUSE_BEFORE_NUMBER.search(text, max(0, start - 40), start)
        if not m:
            continue
        name = m.group(1)
        first = name.split()[0]
        if name in lx.PLACES or name in lx.NOT_PERSON or first in lx.FIRST or first in lx.SURNAMES:
            continue
        if any(a < m.end(1) and m.start(1) < b for a, b in people) or first in ("Mrs", "Mr", "Miss", "Ms", "Dr"):
            continue  # "Mrs Glenys Llwyd, 4 Cilgant yr Wylan": who lives there, found as a name
        if first not in lx.HOUSE_ELEMENTS and first not in _HOME_STARTS_CY and not _home_shaped(name.split()):
            continue  # "Aberystwyth, 4 Heol y Wig": a town, left to the lists
        out.append(m.span(1))
    return out


def before_someone(text: str, s: int, e: int) -> int:
    """Where a home's description from S to E ends before someone else named in it: "the farm on the Nantglyn
    road with her husband Iestyn", "y tŷ wrth y capel lle mae Gwen": he and she are names of their own."""
    joined = _WHO_ELSE.search(text, s, e)
    if joined:
        e = joined.start()
    for word in _CAPITALISED_WORD.finditer(text, s, e):
        if (word.group() in lx.FIRST or word.group() in lx.FIRST_MUTATED) and not (
            _PART_OF_A_NAME.match(text, word.end()) or _THE_BEFORE.search(text, max(0, word.start() - 8), word.start())
        ):
            e = word.start()
            break
    return len(text[:e].rstrip(" \t,"))


# ... but not a name that is part of a place's or a landmark's: "Megan's old house", "Alexandra Road", "ar Ben y
# Bont", "behind the Berwyn".
_PART_OF_A_NAME = re.compile(r"['’]s\b|[ \t]+(?:(?:y|yr|a|o|of|the)[ \t]+)?[A-ZÀ-ÖØ-ÞŴŶ]")
_THE_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|y|yr|festri|capel|chapel|vestry|eglwys|church)|['’]r|[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+)[ \t]+\Z"
)  # "behind the Berwyn", "tu ôl i festri Bethel", "past Ysgol Bethel"


# Directions to someone's home, given so that carers can find it: "take the third gate on the
# left after the cattle grid", "lôn gyntaf ar y chwith ar ôl y capel bach", "y giât haearn
# gyferbyn â'r hen efail". Read only in the two sentences after a word that says so.
_DIRECTIONS_CUE = re.compile(
    r"(?i:directions|find\s+(?:it|the\s+(?:house|farm|place|cottage))|sat[ \t-]?nav|cyfarwyddiadau|gyfarwyddiadau"
    r"|ffeindio['’]r\s+(?:lle|tŷ|fferm)|dod\s+o\s+hyd\s+i['’]r\s+(?:lle|tŷ|fferm)|anodd\s+ei\s+ff?einio|nododd\s+hi['’]r\s+ffordd"
    r"|hard\s+to\s+find|anodd\s+ei\s+ffeindio"
    # ... or a note to whoever visits next (round thirty-eight): "For new staff: it's the first gate past Bethel on
    # the Melincourt road", "For anyone visiting: it's the bungalow …", "Nodyn i staff newydd: …"
    r"|for\s+(?:new\s+staff|anyone\s+visiting|visitors|visiting\s+staff)|i\s+staff\s+newydd|i\s+ymwelwyr)"
)
_DIRECTIONS_GATE_CY = ("yfarwyddiad", "ffeindio", "staff newydd", "ymwelwyr")
_DIRECTIONS_GATE_EN: tuple[str, ...] = ("irections", "o find it", "or new staff", "or anyone visiting", "or visitors")
_DIRECTIONS_GATE_EN += ("or visiting staff",)
_DIRECTIONS_NEEDLES = (
    *("or new staff", "or anyone visiting", "or visitors", "or visiting staff", "staff newydd", "ymwelwyr"),
    "irections",
    "yfarwyddiadau",
    "atnav",
    "at nav",
    "at-nav",
    "find it",
    "ind it",
    "find the",
    "ffeindio",
    "hyd i'r",
    "anodd ei",
)
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|last|next|cyntaf|gyntaf|ail|trydydd|drydydd|trydedd|drydedd|pedwerydd"
    r"|bedwerydd|pedwaredd|bedwaredd|pumed|olaf|nesaf)"
)
_WAY_NOUN = (
    r"(?:gate|lane|track|turning|turn|drive|entrance|door|house|cottage|farm|bungalow|giât|gât|lôn|lon|llwybr|tro"
    r"|troad|tŷ|ty|drws|fferm|bwthyn|byngalo|trac)"
)
_WAY_RELATION = (
    r"(?:on\s+the\s+(?:left|right)|after|past|opposite|beyond|just\s+before|by\s+the|ar\s+y\s+(?:chwith|whith|dde)"
    r"|ar\s+ôl|heibio|gyferbyn|wrth\s+y|cyn\s+y|dros\s+y)"
)
_DIRECTION = re.compile(
    rf"(?i:\b(?:(?:the|y|yr)\s+)?(?:{_ORDINAL}\s+)?{_WAY_NOUN}(?:\s+{_ORDINAL})?\b(?:\s+[^\W\d_]+['’]?){{0,3}}?"
    rf"\s+{_WAY_RELATION}\b[^.;!?\"“”\n]{{2,80}}?)(?=[.;!?\"“”\n]|\Z)"
)


def directions_home(text: str, welsh: bool, found: Needles) -> list[tuple[int, int]]:
    """Directions to a home, in the two sentences after a word such as "directions" or "cyfarwyddiadau"."""
    if not found.any(_DIRECTIONS_GATE_CY if welsh else _DIRECTIONS_GATE_EN):
        return []
    out = []
    for at in found.positions(_DIRECTIONS_NEEDLES):
        cue = _DIRECTIONS_CUE.match(text, max(0, at - 2))
        if not cue:
            cue = _DIRECTIONS_CUE.search(text, max(0, at - 12), at + 40)
        if not cue:
            continue
        stop = cue.end()
        for _ in range(2):
            end = _SENTENCE_END.search(text, stop)
            stop = end.end() if end else len(text)
        for m in _DIRECTION.finditer(text, cue.end(), min(stop + 1, len(text))):
            postcode = _POSTCODE_AT_END.search(m.group())
            out.append((m.start(), m.start() + postcode.start() if postcode else m.end()))  # the postcode apart
    return out


_POSTCODE_AT_END = re.compile(r",?[ \t]*\(?[A-Z]{1,2}[0-9][0-9A-Z]?[ \t]*[0-9][A-Z]{2}\)?[ \t]*\Z")


# --- Named care homes --------------------------------------------------------------------------

# A care home's name places the person who lives there: "Llys Gwyn care home", "Hafod Lon
# Residential Home", "i gartref gofal Llys Gwyn", "Cartref Nyrsio Bryn Eithin".
# What comes before " home" in a care home's kind, and the start of "cartref gofal" in Welsh.
_CARE_KINDS = frozenset({"care", "nursing", "residential", "rest"})
_CARE_NEEDLES = (" home", " Home")
_CARE_KINDS_CY = ("gofal", "nyrsio", "preswyl", "Gofal", "Nyrsio", "Preswyl")
_CARE_CY = re.compile(
    rf"(?:[CcGg]|[Nn]gh|[Cc]h)artref[ \t]+(?:[Gg]ofal|[Nn]yrsio|[Pp]reswyl)[ \t]+"
    rf"((?:y|yr)[ \t]+)?({WORD}(?:[ \t]+(?:(?:y|yr|ar|a|o)[ \t]+)?{WORD}){{0,3}})"
)
# Words that may join a care home's name: "Plas y Coed", "The Beeches", "Ty'n y Wern".
_CARE_LINKS = frozenset({"y", "yr", "ar", "o", "on", "of", "the"})
# Before a care home's name: a description of the kind of home, not its name ("a Bangor care home").
_CARE_KIND = frozenset({"a", "an", "any", "another", "every", "which", "what", "local", "private", "council", "our"})


def named_care_homes(text: str, found: Needles) -> list[tuple[int, int]]:
    """The names of care homes, before "care home" in English or after "cartref gofal" in Welsh."""
    out: list[tuple[int, int]] = []
    for needle in _CARE_NEEDLES:
        for at in found.starts(needle):
            k = at
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            if text[k:at].lower() in _CARE_KINDS and k > 1 and text[k - 1] == " ":
                name = _care_name_before(text, k - 1)
                if name:
                    out.append(name)
    for at in found.starts("artref "):
        kind = text.startswith(_CARE_KINDS_CY, at + 7)  # most "cartref" is a home, not a care home
        m = kind and (_CARE_CY.match(text, max(0, at - 3)) or _CARE_CY.match(text, max(0, at - 1)))
        if not m:
            continue
        words = list(WORDS.finditer(text, m.start(2), m.end(2)))
        while words and words[-1].group() in _NOT_NAME_TAIL:
            words.pop()
        if not words or all(w.group() in lx.COMMON for w in words):
            continue
        end = words[-1].end()
        phrase = " ".join(text[m.start(2) : end].split())
        if phrase in lx.PLACES:
            continue  # "cartref gofal Pwllheli": a town's home, not named
        out.append((m.start(2), end))
    return out


def _care_name_before(text: str, at: int) -> tuple[int, int] | None:
    """The capitalised name that ends just before AT ("Llys Gwyn" in "Llys Gwyn care home")."""
    words: list[tuple[int, str]] = []
    j = at
    for _ in range(5):
        k = j
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
            k -= 1
        w = text[k:j]
        if not w or not (w[0].isupper() or w in _CARE_LINKS):
            break
        words.insert(0, (k, w))
        if k < 2 or text[k - 1] not in " \t":
            break
        j = k - 1
    while words and (words[0][1] in _CARE_LINKS or words[0][1] in lx.COMMON and words[0][1] not in _STREET_NAME_WORDS):
        words.pop(0)  # "The", "Our", "In" before the name
    if not words:
        return None
    start = words[0][0]
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower().strip(",") in _CARE_KIND:
        return None  # "a Llandudno care home": which town, not which home
    names = [w for _, w in words if w not in _CARE_LINKS]
    if all(w in lx.COMMON or w in lx.PLACE_WORDS for w in names) or " ".join(names) in lx.PLACES:
        return None  # "Council care home", "the Wrexham care home"
    if names[-1].endswith(("'s", "’s")) or names[0] in lx.NOT_PERSON:
        return None  # "Bupa's care home", a chain or a body
    return start, at


# --- Where someone stays, named beside its kind ------------------------------------------------

# A hostel, a refuge, a children's home or sheltered flats place whoever stays there as a care home does: "the
# Maes Glas hostel", "Hafan Deg children's home", "hostel Tŷ'r Wennol", "lloches Glan Hafren", and a name with
# its kind after a comma, "Albion Lodge, the approved premises", "Llys Glan Lwyd, y fflatiau gwarchod".
_STAY_KINDS_EN = (" hostel", " Hostel", " refuge", " Refuge")
_CHILDRENS_HOME = ("hildren's home", "hildren’s home", "hildren's Home", "hildren’s Home")
_STAY_CY = re.compile(
    # "hostel" in lower case only: "Hostel Pen y Gwryd" is a building's whole name, a venue, as the walkers' is
    rf"(?<![\w'’])(?:hostel|[Ll]loches|fflatiau[ \t]+gwarchod|cartref[ \t]+plant)[ \t]+((?:y|yr)[ \t]+)?"
    rf"({WORD}(?:[ \t]+(?:(?:y|yr|ar|a|o)[ \t]+)?{WORD}){{0,3}})"
)
_STAY_NEEDLES_CY = ("ostel ", "loches ", "latiau gwarchod ", "artref plant ")
_KIND_AFTER_COMMA = re.compile(
    r",[ \t]+(?:the|y|yr)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?"
    r"(?:hostel|approved[ \t]+premises|refuge|(?:care|nursing|residential|children['’]s)[ \t]+home"
    r"|sheltered[ \t]+(?:flats|housing|bungalows)|supported[ \t]+(?:flats|housing|living[ \t]+house)"
    r"|residential[ \t]+unit|uned[ \t]+breswyl"  # "Tŷ Gwernen, the residential unit" (round thirty-three)
    r"|lloches|fflatiau[ \t]+gwarchod|tai[ \t]+gwarchod|cartref[ \t]+(?:gofal|preswyl|nyrsio|plant))\b"
)
_KIND_AFTER_COMMA_NEEDLES = (
    "hostel",
    "premises",
    "refuge",
    "care home",
    "nursing home",
    "residential home",
    "hildren's home",
    "hildren’s home",
    "sheltered ",
    "supported ",
    "lloches",
    "latiau gwarchod",
    "tai gwarchod",
    "cartref gofal",
    "cartref preswyl",
    "cartref nyrsio",
    "cartref plant",
    "residential unit",
    "uned breswyl",
)


_STAY_HEADS = frozenset({"Llys", "Tŷ", "Ty", "Tai", "Maes", "Llety", "Plas", "Hafod", "Bron", "Cae"})
_WORD_AT_END = re.compile(rf"({WORD})[ \t]+\Z")  # compiled once: read for every hostel or refuge named


def _stay_name_before(text: str, at: int) -> tuple[int, int] | None:
    """The name that ends just before AT, its home word kept: "Maes Glas" of "the Maes Glas hostel"."""
    name = _care_name_before(text, at)
    if name is None or not text[name[1] - 1].isalpha() or text[name[0] : name[1]].split()[-1] in _CARE_LINKS:
        return None  # "Out of refuge": a name ends in a word of its own
    start = name[0]
    while True:  # give back the home words _care_name_before takes for sentence words ("Llys", "Tŷ")
        m = _WORD_AT_END.search(text[max(0, start - 20) : start])
        if not m or m.group(1) not in _STAY_HEADS:
            return start, name[1]
        start -= len(m.group())


def homes_named_by_their_kind(text: str, found: Needles) -> list[tuple[int, int]]:
    """Hostels, refuges, children's homes and sheltered flats named beside the word for their kind."""
    out: list[tuple[int, int]] = []
    for needle in _STAY_KINDS_EN:
        for at in found.starts(needle):
            if at > 1 and text[at - 1].isalpha():
                name = _stay_name_before(text, at)  # "the Maes Glas hostel"
                if name:
                    out.append(name)
    for needle in _CHILDRENS_HOME:
        for at in found.starts(needle):
            k = at - 1  # the "c" of "children's"
            if k > 1 and text[k - 1] == " " and text[k] in "cC":
                name = _stay_name_before(text, k - 1)  # "Hafan Deg children's home"
                if name:
                    out.append(name)
    for at in found.positions(_STAY_NEEDLES_CY):
        m = _STAY_CY.match(text, max(0, at - 2)) or _STAY_CY.match(text, max(0, at - 1))
        if not m:
            continue
        words = [w.group() for w in WORDS.finditer(text, m.start(2), m.end(2))]
        if all(w in lx.COMMON or w in lx.PLACE_WORDS for w in words) or " ".join(words) in lx.PLACES:
            continue  # "hostel Aberystwyth": which town's, not which one
        out.append(m.span(2))  # "hostel Tŷ'r Wennol"
    for at in found.positions(_KIND_AFTER_COMMA_NEEDLES):
        comma = text.rfind(",", max(0, at - 40), at)
        if comma < 2 or not _KIND_AFTER_COMMA.match(text, comma):
            continue
        name = _stay_name_before(text, comma)  # "Albion Lodge, the approved premises"
        if name and not (name[1] - name[0] < 40 and text[name[0] : name[1]] in lx.PLACES):
            out.append(name)
    return out


# --- A home named beside the word for it -------------------------------------------------------

# "her home, Brynhyfryd,", "i'w chartref, Brynhyfryd": a name after a dwelling word and a comma ...
_DWELLING_COMMA = re.compile(
    r"(?i:\b(?:home|house|farm|cottage|bungalow|smallholding|farmhouse|cartref|gartref|chartref|nghartref"
    r"|fferm|ffarm|ffermdy|tŷ|dŷ|thŷ|nhŷ|bwthyn|fwthyn|tyddyn|dyddyn|byngalo)"
    r"(?:[ \t]+[a-zâêîôûŵŷ'’]+){0,4}[ \t]*,[ \t]*\Z)"  # "fferm ei rieni, Penffordd-wen", "farm of her own, X"
)
# ... or before one: "Ty'n-y-Coed, the farm above Llanfihangel", "Ffynnon Wen, y tŷ lle cafodd ei geni".
HOME_AFTER = re.compile(
    r"(?i:,[ \t]+(?:the|a|an|their|her|his|y|yr|ei|eu)[ \t]+(?:(?:old|family|little|hill|sheep|dairy|small|hen)[ \t]+)?"
    r"(?:farm|farmhouse|house|cottage|smallholding|bungalow|home|croft|fferm|ffarm|ffermdy|tŷ|dŷ|thŷ|nhŷ|bwthyn|fwthyn"
    r"|tyddyn|dyddyn|byngalo|cartref|gartref|nghartref|chartref)\b)"
)


def named_beside_dwelling(text: str, s: int, end: int) -> bool:
    """Is the name text[s:end] set beside a word for a home ("her home, X", "X, the farm ...")?"""
    return _DWELLING_COMMA.search(text, max(0, s - 50), s) is not None or HOME_AFTER.match(text, end) is not None


# --- A place's name made a farm's by its tail ---------------------------------------------------

# "Penlan-isaf", "Llwyncelyn Uchaf": a village's or district's name with "isaf", "uchaf" or "ganol"
# is a farm or a house, read as a home after a preposition or near a word for living there.
_PLACE_FARM_TAIL = re.compile(r"[- ](?:isaf|uchaf|ganol|isa|ucha|Isaf|Uchaf|Ganol|Isa|Ucha|Fach)\b|-fach\b")


FARM_TAILS: tuple[str, ...] = (" Uchaf", " Isaf", " Ganol", " Ucha", " Isa", "-uchaf", "-isaf", "-ganol", "-Uchaf")
FARM_TAILS += ("-Isaf", " Fach", "-fach")
_TAILED_BEFORE = frozenset({"o", "from", "i", "to", "at", "yn", "ym", "yng", "ar", "on", "in", "near", "ger", "of"})


def tailed_farm_at(text: str, s: int, end: int) -> tuple[int, int] | None:
    """A farm named by any word and Uchaf, Isaf or Ganol after a preposition ("Elis o Benrhyn Uchaf")."""
    word = text[s:end]
    if word in lx.PLACES or word in lx.FIRST or word in lx.COMMON or word in lx.NOT_PERSON or word in _SETTLEMENT_HEADS:
        return (
            None  # a place's own farm is read by place_farm_at; "Dafydd Isaf" would be a man; "Capel Uchaf" a village
        )
    tail = _PLACE_FARM_TAIL.match(text, end)
    if not tail or (tail.end() < len(text) and text[tail.end()].isalnum()):
        return None
    window = cue_window(text, s)
    whose = _WHOSE_THEN.search(window) is not None  # "went to Taid's, Penbryn Isaf": his home, named after whose
    if previous_word(window).lower() not in _TAILED_BEFORE and not whose and not _home_cued(text, s, window):
        return None
    return s, tail.end()


_WHOSE_THEN = re.compile(r"\w['’]s,[ \t]*\Z")


def place_farm_at(text: str, s: int, end: int) -> tuple[int, int] | None:
    """A farm named from the place name at S..END and a tail ("down Penlan-isaf")."""
    tail = _PLACE_FARM_TAIL.match(text, end)
    if not tail:
        return None
    window = cue_window(text, s)
    if not (_after_preposition(window) or previous_word(window).lower() in ("down", "up", "lawr", "fyny")):
        return None
    if not (_home_cued(text, s, window) or HOME_AFTER.match(text, tail.end()) or _VISIT_CUE.search(window)):
        return None
    return s, tail.end()


# --- A home someone came to or moved into -------------------------------------------------------

# "Emrys came to Bryn Hedd", "she moved into Maple Court", "daeth hi i Blas y Coed", "aeth i mewn i
# Lys Gwyn", "symudodd i fyw i Fryn Awel": arriving at a place whose name has a word for a house,
# a farm or a care home in it is arriving home, even with no word for living there. Plain going
# ("went to", "aeth i") is an outing, not a move, so it needs "into", "back", "to live" or "i fyw".
# Looked for in the text in lower case, as a Welsh sentence opens with its verb ("Symudodd hi i Lys Gwyn"),
# by the stems of the verbs in the patterns below, each read back to its word's start.
_ARRIVAL_NEEDLES_EN: tuple[str, ...] = ("came ", "come", "went ", "go ", "goes ", "going ", "mov", "admitted ")
_ARRIVAL_NEEDLES_EN += ("transferred ", "settled ", "return", "been ", "with us ")
_ARRIVAL_NEEDLES_CY: tuple[str, ...] = ("aeth", "symud", "mynd ", "fynd ", "dod ", "ymgartrefodd ", "dychwel")
_ARRIVAL_NEEDLES_CY += ("gyda ni ", "efo ni ", "doth ", "dath ")  # round forty-two: "us", and the north's "ddoth"
_ARRIVAL_EN = re.compile(
    r"(?i:(?:came|come|comes|coming|moved|move|moves|moving|admitted|transferred|settled|returned|returns?|returning)"
    r"(?:[ \t]+(?:back|home|over|up|down|in|permanently|eventually|finally|to[ \t]+us))*[ \t]+(?:to|into|at|in|from)"
    r"|(?:went|go|goes|going)(?:[ \t]+(?:back|home|permanently|eventually|finally))*[ \t]+(?:into|in[ \t]+to"
    r"|to[ \t]+live[ \t]+(?:at|in)|back[ \t]+to|home[ \t]+to)"
    r"|(?:went|go|goes|going)[ \t]+back[ \t]+to"
    r"|been(?:[ \t]+(?:living|staying|settled))?[ \t]+(?:in|at)"  # "he's been in Bryn Seiont for a year"
    # a care home's staff (round forty-two): "She has been with us at Hafan Glyd since May"
    r"|with[ \t]+us[ \t]+(?:here[ \t]+)?(?:in|at))"
    r"[ \t]+(?:live[ \t]+(?:at|in)[ \t]+)?(?:the[ \t]+)?"
)
_ARRIVAL_CY = re.compile(
    r"(?i:(?:daeth|symudodd|symudwyd|symud|dod|ddod|daethon|symudon|symudais|symudes|ddaeth|ymgartrefodd|dychwelodd"
    r"|dychwelyd|ddychwelyd|dychwelon|ddoth|doth|ddath|dath)"
    rf"(?:[ \t]+(?:hi|e|o|ef|fe|nhw|ni|yn[ \t]+ôl|adre|adref|adra|draw|lan|yn[ \t]+barhaol|(?-i:{WORD})"
    r"|aton[ \t]+ni|atom[ \t]+ni|aton[ \t]+ni['’]n))*"  # round forty-two: "Daeth Beti aton ni i Hafan y Waun"
    r"|(?:aeth|mynd|fynd|aethon)(?:[ \t]+(?:hi|e|o|ef|fe|nhw|ni))*(?=[ \t]+(?:yn[ \t]+ôl|i[ \t]+mewn|i[ \t]+fyw))"
    r"|(?:gyda|efo|hefo)[ \t]+ni)"  # "Mae Megan wedi bod gyda ni yn Llys Carnlas ers mis Hydref"
    r"(?:[ \t]+(?:yn[ \t]+ôl|i[ \t]+mewn))?"
    r"[ \t]+(?:i|yn|ym|yng|o)(?:[ \t]+fyw[ \t]+(?:i|yn|ym|yng))?[ \t]+"  # "symudwyd hi o Fronheulog": a home left
)
# English words that end a house's or a care home's name (Maple Court, Hafod Lodge, Oak View).
_HOME_TAILS_EN = frozenset(
    "House Court Manor View Lodge Grange Gardens Mews Cottage Cottages Farm Farmhouse Villa Croft Towers".split()  # noqa: SIM905
)
# Welsh words that start one, every mutation included (Plas, Blas, Mhlas; Llys, Lys; Cartref, Gartref):
# homes, care homes and farms, not hills, woods and streams, which name places people go for a day out.
_HOME_STARTS = (
    "Llys Plas Tŷ Ty Cartref Hafan Cwrt Bryn Hafod Bod Maes Tyddyn Hendre Bwthyn Fferm Ffarm Ffridd Gelli Llwyn"
    " Ael Awel Bron Glan Erw Trem Golwg Min Bro Pant Cefn Gwern Cae Tal Llety Hafoty Ysgubor Beudy"
)
_HOME_STARTS_CY = frozenset(f for w in _HOME_STARTS.split() for f in mutations(w) | {w})
_AMBIGUOUS_FIRST = lx.AMBIGUOUS | lx.FIRST_MUTATED | lx.AMBIGUOUS_MUTATED | lx.AMBIGUOUS_MUTATED_NAMES
_ARRIVAL_NAME = re.compile(rf"{WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o|on|the|of)|['’]r)?[ \t]+{WORD}){{0,3}}")


# The home a numbered room is in: "stafell 11 ym Mhlas Goleufryn", "room 14 at Hafan Deg", "Room 3, Bryn
# Seiont House". Its name starts with a word for a home, or ends with one in English.
_ROOM_IN = re.compile(
    r"[ \t]*(?:,[ \t]*|[ \t]+(?:in|at|yn|ym|yng|ar)[ \t]+)"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t]+{WORD}){{0,3}})"
)


# ... or right before it: "he went to Ashgrove House, room 9", "i Blas Goleufryn, stafell 11", "deg diwrnod yn
# Bryn Eirlys (stafell 6)".
_HOME_BEFORE_ROOM = re.compile(rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t]+{WORD}){{0,3}})[ \t]*[,(][ \t]*\Z")


def homes_after_rooms(text: str, rooms: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The care home or hostel named right after (or just before) a person's numbered room."""
    out = []
    for start, end in rooms:
        for m in (_ROOM_IN.match(text, end), _HOME_BEFORE_ROOM.search(text, max(0, start - 60), start)):
            if not m:
                continue
            names = m.group(1).split()
            if m.group(1) in lx.NOT_PERSON or m.group(1) in lx.PLACES:
                continue  # a hospital or a town
            if names[0] in _HOME_STARTS_CY or names[-1] in _HOME_TAILS_EN:
                out.append(m.span(1))
    return out


# A care home named by the one who manages it (round forty-two): "Fi yw rheolwraig Llys Ffrwdwen", "Fi ydi rheolwr
# Plas Dolfawr", "I have been the manager of Bryn Hedd since 2019", "the registered manager at Hafan Glyd".
_MANAGER = re.compile(
    r"\b(?:(?:[Rr]heolwr|[Rr]heolwraig|[Rr]eolwr|[Rr]eolwraig)(?:[ \t]+cofrestredig)?(?:[ \t]+(?:yn|ym|yng))?"
    r"|(?:[Rr]egistered[ \t]+|[Dd]eputy[ \t]+|[Hh]ome[ \t]+)?[Mm]anager[ \t]+(?:of|at))[ \t]+(?:the[ \t]+)?"
)


# A care home called "Plas" and a name, after a word for going, being or leaving, in a story about a care home (round
# forty-two): "pythefnos o ofal cam-i-lawr yn Plas Eithin", "o festri Bethania i Plas Sirhywi i ganu i'r preswylwyr",
# "Nanna now in Plas Glyncoed". A Plas everyone visits is on the organisations list (Plas Newydd, Plas Menai).
_PLAS_AFTER = re.compile(
    # ... or said to be it (round forty-three): "The one with a bed was Plas y Dderwen, where she had respite"
    r"(?<![\w'’-])(?:yn|i|o|in|at|to|from|leave|left|gadael|was|is|oedd|yw|ydy|ydi)[ \t]+"
    r"(Plas[ \t]+(?:(?:y|yr)[ \t]+)?[A-ZŴŶ][^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[ \t]+(?:(?:y|yr)[ \t]+)?[A-ZŴŶ][^\W\d_]+)?)"
)
_CARE_STORY = re.compile(
    r"(?i:\b(?:preswyl\w*|residents?|care[ \t]+home|nursing|cartref[ \t]+(?:gofal|nyrsio|preswyl)|step-?down"
    r"|cam-i-lawr|respite|seibiant|staff|lolfa|lounge|carers?|gofalwyr)\b)"
)
PLAS_NEEDLES = ("Plas ",)
# ... not a college called Plas, a course or a school just before it: "y cwrs amaeth lefel 3 yn Plas Tirion".
_LEARNING_BEFORE = re.compile(
    r"(?i:\b(?:cwrs|course|coleg|college|lefel|level|gradd|degree|class|dosbarth|ysgol|school|lessons|gwersi"
    r"|cyfweliad|interview|studying|astudio|NVQ|BTEC)\b)[^.!?\n]{0,40}\Z"
)


def care_homes_called_plas(text: str, found: Needles) -> list[tuple[int, int]]:
    """A Plas named after "yn", "i", "in", "at" or "from", where the story speaks of a care home's life."""
    out: list[tuple[int, int]] = []
    care = None
    for at in found.starts("Plas "):
        m = _PLAS_AFTER.search(text, max(0, at - 8), at + 60)
        if not m or m.start(1) != at:
            continue
        name = m.group(1)
        if name in lx.NOT_PERSON or name in lx.PLACES or VENUE_AFTER.match(text, m.end(1)):
            continue
        if name.split()[-1] in _VENUE_WORDS or _LEARNING_BEFORE.search(text, max(0, at - 50), at):
            continue
        care = _CARE_STORY.search(text) is not None if care is None else care
        if care:
            out.append(m.span(1))
    return out


MANAGER_NEEDLES = ("eolwr", "anager ")


def homes_managed(text: str, welsh: bool, found: Needles) -> list[tuple[int, int]]:
    """Care homes named after the word for the one who manages them, read around each of the pass's finds of the word,
    not by the pattern over the whole text (docs/performance.md, round forty-two)."""
    out = []
    for at in found.positions(MANAGER_NEEDLES):
        m = _MANAGER.search(text, max(0, at - 30), at + 40)
        name = _ARRIVAL_NAME.match(text, m.end()) if m else None
        home = _arrival_home(text, name.start(), name.end(), welsh) if name else None
        if home:
            out.append(home)
    return out


def an_old_home(words: list[str]) -> bool:
    """Do WORDS name an old building as houses are named, "Hen" and a house-name element ("Hen Efail", "Hen Felin")?"""
    return len(words) == 2 and words[0] == "Hen" and bool(radicals(words[1]) & lx.HOUSE_ELEMENTS)


def homes_arrived_at(text: str, welsh: bool, lowered: Needles) -> list[tuple[int, int]]:
    """Homes named after a verb of arriving or moving ("came to Bryn Hedd", "symudodd i Lys Gwyn"); LOWERED is
    where the lower-case text holds its needles."""
    out = []
    pattern = _ARRIVAL_CY if welsh else _ARRIVAL_EN
    starts = set()
    for at in lowered.positions(_ARRIVAL_NEEDLES_CY if welsh else _ARRIVAL_NEEDLES_EN):
        while at and text[at - 1].isalpha():
            at -= 1  # "daeth", "ddaeth" from "aeth"
        if at in starts:
            continue
        starts.add(at)
        verb = pattern.match(text, at)
        name = _ARRIVAL_NAME.match(text, verb.end()) if verb else None
        if not name:
            continue
        home = _arrival_home(text, name.start(), name.end(), welsh)
        if home:
            out.append(home)
    return out


def _arrival_home(text: str, s: int, end: int, welsh: bool) -> tuple[int, int] | None:
    """The home's name in text[s:end], when one of its words names a house, farm or care home."""
    words = list(WORDS.finditer(text, s, end))
    while len(words) > 1 and words[-1].group() in _NOT_NAME_TAIL and words[-1].group() not in _HOME_TAILS_EN:
        words.pop()  # "came to Bryn Hedd Monday"
    names = [w.group() for w in words]
    phrase = text[s : words[-1].end()]
    if len(names) < 2 or phrase in lx.NOT_PERSON or phrase in lx.PLACES or names[0] in lx.NOT_PERSON:
        return None  # "came to Plas Newydd" (a National Trust house), "moved to Aberystwyth"
    if phrase.endswith(("'s", "’s")) or names[-1] in _VENUE_WORDS or VENUE_AFTER.match(text, words[-1].end()):
        return None  # "came back to Bryn's party", "came to Maes y Coed Surgery"
    rest = [w for w in names[1:] if w not in _HOME_TAILS_EN and w not in _CARE_LINKS]
    if names[0] in lx.FIRST or (names[0] in _AMBIGUOUS_FIRST and rest and all(w in lx.SURNAMES for w in rest)):
        return None  # "came to Dilys Evans", "came back to Bryn Jones": a person, left to the name finders
    if not (names[0] in _HOME_STARTS_CY or an_old_home(names) or (not welsh and names[-1] in _HOME_TAILS_EN)):
        return None
    if rest and all(w in lx.COMMON for w in rest) and names[-1] not in _HOME_TAILS_EN:
        return None  # "went into Tŷ Bach"
    return s, words[-1].end()


# --- A school named by its kind and where it is -------------------------------------------------

# "yn y chweched dosbarth ym Maes y Gwendraeth", "i'r Cylch Meithrin yn Llanrug", "canolfan addysg Tŷ
# Dysgu", "the sixth form at Bro Myrddin", "the playgroup in Bethel": a kind of school that a place
# has one of, with the place or the school's own name after it.
_KIND_NEEDLES: tuple[str, ...] = (
    "hweched dosbarth",
    "eithrin",
    "yfeirio",
    "anolfan ",
    "ylch chwarae",
    "sixth form",
    "playgroup",
)
_KIND_NEEDLES += ("pre-school", "preschool", "nursery", "referral", "pru ")
_KIND_NEEDLES += ("support base", "support unit", "nurture ", "inclusion ", "resource base", "resource unit", "asd ")
_KIND_NEEDLES += ("autism ", "impaired unit", "sen unit", "sen base", "aln unit", "aln base", "specialist ")
_KIND_NEEDLES += ("language ", "stf ", "srb ")
# ... a Welsh school's kind in lower case with its place after "yn" ("yr ysgol gyfun yn Nhregaron"), a special
# unit, an academy, and the playgroup called "the Cylch" ("y Cylch yn Rhosgadfan", "the Cylch in Bethel")
_KIND_NEEDLES += ("ned arbennig", "academi ", "cylch ", "oleg ", "ti a fi ", "ynradd ", "gyfun ", "uwchradd ")
_KIND_NEEDLES += ("gylch ", "ghylch ", "chylch ")  # "i gylch festri Horeb"
_KIND_NEEDLES += ("ned trochi", "ned adnoddau", "ned iaith", "hweched yn", "hweched ym", "chweched ")
_KIND_NEEDLES += ("ampws ", "entref ", "entre ", "entra ")
_KIND_NEEDLES += ("school ", "primary ", "comp ", "comprehensive ", "infants ", "juniors ", "secondary ", "grammar ")
_KINDS_AFTER_YSGOL = ("gyfun", "gynradd", "uwchradd", "fabanod", "arbennig", "fach", "bach", "leol")
# ... and the lower-case school words, each read by its own pattern (below): "ysgol" as written, the
# English ones after their name in the lower-cased text.
_LOWER_NEEDLES_EN: tuple[str, ...] = (" primary", " comp", " juniors", " infants", " school", " grammar", " secondary")
_LOWER_NEEDLES_EN += (" playgroup", " nursery", " pre-school", " preschool", " sixth form", " boys'", " girls'")
_SCHOOL_KIND_CY = (
    r"(?:[Cc]hweched[ \t]+[Dd]osbarth|(?:[CcGg]|[Nn]gh)ylch[ \t]+(?:[Mm]eithrin|[Cc]hwarae)|[MmFf]eithrinfa"
    r"|[Yy]sgol[ \t]+[Ff]eithrin|[Uu]ned[ \t]+[CcGg]yfeirio[ \t]+[Dd]isgyblion"
    r"|(?:[CcGg]|[Nn]gh)anolfan[ \t]+(?:[Aa]ddysg|[Dd]dysgu|[Ii]aith|[Aa]dnoddau)|[Tt]i[ \t]+a[ \t]+[Ff]i"
    r"|(?:[Uu]|[Ww])ned[ \t]+(?:[Tt]rochi|[Aa]dnoddau|[Ii]aith)"
    r"|(?:[DdNn]|[Dd]d)osbarth[ \t]+[Mm]eithrin|(?:[Yy]sgol|[Uu]ned)[ \t]+[Aa]rbennig|[Aa]cademi"
    r"|(?:[CcGg]|[Nn]gh|[Cc]h)ylch[ \t]+[Tt]i[ \t]+a[ \t]+[Ff]i|[Uu]ned[ \t]+[CcGg]yfeirio"
    r"|(?:[CcGg]|[Nn]gh|[Cc]h)oleg[ \t]+[Aa]ddysg[ \t]+[Bb]ellach"
    r"|(?:C|G|Ngh|Ch)oleg(?=[ \t]+(?:yn|ym|yng)[ \t])|(?:(?<=y )|(?<=['’]r ))chweched(?=[ \t]+(?:yn|ym|yng)[ \t])"
    # "yn chweched Bro Elidir", "o chweched Llys Efyrnwy"
    r"|(?:(?<=yn )|(?<=y )|(?<=['’]r )|(?<=adael )|(?<=gadael )|(?<=o )|(?<=i ))chweched(?=[ \t]+[A-ZŴŶ])"
    r"|[Yy]sgol[ \t]+(?:[Gg]yfun|[Gg]ynradd|[Uu]wchradd|[Ff]abanod|[Ff]ach|[Bb]ach|[Ll]eol|[Bb]entref?|[Bb]entra)"
    r"(?=[ \t]+(?:yn|ym|yng)[ \t])"  # "ysgol bentra ym Modgwynedd": the village school, named by its village
    r"|(?:[CcGg]|[Nn]gh|[Cc]h)ampws(?=[ \t]+(?:(?:y|yr)[ \t]+)?[A-ZŴŶ])"  # "ar gampws y Wern", "campws Ffordd Las"
    r"|(?:C|G|Ngh|Ch|(?<=y )c|(?<=['’]r )c)ylch(?=[ \t]+(?:yn|ym|yng)[ \t])"
    # a playgroup by its chapel's vestry or its hall (round thirty-eight): "i gylch festri Horeb", "y cylch yn festri
    # Tabor", "gylch y Neuadd Goffa", "y Ti a Fi yn festri Bethel", "Ti a Fi neuadd y Lleng"
    r"|(?:(?<![Ee]isteddfod )(?<![Ee]isteddfodau )(?:[CcGg]|[Nn]gh|[Cc]h)ylch|[Tt]i[ \t]+a[ \t]+[Ff]i)"
    r"(?=[ \t]+(?:(?:yn|ym)[ \t]+)?(?:y[ \t]+)?(?:festri|[Nn]euadd|Festri)[ \t])"  # not "eisteddfod gylch yn Neuadd …"
    # the kind alone as a noun, with its place: "y gynradd yn Rhiwfawr", "yr uwchradd ym Mhwllheli"
    r"|(?:(?<=y )[Gg]ynradd|(?<=y )[Gg]yfun|(?<=yr )[Uu]wchradd)(?=[ \t]+(?:yn|ym|yng)[ \t])"
    r"|(?:[Ss]econdary[ \t]+[Mm]od(?:ern)?|[Ss]ec[ \t]+[Mm]od)(?=[ \t]+(?:yn|ym|yng)[ \t]))"  # "y Secondary Mod yn …"
)
_SCHOOL_KIND_EN = (
    r"(?:sixth[ \t]+form|playgroup|pre-?school|nursery(?:[ \t]+class)?|pupil[ \t]+referral[ \t]+unit|PRU|Cylch"
    r"|Ti[ \t]+a[ \t]+Fi"  # the Welsh toddler group, in English too (round thirty-nine): "Ti a Fi in Carmel vestry"
    r"|STF|SRB"  # a specialist teaching facility or resource base in a school: "the STF at Bryn Sidan"
    # a school's own unit for some children: "the learning support base at St Joseph's", "the ASD unit at X"
    r"|(?:learning[ \t]+support|nurture|inclusion|resource|hearing[ \t]+impaired|ASD|autism|SEN|ALN|specialist"
    r"|language)[ \t]+(?:base|unit|class|centre|provision)"
    # a school named only by where it is (round ten): "the little school in Llanfynydd", "the Comp on the Tump"
    r"|(?:(?<=the )|(?<=his )|(?<=her )|(?<=their )|(?<=little )|(?<=village )|(?<=local )|(?<=-medium )|(?<=old )"
    r"|(?<=infant )|(?<=junior )|(?<=Catholic )|(?<=church )|(?<=special )|(?<=Welsh )|(?<=English ))"
    r"(?:[Ss]chool|[Pp]rimary|[Cc]omp|[Cc]omprehensive|[Ii]nfants|[Jj]uniors|[Ss]econdary(?:[ \t]+[Mm]od(?:ern)?)?"
    r"|[Gg]rammar)"
    r"(?=[ \t]+(?:(?:up|down|over|out)[ \t]+)?(?:in|at|on|on[ \t]+the|up|down|by)[ \t]+[A-Z]"
    r"|[ \t]+by[ \t]+the[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}?[ \t]+in[ \t]+[A-Z]))"  # "by the Co-op in Pont-y-Waun"
)
_SCHOOL_BY_KIND_CY = re.compile(
    rf"{_SCHOOL_KIND_CY}(?:[ \t]+(?:lleol|newydd|local))?"  # "y Cylch Meithrin lleol ym Mhentraeth"
    r"(?:[ \t]+(?:(?:yn[ \t]+|ym[ \t]+)?(?:festri|neuadd)(?:[ \t]+(?:y|yr))?"  # "cylch yn festri Horeb"
    r"|yn|ym|yng|ar|gyda|o|y|yr|yn[ \t]+Ysgol|yng[ \t]+Ngholeg|yng[ \t]+Nghanolfan)"
    r"(?:[ \t]+y(?=[ \t]+[A-Z]))?"  # "yn y Felinheli": a place named with its article
    r"|['’]r(?=[ \t]+[A-ZŴŶ]))?"  # "Cylch Chwarae'r Garth-ddu"
    rf"[ \t]+({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t]+{WORD}){{0,3}})"
)
_SCHOOL_BY_KIND_EN = re.compile(
    rf"\b{_SCHOOL_KIND_EN}(?:[ \t]+by[ \t]+the[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){{0,2}}?(?=[ \t]+in[ \t]+[A-Z]))?"
    r"[ \t]+(?:(?:up|down|over|out)[ \t]+(?=at|in|on))?(?:at|in|of|on|up|down|by)[ \t]+(?:the[ \t]+)?"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t]+{WORD}){{0,3}})"
)
# A school in lower case before its name ("i ysgol Bro Lleu", "yn ysgol gynradd Llanrug"), or after it
# in English ("at Llanrug primary", "Tryfan comp").
_SCHOOL_LOWER_CY = re.compile(
    rf"(?<![\w’'])ysgol(?:[ \t]+(?:gynradd|uwchradd|gyfun|arbennig|feithrin|ddydd|fach|bach))?[ \t]+"
    # "ysgol y llan ym Mhenrhiw-goch", "ysgol y Glog"
    r"(?:(?:y|yr)[ \t]+(?:llan|pentre|pentref|dre|dref)[ \t]+(?:yn|ym|yng)[ \t]+|(?:y|yr)[ \t]+(?=[A-ZÂŴŶ])"
    r"|(?:(?<=['’]r ysgol )|(?<=yr ysgol ))(?:yn|ym|yng)[ \t]+(?=[A-ZÂŴŶ]))?"  # "o'r ysgol yn Nhal-y-Waen"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t]+{WORD}){{0,3}})"
)
_SCHOOL_LOWER_EN = re.compile(
    rf"\b(?:(?:at|to|in|from|of|attends|attended|joined|left)[ \t]+(?:the[ \t]+)?|the[ \t]+)"
    r"(?:(?:old|former|little)[ \t]+)?"  # a school since closed (round thirty-nine): "the old Cross Lane school"
    # ... or a playgroup by its chapel: "the Tabernacl vestry playgroup"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t]+{WORD}){{0,3}}(?:[ \t]+(?:vestry|chapel))?)"
    r"[ \t]+(?:(?:primary|[Cc]omp|comprehensive|juniors|infants|special[ \t]+school|high[ \t]+school|school|grammar"
    r"|secondary|playgroup|nursery|pre-?school|sixth[ \t]+form)\b"  # "Little Acorns playgroup", "Coed Glas sixth form"
    r"|(?:Boys|Girls)['’](?!\w))"  # "the Waun Boys'": a boys' school, as it was called
    r"(?![ \t]+(?:care|health|mental|services?|team|of|holidays?|run|bus|gates?|uniform|nurse|trip|report|rhymes?"
    r"|fairs?|gardens?|plants))"
)
_NOT_A_SCHOOL_NAME = frozenset(
    """
    January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi
    Hydref Tachwedd Rhagfyr Llun Mercher Iau Gwener Sadwrn Sul Covid September Christmas Easter Nadolig Pasg
    """.split()  # noqa: SIM905
)


def _named_before(text: str, at: int) -> bool:
    """Is the word before the lower-case school word at AT (or before "special"/"high") capitalised?"""
    j = text.rfind(" ", max(0, at - 30), at) + 1
    if text[j:at] in ("special", "high", "vestry", "chapel"):  # "the Tabernacl vestry playgroup"
        j = text.rfind(" ", max(0, j - 30), j - 1) + 1
    if j < at and text[j].isupper() and text[j:at] in lx.COMMON:
        i = text.rfind(" ", max(0, j - 30), j - 1) + 1  # "the Morfa Bach infants": a common word ends a name
        small = text[j:at].strip() in _SMALL  # "at Cwtch Bach nursery": an everyday word made a name (round 43)
        return i < j - 1 and text[i].isupper() and (small or text[i : j - 1] not in lx.COMMON)
    return j < at and text[j].isupper() and text[j:at] not in lx.COMMON


def _school_kind_near(text: str, at: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The match of PATTERN around the needle at AT: its kind starts a few letters before the needle,
    or, for "Llanrug primary", the name comes before it."""
    if pattern is _SCHOOL_LOWER_EN:
        found = None
        for each in pattern.finditer(text, max(0, at - 80), min(len(text), at + 16)):
            found = each
        return found if found and found.start() < at < found.end() else None
    return match_starting_by(pattern, text, max(0, at - 12), at, min(len(text), at + 160))


# A school named by the landmark it stands by, as a village says it: "the infants' by the old gun tower", "the
# primary up by the water tower", "the little school near the chapel". Whose it is, or "the", makes it one school.
_LANDMARK_NOUNS = (
    r"towers?|chapel|church|castle|park|station|docks?|river|bridge|square|green|pond|lake|mill|works|pit|quarry"
    r"|harbour|beach|shop|pub|garage|hall|clock|cross|memorial|market|reservoir|roundabout|club|ground|field|fields"
    r"|common|mountain|woods?|canal|viaduct|lighthouse|prom|pier|library|surgery|estate|flats|garages|cemetery"
    # round forty: "the school behind the old brickworks", "the old infants by the tip", "the school with the
    # tractor mural", "the nursery by the garden centre", "the school by the toll house"
    r"|brickworks|gasworks|ironworks|tips?|mural|centre|house|lido|shops|baths|crossing|dunes|sands|allotments"
    r"|creamery|dairy|mart|foundry|tannery|colliery|chimney|airfield|tollgate|co-op|Co-op"
    r"|vestry|Hall|Institute|Stute|Welfare|portakabin|portacabin|hut"  # round forty-one: where a Cylch meets
)
_NAME_WORDS = r"[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]+)*"  # "the top of Heol Fedw"
# A name straight after the relation is a landmark too ("the school behind St Brynach's"), but not a day, a month, a
# feast or where a school posts: "the school on Monday", "the nursery past Christmas", "the school on Facebook".
_NOT_A_LANDMARK_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Christmas|Easter|Whitsun|Facebook|Teams|Zoom|Twitter|WhatsApp"
    r"|Instagram|TikTok|Dojo|Class|Seesaw|Google|Year|Mr|Mrs|Miss|Ms|Dr)\b)"
)
_STREET_WORDS_EN = r"(?:Road|Street|Lane|Avenue|Hill|Way|Terrace|Close|Drive|Crescent|Row|Estate)"
_SCHOOL_BY_LANDMARK = re.compile(
    r"\b(?:[Tt]he|her|his|their|our)[ \t]+"
    r"(?:(?:little|old|village|local|Catholic|church|chapel|Welsh|English|infant|junior|tin)[ \t]+){0,2}"
    r"(?:infants|juniors|primary|school|comp|nursery|tech|campus|college"
    # round forty-one: a Cylch or a Flying Start by its landmark, or in one ("the Cylch in the chapel vestry", "the
    # Flying Start at the Welfare Hall")
    r"|Cylch|cylch|playgroup|Flying[ \t]+Start)['’]?[ \t]+(?:(?:up|down|over|out)[ \t]+)?"
    r"(?:(?:(?:by|near|opposite|behind|beside|past|under|below|above|over|next[ \t]+to|with"
    r"|(?<=Cylch[ \t])in|(?<=cylch[ \t])in|(?<=Start[ \t])at|(?<=playgroup[ \t])in)[ \t]+the[ \t]+"
    # "the juniors at the top of Heol Fedw"
    r"|(?:at|on)[ \t]+the[ \t]+(?:top|bottom|end|far[ \t]+end|back)[ \t]+of[ \t]+(?:the[ \t]+)?)"
    # "the little school by the old toll-house": the landmark's noun may end a hyphened word
    r"(?:[^\W\d_]+['’]?[ \t]+){0,2}?(?:[^\W\d_]+-)?(?:" + _LANDMARK_NOUNS + r"|" + _NAME_WORDS + r")\b"
    r"|(?:by|near|opposite|behind|beside|past|under|next[ \t]+to)[ \t]+"
    + _NOT_A_LANDMARK_NAME
    + _NAME_WORDS
    +
    # ... and its street (round forty): "the tech on Ffordd Fer", "the school on Chapel Road"
    r"|on[ \t]+(?:(?:Heol|Ffordd|Stryd|Lôn|Teras|Rhodfa)[ \t]+"
    + _NAME_WORDS
    + r"|"
    + _NAME_WORDS
    + r"[ \t]+"
    + _STREET_WORDS_EN
    + r"\b))"
)
# ... and in Welsh: "yr ysgol fach dan y capel", "yr ysgol gynradd tu ôl i'r orsaf", "ysgol y plant gyferbyn â'r
# parc". A Sunday school ("ysgol Sul") is a chapel's, not one a child is known by.
_LANDMARK_NOUNS_CY = (
    r"capel|gapel|eglwys|castell|parc|orsaf|afon|bont|pont|sgwâr|llyn|felin|gwaith|pwll|chwarel|harbwr|traeth|siop"
    r"|dafarn|garej|neuadd|cloc|groes|gofeb|farchnad|gronfa|clwb|cae|comin|mynydd|coed|gamlas|goleudy|llyfrgell"
    r"|feddygfa|stad|fflatiau|fynwent|tomen|tip|domen|rheilffordd|lein|draphont|traphont|tŵr"
    r"|simdde|simnai|hufenfa|mart|tolldy|dolldy|tollborth|dollborth|allt|rhiw|maes[ \t]+awyr"  # round forty
    r"|inclên|inclein|ffatri|odyn|efail|cei"  # round forty-two: "yr ysgol gyferbyn â'r hen inclên"
)
_SCHOOL_BY_LANDMARK_CY = re.compile(
    # the school, the college, the unit or the PRU (round forty): "y coleg wrth yr hen orsaf", "Y PRU wrth y mart"
    r"(?:\b(?:[Yy]r?|[Ee]i|[Ee]u|[Ff]y)[ \t]+|['’]r[ \t]+)(?:ysgol|coleg|uned|PRU)"
    r"(?:[ \t]+(?:fach|bach|gynradd|fabanod|feithrin|gyfun|uwchradd))?"
    r"(?:[ \t]+y[ \t]+plant)?[ \t]+(?:(?:lan|lawr|i[ \t]+fyny|i[ \t]+lawr)[ \t]+)?"
    r"(?:wrth|ger|gyferbyn[ \t]+(?:â|ag|a)|y[ \t]+tu[ \t]+ôl[ \t]+i|tu[ \t]+ôl[ \t]+i|dan|o[ \t]+dan|uwchben"
    r"|ar[ \t]+bwys|wrth[ \t]+ymyl|drws[ \t]+nesa['’]?[ \t]+i|heibio[ \t]+i|ar[ \t]+ben|ar[ \t]+waelod)"
    r"(?:[ \t]+(?:y|yr)[ \t]+|['’]r[ \t]+|[ \t]+(?=[A-ZŴŶ]))"  # "wrth ymyl Capel Soar"
    r"(?:(?:hen|[^\W\d_]+)[ \t]+){0,1}?(?:" + _LANDMARK_NOUNS_CY + r"|" + _NAME_WORDS + r")\b"
)
# ... or named by its landmark as Welsh names a thing by another (round thirty-eight): "ysgol y draphont", "ysgol y
# tip", "yr ysgol dan y draphont" (the relation above), not the village's, the town's or a Sunday school.
_SCHOOL_OF_A_LANDMARK_CY = re.compile(
    r"(?<![\w'’-])(?:(?:yr|['’]r)[ \t]+)?ysgol[ \t]+(?:(?:fach|bach)[ \t]+)?(?:y|yr)[ \t]+"  # "ysgol fach y bont"
    r"(?:draphont|traphont|tŵr(?:[ \t]+dŵr)?|tip|domen|tomen|efail|odyn|ffatri|chwarel|gwaith(?:[ \t]+brics)?"
    r"|bont(?:[ \t]+haearn)?|felin|harbwr|cei|goleudy|orsaf|gamlas|castell|sgwâr|groes"
    # ... or by a name, as a nickname is written (round forty-one): "ysgol y Mynydd", "ysgol fach y Waun"; not "ysgol
    # y Sul", a chapel's
    r"|(?-i:(?!(?:Sul|Sadwrn|Llun|Mawrth|Mercher|Iau|Gwener|Pasg|Nadolig)\b)[A-ZŴŶ][^\W\d_]+(?:-[^\W\d_]+)*))\b"
)
_LANDMARK_SCHOOL_NEEDLES: tuple[str, ...] = ("infants", "juniors", "primary ", "school ", "comp ", "nursery ", "tech ")
_LANDMARK_SCHOOL_NEEDLES += ("campus ",)
_LANDMARK_SCHOOL_NEEDLES += ("college ",)
_LANDMARK_SCHOOL_NEEDLES += ("cylch ", "playgroup ", "flying start ")
_LANDMARK_SCHOOL_NEEDLES_CY = ("ysgol ", "coleg ", "uned ", "pru ")


# A school named alone after the words only a school has: "the move up to Gwenallt", "a class photo from
# Gwern-y-Cwm", "llun dosbarth o Ben-y-Gloddfa" (round twenty-three).
_SCHOOL_ONLY_WORDS = ("move up to", "class photo", "school photo", "llun dosbarth", "llun ysgol")
_NAMED_AFTER_SCHOOL_WORDS = re.compile(
    r"(?i:\b(?:the[ \t]+move[ \t]+up[ \t]+to|(?:class|school)[ \t]+photo(?:graph)?[ \t]+(?:from|of|at)"
    r"|llun[ \t]+(?:dosbarth|ysgol)[ \t]+(?:o|yn|ym|yng))[ \t]+)"
    rf"((?:y[ \t]+|yr[ \t]+)?{WORD}(?:(?:[ \t]+(?:y|yr)|['’]r)?[ \t]+{WORD}){{0,2}})"
)


def schools_by_landmark(text: str, lowered: Needles) -> list[tuple[int, int]]:
    """Schools named by the landmark they stand by ("the primary up by the water tower"), or alone after the
    words only a school has ("the move up to Gwenallt")."""
    out = []
    for at in lowered.positions(_SCHOOL_ONLY_WORDS):
        m = _NAMED_AFTER_SCHOOL_WORDS.search(text, max(0, at - 4), at + 80)
        if m and m.start() <= at and m.group(1) not in lx.PLACES and m.group(1) not in lx.NOT_PERSON:
            first = m.group(1).split()[0]
            if first not in lx.FIRST and first not in _PERSON_TITLES:
                out.append(m.span(1))
    for at in lowered.positions(_LANDMARK_SCHOOL_NEEDLES):
        m = _SCHOOL_BY_LANDMARK.search(text, max(0, at - 40), min(len(text), at + 80))
        if m and m.start() <= at < m.end():
            out.append((m.start() + len(m.group().split(None, 1)[0]) + 1, m.end()))
    for at in lowered.positions(_LANDMARK_SCHOOL_NEEDLES_CY):
        m = _SCHOOL_BY_LANDMARK_CY.search(text, max(0, at - 4), min(len(text), at + 100))
        if m and m.start() <= at:
            out.append((at, m.end()))
            continue
        m = _SCHOOL_OF_A_LANDMARK_CY.match(text, at)
        if m:
            out.append(m.span())
    return out


# A unit or centre a child is taught in instead of school, named where the story speaks of school and not of a
# hospital or a care service: "a term at the Tŷ Hwylio unit", "most of Year 9 at the Glanffrwd Centre", "ei athrawes
# yn Uned y Wennol", "mynd i Uned Cefn Rhos dridiau'r wythnos", "blwyddyn yn yr uned, Canolfan Bryn Meurig".
# A leisure, day, community or youth centre is a place anyone goes, and a unit named by what it is ("yr Uned
# Cyfeirio Disgyblion", "the ALN unit") is no name: both are left.
_UNIT_EN = re.compile(
    rf"\b(?:the|at|to|their|his|her|its)[ \t]+(?:(?:old|former)[ \t]+)?((?:{WORD}[ \t]+){{1,3}}?)"
    r"(?:Centre|Unit|Base|centre|unit|base)\b"  # ... whose it is too (round forty-eight): "with their Glasfryn unit"
)
_UNIT_CY = re.compile(
    r"\b(?:Uned|Canolfan|Ganolfan|Nghanolfan|Chanolfan|uned(?=[ \t]+(?:y|yr)[ \t]+[A-ZŴŶ]))[ \t]+"  # "uned yr Hafan"
    rf"((?:(?:y|yr)[ \t]+)?{WORD}(?:(?:[ \t]+(?:y|yr)|['’]r)?[ \t]+{WORD}){{0,2}})"
)
# ... or the unit by where it is: "i'r uned yn Nhan-y-Ffordd ym mlwyddyn 9", "at the unit in Pen-y-Cae".
_UNIT_IN = re.compile(
    r"(?:(?<=['’]r )|(?<=yr )|(?<=Yr )|(?<=the )|(?<=The ))(?:uned|unit)[ \t]+(?:yn|ym|yng|in|at)[ \t]+"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr)|['’]r)?[ \t]+{WORD}){{0,2}})"
)
_SCHOOL_TALK = re.compile(
    r"(?i:\b(?:school|schools|exclu\w*|year[ \t]+(?:[0-9]{1,2}|seven|eight|nine|ten|eleven)|teachers?|timetable"
    r"|amserlen|pupils?|gcses?|tgau|lessons|classroom|dosbarth|ysgol|'sgol|gwersi|athro|athrawes|athrawon"
    r"|blwyddyn[ \t]+(?:[0-9]{1,2}|saith|wyth|naw|deg)|disgybl\w*|gwahardd\w*|pru|referral|cyfeirio|comps?"
    r"|comprehensive|uwchradd|tiwtor|tutor|on[ \t]+the[ \t]+roll|chweched|sixth[ \t]+form"
    r"|coleg|ngholeg|goleg|college|juniors|infants"  # "Uned Cwm Cerdin yn grwt, dwy flynedd yng Ngholeg …"
    r"|drochi|trochi|immersion"  # an immersion unit is where a child learns Welsh for school (round forty-two)
    # a school's day and its class (round forty-seven): "i Uned Enfys amser egwyl", "nag yn ei ddosbarth"
    r"|egwyl|break[ \t]?time|playtime|gwers|ddosbarth|nosbarth|hysgol)\b)"
)
# A hospital's or a care service's words: "Uned Gofal Dwys", "the stroke unit", a respite or assessment unit.
_CARE_TALK = re.compile(
    r"(?i:\b(?:ward|hospital|ysbyty|gofal[ \t]+dwys|strôc|stroke|mamolaeth|maternity|seibiant|respite"
    r"|dementia|asesu|assessment|mental|meddwl)\b)"
    r"|(?i:\b(?:nurse|nyrs)\b)(?![ \t]+[A-ZÀ-ÖØ-ÞŴŶ])"  # a nurse, but not "Nyrs Meinir", a woman with her title
)
_AT_A_SCHOOL = re.compile(
    rf"[ \t]+(?:at|in|yn|of)[ \t]+(?:Ysgol[ \t]|(?:{WORD}[ \t]+){{1,3}}"
    r"(?:School|High|Primary|Comprehensive|Comp|Juniors|Infants|Academy)\b)"
)
_NOT_A_TEACHING_UNIT = frozenset(
    """
    Leisure Hamdden Community Cymuned Gymuned Arts Celfyddydau Day Dydd Ddydd Job Gwaith Health Iechyd Family Teulu
    Deulu Garden Shopping Siopa Visitor Croeso Medical Feddygol Youth Ieuenctid Sports Chwaraeon Resource Adnoddau
    Dental Deintyddol Contact Cyswllt Assessment Asesu Sorting Distribution Business Busnes Heritage Treftadaeth
    Gofal Anghenion Arbennig Autism Hearing Anogaeth
    """.split()  # noqa: SIM905
)
_TEACHING_WORDS = frozenset(
    """
    Cyfeirio Gyfeirio Disgyblion Pupil Pupils Referral Learning Dysgu Ddysgu Support Cymorth Gymorth Education
    Addysg Behaviour Ymddygiad Inclusion Cynhwysiant Nurture Meithrin Language Iaith
    """.split()  # noqa: SIM905
)
UNIT_NEEDLES = ("Centre", "Unit", "Base", " centre", " unit", " base", "Uned ", "uned ", "anolfan ")


def teaching_units(text: str, found: Needles) -> list[tuple[int, int]]:
    """Units and centres named where the story speaks of school ("most of Year 9 at the Glanffrwd Centre")."""
    if not _SCHOOL_TALK.search(text):
        return []
    out = []
    for pattern in (_UNIT_EN, _UNIT_CY, _UNIT_IN):
        for m in pattern.finditer(text):
            words = m.group(1).split()
            if not words or words[0] in _NOT_A_TEACHING_UNIT or words[-1] in _NOT_A_TEACHING_UNIT:
                continue
            # "Uned y Bont": an article before one capitalised word makes it a name, however common the word
            named = len(words) == 2 and words[0] in ("y", "yr") and words[1] not in _TEACHING_WORDS
            if words[0].isupper() or (
                not named and all(w in lx.COMMON or w in _TEACHING_WORDS or w in ("y", "yr") for w in words)
            ):
                continue  # "yr Uned Cyfeirio Disgyblion", "the ALN unit": what it is, not which
            if m.group(1).strip() in lx.NOT_PERSON or m.group(1).strip() in lx.PLACES or m.group() in lx.NOT_PERSON:
                continue  # ... or the whole name is a public body's: "y Ganolfan Dysgu Cymraeg Genedlaethol"
            # the school can come a sentence after its base: "uses the Enfys base on bad mornings, though she still
            # wears her old YBD hoodie most days. Cai was meant to stay at Foelgastell school"
            # ... and a unit's too (round forty-eight): "a girl from the Acorn unit, and the head [...] the little
            # school by the park"; but a hospital's words after a unit are read only close by, as before
            around = text[max(0, m.start() - 240) : min(len(text), m.end() + 240)]
            if not _SCHOOL_TALK.search(around):
                continue
            # a hospital has units, not bases; and a unit at a named school is the school's (round thirty)
            in_school = m.group().endswith(("base", "Base")) or _AT_A_SCHOOL.match(text, m.end())
            if not in_school and _CARE_TALK.search(text, max(0, m.start() - 240), min(len(text), m.end() + 120)):
                continue
            start = m.start() if pattern is not _UNIT_EN or m.group().startswith(("the", "The")) else m.start(1)
            out.append((start, m.end()))  # "the Hafan unit", "Uned y Wennol", "(at) Glanffrwd Centre"
    return out


# A school's base called by the everyday word it is named with, and nothing else, where the story speaks of
# school (round forty-five): "sent more than once to the Hafan", "lunchtimes in the Hwb", "mynd i'r Cwtsh am bum
# munud", "Mrs yn y Cwtsh sy'n gwybod", "a place at the Bridge". These few words are what Welsh schools name their
# nurture bases and units; another capital after the word makes it part of a longer name ("the Bridge Inn", "Hafan
# Deg"), found or left by the finders for those. "The Cylch" is every village's playgroup, and names none of them.
_BASE_WORDS = ("Hafan", "Hwb", "Nyth", "Cwtsh", "Cwtch", "Nest", "Enfys", "Bridge", "Bont", "Annexe")
BASE_WORD_NEEDLES = tuple(
    f"{article} {word}" for article in ("the", "The", "yr", "Yr", "y", "Y", "'r", "’r") for word in _BASE_WORDS
)
# ... nor a class: "the Enfys class" is one class of children, not a place
_BASE_WORD_END = re.compile(rf"(?![\w'’-])(?![ \t]+(?:{WORD}|&|and[ \t]+[{UPPER}]|a[ \t]+[{UPPER}]|class\b))")
_JOINED_TO_A_NAME = re.compile(rf"[{UPPER}][^\W\d_]*\Z")  # "Mamgu'r Bont": a woman called by her place


def bases_by_their_word(text: str, found: Needles, lowered: Needles) -> list[tuple[int, int]]:
    """A school's base by its one everyday word ("the Hafan", "i'r Cwtsh") where the story speaks of school."""
    if not lowered.any(_SCHOOL_TALK_NEEDLES):
        return []
    out = []
    for at in found.positions(BASE_WORD_NEEDLES):
        article, _, rest = text[at : at + 12].partition(" ")
        if at and text[at - 1].isalnum() and article[0] not in "'’":
            continue  # "bathe Nest", "they Hafan": inside another word ("i'r Cwtsh" is two)
        if article[0] in "'’" and _JOINED_TO_A_NAME.search(text, max(0, at - 30), at):
            continue
        word = next(w for w in _BASE_WORDS if rest.startswith(w))
        end = at + len(article) + 1 + len(word)
        if not _BASE_WORD_END.match(text, end):
            continue
        if _SCHOOL_TALK.search(text, max(0, at - 240), min(len(text), end + 160)):
            out.append((end - len(word), end))  # the word, as the base named again is found
    return out


# A Welsh-medium school by its initials, as parents and staff write it (round thirty-eight): "the Urdd banner from
# YGCB", "roedd hi yn YGGD" (Ysgol Gymraeg, Gynradd or Gyfun, or Ysgol Bro, then the name's own initials).
SCHOOL_INITIAL_NEEDLES = ("YG", "YB")
_SCHOOL_INITIALS = re.compile(r"(?<![\w'’-])Y[GB][A-Z]{1,3}(?![\w'’-])")
_KIND_INITIALS = frozenset({"YGG"})  # Ysgol Gymraeg Gynradd: the kind, with no name


# ... and any school by its initials where the story speaks of school, after a word a pupil goes by: "he would
# return to CRHS", "lessons at AVH", "the same class at HPS". Services, plans and courses go by initials too
# ("referred to CAMHS", "her PEP"): those on the list of abbreviations are left.
# Written letter by letter, the engine skips to a capital twice as fast as for "[A-Z]{3,5}"; the letters either side
# are looked at after.
_CAPITALS = re.compile(r"[A-Z][A-Z][A-Z]+")
_INSIDE_A_WORD = re.compile(r"[\w'’&-]")
_GOES_BY = re.compile(
    r"(?<![\w'’-])(?:at|to|into|from|by|leave|left|attends|attended|joined|joins"
    r"|yn|ym|i|o|ers|adael|gadael)[ \t]+(?:the[ \t]+)?\Z"  # "y cais i CBN", "yn YFF ar ddydd Mercher"
)


# Every word of school talk above has one of these in it, lower-cased: a text with none has no school talk, and
# its capitals are not read at all (the pass over them was a twentieth of the whole scan).
_SCHOOL_TALK_NEEDLES = (
    *("school", "exclu", "year ", "year\t", "teacher", "timetable", "amserlen", "pupil", "gcse", "tgau", "lesson"),
    *("class", "dosbarth", "sgol", "gwers", "athr", "blwyddyn", "disgybl", "gwahardd", "pru", "referral", "cyfeirio"),
    *("comp", "uwchradd", "tiwtor", "tutor", "roll", "chweched", "sixth", "oleg", "college", "juniors", "infants"),
)


def schools_by_initials(text: str, found: Needles, lowered: Needles) -> list[tuple[int, int]]:
    """Schools by their initials: "YGCB", "YBC"; "lessons at AVH" where the story speaks of school."""
    out = []
    if found.any(SCHOOL_INITIAL_NEEDLES):
        out = [m.span() for m in _SCHOOL_INITIALS.finditer(text) if m.group() not in _KIND_INITIALS]
    if not lowered.any(_SCHOOL_TALK_NEEDLES):
        return out
    for m in _CAPITALS.finditer(text):
        word = m.group()
        if (
            len(word) > 5
            or (m.start() and _INSIDE_A_WORD.match(text, m.start() - 1))
            or _INSIDE_A_WORD.match(text, m.end())
        ):
            continue  # a longer word, or part of one: "eBAY", "O'NEILL", "CRHS-run"
        if word in lx.ACRONYMS or word in lx.COMMON or word in lx.NOT_PERSON or word.startswith(("YG", "YB")):
            continue
        if not _GOES_BY.search(text, max(0, m.start() - 16), m.start()):
            continue
        if _SCHOOL_TALK.search(text, max(0, m.start() - 240), min(len(text), m.end() + 120)):
            out.append(m.span())
    return out


# A school by its head teacher's name, as a village calls it (round thirty-nine): "Mrs Gittins's school", "the staff
# at Mr Bellis's had flagged her", "the only school I ever liked was Mr Probert's". With a school's word after it, it
# is a school; with none, only after a word a pupil goes by and where the story speaks of school, since "tea at Mrs
# Jones's" is her house.
_HEADS_SCHOOL = re.compile(
    rf"\b(?:Mr|Mrs|Miss|Ms|Mister)\.?[ \t]+[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?(?:['’]s\b|s['’](?![\w'’]))"
    r"(?:[ \t]+(school|juniors|infants|primary|nursery|playgroup))?"
)
_HEADS_GOES_BY = re.compile(r"(?<![\w'’-])(?:at|to|into|from|was|attends|attended|joined|in)[ \t]+\Z")
# ... or said to be called so (round forty-eight): "the school, which families still call Mr Bowen's after the head",
# "the little school by the park, Mrs Gwatkin's as everybody round here calls it"
_HEADS_CALLED = re.compile(r"(?<![\w'’-])(?:calls?|called|calling)(?:[ \t]+it)?[ \t]+\Z")
_NAME_ENDS = re.compile(r"[ \t]*(?:[,.;:!?)\"”’]|\Z|(?:as|after|and|now|then|still)\b)")
_HEADS_CALLED_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?:as[ \t]+(?:every(?:one|body)|all|people|the[ \t]+kids|families|locals)\b"
    r"|after[ \t]+the[ \t]+(?:head|headmaster|headmistress|headteacher|old[ \t]+head)\b)"
)
# ... and not where the name's own house, farm or shop follows: "at Mrs Jones's house", "Mr Bellis's farm"
_NOT_A_SCHOOL_AFTER = re.compile(r"[ \t]+(?:house|home|farm|shop|cottage|bungalow|flat|place|door|for[ \t]+tea)\b")
HEAD_NEEDLES = ("Mr ", "Mrs ", "Miss ", "Ms ", "Mister ", "Mr. ", "Mrs. ", "Ms. ")


def schools_by_their_head(text: str, found: Needles, lowered: Needles) -> list[tuple[int, int]]:
    """Schools named by their head: "Mrs Gittins's school"; "at Mr Bellis's" where the story speaks of school."""
    out = []
    talk: bool | None = None  # whether the text speaks of school: read once, when first needed
    for at in found.positions(HEAD_NEEDLES):
        m = _HEADS_SCHOOL.match(text, at)
        if not m:
            continue
        if m.group(1):
            out.append(m.span())
            continue
        if _NOT_A_SCHOOL_AFTER.match(text, m.end()):
            continue
        window = text[max(0, at - 16) : at]
        called = _HEADS_CALLED.search(window) and _NAME_ENDS.match(text, m.end())  # not "call Mrs Jones's dog in"
        if not (_HEADS_GOES_BY.search(window) or called or _HEADS_CALLED_AFTER.match(text, m.end())):
            continue
        if talk is None:
            talk = lowered.any(_SCHOOL_TALK_NEEDLES)
        if talk and _SCHOOL_TALK.search(text, max(0, at - 200), min(len(text), m.end() + 160)):
            out.append(m.span())
    return out


# A school's name set beside whose school it is: "Her nursery, Busy Bees, was brilliant", "his school (St
# Mary's)", "ei meithrinfa, Tedi Bach,", "ysgol y plant – Bro Teifi". Whose it is makes it one school.
_APPOSED_KIND = re.compile(
    r"(?i:(?:\b(?:her|his|their|my|our|your|the[ \t]+kids['’]?|the[ \t]+children['’]s|ei|eu|fy|ein|eich)[ \t]+"
    r"(?:(?:old|new|little|first|last|local|hen)[ \t]+)?"
    r"(?:nursery|playgroup|pre-?school|school|primary|secondary|comp|college|sixth[ \t]+form"
    r"|[mf]eithrinfa|ysgol|[cg]oleg|ngholeg|[cg]ylch|chweched)"
    r"(?:[ \t]+(?:newydd|gynradd|uwchradd|fach|gyntaf|gynta))?"
    r"|\b(?:ysgol|[mf]eithrinfa|[cg]oleg)[ \t]+y[ \t]+plant))"  # "ysgol y plant – Bro Teifi"
    r"(?:[ \t]*,[ \t]*|[ \t]+[–—-][ \t]+|[ \t]+\([ \t]*)"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t]+{WORD}){{0,3}})"
)
_APPOSED_NEEDLES = tuple(
    kind + mark
    for kind in ("nursery", "playgroup", "school", "primary", "comp", "college", "eithrinfa", "ysgol", "oleg", "ylch")
    + ("plant",)
    for mark in (",", " (", " –", " —", " -")
)


# ... or a school's name before a comma and the words for what it is: "Craig-y-Môr, the old residential Deaf
# school", "Bryn Celyn, yr ysgol arbennig", "Y Bont, a small special school".
_NAME_THEN_KIND = re.compile(
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t]+{WORD}){{0,3}}),[ \t]+"
    r"(?:the|a|an|y|yr)[ \t]+((?:[^\W\d_][\w'-]*[ \t]+){0,3}?)"
    r"(?:school|college|academy|nursery|playgroup|ysgol|coleg|meithrinfa|academi"
    # the kind alone, as people shorten it (round thirty-four): "Tryfan, the Welsh-medium secondary"
    r"|(?:primary|secondary|comp|comprehensive)(?![ \t]+(?:care|reason|concern|carer|aim|goal|worry|need|source|road)))"
    r"\b(?!['’]s)"
)
_NOT_THE_KIND = re.compile(
    r"(?i:\b(?:at|in|of|from|by|with|for|near|behind|opposite|past|beside|above|below|over|under|next|yn|ym|yng|o|i"
    r"|gyda|efo|ger|wrth|tu|uwchben|gyferbyn|drws|house|bungalow|flat|farm|cottage|home|tŷ|dŷ|bwthyn|fferm|byngalo"
    r"|fflat|cartref)\b)"
)  # "Gorwel, the bungalow behind the school": the school is another place
_KIND_AFTER_NEEDLES: tuple[str, ...] = (
    *("school", "college", "academy", "nursery", "playgroup", "ysgol", "coleg", "academi"),
    *("primary", "secondary", "comp"),
)
# ... or its own name between "the" and a lower-case kind: "at the Gororau college", "the Busy Bees nursery".
_THE_NAME_KIND = re.compile(
    rf"\b[Tt]he[ \t]+({WORD}(?:[ \t]+{WORD}){{0,2}})[ \t]+(?:college|school|nursery|playgroup|academy)\b(?!['’]s)"
)
_TYPES_OF_SCHOOL = frozenset(
    """
    Steiner Montessori Forest Sunday Welsh English Catholic Church Cathedral Grammar Secondary Primary Special Free
    """.split()  # noqa: SIM905
)


def schools_named_before_their_kind(text: str, lowered: Needles) -> list[tuple[int, int]]:
    """A school named, then said to be one after a comma ("Craig-y-Môr, the old residential Deaf school")."""
    out: list[tuple[int, int]] = []
    for at in lowered.positions(_KIND_AFTER_NEEDLES):
        comma = "," in text[max(0, at - 60) : at]
        for m in _NAME_THEN_KIND.finditer(text, max(0, at - 110), at + 40) if comma else ():
            name = m.group(1)
            words = name.split()
            if m.span(1) in out or m.end() < at or name in lx.PLACES or _NOT_THE_KIND.search(m.group(2)):
                continue  # "Bangor, the university town"; "Gwen, a teacher at the school": the school is another
            if words[0] in lx.FIRST or words[0] in lx.AMBIGUOUS or words[0].rstrip(".") in _PERSON_TITLES:
                continue  # a person, by name or by title ('Mr Tudur, yr ysgol: "Mae'r cerdyn…"', round forty-three)
            if name in lx.NOT_PERSON or all(w in lx.COMMON or w in _GENERIC_SCHOOL for w in words):
                continue
            out.append(m.span(1))
        the = _THE_NAME_KIND.search(text, max(0, at - 50), at + 12)
        if the and the.end() >= at and the.span(1) not in out:
            words = the.group(1).split()
            if not (
                the.group(1) in lx.PLACES
                or the.group(1) in lx.NOT_PERSON
                or words[0] in lx.FIRST
                or any(w in _TYPES_OF_SCHOOL for w in words)
                or all(w in lx.COMMON or w in _GENERIC_SCHOOL or w in lx.PLACE_WORDS for w in words)
            ):
                out.append(the.span(1))
    return out


# ... and a school's own base or class by its name, then what it is (round thirty-nine): "the Cwtsh, the wellbeing
# base off the library", "the Hut, the portacabin base behind the sports hall", "the Enfys class, the small class for
# children who". A base's name is often an everyday word ("the Hut"): what follows says it is the school's.
_BASE_THEN_KIND = re.compile(
    rf"\b(?:[Tt]he|[Yy]r?)[ \t]+({WORD}(?:[ \t]+{WORD})?(?:[ \t]+(?:class|base|unit|room|hub))?),[ \t]+"
    r"(?:(?:which|that)[ \t]+is[ \t]+)?"  # round forty-eight: "the Bridge, which is the inclusion base"
    r"(?:the|a|an|our|their|its|y|yr)[ \t]+(?:(?:school['’]s|small|little|quiet|new|own)[ \t]+)*"
    r"(?:wellbeing|well-being|pastoral|nurture|portacabin|inclusion|learning[ \t]+support|sensory|ASD|autism|ALN|SEN"
    r"|small|calm|chill-out)[ \t]+(?:base|room|unit|hub|class|provision)\b"
)
# Found from the kind's own words, which are rare ("a comma and 'the'" is in every other sentence).
BASE_KIND_NEEDLES: tuple[str, ...] = ("ellbeing ", "ell-being ", "astoral ", "urture ", "ortacabin ", "nclusion ")
BASE_KIND_NEEDLES += ("earning support", "ensory ", "SD ", "utism ", "LN ", "EN ", "small class", "small base")
BASE_KIND_NEEDLES += ("small unit", "small room", "calm ", "chill-out ")


def bases_named_before_their_kind(text: str, found: Needles) -> list[tuple[int, int]]:
    """A school's base or class named, then said to be one: "the Hafan, the pastoral base at the school"."""
    out: list[tuple[int, int]] = []
    for at in found.positions(BASE_KIND_NEEDLES):
        for m in _BASE_THEN_KIND.finditer(text, max(0, at - 90), min(len(text), at + 40)):
            if m.start() < at < m.end() and m.group(1) not in lx.PLACES and m.span(1) not in out:
                out.append(m.span(1))
    return out


# A nursery or playgroup named as English ones are, "Little" or "Tiny" and a plural ("Tiny Steps", "Little Owls"),
# where the words near it are a small child's day (round forty-eight): "her baby sister goes to Tiny Steps three
# mornings a week", "a funded place at Little Treetops". Not a book, a band or a place ("Little Women", "Little Mix").
_LITTLE_ONES = re.compile(r"\b(?:Little|Tiny|Busy|Wee)[ \t]+[A-Z][a-z]+s\b")
_SMALL_CHILD_S_DAY = re.compile(
    r"(?i:\b(?:nursery|playgroup|cylch|meithrin|childcare|toddlers?|baby|pre-?school|mornings?|afternoons?|sessions?"
    r"|funded|drop-?offs?|pick-?ups?|little[ \t]+(?:one|sister|brother)|reception|school)\b)"
)
NURSERY_SHAPE_NEEDLES = ("Little ", "Tiny ", "Busy ", "Wee ")
_NOT_A_NURSERY = frozenset({"Little Mix", "Little Britain", "Little Rascals", "Little Chef", "Busy Lizzies"})


def nurseries_named_little(text: str, found: Needles) -> list[tuple[int, int]]:
    """A nursery by a name shaped as nurseries are named ("Tiny Steps"), where a small child's day is spoken of."""
    out: list[tuple[int, int]] = []
    for at in found.positions(NURSERY_SHAPE_NEEDLES):
        m = _LITTLE_ONES.match(text, at)
        if not m or m.group() in _NOT_A_NURSERY or m.group() in lx.NOT_PERSON or m.group() in lx.PLACES:
            continue
        if _SMALL_CHILD_S_DAY.search(text, max(0, at - 120), min(len(text), m.end() + 120)):
            out.append(m.span())
    return out


def schools_in_apposition(text: str, lowered: Needles) -> list[tuple[int, int]]:
    """A school's name set beside the words for whose school it is ("her nursery, Busy Bees,")."""
    out: list[tuple[int, int]] = []
    for at in lowered.positions(_APPOSED_NEEDLES):
        m = _APPOSED_KIND.search(text, max(0, at - 40), at + 120)
        if not m or m.span(1) in out:
            continue
        name = m.group(1)
        words = name.split()
        if words[0] in lx.FIRST or words[0] in _NOT_A_SCHOOL_NAME or (name in lx.PLACES and " " not in name):
            continue  # "her school, Mia said,", "ei ysgol, Bala, …": a person, a day or a town
        if all(w in lx.COMMON or w in _GENERIC_SCHOOL for w in words) and not words[0].startswith(("Ysgol", "Coleg")):
            continue
        if name in lx.NOT_PERSON and name not in lx.PLACES:
            continue  # a public body's own name
        out.append(m.span(1))
    return out


_PERSON_TITLES = frozenset({"Mr", "Mrs", "Miss", "Ms", "Dr", "Mr.", "Mrs.", "Dr.", "Sir", "Parch", "Parch."})


_HALL_AFTER = re.compile(r"[ \t]+(?:[Hh]all|[Vv]estry|[Ff]estri|[Ss]chool[ \t]?room|[Cc]hapel)\b")


# The three characters before a nursery's place that make it one of a town's many ("a Cardiff nursery").
_ONE_OF_MANY = frozenset({"a ", " a ", "an "})


def schools_by_kind(text: str, welsh: bool, found: Needles, lowered: Needles) -> list[tuple[int, int]]:
    """Schools named by their kind and then their place or name ("i'r Cylch Meithrin yn Llanrug")."""
    kinds = (_SCHOOL_BY_KIND_CY, _SCHOOL_BY_KIND_EN)
    tries = [(at, pattern) for at in lowered.positions(_KIND_NEEDLES) for pattern in kinds]
    ysgol = found.starts("ysgol ")
    tries += [(at, _SCHOOL_LOWER_CY) for at in ysgol]
    # "yr ysgol gyfun yn Nhregaron": a lower-case kind read as a kind, from the same word
    tries += [(at, _SCHOOL_BY_KIND_CY) for at in ysgol if text.startswith(_KINDS_AFTER_YSGOL, at + 6)]
    tries += [(at, _SCHOOL_LOWER_EN) for at in lowered.positions(_LOWER_NEEDLES_EN) if _named_before(text, at)]
    out: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    for at, pattern in tries:
        m = _school_kind_near(text, at, pattern)
        if not m or m.span() in seen:
            continue
        seen.add(m.span())
        words = WORDS.findall(m.group(1))
        titled = next((i for i, w in enumerate(words) if i and w in _PERSON_TITLES), None)
        if titled is not None:
            words = words[:titled]  # "ysgol fach Llanwylan a Miss Pegi Huws": the teacher is a name of her own
            while words and words[-1] in ("a", "ac", "and", "y", "yr", "o"):
                words.pop()
        while words and (words[-1] in _NOT_NAME_TAIL or words[-1] in _NOT_A_SCHOOL_NAME):
            words.pop()
        if not words or words[0] in _NOT_A_SCHOOL_NAME:
            continue  # "the nursery in September"
        end = m.start(1) + m.group(1).rfind(words[-1]) + len(words[-1])
        # a chapel's hall or vestry, which many are named like people (round thirty-eight): "the Cylch at Hermon hall"
        hall = _HALL_AFTER.match(text, end) if m.re is not _SCHOOL_LOWER_EN else None
        chapel = (
            m.group(1).endswith((" vestry", " chapel"))  # "the Ebenezer vestry playgroup"
            if m.re is _SCHOOL_LOWER_EN
            else "festri " in text[m.start() : m.start(1)]  # "i'r cylch yn festri Carmel": a chapel's name
        )
        if words[0] in lx.FIRST and not (hall or chapel):
            continue  # "Meithrinfa Mair" is read by the name finders
        # everyday words, but not a Welsh noun made a name by "bach" (round forty-three): "at Cwtch Bach nursery"
        small = len(words) > 1 and words[-1] in _SMALL and words[0][:1].isupper()
        if all(w in lx.COMMON or w in _GENERIC_SCHOOL for w in words) and not small:
            continue
        phrase = text[m.start(1) : m.start(1) + m.group(1).rfind(words[-1]) + len(words[-1])]
        # a public body's own name, not a school; but a playgroup called by the public hall it meets in is named by
        # it ("i gylch y Neuadd Goffa", round forty-six)
        if phrase in lx.NOT_PERSON and phrase not in lx.PLACES and not phrase.startswith(("Neuadd ", "Festri ")):
            continue
        if m.re is _SCHOOL_LOWER_EN:
            if words[-1].endswith(("'s", "’s")):
                continue  # "at Seren's school": whose school, not which
            one_of_many = text[max(0, m.start(1) - 3) : m.start(1)] in _ONE_OF_MANY
            if phrase in lx.PLACES and m.group().endswith("nursery") and one_of_many:
                continue  # "a Cardiff nursery": one of a town's many; "to Llanwrda nursery" is the village's (round 46)
            out.append((m.start(1), m.end()))  # "Llanrug primary"
        else:
            out.append((m.start(), hall.end() if hall else m.start(1) + len(phrase)))
    return out


# --- A home given after the word "address" ------------------------------------------------------

# "His address is Tŷ Newydd, Llanrug", "Cyfeiriad: Bryn Awel, Rhosgadfan", "ei chyfeiriad newydd yw
# Fflat 2, Llys Gwyn": whatever is named after the word for an address is one.
_ADDRESS_WORD = re.compile(
    r"(?i:\b(?:address|addr\.?|cyfeiriad|gyfeiriad|chyfeiriad|nghyfeiriad)(?:[ \t]+(?:is|was|now|new|yw|ydy|oedd|newydd"
    r"|bellach|nawr|rŵan|erbyn[ \t]+hyn))*[ \t]*[:–—-]?[ \t]+)"
)
_ADDRESS_NEEDLES = ("ddress", "ddr:", "ddr.", "yfeiriad")  # "Addr:", as case notes shorten it
_ADDRESS_NAME = re.compile(rf"{WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o|on|the|of)|['’]r)?[ \t]+{WORD}){{0,3}}")


def homes_by_address_word(text: str, found: Needles) -> list[tuple[int, int]]:
    """The place named right after the word for an address ("His address is Tŷ Newydd")."""
    out = []
    for at in found.positions(_ADDRESS_NEEDLES):
        m = _ADDRESS_WORD.search(text, max(0, at - 5), at + 40)
        name = _ADDRESS_NAME.match(text, m.end()) if m and m.start() <= at else None
        if not name:
            continue
        words = name.group().split()
        postal = _POSTAL_AFTER.match(text, name.end()) is not None  # "Tŷ Newydd, Llanrug": a postal line
        if not postal and (name.group() in lx.NOT_PERSON or all(w in lx.COMMON or w in _CARE_LINKS for w in words)):
            continue  # "the address of the Town Hall", "address: The Council", "cyfeiriad: Cyngor Gwynedd"
        out.append(name.span())
    return out


# --- A block of flats, a row of bungalows or allotments named before the lower-case word ---------

# "in the Bryn Estyn flats", "at the Cae Ffynnon allotments", "ym fflatiau Tŷ Gwenallt",
# "Rhandiroedd Cae Ffynnon": a named group of homes, or the plots someone tends every day.
_GROUP_NEEDLES = (" flats", " bungalows", " maisonettes", " allotments", " allotment", "handir", "fflatiau ")
_GROUP_BEFORE = re.compile(
    rf"\b(?:on|off|at|from|to|in|into|near|behind|by|round|of)[ \t]+the[ \t]+"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t]+{WORD}){{0,3}})"
    r"[ \t]+(?:flats|bungalows|maisonettes|allotments?)\b"
)
_GROUP_AFTER = re.compile(
    rf"\b(?:[Rr]handir(?:oedd)?|[Rr]andir(?:oedd)?|[Nn]handir(?:oedd)?|[Ff]flatiau|[Mm]hlatiau)[ \t]+"
    rf"({WORD}(?:(?:[ \t]+(?:y|yr|ar|a|o)|['’]r)?[ \t]+{WORD}){{0,3}})"
)
_NOT_GROUP = frozenset({"Council", "Cyngor", "Community", "Cymunedol", "Town", "Tref", "New", "Newydd", "Old", "Hen"})


def named_groups_of_homes(text: str, found: Needles) -> list[tuple[int, int]]:
    """Named blocks of flats, rows of bungalows and allotments ("in the Bryn Estyn flats")."""
    starts = found.positions(_GROUP_NEEDLES)
    if not starts:
        return []
    out = []
    seen: set[tuple[int, int]] = set()
    for at in starts:
        before = text.startswith(" ", at)  # " flats": the name is before it; "Rhandiroedd", "fflatiau": after
        m = None
        if before:
            for each in _GROUP_BEFORE.finditer(text, max(0, at - 90), min(len(text), at + 14)):
                m = each
        else:
            m = _GROUP_AFTER.search(text, max(0, at - 3), min(len(text), at + 90))
        if not m or m.span() in seen or not m.start() <= at <= m.end():
            continue
        seen.add(m.span())
        words = WORDS.findall(m.group(1))
        while words and words[-1] in _NOT_NAME_TAIL:
            words.pop()
        if not words or all(w in lx.COMMON or w in _NOT_GROUP for w in words):
            continue  # "the Council flats", "the new allotments"
        name = text[m.start(1) : m.start(1) + m.group(1).rfind(words[-1]) + len(words[-1])]
        if (name in lx.NOT_PERSON and name not in lx.PLACES) or (name in lx.PLACES and " " not in name):
            continue  # "the Wrexham allotments": which town, not which plot
        out.append((m.start(1), m.start(1) + len(name)))
    return out


# Every literal the finders above look for, for the scanner's single pass (needles.py) ...
NEEDLES = (
    *UNIT_NEEDLES,
    *BASE_WORD_NEEDLES,
    *_LANDMARK_GATE_CY,
    *_LANDMARK_GATE_EN,
    *_LANDMARK_GATE_FROM,
    *_OVER_THE_HOMES,
    "over the",
    " from ",
    *_WELSH_WAY_GATE,
    *_RELATION_NEEDLES,
    *_WELSH_WAY_NEEDLES,
    *_FROM_NEEDLES,
    *_CALLED_WORDS,
    *_NAME_OF_HOME_WORDS,
    *_NAME_THEN_OF_HOME_WORDS,
    *_ON_THE_GATE,
    *_SITE_WORDS,
    "stad ",
    " estate",
    *_DIRECTIONS_GATE_CY,
    *_DIRECTIONS_GATE_EN,
    *_DIRECTIONS_NEEDLES,
    *_CARE_NEEDLES,
    *_STAY_KINDS_EN,
    *_CHILDRENS_HOME,
    *_STAY_NEEDLES_CY,
    *_KIND_AFTER_COMMA_NEEDLES,
    "artref ",
    "ysgol ",
    *_ADDRESS_NEEDLES,
    *_GROUP_NEEDLES,
)
# ... and those looked for in the text in lower case.
LOWER_NEEDLES = (*_KIND_NEEDLES, *_LOWER_NEEDLES_EN, *_ARRIVAL_NEEDLES_CY, *_ARRIVAL_NEEDLES_EN, *_APPOSED_NEEDLES)
LOWER_NEEDLES += _KIND_AFTER_NEEDLES
LOWER_NEEDLES += _LANDMARK_SCHOOL_NEEDLES + _LANDMARK_SCHOOL_NEEDLES_CY
LOWER_NEEDLES += _SCHOOL_ONLY_WORDS
LOWER_NEEDLES += _SCHOOL_TALK_NEEDLES


# --- A hall of residence ------------------------------------------------------------------------

# "He has room 214 in Neuadd Tŷ Gwydr", "stafell yn Neuadd Cae Mawr" (round eleven): a university hall named
# where the story speaks of a university or a student places a young person as a school does. A village or
# memorial hall ("Neuadd y Pentref", "Neuadd Goffa") is a venue, and is left alone; a hall named by a first name
# ("Neuadd Gwenllian", "Neuadd Tegid Foel") is still a hall.
_HALL = re.compile(
    rf"(?:[NnFf]euadd|Hall)[ \t]+((?:(?:y|yr)[ \t]+)?{WORD}(?:(?:[ \t]+(?:y|yr)|['’]r)?[ \t]+{WORD}){{0,2}})"
)  # "Neuadd Tegid Foel", "Neuadd y Graig Lwyd"
_STUDENT = re.compile(
    r"(?i:\b(?:prifysgol|brifysgol|mhrifysgol|university|uni|student|students|myfyriwr|fyfyriwr|myfyrwyr|fyfyrwyr|myfyrwraig|fyfyrwraig"
    r"|halls|freshers|residence|breswyl|preswyl|coleg|goleg|college|gradd|radd|degree|graddio|astudio|studying"
    r"|(?:first|second|third|final)[ \t]+year[ \t]+at|(?:ail[ \t]+flwyddyn|[bf]lwyddyn[ \t]+gynta[f]?)[ \t]+"
    r"(?:yn|ym|yng)"
    r"|semester|bwrsari|bursary"
    r"|(?-i:Bangor|Mangor|Aberystwyth|Llanbed|Lampeter|Caerfyrddin|Nghaerfyrddin|Carmarthen))\b)"  # a university town
)
_PUBLIC_HALL = frozenset({"Goffa", "Gymuned", "Pentref", "Dref", "Sir", "Bentref", "Eglwys", "Capel", "Ddinas"})
_PUBLIC_HALL |= {"Gweithwyr", "Glowyr", "Les", "Lles"}  # the workmen's, the miners' and the welfare halls
# ... and in English, the name before "Hall", lived in: "she lived in Rosser Hall her first year".
_HALL_EN = re.compile(
    rf"\b(?:lived|living|lives|live|stayed|staying|room|flat|moved"
    r"|(?:studying|studies|studied)\b[^.!?;\n]{0,40}?)"  # "studying pharmacy in Cardiff, in Plas Eurych Hall"
    rf"[ \t]+(?:in(?:to)?|at)[ \t]+({WORD}(?:[ \t]+{WORD})?)[ \t]+Hall\b"
)
_PUBLIC_HALL_EN = frozenset(
    "Town Village Memorial City Guild County Church Chapel Concert Market Miners Community Parish Albert Royal".split()  # noqa: SIM905
)


# "She's in Cwrt Bevan halls now": a name before "halls" is a hall of residence wherever it is; so is a name
# said to be one of them: "Rhos Helyg, un o neuaddau Prifysgol Trefaenor", "Pantycelyn, one of the halls".
_NAME_HALLS = re.compile(
    rf"((?:{WORD}[ \t]+){{0,2}}{WORD})(?:[ \t]+halls\b|,[ \t]+(?:un[ \t]+o[ \t]+[nf]euaddau|one[ \t]+of[ \t]+the[ \t]+"
    r"(?:university['’]s[ \t]+|student[ \t]+)?halls)\b)"
)


def halls_of_residence(text: str) -> list[tuple[int, int]]:
    """University halls named where a university or a student is spoken of."""
    out = []
    for m in _NAME_HALLS.finditer(text):
        words = m.group(1).split()
        while words and words[0] in _GENERIC_SCHOOL:
            words.pop(0)  # "The Cwrt Bevan halls", "University halls"
        if words and not all(w in lx.COMMON for w in words) and " ".join(words) not in lx.NOT_PERSON:
            out.append((m.end(1) - len(" ".join(words)), m.end(1) if "," in m.group() else m.end()))
    if not _STUDENT.search(text):
        return out
    for m in _HALL_EN.finditer(text):
        words = m.group(1).split()
        if words[0] in _PUBLIC_HALL_EN or words[-1] in _PUBLIC_HALL_EN or f"{m.group(1)} Hall" in lx.NOT_PERSON:
            continue  # "lived in Town Hall"? a venue, never a student's hall
        if not all(w in lx.COMMON for w in words):
            out.append((m.start(1), m.end()))
    for m in _HALL.finditer(text):
        words = [w for w in m.group(1).split() if w not in ("y", "yr")]
        if words[0] in _PUBLIC_HALL or words[-1] in _PUBLIC_HALL or m.group() in lx.NOT_PERSON:
            continue
        if m.group(1) in lx.NOT_PERSON:
            continue  # "Neuadd Dewi Sant": a concert hall named for a saint, a public venue
        if words[0] in lx.FIRST and len(words) > 1 and words[-1].split("-")[-1] in lx.SURNAMES:
            continue  # "Neuadd John Morris-Jones": named for a public person in full, as a university's halls are
        if all(w in lx.COMMON for w in words if w[:1].isupper()):
            continue
        out.append(m.span())
    return out
