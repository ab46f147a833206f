"""The hand-written privacy benchmark (benchmarks/privacy/real/): its markers, its spans, its clean files."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("real_corpus", ROOT / "benchmarks" / "privacy" / "real" / "corpus.py")
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
sys.modules["real_corpus"] = corpus
_spec.loader.exec_module(corpus)

FILES = corpus.corpus_files()


def test_the_corpus_has_files_in_every_split():
    assert FILES, f"no corpus files under benchmarks/privacy/real/{{{','.join(corpus.SPLITS)}}}/"
    for split in corpus.SPLITS:
        assert corpus.corpus_files(split), f"no corpus files in {split}"


def test_the_held_back_splits_are_the_heldout_folders():
    # every heldout folder is registered, so score_real.py refuses to list its misses
    folders = [p.name for p in (ROOT / "benchmarks" / "privacy" / "real").glob("heldout*") if p.is_dir()]
    registered = corpus.SPLITS
    assert registered == ("dev", *sorted(folders, key=lambda name: int(name.removeprefix("heldout") or 1)))


@pytest.mark.parametrize("split", corpus.SPLITS[1:])
def test_score_real_refuses_to_list_misses_of_a_held_back_split(split):
    # Exits before scoring, so this does not run the detector on the held-back stories.
    script = ROOT / "benchmarks" / "privacy" / "real" / "score_real.py"
    proc = subprocess.run(
        [sys.executable, str(script), "--split", split, "--misses", "5"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert f"Refusing to list {split} misses" in proc.stderr


def test_every_file_name_is_an_id_and_a_language_and_no_id_is_in_both_splits():
    seen: dict[str, str] = {}
    for path in FILES:
        assert corpus.file_lang(path) in corpus.LANGS
        split = path.parent.name
        assert seen.setdefault(path.name, split) == split, f"{path.name} is in both splits"


def test_every_file_parses_with_known_categories_and_kinds():
    problems = []
    for path in FILES:
        try:
            marked = corpus.parse_file(path)
        except corpus.MarkerError as err:
            problems.append(str(err))
            continue
        if not marked.identifying:
            problems.append(f"{path}: no identifying marker")
        for span in marked.identifying:
            assert span.label in corpus.CATEGORIES
        for span in marked.decoys:
            assert span.label in corpus.DECOY_KINDS
        assert "[[" not in marked.clean and "]]" not in marked.clean, path
        lines = marked.clean.split("\n")
        for span in marked.identifying + marked.decoys:
            line = lines[span.line - 1]
            assert line[span.column - 1 : span.column - 1 + span.length] == span.words, (path, span)
    assert not problems, "\n".join(problems)


def test_clean_files_pass_check_except_for_identifying_details(tmp_path):
    written = corpus.write_library(FILES, tmp_path / "library")
    assert len(written) == len(FILES)
    proc = subprocess.run(
        [sys.executable, "-m", "storysite", "check", str(tmp_path / "library"), "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    assert report["summary"]["stories"] >= len(FILES) // 2
    bad = [
        f"{f['path']}:{f['line']}:{f['column']} [{f['rule']}] {f['message']}"
        for f in report["findings"]
        if f["severity"] == "error" and f["category"] not in corpus.CATEGORIES
    ]
    assert not bad, "\n".join(bad)


def test_spans_of_a_hand_made_text():
    text = (
        '---\ntitle: "[[person-name:Wil the Post]]"\n---\n'
        "He walks down [[address:Ffordd y Glyn]] with [[~public-figure:Max Boyce]].\n"
        "[[person-name:Wil]]'s bus pass [[other-id:no. 4471]]."
    )
    marked = corpus.parse(text)
    assert marked.clean == (
        '---\ntitle: "Wil the Post"\n---\nHe walks down Ffordd y Glyn with Max Boyce.\nWil\'s bus pass no. 4471.'
    )
    spans = [(s.line, s.column, s.length, s.label, s.words) for s in marked.identifying]
    assert spans == [
        (2, 9, 12, "person-name", "Wil the Post"),
        (4, 15, 13, "address", "Ffordd y Glyn"),
        (5, 1, 3, "person-name", "Wil"),
        (5, 16, 8, "other-id", "no. 4471"),
    ]
    assert [(s.line, s.column, s.length, s.label) for s in marked.decoys] == [(4, 34, 9, "public-figure")]
    start, end = marked.absolute(marked.identifying[1])
    assert marked.clean[start:end] == "Ffordd y Glyn"


def test_columns_count_characters_not_bytes():
    marked = corpus.parse("Nain Tŷ Cornel ŵŵ [[person-name:Gwenllïan]] â [[school:Coleg Sir Benfro]]")
    assert [(s.column, s.length) for s in marked.identifying] == [(19, 9), (31, 16)]
    start, end = marked.absolute(marked.identifying[1])
    assert marked.clean[start:end] == "Coleg Sir Benfro"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("a [[person-name:Mair [[address:Bryn]]]] b", "nest"),
        ("a [[person-name:Mair\nProtheroe]] b", "span lines"),
        ("a [[surname:Jones]] b", "unknown category"),
        ("a [[~celebrity:Max Boyce]] b", "unknown decoy kind"),
        ("a [[person-name:]] b", "empty"),
        ("a person-name:Mair]] b", "no `[[`"),
        ("a [[Mair]] b", "not followed by"),
    ],
)
def test_broken_markers_are_errors(text, problem):
    with pytest.raises(corpus.MarkerError) as err:
        corpus.parse(text, "x.en.md")
    assert err.value.line == 1
    if problem in ("unknown category", "unknown decoy kind", "not followed by"):
        assert problem in str(err.value)
