"""Find people's names: titles, full names, known first names and names in context."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from storysite.privacy import lexicon as lx
from storysite.privacy.welsh import TRIGGERS, with_mutations

UPPER = "A-ZÀ-ÖØ-ÞŴŶ"
CAP = rf"[{UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*"
# Lower-case words that may sit inside one capitalised phrase (Heol y Parc, Dafydd ap Gwilym).
CONNECT = r"(?:y|yr|ar|ap|ab|ferch|de|van|von|der|le|la|du|of|upon|yng|ym|in|on)"
PHRASE = re.compile(rf"{CAP}(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:{CONNECT}[ \t]+)?{CAP})*")
TOKEN = re.compile(CAP)
# Joins allowed inside one name: a space, or a patronymic / particle.
NAME_GAP = re.compile(r"\s+(?:(?:ap|ab|ferch|de|van|von|der|le|la|du)\s+)?")

TITLES = frozenset(
    """Mr Mrs Miss Ms Mx Dr Doctor Prof Professor Rev Revd Reverend Parch Parchedig Athro
    Cllr Councillor Cynghorydd Sister Nurse Nyrs Father Canon Dame Lady Lord Capt Captain
    Sgt Sergeant PC Chwaer Brawd""".split()
)
KIN_TITLES = frozenset(
    """Auntie Aunty Aunt Uncle Anti Yncl Nain Taid Nan Nana Nanna Gran Granny Grandma Grandad
    Grandpa Bampi Mamgu Mam-gu Tadcu Tad-cu Dadcu Bopa Wncwl Cousin Cefnder""".split()
)
# Words that start a place, building or organisation name in Welsh word order.
PLACE_HEADS = frozenset(
    """Tŷ Ty Heol Stryd Ffordd Lôn Lon Cilgant Rhodfa Teras Clos Maes Parc Llys Plas Castell
    Capel Eglwys Ysgol Coleg Prifysgol Neuadd Canolfan Clwb Cartref Ysbyty Meddygfa Bwrdd
    Cyngor Cymdeithas Ymddiriedolaeth Menter Mudiad Sefydliad Cronfa Gwobr Gŵyl Dydd Sant
    Santes St Saint Pont Cwm Coed Afon Llyn Mynydd Ynys Porth Aber Caer Llan Tre Bro Hafod
    Hendre Fferm Bwthyn Swyddfa Siop Caffi Tafarn Gwesty Theatr Sinema Amgueddfa Llyfrgell
    Uned Ward Gorsaf Stadiwm Sir Mount Lake River Port Fort Cape Camp Rhes Tai Cwrt Gerddi
    Cae Pentre Stad Ystad Sgwâr Rhiw Allt Dôl Trem Glan Ffos Cors Gwaun Rhos Bryniau Parti
    University Church Cathedral Chapel Hotel Radio Hospital Team Tîm Project Prosiect""".split()
)
# Words that end a place, building or organisation name in English word order.
ORG_TAILS = frozenset(
    """Board Council Centre Center Hospital Trust Society Association Foundation Charity
    Services Service Team Group Club Church Chapel School College University Primary Academy
    Surgery Practice Ward Unit Library Museum Theatre Stadium Hotel Inn Arms Ltd Limited
    Cymru Wales Project Partnership Network Forum Fund Memorial Institute Cottage Farm Bridge
    Station Road Street Avenue Close Crescent Drive Terrace Place Square Gardens Way Mews
    Row Walk Rise Parade Villas Cottages Estate Nursery Infants Junior High Comprehensive
    Hospice Home Homes Lodge Manor Campus Ltd. Café Cafe Bar Restaurant Shop Stores Market
    Day Week Month Year Award Awards Prize Cup League City Town United Rovers Athletic FC
    AFC RFC Syndrome Disease Hall House Court Park Green Hill Lane Sant Santes""".split()
)
# Tails that are also common surnames: they end a place only when no first name precedes.
SURNAME_TAILS = frozenset("Hall House Court Park Green Hill Lane".split())

_KIN_EN = r"""sons? daughters? grandsons? granddaughters? grandchild(?:ren)? grandsons?
husband wife partner fiancée? brothers? sisters? mother father mum mam dad mummy daddy
nephew niece cousin aunt auntie aunty uncle grandmother grandfather grandma grandad grandpa
nan nana nanny gran granny stepson stepdaughter stepmother stepfather stepdad stepmum
half-brother half-sister friends? neighbou?r boyfriend girlfriend baby child twin twins
sibling son-in-law daughter-in-law mother-in-law father-in-law brother-in-law sister-in-law
godson goddaughter godmother godfather lodger flatmate housemate carer""".split()
_ROLE_EN = r"""worker workers keyworker nurse nurses doctor GP consultant therapist physio
physiotherapist OT psychologist psychiatrist counsellor counselor advocate manager
coordinator co-ordinator connector navigator officer practitioner volunteer befriender
mentor coach teacher headteacher head tutor assistant PA carer colleague chef cook driver
cleaner paramedic pharmacist dentist optician midwife visitor warden caretaker receptionist
administrator chaplain vicar minister priest imam rabbi councillor MP MS leader facilitator
instructor trainer librarian lead champion supervisor matron sister""".split()
_KIN_CY = """mab merch ŵyr wyres gŵr gwraig partner partneres brawd chwaer mam tad nai nith
cefnder cyfnither modryb ewythr nain taid mam-gu tad-cu ffrind ffrindiau cymydog cymdoges
cariad plentyn babi efaill gefeilliaid llysfab llysferch llysfam llystad mab-yng-nghyfraith
merch-yng-nghyfraith gofalwr gofalwraig gofalydd wyrion plant meibion merched""".split()
_ROLE_CY = """gweithiwr gweithwraig gweithwyr nyrs meddyg athro athrawes pennaeth rheolwr
rheolwraig gwirfoddolwr gwirfoddolwraig cydlynydd cysylltydd eiriolwr eiriolwraig
cynorthwyydd cydweithiwr cydweithwraig ffisiotherapydd therapydd swyddog ymarferydd
cwnselydd mentor cogydd cogyddes gyrrwr glanhawr parafeddyg fferyllydd deintydd bydwraig
ymwelydd warden gofalwr gofalwraig gofalydd seicolegydd seiciatrydd ymgynghorydd arweinydd
hyfforddwr llyfrgellydd cynghorydd gweinidog ficer offeiriad caplan""".split()
_SPEECH_EN = """said says told asked replied explained added smiled laughed cried shouted
whispered agreed joked admitted nodded beamed grinned sighed wrote texted rang phoned
remembered recalled exclaimed insisted suggested mentioned reflected commented chuckled
giggled loves loved enjoys enjoyed wanted wants decided likes liked misses missed hugged
danced sang waved cheered thanked described shared noticed realised realized""".split()
_SPEECH_CY = """meddai medd dywedodd dwedodd gofynnodd atebodd esboniodd eglurodd
ychwanegodd chwarddodd gwenodd gwaeddodd sibrydodd cytunodd cofiodd ysgrifennodd
soniodd awgrymodd mynnodd nodiodd canodd dawnsiodd diolchodd mae roedd oedd bydd byddai
fydd fyddai mai taw cafodd aeth daeth gwnaeth wnaeth gallai hoffai arferai annwyl helo
diolch wrth""".split()


def _alt(words: list[str] | set[str]) -> str:
    return "|".join(sorted((re.escape(w) if "(" not in w else w for w in words), key=len, reverse=True))


_kin_cy = with_mutations(_KIN_CY) | {"h" + w for w in _KIN_CY if w[0] in "aeiouwyŵ"}
_role_cy = with_mutations(_ROLE_CY) | {"h" + w for w in _ROLE_CY if w[0] in "aeiouwyŵ"}
_role_cy_multi = r"(?:gweithiwr|weithiwr|gweithwraig|weithwraig|gweithwyr)\s+(?:cymdeithasol|cymorth|allweddol|gofal|ieuenctid|cefnogi)"

_CUE_BEFORE = {
    "kinship": rf"\b(?:{_alt(_KIN_EN)}|{_alt(_kin_cy)})",
    "staff": rf"\b(?:{_role_cy_multi}|{_alt(_ROLE_EN)}|{_alt(_role_cy)})",
    "called": r"\b(?:called|named|nicknamed|known\s+as|name\s+is|name\s+was|name's|by\s+the\s+name\s+of|"
    r"o'r\s+enw|o’r\s+enw|sef|[hn]?enw\s+(?:yw|oedd|ydy|i\s+yw)|alw'?n|galw'?n|dear|hi|hello|thanks|love\s+from)",
    "speech": rf"\b(?:{_alt(_SPEECH_CY)}|said|says|asked|told|replied|explained|added|\w+odd)",
}
CUE_BEFORE = re.compile(
    "|".join(rf"(?P<{k.replace('-', '_')}>{v})(?:[ \t]+(?:hi|e|o|fe|fo|ef))?[ \t]*[,:(“\"‘]?[ \t]*\Z" for k, v in _CUE_BEFORE.items()),
    re.IGNORECASE,
)
CUE_AFTER = re.compile(
    rf"\A(?:[ \t]*,?[ \t]*(?:{_alt(_SPEECH_EN)}|who|aged|and\s+I|and\s+me)\b"
    rf"|[ \t]*\((?:aged|age|oed|[0-9])"
    rf"|[ \t]*,[ \t]*(?:[0-9]{{1,3}}[ \t]*,|(?:her|his|their|our|my|ei|eu|ein|fy)\s+(?:{_alt(_KIN_EN)}|{_alt(_ROLE_EN)}|{_alt(_kin_cy)}|{_alt(_role_cy)})\b)"
    rf"|[ \t]+(?:family|household|twins)\b)",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?:^|[.!?:;\n#>*\-–—\"“”‘’(\[|]\s*|^\s*)\Z")


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int
    end: int
    rule: str


@dataclass(slots=True)
class Token:
    start: int
    end: int
    word: str  # without a possessive 's
    possessive: bool
    masked: bool = False


def find_names(text: str, lang: str, pseudonyms: frozenset[str]) -> Iterator[NameHit]:
    """Yield spans of text that look like real people's names."""
    welsh = lang == "cy"
    skip_to = 0
    for m in PHRASE.finditer(text):
        start, end = m.span()
        if start < skip_to or (start and (text[start - 1].isalnum() or text[start - 1] in "@_/")):
            continue
        # Fast path: a single ordinary capitalised word, the commonest case.
        word = m.group()
        if end - start < 40 and " " not in word and "\n" not in word and "\t" not in word:
            base = word[:-2] if word.endswith(("'s", "’s")) else word
            if base in lx.COMMON and base not in lx.AMBIGUOUS and base not in TITLES and base not in KIN_TITLES:
                continue
        end = _extend_after_title(text, m, end)
        skip_to = end
        yield from _phrase(text, start, end, welsh, pseudonyms)


def _extend_after_title(text: str, m: re.Match[str], end: int) -> int:
    """Join "Dr." or "J." to the capitalised words after it: "Dr. Rhys Jones", "J. Smith"."""
    while end < len(text) and text[end] == ".":
        last = TOKEN.findall(text, m.start(), end)[-1]
        if last not in TITLES and len(last) > 2 and last != "Parch":
            break
        nxt = PHRASE.match(text, end + 1 + (len(text[end + 1 :]) - len(text[end + 1 :].lstrip(" \t"))))
        if not nxt or nxt.start() > end + 3:
            break
        end = nxt.end()
    return end


def _tokens(text: str, start: int, end: int) -> list[Token]:
    out = []
    for t in TOKEN.finditer(text, start, end):
        word = t.group()
        possessive = word.endswith(("'s", "’s")) and len(word) > 3
        out.append(Token(t.start(), t.end(), word[:-2] if possessive else word, possessive))
    return out


def _mask_known_phrases(text: str, toks: list[Token]) -> None:
    """Mask tokens that belong to a place, organisation or public name."""
    n = len(toks)
    for i in range(n):
        if toks[i].masked:
            continue
        for j in range(min(n, i + lx.MAX_PHRASE), i, -1):
            phrase = " ".join(text[toks[i].start : toks[j - 1].end].split())
            if j - 1 == i:
                phrase = toks[i].word if toks[i].word in lx.NOT_PERSON else text[toks[i].start : toks[i].end]
            if phrase in lx.NOT_PERSON:
                for k in range(i, j):
                    toks[k].masked = True
                break


def _mask_place_words(toks: list[Token]) -> None:
    n = len(toks)
    for i, tok in enumerate(toks):
        if tok.word in PLACE_HEADS and i + 1 < n and tok.word not in TITLES:
            for k in range(i, n):
                toks[k].masked = True
            return
    for j in range(n - 1, 0, -1):
        word = toks[j].word
        if word in ORG_TAILS:
            if word in SURNAME_TAILS and toks[j - 1].word in lx.FIRST:
                continue
            for k in range(0, j + 1):
                toks[k].masked = True
            return


def _is_name_like(word: str) -> bool:
    return not (word in lx.COMMON or word in lx.PLACES or word in lx.PLACE_WORDS or (len(word) > 1 and word.isupper()))


def _phrase(text: str, start: int, end: int, welsh: bool, pseudonyms: frozenset[str]) -> Iterator[NameHit]:
    toks = _tokens(text, start, end)
    if not toks:
        return
    sentence_start = bool(SENTENCE_END.search(text, max(0, start - 3), start))
    prev_word = _previous_word(text, start)
    mutated_ok = (welsh and not sentence_start) or prev_word in TRIGGERS
    if len(toks) > 1 or toks[0].word in lx.NOT_PERSON:
        _mask_known_phrases(text, toks)
        _mask_place_words(toks)
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        if tok.masked:
            i += 1
            continue
        if (tok.word in TITLES or tok.word in KIN_TITLES) and i + 1 < n:
            j = i + 1
            while j < n and not toks[j].masked and (_is_name_like(toks[j].word) or _known(toks[j].word)) and toks[j].word not in TITLES:
                j += 1
                if toks[j - 1].possessive:
                    break
            if j > i + 1 and not _all_pseudonyms(toks[i + 1 : j], pseudonyms):
                rule = "privacy.person-name.title" if tok.word in TITLES else "privacy.person-name.kinship"
                yield NameHit(tok.start, toks[j - 1].end, rule)
            i = max(j, i + 1)
            continue
        # A run of name-like tokens joined by spaces or patronymics.
        j = i
        while j < n and not toks[j].masked and _run_word(toks[j].word, j == i and mutated_ok) and toks[j].word not in TITLES:
            if j > i and not NAME_GAP.fullmatch(text, toks[j - 1].end, toks[j].start):
                break
            j += 1
            if toks[j - 1].possessive:
                break
        if j == i:
            i += 1
            continue
        run = toks[i:j]
        rule = _judge(text, run, mutated_ok and i == 0)
        if rule and not _all_pseudonyms(run, pseudonyms) and not _any_pseudonym_first(run, pseudonyms):
            yield NameHit(run[0].start, run[-1].end, rule)
        i = j


def _known(word: str) -> bool:
    return word in lx.FIRST or word in lx.AMBIGUOUS or word in lx.SURNAMES


def _run_word(word: str, mutated_ok: bool) -> bool:
    if word in lx.FIRST or word in lx.AMBIGUOUS or word in lx.SURNAMES:
        return True
    if mutated_ok and (word in lx.FIRST_MUTATED or word in lx.AMBIGUOUS_MUTATED):
        return True
    return _is_name_like(word)


def _judge(text: str, run: list[Token], mutated_ok: bool) -> str | None:
    """Decide whether a run of capitalised words is a person's name, and by which rule."""
    words = [t.word for t in run]
    first = words[0]
    if any(w in lx.FIRST for w in words) or (mutated_ok and first in lx.FIRST_MUTATED):
        return "privacy.person-name.known-name" if len(words) == 1 else "privacy.person-name.full-name"
    if len(words) >= 2 and any(w in lx.SURNAMES and w not in lx.COMMON for w in words[1:]):
        return "privacy.person-name.full-name"
    if len(words) >= 2 and len(first) == 1 and words[-1] in lx.SURNAMES:
        return "privacy.person-name.full-name"
    if len(words) == 1 and len(first) == 1:
        return None
    cue = CUE_BEFORE.search(text, max(0, run[0].start - 60), run[0].start)
    if cue:
        return f"privacy.person-name.{cue.lastgroup}"
    if run[-1].possessive and all(w not in lx.PLACES for w in words):
        return "privacy.person-name.possessive"
    if CUE_AFTER.match(text, run[-1].end, min(len(text), run[-1].end + 60)):
        return "privacy.person-name.speech"
    return None


def _previous_word(text: str, start: int) -> str:
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    k = j
    while k >= 0 and (text[k].isalpha() or text[k] in "'’"):
        k -= 1
    return text[k + 1 : j + 1].lower()


def _all_pseudonyms(run: list[Token], pseudonyms: frozenset[str]) -> bool:
    return bool(pseudonyms) and all(t.word in pseudonyms for t in run)


def _any_pseudonym_first(run: list[Token], pseudonyms: frozenset[str]) -> bool:
    """A declared first name with a surname after it: the story made up the whole name."""
    return bool(pseudonyms) and run[0].word in pseudonyms
