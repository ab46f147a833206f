"""Run the identifying-details detector over a story version and locate what it finds.

A name found anywhere in a story (any field, either language) is looked for again in every
text of the story: practitioners name a person in full once, then by first name alone, often
mutated in Welsh ("Ceri Vaughan", later "efo Geri").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache

from storysite.check import phrases_again
from storysite.findings import Finding, Span, error
from storysite.model import StoryVersion, TextField
from storysite.privacy import Detection, pseudonym_forms, scan_text
from storysite.privacy import detection as detected
from storysite.privacy import lexicon as lx
from storysite.privacy.names import (
    DECOY_FIRST,
    KIN_TITLES,
    NAME_LIKE_HEADS,
    NICK_WORDS,
    PHRASE,
    PLACE_HEADS,
    SKIP,
    TITLES,
    TOKEN,
    WELSH_VERB_ENDINGS,
    decoy_at,
    lower_case_names,
    previous_word,
    runs_of,
)
from storysite.privacy.welsh import TRIGGERS, mutations, phrase_mutations


def scan_version(
    version: StoryVersion,
    pseudonyms: Sequence[str],
    allow: Sequence[str],
    story: Sequence[StoryVersion] = (),
) -> list[Finding]:
    """Findings for identifying details in the body and every free-text field of one version.

    `story` is every version of the story (this one included): a name found in any of them is
    flagged wherever it comes back in this one.
    """
    pseudonyms, allow = tuple(pseudonyms), tuple(allow)
    scanned = {
        text: _with_lower_case(text, _scan(text, lang, pseudonyms, allow), pseudonyms, allow)
        for text, lang in _texts(version)
    }
    # Pets matter only where a name was found, here or in another version; most stories need no look.
    named = any(d.category == "person-name" for found in scanned.values() for d in found) or any(
        d.category == "person-name"
        for other in story
        if other is not version
        for text, lang in _texts(other)
        for d in _scan(text, lang, pseudonyms, allow)
    )
    pets = (
        frozenset(w for other in story or (version,) for text, _ in _texts(other) for w in _pets_in(text))
        if named
        else frozenset()
    )
    found = {text: _without_pets(text, detections, pets) for text, detections in scanned.items()}
    names: set[str] = set()
    places: dict[str, str] = {}
    for other in story or (version,):
        for text, lang in _texts(other):
            own = found.get(text) if other is version else None
            seen = own if own is not None else _without_pets(text, _scan(text, lang, pseudonyms, allow), pets)
            names |= _names_in(text, seen)
            phrases_again.merge(places, phrases_again.phrases_in(text, seen))
    names -= pets
    again = _tracker(frozenset(names), pseudonyms, allow) if names else None
    places_seen = phrases_again.tracker(places)
    findings: list[Finding] = []
    starts = _line_starts(version.body)
    for text_field in (None, *version.text_fields):
        text = version.body if text_field is None else text_field.value
        detections = list(found[text])
        if again:
            detections.extend(again.find(text, version.lang, detections))
        if places_seen:
            detections = places_seen.regrade(text, detections)
            allowed = list(_allowed_spans(text, allow))
            detections.extend(places_seen.find(text, version.lang, detections, allowed))
        for detection in detections:
            if text_field is None:
                findings.append(_body_finding(version, detection, starts))
                continue
            findings.append(_field_finding(version, text_field, detection))
    return findings


# An animal word just before a name, or before "called": the name is a pet's ("her Staffie, Bonnie",
# "two sheepdogs, Fly and Meg", "y gaseg, Molly", "the pit pony called Captain").
_ANIMALS = (
    r"(?i:dogs?|cats?|pupp(?:y|ies)|pup|kittens?|pon(?:y|ies)|horses?|mares?|foals?|budgies?|parrots?|rabbits?|"
    r"hamsters?|tortoises?|sheepdogs?|collies?|staffies?|staffy|spaniels?|labradors?|terriers?|lurchers?|greyhounds?|"
    r"whippets?|lambs?|calf|calves|piglets?|ferrets?"  # "a lamb called Dot": a pet lamb, fed by hand
    r"|(?:ci|gi|chi|cŵn|gŵn)(?:[ \t]+defaid)?"  # "hen gi defaid o'r enw Fflei": a sheepdog
    r"|ast(?:[ \t]+ddefaid)?|pigeons?|colomen|golomen"  # round forty-three: a bitch, "hen ast ddefaid o'r enw Fflei"
    r"|hens|chickens?|ducks?|geese"  # ... and the hens a home keeps: "She calls the hens Thelma and Louise"
    r"|cath|gath|cathod|ceffyl|geffyl|gaseg|caseg|merlen|ferlen|cwningen|gwningen)"
)
# Farm animals, named only in a list the sentence says is of their names: "defaid Huw" is Huw's sheep, and
# "Ram Singh" a man, so they are never read as the pets above.
_FARM_ANIMALS = r"(?:cows?|heifers?|ewes?|rams?|goats?|buwch|fuwch|buchod|gwartheg|heffer|dafad|defaid|hwrdd|gafr)"
_PET_NAME = r"[A-ZÀ-ÖØ-ÞŴŶ][^\W\d_]+"
PETS = re.compile(
    rf"\b{_ANIMALS}\b(?:[ \t]+(?:(?:is|was)[ \t]+)?(?:called|named|o['’]r[ \t]+enw))?[ \t]*,?[ \t]+({_PET_NAME}"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|a|ac|&)[ \t]+){_PET_NAME})*)"
)


# Animals named in a list after a colon, where the sentence says they were named: "Rhoddodd enw i bob buwch oedd
# ganddyn nhw: Seren, Blodwen, Dolly", "she named all her hens: Dot, Peg and Ida".
_NAMED_ANIMALS = re.compile(
    rf"(?i:\b(?:enw|enwau|names?|named|called)\b)[^.!?\n:]{{0,30}}?\b(?:{_ANIMALS}|{_FARM_ANIMALS})\b[^.!?\n:]{{0,40}}:"
    rf"[ \t]+({_PET_NAME}"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|a|ac|&)[ \t]+){_PET_NAME})*)"
)


_PET_NEXT_SENTENCE = re.compile(
    rf"{_ANIMALS}\.[ \t]+(?:({_PET_NAME})(?:['’]s)?[ \t]+(?:is|was|went|has|had)\b"
    rf"|(?:Mae|Roedd|Bydd|Aeth|Daeth)[ \t]+({_PET_NAME})[ \t]+(?:yn|wedi)\b)"
)


_PET_BEFORE = re.compile(
    rf"({_PET_NAME})[.?!][\"”’']?[ \t]+(?P<was>(?:She|He|It)[ \t]+(?:was|is)[ \t]+(?:a|an|our|his|her)[ \t]+)?\Z"
)
_PET_IS_NEXT = re.compile(rf"{_ANIMALS}(?:[ \t]+[^\W\d_]+)?[ \t]+(?:oedd|yw|ydy|ydi)\b")


# Where an animal word may start: found with str.find, because trying the whole pattern at every word
# of every story made the pet rule the costliest part of `check`.
_ANIMAL_STARTS = (
    "dog", "cat", "pup", "kitten", "pon", "horse", "mare", "foal", "budgie", "parrot", "rabbit", "hamster",
    "tortoise", "sheepdog", "collie", "staff", "spaniel", "labrador", "terrier", "lurcher", "greyhound", "whippet",
    "lamb", "calf", "calv", "piglet", "ferret", "pigeon", "hens", "chicken", "duck", "geese",
    "ci", "gi", "chi", "cŵn", "gŵn", "cath", "gath", "ceffyl", "geffyl", "gaseg", "caseg", "merlen", "ferlen",
    "cwningen", "gwningen", "ast", "colomen", "golomen",
)  # fmt: skip


@lru_cache(maxsize=256)
def _pets_in(text: str) -> frozenset[str]:
    """Names that the text gives to animals."""
    low = text.lower()
    if len(low) != len(text):  # a few letters change length in lower case: read the text the slow way
        matches = list(PETS.finditer(text))
    else:
        starts = set()
        for stem in _ANIMAL_STARTS:
            at = low.find(stem)
            while at >= 0:
                if at == 0 or not low[at - 1].isalnum():
                    starts.add(at)
                at = low.find(stem, at + 1)
        matches = [m for m in map(lambda at: PETS.match(text, at), sorted(starts)) if m]
    if ":" in text:
        matches.extend(_NAMED_ANIMALS.finditer(text))
    out: set[str] = set()
    for m in matches:
        for word in TOKEN.findall(m.group(1)):
            out.add(word[:-2] if word.endswith(_CLITICS) else word)
    if len(low) == len(text):
        # "Emrys asked about the dog. Fly is twelve": an animal word ends a sentence and the next opens
        # with a word that is no one's name on the lists; a known name there stays a person's.
        for at in sorted(starts):
            after = _PET_NEXT_SENTENCE.match(text, at)
            name = after.group(1) or after.group(2) if after else None
            if not name:
                # "beth oedd Fflei. Ci defaid oedd hi", "Fly. She was a collie": the next sentence says what it was
                before = _PET_BEFORE.search(text, max(0, at - 40), at)
                if before and (before.group("was") or _PET_IS_NEXT.match(text, at)):
                    name = before.group(1)
            if name and name not in lx.FIRST and name not in lx.AMBIGUOUS:
                out.add(name)
    return frozenset(out - lx.COMMON)


def _without_pets(text: str, detections: tuple[Detection, ...], pets: frozenset[str]) -> tuple[Detection, ...]:
    """DETECTIONS less the person names that are all pets' names."""
    if not pets:
        return detections
    kept = []
    for d in detections:
        if d.category == "person-name":
            words = [w[:-2] if w.endswith(_CLITICS) else w for w in TOKEN.findall(text, d.start, d.end)]
            if words and all(w in pets for w in words):
                continue
        kept.append(d)
    return tuple(kept) if len(kept) != len(detections) else detections


def _texts(version: StoryVersion) -> list[tuple[str, str]]:
    return [(version.body, version.lang)] + [(f.value, version.lang) for f in version.text_fields]


@lru_cache(maxsize=64)
def _scan(text: str, lang: str, pseudonyms: tuple[str, ...], allow: tuple[str, ...]) -> tuple[Detection, ...]:
    """scan_text, kept for the story's other versions, which are scanned for their names too."""
    return tuple(scan_text(text, lang, pseudonyms=pseudonyms, allow=allow))


def _with_lower_case(
    text: str, detections: tuple[Detection, ...], pseudonyms: tuple[str, ...], allow: tuple[str, ...]
) -> tuple[Detection, ...]:
    """DETECTIONS and the known names written in lower case in TEXT ("met bethan jones")."""
    made_up = pseudonym_forms(pseudonyms) if pseudonyms else frozenset()
    hits = lower_case_names(text, made_up)
    if not hits:
        return detections
    allowed = list(_allowed_spans(text, allow)) if allow else []
    more = [
        detected(text, s, e, "person-name", rule)
        for s, e, _, rule in hits
        if not any(d.start < e and s < d.end for d in detections) and not any(a < e and s < b for a, b in allowed)
    ]
    return tuple(sorted((*detections, *more), key=lambda d: d.start)) if more else detections


# Words of a found name that are not worth looking for again on their own; a head that is also a first name
# ("Lyn" of "Lyn Jones") is, once it was found as a person's.
_NOT_TRACKED = (
    TITLES
    | KIN_TITLES
    | NICK_WORDS
    | (PLACE_HEADS - NAME_LIKE_HEADS)
    | (lx.COMMON - lx.AMBIGUOUS)
    | SKIP
    | (lx.PLACES - lx.AMBIGUOUS)
)
_CLITICS = ("'s", "’s", "'n", "'r", "'i", "’n", "’r", "’i")
TRACKED_RULE = "privacy.person-name.tracked"


def _names_in(text: str, detections: Iterable[Detection]) -> set[str]:
    """The words of the person names among DETECTIONS, unmutated ("Ddafydd" -> "Dafydd")."""
    out: set[str] = set()
    for d in detections:
        if d.category != "person-name":
            continue
        for m in TOKEN.finditer(text, d.start, d.end):
            word = m.group()
            if word.endswith(_CLITICS):
                word = word[:-2]
            if word in _NOT_TRACKED:
                continue  # a title in capitals: PCSO
            if len(word) > 1 and word.isupper():
                word = "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
            if len(word) < 3 or word in _NOT_TRACKED:
                continue
            if "-" in word:  # "Poppy-Rose", later "Poppy": a part of a hyphenated first name comes back alone
                out.update(p for p in word.split("-")[:1] if len(p) >= 3 and p not in _NOT_TRACKED and _first_like(p))
            # A known name stays itself, though it looks like a mutated form of another (Dai, not Tai).
            base = None if word in lx.FIRST or word in lx.AMBIGUOUS else _unmutated().get(word)
            out.add(base if base and base not in lx.FIRST_MUTATED else word)
    return out


def _first_like(word: str) -> bool:
    return word in lx.FIRST or word in lx.AMBIGUOUS


def short_forms(name: str) -> set[str]:
    """What a known name is cut to in speech ("Dilwyn" -> "Dil", "Rhodri" -> "Rhods", "Lloyd" -> "Lloydy").

    A first name's first three to five letters (leaving one off), alone or with "s" or "y"; a surname with "y".
    Never an everyday word, a title or a place.
    """
    if len(name) < 3 or not name.istitle() or "-" in name:
        return set()
    pets = lx.PET_FORMS.get(name, frozenset())  # "Owen" -> "Now", "Dafydd" -> "Dai"
    forms: set[str] = set(pets)
    if name in lx.SURNAMES:
        forms.add(name + "y")  # "Lloyd" -> "Lloydy", "Jones" -> "Jonesy"
    if name in lx.FIRST and len(name) >= 5:
        for k in range(3, min(5, len(name) - 1) + 1):
            forms.add(name[:k])  # "Dil", "Trace"
            if k <= 4:
                forms |= {name[:k] + "s", name[:k] + "y"}  # "Rhods", "Dafs", "Gethy"
    return {f for f in forms if f in pets or (f not in _NOT_CUT and f not in lx.COMMON and f not in lx.PLACES)} - {name}


# Words a name's short form may not be: a place's head word ("Bron" of "Bron Haul") is still one, read as a
# name only where it stands alone (_inside_phrase) and where the story does not use it as a word.
_NOT_CUT = TITLES | KIN_TITLES | NICK_WORDS | SKIP


@lru_cache(maxsize=1)
def _unmutated() -> dict[str, str]:
    """Mutated form of a known first name -> the name ("Nhomos" -> "Tomos")."""
    table: dict[str, str] = {}
    for name in sorted(lx.FIRST | lx.AMBIGUOUS):
        for form in mutations(name) | {p + name[1:] for p in ("Mh", "Nh", "Ngh") if name[:1] in "MNPTCBDG"}:
            if form not in lx.FIRST:
                table.setdefault(form, name)
    return table


class _Tracker:
    """Finds the words of names already found, as whole words, mutated forms included."""

    def __init__(self, names: frozenset[str], pseudonyms: tuple[str, ...], allow: tuple[str, ...]) -> None:
        made_up = pseudonym_forms(pseudonyms) if pseudonyms else frozenset()
        plain: set[str] = set()
        mutated: set[str] = set()
        placed: set[str] = set()
        cued: set[str] = set()
        cut: set[str] = set()
        for name in names:
            if name in made_up:
                continue
            plain |= {name, name.upper()}
            cut |= {form for form in short_forms(name) if form not in made_up and form not in names}
            if name not in lx.PLACES and name not in lx.COMMON:
                cued.add(name.lower())  # "tell dawn i'll be late": only straight after such a word
            if len(name) >= 4 and (name in lx.FIRST or name in lx.SURNAMES) and name.lower() not in _LOWER_COMMON:
                # "gethin" typed in a hurry, after "Gethin" was found; only a known name, never a
                # word a cue made a name ("Shared Lives" must not make every "lives" a name).
                plain.add(name.lower())
            for form in mutations(name):
                if len(form) < 3 or form in made_up or form in names:
                    continue
                if form not in _NOT_TRACKED:
                    mutated.add(form)
                elif name in lx.PLACES and form in lx.PLACES and form not in lx.COMMON:
                    # a person named like a place ("Dyfed"), mutated: the person only straight after
                    # the word that mutates it ("gan Ddyfed"), where the place would be "yn Nyfed"
                    placed.add(form)
        self.plain, self.mutated = frozenset(plain), frozenset(mutated | placed)
        self.placed = frozenset(placed)
        self.cued = frozenset(cued - plain)
        self.cut = frozenset(cut - plain - self.mutated - self.cued)
        words = sorted(plain | self.mutated | self.cued | self.cut, key=len, reverse=True)
        self.pattern = (
            re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])") if words else None
        )
        self.allow = allow

    def find(self, text: str, lang: str, known: Sequence[Detection]) -> list[Detection]:
        if self.pattern is None:
            return []
        out = []
        allowed: list[tuple[int, int]] | None = None
        for m in self.pattern.finditer(text):
            s, e = m.span()
            if any(d.start < e and s < d.end for d in known):
                continue
            word = m.group()
            if word in self.cued and previous_word(text, s) not in _LOWER_CUES:
                continue
            if word in self.mutated and lang != "cy" and previous_word(text, s) not in TRIGGERS:
                continue  # a mutated form in English counts only where Welsh is quoted ("i Ddafydd")
            if word in self.placed and previous_word(text, s) not in _PERSON_TRIGGERS:
                continue  # "i Ddyfed", "yn Nyfed": going to the place
            title = word if not word.isupper() else word[:1] + word[1:].lower()
            if word in self.cut and (
                _used_as_word(text, word) or (_opens_sentence(text, s) and _word_not_name(text, e, lang, word))
            ):
                continue  # a name's short form where the story uses it as a word ("bron" in Welsh)
            if lang == "cy" and title in _WELSH_WORD_NAMES:
                continue  # Pam, Beth, Mai: in Welsh, "why", "what", "May"
            if (
                title in lx.AMBIGUOUS
                and _opens_sentence(text, s)
                and (_used_as_word(text, title) or _word_not_name(text, e, lang, title))
            ):
                continue  # "Eira mawr gawson ni": a story that also writes "eira" uses it as a word
            if title[:1].isupper() and (
                _inside_phrase(text, s, e) or (title in DECOY_FIRST and decoy_at(text, s, e, (title,)))
            ):
                continue
            if allowed is None:
                allowed = list(_allowed_spans(text, self.allow))
            if any(a < e and s < b for a, b in allowed):
                continue
            out.append(detected(text, s, e, "person-name", TRACKED_RULE))
        return out


def _used_as_word(text: str, word: str) -> bool:
    """Does TEXT use WORD in lower case as an everyday word ("eira", "rose"), not as a name ("tell dawn")?"""
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(word.lower()) + r"(?![\w'’-])", text):
        if previous_word(text, m.start()) not in _LOWER_CUES:
            return True
    return False


# Words after which a tracked name written in lower case is still the name: "tell dawn", "diolch nia".
_LOWER_CUES = frozenset(
    [
        "tell",
        "ask",
        "asked",
        "told",
        "love",
        "thanks",
        "hi",
        "hiya",
        "hey",
        "dear",
        "cc",
        "diolch",
        "helo",
        "cofion",
        "multumesc",
    ]
)
# Names that are everyday Welsh words ("pam", "beth", "bob dydd"): in Welsh text a tracked one is
# the word; a name that is only an English word (Grace, Joy, Hope) is still the name there.
_WELSH_WORD_NAMES = frozenset(["Pam", "Beth", "Mai", "Medi", "Bob", "Eleni", "Ion", "Ebrill", "Awst", "Mawrth"])
# Words that mutate a person's name and not a place's: "gan Ddyfed", "efo Ddyfed", "wrth Ddyfed".
_PERSON_TRIGGERS = frozenset(["gan", "â", "ag", "efo", "gyda", "wrth", "am", "heb", "at", "dros", "a", "ac"])
_PRONOUNS = frozenset(["we", "you", "i", "they", "he", "she", "it", "ni", "chi", "nhw"])
_MONTHS = frozenset(["May", "June", "April", "August", "Mai", "Medi"])
# What follows a name that opens a Welsh sentence: "Grace sy'n coginio", "Mair oedd yno".
_AFTER_NAME_CY = frozenset(["sy'n", "sy’n", "sydd", "oedd", "yw", "ydy", "a", "ac", "fydd", "wnaeth", "ddaeth", "aeth"])
_NEXT_WORDS = re.compile(r"[ \t]+([\w'’]+)(?:[ \t]+(\w+))?")


def _word_not_name(text: str, e: int, lang: str, word: str) -> bool:
    """Does what follows an everyday-word name opening a sentence show it is the word ("Will we", "Rose bushes are")?"""
    m = _NEXT_WORDS.match(text, e)
    if m is None or not m.group(1)[:1].islower():
        return False
    nxt, after = m.group(1), m.group(2) or ""
    if nxt in ("is", "was", "yw", "oedd") and after in ("when", "what", "where", "how", "why", "pan", "pryd"):
        return True  # "Dawn is when Jade gets up", "May was when things changed"
    if lang == "cy":
        return nxt not in _AFTER_NAME_CY and not nxt.endswith("odd")  # "Dawn sylwodd gyntaf" is Dawn
    if nxt in _PRONOUNS or (word in _MONTHS and nxt in ("was", "is", "came", "comes", "will")):
        return True  # "Will we stop him?", "May was when things changed"
    return nxt.endswith("s") and after in ("are", "were", "in", "on", "and", "grow")  # "Rose bushes are"


def _opens_sentence(text: str, s: int) -> bool:
    """Does the word at S open a sentence, a line, a quotation or a title?"""
    j = s - 1
    while j >= 0 and text[j] in " \t\"“‘'*_(":
        j -= 1
    return j < 0 or text[j] in ".!?:\n#>|"


_LOWER_COMMON = frozenset(w.lower() for w in lx.COMMON | lx.AMBIGUOUS | lx.PLACES)


@lru_cache(maxsize=256)
def _tracker(names: frozenset[str], pseudonyms: tuple[str, ...], allow: tuple[str, ...]) -> _Tracker:
    return _Tracker(names, pseudonyms, allow)


# Verbs and small words that open a sentence before a name, never part of a place's or a body's name.
_OPENERS = frozenset(
    {"Aeth", "Daeth", "Mae", "Roedd", "Bydd", "Fydd", "Cafodd", "Gafodd", "Mi", "Fe", "Ac", "A", "Ond", "Wedyn"}
    | {"Felly", "Then", "And", "But", "So", "When", "After", "Before", "Ask", "Tell", "Did", "Does", "Has", "Had"}
    | {"Was", "Is"}
    # months and days before a name ("In March Mo had her cataract done"), no part of a place's name
    | {"January", "February", "March", "April", "June", "July", "August", "September", "October", "November"}
    | {"December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
) | frozenset(w for w in lx.COMMON if w.endswith(WELSH_VERB_ENDINGS))


def _inside_phrase(text: str, s: int, e: int) -> bool:
    """Is the name at S..E part of a place, organisation or public name ("Ysgol Gethin", "Gareth Bale")?"""
    start = s
    for _ in range(3):  # back over the capitalised words just before it
        if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
            break
        j = start - 2
        while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’-"):
            j -= 1
        if not text[j].isupper() or text[j : start - 1] in _OPENERS:
            break  # "Aeth Dyfed adre": a verb or an everyday word opening the sentence is no part of a name
        start = j
    phrase = PHRASE.match(text, start)
    if phrase is None or phrase.end() <= e and start == s:
        return False  # the name stands on its own
    return not any(r.start <= s - start < r.end for r in runs_of(phrase.group()))


def _allowed_spans(text: str, allow: Sequence[str]) -> Iterable[tuple[int, int]]:
    """Where a reviewer-allowed phrase stands in TEXT, as whole words, its Welsh mutations too."""
    for phrase in allow:
        phrase = " ".join(str(phrase).split())
        if not phrase:
            continue
        for form in {phrase} | phrase_mutations(phrase[:1].upper() + phrase[1:]):
            pattern = r"(?<!\w)" + r"\s+".join(re.escape(p) for p in form.split(" ")) + r"(?!\w)"
            for m in re.finditer(pattern, text, re.IGNORECASE):
                yield m.span()


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def _finding(shown: str, line: int, column: int, detection: Detection) -> Finding:
    """An identifying detail found at LINE:COLUMN of the file shown as SHOWN, with the words it flagged."""
    return error(
        Span(shown, line, column, detection.end - detection.start), detection.rule, detection.message, detection.text
    )


def _body_finding(version: StoryVersion, detection: Detection, starts: list[int]) -> Finding:
    row = bisect_right(starts, detection.start) - 1
    return _finding(version.shown, version.body_line + row, detection.start - starts[row] + 1, detection)


def _field_finding(version: StoryVersion, text_field: TextField, detection: Detection) -> Finding:
    """Find the detected words in the file, from where the field's value starts."""
    needle = text_field.value[detection.start : detection.end]
    # The same words may come twice in one value ("his son Alfie … and Alfie stays"): skip as many as come first.
    skip = text_field.value.count(needle, 0, detection.start)
    line, column = text_field.pos.line, text_field.pos.column
    for number in range(line, min(line + 40, len(version.lines) + 1)):
        text = version.lines[number - 1]
        found = text.find(needle, column - 1 if number == line else 0)
        while found >= 0 and skip:
            skip -= 1
            found = text.find(needle, found + len(needle))
        if found >= 0:
            return _finding(version.shown, number, found + 1, detection)
    return _finding(version.shown, line, column, detection)


def scan_fields(
    shown: str,
    lines: Sequence[str],
    fields: Sequence[tuple[str, TextField]],
    pseudonyms: Sequence[str],
    allow: Sequence[str],
) -> list[Finding]:
    """Findings for identifying details in free-text YAML values, such as a panel's title and reasons.

    `fields` pairs each value with its language; each find is located in `lines` (the file), from
    where the value starts, so the finding names the real line and column of the words.
    """
    findings = []
    for lang, text_field in fields:
        cursor = (text_field.pos.line, text_field.pos.column)
        for detection in scan_text(text_field.value, lang, pseudonyms=pseudonyms, allow=allow):
            needle = text_field.value[detection.start : detection.end]
            found = _locate(lines, cursor, needle)
            line, column = found or (text_field.pos.line, text_field.pos.column)
            if found is not None:
                cursor = (line, column + 1)
            findings.append(_finding(shown, line, column, detection))
    return findings


def _locate(lines: Sequence[str], start: tuple[int, int], needle: str) -> tuple[int, int] | None:
    """Where `needle` first stands in the file at or after `start` (line and column, 1-based).

    YAML may fold a value over lines, escape a quote as '' or \\" and continue a line with \\,
    so the words are matched with any run of spaces, line breaks or backslashes between them.
    """
    first, column = start
    if not 1 <= first <= len(lines):
        return None
    rows = list(lines[first - 1 : first + 39])
    offset = column - 1
    text = "\n".join(rows)
    parts = [re.escape(part).replace("'", "'{1,2}").replace('"', r'\\?"') for part in needle.split()]
    if not parts:
        return None
    match = re.compile(r"[\s\\]+".join(parts)).search(text, offset)
    if match is None:
        return None
    row = text.count("\n", 0, match.start())
    row_start = text.rfind("\n", 0, match.start()) + 1
    return first + row, match.start() - row_start + 1
