"""Word lists from data/, loaded once at import, with their Welsh mutated forms."""

from __future__ import annotations

from importlib import resources

from storysite.privacy.welsh import mutations, phrase_mutations


def _read(name: str) -> str:
    return resources.files("storysite.privacy").joinpath("data", name).read_text(encoding="utf-8")


def _words(name: str) -> set[str]:
    """Whitespace-separated words of a data file, skipping `#` comments."""
    words: set[str] = set()
    for line in _read(name).splitlines():
        words.update(line.split("#", 1)[0].split())
    return words


def _lines(name: str) -> set[str]:
    """One phrase per line of a data file, skipping `#` comments and blank lines."""
    return {" ".join(line.split("#", 1)[0].split()) for line in _read(name).splitlines()} - {""}


def _sections(name: str, *, lines: bool = False) -> dict[str, set[str]]:
    """Words (or with `lines`, one phrase per line) of a data file under `[section]` headers."""
    out: dict[str, set[str]] = {}
    current = ""
    for line in _read(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        if line and not current:  # an entry before any header would be read by nothing: a slip in the file
            raise ValueError(f"{name}: {line!r} comes before the first [section] header")
        if lines and line:
            out.setdefault(current, set()).add(" ".join(line.split()))
        elif not lines:
            out.setdefault(current, set()).update(line.split())
    return out


def _mutated(words: set[str]) -> set[str]:
    forms: set[str] = set()
    for word in words:
        forms |= mutations(word)
    return forms - words


COMMON = frozenset(_words("common_words.txt"))
# Names from published tables (SOURCES.md): a name that is also an everyday word is under [cued].
_sourced_first, _sourced_surnames = _sections("first_names_sourced.txt"), _sections("surnames_sourced.txt")
_handmade_first = _words("first_names_cy.txt") | _words("first_names_en.txt")
_first = _handmade_first | _sourced_first.get("plain", set())
# A sourced name that is a listed everyday word (Mae, Will) stays an everyday word: never a name.
_sourced_cued = _sourced_first.get("cued", set()) - COMMON
# A first name that is also an everyday word (Beth is Welsh for "what") needs a cue.
AMBIGUOUS = frozenset(_words("ambiguous_names.txt") | _sourced_cued | (_first & COMMON))
FIRST = frozenset(_first - AMBIGUOUS)
# Everyday-word names whose word is Welsh only (Dai, Haf, Wyn): a name with no cue in English text.
_welsh_words = _sections("ambiguous_welsh_words.txt")
WELSH_WORD_NAMES = frozenset(_welsh_words.get("any", set()) | _welsh_words.get("alone", set())) & AMBIGUOUS
# ... of which these are names in English text only as a word on its own (round thirty-six)
WELSH_WORD_NAMES_ALONE = frozenset(_welsh_words.get("alone", set())) & AMBIGUOUS
_handmade_surnames = _words("surnames.txt")
SURNAMES = frozenset(_handmade_surnames | _sourced_surnames.get("plain", set()))

_places = _lines("places.txt")
# A first name that is also a place on its own (Trefor, Barry) is read as a name that needs
# a cue, like Gwen or Haf, rather than as a place that hides it.
_name_places = FIRST & _places
AMBIGUOUS = AMBIGUOUS | _name_places
FIRST = FIRST - _name_places
_places = _places - _name_places
_orgs = _lines("organisations.txt")
# Public figures, characters, titles, brands and schemes: never a person in the story.
_figures, _titles = _sections("public_figures.txt", lines=True), _sections("titles.txt", lines=True)
_decoys = (
    _figures.get("anywhere", set())
    | _titles.get("anywhere", set())
    | _lines("fictional.txt")
    | _lines("schemes.txt")
    | _lines("brands.txt")
)
# Lower-case words that stay inside one capitalised phrase as the scanner reads it (names.CONNECTORS).
_inside = {"y", "yr", "ar", "ap", "ab", "ferch", "de", "van", "von", "der", "le", "la", "du", "of", "upon", "in"}
# "Victoria sponge", "cennin Pedr", "Winnie the Pooh": a name made a thing by lower-case words
# around it, which split the phrase; the name is left alone when those words stand with it.
NAMED_THINGS: dict[str, tuple[tuple[str, str], ...]] = {}
for _thing in sorted(_decoys):
    _words_of = _thing.split()
    _at = next((k for k, w in enumerate(_words_of) if w[:1].islower() and w not in _inside), None)
    if _at is None:
        continue
    _before_words = _words_of[:_at] if _at else []
    if _at == 0:  # "cennin Pedr": the thing's words come first
        _end = next((k for k, w in enumerate(_words_of) if w[:1].isupper()), len(_words_of))
        _key, _pair = " ".join(_words_of[_end:]), (" ".join(_words_of[:_end]), "")
    else:
        _key, _pair = " ".join(_words_of[:_at]), ("", " ".join(_words_of[_at:]))
    if _key and _key[:1].isupper():
        NAMED_THINGS[_key] = (*NAMED_THINGS.get(_key, ()), _pair)
# Public names that many people share (Tom Jones, Myfanwy): left alone only after a media word.
CUED_NOT_PERSON = frozenset(_figures.get("cued", set()) | _titles.get("cued", set()))
# Words that open a public name without being anyone's given name: a title, a band's or a show's first word.
_NOT_GIVEN = frozenset({"Brenhines", "Brenin", "Manic", "Pope", "Super", "JPR"})
# A public figure's first word is a given name, which someone in a story may carry alone ("Robat", from Robat
# Arwyn): never one of the words that make a phrase no one's.
FIGURE_FIRST_WORDS = frozenset(
    w
    for p in _figures.get("anywhere", set()) | _figures.get("cued", set())
    if " " in p
    for w in [p.split()[0]]
    if w.isalpha() and len(w) > 2 and w not in COMMON and w not in _NOT_GIVEN
)
# Titles that are never a person's name, which make a cued one next to them a title too ("Sosban Fach a Myfanwy").
TITLES_ANYWHERE = frozenset(_titles.get("anywhere", set()))
_names = FIRST | AMBIGUOUS | SURNAMES
# Mutated forms of places, but never one that is itself a name (Bath -> Math).
_mutated_places = {m for p in _places for m in phrase_mutations(p)} - _names
_mutated_orgs = {m for p in _orgs for m in phrase_mutations(p)} - _names
# Mutated forms of a decoy ("o Gredyd Cynhwysol"), but none that starts with an everyday word or
# a name ("All" gives "Hall", "Te" gives "The").
_mutated_decoys = {
    m
    for p in _decoys
    if p.split()[0] not in COMMON
    for m in phrase_mutations(p)
    if m.split()[0] not in COMMON and m.split()[0] not in _names
}
# Public figures, characters, titles, brands and schemes, mutated forms included.
DECOYS = frozenset(_decoys | _mutated_decoys)
# Whole capitalised phrases that name a place, organisation, festival or public body.
NOT_PERSON = frozenset(_places | _orgs | _mutated_places | _mutated_orgs | DECOYS)
PLACE_WORDS = frozenset(w for p in _places for w in p.split() if w[:1].isupper()) - _names
PLACES = frozenset(_places | _mutated_places)
# Mountains and hills: read only by the finder of streets walked (round thirty-six), not places elsewhere (a school
# or a farm may be named after one).
HILLS = frozenset(_lines("hills.txt"))
# Services, bodies, plans and courses by their initials ("CAMHS", "PEP", "BTEC"): never a school's initials.
ACRONYMS = frozenset(_words("acronyms.txt"))

# Mutated forms only of the hand-made lists' names: a name from the published tables is seldom
# mutated in Welsh, and its mutated forms would too often be Welsh words (Tre -> Dre).
_SOURCED = (_first - _handmade_first) | _sourced_cued
FIRST_MUTATED = frozenset(_mutated(set(FIRST) - _SOURCED) - COMMON - _handmade_surnames)
AMBIGUOUS_MUTATED = frozenset(_mutated(set(AMBIGUOUS) - _SOURCED) - COMMON - FIRST)
# Mutated forms of names that are also ordinary words (Gwen -> Wen, Mair -> Fair), which
# count as names straight after a Welsh preposition or "a" ("i Fair", "gan Wen", "a Ddai"),
# unless the name is also a place, a month or a saint (i Wynedd, o Fai, Gŵyl Ddewi).
_not_after_trigger = (
    _name_places
    | {w for p in _lines("places.txt") for w in p.split()}
    | {"Mai", "Medi", "Dewi", "Arfon", "Ceredig", "Meirion", "Teifi", "Elan", "Emlyn", "Morgan", "Dyfed", "Gwynedd"}
)
AMBIGUOUS_MUTATED_NAMES = frozenset(
    {m for w in AMBIGUOUS - _SOURCED - _not_after_trigger for m in mutations(w)} - COMMON - FIRST - SURNAMES - PLACES
)
# A name from the published tables, mutated after a Welsh preposition ("wrth Gasia", "i Fartin"),
# needs that preposition just as the mutated everyday-word names do.
AMBIGUOUS_MUTATED_NAMES = AMBIGUOUS_MUTATED_NAMES | frozenset(
    {m for w in FIRST & _SOURCED for m in mutations(w)} - COMMON - FIRST - AMBIGUOUS - SURNAMES - PLACES
)
# Everyday-word names read as names right after a Welsh preposition: not a place, month or saint,
# nor a name from the published tables that is also a word or a country (i Kenya).
NOT_AFTER_TRIGGER = frozenset(_not_after_trigger | _SOURCED)

_streets = _sections("street_types.txt")
STREET_EN = frozenset(_streets.get("en", set()))
STREET_CY = frozenset(_streets.get("cy", set()))
STREET_EN_ALONE = frozenset(_streets.get("en-alone", set()))
STREET_EN_CUED = frozenset(_streets.get("en-cued", set())) - STREET_EN_ALONE
STREET_CY_ALONE = frozenset(_streets.get("cy-alone", set()))
STREET_CY_CUED = frozenset(_streets.get("cy-cued", set()))
_houses = _sections("house_names.txt")
HOUSE_ELEMENTS = frozenset(_houses.get("element", set()))
HOUSE_DWELLINGS = frozenset(_houses.get("dwelling", set()))
HOUSE_TAILS_EN = frozenset(_houses.get("en-tail", set()))
HOUSE_COMPOUND_HEADS = frozenset(_houses.get("compound-head", set()))
HOUSE_COMPOUND_TAILS = frozenset(_houses.get("compound-tail", set()))
HOUSE_WHOLE = frozenset(_houses.get("whole", set()))

MAX_PHRASE = max(len(p.split()) for p in NOT_PERSON)


def _pet_forms() -> dict[str, frozenset[str]]:
    """First name -> what it is called at home (data/pet_forms.txt: "Owen: Now Owi")."""
    table: dict[str, frozenset[str]] = {}
    for line in _lines("pet_forms.txt"):
        name, _, forms = line.partition(":")
        table[name.strip()] = frozenset(forms.split())
    return table


PET_FORMS = _pet_forms()


def a_name_word(word: str) -> bool:
    """Is WORD a first name or a surname the lists know (one that is also an everyday word included)?"""
    return word in FIRST or word in AMBIGUOUS or word in SURNAMES


def whose(name: str) -> bool:
    """Does NAME end in a person's possessive ("That's Nain Peggy's", "Huw Jones's")? Then it is someone's home by
    their name: the name is the detail, not a home's own name."""
    last = name.split()[-1] if name.split() else ""
    owner = last[:-2] if last.endswith(("'s", "’s")) else ""
    return a_name_word(owner)
