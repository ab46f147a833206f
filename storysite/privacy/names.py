"""Find people's names: titles, full names, known first names and names in context.

The scanner hands over runs of capitalised words ("phrases"). Each distinct phrase is split
into tokens and judged once (the verdict is cached): known first names and full names
always count, words that are also ordinary words (Grace, Haf) count only with a cue, and
places, organisations and street names mask the words inside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storysite.privacy import lexicon as lx
from storysite.privacy.cues import cue_after, cue_before
from storysite.privacy.welsh import TRIGGERS, mutations

UPPER = "A-ZÀ-ÖØ-ÞŴŶ"
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
        Mstr Meistr Meistres Bonwr Boneddiges Bonesig Bnr Bns Syr
    """.split()  # noqa: SIM905
) | frozenset(m for w in _WELSH_TITLES for m in mutations(w) if len(m) > 3)
KIN_TITLES = frozenset(
    """
        Auntie Aunty Aunt Uncle Anti Yncl Nain Taid Nan Nana Nanna Gran Granny Grandma Grandad
        Grandpa Bampi Mamgu Mam-gu Tadcu Tad-cu Dadcu Bopa Wncwl Cousin
    """.split()  # noqa: SIM905
)
# Words that start a place, building or organisation name in Welsh word order.
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
        Clinig Cylch Côr Gwasanaeth Gwasanaethau Adran Tîm Grŵp
    """.split()  # noqa: SIM905
)
PLACE_HEADS = frozenset(_PLACE_HEADS | {m for w in _PLACE_HEADS for m in mutations(w)})
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
# Tails that are also common surnames: they end a place only when no name precedes them.
SURNAME_TAILS = frozenset(["Hall", "House", "Court", "Park", "Green", "Hill", "Lane"])
WELSH_VERB_ENDINGS = ("odd", "wyd", "asant", "asom", "ason", "aist", "wch")

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
        | {w for p in lx.NOT_PERSON for w in p.split()} - lx.FIRST - lx.AMBIGUOUS - lx.SURNAMES
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
    - TITLES
    - KIN_TITLES
)
# First words of multi-word places and organisations.
STARTS_NOT_PERSON = frozenset(p.split()[0] for p in lx.NOT_PERSON if " " in p)
# Everyday words that may still start a phrase which hides a name (Heol Dafydd, Bae Colwyn).
PHRASE_HEADS = PLACE_HEADS | STARTS_NOT_PERSON


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
ALWAYS, CUE, MUTATED, MUTATED_CUE = 1, 2, 3, 4
# Welsh words after which a mutated name that is also an ordinary word is read as a name.
PERSON_TRIGGERS = frozenset(["i", "â", "ag", "gan", "at", "wrth", "efo", "a", "ac", "am", "dros", "heb", "tua"])


@dataclass(frozen=True, slots=True)
class Run:
    start: int  # offsets within the phrase
    end: int
    words: tuple[str, ...]
    kind: int  # ALWAYS: a name anywhere; CUE: a name only with a cue; MUTATED: a known name if mutated here
    rule: str
    possessive: bool


_CACHE: dict[str, tuple[Run, ...]] = {}
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
            continue
        rule = run.rule if run.kind == ALWAYS else _decide(text, start, run, welsh)
        if rule:
            out.append((start + run.start, start + run.end, "person-name", rule))
    return out


def _decide(text: str, start: int, run: Run, welsh: bool) -> str | None:
    if run.kind == ALWAYS:
        return run.rule
    s = start + run.start
    if run.kind == MUTATED and s == start:
        sentence_start = SENTENCE_START.search(text, max(0, s - 4), s) is not None
        if (welsh and not sentence_start) or _previous_word(text, s) in TRIGGERS:
            return run.rule
    if run.kind == MUTATED_CUE and s == start and _previous_word(text, s) in PERSON_TRIGGERS:
        return "privacy.person-name.mutated"
    j = s - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j >= 0 and text[j] not in ".!?\n#>|":
        cue = cue_before(text, s)
        if cue == "action":
            # A verb such as "helped" is often followed by a place or a group, so it makes a
            # name only of a word known as a first name ("helped Rose", not "helped Lego").
            if any(w in lx.AMBIGUOUS or w in lx.AMBIGUOUS_MUTATED for w in run.words):
                return "privacy.person-name.action"
        elif cue:
            return f"privacy.person-name.{cue}"
    if run.possessive and run.words[-1] not in lx.PLACES:
        return "privacy.person-name.possessive"
    if cue_after(text, start + run.end):
        return "privacy.person-name.speech"
    return None


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
    toks = _tokens(phrase)
    if not toks:
        return ()
    words = [t.word for t in toks]
    if toks[0].word in PLACE_HEADS and len(toks) > 1:
        return ()
    if all(w in QUIET for w in words):
        return ()
    if len(toks) > 1 or toks[0].word in lx.NOT_PERSON:
        _mask_known_phrases(phrase, toks)
        _mask_place_words(toks)
    runs: list[Run] = []
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        if tok.masked:
            i += 1
            continue
        if (tok.word in TITLES or tok.word in KIN_TITLES) and i + 1 < n and not tok.possessive:
            j = i + 1
            while j < n and not toks[j].masked and (_name_word(toks[j].word) or len(toks[j].word) == 1):
                j += 1
                if toks[j - 1].possessive:
                    break
            if j > i + 1:
                rule = "privacy.person-name.title" if tok.word in TITLES else "privacy.person-name.kinship"
                runs.append(Run(tok.start, toks[j - 1].end, tuple(words[i + 1 : j]), ALWAYS, rule, False))
            i = max(j, i + 1)
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


def _judge(run: list[Token], first_in_phrase: bool) -> tuple[int, str] | None:
    """Decide what a run of capitalised words needs to count as a person's name."""
    words = [t.word for t in run]
    first = words[0]
    n = len(words)
    if n == 1 and len(first) == 1:
        return None
    if any(w in lx.FIRST for w in words):
        return ALWAYS, "privacy.person-name.known-name" if n == 1 else "privacy.person-name.full-name"
    if n >= 2 and any(_surname(w) for w in words[1:]):
        return ALWAYS, "privacy.person-name.full-name"
    if n >= 2 and len(first) == 1 and words[-1] in lx.SURNAMES:
        return ALWAYS, "privacy.person-name.full-name"
    if first_in_phrase and first in lx.FIRST_MUTATED:
        return MUTATED, "privacy.person-name.known-name"
    if n == 1 and first_in_phrase and first in lx.AMBIGUOUS_MUTATED_NAMES:
        return MUTATED_CUE, ""
    if any(w in lx.NOT_PERSON for w in words):
        return None
    return CUE, ""


def _surname(word: str) -> bool:
    """A known surname, or a double-barrelled one made of known surnames (Lloyd-Jones)."""
    if word in lx.SURNAMES:
        return word not in lx.COMMON
    parts = word.split("-")
    return len(parts) > 1 and all(p in lx.SURNAMES for p in parts)


def _tokens(phrase: str) -> list[Token]:
    out = []
    for t in TOKEN.finditer(phrase):
        word = t.group()
        possessive = word.endswith(("'s", "’s")) and len(word) > 3
        out.append(Token(t.start(), t.end(), word[:-2] if possessive else word, possessive))
    return out


def _mask_known_phrases(phrase: str, toks: list[Token]) -> None:
    """Mask tokens that belong to a place, organisation or public name."""
    n = len(toks)
    for i in range(n):
        if toks[i].masked:
            continue
        if toks[i].word not in STARTS_NOT_PERSON:
            if toks[i].word in lx.NOT_PERSON or phrase[toks[i].start : toks[i].end] in lx.NOT_PERSON:
                toks[i].masked = True
            continue
        for j in range(min(n, i + lx.MAX_PHRASE), i, -1):
            raw = phrase[toks[i].start : toks[j - 1].end]
            if " ".join(raw.split()) in lx.NOT_PERSON or (j == i + 1 and toks[i].word in lx.NOT_PERSON):
                for k in range(i, j):
                    toks[k].masked = True
                break


def _mask_place_words(toks: list[Token]) -> None:
    n = len(toks)
    for i, tok in enumerate(toks):
        if tok.word in PLACE_HEADS and i + 1 < n:
            for k in range(i, n):
                toks[k].masked = True
            return
    for j in range(n - 1, 0, -1):
        word = toks[j].word
        if word in ORG_TAILS:
            before = toks[j - 1].word
            if word in SURNAME_TAILS and (
                before in lx.FIRST or before in lx.FIRST_MUTATED or before in TITLES or before in lx.AMBIGUOUS
            ):
                continue
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
    if word in lx.FIRST or word in lx.AMBIGUOUS or word in lx.SURNAMES:
        return True
    if word in lx.FIRST_MUTATED or word in lx.AMBIGUOUS_MUTATED:
        return True
    return _plain_word(word) and word not in TITLES and word not in KIN_TITLES


def _previous_word(text: str, start: int) -> str:
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    k = j
    while k >= 0 and (text[k].isalpha() or text[k] in "'’"):
        k -= 1
    return text[k + 1 : j + 1].lower()
