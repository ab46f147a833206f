"""Score `storysite check` on the hand-written privacy benchmark, as a user runs it.

    python benchmarks/privacy/real/score_real.py --split dev
    python benchmarks/privacy/real/score_real.py --split dev --lang en --misses 40
    python benchmarks/privacy/real/score_real.py --split heldout --json
    python benchmarks/privacy/real/score_real.py --split heldout2
    python benchmarks/privacy/real/score_real.py --split heldout3
    python benchmarks/privacy/real/score_real.py --split heldout4
    python benchmarks/privacy/real/score_real.py --split heldout5
    python benchmarks/privacy/real/score_real.py --split heldout6
    python benchmarks/privacy/real/score_real.py --split dev --files '*-3[0-9][0-9].*'

Writes the clean files of the split into a temporary library, runs
`python -m storysite check DIR --format json` on it, keeps the findings of the ten identifying
categories and scores them against the markers: a detection is a true positive when it overlaps
a labelled span of the same category; a label is found when some detection of its category
overlaps it. Every other detection is a false alarm, counted by the decoy kind it overlaps,
as "other-category" when it overlaps a label of another category only, else as "unmarked".
--misses lists missed labels and false alarms in context; it refuses for the held-back splits, every
split but dev (exit 2).
--files keeps only the files whose names match a shell pattern: a new batch scored on its own
before anyone tunes on it.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import (  # noqa: E402, I001
    CATEGORIES,
    DECOY_KINDS,
    LANGS,
    ROOT,
    SPLITS,
    Marked,
    corpus_files,
    file_lang,
    parse_file,
    write_library,
)


# Splits that are scored and reported but never inspected for misses: nobody tunes on them.
HELD_BACK = tuple(split for split in SPLITS if split != "dev")


@dataclass
class Detection:
    start: int
    end: int
    category: str
    rule: str


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def run_check(library: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "storysite", "check", str(library), "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"storysite check failed (exit {proc.returncode}):\n{proc.stderr}")
    report: dict[str, Any] = json.loads(proc.stdout)
    return report


def score(split: str, lang: str | None, pattern: str | None = None) -> dict[str, Any]:
    files = [f for f in corpus_files(split, lang) if pattern is None or fnmatch.fnmatch(f.name, pattern)]
    if not files:
        sys.exit(f"no corpus files for split={split} lang={lang or 'both'} files={pattern or '*'}")
    marked: dict[Path, Marked] = {path: parse_file(path) for path in files}
    detections: dict[Path, list[Detection]] = {path: [] for path in files}
    other_findings: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="storysite-real-") as tmp:
        library = Path(tmp) / "library"
        written = write_library(files, library)
        report = run_check(library)
        for f in report["findings"]:
            source = written.get(Path(f["path"]).resolve())
            if source is not None and f["category"] in CATEGORIES:
                start = marked[source].offset(f["line"], f["column"])
                detections[source].append(Detection(start, start + f["length"], f["category"], f["rule"]))
            else:
                where = source.relative_to(ROOT) if source is not None else f["path"]
                other_findings.append({**f, "path": str(where)})

    n_labels: Counter[tuple[str, str]] = Counter()
    found_labels: Counter[tuple[str, str]] = Counter()
    # A detail flagged under another category still stops the story: the safety figure beside the issue's.
    held_labels: Counter[tuple[str, str]] = Counter()
    n_dets: Counter[tuple[str, str]] = Counter()
    true_dets: Counter[tuple[str, str]] = Counter()
    false_by_kind: Counter[str] = Counter()
    misses: list[str] = []
    false_alarms: list[str] = []
    for path in files:
        m, lang_of = marked[path], file_lang(path)
        labels = [(m.absolute(s), s.label) for s in m.identifying]
        decoys = [(m.absolute(s), s.label) for s in m.decoys]
        dets = detections[path]
        for span, cat in labels:
            n_labels[cat, lang_of] += 1
            if any(d.category == cat and overlaps((d.start, d.end), span) for d in dets):
                found_labels[cat, lang_of] += 1
                held_labels[cat, lang_of] += 1
                continue
            other = next((d.category for d in dets if overlaps((d.start, d.end), span)), None)
            if other is not None:
                held_labels[cat, lang_of] += 1
            flagged = f"  (flagged as {other})" if other else ""
            misses.append(f"MISS  {cat:13} {path.name:16} {_context(m.clean, *span)}{flagged}")
        for d in dets:
            n_dets[d.category, lang_of] += 1
            if any(cat == d.category and overlaps((d.start, d.end), span) for span, cat in labels):
                true_dets[d.category, lang_of] += 1
                continue
            kinds = [kind for span, kind in decoys if overlaps((d.start, d.end), span)]
            if kinds:
                kind = kinds[0]
            elif any(overlaps((d.start, d.end), span) for span, _ in labels):
                kind = "other-category"
            else:
                kind = "unmarked"
            false_by_kind[kind] += 1
            false_alarms.append(
                f"FALSE {d.category:13} {path.name:16} {kind:16} {d.rule:32} {_context(m.clean, d.start, d.end)}"
            )

    rows = []
    counts = (n_labels, found_labels, n_dets, true_dets, held_labels)
    for lang_of in LANGS:
        for cat in CATEGORIES:
            key = (cat, lang_of)
            if n_labels[key] or n_dets[key]:
                rows.append(
                    _row(cat, lang_of, n_labels[key], found_labels[key], n_dets[key], true_dets[key], held_labels[key])
                )
        totals = [sum(v for k, v in c.items() if k[1] == lang_of) for c in counts]
        if totals[0] or totals[2]:
            rows.append(_row("ALL", lang_of, *totals))
    rows.append(_row("ALL", "both", *(sum(c.values()) for c in counts)))
    n_decoys = Counter(s.label for m in marked.values() for s in m.decoys)
    return {
        "split": split,
        "lang": lang or "both",
        "files": len(files),
        "pattern": pattern or "*",
        "rows": rows,
        "false_alarms_by_kind": {
            kind: {"decoys": n_decoys[kind], "false_alarms": false_by_kind[kind]}
            for kind in (*DECOY_KINDS, "other-category", "unmarked")
            if n_decoys[kind] or false_by_kind[kind]
        },
        "other_findings": other_findings,
        "misses": misses,
        "false_alarm_lines": false_alarms,
    }


def _row(cat: str, lang: str, labels: int, found: int, dets: int, true: int, held: int) -> dict[str, Any]:
    """One table row. `found` counts details flagged in their own category (the issue's recall); `held`, details
    flagged in any category, which keeps the story off the site all the same."""
    return {
        "category": cat,
        "lang": lang,
        "labels": labels,
        "found": found,
        "recall": round(found / labels, 3) if labels else None,
        "detections": dets,
        "true_detections": true,
        "precision": round(true / dets, 3) if dets else None,
        "held": held,
        "held_recall": round(held / labels, 3) if labels else None,
    }


def _context(text: str, s: int, e: int) -> str:
    left = text[max(0, s - 45) : s].replace("\n", " ")
    right = text[e : e + 35].replace("\n", " ")
    return f"…{left}[[{text[s:e]}]]{right}…"


def _fmt(x: float | None) -> str:
    return f"{x:.3f}" if x is not None else "  -  "


def print_text(result: dict[str, Any], misses: int) -> None:
    only = f" ({result['pattern']})" if result["pattern"] != "*" else ""
    print(f"split={result['split']} lang={result['lang']} files={result['files']}{only}")
    print(f"{'category':15} {'lang':4} {'labels':>6} {'recall':>7} {'found':>6} {'precision':>9} {'held':>6}")
    for r in result["rows"]:
        print(
            f"{r['category']:15} {r['lang']:4} {r['labels']:6d} {_fmt(r['recall']):>7} "
            f"{r['detections']:6d} {_fmt(r['precision']):>9} {_fmt(r['held_recall']):>6}"
        )
    print("(held: the share of details flagged in any category, each of which keeps its story off the site)")
    print()
    print(f"{'false alarms by what they overlap':34} {'decoys':>6} {'false alarms':>12}")
    for kind, v in result["false_alarms_by_kind"].items():
        print(f"{kind:34} {v['decoys']:6d} {v['false_alarms']:12d}")
    errors = [f for f in result["other_findings"] if f.get("severity") == "error"]
    warnings = [f for f in result["other_findings"] if f.get("severity") != "error"]
    print()
    print(f"other findings (the corpus must have no errors here): {len(errors)} errors, {len(warnings)} warnings")
    for f in errors:
        print(f"  ERROR {f['path']}:{f['line']}:{f['column']} [{f['rule']}] {f['message']}")
    if misses:
        print()
        for line in result["misses"][:misses]:
            print(line)
        for line in result["false_alarm_lines"][:misses]:
            print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description="Score storysite check on the hand-written privacy benchmark.")
    parser.add_argument("--split", choices=list(SPLITS), default="dev")
    parser.add_argument("--lang", choices=list(LANGS), default=None, help="one language only (default: both)")
    parser.add_argument("--misses", type=int, default=0, help="list up to N misses and N false alarms (dev only)")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of tables")
    parser.add_argument("--files", default=None, help="only files whose names match this shell pattern")
    args = parser.parse_args()
    if args.misses and args.split in HELD_BACK:
        print(
            f"Refusing to list {args.split} misses or false alarms: tune on dev only, report {args.split}.",
            file=sys.stderr,
        )
        sys.exit(2)
    result = score(args.split, args.lang, args.files)
    if args.json:
        if not args.misses:
            del result["misses"], result["false_alarm_lines"]
        else:
            result["misses"] = result["misses"][: args.misses]
            result["false_alarm_lines"] = result["false_alarm_lines"][: args.misses]
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print_text(result, args.misses)


if __name__ == "__main__":
    main()
