"""Find people's names: titles, full names, known first names and names in context.

The scanner hands over runs of capitalised words ("phrases"). Each distinct phrase is split
into tokens and judged once (the verdict is cached): known first names and full names
always count, words that are also ordinary words (Grace, Haf) count only with a cue, and
places, organisations and street names mask the words inside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ahocorasick_rs import AhoCorasick, Implementation

from storysite.privacy import lexicon as lx
from storysite.privacy.cues import APPOSITION, WEAK_AFTER, YN_DOING, cue_after, cue_before
from storysite.privacy.welsh import TRIGGERS, mutations

# Capitals of Welsh, English and the European languages met in care work (Łukasz, Ștefan, Żaneta).
UPPER = "A-ZÀ-ÖØ-ÞŴŶĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŸŹŻŽȘȚ"
CAP = rf"[{UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*"
# Lower-case words that may sit inside one capitalised phrase (Heol y Parc, Dafydd ap Gwilym).
CONNECTORS = frozenset(
    ["y", "yr", "ar", "ap", "ab", "ferch", "de", "van", "von", "der", "le", "la", "du", "of", "upon", "yng", "ym", "in"]
)
CONNECT = "(?:" + "|".join(sorted(CONNECTORS, key=len, reverse=True)) + ")"
PHRASE = re.compile(rf"{CAP}(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:{CONNECT}[ \t]+)?{CAP})*")
TOKEN = re.compile(CAP)
# What may join two words of one name: a space, or a patronymic or particle.
NAME_GAP = re.compile(r"\.?[ \t]+(?:(?:ap|ab|ferch|de|van|von|der|le|la|du)[ \t]+)?")
SENTENCE_START = re.compile(r"(?:\A|[.!?:;\n#>*|\"“”‘(\[]|\s[-–—])[ \t*_\"“‘(\[]*\Z")

_WELSH_TITLES = """
    Meistr Meistres Bonwr Boneddiges Bonesig Parchedig Cynghorydd Athro
""".split()  # noqa: SIM905
TITLES = frozenset(
    """
        Mr Mrs Miss Ms Mx Dr Doctor Prof Professor Rev Revd Reverend Parch Parchedig Athro Cllr
        Councillor Cynghorydd Nurse Nyrs Father Canon Dame Lady Lord Capt Captain Sgt Sergeant
        Mstr Meistr Meistres Bonwr Boneddiges Bonesig Bnr Bns Syr PC PCSO DC DS DI DCI Insp Inspector
        Sister Pastor Cwnstabl Sarjant Cpl Corporal LCpl Sgt. Pte Private Flt Lt Maj Col
    """.split()  # noqa: SIM905
) | frozenset(m for w in _WELSH_TITLES for m in mutations(w) if len(m) > 3)
KIN_TITLES = frozenset(
    """
        Auntie Aunty Aunt Uncle Anti Yncl Nain Taid Nan Nana Nanna Gran Granny Grandma Grandad
        Grandpa Bampi Mamgu Mam-gu Tadcu Tad-cu Dadcu Bopa Wncwl Cousin Nanny Nannie Grampy Gramps Bamps Grancha
        Bamp Bampy
        Hooyo Aabo Ayeeyo Awoowe Jiddo Jeddo Jidda Teta Sitto Sitti Nani Dadi Babcia Dziadek Babushka Abuela Abuelo
        Tio Tío Avó Avô Vovó Vovô Ciocia Wujek Bunica Bunicul Tanti Dad-cu Dat-cu
    """.split()  # noqa: SIM905
)  # and the words for a mother, a grandparent, an aunt or an uncle in the other languages of Welsh families
# (Somali, Arabic, Urdu, Polish, Portuguese, Romanian)
# Words that start a place, building or organisation name in Welsh word order; the landscape words
# (Cadair, Carnedd, Moel, Bwlch, Traeth...) start mountains, passes and beaches named after people.
_PLACE_HEADS = set(
    """
        Tŷ Ty Heol Stryd Ffordd Lôn Lon Cilgant Rhodfa Teras Clos Maes Parc Llys Plas Castell
        Capel Eglwys Ysgol Coleg Prifysgol Neuadd Canolfan Clwb Cartref Ysbyty Meddygfa Bwrdd
        Cyngor Cymdeithas Ymddiriedolaeth Menter Mudiad Sefydliad Cronfa Gwobr Gŵyl Dydd Sant
        Santes St Saint Pont Cwm Coed Afon Llyn Mynydd Ynys Porth Aber Caer Llan Tre Bro Hafod
        Hendre Fferm Bwthyn Swyddfa Siop Caffi Tafarn Gwesty Theatr Sinema Amgueddfa Llyfrgell
        Uned Ward Gorsaf Stadiwm Sir Mount Lake River Port Fort Cape Camp Rhes Tai Cwrt Gerddi
        Cae Pentre Stad Ystad Sgwâr Rhiw Allt Dôl Trem Glan Ffos Cors Gwaun Rhos Bryniau
        University Church Cathedral Chapel Hotel Radio Hospital Team Tîm Project Prosiect Tafarn
        Clinig Cylch Côr Gwasanaeth Gwasanaethau Adran Tîm Grŵp Deddf Storm Corwynt Hurricane Mynyddoedd
        Tŵr Twr Bloc Tyddyn Tyn Ffridd Llety Hafoty Pant Cefn Gwern Nant Llwyn Bron
        Cadair Carnedd Moel Bwlch Rhaeadr Traeth Dyffryn Penrhyn Trwyn Ogof Clogwyn Crib Gwarchodfa
        Llwybr Camlas Rheilffordd Goleudy Abaty Harbwr
    """.split()  # noqa: SIM905
)
# A mutated head that is a name is read as the name ("Dai Siop" is a man, not "Tai Siop").
PLACE_HEADS = frozenset(_PLACE_HEADS | {m for w in _PLACE_HEADS for m in mutations(w)} - {"Dai"})
# A mutated head that is also a first name ("Lyn", from "Llyn") starts a name when a surname follows: "Lyn Jones";
# and so does a head that is a first name as it stands (round forty-eight): "Gwern Hughes".
NAME_LIKE_HEADS = frozenset(PLACE_HEADS - _PLACE_HEADS) & (lx.FIRST | lx.AMBIGUOUS) | (_PLACE_HEADS & lx.FIRST)
# ... and after a word for a relative, every house and farm element and every known place too.
_KIN_PLACE_HEADS = PLACE_HEADS | lx.HOUSE_ELEMENTS | frozenset(p for p in lx.PLACES if " " not in p)
# What a pet form is called at home, which is a name before a house's name too ("Now Tŷ Capel").
_PET_WORDS = frozenset(form for forms in lx.PET_FORMS.values() for form in forms)


def _house_head(word: str) -> bool:
    """Does WORD start a house's or farm's name: "Tŷ", "Cae'r", "Troed-rhiw", "Gwaelod-y-Graig"?"""
    head = word.split("-", 1)[0]
    return head in lx.HOUSE_ELEMENTS or head.removesuffix("'r").removesuffix("’r") in lx.HOUSE_ELEMENTS


# Words that end a place, building or organisation name in English word order.
ORG_TAILS = frozenset(
    """
        Board Council Centre Center Hospital Trust Society Association Foundation Charity
        Services Service Team Group Club Church Chapel School College University Primary Academy
        Surgery Practice Ward Unit Library Museum Theatre Stadium Hotel Inn Arms Ltd Limited
        Cymru Wales Project Partnership Network Forum Fund Memorial Institute Cottage Farm
        Bridge Station Road Street Avenue Close Crescent Drive Terrace Place Square Gardens Way
        Mews Row Walk Rise Parade Villas Cottages Estate Nursery Infants Junior High
        Comprehensive Hospice Home Homes Lodge Manor Campus Café Cafe Bar Restaurant Shop Stores
        Market Day Week Month Year Award Awards Prize Cup League City Town United Rovers
        Athletic FC AFC RFC Syndrome Disease Hall House Court Park Green Hill Lane Sant Santes
        Fawr Bach Uchaf Isaf Newydd
    """.split()  # noqa: SIM905
)
# Welsh adjectives that end a farm's name, or follow a first name as a nickname ("Emyr Bach").
NAME_ADJECTIVES = frozenset(["Bach", "Fach", "Fawr", "Mawr", "Isaf", "Uchaf", "Newydd", "Ifanc", "Hen"])
# Tails that are also common surnames: they end a place only when no name precedes them.
SURNAME_TAILS = frozenset(["Hall", "House", "Court", "Park", "Green", "Hill", "Lane"])
_LONE_TAILS = ORG_TAILS - SURNAME_TAILS - lx.FIRST - lx.AMBIGUOUS - lx.SURNAMES
WELSH_VERB_ENDINGS = ("odd", "wyd", "asant", "asom", "ason", "aist", "wch", "ais", "aethon", "aethom", "esid")
# Trade and shop words that make a nickname after a first name: "Dai Siop", "Wil y Post", "Dai the Milk".
NICK_WORDS = frozenset(
    """
        Post Siop Bysus Bws Glo Llaeth Bara Cig Garej Garage Tacsi Taxi Ffarm Fferm Farm Pysgod Chips
        Sglods Gwallt Banc Bank Bwtsiwr Butcher Cigydd Pobydd Baker Milk Bread Coal Shop Chip Bus
        Buses Fish Paper Papers Pop Pub Meat Vet Insurance Lorri Lorry Trên Train Station Stesion
        Cops Plisman Police Bins Injan Engine Band Côr Choir Capel Chapel Church Eglwys Ysgol School
        Sgwl Crydd Cobbler Co-op Cop Fish-shop
        Bas Bass Drymiau Drums Gitâr Guitar Ocsiwnïar Ocsiwniar Auctioneer Fan Van Plwmar Plumber Saer
        Joiner Sparks Sparky Gof Ffarier Farrier Cneifiwr Shearer Sgrap Scrap Mart Lori Glo'r Llefrith
        Windows Ffenestri Cwch Boat Docs Dociau Pwll Pit Colliery
        Ffwrnes Furnace Colomennod Pigeons Cychod Boats Conductor Cegin
        Papur Papurau Bwyd Brics Teiliwr Felin Efail Gefail Bont Ffatri Cei Pwmp Injan Tships Caffi Cafe
        Becws Popty Bakery Bakehouse Cinio Dinners
        Tractor Tractors Defaid Sheep Cneifio Wŷn Lambs Moch Pigs Ieir Hens Wyau Eggs Mart
    """.split()  # noqa: SIM905
)
NICK_AFTER = re.compile(r"[ \t]+the[ \t]+(" + "|".join(sorted(NICK_WORDS, key=len, reverse=True)) + r")\b")
# A nickname in quotation marks between a first name and a surname: Lyn "Sarge" Probert.
QUOTED_NICK = re.compile(rf"[ \t]+[\"'‘“]{CAP}(?:[ \t]{CAP})?[\"'’”][ \t]+{CAP}")
MEDIA_AFTER = re.compile(
    r"\W{1,3}(?:songs?|records?|concerts?|album|films?|books?|show|caneuon|gân|cân|gyngerdd|record|llyfr"
    # "Tom Jones on the telly", "Dewi Llwyd ar y radio", "as if Tom Jones himself had walked in"
    r"|(?:on|ar)[ \t]+(?:the[ \t]+|y[ \t]+)?(?:radio|telly|tv|television|teledu|wireless|s4c)|himself|herself)\b",
    re.IGNORECASE,
)
# Singing soon after a public name, in the same sentence: "he loves Tom Jones and he will sing Delilah".
MEDIA_SOON = re.compile(
    r"[^.!?\n]{0,30}\b(?:sing|sings|singing|sang|sung|song|songs|concert|album|canu|ganu|chanu|cân|gân)\b"
)
# Words just before a public name that show it is quoted, not a person in the story.
MEDIA_CUE = re.compile(
    r"\b(?:sang|sung|sing|sings|singing|song|songs|hymn|emyn|canu|ganu|chanu|canodd|ganodd|cân|gân|caneuon|"
    r"read|reads|reading|darllen|ddarllen|darllenodd|book|books|llyfr|llyfrau|watched|watch|watches|"
    r"watching|gwylio|wylio|film|films|ffilm|programme|rhaglen|tv|teledu|radio|record|records|album|"
    r"concert|cyngerdd|gyngerdd|listened|listening|listen|gwrando|wrando|fan|ffan|poem|cerdd|gerdd|"
    r"tune|tiwn|dôn|tôn|video|fideo|singer|canwr|gantores|cantores|actor|actores|presenter|"
    r"whistling|whistled|whistle|humming|hummed|hum|chorus|chwibanu|chwibanodd|hymian|cytgan|gytgan|"
    r"statue|cerflun|gerflun|cofeb|gofeb|plaque|"  # "heibio cerflun Tom Ellis": a public man's statue
    r"cyflwynydd|gyflwynydd|author|awdur|star|seren|rugby|rygbi|football|pêl-droed|match|gêm|"
    r"cook|cooking|chef|cogydd|gogydd|coginio|goginio|"  # "wants to cook for Bryn Williams one day"
    r"verse|verses|pennill|bennill|penillion|"  # "sang the first verse of Myfanwy"
    r"played|playing|plays|chwarae|about|favourite|hoff|than|na|voice|llais|like|fel)\W+(?:\w+\W+)?\Z",
    re.IGNORECASE,
)

# Single words that can be dropped at once: everyday capitalised words that are never names.
SKIP = frozenset(
    (lx.COMMON - lx.AMBIGUOUS - TITLES - KIN_TITLES - lx.FIRST)
    | {w + "'s" for w in lx.COMMON - lx.AMBIGUOUS - lx.FIRST}
    | {w + "’s" for w in lx.COMMON - lx.AMBIGUOUS - lx.FIRST}
    | (lx.NOT_PERSON - lx.FIRST - lx.AMBIGUOUS)
)


# Words that never make a phrase a name on their own: everyday words, place words and the
# lower-case words that may join a phrase.
QUIET = (
    frozenset(
        SKIP
        | lx.PLACE_WORDS
        | {w for p in lx.NOT_PERSON for w in p.split()} - lx.FIRST - lx.AMBIGUOUS - lx.SURNAMES - lx.FIGURE_FIRST_WORDS
        | set(
            [
                "y",
                "yr",
                "ar",
                "ap",
                "ab",
                "ferch",
                "de",
                "van",
                "von",
                "der",
                "le",
                "la",
                "du",
                "of",
                "upon",
                "yng",
                "ym",
                "in",
                "on",
            ]
        )
    )
    - lx.FIRST
    - lx.AMBIGUOUS
    - lx.SURNAMES
    - lx.FIRST_MUTATED
    - lx.AMBIGUOUS_MUTATED
    - TITLES
    - KIN_TITLES
)
# First words of multi-word places and organisations.
# A public name that opens with an everyday word ("Under Milk Wood") is looked for from its first
# other word, since the scanner passes over everyday words (as it must, to stay fast).
_DECOY_TAILS = {
    " ".join(p.split()[k:])
    for p in lx.DECOYS
    if " " in p and p.split()[0] in lx.COMMON
    for k in [next((k for k, w in enumerate(p.split()) if w not in lx.COMMON), 0)]
    if 0 < k < len(p.split()) - 1 and p.split()[k][:1].isupper()
}
NOT_PERSON = lx.NOT_PERSON | _DECOY_TAILS
STARTS_NOT_PERSON = frozenset(
    p.split()[0] for p in NOT_PERSON if " " in p and (p not in lx.DECOYS or p.split()[0] not in lx.COMMON)
)
# English words that make a nickname before a known first name: "Big Wyn", "Little Dai", "Young Gwyn".
SIZE_NICKS = frozenset(["Big", "Little", "Young", "Old", "Wee", "Mad", "Tall", "Long"])
# Everyday words that may still start a phrase which hides a name (Heol Dafydd, Bae Colwyn).
PHRASE_HEADS = PLACE_HEADS | STARTS_NOT_PERSON | SIZE_NICKS
# Irish and Scottish patronymic particles inside a full name: "Pat Ní Bhriain", "Seán Ó Súilleabháin".
PARTICLES = frozenset(["Ní", "Nic", "Ó", "Ua", "Mac", "Mc"])


Hit = tuple[int, int, str, str]


@dataclass(slots=True)
class Token:
    start: int
    end: int
    word: str  # without a possessive 's
    possessive: bool
    masked: bool = False


# What a phrase can hold, decided once per distinct phrase and cached: each run of words
# that may be a name, with the rule that holds whatever the context, or what it needs.
ALWAYS, CUE, MUTATED, MUTATED_CUE, PLACE_CUE = 1, 2, 3, 4, 5
# Words before a place: a name that is also a place stays a place after them.
PLACE_PREPOSITIONS = frozenset(["in", "to", "from", "at", "near", "of", "yn", "i", "o", "ym", "yng", "ger", "tua"])
# The words before a Welsh word-name that make it a place's word in English text: "the Seren", "Tan y Bryn", "up at
# Bryn", "the top of Glyn" (round thirty-six; "to" and "from" are a person's as often: "I said to Dewi").
_PLACED_BEFORE = (PLACE_PREPOSITIONS - {"to", "from"}) | frozenset("the y yr up down above below past over".split())  # noqa: SIM905
# ... and the words for a time, which a name joined by "and" does not follow: "in June and Gethin" (round thirty-six).
_TIME_BEFORE = frozenset({"on", "since", "until", "till", "by", "during", "ers", "tan", "ar"})
# Welsh words after which a mutated name that is also an ordinary word is read as a name.
PERSON_TRIGGERS = frozenset(
    ["i", "â", "ag", "gan", "at", "wrth", "efo", "hefo", "gyda", "gydag", "a", "ac", "am", "dros", "heb", "tua"]
)


@dataclass(frozen=True, slots=True)
class Run:
    start: int  # offsets within the phrase
    end: int
    words: tuple[str, ...]
    kind: int  # ALWAYS: a name anywhere; CUE: a name only with a cue; MUTATED: a known name if mutated here
    rule: str
    possessive: bool


_CACHE: dict[str, tuple[Run, ...]] = {}  # analyse() is a pure function of the phrase: nothing here is per build
_CACHE_LIMIT = 100_000


def runs_of(phrase: str) -> tuple[Run, ...]:
    """The runs of a phrase that may be names (cached: a phrase's runs do not depend on context)."""
    runs = _CACHE.get(phrase)
    if runs is None:
        runs = analyse(phrase)
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[phrase] = runs
    return runs


def name_hits(text: str, start: int, runs: tuple[Run, ...], welsh: bool, pseudonyms: frozenset[str]) -> list[Hit]:
    """The names among RUNS of the phrase found at START in TEXT."""
    out = []
    for run in runs:
        if pseudonyms and not pseudonyms.isdisjoint(run.words):
            out.extend(_beside_pseudonym(text, start, run, pseudonyms))
            continue
        if run.words[0] in DECOY_FIRST and decoy_at(text, start + run.start, start + run.end, run.words):
            continue
        s = start + run.start
        if welsh and run.words == ("Ben",) and _PEN_AFTER.match(text, s + 3) and previous_word(text, s) in _ON_A_TOP:
            continue  # "ar Ben Rhos Isa'", "dan Ben y Foel": Pen (a top, a farm's name) mutated after "ar", not Ben
        if (
            len(run.words) == 1
            and _CLASS_AFTER.match(text, start + run.end)
            and _THE_BEFORE.search(text, max(0, s - 5), s)
        ):
            continue  # "the Enfys class": a class named for a rainbow, not a girl
        if len(run.words) == 1 and not run.possessive and _a_helpline(text, start + run.start, start + run.end):
            continue  # "rhif Meic, 080880 23456", "the Meic number": the children's helpline, not a man
        if " ".join(run.words) in JOINED_SIDES and _joined_decoy(text, start + run.start, start + run.end, run.words):
            continue  # "Marks & Spencer", "Ben & Jerry's": a brand of two names joined by "&" or "and"
        if not welsh and run.words[0] in _ENGLISH_OPENERS and len(run.words) > 1 and _opening(text, start + run.start):
            # "Now Saba, his wife, bakes": an English sentence opens on an adverb, not on Owen's pet name
            at = _index_of(text, run.words[1], start + run.start + len(run.words[0]))
            run = Run(at - start, run.end, run.words[1:], run.kind, run.rule, run.possessive)
        rule = run.rule if run.kind == ALWAYS else _decide(text, start, run, welsh)
        end = start + run.end
        if not rule and run.start == 0 and pseudonyms and _after_pseudonym(text, start, pseudonyms, run.words):
            rule = "privacy.person-name.full-name"  # "Mair Protheroe" where only Mair is made up
        if (
            not rule
            and pseudonyms
            and _before_pseudonym_in_a_record(text, start + run.start, end, pseudonyms, run.words)
        ):
            rule = "privacy.person-name.full-name"  # "JENKINS, Doreen" where only Doreen is made up
        if len(run.words) == 1 and (run.kind == ALWAYS or run.words[0] in lx.AMBIGUOUS):
            nick = NICK_AFTER.match(text, end) or QUOTED_NICK.match(text, end)
            if nick:
                rule, end = "privacy.person-name.nickname", nick.end()  # "Dai the Milk", Lyn "Sarge" Probert
        if len(run.words) == 1 and run.kind in (ALWAYS, CUE) and text.startswith(" the ", end):
            byname = _BYNAME_AFTER.match(text, end)
            if byname and _a_byname(text, start + run.start, byname, run.kind == ALWAYS):
                rule, end = "privacy.person-name.nickname", byname.end()  # "Ianto the Crabs", "Meirwyn the Bus"
        if rule:
            s = start + run.start
            if run.start == 0 and len(run.words) > 1 and _cell_word(text, s, run.words):
                # "| Dyddiadur Nel |": a cell opens with a word
                s = _index_of(text, run.words[1], s + len(run.words[0]))
            out.append((s, end, "person-name", rule))
    return out


# A byname of any one word after "the", as a village names someone by their work or their house (round forty-seven):
# "he is Ianto the Crabs", "Meirwyn the Bus drives the Brecon bus", "she's still Glenys the Signal". Not a title of two
# capitalised words ("Thomas the Tank Engine"), and not a character or a king the lists know ("Bob the Builder").
_BYNAME_AFTER = re.compile(r"[ \t]+the[ \t]+([A-Z][a-z]{2,}(?:['’]s)?)(?![\w'’-]|[ \t]+(?:[A-Z]|of\b|and\b))")
# ... nor a saint's church, or words of a title after a capital: "St John the Baptist", "God Save the Queen"
_NOT_A_BYNAME_BEFORE = re.compile(
    r"(?:\b(?:St|Saint|Sant|Santes|King|Queen|Prince|Princess|Brenin|Tywysog)\.?|&|\b[A-Z][\w'’-]*)[ \t]+\Z"
)
# ... nor a day or a month after "the": "Now the Thursday lunch club", "Joined the Thursday group"
_NOT_A_BYNAME = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays
    Sundays January February March April May June July August September October November December
    """.split()  # noqa: SIM905
)


def _a_byname(text: str, start: int, byname: re.Match[str], known: bool) -> bool:
    """Is the first name at START with BYNAME after it someone's byname, not a character, a saint or a king?

    A word the lists do not know as a name (KNOWN false) opening a sentence is as often a verb or an adverb ("Past the
    Stiwt, left by the chippy", "Driving the Jazz"): there only a known first name makes a byname.
    """
    if text[start : byname.end()] in lx.NOT_PERSON or byname.group(1) in lx.PLACES or byname.group(1) in _NOT_A_BYNAME:
        return False
    if (not known or text[start : byname.start()] in _ENGLISH_OPENERS) and _opening(text, start):
        return False  # ... and "Now the Berlingo goes round": an English sentence opens on an adverb
    if not known and byname.group(1) not in NICK_WORDS:
        return False  # a word no list knows, then any word: as often a title as a man ("… Share the Load line")
    if text[start : byname.start()] in _NOT_A_BYNAME:
        return False  # "On 4 May the Mayor opened …": a date
    before = _NOT_A_BYNAME_BEFORE.search(text, max(0, start - 30), start)
    return before is None or before.group().strip() in _NOT_A_BYNAME  # "Every Friday Meirwyn the Bus waits"


def _index_of(text: str, word: str, at: int) -> int:
    """Where WORD of a run is in TEXT from AT, in any case: words in capitals are folded ("RAHMA" -> "Rahma")."""
    return re.compile(re.escape(word), re.IGNORECASE).search(text, at).start()  # type: ignore[union-attr]


_ENGLISH_OPENERS = frozenset({"Now"})
_PEN_AFTER = re.compile(r"[ \t]+(?:y[ \t]+|yr[ \t]+)?[A-ZŴŶ]")
_ON_A_TOP = frozenset({"ar", "dan", "hyd"})
_CLASS_AFTER = re.compile(r"[ \t]+(?:class|Class|group|Group)\b")
_THE_BEFORE = re.compile(r"(?:\b[Tt]he|\by|\byr|['’]r)[ \t]+\Z")
# A service named like a person ("Meic", the Welsh children's helpline): a word for a helpline or its poster
# just before it, "number" or "helpline" right after it (a person's number is "Meic's"), or a freephone number.
_HELPLINE_BEFORE = re.compile(r"(?i:\b(?:llinell[ \t]+gymorth|helpline|help[ \t]+line|poster|posteri)[ \t]+\Z)")
_HELPLINE_AFTER = re.compile(r"[ \t]+(?:number|helpline|help[ \t]+line|poster|leaflet)\b")
_FREEPHONE_AFTER = re.compile(r",?[ \t]*\(?0(?:80|90|84|87)[0-9]")
# The helplines named like people, known by name: their freephone number a few words on makes them the service.
_HELPLINE_NAMES = frozenset({"Meic"})
_FREEPHONE_SOON = re.compile(r"[^.\n]{0,20}?\b0(?:80|90)[0-9 ]{2}")
_NUMBER_BEFORE = re.compile(r"(?i:\b(?:rhif|rif|number)[ \t]+\Z)")
# ... or after the words for using it or saving its number: "the number for Meic", "ei bod hi'n defnyddio Meic",
# "mae o'n gwybod am Meic". "Rhoddodd rif Meic i mi" stays a man's number (rounds eighteen and twenty-eight); but the
# worker giving it, in the first person or the passive, gives the helpline, as every such use in the dev stories did
# (counted in the benchmark README, round thirty-seven): "Mi roddais i rif Meic iddo", "rhoi rhif Meic ar ei ffôn".
_SERVICE_USED_BEFORE = re.compile(
    r"(?i:\b(?:number[ \t]+for|defnyddio|gwybod[ \t]+am|knows?[ \t]+about|saved|texted|tecstiodd"
    r"|(?:rhoi|roi|rhoddais|roddais|rhoddwyd|roddwyd|rhoies|roies)"
    r"(?:[ \t]+(?:i|hi|o|fo|e|fe|nhw|ni))?[ \t]+(?:rhif|rif)"
    # ... or given to a young person or kept "just in case", as every use in the dev stories was (round forty-four):
    # "rhif Meic iddi", "rhif Meic yn dal ar ei ffôn hi, jyst rhag ofn", "manylion Meic", "Childline 0800 1111 a Meic",
    # "rhoddon ni rif Meic", "Cafodd e rif Meic hefyd", "she has Meic saved in her phone". A number given to "me" by
    # someone else ("Rhoddodd rif Meic i mi"), a talk with him and a call to him or from him stay a man's.
    r"|manylion|cerdyn|gerdyn"
    r"|(?:rhoddon|roddon|rhoion|roion|rhoeson|roeson|rhoesom|roesom|rhois|rois|rhoies|roies|rhoddes|roddes|cafodd"
    r"|gafodd|cael|gael|gadw|cadw)(?:[ \t]+(?:ni|i|hi|o|fo|e|fe|nhw))?[ \t]+(?:rhif|rif|manylion|cerdyn|gerdyn)"
    r"|(?:rhif|rif)[ \t]+y[ \t]+tîm[ \t]+(?:a|ac)[ \t]+(?:rhif|rif)|Childline[^.\n]{0,16}?[ \t](?:a|ac|and))[ \t]+\Z)"
)
_SERVICE_AFTER = re.compile(
    r"(?i:[ \t]+(?:iddi|iddo|iddyn|iddynt|ar[ \t]+(?:y[ \t]+cefn|gefn|gerdyn|ei[ \t]+ffôn|wal)"
    r"|yn[ \t]+(?:ei[ \t]+ffôn|dal[ \t]+ar)|(?:\w+[ \t]+){0,3}?rhag[ \t]+ofn|saved[ \t]+in|in[ \t]+(?:her|his|my|their)"
    r"[ \t]+phone)\b)"
)


def _a_helpline(text: str, s: int, e: int) -> bool:
    """Is the one-word name at S..E a helpline's, by the words around it ("rhif Meic, 080880 …")?"""
    return bool(
        _HELPLINE_BEFORE.search(text, max(0, s - 24), s)
        or _HELPLINE_AFTER.match(text, e)
        or (_FREEPHONE_AFTER.match(text, e) and _NUMBER_BEFORE.search(text, max(0, s - 8), s))
        or (text[s:e] in _HELPLINE_NAMES and _FREEPHONE_SOON.match(text, e) is not None)
        or (
            text[s:e] in _HELPLINE_NAMES
            and (
                _SERVICE_USED_BEFORE.search(text, max(0, s - 40), s) is not None
                or _SERVICE_AFTER.match(text, e) is not None
            )
        )
    )


# First words of public names that are also people's names, and of names of things.
DECOY_FIRST = frozenset({p.split()[0] for p in lx.CUED_NOT_PERSON} | {p.split()[0] for p in lx.NAMED_THINGS})


# Public names of two parts joined by "&" or "and" ("Marks & Spencer"): the scanner reads each part
# as a phrase of its own, so each part is checked against the other with the join between them.
_JOIN = re.compile(r"[ \t]+(?:&|and|a)[ \t]+")
JOINED: frozenset[tuple[str, str]] = frozenset(
    (left, right) for p in lx.NOT_PERSON for parts in [_JOIN.split(p)] if len(parts) == 2 for left, right in [parts]
)
JOINED_SIDES = frozenset(side.removesuffix("'s").removesuffix("’s") for pair in JOINED for side in pair)


def _joined_decoy(text: str, s: int, e: int, words: tuple[str, ...]) -> bool:
    """Is the run at S..E one side of a public name joined by "&" or "and" ("Marks & Spencer")?"""
    phrases = {" ".join(words), " ".join(text[s:e].split())}  # "Jerry's": the run's words leave out the 's
    after = _JOIN.match(text, e)
    if after:
        following = PHRASE.match(text, after.end())
        if following and any(following.group().startswith(r) for left, r in JOINED if left in phrases):
            return True
    for left, right in JOINED:
        if right in phrases:
            before = text[max(0, s - len(left) - 8) : s]
            if re.search(re.escape(left) + r"[ \t]+(?:&|and|a)[ \t]+\Z", before):
                return True
    return False


def _cell_word(text: str, s: int, words: tuple[str, ...]) -> bool:
    """Does an unknown word open the sentence or table cell at S, just before a known first name?"""
    first = words[0]
    if _a_listed_name(first):
        return False
    if words[1] not in lx.FIRST or first in TITLES or first in KIN_TITLES or first in SIZE_NICKS:
        return False
    return SENTENCE_START.search(text, max(0, s - 4), s) is not None or s == 0


def decoy_at(text: str, s: int, e: int, words: tuple[str, ...]) -> bool:
    """A public name quoted after a media word ("sang Delilah"), or a thing named after one ("Victoria sponge")."""
    phrase = " ".join(words)
    if phrase in lx.CUED_NOT_PERSON and (
        MEDIA_CUE.search(text, max(0, s - 40), s)
        or MEDIA_AFTER.match(text, e)
        or _quoted_whole(text, s, e)
        or MEDIA_SOON.match(text, e)
        or _listed_with_a_title(text, s)
    ):
        return True
    for before, after in lx.NAMED_THINGS.get(phrase, ()):
        if before and text[max(0, s - len(before) - 1) : s].rstrip().lower().endswith(before):
            return True
        if after and text[e : e + len(after) + 2].lstrip().lower().startswith(after.lower()):
            return True
    return False


_LIST_JOIN = re.compile(r"[ \t]*(?:,|and|a|ac|&|or|neu)[ \t]+\Z")


def _listed_with_a_title(text: str, s: int) -> bool:
    """Does a title that is never a name come just before, in a list ("we sang Sosban Fach a Myfanwy")?"""
    before = text[max(0, s - 60) : s]
    join = _LIST_JOIN.search(before)
    return join is not None and before[: join.start()].endswith(tuple(lx.TITLES_ANYWHERE))


def _quoted_whole(text: str, s: int, e: int) -> bool:
    """Is the name the whole of a quotation, as a title is quoted ("and then "Myfanwy"")?"""
    return s > 0 and e < len(text) and text[s - 1] in "\"“‘'" and text[e] in "\"”’'"


def _beside_pseudonym(text: str, start: int, run: Run, pseudonyms: frozenset[str]) -> list[Hit]:
    """The real part of a name that is partly a declared pseudonym ("Cai Meredydd" when only Cai is)."""
    if all(w in pseudonyms for w in run.words):
        return []
    s = start + run.start
    span = text[s : start + run.end].lower()
    out: list[Hit] = []
    cursor = 0
    seen_pseudonym = False
    for word in run.words:
        at = span.find(word.lower(), cursor)
        if at < 0:
            return out
        cursor = at + len(word)
        if word in pseudonyms or word in KIN_TITLES or word in TITLES:
            seen_pseudonym = seen_pseudonym or word in pseudonyms
            continue
        # Before the pseudonym only a known first name is a name: an unknown word there is a Welsh
        # sentence-opening verb ("Cyfarfu Carys") or an epithet, while a surname follows the name.
        if not seen_pseudonym and not _first(word):
            continue
        if word in lx.SURNAMES or _first(word) or _plain_word(word) or (seen_pseudonym and word in NICK_WORDS):
            if out and out[-1][1] >= s + at - 1:
                out[-1] = (out[-1][0], s + cursor, "person-name", "privacy.person-name.full-name")
            else:
                out.append((s + at, s + cursor, "person-name", "privacy.person-name.full-name"))
    return out


_RECORD_FIRST = re.compile(r",[ \t]*([A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+)")


def _before_pseudonym_in_a_record(
    text: str, s: int, end: int, pseudonyms: frozenset[str], words: tuple[str, ...]
) -> bool:
    """Is this a surname in capitals before a comma and a declared pseudonym, as records list people?"""
    if len(words) != 1 or not text[s:end].isupper() or end - s < 3:
        return False
    m = _RECORD_FIRST.match(text, end)
    return m is not None and m.group(1) in pseudonyms and words[0] in lx.SURNAMES


def _pseudonym_just_before(text: str, start: int, pseudonyms: frozenset[str]) -> bool:
    """Is the word just before START, a space between, a declared pseudonym?"""
    if start < 3 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    j = start - 2
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j : start - 1] in pseudonyms


def _after_pseudonym(text: str, start: int, pseudonyms: frozenset[str], words: tuple[str, ...]) -> bool:
    """Does a declared pseudonym stand just before START, making this word its surname?"""
    return _pseudonym_just_before(text, start, pseudonyms) and all(w in lx.SURNAMES or _plain_word(w) for w in words)


# Welsh pronouns (Fi, short for Fiona in English; Ti): in Welsh text, a name only after a relative or a title.
_WELSH_PRONOUNS = frozenset({"Fi", "Ti"})


# English endings of abstract nouns: a capitalised one after a role is a service, not a person ("occupational
# therapist, Reablement"). A name so spelt (Florence, Constance) is on the name lists and kept.
_ABSTRACT_ENDINGS = ("ment", "tion", "sion", "ness", "ship", "ity", "ance", "ence", "ism", "ology")
# The languages a family speaks, as case notes give them after "Interpreter:" or "first language": never a person.
_LANGUAGES = frozenset(
    """
    Portuguese Romanian Somali Tigrinya Kurdish Sorani Farsi Persian Pashto Dari Amharic Turkish Lithuanian Latvian
    Russian Ukrainian Sylheti Mandarin Cantonese Tamil Gujarati Hindi Spanish French Italian German Czech Slovak
    Hungarian Bulgarian Albanian Punjabi Urdu Bengali Arabic Polish Welsh English Cymraeg Saesneg Pwyleg
    """.split()  # noqa: SIM905
)


# A Welsh place-name join inside one hyphenated word: "Min-y-don", "Pen-yr-heol", "Bryn-ar-Ffordd".
_PLACE_JOIN = re.compile(r"-(?:y|yr|['’]r|ar)-", re.IGNORECASE)


def _decide(text: str, start: int, run: Run, welsh: bool) -> str | None:
    if run.kind == ALWAYS:
        return run.rule
    if len(run.words) == 1 and _PLACE_JOIN.search(run.words[0]):
        return None  # "Yr ola' oedd Min-y-don, Ffordd yr Orsaf": a house or a place, never a person's name
    if len(run.words) == 1 and run.words[0].endswith(_ABSTRACT_ENDINGS) and not _a_listed_name(run.words[0]):
        return None
    if len(run.words) == 1 and run.words[0] in _LANGUAGES:
        return None  # "Interpreter: Portuguese (Mam)"
    if run.words[0].endswith(("n't", "n’t")):
        return None  # 'said "Don't you dare"': a verb cut short is never a name
    if len(run.words) == 1 and run.words[0] in _MONTH_NAMES and previous_word(text, start + run.start) in _IN_A_MONTH:
        return None  # "the Urdd Eisteddfod in May, and her mum, Carys" (round forty-three): the month, not a woman
    s = start + run.start
    if run.kind == PLACE_CUE:
        # A name that is also a place counts only after a relative or a role, or before an apposition.
        cue = cue_before(text, s)
        if cue in ("kinship", "staff", "called"):
            return f"privacy.person-name.{cue}"
        if previous_word(text, s) in PLACE_PREPOSITIONS:
            return None  # "lives in London, her sister said"
        e = start + run.end
        return "privacy.person-name.speech" if APPOSITION.match(text, e) or YN_DOING.match(text, e) else None
    if not welsh and run.kind == CUE and run.words[0] in lx.WELSH_WORD_NAMES:
        if _Y_AND_NOUN.match(text, start + run.end):
            return None  # "stayed with Nanna at Awel y Bwlch": the word heads a home's name, "y" and a noun after it
        if run.words[0] not in lx.WELSH_WORD_NAMES_ALONE:
            return "privacy.person-name.known-name"  # Dai, Haf, Wyn: everyday words only in Welsh
        if len(run.words) == 1 and previous_word(text, s) not in _PLACED_BEFORE:
            return "privacy.person-name.known-name"  # "go and see Bryn at Citizens Advice"; not "Tan y Bryn"
    if welsh and len(run.words) == 1 and run.words[0] in _WELSH_PRONOUNS:
        # "Fi oedd y fam", "Ti'n edrych fel Mam": the pronoun, unless a relative or a title names her so
        cue = cue_before(text, s)
        return f"privacy.person-name.{cue}" if cue in ("kinship", "staff", "called") else None
    if len(run.words) == 1 and run.words[0] in lx.COMMON and run.words[0] not in lx.AMBIGUOUS:
        # An everyday word that is also a surname (Welsh, Brown): a name only after a title or a
        # relative ("her son, Young"), never after "said" ("said Welsh food").
        cue = cue_before(text, s)
        return f"privacy.person-name.{cue}" if cue in ("kinship", "staff", "called") else None
    if run.kind == MUTATED and s == start:
        sentence_start = SENTENCE_START.search(text, max(0, s - 4), s) is not None
        if (welsh and not sentence_start) or previous_word(text, s) in TRIGGERS:
            return run.rule
    if run.kind == MUTATED_CUE and s == start and previous_word(text, s) in PERSON_TRIGGERS:
        return "privacy.person-name.mutated"
    if (
        welsh
        and len(run.words) == 1
        and run.words[0] in lx.AMBIGUOUS
        and run.words[0] not in lx.NOT_AFTER_TRIGGER
        and previous_word(text, s) in PERSON_TRIGGERS
    ):
        return "privacy.person-name.preposition"  # "gofynnodd i Grace", "yn aros gyda Joy"
    j = s - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j >= 0 and text[j] not in ".!?\n#>|":
        cue = cue_before(text, s)
        if (
            cue == "speech"
            and text[j] in '"“‘'
            and text[start + run.end : start + run.end + 1] not in ('"', "”", "’")
            and not any(lx.a_name_word(w) for w in run.words)
        ):
            cue = None  # 'he said "Fantastic news"': the first word of what was said; 'she said "Jacko"' is a name
        if cue == "action":
            # A verb such as "helped" is often followed by a place or a group, so it makes a
            # name only of a word known as a first name ("helped Rose", not "helped Lego").
            if any(w in lx.AMBIGUOUS or w in lx.AMBIGUOUS_MUTATED for w in run.words):
                return "privacy.person-name.action"
        elif cue:
            return f"privacy.person-name.{cue}"
    if run.possessive and run.words[-1] not in lx.PLACES:
        return "privacy.person-name.possessive"
    if welsh and run.words[0] in lx.AMBIGUOUS and len(run.words) == 1 and YN_DOING.match(text, start + run.end):
        return "privacy.person-name.speech"  # "Grace sy'n coginio"
    end = start + run.end
    if _gerund_opening(text, s, run.words) and not _SPOKE.match(text, end, min(len(text), end + 16)):
        return None  # "Keeping brothers together": a title or sentence opening on a verb's -ing form
    if _FAMILY_AFTER.match(text, end) and _opening(text, s) and not any(lx.a_name_word(w) for w in run.words):
        return None  # "Positive family time with Mum": an opening capital before "family", not "the Joneses"
    if cue_after(text, end, previous_word(text, s) in _PLACED_BEFORE or previous_word(text, s) in _TIME_BEFORE):
        if text.startswith(" who", end) and _opening(text, s):
            return None  # "- Understands who you are": a verb opening a list item, not a name
        return "privacy.person-name.speech"
    if WEAK_AFTER.match(text, end, min(len(text), end + 12)) and not _opening(text, s):
        return "privacy.person-name.speech"  # "by six Oksana came back", but not "Hope came from"
    return None


# Months that are also women's names, and the words that put a month after them.
_MONTH_NAMES = frozenset({"May", "June", "April", "August", "Mai", "Mehefin"})
_IN_A_MONTH = frozenset({"in", "since", "until", "till", "by", "from", "during", "early", "late", "mid", "last"})
_Y_AND_NOUN = re.compile(r"[ \t]+(?:y|yr)[ \t]+[A-ZŴŶ]")
# A household word after a word: "the Kaczmarek family"; where the word opens a line, only a name the lists know.
_FAMILY_AFTER = re.compile(r"[ \t]+(?:family|household)\b")


# ... unless a verb of speech or an apposition follows: "Xiaoling said no", "Xiaoling, her daughter".
_SPOKE = re.compile(r",|[ \t]+(?:said|says|told|asked|answered|replied|shouted|whispered|laughed|smiled|nodded)\b")


def _gerund_opening(text: str, s: int, words: tuple[str, ...]) -> bool:
    """Is the word at S an English -ing form opening a sentence, a title or a line, known as no name?"""
    word = words[0]
    return (
        len(words) == 1
        and len(word) >= 6  # not Ying, Ming, Jing, Ling: names of their own
        and word.endswith("ing")
        and word not in lx.FIRST
        and word not in lx.AMBIGUOUS
        and word not in lx.SURNAMES
        and SENTENCE_START.search(text, max(0, s - 4), s) is not None
    )


def _opening(text: str, s: int) -> bool:
    """Does the word at S open a sentence, a line or a list item?"""
    return SENTENCE_START.search(text, max(0, s - 4), s) is not None or not text[max(0, s - 4) : s].strip(" \t-*•")


def title_or_initial(phrase: str) -> bool:
    last = phrase.rsplit(None, 1)[-1]
    return len(last) == 1 or last in TITLES


def extend_after_title(text: str, start: int, end: int) -> int:
    """Join "Dr." or "J." to the capitalised words after it: "Dr. Rhys Jones", "J. Smith"."""
    while end < len(text) - 2 and text[end] == "." and title_or_initial(text[start:end]):
        j = end + 1
        while j < len(text) and text[j] in " \t":
            j += 1
        nxt = PHRASE.match(text, j)
        if not nxt or j > end + 3:
            break
        end = nxt.end()
    return end


def analyse(phrase: str) -> tuple[Run, ...]:
    """Split a capitalised phrase into runs that may be names (context-free part)."""
    if not phrase.istitle():
        phrase = _fold_capitals(phrase)
    toks = _tokens(phrase)
    if not toks:
        return ()
    words = [t.word for t in toks]
    if toks[0].word in PLACE_HEADS and len(toks) > 1 and not _name_before_surname(toks):
        return ()
    if all(w in QUIET for w in words):
        return ()
    if len(toks) == 1 and words[0] in _LONE_TAILS:
        return ()  # "Square" after a place the scanner passed over ("Tregarth Square")
    if len(toks) > 1 or (toks[0].word in NOT_PERSON and toks[0].word not in lx.AMBIGUOUS):
        _mask_known_phrases(phrase, toks)
        farm = _known_by_farm(toks) or _known_by_house(toks)
        if farm:
            return farm
        _mask_place_words(toks)
    runs: list[Run] = []
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        if tok.masked:
            if (
                words[i] in lx.AMBIGUOUS
                and i + 1 < n
                and not toks[i + 1].masked
                and (i == 0 or not toks[i - 1].masked)
                and _surname(words[i + 1])
                and phrase[tok.end : toks[i + 1].start] == " "
            ):
                # "Dyfed Rhydderch": a first name that is also a county, before a surname
                pair = (words[i], words[i + 1])
                runs.append(Run(tok.start, toks[i + 1].end, pair, ALWAYS, "privacy.person-name.full-name", False))
                i += 2
                continue
            i += 1
            continue
        if (tok.word in TITLES or tok.word in KIN_TITLES) and i + 1 < n and not tok.possessive:
            j = i + 1
            while (
                j < n
                and not toks[j].masked
                and (_name_word(toks[j].word) or len(toks[j].word) == 1 or _HYPHENED_INITIALS.fullmatch(toks[j].word))
            ):
                j += 1
                if toks[j - 1].possessive:
                    break
            if j > i + 1:
                rule = "privacy.person-name.title" if tok.word in TITLES else "privacy.person-name.kinship"
                runs.append(Run(tok.start, toks[j - 1].end, tuple(words[i + 1 : j]), ALWAYS, rule, False))
            elif tok.word in TITLES and n == i + 2 and toks[i + 1].word in NICK_WORDS and not toks[i + 1].masked:
                # "Mrs Cinio", "Mr Post": someone known by their work, with a title
                nick = (words[i], words[i + 1])
                runs.append(Run(tok.start, toks[i + 1].end, nick, ALWAYS, "privacy.person-name.nickname", False))
                j = n
            elif tok.word in KIN_TITLES and toks[i + 1].word in _KIN_PLACE_HEADS and n - i <= 4:
                # "Nain Tŷ Cornel", "Anti Siop", "Nain Pen Lôn", "Taid Llanberis": a relative known by
                # her house, her shop, her lane or her village.
                stop = next(  # "Nain Pen Lôn ar FaceTime": "on" and "and" end the name (round forty-two)
                    (k for k in range(i + 2, n) if phrase[toks[k - 1].end : toks[k].start] in (" ar ", " a ", " and ")),
                    n,
                )
                last = toks[stop - 1]
                nick_words = tuple(words[i:stop])
                runs.append(Run(tok.start, last.end, nick_words, ALWAYS, "privacy.person-name.nickname", False))
                j = stop
            i = max(j, i + 1)
            continue
        if (
            tok.word in SIZE_NICKS
            and i + 1 < n
            and not toks[i + 1].masked
            and (words[i + 1] in lx.FIRST or words[i + 1] in lx.AMBIGUOUS)
            and words[i + 1] not in lx.PLACE_WORDS
            and phrase[tok.end : toks[i + 1].start] == " "
        ):
            # "Big Wyn", "Little Dai": a man known by his size or age.
            nick = (words[i], words[i + 1])
            runs.append(Run(tok.start, toks[i + 1].end, nick, ALWAYS, "privacy.person-name.nickname", False))
            i += 2
            continue
        if (
            i + 1 < n
            and toks[i + 1].word in NICK_WORDS
            and (words[i] in lx.FIRST or words[i] in lx.AMBIGUOUS)
            and phrase[toks[i].end : toks[i + 1].start] in (" ", " y ", "'r ", "’r ")
        ):
            # "Dai Siop", "Wil y Post", "Dai'r Post": a nickname from a trade or a shop.
            nick = (words[i], words[i + 1])
            runs.append(Run(tok.start, toks[i + 1].end, nick, ALWAYS, "privacy.person-name.nickname", False))
            i += 2
            continue
        if (
            i + 1 < n
            and n - i <= 4
            and not toks[i].masked
            and _house_head(toks[i + 1].word)
            and (words[i] in lx.FIRST or words[i] in lx.AMBIGUOUS or words[i] in _PET_WORDS)
            and words[i] not in _HOUSE_HEADS  # "Bryn Hafod", "ar Ben Rhos Isa": a house's own first word
            and phrase[toks[i].end : toks[i + 1].start] == " "
        ):
            # "Now Tŷ Capel", "Bet Tŷ Capel", "Wil Cae'r Bedw": a man or a woman known by their house, as "Nain Tŷ
            # Cornel" is above (round thirty-four)
            runs.append(
                Run(tok.start, toks[n - 1].end, tuple(words[i:n]), ALWAYS, "privacy.person-name.nickname", False)
            )
            i = n
            continue
        if (
            i + 1 < n
            and words[i] in lx.PLACE_WORDS
            and words[i] not in lx.PLACES
            and words[i] not in lx.COMMON
            and not toks[i + 1].masked
            and _surname(words[i + 1])
            and phrase[tok.end : toks[i + 1].start] == " "
        ):
            # "Taff Morgan": a nickname that is also part of a place's name, before a surname
            pair = (words[i], words[i + 1])
            runs.append(Run(tok.start, toks[i + 1].end, pair, ALWAYS, "privacy.person-name.nickname", False))
            i += 2
            continue
        j = i
        while j < n and not toks[j].masked and _name_word(toks[j].word):
            if j > i and not NAME_GAP.fullmatch(phrase, toks[j - 1].end, toks[j].start):
                break
            j += 1
            if toks[j - 1].possessive:
                break
        if j == i:
            i += 1
            continue
        run = toks[i:j]
        # An initial before a known first name is a stray capital ("... 56 C Charlotte").
        while len(run) > 1 and len(run[0].word) == 1 and run[1].word in lx.FIRST:
            run = run[1:]
        judged = _judge(run, i == 0)
        if judged:
            runs.append(
                Run(run[0].start, run[-1].end, tuple(t.word for t in run), judged[0], judged[1], run[-1].possessive)
            )
        i = j
    return tuple(runs)


def _known_by_farm(toks: list[Token]) -> tuple[Run, ...]:
    """A first name then a farm's name ending in a Welsh adjective: "Gerallt Pant Isaf" is a man."""
    n = len(toks)
    if n < 3 or n > 4 or toks[0].masked or toks[0].word not in lx.FIRST or toks[-1].word not in NAME_ADJECTIVES:
        return ()
    if any(t.word in lx.FIRST or t.word in TITLES or t.word in lx.SURNAMES for t in toks[1:-1]):
        return ()
    words = tuple(t.word for t in toks)
    return (Run(toks[0].start, toks[-1].end, words, ALWAYS, "privacy.person-name.nickname", toks[-1].possessive),)


# What people are called at home (Bet, Now, Dai): a first name, or a pet form of one.
_CALLED = lx.FIRST | frozenset(form for forms in lx.PET_FORMS.values() for form in forms)
_HOUSE_HEADS = tuple(
    sorted({f for h in lx.HOUSE_COMPOUND_HEADS for f in mutations(h) | {h}}, key=len, reverse=True)
)  # "Dai Bantyrhedydd": a house's name keeps the mutation it is said with


def _known_by_house(toks: list[Token]) -> tuple[Run, ...]:
    """A first name, then a house or farm named in one word: "Bet Penlan", "Dai Brynhyfryd" is someone known by
    their home, as villages name people."""
    if len(toks) != 2 or toks[0].masked or toks[0].word not in _CALLED:
        return ()
    home = toks[1].word
    head = next((h for h in _HOUSE_HEADS if home.startswith(h)), None)
    if head is None or len(home) <= len(head) + 2 or not home[len(head)].islower() or home in lx.SURNAMES:
        return ()
    words = (toks[0].word, home)
    return (Run(toks[0].start, toks[1].end, words, ALWAYS, "privacy.person-name.nickname", toks[1].possessive),)


def _judge(run: list[Token], first_in_phrase: bool) -> tuple[int, str] | None:
    """Decide what a run of capitalised words needs to count as a person's name."""
    words = [t.word for t in run]
    first = words[0]
    n = len(words)
    if n == 1 and len(first) == 1:
        return None
    if any(_first(w) for w in words):
        return ALWAYS, "privacy.person-name.known-name" if n == 1 else "privacy.person-name.full-name"
    if n >= 2 and any(_surname(w) for w in words[1:]) and not _settlement_shaped(first):
        return ALWAYS, "privacy.person-name.full-name"
    if n >= 2 and len(first) == 1 and words[-1] in lx.SURNAMES:
        return ALWAYS, "privacy.person-name.full-name"
    if n >= 3 and any(w in PARTICLES for w in words[1:-1]):
        return ALWAYS, "privacy.person-name.full-name"  # "Pat Ní Bhriain"
    if first_in_phrase and first in lx.FIRST_MUTATED:
        return MUTATED, "privacy.person-name.known-name"
    if n == 1 and first_in_phrase and first in lx.AMBIGUOUS_MUTATED_NAMES:
        return MUTATED_CUE, ""
    if n == 1 and first in lx.AMBIGUOUS and first in NOT_PERSON:
        return PLACE_CUE, ""  # Dyfed, Gwynedd: a county, or a person with a strong cue
    if any(w in NOT_PERSON for w in words):
        return None
    return CUE, ""


def _settlement_shaped(word: str) -> bool:
    """A word made like a Welsh town's name, a church's or a river mouth's: "Llandrysor Wells" is a spa town."""
    return len(word) > 5 and word.startswith(("Llan", "Aber")) and word not in lx.FIRST and word not in lx.SURNAMES


def _a_listed_name(word: str) -> bool:
    return lx.a_name_word(word) or word in lx.FIRST_MUTATED


_HYPHENED_INITIALS = re.compile(r"[A-Z](?:-[A-Z])+")  # "Mrs P-O": a double-barrelled surname's initials
_SETTLEMENT_STARTS = frozenset(
    f for head in ("Tre", "Llan", "Aber", "Pont", "Cwm", "Caer", "Betws", "Porth") for f in mutations(head) | {head}
)


def _first(word: str) -> bool:
    """A known first name, or a hyphenated one made of names (Mari-Wyn, Anne-Marie, Tyler-James)."""
    if word in lx.FIRST:
        return True
    parts = word.split("-")
    if len(parts) < 2 or not all(p.istitle() for p in parts) or parts[0] in _SETTLEMENT_STARTS:
        return False  # "Tre-Hywel", "Nhre-Gwilym", "Llan-Non": a village named after a saint or a man
    if any(p in lx.FIRST for p in parts):
        # "Lily-Mae": beside a first name, even an everyday word is one ("Mae" is a Welsh verb)
        return all(lx.a_name_word(p) or _hyphen_part(p) for p in parts)
    # "Poppy-Rose": two names that are also words, joined, are a first name
    return all(
        p in lx.AMBIGUOUS and p not in lx.PLACES and p not in lx.PLACE_WORDS and p not in lx.HOUSE_ELEMENTS
        for p in parts
    )  # not "Bryn-Celyn", a house name of two words that are names too


def _hyphen_part(word: str) -> bool:
    """A word that may stand beside a first name in a hyphenated one: not a place, not an acronym."""
    if word in lx.PLACES or word in lx.PLACE_WORDS or (len(word) > 1 and word.isupper()):
        return False
    return word in lx.COMMON or not word.endswith(WELSH_VERB_ENDINGS)


def _surname(word: str) -> bool:
    """A known surname, a double-barrelled one made of known surnames (Lloyd-Jones), or a father's first name
    made a surname (Edmunds, Edmundson)."""
    if word in lx.SURNAMES:
        return word not in lx.COMMON
    parts = word.split("-")
    return (len(parts) > 1 and all(p in lx.SURNAMES for p in parts)) or _patronymic(word)


def _patronymic(word: str) -> bool:
    """A first name ending in a consonant with "s" or "son" after it, as English and Welsh surnames were made from
    a father's name: Edmunds, Gwilyms, Edmundson. Not an everyday word, a place or a first name itself."""
    stem = word[:-3] if word.endswith("son") else word[:-1] if word.endswith("s") else ""
    if len(stem) < 3 or stem not in lx.FIRST or stem[-1] in "aeiouy" or word in lx.FIRST or word in lx.AMBIGUOUS:
        return False
    return word not in lx.COMMON and word.lower() not in _LOWER_COMMON and word not in lx.NOT_PERSON


_LOWER_COMMON = frozenset(w.lower() for w in lx.COMMON)

# Welsh pronouns and the article that lean on a name: "Mair'n", "Dai'r Post", "Gwen'i".
CLITICS = ("'n", "'r", "'i", "'w", "'m", "’n", "’r", "’i", "’w", "’m")


def _tokens(phrase: str) -> list[Token]:
    out = []
    for t in TOKEN.finditer(phrase):
        word = t.group()
        end = t.end()
        if word.endswith(CLITICS) and len(word) > 3:
            word, end = word[:-2], end - 2
        possessive = word.endswith(("'s", "’s")) and len(word) > 3
        out.append(Token(t.start(), end, word[:-2] if possessive else word, possessive))
    return out


# An initial just before a word in capitals makes it a surname ("J. PHILPIN"), known or not.
_AN_INITIAL = re.compile(r"(?:^|[ \t])[A-Z]\.[ \t]*\Z")


def _after_initials(phrase: str, at: int) -> bool:
    """Do initials alone (or after a title) come just before AT: "J. PHILPIN", "Dr R. T. MORGAN"; not "EVANS E."?"""
    m = _AN_INITIAL.search(phrase, 0, at)
    if not m:
        return False
    before = phrase[: m.start()].split()
    while before and len(before[-1]) == 2 and before[-1][0].isupper() and before[-1][1] == ".":
        before.pop()  # "R. T."
    return not before or before[-1].rstrip(".") in TITLES


def _fold_capitals(phrase: str) -> str:
    """Write a known name in capitals as a name ("GWION HUGHES" -> "Gwion Hughes"); acronyms stay."""
    out = []
    last = 0
    first_before = -1  # where the last first name in capitals ended
    for t in TOKEN.finditer(phrase):
        word = t.group()
        if word.istitle() and _first(word):
            first_before = t.end()  # "Dilwyn PENNANT": a surname in capitals after a first name as written
            continue
        if len(word) > 1 and word.isupper():
            title = "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
            if title.endswith(("'S", "’S")):
                title = title[:-1] + "s"
            base = title[:-2] if title.endswith(("'s", "’s")) else title
            after_initial = len(word) >= 3 and _after_initials(phrase, t.start())
            # "ALUN PENNANT": after a first name in capitals, a word in capitals that is no everyday word is its surname
            after_first = first_before == t.start() - 1 and phrase[first_before] == " " and _surname_in_capitals(base)
            if (
                after_initial
                or after_first
                or _first(base)
                or _surname(base)
                or base in lx.AMBIGUOUS
                or base in lx.FIRST_MUTATED
            ):
                out.append(phrase[last : t.start()])
                out.append(title)
                last = t.end()
                first_before = t.end() if _first(base) else -1
    if not out:
        return phrase
    out.append(phrase[last:])
    return "".join(out)


def surname_after_pseudonym(text: str, s: int, word: str, pseudonyms: frozenset[str]) -> bool:
    """Is WORD at S, in capitals, a real surname after a declared pseudonym ("Dilwyn PENNANT", only Dilwyn made up)?"""
    return (
        len(word) >= 3
        and word.isupper()
        and _pseudonym_just_before(text, s, pseudonyms)
        and _surname_in_capitals(word[:1] + word[1:].lower())
    )


def _surname_in_capitals(word: str) -> bool:
    return (
        len(word) >= 3
        and word.isalpha()
        and any(c in "aeiouwy" for c in word[1:])
        and word not in lx.COMMON
        and word not in lx.PLACES
        and word not in lx.PLACE_WORDS
        and word.lower() not in lx.COMMON
        and not word.endswith(("ing", "ed"))  # "DARREN CALLING", "GARETH SIGNED": a verb, in capitals too
    )


def _mask_known_phrases(phrase: str, toks: list[Token]) -> None:
    """Mask tokens that belong to a place, organisation or public name."""
    n = len(toks)
    for i in range(n):
        if toks[i].masked:
            continue
        if toks[i].word not in STARTS_NOT_PERSON:
            if toks[i].word in NOT_PERSON or phrase[toks[i].start : toks[i].end] in NOT_PERSON:
                toks[i].masked = True
            continue
        for j in range(min(n, i + lx.MAX_PHRASE), i, -1):
            raw = phrase[toks[i].start : toks[j - 1].end]
            whole = " ".join(raw.split())
            if toks[j - 1].possessive:  # "Fireman Sam's engine", "better than Paul Hollywood's"
                whole = " ".join(t.word for t in toks[i:j])
            if whole in NOT_PERSON or (j == i + 1 and toks[i].word in NOT_PERSON):
                for k in range(i, j):
                    toks[k].masked = True
                break


def _name_before_surname(toks: list[Token]) -> bool:
    return len(toks) == 2 and toks[0].word in NAME_LIKE_HEADS and _surname(toks[1].word)


def _mask_place_words(toks: list[Token]) -> None:
    n = len(toks)
    for i, tok in enumerate(toks):
        if tok.word in PLACE_HEADS and i + 1 < n and not (i == 0 and _name_before_surname(toks)):
            for k in range(i, n):
                toks[k].masked = True
            return
    for j in range(n - 1, 0, -1):
        word = toks[j].word
        if word in ORG_TAILS:
            before = toks[j - 1].word
            if (word in SURNAME_TAILS or word in NAME_ADJECTIVES) and (
                before in lx.FIRST or before in lx.FIRST_MUTATED or before in TITLES or before in lx.AMBIGUOUS
            ):
                continue  # "Emyr Bach", "Dai Fawr": a man known by his size, not a farm
            if word == "Ward" and n == 2 and before in lx.FIRST:
                continue  # "Bridget Ward"; a ward named after a saint or a place keeps its name ("Dewi Ward")
            for k in range(0, j + 1):
                toks[k].masked = True
            return


def _plain_word(word: str) -> bool:
    """True for a capitalised word that is neither an everyday word nor a place."""
    if word in lx.COMMON or word in lx.PLACES or word in lx.PLACE_WORDS:
        return False
    if len(word) > 1 and word.isupper():
        return False  # an acronym: NHS, CAMHS
    return not word.endswith(WELSH_VERB_ENDINGS)


def _name_word(word: str) -> bool:
    if lx.a_name_word(word):
        return True
    if word in lx.FIRST_MUTATED or word in lx.AMBIGUOUS_MUTATED:
        return True
    return _plain_word(word) and word not in TITLES and word not in KIN_TITLES


def previous_word(text: str, start: int) -> str:
    """The word just before START, in lower case (spaces and tabs skipped)."""
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    k = j
    while k >= 0 and (text[k].isalpha() or text[k] in "'’"):
        k -= 1
    return text[k + 1 : j + 1].lower()


# Known names in lower case ("met bethan jones"): a first name that is never an ordinary word,
# then a surname. Lower-case words are not read one by one (checking must stay fast): the
# text's words are first checked against the surnames as a whole.
_LOWER_FIRST = frozenset(w.lower() for w in lx.FIRST if len(w) > 2) - _LOWER_COMMON - {w.lower() for w in lx.PLACES}
_LOWER_SURNAMES = frozenset(w.lower() for w in lx.SURNAMES if len(w) > 2) - _LOWER_COMMON
# Each surname as str.split() leaves it, with the punctuation after it: "jones", "jones.", "jones's".
_LOWER_SURNAME_WORDS = {
    n + tail: n for n in _LOWER_SURNAMES for tail in ("", ".", ",", ";", ":", "!", "?", ")", "'", "’", '"', "'s", "’s")
}
# Where a surname starts, in one pass: only the words starting there are looked up, not every word of the text.
_SURNAME_STARTS = AhoCorasick(sorted(_LOWER_SURNAMES), implementation=Implementation.DFA)
_SPLIT_WORD = re.compile(r"\S+")  # a word as str.split() leaves it (both split at str.isspace())


def _surname_words(text: str) -> set[str]:
    """The surnames of the words of TEXT (as str.split() leaves them) that are a surname and its punctuation."""
    try:
        starts = _SURNAME_STARTS.find_matches_as_indexes(text, overlapping=True)
    except UnicodeEncodeError:  # a lone surrogate (from an escape in the front matter): split the text instead
        return {_LOWER_SURNAME_WORDS[w] for w in _LOWER_SURNAME_WORDS.keys() & text.split()}
    found = set()
    for _, at, _ in starts:
        if at == 0 or text[at - 1].isspace():
            word = _SPLIT_WORD.match(text, at)
            if word and word.group() in _LOWER_SURNAME_WORDS:
                found.add(_LOWER_SURNAME_WORDS[word.group()])
    return found


_ARTICLES = frozenset({"a", "an", "the", "y", "yr"})


def lower_case_names(text: str, pseudonyms: frozenset[str]) -> list[Hit]:
    """Known first name + known surname written in lower case: "gareth pritchard", "â bethan jones"."""
    surnames = _surname_words(text)
    if not surnames:
        return []
    out: list[Hit] = []
    for surname in surnames:
        at = text.find(surname)
        while at >= 0:
            e = at + len(surname)
            if at > 1 and text[at - 1] == " " and (e == len(text) or not text[e].isalnum()):
                j = at - 1
                while j > 0 and text[j - 1].isalpha():
                    j -= 1
                first = text[j : at - 1]
                if (
                    first in _LOWER_FIRST
                    and (j == 0 or not text[j - 1].isalnum())
                    and first[:1].upper() + first[1:] not in pseudonyms
                    and previous_word(text, j) not in _ARTICLES  # "a cade lamb": a thing, not "met bethan jones"
                ):
                    out.append((j, e, "person-name", "privacy.person-name.lower-case"))
            at = text.find(surname, e)
    return out
