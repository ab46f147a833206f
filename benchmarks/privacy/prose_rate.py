"""False alarms of the identifying-details check on clean real prose, per 1,000 words.

    python benchmarks/privacy/prose_rate.py
    python benchmarks/privacy/prose_rate.py --conllu path/to/cy_ccg-ud-train.conllu --english path/to/*.txt

Welsh: the `# text =` sentences of a CoNLL-U file (UD Welsh-CCG). Its words tagged PROPN with
XPOS `person` are real names (public figures, as Wikipedia names them), so a person-name
detection that overlaps one is a true find, not a false alarm. Every other detection is a
false alarm. English: guidance text, one document per file, scanned line by line; it has no
labels, so every detection counts (the top words show what they are).
Prints false alarms per 1,000 words per language (target: at most 0.3) and the words most
often flagged. A benchmark, not a test: it needs the corpora, which are not in the repository.
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections import Counter
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from storysite.privacy import Detection, scan_text  # noqa: E402

DEFAULT_CONLLU = "/work/shared/corpora/ud-welsh-ccg/cy_ccg-ud-train.conllu"
DEFAULT_ENGLISH = "/work/shared/seeds/*.txt"
PERSON_XPOS = {"person"}
# The file also tags some people's names `place` or `noun`. A proper noun whose form is tagged
# `person` anywhere in the file counts as a person; these few others were read in context
# (pupils and a daughter named in news items) and are people too.
T = TypeVar("T")
READ_AS_PEOPLE = {"Guto", "Meilyr", "Lisa", "Jasmine", "Jac"}


Span = tuple[int, int]
# A sentence's text, the spans of its words that name people, and the spans of all its proper nouns.
Doc = tuple[str, list[Span], list[Span]]


def conllu_sentences(path: Path) -> list[Doc]:
    """Each sentence's text, the character spans of its words that name people, and of its proper nouns."""
    raw = path.read_text(encoding="utf-8")
    people = set(READ_AS_PEOPLE)
    for line in raw.splitlines():
        cols = line.split("\t")
        if len(cols) > 4 and cols[3] == "PROPN" and cols[4] in PERSON_XPOS:
            people.add(cols[1])
    out: list[Doc] = []
    text: str | None = None
    forms: list[tuple[str, bool, bool]] = []  # surface form, names a person, is a proper noun
    skip_until = 0
    for line in raw.splitlines() + [""]:
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif not line.strip():
            if text is not None:
                out.append((text, *_spans(text, forms)))
            text, forms, skip_until = None, [], 0
        elif not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) < 5:
                continue
            ident = cols[0]
            person = cols[3] in ("PROPN", "NOUN") and cols[1] in people
            if "-" in ident:
                # A multi-word token ("Roedd" = "Ro" + "edd"): its surface form is in the text.
                a, b = ident.split("-")
                skip_until = int(b)
                forms.append((cols[1], False, False))
            elif "." in ident:
                continue
            elif int(ident) <= skip_until:
                if forms and (person or cols[3] == "PROPN"):
                    form, was_person, was_proper = forms[-1]
                    forms[-1] = (form, was_person or person, was_proper or cols[3] == "PROPN")
            else:
                forms.append((cols[1], person, cols[3] == "PROPN"))
    return out


BLOCK = 50  # sentences per block of the tune/check split: neighbouring sentences share a topic


def part_of(docs: list[T], part: str) -> list[T]:
    """The 'tune' half (even blocks of sentences), the 'check' half (odd blocks) or all of them."""
    if part == "all":
        return docs
    want = 0 if part == "tune" else 1
    return [d for i, d in enumerate(docs) if (i // BLOCK) % 2 == want]


def _spans(text: str, forms: list[tuple[str, bool, bool]]) -> tuple[list[Span], list[Span]]:
    """Where in TEXT the words naming people, and the proper nouns, stand."""
    people, proper = [], []
    cursor = 0
    for form, person, propn in forms:
        at = text.find(form, cursor)
        if at < 0:
            continue
        cursor = at + len(form)
        if person:
            people.append((at, cursor))
        if propn:
            proper.append((at, cursor))
    return people, proper


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalpha() for c in w))


# A named school or street in the corpus is a true find of its category, as a named person is: the
# check flags every named school and every street named with a thoroughfare word, by design, since
# in a story either one places a child or a home. Only these two plain shapes are counted so: a
# school word or a thoroughfare word, with a word the corpus tags as a proper noun.
SCHOOL_WORDS = frozenset({"Ysgol", "Coleg", "Goleg", "Ngholeg", "Choleg", "School", "College", "Academy"})
STREET_WORDS = frozenset({"Street", "Road", "Avenue", "Lane", "Heol", "Stryd", "Ffordd", "Lôn", "Teras", "Terrace"})


def true_kind(d: Detection, people: list[Span], proper: list[Span]) -> str | None:
    """Why a detection is a true find (a person, a named school or street), or None for a false alarm."""

    def overlaps(spans: list[Span]) -> bool:
        return any(d.start < e and s < d.end for s, e in spans)

    words = set(d.text.split())
    if d.category == "person-name" and overlaps(people):
        return "person"
    if d.category == "school" and words & SCHOOL_WORDS and overlaps(proper):
        return "named school"
    if d.category == "address" and words & STREET_WORDS and overlaps(proper):
        return "named street"
    return None


def measure(docs: list[Doc], lang: str) -> tuple[int, Counter[str], Counter[str], Counter[str]]:
    """Words, false alarms by category, true finds by kind, and the flagged words."""
    words = 0
    false: Counter[str] = Counter()
    true: Counter[str] = Counter()
    top: Counter[str] = Counter()
    for text, people, proper in docs:
        words += _words(text)
        for d in scan_text(text, lang):
            kind = true_kind(d, people, proper)
            if kind:
                true[kind] += 1
                if kind != "person":
                    top[f"({kind}) {d.category}: {d.text}"] += 1
                continue
            false[d.category] += 1
            top[f"{d.category}: {d.text}"] += 1
    return words, false, true, top


def _rate(n: int, words: int) -> str:
    return f"{1000 * n / words if words else 0.0:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description="False alarms per 1,000 words on clean real prose.")
    parser.add_argument("--conllu", default=DEFAULT_CONLLU, help="a CoNLL-U file of Welsh sentences")
    parser.add_argument("--english", nargs="*", default=None, help="English text files (default: the seeds)")
    parser.add_argument("--top", type=int, default=25, help="how many top flagged words to list")
    parser.add_argument(
        "--part",
        choices=("all", "tune", "check"),
        default="all",
        help="Welsh sentences in blocks of 50: even blocks are 'tune', odd blocks 'check' (never tuned on)",
    )
    args = parser.parse_args()

    english_files = args.english if args.english is not None else sorted(glob.glob(DEFAULT_ENGLISH))
    runs: list[tuple[str, list[Doc]]] = []
    conllu = Path(args.conllu)
    if conllu.is_file():
        runs.append(("cy", part_of(conllu_sentences(conllu), args.part)))
    else:
        print(f"no Welsh corpus at {conllu}", file=sys.stderr)
    english: list[Doc] = []
    for name in english_files:
        text = Path(name).read_text(encoding="utf-8")
        english.extend((line, [], []) for line in text.splitlines() if line.strip())
    if english:
        runs.append(("en", english))
    for lang, docs in runs:
        words, false, true, top = measure(docs, lang)
        named = true["named school"] + true["named street"]
        total = sum(false.values())
        print(f"{lang}: {len(docs)} texts, {words} words, {total} false alarms = {_rate(total, words)} per 1,000 words")
        for category, n in sorted(false.items()):
            print(f"    {category:14} {n:4d} = {_rate(n, words)} per 1,000 words")
        if named:
            print(
                f"    counting the {named} named schools and streets as false alarms too: {total + named}"
                f" = {_rate(total + named, words)} per 1,000 words"
            )
        if lang == "cy":
            print(f"    (true finds, not counted: {', '.join(f'{k} {n}' for k, n in sorted(true.items()))})")
        for word, count in top.most_common(args.top):
            print(f"    {count:4d}  {word}")


if __name__ == "__main__":
    main()
