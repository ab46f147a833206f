"""A prefilter may only skip a search that would find nothing: first_words, may_start and search."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storysite.privacy.labels import _GENERIC_LABEL, _LABEL_WORDS
from storysite.privacy.prefilter import first_words, may_start, search

ROOT = Path(__file__).resolve().parents[1]


def test_the_first_words_of_a_pattern() -> None:
    words = first_words(re.compile(r"(?i:\b(?:hospital|[cg]yfeirnod|n?rh?if|key[ \t]*safe|budd-dal)\b)[ \t]*\Z"))
    assert words == {"hospital", "cyfeirnod", "gyfeirnod", "rif", "rhif", "nrif", "nrhif", "key", "keysafe", "budd"}


@pytest.mark.parametrize(
    "pattern",
    [
        r"hospital",  # no word boundary before it: a match may start inside a word
        r"\b\w+ number",  # any word
        r"\b(?:ward|[^a]ed)\b",  # a negated class
        r"\bward|bed\b",  # one alternative without its boundary
        r"\bwar(?:d)?",  # a word that may run on past the pattern's end
    ],
)
def test_shapes_it_cannot_read_give_none(pattern: str) -> None:
    assert first_words(re.compile(pattern)) is None
    assert may_start(None, "anything at all")


def test_the_label_pattern_is_read() -> None:
    assert _LABEL_WORDS is not None
    assert {"hospital", "cyfeirnod", "nhrwydded", "budd", "keysafe", "nº", "no", "id"} <= _LABEL_WORDS


@pytest.mark.parametrize(
    "window",
    [
        "his hospital number is ",
        "HOSPITAL NO. ",
        "ei chyfeirnod tai yw ",
        "Client ",
        "rhif, ",
        "the keysafe: ",
        "the key safe code ",
        "budd-dal ",
        "nº ",
        "ſtaff number ",  # long s: re's case-insensitive match takes it for an s, lower() does not
        "\u212aey safe code ",  # the Kelvin sign for a K
    ],
)
def test_a_window_with_a_label_is_searched(window: str) -> None:
    assert _GENERIC_LABEL.search(window)
    assert may_start(_LABEL_WORDS, window)


@pytest.mark.parametrize("window", ["Paned yn yr haul (", "Tea in the garden (", "ar ôl y wardiau ", "hospitality "])
def test_a_window_without_one_is_not(window: str) -> None:
    assert not _GENERIC_LABEL.search(window)
    assert not may_start(_LABEL_WORDS, window)


_PIECES = st.sampled_from(
    [
        "number", "no.", "No", "rhif", "rif", "ID", "ref", "hospital", "Hospital", "cyfeirnod", "tai", "key", "safe",
        "keysafe", "budd-dal", "nº", "card", "ward", "bed", "Client", "is", "yw", ":", ",", "(", "#", "-", "the",
        "his", "ei", "Mair", "ŵard", "wards", "ſtaff", "\u212aey", "İd", "ıd", "x2", "_id", "’", "'", ".", "\n",
    ]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=8), st.sampled_from([" ", "", "\t", "  "]), st.integers(0, 6))
def test_may_start_never_skips_a_label(pieces: list[str], gap: str, cut: int) -> None:
    window = gap.join(pieces) + " "
    if _GENERIC_LABEL.search(window, min(cut, len(window))):
        assert may_start(_LABEL_WORDS, window, min(cut, len(window)))


def test_may_start_never_skips_a_label_in_the_privacy_benchmark() -> None:
    # Loaded by its path under a name of its own: benchmarks/perf has a generate.py too, which another
    # test may have imported as "generate" first (the suite runs in random order).
    spec = importlib.util.spec_from_file_location("privacy_generate", ROOT / "benchmarks" / "privacy" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules.setdefault("privacy_generate", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)  # registered first: its dataclasses look their module up
    generate = module.generate

    looked = 0
    for story in generate(1, "dev", 300):
        for m in re.finditer(r"[0-9]+", story.text):
            for width in (20, 60):
                window = story.text[max(0, m.start() - width) : m.start()]
                looked += 1
                if _GENERIC_LABEL.search(window):
                    assert may_start(_LABEL_WORDS, window), window
    assert looked > 1000


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    if found is None or expected is None:
        return found is expected
    return found.span() == expected.span() and found.groupdict() == expected.groupdict()


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=8), st.sampled_from([" ", "", "\t", "  "]), st.integers(0, 6))
def test_search_from_first_words_finds_what_search_finds(pieces: list[str], gap: str, cut: int) -> None:
    window = gap.join(pieces) + " "
    at = min(cut, len(window))
    assert _same(search(_GENERIC_LABEL, _LABEL_WORDS, window, at), _GENERIC_LABEL.search(window, at)), window


def test_search_from_first_words_in_the_privacy_benchmark() -> None:
    spec = importlib.util.spec_from_file_location("privacy_generate", ROOT / "benchmarks" / "privacy" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules.setdefault("privacy_generate", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    found = 0
    for story in module.generate(1, "dev", 300):
        for m in re.finditer(r"[0-9]+", story.text):
            window = story.text[max(0, m.start() - 60) : m.start()]
            for at in (0, len(window) // 2):
                expected = _GENERIC_LABEL.search(window, at)
                found += expected is not None
                assert _same(search(_GENERIC_LABEL, _LABEL_WORDS, window, at), expected), window
    assert found > 100


@pytest.mark.parametrize("window", ["ſtaff number ", "\u212aey safe code ", "his İd ", "the x2 ref "])
def test_search_from_first_words_where_case_folds_differ(window: str) -> None:
    assert _same(search(_GENERIC_LABEL, _LABEL_WORDS, window), _GENERIC_LABEL.search(window))
