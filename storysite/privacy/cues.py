"""Context cues that make a capitalised word a person's name, in English and Welsh."""

from __future__ import annotations

import re

from storysite.privacy import lexicon as lx
from storysite.privacy.welsh import with_mutations

KIN_EN = """
son sons daughter daughters grandson grandsons granddaughter granddaughters grandchild grandchildren
husband wife partner fiance fiancé fiancee fiancée brother brothers sister sisters mother father mum
mam dad mummy daddy nephew niece cousin aunt auntie aunty uncle grandmother grandfather grandma
grandad grandpa nan nana nanny gran granny stepson stepdaughter stepmother stepfather stepdad
stepmum half-brother half-sister friend friends neighbour neighbor boyfriend girlfriend baby child
twin twins sibling son-in-law daughter-in-law mother-in-law father-in-law brother-in-law sister-in-
law godson goddaughter godmother godfather lodger flatmate housemate carer carers
pal pals mate mates buddy bestie chum classmate schoolfriend children kids grandkids lad lass
widow widower landlady landlord fiancé ex-husband ex-wife ex-partner
eldest youngest oldest
""".split()  # noqa: SIM905
# ("the eldest, Brad, moved out": a child named by the place in the family, round thirty-seven)
ROLE_EN = """
worker workers keyworker nurse nurses doctor gp consultant therapist physio physiotherapist ot
psychologist psychiatrist counsellor counselor advocate manager coordinator co-ordinator connector
navigator officer practitioner volunteer befriender mentor coach teacher headteacher tutor assistant
pa colleague chef cook driver cleaner paramedic pharmacist dentist optician midwife visitor warden
caretaker receptionist administrator chaplain vicar minister priest imam rabbi councillor leader
facilitator instructor trainer librarian supervisor matron interpreter translator bearer
secretary treasurer chairman chairwoman organist postman postie milkman hairdresser steward
""".split()  # noqa: SIM905
KIN_CY = """
mab merch ŵyr wyr wyres gŵr gwr gwraig partner partneres brawd chwaer mam tad nai nith cefnder
cyfnither modryb ewythr nain taid mam-gu tad-cu mamgu tadcu dadcu dad-cu ffrind ffrindiau cymydog cymdoges cariad
plentyn
babi efaill gefeilliaid llysfab llysferch llysfam llystad wyrion meibion gofalwr gofalwraig gofalydd
chwiorydd brodyr plant mêt cyfaill cyfeilles cymdogion teulu
hynaf hyna ieuengaf ifancaf fenga
""".split()  # noqa: SIM905
ROLE_CY = """
gweithiwr gweithwraig gweithwyr nyrs meddyg athro athrawes pennaeth rheolwr rheolwraig gwirfoddolwr
gwirfoddolwraig cydlynydd cysylltydd eiriolwr eiriolwraig cynorthwyydd cydweithiwr cydweithwraig
ffisiotherapydd therapydd swyddog ymarferydd cwnselydd mentor cogydd cogyddes gyrrwr glanhawr
parafeddyg fferyllydd deintydd bydwraig ymwelydd warden seicolegydd seiciatrydd ymgynghorydd
arweinydd hyfforddwr llyfrgellydd cynghorydd gweinidog ficer offeiriad caplan cymdeithasol cymorth
allweddol cyfieithydd cyfieithwraig dehonglydd ysgrifennydd cadeirydd trysorydd postmon
tiwtor prifathro prifathrawes cymhorthydd hyfforddwraig doctor darlithydd darlithwraig
""".split()  # noqa: SIM905
CALLED = [
    "called",
    "named",
    "nicknamed",
    "sef",
    "dear",
    "hello",
    "annwyl",
    "helo",
    "name's",
    "alw'n",
    "galw'n",
    "thanks",
    "diolch",
]
CALLED_PAIRS = [
    "known as",
    "name is",
    "name was",
    "o'r enw",
    "o’r enw",
    "enw yw",
    "enw oedd",
    "henw yw",
    "henw oedd",
    "enw ydy",
    "name of",
    "thank you",
]
# Verbs whose object is usually a person: "staff helped Rose", "we supported Grace", "roedd
# hi'n ffonio Mair" (Welsh verb-nouns with their mutated forms).
OBJECT_EN = """
helped supported visited thanked hugged phoned encouraged invited introduced reassured collected
welcomed greeted texted emailed befriended accompanied
""".split()  # noqa: SIM905
OBJECT_CY = """
helpu cefnogi ffonio galw holi croesawu tecstio cyfarch annog gwahodd cyflwyno hebrwng
""".split()  # noqa: SIM905
SPEECH_EN = ["said", "says", "asked", "told", "replied", "explained", "added"]
SPEECH_CY = """
meddai medd dywedodd dwedodd gofynnodd atebodd esboniodd eglurodd ychwanegodd chwarddodd gwenodd
gwaeddodd sibrydodd cytunodd cofiodd ysgrifennodd soniodd awgrymodd mynnodd nodiodd canodd dawnsiodd
diolchodd mae roedd oedd bydd byddai fydd fyddai taw cafodd aeth daeth gwnaeth wnaeth gallai hoffai
arferai
""".split()  # noqa: SIM905


def _h(words: list[str]) -> set[str]:
    """h- before a vowel after 'ei' (her): ei hathro, ei hwyres."""
    return {"h" + w for w in words if w[:1] in "aeiouwyŵ"}


# Last word before a name -> the rule it supports.
BEFORE: dict[str, str] = {}
for _w in KIN_EN:
    BEFORE[_w] = "kinship"
for _w in with_mutations(KIN_CY) | _h(KIN_CY):
    BEFORE[_w] = "kinship"
for _w in ROLE_EN:
    BEFORE[_w] = "staff"
for _w in with_mutations(ROLE_CY) | _h(ROLE_CY):
    BEFORE.setdefault(_w, "staff")
for _w in OBJECT_EN:
    BEFORE[_w] = "action"
for _w in with_mutations(OBJECT_CY):
    BEFORE.setdefault(_w, "action")
for _w in CALLED:
    BEFORE[_w] = "called"
for _w in SPEECH_EN + SPEECH_CY:
    BEFORE[_w] = "speech"
BEFORE_PAIRS = {p: "called" for p in CALLED_PAIRS}
# Words for things that are given names ("a new musical called Anthem", "adnodd o'r enw Mathletics"):
# "called" after one of them names the thing, not a person. Houses and farms are left out: a home
# called by its name is an address, found by its own rule.
THING_EN = """
show shows musical play film films movie programme program series book books novel poem song songs
album band app apps website site game games resource resources scheme project course company firm
business charity shop café cafe pub restaurant magazine newspaper paper podcast festival event
competition campaign initiative tool platform system product brand boat ship village town
""".split()  # noqa: SIM905
THING_CY = """
sioe sioeau drama dramâu ffilm ffilmiau rhaglen rhaglenni cyfres llyfr llyfrau nofel cerdd cân caneuon
albwm band ap apiau gwefan gêm gemau adnodd adnoddau cynllun prosiect cwrs cwmni busnes elusen siop
caffi tafarn cylchgrawn papur podlediad gŵyl digwyddiad cystadleuaeth ymgyrch menter offeryn platfform
system cynnyrch brand cwch llong pentref tref
""".split()  # noqa: SIM905
THINGS = frozenset(THING_EN) | frozenset(with_mutations(THING_CY))
# Welsh role words that, written with a capital, are a title of office followed by its portfolio
# ("Gweinidog Iechyd", "Swyddog Cyswllt"), not a cue for the name of whoever holds it.
_TITLE_CY = frozenset(with_mutations(ROLE_CY) | _h(ROLE_CY)) - frozenset(ROLE_EN)
# Welsh adjectives that follow a kinship or staff word before the name ("ei ffrind gorau
# Bogdan", "ei mab hynaf Rhys", "ei chwaer fach Gwen").
KIN_ADJ_CY = frozenset(
    with_mutations(
        """
            gorau hynaf hyna hena ieuengaf ieuenga fenga ienga bach mawr newydd agos arbennig
            annwyl cyntaf ffyddlon
        """.split()  # noqa: SIM905
    )
)

LIST_JOINS = frozenset(["and", "a", "ac", "&", "or", "neu"])
_PERSON_PRONOUNS = frozenset(["she", "he", "him", "her", "me"])

# Words just before a name that never end a cue, though they may sit between cue and name.
FILLERS = frozenset(["hi", "e", "o", "fe", "fo", "ef", "she", "he"])

SPEECH_AFTER = """
said says told asked replied explained added smiled laughed cried shouted whispered agreed joked
admitted nodded beamed grinned sighed wrote texted rang phoned remembered recalled exclaimed
insisted suggested mentioned reflected commented chuckled giggled loves loved enjoys enjoyed wanted
wants decided likes liked misses missed hugged danced sang waved cheered thanked described shared
noticed realised realized baked cooked painted knitted hummed wept shrugged winked blushed chatted
chose learned learnt practised practiced visited emailed picked hoped joined sat
""".split()  # noqa: SIM905
_kin_all = sorted(set(KIN_EN) | with_mutations(KIN_CY) | set(ROLE_EN) | with_mutations(ROLE_CY), key=len, reverse=True)
# ... written with a capital as Welsh families write the words they use as names: "Carol, my Mam, was the one".
_kin_all += [w.capitalize() for w in _kin_all if w.islower() and w.capitalize() not in _kin_all]
AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:" + "|".join(SPEECH_AFTER) + r"|who|aged|and I|and me)\b"
    r"|[ \t]*\((?:aged|age|oed|[1-9][0-9]?\))"
    r"|[ \t]*,?[ \t]*(?:from next door|next door|o'r drws nesa|o’r drws nesa|drws nesa)\b"
    r"|[ \t]*,[ \t]*(?:[0-9]{1,3}[ \t]*,|(?:her|his|their|our|my|the|ei|eu|ein|fy|y|yr)[ \t]+(?:[a-z]+[ \t]+)?(?:"
    + "|".join(re.escape(w) for w in _kin_all)
    + r")\b)"
    r"|[ \t]+(?:family|household|twins|sisters|brothers)\b"
    # "Shân and her husband", "Pat Ní Bhriain is the mother of", "Dawn from the carers group"
    r"|[ \t]*,?[ \t]+(?:and|a|ac|&|is|was|yw|oedd)[ \t]+"
    r"(?:her|his|their|the|a|an|our|my|ei|eu|y|yr|'i|’i)[ \t]+(?:[a-z]+[ \t]+)?(?:"
    + "|".join(re.escape(w) for w in _kin_all)
    + r")\b"
    r"|[ \t]+a['’]i[ \t]+(?:"
    + "|".join(re.escape(w) for w in sorted(with_mutations(KIN_CY), key=len, reverse=True))
    + r")\b"
    r"|[ \t]+from[ \t]+the[ \t]+(?:[a-z]+[ \t]+){0,2}"
    r"(?:group|club|centre|center|shop|office|team|choir|chapel|church|pub|café|cafe|home|ward|Spar|Co-op"
    r"|garage|surgery|bakery|chippy|butcher['’]s|mart|farm|bank|post[ \t]+office)\b"  # "Jarman from the garage" (r. 43)
)
# Verbs of coming and going that follow a person, and a place or a thing too ("Hope came from"):
# a cue only where the word does not open a sentence.
WEAK_AFTER = re.compile(
    r"[ \t]+(?:rang|came|comes|went|goes|brought|brings|gave|gives|took|arrived|drove|lives|lived|stayed|"
    r"showed|taught|met|popped|dropped|knocked|fetched|answered|knits|bakes|cooks|messaged|calls|visits)\b"
)
# An apposition or a person's doing right after a word: "Dyfed, her son,", "Dyfed yn siarad â Nel".
APPOSITION = re.compile(
    r"[ \t]*,[ \t]*(?:her|his|their|our|my|the|ei|eu|ein|fy|y|yr)[ \t]+(?:[a-z]+[ \t]+)?(?:"
    + "|".join(re.escape(w) for w in _kin_all)
    + r")\b"
)
# A person's doing in Welsh right after a known name that is also a word or a place: "Dyfed yn siarad".
YN_DOING = re.compile(
    r"[ \t]+(?:yn|sy['’]n)[ \t]+(?:siarad|sgwrsio|chwerthin|gwenu|crio|llefain|canu|dweud|gofyn|ffonio|coginio)\b"
)
# "Pat, Shazia, Gerwyn": a word listed before a known first name.
LIST_MORE = re.compile(r"[ \t]*(?:,|and\b|a\b|ac\b|&)")
LIST_NEXT = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|a|ac|&)[ \t]+)([A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+)")


# Group words that cue a name only as an apposition ("one of our children, Ciarán"), not in a table.
COMMA_ONLY = frozenset(["children", "kids", "grandkids", "pals", "mates", "plant", "chwiorydd", "brodyr"])
KNOWN_AS = ("know", "call", "galw", "nabod", "adnabod")
TELL_TO = frozenset(["to", "wrth", "with", "â", "efo", "gyda"])
SAID = frozenset(
    [
        "said",
        "say",
        "says",
        "talked",
        "talking",
        "spoke",
        "speaking",
        "chatted",
        "o",
        "e",
        "hi",
        "fe",
        "fo",
        "siarad",
        "sgwrsio",
    ]
    + [w for w in SPEECH_CY if w.endswith("odd")]
    + ["dweud", "ddweud", "deud", "ddeud", "meddai"]
)


def cue_before(text: str, start: int) -> str | None:
    """The rule of a cue word just before START ("her son", "meddai", "called"), if any."""
    tail = text[max(0, start - 40) : start].rstrip(" \t")
    comma = False
    if tail and tail[-1] in ',:(“"‘':
        comma = tail[-1] == ","
        tail = tail[:-1].rstrip(" \t")
    if not tail or not (tail[-1].isalpha() or tail[-1] in "'’"):
        return None  # the start of a sentence, a line or a quotation
    words = tail.rsplit(None, 3)[-3:]
    last = words[-1].lower().lstrip('("“‘*_')
    if last in FILLERS and len(words) > 1:
        verb = words[-2].lower().rstrip(",:").lstrip('("“‘*_')
        if BEFORE.get(verb) not in ("speech", "action", "called") and not verb.endswith("odd"):
            return None  # "ei nain o Funchal": after a noun, "o" is "from", not "he"
        words = words[:-1]
        last = verb
    rule = BEFORE.get(last)
    if rule == "called" and _names_a_thing(text, start, 1):
        return None  # "an app called Mathletics"
    if rule == "staff" and last in _TITLE_CY and words[-1].lstrip('("“‘*_')[:1].isupper():
        return None  # "yn Weinidog Amddiffyn": a Welsh title of office, with its portfolio after it
    if rule:
        return None if last in COMMA_ONLY and not comma else rule
    if last in KIN_ADJ_CY and len(words) > 1:
        rule = BEFORE.get(words[-2].lower().lstrip('("“‘*_'))
        if rule == "kinship" or rule == "staff":
            return rule
    if comma and len(words) > 0 and words[-1] in lx.FIRST:
        return "list"  # "Siôn, Dewi and Megan": a word listed after a known name
    if last in LIST_JOINS and len(words) > 1:
        # "Sioned a Hedd", "Ioan and Jack": a word listed with a known name.
        other = words[-2].rstrip(",")
        if other in lx.FIRST or (last == "and" and other.lower() in _PERSON_PRONOUNS):
            return "list"  # ... or with a person's pronoun: "the house she and Emlyn bought" (round thirty)
    if last in ("as", "fel") and any(w.lower().startswith(KNOWN_AS) for w in words[:-1]):
        return "called"  # "everyone knows Jo as Sandy", "calls him Sarge"
    if last in TELL_TO and len(words) > 1 and words[-2].lower() in SAID:
        return "speech"  # "said to Mal", "dwedodd o wrth Gasia"
    if len(words) > 1:
        rule = BEFORE_PAIRS.get(words[-2].lower().lstrip('("“‘*_') + " " + last)
        if rule and not _names_a_thing(text, start, 2):
            return rule
    if last.endswith("odd") and len(last) > 4 and last.isalpha():
        return "speech"  # a Welsh past-tense verb: "Gwenodd Haf", "atebodd Rhys"
    return None


_WORD = re.compile(r"[^\W\d_][\w'’-]*|[.!?;:]")


def _names_a_thing(text: str, start: int, cue_words: int) -> bool:
    """Is a word for a thing among the three words before the CUE_WORDS-word "called" cue ending at START?"""
    words = _WORD.findall(text[max(0, start - 80) : start].lower())[:-cue_words]
    for word in reversed(words[-3:]):
        if word in ".!?;:":
            return False  # the sentence before
        if word.strip("'’") in THINGS:
            return True
    return False


def cue_after(text: str, end: int, placed: bool = False) -> bool:
    """True when a speech or apposition cue follows a name ("Rhys said", "Rhys, her son"); PLACED says a word that
    places a time or a thing comes before it ("in June and Gethin": a month, not a person)."""
    if AFTER.match(text, end, min(len(text), end + 48)) is not None:
        return True
    if end >= len(text) or text[end] not in ", ":
        return False
    listed = LIST_NEXT.match(text, end, min(len(text), end + 40))
    if listed is None or listed.group(1) not in lx.FIRST:
        return False
    if text[end] == " " and not placed:
        return True  # "with Pat and Clive Morgan": two people joined by "and" (round thirty-six)
    return LIST_MORE.match(text, listed.end()) is not None  # a list goes on: not "the Archdruid, Myrddin ap Dafydd"
