"""Generate labelled synthetic stories for the privacy benchmark.

    python benchmarks/privacy/generate.py --seed 1 --split dev --stories 300 > dev.jsonl

Each line is one sample: {"text", "lang", "spans": [[start, end, category], ...],
"pseudonyms": [...], "allow": [...]}. The `dev` and `heldout` splits use disjoint halves of
the templates, names, streets, schools and decoys (see templates.py and vocab.py).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates as T  # noqa: E402
import vocab as V  # noqa: E402

SLOT = re.compile(r"\{([A-Za-z0-9_]+)(?:\|([a-z_]+))?\}")
LABELS = {
    "NAME": "person-name",
    "NAME2": "person-name",
    "FULL": "person-name",
    "TITLED": "person-name",
    "AMB": "person-name",
    "ADDR": "address",
    "POSTCODE": "postcode",
    "PHONE": "phone",
    "EMAIL": "email",
    "NHS": "nhs-number",
    "NI": "ni-number",
    "DOB": "date-of-birth",
    "DOBMY": "date-of-birth",
    "SCHOOL": "school",
    "UPN": "other-id",
    "ULN": "other-id",
    "LICENCE": "other-id",
    "PASSPORT": "other-id",
    "REF": "other-id",
}


@dataclass
class Sample:
    text: str
    lang: str
    spans: list[tuple[int, int, str]]
    pseudonyms: list[str] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)


# --- Welsh mutations (the generator's own, independent of the detector's) -----------------

SOFT = {"P": "B", "T": "D", "C": "G", "B": "F", "D": "Dd", "G": "", "M": "F", "Ll": "L", "Rh": "R"}
NASAL = {"P": "Mh", "T": "Nh", "C": "Ngh", "B": "M", "D": "N", "G": "Ng"}
ASP = {"P": "Ph", "T": "Th", "C": "Ch"}


def mutate(word: str, kind: str) -> str:
    """Apply a Welsh initial mutation to a capitalised word."""
    table = {"soft": SOFT, "nasal": NASAL, "asp": ASP}.get(kind)
    if not table or not word:
        return word
    for head in ("Ch", "Ph", "Th", "Ff", "Dd", "Ng"):
        if word.startswith(head):
            return word
    for head in ("Ll", "Rh"):
        if word.startswith(head):
            return table.get(head, head) + word[2:] if head in table else word
    head = word[0]
    if head not in table:
        return word
    rest = word[1:]
    new = table[head]
    if new == "":
        return rest[:1].upper() + rest[1:]
    return new + rest


def mutate_phrase(phrase: str, kind: str) -> str:
    first, _, rest = phrase.partition(" ")
    return mutate(first, kind) + (" " + rest if rest else "")


# --- fillers for slots ----------------------------------------------------------------------


class Filler:
    """Produce slot values for one split."""

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng = rng
        self.split = split
        self.first = V.split_half(V.WELSH_FIRST, split) + V.split_half(V.ENGLISH_FIRST, split)
        self.first_cy = V.split_half(V.WELSH_FIRST, split)
        self.word_names = V.split_half(V.WORD_NAMES, split)
        self.surnames = V.split_half(V.SURNAMES, split)
        self.streets_cy = V.split_half(V.STREETS_CY, split)
        self.street_words = V.split_half(V.STREET_WORDS_EN, split)
        self.schools = {"cy": V.split_half(V.SCHOOLS_CY, split), "en": V.split_half(V.SCHOOLS_EN, split)}
        self.taken: set[str] = set()

    def pick(self, items: Sequence[str]) -> str:
        return self.rng.choice(items)

    def first_name(self, lang: str) -> str:
        pool = self.first_cy if lang == "cy" and self.rng.random() < 0.6 else self.first
        for _ in range(20):
            name = self.pick(pool)
            if name not in self.taken:
                return name
        return name

    def full(self, lang: str) -> str:
        name = self.first_name(lang)
        r = self.rng.random()
        if r < 0.08:
            return f"{name} ap {self.pick(self.first_cy)}"
        if r < 0.15:
            return f"{name} {self.pick(self.surnames)}-{self.pick(self.surnames)}"
        return f"{name} {self.pick(self.surnames)}"

    def titled(self, lang: str) -> str:
        sur = self.pick(self.surnames)
        if lang == "cy":
            title = self.pick(["Mr", "Mrs", "Miss", "Dr", "Parch.", "Y Parchedig", "Yr Athro", "Ms", "Dr."])
        else:
            title = self.pick(["Mr", "Mrs", "Miss", "Ms", "Dr", "Dr.", "Mr.", "Mrs.", "Rev.", "Professor"])
        if title in ("Y Parchedig", "Yr Athro", "Parch.", "Professor", "Rev.") or self.rng.random() < 0.35:
            return f"{title} {self.first_name(lang)} {sur}"
        if self.rng.random() < 0.15:
            return f"{title} {self.first_name(lang)[0]}. {sur}"
        return f"{title} {sur}"

    def address(self, lang: str) -> str:
        n = self.rng.randint(1, 140)
        n2 = self.rng.randint(1, 40)
        r = self.rng.random()
        if lang == "cy":
            street = self.pick(self.streets_cy)
            if r < 0.55:
                return f"{n} {street}"
            if r < 0.8:
                return f"Fflat {n2}, {n} {street}"
            if r < 0.9:
                return f"{n}{self.pick('ab')} {street}"
            return f"Fflat {n2}"
        street = f"{self.pick(self.street_words)} {self.pick(V.STREET_TYPES_EN)}"
        if r < 0.55:
            return f"{n} {street}"
        if r < 0.8:
            return f"Flat {n2}, {n} {street}"
        if r < 0.9:
            return f"{n}{self.pick('ab')} {street}"
        return f"Flat {n2}{self.pick(['', 'a', 'b'])}, {self.pick(self.street_words)} Court"

    def postcode(self) -> str:
        r = self.rng.random()
        if r < 0.03:
            return "GIR 0AA"
        if r < 0.06:
            return f"BFPO {self.rng.randint(1, 999)}"
        areas = ["CF", "SA", "LL", "NP", "SY", "LD", "CH", "HR", "B", "M", "L", "G", "E", "N", "W", "BS", "EC"]
        area = self.pick(areas)
        inward_letters = "ABDEFGHJLNPQRSTUWXYZ"
        shape = self.rng.random()
        if shape < 0.7:
            outward = f"{area}{self.rng.randint(1, 48 if len(area) == 2 else 9)}"
        elif len(area) == 1:
            outward = f"{area}{self.rng.randint(1, 9)}{self.pick('ABCDEFGHJKPSTUW')}"
        else:
            outward = f"{area}{self.rng.randint(1, 9)}{self.pick('ABEHMNPRVWXY')}"
        inward = f"{self.rng.randint(0, 9)}{self.pick(inward_letters)}{self.pick(inward_letters)}"
        sep = " " if self.rng.random() < 0.85 else ""
        return outward + sep + inward

    def phone(self) -> str:
        rng = self.rng
        d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
        shapes = [
            lambda: f"029 20{d(2)} {d(4)}",
            lambda: f"01632 960{d(3)}",
            lambda: f"01632 960 {d(3)}",
            lambda: f"07700 900{d(3)}",
            lambda: f"07700 900 {d(3)}",
            lambda: f"+44 7700 900{d(3)}",
            lambda: f"+44 (0)29 20{d(2)} {d(4)}",
            lambda: f"(01970) 6{d(5)}",
            lambda: f"01248 3{d(5)}",
            lambda: f"017926{d(5)}",
            lambda: f"07{rng.choice(['7', '8', '9'])}{d(2)} {d(6)}",
            lambda: f"020 7946 0{d(3)}",
            lambda: f"0113 496 0{d(3)}",
            lambda: f"+447{rng.choice(['7', '8', '9'])}{d(8)}",
            lambda: f"01267 23{d(4)}",
            lambda: f"07{rng.choice(['4', '5', '7', '8', '9'])}{d(2)}-{d(3)}-{d(3)}",
        ]
        return rng.choice(shapes)()

    def email(self) -> str:
        first = self.first_name("en").lower()
        sur = self.pick(self.surnames).lower().replace("'", "")
        local = self.pick([f"{first}.{sur}", f"{first}{self.rng.randint(1, 99)}", f"{first[0]}{sur}", f"{first}_{sur}"])
        return f"{local}@{self.pick(V.EMAIL_DOMAINS)}"

    def nhs(self) -> str:
        while True:
            digits = [self.rng.randint(0, 9) for _ in range(9)]
            digits[0] = self.rng.choice([4, 6, 7])
            total = sum(dig * (10 - i) for i, dig in enumerate(digits))
            check = 11 - total % 11
            if check == 11:
                check = 0
            if check != 10:
                break
        s = "".join(map(str, digits)) + str(check)
        r = self.rng.random()
        if r < 0.6:
            return f"{s[:3]} {s[3:6]} {s[6:]}"
        if r < 0.8:
            return s
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"

    def ni(self) -> str:
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            prefix = self.pick(list(first)) + self.pick(list(second))
            if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
                break
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(6))
        suffix = self.pick(list("ABCD"))
        if self.rng.random() < 0.5:
            return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
        return f"{prefix}{digits}{suffix}"

    def date_parts(self, birth: bool) -> tuple[int, int, int]:
        year = self.rng.randint(1930, 2015) if birth else self.rng.randint(2018, 2026)
        return self.rng.randint(1, 28), self.rng.randint(1, 12), year

    def date(self, lang: str, birth: bool) -> str:
        day, month, year = self.date_parts(birth)
        r = self.rng.random()
        if r < 0.25:
            return self.pick(
                [
                    f"{day:02d}/{month:02d}/{year}",
                    f"{day}/{month}/{year % 100:02d}",
                    f"{day:02d}.{month:02d}.{year}",
                    f"{year}-{month:02d}-{day:02d}",
                    f"{day}-{month}-{year}",
                ]
            )
        if lang == "cy":
            name = V.WELSH_MONTHS[month - 1]
            suffix = self.pick(["", "", welsh_ordinal(day)[len(str(day)) :]])
            if self.rng.random() < 0.35:
                return (
                    f"{self.pick(['', 'y '])}{day}{welsh_ordinal(day)[len(str(day)) :]} o {mutate(name, 'soft')} {year}"
                )
            return f"{day}{suffix} {name} {year}"
        name = V.ENGLISH_MONTHS[month - 1]
        ordinal = english_ordinal(day)
        return self.pick(
            [
                f"{day} {name} {year}",
                f"{ordinal} {name} {year}",
                f"{name} {day}, {year}",
                f"the {ordinal} of {name} {year}",
                f"{ordinal} {name}, {year}",
            ]
        )

    def month_year(self, lang: str) -> str:
        _, month, year = self.date_parts(True)
        if lang == "cy":
            return f"{V.WELSH_MONTHS[month - 1]} {year}"
        return f"{V.ENGLISH_MONTHS[month - 1]} {year}"

    def upn(self) -> str:
        la = self.rng.choice(
            [
                660,
                661,
                662,
                663,
                664,
                665,
                666,
                667,
                668,
                669,
                670,
                671,
                672,
                673,
                674,
                675,
                676,
                677,
                678,
                679,
                680,
                681,
            ]
        )
        body = f"{la}{self.rng.randint(1000, 6999)}{self.rng.randint(5, 24):02d}{self.rng.randint(1, 999):03d}"
        return upn_check_letter(body) + body

    def uln(self) -> str:
        return str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(9))

    def licence(self) -> str:
        sur = re.sub(r"[^A-Z]", "", self.pick(self.surnames).upper())[:5].ljust(5, "9")
        day, month, year = self.date_parts(True)
        if self.rng.random() < 0.5:
            month += 50
        first = self.first_name("en")[0].upper()
        middle = self.rng.choice(["9", self.pick(list("ABCDEFGHJKLMNPRSTW"))])
        letters = list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        tail = f"{self.rng.randint(0, 9)}{self.pick(letters)}{self.pick(letters)}"
        s = f"{sur}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{first}{middle}{tail}"
        if self.rng.random() < 0.3:
            return f"{s[:5]} {s[5:11]} {s[11:]}"
        return s

    def passport(self) -> str:
        return str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(8))

    def ref(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"CS/{rng.randint(2015, 2026)}/{rng.randint(1, 9999):04d}",
                f"{rng.randint(10000, 999999)}",
                f"ABC-{rng.randint(100, 999)}-{rng.randint(10, 99)}",
                f"GC-{rng.randint(2015, 2026)}-{rng.randint(100, 999)}",
                f"{rng.randint(2015, 2026)}/{rng.randint(1, 999):04d}",
                f"SS{rng.randint(10000, 99999)}",
                f"WCCIS{rng.randint(100000, 999999)}",
            ]
        )


def english_ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def welsh_ordinal(n: int) -> str:
    table = {
        1: "af",
        2: "il",
        3: "ydd",
        4: "ydd",
        5: "ed",
        6: "ed",
        7: "fed",
        8: "fed",
        9: "fed",
        10: "fed",
        11: "eg",
        12: "fed",
        13: "eg",
        14: "eg",
        15: "fed",
        16: "eg",
        17: "eg",
        18: "fed",
        19: "eg",
        20: "fed",
    }
    return f"{n}{table.get(n, 'ain')}"


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check_letter(body: str) -> str:
    """DfE UPN check letter for the 12 characters after it (weights 2..13, mod 23)."""
    total = 0
    for weight, ch in enumerate(body, start=2):
        total += weight * (int(ch) if ch.isdigit() else UPN_LETTERS.index(ch))
    return UPN_LETTERS[total % 23]


# --- assembling stories ---------------------------------------------------------------------


def half(items: list[str], split: str) -> list[str]:
    """Templates at even positions are dev, odd are heldout."""
    return items[0 if split == "dev" else 1 :: 2]


class Generator:
    def __init__(self, seed: int, split: str) -> None:
        self.rng = random.Random(f"{seed}-{split}")
        self.split = split
        self.fill = Filler(self.rng, split)
        self.positive = {
            "en": {"person-name": half(T.NAME_EN, split), **{k: half(v, split) for k, v in T.OTHER_EN.items()}},
            "cy": {"person-name": half(T.NAME_CY, split), **{k: half(v, split) for k, v in T.OTHER_CY.items()}},
        }
        self.decoys = {"en": half(T.DECOY_EN, split), "cy": half(T.DECOY_CY, split)}
        self.fillers = {"en": half(T.FILLER_EN, split), "cy": half(T.FILLER_CY, split)}
        self.fields = {"en": half(T.FIELD_EN, split), "cy": half(T.FIELD_CY, split)}

    def slot(self, name: str, lang: str, ctx: dict[str, str]) -> str:
        f, rng = self.fill, self.rng
        simple: dict[str, Callable[[], str]] = {
            "NAME": lambda: f.first_name(lang),
            "NAME2": lambda: f.first_name(lang),
            "FULL": lambda: f.full(lang),
            "TITLED": lambda: f.titled(lang),
            "AMB": lambda: f.pick(f.word_names),
            "ADDR": lambda: f.address(lang),
            "POSTCODE": f.postcode,
            "PHONE": f.phone,
            "EMAIL": f.email,
            "NHS": f.nhs,
            "NI": f.ni,
            "DOB": lambda: f.date(lang, True),
            "DOBMY": lambda: f.month_year(lang),
            "SCHOOL": lambda: f.pick(f.schools[lang]),
            "UPN": f.upn,
            "ULN": f.uln,
            "LICENCE": f.licence,
            "PASSPORT": f.passport,
            "REF": f.ref,
            "p": lambda: ctx["p"],
            "town": lambda: self.town(lang),
            "town2": lambda: self.town(lang),
            "county": lambda: f.pick(V.COUNTIES_CY if lang == "cy" else V.COUNTIES_EN),
            "org": lambda: f.pick(V.ORGS_CY if lang == "cy" else V.ORGS_EN),
            "org2": lambda: f.pick(V.ORGS_CY if lang == "cy" else V.ORGS_EN),
            "age": lambda: str(rng.randint(6, 99)),
            "year": lambda: str(rng.randint(1995, 2026)),
            "year2": lambda: str(rng.randint(1995, 2026)),
            "n": lambda: str(rng.randint(2, 60)),
            "n2": lambda: str(rng.randint(2, 60)),
            "n3": lambda: str(rng.randint(2, 12)),
            "count": lambda: rng.choice(["120", "1,250", "3,000", "45", "2,400", "600"]),
            "money": lambda: rng.choice(["£12.50", "£1,250", "£185.15", "£3", "£40,000", "£2.75", "£560"]),
            "time": lambda: rng.choice(["10:30", "2pm", "11am", "14:15", "9.30am", "6 o'clock"]),
            "time2": lambda: rng.choice(["12:15", "4pm", "1pm", "15:45", "11.30am"]),
            "date": lambda: f.date(lang, False),
            "month": lambda: f.pick(V.WELSH_MONTHS if lang == "cy" else V.ENGLISH_MONTHS),
            "day": lambda: f.pick(V.WELSH_DAYS if lang == "cy" else V.ENGLISH_DAYS),
            "dayname": lambda: f.pick(V.WELSH_DAYS if lang == "cy" else V.ENGLISH_DAYS),
        }
        return simple[name]()

    def town(self, lang: str) -> str:
        return self.fill.pick(V.TOWNS_CY if lang == "cy" else V.TOWNS_EN)

    def render(self, template: str, lang: str, ctx: dict[str, str]) -> tuple[str, list[tuple[int, int, str]]]:
        """Fill a template, returning its text and labelled spans (offsets within it)."""
        out: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = 0
        length = 0
        for m in SLOT.finditer(template):
            literal = template[pos : m.start()]
            out.append(literal)
            length += len(literal)
            name, mod = m.group(1), m.group(2)
            value = self.slot(name, lang, ctx)
            if mod == "nasal_yn":
                mutated = mutate_phrase(value, "nasal")
                value = ("yng " if mutated.startswith("Ng") else "ym " if mutated[:1] in "MB" else "yn ") + mutated
            elif mod:
                value = mutate_phrase(value, mod)
            if name in LABELS:
                spans.append((length, length + len(value), LABELS[name]))
            out.append(value)
            length += len(value)
            pos = m.end()
        out.append(template[pos:])
        return "".join(out), spans

    def story(self, index: int) -> Sample:
        rng = self.rng
        lang = rng.choice(["cy", "en"])
        self.fill.taken = set()
        p = self.fill.first_name(lang)
        pseudonyms = [p]
        self.fill.taken = {p}
        ctx = {"p": p}
        if rng.random() < 0.15:
            return self.field_sample(lang, ctx, pseudonyms)
        sentences: list[str] = []
        # A story body of realistic length: mostly narrative, some decoys, a few details.
        n = rng.randint(15, 45)
        categories = list(self.positive[lang])
        for _ in range(n):
            r = rng.random()
            if r < 0.12:
                cat = rng.choice(categories) if rng.random() < 0.6 else "person-name"
                sentences.append(rng.choice(self.positive[lang][cat]))
            elif r < 0.37:
                sentences.append(rng.choice(self.decoys[lang]))
            else:
                sentences.append(rng.choice(self.fillers[lang]))
        allow: list[str] = []
        if rng.random() < 0.2:
            phrase, sentence = self.allowed(lang)
            allow.append(phrase)
            sentences.insert(rng.randrange(len(sentences) + 1), sentence)
        return self.assemble(sentences, lang, ctx, pseudonyms, allow)

    def allowed(self, lang: str) -> tuple[str, str]:
        """A phrase a reviewer checked and allowed, and a sentence that uses it."""
        options_en = [
            ("0800 731 6500", "The helpline on 0800 731 6500 is free to call."),
            ("Dr Jenkins", "Dr Jenkins, the practice's public health lead, opened the cafe."),
            ("Ty Gwyn", "The group meets at Ty Gwyn on the hill."),
            ("Ysgol Gynradd Aberdaron", "Pupils from Ysgol Gynradd Aberdaron sang carols."),
        ]
        options_cy = [
            ("0800 731 6500", "Mae'r llinell gymorth ar 0800 731 6500 am ddim."),
            ("Dr Jenkins", "Agorodd Dr Jenkins, arweinydd iechyd cyhoeddus y practis, y caffi."),
            ("Tŷ Gwyn", "Mae'r grŵp yn cwrdd yn Nhŷ Gwyn ar y bryn."),
            ("Ysgol Gynradd Aberdaron", "Canodd disgyblion Ysgol Gynradd Aberdaron garolau."),
        ]
        return self.rng.choice(options_cy if lang == "cy" else options_en)

    def field_sample(self, lang: str, ctx: dict[str, str], pseudonyms: list[str]) -> Sample:
        text, spans = self.render(self.rng.choice(self.fields[lang]), lang, ctx)
        return Sample(text, lang, spans, pseudonyms, [])

    def assemble(
        self, sentences: list[str], lang: str, ctx: dict[str, str], pseudonyms: list[str], allow: list[str]
    ) -> Sample:
        rng = self.rng
        parts: list[str] = []
        spans: list[tuple[int, int, str]] = []
        length = 0

        def emit(text: str, local: list[tuple[int, int, str]] = ()) -> None:  # type: ignore[assignment]
            nonlocal length
            for s, e, c in local:
                spans.append((length + s, length + e, c))
            parts.append(text)
            length += len(text)

        headings = T.HEADINGS_CY if lang == "cy" else T.HEADINGS_EN
        i = 0
        while i < len(sentences):
            if rng.random() < 0.3:
                emit(f"## {rng.choice(headings)}\n\n")
            size = rng.randint(1, 4)
            as_list = rng.random() < 0.12
            for j, template in enumerate(sentences[i : i + size]):
                text, local = self.render(template, lang, ctx)
                if as_list:
                    emit("- ")
                elif j:
                    emit(" ")
                if rng.random() < 0.08:
                    emit("**")
                    emit(text, local)
                    emit("**")
                else:
                    emit(text, local)
                if as_list:
                    emit("\n")
            if rng.random() < 0.1:
                org = rng.choice(V.ORGS_CY if lang == "cy" else V.ORGS_EN)
                emit(f" See [{org}](https://example.org/{rng.randint(1, 99)}).")
            emit("\n\n")
            i += size
        return Sample("".join(parts), lang, spans, pseudonyms, allow)


def generate(seed: int, split: str, stories: int) -> list[Sample]:
    """Generate STORIES labelled samples for SPLIT ('dev' or 'heldout')."""
    if split not in ("dev", "heldout"):
        raise ValueError("split must be 'dev' or 'heldout'")
    gen = Generator(seed, split)
    return [gen.story(i) for i in range(stories)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--split", choices=["dev", "heldout"], default="dev")
    parser.add_argument("--stories", type=int, default=300)
    args = parser.parse_args()
    for sample in generate(args.seed, args.split, args.stories):
        print(json.dumps(sample.__dict__, ensure_ascii=False))


if __name__ == "__main__":
    main()
