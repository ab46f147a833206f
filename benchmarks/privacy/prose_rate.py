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

from storysite.privacy import scan_text  # noqa: E402

DEFAULT_CONLLU = "/work/shared/corpora/ud-welsh-ccg/cy_ccg-ud-train.conllu"
DEFAULT_ENGLISH = "/work/shared/seeds/*.txt"
PERSON_XPOS = {"person"}
# The file also tags some people's names `place` or `noun`. A proper noun whose form is tagged
# `person` anywhere in the file counts as a person; these few others were read in context
# (pupils and a daughter named in news items) and are people too.
T = TypeVar("T")
READ_AS_PEOPLE = {"Guto", "Meilyr", "Lisa", "Jasmine", "Jac"}


def conllu_sentences(path: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each sentence's text and the character spans of its words that name people."""
    raw = path.read_text(encoding="utf-8")
    people = set(READ_AS_PEOPLE)
    for line in raw.splitlines():
        cols = line.split("\t")
        if len(cols) > 4 and cols[3] == "PROPN" and cols[4] in PERSON_XPOS:
            people.add(cols[1])
    out: list[tuple[str, list[tuple[int, int]]]] = []
    text: str | None = None
    forms: list[tuple[str, bool]] = []
    skip_until = 0
    for line in raw.splitlines() + [""]:
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif not line.strip():
            if text is not None:
                out.append((text, _person_spans(text, forms)))
            text, forms, skip_until = None, [], 0
        elif not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) < 5:
                continue
            ident = cols[0]
            if "-" in ident:
                # A multi-word token ("Roedd" = "Ro" + "edd"): its surface form is in the text.
                a, b = ident.split("-")
                skip_until = int(b)
                forms.append((cols[1], False))
            elif "." in ident:
                continue
            elif int(ident) <= skip_until:
                if cols[3] in ("PROPN", "NOUN") and cols[1] in people and forms:
                    forms[-1] = (forms[-1][0], True)
            else:
                forms.append((cols[1], cols[3] in ("PROPN", "NOUN") and cols[1] in people))
    return out


BLOCK = 50  # sentences per block of the tune/check split: neighbouring sentences share a topic


def part_of(docs: list[T], part: str) -> list[T]:
    """The 'tune' half (even blocks of sentences), the 'check' half (odd blocks) or all of them."""
    if part == "all":
        return docs
    want = 0 if part == "tune" else 1
    return [d for i, d in enumerate(docs) if (i // BLOCK) % 2 == want]


def _person_spans(text: str, forms: list[tuple[str, bool]]) -> list[tuple[int, int]]:
    spans = []
    cursor = 0
    for form, person in forms:
        at = text.find(form, cursor)
        if at < 0:
            continue
        cursor = at + len(form)
        if person:
            spans.append((at, cursor))
    return spans


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalpha() for c in w))


def measure(docs: list[tuple[str, list[tuple[int, int]]]], lang: str) -> tuple[int, int, int, Counter[str]]:
    """Words, false alarms, true name finds and the flagged words most often wrong."""
    words = false = true = 0
    top: Counter[str] = Counter()
    for text, names in docs:
        words += _words(text)
        for d in scan_text(text, lang):
            if d.category == "person-name" and any(d.start < e and s < d.end for s, e in names):
                true += 1
                continue
            false += 1
            top[f"{d.category}: {text[d.start : d.end]}"] += 1
    return words, false, true, top


def main() -> None:
    parser = argparse.ArgumentParser(description="False alarms per 1,000 words on clean real prose.")
    parser.add_argument("--conllu", default=DEFAULT_CONLLU, help="a CoNLL-U file of Welsh sentences")
    parser.add_argument("--english", nargs="*", default=None, help="English text files (default: the seeds)")
    parser.add_argument("--top", type=int, default=25, help="how many top false-alarm words to list")
    parser.add_argument(
        "--part",
        choices=("all", "tune", "check"),
        default="all",
        help="Welsh sentences in blocks of 50: even blocks are 'tune', odd blocks 'check' (never tuned on)",
    )
    args = parser.parse_args()

    english_files = args.english if args.english is not None else sorted(glob.glob(DEFAULT_ENGLISH))
    runs: list[tuple[str, list[tuple[str, list[tuple[int, int]]]]]] = []
    conllu = Path(args.conllu)
    if conllu.is_file():
        runs.append(("cy", part_of(conllu_sentences(conllu), args.part)))
    else:
        print(f"no Welsh corpus at {conllu}", file=sys.stderr)
    english: list[tuple[str, list[tuple[int, int]]]] = []
    for name in english_files:
        english.extend((line, []) for line in Path(name).read_text(encoding="utf-8").splitlines() if line.strip())
    if english:
        runs.append(("en", english))
    for lang, docs in runs:
        words, false, true, top = measure(docs, lang)
        rate = 1000 * false / words if words else 0.0
        names = sum(n for w, n in top.items() if w.startswith("person-name:"))
        print(f"{lang}: {len(docs)} texts, {words} words, {false} false alarms = {rate:.2f} per 1,000 words ")
        print(f"    of which person-name: {names} = {1000 * names / words if words else 0:.2f} per 1,000 words")
        if lang == "cy":
            print(f"    (person-name finds on words tagged as people, not counted: {true})")
        for word, count in top.most_common(args.top):
            print(f"    {count:4d}  {word}")


if __name__ == "__main__":
    main()
