"""Score the identifying-details detector on generated stories.

    python benchmarks/privacy/score.py --split dev --seed 1 --stories 2000
    python benchmarks/privacy/score.py --split heldout --seed 7 --stories 2000

Prints recall and precision per category and language and overall, and the scanning speed
in MB/s of story text on one core (total characters / CPU time of scan_text alone).
A detection is a true positive when it overlaps a labelled span of the same category; a
labelled span is found when some detection of its category overlaps it.
With --misses N it also prints up to N missed spans and false alarms, for the dev split.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate  # noqa: E402

from storysite.privacy import CATEGORIES, scan_text  # noqa: E402


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    parser = argparse.ArgumentParser(description="Score the privacy detector on synthetic stories.")
    parser.add_argument("--split", choices=["dev", "heldout"], default="dev")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--misses", type=int, default=0, help="show up to N misses and false alarms")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (best is reported)")
    args = parser.parse_args()

    samples = generate(args.seed, args.split, args.stories)
    results = []
    for sample in samples:
        results.append(scan_text(sample.text, sample.lang, pseudonyms=sample.pseudonyms, allow=sample.allow))

    tp_labels: Counter[tuple[str, str]] = Counter()
    n_labels: Counter[tuple[str, str]] = Counter()
    tp_dets: Counter[tuple[str, str]] = Counter()
    n_dets: Counter[tuple[str, str]] = Counter()
    misses: list[str] = []
    false_alarms: list[str] = []
    for sample, dets in zip(samples, results, strict=True):
        for s, e, cat in sample.spans:
            n_labels[cat, sample.lang] += 1
            if any(d.category == cat and overlaps((d.start, d.end), (s, e)) for d in dets):
                tp_labels[cat, sample.lang] += 1
            else:
                misses.append(f"MISS {cat:13} {sample.lang} {_context(sample.text, s, e)}")
        for d in dets:
            n_dets[d.category, sample.lang] += 1
            if any(d.category == cat and overlaps((d.start, d.end), (s, e)) for s, e, cat in sample.spans):
                tp_dets[d.category, sample.lang] += 1
            else:
                false_alarms.append(
                    f"FALSE {d.category:13} {sample.lang} {d.rule:36} {_context(sample.text, d.start, d.end)}"
                )

    print(f"split={args.split} seed={args.seed} stories={len(samples)}")
    print(f"{'category':15} {'lang':4} {'labels':>6} {'recall':>7} {'found':>6} {'precision':>9}")
    rows = [(c, lang) for c in CATEGORIES for lang in ("cy", "en")]
    for cat, lang in rows:
        print(_row(cat, lang, n_labels[cat, lang], tp_labels[cat, lang], n_dets[cat, lang], tp_dets[cat, lang]))
    for lang in ("cy", "en"):
        print(
            _row("ALL", lang, *(sum(c[k] for k in c if k[1] == lang) for c in (n_labels, tp_labels, n_dets, tp_dets)))
        )
    print(_row("ALL", "both", *(sum(c.values()) for c in (n_labels, tp_labels, n_dets, tp_dets))))

    chars = sum(len(s.text) for s in samples)
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.process_time()
        for sample in samples:
            scan_text(sample.text, sample.lang, pseudonyms=sample.pseudonyms, allow=sample.allow)
        best = min(best, time.process_time() - t0)
    print(f"speed: {chars / 1e6 / best:.1f} MB/s ({chars} characters in {best:.3f} s CPU, one core)")

    if args.misses:
        if args.split == "heldout":
            print("(not listing heldout errors: tune on dev only)")
            return
        for line in misses[: args.misses]:
            print(line)
        for line in false_alarms[: args.misses]:
            print(line)


def _row(cat: str, lang: str, labels: int, found_labels: int, dets: int, true_dets: int) -> str:
    recall = f"{found_labels / labels:.3f}" if labels else "  -  "
    precision = f"{true_dets / dets:.3f}" if dets else "  -  "
    return f"{cat:15} {lang:4} {labels:6d} {recall:>7} {dets:6d} {precision:>9}"


def _context(text: str, s: int, e: int) -> str:
    left = text[max(0, s - 40) : s].replace("\n", " ")
    right = text[e : e + 30].replace("\n", " ")
    return f"…{left}[[{text[s:e]}]]{right}…"


if __name__ == "__main__":
    main()
