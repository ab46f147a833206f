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
from storysite.pickling import CODES, by_fields, coded, compact

PACKAGE = Path(__file__).resolve().parent.parent / "storysite"


def test_every_code_is_private_unique_and_registered_for_its_class() -> None:
    assert len(set(CODES.values())) == len(CODES)
    assert all(240 <= code <= 255 for code in CODES.values())  # copyreg's range for private use
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
