"""Welsh initial mutations, so that a mutated name or place is still recognised."""

from __future__ import annotations

from collections.abc import Iterable

# Consonant clusters that never mutate at the start of a word.
_STABLE = ("Ch", "Ph", "Th", "Ff", "Dd", "Ng")

_SOFT = {"P": "B", "T": "D", "C": "G", "B": "F", "D": "Dd", "G": "", "M": "F", "Ll": "L", "Rh": "R"}
_NASAL = {"P": "Mh", "T": "Nh", "C": "Ngh", "B": "M", "D": "N", "G": "Ng"}
_ASPIRATE = {"P": "Ph", "T": "Th", "C": "Ch"}

# Words after which a following word is often mutated; used to accept a mutated form of a
# name in English text that quotes Welsh ("she went i Gaerdydd").
TRIGGERS = frozenset(
    """
        a â ac ag am ar at dan dros drwy trwy gan heb hyd i o wrth gyda efo tua na ni ei eu ein
        fy dy yn ym yng mor pa pan mai dau dwy un y yr 'r 'i 'w 'n
    """.split()  # noqa: SIM905
)


def _head(word: str) -> str:
    for head in ("Ll", "Rh") + _STABLE:
        if word.startswith(head):
            return head
    return word[:1]


def _apply(word: str, table: dict[str, str]) -> str | None:
    head = _head(word)
    if head in _STABLE or head not in table:
        return None
    rest = word[len(head) :]
    new = table[head]
    if not new:
        # Soft mutation drops G: Gwen -> Wen, Gareth -> Areth.
        return rest[:1].upper() + rest[1:] if rest else None
    return new + rest


def mutations(word: str) -> set[str]:
    """Every mutated form of a capitalised WORD (soft, nasal, aspirate, h- before a vowel)."""
    forms: set[str] = set()
    for table in (_SOFT, _NASAL, _ASPIRATE):
        form = _apply(word, table)
        if form and form != word:
            forms.add(form)
    if word[:1] in "AEIOUWYÂÊÎÔÛŴŶ":
        forms.add("H" + word[:1].lower() + word[1:])
    return forms


# Each mutated head and the radicals it can stand for, read back from the tables above (F is B or M).
_RADICALS: dict[str, tuple[str, ...]] = {}
for _table in (_SOFT, _NASAL, _ASPIRATE):
    for _radical, _mutated in _table.items():
        if _mutated:
            _RADICALS[_mutated] = (*_RADICALS.get(_mutated, ()), _radical)
_MUTATED_HEADS = sorted(_RADICALS, key=len, reverse=True)  # "Ngh" before "Ng" before "N"


def radicals(word: str) -> set[str]:
    """WORD and every form it could be a mutation of ("Benlan" -> "Penlan", "Aber" -> "Gaber" too)."""
    forms = {word, "G" + word[:1].lower() + word[1:]} if word[:1] in "AEIOUWYÂÊÎÔÛŴŶ" else {word}
    for head in _MUTATED_HEADS:
        if word.startswith(head) and len(word) > len(head) and word[len(head)].islower():
            forms |= {radical + word[len(head) :] for radical in _RADICALS[head]}
            break
    return forms


def phrase_mutations(phrase: str) -> set[str]:
    """Mutated forms of a phrase: only its first word mutates."""
    first, sep, rest = phrase.partition(" ")
    return {form + sep + rest for form in mutations(first)}


def lower_mutations(word: str) -> set[str]:
    """Mutated forms of a lower-case Welsh word, lower-cased (mab -> fab, tad -> dad, nhad)."""
    forms = {f.lower() for f in mutations(word[:1].upper() + word[1:])}
    return forms | {word}


def with_mutations(words: Iterable[str]) -> set[str]:
    """Lower-case WORDS together with every mutated form of each."""
    out: set[str] = set()
    for word in words:
        out |= lower_mutations(word)
    return out
