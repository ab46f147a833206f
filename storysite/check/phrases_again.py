"""A school, a home or a nickname named once is looked for again in every text of the story.

Practitioners name a school or a home in full once and then by its name alone, or name it in the body with
the words that make it plain (“she goes to Little Owls Day Nursery”) and bare in the title or summary
(“Kai unpacks in Neuadd Tŷ Gwydr”). The words of each school and address the check found are flagged
wherever they come back in the story, Welsh mutated forms of the first word included (“i Goleg Menai”).
So is a nickname given in quotation marks inside a name (“Gary 'Sparky' Thomas”, later “Sparky”), which
the names tracker leaves alone when it is also a word (“sparky”, an electrician).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from storysite.privacy import Detection
from storysite.privacy import detection as detected
from storysite.privacy import lexicon as lx
from storysite.privacy.welsh import phrase_mutations, radicals

RULES = {
    "school": "privacy.school.tracked",
    "address": "privacy.address.tracked",
    "person-name": "privacy.person-name.tracked",
}
# A nickname in quotation marks between a first name and a surname.
_QUOTED = re.compile(r"[ \t]['‘\"“]([A-Z][a-z]+)['’\"”][ \t]")

# The words that say what kind of school a name is: the name without them is how it comes back.
_SCHOOL_HEADS = (
    "Ysgol Gynradd", "Ysgol Uwchradd", "Ysgol Gyfun", "Ysgol Feithrin", "Ysgol Arbennig", "Ysgol", "Coleg",
    "Cylch Meithrin", "Meithrinfa", "Uned", "Canolfan", "Neuadd",
)  # fmt: skip
_SCHOOL_TAILS = (
    "Day Nursery", "Nursery School", "Nursery", "Pre-school", "Preschool", "Playgroup", "Primary School",
    "Infants School", "Junior School", "Comprehensive School", "High School", "Community School", "School",
    "Primary", "Infants", "Juniors", "Comprehensive", "High", "Academy", "College", "Sixth Form", "Unit",
)  # fmt: skip


# ... and the words that say a home is a care home (round forty-two): "Cartref Gofal Bryn Meillion" comes back as
# "Bryn Meillion".
_HOME_HEADS = ("Cartref Gofal", "Cartref Nyrsio", "Cartref Preswyl", "Cartref Plant")
_HOME_TAILS = (" Care Home", " Nursing Home", " Residential Home")


@lru_cache(maxsize=1)
def _home_heads() -> tuple[str, ...]:
    """The Welsh words for a care home and their mutated forms ("i Gartref Gofal Glan Menai"), longest first."""
    return tuple(
        sorted({form for head in _HOME_HEADS for form in (head, *phrase_mutations(head))}, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    """The Welsh kind words and their mutated forms ("i Goleg Menai", "yng Nghylch Meithrin Bryn"), longest first."""
    return tuple(
        sorted({form for head in _SCHOOL_HEADS for form in (head, *phrase_mutations(head))}, key=len, reverse=True)
    )


# "14 Heol y Nant", "Flat 6, Llys Tegwared", "Fflat 6, Llys Tegwared": the number a home's name comes after
_NUMBER = re.compile(r"(?:[Ff]f?lat|[Rr]hif|[Nn]o\.?|[Uu]nit|[Uu]ned)?[ \t]*\d+[A-Za-z]?[ \t]*,?[ \t]*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# A one-word name found on its own, its article aside: a school's base or nickname ("yr Hafan", "the Nyth").
_ARTICLE = re.compile(r"(?:[Yy]|[Yy]r|[Tt]he)[ \t]+")
_ONE_NAME = re.compile(r"[A-ZÂÊÎÔÛŴŶ][a-zâêîôûŵŷ'’-]{2,}")

# A home's description after its name (places.homes_placed_after_name): "Gwêl-y-Don, the bungalow past the chapel".
_APPOSITION = re.compile(r"[ \t]*(?:,|[–—])[ \t]*(?=(?:y|yr|the|a|an)[ \t])")


def phrases_in(text: str, detections: Iterable[Detection]) -> dict[str, str]:
    """The names of the schools and homes among DETECTIONS, as they could come back on their own (-> category)."""
    out: dict[str, str] = {}
    for d in detections:
        if d.category == "person-name":
            out.update((m.group(1), d.category) for m in _QUOTED.finditer(text, d.start, d.end))
            continue
        if d.category not in RULES:
            continue
        words = " ".join(text[d.start : d.end].split())
        forms = {words}
        if d.category == "school":
            forms.add(_core(words))
            bare = _ARTICLE.sub("", words, count=1)
            forms.add(bare)  # "the Tŷ C", later "the Tŷ C" again
            if _ONE_NAME.fullmatch(bare) and bare not in lx.PLACES:
                out[bare] = d.category  # a school found as its one-word name, "yr Hafan", "the Nyth": so it comes back
        else:
            name = _APPOSITION.split(words, maxsplit=1)[0]  # "Gwêl-y-Don, the bungalow past the chapel"
            forms.add(name)
            forms.add(_home_core(name))
            if number := _NUMBER.match(name):
                forms.add(name[number.end() :])  # "14 Heol y Nant", later "Heol y Nant"
        out.update((form, d.category) for form in forms if _worth_tracking(form, d.category))
    return out


def _home_core(name: str) -> str:
    """A care home's name without the words for its kind ("Gartref Gofal Glan Menai" -> "Glan Menai")."""
    for head in _home_heads():
        if name.startswith(head + " "):
            return name[len(head) + 1 :]
    for tail in _HOME_TAILS:
        if name.endswith(tail):
            return name[: -len(tail)]
    return name


def _core(name: str) -> str:
    """A school's name without the words for its kind ("Little Owls Day Nursery" -> "Little Owls")."""
    for head in _heads():
        if name.startswith(head + " "):
            name = name[len(head) + 1 :]
            break
    for tail in _SCHOOL_TAILS:
        if name.endswith(" " + tail):
            name = name[: -len(tail) - 1]
            break
    return name


def _worth_tracking(phrase: str, category: str) -> bool:
    """A proper name of two capitalised words or more that is not a town's: one word alone is too often the
    village a school or farm is named for ("Ysgol Llanfynydd", then "shops in Llanfynydd"); but a home's name
    of one hyphened word the check found as a home is the home's ("Benlan-fach")."""
    words = _WORD.findall(phrase)
    if not phrase[:1].isupper() or any(c.isdigit() for c in phrase) or phrase in lx.PLACES:
        return False
    if category == "address" and len(words) == 1 and "-" in phrase and len(phrase) >= 7:
        return True
    return sum(w[:1].isupper() for w in words) >= 2


class PlaceTracker:
    """Finds the names of schools and homes already found, as whole words, mutated forms included."""

    def __init__(self, phrases: dict[str, str]) -> None:
        forms: dict[str, str] = {}  # form -> category
        for phrase, category in phrases.items():
            forms.setdefault(phrase, category)
            if category == "person-name":
                continue  # a nickname is said as it is
            for form in phrase_mutations(phrase):
                forms.setdefault(form, category)
            # "ym Mryn Sylfaen" found, then "Bryn Sylfaen" and "i Fryn Sylfaen": the radical and its mutations
            first, _, rest = phrase.partition(" ")
            for radical in radicals(first) - {first}:
                base = f"{radical} {rest}" if rest else radical
                forms.setdefault(base, category)
                for form in phrase_mutations(base):
                    forms.setdefault(form, category)
        self.forms = forms
        ordered = sorted(forms, key=len, reverse=True)
        body = "|".join(r"\s+".join(map(re.escape, form.split(" "))) for form in ordered)
        self.pattern = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w-])")
        self.mutated = frozenset(forms) - frozenset(phrases)

    def find(
        self, text: str, lang: str, known: Sequence[Detection], allowed: Sequence[tuple[int, int]]
    ) -> list[Detection]:
        """Every mention in TEXT not inside a KNOWN detection or an ALLOWED span."""
        out: list[Detection] = []
        for m in self.pattern.finditer(text):
            s, e = m.span()
            if any(d.start < e and s < d.end for d in known):
                continue
            form = " ".join(m.group().split())
            if form in self.mutated and lang != "cy":
                continue  # a mutated form in English prose is another word
            if any(a < e and s < b for a, b in allowed):
                continue
            category = self.forms[form]
            out.append(detected(text, s, e, category, RULES[category]))
        return out

    def regrade(self, text: str, known: Sequence[Detection]) -> list[Detection]:
        """KNOWN, with a home read on exactly the words of a school found elsewhere in the story made that school
        (round forty-two): "Ysgol Gyfun Maes Tywi" in the summary, "at Maes Tywi" in the body."""
        out = []
        for d in known:
            form = " ".join(text[d.start : d.end].split()) if d.category == "address" else ""
            words = form.split()
            street = bool(words) and (words[0] in _STREET_HEADS or words[-1] in _STREET_TAILS)
            if form and not street and self.forms.get(form) == "school":  # "Cylch Meithrin Lôn Las" keeps its lane
                d = detected(text, d.start, d.end, "school", RULES["school"])
            out.append(d)
        return out


# A street's words: a school named after its street leaves the street a street.
_STREET_HEADS = frozenset("Lôn Lon Heol Stryd Stryt Ffordd Rhodfa Teras Cilgant Clos".split())  # noqa: SIM905
_STREET_TAILS = frozenset("Road Street Lane Avenue Terrace Close Crescent Drive Way Row Hill".split())  # noqa: SIM905


def merge(places: dict[str, str], more: dict[str, str]) -> None:
    """Add MORE to PLACES; a name found as a school anywhere in the story stays a school."""
    for phrase, category in more.items():
        if places.get(phrase) != "school":
            places[phrase] = category


def tracker(phrases: dict[str, str]) -> PlaceTracker | None:
    """A PlaceTracker for PHRASES (phrase -> category), or None when there are none."""
    return PlaceTracker(phrases) if phrases else None
