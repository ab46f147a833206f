"""One registry of pickle codes (issue 16, item 5): storysite.pickling.CODES, and no code in any other module."""

from __future__ import annotations

import copyreg
import importlib
import pickle
import re
from pathlib import Path

import pytest

from storysite.findings import Span, error
from storysite.i18n.messages import msg
from storysite.pickling import CODES, as_rows, by_fields, coded, compact, from_rows

PACKAGE = Path(__file__).resolve().parent.parent / "storysite"


def test_every_code_is_private_unique_and_registered_for_its_class() -> None:
    assert len(set(CODES.values())) == len(CODES)
    # From copyreg's range for private use (240-255, one byte); past it, two bytes (EXT2).
    assert all(240 <= code <= 0xFFFF for code in CODES.values())
    for name, code in CODES.items():
        module, _, qualname = name.rpartition(".")
        cls = getattr(importlib.import_module(module), qualname)
        assert copyreg._extension_registry[(module, qualname)] == code, name  # type: ignore[attr-defined]
        assert cls.__reduce__ is by_fields or "__reduce__" in vars(cls), name


def test_a_value_pickles_its_class_as_one_byte() -> None:
    finding = error(Span("a.md", 2, 3, 4), "schema.type", msg("`{name}` must be some text.", name="title"))
    data = pickle.dumps(finding, pickle.HIGHEST_PROTOCOL)
    assert pickle.EXT1 + bytes([CODES["storysite.findings.Finding"]]) in data
    assert pickle.EXT1 + bytes([CODES["storysite.i18n.messages.Message"]]) in data
    assert b"Finding" not in data and b"Message" not in data and b"storysite" not in data
    again = pickle.loads(data)
    assert again == finding and again.message.template == finding.message.template


def test_no_module_but_the_registry_holds_a_pickle_code() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.name == "pickling.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"@compact\(|add_extension|coded\(\s*\w+\s*,", text), path


def test_a_class_missing_from_the_table_is_refused() -> None:
    class Unlisted:
        pass

    with pytest.raises(KeyError, match="no pickle code"):
        compact(Unlisted)
    with pytest.raises(KeyError, match="no pickle code"):
        coded(Unlisted)


def test_records_saved_as_rows_come_back_as_they_were(tmp_path: Path) -> None:
    from storysite.incremental.spare import SiteState, load_state, save_state
    from storysite.output.write import WrittenFile

    live = {
        "en/index.html": WrittenFile(b"d1", 10, 17_000),
        "cy/index.html": WrittenFile(b"d2", 9, 5),
    }
    state = SiteState(live, (1, 2), {"en/a.html": WrittenFile(b"d3", 1, 2)}, (3, 4), {"en": 7}, {"cy": 8})
    assert as_rows(live) == {"en/index.html": (b"d1", 10, 17_000), "cy/index.html": (b"d2", 9, 5)}
    assert from_rows(WrittenFile, as_rows(live)) == live
    path = tmp_path / "private" / "site.pickle"
    save_state(path, state)
    assert load_state(path) == state
    from storysite.incremental.cache import load_private

    saved = load_private(path)  # rows, not records: the file holds one per page, and a tuple pickles in C
    assert all(type(row) is tuple for row in saved[1].values()) and len(saved[1]) == 2


def test_damaged_rows_give_an_empty_state_not_a_traceback(tmp_path: Path) -> None:
    from storysite.incremental.cache import save_private
    from storysite.incremental.spare import STATE_VERSION, SiteState, load_state
    from storysite.output.write import WrittenFile

    with pytest.raises(TypeError):
        from_rows(WrittenFile, {"a": (b"d", 1)})
    path = tmp_path / "private" / "site.pickle"
    save_private(path, (STATE_VERSION, {"a": (b"d", 1)}, None, {}, None, {}, {}))
    assert load_state(path) == SiteState()
    save_private(path, (STATE_VERSION, ["not", "rows"], None, {}, None, {}, {}))
    assert load_state(path) == SiteState()
